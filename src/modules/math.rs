//! `math`: CPython's functions and constants, with its domain and range errors.
//! Also supplies the bare `sqrt`, `floor`, ... builtins smolagents offers.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::collections::HashMap;
use std::rc::Rc;

use crate::builtins::arity;
use crate::eval::ops::to_big;
use crate::eval::{Args, PyResult, Vm};
use crate::value::{BuiltinFn, Value};

macro_rules! float_fn {
    ($static:ident, $name:literal, $body:expr) => {
        pub static $static: BuiltinFn = BuiltinFn {
            name: $name,
            call: |vm: &Vm, args: Args| {
                arity(vm, $name, &args, 1, 1)?;
                let x = real(vm, &args.pos[0])?;
                let f: fn(f64) -> f64 = $body;
                checked(vm, x, f(x))
            },
        };
    };
}

float_fn!(SQRT, "sqrt", f64::sqrt);
float_fn!(EXP, "exp", f64::exp);
float_fn!(EXPM1, "expm1", f64::exp_m1);
float_fn!(CBRT, "cbrt", f64::cbrt);
float_fn!(EXP2, "exp2", f64::exp2);
float_fn!(ULP, "ulp", ulp);
float_fn!(LOG1P, "log1p", f64::ln_1p);
float_fn!(SIN, "sin", f64::sin);
float_fn!(COS, "cos", f64::cos);
float_fn!(TAN, "tan", f64::tan);
float_fn!(ASIN, "asin", f64::asin);
float_fn!(ACOS, "acos", f64::acos);
float_fn!(ATAN, "atan", f64::atan);
float_fn!(SINH, "sinh", f64::sinh);
float_fn!(COSH, "cosh", f64::cosh);
float_fn!(TANH, "tanh", f64::tanh);
float_fn!(ASINH, "asinh", f64::asinh);
float_fn!(ACOSH, "acosh", f64::acosh);
float_fn!(ATANH, "atanh", |x| if x.abs() >= 1.0 {
    f64::NAN
} else {
    x.atanh()
});
float_fn!(FABS, "fabs", f64::abs);
float_fn!(DEGREES, "degrees", f64::to_degrees);
float_fn!(RADIANS, "radians", f64::to_radians);
float_fn!(ERF, "erf", erf);
float_fn!(ERFC, "erfc", |x| 1.0 - erf(x));
float_fn!(GAMMA, "gamma", gamma);
float_fn!(LGAMMA, "lgamma", |x| gamma(x).abs().ln());

pub static LOG: BuiltinFn = BuiltinFn {
    name: "log",
    call: log,
};
pub static LOG2: BuiltinFn = BuiltinFn {
    name: "log2",
    call: |vm, args| {
        arity(vm, "log2", &args, 1, 1)?;
        log_helper(vm, &args.pos[0], f64::log2).map(Value::Float)
    },
};
pub static LOG10: BuiltinFn = BuiltinFn {
    name: "log10",
    call: |vm, args| {
        arity(vm, "log10", &args, 1, 1)?;
        log_helper(vm, &args.pos[0], f64::log10).map(Value::Float)
    },
};
pub static NEXTAFTER: BuiltinFn = BuiltinFn {
    name: "nextafter",
    call: |vm, args| {
        arity(vm, "nextafter", &args, 2, 2)?;
        let (x, y) = (real(vm, &args.pos[0])?, real(vm, &args.pos[1])?);
        Ok(Value::Float(next_after(x, y)))
    },
};
pub static FLOOR: BuiltinFn = BuiltinFn {
    name: "floor",
    call: |vm, a| round_to_int(vm, a, "floor", f64::floor),
};
pub static CEIL: BuiltinFn = BuiltinFn {
    name: "ceil",
    call: |vm, a| round_to_int(vm, a, "ceil", f64::ceil),
};
pub static TRUNC: BuiltinFn = BuiltinFn {
    name: "trunc",
    call: |vm, a| round_to_int(vm, a, "trunc", f64::trunc),
};
pub static POW: BuiltinFn = BuiltinFn {
    name: "pow",
    call: pow,
};
pub static ATAN2: BuiltinFn = BuiltinFn {
    name: "atan2",
    call: |vm, a| two(vm, a, "atan2", f64::atan2),
};
pub static COPYSIGN: BuiltinFn = BuiltinFn {
    name: "copysign",
    call: |vm, a| two(vm, a, "copysign", f64::copysign),
};
pub static FMOD: BuiltinFn = BuiltinFn {
    name: "fmod",
    call: fmod,
};
pub static REMAINDER: BuiltinFn = BuiltinFn {
    name: "remainder",
    call: remainder,
};
pub static HYPOT: BuiltinFn = BuiltinFn {
    name: "hypot",
    call: hypot,
};
pub static DIST: BuiltinFn = BuiltinFn {
    name: "dist",
    call: dist,
};
pub static FACTORIAL: BuiltinFn = BuiltinFn {
    name: "factorial",
    call: factorial,
};
pub static GCD: BuiltinFn = BuiltinFn {
    name: "gcd",
    call: gcd,
};
pub static LCM: BuiltinFn = BuiltinFn {
    name: "lcm",
    call: lcm,
};
pub static COMB: BuiltinFn = BuiltinFn {
    name: "comb",
    call: comb,
};
pub static PERM: BuiltinFn = BuiltinFn {
    name: "perm",
    call: perm,
};
pub static ISQRT: BuiltinFn = BuiltinFn {
    name: "isqrt",
    call: isqrt,
};
pub static ISCLOSE: BuiltinFn = BuiltinFn {
    name: "isclose",
    call: isclose,
};
pub static ISFINITE: BuiltinFn = BuiltinFn {
    name: "isfinite",
    call: |vm, a| predicate(vm, a, "isfinite", f64::is_finite),
};
pub static ISINF: BuiltinFn = BuiltinFn {
    name: "isinf",
    call: |vm, a| predicate(vm, a, "isinf", f64::is_infinite),
};
pub static ISNAN: BuiltinFn = BuiltinFn {
    name: "isnan",
    call: |vm, a| predicate(vm, a, "isnan", f64::is_nan),
};
pub static MODF: BuiltinFn = BuiltinFn {
    name: "modf",
    call: modf,
};
pub static FREXP: BuiltinFn = BuiltinFn {
    name: "frexp",
    call: frexp,
};
pub static LDEXP: BuiltinFn = BuiltinFn {
    name: "ldexp",
    call: ldexp,
};
pub static PROD: BuiltinFn = BuiltinFn {
    name: "prod",
    call: prod,
};
pub static FSUM: BuiltinFn = BuiltinFn {
    name: "fsum",
    call: fsum,
};

const FUNCTIONS: &[&BuiltinFn] = &[
    &SQRT, &EXP, &EXPM1, &LOG, &LOG2, &LOG10, &LOG1P, &SIN, &COS, &TAN, &ASIN, &ACOS, &ATAN, &CBRT,
    &EXP2, &ULP, &NEXTAFTER, &ATAN2, &SINH, &COSH, &TANH, &ASINH, &ACOSH, &ATANH, &FABS, &DEGREES,
    &RADIANS, &ERF, &ERFC, &GAMMA, &LGAMMA, &FLOOR, &CEIL, &TRUNC, &POW, &COPYSIGN, &FMOD,
    &REMAINDER, &HYPOT, &DIST, &FACTORIAL, &GCD, &LCM, &COMB, &PERM, &ISQRT, &ISCLOSE, &ISFINITE,
    &ISINF, &ISNAN, &MODF, &FREXP, &LDEXP, &PROD, &FSUM,
];

/// The names smolagents puts in the builtin namespace straight from `math`.
const BARE_BUILTINS: &[&BuiltinFn] = &[
    &CEIL, &FLOOR, &LOG, &EXP, &SIN, &COS, &TAN, &ASIN, &ACOS, &ATAN, &ATAN2, &DEGREES, &RADIANS,
    &SQRT,
];

pub fn build(_vm: &Vm) -> HashMap<Rc<str>, Value> {
    let mut m: HashMap<Rc<str>, Value> =
        FUNCTIONS.iter().map(|f| crate::modules::func(f)).collect();
    for (k, v) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        m.insert(Rc::from(k), Value::Float(v));
    }
    m
}

pub fn add_bare_builtins(t: &mut HashMap<&'static str, Value>) {
    for f in BARE_BUILTINS {
        t.insert(f.name, Value::Builtin(f));
    }
}

fn real(vm: &Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) => vm.to_f64(v),
        // Fraction, Decimal and other natives that define __float__.
        Value::Native(_) if vm.special_method(v, "__float__").is_some() => {
            let f = vm.call_method(v, &Rc::from("__float__"), Args::default())?;
            vm.to_f64(&f)
        }
        other => Err(vm.type_error(format!("must be real number, not {}", vm.type_name(other)))),
    }
}

/// CPython's rule: NaN from a non-NaN input is a domain error, inf from finite input a range error.
fn checked(vm: &Vm, x: f64, r: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(vm.value_error("math domain error"));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(vm.raise("OverflowError", "math range error"));
    }
    Ok(Value::Float(r))
}

fn two(vm: &Vm, args: Args, name: &str, f: fn(f64, f64) -> f64) -> PyResult<Value> {
    arity(vm, name, &args, 2, 2)?;
    Ok(Value::Float(f(
        real(vm, &args.pos[0])?,
        real(vm, &args.pos[1])?,
    )))
}

fn predicate(vm: &Vm, args: Args, name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    arity(vm, name, &args, 1, 1)?;
    Ok(Value::Bool(f(real(vm, &args.pos[0])?)))
}

/// `x` as `m * 2**e` with `m` in [0.5, 1) (C's `frexp`), for finite nonzero `x`.
fn split_exp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = split_exp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// CPython's `loghelper`: ints too large for a float are taken as
/// `m * 2**e` (correctly rounded `m`), giving `f(m) + f(2) * e`.
fn log_helper(vm: &Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Value::BigInt(b) = v {
        if b.is_positive() && b.to_f64().is_none_or(|x| x.is_infinite()) {
            let shift = b.bits() as i64 - 60;
            let mut top: BigInt = b.as_ref() >> shift as usize;
            if (&top << shift as usize) != *b.as_ref() {
                top |= BigInt::one();
            }
            let (m, e) = split_exp(top.to_f64().unwrap_or(1.0));
            return Ok(f(m) + f(2.0) * (e + shift) as f64);
        }
    }
    let x = real(vm, v)?;
    if x <= 0.0 || (x.is_nan() && !matches!(v, Value::Float(_))) {
        return Err(vm.value_error("math domain error"));
    }
    Ok(f(x))
}

/// The next float after `x` towards `y` (C's `nextafter`).
fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

/// `math.ulp`: the gap between `|x|` and the next float away from zero.
fn ulp(x: f64) -> f64 {
    if x.is_nan() || x.is_infinite() {
        return x.abs();
    }
    let x = x.abs();
    let next = next_after(x, f64::INFINITY);
    if next.is_infinite() {
        return x - next_after(x, -f64::INFINITY);
    }
    next - x
}

fn log(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "log", &args, 1, 2)?;
    let ln = |v: &Value| -> PyResult<f64> { log_helper(vm, v, f64::ln) };
    let num = ln(&args.pos[0])?;
    match args.pos.get(1) {
        None => Ok(Value::Float(num)),
        Some(b) => {
            let den = ln(b)?;
            if den == 0.0 {
                return Err(vm.raise("ZeroDivisionError", "float division by zero"));
            }
            Ok(Value::Float(num / den))
        }
    }
}

fn round_to_int(vm: &Vm, args: Args, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    arity(vm, name, &args, 1, 1)?;
    match &args.pos[0] {
        v @ (Value::Int(_) | Value::BigInt(_)) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(x) => crate::types::float::to_int(vm, f(*x)),
        v => {
            let dunder = format!("__{}__", name);
            match vm.special_method(v, &dunder) {
                Some(m) => vm.call(&m, Args::default()),
                None => Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v)))),
            }
        }
    }
}

fn pow(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "pow", &args, 2, 2)?;
    let (x, y) = (real(vm, &args.pos[0])?, real(vm, &args.pos[1])?);
    if x == 0.0 && y < 0.0 {
        return Err(vm.value_error("math domain error"));
    }
    let r = x.powf(y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(vm.value_error("math domain error"));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.raise("OverflowError", "math range error"));
    }
    Ok(Value::Float(r))
}

fn fmod(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "fmod", &args, 2, 2)?;
    let (x, y) = (real(vm, &args.pos[0])?, real(vm, &args.pos[1])?);
    // A NaN argument gives NaN before any domain check, as in C.
    if (y == 0.0 || x.is_infinite()) && !x.is_nan() && !y.is_nan() {
        return Err(vm.value_error("math domain error"));
    }
    Ok(Value::Float(x % y))
}

fn remainder(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "remainder", &args, 2, 2)?;
    let (x, y) = (real(vm, &args.pos[0])?, real(vm, &args.pos[1])?);
    // CPython's m_remainder: NaN first, then the domain, then an exact
    // computation from fmod (x - round(x / y) * y loses precision).
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(if x.is_nan() { x } else { y }));
    }
    if y == 0.0 || x.is_infinite() {
        return Err(vm.value_error("math domain error"));
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    let (absx, absy) = (x.abs(), y.abs());
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(Value::Float(1f64.copysign(x) * r))
}

fn hypot(vm: &Vm, args: Args) -> PyResult<Value> {
    let mut acc = 0.0f64;
    for v in &args.pos {
        let x = real(vm, v)?;
        acc = acc.hypot(x);
    }
    Ok(Value::Float(acc))
}

fn dist(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "dist", &args, 2, 2)?;
    let p = vm.collect(&args.pos[0])?;
    let q = vm.collect(&args.pos[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut acc = 0.0f64;
    for (a, b) in p.iter().zip(&q) {
        acc = acc.hypot(real(vm, a)? - real(vm, b)?);
    }
    Ok(Value::Float(acc))
}

fn int_arg(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Ok(to_big(v)),
        other => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(other)
        ))),
    }
}

fn factorial(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "factorial", &args, 1, 1)?;
    let n = int_arg(vm, &args.pos[0])?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().ok_or_else(|| {
        vm.raise(
            "OverflowError",
            "factorial() argument should not exceed 9223372036854775807",
        )
    })?;
    let bits = crate::limits::estimate::factorial_bits(n);
    vm.check_alloc(crate::limits::estimate::bigint(bits))?;
    vm.tick_n(n / 16)?;
    vm.check_work(crate::limits::estimate::int_product_ns(n, bits))?;
    let mut acc = BigInt::one();
    for i in 2..=n {
        acc *= i;
    }
    Ok(Value::from_bigint(acc))
}

fn gcd(vm: &Vm, args: Args) -> PyResult<Value> {
    let mut acc = BigInt::zero();
    for v in &args.pos {
        let x = int_arg(vm, v)?;
        vm.check_work(crate::limits::estimate::int_gcd_ns(acc.bits(), x.bits()))?;
        acc = acc.gcd(&x);
    }
    Ok(Value::from_bigint(acc))
}

fn lcm(vm: &Vm, args: Args) -> PyResult<Value> {
    let mut acc = BigInt::one();
    for v in &args.pos {
        let x = int_arg(vm, v)?;
        if x.is_zero() {
            return Ok(Value::Int(0));
        }
        vm.check_work(
            crate::limits::estimate::int_gcd_ns(acc.bits(), x.bits())
                .saturating_add(crate::limits::estimate::int_mul_ns(acc.bits(), x.bits())),
        )?;
        acc = acc.lcm(&x);
    }
    Ok(Value::from_bigint(acc.abs()))
}

fn comb_perm(vm: &Vm, args: &Args, name: &str) -> PyResult<(u64, u64)> {
    let n = int_arg(vm, &args.pos[0])?;
    let k = match args.pos.get(1) {
        Some(Value::None) | None => n.clone(),
        Some(v) => int_arg(vm, v)?,
    };
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    let n = n
        .to_u64()
        .ok_or_else(|| vm.raise("OverflowError", format!("{}() argument too large", name)))?;
    let k = k.to_u64().unwrap_or(u64::MAX);
    vm.tick_n(k.min(n) / 16)?;
    Ok((n, k))
}

fn comb(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "comb", &args, 2, 2)?;
    let (n, k) = comb_perm(vm, &args, "comb")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.min(n - k);
    // A multiplication and a division a step.
    let bits = crate::limits::estimate::comb_bits(n, k);
    vm.check_alloc(crate::limits::estimate::bigint(bits))?;
    vm.check_work(crate::limits::estimate::int_product_ns(k, bits).saturating_mul(2))?;
    let mut acc = BigInt::one();
    for i in 0..k {
        acc = acc * (n - i) / (i + 1);
    }
    Ok(Value::from_bigint(acc))
}

fn perm(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "perm", &args, 1, 2)?;
    let (n, k) = comb_perm(vm, &args, "perm")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let bits = crate::limits::estimate::comb_bits(n, k);
    vm.check_alloc(crate::limits::estimate::bigint(bits))?;
    vm.check_work(crate::limits::estimate::int_product_ns(k, bits))?;
    let mut acc = BigInt::one();
    for i in 0..k {
        acc *= n - i;
    }
    Ok(Value::from_bigint(acc))
}

fn isqrt(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "isqrt", &args, 1, 1)?;
    let n = int_arg(vm, &args.pos[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    vm.check_work(crate::limits::estimate::int_sqrt_ns(n.bits()))?;
    Ok(Value::from_bigint(n.sqrt()))
}

fn isclose(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "isclose", &args, 2, 2)?;
    let (a, b) = (real(vm, &args.pos[0])?, real(vm, &args.pos[1])?);
    let rel = match crate::builtins::kwarg(&args, "rel_tol") {
        Some(v) => real(vm, v)?,
        None => 1e-9,
    };
    let abs = match crate::builtins::kwarg(&args, "abs_tol") {
        Some(v) => real(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (a - b).abs();
    Ok(Value::Bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
}

fn modf(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "modf", &args, 1, 1)?;
    let x = real(vm, &args.pos[0])?;
    if x.is_infinite() {
        return Ok(Value::tuple(vec![
            Value::Float(0.0f64.copysign(x)),
            Value::Float(x),
        ]));
    }
    Ok(Value::tuple(vec![
        Value::Float(x.fract()),
        Value::Float(x.trunc()),
    ]))
}

fn frexp(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "frexp", &args, 1, 1)?;
    let x = real(vm, &args.pos[0])?;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::tuple(vec![Value::Float(x), Value::Int(0)]));
    }
    let mut e = x.abs().log2().floor() as i32 + 1;
    let mut m = x / 2f64.powi(e);
    if m.abs() >= 1.0 {
        m /= 2.0;
        e += 1;
    } else if m.abs() < 0.5 {
        m *= 2.0;
        e -= 1;
    }
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn ldexp(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "ldexp", &args, 2, 2)?;
    let x = real(vm, &args.pos[0])?;
    let e = int_arg(vm, &args.pos[1])?.to_i32().unwrap_or(i32::MAX);
    let r = x * 2f64.powi(e);
    checked(vm, x, r)
}

fn prod(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "prod", &args, 1, 1)?;
    let mut acc = crate::builtins::kwarg(&args, "start")
        .cloned()
        .unwrap_or(Value::Int(1));
    let it = vm.iter(&args.pos[0])?;
    while let Some(x) = vm.next(&it)? {
        vm.tick()?;
        acc = vm.binary_op(crate::ir::BinOp::Mul, &acc, &x)?;
    }
    Ok(acc)
}

/// Exact float summation (Shewchuk's algorithm, as CPython).
fn fsum(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "fsum", &args, 1, 1)?;
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    let it = vm.iter(&args.pos[0])?;
    while let Some(v) = vm.next(&it)? {
        vm.tick()?;
        let mut x = real(vm, &v)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x.is_finite() {
            partials.push(x);
        } else if xsave.is_finite() {
            return Err(vm.raise("OverflowError", "intermediate overflow in fsum"));
        } else {
            // An inf or nan summand: the result is special, partials are moot.
            if xsave.is_infinite() {
                inf_sum += xsave;
            }
            special_sum += xsave;
            partials.clear();
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special_sum));
    }
    let mut hi = 0.0;
    while let Some(x) = partials.pop() {
        let prev = hi;
        hi = prev + x;
        let lo = x - (hi - prev);
        if lo != 0.0 {
            if let Some(&next) = partials.last() {
                if (lo < 0.0 && next < 0.0) || (lo > 0.0 && next > 0.0) {
                    let y = lo * 2.0;
                    let x2 = hi + y;
                    if y == x2 - hi {
                        hi = x2;
                    }
                }
            }
            break;
        }
    }
    Ok(Value::Float(hi))
}

fn erf(x: f64) -> f64 {
    // Abramowitz-Stegun 7.1.26 is too coarse; use a series / continued fraction split.
    if x.abs() < 2.0 {
        let mut sum = x;
        let mut term = x;
        let x2 = x * x;
        let mut n = 0.0;
        while term.abs() > 1e-17 * sum.abs() {
            n += 1.0;
            term *= -x2 / n;
            sum += term / (2.0 * n + 1.0);
        }
        sum * 2.0 / std::f64::consts::PI.sqrt()
    } else {
        let sign = x.signum();
        let z = x.abs();
        let mut f = 0.0;
        for k in (1..60).rev() {
            f = (k as f64 / 2.0) / (z + f);
        }
        let cf = (-z * z).exp() / (std::f64::consts::PI.sqrt() * (z + f));
        sign * (1.0 - cf)
    }
}

fn gamma(x: f64) -> f64 {
    if x == x.floor() && x <= 0.0 {
        return f64::NAN;
    }
    if x < 0.5 {
        return std::f64::consts::PI / ((std::f64::consts::PI * x).sin() * gamma(1.0 - x));
    }
    if x == x.floor() && x < 171.0 {
        let mut acc = 1.0;
        let mut i = 2.0;
        while i < x {
            acc *= i;
            i += 1.0;
        }
        return acc;
    }
    const G: f64 = 7.0;
    const C: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.5203681218851,
        -1259.1392167224028,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507343278686905,
        -0.13857109526572012,
        9.984_369_578_019_572e-6,
        1.5056327351493116e-7,
    ];
    let x = x - 1.0;
    let mut a = C[0];
    let t = x + G + 0.5;
    for (i, c) in C.iter().enumerate().skip(1) {
        a += c / (x + i as f64);
    }
    (2.0 * std::f64::consts::PI).sqrt() * t.powf(x + 0.5) * (-t).exp() * a
}
