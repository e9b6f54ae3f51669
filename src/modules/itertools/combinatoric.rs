//! The combinatoric iterators: `product`, `permutations`, `combinations` and
//! `combinations_with_replacement`. Inputs are materialised into pools (as
//! CPython does); outputs are produced one tuple at a time from index state,
//! with CPython's algorithms, so the order matches.
//!
//! Must not materialise the outputs: only the pools are held.

use std::cell::RefCell;

use super::{default_repr, iterator_common};
use crate::eval::{Args, PyResult, Vm};
use crate::modules::natives::{bind_c, int_arg, native, small_int, take_kw, CSig};
use crate::value::{ClassRef, NativeObject, Value};

/// Which combinatoric iterator an object is.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Product,
    Permutations,
    Combinations,
    WithReplacement,
}

struct State {
    indices: Vec<usize>,
    /// `permutations`: the cycle counters of CPython's algorithm.
    cycles: Vec<usize>,
    started: bool,
    done: bool,
}

struct Combinatoric {
    class: ClassRef,
    kind: Kind,
    /// One pool per position for `product`; a single pool otherwise.
    pools: Vec<Vec<Value>>,
    r: usize,
    state: RefCell<State>,
}

fn pool(vm: &Vm, iterable: &Value) -> PyResult<Vec<Value>> {
    vm.collect(iterable)
}

fn make(cls: &ClassRef, kind: Kind, pools: Vec<Vec<Value>>, r: usize) -> Value {
    native(Combinatoric {
        class: cls.clone(),
        kind,
        pools,
        r,
        state: RefCell::new(State {
            indices: Vec::new(),
            cycles: Vec::new(),
            started: false,
            done: false,
        }),
    })
}

pub fn product(vm: &Vm, cls: &ClassRef, mut args: Args) -> PyResult<Value> {
    let repeat = match take_kw(&mut args, "repeat") {
        Some(v) => int_arg(vm, &v)?,
        None => 1,
    };
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(crate::errors::invalid_keyword(k, "product")));
    }
    if repeat < 0 {
        return Err(vm.value_error("repeat argument cannot be negative"));
    }
    let mut base = Vec::with_capacity(args.pos.len());
    for a in &args.pos {
        base.push(pool(vm, a)?);
    }
    let total: usize = base.iter().map(Vec::len).sum::<usize>();
    vm.check_alloc(crate::limits::estimate::repeat_values(total, repeat as u64))?;
    let mut pools = Vec::with_capacity(base.len() * repeat as usize);
    for _ in 0..repeat {
        pools.extend(base.iter().cloned());
    }
    let n = pools.len();
    Ok(make(cls, Kind::Product, pools, n))
}

/// The `r` argument of permutations/combinations.
fn r_arg(vm: &Vm, v: &Value, expected_int: &str) -> PyResult<usize> {
    let Some(r) = small_int(v) else {
        return Err(vm.type_error(expected_int.to_string()));
    };
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    Ok(r as usize)
}

pub fn permutations(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    let sig = CSig {
        name: "permutations",
        params: &["iterable", "r"],
        required: 1,
        positional: 2,
    };
    let mut slots = bind_c(vm, &sig, args)?.into_iter();
    let items = pool(vm, &slots.next().flatten().unwrap_or(Value::None))?;
    let r = match slots.next().flatten() {
        None | Some(Value::None) => items.len(),
        Some(v) => r_arg(vm, &v, "Expected int as r")?,
    };
    Ok(make(cls, Kind::Permutations, vec![items], r))
}

fn r_combination(vm: &Vm, cls: &ClassRef, args: Args, name: &str, kind: Kind) -> PyResult<Value> {
    let sig = CSig {
        name,
        params: &["iterable", "r"],
        required: 2,
        positional: 2,
    };
    let mut slots = bind_c(vm, &sig, args)?.into_iter();
    let items = pool(vm, &slots.next().flatten().unwrap_or(Value::None))?;
    let r_value = slots.next().flatten().unwrap_or(Value::None);
    let r = r_arg(
        vm,
        &r_value,
        &format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&r_value)
        ),
    )?;
    Ok(make(cls, kind, vec![items], r))
}

pub fn combinations(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    r_combination(vm, cls, args, "combinations", Kind::Combinations)
}

pub fn combinations_with_replacement(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    r_combination(
        vm,
        cls,
        args,
        "combinations_with_replacement",
        Kind::WithReplacement,
    )
}

impl Combinatoric {
    fn items(&self, st: &State) -> Value {
        let out = match self.kind {
            Kind::Product => st
                .indices
                .iter()
                .zip(&self.pools)
                .filter_map(|(&i, p)| p.get(i).cloned())
                .collect(),
            _ => {
                let pool = self.pools.first().map(Vec::as_slice).unwrap_or(&[]);
                st.indices[..self.r.min(st.indices.len())]
                    .iter()
                    .filter_map(|&i| pool.get(i).cloned())
                    .collect()
            }
        };
        Value::tuple(out)
    }

    /// Sets up the first result; `false` when there is none.
    fn start(&self, st: &mut State) -> bool {
        let n = self.pools.first().map_or(0, Vec::len);
        let r = self.r;
        match self.kind {
            Kind::Product => {
                if self.pools.iter().any(Vec::is_empty) {
                    return false;
                }
                st.indices = vec![0; self.pools.len()];
            }
            Kind::Permutations => {
                if r > n {
                    return false;
                }
                st.indices = (0..n).collect();
                st.cycles = (0..r).map(|i| n - i).collect();
            }
            Kind::Combinations => {
                if r > n {
                    return false;
                }
                st.indices = (0..r).collect();
            }
            Kind::WithReplacement => {
                if n == 0 && r > 0 {
                    return false;
                }
                st.indices = vec![0; r];
            }
        }
        true
    }

    /// Moves to the next result; `false` when all were produced.
    fn advance(&self, st: &mut State) -> bool {
        let n = self.pools.first().map_or(0, Vec::len);
        let r = self.r;
        match self.kind {
            Kind::Product => {
                for i in (0..self.pools.len()).rev() {
                    st.indices[i] += 1;
                    if st.indices[i] < self.pools[i].len() {
                        return true;
                    }
                    st.indices[i] = 0;
                }
                false
            }
            Kind::Permutations => {
                if n == 0 {
                    return false;
                }
                for i in (0..r).rev() {
                    st.cycles[i] -= 1;
                    if st.cycles[i] == 0 {
                        let moved = st.indices.remove(i);
                        st.indices.push(moved);
                        st.cycles[i] = n - i;
                    } else {
                        let j = st.cycles[i];
                        st.indices.swap(i, n - j);
                        return true;
                    }
                }
                false
            }
            Kind::Combinations => {
                let Some(i) = (0..r).rev().find(|&i| st.indices[i] != i + n - r) else {
                    return false;
                };
                st.indices[i] += 1;
                for j in i + 1..r {
                    st.indices[j] = st.indices[j - 1] + 1;
                }
                true
            }
            Kind::WithReplacement => {
                let Some(i) = (0..r).rev().find(|&i| st.indices[i] != n - 1) else {
                    return false;
                };
                let v = st.indices[i] + 1;
                for slot in &mut st.indices[i..] {
                    *slot = v;
                }
                true
            }
        }
    }

    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        vm.tick()?;
        let mut st = self.state.borrow_mut();
        if st.done {
            return Ok(None);
        }
        let ok = if st.started {
            self.advance(&mut st)
        } else {
            st.started = true;
            self.start(&mut st)
        };
        if !ok {
            st.done = true;
            return Ok(None);
        }
        Ok(Some(self.items(&st)))
    }
}

impl NativeObject for Combinatoric {
    iterator_common!();
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(default_repr(&self.class, this))
    }
}
