//! `collections.deque`: a double-ended queue with an optional `maxlen`, and
//! its iterator (which detects mutation during iteration, as CPython's does).
//!
//! Must not hold a borrow of the items while running user code (`==`, repr).

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use crate::builtins::arity;
use crate::errors;
use crate::eval::{Args, PyResult, Vm};
use crate::ir::{BinOp, CmpOp};
use crate::limits::estimate;
use crate::modules::natives::{native, native_class, no_kw, small_int, take_kw, Charged};
use crate::value::{native_ref, ClassRef, NativeObject, Value};

const METHODS: &[&str] = &[
    "append",
    "appendleft",
    "pop",
    "popleft",
    "extend",
    "extendleft",
    "rotate",
    "clear",
    "count",
    "index",
    "insert",
    "remove",
    "reverse",
    "copy",
    "__iadd__",
];

/// A `collections.deque`.
pub struct Deque {
    class: ClassRef,
    items: RefCell<VecDeque<Value>>,
    maxlen: Option<usize>,
    /// Bumped by every mutation, so iterators can tell they were invalidated.
    version: Cell<u64>,
    /// The items' share of the session's memory account.
    charged: Charged,
}

/// Makes the `deque` class and its iterator class.
pub fn classes(vm: &Vm) -> ClassRef {
    let cls = native_class(vm, "collections.deque", "collections", Some(construct));
    let it = native_class(vm, "_collections._deque_iterator", "collections", None);
    cls.ns
        .borrow_mut()
        .insert(Rc::from("__iterator__"), Value::Class(it));
    cls
}

fn construct(vm: &Vm, cls: &ClassRef, mut args: Args) -> PyResult<Value> {
    let maxlen_kw = take_kw(&mut args, "maxlen");
    let iterable_kw = take_kw(&mut args, "iterable");
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!(
            "deque() got an unexpected keyword argument '{}'",
            k
        )));
    }
    arity(vm, "deque", &args, 0, 2)?;
    let mut pos = args.pos.into_iter();
    let iterable = pos.next().or(iterable_kw);
    let maxlen = match pos.next().or(maxlen_kw) {
        None | Some(Value::None) => None,
        Some(v) => match small_int(&v) {
            Some(n) if n < 0 => return Err(vm.value_error("maxlen must be non-negative")),
            Some(n) => Some(n as usize),
            None => return Err(vm.type_error("an integer is required")),
        },
    };
    let d = Deque {
        class: cls.clone(),
        items: RefCell::new(VecDeque::new()),
        maxlen,
        version: Cell::new(0),
        charged: Charged::default(),
    };
    if let Some(it) = iterable {
        d.extend(vm, &it, false)?;
    }
    Ok(native(d))
}

impl Deque {
    /// Records a mutation: iterators see it, and the memory account follows the length.
    fn touch(&self) {
        self.version.set(self.version.get() + 1);
        self.charged.settle(self.items.borrow().len());
    }

    fn push_back(&self, v: Value) {
        let mut items = self.items.borrow_mut();
        if self.maxlen == Some(0) {
            return;
        }
        if Some(items.len()) == self.maxlen {
            items.pop_front();
        }
        items.push_back(v);
        drop(items);
        self.touch();
    }

    fn push_front(&self, v: Value) {
        let mut items = self.items.borrow_mut();
        if self.maxlen == Some(0) {
            return;
        }
        if Some(items.len()) == self.maxlen {
            items.pop_back();
        }
        items.push_front(v);
        drop(items);
        self.touch();
    }

    /// Refuses, before it is made, growth by `added` items (as many as
    /// `maxlen` keeps) that would take the session past its memory limit:
    /// the items are charged only once they are in.
    fn check_growth(&self, vm: &Vm, added: usize) -> PyResult<()> {
        let len = self.items.borrow().len();
        let after = len.saturating_add(added);
        let after = self.maxlen.map_or(after, |m| after.min(m));
        vm.check_alloc(estimate::buffer_slots(after.saturating_sub(len)))
    }

    /// `extend` (`extendleft` when `left`): `d.extend(d)` reads a snapshot
    /// first, as CPython does.
    fn extend(&self, vm: &Vm, iterable: &Value, left: bool) -> PyResult<()> {
        let items = vm.collect(iterable)?;
        self.check_growth(vm, items.len())?;
        for v in items {
            if left {
                self.push_front(v);
            } else {
                self.push_back(v);
            }
        }
        Ok(())
    }

    fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }

    /// A new deque with this one's `maxlen`, holding `items`.
    fn with_items(&self, vm: &Vm, items: Vec<Value>) -> PyResult<Value> {
        let d = Deque {
            class: self.class.clone(),
            items: RefCell::new(VecDeque::new()),
            maxlen: self.maxlen,
            version: Cell::new(0),
            charged: Charged::default(),
        };
        d.check_growth(vm, items.len())?;
        for v in items {
            d.push_back(v);
        }
        Ok(native(d))
    }

    fn index_of(&self, vm: &Vm, index: &Value) -> PyResult<usize> {
        let len = self.items.borrow().len();
        match index {
            Value::Slice(_) => Err(vm.type_error("sequence index must be integer, not 'slice'")),
            _ if small_int(index).is_none() => Err(vm.type_error(format!(
                "sequence index must be integer, not '{}'",
                vm.type_name(index)
            ))),
            _ => vm.seq_index(index, len, "deque"),
        }
    }

    /// `v == x`, failing as CPython does when the comparison mutated the deque.
    fn same(&self, vm: &Vm, v: &Value, x: &Value, version: u64, error: &str) -> PyResult<bool> {
        let equal = v.is(x) || vm.eq(v, x)?;
        if self.version.get() != version {
            return Err(vm.raise(error, "deque mutated during iteration"));
        }
        Ok(equal)
    }

    /// Position of the first item equal to `x` in `lo..hi`.
    fn find(
        &self,
        vm: &Vm,
        x: &Value,
        lo: usize,
        hi: usize,
        error: &str,
    ) -> PyResult<Option<usize>> {
        let version = self.version.get();
        let items = self.snapshot();
        for (i, v) in items.iter().enumerate().take(hi).skip(lo) {
            vm.tick()?;
            if self.same(vm, v, x, version, error)? {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }
}

/// Clamps a `start`/`stop` argument of `index` the way slices do.
fn clamp_bound(vm: &Vm, v: &Value, len: usize) -> PyResult<usize> {
    let Some(i) = small_int(v) else {
        return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
    };
    let n = len as i64;
    Ok(if i < 0 { (i + n).max(0) } else { i.min(n) } as usize)
}

impl NativeObject for Deque {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, vm: &Vm, _this: &Value) -> PyResult<String> {
        let items = self.snapshot();
        let parts = items
            .iter()
            .map(|v| vm.repr(v))
            .collect::<PyResult<Vec<_>>>()?;
        Ok(match self.maxlen {
            Some(m) => format!("deque([{}], maxlen={})", parts.join(", "), m),
            None => format!("deque([{}])", parts.join(", ")),
        })
    }
    fn get_attr(&self, _vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "maxlen" => Some(self.maxlen.map_or(Value::None, |m| Value::Int(m as i64))),
            _ => None,
        })
    }
    fn set_attr(&self, vm: &Vm, name: &str, _value: Value) -> Option<PyResult<()>> {
        (name == "maxlen").then(|| {
            Err(vm.raise(
                "AttributeError",
                "attribute 'maxlen' of 'collections.deque' objects is not writable",
            ))
        })
    }
    fn has_method(&self, name: &str) -> bool {
        METHODS.contains(&name)
    }
    fn call_method(&self, vm: &Vm, this: &Value, name: &str, args: Args) -> PyResult<Value> {
        let qual = format!("deque.{}", name);
        no_kw(vm, &qual, &args)?;
        if matches!(name, "append" | "appendleft" | "insert") {
            // Refuse growth before it is made, so the deque never takes the
            // account past the limit and the session stays usable.
            self.check_growth(vm, 1)?;
        }
        let one = |args: &Args| -> PyResult<Value> {
            arity(vm, &qual, args, 1, 1)?;
            Ok(args.pos[0].clone())
        };
        match name {
            "append" => {
                self.push_back(one(&args)?);
                Ok(Value::None)
            }
            "appendleft" => {
                self.push_front(one(&args)?);
                Ok(Value::None)
            }
            "pop" | "popleft" => {
                arity(vm, &qual, &args, 0, 0)?;
                let v = if name == "pop" {
                    self.items.borrow_mut().pop_back()
                } else {
                    self.items.borrow_mut().pop_front()
                };
                self.touch();
                v.ok_or_else(|| vm.raise("IndexError", "pop from an empty deque"))
            }
            "extend" | "__iadd__" => {
                let src = one(&args)?;
                self.extend(vm, &src, false)?;
                Ok(if name == "extend" {
                    Value::None
                } else {
                    this.clone()
                })
            }
            "extendleft" => {
                self.extend(vm, &one(&args)?, true)?;
                Ok(Value::None)
            }
            "rotate" => {
                arity(vm, &qual, &args, 0, 1)?;
                let n = match args.pos.first() {
                    None => 1,
                    Some(v) => small_int(v).ok_or_else(|| {
                        vm.type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            vm.type_name(v)
                        ))
                    })?,
                };
                let mut items = self.items.borrow_mut();
                let len = items.len() as i64;
                if len > 1 {
                    let k = n.rem_euclid(len) as usize;
                    items.rotate_right(k);
                }
                drop(items);
                self.touch();
                Ok(Value::None)
            }
            "clear" => {
                arity(vm, &qual, &args, 0, 0)?;
                self.items.borrow_mut().clear();
                self.touch();
                Ok(Value::None)
            }
            "count" => {
                let x = one(&args)?;
                let version = self.version.get();
                let mut n = 0;
                for v in self.snapshot() {
                    vm.tick()?;
                    if self.same(vm, &v, &x, version, "RuntimeError")? {
                        n += 1;
                    }
                }
                Ok(Value::Int(n))
            }
            "index" => {
                if args.pos.is_empty() || args.pos.len() > 3 {
                    return Err(vm.type_error(format!(
                        "index() takes at {} argument{} ({} given)",
                        if args.pos.is_empty() {
                            "least 1"
                        } else {
                            "most 3"
                        },
                        if args.pos.is_empty() { "" } else { "s" },
                        args.pos.len()
                    )));
                }
                let len = self.items.borrow().len();
                let lo = match args.pos.get(1) {
                    Some(v) => clamp_bound(vm, v, len)?,
                    None => 0,
                };
                let hi = match args.pos.get(2) {
                    Some(v) => clamp_bound(vm, v, len)?,
                    None => len,
                };
                match self.find(vm, &args.pos[0], lo, hi, "RuntimeError")? {
                    Some(i) => Ok(Value::Int(i as i64)),
                    None => {
                        Err(vm.value_error(format!("{} is not in deque", vm.repr(&args.pos[0])?)))
                    }
                }
            }
            "insert" => {
                if args.pos.len() != 2 {
                    return Err(vm.type_error(format!(
                        "insert() takes exactly 2 arguments ({} given)",
                        args.pos.len()
                    )));
                }
                let Some(i) = small_int(&args.pos[0]) else {
                    return Err(vm.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        vm.type_name(&args.pos[0])
                    )));
                };
                let mut items = self.items.borrow_mut();
                if Some(items.len()) == self.maxlen {
                    return Err(vm.raise("IndexError", "deque already at its maximum size"));
                }
                let n = items.len() as i64;
                let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
                items.insert(at, args.pos[1].clone());
                drop(items);
                self.touch();
                Ok(Value::None)
            }
            "remove" => {
                let x = one(&args)?;
                let len = self.items.borrow().len();
                match self.find(vm, &x, 0, len, "IndexError")? {
                    Some(i) => {
                        self.items.borrow_mut().remove(i);
                        self.touch();
                        Ok(Value::None)
                    }
                    None => Err(vm.value_error(format!("{} is not in deque", vm.repr(&x)?))),
                }
            }
            "reverse" => {
                arity(vm, &qual, &args, 0, 0)?;
                self.items.borrow_mut().make_contiguous().reverse();
                self.touch();
                Ok(Value::None)
            }
            _ => {
                arity(vm, &qual, &args, 0, 0)?;
                self.with_items(vm, self.snapshot())
            }
        }
    }
    fn len(&self, _vm: &Vm) -> Option<PyResult<usize>> {
        Some(Ok(self.items.borrow().len()))
    }
    fn iter(&self, _vm: &Vm, this: &Value) -> Option<PyResult<Value>> {
        let class = match self.class.ns.borrow().get("__iterator__") {
            Some(Value::Class(c)) => c.clone(),
            _ => self.class.clone(),
        };
        Some(Ok(native(DequeIter {
            class,
            deque: this.clone(),
            index: Cell::new(0),
            version: self.version.get(),
        })))
    }
    fn get_item(&self, vm: &Vm, key: &Value) -> Option<PyResult<Value>> {
        Some(
            self.index_of(vm, key)
                .map(|i| self.items.borrow().get(i).cloned().unwrap_or(Value::None)),
        )
    }
    fn set_item(&self, vm: &Vm, key: Value, value: Value) -> Option<PyResult<()>> {
        Some(self.index_of(vm, &key).map(|i| {
            if let Some(slot) = self.items.borrow_mut().get_mut(i) {
                *slot = value;
            }
        }))
    }
    fn del_item(&self, vm: &Vm, key: &Value) -> Option<PyResult<()>> {
        Some(self.index_of(vm, key).map(|i| {
            self.items.borrow_mut().remove(i);
            self.touch();
        }))
    }
    fn contains(&self, vm: &Vm, item: &Value) -> Option<PyResult<bool>> {
        let len = self.items.borrow().len();
        Some(
            self.find(vm, item, 0, len, "RuntimeError")
                .map(|p| p.is_some()),
        )
    }
    fn eq(&self, vm: &Vm, other: &Value) -> Option<PyResult<bool>> {
        let Some(o) = native_ref::<Deque>(other) else {
            return Some(Ok(false));
        };
        Some(vm.eq(&Value::list(self.snapshot()), &Value::list(o.snapshot())))
    }
    fn hash(&self, vm: &Vm) -> Option<PyResult<u64>> {
        Some(Err(vm.type_error(errors::unhashable("collections.deque"))))
    }
    fn compare(&self, vm: &Vm, op: CmpOp, other: &Value) -> Option<PyResult<bool>> {
        let o = native_ref::<Deque>(other)?;
        let (a, b) = (Value::list(self.snapshot()), Value::list(o.snapshot()));
        Some(vm.compare_truthy(op, &a, &b))
    }
    fn binary_op(
        &self,
        vm: &Vm,
        op: BinOp,
        _this: &Value,
        other: &Value,
        reflected: bool,
    ) -> Option<PyResult<Value>> {
        match op {
            BinOp::Add if !reflected => Some(match native_ref::<Deque>(other) {
                Some(o) => {
                    let mut items = self.snapshot();
                    items.extend(o.snapshot());
                    self.with_items(vm, items)
                }
                None => Err(vm.type_error(format!(
                    "can only concatenate deque (not \"{}\") to deque",
                    vm.type_name(other)
                ))),
            }),
            BinOp::Mul => {
                let n = small_int(other)?;
                let items = self.snapshot();
                let times = n.max(0) as u64;
                if let Err(e) = vm.check_alloc(estimate::repeat_values(items.len(), times)) {
                    return Some(Err(e));
                }
                let mut out = Vec::with_capacity(items.len().saturating_mul(times as usize));
                for _ in 0..times {
                    out.extend(items.iter().cloned());
                }
                Some(self.with_items(vm, out))
            }
            _ => None,
        }
    }
}

/// Iterator over a deque; fails once the deque is mutated.
struct DequeIter {
    class: ClassRef,
    deque: Value,
    index: Cell<usize>,
    version: u64,
}

impl NativeObject for DequeIter {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<_collections._deque_iterator object at {:#x}>",
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
        let d = native_ref::<Deque>(&self.deque)?;
        if d.version.get() != self.version {
            return Some(Err(
                vm.raise("RuntimeError", "deque mutated during iteration")
            ));
        }
        let i = self.index.get();
        let item = d.items.borrow().get(i).cloned();
        if item.is_some() {
            self.index.set(i + 1);
        }
        Some(Ok(item))
    }
}
