//! `--tool-command NAME=CMD`: a tool backed by an executable. Each call runs `sh -c CMD` with
//! the arguments as one JSON object on stdin (`{"query": "..."}`); what it prints on stdout is
//! the result (parsed as JSON when the declared output type is not `string`/`any`). A
//! non-zero exit status is a tool error carrying stderr.
//!
//! Owns: process handling (timeout, kill, output capture). Must not: pass arguments through
//! the shell command line; they only ever travel on stdin.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{json, Map, Value};

use crate::{HostValue, Tool, ValueType};

use super::tool_from_spec;

/// A tool running `command` per call. `spec` (the `--tool-spec` JSON) gives its description
/// and inputs; without one the tool takes a single string `input`.
pub fn command_tool(
    name: &str,
    command: &str,
    spec: Option<&Value>,
    timeout: Duration,
) -> Result<Tool, String> {
    let default_spec = json!({
        "name": name,
        "description": format!("Runs the command `{command}` and returns what it prints."),
        "inputs": {"input": {"type": "string", "description": "Text passed to the command."}},
        "output_type": "string",
    });
    let mut spec = spec.cloned().unwrap_or(default_spec);
    spec["name"] = json!(name);
    let placeholder = tool_from_spec(&spec, Arc::new(|_: Vec<HostValue>| Ok(HostValue::None)))?;
    let names: Vec<String> = placeholder.inputs.iter().map(|i| i.name.clone()).collect();
    let output = placeholder.output;
    let command = command.to_string();
    let func = move |args: Vec<HostValue>| {
        let payload: Map<String, Value> = names
            .iter()
            .cloned()
            .zip(args.iter().map(HostValue::to_json))
            .collect();
        let stdout = run_command(&command, &Value::Object(payload).to_string(), timeout)?;
        match output {
            ValueType::String | ValueType::Any => Ok(HostValue::Str(stdout.trim_end().to_string())),
            _ => serde_json::from_str(&stdout)
                .map(|v| HostValue::from_json(&v))
                .map_err(|e| format!("the command printed something that is not JSON ({e})")),
        }
    };
    tool_from_spec(&spec, Arc::new(func))
}

fn run_command(command: &str, input: &str, timeout: Duration) -> Result<String, String> {
    let mut child = Command::new("sh")
        .args(["-c", command])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start `{command}`: {e}"))?;
    let (Some(mut stdin), Some(stdout), Some(stderr)) =
        (child.stdin.take(), child.stdout.take(), child.stderr.take())
    else {
        return Err("the command's pipes are missing".into());
    };
    let input = input.to_string();
    let writer = std::thread::spawn(move || {
        // A command that ignores its input closes the pipe early; that is not an error.
        let _ = stdin.write_all(input.as_bytes());
    });
    let out_reader = std::thread::spawn(move || read_all(stdout));
    let err_reader = std::thread::spawn(move || read_all(stderr));
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > timeout => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("`{command}` did not finish within {timeout:?}"));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(e) => return Err(format!("waiting for `{command}` failed: {e}")),
        }
    };
    let _ = writer.join();
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    if !status.success() {
        let tail: String = stderr
            .trim()
            .chars()
            .rev()
            .take(2000)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        return Err(format!("`{command}` failed ({status}): {tail}"));
    }
    Ok(stdout)
}

fn read_all(mut pipe: impl Read) -> String {
    let mut bytes = Vec::new();
    let _ = pipe.read_to_end(&mut bytes);
    String::from_utf8_lossy(&bytes).into_owned()
}
