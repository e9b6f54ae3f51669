//! Iteration: `iter()` and `next()` over every iterable, and the lazy builtin
//! iterators (enumerate, zip, map, filter, reversed, dict views, itertools).
//!
//! Composite iterators never hold a borrow of their state while running user
//! code, so re-entrant iteration reports an error instead of panicking.

use std::cell::RefCell;
use std::rc::Rc;

use super::generator::{GenInput, GenStep};
use super::{Args, PyResult, Vm};
use crate::errors;
use crate::value::{DictObj, PyStr, RangeObj, Value};

pub enum IterState {
    /// Lists (re-read each step, as CPython) and tuples.
    Seq {
        seq: Value,
        index: usize,
    },
    Str {
        s: Rc<PyStr>,
        byte_pos: usize,
    },
    Bytes {
        b: Rc<Vec<u8>>,
        index: usize,
    },
    Range {
        next: i64,
        step: i64,
        remaining: i64,
    },
    Dict {
        dict: Rc<RefCell<DictObj>>,
        pos: usize,
        len: usize,
        what: DictPart,
    },
    /// A snapshot of values (sets, sorted results, materialised sources).
    Items {
        items: Vec<Value>,
        index: usize,
    },
    Reversed {
        seq: Value,
        index: usize,
    },
    Enumerate {
        inner: Value,
        count: Value,
    },
    /// `inner` is shared so that each step can let go of the state's
    /// borrow without copying the list.
    Zip {
        inner: Rc<[Value]>,
        strict: bool,
    },
    Map {
        func: Value,
        inner: Rc<[Value]>,
    },
    Filter {
        func: Value,
        inner: Value,
        keep_when: bool,
    },
    /// `iter(callable, sentinel)`.
    CallUntil {
        func: Value,
        sentinel: Value,
    },
    /// A snapshot of a set's items, with the set kept to notice a resize.
    Set {
        set: Rc<RefCell<crate::value::SetObj>>,
        items: Vec<Value>,
        index: usize,
    },
    /// The old sequence protocol: `obj[0]`, `obj[1]`, ... until IndexError.
    GetItem {
        obj: Value,
        index: i64,
    },
    Done,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictPart {
    Keys,
    Values,
    Items,
}

impl IterState {
    pub fn type_name(&self) -> &'static str {
        match self {
            IterState::Seq {
                seq: Value::Tuple(_),
                ..
            } => "tuple_iterator",
            IterState::Seq { .. } => "list_iterator",
            IterState::Str { s, .. } if s.as_str().is_ascii() => "str_ascii_iterator",
            IterState::Str { .. } => "str_iterator",
            IterState::Bytes { .. } => "bytes_iterator",
            IterState::Range { .. } => "range_iterator",
            IterState::Dict {
                what: DictPart::Keys,
                ..
            } => "dict_keyiterator",
            IterState::Dict {
                what: DictPart::Values,
                ..
            } => "dict_valueiterator",
            IterState::Dict {
                what: DictPart::Items,
                ..
            } => "dict_itemiterator",
            IterState::Items { .. } => "iterator",
            IterState::Reversed {
                seq: Value::List(_),
                ..
            } => "list_reverseiterator",
            IterState::Reversed {
                seq: Value::Range(_),
                ..
            } => "range_iterator",
            IterState::Reversed { .. } => "reversed",
            IterState::Enumerate { .. } => "enumerate",
            IterState::Zip { .. } => "zip",
            IterState::Map { .. } => "map",
            IterState::Filter { .. } => "filter",
            IterState::CallUntil { .. } => "callable_iterator",
            IterState::GetItem { .. } => "iterator",
            IterState::Set { .. } => "set_iterator",
            IterState::Done => "iterator",
        }
    }
}

pub fn iter_value(state: IterState) -> Value {
    Value::Iterator(Rc::new(RefCell::new(state)))
}

impl Vm {
    /// `iter(v)`: an iterator value (an `Iterator`, a generator, or a user object with `__next__`).
    pub fn iter(&self, v: &Value) -> PyResult<Value> {
        let state = match v {
            Value::List(_) | Value::Tuple(_) => IterState::Seq {
                seq: v.clone(),
                index: 0,
            },
            Value::Str(s) => IterState::Str {
                s: s.clone(),
                byte_pos: 0,
            },
            Value::Bytes(b) => IterState::Bytes {
                b: b.clone(),
                index: 0,
            },
            Value::Range(r) => IterState::Range {
                next: r.start,
                step: r.step,
                remaining: r.len(),
            },
            Value::Dict(d) => {
                let len = d.borrow().len();
                IterState::Dict {
                    dict: d.clone(),
                    pos: 0,
                    len,
                    what: DictPart::Keys,
                }
            }
            Value::DictView(v) => crate::types::dict::view(&v.0, v.1),
            Value::Set(s) => IterState::Set {
                set: s.clone(),
                items: s.borrow().items(),
                index: 0,
            },
            // A private copy of the table: a frozenset never changes size.
            Value::FrozenSet(s) => IterState::Set {
                set: Rc::new(RefCell::new((**s).clone())),
                items: s.items(),
                index: 0,
            },
            Value::Iterator(_) | Value::Generator(_) => return Ok(v.clone()),
            // Classes a module made iterable (enums): what a metaclass `__iter__` does in CPython.
            Value::Class(c) => match c.lookup("__class_iter__") {
                Some(hook) => return self.call(&hook, Args::new(vec![v.clone()])),
                None => return Err(self.type_error(errors::not_iterable(&self.type_name(v)))),
            },
            Value::Native(n) => {
                if let Some(r) = n.iter(self, v) {
                    return r;
                }
                match n.as_dict() {
                    Some(d) => crate::types::dict::view(&d, DictPart::Keys),
                    None => return Err(self.type_error(errors::not_iterable(&self.type_name(v)))),
                }
            }
            Value::Instance(_) => {
                if let Some(m) = self.special_method(v, "__iter__") {
                    let it = self.call(&m, Args::default())?;
                    if !self.is_iterator(&it) {
                        return Err(self.type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            self.type_name(&it)
                        )));
                    }
                    return Ok(it);
                }
                if self.special_method(v, "__getitem__").is_some() {
                    IterState::GetItem {
                        obj: v.clone(),
                        index: 0,
                    }
                } else {
                    return Err(self.type_error(errors::not_iterable(&self.type_name(v))));
                }
            }
            _ => return Err(self.type_error(errors::not_iterable(&self.type_name(v)))),
        };
        Ok(iter_value(state))
    }

    pub fn is_iterator(&self, v: &Value) -> bool {
        match v {
            Value::Iterator(_) | Value::Generator(_) => true,
            Value::Native(n) => n.next_supported(),
            Value::Instance(_) => self.special_method(v, "__next__").is_some(),
            _ => false,
        }
    }

    pub fn is_iterable(&self, v: &Value) -> bool {
        match v {
            Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Range(_)
            | Value::Dict(_)
            | Value::DictView(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Iterator(_)
            | Value::Generator(_) => true,
            Value::Native(n) => {
                n.as_dict().is_some() || n.next_supported() || n.iter(self, v).is_some()
            }
            Value::Class(c) => c.lookup("__class_iter__").is_some(),
            Value::Instance(_) => {
                self.special_method(v, "__iter__").is_some()
                    || self.special_method(v, "__getitem__").is_some()
            }
            _ => false,
        }
    }

    /// The items of `iterable` for a loop. Ranges, lists and tuples, the
    /// usual loop sources, are walked in place with no iterator object.
    pub fn loop_items<'v>(&self, iterable: &'v Value) -> PyResult<LoopItems<'v>> {
        Ok(match iterable {
            Value::Range(r) => LoopItems::Range(r, 0, r.len()),
            Value::List(l) => LoopItems::List(l, 0),
            Value::Tuple(t) => LoopItems::Tuple(t.iter()),
            _ => LoopItems::Iter(self.iter(iterable)?),
        })
    }

    /// `next(it)`: `None` when exhausted.
    pub fn next(&self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            // A native step counts, so no native loop over an endless
            // iterator (`dict(zip(repeat(1), repeat(2)))`) runs uncounted.
            Value::Iterator(state) => {
                self.tick()?;
                self.next_state(state)
            }
            Value::Generator(g) => match self.gen_resume(g, GenInput::Send(Value::None))? {
                GenStep::Yielded(v) => Ok(Some(v)),
                GenStep::Returned(_) => Ok(None),
            },
            Value::Native(n) => {
                self.tick()?;
                match n.next(self) {
                    Some(r) => r,
                    None => Err(self.type_error(errors::not_an_iterator(&self.type_name(it)))),
                }
            }
            Value::Instance(_) => {
                let Some(m) = self.special_method(it, "__next__") else {
                    return Err(self.type_error(errors::not_an_iterator(&self.type_name(it))));
                };
                match self.call(&m, Args::default()) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.caught(&e, "StopIteration") => Ok(None),
                    Err(e) => Err(e),
                }
            }
            _ => Err(self.type_error(errors::not_an_iterator(&self.type_name(it)))),
        }
    }

    fn next_state(&self, cell: &Rc<RefCell<IterState>>) -> PyResult<Option<Value>> {
        let Ok(mut st) = cell.try_borrow_mut() else {
            return Err(self.value_error("iterator already executing"));
        };
        match &mut *st {
            IterState::Seq { seq, index } => {
                let item = match seq {
                    Value::List(l) => l.borrow().get(*index).cloned(),
                    Value::Tuple(t) => t.get(*index).cloned(),
                    _ => None,
                };
                match item {
                    Some(v) => {
                        *index += 1;
                        Ok(Some(v))
                    }
                    None => {
                        *st = IterState::Done;
                        Ok(None)
                    }
                }
            }
            IterState::Str { s, byte_pos } => match s.as_str()[*byte_pos..].chars().next() {
                Some(c) => {
                    *byte_pos += c.len_utf8();
                    let mut buf = [0u8; 4];
                    Ok(Some(Value::str(c.encode_utf8(&mut buf))))
                }
                None => Ok(None),
            },
            IterState::Bytes { b, index } => match b.get(*index) {
                Some(x) => {
                    *index += 1;
                    Ok(Some(Value::Int(*x as i64)))
                }
                None => Ok(None),
            },
            IterState::Range {
                next,
                step,
                remaining,
            } => {
                if *remaining <= 0 {
                    return Ok(None);
                }
                let v = *next;
                *remaining -= 1;
                *next = next.wrapping_add(*step);
                Ok(Some(Value::Int(v)))
            }
            IterState::Dict {
                dict,
                pos,
                len,
                what,
            } => {
                let d = dict.borrow();
                if d.len() != *len {
                    *len = usize::MAX;
                    drop(d);
                    return Err(
                        self.raise("RuntimeError", "dictionary changed size during iteration")
                    );
                }
                while *pos < d.slots() {
                    let p = *pos;
                    *pos += 1;
                    if let Some(e) = d.entry_at(p) {
                        return Ok(Some(match what {
                            DictPart::Keys => e.key.clone(),
                            DictPart::Values => e.value.clone(),
                            DictPart::Items => Value::tuple(vec![e.key.clone(), e.value.clone()]),
                        }));
                    }
                }
                Ok(None)
            }
            IterState::Set { set, items, index } => {
                if set.borrow().len() != items.len() {
                    *index = usize::MAX;
                    return Err(self.raise("RuntimeError", "Set changed size during iteration"));
                }
                match items.get(*index) {
                    Some(v) => {
                        *index += 1;
                        Ok(Some(v.clone()))
                    }
                    None => Ok(None),
                }
            }
            IterState::Items { items, index } => match items.get(*index) {
                Some(v) => {
                    *index += 1;
                    Ok(Some(v.clone()))
                }
                None => Ok(None),
            },
            IterState::Reversed { seq, index } => {
                if *index == 0 {
                    return Ok(None);
                }
                *index -= 1;
                let i = *index;
                let item = match seq {
                    Value::List(l) => l.borrow().get(i).cloned(),
                    Value::Tuple(t) => t.get(i).cloned(),
                    Value::Str(s) => s.char_at(i).map(|c| Value::string(c.to_string())),
                    Value::Range(r) => Some(Value::Int(r.get(i as i64))),
                    Value::Bytes(b) => b.get(i).map(|x| Value::Int(*x as i64)),
                    _ => None,
                };
                Ok(item)
            }
            IterState::Enumerate { inner, count } => {
                let inner = inner.clone();
                let n = count.clone();
                drop(st);
                let Some(v) = self.next(&inner)? else {
                    return Ok(None);
                };
                let next = self.binary_op(crate::ir::BinOp::Add, &n, &Value::Int(1))?;
                if let IterState::Enumerate { count, .. } = &mut *cell.borrow_mut() {
                    *count = next;
                }
                Ok(Some(Value::tuple(vec![n, v])))
            }
            IterState::Zip { inner, strict } => {
                let inner = inner.clone();
                let strict = *strict;
                drop(st);
                let mut items = Vec::with_capacity(inner.len());
                for (i, it) in inner.iter().enumerate() {
                    match self.next(it)? {
                        Some(v) => items.push(v),
                        None => {
                            if strict && (i > 0 || inner.iter().skip(1).any(|_| true)) {
                                return self.zip_strict_error(&inner, i);
                            }
                            return Ok(None);
                        }
                    }
                }
                if inner.is_empty() {
                    return Ok(None);
                }
                Ok(Some(Value::tuple(items)))
            }
            IterState::Map { func, inner } => {
                let (func, inner) = (func.clone(), inner.clone());
                drop(st);
                if let [it] = inner.as_ref() {
                    return match self.next(it)? {
                        Some(v) => self.call1(&func, v).map(Some),
                        None => Ok(None),
                    };
                }
                let mut args = Vec::with_capacity(inner.len());
                for it in inner.iter() {
                    match self.next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call(&func, Args::new(args)).map(Some)
            }
            IterState::Filter {
                func,
                inner,
                keep_when,
            } => {
                let (func, inner, keep_when) = (func.clone(), inner.clone(), *keep_when);
                drop(st);
                while let Some(v) = self.next(&inner)? {
                    self.tick()?;
                    let t = if func.is_none() {
                        v.clone()
                    } else {
                        self.call1(&func, v.clone())?
                    };
                    if self.truthy(&t)? == keep_when {
                        return Ok(Some(v));
                    }
                }
                Ok(None)
            }
            IterState::CallUntil { func, sentinel } => {
                let (func, sentinel) = (func.clone(), sentinel.clone());
                drop(st);
                let v = self.call(&func, Args::default())?;
                if self.eq(&v, &sentinel)? {
                    if let Ok(mut s) = cell.try_borrow_mut() {
                        *s = IterState::Done;
                    }
                    return Ok(None);
                }
                Ok(Some(v))
            }
            IterState::GetItem { obj, index } => {
                let (obj, i) = (obj.clone(), *index);
                drop(st);
                match self.get_item(&obj, &Value::Int(i)) {
                    Ok(x) => {
                        if let Ok(mut s) = cell.try_borrow_mut() {
                            if let IterState::GetItem { index, .. } = &mut *s {
                                *index = i + 1;
                            }
                        }
                        Ok(Some(x))
                    }
                    Err(e) if self.caught(&e, "IndexError") || self.caught(&e, "StopIteration") => {
                        if let Ok(mut s) = cell.try_borrow_mut() {
                            *s = IterState::Done;
                        }
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterState::Done => Ok(None),
        }
    }

    fn zip_strict_error(&self, inner: &[Value], failed_at: usize) -> PyResult<Option<Value>> {
        if failed_at == 0 {
            for (j, it) in inner.iter().enumerate().skip(1) {
                if self.next(it)?.is_some() {
                    return Err(self.value_error(format!(
                        "zip() argument {} is longer than argument 1",
                        j + 1
                    )));
                }
            }
            return Ok(None);
        }
        let plural = if failed_at == 1 {
            " 1".to_string()
        } else {
            format!("s 1-{}", failed_at)
        };
        Err(self.value_error(format!(
            "zip() argument {} is shorter than argument{}",
            failed_at + 1,
            plural
        )))
    }

    /// Every 1,024 items, checks that a buffer of `len` values being filled
    /// from an iterator (not yet a counted list) fits under the memory limit.
    #[inline]
    pub fn check_buffer(&self, len: usize) -> PyResult<()> {
        if len % 1024 == 0 {
            self.check_alloc(crate::limits::estimate::values(len as u64))?;
        }
        Ok(())
    }

    /// Collects any iterable into a vector, checking the budget as it grows.
    pub fn collect(&self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.borrow().clone()),
            Value::Tuple(t) => return Ok(t.as_ref().clone()),
            _ => {}
        }
        let mut out = Vec::new();
        self.extend_from_iterable(&mut out, v)?;
        Ok(out)
    }

    pub fn extend_from_iterable(&self, out: &mut Vec<Value>, v: &Value) -> PyResult<()> {
        match v {
            Value::List(l) => out.extend(l.borrow().iter().cloned()),
            Value::Tuple(t) => out.extend(t.iter().cloned()),
            Value::Range(r) => {
                let n = r.len();
                self.check_alloc(crate::limits::estimate::values(n.max(0) as u64))?;
                self.tick_n(n.max(0) as u64 / 8)?;
                out.extend((0..n).map(|i| Value::Int(r.get(i))));
            }
            _ => {
                let it = self.iter(v)?;
                while let Some(x) = self.next(&it)? {
                    self.tick()?;
                    self.check_buffer(out.len())?;
                    out.push(x);
                }
            }
        }
        Ok(())
    }
}

/// Where a loop takes its items from (`Vm::loop_items`).
pub enum LoopItems<'v> {
    /// The range, the next index, the length.
    Range(&'v RangeObj, i64, i64),
    /// Read by index at each step, as the list's iterator would: appends are seen.
    List(&'v RefCell<Vec<Value>>, usize),
    Tuple(std::slice::Iter<'v, Value>),
    Iter(Value),
}

impl LoopItems<'_> {
    #[inline(always)]
    pub fn next(&mut self, vm: &Vm) -> PyResult<Option<Value>> {
        Ok(match self {
            LoopItems::Range(r, index, len) => {
                if *index >= *len {
                    return Ok(None);
                }
                *index += 1;
                Some(Value::Int(r.get(*index - 1)))
            }
            LoopItems::List(l, index) => {
                let item = l.borrow().get(*index).cloned();
                *index += 1;
                item
            }
            LoopItems::Tuple(items) => items.next().cloned(),
            LoopItems::Iter(it) => return vm.next(it),
        })
    }

    /// How many items remain, where that is known without running anything.
    pub fn remaining(&self) -> Option<usize> {
        match self {
            LoopItems::Range(_, index, len) => usize::try_from(*len - *index).ok(),
            LoopItems::List(l, index) => Some(l.borrow().len().saturating_sub(*index)),
            LoopItems::Tuple(items) => Some(items.len()),
            LoopItems::Iter(_) => None,
        }
    }
}
