//! `itertools`: every iterator of CPython 3.11's module, lazy, with its
//! argument errors. The infinite and filtering iterators live here; the
//! combinatoric ones in `combinatoric.rs`, `groupby` and `tee` in `shared.rs`.
//!
//! Iterators never hold a borrow of their state while user code runs (the
//! source's `__next__`, predicates, key functions), so re-entrant use cannot
//! panic. Nothing here materialises an unbounded input.

mod combinatoric;
mod shared;

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use crate::eval::{Args, PyResult, Vm};
use crate::ir::BinOp;
use crate::modules::natives::{
    bind_c, int_arg, native, native_class, no_kw, positional, small_int, CSig, Charged, Constructor,
};
use crate::value::{BuiltinFn, ClassRef, NativeObject, Value};

/// The boilerplate every iterator type shares: class, identity, `iter(x) is x`,
/// and `next` delegating to the type's own `step`.
macro_rules! iterator_common {
    () => {
        fn class(&self) -> crate::value::ClassRef {
            self.class.clone()
        }
        fn as_any(&self) -> &dyn std::any::Any {
            self
        }
        fn iter(
            &self,
            _vm: &crate::eval::Vm,
            this: &crate::value::Value,
        ) -> Option<crate::eval::PyResult<crate::value::Value>> {
            Some(Ok(this.clone()))
        }
        fn next_supported(&self) -> bool {
            true
        }
        fn next(
            &self,
            vm: &crate::eval::Vm,
        ) -> Option<crate::eval::PyResult<Option<crate::value::Value>>> {
            Some(self.step(vm))
        }
    };
}
pub(crate) use iterator_common;

/// `<itertools.chain object at 0x...>`.
pub(crate) fn default_repr(class: &ClassRef, this: &Value) -> String {
    format!("<{} object at {:#x}>", class.name, this.identity())
}

/// The module's attributes.
pub fn build(vm: &Vm) -> HashMap<Rc<str>, Value> {
    let mut m: HashMap<Rc<str>, Value> = HashMap::new();
    let classes: &[(&str, Constructor)] = &[
        ("count", count),
        ("cycle", cycle),
        ("repeat", repeat),
        ("accumulate", accumulate),
        ("chain", chain),
        ("compress", compress),
        ("dropwhile", dropwhile),
        ("takewhile", takewhile),
        ("filterfalse", filterfalse),
        ("islice", islice),
        ("pairwise", pairwise),
        ("starmap", starmap),
        ("zip_longest", zip_longest),
        ("groupby", shared::groupby),
        ("_tee", shared::tee_object),
        ("product", combinatoric::product),
        ("permutations", combinatoric::permutations),
        ("combinations", combinatoric::combinations),
        (
            "combinations_with_replacement",
            combinatoric::combinations_with_replacement,
        ),
    ];
    for (name, ctor) in classes {
        let cls = native_class(vm, &format!("itertools.{}", name), "itertools", Some(*ctor));
        m.insert(Rc::from(*name), Value::Class(cls));
    }
    if let Some(Value::Class(chain)) = m.get("chain") {
        chain.ns.borrow_mut().insert(
            Rc::from("from_iterable"),
            Value::ClassMethod(Rc::new(Value::Builtin(&FROM_ITERABLE))),
        );
    }
    if let Some(Value::Class(groupby)) = m.get("groupby") {
        shared::attach_grouper_class(vm, groupby);
    }
    if let Some(Value::Class(ref tee)) = m.get("_tee").cloned() {
        m.insert(
            Rc::from("tee"),
            crate::modules::natives::ClassFn::value(vm, "tee", tee, shared::tee),
        );
    }
    m
}

// ----- count -----

struct Count {
    class: ClassRef,
    current: RefCell<Value>,
    step: Value,
}

fn is_number(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
    )
}

fn count(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "count() takes at most 2 arguments ({} given)",
            args.pos.len()
        )));
    }
    let sig = CSig {
        name: "count",
        params: &["start", "step"],
        required: 0,
        positional: 2,
    };
    let mut slots = bind_c(vm, &sig, args)?.into_iter();
    let start = slots.next().flatten().unwrap_or(Value::Int(0));
    let step = slots.next().flatten().unwrap_or(Value::Int(1));
    if !is_number(&start) || !is_number(&step) {
        return Err(vm.type_error("a number is required"));
    }
    Ok(native(Count {
        class: cls.clone(),
        current: RefCell::new(start),
        step,
    }))
}

impl Count {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let cur = self.current.borrow().clone();
        let next = vm.binary_op(BinOp::Add, &cur, &self.step)?;
        *self.current.borrow_mut() = next;
        Ok(Some(cur))
    }
}

impl NativeObject for Count {
    iterator_common!();
    fn repr(&self, vm: &Vm, _this: &Value) -> PyResult<String> {
        let start = vm.repr(&self.current.borrow().clone())?;
        if matches!(self.step, Value::Int(1)) {
            Ok(format!("count({})", start))
        } else {
            Ok(format!("count({}, {})", start, vm.repr(&self.step)?))
        }
    }
}

// ----- cycle -----

struct Cycle {
    class: ClassRef,
    source: Value,
    saved: RefCell<Vec<Value>>,
    index: Cell<usize>,
    first_pass: Cell<bool>,
    /// The saved items' share of the session's memory account.
    charged: Charged,
}

fn cycle(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    no_kw(vm, "cycle", &args)?;
    positional(vm, "cycle", &args, 1, 1)?;
    Ok(native(Cycle {
        class: cls.clone(),
        source: vm.iter(&args.pos[0])?,
        saved: RefCell::new(Vec::new()),
        index: Cell::new(0),
        first_pass: Cell::new(true),
        charged: Charged::default(),
    }))
}

impl Cycle {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        if self.first_pass.get() {
            // The item will be saved: refuse it before taking it from the source.
            vm.check_alloc(crate::limits::estimate::buffer_slots(1))?;
            if let Some(v) = vm.next(&self.source)? {
                let len = {
                    let mut saved = self.saved.borrow_mut();
                    saved.push(v.clone());
                    saved.len()
                };
                self.charged.settle(len);
                return Ok(Some(v));
            }
            self.first_pass.set(false);
        }
        let saved = self.saved.borrow();
        if saved.is_empty() {
            return Ok(None);
        }
        let i = self.index.get() % saved.len();
        self.index.set(i + 1);
        Ok(saved.get(i).cloned())
    }
}

impl NativeObject for Cycle {
    iterator_common!();
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(default_repr(&self.class, this))
    }
}

// ----- repeat -----

struct Repeat {
    class: ClassRef,
    object: Value,
    /// Copies left, or `None` for endless.
    left: Cell<Option<i64>>,
}

fn repeat(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "repeat() takes at most 2 arguments ({} given)",
            args.pos.len()
        )));
    }
    let sig = CSig {
        name: "repeat",
        params: &["object", "times"],
        required: 1,
        positional: 2,
    };
    let mut slots = bind_c(vm, &sig, args)?.into_iter();
    let object = slots.next().flatten().unwrap_or(Value::None);
    let left = match slots.next().flatten() {
        Some(t) => Some(int_arg(vm, &t)?.max(0)),
        None => None,
    };
    Ok(native(Repeat {
        class: cls.clone(),
        object,
        left: Cell::new(left),
    }))
}

impl Repeat {
    fn step(&self, _vm: &Vm) -> PyResult<Option<Value>> {
        match self.left.get() {
            Some(0) => Ok(None),
            Some(n) => {
                self.left.set(Some(n - 1));
                Ok(Some(self.object.clone()))
            }
            None => Ok(Some(self.object.clone())),
        }
    }
}

impl NativeObject for Repeat {
    iterator_common!();
    fn repr(&self, vm: &Vm, _this: &Value) -> PyResult<String> {
        let obj = vm.repr(&self.object)?;
        Ok(match self.left.get() {
            Some(n) => format!("repeat({}, {})", obj, n),
            None => format!("repeat({})", obj),
        })
    }
}

// ----- accumulate -----

struct Accumulate {
    class: ClassRef,
    source: Value,
    func: Option<Value>,
    total: RefCell<Option<Value>>,
    initial: RefCell<Option<Value>>,
}

fn accumulate(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    let sig = CSig {
        name: "accumulate",
        params: &["iterable", "func", "initial"],
        required: 1,
        positional: 2,
    };
    let mut slots = bind_c(vm, &sig, args)?.into_iter();
    let iterable = slots.next().flatten().unwrap_or(Value::None);
    let func = slots.next().flatten().filter(|f| !f.is_none());
    let initial = slots.next().flatten().filter(|i| !i.is_none());
    Ok(native(Accumulate {
        class: cls.clone(),
        source: vm.iter(&iterable)?,
        func,
        total: RefCell::new(None),
        initial: RefCell::new(initial),
    }))
}

impl Accumulate {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let initial = self.initial.borrow_mut().take();
        if let Some(init) = initial {
            *self.total.borrow_mut() = Some(init.clone());
            return Ok(Some(init));
        }
        let Some(v) = vm.next(&self.source)? else {
            return Ok(None);
        };
        let total = self.total.borrow().clone();
        let new = match total {
            None => v,
            Some(t) => match &self.func {
                Some(f) => vm.call(f, Args::new(vec![t, v]))?,
                None => vm.binary_op(BinOp::Add, &t, &v)?,
            },
        };
        *self.total.borrow_mut() = Some(new.clone());
        Ok(Some(new))
    }
}

impl NativeObject for Accumulate {
    iterator_common!();
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(default_repr(&self.class, this))
    }
}

// ----- chain -----

struct Chain {
    class: ClassRef,
    /// An iterator over the iterables still to run.
    sources: Value,
    current: RefCell<Option<Value>>,
}

fn chain(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    no_kw(vm, "chain", &args)?;
    Ok(native(Chain {
        class: cls.clone(),
        sources: vm.iter(&Value::tuple(args.pos))?,
        current: RefCell::new(None),
    }))
}

static FROM_ITERABLE: BuiltinFn = BuiltinFn {
    name: "from_iterable",
    call: from_iterable,
};

fn from_iterable(vm: &Vm, args: Args) -> PyResult<Value> {
    let mut pos = args.pos.into_iter();
    let Some(Value::Class(ref cls)) = pos.next() else {
        return Err(vm.type_error("chain.from_iterable() needs the chain class"));
    };
    let rest = Args {
        pos: pos.collect(),
        kw: args.kw,
    };
    no_kw(vm, "chain.from_iterable", &rest)?;
    crate::builtins::arity(vm, "chain.from_iterable", &rest, 1, 1)?;
    Ok(native(Chain {
        class: cls.clone(),
        sources: vm.iter(&rest.pos[0])?,
        current: RefCell::new(None),
    }))
}

impl Chain {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        loop {
            let current = self.current.borrow().clone();
            if let Some(it) = current {
                if let Some(v) = vm.next(&it)? {
                    return Ok(Some(v));
                }
                *self.current.borrow_mut() = None;
            }
            match vm.next(&self.sources)? {
                Some(iterable) => *self.current.borrow_mut() = Some(vm.iter(&iterable)?),
                None => return Ok(None),
            }
        }
    }
}

impl NativeObject for Chain {
    iterator_common!();
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(default_repr(&self.class, this))
    }
}

// ----- compress, dropwhile, takewhile, filterfalse -----

struct Compress {
    class: ClassRef,
    data: Value,
    selectors: Value,
}

fn compress(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    let sig = CSig {
        name: "compress",
        params: &["data", "selectors"],
        required: 2,
        positional: 2,
    };
    let mut slots = bind_c(vm, &sig, args)?.into_iter();
    let data = slots.next().flatten().unwrap_or(Value::None);
    let selectors = slots.next().flatten().unwrap_or(Value::None);
    Ok(native(Compress {
        class: cls.clone(),
        data: vm.iter(&data)?,
        selectors: vm.iter(&selectors)?,
    }))
}

impl Compress {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        loop {
            let Some(d) = vm.next(&self.data)? else {
                return Ok(None);
            };
            let Some(s) = vm.next(&self.selectors)? else {
                return Ok(None);
            };
            if vm.truthy(&s)? {
                return Ok(Some(d));
            }
            vm.tick()?;
        }
    }
}

impl NativeObject for Compress {
    iterator_common!();
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(default_repr(&self.class, this))
    }
}

/// Which predicate-driven iterator a `Predicated` is.
#[derive(Clone, Copy, PartialEq)]
enum PredKind {
    DropWhile,
    TakeWhile,
    FilterFalse,
}

struct Predicated {
    class: ClassRef,
    kind: PredKind,
    pred: Value,
    source: Value,
    /// dropwhile: still dropping; takewhile: stopped.
    flag: Cell<bool>,
}

fn predicated(vm: &Vm, cls: &ClassRef, args: Args, kind: PredKind, name: &str) -> PyResult<Value> {
    no_kw(vm, name, &args)?;
    positional(vm, name, &args, 2, 2)?;
    Ok(native(Predicated {
        class: cls.clone(),
        kind,
        pred: args.pos[0].clone(),
        source: vm.iter(&args.pos[1])?,
        flag: Cell::new(kind == PredKind::DropWhile),
    }))
}

fn dropwhile(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    predicated(vm, cls, args, PredKind::DropWhile, "dropwhile")
}

fn takewhile(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    predicated(vm, cls, args, PredKind::TakeWhile, "takewhile")
}

fn filterfalse(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    predicated(vm, cls, args, PredKind::FilterFalse, "filterfalse")
}

impl Predicated {
    fn test(&self, vm: &Vm, v: &Value) -> PyResult<bool> {
        if self.pred.is_none() && self.kind == PredKind::FilterFalse {
            return vm.truthy(v);
        }
        let r = vm.call(&self.pred, Args::new(vec![v.clone()]))?;
        vm.truthy(&r)
    }

    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        match self.kind {
            PredKind::TakeWhile => {
                if self.flag.get() {
                    return Ok(None);
                }
                let Some(v) = vm.next(&self.source)? else {
                    return Ok(None);
                };
                if self.test(vm, &v)? {
                    Ok(Some(v))
                } else {
                    self.flag.set(true);
                    Ok(None)
                }
            }
            PredKind::DropWhile => loop {
                let Some(v) = vm.next(&self.source)? else {
                    return Ok(None);
                };
                if !self.flag.get() || !self.test(vm, &v)? {
                    self.flag.set(false);
                    return Ok(Some(v));
                }
                vm.tick()?;
            },
            PredKind::FilterFalse => loop {
                let Some(v) = vm.next(&self.source)? else {
                    return Ok(None);
                };
                if !self.test(vm, &v)? {
                    return Ok(Some(v));
                }
                vm.tick()?;
            },
        }
    }
}

impl NativeObject for Predicated {
    iterator_common!();
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(default_repr(&self.class, this))
    }
}

// ----- islice -----

struct ISlice {
    class: ClassRef,
    source: Value,
    /// Index of the next item to yield.
    next_index: Cell<usize>,
    stop: Option<usize>,
    step: usize,
    /// Items consumed from the source so far.
    consumed: Cell<usize>,
    done: Cell<bool>,
}

/// An islice index as CPython's `PyNumber_AsSsize_t` sees it: `None`, the
/// integer, or -1 for anything that is not an integer.
fn slice_arg(v: &Value) -> Option<i64> {
    match v {
        Value::None => None,
        v => Some(small_int(v).unwrap_or(-1)),
    }
}

fn islice(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    no_kw(vm, "islice", &args)?;
    positional(vm, "islice", &args, 2, 4)?;
    const STOP: &str =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    const INDICES: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    // CPython: a stop of -1 (or a non-integer) is the stop error; any other
    // negative index is the indices error, checked once both are read.
    let (start, stop_arg) = if args.pos.len() == 2 {
        (Some(0), &args.pos[1])
    } else {
        (slice_arg(&args.pos[1]), &args.pos[2])
    };
    let stop = slice_arg(stop_arg);
    if stop == Some(-1) {
        return Err(vm.value_error(STOP));
    }
    if start.is_some_and(|s| s < 0) || stop.is_some_and(|s| s < -1) {
        return Err(vm.value_error(INDICES));
    }
    let start = start.map(|s| s as usize);
    let stop = stop.map(|s| s as usize);
    let (start, stop, step) = if args.pos.len() == 2 {
        (None, stop, None)
    } else {
        let step = match args.pos.get(3) {
            None | Some(Value::None) => None,
            Some(v) => match small_int(v) {
                Some(i) if i > 0 => Some(i as usize),
                _ => {
                    return Err(
                        vm.value_error("Step for islice() must be a positive integer or None.")
                    )
                }
            },
        };
        (start, stop, step)
    };
    Ok(native(ISlice {
        class: cls.clone(),
        source: vm.iter(&args.pos[0])?,
        next_index: Cell::new(start.unwrap_or(0)),
        stop,
        step: step.unwrap_or(1),
        consumed: Cell::new(0),
        done: Cell::new(false),
    }))
}

impl ISlice {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        if self.done.get() {
            return Ok(None);
        }
        let item = self.advance(vm)?;
        if item.is_none() {
            self.done.set(true);
        }
        Ok(item)
    }

    fn advance(&self, vm: &Vm) -> PyResult<Option<Value>> {
        while self.consumed.get() < self.next_index.get() {
            if vm.next(&self.source)?.is_none() {
                return Ok(None);
            }
            vm.tick()?;
            self.consumed.set(self.consumed.get() + 1);
        }
        if self.stop.is_some_and(|s| self.consumed.get() >= s) {
            return Ok(None);
        }
        let Some(v) = vm.next(&self.source)? else {
            return Ok(None);
        };
        self.consumed.set(self.consumed.get() + 1);
        let next = self.next_index.get().saturating_add(self.step);
        self.next_index.set(match self.stop {
            Some(s) if next > s => s,
            _ => next,
        });
        Ok(Some(v))
    }
}

impl NativeObject for ISlice {
    iterator_common!();
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(default_repr(&self.class, this))
    }
}

// ----- pairwise, starmap -----

struct Pairwise {
    class: ClassRef,
    source: Value,
    previous: RefCell<Option<Value>>,
}

fn pairwise(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    no_kw(vm, "pairwise", &args)?;
    positional(vm, "pairwise", &args, 1, 1)?;
    Ok(native(Pairwise {
        class: cls.clone(),
        source: vm.iter(&args.pos[0])?,
        previous: RefCell::new(None),
    }))
}

impl Pairwise {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let previous = self.previous.borrow().clone();
        let old = match previous {
            Some(v) => v,
            None => match vm.next(&self.source)? {
                Some(v) => v,
                None => return Ok(None),
            },
        };
        let Some(new) = vm.next(&self.source)? else {
            *self.previous.borrow_mut() = None;
            return Ok(None);
        };
        *self.previous.borrow_mut() = Some(new.clone());
        Ok(Some(Value::tuple(vec![old, new])))
    }
}

impl NativeObject for Pairwise {
    iterator_common!();
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(default_repr(&self.class, this))
    }
}

struct Starmap {
    class: ClassRef,
    func: Value,
    source: Value,
}

fn starmap(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    no_kw(vm, "starmap", &args)?;
    positional(vm, "starmap", &args, 2, 2)?;
    Ok(native(Starmap {
        class: cls.clone(),
        func: args.pos[0].clone(),
        source: vm.iter(&args.pos[1])?,
    }))
}

impl Starmap {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let Some(item) = vm.next(&self.source)? else {
            return Ok(None);
        };
        let call_args = vm.collect(&item)?;
        vm.call(&self.func, Args::new(call_args)).map(Some)
    }
}

impl NativeObject for Starmap {
    iterator_common!();
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(default_repr(&self.class, this))
    }
}

// ----- zip_longest -----

struct ZipLongest {
    class: ClassRef,
    /// The sources; `None` once a source is exhausted.
    sources: RefCell<Vec<Option<Value>>>,
    active: Cell<usize>,
    fill: Value,
}

fn zip_longest(vm: &Vm, cls: &ClassRef, mut args: Args) -> PyResult<Value> {
    let fill = crate::modules::natives::take_kw(&mut args, "fillvalue").unwrap_or(Value::None);
    if !args.kw.is_empty() {
        return Err(vm.type_error("zip_longest() got an unexpected keyword argument"));
    }
    let mut sources = Vec::with_capacity(args.pos.len());
    for a in &args.pos {
        sources.push(Some(vm.iter(a)?));
    }
    Ok(native(ZipLongest {
        class: cls.clone(),
        active: Cell::new(sources.len()),
        sources: RefCell::new(sources),
        fill,
    }))
}

impl ZipLongest {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        if self.active.get() == 0 {
            return Ok(None);
        }
        let sources = self.sources.borrow().clone();
        let mut items = Vec::with_capacity(sources.len());
        for (i, src) in sources.iter().enumerate() {
            let item = match src {
                None => self.fill.clone(),
                Some(it) => match vm.next(it)? {
                    Some(v) => v,
                    None => {
                        self.active.set(self.active.get() - 1);
                        if self.active.get() == 0 {
                            self.sources.borrow_mut().clear();
                            return Ok(None);
                        }
                        if let Some(slot) = self.sources.borrow_mut().get_mut(i) {
                            *slot = None;
                        }
                        self.fill.clone()
                    }
                },
            };
            items.push(item);
        }
        Ok(Some(Value::tuple(items)))
    }
}

impl NativeObject for ZipLongest {
    iterator_common!();
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(default_repr(&self.class, this))
    }
}
