//! Methods and conversions of `float`: parsing, `is_integer`, ratios, hex.

use num_bigint::BigInt;
use num_traits::{FromPrimitive, Zero};

use crate::eval::{Args, PyResult, Vm};
use crate::value::Value;

pub const METHODS: &[&str] = &[
    "as_integer_ratio",
    "conjugate",
    "fromhex",
    "hex",
    "is_integer",
];

/// `float(text)`: Python's accepted spellings, including inf/nan and underscores.
pub fn parse(vm: &Vm, text: &str) -> PyResult<f64> {
    // The common case: ASCII digits, point, exponent and signs, which
    // Rust's parser reads by Python's grammar; anything else (spaces,
    // underscores, Unicode digits, inf/nan, errors) takes the general path.
    if !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
    {
        if let Ok(f) = text.parse::<f64>() {
            return Ok(f);
        }
    }
    let ascii = crate::types::str::ascii_digits_and_spaces(text);
    let t = ascii.trim();
    let err = || {
        vm.value_error(crate::errors::invalid_float(&crate::eval::repr::str_repr(
            text,
        )))
    };
    let lower = t.to_ascii_lowercase();
    let (sign, body) = match lower.strip_prefix('-') {
        Some(r) => (-1.0, r),
        None => (1.0, lower.strip_prefix('+').unwrap_or(&lower)),
    };
    match body {
        "inf" | "infinity" => return Ok(sign * f64::INFINITY),
        "nan" => return Ok(f64::NAN),
        _ => {}
    }
    if body.is_empty()
        || body.starts_with(['+', '-'])
        || body.starts_with('_')
        || body.ends_with('_')
        || body.contains("__")
        || body.contains("_.")
        || body.contains("._")
    {
        return Err(err());
    }
    if !body
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-' | '_'))
    {
        return Err(err());
    }
    let clean: String = body.chars().filter(|&c| c != '_').collect();
    clean.parse::<f64>().map(|f| sign * f).map_err(|_| err())
}

pub fn call(vm: &Vm, x: f64, name: &str, _args: Args) -> PyResult<Value> {
    match name {
        "is_integer" => Ok(Value::Bool(x.is_finite() && x.fract() == 0.0)),
        "conjugate" => Ok(Value::Float(x)),
        "as_integer_ratio" => {
            if x.is_infinite() {
                return Err(vm.raise("OverflowError", "cannot convert Infinity to integer ratio"));
            }
            if x.is_nan() {
                return Err(vm.value_error("cannot convert NaN to integer ratio"));
            }
            let (n, d) = ratio(x);
            Ok(Value::tuple(vec![
                Value::from_bigint(n),
                Value::from_bigint(d),
            ]))
        }
        "hex" => Ok(Value::string(hex(x))),
        _ => Err(vm.raise("AttributeError", crate::errors::no_attribute("float", name))),
    }
}

/// Exact numerator and denominator of a finite float.
pub fn ratio(x: f64) -> (BigInt, BigInt) {
    if x == 0.0 {
        return (BigInt::zero(), BigInt::from(1));
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 {
        (bits & ((1 << 52) - 1)) << 1
    } else {
        (bits & ((1 << 52) - 1)) | (1 << 52)
    };
    let mut e = exp - 1075;
    let mut m = BigInt::from(mant);
    let tz = mant.trailing_zeros() as i64;
    let shift = if e < 0 { tz.min(-e) } else { 0 };
    m >>= shift as usize;
    e += shift;
    let sign = if x < 0.0 { -1 } else { 1 };
    if e >= 0 {
        (m * sign << e as usize, BigInt::from(1))
    } else {
        (m * sign, BigInt::from(1) << (-e) as usize)
    }
}

fn hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{}0x0.0p+0", sign);
    }
    let bits = x.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    let digits = format!("{:013x}", mant);
    format!(
        "{}0x{}.{}p{}{}",
        sign,
        lead,
        digits,
        if e >= 0 { "+" } else { "" },
        e
    )
}

pub fn data_attr(x: f64, name: &str) -> Option<Value> {
    match name {
        "real" => Some(Value::Float(x)),
        "imag" => Some(Value::Float(0.0)),
        _ => None,
    }
}

/// `int(x)` for a float: truncation toward zero, exact for large values.
pub fn to_int(vm: &Vm, x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(vm.raise("OverflowError", "cannot convert float infinity to integer"));
    }
    let t = x.trunc();
    if t.abs() < 9.0e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(Value::from_bigint(BigInt::from_f64(t).unwrap_or_default()))
}

/// `float.fromhex(text)`: exact parsing with round-half-even to the nearest
/// double (subnormals included), as CPython does.
pub fn fromhex(vm: &Vm, text: &str) -> PyResult<f64> {
    let invalid = || vm.value_error("invalid hexadecimal floating-point string");
    let t = text.trim_matches(|c: char| c.is_ascii_whitespace());
    let (negative, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let sign = if negative { -1.0 } else { 1.0 };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(sign * f64::INFINITY);
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let digits_part = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mantissa, exponent) = match digits_part.find('p') {
        Some(i) => (&digits_part[..i], Some(&digits_part[i + 1..])),
        None => (digits_part, None),
    };
    let (int_digits, frac_digits) = match mantissa.find('.') {
        Some(i) => (&mantissa[..i], &mantissa[i + 1..]),
        None => (mantissa, ""),
    };
    let is_hex = |s: &str| s.bytes().all(|b| b.is_ascii_hexdigit());
    if int_digits.len() + frac_digits.len() == 0 || !is_hex(int_digits) || !is_hex(frac_digits) {
        return Err(invalid());
    }
    let exp: i64 = match exponent {
        None => 0,
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(invalid());
            }
            // Beyond this the value is 0 or an overflow whatever the digits.
            let clipped: i64 = if digits.len() > 12 {
                1_000_000_000_000
            } else {
                digits.parse().map_err(|_| invalid())?
            };
            if e.starts_with('-') {
                -clipped
            } else {
                clipped
            }
        }
    };
    let all: String = format!("{}{}", int_digits, frac_digits);
    let m = BigInt::parse_bytes(all.as_bytes(), 16).unwrap_or_default();
    if m.is_zero() {
        return Ok(sign * 0.0);
    }
    let e = exp - 4 * frac_digits.len() as i64;
    let bits = m.bits() as i64;
    let top = bits + e; // value is in [2^(top-1), 2^top)
    let overflow = || {
        vm.raise(
            "OverflowError",
            "hexadecimal value too large to represent as a float",
        )
    };
    if top > 1024 {
        return Err(overflow());
    }
    if top < -1080 {
        return Ok(sign * 0.0);
    }
    let lsb = (top - 53).max(-1074);
    let shift = e - lsb;
    let q: BigInt = if shift >= 0 {
        m << (shift as usize)
    } else {
        let s = (-shift) as usize;
        let floor: BigInt = &m >> s;
        let rem: BigInt = &m - (&floor << s);
        let half: BigInt = BigInt::from(1) << (s - 1);
        if rem > half || (rem == half && (&floor & BigInt::from(1)) == BigInt::from(1)) {
            floor + 1
        } else {
            floor
        }
    };
    let q = num_traits::ToPrimitive::to_u64(&q).unwrap_or(u64::MAX) as f64;
    let mut v = q;
    let mut k = lsb;
    while k > 0 {
        let step = k.min(1000);
        v *= 2f64.powi(step as i32);
        k -= step;
    }
    while k < 0 {
        let step = (-k).min(1000);
        v *= 2f64.powi(-(step as i32));
        k += step;
    }
    if v.is_infinite() {
        return Err(overflow());
    }
    Ok(sign * v)
}
