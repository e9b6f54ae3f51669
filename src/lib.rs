//! codeact: a sandboxed Python interpreter for code agents, and the agent loop
//! around it.
//!
//! Python source is parsed (`parse`), lowered to an IR with every name resolved
//! (`lower`, `ir`), and walked by our evaluator (`eval`) over our own values
//! (`value`, `types`, `builtins`, `modules`), within `limits`. Tools handed in
//! by the host (`tools`) are the only way out.
//!
//! ```
//! use codeact::{evaluate, HostValue, Tool, ValueType};
//!
//! let double = Tool::new("double", "Doubles a number.", |args: Vec<HostValue>| match &args[0] {
//!     HostValue::Int(i) => Ok(HostValue::Int(i * 2)),
//!     _ => Err("expected an integer".to_string()),
//! })
//! .input("x", ValueType::Integer, "the number");
//!
//! let outcome = evaluate("print(double(21))\nfinal_answer(double(x=5))", &[double]).unwrap();
//! assert_eq!(outcome.stdout, "42\n");
//! assert_eq!(outcome.final_answer, Some(HostValue::Int(10)));
//! ```
#![forbid(unsafe_code)]

pub mod agent;
mod builtins;
mod error;
mod errors;
mod eval;
mod host;
mod interpreter;
mod ir;
mod limits;
mod lower;
mod modules;
mod parse;
mod session;
mod tools;
mod types;
mod value;

pub mod cli;

pub use error::Error;
pub use host::HostValue;
pub use interpreter::{Config, Interpreter, Outcome};
pub use limits::{LimitKind, Limits};
pub use session::Session;
pub use tools::{Tool, ToolFn, ToolInput, ValueType};

/// Runs one snippet in a fresh interpreter with default limits and imports.
pub fn evaluate(code: &str, tools: &[Tool]) -> Result<Outcome, Error> {
    Interpreter::new(Config {
        tools: tools.to_vec(),
        ..Config::default()
    })
    .run(code)
}

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

/// Names of every module codeact can import (when authorized).
pub fn available_modules() -> &'static [&'static str] {
    modules::AVAILABLE
}
