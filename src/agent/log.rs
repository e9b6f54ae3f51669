//! The run log (`--log run.jsonl`) and its replay.
//!
//! A log is JSON lines: one `{"type":"run",...}` header (task, agent kind, model, system
//! prompt, tool specs, settings), one `{"type":"step","step":{...}}` per step written as soon
//! as the step ends, and one `{"type":"end",...}` record (state, output, usage). Replay runs
//! the recorded task again with a `ReplayModel` that returns the recorded replies, and with
//! tools that return the recorded results, so no server or network is needed; the code itself
//! runs for real in a new Session.
//!
//! Owns: the file format. Must not: decide what a step contains (`memory`) or how the agent
//! behaves (`runner`).

use std::collections::{HashMap, VecDeque};
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};

use serde_json::Value;

use crate::HostValue;

use super::model::{
    BoxFuture, Model, ModelError, ModelReply, ModelRequest, TokenSink, TokenUsage, ToolCall,
};
use super::runner::{Agent, AgentKind, AgentSettings};
use super::tools::tool_from_spec;

/// An open log file; every record is flushed at once so an interrupted run keeps its steps.
pub struct RunLog {
    out: BufWriter<File>,
}

impl RunLog {
    /// Creates (or truncates) the log file.
    pub fn create(path: &Path) -> std::io::Result<RunLog> {
        Ok(RunLog {
            out: BufWriter::new(File::create(path)?),
        })
    }

    /// Appends one record as a line.
    pub fn write(&mut self, record: &Value) -> std::io::Result<()> {
        writeln!(self.out, "{record}")?;
        self.out.flush()
    }
}

/// A log file read back.
#[derive(Clone, Debug)]
pub struct Recording {
    /// The `run` header.
    pub header: Value,
    /// The `step` payloads, in order.
    pub steps: Vec<Value>,
    /// The `end` record, missing when the process died mid-run.
    pub end: Option<Value>,
}

impl Recording {
    /// Reads a log written by `--log` (the first run in the file).
    pub fn read(path: &Path) -> Result<Recording, String> {
        let file = File::open(path).map_err(|e| format!("cannot open {}: {e}", path.display()))?;
        let mut header = None;
        let mut steps = Vec::new();
        let mut end = None;
        for (i, line) in BufReader::new(file).lines().enumerate() {
            let line = line.map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            if line.trim().is_empty() {
                continue;
            }
            let record: Value = serde_json::from_str(&line)
                .map_err(|e| format!("{} line {}: not JSON ({e})", path.display(), i + 1))?;
            match record.get("type").and_then(Value::as_str) {
                Some("run") if header.is_none() => header = Some(record),
                Some("step") => steps.push(record.get("step").cloned().unwrap_or(Value::Null)),
                Some("end") => {
                    end = Some(record);
                    break;
                }
                _ => {}
            }
        }
        let header = header.ok_or_else(|| format!("{} has no run header", path.display()))?;
        Ok(Recording { header, steps, end })
    }

    /// The recorded task.
    pub fn task(&self) -> String {
        self.header["task"].as_str().unwrap_or_default().to_string()
    }

    /// The recorded final answer, if the run finished.
    pub fn output(&self) -> Option<&Value> {
        self.end.as_ref().and_then(|e| e.get("output"))
    }

    /// An agent configured like the recorded one, driven by the recorded replies and tool
    /// results.
    pub fn replay_agent(&self) -> Result<Agent, String> {
        let h = &self.header;
        let kind = h["agent"]
            .as_str()
            .and_then(AgentKind::parse)
            .ok_or("the header names no known agent kind")?;
        let settings = AgentSettings {
            max_steps: h["max_steps"].as_u64().unwrap_or(20) as usize,
            planning_interval: h["planning_interval"].as_u64().map(|n| n as usize),
            max_observation_chars: h["max_observation_chars"].as_u64().unwrap_or(20_000) as usize,
            authorized_imports: string_list(&h["authorized_imports"]),
            ..AgentSettings::default()
        };
        let model = ReplayModel::new(h["model"].as_str().unwrap_or("replay"), self.replies());
        let results = Arc::new(Mutex::new(self.tool_results()));
        let mut tools = Vec::new();
        for spec in h["tools"].as_array().into_iter().flatten() {
            let name = spec["name"].as_str().unwrap_or_default().to_string();
            let results = results.clone();
            let func = move |_args: Vec<HostValue>| {
                let mut results = results.lock().unwrap_or_else(|p| p.into_inner());
                match results.get_mut(&name).and_then(VecDeque::pop_front) {
                    Some(result) => result,
                    None => Err(format!(
                        "replay: the recording has no more results for '{name}'"
                    )),
                }
            };
            tools.push(tool_from_spec(spec, Arc::new(func))?);
        }
        let system_prompt = h["system_prompt"].as_str().unwrap_or_default();
        Ok(Agent::new(kind, Arc::new(model))
            .with_tools(tools)
            .with_settings(settings)
            .with_system_prompt(system_prompt))
    }

    fn replies(&self) -> Vec<ModelReply> {
        let mut replies = Vec::new();
        for step in &self.steps {
            // Task steps and final answers given by code carry no model output.
            let Some(output) = step["model_output"].as_str() else {
                continue;
            };
            let tool_calls = step["tool_calls"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|c| ToolCall {
                    id: c["id"].as_str().unwrap_or_default().to_string(),
                    name: c["function"]["name"]
                        .as_str()
                        .unwrap_or_default()
                        .to_string(),
                    arguments: match &c["function"]["arguments"] {
                        Value::String(s) => {
                            serde_json::from_str(s).unwrap_or(Value::String(s.clone()))
                        }
                        other => other.clone(),
                    },
                })
                .collect();
            let usage = |k: &str| step["usage"][k].as_u64().unwrap_or(0);
            replies.push(ModelReply {
                content: output.to_string(),
                tool_calls,
                usage: TokenUsage {
                    input_tokens: usage("input_tokens"),
                    output_tokens: usage("output_tokens"),
                },
            });
        }
        replies
    }

    fn tool_results(&self) -> HashMap<String, VecDeque<Result<HostValue, String>>> {
        let mut results: HashMap<String, VecDeque<_>> = HashMap::new();
        for step in &self.steps {
            for r in step["tool_results"].as_array().into_iter().flatten() {
                let name = r["name"].as_str().unwrap_or_default().to_string();
                let result = match r.get("error").and_then(Value::as_str) {
                    Some(e) => Err(e.to_string()),
                    None => Ok(HostValue::from_json(&r["result"])),
                };
                results.entry(name).or_default().push_back(result);
            }
        }
        results
    }
}

/// A `Model` that answers with recorded replies, in order.
pub struct ReplayModel {
    model: String,
    replies: Mutex<VecDeque<ModelReply>>,
}

impl ReplayModel {
    /// Serves `replies` one per call; the call after the last one fails.
    pub fn new(model: &str, replies: Vec<ModelReply>) -> ReplayModel {
        ReplayModel {
            model: model.to_string(),
            replies: Mutex::new(replies.into()),
        }
    }
}

impl Model for ReplayModel {
    fn model_id(&self) -> String {
        self.model.clone()
    }

    fn generate<'a>(
        &'a self,
        _request: &'a ModelRequest,
        on_token: Option<&'a TokenSink>,
    ) -> BoxFuture<'a, Result<ModelReply, ModelError>> {
        let next = self
            .replies
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .pop_front();
        Box::pin(async move {
            let reply = next.ok_or_else(|| {
                ModelError::Other("replay: the recording has no more model replies".into())
            })?;
            if let Some(sink) = on_token {
                sink(&reply.content);
            }
            Ok(reply)
        })
    }
}

fn string_list(v: &Value) -> Vec<String> {
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_string)
        .collect()
}
