//! Methods of `dict`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::eval::iter::{DictPart, IterState};
use crate::eval::{Args, PyResult, Unwind, Vm};
use crate::types::str::arg;
use crate::value::{DictObj, Value};

pub const METHODS: &[&str] = &[
    "clear",
    "copy",
    "fromkeys",
    "get",
    "items",
    "keys",
    "pop",
    "popitem",
    "setdefault",
    "update",
    "values",
];

type Dict = Rc<RefCell<DictObj>>;

pub fn call(vm: &Vm, d: &Dict, name: &str, args: Args) -> PyResult<Value> {
    let a0 = args.pos.first().cloned();
    match name {
        "get" => {
            let key = a0.ok_or_else(|| vm.type_error("get expected at least 1 argument, got 0"))?;
            Ok(vm
                .dict_get(d, &key)?
                .unwrap_or_else(|| args.pos.get(1).cloned().unwrap_or(Value::None)))
        }
        "keys" | "values" | "items" => {
            let what = match name {
                "keys" => DictPart::Keys,
                "values" => DictPart::Values,
                _ => DictPart::Items,
            };
            Ok(Value::DictView(Rc::new((d.clone(), what))))
        }
        "pop" => {
            let key = a0.ok_or_else(|| vm.type_error("pop expected at least 1 argument, got 0"))?;
            match vm.dict_remove(d, &key)? {
                Some(v) => Ok(v),
                None => match args.pos.get(1) {
                    Some(default) => Ok(default.clone()),
                    None => Err(Unwind::raise(
                        vm.new_exception(&vm.types.exception("KeyError"), vec![key]),
                    )),
                },
            }
        }
        "popitem" => match d.borrow_mut().pop_last() {
            Some(e) => Ok(Value::tuple(vec![e.key, e.value])),
            None => Err(vm.raise("KeyError", "popitem(): dictionary is empty")),
        },
        "setdefault" => {
            let key =
                a0.ok_or_else(|| vm.type_error("setdefault expected at least 1 argument, got 0"))?;
            if let Some(v) = vm.dict_get(d, &key)? {
                return Ok(v);
            }
            let default = args.pos.get(1).cloned().unwrap_or(Value::None);
            vm.dict_setitem(d, key, default.clone())?;
            Ok(default)
        }
        "update" => {
            if let Some(other) = a0 {
                update_from(vm, d, &other)?;
            }
            for (k, v) in args.kw {
                vm.dict_setitem(d, Value::str(&k), v)?;
            }
            Ok(Value::None)
        }
        "clear" => {
            d.borrow_mut().clear();
            Ok(Value::None)
        }
        "copy" => Ok(Value::dict(d.borrow().clone())),
        "fromkeys" => fromkeys(vm, &args),
        _ => Err(vm.raise("AttributeError", crate::errors::no_attribute("dict", name))),
    }
}

pub fn view(d: &Dict, what: DictPart) -> IterState {
    let len = d.borrow().len();
    IterState::Dict {
        dict: d.clone(),
        pos: 0,
        len,
        what,
    }
}

/// `dict.update(other)`: a mapping, or an iterable of pairs.
pub fn update_from(vm: &Vm, d: &Dict, other: &Value) -> PyResult<()> {
    if matches!(other, Value::Dict(_))
        || matches!(other, Value::Native(n) if n.as_dict().is_some())
        || vm.special_method(other, "keys").is_some()
    {
        for (k, v) in vm.mapping_items(other)? {
            vm.dict_setitem(d, k, v)?;
        }
        return Ok(());
    }
    if let Some([keys, values]) = zip_of_two(other) {
        // dict(zip(keys, values)): the pairs go in without a tuple each.
        while let Some(k) = vm.next(&keys)? {
            let Some(v) = vm.next(&values)? else {
                break;
            };
            vm.dict_setitem(d, k, v)?;
        }
        return Ok(());
    }
    let it = vm.iter(other)?;
    let mut i = 0;
    while let Some(pair) = vm.next(&it)? {
        // Pairs from zip(), enumerate() and items() are 2-tuples: no list built.
        if let Value::Tuple(t) = &pair {
            if let [k, v] = t.as_slice() {
                vm.dict_setitem(d, k.clone(), v.clone())?;
                i += 1;
                continue;
            }
        }
        let kv = vm.collect(&pair).map_err(|_| {
            vm.type_error(format!(
                "cannot convert dictionary update sequence element #{} to a sequence",
                i
            ))
        })?;
        if kv.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{} has length {}; 2 is required",
                i,
                kv.len()
            )));
        }
        let mut kv = kv.into_iter();
        if let (Some(k), Some(v)) = (kv.next(), kv.next()) {
            vm.dict_setitem(d, k, v)?;
        }
        i += 1;
    }
    Ok(())
}

/// The two iterators of a non-strict `zip(a, b)` object.
fn zip_of_two(v: &Value) -> Option<[Value; 2]> {
    let Value::Iterator(state) = v else {
        return None;
    };
    match &*state.try_borrow().ok()? {
        IterState::Zip {
            inner,
            strict: false,
        } => match inner.as_ref() {
            [a, b] => Some([a.clone(), b.clone()]),
            _ => None,
        },
        _ => None,
    }
}

pub fn fromkeys(vm: &Vm, args: &Args) -> PyResult<Value> {
    let keys = vm.collect(arg(args, 0, "iterable").unwrap_or(Value::NONE))?;
    let value = args.pos.get(1).cloned().unwrap_or(Value::None);
    let mut d = DictObj::new();
    for k in keys {
        vm.dict_set(&mut d, k, value.clone())?;
    }
    Ok(Value::dict(d))
}
