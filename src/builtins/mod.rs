//! The builtin namespace: every builtin function and type name Python code can
//! see, the constructors behind calling a builtin type, and the names that are
//! deliberately absent from the sandbox.
//!
//! Must not give access to the host: no file, process, environment or
//! interpreter-introspection builtin exists here.

mod conversion;
mod core;
mod iterators;
mod numeric;
mod objects;
pub use conversion::Conversion;
pub use objects::{dir_names, DIR};

use std::collections::HashMap;

use crate::eval::{Args, PyResult, Vm};
use crate::types::{TypeKind, Types};
use crate::value::{BuiltinFn, ClassRef, Value};

/// Names CPython has that the sandbox leaves out on purpose.
pub const ABSENT: &[&str] = &[
    "open",
    "input",
    "eval",
    "exec",
    "compile",
    "__import__",
    "globals",
    "locals",
    "breakpoint",
    "memoryview",
    "help",
    "exit",
    "quit",
    "aiter",
    "anext",
    "bytearray",
    "complex",
];

/// Every builtin function, by name.
const FUNCTIONS: &[&BuiltinFn] = &[
    &core::PRINT,
    &core::LEN,
    &core::REPR,
    &core::ASCII,
    &core::FORMAT,
    &core::HASH,
    &core::ID,
    &core::CALLABLE,
    &core::FINAL_ANSWER,
    &numeric::ABS,
    &numeric::DIVMOD,
    &numeric::POW,
    &numeric::ROUND,
    &numeric::MIN,
    &numeric::MAX,
    &numeric::SUM,
    &numeric::HEX,
    &numeric::OCT,
    &numeric::BIN,
    &numeric::CHR,
    &numeric::ORD,
    &iterators::ENUMERATE,
    &iterators::ZIP,
    &iterators::MAP,
    &iterators::FILTER,
    &iterators::SORTED,
    &iterators::REVERSED,
    &iterators::ITER,
    &iterators::NEXT,
    &iterators::ALL,
    &iterators::ANY,
    &objects::ISINSTANCE,
    &objects::ISSUBCLASS,
    &objects::GETATTR,
    &objects::SETATTR,
    &objects::HASATTR,
    &objects::DELATTR_FN,
    &objects::DIR,
    &objects::VARS,
];

/// The builtin namespace of a new interpreter.
pub fn table(types: &Types) -> HashMap<&'static str, Value> {
    let mut t: HashMap<&'static str, Value> = HashMap::new();
    for f in FUNCTIONS {
        t.insert(f.name, Value::Builtin(f));
    }
    let kinds: &[(&'static str, TypeKind)] = &[
        ("int", TypeKind::Int),
        ("float", TypeKind::Float),
        ("str", TypeKind::Str),
        ("bool", TypeKind::Bool),
        ("bytes", TypeKind::Bytes),
        ("list", TypeKind::List),
        ("tuple", TypeKind::Tuple),
        ("dict", TypeKind::Dict),
        ("set", TypeKind::Set),
        ("frozenset", TypeKind::FrozenSet),
        ("range", TypeKind::Range),
        ("slice", TypeKind::Slice),
        ("object", TypeKind::Object),
        ("type", TypeKind::Type),
        ("property", TypeKind::Property),
        ("staticmethod", TypeKind::StaticMethod),
        ("classmethod", TypeKind::ClassMethod),
        ("super", TypeKind::Super),
    ];
    for (name, kind) in kinds {
        t.insert(name, Value::Class(types.of_kind(*kind)));
    }
    for (name, class) in types.exception_names() {
        t.insert(name, Value::Class(class.clone()));
    }
    t.insert("None", Value::None);
    t.insert("Ellipsis", Value::Ellipsis);
    t.insert("NotImplemented", Value::NotImplemented);
    t.insert("True", Value::Bool(true));
    t.insert("False", Value::Bool(false));
    t.insert("__name__", Value::str("__main__"));
    crate::modules::math::add_bare_builtins(&mut t);
    t
}

/// Calling a builtin type: `int("3")`, `list(x)`, `dict(a=1)`, ...
pub fn construct(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    objects::construct(vm, cls, args)
}

/// `ascii()`: a repr with every non-ASCII character escaped.
pub fn ascii_escape(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{:02x}", n));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{:04x}", n));
        } else {
            out.push_str(&format!("\\U{:08x}", n));
        }
    }
    out
}

/// Checks a builtin's positional argument count, with CPython's wording.
pub fn arity(vm: &Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.pos.len();
    if n < min || n > max {
        let msg = if min == max {
            match min {
                0 => format!("{}() takes no arguments ({} given)", name, n),
                1 => format!("{}() takes exactly one argument ({} given)", name, n),
                _ => format!("{} expected {} arguments, got {}", name, min, n),
            }
        } else if n < min {
            format!(
                "{} expected at least {} argument{}, got {}",
                name,
                min,
                if min == 1 { "" } else { "s" },
                n
            )
        } else {
            format!(
                "{} expected at most {} argument{}, got {}",
                name,
                max,
                if max == 1 { "" } else { "s" },
                n
            )
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

pub fn no_kwargs(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", name)));
    }
    Ok(())
}

pub fn kwarg<'a>(args: &'a Args, name: &str) -> Option<&'a Value> {
    args.kw
        .iter()
        .find(|(k, _)| k.as_ref() == name)
        .map(|(_, v)| v)
}
