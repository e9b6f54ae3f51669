//! The dict subclasses of `collections`: `Counter`, `defaultdict` and
//! `OrderedDict`. Each keeps its entries in a `DictObj` exposed through
//! `as_dict`, so every plain dict behaviour comes from the evaluator; this file
//! adds only what each type changes (missing keys, arithmetic, order).
//!
//! Must not hold a borrow of the storage while running user code.

use std::cell::RefCell;
use std::rc::Rc;

use crate::builtins::arity;
use crate::errors;
use crate::eval::{Args, PyResult, Unwind, Vm};
use crate::ir::{BinOp, CmpOp};
use crate::modules::natives::{find_entry, is_callable, native, no_kw, small_int, take_kw};
use crate::types::dict::update_from;
use crate::value::{native_ref, Class, ClassRef, DictObj, NativeObject, Value};

type Dict = Rc<RefCell<DictObj>>;

fn new_dict() -> Dict {
    Rc::new(RefCell::new(DictObj::new()))
}

fn key_error(vm: &Vm, key: Value) -> Unwind {
    Unwind::raise(vm.new_exception(&vm.types.exception("KeyError"), vec![key]))
}

/// `{k!r}: {v!r}` pairs joined by commas, as a dict repr shows them.
fn repr_pairs(vm: &Vm, items: &[(Value, Value)]) -> PyResult<String> {
    let mut parts = Vec::with_capacity(items.len());
    for (k, v) in items {
        parts.push(format!("{}: {}", vm.repr(k)?, vm.repr(v)?));
    }
    Ok(parts.join(", "))
}

/// A dict subclass class of this module.
fn dict_class(vm: &Vm, name: &str, ctor: fn(&Vm, &ClassRef, Args) -> PyResult<Value>) -> ClassRef {
    Class::native(
        name,
        "collections",
        vec![vm.types.of_kind(crate::types::TypeKind::Dict)],
        Some(ctor),
    )
}

/// Applies `dict(*pos, **kw)`-style initial contents.
fn fill(vm: &Vm, d: &Dict, source: Option<&Value>, kw: Vec<(Rc<str>, Value)>) -> PyResult<()> {
    if let Some(src) = source {
        update_from(vm, d, src)?;
    }
    for (k, v) in kw {
        vm.dict_setitem(d, Value::str(&k), v)?;
    }
    Ok(())
}

/// `mine | other` (or `other | mine` when `reflected`) for dict-like operands;
/// `None` when `other` is not a mapping.
fn merge(vm: &Vm, mine: &Dict, other: &Value, reflected: bool) -> Option<PyResult<DictObj>> {
    let other = match other {
        Value::Dict(d) => d.clone(),
        Value::Native(n) => n.as_dict()?,
        _ => return None,
    };
    let (first, second) = if reflected {
        (other, mine.clone())
    } else {
        (mine.clone(), other)
    };
    let merged = Rc::new(RefCell::new(first.borrow().clone()));
    let r = (|| -> PyResult<DictObj> {
        let pairs = second.borrow().items();
        for (k, v) in pairs {
            vm.dict_setitem(&merged, k, v)?;
        }
        let out = merged.borrow().clone();
        Ok(out)
    })();
    Some(r)
}

// ----- Counter -----

const COUNTER_METHODS: &[&str] = &[
    "most_common",
    "elements",
    "update",
    "subtract",
    "total",
    "copy",
    "__pos__",
    "__neg__",
    "__iadd__",
    "__isub__",
    "__ior__",
    "__iand__",
];

/// A `collections.Counter`.
pub struct Counter {
    class: ClassRef,
    dict: Dict,
}

/// Makes the `Counter` class.
pub fn counter_class(vm: &Vm) -> ClassRef {
    let cls = dict_class(vm, "Counter", construct_counter);
    cls.ns.borrow_mut().insert(
        Rc::from("fromkeys"),
        Value::ClassMethod(Rc::new(Value::Builtin(&COUNTER_FROMKEYS))),
    );
    cls
}

static COUNTER_FROMKEYS: crate::value::BuiltinFn = crate::value::BuiltinFn {
    name: "fromkeys",
    call: |vm, _| {
        Err(vm.raise(
            "NotImplementedError",
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.",
        ))
    },
};

fn construct_counter(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 {
        return Err(vm.type_error(errors::too_many_positional(
            "Counter.__init__",
            1,
            2,
            args.pos.len() + 1,
            0,
        )));
    }
    let c = Counter {
        class: cls.clone(),
        dict: new_dict(),
    };
    c.update(vm, args.pos.first(), args.kw, false)?;
    Ok(native(c))
}

impl Counter {
    fn new_like(&self) -> Counter {
        Counter {
            class: self.class.clone(),
            dict: new_dict(),
        }
    }

    /// A snapshot of the entries, taken without keeping the storage borrowed.
    fn items(&self) -> Vec<(Value, Value)> {
        self.dict.borrow().items()
    }

    fn keys(&self) -> Vec<Value> {
        self.dict.borrow().keys()
    }

    fn get(&self, vm: &Vm, key: &Value) -> PyResult<Value> {
        Ok(vm.dict_get(&self.dict, key)?.unwrap_or(Value::Int(0)))
    }

    /// Counts from a mapping, as CPython: an empty Counter takes them as
    /// they are; otherwise `count + self[elem]` (or `self[elem] - count`).
    fn add_mapping(&self, vm: &Vm, items: Vec<(Value, Value)>, subtract: bool) -> PyResult<()> {
        let empty = self.dict.borrow().len() == 0;
        for (k, v) in items {
            let new = if empty && !subtract {
                v
            } else {
                let cur = self.get(vm, &k)?;
                if subtract {
                    vm.binary_op(BinOp::Sub, &cur, &v)?
                } else {
                    vm.binary_op(BinOp::Add, &v, &cur)?
                }
            };
            vm.dict_setitem(&self.dict, k, new)?;
        }
        Ok(())
    }

    /// `update` (adding counts) or `subtract` (removing them).
    fn update(
        &self,
        vm: &Vm,
        source: Option<&Value>,
        kw: Vec<(Rc<str>, Value)>,
        subtract: bool,
    ) -> PyResult<()> {
        let op = if subtract { BinOp::Sub } else { BinOp::Add };
        if let Some(src) = source {
            let is_mapping = matches!(src, Value::Dict(_))
                || matches!(src, Value::Native(n) if n.as_dict().is_some())
                || vm.special_method(src, "keys").is_some();
            if is_mapping {
                let items = vm.mapping_items(src)?;
                self.add_mapping(vm, items, subtract)?;
            } else if !src.is_none() {
                let it = vm.iter(src)?;
                while let Some(k) = vm.next(&it)? {
                    vm.tick()?;
                    let cur = self.get(vm, &k)?;
                    let new = vm.binary_op(op, &cur, &Value::Int(1))?;
                    vm.dict_setitem(&self.dict, k, new)?;
                }
            }
        }
        if !kw.is_empty() {
            let items = kw.into_iter().map(|(k, v)| (Value::str(&k), v)).collect();
            self.add_mapping(vm, items, subtract)?;
        }
        Ok(())
    }

    /// Items by decreasing count; equal counts keep insertion order.
    fn most_common(&self, vm: &Vm) -> PyResult<Vec<(Value, Value)>> {
        let items = self.dict.borrow().items();
        let pairs: Vec<Value> = items
            .into_iter()
            .map(|(k, v)| Value::tuple(vec![k, v]))
            .collect();
        let sorted =
            crate::types::list::sort_values(vm, pairs, Some(&Value::Builtin(&SECOND)), true)
                .map_err(|(e, _)| e)?;
        Ok(sorted
            .into_iter()
            .filter_map(|p| match p {
                Value::Tuple(ref t) if t.len() == 2 => Some((t[0].clone(), t[1].clone())),
                _ => None,
            })
            .collect())
    }

    fn positive(&self, vm: &Vm, v: &Value) -> PyResult<bool> {
        vm.compare_truthy(CmpOp::Gt, v, &Value::Int(0))
    }

    /// Drops entries whose count is not positive (after in-place arithmetic).
    fn keep_positive(&self, vm: &Vm) -> PyResult<()> {
        for (k, v) in self.items() {
            if !self.positive(vm, &v)? {
                vm.dict_remove(&self.dict, &k)?;
            }
        }
        Ok(())
    }

    /// `self op other` for two counters, keeping positive counts.
    fn arith(&self, vm: &Vm, op: BinOp, other: &Counter) -> PyResult<Counter> {
        let out = self.new_like();
        for (k, count) in self.items() {
            let other_count = other.get(vm, &k)?;
            let new = match op {
                BinOp::Add => vm.binary_op(BinOp::Add, &count, &other_count)?,
                BinOp::Sub => vm.binary_op(BinOp::Sub, &count, &other_count)?,
                BinOp::BitOr => {
                    if vm.less_than(&count, &other_count)? {
                        other_count
                    } else {
                        count
                    }
                }
                _ => {
                    if vm.less_than(&count, &other_count)? {
                        count
                    } else {
                        other_count
                    }
                }
            };
            if self.positive(vm, &new)? {
                vm.dict_setitem(&out.dict, k, new)?;
            }
        }
        if op != BinOp::BitAnd {
            for (k, count) in other.items() {
                if vm.dict_get(&self.dict, &k)?.is_some() {
                    continue;
                }
                if op == BinOp::Sub {
                    if vm.less_than(&count, &Value::Int(0))? {
                        let neg = vm.binary_op(BinOp::Sub, &Value::Int(0), &count)?;
                        vm.dict_setitem(&out.dict, k, neg)?;
                    }
                } else if self.positive(vm, &count)? {
                    vm.dict_setitem(&out.dict, k, count)?;
                }
            }
        }
        Ok(out)
    }

    /// `self op= other`, in place.
    fn arith_in_place(&self, vm: &Vm, op: BinOp, other: &Counter) -> PyResult<()> {
        match op {
            BinOp::Add | BinOp::Sub => {
                for (k, count) in other.items() {
                    let cur = self.get(vm, &k)?;
                    let new = vm.binary_op(op, &cur, &count)?;
                    vm.dict_setitem(&self.dict, k, new)?;
                }
            }
            BinOp::BitOr => {
                for (k, other_count) in other.items() {
                    let cur = self.get(vm, &k)?;
                    if vm.less_than(&cur, &other_count)? {
                        vm.dict_setitem(&self.dict, k, other_count)?;
                    }
                }
            }
            _ => {
                for (k, count) in self.items() {
                    let other_count = other.get(vm, &k)?;
                    if vm.less_than(&other_count, &count)? {
                        vm.dict_setitem(&self.dict, k, other_count)?;
                    }
                }
            }
        }
        self.keep_positive(vm)
    }

    /// Whether every count of `self` is `<=` the matching count of `other`.
    fn le(&self, vm: &Vm, other: &Counter) -> PyResult<bool> {
        for c in [self, other] {
            for k in c.keys() {
                let (a, b) = (self.get(vm, &k)?, other.get(vm, &k)?);
                if !vm.compare_truthy(CmpOp::Le, &a, &b)? {
                    return Ok(false);
                }
            }
        }
        Ok(true)
    }

    fn counts_eq(&self, vm: &Vm, other: &Counter) -> PyResult<bool> {
        for c in [self, other] {
            for k in c.keys() {
                let (a, b) = (self.get(vm, &k)?, other.get(vm, &k)?);
                if !vm.eq(&a, &b)? {
                    return Ok(false);
                }
            }
        }
        Ok(true)
    }
}

/// `itemgetter(1)` for sorting `(key, count)` pairs.
static SECOND: crate::value::BuiltinFn = crate::value::BuiltinFn {
    name: "itemgetter",
    call: |vm, args| match args.pos.first() {
        Some(Value::Tuple(t)) if t.len() > 1 => Ok(t[1].clone()),
        _ => Err(vm.type_error("itemgetter expects a pair")),
    },
};

impl NativeObject for Counter {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, vm: &Vm, _this: &Value) -> PyResult<String> {
        if self.dict.borrow().is_empty() {
            return Ok("Counter()".into());
        }
        let items = match self.most_common(vm) {
            Ok(items) => items,
            Err(e) if vm.caught(&e, "TypeError") => self.dict.borrow().items(),
            Err(e) => return Err(e),
        };
        Ok(format!("Counter({{{}}})", repr_pairs(vm, &items)?))
    }
    fn has_method(&self, name: &str) -> bool {
        COUNTER_METHODS.contains(&name)
    }
    fn call_method(&self, vm: &Vm, this: &Value, name: &str, args: Args) -> PyResult<Value> {
        match name {
            "most_common" => {
                let mut args = args;
                let n = take_kw(&mut args, "n").or_else(|| args.pos.first().cloned());
                let mut items = self.most_common(vm)?;
                match n {
                    None | Some(Value::None) => {}
                    Some(v) => {
                        let n = small_int(&v).ok_or_else(|| {
                            vm.type_error(format!(
                                "'{}' object cannot be interpreted as an integer",
                                vm.type_name(&v)
                            ))
                        })?;
                        items.truncate(n.max(0) as usize);
                    }
                }
                Ok(Value::list(
                    items
                        .into_iter()
                        .map(|(k, v)| Value::tuple(vec![k, v]))
                        .collect(),
                ))
            }
            "elements" => {
                arity(vm, "elements", &args, 0, 0)?;
                Ok(native(Elements {
                    class: match self.class.ns.borrow().get("__elements__") {
                        Some(Value::Class(c)) => c.clone(),
                        _ => self.class.clone(),
                    },
                    items: self.dict.borrow().items(),
                    state: RefCell::new((0, 0)),
                }))
            }
            "update" | "subtract" => {
                if args.pos.len() > 1 {
                    return Err(vm.type_error(errors::too_many_positional(
                        &format!("Counter.{}", name),
                        1,
                        2,
                        args.pos.len() + 1,
                        0,
                    )));
                }
                self.update(vm, args.pos.first(), args.kw, name == "subtract")?;
                Ok(Value::None)
            }
            "total" => {
                arity(vm, "total", &args, 0, 0)?;
                let mut acc = Value::Int(0);
                let values = self.dict.borrow().values();
                for v in values {
                    acc = vm.binary_op(BinOp::Add, &acc, &v)?;
                }
                Ok(acc)
            }
            "copy" => {
                let c = self.new_like();
                *c.dict.borrow_mut() = self.dict.borrow().clone();
                Ok(native(c))
            }
            "__pos__" | "__neg__" => {
                let out = self.new_like();
                for (k, v) in self.items() {
                    if name == "__pos__" && self.positive(vm, &v)? {
                        vm.dict_setitem(&out.dict, k, v)?;
                    } else if name == "__neg__" && vm.less_than(&v, &Value::Int(0))? {
                        let neg = vm.binary_op(BinOp::Sub, &Value::Int(0), &v)?;
                        vm.dict_setitem(&out.dict, k, neg)?;
                    }
                }
                Ok(native(out))
            }
            _ => {
                let op = match name {
                    "__iadd__" => BinOp::Add,
                    "__isub__" => BinOp::Sub,
                    "__ior__" => BinOp::BitOr,
                    _ => BinOp::BitAnd,
                };
                match args.pos.first().and_then(native_ref::<Counter>) {
                    Some(other) => {
                        self.arith_in_place(vm, op, other)?;
                        Ok(this.clone())
                    }
                    None => Ok(Value::NotImplemented),
                }
            }
        }
    }
    fn as_dict(&self) -> Option<Dict> {
        Some(self.dict.clone())
    }
    fn missing(&self, _vm: &Vm, _key: &Value) -> Option<PyResult<Value>> {
        Some(Ok(Value::Int(0)))
    }
    fn del_item(&self, vm: &Vm, key: &Value) -> Option<PyResult<()>> {
        Some(vm.dict_remove(&self.dict, key).map(|_| ()))
    }
    fn hash(&self, vm: &Vm) -> Option<PyResult<u64>> {
        Some(Err(vm.type_error(errors::unhashable("Counter"))))
    }
    fn eq(&self, vm: &Vm, other: &Value) -> Option<PyResult<bool>> {
        let o = native_ref::<Counter>(other)?;
        Some(self.counts_eq(vm, o))
    }
    fn compare(&self, vm: &Vm, op: CmpOp, other: &Value) -> Option<PyResult<bool>> {
        let o = native_ref::<Counter>(other)?;
        let r = (|| -> PyResult<bool> {
            Ok(match op {
                CmpOp::Le => self.le(vm, o)?,
                CmpOp::Ge => o.le(vm, self)?,
                CmpOp::Lt => self.le(vm, o)? && !self.counts_eq(vm, o)?,
                _ => o.le(vm, self)? && !self.counts_eq(vm, o)?,
            })
        })();
        Some(r)
    }
    fn binary_op(
        &self,
        vm: &Vm,
        op: BinOp,
        _this: &Value,
        other: &Value,
        reflected: bool,
    ) -> Option<PyResult<Value>> {
        if reflected || !matches!(op, BinOp::Add | BinOp::Sub | BinOp::BitOr | BinOp::BitAnd) {
            return None;
        }
        let o = native_ref::<Counter>(other)?;
        Some(self.arith(vm, op, o).map(native))
    }
}

/// `Counter.elements()`: each key repeated by its count, lazily.
struct Elements {
    class: ClassRef,
    items: Vec<(Value, Value)>,
    /// (entry index, copies of that entry already yielded)
    state: RefCell<(usize, i64)>,
}

impl NativeObject for Elements {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<itertools.chain object at {:#x}>",
            this.identity()
        ))
    }
    fn iter(&self, _vm: &Vm, this: &Value) -> Option<PyResult<Value>> {
        Some(Ok(this.clone()))
    }
    fn next_supported(&self) -> bool {
        true
    }
    fn next(&self, vm: &Vm) -> Option<PyResult<Option<Value>>> {
        let mut st = self.state.borrow_mut();
        loop {
            let Some((k, count)) = self.items.get(st.0) else {
                return Some(Ok(None));
            };
            let Some(n) = small_int(count) else {
                st.0 += 1;
                return Some(Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(count)
                ))));
            };
            if st.1 < n {
                st.1 += 1;
                return Some(Ok(Some(k.clone())));
            }
            *st = (st.0 + 1, 0);
        }
    }
}

/// Makes the class of `Counter.elements()` iterators, kept on the Counter class.
pub fn attach_elements_class(vm: &Vm, counter: &ClassRef) {
    let it = crate::modules::natives::native_class(vm, "itertools.chain", "itertools", None);
    counter
        .ns
        .borrow_mut()
        .insert(Rc::from("__elements__"), Value::Class(it));
}

// ----- defaultdict -----

/// A `collections.defaultdict`.
pub struct DefaultDict {
    class: ClassRef,
    dict: Dict,
    factory: Value,
}

/// Makes the `defaultdict` class.
pub fn defaultdict_class(vm: &Vm) -> ClassRef {
    dict_class(vm, "collections.defaultdict", construct_defaultdict)
}

fn construct_defaultdict(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    let mut pos = args.pos.into_iter();
    let factory = pos.next().unwrap_or(Value::None);
    if !factory.is_none() && !is_callable(vm, &factory) {
        return Err(vm.type_error("first argument must be callable or None"));
    }
    let rest: Vec<Value> = pos.collect();
    if rest.len() > 1 {
        return Err(vm.type_error(format!(
            "defaultdict expected at most 2 arguments, got {}",
            rest.len() + 1
        )));
    }
    let d = new_dict();
    fill(vm, &d, rest.first(), args.kw)?;
    Ok(native(DefaultDict {
        class: cls.clone(),
        dict: d,
        factory,
    }))
}

impl DefaultDict {
    fn with_dict(&self, dict: DictObj) -> Value {
        native(DefaultDict {
            class: self.class.clone(),
            dict: Rc::new(RefCell::new(dict)),
            factory: self.factory.clone(),
        })
    }
}

impl NativeObject for DefaultDict {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, vm: &Vm, _this: &Value) -> PyResult<String> {
        let items = self.dict.borrow().items();
        Ok(format!(
            "defaultdict({}, {{{}}})",
            vm.repr(&self.factory)?,
            repr_pairs(vm, &items)?
        ))
    }
    fn get_attr(&self, _vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok((name == "default_factory").then(|| self.factory.clone()))
    }
    fn has_method(&self, name: &str) -> bool {
        name == "copy"
    }
    fn call_method(&self, vm: &Vm, _this: &Value, _name: &str, args: Args) -> PyResult<Value> {
        arity(vm, "copy", &args, 0, 0)?;
        Ok(self.with_dict(self.dict.borrow().clone()))
    }
    fn as_dict(&self) -> Option<Dict> {
        Some(self.dict.clone())
    }
    fn missing(&self, vm: &Vm, key: &Value) -> Option<PyResult<Value>> {
        if self.factory.is_none() {
            return Some(Err(key_error(vm, key.clone())));
        }
        let r = vm.call(&self.factory, Args::default()).and_then(|v| {
            vm.dict_setitem(&self.dict, key.clone(), v.clone())?;
            Ok(v)
        });
        Some(r)
    }
    fn hash(&self, vm: &Vm) -> Option<PyResult<u64>> {
        Some(Err(
            vm.type_error(errors::unhashable("collections.defaultdict"))
        ))
    }
    fn binary_op(
        &self,
        vm: &Vm,
        op: BinOp,
        _this: &Value,
        other: &Value,
        reflected: bool,
    ) -> Option<PyResult<Value>> {
        if op != BinOp::BitOr {
            return None;
        }
        Some(merge(vm, &self.dict, other, reflected)?.map(|d| self.with_dict(d)))
    }
}

// ----- OrderedDict -----

/// Iteration over an `OrderedDict`: the dict's, with CPython's message when
/// the dict changes size meanwhile.
struct OdIter {
    class: ClassRef,
    inner: Value,
}

impl NativeObject for OdIter {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!("<odict_iterator object at {:#x}>", this.identity()))
    }
    fn iter(&self, _vm: &Vm, this: &Value) -> Option<PyResult<Value>> {
        Some(Ok(this.clone()))
    }
    fn next_supported(&self) -> bool {
        true
    }
    fn next(&self, vm: &Vm) -> Option<PyResult<Option<Value>>> {
        Some(vm.next(&self.inner).map_err(|e| {
            if vm.caught(&e, "RuntimeError") {
                vm.raise("RuntimeError", "OrderedDict mutated during iteration")
            } else {
                e
            }
        }))
    }
}

/// A `collections.OrderedDict`.
pub struct OrderedDict {
    class: ClassRef,
    dict: Dict,
}

/// Makes the `OrderedDict` class.
pub fn ordereddict_class(vm: &Vm) -> ClassRef {
    let cls = dict_class(vm, "collections.OrderedDict", construct_ordereddict);
    cls.ns.borrow_mut().insert(
        Rc::from("fromkeys"),
        Value::ClassMethod(Rc::new(Value::Builtin(&ODICT_FROMKEYS))),
    );
    cls
}

static ODICT_FROMKEYS: crate::value::BuiltinFn = crate::value::BuiltinFn {
    name: "fromkeys",
    call: |vm, args| {
        let mut pos = args.pos.into_iter();
        let Some(Value::Class(ref cls)) = pos.next() else {
            return Err(vm.type_error("fromkeys() needs a class"));
        };
        let rest: Vec<Value> = pos.collect();
        let Value::Dict(ref d) = crate::types::dict::fromkeys(vm, &Args::new(rest))? else {
            return Err(vm.type_error("fromkeys() failed"));
        };
        Ok(native(OrderedDict {
            class: cls.clone(),
            dict: d.clone(),
        }))
    },
};

fn construct_ordereddict(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "OrderedDict expected at most 1 argument, got {}",
            args.pos.len()
        )));
    }
    let d = new_dict();
    fill(vm, &d, args.pos.first(), args.kw)?;
    Ok(native(OrderedDict {
        class: cls.clone(),
        dict: d,
    }))
}

/// The `last` flag of `popitem` / `move_to_end`.
fn last_flag(vm: &Vm, args: &mut Args, pos: usize) -> PyResult<bool> {
    match take_kw(args, "last").or_else(|| args.pos.get(pos).cloned()) {
        Some(v) => vm.truthy(&v),
        None => Ok(true),
    }
}

impl NativeObject for OrderedDict {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn iter(&self, vm: &Vm, _this: &Value) -> Option<PyResult<Value>> {
        let inner = match vm.iter(&Value::Dict(self.dict.clone())) {
            Ok(it) => it,
            Err(e) => return Some(Err(e)),
        };
        Some(Ok(native(OdIter {
            class: vm.class_of(&inner),
            inner,
        })))
    }
    fn repr(&self, vm: &Vm, _this: &Value) -> PyResult<String> {
        let items = self.dict.borrow().items();
        if items.is_empty() {
            return Ok("OrderedDict()".into());
        }
        let pairs = items
            .into_iter()
            .map(|(k, v)| Value::tuple(vec![k, v]))
            .collect();
        Ok(format!("OrderedDict({})", vm.repr(&Value::list(pairs))?))
    }
    fn has_method(&self, name: &str) -> bool {
        matches!(name, "move_to_end" | "popitem" | "copy")
    }
    fn call_method(&self, vm: &Vm, _this: &Value, name: &str, mut args: Args) -> PyResult<Value> {
        match name {
            "move_to_end" => {
                let key = take_kw(&mut args, "key")
                    .or_else(|| args.pos.first().cloned())
                    .ok_or_else(|| {
                        vm.type_error("move_to_end() missing required argument 'key' (pos 1)")
                    })?;
                let last = last_flag(vm, &mut args, 1)?;
                no_kw(vm, "move_to_end", &args)?;
                let hash = vm.hash(&key)?;
                let Some((pos, stored)) = find_entry(vm, &self.dict, hash, &key)? else {
                    return Err(key_error(vm, key));
                };
                let mut d = self.dict.borrow_mut();
                // The stored key moves (an equal key passed in does not replace it).
                if !d.entry_at(pos).is_some_and(|e| e.key.is(&stored)) {
                    return Err(key_error(vm, key));
                }
                if let Some(e) = d.remove_at(pos) {
                    if last {
                        d.insert_new(e.hash, e.key, e.value);
                    } else {
                        let mut reordered = DictObj::with_capacity(d.len() + 1);
                        reordered.insert_new(e.hash, e.key, e.value);
                        for rest in d.iter() {
                            reordered.insert_new(rest.hash, rest.key.clone(), rest.value.clone());
                        }
                        *d = reordered;
                    }
                }
                Ok(Value::None)
            }
            "popitem" => {
                let last = last_flag(vm, &mut args, 0)?;
                let key = {
                    let d = self.dict.borrow();
                    let e = if last {
                        d.iter().last()
                    } else {
                        d.iter().next()
                    };
                    e.map(|e| e.key.clone())
                };
                let Some(key) = key else {
                    return Err(key_error(vm, Value::str("dictionary is empty")));
                };
                let value = vm.dict_remove(&self.dict, &key)?.unwrap_or(Value::None);
                Ok(Value::tuple(vec![key, value]))
            }
            _ => {
                arity(vm, "copy", &args, 0, 0)?;
                Ok(native(OrderedDict {
                    class: self.class.clone(),
                    dict: Rc::new(RefCell::new(self.dict.borrow().clone())),
                }))
            }
        }
    }
    fn as_dict(&self) -> Option<Dict> {
        Some(self.dict.clone())
    }
    fn hash(&self, vm: &Vm) -> Option<PyResult<u64>> {
        Some(Err(
            vm.type_error(errors::unhashable("collections.OrderedDict"))
        ))
    }
    fn eq(&self, vm: &Vm, other: &Value) -> Option<PyResult<bool>> {
        let o = native_ref::<OrderedDict>(other)?;
        let (a, b) = (self.dict.borrow().items(), o.dict.borrow().items());
        let r = (|| -> PyResult<bool> {
            if a.len() != b.len() {
                return Ok(false);
            }
            for ((k1, v1), (k2, v2)) in a.iter().zip(b.iter()) {
                if !vm.eq(k1, k2)? || !vm.eq(v1, v2)? {
                    return Ok(false);
                }
            }
            Ok(true)
        })();
        Some(r)
    }
    fn binary_op(
        &self,
        vm: &Vm,
        op: BinOp,
        _this: &Value,
        other: &Value,
        reflected: bool,
    ) -> Option<PyResult<Value>> {
        if op != BinOp::BitOr {
            return None;
        }
        Some(merge(vm, &self.dict, other, reflected)?.map(|d| {
            native(OrderedDict {
                class: self.class.clone(),
                dict: Rc::new(RefCell::new(d)),
            })
        }))
    }
}
