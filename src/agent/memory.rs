//! What an agent remembers of a run: the system prompt and one `Step` per event (task, plan,
//! action, final answer), and how that memory becomes the chat messages of the next call.
//!
//! Owns: step records, their JSON form (used by the run log) and `write_memory_to_messages`.
//! Must not: call the model, run code or decide the control flow.

use std::time::Duration;

use serde_json::{json, Value};

use crate::HostValue;

use super::model::{ChatMessage, Role, TokenUsage, ToolCall};
use super::parse::{CODE_CLOSE, CODE_OPEN};

/// Everything that happened in one run, in order.
#[derive(Clone, Debug, Default)]
pub struct AgentMemory {
    pub system_prompt: String,
    pub steps: Vec<Step>,
}

/// One event of a run.
#[derive(Clone, Debug)]
pub enum Step {
    /// The task as given to the model.
    Task {
        task: String,
    },
    Planning(PlanningStep),
    Action(ActionStep),
    FinalAnswer(FinalAnswerStep),
}

/// A plan written by the model every `planning_interval` steps.
#[derive(Clone, Debug)]
pub struct PlanningStep {
    /// The full reply.
    pub model_output: String,
    /// The part between `<plan>` and `</plan>` (the whole reply when the tags are missing).
    pub plan: String,
    pub usage: TokenUsage,
    pub duration: Duration,
}

/// One Thought/Action/Observation cycle.
#[derive(Clone, Debug, Default)]
pub struct ActionStep {
    /// 1-based step number.
    pub number: usize,
    /// The messages sent to the model for this step (kept in memory, not in the log file).
    pub input_messages: Vec<ChatMessage>,
    /// The model's reply text, as received.
    pub model_output: String,
    /// Native tool calls the model asked for (tool-calling agent).
    pub tool_calls: Vec<ToolCall>,
    /// The tool call was written as JSON text instead of a native call.
    pub text_tool_call: bool,
    /// The code that was run (code agent).
    pub code: Option<String>,
    /// Every tool call actually made, with its result, in order.
    pub tool_results: Vec<ToolCallRecord>,
    /// What the model is shown next: the output, or the error and how to recover.
    pub observation: String,
    pub error: Option<StepError>,
    /// Set when this step ended the run.
    pub final_answer: Option<HostValue>,
    pub usage: TokenUsage,
    pub duration: Duration,
}

/// A tool invocation and what came back.
#[derive(Clone, Debug, PartialEq)]
pub struct ToolCallRecord {
    pub name: String,
    /// A JSON object for native calls, a JSON array of positional values from Python code.
    pub arguments: Value,
    pub result: Result<HostValue, String>,
}

/// Why a step did not produce a normal observation.
#[derive(Clone, Debug, PartialEq)]
pub struct StepError {
    pub kind: StepErrorKind,
    pub message: String,
}

/// The family of a step error, so callers can count or react to them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepErrorKind {
    /// The reply had no code or no tool call.
    Parse,
    /// The code raised an exception or did not compile.
    Execution,
    /// The code hit an interpreter limit.
    Limit,
    /// A tool call named an unknown tool, had bad arguments or failed.
    Tool,
}

impl StepErrorKind {
    /// Stable name used in logs.
    pub fn as_str(&self) -> &'static str {
        match self {
            StepErrorKind::Parse => "parse",
            StepErrorKind::Execution => "execution",
            StepErrorKind::Limit => "limit",
            StepErrorKind::Tool => "tool",
        }
    }
}

/// How the run ended.
#[derive(Clone, Debug)]
pub struct FinalAnswerStep {
    pub answer: HostValue,
    /// The reply of the extra call made after `max_steps`, if there was one.
    pub model_output: Option<String>,
    pub usage: TokenUsage,
    pub duration: Duration,
}

impl AgentMemory {
    /// The conversation so far as chat messages: system prompt, task, plans, and for each
    /// action the model's reply followed by what it observed. Consecutive messages of the same
    /// role are merged, since several chat templates reject them.
    pub fn write_memory_to_messages(&self) -> Vec<ChatMessage> {
        let mut messages = vec![ChatMessage::new(Role::System, &self.system_prompt)];
        for step in &self.steps {
            step.push_messages(&mut messages);
        }
        merge_consecutive(messages)
    }

    /// Tokens spent by every step so far.
    pub fn usage(&self) -> TokenUsage {
        let mut total = TokenUsage::default();
        for step in &self.steps {
            total += step.usage();
        }
        total
    }

    /// The number of action steps so far.
    pub fn action_count(&self) -> usize {
        self.steps
            .iter()
            .filter(|s| matches!(s, Step::Action(_)))
            .count()
    }
}

impl Step {
    /// Tokens this step spent.
    pub fn usage(&self) -> TokenUsage {
        match self {
            Step::Task { .. } => TokenUsage::default(),
            Step::Planning(p) => p.usage,
            Step::Action(a) => a.usage,
            Step::FinalAnswer(f) => f.usage,
        }
    }

    /// The JSON record written to the run log (without input messages, which the log can
    /// rebuild from the system prompt and the previous steps).
    pub fn to_json(&self) -> Value {
        match self {
            Step::Task { task } => json!({"kind": "task", "task": task}),
            Step::Planning(p) => json!({
                "kind": "planning",
                "model_output": p.model_output,
                "plan": p.plan,
                "usage": usage_json(p.usage),
                "duration_s": p.duration.as_secs_f64(),
            }),
            Step::Action(a) => json!({
                "kind": "action",
                "number": a.number,
                "model_output": a.model_output,
                "tool_calls": a.tool_calls.iter().map(ToolCall::to_json).collect::<Vec<_>>(),
                "text_tool_call": a.text_tool_call,
                "code": a.code,
                "tool_results": a.tool_results.iter().map(ToolCallRecord::to_json).collect::<Vec<_>>(),
                "observation": a.observation,
                "error": a.error.as_ref().map(|e| json!({"kind": e.kind.as_str(), "message": e.message})),
                "final_answer": a.final_answer.as_ref().map(HostValue::to_json),
                "usage": usage_json(a.usage),
                "duration_s": a.duration.as_secs_f64(),
            }),
            Step::FinalAnswer(f) => json!({
                "kind": "final_answer",
                "answer": f.answer.to_json(),
                "model_output": f.model_output,
                "usage": usage_json(f.usage),
                "duration_s": f.duration.as_secs_f64(),
            }),
        }
    }

    fn push_messages(&self, out: &mut Vec<ChatMessage>) {
        match self {
            Step::Task { task } => {
                out.push(ChatMessage::new(Role::User, format!("New task:\n{task}")))
            }
            Step::Planning(p) => {
                out.push(ChatMessage::new(Role::Assistant, &p.plan));
                out.push(ChatMessage::new(
                    Role::User,
                    "Now carry out the plan, one step at a time.",
                ));
            }
            Step::Action(a) => a.push_messages(out),
            Step::FinalAnswer(_) => {}
        }
    }
}

impl ActionStep {
    fn push_messages(&self, out: &mut Vec<ChatMessage>) {
        if !self.tool_calls.is_empty() {
            let mut reply = ChatMessage::new(Role::Assistant, &self.model_output);
            reply.tool_calls = self.tool_calls.clone();
            out.push(reply);
            for (i, call) in self.tool_calls.iter().enumerate() {
                let text = match self.tool_results.get(i) {
                    Some(record) => record.result_text(),
                    None => self.observation.clone(),
                };
                let mut msg = ChatMessage::new(Role::Tool, text);
                msg.tool_call_id = Some(call.id.clone());
                out.push(msg);
            }
            return;
        }
        let mut reply = self.model_output.clone();
        if self.code.is_some() && reply.contains(CODE_OPEN) && !reply.contains(CODE_CLOSE) {
            reply = format!("{}\n{CODE_CLOSE}", reply.trim_end());
        }
        out.push(ChatMessage::new(Role::Assistant, reply));
        if self.final_answer.is_none() {
            out.push(ChatMessage::new(Role::User, &self.observation));
        }
    }
}

impl ToolCallRecord {
    /// The result as the model sees it.
    pub fn result_text(&self) -> String {
        match &self.result {
            Ok(v) => v.to_text(),
            Err(e) => format!("Error: {e}"),
        }
    }

    /// The JSON record in the run log; replay feeds `result` back instead of calling the tool.
    pub fn to_json(&self) -> Value {
        match &self.result {
            Ok(v) => json!({"name": self.name, "arguments": self.arguments, "result": v.to_json()}),
            Err(e) => json!({"name": self.name, "arguments": self.arguments, "error": e}),
        }
    }
}

/// Usage as `{"input_tokens": n, "output_tokens": n}`.
pub fn usage_json(u: TokenUsage) -> Value {
    json!({"input_tokens": u.input_tokens, "output_tokens": u.output_tokens})
}

/// Joins neighbouring text-only messages of the same role (user after user, ...).
pub fn merge_consecutive(messages: Vec<ChatMessage>) -> Vec<ChatMessage> {
    let mut out: Vec<ChatMessage> = Vec::with_capacity(messages.len());
    for m in messages {
        let mergeable = |a: &ChatMessage| {
            a.role == m.role
                && a.role != Role::Tool
                && a.tool_calls.is_empty()
                && m.tool_calls.is_empty()
        };
        match out.last_mut() {
            Some(prev) if mergeable(prev) => {
                prev.content.push_str("\n\n");
                prev.content.push_str(&m.content);
            }
            _ => out.push(m),
        }
    }
    out
}
