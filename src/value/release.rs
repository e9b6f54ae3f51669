//! Freeing values without deep native recursion, and the running account of
//! the bytes live values hold on this thread.
//!
//! Dropping `x` after `for _ in range(10**6): x = [x]` would recurse a million
//! levels deep through Rust's drop glue and overflow any stack. `Value`'s
//! `Drop` instead moves the contents out of a container it holds the last
//! reference to and hands them to `release`, which drops them inline while the
//! nesting is shallow and queues them past `INLINE_DEPTH`; the outermost
//! release drains the queue in a loop. The stack used by a drop is therefore
//! bounded whatever the shape of the value (CPython's "trashcan").
//!
//! The account (`live_bytes`) is per thread, so per `Session` (each runs its
//! interpreter on a thread of its own). Strings, bytes, big ints, lists,
//! tuples and dicts add their estimated size (`limits::estimate`) when they
//! are made or grow, and take it back when they shrink or are freed. The
//! evaluator compares it with `Limits::max_memory_bytes`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use super::{AttrMap, CellRef, DictObj, ExcData, SetObj, Value};
use crate::eval::iter::IterState;
use crate::limits::estimate;

/// Container levels dropped on the native stack before the rest is queued.
const INLINE_DEPTH: u32 = 64;

/// Freed big ints kept for reuse, and the largest kept (in bits): they hold
/// at most 8 × 8 KiB outside the account.
const SPARE_BIGINTS_KEPT: usize = 8;
const SPARE_BIGINT_MAX_BITS: u64 = 1 << 16;

thread_local! {
    static LIVE_BYTES: Cell<usize> = const { Cell::new(0) };
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    static PENDING: RefCell<Vec<Orphan>> = const { RefCell::new(Vec::new()) };
    static SPARE_BIGINTS: RefCell<Vec<Rc<BigInt>>> = const { RefCell::new(Vec::new()) };
}

/// A big-int result built by `build` in the box and digit buffer of a big
/// int freed earlier, so that `a, b = b, a + b` in a loop allocates nothing
/// once warm; normalised (and accounted) like `Value::from_bigint`.
pub fn bigint_in_spare(build: impl FnOnce(&mut BigInt)) -> Value {
    let spare = SPARE_BIGINTS
        .try_with(|s| s.borrow_mut().pop())
        .ok()
        .flatten();
    let mut boxed = spare.unwrap_or_else(|| Rc::new(BigInt::zero()));
    let Some(b) = Rc::get_mut(&mut boxed) else {
        // Spares are never shared; a fresh big int if one ever were.
        let mut b = BigInt::zero();
        build(&mut b);
        return Value::from_bigint(b);
    };
    build(b);
    match b.to_i64() {
        Some(i) => {
            keep_spare_bigint(boxed);
            Value::Int(i)
        }
        None => {
            charge(estimate::bigint(b.bits()));
            Value::BigInt(boxed)
        }
    }
}

fn keep_spare_bigint(b: Rc<BigInt>) {
    let _ = SPARE_BIGINTS.try_with(|s| {
        let mut s = s.borrow_mut();
        if s.len() < SPARE_BIGINTS_KEPT {
            s.push(b);
        }
    });
}

/// Bytes held by the values alive on this thread, as estimated.
pub fn live_bytes() -> usize {
    LIVE_BYTES.try_with(Cell::get).unwrap_or(0)
}

/// Adds `n` bytes to this thread's account.
#[inline]
pub fn charge(n: usize) {
    let _ = LIVE_BYTES.try_with(|c| c.set(c.get().saturating_add(n)));
}

/// Takes `n` bytes back from this thread's account.
#[inline]
pub fn credit(n: usize) {
    let _ = LIVE_BYTES.try_with(|c| c.set(c.get().saturating_sub(n)));
}

/// What a container held when its last reference went away. The fields are
/// never read: they are held only to be dropped at a shallow depth.
#[allow(dead_code)]
enum Orphan {
    Values(Vec<Value>),
    One(Value),
    Dict(DictObj),
    Set(SetObj),
    Iter(IterState),
    Instance(AttrMap, Option<RefCell<ExcData>>),
    Function(
        Vec<Value>,
        Vec<Option<Value>>,
        Vec<CellRef>,
        Vec<(Rc<str>, Value)>,
    ),
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        if matches!(
            self,
            Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Str(_)
        ) {
            return;
        }
        if !self.holds_last_reference() {
            return;
        }
        if let Some(orphan) = orphan(self) {
            release(orphan);
        }
    }
}

impl Value {
    /// Drops this value. A scalar owns nothing, so it is forgotten instead:
    /// that skips the out-of-line drop glue, which every drop of a `Value`
    /// otherwise calls, on paths that drop many small ints (a call's local
    /// slots, binary operands).
    #[inline(always)]
    pub fn discard(self) {
        if matches!(
            self,
            Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_)
        ) {
            std::mem::forget(self);
        } else {
            drop(self);
        }
    }

    /// Whether this is the only strong reference to a container `orphan`
    /// empties. Most drops release a clone (a loaded variable, an operand), so
    /// this cheap test spares them the call to `orphan`; `orphan` still makes
    /// the exact check (`Rc::get_mut`, which also looks at weak references).
    #[inline(always)]
    fn holds_last_reference(&self) -> bool {
        match self {
            Value::List(r) => Rc::strong_count(r) == 1,
            Value::Tuple(r) => Rc::strong_count(r) == 1,
            Value::Bytes(r) => Rc::strong_count(r) == 1,
            Value::BigInt(r) => Rc::strong_count(r) == 1,
            Value::Dict(r) => Rc::strong_count(r) == 1,
            Value::Set(r) => Rc::strong_count(r) == 1,
            Value::FrozenSet(r) => Rc::strong_count(r) == 1,
            Value::Iterator(r) => Rc::strong_count(r) == 1,
            Value::Instance(r) => Rc::strong_count(r) == 1,
            Value::Function(r) => Rc::strong_count(r) == 1,
            Value::BoundMethod(r) => Rc::strong_count(r) == 1,
            Value::NativeMethod(r) => Rc::strong_count(r) == 1,
            Value::StaticMethod(r) | Value::ClassMethod(r) => Rc::strong_count(r) == 1,
            // `orphan` has nothing to take out of the other kinds.
            _ => false,
        }
    }
}

/// Moves the contents out of a container this value holds the last reference
/// to, crediting its size to the account.
fn orphan(v: &mut Value) -> Option<Orphan> {
    match v {
        Value::List(l) => {
            let items = std::mem::take(Rc::get_mut(l)?.get_mut());
            credit(estimate::list(items.len()));
            (!items.is_empty()).then_some(Orphan::Values(items))
        }
        Value::Tuple(t) => {
            let items = std::mem::take(Rc::get_mut(t)?);
            credit(estimate::list(items.len()));
            (!items.is_empty()).then_some(Orphan::Values(items))
        }
        Value::Bytes(b) => {
            credit(estimate::bytes(Rc::get_mut(b)?.len()));
            None
        }
        Value::BigInt(b) => {
            let bits = Rc::get_mut(b)?.bits();
            credit(estimate::bigint(bits));
            if bits <= SPARE_BIGINT_MAX_BITS {
                // The value is dropped as a None; its box lives on as a spare.
                let spare = Rc::clone(b);
                *v = Value::None;
                keep_spare_bigint(spare);
            }
            None
        }
        Value::Dict(d) => {
            let d = std::mem::take(Rc::get_mut(d)?.get_mut());
            (!d.is_empty()).then_some(Orphan::Dict(d))
        }
        Value::Set(s) => {
            let s = std::mem::take(Rc::get_mut(s)?.get_mut());
            (!s.is_empty()).then_some(Orphan::Set(s))
        }
        Value::FrozenSet(s) => {
            let s = std::mem::take(Rc::get_mut(s)?);
            (!s.is_empty()).then_some(Orphan::Set(s))
        }
        Value::Iterator(i) => Some(Orphan::Iter(std::mem::replace(
            Rc::get_mut(i)?.get_mut(),
            IterState::Done,
        ))),
        Value::Instance(i) => {
            let i = Rc::get_mut(i)?;
            Some(Orphan::Instance(
                std::mem::take(i.attrs.get_mut()),
                i.exc.take(),
            ))
        }
        Value::Function(f) => {
            let f = Rc::get_mut(f)?;
            Some(Orphan::Function(
                std::mem::take(&mut f.defaults),
                std::mem::take(&mut f.kw_defaults),
                std::mem::take(&mut f.closure),
                std::mem::take(f.attrs.get_mut()),
            ))
        }
        Value::BoundMethod(m) => {
            let m = Rc::get_mut(m)?;
            let receiver = std::mem::replace(&mut m.receiver, Value::None);
            let func = std::mem::replace(&mut m.func, Value::None);
            Some(Orphan::Values(vec![receiver, func]))
        }
        Value::NativeMethod(m) => Some(Orphan::One(std::mem::replace(
            &mut Rc::get_mut(m)?.receiver,
            Value::None,
        ))),
        Value::StaticMethod(f) | Value::ClassMethod(f) => {
            Some(Orphan::One(std::mem::replace(Rc::get_mut(f)?, Value::None)))
        }
        _ => None,
    }
}

/// Drops an orphan inline while the nesting is shallow, queues it otherwise;
/// the outermost call drains the queue.
fn release(orphan: Orphan) {
    let Ok(depth) = DEPTH.try_with(Cell::get) else {
        return drop(orphan);
    };
    if depth >= INLINE_DEPTH {
        // Fails only while the thread is being torn down: the orphan then drops here.
        let _ = PENDING.try_with(|p| p.borrow_mut().push(orphan));
        return;
    }
    DEPTH.with(|d| d.set(depth + 1));
    dispose(orphan);
    if depth == 0 {
        while let Some(next) = PENDING.with(|p| p.borrow_mut().pop()) {
            dispose(next);
        }
    }
    DEPTH.with(|d| d.set(depth));
}

/// Drops an orphan. The items of a list or tuple are discarded one by one,
/// which forgets scalars inline: freeing a list of a million ints then costs
/// a test per item instead of a call into the drop glue.
fn dispose(orphan: Orphan) {
    match orphan {
        Orphan::Values(items) => items.into_iter().for_each(Value::discard),
        other => drop(other),
    }
}
