//! The object protocol every value speaks: truth, type, equality, hashing,
//! ordering, repr/str, length, membership, item access and the dict/set
//! primitives built on hashing. User dunders are honoured here.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::hash::{Hash, Hasher};
use std::rc::Rc;

use super::{Args, PyResult, Unwind, Vm};
use crate::errors;
use crate::ir::CmpOp;
use crate::types::TypeKind;
use crate::value::{ClassRef, DictObj, SetObj, SliceObj, Value};

/// CPython's modulus for numeric hashes (2**61 - 1).
const HASH_MODULUS: i64 = (1 << 61) - 1;

impl Vm {
    pub fn truthy(&self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::BigInt(_) => true,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) => !d.borrow().is_empty(),
            Value::DictView(v) => !v.0.borrow().is_empty(),
            Value::Set(s) => !s.borrow().is_empty(),
            Value::FrozenSet(s) => !s.is_empty(),
            Value::Range(r) => r.len() > 0,
            Value::Native(n) => {
                if let Some(r) = n.truthy(self) {
                    return r;
                }
                if let Some(d) = n.as_dict() {
                    return Ok(!d.borrow().is_empty());
                }
                match n.len(self) {
                    Some(r) => r? != 0,
                    None => true,
                }
            }
            Value::Instance(_) => {
                if let Some(m) = self.special_method(v, "__bool__") {
                    let r = self.call(&m, Args::default())?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => Err(self.type_error(format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name(&other)
                        ))),
                    };
                }
                if let Some(m) = self.special_method(v, "__len__") {
                    let r = self.call(&m, Args::default())?;
                    return Ok(self.len_result(r)? != 0);
                }
                true
            }
            _ => true,
        })
    }

    pub fn type_of(&self, v: &Value) -> Value {
        Value::Class(self.class_of(v))
    }

    pub fn class_of(&self, v: &Value) -> ClassRef {
        let kind = match v {
            Value::Instance(i) => return i.class.clone(),
            Value::Native(n) => return n.class(),
            Value::None => TypeKind::NoneType,
            Value::Bool(_) => TypeKind::Bool,
            Value::Int(_) | Value::BigInt(_) => TypeKind::Int,
            Value::Float(_) => TypeKind::Float,
            Value::Str(_) => TypeKind::Str,
            Value::Bytes(_) => TypeKind::Bytes,
            Value::List(_) => TypeKind::List,
            Value::Tuple(_) => TypeKind::Tuple,
            Value::Dict(_) => TypeKind::Dict,
            Value::DictView(v) => {
                return self.types.iterator_class(match v.1 {
                    crate::eval::iter::DictPart::Keys => "dict_keys",
                    crate::eval::iter::DictPart::Values => "dict_values",
                    crate::eval::iter::DictPart::Items => "dict_items",
                })
            }
            Value::Set(_) => TypeKind::Set,
            Value::FrozenSet(_) => TypeKind::FrozenSet,
            Value::Range(_) => TypeKind::Range,
            Value::Slice(_) => TypeKind::Slice,
            Value::Function(_) => TypeKind::Function,
            Value::BoundMethod(_) => TypeKind::Method,
            Value::Builtin(_) | Value::NativeMethod(_) | Value::Tool(_) => {
                TypeKind::BuiltinFunction
            }
            Value::Class(_) => TypeKind::Type,
            Value::Iterator(it) => {
                let name = it.try_borrow().map_or("iterator", |s| s.type_name());
                return self.types.iterator_class(name);
            }
            Value::Generator(_) => TypeKind::Generator,
            Value::Module(_) => TypeKind::Module,
            Value::Property(_) => TypeKind::Property,
            Value::StaticMethod(_) => TypeKind::StaticMethod,
            Value::ClassMethod(_) => TypeKind::ClassMethod,
            Value::Super(_) => TypeKind::Super,
            Value::Ellipsis => TypeKind::Ellipsis,
            Value::NotImplemented => TypeKind::NotImplementedType,
        };
        self.types.of_kind(kind)
    }

    pub fn type_name(&self, v: &Value) -> String {
        match v {
            Value::Iterator(it) => it.borrow().type_name().to_string(),
            Value::DictView(v) => match v.1 {
                crate::eval::iter::DictPart::Keys => "dict_keys".into(),
                crate::eval::iter::DictPart::Values => "dict_values".into(),
                crate::eval::iter::DictPart::Items => "dict_items".into(),
            },
            Value::NotImplemented => "NotImplementedType".into(),
            _ => self.class_of(v).name.to_string(),
        }
    }

    /// Whether `u` is a Python exception of the builtin class `exception_name`
    /// (or a subclass): what `except exception_name:` would catch.
    pub fn caught(&self, u: &Unwind, exception_name: &str) -> bool {
        u.exception()
            .is_some_and(|e| self.is_instance_of(e, exception_name))
    }

    pub fn is_instance_of(&self, v: &Value, exception_name: &str) -> bool {
        let class = self.types.exception(exception_name);
        match v {
            Value::Instance(i) => i.class.is_subclass(&class),
            _ => false,
        }
    }

    /// A dunder defined on the value's (user) class, bound to the value.
    pub fn special_method(&self, v: &Value, name: &str) -> Option<Value> {
        match v {
            Value::Instance(i) => {
                let m = i.class.lookup(name)?;
                Some(match m {
                    Value::Function(_) => self.bind(m, v),
                    Value::Native(ref n) if n.binds() => self.bind(m, v),
                    Value::StaticMethod(ref f) => (**f).clone(),
                    Value::ClassMethod(ref f) => {
                        self.bind((**f).clone(), &Value::Class(i.class.clone()))
                    }
                    other => other,
                })
            }
            // Native types opt into dunder protocols (`__float__`, `__neg__`, ...) via `has_method`.
            Value::Native(n) if n.has_method(name) => {
                Some(Value::NativeMethod(Rc::new(crate::value::NativeMethod {
                    receiver: v.clone(),
                    name: Rc::from(name),
                })))
            }
            _ => None,
        }
    }

    fn len_result(&self, r: Value) -> PyResult<usize> {
        match &r {
            Value::Int(i) if *i >= 0 => Ok(*i as usize),
            Value::Bool(b) => Ok(*b as usize),
            Value::Int(_) => Err(self.value_error("__len__() should return >= 0")),
            Value::BigInt(b) if b.is_negative() => {
                Err(self.value_error("__len__() should return >= 0"))
            }
            Value::BigInt(_) => Err(self.raise(
                "OverflowError",
                "cannot fit 'int' into an index-sized integer",
            )),
            other => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(other)
            ))),
        }
    }

    pub fn len(&self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => s.char_len(),
            Value::Bytes(b) => b.len(),
            Value::List(l) => l.borrow().len(),
            Value::Tuple(t) => t.len(),
            Value::Dict(d) => d.borrow().len(),
            Value::DictView(v) => v.0.borrow().len(),
            Value::Set(s) => s.borrow().len(),
            Value::FrozenSet(s) => s.len(),
            Value::Range(r) => r.len().max(0) as usize,
            Value::Class(c) if c.lookup("__class_iter__").is_some() => self.collect(v)?.len(),
            Value::Native(n) => match (n.len(self), n.as_dict()) {
                (Some(r), _) => r?,
                (None, Some(d)) => d.borrow().len(),
                (None, None) => return Err(self.type_error(errors::no_len(&self.type_name(v)))),
            },
            Value::Instance(_) => match self.special_method(v, "__len__") {
                Some(m) => {
                    let r = self.call(&m, Args::default())?;
                    self.len_result(r)?
                }
                None => return Err(self.type_error(errors::no_len(&self.type_name(v)))),
            },
            _ => return Err(self.type_error(errors::no_len(&self.type_name(v)))),
        })
    }

    // ----- equality and ordering -----

    /// `a == b`, with Python's numeric tower and user `__eq__`.
    pub fn eq(&self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = simple_eq(a, b) {
            return Ok(r);
        }
        match (a, b) {
            (Value::List(x), Value::List(y)) => {
                if Rc::ptr_eq(x, y) {
                    return Ok(true);
                }
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                self.seq_eq(&x, &y)
            }
            (Value::Tuple(x), Value::Tuple(y)) => {
                if Rc::ptr_eq(x, y) {
                    return Ok(true);
                }
                self.seq_eq(x, y)
            }
            (Value::Dict(x), Value::Dict(y)) => {
                if Rc::ptr_eq(x, y) {
                    return Ok(true);
                }
                let items = x.borrow().items();
                if items.len() != y.borrow().len() {
                    return Ok(false);
                }
                self.nested(" in comparison", || {
                    for (k, v) in items {
                        match self.dict_get(y, &k)? {
                            Some(w) => {
                                if !v.is(&w) && !self.eq(&v, &w)? {
                                    return Ok(false);
                                }
                            }
                            None => return Ok(false),
                        }
                    }
                    Ok(true)
                })
            }
            _ if set_like(a) && set_like(b) => {
                let (xa, ya) = (self.set_items(a), self.set_items(b));
                if xa.len() != ya.len() {
                    return Ok(false);
                }
                for item in &xa {
                    if !self.contains(b, item)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            (Value::Slice(x), Value::Slice(y)) => {
                let (x, y) = (x.clone(), y.clone());
                Ok(self.eq(&x.start, &y.start)?
                    && self.eq(&x.stop, &y.stop)?
                    && self.eq(&x.step, &y.step)?)
            }
            (Value::Range(x), Value::Range(y)) => {
                let (lx, ly) = (x.len(), y.len());
                Ok(lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step))))
            }
            (Value::Native(n), other) | (other, Value::Native(n)) => {
                if let Some(r) = n.eq(self, other) {
                    return r;
                }
                if let Some(d) = n.as_dict() {
                    let other_dict = match other {
                        Value::Dict(o) => Some(o.clone()),
                        Value::Native(m) => m.as_dict(),
                        _ => None,
                    };
                    if let Some(o) = other_dict {
                        return self.eq(&Value::Dict(d), &Value::Dict(o));
                    }
                }
                Ok(a.is(b))
            }
            // The `==` operator's protocol, a subclass's `__eq__` first.
            (Value::Instance(_), _) | (_, Value::Instance(_)) => {
                let r = self.instance_equality(false, a, b)?;
                self.truthy(&r)
            }
            _ => Ok(a.is(b)),
        }
    }

    fn seq_eq(&self, x: &[Value], y: &[Value]) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        self.nested(" in comparison", || {
            for (p, q) in x.iter().zip(y) {
                if !p.is(q) && !self.eq(p, q)? {
                    return Ok(false);
                }
            }
            Ok(true)
        })
    }

    /// The value of one comparison as an expression: what the dunder
    /// returned for instances (`__eq__` may return any object), else a bool.
    pub fn compare_value(&self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        match op {
            CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge => self.rich_compare(op, a, b),
            CmpOp::Eq | CmpOp::Ne
                if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) =>
            {
                self.instance_equality(op == CmpOp::Ne, a, b)
            }
            _ => Ok(Value::Bool(self.compare_truthy(op, a, b)?)),
        }
    }

    /// `==`/`!=` with an instance operand: `__eq__`/`__ne__` of the left
    /// operand, then of the right one; a missing `__ne__` inverts `__eq__`
    /// (as `object.__ne__`); identity decides when all decline.
    fn instance_equality(&self, ne: bool, a: &Value, b: &Value) -> PyResult<Value> {
        let mut order = [(a, b), (b, a)];
        if right_is_subclass(a, b) {
            order.swap(0, 1);
        }
        for (x, y) in order {
            if ne {
                if let Some(m) = self.special_method(x, "__ne__") {
                    let r = self.call(&m, Args::new(vec![y.clone()]))?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                    continue;
                }
            }
            if let Some(m) = self.special_method(x, "__eq__") {
                let r = self.call(&m, Args::new(vec![y.clone()]))?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(if ne {
                        Value::Bool(!self.truthy(&r)?)
                    } else {
                        r
                    });
                }
            }
        }
        Ok(Value::Bool(a.is(b) != ne))
    }

    pub fn compare_truthy(&self, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
        match op {
            CmpOp::Eq => self.eq(a, b),
            CmpOp::Ne => {
                if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
                    let r = self.instance_equality(true, a, b)?;
                    return self.truthy(&r);
                }
                Ok(!self.eq(a, b)?)
            }
            CmpOp::Is => Ok(a.is(b)),
            CmpOp::IsNot => Ok(!a.is(b)),
            CmpOp::In => self.contains(b, a),
            CmpOp::NotIn => Ok(!self.contains(b, a)?),
            CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge => {
                let r = self.rich_compare(op, a, b)?;
                self.truthy(&r)
            }
        }
    }

    /// `<`, `<=`, `>`, `>=` with reflection to the other operand's dunder.
    pub fn rich_compare(&self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        if is_number(a) && is_number(b) && numeric_order(a, b).is_none() {
            // NaN: every ordering comparison is false.
            return Ok(Value::Bool(false));
        }
        match (a, b) {
            (Value::List(x), Value::List(y)) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                return self.seq_compare(op, &x, &y);
            }
            (Value::Tuple(x), Value::Tuple(y)) => return self.seq_compare(op, x, y),
            _ => {}
        }
        if let Some(ord) = self.builtin_order(a, b)? {
            use std::cmp::Ordering::*;
            let r = match op {
                CmpOp::Lt => ord == Less,
                CmpOp::Le => ord != Greater,
                CmpOp::Gt => ord == Greater,
                _ => ord != Less,
            };
            return Ok(Value::Bool(r));
        }
        if set_like(a) && set_like(b) {
            let (la, lb) = (self.set_items(a).len(), self.set_items(b).len());
            let sub = |x: &Value, y: &Value| -> PyResult<bool> {
                for item in self.set_items(x) {
                    if !self.contains(y, &item)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            };
            let r = match op {
                CmpOp::Le => sub(a, b)?,
                CmpOp::Lt => la < lb && sub(a, b)?,
                CmpOp::Ge => sub(b, a)?,
                _ => la > lb && sub(b, a)?,
            };
            return Ok(Value::Bool(r));
        }
        if let Value::Native(n) = a {
            if let Some(r) = n.compare(self, op, b) {
                return r.map(Value::Bool);
            }
        }
        if let Value::Native(n) = b {
            let flipped = match op {
                CmpOp::Lt => CmpOp::Gt,
                CmpOp::Le => CmpOp::Ge,
                CmpOp::Gt => CmpOp::Lt,
                _ => CmpOp::Le,
            };
            if let Some(r) = n.compare(self, flipped, a) {
                return r.map(Value::Bool);
            }
        }
        let (name, reflected, sym) = match op {
            CmpOp::Lt => ("__lt__", "__gt__", "<"),
            CmpOp::Le => ("__le__", "__ge__", "<="),
            CmpOp::Gt => ("__gt__", "__lt__", ">"),
            _ => ("__ge__", "__le__", ">="),
        };
        // The right operand goes first when its class is a proper subclass of the left's.
        let mut tries = [(a, name, b), (b, reflected, a)];
        if right_is_subclass(a, b) {
            tries.swap(0, 1);
        }
        for (x, method, y) in tries {
            if let Some(m) = self.special_method(x, method) {
                let r = self.call(&m, Args::new(vec![y.clone()]))?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        Err(self.type_error(errors::not_supported_between(
            sym,
            &self.type_name(a),
            &self.type_name(b),
        )))
    }

    /// Sequence `op`: the first pair of items that differ decides, compared
    /// with `op` itself (as CPython, so `>` names `>` in errors and NaN stays
    /// unordered); else the lengths.
    fn seq_compare(&self, op: CmpOp, x: &[Value], y: &[Value]) -> PyResult<Value> {
        self.nested(" in comparison", || {
            for (p, q) in x.iter().zip(y) {
                if !p.is(q) && !self.eq(p, q)? {
                    return self.rich_compare(op, p, q);
                }
            }
            let ord = x.len().cmp(&y.len());
            Ok(Value::Bool(match op {
                CmpOp::Lt => ord.is_lt(),
                CmpOp::Le => ord.is_le(),
                CmpOp::Gt => ord.is_gt(),
                _ => ord.is_ge(),
            }))
        })
    }

    /// Total order of builtin values of comparable types; `None` when not comparable here.
    pub fn builtin_order(&self, a: &Value, b: &Value) -> PyResult<Option<std::cmp::Ordering>> {
        Ok(match (a, b) {
            (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
            (Value::Str(x), Value::Str(y)) => Some(x.as_str().cmp(y.as_str())),
            (
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_),
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_),
            ) => numeric_order(a, b),
            (Value::Bytes(x), Value::Bytes(y)) => Some(x.cmp(y)),
            (Value::List(x), Value::List(y)) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                self.seq_order(&x, &y)?
            }
            (Value::Tuple(x), Value::Tuple(y)) => self.seq_order(x, y)?,
            _ => None,
        })
    }

    /// Ints and strs, the usual sort keys, are ordered in a first pass with
    /// neither an equality test nor the recursion guard; the first other pair
    /// hands the rest to the general comparison.
    fn seq_order(&self, x: &[Value], y: &[Value]) -> PyResult<Option<std::cmp::Ordering>> {
        use std::cmp::Ordering::Equal;
        for (i, (p, q)) in x.iter().zip(y).enumerate() {
            let order = match (p, q) {
                (Value::Int(a), Value::Int(b)) => a.cmp(b),
                (Value::Str(a), Value::Str(b)) => a.as_str().cmp(b.as_str()),
                _ => {
                    let (x, y) = (&x[i..], &y[i..]);
                    return self.nested(" in comparison", || self.seq_order_items(x, y));
                }
            };
            if order != Equal {
                return Ok(Some(order));
            }
        }
        Ok(Some(x.len().cmp(&y.len())))
    }

    fn seq_order_items(&self, x: &[Value], y: &[Value]) -> PyResult<Option<std::cmp::Ordering>> {
        for (p, q) in x.iter().zip(y) {
            if p.is(q) || self.eq(p, q)? {
                continue;
            }
            if let Some(o) = self.builtin_order(p, q)? {
                return Ok(Some(o));
            }
            let lt = self.rich_compare(CmpOp::Lt, p, q)?;
            return Ok(Some(if self.truthy(&lt)? {
                std::cmp::Ordering::Less
            } else {
                std::cmp::Ordering::Greater
            }));
        }
        Ok(Some(x.len().cmp(&y.len())))
    }

    /// `a < b` as a bool, for sorting, min and max.
    pub fn less_than(&self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(x < y),
            (Value::Str(x), Value::Str(y)) => return Ok(x.as_str() < y.as_str()),
            (Value::Tuple(x), Value::Tuple(y)) => {
                return Ok(self.seq_order(x, y)? == Some(std::cmp::Ordering::Less))
            }
            _ => {}
        }
        let r = self.rich_compare(CmpOp::Lt, a, b)?;
        self.truthy(&r)
    }

    // ----- membership -----

    pub fn contains(&self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
                other => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(other)
                ))),
            },
            Value::List(l) => {
                let items = l.borrow().clone();
                self.seq_contains(&items, item)
            }
            Value::Tuple(t) => self.seq_contains(t, item),
            Value::Dict(d) => Ok(self.dict_get(d, item)?.is_some()),
            Value::DictView(v) if v.1 == crate::eval::iter::DictPart::Keys => {
                Ok(self.dict_get(&v.0, item)?.is_some())
            }
            Value::DictView(_) => self.iter_contains(container, item),
            // A set is looked up as the equal frozenset.
            Value::Set(_) | Value::FrozenSet(_) if matches!(item, Value::Set(_)) => {
                let Value::Set(inner) = item else {
                    return Ok(false);
                };
                let frozen = Value::FrozenSet(Rc::new(inner.borrow().clone()));
                self.contains(container, &frozen)
            }
            Value::Set(s) => {
                let h = self.hash(item)?;
                let snapshot = s.borrow().clone();
                Ok(self.set_find(&snapshot, h, item)?.is_some())
            }
            Value::FrozenSet(s) => {
                let h = self.hash(item)?;
                Ok(self.set_find(s, h, item)?.is_some())
            }
            Value::Range(r) => {
                let i = match item {
                    Value::Int(i) => *i,
                    Value::Bool(b) => *b as i64,
                    Value::Float(f) if f.fract() == 0.0 && f.is_finite() => *f as i64,
                    _ => return Ok(false),
                };
                let n = r.len();
                if n == 0 {
                    return Ok(false);
                }
                let off = i as i128 - r.start as i128;
                let step = r.step as i128;
                Ok(off % step == 0 && (0..n as i128).contains(&(off / step)))
            }
            Value::Bytes(b) => match item {
                Value::Int(i) => Ok(b.iter().any(|x| *x as i64 == *i)),
                Value::Bytes(sub) => {
                    Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == sub.as_slice()))
                }
                _ => Err(self.type_error("a bytes-like object is required")),
            },
            Value::Instance(_) => {
                if let Some(m) = self.special_method(container, "__contains__") {
                    let r = self.call(&m, Args::new(vec![item.clone()]))?;
                    return self.truthy(&r);
                }
                self.iter_contains(container, item)
            }
            Value::Iterator(_) | Value::Generator(_) => self.iter_contains(container, item),
            Value::Class(c) => match c.lookup("__class_contains__") {
                Some(hook) => {
                    let r = self.call(&hook, Args::new(vec![container.clone(), item.clone()]))?;
                    self.truthy(&r)
                }
                None if c.lookup("__class_iter__").is_some() => self.iter_contains(container, item),
                None => Err(self.type_error("argument of type 'type' is not iterable")),
            },
            Value::Native(n) => match (n.contains(self, item), n.as_dict()) {
                (Some(r), _) => r,
                (None, Some(d)) => Ok(self.dict_get(&d, item)?.is_some()),
                (None, None) => self.iter_contains(container, item),
            },
            _ => Err(self.type_error(format!(
                "argument of type '{}' is not iterable",
                self.type_name(container)
            ))),
        }
    }

    fn iter_contains(&self, container: &Value, item: &Value) -> PyResult<bool> {
        let it = self.iter(container)?;
        while let Some(x) = self.next(&it)? {
            self.tick()?;
            if x.is(item) || self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    fn seq_contains(&self, items: &[Value], item: &Value) -> PyResult<bool> {
        for x in items {
            if x.is(item) || self.eq(x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    // ----- hashing, dicts and sets -----

    /// Python's `hash()`; a str's is computed once and kept.
    #[inline]
    pub fn hash(&self, v: &Value) -> PyResult<u64> {
        match v {
            Value::Str(s) => Ok(str_hash(s)),
            _ => self.hash_other(v),
        }
    }

    fn hash_other(&self, v: &Value) -> PyResult<u64> {
        Ok(match v {
            Value::Int(i) => hash_i64(*i) as u64,
            Value::Bool(b) => *b as u64,
            Value::BigInt(b) => hash_bigint(b) as u64,
            Value::Float(f) => hash_float(*f) as u64,
            Value::Str(s) => str_hash(s),
            Value::Bytes(b) => {
                let mut h = std::hash::DefaultHasher::new();
                b.hash(&mut h);
                h.finish() >> 2
            }
            Value::None => 0xFC_AB_38_22,
            Value::Ellipsis => 0xE1_1F,
            Value::Tuple(t) => {
                // CPython's xxHash-based tuple hash, so hash((1, 2)) and set order match.
                const PRIME_1: u64 = 11400714785074694791;
                const PRIME_2: u64 = 14029467366897019727;
                const PRIME_5: u64 = 2870177450012600261;
                let mut acc: u64 = PRIME_5;
                for x in t.iter() {
                    let lane = self.nested("", || self.hash(x))?;
                    acc = acc
                        .wrapping_add(lane.wrapping_mul(PRIME_2))
                        .rotate_left(31)
                        .wrapping_mul(PRIME_1);
                }
                acc = acc.wrapping_add(t.len() as u64 ^ (PRIME_5 ^ 3527539));
                if acc == u64::MAX {
                    1546275796
                } else {
                    acc
                }
            }
            Value::FrozenSet(s) => {
                let mut acc: u64 = 0x1234_5678;
                for x in s.items() {
                    acc = acc.wrapping_add(self.hash(&x)?.wrapping_mul(0x9E37_79B1_85EB_CA87));
                }
                acc
            }
            Value::Range(r) => (r.start as u64)
                .wrapping_mul(31)
                .wrapping_add(r.len() as u64),
            Value::Native(n) => match (n.hash(self), n.as_dict()) {
                (Some(r), _) => return r,
                (None, Some(_)) => {
                    return Err(self.type_error(errors::unhashable(&self.type_name(v))))
                }
                (None, None) => (v.identity() >> 4) as u64,
            },
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) => {
                return Err(self.type_error(errors::unhashable(&self.type_name(v))))
            }
            Value::Instance(i) => {
                match i.class.lookup("__hash__") {
                    Some(Value::None) => {
                        return Err(self.type_error(errors::unhashable(&i.class.name)))
                    }
                    Some(m)
                        if matches!(&m, Value::Function(_) | Value::NativeMethod(_))
                            || matches!(&m, Value::Native(n) if n.binds()) =>
                    {
                        let r = self.call(&self.bind(m, v), Args::default())?;
                        return match r {
                            Value::Int(i) => Ok(hash_i64(i) as u64),
                            Value::BigInt(ref b) => Ok(hash_bigint(b) as u64),
                            Value::Bool(b) => Ok(b as u64),
                            _ => Err(self.type_error("__hash__ method should return an integer")),
                        };
                    }
                    _ => {}
                }
                if i.class.lookup("__eq__").is_some() {
                    return Err(self.type_error(errors::unhashable(&i.class.name)));
                }
                (v.identity() >> 4) as u64
            }
            _ => (v.identity() >> 4) as u64,
        })
    }

    /// Finds `key` among a table's entries with `hash`; user `__eq__` runs with no borrow held.
    pub fn find_in(&self, d: &DictObj, hash: u64, key: &Value) -> PyResult<Option<usize>> {
        if is_simple_key(key) {
            let mut undecided = false;
            let found = d.find(hash, |k| {
                k.is(key) || decide(simple_eq(k, key), &mut undecided)
            });
            // A stored key whose equality runs user code (an enum member, a namedtuple) needs the slow path.
            if found.is_some() || !undecided {
                return Ok(found);
            }
        }
        for pos in d.candidates(hash) {
            if let Some(e) = d.entry_at(pos) {
                let k = e.key.clone();
                if k.is(key) || self.eq(&k, key)? {
                    return Ok(Some(pos));
                }
            }
        }
        Ok(None)
    }

    fn find_shared(
        &self,
        d: &std::cell::RefCell<DictObj>,
        hash: u64,
        key: &Value,
    ) -> PyResult<Option<usize>> {
        if let Value::Str(s) = key {
            // A str equals only a str of the same text, or an object whose
            // `__eq__` says so (left to the general search below).
            let mut undecided = false;
            let found = d.borrow().find(hash, |k| match k {
                Value::Str(_) => is_str_key(k, s),
                Value::Instance(_) | Value::Native(_) => {
                    undecided = true;
                    false
                }
                _ => false,
            });
            if found.is_some() || !undecided {
                return Ok(found);
            }
        } else if is_simple_key(key) {
            let mut undecided = false;
            let found = d.borrow().find(hash, |k| {
                k.is(key) || decide(simple_eq(k, key), &mut undecided)
            });
            if found.is_some() || !undecided {
                return Ok(found);
            }
        }
        let candidates = d.borrow().candidates(hash);
        for pos in candidates {
            let k = d.borrow().entry_at(pos).map(|e| e.key.clone());
            if let Some(k) = k {
                if k.is(key) || self.eq(&k, key)? {
                    return Ok(Some(pos));
                }
            }
        }
        Ok(None)
    }

    /// `obj[index]`, with a plain dict's str key (`row["city"]`, the
    /// commonest subscript of agent code) found without `get_item`'s
    /// general dispatch. A key it does not find goes the general way.
    #[inline]
    pub fn subscript(&self, obj: &Value, index: &Value) -> PyResult<Value> {
        if let (Value::Dict(d), Value::Str(key)) = (obj, index) {
            let dm = d.borrow();
            let found = dm.find(str_hash(key), |k| is_str_key(k, key));
            if let Some(e) = found.and_then(|pos| dm.entry_at(pos)) {
                return Ok(e.value.clone());
            }
        }
        self.get_item(obj, index)
    }

    /// `obj[index] = value`, with a plain dict's existing str key replaced
    /// in place; anything else goes through `set_item`.
    #[inline]
    pub fn store_subscript(&self, obj: &Value, index: Value, value: Value) -> PyResult<()> {
        if let (Value::Dict(d), Value::Str(key)) = (obj, &index) {
            let mut dm = d.borrow_mut();
            if let Some(pos) = dm.find(str_hash(key), |k| is_str_key(k, key)) {
                dm.set_value_at(pos, value);
                return Ok(());
            }
        }
        self.set_item(obj, index, value)
    }

    pub fn dict_get(
        &self,
        d: &std::cell::RefCell<DictObj>,
        key: &Value,
    ) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        let pos = self.find_shared(d, h, key)?;
        Ok(pos.and_then(|p| d.borrow().entry_at(p).map(|e| e.value.clone())))
    }

    pub fn dict_setitem(
        &self,
        d: &std::cell::RefCell<DictObj>,
        key: Value,
        value: Value,
    ) -> PyResult<()> {
        let h = self.hash(&key)?;
        let pos = self.find_shared(d, h, &key)?;
        let mut dm = d.borrow_mut();
        match pos {
            Some(p) => dm.set_value_at(p, value),
            None => {
                self.check_alloc(crate::limits::estimate::dict_insert(dm.len()))?;
                dm.insert_new(h, key, value)
            }
        }
        Ok(())
    }

    pub fn dict_remove(
        &self,
        d: &std::cell::RefCell<DictObj>,
        key: &Value,
    ) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        let pos = self.find_shared(d, h, key)?;
        Ok(pos.and_then(|p| d.borrow_mut().remove_at(p).map(|e| e.value)))
    }

    /// Sets a key in a dict not yet shared with Python code.
    pub fn dict_set(&self, d: &mut DictObj, key: Value, value: Value) -> PyResult<()> {
        let h = self.hash(&key)?;
        match self.find_in(d, h, &key)? {
            Some(p) => d.set_value_at(p, value),
            None => d.insert_new(h, key, value),
        }
        Ok(())
    }

    pub fn set_add(&self, s: &mut SetObj, item: Value) -> PyResult<()> {
        let h = self.hash(&item)?;
        self.set_add_hashed(s, h, item)
    }

    /// Adds a member whose hash is already known (merges reuse stored hashes).
    pub fn set_add_hashed(&self, s: &mut SetObj, hash: u64, item: Value) -> PyResult<()> {
        if self.set_find(s, hash, &item)?.is_none() {
            if s.len() % 4096 == 4095 {
                self.check_alloc(crate::limits::estimate::set_growth(s.len()))?;
            }
            s.insert_new(hash, item);
        }
        Ok(())
    }

    /// Position of `key` in a set table; user `__eq__` runs with no borrow held.
    pub fn set_find(&self, s: &SetObj, hash: u64, key: &Value) -> PyResult<Option<usize>> {
        if is_simple_key(key) {
            let mut undecided = false;
            let found = s.find(hash, |k| {
                k.is(key) || decide(simple_eq(k, key), &mut undecided)
            });
            // A stored native or instance key (a Fraction equal to an int) needs the slow path.
            if found.is_some() || !undecided {
                return Ok(found);
            }
        }
        for pos in s.candidates(hash) {
            if let Some(k) = s.key_at(pos) {
                if k.is(key) || self.eq(k, key)? {
                    return Ok(Some(pos));
                }
            }
        }
        Ok(None)
    }

    /// Removes `key` from a set; false when absent.
    pub fn set_discard(&self, s: &mut SetObj, key: &Value) -> PyResult<bool> {
        let h = self.hash(key)?;
        Ok(match self.set_find(s, h, key)? {
            Some(pos) => s.remove_at(pos).is_some(),
            None => false,
        })
    }

    pub fn set_items(&self, v: &Value) -> Vec<Value> {
        match v {
            Value::Set(s) => s.borrow().items(),
            Value::FrozenSet(s) => s.items(),
            Value::DictView(v) => match v.1 {
                crate::eval::iter::DictPart::Keys => v.0.borrow().keys(),
                crate::eval::iter::DictPart::Values => v.0.borrow().values(),
                crate::eval::iter::DictPart::Items => {
                    v.0.borrow()
                        .items()
                        .into_iter()
                        .map(|(k, x)| Value::tuple(vec![k, x]))
                        .collect()
                }
            },
            _ => Vec::new(),
        }
    }

    /// `(key, value)` pairs of a dict or of any object with `keys()` and `__getitem__`.
    pub fn mapping_items(&self, m: &Value) -> PyResult<Vec<(Value, Value)>> {
        if let Value::Native(n) = m {
            if let Some(d) = n.as_dict() {
                return Ok(d.borrow().items());
            }
        }
        match m {
            Value::Dict(d) => Ok(d.borrow().items()),
            _ => {
                let keys = self.call_method(m, &Rc::from("keys"), Args::default())?;
                let keys = self.collect(&keys)?;
                let mut out = Vec::with_capacity(keys.len());
                for k in keys {
                    let v = self.get_item(m, &k)?;
                    out.push((k, v));
                }
                Ok(out)
            }
        }
    }

    // ----- items -----

    pub fn get_item(&self, obj: &Value, index: &Value) -> PyResult<Value> {
        match obj {
            Value::List(l) => match index {
                Value::Slice(s) => {
                    let items = l.borrow();
                    let picked = self.slice_pick(&items, s)?;
                    Ok(Value::list(picked))
                }
                _ => {
                    let items = l.borrow();
                    let i = self.seq_index(index, items.len(), "list")?;
                    Ok(items[i].clone())
                }
            },
            Value::Tuple(t) => match index {
                Value::Slice(s) => Ok(Value::tuple(self.slice_pick(t, s)?)),
                _ => {
                    let i = self.seq_index(index, t.len(), "tuple")?;
                    Ok(t[i].clone())
                }
            },
            Value::Str(s) => crate::types::str::get_item(self, s, index),
            Value::Bytes(b) => match index {
                Value::Slice(sl) => {
                    let items: Vec<Value> = b.iter().map(|x| Value::Int(*x as i64)).collect();
                    let picked = self.slice_pick(&items, sl)?;
                    Ok(Value::bytes(
                        picked
                            .iter()
                            .map(|v| if let Value::Int(i) = v { *i as u8 } else { 0 })
                            .collect(),
                    ))
                }
                _ => {
                    let i = self.seq_index(index, b.len(), "")?;
                    Ok(Value::Int(b[i] as i64))
                }
            },
            Value::Dict(d) => match self.dict_get(d, index)? {
                Some(v) => Ok(v),
                None => Err(Unwind::raise(self.new_exception(
                    &self.types.exception("KeyError"),
                    vec![index.clone()],
                ))),
            },
            Value::Range(r) => match index {
                Value::Slice(s) => {
                    // As CPython: start and stop are the sliced positions
                    // mapped through the range, not start + len * step.
                    let (start, stop, step, _n) = self.slice_indices(s, r.len())?;
                    Ok(Value::Range(Rc::new(crate::value::RangeObj {
                        start: r.start + start * r.step,
                        stop: r.start + stop * r.step,
                        step: r.step * step,
                    })))
                }
                _ => {
                    let i = self.seq_index(index, r.len() as usize, "range object")?;
                    Ok(Value::Int(r.get(i as i64)))
                }
            },
            Value::Native(n) => {
                if let Some(r) = n.get_item(self, index) {
                    return r;
                }
                let Some(d) = n.as_dict() else {
                    return Err(self.type_error(errors::not_subscriptable(&self.type_name(obj))));
                };
                if let Some(v) = self.dict_get(&d, index)? {
                    return Ok(v);
                }
                match n.missing(self, index) {
                    Some(r) => r,
                    None => Err(Unwind::raise(self.new_exception(
                        &self.types.exception("KeyError"),
                        vec![index.clone()],
                    ))),
                }
            }
            Value::Instance(_) => match self.special_method(obj, "__getitem__") {
                Some(m) => self.call(&m, Args::new(vec![index.clone()])),
                None => Err(self.type_error(errors::not_subscriptable(&self.type_name(obj)))),
            },
            Value::Class(c) => match c.lookup("__class_getitem__") {
                Some(m) => self.call(&m, Args::new(vec![obj.clone(), index.clone()])),
                None if matches!(
                    c.kind,
                    TypeKind::List
                        | TypeKind::Dict
                        | TypeKind::Tuple
                        | TypeKind::Set
                        | TypeKind::FrozenSet
                        | TypeKind::Type
                ) && c.builtin =>
                {
                    Ok(self.generic_alias(obj, index))
                }
                None if c.builtin || c.ns.borrow().is_empty() => Ok(obj.clone()),
                None => Err(self.type_error(format!("type '{}' is not subscriptable", c.name))),
            },
            _ => Err(self.type_error(errors::not_subscriptable(&self.type_name(obj)))),
        }
    }

    pub fn set_item(&self, obj: &Value, index: Value, value: Value) -> PyResult<()> {
        match obj {
            Value::List(l) => match &index {
                Value::Slice(s) => crate::types::list::set_slice(self, l, s, value),
                _ => {
                    let len = l.borrow().len();
                    let i = self.seq_index(&index, len, "list assignment")?;
                    l.borrow_mut()[i] = value;
                    Ok(())
                }
            },
            Value::Dict(d) => self.dict_setitem(d, index, value),
            Value::Native(n) => match (n.as_dict(), n.set_item(self, index.clone(), value.clone()))
            {
                (_, Some(r)) => r,
                (Some(d), None) => self.dict_setitem(&d, index, value),
                (None, None) => {
                    Err(self.type_error(errors::not_item_assignable(&self.type_name(obj))))
                }
            },
            Value::Instance(_) => match self.special_method(obj, "__setitem__") {
                Some(m) => self.call(&m, Args::new(vec![index, value])).map(|_| ()),
                None => Err(self.type_error(errors::not_item_assignable(&self.type_name(obj)))),
            },
            _ => Err(self.type_error(errors::not_item_assignable(&self.type_name(obj)))),
        }
    }

    pub fn del_item(&self, obj: &Value, index: &Value) -> PyResult<()> {
        match obj {
            Value::List(l) => match index {
                Value::Slice(s) => crate::types::list::del_slice(self, l, s),
                _ => {
                    let len = l.borrow().len();
                    let i = self.seq_index(index, len, "list assignment")?;
                    crate::types::list::tracked(l, || l.borrow_mut().remove(i));
                    Ok(())
                }
            },
            Value::Dict(d) => match self.dict_remove(d, index)? {
                Some(_) => Ok(()),
                None => Err(Unwind::raise(self.new_exception(
                    &self.types.exception("KeyError"),
                    vec![index.clone()],
                ))),
            },
            Value::Native(n) => match (n.del_item(self, index), n.as_dict()) {
                (Some(r), _) => r,
                (None, Some(d)) => match self.dict_remove(&d, index)? {
                    Some(_) => Ok(()),
                    None => Err(Unwind::raise(self.new_exception(
                        &self.types.exception("KeyError"),
                        vec![index.clone()],
                    ))),
                },
                (None, None) => {
                    Err(self.type_error(errors::not_item_deletable(&self.type_name(obj))))
                }
            },
            Value::Instance(_) => match self.special_method(obj, "__delitem__") {
                Some(m) => self.call(&m, Args::new(vec![index.clone()])).map(|_| ()),
                None => Err(self.type_error(errors::not_item_deletable(&self.type_name(obj)))),
            },
            _ => Err(self.type_error(errors::not_item_deletable(&self.type_name(obj)))),
        }
    }

    /// Normalises a sequence index (negative from the end), or raises IndexError/TypeError.
    pub fn seq_index(&self, index: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match index {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::BigInt(_) => {
                return Err(self.raise(
                    "IndexError",
                    format!("cannot fit 'int' into an index-sized integer"),
                ))
            }
            Value::Instance(_) if self.special_method(index, "__index__").is_some() => {
                let m = self.special_method(index, "__index__");
                match m.map(|m| self.call(&m, Args::default())).transpose()? {
                    Some(Value::Int(i)) => i,
                    _ => return Err(self.type_error("__index__ returned non-int")),
                }
            }
            other => {
                let base = what.split(' ').next().unwrap_or(what);
                // Bytes pass no name; CPython says "byte indices".
                let base = if base.is_empty() { "byte" } else { base };
                return Err(self.type_error(errors::indices_must_be_integers(
                    base,
                    &self.type_name(other),
                )));
            }
        };
        let n = len as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(self.raise("IndexError", errors::index_out_of_range(what)));
        }
        Ok(j as usize)
    }

    /// `slice.indices(len)`: (start, stop, step, count).
    pub fn slice_indices(&self, s: &SliceObj, len: i64) -> PyResult<(i64, i64, i64, i64)> {
        let step = match &s.step {
            Value::None => 1,
            v => self.slice_bound(v)?,
        };
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        // As CPython: a step of -2**63 or less is -(2**63 - 1), so it negates.
        let step = step.max(-i64::MAX);
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let clamp = |v: &Value, default: i64| -> PyResult<i64> {
            match v {
                Value::None => Ok(default),
                v => {
                    let i = self.slice_bound(v)?;
                    Ok(if i < 0 {
                        (i + len).max(lower)
                    } else {
                        i.min(upper)
                    })
                }
            }
        };
        let start = clamp(&s.start, if step < 0 { upper } else { lower })?;
        let stop = clamp(&s.stop, if step < 0 { lower } else { upper })?;
        let count = if step > 0 {
            if stop > start {
                (stop - start - 1) / step + 1
            } else {
                0
            }
        } else if start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        Ok((start, stop, step, count))
    }

    fn slice_bound(&self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(b) => Ok(if b.is_negative() {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }),
            Value::Instance(_) if self.special_method(v, "__index__").is_some() => {
                let m = self.special_method(v, "__index__").expect("checked above");
                let r = self.call(&m, Args::default())?;
                match r {
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => self.slice_bound(&r),
                    other => Err(self.type_error(format!(
                        "__index__ returned non-int (type {})",
                        self.type_name(&other)
                    ))),
                }
            }
            _ => Err(self
                .type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    pub fn slice_pick<T: Clone>(&self, items: &[T], s: &SliceObj) -> PyResult<Vec<T>> {
        let (start, _, step, count) = self.slice_indices(s, items.len() as i64)?;
        let mut out = Vec::with_capacity(count as usize);
        let mut i = start;
        for _ in 0..count {
            if let Some(x) = items.get(i as usize) {
                out.push(x.clone());
            }
            i += step;
        }
        Ok(out)
    }

    /// `format(v, spec)`.
    pub fn format_value(&self, v: &Value, spec: &str) -> PyResult<String> {
        use crate::types::format as fmt;
        let limit = self.limits.max_memory_bytes;
        let result = match v {
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                if spec.is_empty() {
                    return self.to_str(v);
                }
                let type_name = if matches!(v, Value::Bool(_)) {
                    "bool"
                } else {
                    "int"
                };
                let parsed =
                    fmt::parse_spec_for(spec, type_name).map_err(|e| self.value_error(e))?;
                if let Value::Int(i) = v {
                    return fmt::format_small_int(*i, &parsed, limit)
                        .map_err(|e| self.format_error(e));
                }
                let b = match v {
                    Value::Bool(x) => BigInt::from(*x as i64),
                    Value::BigInt(b) => (**b).clone(),
                    _ => BigInt::zero(),
                };
                let formatted = fmt::format_int(&b, &parsed, limit);
                if matches!(v, Value::Bool(_)) {
                    // CPython names `bool` in "Unknown format code" messages.
                    formatted.map_err(|e| e.replace("type 'int'", "type 'bool'"))
                } else {
                    formatted
                }
            }
            Value::Float(x) => {
                let parsed = fmt::parse_spec_for(spec, "float").map_err(|e| self.value_error(e))?;
                fmt::format_float(*x, &parsed, limit)
            }
            Value::Str(s) => {
                let parsed = fmt::parse_spec_for(spec, "str").map_err(|e| self.value_error(e))?;
                fmt::format_str(s.as_str(), &parsed, limit)
            }
            Value::Instance(_) => {
                if let Some(m) = self.special_method(v, "__format__") {
                    let r = self.call(&m, Args::new(vec![Value::str(spec)]))?;
                    return match r {
                        Value::Str(ref s) => Ok(s.as_str().to_string()),
                        other => Err(self.type_error(format!(
                            "__format__ must return a str, not {}",
                            self.type_name(&other)
                        ))),
                    };
                }
                if spec.is_empty() {
                    return self.to_str(v);
                }
                return Err(self.type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    self.type_name(v)
                )));
            }
            Value::Native(n) if n.has_method("__format__") => {
                let r = n.call_method(self, v, "__format__", Args::new(vec![Value::str(spec)]))?;
                return match r {
                    Value::Str(ref s) => Ok(s.as_str().to_string()),
                    other => Err(self.type_error(format!(
                        "__format__ must return a str, not {}",
                        self.type_name(&other)
                    ))),
                };
            }
            _ => {
                if spec.is_empty() {
                    return self.to_str(v);
                }
                let s = self.to_str(v)?;
                if matches!(
                    v,
                    Value::None | Value::List(_) | Value::Tuple(_) | Value::Dict(_)
                ) {
                    return Err(self.type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        self.type_name(v)
                    )));
                }
                let parsed = fmt::parse_spec(spec).map_err(|e| self.value_error(e))?;
                fmt::format_str(&s, &parsed, limit)
            }
        };
        result.map_err(|e| self.format_error(e))
    }

    fn format_error(&self, e: String) -> Unwind {
        if e == "MemoryError" {
            return Unwind::limit(crate::limits::LimitError::memory(
                self.limits.max_memory_bytes,
                crate::value::live_bytes(),
                self.limits.max_memory_bytes,
            ));
        }
        self.raise(crate::types::format::error_kind(&e), e)
    }
}

/// The seed of str hashes: any constant, so set order is the same in every run.
const STR_HASH_SEED: u64 = 0x5EED_C0DE_AC7;

/// Equality that never runs user code; `None` when it cannot decide.
pub fn simple_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    if matches!(a, Instance(_) | Native(_)) || matches!(b, Instance(_) | Native(_)) {
        return Option::None;
    }
    Some(match (a, b) {
        (Int(x), Int(y)) => x == y,
        (Str(x), Str(y)) => Rc::ptr_eq(x, y) || x.as_str() == y.as_str(),
        (None, None) => true,
        (Bool(x), Bool(y)) => x == y,
        (Float(x), Float(y)) => x == y,
        (Int(_) | Bool(_) | BigInt(_) | Float(_), Int(_) | Bool(_) | BigInt(_) | Float(_)) => {
            numeric_order(a, b) == Some(std::cmp::Ordering::Equal)
        }
        (Bytes(x), Bytes(y)) => x == y,
        (None, _) | (_, None) => false,
        (
            Str(_),
            Int(_) | Float(_) | Bool(_) | Tuple(_) | List(_) | Dict(_) | Set(_) | FrozenSet(_),
        ) => false,
        (
            Int(_) | Float(_) | Bool(_) | Tuple(_) | List(_) | Dict(_) | Set(_) | FrozenSet(_),
            Str(_),
        ) => false,
        (Tuple(x), Tuple(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.iter().zip(y.iter()) {
                if !simple_eq(p, q)? {
                    return Some(false);
                }
            }
            true
        }
        _ => return Option::None,
    })
}

/// Sets, and the keys and items views of dicts: what compares as a set.
fn set_like(v: &Value) -> bool {
    match v {
        Value::Set(_) | Value::FrozenSet(_) => true,
        Value::DictView(dv) => dv.1 != crate::eval::iter::DictPart::Values,
        _ => false,
    }
}

fn is_number(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
    )
}

/// foldhash with a fixed seed: a few times cheaper than SipHash on short
/// keys, and the same in every run like the rest of codeact.
#[inline]
fn str_hash(s: &crate::value::PyStr) -> u64 {
    s.cached_hash(|text| {
        use std::hash::BuildHasher;
        // Below 2**61 - 1, so an int `__hash__` returning it hashes the same
        // (and never `NO_HASH`).
        foldhash::fast::FixedState::with_seed(STR_HASH_SEED).hash_one(text) >> 3
    })
}

/// Whether a dict key is the str `key`: the same object, or the same text.
#[inline]
fn is_str_key(k: &Value, key: &Rc<crate::value::PyStr>) -> bool {
    matches!(k, Value::Str(t) if Rc::ptr_eq(t, key) || t.as_str() == key.as_str())
}

/// The outcome of `simple_eq`, noting when it could not decide.
fn decide(r: Option<bool>, undecided: &mut bool) -> bool {
    r.unwrap_or_else(|| {
        *undecided = true;
        false
    })
}

/// Keys whose equality with anything never runs user code.
fn is_simple_key(v: &Value) -> bool {
    match v {
        Value::Int(_)
        | Value::Str(_)
        | Value::None
        | Value::Bool(_)
        | Value::Float(_)
        | Value::BigInt(_)
        | Value::Bytes(_) => true,
        Value::Tuple(t) => t.iter().all(is_simple_key),
        _ => false,
    }
}

/// Order between any two numbers (int, bool, bigint, float), exact across types.
pub fn numeric_order(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    let as_big = |v: &Value| -> Option<BigInt> {
        match v {
            Value::Int(i) => Some(BigInt::from(*i)),
            Value::Bool(x) => Some(BigInt::from(*x as i64)),
            Value::BigInt(b) => Some((**b).clone()),
            _ => None,
        }
    };
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
        (Value::Float(x), other) | (other, Value::Float(x)) => {
            let flip = matches!(b, Value::Float(_));
            let i = as_big(other)?;
            if x.is_nan() {
                return None;
            }
            let ord = if x.is_infinite() {
                if *x > 0.0 {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Less
                }
            } else {
                let fl = x.floor();
                let fb = BigInt::from_f64_exact(fl);
                match fb.cmp(&i) {
                    std::cmp::Ordering::Equal if *x > fl => std::cmp::Ordering::Greater,
                    o => o,
                }
            };
            Some(if flip { ord.reverse() } else { ord })
        }
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
        _ => Some(as_big(a)?.cmp(&as_big(b)?)),
    }
}

trait FromF64Exact {
    fn from_f64_exact(f: f64) -> Self;
}

impl FromF64Exact for BigInt {
    fn from_f64_exact(f: f64) -> BigInt {
        num_traits::FromPrimitive::from_f64(f).unwrap_or_default()
    }
}

pub fn hash_i64(i: i64) -> i64 {
    let h = if i >= 0 {
        i % HASH_MODULUS
    } else {
        -((-(i as i128) % HASH_MODULUS as i128) as i64)
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = BigInt::from(HASH_MODULUS);
    let r = (b.abs() % &m).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's float hash: equal to the int hash for integral floats.
pub fn hash_float(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    let (mut m, mut e) = frexp(f.abs());
    let sign: i64 = if f < 0.0 { -1 } else { 1 };
    let mut x: u64 = 0;
    let modulus = HASH_MODULUS as u64;
    while m != 0.0 {
        x = ((x << 28) & modulus) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= modulus {
            x -= modulus;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & modulus) | (x >> (61 - e));
    let h = x as i64 * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * f64::powi(2.0, 64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e)
}

/// Whether `b` is an instance of a proper subclass of `a`'s class: then
/// `b`'s reflected comparison is tried before `a`'s own.
fn right_is_subclass(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Instance(x), Value::Instance(y)) => {
            !Rc::ptr_eq(&x.class, &y.class) && y.class.is_subclass(&x.class)
        }
        _ => false,
    }
}
