//! Managed agents: a sub-agent offered to its manager as the tool
//! `name(task: str, additional_args: dict = None) -> str`, run to completion on each call.
//!
//! Owns: the bridge from a synchronous tool call (made on the interpreter thread) to the
//! sub-agent's async run. Must not: share memory or a Session between manager and member;
//! each call starts a fresh run of the member.

use std::sync::{Arc, Mutex};

use crate::{HostValue, Tool, ValueType};

use super::runner::Agent;

/// Wraps `agent` as a tool. Tools are called off the async runtime's worker threads (on the
/// interpreter thread, or a `spawn_blocking` thread for tool-calling agents), so the call can
/// block on `runtime` until the member's run ends. The member's final answer, as text, is
/// the tool's result; a failed run is a tool error the manager sees.
pub fn managed_agent_tool(
    name: &str,
    description: &str,
    agent: Agent,
    runtime: tokio::runtime::Handle,
) -> Tool {
    let agent = Arc::new(Mutex::new(agent));
    let member = name.to_string();
    let func = move |args: Vec<HostValue>| {
        let mut args = args.into_iter();
        let task = match args.next() {
            Some(HostValue::Str(s)) => s,
            Some(other) => other.to_text(),
            None => return Err("missing the task".to_string()),
        };
        let inputs = match args.next() {
            Some(HostValue::Dict(pairs)) => {
                pairs.into_iter().map(|(k, v)| (k.to_text(), v)).collect()
            }
            _ => Vec::new(),
        };
        let mut agent = agent
            .lock()
            .map_err(|_| format!("team member '{member}' crashed in an earlier call"))?;
        let task = agent.managed_task(&member, &task);
        let result = runtime.block_on(agent.run_with(&task, inputs, std::future::pending()));
        match result {
            Ok(r) => Ok(HostValue::Str(r.output.to_text())),
            // The interpreter names the tool: "RuntimeError: tool 'NAME' failed: {e}".
            Err(e) => Err(e.to_string()),
        }
    };
    Tool::new(
        name,
        &format!("{description}\nCall it with a complete task description; it returns its report as a string."),
        func,
    )
    .input(
        "task",
        ValueType::String,
        "The full task for this team member, with every detail it needs.",
    )
    .nullable_input(
        "additional_args",
        ValueType::Object,
        "Optional named inputs (e.g. data) passed to the member as variables.",
    )
    .output(ValueType::String)
}
