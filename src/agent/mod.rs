//! The agent layer: loops that let a language model solve a task by acting, observing the
//! result and acting again, until it gives a final answer.
//!
//! - `Agent` with `AgentKind::Code` writes Python that runs in one sandboxed `Session` per task
//!   (tools are Python functions); with `AgentKind::ToolCalling` it makes JSON tool calls.
//! - `OpenAiModel` talks to any OpenAI-compatible server; `ReplayModel` replays a run log.
//! - `tools` holds the built-in tools; `managed` turns an agent into a tool for another one.
//!
//! Owns: everything between a task and its answer. Must not: interpret Python itself (that is
//! the interpreter, used only through `Session`, `Tool` and `HostValue`), or print anything:
//! progress display belongs to the caller, through step and token callbacks.

pub mod log;
pub mod managed;
pub mod memory;
pub mod model;
pub mod observe;
pub mod parse;
pub mod prompts;
pub mod runner;
pub mod tools;

pub use log::{Recording, ReplayModel, RunLog};
pub use memory::{
    ActionStep, AgentMemory, FinalAnswerStep, PlanningStep, Step, StepError, StepErrorKind,
    ToolCallRecord,
};
pub use model::{
    ChatMessage, Model, ModelError, ModelOptions, ModelReply, ModelRequest, OpenAiModel, Role,
    TokenUsage, ToolCall,
};
pub use prompts::Prompts;
pub use runner::{Agent, AgentError, AgentKind, AgentSettings, RunResult, RunState};
