//! Insertion-ordered hash tables for `dict` and `set`.
//!
//! The table stores indices into an entry vector, and takes the key equality
//! test as a closure from the caller: Python equality can run user code, which
//! this module must never call itself (the evaluator decides how to compare).
//!
//! A dict of at most `SMALL_SLOTS` entry slots has no index table at all: a
//! lookup scans the stored hashes, which is cheaper than hashing into a table
//! for the row-sized dicts agents build by the thousand.

use hashbrown::HashTable;

use super::Value;
use crate::limits::estimate::DICT_ENTRY;

/// Entry slots up to which lookups scan instead of using the index table.
const SMALL_SLOTS: usize = 8;

pub struct Entry {
    pub hash: u64,
    pub key: Value,
    pub value: Value,
}

#[derive(Default)]
pub struct DictObj {
    entries: Vec<Option<Entry>>,
    /// Empty while `entries` has at most `SMALL_SLOTS` slots.
    table: HashTable<usize>,
    len: usize,
}

impl DictObj {
    pub fn new() -> DictObj {
        DictObj::default()
    }
    pub fn with_capacity(n: usize) -> DictObj {
        DictObj {
            entries: Vec::with_capacity(n),
            table: if n > SMALL_SLOTS {
                HashTable::with_capacity(n)
            } else {
                HashTable::new()
            },
            len: 0,
        }
    }
    pub fn len(&self) -> usize {
        self.len
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Position of the entry whose key satisfies `eq`, among those with `hash`.
    pub fn find(&self, hash: u64, mut eq: impl FnMut(&Value) -> bool) -> Option<usize> {
        let entries = &self.entries;
        if self.is_small() {
            return entries
                .iter()
                .position(|e| matches!(e, Some(e) if e.hash == hash && eq(&e.key)));
        }
        self.table
            .find(
                hash,
                |&i| matches!(&entries[i], Some(e) if e.hash == hash && eq(&e.key)),
            )
            .copied()
    }

    /// Positions of all entries with `hash`, for callers that must compare
    /// without holding a borrow (user `__eq__`).
    pub fn candidates(&self, hash: u64) -> Vec<usize> {
        if self.is_small() {
            return (0..self.entries.len())
                .filter(|&i| matches!(&self.entries[i], Some(e) if e.hash == hash))
                .collect();
        }
        // Only the table slots whose hash matches: a lookup stays O(1).
        self.table
            .iter_hash(hash)
            .copied()
            .filter(|&i| matches!(&self.entries[i], Some(e) if e.hash == hash))
            .collect()
    }

    pub fn entry_at(&self, pos: usize) -> Option<&Entry> {
        self.entries.get(pos).and_then(|e| e.as_ref())
    }

    pub fn set_value_at(&mut self, pos: usize, value: Value) {
        if let Some(Some(e)) = self.entries.get_mut(pos) {
            e.value = value;
        }
    }

    /// Appends a key known to be absent.
    pub fn insert_new(&mut self, hash: u64, key: Value, value: Value) {
        let pos = self.entries.len();
        super::charge(DICT_ENTRY);
        self.entries.push(Some(Entry { hash, key, value }));
        self.len += 1;
        if pos == SMALL_SLOTS {
            self.index_all();
        } else if pos > SMALL_SLOTS {
            let entries = &self.entries;
            self.table
                .insert_unique(hash, pos, |&i| entries[i].as_ref().map_or(0, |e| e.hash));
        }
    }

    fn is_small(&self) -> bool {
        self.entries.len() <= SMALL_SLOTS
    }

    /// Rebuilds the index table from the entries, or leaves it empty for a small dict.
    fn index_all(&mut self) {
        self.table.clear();
        if self.is_small() {
            return;
        }
        let entries = &self.entries;
        for (i, e) in entries.iter().enumerate() {
            if let Some(e) = e {
                self.table
                    .insert_unique(e.hash, i, |&j| entries[j].as_ref().map_or(0, |x| x.hash));
            }
        }
    }

    pub fn remove_at(&mut self, pos: usize) -> Option<Entry> {
        let hash = self.entry_at(pos)?.hash;
        if !self.is_small() {
            if let Ok(found) = self.table.find_entry(hash, |&i| i == pos) {
                found.remove();
            }
        }
        let removed = self.entries.get_mut(pos).and_then(|e| e.take());
        self.len -= 1;
        super::credit(DICT_ENTRY);
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        removed
    }

    /// Removes and returns the last entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        let pos = self.entries.iter().rposition(|e| e.is_some())?;
        self.remove_at(pos)
    }

    pub fn clear(&mut self) {
        super::credit(self.len.saturating_mul(DICT_ENTRY));
        self.entries.clear();
        self.table.clear();
        self.len = 0;
    }

    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter_map(|e| e.as_ref())
    }
    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value.clone()).collect()
    }
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }
    /// Raw slot count, for iterators that walk positions and tolerate removals.
    pub fn slots(&self) -> usize {
        self.entries.len()
    }

    fn compact(&mut self) {
        self.entries.retain(|e| e.is_some());
        self.index_all();
    }
}

impl Drop for DictObj {
    fn drop(&mut self) {
        super::credit(self.len.saturating_mul(DICT_ENTRY));
    }
}

impl Clone for DictObj {
    fn clone(&self) -> DictObj {
        let mut d = DictObj::with_capacity(self.len);
        for e in self.iter() {
            d.insert_new(e.hash, e.key.clone(), e.value.clone());
        }
        d
    }
}
