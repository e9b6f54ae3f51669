//! Builtin types: the `TypeKind` tag, the class objects for every builtin type
//! and exception, and (in submodules) the methods of each type.
//!
//! Must not parse or lower code; methods receive evaluated values only.

pub mod arity;
pub mod casing;
pub mod codecs;
pub mod dict;
pub mod float;
pub mod format;
pub mod int;
pub mod list;
pub mod methods;
pub mod set;
pub mod str;
pub mod str_format;
pub mod timsort;

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
    /// The classes of builtin iterators and views (`enumerate`, `list_iterator`,
    /// `dict_keys`), made on first use; all of kind `Iterator`.
    iterators: RefCell<HashMap<&'static str, ClassRef>>,
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
            iterators: RefCell::new(HashMap::new()),
        }
    }

    /// The class of a builtin iterator or view named `name` (`type(enumerate(x))`).
    pub fn iterator_class(&self, name: &'static str) -> ClassRef {
        self.iterators
            .borrow_mut()
            .entry(name)
            .or_insert_with(|| new_class(name, vec![self.object.clone()], TypeKind::Iterator))
            .clone()
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
        ns: crate::value::Namespace::new(crate::value::AttrMap::default()),
        traits: Default::default(),
        kind,
        builtin: true,
        constructor: None,
    })
}

/// Whether a value of a builtin type has the method `name`.
pub fn has_method(_vm: &Vm, v: &Value, name: &str) -> bool {
    methods::find(v, name).is_some()
}

/// The methods of a builtin-typed value, as `dir()` lists them.
pub fn method_names(v: &Value) -> &'static [&'static str] {
    methods::Receiver::of(v).map_or(&[], methods::Receiver::methods)
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
        TypeKind::Bytes => BYTES_METHODS,
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

/// The names `data_attr` answers for, as `dir()` lists them.
pub fn data_attr_names(v: &Value) -> &'static [&'static str] {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            &["denominator", "imag", "numerator", "real"]
        }
        Value::Float(_) => &["imag", "real"],
        Value::Range(_) | Value::Slice(_) => &["start", "step", "stop"],
        _ => &[],
    }
}

/// The AttributeError text for assigning or deleting one of `data_attr_names`:
/// int and float getters are "not writable", range and slice members "readonly".
pub fn data_attr_write_error(v: &Value, name: &str) -> String {
    match v {
        Value::Range(_) | Value::Slice(_) => "readonly attribute".into(),
        Value::Float(_) => crate::errors::attribute_not_writable(name, "float"),
        _ => crate::errors::attribute_not_writable(name, "int"),
    }
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
    let arity_row = methods::arity_row(receiver, name);
    call_found(vm, receiver, name, methods::Found { arity_row }, args)
}

/// Calls the method `name` that `methods::find` found on `receiver`.
pub fn call_found(
    vm: &Vm,
    receiver: &Value,
    name: &str,
    found: methods::Found,
    args: Args,
) -> PyResult<Value> {
    if let Some(row) = found.arity_row {
        if let Some(msg) = arity::check_row(usize::from(row), &args) {
            return Err(vm.type_error(msg));
        }
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
        Value::Range(r) if matches!(name, "index" | "count") => {
            if args.pos.len() != 1 || !args.kw.is_empty() {
                return Err(vm.type_error(format!(
                    "range.{}() takes exactly one argument ({} given)",
                    name,
                    args.pos.len() + args.kw.len()
                )));
            }
            let x = &args.pos[0];
            let exact = match x {
                Value::Int(i) => Some(*i),
                Value::Bool(b) => Some(*b as i64),
                _ => None,
            };
            let position = match exact {
                Some(i) => {
                    let off = i as i128 - r.start as i128;
                    let k = off / r.step as i128;
                    (off % r.step as i128 == 0 && k >= 0 && k < r.len() as i128).then_some(k as i64)
                }
                None if matches!(x, Value::BigInt(_)) => None,
                None => {
                    let mut found = None;
                    let mut count = 0;
                    for k in 0..r.len() {
                        if vm.eq(&Value::Int(r.get(k)), x)? {
                            found.get_or_insert(k);
                            count += 1;
                        }
                    }
                    if name == "count" {
                        return Ok(Value::Int(count));
                    }
                    return match found {
                        Some(k) => Ok(Value::Int(k)),
                        None => Err(vm.value_error("sequence.index(x): x not in sequence")),
                    };
                }
            };
            match (name, position) {
                ("count", p) => Ok(Value::Int(p.is_some() as i64)),
                (_, Some(k)) => Ok(Value::Int(k)),
                (_, None) => Err(vm.value_error(format!("{} is not in range", vm.repr(x)?))),
            }
        }
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
                GenStep::Returned(v) => Err(Unwind::raise(vm.new_exception(
                    &vm.types.exception("StopIteration"),
                    if v.is_none() { vec![] } else { vec![v] },
                ))),
            },
            "throw" => {
                let exc = vm.to_exception(args.pos.first().cloned().unwrap_or(Value::None))?;
                match vm.gen_resume(g, GenInput::Throw(exc))? {
                    GenStep::Yielded(v) => Ok(v),
                    GenStep::Returned(v) => Err(Unwind::raise(vm.new_exception(
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
                Some(other) if args.pos.len() == 1 => {
                    return Err(vm.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        vm.type_name(other)
                    )))
                }
                _ => {
                    return Err(vm.type_error(format!(
                        "slice.indices() takes exactly one argument ({} given)",
                        args.pos.len()
                    )))
                }
            };
            let (start, stop, step, _) = vm.slice_indices(s, len)?;
            // The step as given: slicing clamps a huge one, `indices` does not.
            let step = match &s.step {
                v @ (Value::Int(_) | Value::BigInt(_)) => v.clone(),
                _ => Value::Int(step),
            };
            Ok(Value::tuple(vec![
                Value::Int(start),
                Value::Int(stop),
                step,
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
    if matches!(name, "fromkeys" | "from_bytes" | "maketrans" | "fromhex") {
        if let Some(msg) = arity::check(&c.name, name, &args) {
            return Err(vm.type_error(msg));
        }
    }
    match (c.kind, name) {
        (TypeKind::Dict, "fromkeys") => dict::fromkeys(vm, &args),
        (TypeKind::Int, "from_bytes") => int::from_bytes(vm, &args),
        (TypeKind::Str, "maketrans") => str_format::maketrans(vm, &args.pos),
        (TypeKind::Float, "fromhex") => match &args.pos[0] {
            Value::Str(t) => Ok(Value::Float(float::fromhex(vm, t.as_str())?)),
            _ => Err(vm.type_error("bad argument type for built-in operation")),
        },
        (TypeKind::Bytes, "fromhex") => match &args.pos[0] {
            Value::Str(t) => Ok(Value::bytes(bytes_fromhex(vm, t.as_str())?)),
            other => Err(vm.type_error(format!(
                "fromhex() argument must be str, not {}",
                vm.type_name(other)
            ))),
        },
        _ => {
            let mut pos = args.pos.into_iter();
            let Some(this) = pos.next() else {
                // object's methods are slot wrappers, which CPython words apart.
                return Err(vm.type_error(if c.is_root() {
                    format!("descriptor '{}' of 'object' object needs an argument", name)
                } else {
                    format!("unbound method {}.{}() needs an argument", c.name, name)
                }));
            };
            if c.is_root() {
                // Every value is an object: its slots run on any of them.
                let rest = Args {
                    pos: pos.collect(),
                    kw: args.kw,
                };
                return object_method(vm, &this, name, rest);
            }
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
                // object.__str__ is the type's repr, which a subclass may override.
                if name == "__str__" {
                    return Ok(Value::string(vm.repr(receiver)?));
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
        "__format__" => match args.pos.first() {
            Some(Value::Str(spec)) if !spec.as_str().is_empty() => Err(vm.type_error(format!(
                "unsupported format string passed to {}.__format__",
                vm.type_name(receiver)
            ))),
            Some(Value::Str(_)) => Ok(Value::string(vm.to_str(receiver)?)),
            Some(other) => Err(vm.type_error(format!(
                "__format__() argument must be str, not {}",
                vm.type_name(other)
            ))),
            None => Err(vm.type_error("__format__() takes exactly one argument (0 given)")),
        },
        "__ne__" => match args.pos.first() {
            // The receiver's own `__eq__`, inverted: no reflection to `o`.
            Some(o) => {
                let r = match vm.special_method(receiver, "__eq__") {
                    Some(eq) => vm.call(&eq, Args::new(vec![o.clone()]))?,
                    None if o.is(receiver) => Value::Bool(true),
                    None => vm.compare_value(crate::ir::CmpOp::Eq, receiver, o)?,
                };
                Ok(match r {
                    Value::NotImplemented => Value::NotImplemented,
                    other => Value::Bool(!vm.truthy(&other)?),
                })
            }
            None => Err(vm.type_error("expected 1 argument, got 0")),
        },
        "__lt__" | "__le__" | "__gt__" | "__ge__" => Ok(Value::NotImplemented),
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

/// `bytes.fromhex(text)`: pairs of hex digits, whitespace allowed between pairs.
fn bytes_fromhex(vm: &Vm, text: &str) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = text.chars().collect();
    let err = |i: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {}",
            i
        ))
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i]
            .to_digit(16)
            .filter(|_| chars[i].is_ascii())
            .ok_or_else(|| err(i))?;
        let lo = chars
            .get(i + 1)
            .and_then(|c| c.to_digit(16).filter(|_| c.is_ascii()))
            .ok_or_else(|| err(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

/// `bytes.hex(sep=None, bytes_per_sep=1)`: groups of `bytes_per_sep` bytes
/// counted from the right (from the left when negative), `sep` between them.
fn bytes_hex(vm: &Vm, b: &[u8], args: &Args) -> PyResult<Value> {
    crate::modules::natives::check_keywords(vm, "hex", &["sep", "bytes_per_sep"], args)?;
    let sep = match str::arg(args, 0, "sep") {
        None => None,
        Some(Value::Str(s)) => Some(s.as_str().to_string()),
        Some(Value::Bytes(s)) => Some(String::from_utf8_lossy(s).into_owned()),
        Some(other) => {
            return Err(vm.type_error(format!(
                "object of type '{}' has no len()",
                vm.type_name(other)
            )))
        }
    };
    let per = str::int_arg(vm, str::arg(args, 1, "bytes_per_sep"), 1)?;
    let digits = |x: &u8| format!("{:02x}", x);
    let Some(sep) = sep else {
        return Ok(Value::string(b.iter().map(digits).collect()));
    };
    if sep.chars().count() != 1 {
        return Err(vm.value_error("sep must be length 1."));
    }
    if !sep.is_ascii() {
        return Err(vm.value_error("sep must be ASCII."));
    }
    let group = per.unsigned_abs() as usize;
    if group == 0 {
        return Ok(Value::string(b.iter().map(digits).collect()));
    }
    // Where the first group ends: a short group goes first when counting
    // from the right.
    let first = if per > 0 && b.len() % group != 0 {
        b.len() % group
    } else {
        group
    };
    let mut out = String::with_capacity(b.len() * 3);
    for (i, x) in b.iter().enumerate() {
        if i > 0 && (i == first || (i > first && (i - first) % group == 0)) {
            out.push_str(&sep);
        }
        out.push_str(&digits(x));
    }
    Ok(Value::string(out))
}

fn bytes_method(vm: &Vm, b: &[u8], name: &str, args: Args) -> PyResult<Value> {
    match name {
        "decode" => {
            let (encoding, errors) = codecs::codec_args(vm, "decode", &args, 0)?;
            Ok(Value::string(codecs::decode(vm, b, &encoding, &errors)?))
        }
        "hex" => bytes_hex(vm, b, &args),
        "upper" | "lower" | "swapcase" | "capitalize" | "title" => {
            let mut out = Vec::with_capacity(b.len());
            let mut prev_cased = false;
            for (i, &x) in b.iter().enumerate() {
                let y = match name {
                    "upper" => x.to_ascii_uppercase(),
                    "lower" => x.to_ascii_lowercase(),
                    "swapcase" if x.is_ascii_lowercase() => x.to_ascii_uppercase(),
                    "swapcase" => x.to_ascii_lowercase(),
                    "capitalize" if i == 0 => x.to_ascii_uppercase(),
                    "capitalize" => x.to_ascii_lowercase(),
                    _ if prev_cased => x.to_ascii_lowercase(),
                    _ => x.to_ascii_uppercase(),
                };
                prev_cased = x.is_ascii_alphabetic();
                out.push(y);
            }
            Ok(Value::bytes(out))
        }
        "isalpha" | "isdigit" | "isalnum" | "isspace" | "isupper" | "islower" | "isascii" => {
            let all = |f: fn(&u8) -> bool| !b.is_empty() && b.iter().all(f);
            Ok(Value::Bool(match name {
                "isalpha" => all(u8::is_ascii_alphabetic),
                "isdigit" => all(u8::is_ascii_digit),
                "isalnum" => all(u8::is_ascii_alphanumeric),
                "isspace" => all(|x| b" \t\n\r\x0b\x0c".contains(x)),
                "isascii" => b.is_ascii(),
                "isupper" => {
                    b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
                }
                _ => b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase),
            }))
        }
        "split" | "rsplit" | "strip" | "lstrip" | "rstrip"
            if args.pos.first().is_none_or(|v| v.is_none()) =>
        {
            // ASCII whitespace only: bytes never split on \x1c or \x85.
            let ws: &[u8] = b" \t\n\r\x0b\x0c";
            if name.ends_with("strip") {
                let start = if name != "rstrip" {
                    b.iter().position(|x| !ws.contains(x)).unwrap_or(b.len())
                } else {
                    0
                };
                let end = if name != "lstrip" {
                    b.iter()
                        .rposition(|x| !ws.contains(x))
                        .map_or(start, |p| p + 1)
                } else {
                    b.len()
                };
                return Ok(Value::bytes(b[start..end.max(start)].to_vec()));
            }
            let text: String = b
                .iter()
                .map(|&x| if ws.contains(&x) { ' ' } else { x as char })
                .collect();
            let mut a = args;
            if a.pos.is_empty() && !a.kw.iter().any(|(k, _)| k.as_ref() == "sep") {
                a.pos.push(Value::None);
            }
            let r = str::call(
                vm,
                &std::rc::Rc::new(crate::value::PyStr::new(&text)),
                name,
                a,
            )?;
            // Map the pieces back onto the original bytes by position.
            let Value::List(parts) = &r else {
                return Ok(r);
            };
            let mut out = Vec::new();
            for p in parts.borrow().iter() {
                if let Value::Str(p) = p {
                    out.push(Value::bytes(
                        p.as_str().chars().map(|c| c as u32 as u8).collect(),
                    ));
                }
            }
            // Whitespace bytes never appear inside a piece, so the latin-1 round
            // trip above is exact.
            Ok(Value::list(out))
        }
        "count" | "find" | "startswith" | "endswith" | "index" | "rindex" | "rfind" | "replace"
        | "split" | "rsplit" | "strip" | "lstrip" | "rstrip" | "partition" | "rpartition"
        | "join" | "center" | "ljust" | "rjust" | "zfill" | "removeprefix" | "removesuffix"
        | "expandtabs" | "splitlines" => {
            let searching = matches!(name, "count" | "find" | "index" | "rindex" | "rfind");
            let as_text = |v: &Value| -> Option<Value> {
                match v {
                    Value::Bytes(x) => Some(Value::string(x.iter().map(|&c| c as char).collect())),
                    _ => None,
                }
            };
            let mut pos = Vec::with_capacity(args.pos.len());
            for (i, v) in args.pos.iter().enumerate() {
                let converted = match v {
                    Value::Int(n) if i == 0 && searching => {
                        if !(0..256).contains(n) {
                            return Err(vm.value_error("byte must be in range(0, 256)"));
                        }
                        Value::string(char::from(*n as u8).to_string())
                    }
                    Value::List(_) | Value::Tuple(_) if name == "join" => {
                        let items = vm.collect(v)?;
                        let mut texts = Vec::with_capacity(items.len());
                        for (k, it) in items.iter().enumerate() {
                            match as_text(it) {
                                Some(t) => texts.push(t),
                                None => {
                                    return Err(vm.type_error(format!(
                                        "sequence item {}: expected a bytes-like object, {} found",
                                        k,
                                        vm.type_name(it)
                                    )))
                                }
                            }
                        }
                        Value::list(texts)
                    }
                    Value::Tuple(t) if i == 0 && name.ends_with("with") => {
                        let mut texts = Vec::with_capacity(t.len());
                        for it in t.iter() {
                            match as_text(it) {
                                Some(x) => texts.push(x),
                                None => {
                                    return Err(vm.type_error(format!(
                                        "a bytes-like object is required, not '{}'",
                                        vm.type_name(it)
                                    )))
                                }
                            }
                        }
                        Value::tuple(texts)
                    }
                    Value::Bytes(_) => as_text(v).unwrap_or(Value::None),
                    _ if i == 0 && searching => {
                        return Err(vm.type_error(format!(
                            "argument should be integer or bytes-like object, not '{}'",
                            vm.type_name(v)
                        )))
                    }
                    _ if i == 0 && name.ends_with("with") => {
                        return Err(vm.type_error(format!(
                            "{} first arg must be bytes or a tuple of bytes, not {}",
                            name,
                            vm.type_name(v)
                        )))
                    }
                    Value::Str(_) => {
                        return Err(vm.type_error(format!(
                            "a bytes-like object is required, not '{}'",
                            vm.type_name(v)
                        )))
                    }
                    other => other.clone(),
                };
                pos.push(converted);
            }
            let text: String = b.iter().map(|&c| c as char).collect();
            let call_name = match name {
                "index" => "find",
                "rindex" => "rfind",
                other => other,
            };
            let r = str::call(
                vm,
                &std::rc::Rc::new(crate::value::PyStr::new(&text)),
                call_name,
                Args::with_kw(pos, args.kw),
            )?;
            if call_name != name && matches!(r, Value::Int(-1)) {
                return Err(vm.value_error("subsection not found"));
            }
            let back = |v: &Value| -> Value {
                match v {
                    Value::Str(t) => {
                        Value::bytes(t.as_str().chars().map(|c| c as u32 as u8).collect())
                    }
                    other => other.clone(),
                }
            };
            Ok(match &r {
                Value::List(items) => Value::list(items.borrow().iter().map(back).collect()),
                Value::Tuple(items) => Value::tuple(items.iter().map(back).collect()),
                other => back(other),
            })
        }
        _ => Err(vm.raise("AttributeError", crate::errors::no_attribute("bytes", name))),
    }
}

pub const BYTES_METHODS: &[&str] = &[
    "capitalize",
    "center",
    "count",
    "decode",
    "endswith",
    "expandtabs",
    "find",
    "fromhex",
    "hex",
    "index",
    "isalnum",
    "isalpha",
    "isascii",
    "isdigit",
    "islower",
    "isspace",
    "isupper",
    "join",
    "ljust",
    "lower",
    "lstrip",
    "partition",
    "removeprefix",
    "removesuffix",
    "replace",
    "rfind",
    "rindex",
    "rjust",
    "rpartition",
    "rsplit",
    "rstrip",
    "split",
    "splitlines",
    "startswith",
    "strip",
    "swapcase",
    "title",
    "upper",
    "zfill",
];
