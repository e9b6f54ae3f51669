//! `copy`: shallow `copy` and `deepcopy` (with a memo, so shared and cyclic
//! structure is preserved), and the `copy.Error` exception.
//!
//! Deep copies recurse natively: every level counts as a call against the
//! recursion limit and checks the stack, so deep nesting ends in
//! `RecursionError`, never a crash. Functions, classes and modules are
//! copied as themselves, as in CPython.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::eval::{Args, PyResult, Vm};
use crate::modules::support::{bind, exception_class, Sig};
use crate::value::{BuiltinFn, DictObj, Instance, SetObj, Value};

/// The module's attributes.
pub fn build(vm: &Vm) -> HashMap<Rc<str>, Value> {
    let mut m: HashMap<Rc<str>, Value> = HashMap::new();
    m.insert(Rc::from("copy"), Value::Builtin(&COPY));
    m.insert(Rc::from("deepcopy"), Value::Builtin(&DEEPCOPY));
    let error = Value::Class(exception_class(vm, "Error", "copy", "Exception"));
    m.insert(Rc::from("Error"), error.clone());
    m.insert(Rc::from("error"), error);
    m
}

static COPY: BuiltinFn = BuiltinFn {
    name: "copy",
    call: copy,
};
static DEEPCOPY: BuiltinFn = BuiltinFn {
    name: "deepcopy",
    call: deepcopy,
};

fn copy(vm: &Vm, args: Args) -> PyResult<Value> {
    let sig = Sig {
        name: "copy",
        params: &["x"],
        required: 1,
        kwonly: &[],
        method: false,
    };
    let x = bind(vm, &sig, args)?
        .into_iter()
        .next()
        .flatten()
        .unwrap_or(Value::None);
    shallow(vm, &x)
}

/// `copy.copy(x)`.
pub fn shallow(vm: &Vm, x: &Value) -> PyResult<Value> {
    Ok(match x {
        Value::List(l) => Value::list(l.borrow().clone()),
        Value::Dict(d) => Value::dict(d.borrow().clone()),
        Value::Set(s) => Value::Set(Rc::new(RefCell::new(s.borrow().clone()))),
        Value::Instance(i) if i.exc.is_none() => {
            if let Some(m) = vm.special_method(x, "__copy__") {
                return vm.call(&m, Args::default());
            }
            Value::Instance(Rc::new(Instance {
                class: i.class.clone(),
                attrs: RefCell::new(i.attrs.borrow().clone()),
                exc: None,
            }))
        }
        Value::Native(n) if n.has_method("copy") || n.as_dict().is_some() => {
            vm.call_method(x, &Rc::from("copy"), Args::default())?
        }
        Value::Native(n) if is_namedtuple(n.as_ref().as_ref()) => {
            let make = vm.get_attr(x, "_make")?;
            vm.call(&make, Args::new(vec![Value::list(vm.collect(x)?)]))?
        }
        other => other.clone(),
    })
}

fn deepcopy(vm: &Vm, args: Args) -> PyResult<Value> {
    let sig = Sig {
        name: "deepcopy",
        params: &["x", "memo", "_nil"],
        required: 1,
        kwonly: &[],
        method: false,
    };
    let mut slots = bind(vm, &sig, args)?.into_iter();
    let x = slots.next().flatten().unwrap_or(Value::None);
    deep_copy(vm, &x)
}

/// `copy.deepcopy(x)`.
pub fn deep_copy(vm: &Vm, x: &Value) -> PyResult<Value> {
    let mut memo = Memo::default();
    deep(vm, x, &mut memo)
}

/// Copies made so far, by the identity of their original; originals are kept
/// alive so identities stay unique during the copy.
#[derive(Default)]
struct Memo {
    done: HashMap<usize, (Value, Value)>,
}

impl Memo {
    fn get(&self, x: &Value) -> Option<Value> {
        self.done.get(&x.identity()).map(|(_, c)| c.clone())
    }
    fn put(&mut self, x: &Value, copy: &Value) {
        self.done.insert(x.identity(), (x.clone(), copy.clone()));
    }
}

/// Whether a native object is a namedtuple instance (rebuilt through `_make`).
fn is_namedtuple(n: &dyn crate::value::NativeObject) -> bool {
    n.class().lookup("_make").is_some() && n.has_method("_replace")
}

/// Whether a value is immutable and holds nothing to copy.
fn atomic(x: &Value) -> bool {
    matches!(
        x,
        Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::BigInt(_)
            | Value::Float(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Range(_)
            | Value::Slice(_)
            | Value::Function(_)
            | Value::Builtin(_)
            | Value::Class(_)
            | Value::Module(_)
            | Value::Tool(_)
            | Value::Property(_)
            | Value::Ellipsis
            | Value::NotImplemented
    )
}

fn deep(vm: &Vm, x: &Value, memo: &mut Memo) -> PyResult<Value> {
    if atomic(x) {
        return Ok(x.clone());
    }
    if let Some(c) = memo.get(x) {
        return Ok(c);
    }
    if vm.depth.get() >= vm.limits.max_recursion_depth {
        return Err(vm.raise(
            "RecursionError",
            "maximum recursion depth exceeded while calling a Python object",
        ));
    }
    vm.enter_call()?;
    let r = deep_new(vm, x, memo);
    vm.leave_call();
    r
}

fn deep_all(vm: &Vm, items: &[Value], memo: &mut Memo) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(items.len());
    for v in items {
        vm.tick()?;
        out.push(deep(vm, v, memo)?);
    }
    Ok(out)
}

fn deep_new(vm: &Vm, x: &Value, memo: &mut Memo) -> PyResult<Value> {
    match x {
        Value::List(l) => {
            let out = Rc::new(RefCell::new(Vec::new()));
            memo.put(x, &Value::List(out.clone()));
            let items = l.borrow().clone();
            let copied = deep_all(vm, &items, memo)?;
            *out.borrow_mut() = copied;
            Ok(Value::List(out))
        }
        Value::Tuple(t) => {
            let copied = deep_all(vm, t, memo)?;
            // A tuple reached again through its own items was copied meanwhile.
            if let Some(c) = memo.get(x) {
                return Ok(c);
            }
            let same = copied.iter().zip(t.iter()).all(|(a, b)| a.is(b));
            let out = if same {
                x.clone()
            } else {
                Value::tuple(copied)
            };
            memo.put(x, &out);
            Ok(out)
        }
        Value::Dict(d) => {
            let out = Rc::new(RefCell::new(DictObj::new()));
            memo.put(x, &Value::Dict(out.clone()));
            let items = d.borrow().items();
            for (k, v) in items {
                vm.tick()?;
                let k = deep(vm, &k, memo)?;
                let v = deep(vm, &v, memo)?;
                vm.dict_setitem(&out, k, v)?;
            }
            Ok(Value::Dict(out))
        }
        Value::Set(s) => {
            let items = s.borrow().items();
            let mut out = SetObj::new();
            for v in deep_all(vm, &items, memo)? {
                vm.set_add(&mut out, v)?;
            }
            let out = Value::Set(Rc::new(RefCell::new(out)));
            memo.put(x, &out);
            Ok(out)
        }
        Value::FrozenSet(s) => {
            let mut out = SetObj::new();
            for v in deep_all(vm, &s.items(), memo)? {
                vm.set_add(&mut out, v)?;
            }
            // Frozensets have no stable identity here, so they are not memoised.
            Ok(Value::FrozenSet(Rc::new(out)))
        }
        Value::Instance(i) if i.exc.is_none() => {
            if let Some(m) = vm.special_method(x, "__deepcopy__") {
                let out = vm.call(&m, Args::new(vec![Value::dict(DictObj::new())]))?;
                memo.put(x, &out);
                return Ok(out);
            }
            let out = Rc::new(Instance {
                class: i.class.clone(),
                attrs: RefCell::new(crate::value::AttrMap::default()),
                exc: None,
            });
            memo.put(x, &Value::Instance(out.clone()));
            let attrs: Vec<(Rc<str>, Value)> = i
                .attrs
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            for (k, v) in attrs {
                let v = deep(vm, &v, memo)?;
                out.attrs.borrow_mut().insert(k, v);
            }
            Ok(Value::Instance(out))
        }
        Value::Native(n) => deep_native(vm, x, n.as_dict().is_some(), memo),
        other => Ok(other.clone()),
    }
}

/// Natives with a `copy` method (the collections types) are copied shallowly,
/// then refilled with deep copies; namedtuples are rebuilt from copied items.
fn deep_native(vm: &Vm, x: &Value, dict_like: bool, memo: &mut Memo) -> PyResult<Value> {
    let Value::Native(n) = x else {
        return Ok(x.clone());
    };
    if dict_like {
        let out = vm.call_method(x, &Rc::from("copy"), Args::default())?;
        memo.put(x, &out);
        for (k, v) in vm.mapping_items(x)? {
            vm.tick()?;
            let k = deep(vm, &k, memo)?;
            let v = deep(vm, &v, memo)?;
            vm.set_item(&out, k, v)?;
        }
        return Ok(out);
    }
    if n.has_method("copy") && n.has_method("clear") && n.has_method("extend") {
        let out = vm.call_method(x, &Rc::from("copy"), Args::default())?;
        memo.put(x, &out);
        let items = vm.collect(x)?;
        let copied = deep_all(vm, &items, memo)?;
        vm.call_method(&out, &Rc::from("clear"), Args::default())?;
        vm.call_method(
            &out,
            &Rc::from("extend"),
            Args::new(vec![Value::list(copied)]),
        )?;
        return Ok(out);
    }
    if is_namedtuple(n.as_ref().as_ref()) {
        let items = vm.collect(x)?;
        let copied = deep_all(vm, &items, memo)?;
        let make = vm.get_attr(x, "_make")?;
        let out = vm.call(&make, Args::new(vec![Value::list(copied)]))?;
        memo.put(x, &out);
        return Ok(out);
    }
    Ok(x.clone())
}
