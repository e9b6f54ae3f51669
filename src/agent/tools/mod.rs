//! Built-in tools (`python_interpreter`, `web_search`, `visit_webpage`, `user_input`),
//! external command tools, and the JSON side of tools: spec files and argument checking.
//!
//! Tools are synchronous: the interpreter calls them on its own thread, and the tool-calling
//! agent calls them from `spawn_blocking`. The network tools still use the agent's async
//! `reqwest` client and tokio runtime: they hold a `tokio::runtime::Handle` and `block_on` the
//! request. That is allowed because the calling thread is never one of the runtime's workers,
//! and it avoids reqwest's `blocking` feature, which would start a second runtime per client.
//!
//! Owns: what each built-in tool does and returns. Must not: know about agents or prompts.

mod command;
pub mod html;
mod web;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{json, Map, Value};

use crate::{Config, HostValue, Session, Tool, ToolFn, ValueType};

pub use command::command_tool;
pub use web::{parse_search_results, visit_webpage_tool, web_search_tool, SearchResult};

/// Names accepted by `--tools`.
pub const BUILTIN_TOOLS: [&str; 4] = [
    "web_search",
    "visit_webpage",
    "python_interpreter",
    "user_input",
];

/// Settings of the network tools.
#[derive(Clone, Debug)]
pub struct WebOptions {
    /// Whole-request timeout.
    pub timeout: Duration,
    /// Bytes read from a response at most; the rest is dropped.
    pub max_response_bytes: usize,
    /// A page returning DuckDuckGo-style HTML results; the query goes in `?q=`.
    pub search_endpoint: String,
    /// Results returned by `web_search`.
    pub max_results: usize,
    /// Characters of page text returned by `visit_webpage`.
    pub max_page_chars: usize,
}

impl Default for WebOptions {
    fn default() -> Self {
        WebOptions {
            timeout: Duration::from_secs(20),
            max_response_bytes: 2 << 20,
            search_endpoint: "https://html.duckduckgo.com/html/".into(),
            max_results: 10,
            max_page_chars: 40_000,
        }
    }
}

/// A built-in tool by name (see `BUILTIN_TOOLS`); `None` for an unknown name.
/// `config` is used by `python_interpreter` for its own Session.
pub fn builtin_tool(
    name: &str,
    web: &WebOptions,
    runtime: &tokio::runtime::Handle,
    config: &Config,
) -> Option<Tool> {
    match name {
        "web_search" => Some(web_search_tool(web.clone(), runtime.clone())),
        "visit_webpage" => Some(visit_webpage_tool(web.clone(), runtime.clone())),
        "python_interpreter" => Some(python_interpreter_tool(config.clone())),
        "user_input" => Some(user_input_tool()),
        _ => None,
    }
}

/// Runs Python in a Session of its own (kept across calls) and returns what it printed and
/// the value of its last expression; for tool-calling agents that need to compute. A failure
/// is a tool error with the output printed before it, then the traceback.
pub fn python_interpreter_tool(config: Config) -> Tool {
    let imports = config.authorized_imports.join(", ");
    let session = Mutex::new(Session::new(config));
    let func = move |args: Vec<HostValue>| {
        let code = args
            .into_iter()
            .next()
            .map(|c| c.to_text())
            .unwrap_or_default();
        let mut session = session.lock().unwrap_or_else(|p| p.into_inner());
        let outcome = session
            .run(&code)
            .map_err(|e| format!("{}{e}", e.stdout()))?;
        let mut text = outcome.stdout;
        if let Some(v) = outcome.final_answer.or(outcome.value) {
            if v != HostValue::None {
                text.push_str(&v.repr());
            }
        }
        Ok(HostValue::Str(text))
    };
    Tool::new(
        "python_interpreter",
        &format!(
            "Runs Python code and returns what it printed and the value of its last expression. \
             Variables persist between calls. Allowed imports: {imports}."
        ),
        func,
    )
    .input("code", ValueType::String, "The Python code to run.")
    .output(ValueType::String)
}

/// Asks the person at the terminal a question and returns the typed line.
pub fn user_input_tool() -> Tool {
    let func = |args: Vec<HostValue>| {
        let question = args
            .into_iter()
            .next()
            .map(|q| q.to_text())
            .unwrap_or_default();
        eprint!("\n[the agent asks] {question}\n> ");
        let mut line = String::new();
        match std::io::stdin().read_line(&mut line) {
            Ok(0) => Err("no answer: standard input is closed".to_string()),
            Ok(_) => Ok(HostValue::Str(
                line.trim_end_matches(['\n', '\r']).to_string(),
            )),
            Err(e) => Err(format!("cannot read the answer: {e}")),
        }
    };
    Tool::new(
        "user_input",
        "Asks the user a question and returns their answer. Use it only for information you \
         cannot find or compute yourself.",
        func,
    )
    .input(
        "question",
        ValueType::String,
        "The question to ask the user.",
    )
    .output(ValueType::String)
}

/// Checks JSON arguments against the tool's declared inputs and orders them as the inputs
/// are (missing nullable ones become `None`). A tool with one input also accepts a bare value.
pub fn bind_arguments(tool: &Tool, args: &Value) -> Result<Vec<HostValue>, String> {
    let owned;
    let map = match args {
        Value::Object(m) => m,
        Value::Null => {
            owned = Map::new();
            &owned
        }
        other if tool.inputs.len() == 1 => {
            owned = Map::from_iter([(tool.inputs[0].name.clone(), other.clone())]);
            &owned
        }
        other => {
            return Err(format!(
                "the arguments of '{}' must be a JSON object, got {}",
                tool.name,
                json_type(other)
            ))
        }
    };
    let names: Vec<&str> = tool.inputs.iter().map(|i| i.name.as_str()).collect();
    if let Some(unknown) = map.keys().find(|k| !names.contains(&k.as_str())) {
        return Err(format!(
            "'{}' has no argument '{unknown}'; its arguments are: {}",
            tool.name,
            names.join(", ")
        ));
    }
    let mut bound = Vec::with_capacity(tool.inputs.len());
    for input in &tool.inputs {
        let value = map.get(&input.name).filter(|v| !v.is_null());
        let Some(value) = value else {
            if input.nullable {
                bound.push(HostValue::None);
                continue;
            }
            return Err(format!(
                "'{}' needs the argument '{}' ({})",
                tool.name,
                input.name,
                input.ty.as_str()
            ));
        };
        bound.push(check_type(&tool.name, &input.name, input.ty, value)?);
    }
    Ok(bound)
}

/// A tool's declaration as JSON, the format of `--tool-spec` files and of run-log headers:
/// `{"name", "description", "inputs": {NAME: {"type", "description", "nullable"}}, "output_type"}`.
pub fn tool_spec(tool: &Tool) -> Value {
    let inputs: Map<String, Value> = tool
        .inputs
        .iter()
        .map(|i| {
            let spec = json!({"type": i.ty.as_str(), "description": i.description, "nullable": i.nullable});
            (i.name.clone(), spec)
        })
        .collect();
    json!({
        "name": tool.name,
        "description": tool.description,
        "inputs": inputs,
        "output_type": tool.output.as_str(),
    })
}

/// Builds a tool from a `tool_spec`-style JSON object and the function behind it.
pub fn tool_from_spec(spec: &Value, func: Arc<dyn ToolFn>) -> Result<Tool, String> {
    let name = spec["name"]
        .as_str()
        .ok_or("the tool spec has no \"name\"")?;
    let description = spec["description"].as_str().unwrap_or_default();
    let mut tool = Tool::new(name, description, |_: Vec<HostValue>| Ok(HostValue::None));
    tool.func = func;
    if let Some(out) = spec.get("output_type").and_then(Value::as_str) {
        tool.output =
            ValueType::parse(out).ok_or_else(|| format!("unknown output_type '{out}'"))?;
    }
    let inputs = spec
        .get("inputs")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    for (input_name, input) in inputs {
        let ty_name = input["type"].as_str().unwrap_or("any");
        let ty = ValueType::parse(ty_name)
            .ok_or_else(|| format!("input '{input_name}' has unknown type '{ty_name}'"))?;
        let desc = input["description"].as_str().unwrap_or_default();
        tool = if input["nullable"].as_bool().unwrap_or(false) {
            tool.nullable_input(&input_name, ty, desc)
        } else {
            tool.input(&input_name, ty, desc)
        };
    }
    Ok(tool)
}

fn check_type(tool: &str, arg: &str, ty: ValueType, v: &Value) -> Result<HostValue, String> {
    let ok = match ty {
        ValueType::String => v.is_string(),
        ValueType::Integer => {
            v.is_i64() || v.is_u64() || v.as_f64().is_some_and(|f| f.fract() == 0.0)
        }
        ValueType::Number => v.is_number(),
        ValueType::Boolean => v.is_boolean(),
        ValueType::Array => v.is_array(),
        ValueType::Object => v.is_object(),
        ValueType::Any => true,
    };
    if !ok {
        return Err(format!(
            "argument '{arg}' of '{tool}' must be {}, got {} {}",
            ty.as_str(),
            json_type(v),
            v
        ));
    }
    match (ty, v.as_f64()) {
        (ValueType::Integer, Some(f)) if !v.is_i64() && !v.is_u64() => Ok(HostValue::Int(f as i64)),
        _ => Ok(HostValue::from_json(v)),
    }
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_f64() => "number",
        Value::Number(_) => "integer",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}
