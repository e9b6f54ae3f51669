//! Tools: host functions exposed to Python by name, with typed inputs. They are
//! the only way out of the sandbox. Python calls them positionally or by
//! keyword; arguments are checked against the declared types before the host
//! function runs, and user code cannot rebind a tool's name.

use std::rc::Rc;
use std::sync::Arc;

use crate::eval::{Args, PyResult, Vm};
use crate::host::HostValue;
use crate::value::Value;

/// The JSON-schema-like types a tool input or output may declare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueType {
    String,
    Integer,
    Number,
    Boolean,
    Array,
    Object,
    Any,
}

impl ValueType {
    pub fn as_str(&self) -> &'static str {
        match self {
            ValueType::String => "string",
            ValueType::Integer => "integer",
            ValueType::Number => "number",
            ValueType::Boolean => "boolean",
            ValueType::Array => "array",
            ValueType::Object => "object",
            ValueType::Any => "any",
        }
    }

    /// Parses a type name as tool specs write it (`"string"`, `"integer"`, ...).
    pub fn parse(name: &str) -> Option<ValueType> {
        Some(match name {
            "string" | "str" => ValueType::String,
            "integer" | "int" => ValueType::Integer,
            "number" | "float" => ValueType::Number,
            "boolean" | "bool" => ValueType::Boolean,
            "array" | "list" => ValueType::Array,
            "object" | "dict" => ValueType::Object,
            "any" => ValueType::Any,
            _ => return None,
        })
    }

    /// The Python annotation shown to models in tool signatures; none for `Any`, because
    /// small models copy the signature into their code, where `Any` is an undefined name.
    pub fn python_annotation(&self) -> Option<&'static str> {
        match self {
            ValueType::String => Some("str"),
            ValueType::Integer => Some("int"),
            ValueType::Number => Some("float"),
            ValueType::Boolean => Some("bool"),
            ValueType::Array => Some("list"),
            ValueType::Object => Some("dict"),
            ValueType::Any => None,
        }
    }
}

#[derive(Clone, Debug)]
pub struct ToolInput {
    pub name: String,
    pub description: String,
    pub ty: ValueType,
    pub nullable: bool,
}

/// The host function behind a tool. Called on the interpreter's thread with the
/// arguments ordered as the tool's inputs (a missing nullable argument is `None`).
pub trait ToolFn: Send + Sync {
    fn call(&self, args: Vec<HostValue>) -> Result<HostValue, String>;
}

impl<F> ToolFn for F
where
    F: Fn(Vec<HostValue>) -> Result<HostValue, String> + Send + Sync,
{
    fn call(&self, args: Vec<HostValue>) -> Result<HostValue, String> {
        self(args)
    }
}

/// A named, typed host function callable from Python.
#[derive(Clone)]
pub struct Tool {
    pub name: String,
    pub description: String,
    pub inputs: Vec<ToolInput>,
    pub output: ValueType,
    pub func: Arc<dyn ToolFn>,
}

impl std::fmt::Debug for Tool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tool")
            .field("name", &self.name)
            .field("inputs", &self.inputs)
            .field("output", &self.output)
            .finish()
    }
}

impl Tool {
    pub fn new(name: &str, description: &str, func: impl ToolFn + 'static) -> Tool {
        Tool {
            name: name.into(),
            description: description.into(),
            inputs: Vec::new(),
            output: ValueType::Any,
            func: Arc::new(func),
        }
    }
    pub fn input(mut self, name: &str, ty: ValueType, description: &str) -> Tool {
        self.inputs.push(ToolInput {
            name: name.into(),
            description: description.into(),
            ty,
            nullable: false,
        });
        self
    }
    pub fn nullable_input(mut self, name: &str, ty: ValueType, description: &str) -> Tool {
        self.inputs.push(ToolInput {
            name: name.into(),
            description: description.into(),
            ty,
            nullable: true,
        });
        self
    }
    pub fn output(mut self, ty: ValueType) -> Tool {
        self.output = ty;
        self
    }
}

/// Calls a tool from Python: binds and type-checks the arguments, converts them
/// to host values, runs the host function, converts the result back.
pub fn call_tool(vm: &Vm, tool: &Rc<Tool>, args: Args) -> PyResult<Value> {
    vm.tick()?;
    let name = &tool.name;
    if args.pos.len() > tool.inputs.len() {
        return Err(vm.type_error(crate::errors::too_many_positional(
            name,
            tool.inputs.len(),
            tool.inputs.len(),
            args.pos.len(),
            0,
        )));
    }
    let mut slots: Vec<Option<Value>> = vec![None; tool.inputs.len()];
    for (i, v) in args.pos.into_iter().enumerate() {
        slots[i] = Some(v);
    }
    for (k, v) in args.kw {
        match tool.inputs.iter().position(|inp| inp.name == k.as_ref()) {
            Some(i) if slots[i].is_some() => {
                return Err(vm.type_error(crate::errors::multiple_values(name, &k)))
            }
            Some(i) => slots[i] = Some(v),
            None => return Err(vm.type_error(crate::errors::unexpected_keyword(name, &k))),
        }
    }
    let mut host_args = Vec::with_capacity(slots.len());
    let mut missing = Vec::new();
    for (inp, slot) in tool.inputs.iter().zip(slots) {
        match slot {
            None if inp.nullable => host_args.push(HostValue::None),
            None => missing.push(inp.name.clone()),
            Some(v) => {
                if !(v.is_none() && inp.nullable) && !type_matches(&v, inp.ty) {
                    return Err(vm.type_error(format!(
                        "{}() argument '{}' must be {}, not {}",
                        name,
                        inp.name,
                        inp.ty.as_str(),
                        vm.type_name(&v)
                    )));
                }
                host_args.push(crate::host::to_host(vm, &v)?);
            }
        }
    }
    if !missing.is_empty() {
        return Err(vm.type_error(crate::errors::missing_args(name, &missing, "positional")));
    }
    match tool.func.call(host_args) {
        Ok(result) => Ok(crate::host::from_host(vm, &result)),
        Err(message) => Err(vm.raise(
            "RuntimeError",
            format!("tool '{}' failed: {}", name, message),
        )),
    }
}

fn type_matches(v: &Value, ty: ValueType) -> bool {
    match ty {
        ValueType::Any => true,
        ValueType::String => matches!(v, Value::Str(_)),
        ValueType::Integer => matches!(v, Value::Int(_) | Value::BigInt(_)),
        ValueType::Number => matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Float(_)),
        ValueType::Boolean => matches!(v, Value::Bool(_)),
        ValueType::Array => matches!(v, Value::List(_) | Value::Tuple(_)),
        ValueType::Object => matches!(v, Value::Dict(_)),
    }
}
