//! Builtin types: the `TypeKind` tag, the class objects for every builtin type
//! and exception, and (in submodules) the methods of each type.
//!
//! Must not parse or lower code; methods receive evaluated values only.

pub mod casing;
pub mod dict;
pub mod float;
pub mod format;
pub mod int;
pub mod list;
pub mod set;
pub mod str;
pub mod str_format;
pub mod timsort;

use indexmap::IndexMap;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::eval::generator::{GenInput, GenStep};
use crate::eval::{Args, PyResult, Unwind, Vm};
use crate::value::{Class, ClassRef, NativeMethod, PropertyObj, Value};

/// Which builtin representation a class stands for.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum TypeKind {
    Object,
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    Bytes,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Type,
    Module,
    Generator,
    Iterator,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    Ellipsis,
    NotImplementedType,
    BaseException,
    /// Stands in for a traceback: it exists, but exposes no frames.
    Traceback,
}

/// The builtin exception hierarchy, parents before children.
pub const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("FileNotFoundError", "OSError"),
    ("PermissionError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ConnectionError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("Warning", "Exception"),
    ("UserWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
];

/// Class objects for the builtin types, made once per interpreter.
pub struct Types {
    pub object: ClassRef,
    pub type_: ClassRef,
    by_kind: HashMap<TypeKind, ClassRef>,
    exceptions: HashMap<&'static str, ClassRef>,
}

impl Types {
    pub fn new() -> Types {
        let object = new_class("object", Vec::new(), TypeKind::Object);
        let mut by_kind = HashMap::new();
        by_kind.insert(TypeKind::Object, object.clone());
        let plain: &[(&str, TypeKind)] = &[
            ("NoneType", TypeKind::NoneType),
            ("int", TypeKind::Int),
            ("float", TypeKind::Float),
            ("str", TypeKind::Str),
            ("bytes", TypeKind::Bytes),
            ("list", TypeKind::List),
            ("tuple", TypeKind::Tuple),
            ("dict", TypeKind::Dict),
            ("set", TypeKind::Set),
            ("frozenset", TypeKind::FrozenSet),
            ("range", TypeKind::Range),
            ("slice", TypeKind::Slice),
            ("function", TypeKind::Function),
            ("builtin_function_or_method", TypeKind::BuiltinFunction),
            ("method", TypeKind::Method),
            ("type", TypeKind::Type),
            ("module", TypeKind::Module),
            ("generator", TypeKind::Generator),
            ("iterator", TypeKind::Iterator),
            ("property", TypeKind::Property),
            ("staticmethod", TypeKind::StaticMethod),
            ("classmethod", TypeKind::ClassMethod),
            ("super", TypeKind::Super),
            ("ellipsis", TypeKind::Ellipsis),
            ("NotImplementedType", TypeKind::NotImplementedType),
            ("traceback", TypeKind::Traceback),
        ];
        for (name, kind) in plain {
            by_kind.insert(*kind, new_class(name, vec![object.clone()], *kind));
        }
        let int = by_kind[&TypeKind::Int].clone();
        by_kind.insert(TypeKind::Bool, new_class("bool", vec![int], TypeKind::Bool));
        let mut exceptions: HashMap<&'static str, ClassRef> = HashMap::new();
        for (name, parent) in EXCEPTIONS {
            let base = if parent.is_empty() {
                object.clone()
            } else {
                exceptions[parent].clone()
            };
            exceptions.insert(name, new_class(name, vec![base], TypeKind::BaseException));
        }
        let type_ = by_kind[&TypeKind::Type].clone();
        Types {
            object,
            type_,
            by_kind,
            exceptions,
        }
    }

    pub fn of_kind(&self, kind: TypeKind) -> ClassRef {
        self.by_kind
            .get(&kind)
            .cloned()
            .unwrap_or_else(|| self.object.clone())
    }

    /// A builtin exception class by name (`"ValueError"`).
    pub fn exception(&self, name: &str) -> ClassRef {
        self.exceptions
            .get(name)
            .cloned()
            .unwrap_or_else(|| self.exceptions["Exception"].clone())
    }

    pub fn exception_names(&self) -> impl Iterator<Item = (&'static str, &ClassRef)> {
        self.exceptions.iter().map(|(k, v)| (*k, v))
    }
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}

/// Builds a builtin class with a C3-consistent MRO (single inheritance here).
fn new_class(name: &str, bases: Vec<ClassRef>, kind: TypeKind) -> ClassRef {
    let mut mro_tail = Vec::new();
    if let Some(b) = bases.first() {
        mro_tail.push(b.clone());
        mro_tail.extend(b.mro_tail.iter().cloned());
    }
    Rc::new(Class {
        name: Rc::from(name),
        qualname: Rc::from(name),
        module: Rc::from("builtins"),
        bases,
        mro_tail,
        ns: RefCell::new(IndexMap::new()),
        kind,
        builtin: true,
        constructor: None,
    })
}

/// Whether a value of a builtin type has the method `name`.
pub fn has_method(_vm: &Vm, v: &Value, name: &str) -> bool {
    method_names(v).contains(&name)
}

/// The methods of a builtin-typed value, as `dir()` lists them.
pub fn method_names(v: &Value) -> &'static [&'static str] {
    match v {
        Value::Str(_) => str::METHODS,
        Value::List(_) => list::LIST_METHODS,
        Value::Tuple(_) => list::TUPLE_METHODS,
        Value::Dict(_) => dict::METHODS,
        Value::Set(_) => set::SET_METHODS,
        Value::FrozenSet(_) => set::FROZENSET_METHODS,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => int::METHODS,
        Value::Float(_) => float::METHODS,
        Value::Bytes(_) => &["decode", "hex", "count", "find", "startswith", "endswith"],
        Value::Range(_) => &["count", "index"],
        Value::Generator(_) => &["send", "throw", "close"],
        Value::DictView(_) => &["isdisjoint"],
        Value::Slice(_) => &["indices"],
        _ => &[],
    }
}

/// The methods of a builtin type, as `dir(type)` lists them.
pub fn class_method_names(kind: TypeKind) -> &'static [&'static str] {
    match kind {
        TypeKind::Str => str::METHODS,
        TypeKind::List => list::LIST_METHODS,
        TypeKind::Tuple => list::TUPLE_METHODS,
        TypeKind::Dict => dict::METHODS,
        TypeKind::Set => set::SET_METHODS,
        TypeKind::FrozenSet => set::FROZENSET_METHODS,
        TypeKind::Int | TypeKind::Bool => int::METHODS,
        TypeKind::Float => float::METHODS,
        _ => &[],
    }
}

/// Methods callable on the type itself (`dict.fromkeys`, `str.maketrans`), or unbound methods.
pub fn class_has_method(kind: TypeKind, name: &str) -> bool {
    class_method_names(kind).contains(&name)
}

pub fn unbound_method(class: &ClassRef, name: &str) -> Value {
    Value::NativeMethod(std::rc::Rc::new(NativeMethod {
        receiver: Value::Class(class.clone()),
        name: std::rc::Rc::from(name),
    }))
}

/// Data attributes of builtin values (`x.real`, `r.start`, `s.stop`).
pub fn data_attr(_vm: &Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    Ok(match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => int::data_attr(v, name),
        Value::Float(x) => float::data_attr(*x, name),
        Value::Range(r) => match name {
            "start" => Some(Value::Int(r.start)),
            "stop" => Some(Value::Int(r.stop)),
            "step" => Some(Value::Int(r.step)),
            _ => None,
        },
        Value::Slice(s) => match name {
            "start" => Some(s.start.clone()),
            "stop" => Some(s.stop.clone()),
            "step" => Some(s.step.clone()),
            _ => None,
        },
        _ => None,
    })
}

/// Calls method `name` of a builtin-typed receiver.
pub fn call_native(vm: &Vm, receiver: &Value, name: &str, args: Args) -> PyResult<Value> {
    if let Some(special) = name.strip_prefix("object.") {
        return object_method(vm, receiver, special, args);
    }
    if let Some(which) = name.strip_prefix("property.") {
        let Value::Property(p) = receiver else {
            return Ok(Value::None);
        };
        let f = args.pos.first().cloned();
        let mut np = PropertyObj {
            getter: p.getter.clone(),
            setter: p.setter.clone(),
            deleter: p.deleter.clone(),
        };
        match which {
            "setter" => np.setter = f,
            "getter" => np.getter = f,
            _ => np.deleter = f,
        }
        return Ok(Value::Property(std::rc::Rc::new(np)));
    }
    match receiver {
        Value::Str(s) => str::call(vm, s, name, args),
        Value::List(l) => list::call(vm, l, name, args),
        Value::Tuple(t) => list::call_tuple(vm, t, name, args),
        Value::Dict(d) => dict::call(vm, d, name, args),
        Value::Set(_) | Value::FrozenSet(_) => set::call(vm, receiver, name, args),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => int::call(vm, receiver, name, args),
        Value::Float(x) => float::call(vm, *x, name, args),
        Value::Bytes(b) => bytes_method(vm, b, name, args),
        Value::Range(_) => {
            let items = vm.collect(receiver)?;
            list::call(
                vm,
                &std::rc::Rc::new(std::cell::RefCell::new(items)),
                name,
                args,
            )
        }
        Value::DictView(_) => {
            let other = args.pos.first().cloned().unwrap_or(Value::None);
            for x in vm.set_items(receiver) {
                if vm.contains(&other, &x)? {
                    return Ok(Value::Bool(false));
                }
            }
            Ok(Value::Bool(true))
        }
        Value::Generator(g) => match name {
            "send" => match vm.gen_resume(
                g,
                GenInput::Send(args.pos.first().cloned().unwrap_or(Value::None)),
            )? {
                GenStep::Yielded(v) => Ok(v),
                GenStep::Returned(v) => Err(Unwind::Raise(vm.new_exception(
                    &vm.types.exception("StopIteration"),
                    if v.is_none() { vec![] } else { vec![v] },
                ))),
            },
            "throw" => {
                let exc = vm.to_exception(args.pos.first().cloned().unwrap_or(Value::None))?;
                match vm.gen_resume(g, GenInput::Throw(exc))? {
                    GenStep::Yielded(v) => Ok(v),
                    GenStep::Returned(v) => Err(Unwind::Raise(vm.new_exception(
                        &vm.types.exception("StopIteration"),
                        if v.is_none() { vec![] } else { vec![v] },
                    ))),
                }
            }
            _ => vm.gen_close(g).map(|_| Value::None),
        },
        Value::Class(c) => class_method(vm, c, name, args),
        Value::Slice(s) => {
            let len = match args.pos.first() {
                Some(Value::Int(n)) if *n >= 0 => *n,
                Some(Value::Int(_)) => return Err(vm.value_error("length should not be negative")),
                _ => return Err(vm.type_error("indices() takes exactly one argument")),
            };
            let (start, stop, step, _) = vm.slice_indices(s, len)?;
            Ok(Value::tuple(vec![
                Value::Int(start),
                Value::Int(stop),
                Value::Int(step),
            ]))
        }
        Value::Native(n) => {
            if n.has_method(name) {
                return n.call_method(vm, receiver, name, args);
            }
            match n.as_dict() {
                Some(d) => dict::call(vm, &d, name, args),
                None => n.call_method(vm, receiver, name, args),
            }
        }
        _ => Err(vm.raise(
            "AttributeError",
            crate::errors::no_attribute(&vm.type_name(receiver), name),
        )),
    }
}

fn class_method(vm: &Vm, c: &ClassRef, name: &str, args: Args) -> PyResult<Value> {
    match (c.kind, name) {
        (TypeKind::Dict, "fromkeys") => dict::fromkeys(vm, &args),
        (TypeKind::Int, "from_bytes") => int::from_bytes(vm, &args),
        (TypeKind::Str, "maketrans") => str_format::maketrans(vm, &args.pos),
        (TypeKind::Float, "fromhex") => {
            Err(vm.value_error("float.fromhex is not supported in codeact"))
        }
        _ => {
            let mut pos = args.pos.into_iter();
            let Some(this) = pos.next() else {
                return Err(vm.type_error(format!(
                    "unbound method {}.{}() needs an argument",
                    c.name, name
                )));
            };
            if !vm.class_of(&this).is_subclass(c) {
                return Err(vm.type_error(format!(
                    "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                    name,
                    c.name,
                    vm.type_name(&this)
                )));
            }
            call_native(
                vm,
                &this,
                name,
                Args {
                    pos: pos.collect(),
                    kw: args.kw,
                },
            )
        }
    }
}

/// What `super().__init__` and friends do when no user class defines them.
fn object_method(vm: &Vm, receiver: &Value, name: &str, args: Args) -> PyResult<Value> {
    match name {
        "__init__" => {
            if let Value::Instance(i) = receiver {
                if let Some(data) = &i.exc {
                    data.borrow_mut().args = args.pos;
                    return Ok(Value::None);
                }
            }
            Ok(Value::None)
        }
        "__str__" | "__repr__" => {
            if let Value::Instance(i) = receiver {
                if let Some(data) = &i.exc {
                    let a = data.borrow().args.clone();
                    return Ok(Value::string(match (name, a.as_slice()) {
                        ("__str__", []) => String::new(),
                        ("__str__", [one]) => vm.to_str(one)?,
                        ("__str__", many) => vm.repr(&Value::tuple(many.to_vec()))?,
                        (_, items) => format!(
                            "{}({})",
                            i.class.name,
                            items
                                .iter()
                                .map(|x| vm.repr(x))
                                .collect::<PyResult<Vec<_>>>()?
                                .join(", ")
                        ),
                    }));
                }
                return Ok(Value::string(format!(
                    "<{}.{} object at {:#x}>",
                    i.class.module,
                    i.class.qualname,
                    receiver.identity()
                )));
            }
            Ok(Value::string(vm.repr(receiver)?))
        }
        "__eq__" => Ok(match args.pos.first() {
            Some(o) if o.is(receiver) => Value::Bool(true),
            _ => Value::NotImplemented,
        }),
        "__hash__" => Ok(Value::Int((receiver.identity() >> 4) as i64)),
        "__init_subclass__" => {
            if !args.kw.is_empty() {
                let owner = match receiver {
                    Value::Class(c) => c.name.to_string(),
                    other => vm.type_name(other),
                };
                return Err(vm.type_error(format!(
                    "{}.__init_subclass__() takes no keyword arguments",
                    owner
                )));
            }
            Ok(Value::None)
        }
        "__setattr__" => {
            if let (Value::Instance(i), Some(Value::Str(k)), Some(v)) =
                (receiver, args.pos.first(), args.pos.get(1))
            {
                i.attrs
                    .borrow_mut()
                    .insert(std::rc::Rc::from(k.as_str()), v.clone());
            }
            Ok(Value::None)
        }
        _ => Err(vm.raise(
            "AttributeError",
            format!("'super' object has no attribute '{}'", name),
        )),
    }
}

fn bytes_method(vm: &Vm, b: &[u8], name: &str, args: Args) -> PyResult<Value> {
    match name {
        "decode" => match String::from_utf8(b.to_vec()) {
            Ok(s) => Ok(Value::string(s)),
            Err(e) => Err(vm.raise(
                "UnicodeDecodeError",
                format!(
                    "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                    b.get(e.utf8_error().valid_up_to()).copied().unwrap_or(0),
                    e.utf8_error().valid_up_to()
                ),
            )),
        },
        "hex" => Ok(Value::string(
            b.iter().map(|x| format!("{:02x}", x)).collect(),
        )),
        "count" | "find" | "startswith" | "endswith" => {
            let needle: Vec<u8> = match args.pos.first() {
                Some(Value::Bytes(n)) => n.as_ref().clone(),
                Some(Value::Int(i)) => vec![*i as u8],
                _ => return Err(vm.type_error("argument should be integer or bytes-like object")),
            };
            Ok(match name {
                "startswith" => Value::Bool(b.starts_with(&needle)),
                "endswith" => Value::Bool(b.ends_with(&needle)),
                "find" => Value::Int(if needle.is_empty() {
                    0
                } else {
                    b.windows(needle.len())
                        .position(|w| w == needle.as_slice())
                        .map_or(-1, |p| p as i64)
                }),
                _ => Value::Int(if needle.is_empty() {
                    b.len() as i64 + 1
                } else {
                    b.windows(needle.len())
                        .filter(|w| *w == needle.as_slice())
                        .count() as i64
                }),
            })
        }
        _ => Err(vm.raise("AttributeError", crate::errors::no_attribute("bytes", name))),
    }
}
