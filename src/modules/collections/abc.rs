//! `collections.abc`: the abstract base classes, for `isinstance` /
//! `issubclass` checks and as base classes with their mixin methods.
//!
//! Builtin and module types are virtual subclasses listed in each class's
//! `__abc_registry__` (classes, or type names such as `list_iterator` and
//! `collections.deque`); the one-method ABCs (`Iterable`, `Sized`,
//! `Callable`, ...) also accept any class defining the methods named in
//! `__abc_methods__`, as CPython's `__subclasshook__` does. `Class::is_subclass`
//! reads both. Mixins (`Mapping.get`, `MutableSequence.append`, ...) are
//! native methods that call back into the subclass's own `__getitem__`,
//! `__len__`, ... Abstract methods are not enforced at instantiation, and
//! `keys()` / `items()` / `values()` of a `Mapping` subclass return lists.
//!
//! Must not hold state beyond the class objects it builds.

use std::collections::HashMap;
use std::rc::Rc;

use crate::eval::{Args, PyResult, Unwind, Vm};
use crate::modules::natives::{native, open_class, set_class_attr};
use crate::types::TypeKind;
use crate::value::{ClassRef, NativeObject, Value};

/// (ABC, bases, structural methods, virtual subclasses).
const ABCS: &[(&str, &[&str], &[&str], &[&str])] = &[
    ("Hashable", &[], &["__hash__"], &[]),
    ("Iterable", &[], &["__iter__"], &[]),
    (
        "Iterator",
        &["Iterable"],
        &["__iter__", "__next__"],
        &[
            "list_iterator",
            "tuple_iterator",
            "str_ascii_iterator",
            "str_iterator",
            "dict_keyiterator",
            "dict_valueiterator",
            "dict_itemiterator",
            "set_iterator",
            "range_iterator",
            "list_reverseiterator",
            "bytes_iterator",
            "map",
            "filter",
            "zip",
            "enumerate",
            "reversed",
            "callable_iterator",
            "itertools.count",
            "itertools.cycle",
            "itertools.repeat",
            "itertools.accumulate",
            "itertools.chain",
            "itertools.compress",
            "itertools.dropwhile",
            "itertools.filterfalse",
            "itertools.groupby",
            "itertools.islice",
            "itertools.pairwise",
            "itertools.starmap",
            "itertools.takewhile",
            "itertools._tee",
            "itertools.zip_longest",
            "itertools.product",
            "itertools.permutations",
            "itertools.combinations",
            "itertools.combinations_with_replacement",
            "collections.deque_iterator",
        ],
    ),
    (
        "Reversible",
        &["Iterable"],
        &["__reversed__", "__iter__"],
        &[],
    ),
    (
        "Generator",
        &["Iterator"],
        &["__iter__", "__next__", "send", "throw", "close"],
        &["generator"],
    ),
    ("Sized", &[], &["__len__"], &[]),
    ("Container", &[], &["__contains__"], &[]),
    (
        "Callable",
        &[],
        &["__call__"],
        &[
            "function",
            "builtin_function_or_method",
            "method",
            "type",
            "functools.partial",
        ],
    ),
    (
        "Collection",
        &["Sized", "Iterable", "Container"],
        &["__len__", "__iter__", "__contains__"],
        &[],
    ),
    (
        "Sequence",
        &["Reversible", "Collection"],
        &[],
        &["tuple", "str", "range", "memoryview"],
    ),
    (
        "MutableSequence",
        &["Sequence"],
        &[],
        &["list", "collections.deque"],
    ),
    ("ByteString", &["Sequence"], &[], &["bytes", "bytearray"]),
    ("Set", &["Collection"], &[], &["frozenset"]),
    ("MutableSet", &["Set"], &[], &["set"]),
    ("Mapping", &["Collection"], &[], &["mappingproxy"]),
    (
        "MutableMapping",
        &["Mapping"],
        &[],
        &[
            "dict",
            "collections.Counter",
            "collections.OrderedDict",
            "collections.defaultdict",
            "collections.ChainMap",
            "Counter",
            "OrderedDict",
            "defaultdict",
            "ChainMap",
        ],
    ),
    ("MappingView", &["Sized"], &[], &[]),
    ("KeysView", &["MappingView", "Set"], &[], &["dict_keys"]),
    ("ItemsView", &["MappingView", "Set"], &[], &["dict_items"]),
    (
        "ValuesView",
        &["MappingView", "Collection"],
        &[],
        &["dict_values"],
    ),
];

/// Mixin methods each ABC gives its subclasses.
const MIXINS: &[(&str, &[&str])] = &[
    ("Iterator", &["__iter__"]),
    (
        "Sequence",
        &["__contains__", "__iter__", "__reversed__", "index", "count"],
    ),
    (
        "MutableSequence",
        &[
            "append", "extend", "pop", "remove", "reverse", "clear", "__iadd__",
        ],
    ),
    (
        "Mapping",
        &["__contains__", "get", "keys", "items", "values", "__eq__"],
    ),
    (
        "MutableMapping",
        &["pop", "popitem", "clear", "update", "setdefault"],
    ),
    ("Set", &["isdisjoint"]),
];

/// The module's attributes.
pub fn build(vm: &Vm) -> HashMap<Rc<str>, Value> {
    let function_class = vm.types.of_kind(TypeKind::Function);
    let mut made: Vec<(&str, ClassRef)> = Vec::new();
    for (name, bases, _, _) in ABCS {
        let bases: Vec<ClassRef> = if bases.is_empty() {
            vec![vm.types.object.clone()]
        } else {
            bases
                .iter()
                .filter_map(|b| made.iter().find(|(n, _)| n == b).map(|(_, c)| c.clone()))
                .collect()
        };
        let c = open_class(name, "collections.abc", bases);
        made.push((name, c));
    }
    // Registrations propagate up: a MutableSequence is also a Sequence.
    for (name, _, methods, _) in ABCS {
        let Some((_, cls)) = made.iter().find(|(n, _)| n == name) else {
            continue;
        };
        let mut registry: Vec<Value> = Vec::new();
        for (other, _, _, virt) in ABCS {
            let Some((_, oc)) = made.iter().find(|(n, _)| n == other) else {
                continue;
            };
            if oc.mro().any(|c| Rc::ptr_eq(c, cls)) {
                registry.extend(virt.iter().map(|v| Value::str(v)));
            }
        }
        for kind in builtin_kinds(name) {
            registry.push(Value::Class(vm.types.of_kind(*kind)));
        }
        set_class_attr(cls, "__abc_registry__", Value::tuple(registry));
        if !methods.is_empty() {
            set_class_attr(
                cls,
                "__abc_methods__",
                Value::tuple(methods.iter().map(|m| Value::str(m)).collect()),
            );
        }
        set_class_attr(cls, "__abstractmethods__", Value::tuple(Vec::new()));
    }
    for (name, methods) in MIXINS {
        if let Some((_, cls)) = made.iter().find(|(n, _)| n == name) {
            for m in *methods {
                set_class_attr(
                    cls,
                    m,
                    native(Mixin {
                        class: function_class.clone(),
                        abc: name,
                        name: m,
                    }),
                );
            }
        }
    }
    made.into_iter()
        .map(|(n, c)| (Rc::from(n), Value::Class(c)))
        .collect()
}

/// Builtin types that are virtual subclasses of an ABC through their kind.
fn builtin_kinds(abc: &str) -> &'static [TypeKind] {
    use TypeKind as K;
    match abc {
        "Hashable" => &[
            K::NoneType,
            K::Bool,
            K::Int,
            K::Float,
            K::Str,
            K::Bytes,
            K::Tuple,
            K::FrozenSet,
            K::Range,
            K::Function,
            K::BuiltinFunction,
            K::Method,
            K::Type,
        ],
        "Iterable" | "Container" | "Sized" | "Collection" => &[
            K::Str,
            K::Bytes,
            K::List,
            K::Tuple,
            K::Dict,
            K::Set,
            K::FrozenSet,
            K::Range,
        ],
        "Reversible" => &[K::Str, K::Bytes, K::List, K::Tuple, K::Dict, K::Range],
        "Iterator" => &[K::Generator, K::Iterator],
        "Generator" => &[K::Generator],
        "Callable" => &[K::Function, K::BuiltinFunction, K::Method, K::Type],
        "Sequence" => &[K::Str, K::Bytes, K::List, K::Tuple, K::Range],
        "MutableSequence" => &[K::List],
        "ByteString" => &[K::Bytes],
        "Set" => &[K::Set, K::FrozenSet],
        "MutableSet" => &[K::Set],
        "Mapping" | "MutableMapping" => &[K::Dict],
        _ => &[],
    }
}

/// A mixin method of an ABC, working through the subclass's own methods.
struct Mixin {
    class: ClassRef,
    abc: &'static str,
    name: &'static str,
}

impl Mixin {
    fn run(&self, vm: &Vm, args: Args) -> PyResult<Value> {
        let mut pos = args.pos.into_iter();
        let this = pos.next().unwrap_or(Value::None);
        let rest: Vec<Value> = pos.collect();
        let arg = |i: usize| rest.get(i).cloned();
        let call = |name: &str, a: Vec<Value>| vm.call_method(&this, &Rc::from(name), Args::new(a));
        match (self.abc, self.name) {
            ("Iterator", "__iter__") => Ok(this.clone()),
            ("Sequence", "__iter__") => {
                let mut items = Vec::new();
                let mut i = 0i64;
                loop {
                    match vm.get_item(&this, &Value::Int(i)) {
                        Ok(v) => items.push(v),
                        Err(e) if vm.caught(&e, "IndexError") => break,
                        Err(e) => return Err(e),
                    }
                    i += 1;
                }
                vm.iter(&Value::list(items))
            }
            ("Sequence", "__contains__") => {
                let x = arg(0).unwrap_or(Value::None);
                for v in vm.collect(&this)? {
                    if v.is(&x) || vm.eq(&v, &x)? {
                        return Ok(Value::Bool(true));
                    }
                }
                Ok(Value::Bool(false))
            }
            ("Sequence", "__reversed__") => {
                let n = vm.len(&this)?;
                let mut items = Vec::with_capacity(n);
                for i in (0..n).rev() {
                    items.push(vm.get_item(&this, &Value::Int(i as i64))?);
                }
                vm.iter(&Value::list(items))
            }
            ("Sequence", "index") => {
                let x = arg(0).unwrap_or(Value::None);
                let items = vm.collect(&this)?;
                let n = items.len() as i64;
                let bound = |v: Option<Value>, default: i64| -> i64 {
                    match v {
                        Some(Value::Int(i)) if i < 0 => (i + n).max(0),
                        Some(Value::Int(i)) => i,
                        _ => default,
                    }
                };
                let start = bound(arg(1), 0);
                let stop = bound(arg(2), n);
                for (i, v) in items.iter().enumerate() {
                    let i = i as i64;
                    if i >= start && i < stop && (v.is(&x) || vm.eq(v, &x)?) {
                        return Ok(Value::Int(i));
                    }
                }
                Err(vm.value_error(""))
            }
            ("Sequence", "count") => {
                let x = arg(0).unwrap_or(Value::None);
                let mut n = 0;
                for v in vm.collect(&this)? {
                    if v.is(&x) || vm.eq(&v, &x)? {
                        n += 1;
                    }
                }
                Ok(Value::Int(n))
            }
            ("MutableSequence", "append") => {
                let n = vm.len(&this)?;
                call(
                    "insert",
                    vec![Value::Int(n as i64), arg(0).unwrap_or(Value::None)],
                )?;
                Ok(Value::None)
            }
            ("MutableSequence", "extend") => {
                let items = vm.collect(&arg(0).unwrap_or(Value::None))?;
                for v in items {
                    let n = vm.len(&this)?;
                    call("insert", vec![Value::Int(n as i64), v])?;
                }
                Ok(Value::None)
            }
            ("MutableSequence", "__iadd__") => {
                let items = vm.collect(&arg(0).unwrap_or(Value::None))?;
                for v in items {
                    let n = vm.len(&this)?;
                    call("insert", vec![Value::Int(n as i64), v])?;
                }
                Ok(this.clone())
            }
            ("MutableSequence", "pop") => {
                let i = arg(0).unwrap_or(Value::Int(-1));
                let v = vm.get_item(&this, &i)?;
                vm.del_item(&this, &i)?;
                Ok(v)
            }
            ("MutableSequence", "remove") => {
                let i = call("index", vec![arg(0).unwrap_or(Value::None)])?;
                vm.del_item(&this, &i)?;
                Ok(Value::None)
            }
            ("MutableSequence", "reverse") => {
                let n = vm.len(&this)? as i64;
                for i in 0..n / 2 {
                    let (a, b) = (Value::Int(i), Value::Int(n - i - 1));
                    let va = vm.get_item(&this, &a)?;
                    let vb = vm.get_item(&this, &b)?;
                    vm.set_item(&this, a, vb)?;
                    vm.set_item(&this, b, va)?;
                }
                Ok(Value::None)
            }
            ("MutableSequence", "clear") => loop {
                match call("pop", Vec::new()) {
                    Ok(_) => {}
                    Err(e) if vm.caught(&e, "IndexError") => return Ok(Value::None),
                    Err(e) => return Err(e),
                }
            },
            ("Mapping", "__contains__") => match vm.get_item(&this, &arg(0).unwrap_or(Value::None))
            {
                Ok(_) => Ok(Value::Bool(true)),
                Err(e) if vm.caught(&e, "KeyError") => Ok(Value::Bool(false)),
                Err(e) => Err(e),
            },
            ("Mapping", "get") => match vm.get_item(&this, &arg(0).unwrap_or(Value::None)) {
                Ok(v) => Ok(v),
                Err(e) if vm.caught(&e, "KeyError") => Ok(arg(1).unwrap_or(Value::None)),
                Err(e) => Err(e),
            },
            ("Mapping", "keys") => Ok(Value::list(vm.collect(&this)?)),
            ("Mapping", "values") => {
                let mut out = Vec::new();
                for k in vm.collect(&this)? {
                    out.push(vm.get_item(&this, &k)?);
                }
                Ok(Value::list(out))
            }
            ("Mapping", "items") => {
                let mut out = Vec::new();
                for k in vm.collect(&this)? {
                    let v = vm.get_item(&this, &k)?;
                    out.push(Value::tuple(vec![k, v]));
                }
                Ok(Value::list(out))
            }
            ("Mapping", "__eq__") => {
                let other = arg(0).unwrap_or(Value::None);
                let dict_class = Value::Class(vm.types.of_kind(TypeKind::Dict));
                let mine = vm.call(&dict_class, Args::new(vec![call("items", Vec::new())?]))?;
                let theirs = match &other {
                    Value::Dict(_) => other.clone(),
                    Value::Instance(_) if vm.get_attr(&other, "items").is_ok() => {
                        let items =
                            vm.call_method(&other, &Rc::from("items"), Args::new(Vec::new()))?;
                        vm.call(&dict_class, Args::new(vec![items]))?
                    }
                    _ => return Ok(Value::NotImplemented),
                };
                Ok(Value::Bool(vm.eq(&mine, &theirs)?))
            }
            ("MutableMapping", "pop") => {
                let key = arg(0).unwrap_or(Value::None);
                match vm.get_item(&this, &key) {
                    Ok(v) => {
                        vm.del_item(&this, &key)?;
                        Ok(v)
                    }
                    Err(e) if vm.caught(&e, "KeyError") => match arg(1) {
                        Some(d) => Ok(d),
                        None => Err(e),
                    },
                    Err(e) => Err(e),
                }
            }
            ("MutableMapping", "popitem") => {
                let it = vm.iter(&this)?;
                let Some(key) = vm.next(&it)? else {
                    return Err(Unwind::raise(
                        vm.new_exception(&vm.types.exception("KeyError"), Vec::new()),
                    ));
                };
                let v = vm.get_item(&this, &key)?;
                vm.del_item(&this, &key)?;
                Ok(Value::tuple(vec![key, v]))
            }
            ("MutableMapping", "clear") => {
                for k in vm.collect(&this)? {
                    vm.del_item(&this, &k)?;
                }
                Ok(Value::None)
            }
            ("MutableMapping", "update") => {
                if let Some(other) = arg(0) {
                    let pairs: Vec<(Value, Value)> = match &other {
                        Value::Dict(_) => vm.mapping_items(&other)?,
                        _ if vm.get_attr(&other, "keys").is_ok() => {
                            let mut out = Vec::new();
                            let keys =
                                vm.call_method(&other, &Rc::from("keys"), Args::new(Vec::new()))?;
                            for k in vm.collect(&keys)? {
                                let v = vm.get_item(&other, &k)?;
                                out.push((k, v));
                            }
                            out
                        }
                        _ => {
                            let mut out = Vec::new();
                            for item in vm.collect(&other)? {
                                let kv = vm.collect(&item)?;
                                if kv.len() != 2 {
                                    return Err(vm.value_error(format!(
                                        "dictionary update sequence element has length {}; 2 is required",
                                        kv.len()
                                    )));
                                }
                                out.push((kv[0].clone(), kv[1].clone()));
                            }
                            out
                        }
                    };
                    for (k, v) in pairs {
                        vm.set_item(&this, k, v)?;
                    }
                }
                for (k, v) in args.kw {
                    vm.set_item(&this, Value::str(&k), v)?;
                }
                Ok(Value::None)
            }
            ("MutableMapping", "setdefault") => {
                let key = arg(0).unwrap_or(Value::None);
                match vm.get_item(&this, &key) {
                    Ok(v) => Ok(v),
                    Err(e) if vm.caught(&e, "KeyError") => {
                        let d = arg(1).unwrap_or(Value::None);
                        vm.set_item(&this, key, d.clone())?;
                        Ok(d)
                    }
                    Err(e) => Err(e),
                }
            }
            ("Set", "isdisjoint") => {
                for v in vm.collect(&arg(0).unwrap_or(Value::None))? {
                    if vm.contains(&this, &v)? {
                        return Ok(Value::Bool(false));
                    }
                }
                Ok(Value::Bool(true))
            }
            _ => Err(vm.type_error(format!("{}.{} is not available", self.abc, self.name))),
        }
    }
}

impl NativeObject for Mixin {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<function {}.{} at {:#x}>",
            self.abc,
            self.name,
            this.identity()
        ))
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn binds(&self) -> bool {
        true
    }
    fn call(&self, vm: &Vm, _this: &Value, args: Args) -> Option<PyResult<Value>> {
        Some(self.run(vm, args))
    }
}
