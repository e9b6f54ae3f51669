//! Methods of `set` and `frozenset`.

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

/// Set methods; `this` is a set or frozenset value.
pub fn call(vm: &Vm, this: &Value, name: &str, args: Args) -> PyResult<Value> {
    let frozen = matches!(this, Value::FrozenSet(_));
    let as_set = |v: &Value| -> PyResult<Value> {
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
    };
    let wrap = |s: Value| -> Value {
        match (frozen, s) {
            (true, Value::Set(x)) => Value::FrozenSet(Rc::new(x.borrow().clone())),
            (false, Value::FrozenSet(x)) => Value::Set(Rc::new(RefCell::new((*x).clone()))),
            (_, other) => other,
        }
    };
    let fold = |op: BinOp| -> PyResult<Value> {
        let mut acc = match this {
            Value::Set(s) => Value::Set(Rc::new(RefCell::new(s.borrow().clone()))),
            other => other.clone(),
        };
        for a in &args.pos {
            let other = as_set(a)?;
            acc = vm.binary_op(op, &acc, &other)?;
        }
        Ok(wrap(acc))
    };
    match name {
        "union" => fold(BinOp::BitOr),
        "intersection" => fold(BinOp::BitAnd),
        "difference" => fold(BinOp::Sub),
        "symmetric_difference" => fold(BinOp::BitXor),
        "copy" => Ok(wrap(match this {
            Value::Set(s) => Value::Set(Rc::new(RefCell::new(s.borrow().clone()))),
            other => other.clone(),
        })),
        "issubset" | "issuperset" | "isdisjoint" => {
            let other = as_set(args.pos.first().unwrap_or(&Value::None))?;
            let (a, b) = if name == "issuperset" {
                (&other, this)
            } else {
                (this, &other)
            };
            if name == "isdisjoint" {
                for x in vm.set_items(a) {
                    if vm.contains(b, &x)? {
                        return Ok(Value::Bool(false));
                    }
                }
                return Ok(Value::Bool(true));
            }
            for x in vm.set_items(a) {
                if !vm.contains(b, &x)? {
                    return Ok(Value::Bool(false));
                }
            }
            Ok(Value::Bool(true))
        }
        _ => {
            let Value::Set(s) = this else {
                return Err(vm.raise(
                    "AttributeError",
                    crate::errors::no_attribute("frozenset", name),
                ));
            };
            mutate(vm, s, name, args, this)
        }
    }
}

fn mutate(
    vm: &Vm,
    s: &Rc<RefCell<SetObj>>,
    name: &str,
    args: Args,
    this: &Value,
) -> PyResult<Value> {
    let a0 = args.pos.first().cloned().unwrap_or(Value::None);
    match name {
        "add" => {
            let mut copy = std::mem::take(&mut *s.borrow_mut());
            let r = vm.set_add(&mut copy, a0);
            *s.borrow_mut() = copy;
            r?;
            Ok(Value::None)
        }
        "discard" | "remove" => {
            let h = vm.hash(&a0)?;
            let pos = vm.find_in(&s.borrow().map, h, &a0)?;
            match pos {
                Some(p) => {
                    s.borrow_mut().map.remove_at(p);
                    Ok(Value::None)
                }
                None if name == "remove" => Err(Unwind::Raise(
                    vm.new_exception(&vm.types.exception("KeyError"), vec![a0]),
                )),
                None => Ok(Value::None),
            }
        }
        "pop" => {
            let first = s.borrow().items().into_iter().next();
            match first {
                Some(x) => {
                    let h = vm.hash(&x)?;
                    let pos = vm.find_in(&s.borrow().map, h, &x)?;
                    if let Some(p) = pos {
                        s.borrow_mut().map.remove_at(p);
                    }
                    Ok(x)
                }
                None => Err(vm.raise("KeyError", "pop from an empty set")),
            }
        }
        "clear" => {
            s.borrow_mut().map.clear();
            Ok(Value::None)
        }
        "update" | "intersection_update" | "difference_update" | "symmetric_difference_update" => {
            let op = match name {
                "update" => BinOp::BitOr,
                "intersection_update" => BinOp::BitAnd,
                "difference_update" => BinOp::Sub,
                _ => BinOp::BitXor,
            };
            let mut acc = Value::Set(Rc::new(RefCell::new(s.borrow().clone())));
            for a in &args.pos {
                let mut other = SetObj::new();
                for x in vm.collect(a)? {
                    vm.set_add(&mut other, x)?;
                }
                acc = vm.binary_op(op, &acc, &Value::FrozenSet(Rc::new(other)))?;
            }
            if let Value::Set(result) = acc {
                let r = result.borrow().clone();
                *s.borrow_mut() = r;
            }
            let _ = this;
            Ok(Value::None)
        }
        _ => Err(vm.raise("AttributeError", crate::errors::no_attribute("set", name))),
    }
}
