//! Resource limits: the `Limits` a host sets, the uncatchable `LimitError`
//! raised when one is hit, and every pre-allocation size check, each with the
//! estimate it uses written beside it. Checks happen BEFORE the allocation.
//!
//! Must not evaluate code or allocate on behalf of Python.

use std::time::Duration;

/// Default cap on counted operations per run.
pub const DEFAULT_MAX_OPERATIONS: u64 = 10_000_000;
/// Default Python call depth, as CPython's recursion limit.
pub const DEFAULT_MAX_RECURSION_DEPTH: usize = 1000;
/// Default wall-clock budget per run.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// Default cap on memory a single value may claim.
pub const DEFAULT_MAX_MEMORY_BYTES: usize = 512 * 1024 * 1024;
/// Default cap on captured print output (characters).
pub const DEFAULT_MAX_OUTPUT_CHARS: usize = 50_000;
/// Default cap on iterations of one `while` loop, as smolagents.
pub const DEFAULT_MAX_WHILE_ITERATIONS: u64 = 1_000_000;
/// CPython's limit on digits in int <-> str conversion.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// What a run may consume. Every field has a named default above.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Operations counted at statements, expressions, loop iterations and calls.
    pub max_operations: u64,
    /// Python call depth; exceeding it raises a catchable `RecursionError`.
    pub max_recursion_depth: usize,
    /// Wall-clock time per run; `None` for no deadline.
    pub timeout: Option<Duration>,
    /// Largest allocation a single operation may request.
    pub max_memory_bytes: usize,
    /// Captured print output per run, in characters.
    pub max_output_chars: usize,
    /// Iterations of a single `while` loop.
    pub max_while_iterations: u64,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_operations: DEFAULT_MAX_OPERATIONS,
            max_recursion_depth: DEFAULT_MAX_RECURSION_DEPTH,
            timeout: Some(DEFAULT_TIMEOUT),
            max_memory_bytes: DEFAULT_MAX_MEMORY_BYTES,
            max_output_chars: DEFAULT_MAX_OUTPUT_CHARS,
            max_while_iterations: DEFAULT_MAX_WHILE_ITERATIONS,
        }
    }
}

impl Limits {
    /// No limits at all, for trusted code and benchmarks of the limit overhead.
    pub fn unlimited() -> Limits {
        Limits {
            max_operations: u64::MAX,
            max_recursion_depth: DEFAULT_MAX_RECURSION_DEPTH,
            timeout: None,
            max_memory_bytes: usize::MAX / 4,
            max_output_chars: usize::MAX / 4,
            max_while_iterations: u64::MAX,
        }
    }
}

/// Which limit stopped a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LimitKind {
    Operations,
    Time,
    Memory,
    Output,
    Recursion,
}

impl LimitKind {
    pub fn as_str(self) -> &'static str {
        match self {
            LimitKind::Operations => "operations",
            LimitKind::Time => "time",
            LimitKind::Memory => "memory",
            LimitKind::Output => "output",
            LimitKind::Recursion => "recursion",
        }
    }
}

/// An uncatchable stop: Python's `except` never sees it.
#[derive(Debug, Clone)]
pub struct LimitError {
    pub kind: LimitKind,
    pub message: String,
}

impl LimitError {
    pub fn operations(max: u64) -> LimitError {
        LimitError {
            kind: LimitKind::Operations,
            message: format!(
                "operation limit exceeded: the code ran more than {} operations",
                max
            ),
        }
    }
    pub fn time(timeout: Duration) -> LimitError {
        LimitError {
            kind: LimitKind::Time,
            message: format!(
                "time limit exceeded: the code ran longer than {:.1} s",
                timeout.as_secs_f64()
            ),
        }
    }
    pub fn memory(requested: usize, live: usize, max: usize) -> LimitError {
        LimitError {
            kind: LimitKind::Memory,
            message: if requested == 0 {
                format!(
                    "memory limit exceeded: the values alive hold about {} bytes (limit {} bytes)",
                    live, max
                )
            } else {
                format!(
                    "memory limit exceeded: an operation needed about {} bytes with {} in use (limit {} bytes)",
                    requested, live, max
                )
            },
        }
    }
    pub fn while_iterations(max: u64) -> LimitError {
        LimitError {
            kind: LimitKind::Operations,
            message: format!(
                "Maximum number of {} iterations in While loop exceeded",
                max
            ),
        }
    }
    pub fn stack() -> LimitError {
        LimitError {
            kind: LimitKind::Recursion,
            message: "stack limit exceeded: the code nested too deeply".into(),
        }
    }
}

/// Size estimates for allocations whose size Python code controls. Each
/// returns the number of bytes the result will need, saturating, so the caller
/// can compare it with `max_memory_bytes` before allocating.
pub mod estimate {
    /// `s * n` and `s.ljust(n)`-style padding: one byte per resulting byte.
    pub fn repeat_bytes(unit_len: usize, times: u64) -> usize {
        (unit_len as u64)
            .saturating_mul(times)
            .min(usize::MAX as u64) as usize
    }
    /// `[x] * n`, `list(range(n))`: 16 bytes per value slot.
    pub fn values(count: u64) -> usize {
        count.saturating_mul(16).min(usize::MAX as u64) as usize
    }
    /// `a ** b` for ints: the result has about `bits(a) * b` bits.
    pub fn int_pow_bytes(base_bits: u64, exponent: u64) -> usize {
        (base_bits.saturating_mul(exponent) / 8).min(usize::MAX as u64) as usize
    }
    /// `a << b`: `bits(a) + b` bits.
    pub fn int_shift_bytes(base_bits: u64, shift: u64) -> usize {
        (base_bits.saturating_add(shift) / 8).min(usize::MAX as u64) as usize
    }
    /// `sep.join(items)`: the sum of the parts plus separators.
    pub fn join_bytes(parts_len: usize, sep_len: usize, count: usize) -> usize {
        parts_len.saturating_add(sep_len.saturating_mul(count.saturating_sub(1)))
    }

    /// Bookkeeping of one heap object: reference counts, header, allocator slack.
    pub const OBJECT: usize = 64;
    /// One value slot of a list or tuple: 16 bytes, plus half again for the
    /// spare capacity a growing vector keeps on average.
    pub const SLOT: usize = 24;
    /// One dict entry: hash, key, value, its index in the table, and slack.
    pub const DICT_ENTRY: usize = 72;
    /// One set member: its slot (hash and key) and the table's spare room.
    pub const SET_ENTRY: usize = 48;

    /// A string of `len` UTF-8 bytes: the object, and the text in a heap
    /// block of at least 32 bytes.
    pub fn str(len: usize) -> usize {
        OBJECT.saturating_add(len.max(32))
    }
    /// A bytes object of `len` bytes.
    pub fn bytes(len: usize) -> usize {
        OBJECT.saturating_add(len)
    }
    /// A list or tuple of `len` values.
    pub fn list(len: usize) -> usize {
        OBJECT.saturating_add(len.saturating_mul(SLOT))
    }
    /// Splitting `text_len` bytes into `parts` strings: the list, the string
    /// objects and the text they share out.
    pub fn split(parts: usize, text_len: usize) -> usize {
        list(parts)
            .saturating_add(parts.saturating_mul(str(0)))
            .saturating_add(text_len)
    }
    /// An int of `bits` bits beyond the inline 64.
    pub fn bigint(bits: u64) -> usize {
        OBJECT.saturating_add((bits / 8).min(usize::MAX as u64) as usize)
    }
}
