//! enumerate, zip, map, filter, sorted, reversed, iter, next, all, any.

use super::{arity, kwarg};
use crate::eval::iter::{iter_value, IterState};
use crate::eval::{Args, PyResult, Unwind, Vm};
use crate::value::{BuiltinFn, Value};
use std::rc::Rc;

pub static ENUMERATE: BuiltinFn = BuiltinFn {
    name: "enumerate",
    call: enumerate,
};
pub static ZIP: BuiltinFn = BuiltinFn {
    name: "zip",
    call: zip,
};
pub static MAP: BuiltinFn = BuiltinFn {
    name: "map",
    call: map,
};
pub static FILTER: BuiltinFn = BuiltinFn {
    name: "filter",
    call: filter,
};
pub static SORTED: BuiltinFn = BuiltinFn {
    name: "sorted",
    call: sorted,
};
pub static REVERSED: BuiltinFn = BuiltinFn {
    name: "reversed",
    call: reversed,
};
pub static ITER: BuiltinFn = BuiltinFn {
    name: "iter",
    call: iter,
};
pub static NEXT: BuiltinFn = BuiltinFn {
    name: "next",
    call: next,
};
pub static ALL: BuiltinFn = BuiltinFn {
    name: "all",
    call: all,
};
pub static ANY: BuiltinFn = BuiltinFn {
    name: "any",
    call: any,
};

fn enumerate(vm: &Vm, args: Args) -> PyResult<Value> {
    let iterable = args
        .pos
        .first()
        .or_else(|| kwarg(&args, "iterable"))
        .cloned();
    let Some(iterable) = iterable else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    };
    let start = match args.pos.get(1).or_else(|| kwarg(&args, "start")) {
        Some(Value::Int(i)) => Value::Int(*i),
        Some(Value::Bool(b)) => Value::Int(*b as i64),
        Some(Value::BigInt(b)) => Value::BigInt(b.clone()),
        None => Value::Int(0),
        Some(other) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(other)
            )))
        }
    };
    let inner = vm.iter(&iterable)?;
    Ok(iter_value(IterState::Enumerate {
        inner,
        count: start,
    }))
}

fn zip(vm: &Vm, args: Args) -> PyResult<Value> {
    if let Some((k, _)) = args.kw.iter().find(|(k, _)| k.as_ref() != "strict") {
        return Err(vm.type_error(format!("'{}' is an invalid keyword argument for zip()", k)));
    }
    let strict = match kwarg(&args, "strict") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let inner = args
        .pos
        .iter()
        .map(|a| vm.iter(a))
        .collect::<PyResult<Rc<[_]>>>()?;
    Ok(iter_value(IterState::Zip { inner, strict }))
}

fn map(vm: &Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let func = args.pos[0].clone();
    let inner = args.pos[1..]
        .iter()
        .map(|a| vm.iter(a))
        .collect::<PyResult<Rc<[_]>>>()?;
    Ok(iter_value(IterState::Map { func, inner }))
}

fn filter(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "filter", &args, 2, 2)?;
    let inner = vm.iter(&args.pos[1])?;
    Ok(iter_value(IterState::Filter {
        func: args.pos[0].clone(),
        inner,
        keep_when: true,
    }))
}

fn sorted(vm: &Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "sorted expected 1 argument, got {}",
            args.pos.len()
        )));
    }
    if let Some((k, _)) = args
        .kw
        .iter()
        .find(|(k, _)| !matches!(k.as_ref(), "key" | "reverse"))
    {
        return Err(vm.type_error(format!("'{}' is an invalid keyword argument for sort()", k)));
    }
    let items = vm.collect(&args.pos[0])?;
    let key = kwarg(&args, "key").cloned();
    let reverse = match kwarg(&args, "reverse") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    match crate::types::list::sort_values(vm, items, key.as_ref(), reverse) {
        Ok(v) => Ok(Value::list(v)),
        Err((e, _)) => Err(e),
    }
}

fn reversed(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "reversed", &args, 1, 1)?;
    let v = &args.pos[0];
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) | Value::Bytes(_) => {
            let index = vm.len(v)?;
            Ok(iter_value(IterState::Reversed {
                seq: v.clone(),
                index,
            }))
        }
        Value::DictView(_) => {
            let mut items = vm.collect(v)?;
            items.reverse();
            Ok(iter_value(IterState::Items { items, index: 0 }))
        }
        Value::Dict(d) => {
            let mut keys = d.borrow().keys();
            keys.reverse();
            Ok(iter_value(IterState::Items {
                items: keys,
                index: 0,
            }))
        }
        Value::Instance(_) => {
            if let Some(m) = vm.special_method(v, "__reversed__") {
                return vm.call(&m, Args::default());
            }
            let mut items = vm.collect(v)?;
            items.reverse();
            Ok(iter_value(IterState::Items { items, index: 0 }))
        }
        // Native sequences and dict-backed types (deque, namedtuple, Counter, OrderedDict).
        Value::Native(n) if n.as_dict().is_some() || n.len(vm).is_some() => {
            if let Some(m) = vm.special_method(v, "__reversed__") {
                return vm.call(&m, Args::default());
            }
            let mut items = vm.collect(v)?;
            items.reverse();
            Ok(iter_value(IterState::Items { items, index: 0 }))
        }
        _ => Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(v)))),
    }
}

fn iter(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "iter", &args, 1, 2)?;
    if let Some(sentinel) = args.pos.get(1) {
        if !super::core::is_callable(vm, &args.pos[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(iter_value(IterState::CallUntil {
            func: args.pos[0].clone(),
            sentinel: sentinel.clone(),
        }));
    }
    vm.iter(&args.pos[0])
}

fn next(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "next", &args, 1, 2)?;
    let it = &args.pos[0];
    if !vm.is_iterator(it) {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    if let Value::Generator(g) = it {
        return match vm.gen_resume(g, crate::eval::generator::GenInput::Send(Value::None))? {
            crate::eval::generator::GenStep::Yielded(v) => Ok(v),
            crate::eval::generator::GenStep::Returned(v) => match args.pos.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(Unwind::raise(vm.new_exception(
                    &vm.types.exception("StopIteration"),
                    if v.is_none() { vec![] } else { vec![v] },
                ))),
            },
        };
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match args.pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(Unwind::raise(
                vm.new_exception(&vm.types.exception("StopIteration"), vec![]),
            )),
        },
    }
}

fn all(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "all", &args, 1, 1)?;
    let it = vm.iter(&args.pos[0])?;
    while let Some(x) = vm.next(&it)? {
        vm.tick()?;
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn any(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "any", &args, 1, 1)?;
    let it = vm.iter(&args.pos[0])?;
    while let Some(x) = vm.next(&it)? {
        vm.tick()?;
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}
