//! The text the model reads: prompt templates (files in `prompts/`, compiled in), their
//! rendering, and how a tool is presented (a Python signature for code agents, a JSON schema
//! for native tool calling).
//!
//! Owns: every sentence of instructions the agents send. Must not: decide when a prompt is
//! sent (that is `runner`) or parse replies (that is `parse`).

use serde_json::{json, Map, Value};

use crate::{Tool, ValueType};

use super::runner::AgentKind;

/// The templates an agent uses; `{{name}}` placeholders are filled in by `render`.
/// Every field can be replaced, e.g. the system prompt from a user file.
#[derive(Clone, Debug)]
pub struct Prompts {
    /// Placeholders: `{{tools}}`, `{{managed_agents}}`, `{{authorized_imports}}`.
    pub system: String,
    /// Placeholders: `{{agents}}` (signatures of the team members).
    pub managed_agents: String,
    /// Placeholders: `{{task}}`, `{{tools}}`.
    pub plan_initial: String,
    /// Placeholders: `{{task}}`, `{{remaining_steps}}`.
    pub plan_update: String,
    /// Placeholders: `{{task}}`.
    pub final_answer: String,
    /// Wraps the task a manager gives to a managed agent. Placeholders: `{{name}}`, `{{task}}`.
    pub managed_task: String,
}

impl Prompts {
    /// The built-in prompts for this kind of agent.
    pub fn defaults(kind: AgentKind) -> Prompts {
        let system = match kind {
            AgentKind::Code => include_str!("prompts/code_agent.md"),
            AgentKind::ToolCalling => include_str!("prompts/tool_calling_agent.md"),
        };
        Prompts {
            system: system.to_string(),
            managed_agents: include_str!("prompts/managed_agents.md").to_string(),
            plan_initial: include_str!("prompts/plan_initial.md").to_string(),
            plan_update: include_str!("prompts/plan_update.md").to_string(),
            final_answer: include_str!("prompts/final_answer.md").to_string(),
            managed_task: include_str!("prompts/managed_task.md").to_string(),
        }
    }
}

/// Replaces each `{{key}}` in `template` by its value; unknown placeholders stay as they are.
pub fn render(template: &str, vars: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (key, value) in vars {
        out = out.replace(&format!("{{{{{key}}}}}"), value);
    }
    out
}

/// A tool as a Python function signature with a docstring, as code agents see it:
///
/// ```text
/// def web_search(query: str) -> str:
///     """Searches the web.
///
///     Args:
///         query: What to look for.
///     """
/// ```
pub fn python_signature(tool: &Tool) -> String {
    let params: Vec<String> = tool
        .inputs
        .iter()
        .map(|i| match (i.ty.python_annotation(), i.nullable) {
            (Some(ty), true) => format!("{}: {ty} | None = None", i.name),
            (Some(ty), false) => format!("{}: {ty}", i.name),
            (None, true) => format!("{}=None", i.name),
            (None, false) => i.name.clone(),
        })
        .collect();
    let returns = match tool.output.python_annotation() {
        Some(ty) => format!(" -> {ty}"),
        None => String::new(),
    };
    let mut out = format!(
        "def {}({}){returns}:\n    \"\"\"{}",
        tool.name,
        params.join(", "),
        indent(tool.description.trim(), "    ")
    );
    if !tool.inputs.is_empty() {
        out.push_str("\n\n    Args:");
        for i in &tool.inputs {
            let desc = indent(i.description.trim(), "            ");
            out.push_str(&format!("\n        {}: {desc}", i.name));
        }
    }
    out.push_str("\n    \"\"\"");
    out
}

/// A tool as a `tools` entry of a chat-completions request.
pub fn tool_schema(tool: &Tool) -> Value {
    let mut properties = Map::new();
    let mut required = Vec::new();
    for input in &tool.inputs {
        let mut prop = Map::new();
        match (input.ty, input.nullable) {
            (ValueType::Any, _) => {}
            (ty, true) => {
                prop.insert("type".into(), json!([ty.as_str(), "null"]));
            }
            (ty, false) => {
                prop.insert("type".into(), json!(ty.as_str()));
            }
        }
        prop.insert("description".into(), json!(input.description));
        properties.insert(input.name.clone(), Value::Object(prop));
        if !input.nullable {
            required.push(json!(input.name));
        }
    }
    json!({
        "type": "function",
        "function": {
            "name": tool.name,
            "description": tool.description,
            "parameters": {"type": "object", "properties": properties, "required": required},
        }
    })
}

/// A tool as one readable paragraph, for tool-calling prompts and plans.
pub fn tool_summary(tool: &Tool) -> String {
    let args: Vec<String> = tool
        .inputs
        .iter()
        .map(|i| {
            let opt = if i.nullable { ", optional" } else { "" };
            format!("    {} ({}{opt}): {}", i.name, i.ty.as_str(), i.description)
        })
        .collect();
    let mut out = format!("- {}: {}", tool.name, tool.description.trim());
    if !args.is_empty() {
        out.push_str("\n  Arguments:\n");
        out.push_str(&args.join("\n"));
    }
    out
}

fn indent(text: &str, prefix: &str) -> String {
    text.lines()
        .enumerate()
        .map(|(i, l)| {
            if i == 0 || l.is_empty() {
                l.to_string()
            } else {
                format!("{prefix}{l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}
