//! `collections`: `deque`, `Counter`, `defaultdict`, `OrderedDict`,
//! `namedtuple`, `ChainMap`, `UserDict` and `UserList`, each in its own file; `collections.abc`
//! is the submodule in `abc.rs`.
//!
//! Owns only the module table; the types must not reach the host.

pub mod abc;
mod chainmap;
mod deque;
mod dicts;
pub mod namedtuple;
mod userdict;
mod userlist;

use std::collections::HashMap;
use std::rc::Rc;

use crate::eval::Vm;
use crate::modules::natives::native_class;
use crate::value::Value;

/// The module's attributes.
pub fn build(vm: &Vm) -> HashMap<Rc<str>, Value> {
    let counter = dicts::counter_class(vm);
    dicts::attach_elements_class(vm, &counter);
    let mut m: HashMap<Rc<str>, Value> = HashMap::new();
    let mut put = |name: &str, v: Value| {
        m.insert(Rc::from(name), v);
    };
    put("deque", Value::Class(deque::classes(vm)));
    put("Counter", Value::Class(counter));
    put("defaultdict", Value::Class(dicts::defaultdict_class(vm)));
    put("OrderedDict", Value::Class(dicts::ordereddict_class(vm)));
    put(
        "ChainMap",
        Value::Class(native_class(
            vm,
            "ChainMap",
            "collections",
            Some(chainmap::construct),
        )),
    );
    put("namedtuple", Value::Builtin(&namedtuple::NAMEDTUPLE));
    let abc = abc_module(vm);
    put("UserDict", Value::Class(userdict::class(vm, &abc)));
    put("UserList", Value::Class(userlist::class(vm, &abc)));
    put("abc", abc);
    m
}

/// The `collections.abc` module: the one already imported (directly or as
/// `collections.abc`), so both spellings share the same classes.
pub fn abc_module(vm: &Vm) -> Value {
    if let Some(m) = vm.modules.borrow().get("collections.abc") {
        return m.clone();
    }
    if let Some(m) = crate::modules::module_attr(vm, "collections", "abc") {
        return m;
    }
    Value::Module(Rc::new(crate::modules::Module {
        name: Rc::from("collections.abc"),
        attrs: abc::build(vm),
    }))
}
