//! `HostValue`: an owned, thread-safe snapshot of a Python value for crossing
//! the boundary to the host (tool arguments and results, the last value, the
//! final answer). Conversion is bounded in depth and never shares state.

use num_bigint::BigInt;
use std::rc::Rc;

use crate::eval::{PyResult, Vm};
use crate::value::{DictObj, Value};

/// Deepest nesting converted; deeper values become their repr.
const MAX_DEPTH: usize = 100;

#[derive(Clone, Debug, PartialEq)]
pub enum HostValue {
    None,
    Bool(bool),
    Int(i64),
    /// Decimal digits of an int beyond i64.
    BigInt(String),
    Float(f64),
    Str(String),
    List(Vec<HostValue>),
    Tuple(Vec<HostValue>),
    Dict(Vec<(HostValue, HostValue)>),
    /// Anything else, described by its type and repr.
    Other {
        type_name: String,
        repr: String,
    },
}

impl HostValue {
    /// Python's `repr()` of the value.
    pub fn repr(&self) -> String {
        match self {
            HostValue::None => "None".into(),
            HostValue::Bool(b) => if *b { "True" } else { "False" }.into(),
            HostValue::Int(i) => i.to_string(),
            HostValue::BigInt(s) => s.clone(),
            HostValue::Float(f) => crate::types::format::float_repr(*f),
            HostValue::Str(s) => crate::eval::repr::str_repr(s),
            HostValue::List(items) => format!(
                "[{}]",
                items
                    .iter()
                    .map(|i| i.repr())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            HostValue::Tuple(items) if items.len() == 1 => format!("({},)", items[0].repr()),
            HostValue::Tuple(items) => format!(
                "({})",
                items
                    .iter()
                    .map(|i| i.repr())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            HostValue::Dict(items) => {
                format!(
                    "{{{}}}",
                    items
                        .iter()
                        .map(|(k, v)| format!("{}: {}", k.repr(), v.repr()))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            }
            HostValue::Other { repr, .. } => repr.clone(),
        }
    }

    /// Python's `str()` of the value.
    pub fn to_text(&self) -> String {
        match self {
            HostValue::Str(s) => s.clone(),
            other => other.repr(),
        }
    }

    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value as J;
        match self {
            HostValue::None => J::Null,
            HostValue::Bool(b) => J::Bool(*b),
            HostValue::Int(i) => J::from(*i),
            HostValue::BigInt(s) => s
                .parse::<serde_json::Number>()
                .map(J::Number)
                .unwrap_or_else(|_| J::String(s.clone())),
            HostValue::Float(f) => serde_json::Number::from_f64(*f)
                .map(J::Number)
                .unwrap_or(J::Null),
            HostValue::Str(s) => J::String(s.clone()),
            HostValue::List(items) | HostValue::Tuple(items) => {
                J::Array(items.iter().map(|i| i.to_json()).collect())
            }
            HostValue::Dict(items) => J::Object(
                items
                    .iter()
                    .map(|(k, v)| (k.to_text(), v.to_json()))
                    .collect(),
            ),
            HostValue::Other { repr, .. } => J::String(repr.clone()),
        }
    }

    pub fn from_json(v: &serde_json::Value) -> HostValue {
        use serde_json::Value as J;
        match v {
            J::Null => HostValue::None,
            J::Bool(b) => HostValue::Bool(*b),
            J::Number(n) => match n.as_i64() {
                Some(i) => HostValue::Int(i),
                None => match n.as_f64() {
                    Some(f) if n.is_f64() => HostValue::Float(f),
                    _ => HostValue::BigInt(n.to_string()),
                },
            },
            J::String(s) => HostValue::Str(s.clone()),
            J::Array(items) => HostValue::List(items.iter().map(HostValue::from_json).collect()),
            J::Object(map) => HostValue::Dict(
                map.iter()
                    .map(|(k, v)| (HostValue::Str(k.clone()), HostValue::from_json(v)))
                    .collect(),
            ),
        }
    }
}

/// Snapshots a Python value for the host.
pub fn to_host(vm: &Vm, v: &Value) -> PyResult<HostValue> {
    convert(vm, v, 0)
}

fn convert(vm: &Vm, v: &Value, depth: usize) -> PyResult<HostValue> {
    vm.tick()?;
    if depth > MAX_DEPTH {
        return Ok(HostValue::Other {
            type_name: vm.type_name(v),
            repr: "...".into(),
        });
    }
    Ok(match v {
        Value::None => HostValue::None,
        Value::Bool(b) => HostValue::Bool(*b),
        Value::Int(i) => HostValue::Int(*i),
        Value::BigInt(b) => HostValue::BigInt(b.to_string()),
        Value::Float(f) => HostValue::Float(*f),
        Value::Str(s) => HostValue::Str(s.as_str().to_string()),
        Value::List(l) => {
            let items = l.borrow().clone();
            HostValue::List(
                items
                    .iter()
                    .map(|x| convert(vm, x, depth + 1))
                    .collect::<PyResult<_>>()?,
            )
        }
        Value::Tuple(t) => HostValue::Tuple(
            t.iter()
                .map(|x| convert(vm, x, depth + 1))
                .collect::<PyResult<_>>()?,
        ),
        Value::Dict(d) => {
            let items = d.borrow().items();
            let mut out = Vec::with_capacity(items.len());
            for (k, val) in items {
                out.push((convert(vm, &k, depth + 1)?, convert(vm, &val, depth + 1)?));
            }
            HostValue::Dict(out)
        }
        other => HostValue::Other {
            type_name: vm.type_name(other),
            repr: vm.repr(other)?,
        },
    })
}

/// Builds a Python value from a host value.
pub fn from_host(vm: &Vm, h: &HostValue) -> Value {
    match h {
        HostValue::None => Value::None,
        HostValue::Bool(b) => Value::Bool(*b),
        HostValue::Int(i) => Value::Int(*i),
        HostValue::BigInt(s) => s
            .parse::<BigInt>()
            .map(Value::from_bigint)
            .unwrap_or_else(|_| Value::str(s)),
        HostValue::Float(f) => Value::Float(*f),
        HostValue::Str(s) => Value::str(s),
        HostValue::List(items) => Value::list(items.iter().map(|i| from_host(vm, i)).collect()),
        HostValue::Tuple(items) => Value::tuple(items.iter().map(|i| from_host(vm, i)).collect()),
        HostValue::Dict(items) => {
            let mut d = DictObj::new();
            for (k, v) in items {
                let _ = vm.dict_set(&mut d, from_host(vm, k), from_host(vm, v));
            }
            Value::Dict(Rc::new(std::cell::RefCell::new(d)))
        }
        HostValue::Other { repr, .. } => Value::str(repr),
    }
}
