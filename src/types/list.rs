//! Methods of `list` and `tuple`, slice assignment and deletion, and sorting.

use std::cell::RefCell;
use std::rc::Rc;

use crate::eval::{Args, PyResult, Unwind, Vm};
use crate::limits::estimate;
use crate::types::str::arg;
use crate::value::{SliceObj, Value};

pub const LIST_METHODS: &[&str] = &[
    "append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse",
    "sort",
];
pub const TUPLE_METHODS: &[&str] = &["count", "index"];

type List = Rc<RefCell<Vec<Value>>>;

/// Runs a mutation of `l` and brings the memory account in line with the
/// change in its length (`estimate::SLOT` per value).
pub fn tracked<T>(l: &List, f: impl FnOnce() -> T) -> T {
    let before = l.borrow().len();
    let r = f();
    let after = l.borrow().len();
    if after > before {
        crate::value::charge((after - before).saturating_mul(estimate::SLOT));
    } else {
        crate::value::credit((before - after).saturating_mul(estimate::SLOT));
    }
    r
}

/// `l.append(x)`, for the evaluator's direct call of it.
pub fn append(vm: &Vm, l: &List, x: Value) -> PyResult<()> {
    tracked(l, || push_checked(vm, l, x))
}

fn push_checked(vm: &Vm, l: &List, x: Value) -> PyResult<()> {
    let mut v = l.borrow_mut();
    if v.len() % 4096 == 0 {
        vm.check_alloc(estimate::list_append_chunk(v.len()))?;
    }
    v.push(x);
    Ok(())
}

pub fn call(vm: &Vm, l: &List, name: &str, args: Args) -> PyResult<Value> {
    tracked(l, || call_untracked(vm, l, name, args))
}

fn call_untracked(vm: &Vm, l: &List, name: &str, args: Args) -> PyResult<Value> {
    let a0 = args.pos.first().cloned();
    let need = |n: usize| -> PyResult<()> {
        if args.pos.len() != n {
            return Err(vm.type_error(format!(
                "list.{}() takes exactly one argument ({} given)",
                name,
                args.pos.len()
            )));
        }
        Ok(())
    };
    match name {
        "append" => {
            need(1)?;
            push_checked(vm, l, a0.unwrap_or(Value::None))?;
            Ok(Value::None)
        }
        "extend" => {
            need(1)?;
            let items = vm.collect(&a0.unwrap_or(Value::None))?;
            vm.check_alloc(estimate::list_concat(l.borrow().len(), items.len()))?;
            l.borrow_mut().extend(items);
            Ok(Value::None)
        }
        "insert" => {
            if args.pos.len() != 2 {
                return Err(vm.type_error(format!(
                    "insert expected 2 arguments, got {}",
                    args.pos.len()
                )));
            }
            let mut v = l.borrow_mut();
            let n = v.len() as i64;
            let i = match &args.pos[0] {
                Value::Int(i) => *i,
                Value::Bool(b) => *b as i64,
                other => {
                    let t = vm.type_name(other);
                    drop(v);
                    return Err(vm.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        t
                    )));
                }
            };
            let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
            v.insert(i as usize, args.pos[1].clone());
            Ok(Value::None)
        }
        "pop" => {
            let mut v = l.borrow_mut();
            if v.is_empty() {
                drop(v);
                return Err(vm.raise("IndexError", "pop from empty list"));
            }
            let n = v.len() as i64;
            let i = match &a0 {
                None => n - 1,
                Some(Value::Int(i)) => *i,
                Some(other) => {
                    let t = vm.type_name(other);
                    drop(v);
                    return Err(vm.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        t
                    )));
                }
            };
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                drop(v);
                return Err(vm.raise("IndexError", "pop index out of range"));
            }
            Ok(v.remove(j as usize))
        }
        "remove" => {
            need(1)?;
            let x = a0.unwrap_or(Value::None);
            let items = l.borrow().clone();
            for (i, item) in items.iter().enumerate() {
                if item.is(&x) || vm.eq(item, &x)? {
                    let mut v = l.borrow_mut();
                    if i < v.len() {
                        v.remove(i);
                    }
                    return Ok(Value::None);
                }
            }
            Err(vm.value_error("list.remove(x): x not in list"))
        }
        "clear" => {
            l.borrow_mut().clear();
            Ok(Value::None)
        }
        "copy" => Ok(Value::list(l.borrow().clone())),
        "reverse" => {
            l.borrow_mut().reverse();
            Ok(Value::None)
        }
        "sort" => {
            if !args.pos.is_empty() {
                return Err(vm.type_error("sort() takes no positional arguments"));
            }
            if let Some((k, _)) = args
                .kw
                .iter()
                .find(|(k, _)| !matches!(k.as_ref(), "key" | "reverse"))
            {
                return Err(
                    vm.type_error(format!("'{}' is an invalid keyword argument for sort()", k))
                );
            }
            let key = arg(&args, usize::MAX, "key").cloned();
            let reverse = match arg(&args, usize::MAX, "reverse") {
                Some(v) => vm.truthy(v)?,
                None => false,
            };
            let items = std::mem::take(&mut *l.borrow_mut());
            let sorted = sort_values(vm, items, key.as_ref(), reverse);
            match sorted {
                Ok(s) => {
                    *l.borrow_mut() = s;
                    Ok(Value::None)
                }
                Err((e, original)) => {
                    *l.borrow_mut() = original;
                    Err(e)
                }
            }
        }
        "count" | "index" => {
            let items = l.borrow().clone();
            seq_count_index(vm, &items, name, &args, "list")
        }
        _ => Err(vm.raise("AttributeError", crate::errors::no_attribute("list", name))),
    }
}

pub fn call_tuple(vm: &Vm, t: &Rc<Vec<Value>>, name: &str, args: Args) -> PyResult<Value> {
    match name {
        "count" | "index" => seq_count_index(vm, t, name, &args, "tuple"),
        _ => Err(vm.raise("AttributeError", crate::errors::no_attribute("tuple", name))),
    }
}

fn seq_count_index(
    vm: &Vm,
    items: &[Value],
    name: &str,
    args: &Args,
    what: &str,
) -> PyResult<Value> {
    let x =
        args.pos.first().cloned().ok_or_else(|| {
            vm.type_error(format!("{}() takes at least 1 argument (0 given)", name))
        })?;
    if name == "count" {
        let mut n = 0;
        for item in items {
            if item.is(&x) || vm.eq(item, &x)? {
                n += 1;
            }
        }
        return Ok(Value::Int(n));
    }
    let len = items.len() as i64;
    for v in args.pos.iter().skip(1) {
        if !matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
            return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
        }
    }
    let norm = |v: Option<&Value>, d: i64| -> i64 {
        match v {
            Some(Value::Int(i)) => {
                if *i < 0 {
                    (*i + len).max(0)
                } else {
                    (*i).min(len)
                }
            }
            Some(Value::Bool(b)) => (*b as i64).min(len),
            Some(Value::BigInt(b)) if num_traits::Signed::is_negative(&**b) => 0,
            Some(Value::BigInt(_)) => len,
            _ => d,
        }
    };
    let start = norm(args.pos.get(1), 0);
    let stop = norm(args.pos.get(2), len);
    for i in start..stop {
        let item = &items[i as usize];
        if item.is(&x) || vm.eq(item, &x)? {
            return Ok(Value::Int(i));
        }
    }
    Err(vm.value_error(if what == "list" {
        format!("{} is not in list", vm.repr(&x)?)
    } else {
        "tuple.index(x): x not in tuple".to_string()
    }))
}

/// Stable sort with an optional key and reverse; on error the items come back
/// in the partial order CPython leaves a list in.
pub fn sort_values(
    vm: &Vm,
    items: Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> Result<Vec<Value>, (Unwind, Vec<Value>)> {
    let keys: Vec<Value> = match key {
        Some(k) if !k.is_none() => {
            let mut keys = Vec::with_capacity(items.len());
            for x in &items {
                match vm.call1(k, x.clone()) {
                    Ok(v) => keys.push(v),
                    Err(e) => return Err((e, items)),
                }
            }
            keys
        }
        _ => items.clone(),
    };
    if let Err(e) = vm.tick_n(items.len() as u64) {
        return Err((e, items));
    }
    // CPython's own algorithm, on indices; reverse=True reverses before and
    // after, which keeps equal items in their original order.
    let mut order: Vec<usize> = (0..items.len()).collect();
    if reverse {
        order.reverse();
    }
    let result =
        crate::types::timsort::sort(&mut order, &mut |a, b| vm.less_than(&keys[a], &keys[b]));
    if reverse {
        order.reverse();
    }
    let mut slots: Vec<Option<Value>> = items.into_iter().map(Some).collect();
    let sorted = order.into_iter().filter_map(|i| slots[i].take()).collect();
    match result {
        Ok(()) => Ok(sorted),
        Err(e) => Err((e, sorted)),
    }
}

pub fn set_slice(vm: &Vm, l: &List, s: &SliceObj, value: Value) -> PyResult<()> {
    tracked(l, || set_slice_untracked(vm, l, s, value))
}

fn set_slice_untracked(vm: &Vm, l: &List, s: &SliceObj, value: Value) -> PyResult<()> {
    let items = vm.collect(&value).map_err(|e| match e.exception() {
        Some(_) => vm.type_error("can only assign an iterable"),
        None => e,
    })?;
    let len = l.borrow().len() as i64;
    let (start, stop, step, count) = vm.slice_indices(s, len)?;
    let mut v = l.borrow_mut();
    if step == 1 {
        let stop = stop.max(start);
        v.splice(start as usize..stop as usize, items);
        return Ok(());
    }
    if items.len() as i64 != count {
        drop(v);
        return Err(vm.value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            items.len(),
            count
        )));
    }
    let mut i = start;
    for item in items {
        if let Some(slot) = v.get_mut(i as usize) {
            *slot = item;
        }
        i += step;
    }
    Ok(())
}

pub fn del_slice(vm: &Vm, l: &List, s: &SliceObj) -> PyResult<()> {
    tracked(l, || del_slice_untracked(vm, l, s))
}

fn del_slice_untracked(vm: &Vm, l: &List, s: &SliceObj) -> PyResult<()> {
    let len = l.borrow().len() as i64;
    let (start, _, step, count) = vm.slice_indices(s, len)?;
    let mut remove: Vec<usize> = (0..count).map(|k| (start + k * step) as usize).collect();
    remove.sort_unstable();
    let mut v = l.borrow_mut();
    let mut idx = 0;
    let mut k = 0;
    v.retain(|_| {
        let keep = !(k < remove.len() && remove[k] == idx);
        if !keep {
            k += 1;
        }
        idx += 1;
        keep
    });
    Ok(())
}
