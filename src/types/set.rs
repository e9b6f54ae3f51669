//! Methods of `set` and `frozenset`, following CPython's algorithms so that
//! results iterate in CPython's order.

use std::cell::RefCell;
use std::rc::Rc;

use crate::eval::{Args, PyResult, Unwind, Vm};
use crate::ir::BinOp;
use crate::value::{SetObj, Value};

pub const SET_METHODS: &[&str] = &[
    "add",
    "clear",
    "copy",
    "difference",
    "difference_update",
    "discard",
    "intersection",
    "intersection_update",
    "isdisjoint",
    "issubset",
    "issuperset",
    "pop",
    "remove",
    "symmetric_difference",
    "symmetric_difference_update",
    "union",
    "update",
];
pub const FROZENSET_METHODS: &[&str] = &[
    "copy",
    "difference",
    "intersection",
    "isdisjoint",
    "issubset",
    "issuperset",
    "symmetric_difference",
    "union",
];

/// A set or frozenset value holding `table`, of the same kind as `like`.
fn wrap(like: &Value, table: SetObj) -> Value {
    match like {
        Value::FrozenSet(_) => Value::FrozenSet(Rc::new(table)),
        _ => Value::Set(Rc::new(RefCell::new(table))),
    }
}

/// Any iterable as a set operand (sets are used as they are).
fn operand(vm: &Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Set(_) | Value::FrozenSet(_) => Ok(v.clone()),
        other => {
            let mut s = SetObj::new();
            for x in vm.collect(other)? {
                vm.set_add(&mut s, x)?;
            }
            Ok(Value::FrozenSet(Rc::new(s)))
        }
    }
}

/// Set methods; `this` is a set or frozenset value.
pub fn call(vm: &Vm, this: &Value, name: &str, args: Args) -> PyResult<Value> {
    match name {
        "copy" if matches!(this, Value::FrozenSet(_)) => Ok(this.clone()),
        "copy" => {
            let mut t = SetObj::new();
            t.copy_from(&vm.set_table(this)?);
            Ok(wrap(this, t))
        }
        "union" => {
            let mut t = SetObj::new();
            t.copy_from(&vm.set_table(this)?);
            for a in &args.pos {
                match a {
                    Value::Set(_) | Value::FrozenSet(_) => {
                        vm.set_merge(&mut t, &vm.set_table(a)?)?
                    }
                    other => {
                        for x in vm.collect(other)? {
                            vm.set_add(&mut t, x)?;
                        }
                    }
                }
            }
            Ok(wrap(this, t))
        }
        "intersection" | "difference" | "symmetric_difference" => {
            let op = match name {
                "intersection" => BinOp::BitAnd,
                "difference" => BinOp::Sub,
                _ => BinOp::BitXor,
            };
            if args.pos.is_empty() {
                return call(vm, this, "copy", args);
            }
            let mut acc = this.clone();
            for a in &args.pos {
                let other = operand(vm, a)?;
                acc = vm.binary_op(op, &acc, &other)?;
            }
            Ok(wrap(this, vm.set_table(&acc)?))
        }
        "issubset" | "issuperset" | "isdisjoint" => {
            let other = operand(vm, args.pos.first().unwrap_or(Value::NONE))?;
            let (a, b) = if name == "issuperset" {
                (&other, this)
            } else {
                (this, &other)
            };
            let want = name != "isdisjoint";
            for x in vm.set_items(a) {
                if vm.contains(b, &x)? != want {
                    return Ok(Value::Bool(false));
                }
            }
            Ok(Value::Bool(true))
        }
        _ => match this {
            Value::Set(s) => mutate(vm, s, name, args),
            _ => Err(vm.raise(
                "AttributeError",
                crate::errors::no_attribute("frozenset", name),
            )),
        },
    }
}

/// Methods that change a set. The table is taken out while user `__eq__` may run.
pub fn mutate(vm: &Vm, s: &Rc<RefCell<SetObj>>, name: &str, args: Args) -> PyResult<Value> {
    let mut a0 = args.pos.first().cloned().unwrap_or(Value::None);
    // A set argument is looked up as the equal frozenset, as CPython does.
    if let (Value::Set(inner), "discard" | "remove") = (&a0, name) {
        let copy = inner.borrow().clone();
        a0 = Value::FrozenSet(Rc::new(copy));
    }
    let mut table = std::mem::take(&mut *s.borrow_mut());
    let result = mutate_table(vm, &mut table, name, &a0, &args);
    *s.borrow_mut() = table;
    result
}

fn mutate_table(vm: &Vm, t: &mut SetObj, name: &str, a0: &Value, args: &Args) -> PyResult<Value> {
    match name {
        "add" => vm.set_add(t, a0.clone())?,
        "discard" => {
            vm.set_discard(t, a0)?;
        }
        "remove" => {
            if !vm.set_discard(t, a0)? {
                return Err(Unwind::raise(
                    vm.new_exception(&vm.types.exception("KeyError"), vec![a0.clone()]),
                ));
            }
        }
        "pop" => {
            return t
                .pop()
                .ok_or_else(|| vm.raise("KeyError", "pop from an empty set"))
        }
        "clear" => t.clear(),
        "update" => {
            for a in &args.pos {
                match a {
                    Value::Set(_) | Value::FrozenSet(_) => vm.set_merge(t, &vm.set_table(a)?)?,
                    other => {
                        for x in vm.collect(other)? {
                            vm.set_add(t, x)?;
                        }
                    }
                }
            }
        }
        "difference_update" => {
            for a in &args.pos {
                for x in vm.collect(a)? {
                    vm.set_discard(t, &x)?;
                }
            }
        }
        "intersection_update" => {
            let mut acc = Value::FrozenSet(Rc::new(t.clone()));
            for a in &args.pos {
                let other = operand(vm, a)?;
                acc = vm.binary_op(BinOp::BitAnd, &acc, &other)?;
            }
            *t = vm.set_table(&acc)?;
        }
        "symmetric_difference_update" => {
            let other = vm.set_table(&operand(vm, a0)?)?;
            for (h, k) in other.entries() {
                match vm.set_find(t, h, &k)? {
                    Some(pos) => {
                        t.remove_at(pos);
                    }
                    None => vm.set_add_hashed(t, h, k)?,
                }
            }
        }
        _ => return Err(vm.raise("AttributeError", crate::errors::no_attribute("set", name))),
    }
    Ok(Value::None)
}
