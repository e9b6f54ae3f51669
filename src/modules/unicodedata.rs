//! `unicodedata`: `name`, `lookup`, `category`, `combining`, `decimal`,
//! `digit`, `numeric`, `normalize`, `is_normalized`, `unidata_version`,
//! with CPython's argument errors.
//!
//! Categories come from `unicode-general-category` 0.5 (Unicode 14.0, as
//! CPython 3.11); names from `unicode_names2`, limited to characters assigned
//! in 14.0; normalization from `unicode-normalization` (a newer Unicode, which
//! only matters for characters added after 14.0). `numeric`/`digit` know decimal digits plus a table of common
//! non-decimal numerics (superscripts, circled digits, fractions, Roman and
//! CJK numerals). `bidirectional`, `decomposition`, `east_asian_width` and
//! `mirrored` read the Unicode 14.0 tables in `unicodedata_tables.rs`
//! (generated from CPython's database by `tools/gen_unicodedata_tables.py`).

use std::collections::HashMap;
use std::rc::Rc;

use unicode_general_category::{get_general_category, GeneralCategory};
use unicode_normalization::{is_nfc, is_nfd, is_nfkc, is_nfkd, UnicodeNormalization};

use crate::eval::{Args, PyResult, Unwind, Vm};
use crate::value::{BuiltinFn, Value};

macro_rules! functions {
    ($($static:ident: $name:literal => $f:ident),* $(,)?) => {
        $(pub static $static: BuiltinFn = BuiltinFn { name: $name, call: $f };)*
        const FUNCTIONS: &[&BuiltinFn] = &[$(&$static),*];
    };
}

functions! {
    NAME: "name" => name,
    LOOKUP: "lookup" => lookup,
    CATEGORY: "category" => category,
    COMBINING: "combining" => combining,
    DECIMAL: "decimal" => decimal,
    DIGIT: "digit" => digit,
    NUMERIC: "numeric" => numeric,
    NORMALIZE: "normalize" => normalize,
    IS_NORMALIZED: "is_normalized" => is_normalized,
    BIDIRECTIONAL: "bidirectional" => bidirectional,
    DECOMPOSITION: "decomposition" => decomposition,
    EAST_ASIAN_WIDTH: "east_asian_width" => east_asian_width,
    MIRRORED: "mirrored" => mirrored,
}

use super::unicodedata_tables as tables;
use std::sync::OnceLock;

/// A run table (`START:VALUE;`) as sorted (start, value) pairs.
fn parse_runs(table: &'static str) -> Vec<(u32, &'static str)> {
    table
        .split(';')
        .filter_map(|entry| {
            let (start, value) = entry.split_once(':')?;
            Some((u32::from_str_radix(start, 16).ok()?, value))
        })
        .collect()
}

/// The value of the run containing `c`.
fn run_value(runs: &[(u32, &'static str)], c: char) -> &'static str {
    let c = c as u32;
    match runs.binary_search_by(|(start, _)| start.cmp(&c)) {
        Ok(i) => runs[i].1,
        Err(0) => "",
        Err(i) => runs[i - 1].1,
    }
}

fn bidirectional(vm: &Vm, args: Args) -> PyResult<Value> {
    static RUNS: OnceLock<Vec<(u32, &'static str)>> = OnceLock::new();
    arity(vm, "bidirectional", &args, 1, 1)?;
    let c = char_arg(vm, "bidirectional", &args.pos[0], false)?;
    let runs = RUNS.get_or_init(|| parse_runs(tables::BIDIRECTIONAL));
    Ok(Value::str(run_value(runs, c)))
}

fn east_asian_width(vm: &Vm, args: Args) -> PyResult<Value> {
    static RUNS: OnceLock<Vec<(u32, &'static str)>> = OnceLock::new();
    arity(vm, "east_asian_width", &args, 1, 1)?;
    let c = char_arg(vm, "east_asian_width", &args.pos[0], false)?;
    let runs = RUNS.get_or_init(|| parse_runs(tables::EAST_ASIAN_WIDTH));
    Ok(Value::str(run_value(runs, c)))
}

fn mirrored(vm: &Vm, args: Args) -> PyResult<Value> {
    static RUNS: OnceLock<Vec<(u32, &'static str)>> = OnceLock::new();
    arity(vm, "mirrored", &args, 1, 1)?;
    let c = char_arg(vm, "mirrored", &args.pos[0], false)?;
    let runs = RUNS.get_or_init(|| parse_runs(tables::MIRRORED));
    Ok(Value::Int((run_value(runs, c) == "1") as i64))
}

fn decomposition(vm: &Vm, args: Args) -> PyResult<Value> {
    static TABLE: OnceLock<HashMap<u32, &'static str>> = OnceLock::new();
    arity(vm, "decomposition", &args, 1, 1)?;
    let c = char_arg(vm, "decomposition", &args.pos[0], false)?;
    let table = TABLE.get_or_init(|| parse_runs(tables::DECOMPOSITION).into_iter().collect());
    Ok(Value::str(table.get(&(c as u32)).copied().unwrap_or("")))
}

pub fn build(_vm: &Vm) -> HashMap<Rc<str>, Value> {
    let mut m: HashMap<Rc<str>, Value> = FUNCTIONS.iter().map(|f| super::func(f)).collect();
    m.insert(Rc::from("unidata_version"), Value::str("14.0.0"));
    m
}

/// Positional-only arity with CPython's "expected at most" wording.
fn arity(vm: &Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", name)));
    }
    crate::builtins::arity(vm, name, args, min, max)
}

/// The single-character argument; `numbered` selects "argument 1" wording.
fn char_arg(vm: &Vm, name: &str, v: &Value, numbered: bool) -> PyResult<char> {
    if let Value::Str(s) = v {
        if s.char_len() == 1 {
            if let Some(c) = s.as_str().chars().next() {
                return Ok(c);
            }
        }
    }
    Err(vm.type_error(format!(
        "{}() argument{} must be a unicode character, not {}",
        name,
        if numbered { " 1" } else { "" },
        vm.type_name(v)
    )))
}

fn name(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "name", &args, 1, 2)?;
    let c = char_arg(vm, "name", &args.pos[0], true)?;
    // Characters unassigned in Unicode 14.0 (CPython 3.11's version) have no name.
    let assigned = get_general_category(c) != GeneralCategory::Unassigned;
    match unicode_names2::name(c).filter(|_| assigned) {
        Some(n) => Ok(Value::string(n.to_string())),
        None => match args.pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.value_error("no such name")),
        },
    }
}

fn lookup(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "lookup", &args, 1, 1)?;
    let text = match &args.pos[0] {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        other => {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(other)
            )))
        }
    };
    let found = unicode_names2::character(&text)
        .filter(|c| get_general_category(*c) != GeneralCategory::Unassigned);
    match found {
        Some(c) => Ok(Value::string(c.to_string())),
        None => {
            let key_error = vm.types.exception("KeyError");
            Err(Unwind::raise(vm.new_exception(
                &key_error,
                vec![Value::string(format!(
                    "undefined character name '{}'",
                    text
                ))],
            )))
        }
    }
}

fn category(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "category", &args, 1, 1)?;
    let c = char_arg(vm, "category", &args.pos[0], false)?;
    Ok(Value::str(abbreviation(get_general_category(c))))
}

/// The two-letter code CPython reports for a general category.
fn abbreviation(g: GeneralCategory) -> &'static str {
    use GeneralCategory::*;
    match g {
        UppercaseLetter => "Lu",
        LowercaseLetter => "Ll",
        TitlecaseLetter => "Lt",
        ModifierLetter => "Lm",
        OtherLetter => "Lo",
        NonspacingMark => "Mn",
        SpacingMark => "Mc",
        EnclosingMark => "Me",
        DecimalNumber => "Nd",
        LetterNumber => "Nl",
        OtherNumber => "No",
        ConnectorPunctuation => "Pc",
        DashPunctuation => "Pd",
        OpenPunctuation => "Ps",
        ClosePunctuation => "Pe",
        InitialPunctuation => "Pi",
        FinalPunctuation => "Pf",
        OtherPunctuation => "Po",
        MathSymbol => "Sm",
        CurrencySymbol => "Sc",
        ModifierSymbol => "Sk",
        OtherSymbol => "So",
        SpaceSeparator => "Zs",
        LineSeparator => "Zl",
        ParagraphSeparator => "Zp",
        Control => "Cc",
        Format => "Cf",
        Surrogate => "Cs",
        PrivateUse => "Co",
        Unassigned => "Cn",
    }
}

fn combining(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "combining", &args, 1, 1)?;
    let c = char_arg(vm, "combining", &args.pos[0], false)?;
    if get_general_category(c) == GeneralCategory::Unassigned {
        return Ok(Value::Int(0));
    }
    Ok(Value::Int(
        unicode_normalization::char::canonical_combining_class(c) as i64,
    ))
}

/// The value of a decimal digit (general category Nd): digits come in runs of ten from zero.
fn decimal_value(c: char) -> Option<u32> {
    if get_general_category(c) != GeneralCategory::DecimalNumber {
        return None;
    }
    let mut start = c as u32;
    while start > 0
        && char::from_u32(start - 1)
            .is_some_and(|p| get_general_category(p) == GeneralCategory::DecimalNumber)
    {
        start -= 1;
    }
    Some((c as u32 - start) % 10)
}

/// Digits that are not decimal (superscripts, subscripts, circled digits).
fn other_digit(c: char) -> Option<u32> {
    let n = c as u32;
    Some(match n {
        0xB2 => 2,
        0xB3 => 3,
        0xB9 => 1,
        0x2070 => 0,
        0x2074..=0x2079 => n - 0x2070,
        0x2080..=0x2089 => n - 0x2080,
        0x2460..=0x2468 => n - 0x2460 + 1,
        0x2474..=0x247C => n - 0x2474 + 1,
        0x2488..=0x2490 => n - 0x2488 + 1,
        0x24EA => 0,
        0x24F5..=0x24FD => n - 0x24F5 + 1,
        0x24FF => 0,
        0x2776..=0x277E => n - 0x2776 + 1,
        0x2780..=0x2788 => n - 0x2780 + 1,
        0x278A..=0x2792 => n - 0x278A + 1,
        _ => return None,
    })
}

/// Numeric values of common characters that are not digits.
fn other_numeric(c: char) -> Option<f64> {
    let n = c as u32;
    Some(match n {
        0xBC => 0.25,
        0xBD => 0.5,
        0xBE => 0.75,
        0x2150 => 1.0 / 7.0,
        0x2151 => 1.0 / 9.0,
        0x2152 => 0.1,
        0x2153 => 1.0 / 3.0,
        0x2154 => 2.0 / 3.0,
        0x2155 => 0.2,
        0x2156 => 0.4,
        0x2157 => 0.6,
        0x2158 => 0.8,
        0x2159 => 1.0 / 6.0,
        0x215A => 5.0 / 6.0,
        0x215B => 0.125,
        0x215C => 0.375,
        0x215D => 0.625,
        0x215E => 0.875,
        0x215F => 1.0,
        0x2189 => 0.0,
        0x2160..=0x216B => (n - 0x2160 + 1) as f64,
        0x2170..=0x217B => (n - 0x2170 + 1) as f64,
        0x216C | 0x217C => 50.0,
        0x216D | 0x217D => 100.0,
        0x216E | 0x217E => 500.0,
        0x216F | 0x217F => 1000.0,
        0x2469..=0x2473 => (n - 0x2469 + 10) as f64,
        0x247D..=0x2487 => (n - 0x247D + 10) as f64,
        0x2491..=0x249B => (n - 0x2491 + 10) as f64,
        0x24EB..=0x24F4 => (n - 0x24EB + 11) as f64,
        0x24FE => 10.0,
        0x277F | 0x2789 | 0x2793 => 10.0,
        0x3007 | 0x96F6 => 0.0,
        0x4E00 | 0x58F9 => 1.0,
        0x4E8C | 0x8CB3 | 0x8D30 => 2.0,
        0x4E09 | 0x53C1 => 3.0,
        0x56DB | 0x8086 => 4.0,
        0x4E94 | 0x4F0D => 5.0,
        0x516D | 0x9678 => 6.0,
        0x4E03 | 0x67D2 => 7.0,
        0x516B | 0x634C => 8.0,
        0x4E5D | 0x7396 => 9.0,
        0x5341 | 0x62FE => 10.0,
        0x767E | 0x4F70 => 100.0,
        0x5343 | 0x4EDF => 1000.0,
        0x4E07 | 0x842C => 10000.0,
        0x5104 => 100000000.0,
        _ => return None,
    })
}

fn digit_like(
    vm: &Vm,
    args: Args,
    name: &str,
    msg: &str,
    f: impl Fn(char) -> Option<Value>,
) -> PyResult<Value> {
    arity(vm, name, &args, 1, 2)?;
    let c = char_arg(vm, name, &args.pos[0], true)?;
    match f(c) {
        Some(v) => Ok(v),
        None => match args.pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.value_error(msg)),
        },
    }
}

fn decimal(vm: &Vm, args: Args) -> PyResult<Value> {
    digit_like(vm, args, "decimal", "not a decimal", |c| {
        decimal_value(c).map(|d| Value::Int(d as i64))
    })
}

fn digit(vm: &Vm, args: Args) -> PyResult<Value> {
    digit_like(vm, args, "digit", "not a digit", |c| {
        decimal_value(c)
            .or_else(|| other_digit(c))
            .map(|d| Value::Int(d as i64))
    })
}

fn numeric(vm: &Vm, args: Args) -> PyResult<Value> {
    digit_like(vm, args, "numeric", "not a numeric character", |c| {
        decimal_value(c)
            .or_else(|| other_digit(c))
            .map(|d| d as f64)
            .or_else(|| other_numeric(c))
            .map(Value::Float)
    })
}

/// The form and string arguments of `normalize`/`is_normalized`.
fn form_args<'a>(vm: &Vm, name: &str, args: &'a Args) -> PyResult<(&'a str, &'a str)> {
    arity(vm, name, args, 2, 2)?;
    let form = match &args.pos[0] {
        Value::Str(s) => s.as_str(),
        other => {
            return Err(vm.type_error(format!(
                "{}() argument 1 must be str, not {}",
                name,
                vm.type_name(other)
            )))
        }
    };
    let text = match &args.pos[1] {
        Value::Str(s) => s.as_str(),
        other => {
            return Err(vm.type_error(format!(
                "{}() argument 2 must be str, not {}",
                name,
                vm.type_name(other)
            )))
        }
    };
    if !matches!(form, "NFC" | "NFD" | "NFKC" | "NFKD") {
        return Err(vm.value_error("invalid normalization form"));
    }
    Ok((form, text))
}

fn normalize(vm: &Vm, args: Args) -> PyResult<Value> {
    let (form, text) = form_args(vm, "normalize", &args)?;
    vm.check_alloc(crate::limits::estimate::normalize_bytes(text.len()))?;
    vm.tick_n(text.len() as u64 / 16)?;
    let out: String = match form {
        "NFC" => text.nfc().collect(),
        "NFD" => text.nfd().collect(),
        "NFKC" => text.nfkc().collect(),
        _ => text.nfkd().collect(),
    };
    Ok(Value::string(out))
}

fn is_normalized(vm: &Vm, args: Args) -> PyResult<Value> {
    let (form, text) = form_args(vm, "is_normalized", &args)?;
    vm.tick_n(text.len() as u64 / 16)?;
    Ok(Value::Bool(match form {
        "NFC" => is_nfc(text),
        "NFD" => is_nfd(text),
        "NFKC" => is_nfkc(text),
        _ => is_nfkd(text),
    }))
}
