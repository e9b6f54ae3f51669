//! The `codeact agent` and `codeact replay` commands: hand-written argument parsing (no clap,
//! to keep builds light), the tokio runtime, progress on stderr, the answer on stdout, and a
//! clean stop on Ctrl-C that keeps the run log.
//!
//! Owns: everything a user types or sees on the terminal. Must not: contain agent logic; it
//! only configures `crate::agent` and reports what it does.

use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::agent::memory::{ActionStep, Step};
use crate::agent::tools::{builtin_tool, command_tool, WebOptions, BUILTIN_TOOLS};
use crate::agent::{
    Agent, AgentError, AgentKind, AgentSettings, ModelOptions, OpenAiModel, Recording, RunState,
    TokenUsage,
};
use crate::{Config, Tool};

const AGENT_HELP: &str = "\
codeact agent: let a language model solve a task by writing and running Python.

USAGE
    codeact agent \"TASK\" --model MODEL [--api-base URL] [OPTIONS]

The model replies with a thought and a Python snippet; codeact runs the snippet in a
sandboxed interpreter (one session for the whole task, so variables persist), shows the model
what it printed, and repeats until the model calls final_answer(...). Progress goes to stderr;
the final answer alone goes to stdout, so `answer=$(codeact agent ...)` works.

MODEL SERVER (any OpenAI-compatible /chat/completions endpoint)
    --model MODEL          model id, as the server names it (required)
    --api-base URL         up to /v1 [default: http://127.0.0.1:8080/v1, llama-server]
    --api-key KEY          [default: $CODEACT_API_KEY, else $OPENAI_API_KEY, else none]
    --temperature T        sampling temperature [default: the server's]
    --max-tokens N         longest reply per call [default: the server's]
    --header 'NAME: VALUE' extra HTTP header, repeatable
    --timeout SECS         per model call; with --stream, longest silence [default: 300]
    --retries N            retries on 429/5xx/network errors, honouring Retry-After [default: 4]
    --stream               stream tokens to stderr as they are generated

AGENT
    --agent code|tool-calling
                           code: the model writes Python (default);
                           tool-calling: the model makes JSON tool calls (needs a server with
                           tool support, e.g. llama-server --jinja; plain-text JSON also works)
    --tools LIST           comma-separated built-in tools: web_search, visit_webpage,
                           python_interpreter, user_input [default: none]
    --allow-import MOD     let the code import MOD (repeatable; '*' allows all) in addition to
                           collections, datetime, itertools, math, queue, random, re, stat,
                           statistics, time, unicodedata
    --max-steps N          steps before the model is asked for its answer directly [default: 20]
    --planning-interval N  write a plan before step 1 and every N steps [default: never]
    --max-observation-chars N
                           longer outputs are cut in the middle [default: 20000]
    --system-prompt FILE   use FILE as the system prompt template; it may contain {{tools}},
                           {{managed_agents}} and {{authorized_imports}}

YOUR OWN TOOLS
    --tool-command NAME=CMD
                           a tool NAME that runs `sh -c CMD` per call, with the arguments as a
                           JSON object on stdin; its stdout is the result (repeatable)
    --tool-spec NAME=FILE  JSON declaration of tool NAME:
                           {\"description\": \"Converts a price.\",
                            \"inputs\": {\"amount\": {\"type\": \"number\", \"description\": \"...\"},
                                       \"to\": {\"type\": \"string\", \"description\": \"...\",
                                              \"nullable\": true}},
                            \"output_type\": \"string\"}
                           types: string integer number boolean array object any. Without a
                           spec the tool takes one string argument, `input`.

WEB TOOLS
    --search-endpoint URL  DuckDuckGo-style HTML results page, queried with ?q=
                           [default: https://html.duckduckgo.com/html/]
    --tool-timeout SECS    timeout of web requests and tool commands [default: 20]
    --max-response-bytes N largest web response read [default: 2097152]

OUTPUT
    --log FILE             write every step to FILE (JSON lines) as it happens; replay it with
                           `codeact replay FILE`
    --quiet                no progress on stderr
    -h, --help             this help

EXIT STATUS
    0 an answer was printed, 1 the run failed, 2 bad usage, 130 interrupted (Ctrl-C; the log
    keeps every finished step)

EXAMPLES
  llama.cpp (llama-server), local:
    llama-server -m qwen2.5-coder-7b-instruct-q4_k_m.gguf --port 8080 --jinja
    codeact agent \"What is the 30th prime number?\" --model qwen2.5-coder-7b

  Ollama, local:
    ollama pull qwen2.5-coder:7b
    codeact agent \"How many days between 2024-02-10 and 2024-11-05?\" \\
        --model qwen2.5-coder:7b --api-base http://127.0.0.1:11434/v1

  OpenAI, with web tools, streaming and a log:
    export OPENAI_API_KEY=sk-...
    codeact agent \"Who won the 2022 Tour de France, and how old was he?\" \\
        --model gpt-4o-mini --api-base https://api.openai.com/v1 \\
        --tools web_search,visit_webpage --stream --log run.jsonl
    codeact replay run.jsonl

  A command as a tool:
    codeact agent \"Shout the word hello\" --model m \\
        --tool-command shout='python3 -c \"import json,sys; print(json.load(sys.stdin)[\\\"input\\\"].upper())\"'
";

const REPLAY_HELP: &str = "\
codeact replay: run a recorded task again without a model server.

USAGE
    codeact replay RUN.jsonl [--quiet]

RUN.jsonl is a log written by `codeact agent --log`. The recorded model replies are fed to a
fresh agent and the recorded tool results stand in for the tools, while the code runs again
for real. The final answer goes to stdout; the exit status is 0 when it matches the recorded
one, 1 when the replay diverged or failed.
";

/// Entry point of `codeact agent ARGS...`; returns the process exit status.
pub fn agent_main(args: &[String]) -> i32 {
    let opts = match AgentArgs::parse(args) {
        Ok(Some(o)) => o,
        Ok(None) => {
            print!("{AGENT_HELP}");
            return 0;
        }
        Err(e) => {
            eprintln!("codeact agent: {e}\nTry 'codeact agent --help'.");
            return 2;
        }
    };
    let runtime = match runtime() {
        Ok(r) => r,
        Err(code) => return code,
    };
    let agent = match opts.build(runtime.handle()) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("codeact agent: {e}");
            return 2;
        }
    };
    let log = opts.log.clone();
    let code = runtime.block_on(drive(agent, &opts.task, log));
    // Code still running after Ctrl-C must not hold the process open.
    runtime.shutdown_background();
    code
}

/// Entry point of `codeact replay ARGS...`; returns the process exit status.
pub fn replay_main(args: &[String]) -> i32 {
    let mut path = None;
    let mut quiet = false;
    for arg in args {
        match arg.as_str() {
            "-h" | "--help" => {
                print!("{REPLAY_HELP}");
                return 0;
            }
            "--quiet" => quiet = true,
            a if a.starts_with('-') => {
                eprintln!("codeact replay: unknown option {a}\nTry 'codeact replay --help'.");
                return 2;
            }
            a if path.is_none() => path = Some(PathBuf::from(a)),
            _ => {
                eprintln!("codeact replay: give exactly one log file");
                return 2;
            }
        }
    }
    let Some(path) = path else {
        eprintln!("codeact replay: give the log file to replay\nTry 'codeact replay --help'.");
        return 2;
    };
    let recording = match Recording::read(&path) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("codeact replay: {e}");
            return 1;
        }
    };
    let mut agent = match recording.replay_agent() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("codeact replay: {}: {e}", path.display());
            return 1;
        }
    };
    if !quiet {
        agent = agent.on_step(progress_printer(None));
    }
    let runtime = match runtime() {
        Ok(r) => r,
        Err(code) => return code,
    };
    let result = runtime.block_on(agent.run(&recording.task()));
    runtime.shutdown_background();
    match result {
        Ok(r) => {
            println!("{}", r.output.to_text());
            match recording.output() {
                Some(recorded) if *recorded != r.output.to_json() => {
                    eprintln!("replay diverged: the recorded answer was {recorded}");
                    1
                }
                Some(_) => {
                    if !quiet {
                        eprintln!("replay matches the recorded answer");
                    }
                    0
                }
                None => {
                    eprintln!("note: the recording has no final answer to compare with");
                    0
                }
            }
        }
        Err(e) => {
            eprintln!("codeact replay: {e}");
            1
        }
    }
}

fn runtime() -> Result<tokio::runtime::Runtime, i32> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| {
            eprintln!("codeact: cannot start the async runtime: {e}");
            1
        })
}

async fn drive(mut agent: Agent, task: &str, log: Option<PathBuf>) -> i32 {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    match agent.run_with(task, Vec::new(), ctrl_c).await {
        Ok(r) => {
            if r.state == RunState::MaxSteps {
                eprintln!(
                    "note: no final answer after max steps; this answer comes from one last call"
                );
            }
            println!("{}", r.output.to_text());
            0
        }
        Err(AgentError::Interrupted) => {
            match log {
                Some(path) => {
                    eprintln!("\ninterrupted; the steps so far are in {}", path.display())
                }
                None => eprintln!("\ninterrupted"),
            }
            130
        }
        Err(e) => {
            eprintln!("codeact agent: {e}");
            1
        }
    }
}

/// Prints each step on stderr: number, thought, code, observation, tokens and seconds, and a
/// summary with the answer. `streamed` is set while streamed model text is being shown, so
/// the step does not repeat it.
fn progress_printer(streamed: Option<Arc<AtomicBool>>) -> impl FnMut(&Step) + Send + 'static {
    let mut usage = TokenUsage::default();
    let mut actions = 0;
    let started = Instant::now();
    move |step: &Step| {
        usage += step.usage();
        let shown = streamed
            .as_ref()
            .is_some_and(|s| s.swap(false, Ordering::Relaxed));
        let text = match step {
            Step::Task { task } => format!("Task: {task}\n"),
            Step::Planning(p) => format!(
                "\n━━ Plan ━━ ({:.1} s, {} tokens)\n{}\n",
                p.duration.as_secs_f64(),
                p.usage.total(),
                if shown { "" } else { p.plan.as_str() }
            ),
            Step::Action(a) => {
                actions += 1;
                action_text(a, shown)
            }
            Step::FinalAnswer(f) => format!(
                "\n━━ Final answer ━━ ({actions} steps, {:.1} s, {} input + {} output tokens)\n{}\n",
                started.elapsed().as_secs_f64(),
                usage.input_tokens,
                usage.output_tokens,
                f.answer.to_text()
            ),
        };
        // A closed stderr must not stop the run.
        let _ = std::io::stderr().lock().write_all(text.as_bytes());
    }
}

/// Shows streamed model text on stderr as it arrives; `streaming` tells the step printer.
fn token_printer(streaming: Arc<AtomicBool>) -> impl Fn(&str) + Send + Sync + 'static {
    move |piece: &str| {
        let mut err = std::io::stderr().lock();
        if !streaming.swap(true, Ordering::Relaxed) {
            let _ = err.write_all("\n━━ Model ━━\n".as_bytes());
        }
        let _ = err.write_all(piece.as_bytes());
        let _ = err.flush();
    }
}

fn action_text(a: &ActionStep, shown: bool) -> String {
    let mut out = if shown {
        String::from("\n")
    } else {
        format!("\n━━ Step {} ━━\n", a.number)
    };
    if !shown {
        let thought = crate::agent::parse::extract_thought(&a.model_output);
        if !thought.is_empty() {
            out.push_str(&format!("Thought: {thought}\n"));
        }
        if let Some(code) = &a.code {
            out.push_str("Code:\n");
            for line in code.lines() {
                out.push_str(&format!("  │ {line}\n"));
            }
        }
        for call in &a.tool_calls {
            out.push_str(&format!("Tool call: {}({})\n", call.name, call.arguments));
        }
    }
    out.push_str(&a.observation);
    out.push('\n');
    out.push_str(&format!(
        "[step {}: {:.1} s, {} input + {} output tokens]\n",
        a.number,
        a.duration.as_secs_f64(),
        a.usage.input_tokens,
        a.usage.output_tokens
    ));
    out
}

/// Parsed `codeact agent` command line.
struct AgentArgs {
    task: String,
    model: ModelOptions,
    kind: AgentKind,
    tools: Vec<String>,
    imports: Vec<String>,
    settings: AgentSettings,
    log: Option<PathBuf>,
    quiet: bool,
    system_prompt: Option<PathBuf>,
    commands: Vec<(String, String)>,
    specs: Vec<(String, PathBuf)>,
    web: WebOptions,
}

impl AgentArgs {
    /// `Ok(None)` means help was asked for.
    fn parse(args: &[String]) -> Result<Option<AgentArgs>, String> {
        let mut task = None;
        let mut model_id = None;
        let mut api_base = "http://127.0.0.1:8080/v1".to_string();
        let mut model = ModelOptions::new("", &api_base);
        let mut a = AgentArgs {
            task: String::new(),
            model: model.clone(),
            kind: AgentKind::Code,
            tools: Vec::new(),
            imports: Vec::new(),
            settings: AgentSettings::default(),
            log: None,
            quiet: false,
            system_prompt: None,
            commands: Vec::new(),
            specs: Vec::new(),
            web: WebOptions::default(),
        };
        let mut it = args.iter();
        while let Some(arg) = it.next() {
            let (flag, inline) = match arg.split_once('=') {
                Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
                _ => (arg.as_str(), None),
            };
            let mut value = || -> Result<String, String> {
                inline
                    .clone()
                    .or_else(|| it.next().cloned())
                    .ok_or_else(|| format!("{flag} needs a value"))
            };
            match flag {
                "-h" | "--help" => return Ok(None),
                "--model" => model_id = Some(value()?),
                "--api-base" => api_base = value()?,
                "--api-key" => model.api_key = Some(value()?),
                "--temperature" => model.temperature = Some(number(flag, &value()?)?),
                "--max-tokens" => model.max_tokens = Some(number(flag, &value()?)?),
                "--header" => {
                    let v = value()?;
                    let (k, val) = v.split_once(':').ok_or("--header takes 'NAME: VALUE'")?;
                    model
                        .headers
                        .push((k.trim().to_string(), val.trim().to_string()));
                }
                "--timeout" => model.timeout = seconds(flag, &value()?)?,
                "--retries" => model.max_retries = number(flag, &value()?)?,
                "--stream" => model.stream = true,
                "--agent" => {
                    let v = value()?;
                    a.kind = AgentKind::parse(&v)
                        .ok_or_else(|| format!("--agent is 'code' or 'tool-calling', not '{v}'"))?;
                }
                "--tools" => {
                    for t in value()?.split(',').map(str::trim).filter(|t| !t.is_empty()) {
                        if !BUILTIN_TOOLS.contains(&t) {
                            return Err(format!(
                                "unknown tool '{t}'; built-in tools are {}",
                                BUILTIN_TOOLS.join(", ")
                            ));
                        }
                        a.tools.push(t.to_string());
                    }
                }
                "--allow-import" => a.imports.push(value()?),
                "--max-steps" => a.settings.max_steps = number(flag, &value()?)?,
                "--planning-interval" => {
                    a.settings.planning_interval = Some(number(flag, &value()?)?)
                }
                "--max-observation-chars" => {
                    a.settings.max_observation_chars = number(flag, &value()?)?
                }
                "--system-prompt" => a.system_prompt = Some(PathBuf::from(value()?)),
                "--log" => a.log = Some(PathBuf::from(value()?)),
                "--quiet" | "-q" => a.quiet = true,
                "--tool-command" => {
                    let v = value()?;
                    let (n, c) = v.split_once('=').ok_or("--tool-command takes NAME=CMD")?;
                    a.commands.push((n.trim().to_string(), c.to_string()));
                }
                "--tool-spec" => {
                    let v = value()?;
                    let (n, f) = v.split_once('=').ok_or("--tool-spec takes NAME=FILE")?;
                    a.specs.push((n.trim().to_string(), PathBuf::from(f)));
                }
                "--search-endpoint" => a.web.search_endpoint = value()?,
                "--tool-timeout" => a.web.timeout = seconds(flag, &value()?)?,
                "--max-response-bytes" => a.web.max_response_bytes = number(flag, &value()?)?,
                f if f.starts_with('-') && f.len() > 1 => {
                    return Err(format!("unknown option {f}"))
                }
                _ if task.is_none() => task = Some(arg.clone()),
                _ => return Err(format!("unexpected argument '{arg}' (quote the task)")),
            }
        }
        a.task = task.ok_or("give the task as the first argument")?;
        if a.settings.max_steps == 0 {
            return Err("--max-steps must be at least 1".into());
        }
        model.model = model_id.ok_or("--model is required (the model id your server serves)")?;
        model.api_base = api_base.trim_end_matches('/').to_string();
        a.model = model;
        for (name, _) in &a.specs {
            if !a.commands.iter().any(|(n, _)| n == name) {
                return Err(format!(
                    "--tool-spec {name}=... has no matching --tool-command {name}=..."
                ));
            }
        }
        Ok(Some(a))
    }

    /// The configured agent, its tools and callbacks.
    fn build(&self, runtime: &tokio::runtime::Handle) -> Result<Agent, String> {
        let mut settings = self.settings.clone();
        for m in &self.imports {
            if !settings.authorized_imports.contains(m) {
                settings.authorized_imports.push(m.clone());
            }
        }
        let model = OpenAiModel::new(self.model.clone()).map_err(|e| e.to_string())?;
        let config = Config {
            limits: settings.limits.clone(),
            authorized_imports: settings.authorized_imports.clone(),
            tools: Vec::new(),
        };
        let mut tools: Vec<Tool> = Vec::new();
        for name in &self.tools {
            tools.extend(builtin_tool(name, &self.web, runtime, &config));
        }
        for (name, command) in &self.commands {
            let spec = match self.specs.iter().find(|(n, _)| n == name) {
                Some((_, path)) => Some(read_spec(path)?),
                None => None,
            };
            tools.push(command_tool(
                name,
                command,
                spec.as_ref(),
                self.web.timeout,
            )?);
        }
        let mut agent = Agent::new(self.kind, Arc::new(model))
            .with_settings(settings)
            .with_tools(tools);
        if let Some(path) = &self.system_prompt {
            let text = std::fs::read_to_string(path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            let mut prompts = crate::agent::Prompts::defaults(self.kind);
            prompts.system = text;
            agent = agent.with_prompts(prompts);
        }
        if let Some(path) = &self.log {
            agent = agent
                .with_log(path)
                .map_err(|e| format!("cannot create {}: {e}", path.display()))?;
        }
        if !self.quiet {
            let streaming = self.model.stream.then(|| Arc::new(AtomicBool::new(false)));
            if let Some(flag) = &streaming {
                agent = agent.on_token(token_printer(flag.clone()));
            }
            agent = agent.on_step(progress_printer(streaming));
        }
        Ok(agent)
    }
}

fn read_spec(path: &PathBuf) -> Result<serde_json::Value, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{} is not valid JSON: {e}", path.display()))
}

fn number<T: std::str::FromStr>(flag: &str, v: &str) -> Result<T, String> {
    v.trim()
        .parse()
        .map_err(|_| format!("{flag} takes a number, not '{v}'"))
}

fn seconds(flag: &str, v: &str) -> Result<Duration, String> {
    let s: f64 = number(flag, v)?;
    if !(s.is_finite() && s > 0.0) {
        return Err(format!("{flag} takes a positive number of seconds"));
    }
    Ok(Duration::from_secs_f64(s))
}
