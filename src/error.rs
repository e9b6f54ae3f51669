//! The errors a run reports to the host: syntax errors, uncaught Python
//! exceptions (with CPython's last traceback line), limit stops, and internal
//! errors (bugs, reported instead of crashing the host).

use std::fmt;

pub use crate::limits::LimitKind;

#[derive(Debug, Clone)]
pub enum Error {
    /// The code did not parse, or uses a construct codeact does not support.
    Syntax {
        message: String,
        line: usize,
        column: usize,
    },
    /// An exception escaped the code. `traceback` ends with `"{type_name}: {message}"`, and
    /// for a failed name or attribute lookup with CPython's `. Did you mean: '{suggestion}'?`.
    Exception {
        type_name: String,
        message: String,
        line: Option<usize>,
        traceback: String,
        stdout: String,
        suggestion: Option<String>,
    },
    /// A limit stopped the run; Python code could not catch it.
    Limit {
        kind: LimitKind,
        message: String,
        stdout: String,
    },
    /// A bug in codeact; the host keeps running.
    Internal(String),
}

impl Error {
    /// `Type: message` as CPython's last traceback line.
    pub fn summary(&self) -> String {
        match self {
            Error::Syntax { message, line, .. } => {
                format!("SyntaxError: {} (line {})", message, line)
            }
            Error::Exception {
                type_name,
                message,
                suggestion,
                ..
            } => exception_line(type_name, message, suggestion.as_deref()),
            Error::Limit { message, .. } => format!("LimitError: {}", message),
            Error::Internal(m) => format!("InternalError: {}", m),
        }
    }

    /// What the code printed before it failed.
    pub fn stdout(&self) -> &str {
        match self {
            Error::Exception { stdout, .. } | Error::Limit { stdout, .. } => stdout,
            _ => "",
        }
    }

    pub fn type_name(&self) -> &str {
        match self {
            Error::Syntax { .. } => "SyntaxError",
            Error::Exception { type_name, .. } => type_name,
            Error::Limit { .. } => "LimitError",
            Error::Internal(_) => "InternalError",
        }
    }

    pub fn line(&self) -> Option<usize> {
        match self {
            Error::Syntax { line, .. } => Some(*line),
            Error::Exception { line, .. } => *line,
            _ => None,
        }
    }
}

/// The last line of CPython's traceback for an exception.
pub(crate) fn exception_line(type_name: &str, message: &str, suggestion: Option<&str>) -> String {
    let mut line = if message.is_empty() {
        type_name.to_string()
    } else {
        format!("{type_name}: {message}")
    };
    if let Some(name) = suggestion {
        line.push_str(&format!(". Did you mean: '{name}'?"));
    }
    line
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Exception { traceback, .. } => f.write_str(traceback),
            Error::Limit { message, .. } => f.write_str(message),
            other => f.write_str(&other.summary()),
        }
    }
}

impl std::error::Error for Error {}
