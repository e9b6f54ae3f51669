//! The itertools iterators whose objects share one source: `groupby` (the
//! parent and its `_grouper` sub-iterators) and `tee` (sibling `_tee`
//! iterators over one buffer). Both follow CPython's C algorithms, so the
//! interleavings user code can observe are the same.
//!
//! Must not hold a borrow of the shared state while the source or a key
//! function runs.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use super::{default_repr, iterator_common};
use crate::eval::{Args, PyResult, Vm};
use crate::modules::natives::{
    bind_c, int_arg, native, native_class, no_kw, positional, CSig, Charged,
};
use crate::value::{ClassRef, NativeObject, Value};

// ----- groupby -----

struct GroupState {
    tgtkey: Option<Value>,
    currkey: Option<Value>,
    currvalue: Option<Value>,
    /// Identifies the grouper that may still yield; older ones are spent.
    generation: u64,
}

/// What a `groupby` and its groupers share.
struct GroupCore {
    source: Value,
    keyfunc: Option<Value>,
    state: RefCell<GroupState>,
}

/// An `itertools.groupby` object.
struct GroupBy {
    class: ClassRef,
    grouper_class: ClassRef,
    core: Rc<GroupCore>,
}

/// Keeps the `_grouper` class on the `groupby` class.
pub fn attach_grouper_class(vm: &Vm, groupby: &ClassRef) {
    let grouper = native_class(vm, "itertools._grouper", "itertools", None);
    groupby
        .ns
        .borrow_mut()
        .insert(Rc::from("__grouper__"), Value::Class(grouper));
}

pub fn groupby(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    let sig = CSig {
        name: "groupby",
        params: &["iterable", "key"],
        required: 1,
        positional: 2,
    };
    let mut slots = bind_c(vm, &sig, args)?.into_iter();
    let iterable = slots.next().flatten().unwrap_or(Value::None);
    let keyfunc = slots.next().flatten().filter(|k| !k.is_none());
    let grouper_class = match cls.ns.borrow().get("__grouper__") {
        Some(Value::Class(c)) => c.clone(),
        _ => cls.clone(),
    };
    Ok(native(GroupBy {
        class: cls.clone(),
        grouper_class,
        core: Rc::new(GroupCore {
            source: vm.iter(&iterable)?,
            keyfunc,
            state: RefCell::new(GroupState {
                tgtkey: None,
                currkey: None,
                currvalue: None,
                generation: 0,
            }),
        }),
    }))
}

impl GroupCore {
    /// Reads the next item and its key; `false` when the source is exhausted.
    fn advance(&self, vm: &Vm) -> PyResult<bool> {
        let Some(v) = vm.next(&self.source)? else {
            return Ok(false);
        };
        let key = match &self.keyfunc {
            Some(f) => vm.call(f, Args::new(vec![v.clone()]))?,
            None => v.clone(),
        };
        let mut st = self.state.borrow_mut();
        st.currvalue = Some(v);
        st.currkey = Some(key);
        Ok(true)
    }
}

impl GroupBy {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let core = &self.core;
        core.state.borrow_mut().generation += 1;
        loop {
            let (tgt, cur) = {
                let st = core.state.borrow();
                (st.tgtkey.clone(), st.currkey.clone())
            };
            match (tgt, cur) {
                (None, Some(_)) => break,
                (Some(t), Some(c)) if !(t.is(&c) || vm.eq(&t, &c)?) => break,
                _ => {}
            }
            vm.tick()?;
            if !core.advance(vm)? {
                return Ok(None);
            }
        }
        let (key, generation) = {
            let mut st = core.state.borrow_mut();
            st.tgtkey = st.currkey.clone();
            (st.currkey.clone().unwrap_or(Value::None), st.generation)
        };
        let grouper = native(Grouper {
            class: self.grouper_class.clone(),
            core: core.clone(),
            key: key.clone(),
            generation,
        });
        Ok(Some(Value::tuple(vec![key, grouper])))
    }
}

impl NativeObject for GroupBy {
    iterator_common!();
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(default_repr(&self.class, this))
    }
}

/// One group of a `groupby`: yields while the parent's current key matches.
struct Grouper {
    class: ClassRef,
    core: Rc<GroupCore>,
    key: Value,
    generation: u64,
}

impl Grouper {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let core = &self.core;
        if core.state.borrow().generation != self.generation {
            return Ok(None);
        }
        if core.state.borrow().currvalue.is_none() && !core.advance(vm)? {
            return Ok(None);
        }
        let cur = core.state.borrow().currkey.clone().unwrap_or(Value::None);
        if !(self.key.is(&cur) || vm.eq(&self.key, &cur)?) {
            return Ok(None);
        }
        Ok(core.state.borrow_mut().currvalue.take())
    }
}

impl NativeObject for Grouper {
    iterator_common!();
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(default_repr(&self.class, this))
    }
}

// ----- tee -----

struct TeeBuffer {
    source: Value,
    items: VecDeque<Value>,
    /// Absolute position of `items[0]` in the source.
    base: usize,
    /// Next absolute position of each sibling.
    positions: Vec<usize>,
    /// The buffer's share of the session's memory account.
    charged: Charged,
}

/// One `itertools._tee` iterator.
struct Tee {
    class: ClassRef,
    buffer: Rc<RefCell<TeeBuffer>>,
    id: usize,
}

fn new_tees(cls: &ClassRef, source: Value, n: usize) -> Vec<Value> {
    let buffer = Rc::new(RefCell::new(TeeBuffer {
        source,
        items: VecDeque::new(),
        base: 0,
        positions: vec![0; n],
        charged: Charged::default(),
    }));
    (0..n)
        .map(|id| {
            native(Tee {
                class: cls.clone(),
                buffer: buffer.clone(),
                id,
            })
        })
        .collect()
}

/// `itertools.tee(iterable, n=2)`.
pub fn tee(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("itertools.tee() takes no keyword arguments"));
    }
    positional(vm, "tee", &args, 1, 2)?;
    let n = match args.pos.get(1) {
        Some(v) => int_arg(vm, v)?,
        None => 2,
    };
    if n < 0 {
        return Err(vm.value_error("n must be >= 0"));
    }
    let source = vm.iter(&args.pos[0])?;
    Ok(Value::tuple(new_tees(cls, source, n as usize)))
}

/// `itertools._tee(iterable)`.
pub fn tee_object(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    no_kw(vm, "_tee", &args)?;
    positional(vm, "_tee", &args, 1, 1)?;
    let source = vm.iter(&args.pos[0])?;
    Ok(new_tees(cls, source, 1)
        .into_iter()
        .next()
        .unwrap_or(Value::None))
}

impl Tee {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let (pos, buffered, source) = {
            let b = self.buffer.borrow();
            let pos = b.positions.get(self.id).copied().unwrap_or(0);
            let buffered = pos
                .checked_sub(b.base)
                .and_then(|i| b.items.get(i))
                .cloned();
            (pos, buffered, b.source.clone())
        };
        let item = match buffered {
            Some(v) => v,
            None => {
                // The item will be buffered: refuse it before taking it from the source.
                vm.check_alloc(crate::limits::estimate::buffer_slots(1))?;
                match vm.next(&source)? {
                    Some(v) => {
                        self.buffer.borrow_mut().items.push_back(v.clone());
                        v
                    }
                    None => return Ok(None),
                }
            }
        };
        let mut b = self.buffer.borrow_mut();
        if let Some(p) = b.positions.get_mut(self.id) {
            *p = pos + 1;
        }
        let lowest = b.positions.iter().copied().min().unwrap_or(0);
        while b.base < lowest && b.items.pop_front().is_some() {
            b.base += 1;
        }
        b.charged.settle(b.items.len());
        Ok(Some(item))
    }
}

impl NativeObject for Tee {
    iterator_common!();
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(default_repr(&self.class, this))
    }
}
