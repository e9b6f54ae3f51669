//! `PyStr`: an immutable string with its code-point count cached, so `len()` and
//! ASCII indexing are O(1). Must not know about Python semantics beyond code points.

pub struct PyStr {
    text: String,
    chars: usize,
    /// The hash once computed (`NO_HASH` before): dict and set lookups with
    /// the same key object hash it once, as CPython caches `str` hashes.
    hash: std::cell::Cell<u64>,
}

/// Marks a hash not computed yet; `Vm::hash` of a str never returns it.
pub const NO_HASH: u64 = u64::MAX;

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr::from_string(s.to_owned())
    }
    pub fn from_string(text: String) -> PyStr {
        let chars = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        PyStr::with_chars(text, chars)
    }
    /// `a + b` without rescanning the text for its length in code points.
    pub fn concat(a: &PyStr, b: &PyStr) -> PyStr {
        let mut text = String::with_capacity(a.text.len() + b.text.len());
        text.push_str(&a.text);
        text.push_str(&b.text);
        PyStr::counted(text, a.chars + b.chars)
    }
    /// A str whose code-point count the caller knows (`chars`), which debug
    /// builds check.
    pub fn counted(text: String, chars: usize) -> PyStr {
        debug_assert_eq!(chars, text.chars().count());
        PyStr::with_chars(text, chars)
    }
    fn with_chars(text: String, chars: usize) -> PyStr {
        super::charge(crate::limits::estimate::str(text.len()));
        PyStr {
            text,
            chars,
            hash: std::cell::Cell::new(NO_HASH),
        }
    }
    pub fn as_str(&self) -> &str {
        &self.text
    }
    /// Appends in place: `s += t` when nothing else shares `s`, so building a
    /// string in a loop is linear as in CPython.
    pub fn push(&mut self, other: &PyStr) {
        self.hash.set(NO_HASH);
        super::credit(crate::limits::estimate::str(self.text.len()));
        self.text.push_str(&other.text);
        self.chars += other.chars;
        super::charge(crate::limits::estimate::str(self.text.len()));
    }
    /// The hash computed by `compute` on first use, then remembered.
    #[inline]
    pub fn cached_hash(&self, compute: impl FnOnce(&str) -> u64) -> u64 {
        let h = self.hash.get();
        if h != NO_HASH {
            return h;
        }
        let h = compute(&self.text);
        self.hash.set(h);
        h
    }
    /// Length in code points, as Python's `len()`.
    pub fn char_len(&self) -> usize {
        self.chars
    }
    pub fn is_ascii(&self) -> bool {
        self.chars == self.text.len()
    }
    /// The code point at `index` (already normalised to `0..char_len`).
    pub fn char_at(&self, index: usize) -> Option<char> {
        if self.is_ascii() {
            self.text.as_bytes().get(index).map(|b| *b as char)
        } else {
            self.text.chars().nth(index)
        }
    }
    /// Byte offset of the code point at `index` (`char_len` maps to the end).
    pub fn byte_offset(&self, index: usize) -> usize {
        if self.is_ascii() {
            index.min(self.text.len())
        } else {
            self.text
                .char_indices()
                .nth(index)
                .map(|(b, _)| b)
                .unwrap_or(self.text.len())
        }
    }
    /// Substring by code-point range, `start <= end <= char_len`.
    pub fn substring(&self, start: usize, end: usize) -> &str {
        if self.is_ascii() {
            &self.text[start.min(self.text.len())..end.min(self.text.len())]
        } else {
            let a = self.byte_offset(start);
            let b = self.byte_offset(end);
            &self.text[a..b.max(a)]
        }
    }
}

impl Drop for PyStr {
    fn drop(&mut self) {
        super::credit(crate::limits::estimate::str(self.text.len()));
    }
}
