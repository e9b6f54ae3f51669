//! `bisect`: binary search and insertion in sorted sequences, with `lo`,
//! `hi` and `key`, following CPython's loops (so the comparisons user code
//! sees are the same `<` calls).
//!
//! Must not assume a list: any sequence with `__getitem__` (and `insert` for
//! `insort`) works, through the ordinary item protocol.

use std::collections::HashMap;
use std::rc::Rc;

use crate::eval::{Args, PyResult, Vm};
use crate::modules::natives::{bind_c, int_arg, CSig};
use crate::value::{BuiltinFn, Value};

/// The module's attributes.
pub fn build(_vm: &Vm) -> HashMap<Rc<str>, Value> {
    let mut m: HashMap<Rc<str>, Value> = [&BISECT_LEFT, &BISECT_RIGHT, &INSORT_LEFT, &INSORT_RIGHT]
        .into_iter()
        .map(|f| (Rc::from(f.name), Value::Builtin(f)))
        .collect();
    m.insert(Rc::from("bisect"), Value::Builtin(&BISECT_RIGHT));
    m.insert(Rc::from("insort"), Value::Builtin(&INSORT_RIGHT));
    m
}

static BISECT_LEFT: BuiltinFn = BuiltinFn {
    name: "bisect_left",
    call: |vm, args| search(vm, args, "bisect_left", false, false),
};
static BISECT_RIGHT: BuiltinFn = BuiltinFn {
    name: "bisect_right",
    call: |vm, args| search(vm, args, "bisect_right", true, false),
};
static INSORT_LEFT: BuiltinFn = BuiltinFn {
    name: "insort_left",
    call: |vm, args| search(vm, args, "insort_left", false, true),
};
static INSORT_RIGHT: BuiltinFn = BuiltinFn {
    name: "insort_right",
    call: |vm, args| search(vm, args, "insort_right", true, true),
};

fn search(vm: &Vm, args: Args, name: &str, right: bool, insert: bool) -> PyResult<Value> {
    let sig = CSig {
        name,
        params: &["a", "x", "lo", "hi", "key"],
        required: 2,
        positional: 4,
    };
    let mut slots = bind_c(vm, &sig, args)?.into_iter();
    let a = slots.next().flatten().unwrap_or(Value::None);
    let x = slots.next().flatten().unwrap_or(Value::None);
    let mut lo = match slots.next().flatten() {
        Some(v) => int_arg(vm, &v)?,
        None => 0,
    };
    if lo < 0 {
        return Err(vm.value_error("lo must be non-negative"));
    }
    let mut hi = match slots.next().flatten() {
        None | Some(Value::None) => -1,
        Some(v) => int_arg(vm, &v)?,
    };
    if hi == -1 {
        hi = vm.len(&a)? as i64;
    }
    let key = slots.next().flatten().filter(|k| !k.is_none());
    let target = match (&key, insert) {
        (Some(f), true) => vm.call(f, Args::new(vec![x.clone()]))?,
        _ => x.clone(),
    };
    while lo < hi {
        vm.tick()?;
        let mid = lo + (hi - lo) / 2;
        let mut item = vm.get_item(&a, &Value::Int(mid))?;
        if let Some(f) = &key {
            item = vm.call(f, Args::new(vec![item]))?;
        }
        let go_left = if right {
            vm.less_than(&target, &item)?
        } else {
            !vm.less_than(&item, &target)?
        };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    if !insert {
        return Ok(Value::Int(lo));
    }
    match &a {
        Value::List(l) => {
            let len = l.borrow().len();
            l.borrow_mut().insert((lo as usize).min(len), x);
        }
        _ => {
            vm.call_method(&a, &Rc::from("insert"), Args::new(vec![Value::Int(lo), x]))?;
        }
    }
    Ok(Value::None)
}
