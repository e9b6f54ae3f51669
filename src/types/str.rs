//! Methods of `str`, indexing by code point, `str.format` and `%`-formatting.

use std::rc::Rc;

use crate::eval::{Args, PyResult, Vm};
use crate::limits::estimate;
use crate::types::casing;
use crate::value::{PyStr, Value};

pub const METHODS: &[&str] = &[
    "capitalize",
    "casefold",
    "center",
    "count",
    "encode",
    "endswith",
    "expandtabs",
    "find",
    "format",
    "format_map",
    "index",
    "isalnum",
    "isalpha",
    "isascii",
    "isdecimal",
    "isdigit",
    "isidentifier",
    "islower",
    "isnumeric",
    "isprintable",
    "isspace",
    "istitle",
    "isupper",
    "join",
    "ljust",
    "lower",
    "lstrip",
    "maketrans",
    "partition",
    "removeprefix",
    "removesuffix",
    "replace",
    "rfind",
    "rindex",
    "rjust",
    "rpartition",
    "rsplit",
    "rstrip",
    "split",
    "splitlines",
    "startswith",
    "strip",
    "swapcase",
    "title",
    "translate",
    "upper",
    "zfill",
];

pub fn get_item(vm: &Vm, s: &Rc<PyStr>, index: &Value) -> PyResult<Value> {
    match index {
        Value::Slice(sl) => {
            let (start, _, step, count) = vm.slice_indices(sl, s.char_len() as i64)?;
            if step == 1 {
                return Ok(Value::str(
                    s.substring(start as usize, (start + count) as usize),
                ));
            }
            let chars: Vec<char> = s.as_str().chars().collect();
            let mut out = String::new();
            let mut i = start;
            for _ in 0..count {
                if let Some(c) = chars.get(i as usize) {
                    out.push(*c);
                }
                i += step;
            }
            Ok(Value::string(out))
        }
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let i = vm.seq_index(index, s.char_len(), "string")?;
            Ok(Value::string(
                s.char_at(i).map(String::from).unwrap_or_default(),
            ))
        }
        other => Err(vm.type_error(format!(
            "string indices must be integers, not '{}'",
            vm.type_name(other)
        ))),
    }
}

fn arg_str<'a>(vm: &Vm, v: &'a Value, method: &str) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => {
            let t = vm.type_name(other);
            // CPython words this differently per method.
            Err(vm.type_error(match method {
                "find" | "rfind" | "index" | "rindex" | "count" | "partition" | "rpartition" => {
                    format!("must be str, not {}", t)
                }
                "strip" | "lstrip" | "rstrip" => format!("{} arg must be None or str", method),
                "startswith" | "endswith" => {
                    format!("tuple for {} must only contain str, not {}", method, t)
                }
                "replace 1" | "replace 2" => {
                    format!("replace() argument {} must be str, not {}", &method[8..], t)
                }
                _ => format!("{}() argument must be str, not {}", method, t),
            }))
        }
    }
}

fn opt_str<'a>(vm: &Vm, v: Option<&'a Value>, method: &str) -> PyResult<Option<&'a str>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => arg_str(vm, v, method).map(Some),
    }
}

pub fn int_arg(vm: &Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        None | Some(Value::None) => Ok(default),
        Some(Value::Int(i)) => Ok(*i),
        Some(Value::Bool(b)) => Ok(*b as i64),
        Some(other) => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(other)
        ))),
    }
}

/// Positional-or-keyword argument lookup for native methods.
pub fn arg<'a>(args: &'a Args, pos: usize, name: &str) -> Option<&'a Value> {
    args.pos.get(pos).or_else(|| {
        args.kw
            .iter()
            .find(|(k, _)| k.as_ref() == name)
            .map(|(_, v)| v)
    })
}

/// Clamps Python `start, end` arguments to byte offsets of `s`.
fn span(vm: &Vm, s: &PyStr, args: &Args, first: usize) -> PyResult<(usize, usize)> {
    let n = s.char_len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let slice_index = |e: crate::eval::Unwind| match e.exception() {
        Some(_) => {
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        }
        None => e,
    };
    // A start past the end is not clamped: nothing matches there, not even ''.
    let start = int_arg(vm, args.pos.get(first), 0).map_err(slice_index)?;
    let start = if start < 0 { (start + n).max(0) } else { start };
    let end = norm(int_arg(vm, args.pos.get(first + 1), n).map_err(slice_index)?);
    if start > end {
        return Ok((usize::MAX, 0));
    }
    Ok((s.byte_offset(start as usize), s.byte_offset(end as usize)))
}

/// `str.isidentifier`: XID_Start or `_`, then XID_Continue, as general
/// categories plus the code points where Unicode's identifier properties
/// differ from them (Other_ID_Start/Continue, NFKC exclusions).
fn is_identifier(s: &str) -> bool {
    use unicode_general_category::{get_general_category as category, GeneralCategory as G};
    let never = |cp: u32| {
        matches!(cp, 0x37a | 0x2e2f | 0xfc5e..=0xfc63 | 0xfdfa | 0xfdfb)
            || ((0xfe70..=0xfe7e).contains(&cp) && cp % 2 == 0)
    };
    let letter = |c: char| {
        matches!(
            category(c),
            G::UppercaseLetter
                | G::LowercaseLetter
                | G::TitlecaseLetter
                | G::ModifierLetter
                | G::OtherLetter
                | G::LetterNumber
        )
    };
    let start = |c: char| {
        let cp = c as u32;
        c == '_'
            || matches!(cp, 0x1885 | 0x1886 | 0x2118 | 0x212e)
            || (letter(c) && !never(cp) && !matches!(cp, 0xe33 | 0xeb3 | 0xff9e | 0xff9f))
    };
    let continues = |c: char| {
        let cp = c as u32;
        start(c)
            || matches!(
                cp,
                0xb7 | 0x387 | 0x1369..=0x1371 | 0x19da | 0xe33 | 0xeb3 | 0xff9e | 0xff9f
            )
            || (!never(cp)
                && matches!(
                    category(c),
                    G::NonspacingMark | G::SpacingMark | G::DecimalNumber | G::ConnectorPunctuation
                ))
    };
    let mut chars = s.chars();
    chars.next().is_some_and(start) && chars.all(continues)
}

/// Python's whitespace (`str.isspace`, `split()`, `strip()`): Unicode's
/// White_Space plus the ASCII separators U+001C..U+001F.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

fn char_index(s: &str, byte: usize) -> i64 {
    s[..byte].chars().count() as i64
}

pub fn call(vm: &Vm, this: &Rc<PyStr>, name: &str, args: Args) -> PyResult<Value> {
    let s = this.as_str();
    let a0 = args.pos.first();
    Ok(match name {
        "upper" => Value::string(s.to_uppercase()),
        "lower" => Value::string(s.to_lowercase()),
        "casefold" => Value::string(casing::casefold(s)),
        "swapcase" => Value::string(casing::swapcase(s)),
        "capitalize" => Value::string(casing::capitalize(s)),
        "title" => Value::string(casing::title(s)),
        "strip" | "lstrip" | "rstrip" => {
            let chars = opt_str(vm, a0, name)?;
            let pred = |c: char| match chars {
                Some(set) => set.contains(c),
                None => is_space(c),
            };
            Value::str(match name {
                "strip" => s.trim_matches(pred),
                "lstrip" => s.trim_start_matches(pred),
                _ => s.trim_end_matches(pred),
            })
        }
        "split" | "rsplit" => {
            if !args.kw.is_empty() {
                crate::modules::natives::check_keywords(vm, name, &["sep", "maxsplit"], &args)?;
            }
            let sep = match arg(&args, 0, "sep") {
                None | Some(Value::None) => None,
                Some(Value::Str(s)) => Some(s.as_str()),
                Some(other) => {
                    return Err(
                        vm.type_error(format!("must be str or None, not {}", vm.type_name(other)))
                    )
                }
            };
            let maxsplit = int_arg(vm, arg(&args, 1, "maxsplit"), -1)?;
            let parts = match sep {
                Some("") => 0,
                Some(p) => match single_byte(p) {
                    Some(b) => s.bytes().filter(|&c| c == b).count() + 1,
                    None => s.matches(p).count() + 1,
                },
                None => s.split_whitespace().count(),
            };
            vm.check_alloc(estimate::split(parts, s.len()))?;
            let parts = split(vm, s, sep, maxsplit, name == "rsplit")?;
            Value::list(parts.into_iter().map(Value::string).collect())
        }
        "splitlines" => {
            let keep = match arg(&args, 0, "keepends") {
                Some(v @ (Value::Int(_) | Value::Bool(_))) => vm.truthy(v)?,
                Some(other) => {
                    return Err(vm.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        vm.type_name(other)
                    )))
                }
                None => false,
            };
            vm.check_alloc(estimate::split(s.lines().count() + 1, s.len()))?;
            Value::list(splitlines(s, keep).into_iter().map(Value::string).collect())
        }
        "join" if a0.is_some_and(|v| vm.iter(v).is_err()) => {
            return Err(vm.type_error("can only join an iterable"))
        }
        "join" => {
            if args.pos.len() != 1 {
                return Err(vm.type_error(format!(
                    "str.join() takes exactly one argument ({} given)",
                    args.pos.len()
                )));
            }
            let items =
                vm.collect(a0.ok_or_else(|| {
                    vm.type_error("join() takes exactly one argument (0 given)")
                })?)?;
            let mut total = 0usize;
            for (i, it) in items.iter().enumerate() {
                match it {
                    Value::Str(p) => total += p.as_str().len(),
                    other => {
                        return Err(vm.type_error(format!(
                            "sequence item {}: expected str instance, {} found",
                            i,
                            vm.type_name(other)
                        )))
                    }
                }
            }
            vm.check_alloc(estimate::join_bytes(total, s.len(), items.len()))?;
            vm.tick_n(items.len() as u64 / 16)?;
            let mut out = String::with_capacity(total + s.len() * items.len());
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(s);
                }
                if let Value::Str(p) = it {
                    out.push_str(p.as_str());
                }
            }
            Value::string(out)
        }
        "replace" => {
            let old = arg_str(
                vm,
                a0.ok_or_else(|| vm.type_error("replace expected at least 2 arguments, got 0"))?,
                "replace 1",
            )?;
            let new = arg_str(
                vm,
                args.pos
                    .get(1)
                    .ok_or_else(|| vm.type_error("replace expected at least 2 arguments, got 1"))?,
                "replace 2",
            )?;
            let count = int_arg(vm, args.pos.get(2), -1)?;
            let occurrences = if old.is_empty() {
                this.char_len() + 1
            } else {
                s.matches(old).count()
            };
            let n = if count < 0 {
                occurrences
            } else {
                occurrences.min(count as usize)
            };
            vm.check_alloc(estimate::replace_bytes(s.len(), n, new.len()))?;
            if old.is_empty() {
                let mut out = String::new();
                let mut done = 0;
                for c in s.chars() {
                    if done < n {
                        out.push_str(new);
                        done += 1;
                    }
                    out.push(c);
                }
                if done < n {
                    out.push_str(new);
                }
                Value::string(out)
            } else {
                Value::string(s.replacen(old, new, n))
            }
        }
        "startswith" | "endswith" => {
            let (start, end) = span(vm, this, &args, 1)?;
            if start == usize::MAX {
                return Ok(Value::Bool(false));
            }
            let hay = &s[start..end];
            let test = |p: &str| {
                if name == "startswith" {
                    hay.starts_with(p)
                } else {
                    hay.ends_with(p)
                }
            };
            match a0 {
                Some(Value::Tuple(t)) => {
                    for p in t.iter() {
                        if test(arg_str(vm, p, name)?) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    Value::Bool(false)
                }
                Some(Value::Str(p)) => Value::Bool(test(p.as_str())),
                Some(other) => {
                    return Err(vm.type_error(format!(
                        "{} first arg must be str or a tuple of str, not {}",
                        name,
                        vm.type_name(other)
                    )))
                }
                None => {
                    return Err(
                        vm.type_error(format!("{}() takes at least 1 argument (0 given)", name))
                    )
                }
            }
        }
        "find" | "rfind" | "index" | "rindex" | "count" => {
            let sub = arg_str(
                vm,
                a0.ok_or_else(|| {
                    vm.type_error(format!("{}() takes at least 1 argument (0 given)", name))
                })?,
                name,
            )?;
            let (start, end) = span(vm, this, &args, 1)?;
            if start == usize::MAX {
                return match name {
                    "count" => Ok(Value::Int(0)),
                    "index" | "rindex" => Err(vm.value_error("substring not found")),
                    _ => Ok(Value::Int(-1)),
                };
            }
            let hay = &s[start..end];
            if name == "count" {
                let n = if sub.is_empty() {
                    hay.chars().count() + 1
                } else {
                    hay.matches(sub).count()
                };
                return Ok(Value::Int(n as i64));
            }
            let found = if name.starts_with('r') {
                hay.rfind(sub)
            } else {
                hay.find(sub)
            };
            match found {
                Some(b) => Value::Int(char_index(s, start + b)),
                None if name.ends_with("index") => {
                    return Err(vm.value_error("substring not found"))
                }
                None => Value::Int(-1),
            }
        }
        "partition" | "rpartition" => {
            let sep = arg_str(
                vm,
                a0.ok_or_else(|| {
                    vm.type_error(format!("{}() takes exactly one argument (0 given)", name))
                })?,
                name,
            )?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let found = if name == "partition" {
                s.find(sep)
            } else {
                s.rfind(sep)
            };
            let parts = match found {
                Some(i) => [&s[..i], sep, &s[i + sep.len()..]],
                None if name == "partition" => [s, "", ""],
                None => ["", "", s],
            };
            Value::tuple(parts.iter().map(|p| Value::str(p)).collect())
        }
        "center" | "ljust" | "rjust" => {
            let width = int_arg(vm, a0, 0)?;
            let fill = match args.pos.get(1) {
                Some(Value::Str(f)) if f.char_len() == 1 => {
                    f.as_str().chars().next().unwrap_or(' ')
                }
                Some(Value::Str(_)) => {
                    return Err(
                        vm.type_error("The fill character must be exactly one character long")
                    )
                }
                Some(other) => {
                    return Err(vm.type_error(format!(
                        "The fill character must be a unicode character, not {}",
                        vm.type_name(other)
                    )))
                }
                None => ' ',
            };
            let len = this.char_len() as i64;
            if width <= len {
                return Ok(Value::Str(this.clone()));
            }
            let pad = (width - len) as usize;
            vm.check_alloc(estimate::pad_bytes(s.len(), pad, fill.len_utf8()))?;
            let (left, right) = match name {
                "ljust" => (0, pad),
                "rjust" => (pad, 0),
                _ => {
                    let left = pad / 2 + (pad & width as usize & 1);
                    (left, pad - left)
                }
            };
            let mut out = String::new();
            out.extend(std::iter::repeat_n(fill, left));
            out.push_str(s);
            out.extend(std::iter::repeat_n(fill, right));
            Value::string(out)
        }
        "zfill" => {
            let width = int_arg(vm, a0, 0)?;
            let len = this.char_len() as i64;
            if width <= len {
                return Ok(Value::Str(this.clone()));
            }
            let pad = (width - len) as usize;
            vm.check_alloc(estimate::pad_bytes(s.len(), pad, 1))?;
            let (sign, rest) = match s.chars().next() {
                Some(c @ ('+' | '-')) => (c.to_string(), &s[1..]),
                _ => (String::new(), s),
            };
            Value::string(format!("{}{}{}", sign, "0".repeat(pad), rest))
        }
        "removeprefix" => {
            let p = arg_str(vm, a0.unwrap_or(Value::NONE), name)?;
            Value::str(s.strip_prefix(p).unwrap_or(s))
        }
        "removesuffix" => {
            let p = arg_str(vm, a0.unwrap_or(Value::NONE), name)?;
            Value::str(s.strip_suffix(p).unwrap_or(s))
        }
        "expandtabs" => {
            let size = int_arg(vm, arg(&args, 0, "tabsize"), 8)?.max(0) as usize;
            let mut out = String::new();
            let mut col = 0usize;
            for c in s.chars() {
                match c {
                    '\t' => {
                        if size > 0 {
                            let n = size - col % size;
                            vm.check_alloc(estimate::concat_bytes(out.len(), n))?;
                            out.push_str(&" ".repeat(n));
                            col += n;
                        }
                    }
                    '\n' | '\r' => {
                        out.push(c);
                        col = 0;
                    }
                    c => {
                        out.push(c);
                        col += 1;
                    }
                }
            }
            Value::string(out)
        }
        "isdecimal" => Value::Bool(!s.is_empty() && s.chars().all(is_decimal)),
        "isdigit" => {
            Value::Bool(!s.is_empty() && s.chars().all(|c| is_decimal(c) || is_other_digit(c)))
        }
        "isnumeric" => Value::Bool(!s.is_empty() && s.chars().all(is_numeric)),
        "isalpha" => Value::Bool(!s.is_empty() && s.chars().all(is_alpha)),
        "isalnum" => Value::Bool(
            !s.is_empty()
                && s.chars()
                    .all(|c| is_alpha(c) || is_decimal(c) || is_other_digit(c) || is_numeric(c)),
        ),
        "isspace" => Value::Bool(!s.is_empty() && s.chars().all(is_space)),
        "isascii" => Value::Bool(s.is_ascii()),
        "isupper" => Value::Bool(casing::isupper(s)),
        "islower" => Value::Bool(casing::islower(s)),
        "istitle" => Value::Bool(casing::istitle(s)),
        "isidentifier" => Value::Bool(is_identifier(s)),
        "isprintable" => Value::Bool(
            s.chars()
                .all(|c| c == ' ' || crate::eval::repr::is_printable(c)),
        ),
        "encode" => {
            let (encoding, errors) = crate::types::codecs::codec_args(vm, "encode", &args, 0)?;
            Value::bytes(crate::types::codecs::encode(vm, s, &encoding, &errors)?)
        }
        "format" => Value::string(crate::types::str_format::format(vm, s, &args)?),
        "format_map" => {
            let mapping = a0.cloned().unwrap_or(Value::None);
            let names = format_field_names(s);
            if names
                .iter()
                .any(|n| n.is_empty() || n.bytes().all(|b| b.is_ascii_digit()))
            {
                return Err(vm.value_error("Format string contains positional fields"));
            }
            let kw: Vec<(Rc<str>, Value)> = if let Value::Dict(_) = mapping {
                vm.mapping_items(&mapping)?
                    .into_iter()
                    .filter_map(|(k, v)| {
                        if let Value::Str(ref k) = k {
                            Some((Rc::from(k.as_str()), v))
                        } else {
                            None
                        }
                    })
                    .collect()
            } else {
                // Any object with __getitem__ serves (defaultdict's default too):
                // look up just the names the template uses.
                let mut kw = Vec::new();
                for n in names {
                    let v = vm.get_item(&mapping, &Value::string(n.clone()))?;
                    kw.push((Rc::from(n.as_str()), v));
                }
                kw
            };
            Value::string(crate::types::str_format::format(
                vm,
                s,
                &Args::with_kw(Vec::new(), kw),
            )?)
        }
        "maketrans" | "translate" => {
            return crate::types::str_format::translate(vm, this, name, &args)
        }
        _ => return Err(vm.raise("AttributeError", crate::errors::no_attribute("str", name))),
    })
}

/// The names of the replacement fields of a `str.format` template
/// (`"{a.b} {c[0]:{w}}"` gives a, c, w).
fn format_field_names(s: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '{' if chars.get(i + 1) == Some(&'{') => i += 2,
            '{' => {
                let start = i + 1;
                let mut j = start;
                while j < chars.len() && !".[!:}{".contains(chars[j]) {
                    j += 1;
                }
                let name: String = chars[start..j].iter().collect();
                if !names.contains(&name) {
                    names.push(name);
                }
                i = j;
            }
            _ => i += 1,
        }
    }
    names
}

/// First code point of every block of ten Unicode decimal digits (category Nd).
const DECIMAL_BLOCKS: &[u32] = &[
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// Digits that are not decimal (superscripts, circled digits...): `isdigit` but not `isdecimal`.
const OTHER_DIGITS: &[(u32, u32)] = &[
    (0xb2, 0xb3),
    (0xb9, 0xb9),
    (0x1369, 0x1371),
    (0x19da, 0x19da),
    (0x2070, 0x2070),
    (0x2074, 0x2079),
    (0x2080, 0x2089),
    (0x2460, 0x2468),
    (0x2474, 0x247c),
    (0x2488, 0x2490),
    (0x24ea, 0x24ea),
    (0x24f5, 0x24fd),
    (0x24ff, 0x24ff),
    (0x2776, 0x277e),
    (0x2780, 0x2788),
    (0x278a, 0x2792),
    (0x10a40, 0x10a43),
    (0x10e60, 0x10e68),
    (0x11052, 0x1105a),
    (0x1f100, 0x1f10a),
];

/// Ideographs with a numeric value (一, 万, 兆...): numeric to `str.isnumeric`
/// though not in a number category.
const NUMERIC_IDEOGRAPHS: &[u32] = &[
    0x3405, 0x3483, 0x382a, 0x3b4d, 0x4e00, 0x4e03, 0x4e07, 0x4e09, 0x4e5d, 0x4e8c, 0x4e94, 0x4e96,
    0x4ebf, 0x4ec0, 0x4edf, 0x4ee8, 0x4f0d, 0x4f70, 0x5104, 0x5146, 0x5169, 0x516b, 0x516d, 0x5341,
    0x5343, 0x5344, 0x5345, 0x534c, 0x53c1, 0x53c2, 0x53c3, 0x53c4, 0x56db, 0x58f1, 0x58f9, 0x5e7a,
    0x5efe, 0x5eff, 0x5f0c, 0x5f0d, 0x5f0e, 0x5f10, 0x62fe, 0x634c, 0x67d2, 0x6f06, 0x7396, 0x767e,
    0x8086, 0x842c, 0x8cae, 0x8cb3, 0x8d30, 0x9621, 0x9646, 0x964c, 0x9678, 0x96f6, 0xf96b, 0xf973,
    0xf978, 0xf9b2, 0xf9d1, 0xf9d3, 0xf9fd, 0x20001, 0x20064, 0x200e2, 0x20121, 0x2092a, 0x20983,
    0x2098c, 0x2099c, 0x20aea, 0x20afd, 0x20b19, 0x22390, 0x22998, 0x23b1b, 0x2626d, 0x2f890,
];

/// `str.isnumeric` for one character.
fn is_numeric(c: char) -> bool {
    c.is_numeric() || NUMERIC_IDEOGRAPHS.binary_search(&(c as u32)).is_ok()
}

/// `str.isalpha` for one character: the letter categories (Lu Ll Lt Lm Lo),
/// which leaves out letter numbers such as 'Ⅻ' and combining marks.
fn is_alpha(c: char) -> bool {
    use unicode_general_category::{get_general_category, GeneralCategory as G};
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    matches!(
        get_general_category(c),
        G::UppercaseLetter
            | G::LowercaseLetter
            | G::TitlecaseLetter
            | G::ModifierLetter
            | G::OtherLetter
    )
}

fn is_decimal(c: char) -> bool {
    decimal_value(c).is_some()
}

/// The value of a Unicode decimal digit (category Nd), any script.
pub fn decimal_value(c: char) -> Option<u32> {
    let n = c as u32;
    DECIMAL_BLOCKS
        .iter()
        .find(|&&start| (start..start + 10).contains(&n))
        .map(|&start| n - start)
}

/// Text with non-ASCII whitespace made ' ' and non-ASCII decimal digits
/// made ASCII, as `int()` and `float()` see their argument (ASCII stays).
pub fn ascii_digits_and_spaces(text: &str) -> String {
    text.chars()
        .map(|c| match decimal_value(c) {
            _ if c.is_ascii() => c,
            _ if c.is_whitespace() => ' ',
            Some(d) => char::from(b'0' + d as u8),
            None => c,
        })
        .collect()
}

fn is_other_digit(c: char) -> bool {
    let n = c as u32;
    OTHER_DIGITS.iter().any(|&(a, b)| (a..=b).contains(&n))
}

/// `str.split` / `str.rsplit` with CPython's whitespace and maxsplit rules.
pub fn split(
    vm: &Vm,
    s: &str,
    sep: Option<&str>,
    maxsplit: i64,
    from_right: bool,
) -> PyResult<Vec<String>> {
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    match sep {
        Some("") => Err(vm.value_error("empty separator")),
        Some(sep) => {
            let n = limit.saturating_add(1);
            let mut parts: Vec<String> = match (single_byte(sep), from_right) {
                (Some(b), false) => s.splitn(n, b as char).map(String::from).collect(),
                (Some(b), true) => s.rsplitn(n, b as char).map(String::from).collect(),
                (None, false) => s.splitn(n, sep).map(String::from).collect(),
                (None, true) => s.rsplitn(n, sep).map(String::from).collect(),
            };
            if from_right {
                parts.reverse();
            }
            Ok(parts)
        }
        None => {
            let mut parts = Vec::new();
            if from_right {
                let mut rest = s.trim_end_matches(is_space);
                while !rest.is_empty() {
                    if parts.len() == limit {
                        parts.push(rest.to_string());
                        break;
                    }
                    match rest.rfind(is_space) {
                        Some(i) => {
                            let ws_len = rest[i..].chars().next().map_or(1, |c| c.len_utf8());
                            parts.push(rest[i + ws_len..].to_string());
                            rest = rest[..i].trim_end_matches(is_space);
                        }
                        None => {
                            parts.push(rest.to_string());
                            break;
                        }
                    }
                }
                parts.reverse();
            } else {
                let mut rest = s.trim_start_matches(is_space);
                while !rest.is_empty() {
                    if parts.len() == limit {
                        parts.push(rest.to_string());
                        break;
                    }
                    match rest.find(is_space) {
                        Some(i) => {
                            parts.push(rest[..i].to_string());
                            rest = rest[i..].trim_start_matches(is_space);
                        }
                        None => {
                            parts.push(rest.to_string());
                            break;
                        }
                    }
                }
            }
            Ok(parts)
        }
    }
}

/// A one-byte ASCII separator, which splits by a byte search instead of a substring search.
fn single_byte(sep: &str) -> Option<u8> {
    match sep.as_bytes() {
        [b] if b.is_ascii() => Some(*b),
        _ => None,
    }
}

fn splitlines(s: &str, keep: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if is_break {
            let mut ending = c.to_string();
            if c == '\r' && chars.peek() == Some(&'\n') {
                chars.next();
                ending.push('\n');
            }
            if keep {
                cur.push_str(&ending);
            }
            out.push(std::mem::take(&mut cur));
        } else {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// `fmt % args` for str.
pub fn percent_format(vm: &Vm, fmt: &str, args: &Value) -> PyResult<Value> {
    crate::types::str_format::percent(vm, fmt, args).map(Value::string)
}
