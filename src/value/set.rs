//! `SetObj`: the hash table behind `set` and `frozenset`, laid out as
//! CPython's (open addressing, 9 linear probes then perturbation, the same
//! growth rule and the same merge shortcuts), so iterating a set of ints or
//! tuples yields CPython's order and printed sets match byte for byte.
//!
//! Like `DictObj`, it never compares keys itself: callers pass the equality
//! test, because Python equality may run user code.

use super::Value;
use crate::limits::estimate::SET_ENTRY;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot {
    Empty,
    /// A deleted entry: probing continues past it.
    Dummy,
    Full(u64, Value),
}

pub struct SetObj {
    slots: Vec<Slot>,
    /// Full plus dummy slots.
    fill: usize,
    used: usize,
    /// Where `pop` resumes its search.
    finger: usize,
}

impl Clone for SetObj {
    fn clone(&self) -> SetObj {
        super::charge(self.used.saturating_mul(SET_ENTRY));
        SetObj {
            slots: self.slots.clone(),
            fill: self.fill,
            used: self.used,
            finger: self.finger,
        }
    }
}

/// Members leave the memory account with the table.
impl Drop for SetObj {
    fn drop(&mut self) {
        super::credit(self.used.saturating_mul(SET_ENTRY));
    }
}

impl Default for SetObj {
    fn default() -> SetObj {
        SetObj::new()
    }
}

/// Visits the probe sequence of `hash` until `visit` returns true.
fn probe(hash: u64, mask: usize, mut visit: impl FnMut(usize) -> bool) {
    let mut i = hash as usize & mask;
    let mut perturb = hash;
    loop {
        let probes = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        for j in 0..=probes {
            if visit(i + j) {
                return;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize)
            & mask;
    }
}

impl SetObj {
    pub fn new() -> SetObj {
        SetObj {
            slots: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }
    pub fn len(&self) -> usize {
        self.used
    }
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// The members in table order (CPython's iteration order).
    pub fn items(&self) -> Vec<Value> {
        self.slots
            .iter()
            .filter_map(|s| match s {
                Slot::Full(_, k) => Some(k.clone()),
                _ => None,
            })
            .collect()
    }

    /// `(hash, key)` pairs in table order, for merges that reuse hashes.
    pub fn entries(&self) -> Vec<(u64, Value)> {
        self.slots
            .iter()
            .filter_map(|s| match s {
                Slot::Full(h, k) => Some((*h, k.clone())),
                _ => None,
            })
            .collect()
    }

    /// Position of the member with `hash` for which `eq` holds.
    pub fn find(&self, hash: u64, mut eq: impl FnMut(&Value) -> bool) -> Option<usize> {
        let mut found = None;
        probe(hash, self.mask(), |i| match &self.slots[i] {
            Slot::Empty => true,
            Slot::Full(h, k) if *h == hash && eq(k) => {
                found = Some(i);
                true
            }
            _ => false,
        });
        found
    }

    /// Positions of members with `hash`, for callers that must compare with no borrow held.
    pub fn candidates(&self, hash: u64) -> Vec<usize> {
        let mut out = Vec::new();
        probe(hash, self.mask(), |i| match &self.slots[i] {
            Slot::Empty => true,
            Slot::Full(h, _) if *h == hash => {
                out.push(i);
                false
            }
            _ => false,
        });
        out
    }

    pub fn key_at(&self, pos: usize) -> Option<&Value> {
        match self.slots.get(pos) {
            Some(Slot::Full(_, k)) => Some(k),
            _ => None,
        }
    }

    /// Adds a key the caller knows is absent (CPython's `set_add_entry` tail).
    pub fn insert_new(&mut self, hash: u64, key: Value) {
        let mask = self.mask();
        let mut dummy = None;
        let mut empty = 0;
        probe(hash, mask, |i| match &self.slots[i] {
            Slot::Empty => {
                empty = i;
                true
            }
            Slot::Dummy => {
                dummy.get_or_insert(i);
                false
            }
            Slot::Full(..) => false,
        });
        self.used += 1;
        super::charge(SET_ENTRY);
        if let Some(d) = dummy {
            self.slots[d] = Slot::Full(hash, key);
            return;
        }
        self.slots[empty] = Slot::Full(hash, key);
        self.fill += 1;
        if self.fill * 5 >= mask * 3 {
            self.resize(if self.used > 50_000 {
                self.used * 2
            } else {
                self.used * 4
            });
        }
    }

    pub fn remove_at(&mut self, pos: usize) -> Option<Value> {
        match std::mem::replace(self.slots.get_mut(pos)?, Slot::Dummy) {
            Slot::Full(_, k) => {
                self.used -= 1;
                super::credit(SET_ENTRY);
                Some(k)
            }
            other => {
                self.slots[pos] = other;
                None
            }
        }
    }

    /// `set.pop()`: the first member at or after the finger.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let n = self.slots.len();
        let mut i = self.finger & self.mask();
        while !matches!(self.slots[i], Slot::Full(..)) {
            i = (i + 1) % n;
        }
        self.finger = i + 1;
        self.remove_at(i)
    }

    pub fn clear(&mut self) {
        *self = SetObj::new();
    }

    /// Grows (or compacts) the table so that `min_used` members fit.
    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; size]);
        self.fill = self.used;
        for slot in old {
            if let Slot::Full(h, k) = slot {
                self.insert_clean(h, k);
            }
        }
    }

    /// Places a key in a table known to hold no equal key and no dummies.
    fn insert_clean(&mut self, hash: u64, key: Value) {
        let mut target = 0;
        probe(hash, self.mask(), |i| {
            target = i;
            matches!(self.slots[i], Slot::Empty)
        });
        self.slots[target] = Slot::Full(hash, key);
    }

    /// Prepares to take `incoming` more members (CPython's `set_merge` head).
    pub fn reserve_for_merge(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// Copies `other` into this empty set, as CPython's `set_merge` does:
    /// same-size tables without dummies are copied slot for slot.
    pub fn copy_from(&mut self, other: &SetObj) {
        self.reserve_for_merge(other.used);
        if self.slots.len() == other.slots.len() && other.fill == other.used {
            self.slots = other.slots.clone();
        } else {
            for (h, k) in other.entries() {
                self.insert_clean(h, k);
            }
        }
        self.fill = other.used;
        super::charge(
            other
                .used
                .saturating_sub(self.used)
                .saturating_mul(SET_ENTRY),
        );
        self.used = other.used;
    }
}
