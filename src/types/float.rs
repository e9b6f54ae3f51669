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
