//! Integration tests of the agent layer, over real HTTP on 127.0.0.1: a scripted
//! OpenAI-compatible server replays the conversations in fixtures/agent/*.json, a static
//! server serves the saved pages in fixtures/web/, and the `codeact` binary runs end to end.

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use codeact::agent::memory::{Step, StepErrorKind};
use codeact::agent::observe::truncate_middle;
use codeact::agent::parse::{
    assigned_names, drop_definitions, extract_code, extract_thought, parse_text_tool_call,
};
use codeact::agent::prompts::python_signature;
use codeact::agent::tools::{
    bind_arguments, command_tool, parse_search_results, visit_webpage_tool, web_search_tool,
    WebOptions,
};
use codeact::agent::{
    Agent, AgentError, AgentKind, AgentSettings, ModelError, ModelOptions, OpenAiModel, Recording,
    Role, RunResult, RunState,
};
use codeact::{HostValue, Limits, Tool, ValueType};
use serde_json::{json, Value};

// ---------------------------------------------------------------------------------------
// Scripted model server
// ---------------------------------------------------------------------------------------

#[test]
fn code_agent_multi_step_with_tool() {
    let server = chat_server("code_multi_step");
    let calls = Arc::new(AtomicUsize::new(0));
    let mut agent =
        Agent::new(AgentKind::Code, model(&server, false)).with_tool(price_tool(calls.clone()));
    let result = run(&mut agent, &fixture_task("code_multi_step"));

    assert_eq!(result.state, RunState::FinalAnswer);
    assert_eq!(result.output, HostValue::Str("The total is 3.0".into()));
    let actions = actions(&result);
    assert_eq!(actions.len(), 3);
    assert!(
        actions[0]
            .observation
            .contains("{'apple': 0.5, 'pear': 0.75}"),
        "{}",
        actions[0].observation
    );
    assert_eq!(actions[0].tool_results.len(), 2);
    assert_eq!(actions[0].tool_results[1].arguments, json!(["pear"]));
    assert!(actions[1]
        .observation
        .contains("Value of the last expression: 3.0"));
    assert_eq!(calls.load(Ordering::SeqCst), 2);
    assert_eq!(result.usage.input_tokens, 120 + 180 + 230);
    assert_eq!(result.usage.output_tokens, 30 + 25 + 15);
    assert!(matches!(result.steps.last(), Some(Step::FinalAnswer(_))));

    let reqs = server.requests();
    assert_eq!(reqs.len(), 3);
    let first = reqs[0].json();
    assert_eq!(first["model"], "test-model");
    assert_eq!(
        first["stop"],
        json!(["Observation:", "Calling tools:", "</code>"])
    );
    assert_eq!(
        reqs[0].header("authorization"),
        Some("Bearer test-key".into())
    );
    let system = first["messages"][0]["content"].as_str().unwrap();
    assert!(
        system.contains("def lookup_price(item: str) -> float:"),
        "{system}"
    );
    assert!(system.contains("def final_answer(answer):"));
    assert!(system.contains("collections, datetime, itertools, math"));
    assert_eq!(
        first["messages"][1]["content"],
        format!("New task:\n{}", fixture_task("code_multi_step"))
    );
    // The second call sees the first reply (its closing tag restored) and the observation.
    let second = reqs[1].json();
    let msgs = second["messages"].as_array().unwrap();
    assert_eq!(msgs.len(), 4);
    assert!(msgs[2]["content"]
        .as_str()
        .unwrap()
        .ends_with("print(prices)\n</code>"));
    assert_eq!(msgs[3]["role"], "user");
    assert!(msgs[3]["content"]
        .as_str()
        .unwrap()
        .starts_with("Observation:"));
    // The memory produces exactly what was sent.
    assert_eq!(actions[2].input_messages.len(), 6);
    assert_eq!(agent.memory().write_memory_to_messages().len(), 7);
}

#[test]
fn code_agent_sees_errors_and_fixes_them() {
    let server = chat_server("code_error_fix");
    let mut agent = Agent::new(AgentKind::Code, model(&server, false));
    let result = run(&mut agent, &fixture_task("code_error_fix"));

    assert_eq!(result.output, HostValue::Float(9.0));
    let actions = actions(&result);
    let runtime_error = &actions[0];
    assert_eq!(
        runtime_error.error.as_ref().unwrap().kind,
        StepErrorKind::Execution
    );
    let obs = &runtime_error.observation;
    assert!(obs.contains("line 3"), "{obs}");
    assert!(obs.contains("average = sum(numbers) / count"), "{obs}");
    assert!(obs.contains("ZeroDivisionError: division by zero"), "{obs}");
    let syntax = &actions[1].observation;
    assert!(syntax.contains("does not compile (line 1"), "{syntax}");
    assert!(syntax.contains("for n in numbers print(n)"), "{syntax}");
    assert!(syntax.contains("SyntaxError"), "{syntax}");
    // The model was shown the error.
    let reqs = server.requests();
    let last_user = last_message(&reqs[1].json());
    assert!(last_user.contains("ZeroDivisionError: division by zero"));
}

#[test]
fn code_agent_max_steps_asks_for_the_answer() {
    let server = chat_server("code_max_steps");
    let settings = AgentSettings {
        max_steps: 2,
        ..AgentSettings::default()
    };
    let mut agent = Agent::new(AgentKind::Code, model(&server, false)).with_settings(settings);
    let result = run(&mut agent, &fixture_task("code_max_steps"));

    assert_eq!(result.state, RunState::MaxSteps);
    assert_eq!(result.output, HostValue::Str("42".into()));
    assert_eq!(actions(&result).len(), 2);
    assert!(actions(&result)[1]
        .observation
        .contains("without printing anything"));
    let reqs = server.requests();
    assert_eq!(reqs.len(), 3);
    let last = reqs[2].json();
    assert!(last_message(&last).contains("You have run out of steps"));
    assert!(last.get("stop").is_none());
    assert_eq!(result.usage.total(), 50 + 10 + 60 + 10 + 70 + 5);
}

#[test]
fn streaming_delivers_tokens_as_they_arrive() {
    let server = chat_server("code_streaming");
    let tokens = Arc::new(Mutex::new(Vec::<String>::new()));
    let sink = tokens.clone();
    let mut agent = Agent::new(AgentKind::Code, model(&server, true))
        .on_token(move |t: &str| sink.lock().unwrap().push(t.to_string()));
    let result = run(&mut agent, &fixture_task("code_streaming"));

    assert_eq!(result.output, HostValue::Int(42));
    let tokens = tokens.lock().unwrap();
    assert!(tokens.len() > 3, "expected many pieces, got {tokens:?}");
    assert_eq!(tokens.concat(), actions(&result)[0].model_output);
    assert_eq!(result.usage.input_tokens, 90);
    assert_eq!(result.usage.output_tokens, 17);
    let req = server.requests()[0].json();
    assert_eq!(req["stream"], true);
    assert_eq!(req["stream_options"]["include_usage"], true);
}

#[test]
fn retries_429_and_5xx_honouring_retry_after() {
    let server = chat_server("retry_429");
    let mut agent = Agent::new(AgentKind::Code, model(&server, false));
    let started = Instant::now();
    let result = run(&mut agent, &fixture_task("retry_429"));
    let elapsed = started.elapsed();

    assert_eq!(result.output, HostValue::Str("ok".into()));
    assert_eq!(server.requests().len(), 3);
    assert!(
        elapsed >= Duration::from_millis(950),
        "Retry-After: 1 was not honoured ({elapsed:?})"
    );
    assert!(elapsed < Duration::from_secs(8), "too slow: {elapsed:?}");
}

#[test]
fn http_errors_name_the_server_and_model() {
    let runtime = rt();
    let cases = [
        (
            401,
            "{\"error\":{\"message\":\"Invalid API key\"}}",
            "Invalid API key",
        ),
        (404, "{\"error\":\"model not found\"}", "ends with /v1"),
        (
            200,
            "<html>this is not json</html>",
            "not a chat completion",
        ),
    ];
    for (status, body, needle) in cases {
        let server = Server::start(move |_| Reply::new(status, "application/json", body));
        let mut agent = Agent::new(AgentKind::Code, model(&server, false));
        let err = runtime.block_on(agent.run("anything")).unwrap_err();
        let text = err.to_string();
        assert!(matches!(err, AgentError::Model(_)));
        assert!(text.contains(&format!("{}/v1", server.base)), "{text}");
        assert!(text.contains("'test-model'"), "{text}");
        assert!(text.contains(needle), "{text}");
        assert_eq!(
            server.requests().len(),
            1,
            "status {status} must not be retried"
        );
    }
    let AgentError::Model(ModelError::Auth { .. }) = runtime
        .block_on(
            Agent::new(
                AgentKind::Code,
                model(&Server::start(|_| Reply::new(401, "text/plain", "")), false),
            )
            .run("x"),
        )
        .unwrap_err()
    else {
        panic!("401 must be an authentication error");
    };
}

#[test]
fn malformed_replies_get_a_correction_then_work() {
    let server = chat_server("code_malformed");
    let mut agent = Agent::new(AgentKind::Code, model(&server, false));
    let result = run(&mut agent, &fixture_task("code_malformed"));

    assert_eq!(result.output, HostValue::Int(12));
    let actions = actions(&result);
    assert_eq!(
        actions[0].error.as_ref().unwrap().kind,
        StepErrorKind::Parse
    );
    assert!(actions[0].observation.contains("no code"));
    assert_eq!(
        actions[1].code.as_deref(),
        Some("result = 3 * 4\nprint(result)")
    );
    assert_eq!(actions[2].code.as_deref(), Some("final_answer(result)"));
    assert!(last_message(&server.requests()[1].json()).contains("<code>"));
}

#[test]
fn feedback_quotes_prose_answers_and_flags_repeated_failing_code() {
    // Seen with a 0.5B model: it answered in prose, then copied the example it was shown;
    // and it resent the same broken code after each error.
    let replies = [
        "The answer is 354224848179261915075.",
        "<code>\nprint(web_search(query='abc'))\n",
        "Thought: slice it.\n<code>\ns = 'abc'.[::-1]\n",
        "Thought: slice it.\n<code>\ns = 'abc'.[::-1]\n",
        "<code>\nfinal_answer('abc'[::-1])\n",
    ];
    let server = scripted_server(&replies);
    let mut agent = Agent::new(AgentKind::Code, model(&server, false));
    let result = run(&mut agent, "Reverse 'abc'.");
    assert_eq!(result.output, HostValue::Str("cba".into()));
    let actions = actions(&result);
    let prose = &actions[0].observation;
    assert!(
        prose.contains("final_answer(\"The answer is 354224848179261915075.\")"),
        "{prose}"
    );
    let undefined = &actions[1].observation;
    assert!(
        undefined.contains("`web_search` is not defined")
            && undefined.contains("tools you can call are: final_answer; they already exist"),
        "{undefined}"
    );
    assert!(!actions[2].observation.contains("same code"));
    assert!(
        actions[3]
            .observation
            .contains("same code as in your previous step"),
        "{}",
        actions[3].observation
    );
    // A long reply without code gets the general advice, not a quotation.
    let long = codeact::agent::observe::missing_code_observation(&"word ".repeat(100));
    assert!(
        long.contains("pass it to final_answer inside a code block"),
        "{long}"
    );
}

#[test]
fn name_errors_get_a_note_that_fits_the_name() {
    // Seen with a 0.5B model: it used the task's CSV as a variable `sales`; told that "a helper
    // must be defined with a full body" it pasted function stubs instead of the data.
    let replies = [
        "<code>\nfor region, units in sales:\n    print(region)\n",
        "<code>\ntotal = 5\nprint(totl)\n",
        "<code>\nfinal_answer(total)\n",
    ];
    let server = scripted_server(&replies);
    let mut agent = Agent::new(AgentKind::Code, model(&server, false));
    let result = run(&mut agent, "Total the units.");
    assert_eq!(result.output, HostValue::Int(5));
    let actions = actions(&result);
    let data = &actions[0].observation;
    assert!(
        data.contains("`sales` is not defined: assign it in your code") && !data.contains("helper"),
        "{data}"
    );
    // A typo gets CPython's suggestion in the traceback and no note that would mislead.
    let typo = &actions[1].observation;
    assert!(
        typo.contains("NameError: name 'totl' is not defined. Did you mean: 'total'?")
            && !typo.contains("`totl` is not defined"),
        "{typo}"
    );
}

#[test]
fn copied_tool_stubs_are_skipped_and_the_rest_runs() {
    // Seen with a 0.5B model on 14 of 39 tasks: after an error it answered like a help desk
    // and pasted the prompt's tool listing (`def final_answer(answer): """..."""`) next to
    // its fix, so every later step failed with "Cannot assign to name 'final_answer'".
    let stub = "def final_answer(answer):\n    \"\"\"Gives the final answer to the task and ends it.\n\n    Args:\n        answer: The final answer to the task.\n    \"\"\"\n";
    let fix = format!(
        "The issue is that the `is_prime` function is not defined in your code.\n\n```python\n\
         def is_prime(n):\n    if n < 2:\n        return False\n    \
         return all(n % d for d in range(2, n))\n\n{stub}```\n\nNow run your code again."
    );
    let replies: Vec<String> = vec![
        "Thought: sum the primes.\n<code>\ntotal = 0\nfor num in range(2, 10):\n    if is_prime(num):\n        total += num\nprint(total)\n".into(),
        fix,
        format!("<code>\n{stub}"),
        "<code>\nfinal_answer(sum(n for n in range(2, 10) if is_prime(n)))\n".into(),
    ];
    let server = scripted_server(&replies);
    let mut agent = Agent::new(AgentKind::Code, model(&server, false));
    let result = run(&mut agent, "What is the sum of the primes below 10?");
    assert_eq!(result.output, HostValue::Int(17));
    let actions = actions(&result);
    let undefined = &actions[0].observation;
    assert!(
        undefined.contains("`is_prime` is not defined. A helper of your own must be defined"),
        "{undefined}"
    );
    // The helper was defined, the copied stub skipped, and the model told so.
    assert!(actions[1].error.is_none(), "{}", actions[1].observation);
    assert!(!actions[1].code.as_deref().unwrap().contains("final_answer"));
    assert!(
        actions[1]
            .observation
            .contains("Your `def final_answer` was skipped: `final_answer` is a tool"),
        "{}",
        actions[1].observation
    );
    // A step that only redefines a tool runs nothing.
    assert!(actions[2].code.is_none());
    assert!(
        actions[2]
            .observation
            .starts_with("Observation:\nNothing ran.")
            && actions[2].observation.contains("Never define a tool"),
        "{}",
        actions[2].observation
    );
    assert_eq!(
        actions[2].error.as_ref().unwrap().kind,
        StepErrorKind::Execution
    );
}

#[test]
fn silent_code_shows_the_variables_it_set() {
    // Seen with a 0.5B model: it summed in a loop without print(), was told nothing was
    // printed, and answered with an invented "Printed output: 1500".
    let replies = [
        "<code>\ntotal = 0\nfor n in range(10):\n    if n % 3 == 0:\n        total += n\nlabel, unused = 'sum', None\n",
        "<code>\nx = 1\nfinal_answer(total)\n",
    ];
    let server = scripted_server(&replies);
    let mut agent = Agent::new(AgentKind::Code, model(&server, false));
    let result = run(&mut agent, "Sum the multiples of 3 below 10.");
    assert_eq!(result.output, HostValue::Int(18));
    let observation = &actions(&result)[0].observation;
    assert!(
        observation
            .ends_with("The variables it set now hold:\ntotal = 18\nlabel = 'sum'\nunused = None"),
        "{observation}"
    );
    assert_eq!(
        assigned_names(
            "a = 1\n(b, c) = 2, 3\nd += 1\nif a == 1:\n    e = 2\nf(x=1)\ng[0] = 1\nh: int = 3\n"
        ),
        ["a", "b", "c", "d"]
    );
}

#[test]
fn tool_definitions_are_dropped_with_their_bodies() {
    let code = "import math\ndef final_answer(\n    answer,\n):\n    \"\"\"Docs.\n\nunindented docstring line\n    \"\"\"\n\nasync def population(country: str) -> int:\n    pass\ndef helper(x):\n    return x\nprint(helper(2))\n";
    let (kept, dropped) = drop_definitions(code, &["final_answer", "population"]);
    assert_eq!(
        kept,
        "import math\ndef helper(x):\n    return x\nprint(helper(2))\n"
    );
    assert_eq!(dropped, ["final_answer", "population"]);
    let (kept, dropped) = drop_definitions(
        "final_answer(3)\ndef final_answerx(): pass",
        &["final_answer"],
    );
    assert_eq!(kept, "final_answer(3)\ndef final_answerx(): pass");
    assert!(dropped.is_empty());
}

#[test]
fn out_of_steps_answer_written_as_a_final_answer_call_is_unwrapped() {
    let replies = [
        "I think about it.",
        "{\"name\": \"final_answer\", \"arguments\": {\"answer\": 7}}",
    ];
    let server = scripted_server(&replies);
    let settings = AgentSettings {
        max_steps: 1,
        ..AgentSettings::default()
    };
    let mut agent =
        Agent::new(AgentKind::ToolCalling, model(&server, false)).with_settings(settings);
    let result = run(&mut agent, "What is 3 + 4?");
    assert_eq!(result.state, RunState::MaxSteps);
    assert_eq!(result.output, HostValue::Int(7));
    let last = server.requests().last().unwrap().json();
    assert!(last_message(&last)
        .trim_end()
        .ends_with("The task was:\nWhat is 3 + 4?"));
}

#[test]
fn code_agent_gets_inputs_as_variables_and_sees_output_printed_before_errors() {
    let mut replies: VecDeque<&str> = [
        "<code>\nprint(len(data), data['n'])\nlookup_price(item='kiwi')\n",
        "<code>\nlookup_price(item=5)\n",
        "<code>\nprint('partial')\nwhile True:\n    pass\n",
        "<code>\nfinal_answer(data['n'] * 2)\n",
    ]
    .into();
    let server = Server::start(move |_| {
        let content = replies
            .pop_front()
            .unwrap_or("<code>\nfinal_answer(None)\n");
        chat_reply(&json!({ "content": content }), false)
    });
    let calls = Arc::new(AtomicUsize::new(0));
    let settings = AgentSettings {
        limits: Limits {
            max_while_iterations: 1000,
            ..Limits::default()
        },
        ..AgentSettings::default()
    };
    let mut agent = Agent::new(AgentKind::Code, model(&server, false))
        .with_tool(price_tool(calls.clone()))
        .with_settings(settings);
    let inputs = vec![
        (
            "data".to_string(),
            HostValue::Dict(vec![(HostValue::Str("n".into()), HostValue::Int(21))]),
        ),
        ("not a name".to_string(), HostValue::Int(7)),
    ];
    let result = rt()
        .block_on(agent.run_with("Double n.", inputs, std::future::pending()))
        .unwrap();

    assert_eq!(result.output, HostValue::Int(42));
    let Step::Task { task } = &result.steps[0] else {
        panic!("the first step is the task")
    };
    assert!(task.contains("- data = {'n': 21}"), "{task}");
    assert!(task.contains("- not a name = 7"), "{task}");
    let actions = actions(&result);
    let failed_tool = &actions[0].observation;
    assert!(
        failed_tool.contains("Printed output before the error:\n1 21\n"),
        "{failed_tool}"
    );
    assert!(
        failed_tool.contains("RuntimeError: tool 'lookup_price' failed: unknown fruit"),
        "{failed_tool}"
    );
    assert_eq!(actions[0].tool_results.len(), 1);
    assert!(actions[0].tool_results[0].result.is_err());
    let bad_type = &actions[1].observation;
    assert!(bad_type.contains("TypeError"), "{bad_type}");
    assert!(!bad_type.contains("Printed output"), "{bad_type}");
    assert_eq!(
        calls.load(Ordering::SeqCst),
        1,
        "a badly typed call must not reach the tool"
    );
    let limit = &actions[2];
    assert_eq!(limit.error.as_ref().unwrap().kind, StepErrorKind::Limit);
    assert!(
        limit
            .observation
            .contains("Printed output before the error:\npartial\n"),
        "{}",
        limit.observation
    );
    assert!(limit.observation.contains("Your code was stopped"));
}

#[test]
fn tool_calling_agent_native_text_and_invalid_calls() {
    let server = chat_server("tool_calling");
    let calls = Arc::new(AtomicUsize::new(0));
    let mut agent = Agent::new(AgentKind::ToolCalling, model(&server, false))
        .with_tool(price_tool(calls.clone()));
    let result = run(&mut agent, &fixture_task("tool_calling"));

    assert_eq!(result.output, HostValue::Float(0.75));
    assert_eq!(
        calls.load(Ordering::SeqCst),
        2,
        "the badly typed call must not reach the tool"
    );
    let actions = actions(&result);
    assert_eq!(actions[0].observation, "Observation:\nlookup_price: 0.5");
    assert_eq!(actions[1].error.as_ref().unwrap().kind, StepErrorKind::Tool);
    assert!(
        actions[1]
            .observation
            .contains("must be string, got integer 5"),
        "{}",
        actions[1].observation
    );
    assert!(actions[2].text_tool_call);
    assert!(actions[2].observation.contains("0.75"));

    let reqs = server.requests();
    let first = reqs[0].json();
    let names: Vec<&str> = first["tools"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["function"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["lookup_price", "final_answer"]);
    assert_eq!(
        first["tools"][0]["function"]["parameters"]["required"],
        json!(["item"])
    );
    assert!(first.get("stop").is_none());
    // The assistant turn with null content is sent back with "" and its tool calls.
    let second = reqs[1].json();
    let msgs = second["messages"].as_array().unwrap();
    assert_eq!(msgs[2]["role"], "assistant");
    assert_eq!(msgs[2]["content"], "");
    assert_eq!(msgs[2]["tool_calls"][0]["id"], "call_1");
    assert_eq!(msgs[3]["role"], "tool");
    assert_eq!(msgs[3]["tool_call_id"], "call_1");
    assert_eq!(msgs[3]["content"], "0.5");
    for req in &reqs {
        for m in req.json()["messages"].as_array().unwrap() {
            assert!(m["content"].is_string(), "null content sent: {m}");
        }
    }
    // The text-only call is answered as a user observation, not a tool message.
    let fourth = reqs[3].json();
    let msgs = fourth["messages"].as_array().unwrap();
    assert_eq!(msgs.last().unwrap()["role"], "user");
}

#[test]
fn tool_calling_agent_flags_repeated_calls_and_closes_unbalanced_json() {
    // Seen with a 0.5B model: it printed the right weekday, then made the same call three
    // more times; elsewhere its text tool calls lacked the final `}` and were not seen.
    let replies = [
        "{\"name\": \"lookup_price\", \"arguments\": {\"item\": \"pear\"}}",
        "{\"name\": \"lookup_price\", \"arguments\": {\"item\": \"pear\"}}",
        "{\"name\": \"final_answer\", \"arguments\": {\"answer\": 0.75}",
    ];
    let server = scripted_server(&replies);
    let calls = Arc::new(AtomicUsize::new(0));
    let mut agent =
        Agent::new(AgentKind::ToolCalling, model(&server, false)).with_tool(price_tool(calls));
    let result = run(&mut agent, "What does a pear cost?");
    assert_eq!(result.state, RunState::FinalAnswer);
    assert_eq!(result.output, HostValue::Float(0.75));
    let actions = actions(&result);
    assert_eq!(actions[0].observation, "Observation:\nlookup_price: 0.75");
    assert!(
        actions[1]
            .observation
            .contains("same call in your previous step and got the same result"),
        "{}",
        actions[1].observation
    );
    assert!(actions[2].text_tool_call);
    assert_eq!(
        parse_text_tool_call("Call: {\"name\": \"f\", \"arguments\": {\"x\": {\"y\": 1"),
        Some(("f".to_string(), json!({ "x": { "y": 1 } })))
    );
    assert_eq!(
        parse_text_tool_call("{\"name\": \"f\", \"arguments\": {\"x\": \"a"),
        None
    );
}

#[test]
fn tool_calling_agent_streams_native_calls() {
    let server = chat_server("tool_calling");
    let calls = Arc::new(AtomicUsize::new(0));
    let mut agent = Agent::new(AgentKind::ToolCalling, model(&server, true))
        .with_tool(price_tool(calls.clone()));
    let result = run(&mut agent, &fixture_task("tool_calling"));
    assert_eq!(result.output, HostValue::Float(0.75));
    assert_eq!(
        actions(&result)[0].tool_calls[0].arguments,
        json!({"item": "apple"})
    );
    assert_eq!(calls.load(Ordering::SeqCst), 2);
}

#[test]
fn python_interpreter_tool_keeps_state() {
    let tool = codeact::agent::tools::python_interpreter_tool(codeact::Config::default());
    let first = tool
        .func
        .call(vec![HostValue::Str("x = 20\nprint('set')".into())])
        .unwrap();
    assert_eq!(first, HostValue::Str("set\n".into()));
    let second = tool
        .func
        .call(vec![HostValue::Str("x * 2 + 2".into())])
        .unwrap();
    assert_eq!(second, HostValue::Str("42".into()));
    let err = tool
        .func
        .call(vec![HostValue::Str("import os".into())])
        .unwrap_err();
    assert!(err.contains("ImportError"), "{err}");
}

#[test]
fn managed_agent_is_a_tool_of_its_manager() {
    let server = chat_server("managed_agent");
    let runtime = rt();
    let calls = Arc::new(AtomicUsize::new(0));
    let member =
        Agent::new(AgentKind::Code, model(&server, false)).with_tool(price_tool(calls.clone()));
    let mut manager = Agent::new(AgentKind::Code, model(&server, false)).with_managed_agent(
        "researcher",
        "Finds prices of things.",
        member,
        runtime.handle().clone(),
    );
    let system = manager.system_prompt();
    assert!(
        system.contains("def researcher(task: str, additional_args: dict | None = None) -> str:"),
        "{system}"
    );
    assert!(system.contains("You also lead a team"));
    let result = runtime
        .block_on(manager.run(&fixture_task("managed_agent")))
        .unwrap();

    assert_eq!(result.output, HostValue::Str("An apple costs 0.5".into()));
    assert_eq!(calls.load(Ordering::SeqCst), 1);
    let reqs = server.requests();
    assert_eq!(reqs.len(), 3);
    let member_task = reqs[1].json()["messages"][1]["content"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        member_task.contains("You are 'researcher'"),
        "{member_task}"
    );
    assert!(member_task.contains("Find the price of an apple"));
    let record = &actions(&result)[0].tool_results[0];
    assert_eq!(record.name, "researcher");
    assert_eq!(
        record.result,
        Ok(HostValue::Str("An apple costs 0.5".into()))
    );
}

#[test]
fn planning_every_n_steps() {
    let server = chat_server("planning");
    let settings = AgentSettings {
        max_steps: 3,
        planning_interval: Some(2),
        ..AgentSettings::default()
    };
    let mut agent = Agent::new(AgentKind::Code, model(&server, false)).with_settings(settings);
    let result = run(&mut agent, &fixture_task("planning"));

    assert_eq!(result.output, HostValue::Int(1025));
    let kinds: Vec<&str> = result
        .steps
        .iter()
        .map(|s| match s {
            Step::Task { .. } => "task",
            Step::Planning(_) => "plan",
            Step::Action(_) => "action",
            Step::FinalAnswer(_) => "final",
        })
        .collect();
    assert_eq!(
        kinds,
        ["task", "plan", "action", "action", "plan", "action", "final"]
    );
    let Step::Planning(plan) = &result.steps[1] else {
        unreachable!()
    };
    assert!(plan.plan.starts_with("Facts: none needed."));
    let reqs = server.requests();
    let first = reqs[0].json();
    assert_eq!(first["stop"], json!(["</plan>"]));
    assert!(first["messages"][0]["content"]
        .as_str()
        .unwrap()
        .contains("Compute 2**10 + 1."));
    let update = reqs[3].json();
    assert!(last_message(&update).contains("Steps left for this task: 1."));
    // The plan is part of what the next action step sees.
    assert!(reqs[1].json()["messages"]
        .to_string()
        .contains("1. Compute 2**10."));
}

#[test]
fn log_is_written_per_step_and_replays_without_a_server() {
    let server = chat_server("code_multi_step");
    let log = temp_path("multi_step.jsonl");
    let calls = Arc::new(AtomicUsize::new(0));
    let mut agent = Agent::new(AgentKind::Code, model(&server, false))
        .with_tool(price_tool(calls.clone()))
        .with_log(&log)
        .unwrap();
    let original = run(&mut agent, &fixture_task("code_multi_step"));

    let lines: Vec<Value> = std::fs::read_to_string(&log)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[0]["type"], "run");
    assert_eq!(lines[0]["tools"][0]["name"], "lookup_price");
    assert_eq!(lines[1]["step"]["kind"], "task");
    assert_eq!(lines[2]["step"]["kind"], "action");
    assert_eq!(lines[2]["step"]["tool_results"][0]["result"], 0.5);
    let end = lines.last().unwrap();
    assert_eq!(end["type"], "end");
    assert_eq!(end["state"], "final_answer");
    assert_eq!(end["output"], "The total is 3.0");

    let recording = Recording::read(&log).unwrap();
    let mut replay = recording.replay_agent().unwrap();
    let replayed = run(&mut replay, &recording.task());
    assert_eq!(replayed.output, original.output);
    assert_eq!(replayed.usage, original.usage);
    assert_eq!(
        calls.load(Ordering::SeqCst),
        2,
        "replay must not call the real tool"
    );
    assert_eq!(
        server.requests().len(),
        3,
        "replay must not call the server"
    );
}

#[test]
fn interrupted_run_keeps_its_log() {
    // The server never answers the second call; cancelling must still close the log.
    let mut first = true;
    let server = Server::start(move |_| {
        if std::mem::take(&mut first) {
            chat_reply(&json!({"content": "<code>\nprint(1)\n"}), false)
        } else {
            std::thread::sleep(Duration::from_secs(3));
            Reply::new(500, "text/plain", "late")
        }
    });
    let log = temp_path("interrupted.jsonl");
    let mut agent = Agent::new(AgentKind::Code, model(&server, false))
        .with_log(&log)
        .unwrap();
    let cancel = async { tokio::time::sleep(Duration::from_millis(800)).await };
    let err = rt()
        .block_on(agent.run_with("count", Vec::new(), cancel))
        .unwrap_err();
    assert!(matches!(err, AgentError::Interrupted));
    let text = std::fs::read_to_string(&log).unwrap();
    let last: Value = serde_json::from_str(text.lines().last().unwrap()).unwrap();
    assert_eq!(last["state"], "interrupted");
    assert!(text.contains("\"kind\":\"action\""));
}

// ---------------------------------------------------------------------------------------
// The binary
// ---------------------------------------------------------------------------------------

#[test]
fn binary_end_to_end_then_replay() {
    let chat = chat_server("e2e");
    let web = static_server();
    let log = temp_path("e2e.jsonl");
    let out = Command::new(env!("CARGO_BIN_EXE_codeact"))
        .args(["agent", &fixture_task("e2e"), "--model", "test-model"])
        .args([
            "--api-base",
            &format!("{}/v1", chat.base),
            "--api-key",
            "k",
            "--retries",
            "0",
        ])
        .args([
            "--tools",
            "web_search",
            "--search-endpoint",
            &format!("{}/html/", web.base),
        ])
        .args([
            "--tool-command",
            "shout=python3 -c \"import json,sys; print(json.load(sys.stdin)['input'].upper())\"",
        ])
        .args(["--log", log.to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "stderr: {stderr}");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "HELLO!\n");
    assert!(stderr.contains("━━ Step 1 ━━"), "{stderr}");
    assert!(stderr.contains("Thought: Use both tools."));
    assert!(stderr.contains("  │ loud = shout(input='hello')"));
    assert!(
        stderr.contains("[Rust Programming Language](https://www.rust-lang.org/)"),
        "{stderr}"
    );
    assert!(stderr.contains("300 input + 40 output tokens"));
    assert!(web.requests()[0].path.starts_with("/html/?q=rust+language"));

    let replay = Command::new(env!("CARGO_BIN_EXE_codeact"))
        .args(["replay", log.to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&replay.stderr);
    assert!(replay.status.success(), "stderr: {stderr}");
    assert_eq!(String::from_utf8_lossy(&replay.stdout), "HELLO!\n");
    assert!(stderr.contains("replay matches the recorded answer"));
    assert_eq!(chat.requests().len(), 2);
    assert_eq!(web.requests().len(), 1);
}

#[test]
fn binary_help_and_usage_errors() {
    let bin = env!("CARGO_BIN_EXE_codeact");
    let help = Command::new(bin)
        .args(["agent", "--help"])
        .output()
        .unwrap();
    assert!(help.status.success());
    let text = String::from_utf8_lossy(&help.stdout);
    for needle in [
        "llama-server",
        "ollama",
        "api.openai.com",
        "--tool-command",
        "codeact replay",
    ] {
        assert!(text.contains(needle), "help lacks {needle}");
    }
    let missing = Command::new(bin).args(["agent", "task"]).output().unwrap();
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("--model is required"));
    let unknown = Command::new(bin)
        .args(["agent", "task", "--model", "m", "--tools", "teleport"])
        .output()
        .unwrap();
    assert_eq!(unknown.status.code(), Some(2));
    let refused = Command::new(bin)
        .args([
            "agent",
            "task",
            "--model",
            "m",
            "--api-base",
            "http://127.0.0.1:9/v1",
            "--retries",
            "0",
            "--quiet",
        ])
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("cannot reach http://127.0.0.1:9/v1"));
}

// ---------------------------------------------------------------------------------------
// A real model: SmolLM2-135M served by llama-cpp-python from benches/agent-eval's cache
// ---------------------------------------------------------------------------------------

/// Three tasks end to end through the binary against a real (tiny) model, served on a free
/// 127.0.0.1 port. Skipped unless `benches/agent-eval --prepare --model smollm` has filled the
/// cache (`CODEACT_AGENT_EVAL_CACHE`, default target/agent-eval). Asserts on the protocol and
/// the loop, not on the answers: a 135M model is rarely right.
#[test]
fn real_model_smoke_test() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cache = std::env::var_os("CODEACT_AGENT_EVAL_CACHE")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target").join("agent-eval"));
    let gguf = cache.join("models").join("SmolLM2-135M-Instruct.Q4_1.gguf");
    let venv = cache.join("server-venv");
    let python = venv.join("bin").join("python");
    // The venv exists while pip is still compiling llama.cpp: look for the installed server.
    let installed = std::fs::read_dir(venv.join("lib"))
        .into_iter()
        .flatten()
        .flatten()
        .any(|d| {
            d.path()
                .join("site-packages/llama_cpp/server/__main__.py")
                .exists()
        });
    if !gguf.exists() || !python.exists() || !installed {
        println!(
            "skipped real_model_smoke_test: no model cache in {} \
             (run `benches/agent-eval --prepare --model smollm` to make one)",
            cache.display()
        );
        return;
    }
    let server = LlamaServer::start(&python, &gguf);
    server.wait_ready(Duration::from_secs(120));

    let tools = root.join("benches").join("agent-eval-tools.py");
    let spec = temp_path("population.json");
    let spec_json = Command::new("python3")
        .arg(&tools)
        .args(["spec", "population"])
        .output()
        .unwrap();
    std::fs::write(&spec, &spec_json.stdout).unwrap();
    let tasks = [
        ("What is 17 * 23?", false),
        ("Reverse the string 'agent'.", false),
        (
            "What is the population of France? Use the population tool.",
            true,
        ),
    ];
    let mut code_ran = 0;
    for (i, (task, with_tool)) in tasks.iter().enumerate() {
        let log = temp_path(&format!("smoke-{i}.jsonl"));
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_codeact"));
        cmd.args(["agent", task, "--model", "smollm2-135m-instruct"])
            .args(["--api-base", &server.base])
            .args([
                "--temperature",
                "0",
                "--max-tokens",
                "200",
                "--max-steps",
                "2",
            ])
            .args(["--retries", "0", "--timeout", "120", "--quiet"])
            .args(["--log", log.to_str().unwrap()]);
        if *with_tool {
            cmd.arg("--tool-command")
                .arg(format!("population=python3 {} population", tools.display()))
                .arg("--tool-spec")
                .arg(format!("population={}", spec.display()));
        }
        let out = cmd.output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "task {task:?}: {stderr}");
        let answer = String::from_utf8_lossy(&out.stdout);
        assert!(!answer.trim().is_empty(), "task {task:?}: no final answer");

        let records: Vec<Value> = std::fs::read_to_string(&log)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(records[0]["type"], "run");
        assert_eq!(records[0]["task"], *task);
        if *with_tool {
            assert_eq!(records[0]["tools"][0]["name"], "population");
        }
        let actions: Vec<&Value> = records
            .iter()
            .filter(|r| r["type"] == "step" && r["step"]["kind"] == "action")
            .map(|r| &r["step"])
            .collect();
        assert!(
            (1..=2).contains(&actions.len()),
            "task {task:?}: {} action steps",
            actions.len()
        );
        for a in &actions {
            assert!(a["model_output"].as_str().is_some_and(|s| !s.is_empty()));
            assert!(a["usage"]["output_tokens"].as_u64().unwrap() > 0, "{a}");
            assert!(a["usage"]["input_tokens"].as_u64().unwrap() > 0, "{a}");
            assert!(!a["observation"].as_str().unwrap_or_default().is_empty());
            // Code that was found ran: it either worked or raised, it did not fail to parse.
            if a["code"].is_string() && a["error"]["kind"] != "parse" {
                code_ran += 1;
            }
        }
        let end = records.last().unwrap();
        assert_eq!(end["type"], "end");
        assert!(
            end["state"] == "final_answer" || end["state"] == "max_steps",
            "{end}"
        );
        let logged = match &end["output"] {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        assert_eq!(logged.trim(), answer.trim());
    }
    assert!(code_ran > 0, "no step of the three tasks ran any code");
}

/// `python -m llama_cpp.server` on a free port, killed (by its PID) when dropped.
struct LlamaServer {
    child: std::process::Child,
    port: u16,
    base: String,
}

impl LlamaServer {
    fn start(python: &Path, gguf: &Path) -> LlamaServer {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let log = std::fs::File::create(temp_path("llama-server.log")).unwrap();
        let child = Command::new(python)
            .args(["-m", "llama_cpp.server", "--model"])
            .arg(gguf)
            .args([
                "--model_alias",
                "smollm2-135m-instruct",
                "--host",
                "127.0.0.1",
            ])
            .args(["--port", &port.to_string(), "--n_threads", "1"])
            .args(["--n_threads_batch", "1", "--n_ctx", "8192"])
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .unwrap();
        let base = format!("http://127.0.0.1:{port}/v1");
        LlamaServer { child, port, base }
    }

    fn wait_ready(&self, timeout: Duration) {
        let started = Instant::now();
        while started.elapsed() < timeout {
            if let Ok(mut s) = TcpStream::connect(("127.0.0.1", self.port)) {
                let req = "GET /v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
                let mut head = String::new();
                if s.write_all(req.as_bytes()).is_ok() && s.read_to_string(&mut head).is_ok() {
                    if head.starts_with("HTTP/1.1 200") {
                        return;
                    }
                }
            }
            std::thread::sleep(Duration::from_millis(250));
        }
        panic!("the llama-cpp-python server did not answer within {timeout:?}");
    }
}

impl Drop for LlamaServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

// ---------------------------------------------------------------------------------------
// Tools
// ---------------------------------------------------------------------------------------

#[test]
fn web_search_parses_a_results_page() {
    let web = static_server();
    let runtime = rt();
    let opts = WebOptions {
        search_endpoint: format!("{}/html/", web.base),
        ..WebOptions::default()
    };
    let tool = web_search_tool(opts, runtime.handle().clone());
    let out = tool
        .func
        .call(vec![HostValue::Str("rust language".into())])
        .unwrap()
        .to_text();
    assert!(out.starts_with("## Search results for \"rust language\""));
    assert!(out.contains("1. [Rust Programming Language](https://www.rust-lang.org/)\n   A language empowering everyone"));
    assert!(out.contains("2. [Rust (programming language) - Wikipedia](https://en.wikipedia.org/wiki/Rust_(programming_language))"));
    assert!(out.contains("type safety & concurrency"));
    assert!(!out.contains("Buy Rust"), "ads must be dropped");

    let page = std::fs::read_to_string(fixture_dir().join("web/ddg_results.html")).unwrap();
    let results = parse_search_results(&page);
    assert_eq!(results.len(), 3);
    assert_eq!(results[2].url, "https://doc.rust-lang.org/book/");
    assert_eq!(
        results[2].snippet,
        "by Steve Klabnik and Carol Nichols \u{2014} the official book."
    );
}

#[test]
fn visit_webpage_returns_readable_text() {
    let web = static_server();
    let runtime = rt();
    let tool = visit_webpage_tool(WebOptions::default(), runtime.handle().clone());
    let url = HostValue::Str(format!("{}/article.html", web.base));
    let text = tool.func.call(vec![url.clone()]).unwrap().to_text();
    assert!(
        text.starts_with("# Why the tide comes in twice a day"),
        "{text}"
    );
    assert!(text.contains("The moon\u{2019}s gravity pulls the ocean into two bulges"));
    assert!(text.contains("## Key facts"));
    assert!(text.contains("- Spring tides happen at new & full moon."));
    assert!(
        text.contains(&format!("[introduction]({}/docs/intro)", web.base)),
        "{text}"
    );
    assert!(
        text.contains("```\nperiod = 24.84 / 2\nprint(period)\n```"),
        "{text}"
    );
    assert!(text.contains("Bay of Fundy"));
    for hidden in [
        "should not appear",
        "font-family",
        "commented out",
        "Home",
        "Copyright",
    ] {
        assert!(!text.contains(hidden), "{hidden} leaked into: {text}");
    }

    let short = WebOptions {
        max_page_chars: 40,
        ..WebOptions::default()
    };
    let tool = visit_webpage_tool(short, runtime.handle().clone());
    let text = tool.func.call(vec![url.clone()]).unwrap().to_text();
    assert!(text.contains("[... page truncated:"), "{text}");

    let tiny = WebOptions {
        max_response_bytes: 300,
        ..WebOptions::default()
    };
    let tool = visit_webpage_tool(tiny, runtime.handle().clone());
    let text = tool.func.call(vec![url]).unwrap().to_text();
    assert!(text.contains("[... page cut at 300 bytes ...]"), "{text}");

    let tool = visit_webpage_tool(WebOptions::default(), runtime.handle().clone());
    let missing = tool
        .func
        .call(vec![HostValue::Str(format!("{}/nope", web.base))])
        .unwrap_err();
    assert!(missing.contains("404"), "{missing}");
    let scheme = tool
        .func
        .call(vec![HostValue::Str("file:///etc/passwd".into())])
        .unwrap_err();
    assert!(scheme.contains("only http and https"));
}

#[test]
fn web_tools_time_out() {
    let slow = Server::start(|_| {
        std::thread::sleep(Duration::from_millis(1500));
        Reply::new(200, "text/html", "<p>late</p>")
    });
    let runtime = rt();
    let opts = WebOptions {
        timeout: Duration::from_millis(300),
        ..WebOptions::default()
    };
    let tool = visit_webpage_tool(opts, runtime.handle().clone());
    let started = Instant::now();
    let err = tool
        .func
        .call(vec![HostValue::Str(format!("{}/slow", slow.base))])
        .unwrap_err();
    assert!(err.contains("did not answer within"), "{err}");
    assert!(started.elapsed() < Duration::from_millis(1200));
}

#[test]
fn command_tools_use_stdin_json_and_specs() {
    let spec = json!({
        "description": "Adds two integers.",
        "inputs": {
            "a": {"type": "integer", "description": "First."},
            "b": {"type": "integer", "description": "Second.", "nullable": true}
        },
        "output_type": "integer"
    });
    let add = command_tool(
        "add",
        "python3 -c \"import json,sys; d=json.load(sys.stdin); print(d['a'] + (d['b'] or 0))\"",
        Some(&spec),
        Duration::from_secs(10),
    )
    .unwrap();
    assert_eq!(
        python_signature(&add).lines().next().unwrap(),
        "def add(a: int, b: int | None = None) -> int:"
    );
    assert_eq!(
        add.func.call(vec![HostValue::Int(2), HostValue::Int(40)]),
        Ok(HostValue::Int(42))
    );
    assert_eq!(
        add.func.call(vec![HostValue::Int(2), HostValue::None]),
        Ok(HostValue::Int(2))
    );

    let fail = command_tool(
        "fail",
        "echo broken >&2; exit 3",
        None,
        Duration::from_secs(10),
    )
    .unwrap();
    let err = fail
        .func
        .call(vec![HostValue::Str("x".into())])
        .unwrap_err();
    assert!(err.contains("broken") && err.contains('3'), "{err}");

    let slow = command_tool("slow", "sleep 5", None, Duration::from_millis(200)).unwrap();
    let err = slow
        .func
        .call(vec![HostValue::Str("x".into())])
        .unwrap_err();
    assert!(err.contains("did not finish"), "{err}");
}

#[test]
fn arguments_are_checked_against_declared_types() {
    let tool = Tool::new("t", "d", |_: Vec<HostValue>| Ok(HostValue::None))
        .input("n", ValueType::Integer, "")
        .nullable_input("tag", ValueType::String, "");
    assert_eq!(
        bind_arguments(&tool, &json!({"n": 3})),
        Ok(vec![HostValue::Int(3), HostValue::None])
    );
    assert_eq!(
        bind_arguments(&tool, &json!({"n": 3.0, "tag": "x"})).unwrap()[0],
        HostValue::Int(3)
    );
    assert!(bind_arguments(&tool, &json!({"n": "3"}))
        .unwrap_err()
        .contains("must be integer"));
    assert!(bind_arguments(&tool, &json!({"tag": "x"}))
        .unwrap_err()
        .contains("needs the argument 'n'"));
    assert!(bind_arguments(&tool, &json!({"n": 1, "m": 2}))
        .unwrap_err()
        .contains("no argument 'm'"));
}

// ---------------------------------------------------------------------------------------
// Reply parsing and observations
// ---------------------------------------------------------------------------------------

#[test]
fn code_extraction_prefers_tags_then_fences_then_bare_code() {
    assert_eq!(
        extract_code("Thought: x\n<code>\na = 1\n</code>\ntrailing").as_deref(),
        Some("a = 1")
    );
    assert_eq!(
        extract_code("<code>a = 1</code> and <code>b = 2</code>").as_deref(),
        Some("a = 1\n\nb = 2")
    );
    assert_eq!(
        extract_code("<code>\nprint(1)\n</cod").as_deref(),
        Some("print(1)")
    );
    assert_eq!(
        extract_code("<code>\nprint(1)").as_deref(),
        Some("print(1)")
    );
    assert_eq!(
        extract_code("Here:\n```py\nx = 2\n```\ndone").as_deref(),
        Some("x = 2")
    );
    assert_eq!(
        extract_code("```python\nx = 2\n```\ntext\n```python\ny = 3\n```").as_deref(),
        Some("x = 2\n\ny = 3")
    );
    assert_eq!(
        extract_code("```\nprint('hi')\n```").as_deref(),
        Some("print('hi')")
    );
    assert_eq!(extract_code("```\nJust some prose.\n```"), None);
    assert_eq!(
        extract_code("Thought: I will add.\nx = [1,\n  2]\nprint(sum(x))").as_deref(),
        Some("x = [1,\n  2]\nprint(sum(x))")
    );
    assert_eq!(extract_code("I think the answer is 12."), None);
    assert_eq!(extract_code("<code>\n</code>"), None);
    assert_eq!(
        extract_thought("Thought: Add them.\n<code>\nx\n"),
        "Add them."
    );
}

#[test]
fn text_tool_calls_are_found_in_prose() {
    let (name, args) =
        parse_text_tool_call("Sure! {\"name\": \"f\", \"arguments\": {\"a\": 1}} done").unwrap();
    assert_eq!((name.as_str(), args), ("f", json!({"a": 1})));
    let (_, args) =
        parse_text_tool_call("```json\n{\"name\": \"g\", \"parameters\": \"{\\\"b\\\": 2}\"}\n```")
            .unwrap();
    assert_eq!(args, json!({"b": 2}));
    assert!(parse_text_tool_call("{\"answer\": 3}").is_none());
    assert!(parse_text_tool_call("no json {here").is_none());
}

#[test]
fn long_observations_keep_head_and_tail() {
    let text: String = (0..1000).map(|i| format!("{i}\n")).collect();
    let cut = truncate_middle(&text, 100);
    assert!(cut.starts_with("0\n1\n"));
    assert!(cut.ends_with("998\n999\n"));
    assert!(cut.contains("characters cut from the middle"));
    assert_eq!(truncate_middle("short", 100), "short");
    assert_eq!(truncate_middle("ééééé", 4).matches('é').count(), 4);
}

#[test]
fn memory_merges_consecutive_messages() {
    let server = chat_server("code_max_steps");
    let settings = AgentSettings {
        max_steps: 2,
        ..AgentSettings::default()
    };
    let mut agent = Agent::new(AgentKind::Code, model(&server, false)).with_settings(settings);
    run(&mut agent, "t");
    let last = server.requests()[2].json();
    let roles: Vec<&str> = last["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["role"].as_str().unwrap())
        .collect();
    assert_eq!(
        roles,
        ["system", "user", "assistant", "user", "assistant", "user"]
    );
    let messages = agent.memory().write_memory_to_messages();
    assert_eq!(messages[0].role, Role::System);
}

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

fn run(agent: &mut Agent, task: &str) -> RunResult {
    rt().block_on(agent.run(task)).unwrap()
}

fn model(server: &Server, stream: bool) -> Arc<OpenAiModel> {
    let mut o = ModelOptions::new("test-model", &format!("{}/v1", server.base));
    o.api_key = Some("test-key".into());
    o.stream = stream;
    o.max_retries = 3;
    o.retry_base_delay = Duration::from_millis(10);
    o.timeout = Duration::from_secs(20);
    Arc::new(OpenAiModel::new(o).unwrap())
}

fn actions(result: &RunResult) -> Vec<&codeact::agent::ActionStep> {
    result
        .steps
        .iter()
        .filter_map(|s| match s {
            Step::Action(a) => Some(a),
            _ => None,
        })
        .collect()
}

fn last_message(request: &Value) -> String {
    let msgs = request["messages"].as_array().unwrap();
    msgs.last().unwrap()["content"]
        .as_str()
        .unwrap()
        .to_string()
}

fn price_tool(calls: Arc<AtomicUsize>) -> Tool {
    Tool::new(
        "lookup_price",
        "Looks up the unit price of a fruit, in euros.",
        move |args: Vec<HostValue>| {
            calls.fetch_add(1, Ordering::SeqCst);
            match args.first() {
                Some(HostValue::Str(s)) if s == "apple" => Ok(HostValue::Float(0.5)),
                Some(HostValue::Str(s)) if s == "pear" => Ok(HostValue::Float(0.75)),
                other => Err(format!("unknown fruit {other:?}")),
            }
        },
    )
    .input("item", ValueType::String, "The fruit.")
    .output(ValueType::Number)
}

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

fn fixture(name: &str) -> Value {
    let path = fixture_dir().join("agent").join(format!("{name}.json"));
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

fn fixture_task(name: &str) -> String {
    fixture(name)["task"].as_str().unwrap().to_string()
}

fn temp_path(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("codeact-agent-tests-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// A model server answering each request with the fixture's next response.
/// A model server that sends `replies` in turn as plain assistant messages, repeating the
/// last one once they run out.
fn scripted_server<S: AsRef<str>>(replies: &[S]) -> Server {
    let replies: Vec<String> = replies.iter().map(|r| r.as_ref().to_string()).collect();
    let mut next = 0;
    Server::start(move |_| {
        let reply = &replies[next.min(replies.len() - 1)];
        next += 1;
        chat_reply(&json!({ "content": reply }), false)
    })
}

fn chat_server(name: &str) -> Server {
    let mut responses: VecDeque<Value> = fixture(name)["responses"]
        .as_array()
        .unwrap()
        .iter()
        .cloned()
        .collect();
    Server::start(move |req| match responses.pop_front() {
        Some(r) => chat_reply(&r, req.json()["stream"] == true),
        None => Reply::new(
            500,
            "application/json",
            "{\"error\":{\"message\":\"script exhausted\"}}",
        ),
    })
}

/// One fixture response as an HTTP reply: an error status, or a chat completion (as a JSON
/// body, or as server-sent events when the request asked to stream).
fn chat_reply(r: &Value, stream: bool) -> Reply {
    if let Some(status) = r["status"].as_u64() {
        let body = match &r["body"] {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let mut reply = Reply::new(status, "application/json", body);
        for (k, v) in r["headers"].as_object().into_iter().flatten() {
            reply
                .headers
                .push((k.clone(), v.as_str().unwrap().to_string()));
        }
        return reply;
    }
    let calls: Vec<Value> = r["tool_calls"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|c| json!({"id": c["id"], "type": "function", "function": {"name": c["name"], "arguments": c["arguments"]}}))
        .collect();
    let usage = r
        .get("usage")
        .cloned()
        .unwrap_or(json!({"prompt_tokens": 1, "completion_tokens": 1}));
    if !stream {
        let mut message = json!({"role": "assistant", "content": r["content"]});
        if !calls.is_empty() {
            message["tool_calls"] = Value::Array(calls);
        }
        let body = json!({"id": "chatcmpl-1", "object": "chat.completion", "model": "test-model",
            "choices": [{"index": 0, "message": message, "finish_reason": "stop"}], "usage": usage});
        return Reply::new(200, "application/json", body.to_string());
    }
    let event = |v: Value| format!("data: {v}\n\n").into_bytes();
    let mut chunks = vec![event(
        json!({"choices": [{"index": 0, "delta": {"role": "assistant"}}]}),
    )];
    let content: Vec<char> = r["content"].as_str().unwrap_or_default().chars().collect();
    for piece in content.chunks(6) {
        let text: String = piece.iter().collect();
        chunks.push(event(
            json!({"choices": [{"index": 0, "delta": {"content": text}}]}),
        ));
    }
    for (i, c) in calls.iter().enumerate() {
        let args = c["function"]["arguments"].as_str().unwrap_or_default();
        let (a, b) = args.split_at(args.len() / 2);
        chunks.push(event(json!({"choices": [{"index": 0, "delta": {"tool_calls": [
            {"index": i, "id": c["id"], "type": "function", "function": {"name": c["function"]["name"], "arguments": a}}]}}]})));
        chunks.push(event(
            json!({"choices": [{"index": 0, "delta": {"tool_calls": [
            {"index": i, "function": {"arguments": b}}]}}]}),
        ));
    }
    chunks.push(event(
        json!({"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}),
    ));
    chunks.push(event(json!({"choices": [], "usage": usage})));
    chunks.push(b"data: [DONE]\n\n".to_vec());
    Reply {
        status: 200,
        headers: vec![("Content-Type".into(), "text/event-stream".into())],
        chunks,
    }
}

/// Serves fixtures/web/: `/html/?q=...` is the saved search results page, `/NAME` a file.
fn static_server() -> Server {
    Server::start(|req| {
        let path = req.path.split('?').next().unwrap_or("/");
        let file = match path {
            "/html/" => "ddg_results.html",
            p => p.trim_start_matches('/'),
        };
        match std::fs::read(fixture_dir().join("web").join(file)) {
            Ok(body) if !file.is_empty() && !file.contains("..") => {
                Reply::new(200, "text/html; charset=utf-8", body)
            }
            _ => Reply::new(404, "text/html", "<h1>Not found</h1>"),
        }
    })
}

#[derive(Clone, Debug)]
struct Request {
    path: String,
    headers: Vec<(String, String)>,
    body: String,
}

impl Request {
    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or(Value::Null)
    }

    fn header(&self, name: &str) -> Option<String> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.clone())
    }
}

struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    /// Written one by one with a flush in between; one chunk gets a Content-Length.
    chunks: Vec<Vec<u8>>,
}

impl Reply {
    fn new(status: u64, content_type: &str, body: impl Into<Vec<u8>>) -> Reply {
        Reply {
            status: status as u16,
            headers: vec![("Content-Type".into(), content_type.into())],
            chunks: vec![body.into()],
        }
    }
}

/// A sequential HTTP/1.1 server on 127.0.0.1 (one request per connection).
struct Server {
    base: String,
    requests: Arc<Mutex<Vec<Request>>>,
}

impl Server {
    fn start(mut handler: impl FnMut(&Request) -> Reply + Send + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let requests = Arc::new(Mutex::new(Vec::new()));
        let seen = requests.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let Some(request) = read_request(&mut stream) else {
                    continue;
                };
                seen.lock().unwrap().push(request.clone());
                let reply = handler(&request);
                write_reply(&mut stream, reply);
            }
        });
        Server { base, requests }
    }

    fn requests(&self) -> Vec<Request> {
        self.requests.lock().unwrap().clone()
    }
}

fn read_request(stream: &mut TcpStream) -> Option<Request> {
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .ok()?;
    let mut reader = BufReader::new(stream.try_clone().ok()?);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let path = line.split_whitespace().nth(1)?.to_string();
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        reader.read_line(&mut h).ok()?;
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        let (k, v) = h.split_once(':')?;
        headers.push((k.trim().to_string(), v.trim().to_string()));
    }
    let length: usize = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    Some(Request {
        path,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    })
}

fn write_reply(stream: &mut TcpStream, reply: Reply) {
    let mut head = format!(
        "HTTP/1.1 {} Scripted\r\nConnection: close\r\n",
        reply.status
    );
    for (k, v) in &reply.headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    if let [body] = reply.chunks.as_slice() {
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes());
    for chunk in &reply.chunks {
        let _ = stream.write_all(chunk);
        let _ = stream.flush();
        if reply.chunks.len() > 1 {
            std::thread::sleep(Duration::from_millis(3));
        }
    }
    let _ = stream.shutdown(std::net::Shutdown::Both);
}
