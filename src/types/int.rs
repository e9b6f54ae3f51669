//! Methods and conversions of `int` (and `bool`): parsing with bases and
//! underscores, the 4300-digit str conversion limit, `to_bytes`/`from_bytes`.

use num_bigint::{BigInt, Sign};
use num_traits::{Num, Signed, ToPrimitive, Zero};

use crate::eval::{Args, PyResult, Vm};
use crate::limits::INT_MAX_STR_DIGITS;
use crate::types::str::arg;
use crate::value::Value;

pub const METHODS: &[&str] = &[
    "as_integer_ratio",
    "bit_count",
    "bit_length",
    "conjugate",
    "from_bytes",
    "to_bytes",
];

pub fn to_big(v: &Value) -> BigInt {
    crate::eval::ops::to_big(v)
}

/// Decimal text of a big int, refusing more than 4300 digits as CPython does.
pub fn to_decimal(vm: &Vm, b: &BigInt) -> PyResult<String> {
    let too_long = || {
        vm.value_error(format!(
            "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
            INT_MAX_STR_DIGITS
        ))
    };
    // (bits - 1) * log10(2) bounds the digit count from below: refuse huge
    // values before converting, then count the digits exactly.
    if (b.bits().saturating_sub(1) as f64 * std::f64::consts::LOG10_2) as usize
        >= INT_MAX_STR_DIGITS
    {
        return Err(too_long());
    }
    let text = b.to_string();
    if text.trim_start_matches('-').len() > INT_MAX_STR_DIGITS {
        return Err(too_long());
    }
    Ok(text)
}

/// `int(text, base)`.
pub fn parse(vm: &Vm, text: &str, base: u32) -> PyResult<Value> {
    if base == 10 {
        if let Some(n) = plain_decimal(text) {
            return Ok(Value::Int(n));
        }
    }
    let err = || {
        vm.value_error(crate::errors::invalid_int_literal(
            base,
            &crate::eval::repr::str_repr(text),
        ))
    };
    let ascii = crate::types::str::ascii_digits_and_spaces(text);
    let t = ascii.trim();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let mut base = base;
    let lower = t.to_ascii_lowercase();
    let mut digits = lower.as_str();
    for (prefix, b) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if (base == b || base == 0) && digits.starts_with(prefix) {
            digits = &digits[2..];
            digits = digits.strip_prefix('_').unwrap_or(digits);
            base = b;
        }
    }
    if base == 0 {
        if digits.len() > 1
            && digits.starts_with('0')
            && digits.chars().any(|c| c != '0' && c != '_')
        {
            return Err(err());
        }
        base = 10;
    }
    if digits.is_empty()
        || digits.starts_with(['+', '-'])
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return Err(err());
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if base == 10 && clean.len() > INT_MAX_STR_DIGITS {
        return Err(vm.value_error(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            INT_MAX_STR_DIGITS,
            clean.len()
        )));
    }
    let clean: String = clean
        .chars()
        .map(|c| {
            c.to_digit(10)
                .map_or(c, |d| char::from_digit(d, 10).unwrap_or(c))
        })
        .collect();
    match BigInt::from_str_radix(&clean, base) {
        Ok(b) => Ok(Value::from_bigint(if neg { -b } else { b })),
        Err(_) => Err(err()),
    }
}

/// The common case of `int(text)`: ASCII digits with an optional sign and
/// ASCII spaces around, short enough for an i64. Everything else (Unicode
/// digits, underscores, errors) takes the general path.
fn plain_decimal(text: &str) -> Option<i64> {
    let t = text.trim_matches(|c: char| c.is_ascii_whitespace());
    let digits = t.strip_prefix(['-', '+']).unwrap_or(t);
    if digits.is_empty() || digits.len() > 18 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: i64 = digits.parse().ok()?;
    Some(if t.starts_with('-') { -n } else { n })
}

pub fn call(vm: &Vm, this: &Value, name: &str, args: Args) -> PyResult<Value> {
    let b = to_big(this);
    match name {
        "bit_length" => Ok(Value::Int(b.bits() as i64)),
        "bit_count" => Ok(Value::Int(b.magnitude().count_ones() as i64)),
        "conjugate" => Ok(Value::from_bigint(b)),
        "as_integer_ratio" => Ok(Value::tuple(vec![Value::from_bigint(b), Value::Int(1)])),
        "to_bytes" => {
            let sig = crate::modules::natives::CSig {
                name: "to_bytes",
                params: &["length", "byteorder", "signed"],
                required: 0,
                positional: 2,
            };
            let mut bound = crate::modules::natives::bind_c(vm, &sig, args)?.into_iter();
            let (length, byteorder, signed) = (
                bound.next().flatten(),
                bound.next().flatten(),
                bound.next().flatten(),
            );
            let length = match &length {
                Some(Value::Int(n)) if *n >= 0 => *n as usize,
                None => 1,
                _ => return Err(vm.value_error("length argument must be non-negative")),
            };
            vm.check_alloc(crate::limits::estimate::raw_bytes(length as u64))?;
            let big_endian = match &byteorder {
                Some(Value::Str(s)) if s.as_str() == "little" => false,
                Some(Value::Str(s)) if s.as_str() == "big" => true,
                None => true,
                _ => return Err(vm.value_error("byteorder must be either 'little' or 'big'")),
            };
            let signed = match &signed {
                Some(v) => vm.truthy(v)?,
                None => false,
            };
            if b.is_negative() && !signed {
                return Err(vm.raise("OverflowError", "can't convert negative int to unsigned"));
            }
            let mut bytes = if signed {
                b.to_signed_bytes_le()
            } else {
                b.to_bytes_le().1
            };
            if b.is_zero() {
                bytes.clear();
            }
            if bytes.len() > length {
                return Err(vm.raise("OverflowError", "int too big to convert"));
            }
            let fill = if b.is_negative() { 0xff } else { 0 };
            bytes.resize(length, fill);
            if big_endian {
                bytes.reverse();
            }
            Ok(Value::Bytes(std::rc::Rc::new(bytes)))
        }
        "from_bytes" => from_bytes(vm, &args),
        _ => Err(vm.raise(
            "AttributeError",
            crate::errors::no_attribute(&vm.type_name(this), name),
        )),
    }
}

pub fn from_bytes(vm: &Vm, args: &Args) -> PyResult<Value> {
    let data: Vec<u8> = match arg(args, 0, "bytes") {
        Some(Value::Bytes(b)) => b.as_ref().clone(),
        Some(other @ Value::Str(_)) => {
            return Err(vm.type_error(format!(
                "cannot convert '{}' object to bytes",
                vm.type_name(other)
            )))
        }
        Some(other) => {
            let mut out = Vec::new();
            for v in vm.collect(other)? {
                match v {
                    Value::Int(i) if (0..256).contains(&i) => out.push(i as u8),
                    Value::Bool(b) => out.push(b as u8),
                    Value::Int(_) | Value::BigInt(_) => {
                        return Err(vm.value_error("bytes must be in range(0, 256)"))
                    }
                    v => {
                        return Err(vm.type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            vm.type_name(&v)
                        )))
                    }
                }
            }
            out
        }
        None => return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)")),
    };
    let big_endian = match arg(args, 1, "byteorder") {
        None => true,
        Some(Value::Str(s)) if s.as_str() == "big" => true,
        Some(Value::Str(s)) if s.as_str() == "little" => false,
        Some(Value::Str(_)) => {
            return Err(vm.value_error("byteorder must be either 'little' or 'big'"))
        }
        Some(other) => {
            return Err(vm.type_error(format!(
                "from_bytes() argument 'byteorder' must be str, not {}",
                vm.type_name(other)
            )))
        }
    };
    let signed = match args.kw.iter().find(|(k, _)| k.as_ref() == "signed") {
        Some((_, v)) => vm.truthy(v)?,
        None => false,
    };
    let b = match (big_endian, signed) {
        (true, true) => BigInt::from_signed_bytes_be(&data),
        (false, true) => BigInt::from_signed_bytes_le(&data),
        (true, false) => BigInt::from_bytes_be(Sign::Plus, &data),
        (false, false) => BigInt::from_bytes_le(Sign::Plus, &data),
    };
    Ok(Value::from_bigint(b))
}

pub fn data_attr(v: &Value, name: &str) -> Option<Value> {
    match name {
        "real" | "numerator" => Some(Value::from_bigint(to_big(v))),
        "imag" => Some(Value::Int(0)),
        "denominator" => Some(Value::Int(1)),
        _ => None,
    }
}

pub fn to_i64_checked(vm: &Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(b) => b.to_i64().ok_or_else(|| {
            vm.raise(
                "OverflowError",
                "Python int too large to convert to C ssize_t",
            )
        }),
        other => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(other)
        ))),
    }
}
