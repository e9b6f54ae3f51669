//! Shared plumbing for the natively written stdlib modules: binding call
//! arguments the way a Python-level function does (with CPython's messages),
//! small argument converters, and module-defined exception classes.
//!
//! Must not hold module-specific behaviour; each module owns its own file.

use num_bigint::BigInt;
use std::rc::Rc;

use crate::errors;
use crate::eval::{Args, PyResult, Unwind, Vm};
use crate::modules::natives::{native, set_class_attr};
use crate::types::TypeKind;
use crate::value::{Class, ClassRef, NativeMethod, Value};

/// A `'static` `None` to borrow as a default (`slot.as_ref().unwrap_or(NONE)`).
pub const NONE: &Value = &Value::None;

/// The signature of a function written in Python in CPython's stdlib.
pub struct Sig<'a> {
    /// Name used in messages, e.g. `Random.randint` or `mean`.
    pub name: &'a str,
    /// Positional-or-keyword parameters, in order.
    pub params: &'a [&'a str],
    /// How many leading `params` have no default.
    pub required: usize,
    /// Keyword-only parameters (all optional).
    pub kwonly: &'a [&'a str],
    /// Whether the function is a method: `self` counts in "takes N positional arguments".
    pub method: bool,
}

/// Binds `args` to `sig`: one slot per positional parameter, then one per keyword-only one.
pub fn bind(vm: &Vm, sig: &Sig, args: Args) -> PyResult<Vec<Option<Value>>> {
    let np = sig.params.len();
    let extra = sig.method as usize;
    if args.pos.len() > np {
        let kw_given = args
            .kw
            .iter()
            .filter(|(k, _)| sig.kwonly.contains(&k.as_ref()))
            .count();
        return Err(vm.type_error(errors::too_many_positional(
            sig.name,
            sig.required + extra,
            np + extra,
            args.pos.len() + extra,
            kw_given,
        )));
    }
    let mut slots: Vec<Option<Value>> = vec![None; np + sig.kwonly.len()];
    for (i, v) in args.pos.into_iter().enumerate() {
        slots[i] = Some(v);
    }
    for (k, v) in args.kw {
        let pos = sig
            .params
            .iter()
            .chain(sig.kwonly.iter())
            .position(|p| *p == k.as_ref());
        match pos {
            Some(i) if slots[i].is_some() => {
                return Err(vm.type_error(errors::multiple_values(sig.name, &k)))
            }
            Some(i) => slots[i] = Some(v),
            None => return Err(vm.type_error(errors::unexpected_keyword(sig.name, &k))),
        }
    }
    let missing: Vec<String> = (0..sig.required)
        .filter(|&i| slots[i].is_none())
        .map(|i| sig.params[i].to_string())
        .collect();
    if !missing.is_empty() {
        return Err(vm.type_error(errors::missing_args(sig.name, &missing, "positional")));
    }
    Ok(slots)
}

/// A bound method value `receiver.name`, for module tables that export an instance's methods.
pub fn method(receiver: &Value, name: &str) -> Value {
    Value::NativeMethod(Rc::new(NativeMethod {
        receiver: receiver.clone(),
        name: Rc::from(name),
    }))
}

/// An `int` argument as a BigInt (bools count), or `None` when it is not an int.
pub fn as_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// An exception class defined by a module, e.g. `statistics.StatisticsError(ValueError)`.
pub fn exception_class(vm: &Vm, name: &str, module: &str, base: &str) -> ClassRef {
    Class::native(name, module, vec![vm.types.exception(base)], None)
}

/// Raises an instance of `class` with one message.
pub fn raise_class(vm: &Vm, class: &ClassRef, msg: impl Into<String>) -> Unwind {
    Unwind::raise(vm.new_exception(class, vec![Value::string(msg.into())]))
}

/// A bytes-like argument (`bytes`), or CPython's "a bytes-like object is required" TypeError.
pub fn bytes_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a [u8]> {
    match v {
        Value::Bytes(b) => Ok(b.as_slice()),
        other => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(other)
        ))),
    }
}

/// A function stored on a native class that needs the class (`Fraction.from_float`,
/// `Decimal.from_float`): calling it passes the class and the function's name.
pub struct ClassFn {
    class: ClassRef,
    name: &'static str,
    f: ClassFnPtr,
}

/// The Rust function behind a `ClassFn`.
pub type ClassFnPtr = fn(&Vm, &ClassRef, &str, Args) -> PyResult<Value>;

impl ClassFn {
    /// A callable value for `class.name`.
    pub fn value(class: &ClassRef, name: &'static str, f: ClassFnPtr) -> Value {
        Value::native_uncharged(ClassFn {
            class: class.clone(),
            name,
            f,
        })
    }
}

impl crate::value::NativeObject for ClassFn {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &Vm, _this: &Value) -> PyResult<String> {
        Ok(format!(
            "<bound method {}.{} of <class '{}.{}'>>",
            self.class.name, self.name, self.class.module, self.class.name
        ))
    }
    fn call(&self, vm: &Vm, _this: &Value, args: Args) -> Option<PyResult<Value>> {
        Some((self.f)(vm, &self.class, self.name, args))
    }
}

/// The class `name` of a module value (`collections.abc.MutableMapping`),
/// or `object` when the module lacks it.
pub fn module_class(vm: &Vm, module: &Value, name: &str) -> ClassRef {
    match module {
        Value::Module(m) => match m.attrs.get(name) {
            Some(Value::Class(c)) => c.clone(),
            _ => vm.types.object.clone(),
        },
        _ => vm.types.object.clone(),
    }
}

/// A method a module installs on a class it builds, one CPython writes in
/// Python (`UserDict.__init__`): a function that binds like a `def` (the
/// call's first argument is `self`) and reprs as `<function Owner.name at 0x…>`.
pub struct PyMethod {
    class: ClassRef,
    owner: &'static str,
    name: &'static str,
    f: PyMethodPtr,
}

/// The Rust function behind a `PyMethod`: given the method's name and the call's arguments.
pub type PyMethodPtr = fn(&Vm, &'static str, Args) -> PyResult<Value>;

/// Sets each of `names` on `class` as a `PyMethod` of `owner` calling `f`.
pub fn install_methods<'a>(
    vm: &Vm,
    class: &ClassRef,
    owner: &'static str,
    names: impl IntoIterator<Item = &'a &'static str>,
    f: PyMethodPtr,
) {
    let function_class = vm.types.of_kind(TypeKind::Function);
    for name in names {
        set_class_attr(
            class,
            name,
            native(PyMethod {
                class: function_class.clone(),
                owner,
                name,
                f,
            }),
        );
    }
}

impl crate::value::NativeObject for PyMethod {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<function {}.{} at {:#x}>",
            self.owner,
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
        Some((self.f)(vm, self.name, args))
    }
}
