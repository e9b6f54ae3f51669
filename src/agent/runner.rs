//! The agent loop shared by both kinds of agent: build the prompt from memory, call the
//! model, act (run the code in the run's single Session, or make the JSON tool calls),
//! record the step, stop on a final answer or after `max_steps`, plan every N steps.
//!
//! Owns: `Agent`, its settings and its control flow, the run log's header and end records.
//! Must not: format observations (`observe`), parse replies (`parse`) or speak HTTP (`model`).
//! Blocking work (running code, calling tools) goes through `spawn_blocking`, so tools may
//! themselves block on the runtime (see `tools`).

use std::future::Future;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::task::Poll;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::{Config, HostValue, Limits, Session, Tool, ValueType};

use super::log::RunLog;
use super::memory::{
    merge_consecutive, usage_json, ActionStep, AgentMemory, FinalAnswerStep, PlanningStep, Step,
    StepError, StepErrorKind, ToolCallRecord,
};
use super::model::{ChatMessage, Model, ModelError, ModelRequest, Role, TokenSink, TokenUsage};
use super::observe::{
    error_observation, missing_call_observation, missing_code_observation, outcome_observation,
    truncate_middle,
};
use super::parse::{
    assigned_names, drop_definitions, extract_code, parse_text_tool_call, CODE_CLOSE,
};
use super::prompts::{python_signature, render, tool_schema, tool_summary, Prompts};
use super::tools::{bind_arguments, tool_spec};

/// Stop sequences of a code agent: the model must not write its own observation.
pub const CODE_STOP_SEQUENCES: [&str; 3] = ["Observation:", "Calling tools:", CODE_CLOSE];

/// Which way the model acts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgentKind {
    /// Writes Python that runs in a sandboxed Session (tools are Python functions).
    Code,
    /// Emits JSON tool calls (native `tools` API, or a JSON object in the text).
    ToolCalling,
}

impl AgentKind {
    /// The name used on the command line and in logs.
    pub fn as_str(&self) -> &'static str {
        match self {
            AgentKind::Code => "code",
            AgentKind::ToolCalling => "tool-calling",
        }
    }

    /// Inverse of `as_str`.
    pub fn parse(s: &str) -> Option<AgentKind> {
        match s {
            "code" => Some(AgentKind::Code),
            "tool-calling" | "tool_calling" | "tools" => Some(AgentKind::ToolCalling),
            _ => None,
        }
    }
}

/// Tunables of a run.
#[derive(Clone, Debug)]
pub struct AgentSettings {
    /// Action steps before the agent is asked for a final answer directly.
    pub max_steps: usize,
    /// Plan before step 1 and then every N steps; `None` never plans.
    pub planning_interval: Option<usize>,
    /// Observations longer than this are cut in the middle.
    pub max_observation_chars: usize,
    /// Modules the code may import.
    pub authorized_imports: Vec<String>,
    /// Interpreter limits for each code step.
    pub limits: Limits,
}

impl Default for AgentSettings {
    fn default() -> Self {
        let config = Config::default();
        AgentSettings {
            max_steps: 20,
            planning_interval: None,
            max_observation_chars: 20_000,
            authorized_imports: config.authorized_imports,
            limits: config.limits,
        }
    }
}

/// Called after every recorded step (progress display, custom logging).
pub type StepCallback = Box<dyn FnMut(&Step) + Send>;

/// An agent: a model, tools, prompts and settings, plus the memory of its latest run.
pub struct Agent {
    kind: AgentKind,
    model: Arc<dyn Model>,
    tools: Vec<Tool>,
    managed: Vec<String>,
    prompts: Prompts,
    system_prompt_override: Option<String>,
    settings: AgentSettings,
    memory: AgentMemory,
    step_callbacks: Vec<StepCallback>,
    token_sink: Option<Arc<TokenSink>>,
    log: Option<RunLog>,
}

/// What a finished run produced.
#[derive(Clone, Debug)]
pub struct RunResult {
    /// The final answer (after `max_steps`, the answer of the extra call, as a string).
    pub output: HostValue,
    pub state: RunState,
    /// Every step of the run, starting with the task.
    pub steps: Vec<Step>,
    /// Tokens of every model call of the run.
    pub usage: TokenUsage,
    pub duration: Duration,
}

/// How a run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RunState {
    /// The model called `final_answer`.
    FinalAnswer,
    /// `max_steps` ran out; the answer comes from one extra call.
    MaxSteps,
}

/// Why a run stopped without an answer.
#[derive(Debug)]
pub enum AgentError {
    /// The model could not be reached or answered nonsense (after retries).
    Model(ModelError),
    /// The run log could not be written.
    Log(String),
    /// The cancel future fired (Ctrl-C).
    Interrupted,
    /// A bug: a worker thread died.
    Internal(String),
}

impl std::fmt::Display for AgentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AgentError::Model(e) => write!(f, "model error: {e}"),
            AgentError::Log(e) => write!(f, "cannot write the run log: {e}"),
            AgentError::Interrupted => f.write_str("interrupted"),
            AgentError::Internal(e) => write!(f, "internal error: {e}"),
        }
    }
}

impl std::error::Error for AgentError {}

impl From<ModelError> for AgentError {
    fn from(e: ModelError) -> Self {
        AgentError::Model(e)
    }
}

impl Agent {
    /// An agent of `kind` driven by `model`, with no tools and default settings.
    pub fn new(kind: AgentKind, model: Arc<dyn Model>) -> Agent {
        Agent {
            kind,
            model,
            tools: Vec::new(),
            managed: Vec::new(),
            prompts: Prompts::defaults(kind),
            system_prompt_override: None,
            settings: AgentSettings::default(),
            memory: AgentMemory::default(),
            step_callbacks: Vec::new(),
            token_sink: None,
            log: None,
        }
    }

    /// Adds a tool the model may call.
    pub fn with_tool(mut self, tool: Tool) -> Agent {
        self.tools.push(tool);
        self
    }

    /// Adds several tools.
    pub fn with_tools(mut self, tools: impl IntoIterator<Item = Tool>) -> Agent {
        self.tools.extend(tools);
        self
    }

    /// Adds a sub-agent, callable as the tool `name(task, additional_args)`; see `managed`.
    pub fn with_managed_agent(
        mut self,
        name: &str,
        description: &str,
        agent: Agent,
        runtime: tokio::runtime::Handle,
    ) -> Agent {
        self.tools.push(super::managed::managed_agent_tool(
            name,
            description,
            agent,
            runtime,
        ));
        self.managed.push(name.to_string());
        self
    }

    /// Replaces the settings.
    pub fn with_settings(mut self, settings: AgentSettings) -> Agent {
        self.settings = settings;
        self
    }

    /// Replaces the prompt templates.
    pub fn with_prompts(mut self, prompts: Prompts) -> Agent {
        self.prompts = prompts;
        self
    }

    /// Uses `text` verbatim as the system prompt instead of rendering the template.
    pub fn with_system_prompt(mut self, text: &str) -> Agent {
        self.system_prompt_override = Some(text.to_string());
        self
    }

    /// Writes every step of each run to `path` (JSON lines) as it happens.
    pub fn with_log(mut self, path: &Path) -> std::io::Result<Agent> {
        self.log = Some(RunLog::create(path)?);
        Ok(self)
    }

    /// Calls `callback` after each recorded step.
    pub fn on_step(mut self, callback: impl FnMut(&Step) + Send + 'static) -> Agent {
        self.step_callbacks.push(Box::new(callback));
        self
    }

    /// Receives generated text as it streams (when the model streams).
    pub fn on_token(mut self, sink: impl Fn(&str) + Send + Sync + 'static) -> Agent {
        self.token_sink = Some(Arc::new(sink));
        self
    }

    /// The kind of agent.
    pub fn kind(&self) -> AgentKind {
        self.kind
    }

    /// The tools, managed agents included.
    pub fn tools(&self) -> &[Tool] {
        &self.tools
    }

    /// The settings.
    pub fn settings(&self) -> &AgentSettings {
        &self.settings
    }

    /// The memory of the current or latest run.
    pub fn memory(&self) -> &AgentMemory {
        &self.memory
    }

    /// The system prompt with tools, team members and imports filled in.
    pub fn system_prompt(&self) -> String {
        if let Some(text) = &self.system_prompt_override {
            return text.clone();
        }
        let (agents, tools): (Vec<&Tool>, Vec<&Tool>) = self
            .tools
            .iter()
            .partition(|t| self.managed.contains(&t.name));
        let finish = final_answer_tool();
        let describe = |t: &Tool| match self.kind {
            AgentKind::Code => python_signature(t),
            AgentKind::ToolCalling => tool_summary(t),
        };
        let mut tool_text: Vec<String> = tools.iter().map(|t| describe(t)).collect();
        tool_text.push(describe(&finish));
        let team = if agents.is_empty() {
            String::new()
        } else {
            let list: Vec<String> = agents.iter().map(|t| describe(t)).collect();
            render(
                &self.prompts.managed_agents,
                &[("agents", &list.join("\n\n"))],
            )
        };
        render(
            &self.prompts.system,
            &[
                ("tools", &tool_text.join("\n\n")),
                ("managed_agents", &team),
                (
                    "authorized_imports",
                    &self.settings.authorized_imports.join(", "),
                ),
            ],
        )
    }

    /// Wraps a task the way this agent expects it when it works for a manager.
    pub fn managed_task(&self, name: &str, task: &str) -> String {
        render(
            &self.prompts.managed_task,
            &[("name", name), ("task", task)],
        )
    }

    /// Runs `task` to completion.
    pub async fn run(&mut self, task: &str) -> Result<RunResult, AgentError> {
        self.run_with(task, Vec::new(), std::future::pending())
            .await
    }

    /// Runs `task` with named inputs (variables in the code agent's Session, listed in the
    /// task for both kinds), stopping early with `AgentError::Interrupted` when `cancel`
    /// completes. The log gets an end record either way.
    pub async fn run_with(
        &mut self,
        task: &str,
        inputs: Vec<(String, HostValue)>,
        cancel: impl Future<Output = ()>,
    ) -> Result<RunResult, AgentError> {
        let started = Instant::now();
        let result = race(self.run_inner(task, inputs, started), cancel)
            .await
            .unwrap_or(Err(AgentError::Interrupted));
        self.write_end(&result, started.elapsed());
        result
    }

    async fn run_inner(
        &mut self,
        task: &str,
        inputs: Vec<(String, HostValue)>,
        started: Instant,
    ) -> Result<RunResult, AgentError> {
        let task = task_with_inputs(task, &inputs);
        self.memory = AgentMemory {
            system_prompt: self.system_prompt(),
            steps: Vec::new(),
        };
        self.write_header(&task)?;
        self.record(Step::Task { task: task.clone() })?;
        let recorder = Recorder::default();
        let session = match self.kind {
            AgentKind::Code => Some(self.start_session(&recorder, &inputs)),
            AgentKind::ToolCalling => None,
        };
        for number in 1..=self.settings.max_steps {
            if self.planning_due(number) {
                self.plan(&task, number).await?;
            }
            let step = match &session {
                Some(session) => self.code_step(number, session, &recorder).await?,
                None => self.tool_calling_step(number).await?,
            };
            let answer = step.final_answer.clone();
            self.record(Step::Action(step))?;
            if let Some(answer) = answer {
                return self.finish(answer, None, RunState::FinalAnswer, started);
            }
        }
        let (answer, reply) = self.forced_final_answer(&task).await?;
        self.finish(answer, Some(reply), RunState::MaxSteps, started)
    }

    /// The run's Session, with the tools (wrapped to record their calls) and the named inputs
    /// set as global variables. Inputs whose name is not an identifier are only listed in
    /// the task text, since code could not name them.
    fn start_session(
        &self,
        recorder: &Recorder,
        inputs: &[(String, HostValue)],
    ) -> Arc<Mutex<Session>> {
        let config = Config {
            limits: self.settings.limits.clone(),
            authorized_imports: self.settings.authorized_imports.clone(),
            tools: self.tools.iter().map(|t| recorder.wrap(t)).collect(),
        };
        let mut session = Session::new(config);
        for (name, value) in inputs {
            if is_identifier(name) {
                session.set(name, value.clone());
            }
        }
        Arc::new(Mutex::new(session))
    }

    async fn code_step(
        &mut self,
        number: usize,
        session: &Arc<Mutex<Session>>,
        recorder: &Recorder,
    ) -> Result<ActionStep, AgentError> {
        let started = Instant::now();
        let messages = self.memory.write_memory_to_messages();
        let request = ModelRequest {
            messages: messages.clone(),
            stop: CODE_STOP_SEQUENCES.iter().map(|s| s.to_string()).collect(),
            tools: Vec::new(),
        };
        let reply = self.generate(&request).await?;
        let mut step = ActionStep {
            number,
            input_messages: messages,
            model_output: reply.content,
            usage: reply.usage,
            ..ActionStep::default()
        };
        let max = self.settings.max_observation_chars;
        match extract_code(&step.model_output) {
            None => {
                step.observation = missing_code_observation(&step.model_output);
                step.error = Some(StepError {
                    kind: StepErrorKind::Parse,
                    message: "no code in the reply".into(),
                });
            }
            Some(code) => {
                let mut names: Vec<&str> = self.tools.iter().map(|t| t.name.as_str()).collect();
                names.push("final_answer");
                let (code, redefined) = drop_definitions(&code, &names);
                let note = redefined_tools_note(&redefined);
                if code.trim().is_empty() {
                    step.observation = format!("Observation:\nNothing ran.{note}");
                    step.error = Some(StepError {
                        kind: StepErrorKind::Execution,
                        message: format!("the code only redefined tools: {}", redefined.join(", ")),
                    });
                    step.duration = started.elapsed();
                    return Ok(step);
                }
                step.code = Some(code.clone());
                let result = run_code(session, code.clone()).await?;
                step.tool_results = recorder.take();
                match result {
                    Ok(outcome) => {
                        step.observation = outcome_observation(&outcome, max);
                        let silent = outcome.stdout.is_empty()
                            && outcome.value.is_none()
                            && outcome.final_answer.is_none();
                        if silent {
                            step.observation
                                .push_str(&assigned_values_note(session, &code));
                        }
                        step.observation.push_str(&note);
                        step.final_answer = outcome.final_answer;
                    }
                    Err(error) => {
                        step.observation = error_observation(&code, &error, max);
                        if let Some(note) = self.undefined_name_note(&error.to_string(), &code) {
                            step.observation.push_str(&note);
                        }
                        if self.repeats_failed_code(&code) {
                            step.observation.push_str(REPEATED_CODE_NOTE);
                        }
                        step.observation.push_str(&note);
                        let kind = match error {
                            crate::Error::Limit { .. } => StepErrorKind::Limit,
                            _ => StepErrorKind::Execution,
                        };
                        step.error = Some(StepError {
                            kind,
                            message: error.to_string(),
                        });
                    }
                }
            }
        }
        step.duration = started.elapsed();
        Ok(step)
    }

    /// For a `NameError`: how to make the name exist. A misspelt name needs nothing more
    /// than the traceback's "Did you mean"; a module needs an import; a name called like a
    /// function gets the tools that do exist (small models call the tools of the prompt's
    /// examples, `web_search`, when they have others); any other name is data the code must
    /// assign first (small models use the task's table as if it were a variable).
    fn undefined_name_note(&self, message: &str, code: &str) -> Option<String> {
        let rest = &message[message.find("NameError: name '")? + "NameError: name '".len()..];
        let name = &rest[..rest.find('\'')?];
        if message.contains(". Did you mean: '") {
            return None;
        }
        if self.settings.authorized_imports.iter().any(|m| m == name) {
            return Some(format!(
                "\n`{name}` is a module: import it first (`import {name}`, or \
                 `from {name} import ...`)."
            ));
        }
        if !is_called(code, name) {
            return Some(format!(
                "\n`{name}` is not defined: assign it in your code before the line that uses it \
                 (write out any data the task gives you)."
            ));
        }
        let mut tools: Vec<&str> = self.tools.iter().map(|t| t.name.as_str()).collect();
        tools.push("final_answer");
        Some(format!(
            "\n`{name}` is not defined. A helper of your own must be defined, with a full body, \
             before the line that uses it. The only tools you can call are: {}; they already \
             exist: call them, never define them.",
            tools.join(", ")
        ))
    }

    /// Whether `code` is exactly the code of the previous step, which failed too. Small
    /// models at temperature 0 resend the same broken code after reading its error.
    fn repeats_failed_code(&self, code: &str) -> bool {
        let previous = self.memory.steps.iter().rev().find_map(|s| match s {
            Step::Action(a) => Some(a),
            _ => None,
        });
        previous.is_some_and(|p| p.error.is_some() && p.code.as_deref() == Some(code))
    }

    /// Whether the previous step made this same call and got the same result. Small models
    /// at temperature 0 repeat a call that already answered the task instead of finishing.
    fn repeats_previous_call(&self, record: &ToolCallRecord) -> bool {
        let previous = self.memory.steps.iter().rev().find_map(|s| match s {
            Step::Action(a) => Some(a),
            _ => None,
        });
        previous.is_some_and(|p| {
            p.tool_results.iter().any(|r| {
                r.name == record.name
                    && r.arguments == record.arguments
                    && r.result == record.result
            })
        })
    }

    async fn tool_calling_step(&mut self, number: usize) -> Result<ActionStep, AgentError> {
        let started = Instant::now();
        let messages = self.memory.write_memory_to_messages();
        let mut schemas: Vec<Value> = self.tools.iter().map(tool_schema).collect();
        schemas.push(tool_schema(&final_answer_tool()));
        let request = ModelRequest {
            messages: messages.clone(),
            stop: Vec::new(),
            tools: schemas,
        };
        let reply = self.generate(&request).await?;
        let mut step = ActionStep {
            number,
            input_messages: messages,
            model_output: reply.content,
            tool_calls: reply.tool_calls,
            usage: reply.usage,
            ..ActionStep::default()
        };
        let mut calls: Vec<(String, Value)> = step
            .tool_calls
            .iter()
            .map(|c| (c.name.clone(), c.arguments.clone()))
            .collect();
        if calls.is_empty() {
            if let Some(call) = parse_text_tool_call(&step.model_output) {
                step.text_tool_call = true;
                calls.push(call);
            }
        }
        if calls.is_empty() {
            let mut names: Vec<String> = self.tools.iter().map(|t| t.name.clone()).collect();
            names.push("final_answer".into());
            step.observation = missing_call_observation(&names);
            step.error = Some(StepError {
                kind: StepErrorKind::Parse,
                message: "no tool call in the reply".into(),
            });
        }
        let mut texts = Vec::new();
        for (name, args) in calls {
            let record = self.call_tool(&name, args).await?;
            if name == "final_answer" {
                step.final_answer = record.result.clone().ok();
            }
            if let Err(e) = &record.result {
                step.error = Some(StepError {
                    kind: StepErrorKind::Tool,
                    message: e.clone(),
                });
            }
            let mut text = format!("{name}: {}", record.result_text());
            if record.result.is_ok() && self.repeats_previous_call(&record) {
                text.push_str(REPEATED_CALL_NOTE);
            }
            texts.push(text);
            step.tool_results.push(record);
        }
        if !texts.is_empty() {
            let max = self.settings.max_observation_chars;
            step.observation = format!(
                "Observation:\n{}",
                truncate_middle(&texts.join("\n\n"), max)
            );
        }
        step.duration = started.elapsed();
        Ok(step)
    }

    async fn call_tool(&self, name: &str, args: Value) -> Result<ToolCallRecord, AgentError> {
        let record = |result| ToolCallRecord {
            name: name.to_string(),
            arguments: args.clone(),
            result,
        };
        if name == "final_answer" {
            let answer = match &args {
                Value::Object(m) if m.contains_key("answer") => &m["answer"],
                other => other,
            };
            return Ok(record(Ok(HostValue::from_json(answer))));
        }
        let Some(tool) = self.tools.iter().find(|t| t.name == name) else {
            let names: Vec<&str> = self.tools.iter().map(|t| t.name.as_str()).collect();
            let msg = format!(
                "there is no tool named '{name}'; the tools are: {}, final_answer",
                names.join(", ")
            );
            return Ok(record(Err(msg)));
        };
        let bound = match bind_arguments(tool, &args) {
            Ok(b) => b,
            Err(e) => return Ok(record(Err(e))),
        };
        let func = tool.func.clone();
        let result = tokio::task::spawn_blocking(move || func.call(bound))
            .await
            .map_err(|e| AgentError::Internal(format!("tool '{name}' panicked: {e}")))?;
        Ok(record(result))
    }

    async fn plan(&mut self, task: &str, number: usize) -> Result<(), AgentError> {
        let started = Instant::now();
        let first = !self
            .memory
            .steps
            .iter()
            .any(|s| matches!(s, Step::Planning(_)));
        let messages = if first {
            let tools: Vec<String> = self.tools.iter().map(tool_summary).collect();
            let prompt = render(
                &self.prompts.plan_initial,
                &[("task", task), ("tools", &tools.join("\n"))],
            );
            vec![ChatMessage::new(Role::User, prompt)]
        } else {
            let remaining = (self.settings.max_steps + 1 - number).to_string();
            let prompt = render(
                &self.prompts.plan_update,
                &[("task", task), ("remaining_steps", &remaining)],
            );
            let mut m = self.memory.write_memory_to_messages();
            m.push(ChatMessage::new(Role::User, prompt));
            merge_consecutive(m)
        };
        let request = ModelRequest {
            messages,
            stop: vec!["</plan>".into()],
            tools: Vec::new(),
        };
        let reply = self.generate(&request).await?;
        let plan = match reply.content.split_once("<plan>") {
            Some((_, plan)) => plan.trim().to_string(),
            None => reply.content.trim().to_string(),
        };
        self.record(Step::Planning(PlanningStep {
            model_output: reply.content,
            plan,
            usage: reply.usage,
            duration: started.elapsed(),
        }))
    }

    async fn forced_final_answer(
        &mut self,
        task: &str,
    ) -> Result<(HostValue, FinalAnswerStep), AgentError> {
        let started = Instant::now();
        let mut messages = self.memory.write_memory_to_messages();
        let prompt = render(&self.prompts.final_answer, &[("task", task)]);
        messages.push(ChatMessage::new(Role::User, prompt));
        let request = ModelRequest {
            messages: merge_consecutive(messages),
            stop: Vec::new(),
            tools: Vec::new(),
        };
        let reply = self.generate(&request).await?;
        let text = reply.content.trim();
        let text = text.strip_prefix("Final answer:").unwrap_or(text).trim();
        // A tool-calling model answers out of habit with a final_answer call in JSON.
        let answer = match parse_text_tool_call(text) {
            Some((name, Value::Object(args))) if name == "final_answer" => args
                .get("answer")
                .map(HostValue::from_json)
                .unwrap_or_else(|| HostValue::Str(text.to_string())),
            _ => HostValue::Str(text.to_string()),
        };
        let step = FinalAnswerStep {
            answer: answer.clone(),
            model_output: Some(reply.content.clone()),
            usage: reply.usage,
            duration: started.elapsed(),
        };
        Ok((answer, step))
    }

    fn finish(
        &mut self,
        answer: HostValue,
        forced: Option<FinalAnswerStep>,
        state: RunState,
        started: Instant,
    ) -> Result<RunResult, AgentError> {
        let step = forced.unwrap_or(FinalAnswerStep {
            answer: answer.clone(),
            model_output: None,
            usage: TokenUsage::default(),
            duration: Duration::ZERO,
        });
        self.record(Step::FinalAnswer(step))?;
        Ok(RunResult {
            output: answer,
            state,
            steps: self.memory.steps.clone(),
            usage: self.memory.usage(),
            duration: started.elapsed(),
        })
    }

    async fn generate(
        &self,
        request: &ModelRequest,
    ) -> Result<super::model::ModelReply, AgentError> {
        let model = self.model.clone();
        let sink = self.token_sink.clone();
        Ok(model.generate(request, sink.as_deref()).await?)
    }

    fn planning_due(&self, number: usize) -> bool {
        matches!(self.settings.planning_interval, Some(n) if (number - 1).checked_rem(n) == Some(0))
    }

    fn record(&mut self, step: Step) -> Result<(), AgentError> {
        if let Some(log) = &mut self.log {
            log.write(&json!({"type": "step", "step": step.to_json()}))
                .map_err(|e| AgentError::Log(e.to_string()))?;
        }
        for callback in &mut self.step_callbacks {
            callback(&step);
        }
        self.memory.steps.push(step);
        Ok(())
    }

    fn write_header(&mut self, task: &str) -> Result<(), AgentError> {
        let header = json!({
            "type": "run",
            "format": 1,
            "agent": self.kind.as_str(),
            "model": self.model.model_id(),
            "task": task,
            "system_prompt": self.memory.system_prompt,
            "tools": self.tools.iter().map(tool_spec).collect::<Vec<_>>(),
            "managed_agents": self.managed,
            "max_steps": self.settings.max_steps,
            "planning_interval": self.settings.planning_interval,
            "max_observation_chars": self.settings.max_observation_chars,
            "authorized_imports": self.settings.authorized_imports,
        });
        match &mut self.log {
            Some(log) => log
                .write(&header)
                .map_err(|e| AgentError::Log(e.to_string())),
            None => Ok(()),
        }
    }

    fn write_end(&mut self, result: &Result<RunResult, AgentError>, elapsed: Duration) {
        let Some(log) = &mut self.log else {
            return;
        };
        let mut end = json!({
            "type": "end",
            "usage": usage_json(self.memory.usage()),
            "duration_s": elapsed.as_secs_f64(),
        });
        match result {
            Ok(r) => {
                let state = match r.state {
                    RunState::FinalAnswer => "final_answer",
                    RunState::MaxSteps => "max_steps",
                };
                end["state"] = json!(state);
                end["output"] = r.output.to_json();
            }
            Err(AgentError::Interrupted) => end["state"] = json!("interrupted"),
            Err(e) => {
                end["state"] = json!("error");
                end["error"] = json!(e.to_string());
            }
        }
        // The run is over: a log that cannot take its last line has nowhere to report to.
        let _ = log.write(&end);
    }
}

/// Appended to the error of code sent unchanged after it failed.
/// For code that printed nothing: the values of the variables its top-level statements set.
/// Small models forget `print()` and then invent the output they expected.
fn assigned_values_note(session: &Arc<Mutex<Session>>, code: &str) -> String {
    let session = session.lock().unwrap_or_else(|p| p.into_inner());
    let values: Vec<String> = assigned_names(code)
        .iter()
        .filter_map(|name| {
            let repr = session.get(name)?.repr();
            Some(format!("{name} = {}", truncate_middle(&repr, 300)))
        })
        .take(10)
        .collect();
    if values.is_empty() {
        return String::new();
    }
    format!("\nThe variables it set now hold:\n{}", values.join("\n"))
}

/// What the model is told when its code defined functions named like existing tools (the
/// definitions were dropped before running): the stubs of the prompt's tool listing, copied.
fn redefined_tools_note(names: &[String]) -> String {
    let Some(first) = names.first() else {
        return String::new();
    };
    let list: Vec<String> = names.iter().map(|n| format!("`def {n}`")).collect();
    format!(
        "\nYour {} was skipped: `{first}` is a tool that already exists. Never define a tool; \
         call it directly, e.g. `{first}(...)`, and write only the code that solves the task.",
        list.join(" and ")
    )
}

const REPEATED_CALL_NOTE: &str = "\nYou made this same call in your previous step and got \
     the same result. If it answers the task, call final_answer with the answer now; \
     otherwise call something different.";

const REPEATED_CODE_NOTE: &str = "\nThis is the same code as in your previous step, and it \
    failed the same way. Do not send it again: rewrite the line the error points at, or solve \
    the task another way.";

/// The built-in `final_answer`, described like a tool so the model sees it with the others.
pub fn final_answer_tool() -> Tool {
    Tool::new(
        "final_answer",
        "Gives the final answer to the task and ends it.",
        |args: Vec<HostValue>| Ok(args.into_iter().next().unwrap_or(HostValue::None)),
    )
    .input("answer", ValueType::Any, "The final answer to the task.")
}

/// Tool calls made from Python during one code step, collected for the step record.
#[derive(Clone, Default)]
struct Recorder(Arc<Mutex<Vec<ToolCallRecord>>>);

impl Recorder {
    fn wrap(&self, tool: &Tool) -> Tool {
        let inner = tool.func.clone();
        let name = tool.name.clone();
        let calls = self.0.clone();
        let mut wrapped = tool.clone();
        wrapped.func = Arc::new(move |args: Vec<HostValue>| {
            let arguments = Value::Array(args.iter().map(HostValue::to_json).collect());
            let result = inner.call(args);
            let record = ToolCallRecord {
                name: name.clone(),
                arguments,
                result: result.clone(),
            };
            calls.lock().unwrap_or_else(|p| p.into_inner()).push(record);
            result
        });
        wrapped
    }

    fn take(&self) -> Vec<ToolCallRecord> {
        std::mem::take(&mut *self.0.lock().unwrap_or_else(|p| p.into_inner()))
    }
}

async fn run_code(
    session: &Arc<Mutex<Session>>,
    code: String,
) -> Result<Result<crate::Outcome, crate::Error>, AgentError> {
    let session = session.clone();
    tokio::task::spawn_blocking(move || {
        session.lock().unwrap_or_else(|p| p.into_inner()).run(&code)
    })
    .await
    .map_err(|e| AgentError::Internal(format!("the interpreter thread died: {e}")))
}

fn task_with_inputs(task: &str, inputs: &[(String, HostValue)]) -> String {
    if inputs.is_empty() {
        return task.to_string();
    }
    let listed: Vec<String> = inputs
        .iter()
        .map(|(k, v)| format!("- {k} = {}", truncate_middle(&v.repr(), 2000)))
        .collect();
    format!(
        "{task}\n\nYou have been given these inputs (in a code agent they are already defined \
         as variables):\n{}",
        listed.join("\n")
    )
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && chars.all(|c| c.is_alphanumeric() || c == '_')
}

/// Polls `main` until it finishes, or returns `None` as soon as `cancel` does.
async fn race<T>(main: impl Future<Output = T>, cancel: impl Future<Output = ()>) -> Option<T> {
    let mut main = std::pin::pin!(main);
    let mut cancel = std::pin::pin!(cancel);
    std::future::poll_fn(|cx| {
        if let Poll::Ready(v) = main.as_mut().poll(cx) {
            return Poll::Ready(Some(v));
        }
        if cancel.as_mut().poll(cx).is_ready() {
            return Poll::Ready(None);
        }
        Poll::Pending
    })
    .await
}

/// Whether `code` calls `name` somewhere: `name(` not preceded by a name character or a dot.
fn is_called(code: &str, name: &str) -> bool {
    code.match_indices(name).any(|(at, _)| {
        let before = code[..at].chars().next_back();
        let after = code[at + name.len()..].trim_start_matches([' ', '\t']);
        !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.')
            && after.starts_with('(')
    })
}
