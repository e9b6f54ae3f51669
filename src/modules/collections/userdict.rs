//! `collections.UserDict`: a `MutableMapping` keeping its items in the
//! instance's `data` dict, the class agents subclass to customise a mapping
//! (subclassing `dict` itself is not supported).
//!
//! Every method goes through `self.data` with the ordinary item protocol, so
//! a subclass overriding `__setitem__` sees `update`, `setdefault`, ... call
//! it, as in CPython. `keys()`/`items()`/`values()` come from the
//! `Mapping` mixins (lists).

use std::rc::Rc;

use crate::eval::{Args, PyResult, Unwind, Vm};
use crate::modules::natives::open_class;
use crate::modules::support::{install_methods, module_class};
use crate::value::{ClassRef, DictObj, Value};

const METHODS: &[&str] = &[
    "__init__",
    "__len__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__iter__",
    "__contains__",
    "__repr__",
    "__or__",
    "__ror__",
    "__ior__",
    "copy",
];

/// Makes the `UserDict` class on top of `collections.abc.MutableMapping`.
pub fn class(vm: &Vm, abc: &Value) -> ClassRef {
    let cls = open_class(
        "UserDict",
        "collections",
        vec![module_class(vm, abc, "MutableMapping")],
    );
    install_methods(vm, &cls, "UserDict", METHODS, run);
    cls
}

fn data(vm: &Vm, this: &Value) -> PyResult<Value> {
    vm.get_attr(this, "data")
}

/// `self.data` of a fresh instance of `cls`, filled from `source`.
fn new_like(vm: &Vm, cls: &ClassRef, source: &Value) -> PyResult<Value> {
    let inst = vm.call(&Value::Class(cls.clone()), Args::default())?;
    let d = data(vm, &inst)?;
    vm.call_method(&d, &Rc::from("update"), Args::new(vec![source.clone()]))?;
    Ok(inst)
}

fn run(vm: &Vm, name: &'static str, args: Args) -> PyResult<Value> {
    let mut pos = args.pos.into_iter();
    let this = pos.next().unwrap_or(Value::None);
    let rest: Vec<Value> = pos.collect();
    let arg = |i: usize| rest.get(i).cloned().unwrap_or(Value::None);
    match name {
        "__init__" => {
            if rest.len() > 1 {
                return Err(vm.type_error(format!(
                    "UserDict.__init__() takes from 1 to 2 positional arguments but {} were given",
                    rest.len() + 1
                )));
            }
            vm.set_attr(&this, "data", Value::dict(DictObj::new()))?;
            if let Some(src) = rest.first() {
                if !src.is_none() {
                    vm.call_method(&this, &Rc::from("update"), Args::new(vec![src.clone()]))?;
                }
            }
            if !args.kw.is_empty() {
                vm.call_method(
                    &this,
                    &Rc::from("update"),
                    Args::with_kw(Vec::new(), args.kw),
                )?;
            }
            Ok(Value::None)
        }
        "__len__" => Ok(Value::Int(vm.len(&data(vm, &this)?)? as i64)),
        "__getitem__" => {
            let key = arg(0);
            let d = data(vm, &this)?;
            if vm.contains(&d, &key)? {
                return vm.get_item(&d, &key);
            }
            if vm
                .get_attr(&Value::Class(vm.class_of(&this)), "__missing__")
                .is_ok()
            {
                return vm.call_method(&this, &Rc::from("__missing__"), Args::new(vec![key]));
            }
            Err(Unwind::raise(
                vm.new_exception(&vm.types.exception("KeyError"), vec![key]),
            ))
        }
        "__setitem__" => {
            vm.set_item(&data(vm, &this)?, arg(0), arg(1))?;
            Ok(Value::None)
        }
        "__delitem__" => {
            vm.del_item(&data(vm, &this)?, &arg(0))?;
            Ok(Value::None)
        }
        "__iter__" => vm.iter(&data(vm, &this)?),
        "__contains__" => Ok(Value::Bool(vm.contains(&data(vm, &this)?, &arg(0))?)),
        "__repr__" => Ok(Value::string(vm.repr(&data(vm, &this)?)?)),
        "copy" => new_like(vm, &vm.class_of(&this), &data(vm, &this)?),
        "__or__" | "__ror__" => {
            let other = arg(0);
            let other_data = match &other {
                Value::Dict(_) => other.clone(),
                _ if vm.class_of(&other).is_subclass(&vm.class_of(&this))
                    || vm
                        .get_attr(&other, "data")
                        .is_ok_and(|d| matches!(d, Value::Dict(_))) =>
                {
                    data(vm, &other)?
                }
                _ => return Ok(Value::NotImplemented),
            };
            let mine = data(vm, &this)?;
            let (first, second) = if name == "__or__" {
                (mine, other_data)
            } else {
                (other_data, mine)
            };
            let result = new_like(vm, &vm.class_of(&this), &first)?;
            let d = data(vm, &result)?;
            vm.call_method(&d, &Rc::from("update"), Args::new(vec![second]))?;
            Ok(result)
        }
        _ => {
            // __ior__
            let other = arg(0);
            let source = match &other {
                Value::Instance(_) if vm.get_attr(&other, "data").is_ok() => data(vm, &other)?,
                _ => other,
            };
            let d = data(vm, &this)?;
            vm.call_method(&d, &Rc::from("update"), Args::new(vec![source]))?;
            Ok(this)
        }
    }
}
