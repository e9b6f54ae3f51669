//! Importable modules, written natively in Rust, and the import policy.
//!
//! Only modules registered here exist; only authorized ones can be imported.
//! A module must not reach the host: no file, network, process or environment.

pub mod base64;
pub mod bisect;
pub mod collections;
pub mod copy;
pub mod csv;
pub mod dataclasses;
pub mod datetime;
pub mod decimal;
pub mod enums;
pub mod fractions;
pub mod functools;
pub mod hashlib;
pub mod heapq;
pub mod io;
pub mod itertools;
pub mod json;
pub mod math;
pub mod natives;
pub mod operator;
pub mod params;
pub mod queue;
pub mod random;
pub mod re;
pub mod stat;
pub mod statistics;
pub mod string;
pub mod support;
pub mod textwrap;
pub mod time;
pub mod typing;
pub mod unicodedata;
mod unicodedata_tables;

use std::collections::HashMap;
use std::rc::Rc;

use crate::eval::{PyResult, Vm};
use crate::value::Value;

/// smolagents' default authorized imports.
pub const DEFAULT_AUTHORIZED: &[&str] = &[
    "collections",
    "datetime",
    "itertools",
    "math",
    "queue",
    "random",
    "re",
    "stat",
    "statistics",
    "time",
    "unicodedata",
];

pub struct Module {
    pub name: Rc<str>,
    pub attrs: HashMap<Rc<str>, Value>,
}

/// The classes of imported native modules, found once per interpreter: a
/// module's attributes never change after import, and making a date or a
/// match would otherwise look its class up by name each time.
#[derive(Default)]
pub struct ClassCache {
    pub datetime: std::cell::OnceCell<Rc<datetime::Types>>,
    pub re: std::cell::OnceCell<Rc<re::Types>>,
}

/// The entry of `cache` for a module, found by `lookup` on first use.
pub fn cached_classes<T>(
    cache: &std::cell::OnceCell<Rc<T>>,
    lookup: impl FnOnce() -> PyResult<T>,
) -> PyResult<Rc<T>> {
    if let Some(t) = cache.get() {
        return Ok(t.clone());
    }
    let t = Rc::new(lookup()?);
    Ok(cache.get_or_init(|| t).clone())
}

/// Modules codeact provides, by import name.
fn build(vm: &Vm, name: &str) -> Option<HashMap<Rc<str>, Value>> {
    match name {
        "collections" => Some(collections::build(vm)),
        "collections.abc" => match &collections::abc_module(vm) {
            Value::Module(m) => Some(m.attrs.clone()),
            _ => Some(collections::abc::build(vm)),
        },
        "enum" => Some(enums::build(vm)),
        "dataclasses" => Some(dataclasses::build(vm)),
        "typing" => Some(typing::build(vm)),
        "queue" => Some(queue::build(vm)),
        "copy" => Some(copy::build(vm)),
        "bisect" => Some(bisect::build(vm)),
        "heapq" => Some(heapq::build(vm)),
        "operator" => Some(operator::build(vm)),
        "functools" => Some(functools::build(vm)),
        "itertools" => Some(itertools::build(vm)),
        "math" => Some(math::build(vm)),
        "random" => Some(random::build(vm)),
        "string" => Some(string::build(vm)),
        "json" => Some(json::build(vm)),
        "base64" => Some(base64::build(vm)),
        "hashlib" => Some(hashlib::build(vm)),
        "stat" => Some(stat::build(vm)),
        "re" => Some(re::build(vm)),
        "datetime" => Some(datetime::build(vm)),
        "time" => Some(time::build(vm)),
        "fractions" => Some(fractions::build(vm)),
        "statistics" => Some(statistics::build(vm)),
        "textwrap" => Some(textwrap::build(vm)),
        "io" => Some(io::build(vm)),
        "csv" => Some(csv::build(vm)),
        "unicodedata" => Some(unicodedata::build(vm)),
        "decimal" => Some(decimal::build(vm)),
        _ => None,
    }
}

/// Names of every module codeact provides.
pub const AVAILABLE: &[&str] = &[
    "base64",
    "collections",
    "collections.abc",
    "datetime",
    "fractions",
    "hashlib",
    "itertools",
    "json",
    "math",
    "random",
    "re",
    "stat",
    "statistics",
    "string",
    "textwrap",
    "time",
    "functools",
    "operator",
    "heapq",
    "bisect",
    "copy",
    "queue",
    "io",
    "csv",
    "typing",
    "dataclasses",
    "enum",
    "unicodedata",
    "decimal",
];

impl Vm {
    /// `import name`: checks authorization, then builds (once) and returns the module.
    pub fn import_module(&self, name: &str) -> PyResult<Value> {
        if !self.import_allowed(name) {
            return Err(self.raise(
                "ImportError",
                crate::errors::import_not_allowed(name, &self.authorized_imports),
            ));
        }
        if let Some(m) = self.modules.borrow().get(name) {
            return Ok(m.clone());
        }
        let Some(attrs) = build(self, name) else {
            return Err(self.raise(
                "ModuleNotFoundError",
                format!(
                    "No module named '{}' (it is not available in codeact)",
                    name
                ),
            ));
        };
        let module = Value::Module(Rc::new(Module {
            name: Rc::from(name),
            attrs,
        }));
        self.modules
            .borrow_mut()
            .insert(Rc::from(name), module.clone());
        Ok(module)
    }

    /// smolagents' rules: `*` allows all, `pkg.*` allows a package and its submodules.
    pub fn import_allowed(&self, name: &str) -> bool {
        self.authorized_imports.iter().any(|a| {
            a == "*"
                || a == name
                || a.strip_suffix(".*")
                    .is_some_and(|pkg| name == pkg || name.starts_with(&format!("{}.", pkg)))
                || name.split('.').next() == Some(a.as_str())
                    && name.contains('.')
                    && self.authorized_imports.iter().any(|b| b == name)
        })
    }
}

/// Helper for module tables: a builtin function value.
pub fn func(f: &'static crate::value::BuiltinFn) -> (Rc<str>, Value) {
    (Rc::from(f.name), Value::Builtin(f))
}

/// An attribute of an imported module, for module code that needs the
/// classes it created at build time (`json.JSONDecodeError`).
pub fn module_attr(vm: &Vm, module: &str, name: &str) -> Option<Value> {
    match vm.modules.borrow().get(module) {
        Some(Value::Module(m)) => m.attrs.get(name).cloned(),
        _ => None,
    }
}
