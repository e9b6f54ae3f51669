//! `NativeObject`: the extension point for types implemented in Rust by
//! modules (deque, Counter, datetime, match objects, itertools iterators...).
//!
//! Every hook has a default that means "not supported", so a type implements
//! only what it offers; the evaluator falls back to the usual TypeError.
//! Dict-backed types (Counter, defaultdict, OrderedDict) expose their storage
//! through `as_dict` and get every dict behaviour for free.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use super::{ClassRef, DictObj, Value};
use crate::eval::{Args, PyResult, Vm};
use crate::ir::{BinOp, CmpOp};

#[allow(unused_variables)]
pub trait NativeObject: Any {
    /// The class of the object: what `type(x)` returns and `isinstance` checks.
    fn class(&self) -> ClassRef;
    fn as_any(&self) -> &dyn Any;
    fn repr(&self, vm: &Vm, this: &Value) -> PyResult<String>;
    /// Defaults to `repr(this)`, through the evaluator's guard against cycles.
    fn str(&self, vm: &Vm, this: &Value) -> PyResult<String> {
        vm.repr(this)
    }
    /// Data attributes (`d.year`, `m.lastindex`).
    fn get_attr(&self, vm: &Vm, this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(None)
    }
    /// `obj.name = value` (`decimal.getcontext().prec = 6`); `None` when not supported.
    fn set_attr(&self, vm: &Vm, name: &str, value: Value) -> Option<PyResult<()>> {
        None
    }
    fn has_method(&self, name: &str) -> bool {
        false
    }
    fn call_method(&self, vm: &Vm, this: &Value, name: &str, args: Args) -> PyResult<Value> {
        Err(vm.raise(
            "AttributeError",
            crate::errors::no_attribute(&self.class().name, name),
        ))
    }
    /// For callable objects (`functools.partial`, `operator.itemgetter`).
    fn call(&self, vm: &Vm, this: &Value, args: Args) -> Option<PyResult<Value>> {
        None
    }
    /// Whether `call` is implemented (what `callable(x)` reports).
    fn is_callable(&self) -> bool {
        false
    }
    /// Whether a callable found on a class binds to the instance like a
    /// function (generated dataclass methods, `lru_cache` wrappers).
    fn binds(&self) -> bool {
        false
    }
    fn len(&self, vm: &Vm) -> Option<PyResult<usize>> {
        None
    }
    fn truthy(&self, vm: &Vm) -> Option<PyResult<bool>> {
        None
    }
    /// `iter(x)`; iterators return themselves.
    fn iter(&self, vm: &Vm, this: &Value) -> Option<PyResult<Value>> {
        None
    }
    /// `next(x)` for iterator types; `Ok(None)` when exhausted.
    fn next(&self, vm: &Vm) -> Option<PyResult<Option<Value>>> {
        None
    }
    /// Whether `next` is implemented (the object is an iterator).
    fn next_supported(&self) -> bool {
        false
    }
    fn get_item(&self, vm: &Vm, key: &Value) -> Option<PyResult<Value>> {
        None
    }
    fn set_item(&self, vm: &Vm, key: Value, value: Value) -> Option<PyResult<()>> {
        None
    }
    fn del_item(&self, vm: &Vm, key: &Value) -> Option<PyResult<()>> {
        None
    }
    fn contains(&self, vm: &Vm, item: &Value) -> Option<PyResult<bool>> {
        None
    }
    fn eq(&self, vm: &Vm, other: &Value) -> Option<PyResult<bool>> {
        None
    }
    fn hash(&self, vm: &Vm) -> Option<PyResult<u64>> {
        None
    }
    /// Ordering comparisons (`<`, `<=`, `>`, `>=`); `None` when `other` is not comparable.
    fn compare(&self, vm: &Vm, op: CmpOp, other: &Value) -> Option<PyResult<bool>> {
        None
    }
    /// `this op other`, or `other op this` when `reflected`.
    fn binary_op(
        &self,
        vm: &Vm,
        op: BinOp,
        this: &Value,
        other: &Value,
        reflected: bool,
    ) -> Option<PyResult<Value>> {
        None
    }
    /// Storage of dict-backed types: all dict operations apply to it.
    fn as_dict(&self) -> Option<Rc<RefCell<DictObj>>> {
        None
    }
    /// `d[key]` for a missing key of a dict-backed type (defaultdict, Counter).
    fn missing(&self, vm: &Vm, key: &Value) -> Option<PyResult<Value>> {
        None
    }
}

/// Downcasts a value to a native type.
pub fn native_ref<T: 'static>(v: &Value) -> Option<&T> {
    match v {
        Value::Native(n) => n.as_any().downcast_ref::<T>(),
        _ => None,
    }
}
