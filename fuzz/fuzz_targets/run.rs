//! Fuzz target: arbitrary bytes, read as lossy UTF-8, run as Python under
//! tight limits. Any outcome is fine (syntax error, exception, limit stop)
//! except a panic or an `Error::Internal`, which is an interpreter bug.
//!
//! Run it with `cargo +nightly fuzz run run` from the repository root; see
//! docs/testing.md.

#![no_main]

use std::time::Duration;

use codeact::{Config, Error, Interpreter, Limits};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let source = String::from_utf8_lossy(data);
    let config = Config {
        limits: Limits {
            max_operations: 100_000,
            timeout: Some(Duration::from_secs(2)),
            max_memory_bytes: 32 * 1024 * 1024,
            max_output_chars: 10_000,
            ..Limits::default()
        },
        authorized_imports: vec!["*".to_string()],
        tools: Vec::new(),
    };
    if let Err(Error::Internal(message)) = Interpreter::new(config).run(&source) {
        panic!("internal error: {}\n--- source ---\n{}", message, source);
    }
});
