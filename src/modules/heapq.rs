//! `heapq`: binary min-heaps on plain lists, with CPython's sift algorithms
//! (so the list layout after each operation is identical), plus `nlargest`,
//! `nsmallest` and the lazy `merge`.
//!
//! Comparisons may run user `__lt__`; the sifts read and swap the list's
//! items in place with short borrows and check its size after every
//! comparison, as CPython does. Must not hold a borrow of the list while user
//! code runs, and must not copy the list (each operation is O(log n)).

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

use crate::eval::{Args, PyResult, Vm};
use crate::modules::natives::{native, positional, small_int, take_kw};
use crate::modules::support::{bind, Sig};
use crate::types::TypeKind;
use crate::value::{BuiltinFn, ClassRef, NativeObject, Value};

type List = Rc<RefCell<Vec<Value>>>;

/// The module's attributes.
pub fn build(_vm: &Vm) -> HashMap<Rc<str>, Value> {
    [
        &HEAPPUSH,
        &HEAPPOP,
        &HEAPIFY,
        &HEAPREPLACE,
        &HEAPPUSHPOP,
        &NLARGEST,
        &NSMALLEST,
        &MERGE,
    ]
    .into_iter()
    .map(|f| (Rc::from(f.name), Value::Builtin(f)))
    .collect()
}

static HEAPPUSH: BuiltinFn = BuiltinFn {
    name: "heappush",
    call: heappush,
};
static HEAPPOP: BuiltinFn = BuiltinFn {
    name: "heappop",
    call: heappop,
};
static HEAPIFY: BuiltinFn = BuiltinFn {
    name: "heapify",
    call: heapify,
};
static HEAPREPLACE: BuiltinFn = BuiltinFn {
    name: "heapreplace",
    call: heapreplace,
};
static HEAPPUSHPOP: BuiltinFn = BuiltinFn {
    name: "heappushpop",
    call: heappushpop,
};
static NLARGEST: BuiltinFn = BuiltinFn {
    name: "nlargest",
    call: |vm, args| n_best(vm, args, "nlargest", true),
};
static NSMALLEST: BuiltinFn = BuiltinFn {
    name: "nsmallest",
    call: |vm, args| n_best(vm, args, "nsmallest", false),
};
static MERGE: BuiltinFn = BuiltinFn {
    name: "merge",
    call: merge,
};

fn heap_arg(vm: &Vm, args: &Args, name: &str, n: usize) -> PyResult<List> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", name)));
    }
    positional(vm, name, args, n, n)?;
    match &args.pos[0] {
        Value::List(l) => Ok(l.clone()),
        other => Err(vm.type_error(format!(
            "{}() argument{} must be list, not {}",
            name,
            if n == 1 { "" } else { " 1" },
            vm.type_name(other)
        ))),
    }
}

/// Where a heap's items live. Each access is a short borrow, so no borrow is held while a
/// comparison runs user `__lt__`, and nothing is copied: an operation costs O(log n).
pub trait HeapStore {
    fn size(&self) -> usize;
    fn item(&self, i: usize) -> Option<Value>;
    fn swap_items(&self, i: usize, j: usize);
    fn push_item(&self, item: Value);
    fn pop_last(&self) -> Option<Value>;
    fn replace_item(&self, i: usize, item: Value) -> Option<Value>;
}

/// `HeapStore` for a vector-like container, given its push and pop-last methods.
macro_rules! heap_store {
    ($container:ty, $push:ident, $pop:ident) => {
        impl HeapStore for RefCell<$container> {
            fn size(&self) -> usize {
                self.borrow().len()
            }
            fn item(&self, i: usize) -> Option<Value> {
                self.borrow().get(i).cloned()
            }
            fn swap_items(&self, i: usize, j: usize) {
                let mut v = self.borrow_mut();
                if i < v.len() && j < v.len() {
                    v.swap(i, j);
                }
            }
            fn push_item(&self, item: Value) {
                self.borrow_mut().$push(item);
            }
            fn pop_last(&self) -> Option<Value> {
                self.borrow_mut().$pop()
            }
            fn replace_item(&self, i: usize, item: Value) -> Option<Value> {
                self.borrow_mut()
                    .get_mut(i)
                    .map(|slot| std::mem::replace(slot, item))
            }
        }
    };
}

heap_store!(Vec<Value>, push, pop);
heap_store!(VecDeque<Value>, push_back, pop_back);

/// `heap[i]`, failing as CPython does when a comparison changed the heap's size.
fn item_at(vm: &Vm, heap: &impl HeapStore, size: usize, i: usize) -> PyResult<Value> {
    match heap.item(i) {
        Some(v) if heap.size() == size => Ok(v),
        _ => Err(changed_size(vm)),
    }
}

fn changed_size(vm: &Vm) -> crate::eval::Unwind {
    vm.raise("RuntimeError", "list changed size during iteration")
}

/// CPython's `siftdown`: moves `heap[pos]` up towards `start`, swapping with each parent
/// it is less than.
pub fn sift_down(vm: &Vm, heap: &impl HeapStore, start: usize, mut pos: usize) -> PyResult<()> {
    let size = heap.size();
    while pos > start {
        let parent = (pos - 1) >> 1;
        let less = vm.less_than(
            &item_at(vm, heap, size, pos)?,
            &item_at(vm, heap, size, parent)?,
        )?;
        if heap.size() != size {
            return Err(changed_size(vm));
        }
        if !less {
            break;
        }
        heap.swap_items(parent, pos);
        pos = parent;
    }
    Ok(())
}

/// CPython's `siftup`: moves the smaller child up until a leaf, then sifts down.
pub fn sift_up(vm: &Vm, heap: &impl HeapStore, mut pos: usize) -> PyResult<()> {
    let size = heap.size();
    let start = pos;
    let limit = size >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < size {
            let left_less = vm.less_than(
                &item_at(vm, heap, size, child)?,
                &item_at(vm, heap, size, child + 1)?,
            )?;
            if heap.size() != size {
                return Err(changed_size(vm));
            }
            if !left_less {
                child += 1;
            }
        }
        heap.swap_items(child, pos);
        pos = child;
        vm.tick()?;
    }
    sift_down(vm, heap, start, pos)
}

/// Pushes onto a heap.
pub fn push(vm: &Vm, heap: &impl HeapStore, item: Value) -> PyResult<()> {
    heap.push_item(item);
    sift_down(vm, heap, 0, heap.size() - 1)
}

/// Pops the smallest item of a heap; `None` when it is empty.
pub fn pop(vm: &Vm, heap: &impl HeapStore) -> PyResult<Option<Value>> {
    let Some(last) = heap.pop_last() else {
        return Ok(None);
    };
    let Some(top) = heap.replace_item(0, last.clone()) else {
        return Ok(Some(last));
    };
    sift_up(vm, heap, 0)?;
    Ok(Some(top))
}

fn heappush(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = heap_arg(vm, &args, "heappush", 2)?;
    vm.check_alloc(crate::limits::estimate::buffer_slots(1))?;
    crate::types::list::tracked(&l, || l.push_item(args.pos[1].clone()));
    sift_down(vm, &*l, 0, l.size() - 1)?;
    Ok(Value::None)
}

fn heappop(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = heap_arg(vm, &args, "heappop", 1)?;
    let last = crate::types::list::tracked(&l, || l.pop_last())
        .ok_or_else(|| vm.raise("IndexError", "index out of range"))?;
    let Some(top) = l.replace_item(0, last.clone()) else {
        return Ok(last);
    };
    sift_up(vm, &*l, 0)?;
    Ok(top)
}

fn heapify(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = heap_arg(vm, &args, "heapify", 1)?;
    for i in (0..l.size() / 2).rev() {
        sift_up(vm, &*l, i)?;
    }
    Ok(Value::None)
}

fn heapreplace(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = heap_arg(vm, &args, "heapreplace", 2)?;
    let top = l
        .replace_item(0, args.pos[1].clone())
        .ok_or_else(|| vm.raise("IndexError", "index out of range"))?;
    sift_up(vm, &*l, 0)?;
    Ok(top)
}

fn heappushpop(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = heap_arg(vm, &args, "heappushpop", 2)?;
    let item = args.pos[1].clone();
    let Some(first) = l.item(0) else {
        return Ok(item);
    };
    if !vm.less_than(&first, &item)? {
        return Ok(item);
    }
    let top = l
        .replace_item(0, item)
        .ok_or_else(|| vm.raise("IndexError", "index out of range"))?;
    sift_up(vm, &*l, 0)?;
    Ok(top)
}

/// `nlargest` / `nsmallest`: the same items, in the same order, as a stable sort would give.
fn n_best(vm: &Vm, args: Args, name: &str, largest: bool) -> PyResult<Value> {
    let sig = Sig {
        name,
        params: &["n", "iterable", "key"],
        required: 2,
        kwonly: &[],
        method: false,
    };
    let mut slots = bind(vm, &sig, args)?.into_iter();
    let n_value = slots.next().flatten().unwrap_or(Value::None);
    let iterable = slots.next().flatten().unwrap_or(Value::None);
    let key = slots.next().flatten().filter(|k| !k.is_none());
    let Some(n) = small_int(&n_value) else {
        return Err(vm.type_error(format!(
            "'>=' not supported between instances of '{}' and 'int'",
            vm.type_name(&n_value)
        )));
    };
    let items = vm.collect(&iterable)?;
    if n <= 0 {
        return Ok(Value::list(Vec::new()));
    }
    let mut sorted =
        crate::types::list::sort_values(vm, items, key.as_ref(), largest).map_err(|(e, _)| e)?;
    sorted.truncate(n as usize);
    Ok(Value::list(sorted))
}

fn merge(vm: &Vm, mut args: Args) -> PyResult<Value> {
    let key = take_kw(&mut args, "key").filter(|k| !k.is_none());
    let reverse = match take_kw(&mut args, "reverse") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!(
            "merge() got an unexpected keyword argument '{}'",
            k
        )));
    }
    let mut sources = Vec::with_capacity(args.pos.len());
    for a in &args.pos {
        sources.push(vm.iter(a)?);
    }
    Ok(native(Merge {
        class: vm.types.of_kind(TypeKind::Generator),
        sources,
        key,
        reverse,
        heads: RefCell::new(None),
        running: Cell::new(false),
    }))
}

/// The pending `(key, item)` of each source; `None` once a source is exhausted.
type Heads = Vec<Option<(Value, Value)>>;

/// The lazy iterator `merge` returns.
struct Merge {
    class: ClassRef,
    sources: Vec<Value>,
    key: Option<Value>,
    reverse: bool,
    /// The pending (key, item) of each source; `None` until the first step.
    heads: RefCell<Option<Heads>>,
    running: Cell<bool>,
}

impl Merge {
    fn pull(&self, vm: &Vm, source: &Value) -> PyResult<Option<(Value, Value)>> {
        let Some(item) = vm.next(source)? else {
            return Ok(None);
        };
        let k = match &self.key {
            Some(f) => vm.call(f, Args::new(vec![item.clone()]))?,
            None => item.clone(),
        };
        Ok(Some((k, item)))
    }

    /// One step; like a generator, refuses to be re-entered while it runs.
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        if self.running.replace(true) {
            return Err(vm.value_error("generator already executing"));
        }
        let r = self.advance(vm);
        self.running.set(false);
        r
    }

    fn advance(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let started = self.heads.borrow().is_some();
        if !started {
            let mut heads = Vec::with_capacity(self.sources.len());
            for s in &self.sources {
                heads.push(self.pull(vm, s)?);
            }
            *self.heads.borrow_mut() = Some(heads);
        }
        let heads = self.heads.borrow().clone().unwrap_or_default();
        let mut best: Option<usize> = None;
        for (i, h) in heads.iter().enumerate() {
            let Some((k, _)) = h else { continue };
            best = match best {
                None => Some(i),
                Some(b) => {
                    let bk = heads[b]
                        .as_ref()
                        .map(|(k, _)| k.clone())
                        .unwrap_or(Value::None);
                    // Ties go to the earlier source, as in CPython.
                    let better = if self.reverse {
                        vm.less_than(&bk, k)?
                    } else {
                        vm.less_than(k, &bk)?
                    };
                    Some(if better { i } else { b })
                }
            };
        }
        let Some(b) = best else {
            return Ok(None);
        };
        let item = heads[b].as_ref().map(|(_, v)| v.clone());
        let next = self.pull(vm, &self.sources[b])?;
        if let Some(hs) = self.heads.borrow_mut().as_mut() {
            hs[b] = next;
        }
        Ok(item)
    }
}

impl NativeObject for Merge {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<generator object merge at {:#x}>",
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
        Some(self.step(vm))
    }
}
