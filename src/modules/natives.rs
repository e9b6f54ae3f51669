//! Building blocks for the types the container and functional modules
//! (collections, itertools, functools, operator, typing, dataclasses, enum)
//! implement in Rust: class objects, argument helpers, and lookups of
//! methods user code defined on subclasses of those types.
//!
//! Must not hold module-specific behaviour, and must not bypass the sandbox:
//! attribute access goes through the ordinary `Vm` entry points.

use std::cell::RefCell;
use std::rc::Rc;

use crate::eval::{Args, PyResult, Vm};
use crate::types::TypeKind;
use crate::value::{Class, ClassRef, NativeObject, Value};

/// Wraps a native object into a value, charging it to the memory account.
pub fn native<T: NativeObject>(obj: T) -> Value {
    Value::native(obj)
}

/// What calling a class implemented in Rust does.
pub type Constructor = fn(&Vm, &ClassRef, Args) -> PyResult<Value>;

/// A builtin-like class for a type implemented in Rust, deriving from `object`.
/// `name` is CPython's `tp_name` (`"itertools.count"`), which error messages use.
pub fn native_class(
    vm: &Vm,
    name: &str,
    module: &str,
    constructor: Option<Constructor>,
) -> ClassRef {
    Class::native(name, module, vec![vm.types.object.clone()], constructor)
}

/// A class user code may subclass (namedtuple classes, `Enum`, `NamedTuple`):
/// not marked builtin, instances are not builtin values.
pub fn open_class(name: &str, module: &str, bases: Vec<ClassRef>) -> ClassRef {
    let mut mro_tail: Vec<ClassRef> = Vec::new();
    for b in &bases {
        for c in b.mro() {
            if !mro_tail.iter().any(|x| Rc::ptr_eq(x, c)) {
                mro_tail.push(c.clone());
            }
        }
    }
    // `object` goes last, as in every C3 linearisation.
    if let Some(pos) = mro_tail.iter().position(|c| c.bases.is_empty()) {
        let root = mro_tail.remove(pos);
        mro_tail.push(root);
    }
    Rc::new(Class {
        name: Rc::from(name),
        qualname: Rc::from(name),
        module: Rc::from(module),
        bases,
        mro_tail,
        ns: crate::value::Namespace::new(crate::value::AttrMap::default()),
        traits: Default::default(),
        kind: TypeKind::Object,
        builtin: false,
        constructor: None,
    })
}

/// Sets a class attribute.
pub fn set_class_attr(class: &ClassRef, name: &str, value: Value) {
    class.ns.borrow_mut().insert(Rc::from(name), value);
}

/// A method user code wrote on `class` or a base it defined (a `def` in a
/// subclass of a namedtuple, an enum...), found before any native base.
pub fn user_method(class: &ClassRef, name: &str) -> Option<Value> {
    for c in class.mro() {
        if c.builtin {
            return None;
        }
        if let Some(v) = c.ns.borrow().get(name) {
            return match v {
                Value::Function(_)
                | Value::Property(_)
                | Value::ClassMethod(_)
                | Value::StaticMethod(_) => Some(v.clone()),
                _ => None,
            };
        }
    }
    None
}

/// Removes and returns keyword argument `name`.
pub fn take_kw(args: &mut Args, name: &str) -> Option<Value> {
    let pos = args.kw.iter().position(|(k, _)| k.as_ref() == name)?;
    Some(args.kw.remove(pos).1)
}

/// Fails when a C function that takes no keywords gets some.
pub fn no_kw(vm: &Vm, fname: &str, args: &Args) -> PyResult<()> {
    if args.kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{}() takes no keyword arguments", fname)))
    }
}

/// An `int` argument that must fit a machine integer, or `None` if it is not an int.
pub fn small_int(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

/// The text of a `str` argument.
pub fn as_str(v: &Value) -> Option<&str> {
    match v {
        Value::Str(s) => Some(s.as_str()),
        _ => None,
    }
}

/// `callable(v)`.
pub fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Function(_)
        | Value::BoundMethod(_)
        | Value::Builtin(_)
        | Value::NativeMethod(_)
        | Value::Class(_)
        | Value::Tool(_) => true,
        Value::Instance(_) => vm.special_method(v, "__call__").is_some(),
        Value::Native(n) => n.is_callable(),
        _ => false,
    }
}

/// The signature of a C function taking keyword arguments (Argument Clinic).
pub struct CSig<'a> {
    /// Name used in messages, e.g. `accumulate`.
    pub name: &'a str,
    /// Parameters in order; the first `positional` may be passed by position.
    pub params: &'a [&'a str],
    /// How many leading parameters are required.
    pub required: usize,
    /// How many parameters may be passed by position.
    pub positional: usize,
}

/// Binds `args` to a C signature, with CPython's messages.
pub fn bind_c(vm: &Vm, sig: &CSig, args: Args) -> PyResult<Vec<Option<Value>>> {
    if args.pos.len() > sig.positional {
        let what = if sig.positional == sig.params.len() {
            "arguments"
        } else {
            "positional arguments"
        };
        return Err(vm.type_error(format!(
            "{}() takes at most {} {} ({} given)",
            sig.name,
            sig.positional,
            what,
            args.pos.len()
        )));
    }
    bind_slots(vm, sig.name, sig.params, sig.required, args)
}

/// One slot per name of `params`, from positional arguments (already no
/// more than there are parameters) and keywords, with CPython's messages for
/// a keyword it does not take or that repeats a position, and for a missing
/// one of the first `required`.
pub fn bind_slots(
    vm: &Vm,
    function: &str,
    params: &[&str],
    required: usize,
    args: Args,
) -> PyResult<Vec<Option<Value>>> {
    check_keywords(vm, function, params, &args)?;
    let slots = fill_slots(params, args);
    if let Some(i) = (0..required).find(|&i| slots[i].is_none()) {
        return Err(vm.type_error(format!(
            "{}() missing required argument '{}' (pos {})",
            function,
            params[i],
            i + 1
        )));
    }
    Ok(slots)
}

/// Refuses keywords that are not among `params` (or name a parameter also
/// given by position), with CPython's messages for `function`.
pub fn check_keywords(vm: &Vm, function: &str, params: &[&str], args: &Args) -> PyResult<()> {
    for (k, _) in &args.kw {
        match params.iter().position(|p| *p == k.as_ref()) {
            Some(i) if i < args.pos.len() => {
                return Err(vm.type_error(crate::errors::given_by_name_and_position(
                    function,
                    k,
                    i + 1,
                )))
            }
            Some(_) => {}
            None => return Err(vm.type_error(crate::errors::invalid_keyword(k, function))),
        }
    }
    Ok(())
}

/// One slot per name of `params`: the positional arguments in order, then
/// the keywords by name. `check_keywords` has vetted the names.
fn fill_slots(params: &[&str], args: Args) -> Vec<Option<Value>> {
    let mut slots: Vec<Option<Value>> = vec![None; params.len()];
    for (i, v) in args.pos.into_iter().enumerate() {
        slots[i] = Some(v);
    }
    for (k, v) in args.kw {
        if let Some(i) = params.iter().position(|p| *p == k.as_ref()) {
            slots[i] = Some(v);
        }
    }
    slots
}

/// An index-sized `int` argument, or CPython's TypeError.
pub fn int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    small_int(v).ok_or_else(|| {
        vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))
    })
}

/// A module function that makes instances of a class the module defines
/// (`itertools.tee` makes `_tee` objects): a builtin function carrying that class.
pub struct ClassFn {
    name: &'static str,
    func_class: ClassRef,
    target: ClassRef,
    f: Constructor,
}

impl ClassFn {
    /// The function value `name`, calling `f` with `target`.
    pub fn value(vm: &Vm, name: &'static str, target: &ClassRef, f: Constructor) -> Value {
        native(ClassFn {
            name,
            func_class: vm.types.of_kind(TypeKind::BuiltinFunction),
            target: target.clone(),
            f,
        })
    }
}

impl NativeObject for ClassFn {
    fn class(&self) -> ClassRef {
        self.func_class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &Vm, _this: &Value) -> PyResult<String> {
        Ok(format!("<built-in function {}>", self.name))
    }
    fn get_attr(&self, _vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(matches!(name, "__name__" | "__qualname__").then(|| Value::str(self.name)))
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, vm: &Vm, _this: &Value, args: Args) -> Option<PyResult<Value>> {
        Some(vm.tick().and_then(|_| (self.f)(vm, &self.target, args)))
    }
}

/// Checks a C function's positional argument count, worded as CPython's
/// `_PyArg_CheckPositional` (`cycle expected 1 argument, got 0`).
pub fn positional(vm: &Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.pos.len();
    let (bound, which) = if n < min {
        (min, if min == max { "" } else { "at least " })
    } else if n > max {
        (max, if min == max { "" } else { "at most " })
    } else {
        return Ok(());
    };
    Err(vm.type_error(format!(
        "{} expected {}{} argument{}, got {}",
        name,
        which,
        bound,
        if bound == 1 { "" } else { "s" },
        n
    )))
}

/// The slot and stored key of `key` in a shared table, found without holding
/// a borrow while a stored key's `__eq__` runs (it may touch the table).
pub fn find_entry(
    vm: &Vm,
    table: &RefCell<crate::value::DictObj>,
    hash: u64,
    key: &Value,
) -> PyResult<Option<(usize, Value)>> {
    let candidates = table.borrow().candidates(hash);
    for pos in candidates {
        let stored = table.borrow().entry_at(pos).map(|e| e.key.clone());
        if let Some(k) = stored {
            if k.is(key) || vm.eq(&k, key)? {
                return Ok(Some((pos, k)));
            }
        }
    }
    Ok(None)
}

/// The share of the session's memory account a native container holds:
/// `settle` it with the container's length after each change (or
/// `settle_bytes` with a buffer's size); dropping it gives the bytes back.
/// Growth is charged once made, so check it first (`Vm::check_alloc` with
/// `estimate::buffer_slots`): the account never goes past the limit.
#[derive(Default)]
pub struct Charged(std::cell::Cell<usize>);

impl Charged {
    /// Brings the account in line with `len` values held, a slot each.
    pub fn settle(&self, len: usize) {
        self.settle_bytes(crate::limits::estimate::buffer_slots(len));
    }
    /// Brings the account in line with `bytes` held.
    pub fn settle_bytes(&self, bytes: usize) {
        let charged = self.0.get();
        if bytes > charged {
            crate::value::charge(bytes - charged);
        } else {
            crate::value::credit(charged - bytes);
        }
        self.0.set(bytes);
    }
}

impl Drop for Charged {
    fn drop(&mut self) {
        self.settle_bytes(0);
    }
}
