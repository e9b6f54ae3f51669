//! `len(x)`, `str(x)`, `int(x)` and `float(x)` called by their builtin names
//! with one positional argument, the commonest calls in agent code: the
//! evaluator runs them without building an argument list. Each gives exactly
//! what the general call gives; any other argument type takes the general call.

use crate::eval::{Args, PyResult, Vm};
use crate::types::TypeKind;
use crate::value::Value;

#[derive(Clone, Copy)]
pub enum Conversion {
    Len,
    Str,
    Int,
    Float,
}

impl Conversion {
    /// The conversion `callee` is, if it is one of these builtins.
    pub fn of(callee: &Value) -> Option<Conversion> {
        match callee {
            Value::Builtin(b) if std::ptr::eq(*b, &super::core::LEN) => Some(Conversion::Len),
            Value::Class(c) if c.builtin && c.constructor.is_none() => match c.kind {
                TypeKind::Str => Some(Conversion::Str),
                TypeKind::Int => Some(Conversion::Int),
                TypeKind::Float => Some(Conversion::Float),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn apply(self, vm: &Vm, v: Value) -> PyResult<Value> {
        use Conversion::*;
        match (self, &v) {
            (Len, _) => Ok(Value::Int(vm.len(&v)? as i64)),
            (Str, Value::Str(_)) | (Int, Value::Int(_)) | (Float, Value::Float(_)) => Ok(v),
            (Str, Value::Int(i)) => Ok(crate::eval::repr::decimal_str(*i)),
            (Int, Value::Str(s)) => crate::types::int::parse(vm, s.as_str(), 10),
            (Float, Value::Str(s)) => Ok(Value::Float(crate::types::float::parse(vm, s.as_str())?)),
            (Float, Value::Int(_)) => Ok(Value::Float(vm.to_f64(&v)?)),
            (Str, _) => general(vm, TypeKind::Str, v),
            (Int, _) => general(vm, TypeKind::Int, v),
            (Float, _) => general(vm, TypeKind::Float, v),
        }
    }
}

fn general(vm: &Vm, kind: TypeKind, v: Value) -> PyResult<Value> {
    super::construct(vm, &vm.types.of_kind(kind), Args::new(vec![v]))
}
