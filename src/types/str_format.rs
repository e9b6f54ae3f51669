//! `str.format`, `%`-formatting and `str.translate`/`str.maketrans`.
//!
//! Field paths in format strings (`{0.attr[key]}`) go through the ordinary
//! attribute and item access, so they obey the same sandbox rules.

use num_bigint::BigInt;
use std::rc::Rc;

use crate::eval::{Args, PyResult, Unwind, Vm};
use crate::types::format::{self as fmt, PercentFlags};
use crate::value::{DictObj, PyStr, Value};

/// `template.format(*args, **kwargs)`.
pub fn format(vm: &Vm, template: &str, args: &Args) -> PyResult<String> {
    let mut auto = AutoNumber::Unused;
    render(vm, template, args, &mut auto, 0)
}

enum AutoNumber {
    Unused,
    Auto(usize),
    Manual,
}

fn render(
    vm: &Vm,
    template: &str,
    args: &Args,
    auto: &mut AutoNumber,
    depth: usize,
) -> PyResult<String> {
    // CPython allows one level of nested fields inside a format spec.
    if depth > 1 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let mut out = String::new();
    let chars: Vec<char> = template.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            let mut level = 1;
            let mut j = i + 1;
            // In the field name, `[...]` may hold any character, braces included.
            let mut in_name = true;
            while j < chars.len() {
                match chars[j] {
                    '[' if in_name => {
                        while j < chars.len() && chars[j] != ']' {
                            j += 1;
                        }
                        if j >= chars.len() {
                            break;
                        }
                    }
                    ':' | '!' => in_name = false,
                    '{' => level += 1,
                    '}' => {
                        level -= 1;
                        if level == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(vm.value_error(if i + 1 == chars.len() {
                    "Single '{' encountered in format string"
                } else if level > 1 {
                    "unmatched '{' in format spec"
                } else {
                    "expected '}' before end of string"
                }));
            }
            let field: String = chars[i + 1..j].iter().collect();
            out.push_str(&render_field(vm, &field, args, auto, depth)?);
            vm.check_alloc(crate::limits::estimate::text_so_far(out.len()))?;
            i = j + 1;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

fn render_field(
    vm: &Vm,
    field: &str,
    args: &Args,
    auto: &mut AutoNumber,
    depth: usize,
) -> PyResult<String> {
    // Split off ":spec" and "!conv" outside brackets.
    let mut name_end = field.len();
    let mut bracket = false;
    for (idx, ch) in field.char_indices() {
        match ch {
            '[' => bracket = true,
            ']' => bracket = false,
            ':' | '!' if !bracket => {
                name_end = idx;
                break;
            }
            _ => {}
        }
    }
    let name = &field[..name_end];
    let rest = &field[name_end..];
    let (conv, spec) = if let Some(r) = rest.strip_prefix('!') {
        // CPython takes the character after '!' as the conversion whatever it
        // is, so `{0!}` swallows the closing brace.
        let mut chars = r.chars();
        let Some(conv) = chars.next() else {
            return Err(vm.value_error("unmatched '{' in format spec"));
        };
        let after = chars.as_str();
        let spec = match after.strip_prefix(':') {
            Some(spec) => spec,
            None if after.is_empty() => "",
            None => return Err(vm.value_error("expected ':' after conversion specifier")),
        };
        (Some(conv), spec)
    } else {
        (None, rest.strip_prefix(':').unwrap_or(""))
    };
    let value = resolve_field(vm, name, args, auto)?;
    let spec = if spec.contains('{') {
        render(vm, spec, args, auto, depth + 1)?
    } else {
        spec.to_string()
    };
    let value = match conv {
        None => value,
        Some('r') => Value::string(vm.repr(&value)?),
        Some('s') => Value::string(vm.to_str(&value)?),
        Some('a') => Value::string(crate::builtins::ascii_escape(&vm.repr(&value)?)),
        Some(c) => return Err(vm.value_error(format!("Unknown conversion specifier {}", c))),
    };
    vm.format_value(&value, &spec)
}

fn resolve_field(vm: &Vm, name: &str, args: &Args, auto: &mut AutoNumber) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let head = &name[..first_end];
    let mut value = if head.is_empty() {
        let n =
            match auto {
                AutoNumber::Manual => return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                )),
                AutoNumber::Unused => 0,
                AutoNumber::Auto(n) => *n,
            };
        *auto = AutoNumber::Auto(n + 1);
        positional(vm, args, n)?
    } else if let Ok(n) = head.parse::<usize>() {
        if let AutoNumber::Auto(_) = auto {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        *auto = AutoNumber::Manual;
        positional(vm, args, n)?
    } else {
        match args.kw.iter().find(|(k, _)| k.as_ref() == head) {
            Some((_, v)) => v.clone(),
            None => {
                return Err(Unwind::raise(vm.new_exception(
                    &vm.types.exception("KeyError"),
                    vec![Value::str(head)],
                )))
            }
        }
    };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = &r[..end];
            if attr.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            value = vm.get_attr(&value, attr)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Err(vm.value_error("Missing ']' in format string"));
            };
            let key = &r[..end];
            let k = match key.parse::<i64>() {
                Ok(i) => Value::Int(i),
                Err(_) => Value::str(key),
            };
            value = vm.get_item(&value, &k)?;
            rest = &r[end + 1..];
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(value)
}

fn positional(vm: &Vm, args: &Args, n: usize) -> PyResult<Value> {
    args.pos.get(n).cloned().ok_or_else(|| {
        vm.raise(
            "IndexError",
            format!(
                "Replacement index {} out of range for positional args tuple",
                n
            ),
        )
    })
}

/// `fmt % values`.
pub fn percent(vm: &Vm, template: &str, values: &Value) -> PyResult<String> {
    let (items, mapping): (Vec<Value>, Option<&Value>) = match values {
        Value::Tuple(t) => (t.as_ref().clone(), None),
        // Anything subscriptable but a tuple or str serves `%(key)s`, as
        // CPython's PyMapping_Check (so `'' % [1]` is not an error).
        Value::Dict(_) | Value::List(_) | Value::Bytes(_) | Value::Range(_) => {
            (vec![values.clone()], Some(values))
        }
        Value::Native(n) if n.as_dict().is_some() => (vec![values.clone()], Some(values)),
        Value::Instance(_) if vm.special_method(values, "__getitem__").is_some() => {
            (vec![values.clone()], Some(values))
        }
        other => (vec![other.clone()], None),
    };
    let mut next = 0usize;
    // After a `%(key)` directive the arguments are used up for unkeyed ones.
    let mut keyed = false;
    let mut out = String::new();
    let chars: Vec<char> = template.chars().collect();
    let mut i = 0;
    let limit = vm.limits.max_memory_bytes;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        let directive_start = i;
        let mut key: Option<String> = None;
        if chars.get(i) == Some(&'(') {
            let mut depth = 1;
            let mut j = i + 1;
            while j < chars.len() && depth > 0 {
                match chars[j] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            key = Some(chars[i + 1..j - 1].iter().collect());
            i = j;
        }
        let mut flags = PercentFlags {
            left: false,
            plus: false,
            space: false,
            alternate: false,
            zero: false,
            width: 0,
            precision: None,
        };
        while let Some(&f) = chars.get(i) {
            match f {
                '-' => flags.left = true,
                '+' => flags.plus = true,
                ' ' => flags.space = true,
                '#' => flags.alternate = true,
                '0' => flags.zero = true,
                _ => break,
            }
            i += 1;
        }
        let mut take_arg = |vm: &Vm| -> PyResult<Value> {
            if let (Some(k), Some(m)) = (&key, mapping) {
                keyed = true;
                return vm.get_item(m, &Value::str(k));
            }
            if key.is_some() {
                return Err(vm.type_error("format requires a mapping"));
            }
            if keyed {
                return Err(vm.type_error("not enough arguments for format string"));
            }
            let v = items
                .get(next)
                .cloned()
                .ok_or_else(|| vm.type_error("not enough arguments for format string"))?;
            next += 1;
            Ok(v)
        };
        let number = |i: &mut usize,
                      vm: &Vm,
                      take: &mut dyn FnMut(&Vm) -> PyResult<Value>|
         -> PyResult<Option<usize>> {
            if chars.get(*i) == Some(&'*') {
                *i += 1;
                return match take(vm)? {
                    Value::Int(n) => Ok(Some(n.max(0) as usize)),
                    _ => Err(vm.type_error("* wants int")),
                };
            }
            let start = *i;
            while chars.get(*i).is_some_and(|c| c.is_ascii_digit()) {
                *i += 1;
            }
            if *i == start {
                return Ok(None);
            }
            let s: String = chars[start..*i].iter().collect();
            Ok(Some(s.parse().unwrap_or(usize::MAX)))
        };
        flags.width = number(&mut i, vm, &mut take_arg)?.unwrap_or(0);
        if chars.get(i) == Some(&'.') {
            i += 1;
            flags.precision = Some(number(&mut i, vm, &mut take_arg)?.unwrap_or(0));
        }
        while matches!(chars.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&conv) = chars.get(i) else {
            return Err(vm.value_error("incomplete format"));
        };
        i += 1;
        if flags.width > limit || flags.precision.unwrap_or(0) > limit {
            return Err(Unwind::limit(crate::limits::LimitError::memory(
                flags.width,
                crate::value::live_bytes(),
                limit,
            )));
        }
        let piece = match conv {
            // `%%` only: a `%` conversion after flags, width or precision is an error.
            '%' if i - 1 == directive_start => "%".to_string(),
            's' | 'r' | 'a' => {
                let v = take_arg(vm)?;
                let mut s = match conv {
                    's' => vm.to_str(&v)?,
                    'r' => vm.repr(&v)?,
                    _ => crate::builtins::ascii_escape(&vm.repr(&v)?),
                };
                if let Some(p) = flags.precision {
                    s = s.chars().take(p).collect();
                }
                pad(&s, &flags)
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let v = take_arg(vm)?;
                let b = match &v {
                    Value::Int(n) => BigInt::from(*n),
                    Value::Bool(x) => BigInt::from(*x as i64),
                    Value::BigInt(b) => (**b).clone(),
                    Value::Float(f) if matches!(conv, 'd' | 'i' | 'u') => {
                        if f.is_nan() {
                            return Err(vm.value_error("cannot convert float NaN to integer"));
                        }
                        if f.is_infinite() {
                            return Err(vm.raise(
                                "OverflowError",
                                "cannot convert float infinity to integer",
                            ));
                        }
                        num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or_default()
                    }
                    // Objects with `__index__` (int enum members).
                    Value::Instance(_) if vm.special_method(&v, "__index__").is_some() => {
                        let index = vm.special_method(&v, "__index__");
                        match index
                            .map(|m| vm.call(&m, Args::default()))
                            .transpose()?
                            .as_ref()
                        {
                            Some(Value::Int(n)) => BigInt::from(*n),
                            Some(Value::BigInt(b)) => (**b).clone(),
                            _ => return Err(vm.type_error("__index__ returned non-int")),
                        }
                    }
                    other => {
                        let what = if matches!(conv, 'd' | 'i' | 'u') {
                            "a real number"
                        } else {
                            "an integer"
                        };
                        return Err(vm.type_error(format!(
                            "%{} format: {} is required, not {}",
                            conv,
                            what,
                            vm.type_name(other)
                        )));
                    }
                };
                fmt::percent_int(&b, &flags, conv, limit).map_err(|e| vm.value_error(e))?
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let v = take_arg(vm)?;
                let x = match &v {
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) => {
                        vm.to_f64(&v)?
                    }
                    other => {
                        return Err(vm.type_error(format!(
                            "must be real number, not {}",
                            vm.type_name(other)
                        )))
                    }
                };
                fmt::percent_float(x, &flags, conv, limit).map_err(|e| vm.value_error(e))?
            }
            'c' => {
                let v = take_arg(vm)?;
                let s = match &v {
                    Value::Bool(b) => String::from(char::from(*b as u8)),
                    Value::Int(n) if (0..0x110000).contains(n) => {
                        char::from_u32(*n as u32).map(String::from).ok_or_else(|| {
                            vm.raise("OverflowError", "%c arg not in range(0x110000)")
                        })?
                    }
                    Value::Int(_) | Value::BigInt(_) => {
                        return Err(vm.raise("OverflowError", "%c arg not in range(0x110000)"))
                    }
                    Value::Str(s) if s.char_len() == 1 => s.as_str().to_string(),
                    _ => return Err(vm.type_error("%c requires int or char")),
                };
                pad(&s, &flags)
            }
            other => {
                return Err(vm.value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    other,
                    other as u32,
                    i - 1
                )))
            }
        };
        out.push_str(&piece);
        vm.check_alloc(crate::limits::estimate::text_so_far(out.len()))?;
    }
    if mapping.is_none() && next < items.len() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

fn pad(s: &str, flags: &PercentFlags) -> String {
    let n = s.chars().count();
    if n >= flags.width {
        return s.to_string();
    }
    let fill = " ".repeat(flags.width - n);
    if flags.left {
        format!("{}{}", s, fill)
    } else {
        format!("{}{}", fill, s)
    }
}

/// `str.maketrans(...)` (called on the class or an instance) and `s.translate(table)`.
pub fn translate(vm: &Vm, this: &Rc<PyStr>, name: &str, args: &Args) -> PyResult<Value> {
    if name == "maketrans" {
        return maketrans(vm, &args.pos);
    }
    let table = args.pos.first().cloned().unwrap_or(Value::None);
    let mut out = String::new();
    for c in this.as_str().chars() {
        match vm.get_item(&table, &Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(Value::Str(ref s)) => out.push_str(s.as_str()),
            Ok(Value::Int(n)) => out.push(char::from_u32(n as u32).unwrap_or(c)),
            Ok(other) => {
                return Err(vm.type_error(format!(
                    "character mapping must return integer, None or str, not {}",
                    vm.type_name(&other)
                )))
            }
            Err(e) if vm.caught(&e, "LookupError") => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(Value::string(out))
}

pub fn maketrans(vm: &Vm, pos: &[Value]) -> PyResult<Value> {
    let mut d = DictObj::new();
    match pos {
        [Value::Dict(m)] => {
            for (k, v) in m.borrow().items() {
                let key =
                    match &k {
                        Value::Str(s) if s.char_len() == 1 => {
                            Value::Int(s.as_str().chars().next().map_or(0, |c| c as i64))
                        }
                        Value::Int(_) => k.clone(),
                        Value::Str(_) => {
                            return Err(vm
                                .value_error("string keys in translate table must be of length 1"))
                        }
                        _ => {
                            return Err(vm
                                .type_error("keys in translate table must be strings or integers"))
                        }
                    };
                vm.dict_set(&mut d, key, v)?;
            }
        }
        [Value::Str(a), Value::Str(b), rest @ ..] => {
            if a.char_len() != b.char_len() {
                return Err(
                    vm.value_error("the first two maketrans arguments must have equal length")
                );
            }
            for (x, y) in a.as_str().chars().zip(b.as_str().chars()) {
                vm.dict_set(&mut d, Value::Int(x as i64), Value::Int(y as i64))?;
            }
            if let Some(Value::Str(z)) = rest.first() {
                for x in z.as_str().chars() {
                    vm.dict_set(&mut d, Value::Int(x as i64), Value::None)?;
                }
            }
        }
        [_] => {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            )
        }
        _ => {
            for (i, v) in pos.iter().enumerate().skip(1) {
                if !matches!(v, Value::Str(_)) {
                    return Err(vm.type_error(format!(
                        "maketrans() argument {} must be str, not {}",
                        i + 1,
                        vm.type_name(v)
                    )));
                }
            }
            return Err(vm.type_error(format!(
                "maketrans() argument 2 must be str, not {}",
                vm.type_name(&pos[1])
            )));
        }
    }
    Ok(Value::dict(d))
}
