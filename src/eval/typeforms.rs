//! `int | None` and `list[int]`: the objects annotations build from classes
//! (CPython's `types.UnionType` and `types.GenericAlias`). They print as
//! written, compare by their members, and a union works with `isinstance`.
//!
//! Must not hold typing-module behaviour (`typing.Union` lives in
//! `modules/typing.rs`); only what the `|` operator and subscripting a
//! builtin class make.

use super::{Args, PyResult, Vm};
use crate::ir::BinOp;
use crate::types::TypeKind;
use crate::value::{native_ref, Class, ClassRef, NativeObject, Value};

/// `X | Y` of types.
pub struct UnionType {
    class: ClassRef,
    args: Vec<Value>,
}

/// `list[int]`: a builtin class subscripted with type arguments.
pub struct GenericAlias {
    class: ClassRef,
    origin: Value,
    args: Vec<Value>,
}

/// Whether `v` may be an operand of a type union.
pub fn is_type_form(v: &Value) -> bool {
    matches!(v, Value::Class(_) | Value::None)
        || native_ref::<UnionType>(v).is_some()
        || native_ref::<GenericAlias>(v).is_some()
}

impl Vm {
    /// `a | b` when both are types (or None): a union, or the one type when
    /// they are the same.
    pub fn type_union(&self, a: &Value, b: &Value) -> PyResult<Value> {
        let mut args: Vec<Value> = Vec::new();
        for side in [a, b] {
            let parts = match native_ref::<UnionType>(side) {
                Some(u) => u.args.clone(),
                None => vec![side.clone()],
            };
            for p in parts {
                let p = match p {
                    Value::None => Value::Class(self.types.of_kind(TypeKind::NoneType)),
                    other => other,
                };
                let mut seen = false;
                for q in &args {
                    if p.is(q) || self.eq(&p, q)? {
                        seen = true;
                        break;
                    }
                }
                if !seen {
                    args.push(p);
                }
            }
        }
        if args.len() == 1 {
            return Ok(args.remove(0));
        }
        Ok(crate::modules::natives::native(UnionType {
            class: Class::native(
                "types.UnionType",
                "types",
                vec![self.types.object.clone()],
                None,
            ),
            args,
        }))
    }

    /// `list[int]`, `dict[str, int]`: subscripting a builtin container class.
    pub fn generic_alias(&self, origin: &Value, key: &Value) -> Value {
        let args = match key {
            Value::Tuple(t) => t.as_ref().clone(),
            other => vec![other.clone()],
        };
        crate::modules::natives::native(GenericAlias {
            class: Class::native(
                "types.GenericAlias",
                "types",
                vec![self.types.object.clone()],
                None,
            ),
            origin: origin.clone(),
            args,
        })
    }

    /// How a type prints inside a union or an alias: `int`, `None`,
    /// `__main__.Point`, `list[int]`; anything else by its repr.
    fn type_form_repr(&self, v: &Value) -> PyResult<String> {
        match v {
            Value::Class(c) if c.kind == TypeKind::NoneType => Ok("None".into()),
            Value::Class(c) if &*c.module == "builtins" => Ok(c.qualname.to_string()),
            Value::Class(c) => Ok(format!("{}.{}", c.module, c.qualname)),
            Value::None => Ok("None".into()),
            Value::Ellipsis => Ok("...".into()),
            other => self.repr(other),
        }
    }
}

fn union_binary(
    vm: &Vm,
    op: BinOp,
    this: &Value,
    other: &Value,
    reflected: bool,
) -> Option<PyResult<Value>> {
    if op != BinOp::BitOr || !is_type_form(other) {
        return None;
    }
    Some(if reflected {
        vm.type_union(other, this)
    } else {
        vm.type_union(this, other)
    })
}

fn same_members(vm: &Vm, a: &[Value], b: &[Value]) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    for x in a {
        let mut found = false;
        for y in b {
            if x.is(y) || vm.eq(x, y)? {
                found = true;
                break;
            }
        }
        if !found {
            return Ok(false);
        }
    }
    Ok(true)
}

impl NativeObject for UnionType {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, vm: &Vm, _this: &Value) -> PyResult<String> {
        let parts = self
            .args
            .iter()
            .map(|a| vm.type_form_repr(a))
            .collect::<PyResult<Vec<_>>>()?;
        Ok(parts.join(" | "))
    }
    fn get_attr(&self, _vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "__args__" => Some(Value::tuple(self.args.clone())),
            // What `isinstance` reads to treat the object as a union of its members.
            "_name" => Some(Value::str("Union")),
            _ => None,
        })
    }
    fn eq(&self, vm: &Vm, other: &Value) -> Option<PyResult<bool>> {
        let o = native_ref::<UnionType>(other)?;
        Some(same_members(vm, &self.args, &o.args))
    }
    fn hash(&self, _vm: &Vm) -> Option<PyResult<u64>> {
        Some(Ok(self.args.len() as u64))
    }
    fn binary_op(
        &self,
        vm: &Vm,
        op: BinOp,
        this: &Value,
        other: &Value,
        reflected: bool,
    ) -> Option<PyResult<Value>> {
        union_binary(vm, op, this, other, reflected)
    }
}

impl NativeObject for GenericAlias {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, vm: &Vm, _this: &Value) -> PyResult<String> {
        let parts = if self.args.is_empty() {
            vec!["()".to_string()]
        } else {
            self.args
                .iter()
                .map(|a| vm.type_form_repr(a))
                .collect::<PyResult<Vec<_>>>()?
        };
        Ok(format!(
            "{}[{}]",
            vm.type_form_repr(&self.origin)?,
            parts.join(", ")
        ))
    }
    fn get_attr(&self, _vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "__origin__" => Some(self.origin.clone()),
            "__args__" => Some(Value::tuple(self.args.clone())),
            _ => None,
        })
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, vm: &Vm, _this: &Value, args: Args) -> Option<PyResult<Value>> {
        Some(vm.call(&self.origin, args))
    }
    fn eq(&self, vm: &Vm, other: &Value) -> Option<PyResult<bool>> {
        let o = native_ref::<GenericAlias>(other)?;
        if !self.origin.is(&o.origin) || self.args.len() != o.args.len() {
            return Some(Ok(false));
        }
        for (x, y) in self.args.iter().zip(&o.args) {
            match vm.eq(x, y) {
                Ok(true) => {}
                other => return Some(other),
            }
        }
        Some(Ok(true))
    }
    fn hash(&self, _vm: &Vm) -> Option<PyResult<u64>> {
        Some(Ok(self.args.len() as u64 + 1))
    }
    fn binary_op(
        &self,
        vm: &Vm,
        op: BinOp,
        this: &Value,
        other: &Value,
        reflected: bool,
    ) -> Option<PyResult<Value>> {
        union_binary(vm, op, this, other, reflected)
    }
}
