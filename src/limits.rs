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
/// Default cap on the bytes a session's live values may hold.
pub const DEFAULT_MAX_MEMORY_BYTES: usize = 512 * 1024 * 1024;
/// Default cap on captured print output (characters).
pub const DEFAULT_MAX_OUTPUT_CHARS: usize = 50_000;
/// Default cap on iterations of one `while` loop, as smolagents.
pub const DEFAULT_MAX_WHILE_ITERATIONS: u64 = 1_000_000;
/// CPython's limit on digits in int <-> str conversion.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// What a run may consume. Every field has a named default above; the CLI
/// (`codeact run`) has a flag for each.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Operations counted at statements, expressions, loop iterations,
    /// calls and native iterator steps, backtracking regex steps (one per
    /// `estimate::REGEX_STEPS_PER_OPERATION`) and estimated native work on
    /// huge numbers (one per `estimate::NS_PER_OPERATION`). Default `DEFAULT_MAX_OPERATIONS`
    /// (10,000,000); stops with `LimitKind::Operations`.
    pub max_operations: u64,
    /// Python call depth, and native recursion over nested values; exceeding
    /// it raises a catchable `RecursionError`. Default
    /// `DEFAULT_MAX_RECURSION_DEPTH` (1000).
    pub max_recursion_depth: usize,
    /// Wall-clock time per run, checked during execution; `None` for no
    /// deadline. Default `DEFAULT_TIMEOUT` (30 s); stops with `LimitKind::Time`.
    pub timeout: Option<Duration>,
    /// Bytes the session's live values may hold (as `estimate` counts them),
    /// checked before each allocation whose size code controls. Default
    /// `DEFAULT_MAX_MEMORY_BYTES` (512 MiB); stops with `LimitKind::Memory`.
    pub max_memory_bytes: usize,
    /// Captured print output per run, in characters; past it the head and
    /// tail are kept with a marker (the run goes on). Default
    /// `DEFAULT_MAX_OUTPUT_CHARS` (50,000).
    pub max_output_chars: usize,
    /// Iterations of a single `while` loop. Default
    /// `DEFAULT_MAX_WHILE_ITERATIONS` (1,000,000); stops with
    /// `LimitKind::WhileIterations`.
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
    /// `Limits::max_operations` (a backtracking regular-expression search
    /// counts one per `estimate::REGEX_STEPS_PER_OPERATION` steps).
    Operations,
    /// `Limits::max_while_iterations`: one `while` loop ran too many times.
    WhileIterations,
    /// `Limits::timeout`, including a native big-int operation refused
    /// because it would end past it.
    Time,
    /// `Limits::max_memory_bytes`.
    Memory,
    /// Never produced by a run: past `Limits::max_output_chars` captured
    /// output is truncated while the code runs (the first and last halves
    /// kept, with a marker between), and the run goes on, as smolagents
    /// does. Kept so that code matching on the kinds need not change.
    Output,
    /// The native stack guard: evaluation nested too deeply for the stack.
    Recursion,
}

impl LimitKind {
    pub fn as_str(self) -> &'static str {
        match self {
            LimitKind::Operations => "operations",
            LimitKind::WhileIterations => "while_iterations",
            LimitKind::Time => "time",
            LimitKind::Memory => "memory",
            LimitKind::Output => "output",
            LimitKind::Recursion => "recursion",
        }
    }
}

/// The end of a memory limit error: the session keeps what the code
/// stored, so the next run starts as full as this one ended.
const KEPT_VALUES: &str =
    "Variables keep their values after this error: `del` the large ones to free memory.";

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
    /// A native operation estimated to need `ns` nanoseconds, more than
    /// the run has left: refused before it starts.
    pub fn time_needed(timeout: Duration, ns: u64) -> LimitError {
        LimitError {
            kind: LimitKind::Time,
            message: format!(
                "time limit exceeded: an operation on huge numbers would take about {:.1} s, past the {:.1} s limit",
                ns as f64 / 1e9,
                timeout.as_secs_f64()
            ),
        }
    }
    pub fn memory(requested: usize, live: usize, max: usize) -> LimitError {
        LimitError {
            kind: LimitKind::Memory,
            message: if requested == 0 {
                format!(
                    "memory limit exceeded: the values alive hold about {} bytes (limit {} bytes). {}",
                    live, max, KEPT_VALUES
                )
            } else {
                format!(
                    "memory limit exceeded: an operation needed about {} bytes with {} in use (limit {} bytes). {}",
                    requested, live, max, KEPT_VALUES
                )
            },
        }
    }
    pub fn while_iterations(max: u64) -> LimitError {
        LimitError {
            kind: LimitKind::WhileIterations,
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
    /// `[x] * n`, `list(range(n))`: a `SLOT` (24 bytes) per value, what the
    /// account charges a list for it, so that a list that passed the check
    /// does not take the account past the limit once made.
    pub fn values(count: u64) -> usize {
        count.saturating_mul(SLOT as u64).min(usize::MAX as u64) as usize
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

    // ----- text and bytes -----

    /// `a + b` of strings, `s += t`, a text extended by a chunk: `len(a) +
    /// len(b)` bytes, the result's exact length.
    pub fn concat_bytes(a_len: usize, b_len: usize) -> usize {
        a_len.saturating_add(b_len)
    }
    /// Text built piece by piece (repr, `str.format`, `%`, `re.sub`,
    /// `json.dumps`): its length so far, checked after each piece, so a
    /// runaway build stops within one piece of the limit.
    pub fn text_so_far(len: usize) -> usize {
        len
    }
    /// `s.center/ljust/rjust(width, fill)`, `s.zfill(width)`: `pad` fill
    /// characters of `fill_len` bytes each plus the text, the exact length.
    pub fn pad_bytes(text_len: usize, pad: usize, fill_len: usize) -> usize {
        repeat_bytes(fill_len, pad as u64).saturating_add(text_len)
    }
    /// `s.replace(old, new, count)`: the text plus `count` copies of `new`,
    /// an upper bound that ignores the removed `old`s.
    pub fn replace_bytes(text_len: usize, count: usize, new_len: usize) -> usize {
        text_len.saturating_add(count.saturating_mul(new_len))
    }
    /// Tab expansion (`textwrap` with `expand_tabs`): each tab becomes at
    /// most `tabsize` spaces, so `len + tabs * tabsize` bytes bound the result.
    pub fn expand_tabs_bytes(text_len: usize, tabs: usize, tabsize: usize) -> usize {
        tabs.saturating_mul(tabsize).saturating_add(text_len)
    }
    /// `textwrap` wrapping: the text as `char`s (4 bytes a byte at most) plus
    /// its chunks and lines (the text again with their headers): 8 bytes a
    /// byte of input.
    pub fn wrap_bytes(text_len: usize) -> usize {
        text_len.saturating_mul(8)
    }
    /// `unicodedata.normalize`: decomposition grows real text by well under
    /// 4x (the rare 18-character expansions aside), so 4 bytes a byte.
    pub fn normalize_bytes(text_len: usize) -> usize {
        text_len.saturating_mul(4)
    }
    /// `n` raw bytes (`bytes(n)`, `int.to_bytes(n)`, `random.randbytes(n)`):
    /// one byte each, the buffer alone.
    pub fn raw_bytes(n: u64) -> usize {
        n.min(usize::MAX as u64) as usize
    }
    /// `base64.b64encode` and friends: 4 output bytes per 3 input bytes,
    /// plus 8 for padding and a final newline.
    pub fn base64_bytes(data_len: usize) -> usize {
        (data_len / 3).saturating_mul(4).saturating_add(8)
    }
    /// `base64.b32encode`: 8 output bytes per 5 input bytes, rounded up to
    /// 2 per byte, plus 8 for padding.
    pub fn base32_bytes(data_len: usize) -> usize {
        data_len.saturating_mul(2).saturating_add(8)
    }
    /// `base64.b16encode`: two hex digits per input byte, the exact length.
    pub fn base16_bytes(data_len: usize) -> usize {
        data_len.saturating_mul(2)
    }
    /// `str(Decimal)` / `format(Decimal)` in fixed notation: the
    /// coefficient's digits plus a zero (or a fraction digit) per unit of
    /// exponent, a byte each.
    pub fn decimal_text_bytes(coeff_digits: u64, exp_abs: u64) -> usize {
        raw_bytes(exp_abs.saturating_add(coeff_digits))
    }

    // ----- containers -----

    /// `seq * n` for lists, tuples and deques, `itertools.product(...,
    /// repeat=n)`'s pools: `len * n` value slots.
    pub fn repeat_values(len: usize, times: u64) -> usize {
        values((len as u64).saturating_mul(times))
    }
    /// `a + b` of lists, `l.extend(items)`, `l += items`: the result's
    /// `len(a) + len(b)` value slots.
    pub fn list_concat(a_len: usize, b_len: usize) -> usize {
        values(a_len.saturating_add(b_len) as u64)
    }
    /// Items added to a buffer of a native object (deque, `itertools.tee`
    /// and `cycle`, `queue.Queue`): a `SLOT` each, as `Charged::settle` charges.
    pub fn buffer_slots(count: usize) -> usize {
        count.saturating_mul(SLOT)
    }
    /// `list.append`, checked once every 4096 items: the list so far and
    /// room for the next 4096.
    pub fn list_append_chunk(len: usize) -> usize {
        values((len as u64).saturating_add(4096))
    }
    /// A new key in a dict (or an `lru_cache`): the table may be rebuilt,
    /// and the copy needs up to three value slots per entry already there.
    pub fn dict_insert(len: usize) -> usize {
        values((len as u64).saturating_mul(3))
    }
    /// A set growing, checked once every 4096 members: a resize may need
    /// four value slots per member already there.
    pub fn set_growth(len: usize) -> usize {
        values((len as u64).saturating_mul(4))
    }

    // ----- numbers -----

    /// `a * b` for ints: `bits(a) + bits(b)` bits.
    pub fn int_mul_bytes(a_bits: u64, b_bits: u64) -> usize {
        bigint(a_bits.saturating_add(b_bits))
    }
    /// `Fraction ** e`: numerator and denominator each raised, so
    /// `(bits(n) + bits(d)) * e` bits, as `int_pow_bytes`.
    pub fn fraction_pow_bytes(num_bits: u64, den_bits: u64, exponent: u64) -> usize {
        int_pow_bytes(num_bits.saturating_add(den_bits), exponent)
    }
    /// `random.getrandbits(k)`: an int of `k` bits, a byte per 8.
    pub fn random_bits_bytes(bits: u64) -> usize {
        raw_bytes(bits / 8)
    }
    /// `int(Decimal)`: an int of about `digits` decimal digits, 3.33 bits a
    /// digit, rounded up to half a byte a digit.
    pub fn decimal_int_bytes(digits: u64) -> usize {
        raw_bytes(digits / 2)
    }
    /// Bits of `math.factorial(n)`: about `n * log2(n)` (Stirling, rounded up).
    pub fn factorial_bits(n: u64) -> u64 {
        // `as` saturates: a huge `n` gives `u64::MAX`.
        ((n as f64) * (n.max(2) as f64).log2()) as u64
    }
    /// Bits of `math.comb(n, k)` and `math.perm(n, k)`: both are at most
    /// `n ** k`, so `k * bits(n)`.
    pub fn comb_bits(n: u64, k: u64) -> u64 {
        k.saturating_mul(u64::from(64 - n.leading_zeros()))
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
    /// An object of a type a module implements in Rust (a deque, a
    /// datetime, a match, a Fraction): the object, its struct, and the heap
    /// bytes it reports owning (`NativeObject::heap_bytes`). Values it holds
    /// are counted as themselves.
    pub fn native(struct_size: usize, heap_bytes: usize) -> usize {
        OBJECT
            .saturating_add(struct_size)
            .saturating_add(heap_bytes)
    }
    /// A buffer of `chars` characters kept as `char`s (`io.StringIO`): 4
    /// bytes each.
    pub fn char_buffer(chars: usize) -> usize {
        chars.saturating_mul(4)
    }
    /// An int of `bits` bits beyond the inline 64.
    pub fn bigint(bits: u64) -> usize {
        OBJECT.saturating_add((bits / 8).min(usize::MAX as u64) as usize)
    }
    /// `hex(x)`, `oct(x)`, `bin(x)`, `format(x, 'x')`: a digit per
    /// `bits_per_digit` bits, plus sign and prefix, in a new string.
    pub fn int_text(bits: u64, bits_per_digit: u64) -> usize {
        str((bits / bits_per_digit.max(1))
            .saturating_add(4)
            .min(usize::MAX as u64) as usize)
    }

    // ----- work of a backtracking regular-expression search -----

    /// Steps of the backtracking matcher one counted operation stands for:
    /// a step (one instruction: a character, a choice, a group boundary)
    /// costs about a tenth of an interpreted operation, so the default
    /// budget allows some 80 million steps, about a second.
    pub const REGEX_STEPS_PER_OPERATION: u64 = 8;

    // ----- time of one native big-int operation -----
    //
    // A single num-bigint call cannot be interrupted, so its cost is
    // estimated before it starts, in nanoseconds of an optimized build on a
    // ~3 GHz x86-64 (measured, rounded up), and `Vm::check_work` counts it
    // against the operation budget and refuses it when it could not finish
    // before the deadline. `n` below is a size in 64-bit limbs.

    /// Nanoseconds of native work one counted operation stands for.
    pub const NS_PER_OPERATION: u64 = 1000;
    /// How much slower native work is in a build without optimizations
    /// (`cargo test`'s profile compiles num-bigint at opt-level 0: measured
    /// 15-20x), applied only when comparing with the time left, so that
    /// operation counts stay the same in every build.
    pub const UNOPTIMIZED_SLOWDOWN: u64 = if cfg!(debug_assertions) { 16 } else { 1 };
    /// Work below this is not worth counting (it is what small ints cost).
    pub const WORK_FREE_NS: u64 = 100_000;

    fn limbs(bits: u64) -> f64 {
        (bits / 64 + 1) as f64
    }
    fn ns(x: f64) -> u64 {
        if x >= u64::MAX as f64 {
            u64::MAX
        } else {
            x as u64
        }
    }
    /// `a * b`: schoolbook (1 ns a limb product) while the smaller operand
    /// is under 40 limbs, then Toom-3 on `max/min` blocks of the smaller
    /// size, 10 ns * n^1.465 each (2 * 10^7 bits squared: ~0.4 s).
    pub fn int_mul_ns(a_bits: u64, b_bits: u64) -> u64 {
        let (m, n) = (limbs(a_bits.min(b_bits)), limbs(a_bits.max(b_bits)));
        if m < 40.0 {
            ns(m * n)
        } else {
            ns((n / m).ceil() * 10.0 * m.powf(1.465))
        }
    }
    /// `a // b`, `a % b`, `divmod`: twice the product of the divisor by a
    /// quotient-sized number.
    pub fn int_div_ns(a_bits: u64, b_bits: u64) -> u64 {
        if a_bits < b_bits {
            return 0;
        }
        int_mul_ns(b_bits, a_bits - b_bits + 64).saturating_mul(2)
    }
    /// `a ** e` with a result of `result_bits`: the squarings, dominated by
    /// the last, cost about ten products of half the result (measured: a
    /// 10^7-bit power of 3 takes 1.4 s).
    pub fn int_pow_ns(result_bits: u64) -> u64 {
        int_mul_ns(result_bits / 2, result_bits / 2).saturating_mul(10)
    }
    /// `pow(b, e, m)`: per exponent bit a squaring, a product and a
    /// reduction of modulus-sized numbers, 8x a product in all (measured:
    /// a 10 000-bit exponent modulo a 5 000-bit number takes 0.46 s).
    pub fn int_modpow_ns(exp_bits: u64, mod_bits: u64) -> u64 {
        int_mul_ns(mod_bits, mod_bits)
            .saturating_mul(8)
            .saturating_mul(exp_bits.max(1))
    }
    /// `math.gcd`, `math.lcm`, fraction normalisation: binary GCD, one pass
    /// over the limbs per bit of the larger operand (10^6 bits: ~14 s).
    pub fn int_gcd_ns(a_bits: u64, b_bits: u64) -> u64 {
        let bits = a_bits.max(b_bits);
        ns(bits as f64 * limbs(bits))
    }
    /// `math.isqrt`: Newton steps, each a division of the number by its
    /// half-size root; a few dozen at most.
    pub fn int_sqrt_ns(bits: u64) -> u64 {
        int_div_ns(bits, bits / 2).saturating_mul(8)
    }
    /// `math.factorial(n)`, `math.perm(n, k)`, `math.comb(n, k)`: `steps`
    /// multiplications (and for comb divisions) of a product growing to
    /// `result_bits` by a word: a pass over half the final limbs on
    /// average, twice for comb, at ~1 ns a limb.
    pub fn int_product_ns(steps: u64, result_bits: u64) -> u64 {
        ns(steps as f64 * limbs(result_bits))
    }
}
