//! Callable objects: user functions (code + defaults + closure), bound methods,
//! builtin functions and methods of builtin types bound to their receiver.

use std::cell::RefCell;
use std::rc::Rc;

use super::Value;
use crate::eval::{Args, PyResult, Vm};
use crate::ir::FunctionCode;

/// A closure cell shared between the defining frame and inner functions.
pub type CellRef = Rc<RefCell<Option<Value>>>;

pub struct Function {
    pub code: Rc<FunctionCode>,
    /// Positional defaults, aligned to the end of the positional parameters.
    pub defaults: Vec<Value>,
    /// Keyword-only defaults by parameter index.
    pub kw_defaults: Vec<Option<Value>>,
    pub closure: Vec<CellRef>,
    /// Attributes set by user code (`f.cache = {}`), and `__name__` overrides from `functools.wraps`.
    pub attrs: RefCell<Vec<(Rc<str>, Value)>>,
}

pub struct BoundMethod {
    pub receiver: Value,
    pub func: Value,
}

/// A function implemented in Rust, reachable by name from Python.
pub struct BuiltinFn {
    pub name: &'static str,
    pub call: fn(&Vm, Args) -> PyResult<Value>,
}

/// A method of a builtin type or module object bound to its receiver, e.g. `"a,b".split`.
pub struct NativeMethod {
    pub receiver: Value,
    pub name: Rc<str>,
}
