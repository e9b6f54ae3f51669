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
    /// Heap bytes the object owns beyond its struct and the values it
    /// holds (the digits of a fraction, the spans of a match), fixed for
    /// its whole life: `Value::native` charges them to the memory account
    /// with the object and gives them back when it is freed. Buffers that
    /// grow (a StringIO, a deque) keep a `Charged` of their own instead.
    fn heap_bytes(&self) -> usize {
        0
    }
}

/// A native object as `Value::native` stores it: the object and the bytes
/// it was charged to the session's memory account, given back on drop
/// wherever the last reference goes.
struct Accounted<T> {
    bytes: usize,
    inner: T,
}

impl<T> Drop for Accounted<T> {
    fn drop(&mut self) {
        super::credit(self.bytes);
    }
}

impl Value {
    /// Wraps a native object into a value, charging its size
    /// (`estimate::native`) to the memory account.
    pub fn native<T: NativeObject>(obj: T) -> Value {
        let bytes = crate::limits::estimate::native(std::mem::size_of::<T>(), obj.heap_bytes());
        super::charge(bytes);
        Value::native_uncharged(Accounted { bytes, inner: obj })
    }

    /// Wraps a native object into a value without charging the memory
    /// account (module objects and the objects their functions make).
    pub fn native_uncharged<T: NativeObject>(obj: T) -> Value {
        Value::Native(Rc::new(Box::new(obj)))
    }
}

impl<T: NativeObject> NativeObject for Accounted<T> {
    fn class(&self) -> ClassRef {
        self.inner.class()
    }
    fn as_any(&self) -> &dyn Any {
        self.inner.as_any()
    }
    fn repr(&self, vm: &Vm, this: &Value) -> PyResult<String> {
        self.inner.repr(vm, this)
    }
    fn str(&self, vm: &Vm, this: &Value) -> PyResult<String> {
        self.inner.str(vm, this)
    }
    fn get_attr(&self, vm: &Vm, this: &Value, name: &str) -> PyResult<Option<Value>> {
        self.inner.get_attr(vm, this, name)
    }
    fn set_attr(&self, vm: &Vm, name: &str, value: Value) -> Option<PyResult<()>> {
        self.inner.set_attr(vm, name, value)
    }
    fn has_method(&self, name: &str) -> bool {
        self.inner.has_method(name)
    }
    fn call_method(&self, vm: &Vm, this: &Value, name: &str, args: Args) -> PyResult<Value> {
        self.inner.call_method(vm, this, name, args)
    }
    fn call(&self, vm: &Vm, this: &Value, args: Args) -> Option<PyResult<Value>> {
        self.inner.call(vm, this, args)
    }
    fn is_callable(&self) -> bool {
        self.inner.is_callable()
    }
    fn binds(&self) -> bool {
        self.inner.binds()
    }
    fn len(&self, vm: &Vm) -> Option<PyResult<usize>> {
        self.inner.len(vm)
    }
    fn truthy(&self, vm: &Vm) -> Option<PyResult<bool>> {
        self.inner.truthy(vm)
    }
    fn iter(&self, vm: &Vm, this: &Value) -> Option<PyResult<Value>> {
        self.inner.iter(vm, this)
    }
    fn next(&self, vm: &Vm) -> Option<PyResult<Option<Value>>> {
        self.inner.next(vm)
    }
    fn next_supported(&self) -> bool {
        self.inner.next_supported()
    }
    fn get_item(&self, vm: &Vm, key: &Value) -> Option<PyResult<Value>> {
        self.inner.get_item(vm, key)
    }
    fn set_item(&self, vm: &Vm, key: Value, value: Value) -> Option<PyResult<()>> {
        self.inner.set_item(vm, key, value)
    }
    fn del_item(&self, vm: &Vm, key: &Value) -> Option<PyResult<()>> {
        self.inner.del_item(vm, key)
    }
    fn contains(&self, vm: &Vm, item: &Value) -> Option<PyResult<bool>> {
        self.inner.contains(vm, item)
    }
    fn eq(&self, vm: &Vm, other: &Value) -> Option<PyResult<bool>> {
        self.inner.eq(vm, other)
    }
    fn hash(&self, vm: &Vm) -> Option<PyResult<u64>> {
        self.inner.hash(vm)
    }
    fn compare(&self, vm: &Vm, op: CmpOp, other: &Value) -> Option<PyResult<bool>> {
        self.inner.compare(vm, op, other)
    }
    fn binary_op(
        &self,
        vm: &Vm,
        op: BinOp,
        this: &Value,
        other: &Value,
        reflected: bool,
    ) -> Option<PyResult<Value>> {
        self.inner.binary_op(vm, op, this, other, reflected)
    }
    fn as_dict(&self) -> Option<Rc<RefCell<DictObj>>> {
        self.inner.as_dict()
    }
    fn missing(&self, vm: &Vm, key: &Value) -> Option<PyResult<Value>> {
        self.inner.missing(vm, key)
    }
    fn heap_bytes(&self) -> usize {
        self.inner.heap_bytes()
    }
}

/// Downcasts a value to a native type.
pub fn native_ref<T: 'static>(v: &Value) -> Option<&T> {
    match v {
        Value::Native(n) => n.as_any().downcast_ref::<T>(),
        _ => None,
    }
}
