//! `collections.UserList`: a `MutableSequence` keeping its items in the
//! instance's `data` list, for agents that want a customisable list
//! (subclassing `list` itself is not supported).
//!
//! Methods forward to `self.data`; slices, `+`, `*` and `copy` give a new
//! instance of the same class, as in CPython.

use std::rc::Rc;

use crate::eval::{Args, PyResult, Vm};
use crate::ir::{BinOp, CmpOp};
use crate::modules::natives::open_class;
use crate::modules::support::{install_methods, module_class};
use crate::types::TypeKind;
use crate::value::{ClassRef, Value};

/// Methods that forward to the list and return its result unchanged.
const PLAIN: &[&str] = &[
    "append", "insert", "pop", "remove", "clear", "count", "index", "reverse", "sort",
];

const OWN: &[&str] = &[
    "__init__",
    "__len__",
    "__iter__",
    "__reversed__",
    "__contains__",
    "__repr__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__add__",
    "__radd__",
    "__iadd__",
    "__mul__",
    "__rmul__",
    "__imul__",
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "extend",
    "copy",
];

/// Makes the `UserList` class on top of `collections.abc.MutableSequence`.
pub fn class(vm: &Vm, abc: &Value) -> ClassRef {
    let cls = open_class(
        "UserList",
        "collections",
        vec![module_class(vm, abc, "MutableSequence")],
    );
    install_methods(vm, &cls, "UserList", PLAIN.iter().chain(OWN.iter()), run);
    cls
}

fn data(vm: &Vm, this: &Value) -> PyResult<Value> {
    vm.get_attr(this, "data")
}

/// The list behind a UserList operand, or the operand itself.
fn unwrap(vm: &Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Instance(_) if matches!(vm.get_attr(v, "data"), Ok(Value::List(_))) => data(vm, v),
        other => Ok(other.clone()),
    }
}

/// A new instance of `this`'s class holding `items`.
fn wrap(vm: &Vm, this: &Value, items: Value) -> PyResult<Value> {
    vm.call(&Value::Class(vm.class_of(this)), Args::new(vec![items]))
}

fn run(vm: &Vm, name: &'static str, args: Args) -> PyResult<Value> {
    let mut pos = args.pos.into_iter();
    let this = pos.next().unwrap_or(Value::None);
    let rest: Vec<Value> = pos.collect();
    let arg = |i: usize| rest.get(i).cloned().unwrap_or(Value::None);
    if PLAIN.contains(&name) {
        let d = data(vm, &this)?;
        return vm.call_method(&d, &Rc::from(name), Args::with_kw(rest, args.kw));
    }
    let list_class = Value::Class(vm.types.of_kind(TypeKind::List));
    match name {
        "__init__" => {
            let items = match rest.first() {
                None | Some(Value::None) => Value::list(Vec::new()),
                Some(v) => {
                    let src = unwrap(vm, v)?;
                    vm.call(&list_class, Args::new(vec![src]))?
                }
            };
            vm.set_attr(&this, "data", items)?;
            Ok(Value::None)
        }
        "__len__" => Ok(Value::Int(vm.len(&data(vm, &this)?)? as i64)),
        "__iter__" => vm.iter(&data(vm, &this)?),
        "__reversed__" => {
            let mut items = vm.collect(&data(vm, &this)?)?;
            items.reverse();
            vm.iter(&Value::list(items))
        }
        "__contains__" => Ok(Value::Bool(vm.contains(&data(vm, &this)?, &arg(0))?)),
        "__repr__" => Ok(Value::string(vm.repr(&data(vm, &this)?)?)),
        "__getitem__" => {
            let r = vm.get_item(&data(vm, &this)?, &arg(0))?;
            match arg(0) {
                Value::Slice(_) => wrap(vm, &this, r),
                _ => Ok(r),
            }
        }
        "__setitem__" => {
            vm.set_item(&data(vm, &this)?, arg(0), arg(1))?;
            Ok(Value::None)
        }
        "__delitem__" => {
            vm.del_item(&data(vm, &this)?, &arg(0))?;
            Ok(Value::None)
        }
        "__add__" | "__radd__" => {
            let mine = data(vm, &this)?;
            let other = unwrap(vm, &arg(0))?;
            let other = match other {
                Value::List(_) => other,
                o => vm.call(&list_class, Args::new(vec![o]))?,
            };
            let sum = if name == "__add__" {
                vm.binary_op(BinOp::Add, &mine, &other)?
            } else {
                vm.binary_op(BinOp::Add, &other, &mine)?
            };
            wrap(vm, &this, sum)
        }
        "__iadd__" | "extend" => {
            let d = data(vm, &this)?;
            let other = unwrap(vm, &arg(0))?;
            vm.call_method(&d, &Rc::from("extend"), Args::new(vec![other]))?;
            Ok(if name == "extend" {
                Value::None
            } else {
                this.clone()
            })
        }
        "__mul__" | "__rmul__" => {
            let r = vm.binary_op(BinOp::Mul, &data(vm, &this)?, &arg(0))?;
            wrap(vm, &this, r)
        }
        "__imul__" => {
            let r = vm.binary_op(BinOp::Mul, &data(vm, &this)?, &arg(0))?;
            vm.set_attr(&this, "data", r)?;
            Ok(this.clone())
        }
        "copy" => {
            let items = vm.collect(&data(vm, &this)?)?;
            wrap(vm, &this, Value::list(items))
        }
        cmp => {
            let op = match cmp {
                "__eq__" => CmpOp::Eq,
                "__ne__" => CmpOp::Ne,
                "__lt__" => CmpOp::Lt,
                "__le__" => CmpOp::Le,
                "__gt__" => CmpOp::Gt,
                _ => CmpOp::Ge,
            };
            let other = unwrap(vm, &arg(0))?;
            vm.rich_compare(op, &data(vm, &this)?, &other)
        }
    }
}
