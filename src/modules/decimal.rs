//! `decimal`: `Decimal` arbitrary-precision decimal floating point with the
//! General Decimal Arithmetic rules of `_pydecimal` for the operations agents
//! use: exact construction (str/int/float/tuple), `+ - * /`, `//`, `%`,
//! `divmod`, integer powers, `sqrt`, comparisons and hashing consistent with
//! int/float/Fraction, `quantize` and the eight rounding modes,
//! `to_integral_value`, `round`, `int`/`float`, `str`/`repr`, `format` (f, e,
//! g, %, with grouping), and a mutable context (`getcontext().prec`,
//! `.rounding`, `localcontext()`).
//!
//! `exp`, `ln`, `log10` and `logb` are correctly rounded (ROUND_HALF_EVEN,
//! as CPython's).
//!
//! Not provided: non-integer powers, signal flags (traps
//! are fixed: InvalidOperation, DivisionByZero and Overflow raise),
//! subnormal/clamp details, and the `Context` arithmetic methods.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::any::Any;
use std::cell::RefCell;
use std::cmp::Ordering;
use std::collections::HashMap;
use std::rc::Rc;

use super::fractions::{hash_rat, rational_of, Rat};
use super::support::{as_bigint, bind, exception_class, ClassFn, Sig, NONE};
use crate::eval::{Args, PyResult, Unwind, Vm};
use crate::ir::{BinOp, CmpOp};
use crate::value::{native_ref, Class, ClassRef, NativeObject, Value};

/// The eight rounding modes, by their module constant names.
const ROUNDINGS: &[&str] = &[
    "ROUND_DOWN",
    "ROUND_HALF_UP",
    "ROUND_HALF_EVEN",
    "ROUND_CEILING",
    "ROUND_FLOOR",
    "ROUND_UP",
    "ROUND_HALF_DOWN",
    "ROUND_05UP",
];

#[derive(Clone, Copy, PartialEq, Debug)]
enum Rounding {
    Down,
    HalfUp,
    HalfEven,
    Ceiling,
    Floor,
    Up,
    HalfDown,
    ZeroFiveUp,
}

impl Rounding {
    fn from_name(s: &str) -> Option<Rounding> {
        let i = ROUNDINGS.iter().position(|r| *r == s)?;
        Some(
            [
                Rounding::Down,
                Rounding::HalfUp,
                Rounding::HalfEven,
                Rounding::Ceiling,
                Rounding::Floor,
                Rounding::Up,
                Rounding::HalfDown,
                Rounding::ZeroFiveUp,
            ][i],
        )
    }
    fn name(self) -> &'static str {
        ROUNDINGS[self as usize]
    }
}

/// Context parameters that arithmetic reads.
#[derive(Clone)]
struct Ctx {
    prec: i64,
    rounding: Rounding,
    emax: i64,
    emin: i64,
    capitals: i64,
    clamp: i64,
}

impl Ctx {
    fn default() -> Ctx {
        Ctx {
            prec: 28,
            rounding: Rounding::HalfEven,
            emax: 999_999,
            emin: -999_999,
            capitals: 1,
            clamp: 0,
        }
    }
    fn etiny(&self) -> i64 {
        self.emin - self.prec + 1
    }
}

/// The value of a decimal: sign plus a finite number, an infinity or a NaN.
#[derive(Clone, Debug, PartialEq)]
enum Num {
    Finite { coeff: BigInt, exp: i64 },
    Inf,
    NaN { payload: BigInt, signaling: bool },
}

#[derive(Clone, Debug, PartialEq)]
struct Dec {
    neg: bool,
    num: Num,
}

/// Why an operation failed: a trapped signal (with CPython's condition class name).
enum Signal {
    Invalid(&'static str),
    DivByZero,
    Overflow,
}

type DResult = Result<Dec, Signal>;

fn pow10(n: u64) -> BigInt {
    BigInt::from(10u32).pow(n as u32)
}

fn digits(c: &BigInt) -> i64 {
    if c.is_zero() {
        1
    } else {
        c.to_string().len() as i64
    }
}

impl Dec {
    fn finite(neg: bool, coeff: BigInt, exp: i64) -> Dec {
        Dec {
            neg,
            num: Num::Finite { coeff, exp },
        }
    }
    fn from_int(b: &BigInt) -> Dec {
        Dec::finite(b.is_negative(), b.abs(), 0)
    }
    fn nan() -> Dec {
        Dec {
            neg: false,
            num: Num::NaN {
                payload: BigInt::zero(),
                signaling: false,
            },
        }
    }
    fn inf(neg: bool) -> Dec {
        Dec { neg, num: Num::Inf }
    }
    fn from_f64(x: f64) -> Dec {
        if x.is_nan() {
            return Dec::nan();
        }
        if x.is_infinite() {
            return Dec::inf(x < 0.0);
        }
        let neg = x.is_sign_negative();
        let r = Rat::from_f64(x.abs()).unwrap_or_else(Rat::zero);
        // d is a power of two 2**k: n / 2**k == n * 5**k / 10**k.
        let k = r.d.bits() - 1;
        let coeff = r.n * BigInt::from(5u32).pow(k as u32);
        Dec::finite(neg, coeff, -(k as i64))
    }
    fn is_nan(&self) -> bool {
        matches!(self.num, Num::NaN { .. })
    }
    fn is_zero(&self) -> bool {
        matches!(&self.num, Num::Finite { coeff, .. } if coeff.is_zero())
    }
    fn adjusted(&self) -> i64 {
        match &self.num {
            Num::Finite { coeff, exp } => exp + digits(coeff) - 1,
            _ => 0,
        }
    }
    /// The exact rational value of a finite decimal.
    fn rat(&self) -> Option<Rat> {
        let Num::Finite { coeff, exp } = &self.num else {
            return None;
        };
        let n = if self.neg { -coeff } else { coeff.clone() };
        Some(if *exp >= 0 {
            Rat::int(n * pow10(*exp as u64))
        } else {
            Rat::new(n, pow10((-exp) as u64))
        })
    }
}

/// Parses Python's decimal string syntax.
fn parse(text: &str) -> Option<Dec> {
    let t = text.trim_matches(|c: char| c.is_whitespace());
    let t: String = if t.contains('_') {
        if t.starts_with('_') || t.ends_with('_') || t.contains("__") {
            return None;
        }
        t.replace('_', "")
    } else {
        t.to_string()
    };
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, &t[..]),
    };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Some(Dec::inf(neg));
    }
    for (prefix, signaling) in [("snan", true), ("nan", false)] {
        if let Some(p) = lower.strip_prefix(prefix) {
            if !p.chars().all(|c| c.is_ascii_digit()) {
                return None;
            }
            let payload = if p.is_empty() {
                BigInt::zero()
            } else {
                p.parse().ok()?
            };
            return Some(Dec {
                neg,
                num: Num::NaN { payload, signaling },
            });
        }
    }
    let (mant, exp) = match lower.find('e') {
        Some(i) => (&lower[..i], Some(&lower[i + 1..])),
        None => (&lower[..], None),
    };
    let (int_part, frac) = match mant.split_once('.') {
        Some((a, b)) => (a, b),
        None => (mant, ""),
    };
    if int_part.is_empty() && frac.is_empty() {
        return None;
    }
    let all = format!("{}{}", int_part, frac);
    if !all.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut e: i64 = 0;
    if let Some(x) = exp {
        let (eneg, xd) = match x.as_bytes().first() {
            Some(b'-') => (true, &x[1..]),
            Some(b'+') => (false, &x[1..]),
            _ => (false, x),
        };
        if xd.is_empty() || !xd.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let v: i64 = xd.parse().ok().filter(|v: &i64| *v < 1_000_000_000_000)?;
        e = if eneg { -v } else { v };
    }
    let coeff: BigInt = all.parse().ok()?;
    Some(Dec::finite(neg, coeff, e - frac.len() as i64))
}

/// `to-scientific-string`.
fn to_sci(d: &Dec, capitals: bool) -> String {
    to_string_as(d, capitals, false)
}

/// `__str__` (scientific) or `to_eng_string` (exponent a multiple of three).
fn to_string_as(d: &Dec, capitals: bool, eng: bool) -> String {
    let sign = if d.neg { "-" } else { "" };
    match &d.num {
        Num::Inf => format!("{}Infinity", sign),
        Num::NaN { payload, signaling } => {
            let p = if payload.is_zero() {
                String::new()
            } else {
                payload.to_string()
            };
            format!("{}{}NaN{}", sign, if *signaling { "s" } else { "" }, p)
        }
        Num::Finite { coeff, exp } => {
            let c = coeff.to_string();
            let n = c.len() as i64;
            let leftdigits = exp + n;
            let dotplace = if *exp <= 0 && leftdigits > -6 {
                leftdigits
            } else if !eng {
                1
            } else if coeff.is_zero() {
                (leftdigits + 1).rem_euclid(3) - 1
            } else {
                (leftdigits - 1).rem_euclid(3) + 1
            };
            let (intpart, fracpart) = if dotplace <= 0 {
                (
                    "0".to_string(),
                    format!(".{}{}", "0".repeat((-dotplace) as usize), c),
                )
            } else if dotplace >= n {
                (
                    format!("{}{}", c, "0".repeat((dotplace - n) as usize)),
                    String::new(),
                )
            } else {
                (
                    c[..dotplace as usize].to_string(),
                    format!(".{}", &c[dotplace as usize..]),
                )
            };
            let e = if leftdigits == dotplace {
                String::new()
            } else {
                format!(
                    "{}{:+}",
                    if capitals { "E" } else { "e" },
                    leftdigits - dotplace
                )
            };
            format!("{}{}{}{}", sign, intpart, fracpart, e)
        }
    }
}

/// Rounds `coeff` (an exact magnitude) by dropping its last `drop` digits.
fn round_coeff(coeff: &BigInt, drop: u64, neg: bool, mode: Rounding) -> BigInt {
    if drop == 0 {
        return coeff.clone();
    }
    let p = pow10(drop);
    let (q, r) = coeff.div_rem(&p);
    if r.is_zero() {
        return q;
    }
    let twice: BigInt = &r * 2;
    let half = twice.cmp(&p);
    let up = match mode {
        Rounding::Down => false,
        Rounding::Up => true,
        Rounding::Ceiling => !neg,
        Rounding::Floor => neg,
        Rounding::HalfUp => half != Ordering::Less,
        Rounding::HalfDown => half == Ordering::Greater,
        Rounding::HalfEven => half == Ordering::Greater || (half == Ordering::Equal && q.is_odd()),
        Rounding::ZeroFiveUp => {
            let last = (&q % 10u32).to_u32().unwrap_or(0);
            last == 0 || last == 5
        }
    };
    if up {
        q + 1
    } else {
        q
    }
}

/// `_fix`: rounds an exact result to the context precision and checks the exponent range.
fn fix(d: Dec, ctx: &Ctx, mode: Rounding) -> DResult {
    let Num::Finite { coeff, exp } = &d.num else {
        return Ok(d);
    };
    let n = digits(coeff);
    let etiny = ctx.etiny();
    let mut exp = *exp;
    let mut coeff = coeff.clone();
    // Precision, then the subnormal floor.
    let mut drop = (n - ctx.prec).max(0);
    if exp + drop < etiny {
        drop = etiny - exp;
    }
    if drop > 0 {
        if drop > n + 1 {
            // Everything is dropped: keep a sticky digit so rounding still sees it.
            let sticky = if coeff.is_zero() { 0 } else { 1 };
            coeff = BigInt::from(sticky);
            exp += drop - 2;
            drop = 2;
        }
        coeff = round_coeff(&coeff, drop as u64, d.neg, mode);
        exp += drop;
        if digits(&coeff) > ctx.prec {
            coeff /= 10;
            exp += 1;
        }
    }
    if coeff.is_zero() && exp > ctx.emax - ctx.prec + 1 {
        exp = ctx.emax - ctx.prec + 1;
    }
    if exp + digits(&coeff) - 1 > ctx.emax && !coeff.is_zero() {
        return Err(Signal::Overflow);
    }
    Ok(Dec::finite(d.neg, coeff, exp))
}

/// Aligns two finite values to a common exponent: (c1, c2, exp).
fn align(a: (&BigInt, i64), b: (&BigInt, i64)) -> (BigInt, BigInt, i64) {
    let e = a.1.min(b.1);
    (
        a.0 * pow10((a.1 - e) as u64),
        b.0 * pow10((b.1 - e) as u64),
        e,
    )
}

fn nan_result(a: &Dec, b: Option<&Dec>) -> Option<DResult> {
    for d in std::iter::once(a).chain(b) {
        if let Num::NaN {
            signaling: true, ..
        } = d.num
        {
            return Some(Err(Signal::Invalid("InvalidOperation")));
        }
    }
    for d in std::iter::once(a).chain(b) {
        if d.is_nan() {
            return Some(Ok(d.clone()));
        }
    }
    None
}

fn add(a: &Dec, b: &Dec, ctx: &Ctx) -> DResult {
    if let Some(r) = nan_result(a, Some(b)) {
        return r;
    }
    match (&a.num, &b.num) {
        (Num::Inf, Num::Inf) if a.neg != b.neg => Err(Signal::Invalid("InvalidOperation")),
        (Num::Inf, _) => Ok(a.clone()),
        (_, Num::Inf) => Ok(b.clone()),
        (Num::Finite { coeff: c1, exp: e1 }, Num::Finite { coeff: c2, exp: e2 }) => {
            // A much smaller nonzero operand only decides rounding: replace it by a sticky
            // digit far below the rounding position, so aligning never builds huge numbers.
            let (mut c1, mut e1, mut c2, mut e2) = (c1.clone(), *e1, c2.clone(), *e2);
            if !c1.is_zero() && !c2.is_zero() {
                let (a1, a2) = (a.adjusted(), b.adjusted());
                let floor = a1.max(a2) - ctx.prec - 3;
                if a2 < floor && e2 < e1.min(floor) {
                    c2 = BigInt::one();
                    e2 = e1.min(floor) - 1;
                } else if a1 < floor && e1 < e2.min(floor) {
                    c1 = BigInt::one();
                    e1 = e2.min(floor) - 1;
                }
            }
            let (x, y, e) = align((&c1, e1), (&c2, e2));
            let sx = if a.neg { -x } else { x };
            let sy = if b.neg { -y } else { y };
            let s = sx + sy;
            let neg = if s.is_zero() {
                // Exact zero: negative only if both were negative (or rounding is FLOOR).
                (a.neg && b.neg) || (a.neg != b.neg && ctx.rounding == Rounding::Floor)
            } else {
                s.is_negative()
            };
            fix(Dec::finite(neg, s.abs(), e), ctx, ctx.rounding)
        }
        _ => Ok(Dec::nan()),
    }
}

fn negate(d: &Dec) -> Dec {
    Dec {
        neg: !d.neg,
        num: d.num.clone(),
    }
}

fn mul(a: &Dec, b: &Dec, ctx: &Ctx) -> DResult {
    if let Some(r) = nan_result(a, Some(b)) {
        return r;
    }
    let neg = a.neg != b.neg;
    match (&a.num, &b.num) {
        (Num::Inf, _) | (_, Num::Inf) => {
            if a.is_zero() || b.is_zero() {
                Err(Signal::Invalid("InvalidOperation"))
            } else {
                Ok(Dec::inf(neg))
            }
        }
        (Num::Finite { coeff: c1, exp: e1 }, Num::Finite { coeff: c2, exp: e2 }) => {
            fix(Dec::finite(neg, c1 * c2, e1 + e2), ctx, ctx.rounding)
        }
        _ => Ok(Dec::nan()),
    }
}

fn div(a: &Dec, b: &Dec, ctx: &Ctx) -> DResult {
    if let Some(r) = nan_result(a, Some(b)) {
        return r;
    }
    let neg = a.neg != b.neg;
    let (c1, e1, c2, e2) = match (&a.num, &b.num) {
        (Num::Inf, Num::Inf) => return Err(Signal::Invalid("InvalidOperation")),
        (Num::Inf, _) => return Ok(Dec::inf(neg)),
        (_, Num::Inf) => return Ok(Dec::finite(neg, BigInt::zero(), ctx.etiny())),
        (Num::Finite { coeff: c1, exp: e1 }, Num::Finite { coeff: c2, exp: e2 }) => {
            (c1, *e1, c2, *e2)
        }
        _ => return Ok(Dec::nan()),
    };
    if c2.is_zero() {
        return Err(if c1.is_zero() {
            Signal::Invalid("DivisionUndefined")
        } else {
            Signal::DivByZero
        });
    }
    let ideal = e1 - e2;
    if c1.is_zero() {
        return fix(Dec::finite(neg, BigInt::zero(), ideal), ctx, ctx.rounding);
    }
    let shift = digits(c2) - digits(c1) + ctx.prec + 1;
    let mut exp = e1 - e2 - shift;
    let (mut q, r) = if shift >= 0 {
        (c1 * pow10(shift as u64)).div_rem(c2)
    } else {
        c1.div_rem(&(c2 * pow10((-shift) as u64)))
    };
    if !r.is_zero() {
        if (&q % 5u32).is_zero() {
            q += 1;
        }
    } else {
        while exp < ideal && (&q % 10u32).is_zero() {
            q /= 10;
            exp += 1;
        }
    }
    fix(Dec::finite(neg, q, exp), ctx, ctx.rounding)
}

/// `divmod` for decimals: quotient truncated toward zero, remainder with the dividend's sign.
fn divmod(a: &Dec, b: &Dec, ctx: &Ctx) -> Result<(Dec, Dec), Signal> {
    if let Some(r) = nan_result(a, Some(b)) {
        let n = r?;
        return Ok((n.clone(), n));
    }
    let neg = a.neg != b.neg;
    let (c1, e1, c2, e2) = match (&a.num, &b.num) {
        (Num::Inf, Num::Inf) => return Err(Signal::Invalid("InvalidOperation")),
        (Num::Inf, _) => return Err(Signal::Invalid("InvalidOperation")),
        (Num::Finite { .. }, Num::Inf) => {
            return Ok((Dec::finite(neg, BigInt::zero(), 0), a.clone()))
        }
        (Num::Finite { coeff: c1, exp: e1 }, Num::Finite { coeff: c2, exp: e2 }) => {
            (c1, *e1, c2, *e2)
        }
        _ => return Ok((Dec::nan(), Dec::nan())),
    };
    if c2.is_zero() {
        return Err(if c1.is_zero() {
            Signal::Invalid("DivisionUndefined")
        } else {
            Signal::Invalid("DivisionByZero")
        });
    }
    let ideal = e1.min(e2);
    let expdiff = a.adjusted() - b.adjusted();
    if c1.is_zero() || expdiff <= -2 {
        let rem = rescale(a, ideal, ctx.rounding);
        return Ok((Dec::finite(neg, BigInt::zero(), 0), rem));
    }
    if expdiff <= ctx.prec {
        let (x, y, _) = align((c1, e1), (c2, e2));
        let (q, r) = x.div_rem(&y);
        if q < pow10(ctx.prec as u64) {
            return Ok((Dec::finite(neg, q, 0), Dec::finite(a.neg, r, ideal)));
        }
    }
    Err(Signal::Invalid("DivisionImpossible"))
}

/// `_rescale(exp, rounding)`: the same value with exponent `exp` (rounded if needed).
fn rescale(d: &Dec, exp: i64, mode: Rounding) -> Dec {
    let Num::Finite { coeff, exp: e } = &d.num else {
        return d.clone();
    };
    if coeff.is_zero() {
        return Dec::finite(d.neg, BigInt::zero(), exp);
    }
    if exp <= *e {
        return Dec::finite(d.neg, coeff * pow10((e - exp) as u64), exp);
    }
    let drop = exp - e;
    let n = digits(coeff);
    let c = if drop > n + 1 {
        // All digits dropped: round a tiny sticky value.
        round_coeff(&BigInt::one(), 2, d.neg, mode)
    } else {
        round_coeff(coeff, drop as u64, d.neg, mode)
    };
    Dec::finite(d.neg, c, exp)
}

fn quantize(d: &Dec, target: &Dec, mode: Rounding, ctx: &Ctx) -> DResult {
    if let Some(r) = nan_result(d, Some(target)) {
        return r;
    }
    match (&d.num, &target.num) {
        (Num::Inf, Num::Inf) => return Ok(d.clone()),
        (Num::Inf, _) | (_, Num::Inf) => return Err(Signal::Invalid("InvalidOperation")),
        _ => {}
    }
    let Num::Finite { exp: texp, .. } = target.num else {
        return Ok(Dec::nan());
    };
    if !(ctx.etiny() <= texp && texp <= ctx.emax) {
        return Err(Signal::Invalid("InvalidOperation"));
    }
    if d.is_zero() {
        return Ok(Dec::finite(d.neg, BigInt::zero(), texp));
    }
    if d.adjusted() > ctx.emax || d.adjusted() - texp + 1 > ctx.prec {
        return Err(Signal::Invalid("InvalidOperation"));
    }
    let ans = rescale(d, texp, mode);
    if let Num::Finite { coeff, .. } = &ans.num {
        if digits(coeff) > ctx.prec || ans.adjusted() > ctx.emax {
            return Err(Signal::Invalid("InvalidOperation"));
        }
    }
    Ok(ans)
}

fn to_integral(d: &Dec, mode: Rounding) -> Dec {
    match &d.num {
        Num::Finite { exp, .. } if *exp < 0 => rescale(d, 0, mode),
        _ => d.clone(),
    }
}

fn sqrt(d: &Dec, ctx: &Ctx) -> DResult {
    if let Some(r) = nan_result(d, None) {
        return r;
    }
    if d.is_zero() {
        let Num::Finite { exp, .. } = d.num else {
            return Ok(d.clone());
        };
        return Ok(Dec::finite(
            d.neg,
            BigInt::zero(),
            Integer::div_floor(&exp, &2),
        ));
    }
    if d.neg {
        return Err(Signal::Invalid("InvalidOperation"));
    }
    let (coeff, dexp) = match &d.num {
        Num::Inf => return Ok(d.clone()),
        Num::Finite { coeff, exp } => (coeff, *exp),
        _ => return Ok(Dec::nan()),
    };
    let prec = ctx.prec + 1;
    let mut e = Integer::div_floor(&dexp, &2);
    let ndig = digits(coeff);
    let (mut c, l) = if dexp & 1 == 1 {
        (coeff * 10, (ndig >> 1) + 1)
    } else {
        (coeff.clone(), (ndig + 1) >> 1)
    };
    let shift = prec - l;
    let mut exact;
    if shift >= 0 {
        c *= BigInt::from(100u32).pow(shift as u32);
        exact = true;
    } else {
        let (q, r) = c.div_rem(&BigInt::from(100u32).pow((-shift) as u32));
        c = q;
        exact = r.is_zero();
    }
    e -= shift;
    let mut n = pow10(prec as u64);
    loop {
        let q = &c / &n;
        if n <= q {
            break;
        }
        n = (&n + q) >> 1;
    }
    exact = exact && &n * &n == c;
    if exact {
        if shift >= 0 {
            n /= pow10(shift as u64);
        } else {
            n *= pow10((-shift) as u64);
        }
        e += shift;
    } else if (&n % 5u32).is_zero() {
        n += 1;
    }
    fix(Dec::finite(false, n, e), ctx, Rounding::HalfEven)
}

fn power(a: &Dec, b: &Dec, ctx: &Ctx) -> Result<Dec, Result<Signal, &'static str>> {
    if let Some(r) = nan_result(a, Some(b)) {
        return r.map_err(Ok);
    }
    let Some(rb) = b.rat().filter(|r| r.is_int()) else {
        return Err(Err(
            "non-integer powers of Decimal are not supported in codeact",
        ));
    };
    let n = rb.n;
    if a.is_zero() {
        return if n.is_zero() {
            Err(Ok(Signal::Invalid("InvalidOperation")))
        } else if n.is_negative() {
            Ok(Dec::inf(a.neg && n.is_odd()))
        } else {
            Ok(Dec::finite(a.neg && n.is_odd(), BigInt::zero(), 0))
        };
    }
    let neg = a.neg && n.is_odd();
    let (coeff, exp) = match &a.num {
        Num::Inf => {
            return Ok(if n.is_negative() {
                Dec::finite(neg, BigInt::zero(), 0)
            } else if n.is_zero() {
                Dec::finite(false, BigInt::one(), 0)
            } else {
                Dec::inf(neg)
            })
        }
        Num::Finite { coeff, exp } => (coeff, *exp),
        _ => return Ok(Dec::nan()),
    };
    let Some(k) = n
        .abs()
        .to_u32()
        .filter(|k| (*k as u64) * (digits(coeff) as u64) < 2_000_000)
    else {
        return Err(Ok(Signal::Overflow));
    };
    let exact = Dec::finite(neg, coeff.pow(k), exp * k as i64);
    if n.is_negative() {
        div(&Dec::finite(false, BigInt::one(), 0), &exact, ctx).map_err(Ok)
    } else {
        fix(exact, ctx, ctx.rounding).map_err(Ok)
    }
}

// ----- exp, ln, log10 -----
//
// Computed in fixed point (an integer scaled by 10**w) with w well past the
// context precision, then rounded once with ROUND_HALF_EVEN as CPython does
// (the context's rounding is ignored for these). Every result but the exact
// cases is irrational, so a sticky digit marks it inexact.

/// `ln(y / 10**w)` scaled by `10**w`, for `y / 10**w` in `[1, 10]`.
fn ln_fixed(y: &BigInt, w: u64) -> BigInt {
    let one = pow10(w);
    let mut y = y.clone();
    let mut halvings = 0u32;
    // Square roots bring y near 1, where the atanh series converges fast.
    let near: BigInt = &one / 1000;
    while &y - &one > near {
        y = (&y * &one).sqrt();
        halvings += 1;
    }
    let z = (&y - &one) * &one / (&y + &one);
    let z2 = &z * &z / &one;
    let mut term = z.clone();
    let mut sum = BigInt::zero();
    let mut k = 1u32;
    while !term.is_zero() {
        sum += &term / k;
        term = &term * &z2 / &one;
        k += 2;
    }
    (sum * 2) << halvings
}

/// `exp(r / 10**w)` scaled by `10**w`, for `|r / 10**w|` below about 3.
fn exp_fixed(r: &BigInt, w: u64) -> BigInt {
    let one = pow10(w);
    const HALVINGS: u32 = 12;
    let x = r >> HALVINGS;
    let mut term = one.clone();
    let mut sum = BigInt::zero();
    let mut k = 1u32;
    while !term.is_zero() {
        sum += &term;
        term = &term * &x / &one / k;
        k += 1;
    }
    for _ in 0..HALVINGS {
        sum = &sum * &sum / &one;
    }
    sum
}

/// An inexact fixed-point result `v / 10**w` rounded to the context.
fn round_inexact(v: BigInt, w: u64, ctx: &Ctx) -> DResult {
    let neg = v.is_negative();
    let coeff = v.abs() * 10 + 1;
    fix(
        Dec::finite(neg, coeff, -(w as i64) - 1),
        ctx,
        Rounding::HalfEven,
    )
}

/// Working digits for a result needing `prec` significant digits.
fn guard(ctx: &Ctx) -> u64 {
    (ctx.prec.max(1) + 20) as u64
}

/// `ln(c * 10**e)` in fixed point with `w` digits: `ln(m) + a * ln(10)`.
fn ln_parts(coeff: &BigInt, exp: i64, w: u64) -> BigInt {
    let n = digits(coeff);
    let a = exp + n - 1;
    // Enough extra digits that a * ln(10) keeps w fractional digits.
    let extra = digits(&BigInt::from(a.abs())) as u64 + 2;
    let wx = w + extra;
    let m = coeff * pow10(wx) / pow10((n - 1) as u64);
    let mut v = ln_fixed(&m, wx);
    if a != 0 {
        v += ln_fixed(&(pow10(wx) * 10), wx) * a;
    }
    v / pow10(extra)
}

fn ln(d: &Dec, ctx: &Ctx) -> DResult {
    if let Some(r) = nan_result(d, None) {
        return r;
    }
    if d.is_zero() {
        return Ok(Dec::inf(true));
    }
    if d.neg {
        return Err(Signal::Invalid("InvalidOperation"));
    }
    let Num::Finite { coeff, exp } = &d.num else {
        return Ok(Dec::inf(false));
    };
    if d.rat().is_some_and(|r| r.is_int() && r.n.is_one()) {
        return Ok(Dec::finite(false, BigInt::zero(), 0));
    }
    let mut w = guard(ctx);
    loop {
        let v = ln_parts(coeff, *exp, w);
        // Near 1 the result is small: widen until it has enough digits.
        let have = digits(&v) as u64;
        if have >= ctx.prec as u64 + 10 {
            return round_inexact(v, w, ctx);
        }
        w += ctx.prec as u64 + 10 - have + 5;
    }
}

fn log10(d: &Dec, ctx: &Ctx) -> DResult {
    if let Some(r) = nan_result(d, None) {
        return r;
    }
    if d.is_zero() {
        return Ok(Dec::inf(true));
    }
    if d.neg {
        return Err(Signal::Invalid("InvalidOperation"));
    }
    let Num::Finite { coeff, exp } = &d.num else {
        return Ok(Dec::inf(false));
    };
    // An exact power of ten has an exact logarithm.
    let mut c = coeff.clone();
    let mut e = *exp;
    while (&c % 10u32).is_zero() {
        c /= 10;
        e += 1;
    }
    if c.is_one() {
        return fix(Dec::from_int(&BigInt::from(e)), ctx, Rounding::HalfEven);
    }
    let mut w = guard(ctx);
    loop {
        let x = ln_parts(coeff, *exp, w + 2);
        let l10 = ln_fixed(&(pow10(w + 2) * 10), w + 2);
        let v = x * pow10(w) / l10;
        let have = digits(&v) as u64;
        if have >= ctx.prec as u64 + 10 {
            return round_inexact(v, w, ctx);
        }
        w += ctx.prec as u64 + 10 - have + 5;
    }
}

fn exp(d: &Dec, ctx: &Ctx) -> DResult {
    if let Some(r) = nan_result(d, None) {
        return r;
    }
    let (coeff, e) = match &d.num {
        Num::Inf if d.neg => return Ok(Dec::finite(false, BigInt::zero(), 0)),
        Num::Inf => return Ok(Dec::inf(false)),
        Num::Finite { coeff, exp } => (coeff, *exp),
        _ => return Ok(Dec::nan()),
    };
    if coeff.is_zero() {
        return Ok(Dec::finite(false, BigInt::one(), 0));
    }
    // Far outside the exponent range: overflow, or a result that underflows to 0.
    let limit = ((ctx.emax.max(-ctx.etiny()) + 1) as f64 * std::f64::consts::LN_10) as i64 + 2;
    if d.adjusted() > digits(&BigInt::from(limit)) {
        return if d.neg {
            Ok(Dec::finite(false, BigInt::zero(), ctx.etiny()))
        } else {
            Err(Signal::Overflow)
        };
    }
    let w0 = guard(ctx);
    // x = k * ln(10) + r with 0 <= r < ln(10): exp(x) = exp(r) * 10**k.
    let kd = digits(&BigInt::from(limit)) as u64 + 2;
    let w = w0 + kd;
    let one = pow10(w);
    let mut x = if e >= -(w as i64) {
        if e >= 0 {
            coeff * pow10(e as u64) * &one
        } else {
            coeff * pow10((w as i64 + e) as u64)
        }
    } else {
        BigInt::zero()
    };
    if d.neg {
        x = -x;
    }
    let l10 = ln_fixed(&(&one * 10), w);
    let k = Integer::div_floor(&x, &l10);
    let r = &x - &k * &l10;
    let Some(k) = k.to_i64() else {
        return Err(Signal::Overflow);
    };
    let v = exp_fixed(&r, w);
    if x.is_zero() {
        // |x| below 10**-w: exp(x) is 1 plus or minus a sliver.
        let c = if d.neg { &one * 10 - 1 } else { &one * 10 + 1 };
        return fix(
            Dec::finite(false, c, -(w as i64) - 1),
            ctx,
            Rounding::HalfEven,
        );
    }
    let r = round_inexact(v, w, ctx)?;
    match r.num {
        Num::Finite { coeff, exp } => {
            let e2 = exp + k;
            if e2 + digits(&coeff) - 1 > ctx.emax {
                return Err(Signal::Overflow);
            }
            if e2 < ctx.etiny() {
                return Ok(Dec::finite(false, BigInt::zero(), ctx.etiny()));
            }
            Ok(Dec::finite(false, coeff, e2))
        }
        _ => Ok(r),
    }
}

/// Total order for comparisons; `None` when a NaN is involved.
fn cmp(a: &Dec, b: &Dec) -> Option<Ordering> {
    if a.is_nan() || b.is_nan() {
        return None;
    }
    let key = |d: &Dec| match &d.num {
        Num::Inf => (if d.neg { -1 } else { 1 }, None),
        _ => (0, d.rat()),
    };
    let (ka, ra) = key(a);
    let (kb, rb) = key(b);
    if ka != kb || ka != 0 {
        return Some(ka.cmp(&kb));
    }
    match (ra, rb) {
        (Some(x), Some(y)) => Some(x.cmp(&y)),
        _ => None,
    }
}

/// Module state shared by every Decimal and Context.
pub struct Shared {
    class: ClassRef,
    context_class: ClassRef,
    /// The current context: a `ContextObj` value, so `getcontext()` returns
    /// the same object each time.
    ctx: RefCell<Value>,
    invalid: ClassRef,
    div_by_zero: ClassRef,
    overflow: ClassRef,
}

/// A `decimal.Context`.
pub struct ContextObj {
    class: ClassRef,
    ctx: RefCell<Ctx>,
}

/// A `decimal.Decimal` value.
pub struct DecimalObj {
    shared: Rc<Shared>,
    d: Dec,
}

const FUNCTIONS: &[&str] = &["getcontext", "setcontext", "localcontext"];

pub fn build(vm: &Vm) -> HashMap<Rc<str>, Value> {
    let base = exception_class(vm, "DecimalException", "decimal", "ArithmeticError");
    let sub = |name: &str, extra: Option<&str>| {
        let mut bases = vec![base.clone()];
        if let Some(e) = extra {
            bases.push(vm.types.exception(e));
        }
        Class::native(name, "decimal", bases, None)
    };
    let invalid = sub("InvalidOperation", None);
    let div_by_zero = sub("DivisionByZero", Some("ZeroDivisionError"));
    let inexact = sub("Inexact", None);
    let rounded = sub("Rounded", None);
    let overflow = Class::native(
        "Overflow",
        "decimal",
        vec![inexact.clone(), rounded.clone()],
        None,
    );
    let underflow = sub("Underflow", None);
    let subnormal = sub("Subnormal", None);
    let clamped = sub("Clamped", None);
    let float_op = sub("FloatOperation", Some("TypeError"));
    let class = Class::native("decimal.Decimal", "decimal", vec![], Some(construct));
    let context_class = Class::native("decimal.Context", "decimal", vec![], Some(new_context));
    let shared = Rc::new(Shared {
        class: class.clone(),
        context_class: context_class.clone(),
        ctx: RefCell::new(Value::native_uncharged(ContextObj {
            class: context_class.clone(),
            ctx: RefCell::new(Ctx::default()),
        })),
        invalid: invalid.clone(),
        div_by_zero: div_by_zero.clone(),
        overflow: overflow.clone(),
    });
    let holder = Value::native(Module(shared.clone()));
    class
        .ns
        .borrow_mut()
        .insert(Rc::from("__shared__"), holder.clone());
    context_class
        .ns
        .borrow_mut()
        .insert(Rc::from("__shared__"), holder.clone());
    class.ns.borrow_mut().insert(
        Rc::from("from_float"),
        ClassFn::value(&class, "from_float", from_float),
    );
    let mut m: HashMap<Rc<str>, Value> = FUNCTIONS
        .iter()
        .map(|f| (Rc::from(*f), super::support::method(&holder, f)))
        .collect();
    m.insert(Rc::from("Decimal"), Value::Class(class));
    m.insert(Rc::from("Context"), Value::Class(context_class));
    for r in ROUNDINGS {
        m.insert(Rc::from(*r), Value::str(r));
    }
    for (name, c) in [
        ("DecimalException", base),
        ("InvalidOperation", invalid),
        ("DivisionByZero", div_by_zero),
        ("Overflow", overflow),
        ("Underflow", underflow),
        ("Inexact", inexact),
        ("Rounded", rounded),
        ("Subnormal", subnormal),
        ("Clamped", clamped),
        ("FloatOperation", float_op),
    ] {
        m.insert(Rc::from(name), Value::Class(c));
    }
    for (k, v) in [
        ("MAX_PREC", 999_999_999_999_999_999i64),
        ("MAX_EMAX", 999_999_999_999_999_999),
        ("MIN_EMIN", -999_999_999_999_999_999),
    ] {
        m.insert(Rc::from(k), Value::Int(v));
    }
    m
}

/// Module-level functions, holding the shared state.
struct Module(Rc<Shared>);

fn shared_of(vm: &Vm, cls: &ClassRef) -> PyResult<Rc<Shared>> {
    match cls.ns.borrow().get("__shared__") {
        Some(v) => match native_ref::<Module>(v) {
            Some(m) => Ok(m.0.clone()),
            None => Err(vm.type_error("decimal module state is missing")),
        },
        None => Err(vm.type_error("decimal module state is missing")),
    }
}

impl Shared {
    fn ctx(&self) -> Ctx {
        native_ref::<ContextObj>(&self.ctx.borrow())
            .map(|c| c.ctx.borrow().clone())
            .unwrap_or_else(Ctx::default)
    }
    fn value(self: &Rc<Self>, d: Dec) -> Value {
        Value::native(DecimalObj {
            shared: self.clone(),
            d,
        })
    }
    fn signal(&self, vm: &Vm, s: Signal) -> Unwind {
        let (class, name) = match s {
            Signal::Invalid(name) => (&self.invalid, name),
            Signal::DivByZero => (&self.div_by_zero, "DivisionByZero"),
            Signal::Overflow => (&self.overflow, "Overflow"),
        };
        // The argument is a list of the condition classes; only their reprs are observable.
        let condition = Value::native(TupleLike {
            class: self.context_class.clone(),
            name: "",
            fields: Vec::new(),
            repr: format!("<class 'decimal.{}'>", name),
        });
        Unwind::raise(vm.new_exception(class, vec![Value::list(vec![condition])]))
    }
    fn result(self: &Rc<Self>, vm: &Vm, r: DResult) -> PyResult<Value> {
        match r {
            Ok(d) => Ok(self.value(d)),
            Err(s) => Err(self.signal(vm, s)),
        }
    }
    /// Converts a constructor argument exactly.
    fn convert(&self, vm: &Vm, v: &Value) -> PyResult<Dec> {
        if let Some(b) = as_bigint(v) {
            return Ok(Dec::from_int(&b));
        }
        match v {
            Value::Float(f) => Ok(Dec::from_f64(*f)),
            Value::Str(s) => parse(s.as_str())
                .ok_or_else(|| self.signal(vm, Signal::Invalid("ConversionSyntax"))),
            Value::Tuple(t) => self.from_tuple(vm, t),
            Value::List(l) => {
                let items = l.borrow().clone();
                self.from_tuple(vm, &items)
            }
            _ => match native_ref::<DecimalObj>(v) {
                Some(d) => Ok(d.d.clone()),
                None => Err(vm.type_error(format!(
                    "conversion from {} to Decimal is not supported",
                    vm.type_name(v)
                ))),
            },
        }
    }
    fn from_tuple(&self, vm: &Vm, t: &[Value]) -> PyResult<Dec> {
        let bad = || vm.value_error("argument must be a sequence of length 3");
        if t.len() != 3 {
            return Err(bad());
        }
        let neg = match &t[0] {
            Value::Int(0) | Value::Bool(false) => false,
            Value::Int(1) | Value::Bool(true) => true,
            _ => return Err(vm.value_error("sign must be an integer with the value 0 or 1")),
        };
        let digits_list = vm.collect(&t[1])?;
        let mut s = String::new();
        for dgt in &digits_list {
            match dgt {
                Value::Int(x) if (0..=9).contains(x) => s.push((b'0' + *x as u8) as char),
                _ => return Err(vm.value_error("coefficient must be a tuple of digits")),
            }
        }
        let coeff: BigInt = if s.is_empty() {
            BigInt::zero()
        } else {
            s.parse().unwrap_or_default()
        };
        match &t[2] {
            Value::Int(e) => Ok(Dec::finite(neg, coeff, *e)),
            Value::Str(f) if f.as_str() == "F" => Ok(Dec::inf(neg)),
            Value::Str(f) if f.as_str() == "n" || f.as_str() == "N" => Ok(Dec {
                neg,
                num: Num::NaN {
                    payload: coeff,
                    signaling: f.as_str() == "N",
                },
            }),
            _ => Err(vm.value_error("exponent must be an integer")),
        }
    }
}

fn construct(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    let s = bind(
        vm,
        &Sig {
            name: "Decimal",
            params: &["value", "context"],
            required: 0,
            kwonly: &[],
            method: false,
        },
        args,
    )?;
    let shared = shared_of(vm, cls)?;
    let d = match &s[0] {
        None => Dec::finite(false, BigInt::zero(), 0),
        Some(v) => shared.convert(vm, v)?,
    };
    Ok(shared.value(d))
}

fn from_float(vm: &Vm, cls: &ClassRef, _name: &str, args: Args) -> PyResult<Value> {
    let shared = shared_of(vm, cls)?;
    crate::builtins::arity(vm, "from_float", &args, 1, 1)?;
    let v = &args.pos[0];
    let d = match v {
        Value::Float(f) => Dec::from_f64(*f),
        _ => match as_bigint(v) {
            Some(b) => Dec::from_int(&b),
            None => return Err(vm.type_error(format!("argument must be int or float"))),
        },
    };
    Ok(shared.value(d))
}

fn new_context(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    let shared = shared_of(vm, cls)?;
    let ctx = ContextObj {
        class: shared.context_class.clone(),
        ctx: RefCell::new(Ctx::default()),
    };
    let s = bind(
        vm,
        &Sig {
            name: "Context",
            params: &[
                "prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps",
            ],
            required: 0,
            kwonly: &[],
            method: false,
        },
        args,
    )?;
    for (name, v) in ["prec", "rounding", "Emin", "Emax", "capitals", "clamp"]
        .iter()
        .zip(&s)
    {
        if let Some(v) = v.as_ref().filter(|v| !v.is_none()) {
            ctx.set(vm, name, v.clone())?;
        }
    }
    Ok(Value::native(ctx))
}

impl ContextObj {
    fn set(&self, vm: &Vm, name: &str, value: Value) -> PyResult<()> {
        let int = |lo: i64, hi: i64, msg: &str| -> PyResult<i64> {
            match as_bigint(&value).and_then(|b| b.to_i64()) {
                Some(i) if (lo..=hi).contains(&i) => Ok(i),
                Some(_) => Err(vm.value_error(msg)),
                None => Err(vm.type_error("an integer is required")),
            }
        };
        const MAX: i64 = 999_999_999_999_999_999;
        let mut c = self.ctx.borrow_mut();
        match name {
            "prec" => c.prec = int(1, MAX, "valid range for prec is [1, MAX_PREC]")?,
            "Emax" => c.emax = int(0, MAX, "valid range for Emax is [0, MAX_EMAX]")?,
            "Emin" => c.emin = int(-MAX, 0, "valid range for Emin is [MIN_EMIN, 0]")?,
            "capitals" => c.capitals = int(0, 1, "valid values for capitals are 0 or 1")?,
            "clamp" => c.clamp = int(0, 1, "valid values for clamp are 0 or 1")?,
            "rounding" => {
                let r = match &value {
                    Value::Str(s) => Rounding::from_name(s.as_str()),
                    _ => None,
                };
                match r {
                    Some(r) => c.rounding = r,
                    None => {
                        return Err(vm.type_error(
                            "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]",
                        ))
                    }
                }
            }
            other => {
                return Err(vm.raise(
                    "AttributeError",
                    format!("'decimal.Context' object has no attribute '{}'", other),
                ))
            }
        }
        Ok(())
    }
}

impl NativeObject for ContextObj {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Vm, _this: &Value) -> PyResult<String> {
        let c = self.ctx.borrow();
        Ok(format!(
            "Context(prec={}, rounding={}, Emin={}, Emax={}, capitals={}, clamp={}, flags=[], traps=[InvalidOperation, DivisionByZero, Overflow])",
            c.prec,
            c.rounding.name(),
            c.emin,
            c.emax,
            c.capitals,
            c.clamp
        ))
    }
    fn get_attr(&self, _vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        let c = self.ctx.borrow();
        Ok(match name {
            "prec" => Some(Value::Int(c.prec)),
            "rounding" => Some(Value::str(c.rounding.name())),
            "Emax" => Some(Value::Int(c.emax)),
            "Emin" => Some(Value::Int(c.emin)),
            "capitals" => Some(Value::Int(c.capitals)),
            "clamp" => Some(Value::Int(c.clamp)),
            _ => None,
        })
    }
    fn set_attr(&self, vm: &Vm, name: &str, value: Value) -> Option<PyResult<()>> {
        Some(self.set(vm, name, value))
    }
    fn has_method(&self, name: &str) -> bool {
        matches!(name, "copy" | "Etiny" | "Etop") || CONTEXT_OPS.iter().any(|(n, _)| *n == name)
    }
    fn call_method(&self, vm: &Vm, _this: &Value, name: &str, args: Args) -> PyResult<Value> {
        if let Some((_, arity)) = CONTEXT_OPS.iter().find(|(n, _)| *n == name) {
            return self.operate(vm, name, *arity, args);
        }
        let c = self.ctx.borrow();
        Ok(match name {
            "Etiny" => Value::Int(c.etiny()),
            "Etop" => Value::Int(c.emax - c.prec + 1),
            _ => Value::native(ContextObj {
                class: self.class.clone(),
                ctx: RefCell::new(c.clone()),
            }),
        })
    }
}

/// `Context` arithmetic methods and how many operands each takes.
const CONTEXT_OPS: &[(&str, usize)] = &[
    ("add", 2),
    ("subtract", 2),
    ("multiply", 2),
    ("divide", 2),
    ("divide_int", 2),
    ("remainder", 2),
    ("power", 2),
    ("quantize", 2),
    ("compare", 2),
    ("max", 2),
    ("min", 2),
    ("sqrt", 1),
    ("exp", 1),
    ("ln", 1),
    ("log10", 1),
    ("logb", 1),
    ("abs", 1),
    ("minus", 1),
    ("plus", 1),
    ("normalize", 1),
    ("to_integral_value", 1),
    ("create_decimal", 1),
];

impl ContextObj {
    /// `ctx.divide(a, b)` and friends: the Decimal operation with this
    /// context installed for its duration.
    fn operate(&self, vm: &Vm, name: &str, arity: usize, args: Args) -> PyResult<Value> {
        let sh = shared_of(vm, &self.class)?;
        if !args.kw.is_empty() || args.pos.len() != arity {
            return Err(vm.type_error(format!(
                "{}() takes exactly {} argument{} ({} given)",
                name,
                arity,
                if arity == 1 { "" } else { "s" },
                args.pos.len()
            )));
        }
        let mut operands = Vec::with_capacity(arity);
        for v in &args.pos {
            let d = match v {
                Value::Float(_) if name != "create_decimal" => {
                    return Err(vm.type_error("conversion from float to Decimal is not supported"))
                }
                _ => sh.convert(vm, v)?,
            };
            operands.push(sh.value(d));
        }
        let mine = Value::native_uncharged(ContextObj {
            class: self.class.clone(),
            ctx: RefCell::new(self.ctx.borrow().clone()),
        });
        let saved = std::mem::replace(&mut *sh.ctx.borrow_mut(), mine);
        let a = &operands[0];
        let call = |m: &str, rest: Vec<Value>| vm.call_method(a, &Rc::from(m), Args::new(rest));
        let result = match name {
            "add" => vm.binary_op(BinOp::Add, a, &operands[1]),
            "subtract" => vm.binary_op(BinOp::Sub, a, &operands[1]),
            "multiply" => vm.binary_op(BinOp::Mul, a, &operands[1]),
            "divide" => vm.binary_op(BinOp::Div, a, &operands[1]),
            "divide_int" => vm.binary_op(BinOp::FloorDiv, a, &operands[1]),
            "remainder" => vm.binary_op(BinOp::Mod, a, &operands[1]),
            "power" => vm.binary_op(BinOp::Pow, a, &operands[1]),
            "quantize" | "compare" | "max" | "min" => call(name, vec![operands[1].clone()]),
            "abs" => call("__abs__", Vec::new()),
            "minus" => call("__neg__", Vec::new()),
            "plus" | "create_decimal" => call("__pos__", Vec::new()),
            other => call(other, Vec::new()),
        };
        *sh.ctx.borrow_mut() = saved;
        result
    }
}

/// `localcontext()`: installs a copy of a context for the `with` block.
struct LocalContext {
    shared: Rc<Shared>,
    ctx: Value,
    saved: RefCell<Option<Value>>,
}

impl NativeObject for LocalContext {
    fn class(&self) -> ClassRef {
        self.shared.context_class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<decimal.ContextManager object at {:#x}>",
            this.identity()
        ))
    }
    fn has_method(&self, name: &str) -> bool {
        matches!(name, "__enter__" | "__exit__")
    }
    fn call_method(&self, _vm: &Vm, _this: &Value, name: &str, _args: Args) -> PyResult<Value> {
        if name == "__enter__" {
            let prev = std::mem::replace(&mut *self.shared.ctx.borrow_mut(), self.ctx.clone());
            *self.saved.borrow_mut() = Some(prev);
            return Ok(self.ctx.clone());
        }
        if let Some(prev) = self.saved.borrow_mut().take() {
            *self.shared.ctx.borrow_mut() = prev;
        }
        Ok(Value::Bool(false))
    }
}

impl NativeObject for Module {
    fn class(&self) -> ClassRef {
        self.0.context_class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Vm, _this: &Value) -> PyResult<String> {
        Ok("<module 'decimal'>".into())
    }
    fn has_method(&self, name: &str) -> bool {
        FUNCTIONS.contains(&name)
    }
    fn call_method(&self, vm: &Vm, _this: &Value, name: &str, args: Args) -> PyResult<Value> {
        let shared = &self.0;
        match name {
            "getcontext" => {
                crate::builtins::arity(vm, "getcontext", &args, 0, 0)?;
                Ok(shared.ctx.borrow().clone())
            }
            "setcontext" => {
                crate::builtins::arity(vm, "setcontext", &args, 1, 1)?;
                let Value::Native(n) = &args.pos[0] else {
                    return Err(vm.type_error("argument must be a context"));
                };
                let Some(c) = n.as_any().downcast_ref::<ContextObj>() else {
                    return Err(vm.type_error("argument must be a context"));
                };
                *shared.ctx.borrow_mut() = Value::native_uncharged(ContextObj {
                    class: c.class.clone(),
                    ctx: RefCell::new(c.ctx.borrow().clone()),
                });
                Ok(Value::None)
            }
            _ => {
                let s = bind(
                    vm,
                    &Sig {
                        name: "localcontext",
                        params: &["ctx"],
                        required: 0,
                        kwonly: &["prec", "rounding", "Emin", "Emax", "capitals", "clamp"],
                        method: false,
                    },
                    args,
                )?;
                let base = match s[0].as_ref().filter(|v| !v.is_none()) {
                    Some(Value::Native(n)) => match n.as_any().downcast_ref::<ContextObj>() {
                        Some(c) => c.ctx.borrow().clone(),
                        None => return Err(vm.type_error("optional argument must be a context")),
                    },
                    Some(_) => return Err(vm.type_error("optional argument must be a context")),
                    None => shared.ctx(),
                };
                let ctx = ContextObj {
                    class: shared.context_class.clone(),
                    ctx: RefCell::new(base),
                };
                for (name, v) in ["prec", "rounding", "Emin", "Emax", "capitals", "clamp"]
                    .iter()
                    .zip(&s[1..])
                {
                    if let Some(v) = v {
                        ctx.set(vm, name, v.clone())?;
                    }
                }
                Ok(Value::native(LocalContext {
                    shared: shared.clone(),
                    ctx: Value::native_uncharged(ctx),
                    saved: RefCell::new(None),
                }))
            }
        }
    }
}

/// A small immutable named tuple (`DecimalTuple`), or just a fixed repr (signal classes).
struct TupleLike {
    class: ClassRef,
    name: &'static str,
    fields: Vec<Value>,
    repr: String,
}

impl NativeObject for TupleLike {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Vm, _this: &Value) -> PyResult<String> {
        Ok(self.repr.clone())
    }
    fn get_attr(&self, _vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        if self.name != "DecimalTuple" {
            return Ok(None);
        }
        Ok(match name {
            "sign" => self.fields.first().cloned(),
            "digits" => self.fields.get(1).cloned(),
            "exponent" => self.fields.get(2).cloned(),
            _ => None,
        })
    }
    fn len(&self, _vm: &Vm) -> Option<PyResult<usize>> {
        Some(Ok(self.fields.len()))
    }
    fn get_item(&self, vm: &Vm, key: &Value) -> Option<PyResult<Value>> {
        Some(vm.get_item(&Value::tuple(self.fields.clone()), key))
    }
    fn iter(&self, vm: &Vm, _this: &Value) -> Option<PyResult<Value>> {
        Some(vm.iter(&Value::tuple(self.fields.clone())))
    }
    fn eq(&self, vm: &Vm, other: &Value) -> Option<PyResult<bool>> {
        let other = match (other, native_ref::<TupleLike>(other)) {
            (Value::Tuple(_), _) => other.clone(),
            (_, Some(t)) => Value::tuple(t.fields.clone()),
            _ => return None,
        };
        Some(vm.eq(&Value::tuple(self.fields.clone()), &other))
    }
}

/// An operand of a binary operation: another Decimal or an int.
fn operand(v: &Value) -> Option<Dec> {
    if let Some(b) = as_bigint(v) {
        return Some(Dec::from_int(&b));
    }
    native_ref::<DecimalObj>(v).map(|d| d.d.clone())
}

const METHODS: &[&str] = &[
    "quantize",
    "to_integral_value",
    "to_integral",
    "to_integral_exact",
    "sqrt",
    "exp",
    "ln",
    "log10",
    "logb",
    "as_tuple",
    "as_integer_ratio",
    "is_nan",
    "is_snan",
    "is_qnan",
    "is_infinite",
    "is_finite",
    "is_zero",
    "is_signed",
    "is_normal",
    "copy_abs",
    "copy_negate",
    "copy_sign",
    "normalize",
    "adjusted",
    "compare",
    "max",
    "min",
    "fma",
    "to_eng_string",
    "conjugate",
    "__float__",
    "__int__",
    "__trunc__",
    "__floor__",
    "__ceil__",
    "__round__",
    "__abs__",
    "__neg__",
    "__pos__",
    "__format__",
];

impl DecimalObj {
    fn other(&self, vm: &Vm, v: &Value) -> PyResult<Dec> {
        operand(v).ok_or_else(|| {
            vm.type_error(format!(
                "conversion from {} to Decimal is not supported",
                vm.type_name(v)
            ))
        })
    }

    fn rounding_arg(&self, vm: &Vm, v: Option<&Value>) -> PyResult<Rounding> {
        match v.filter(|v| !v.is_none()) {
            None => Ok(self.shared.ctx().rounding),
            Some(Value::Str(s)) => Rounding::from_name(s.as_str()).ok_or_else(|| {
                vm.type_error("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
            }),
            Some(_) => Err(vm.type_error("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")),
        }
    }

    fn to_int(&self, vm: &Vm, mode: Rounding) -> PyResult<Value> {
        match &self.d.num {
            Num::NaN { .. } => Err(vm.value_error("cannot convert NaN to integer")),
            Num::Inf => Err(vm.raise("OverflowError", "cannot convert Infinity to integer")),
            Num::Finite { .. } => {
                vm.check_alloc(crate::limits::estimate::decimal_int_bytes(
                    self.d.adjusted().max(0) as u64,
                ))?;
                let r = to_integral(&self.d, mode);
                let Num::Finite { coeff, exp } = r.num else {
                    return Ok(Value::Int(0));
                };
                let v = coeff * pow10(exp.max(0) as u64);
                Ok(Value::from_bigint(if r.neg { -v } else { v }))
            }
        }
    }

    fn format(&self, vm: &Vm, spec: &str) -> PyResult<String> {
        use crate::types::format as fmt;
        let parsed = fmt::parse_spec_for(spec, "decimal.Decimal").map_err(|e| vm.value_error(e))?;
        let ctx = self.shared.ctx();
        let kind = parsed.kind;
        let d = &self.d;
        let body = match (&d.num, kind) {
            (Num::Inf, _) => "Infinity".to_string(),
            (Num::NaN { .. }, _) => "NaN".to_string(),
            (_, None) if parsed.precision.is_none() => to_sci(
                &Dec {
                    neg: false,
                    num: d.num.clone(),
                },
                ctx.capitals == 1,
            ),
            (_, Some('f') | Some('F') | Some('%')) => {
                let mut v = d.clone();
                if kind == Some('%') {
                    if let Num::Finite { coeff, exp } = &v.num {
                        v = Dec::finite(d.neg, coeff.clone(), exp + 2);
                    }
                }
                let v = match parsed.precision {
                    Some(p) => rescale(&v, -(p as i64), ctx.rounding),
                    None => v,
                };
                let Num::Finite { coeff, exp } = &v.num else {
                    return Ok(String::new());
                };
                vm.check_alloc(crate::limits::estimate::decimal_text_bytes(
                    digits(coeff).max(0) as u64,
                    exp.unsigned_abs(),
                ))?;
                let mut s = if *exp >= 0 {
                    format!("{}{}", coeff, "0".repeat(*exp as usize))
                } else {
                    let c = coeff.to_string();
                    let fracn = (-exp) as usize;
                    let c = if c.len() <= fracn {
                        format!("{}{}", "0".repeat(fracn - c.len() + 1), c)
                    } else {
                        c
                    };
                    let (i, f) = c.split_at(c.len() - fracn);
                    format!("{}.{}", i, f)
                };
                if kind == Some('%') {
                    s.push('%');
                }
                s
            }
            (_, Some('e') | Some('E')) => {
                let Num::Finite { coeff, exp } = &d.num else {
                    return Ok(String::new());
                };
                let (c, e) = match parsed.precision {
                    Some(p) => {
                        let n = digits(coeff);
                        let keep = p as i64 + 1;
                        if n > keep {
                            let mut c = round_coeff(coeff, (n - keep) as u64, d.neg, ctx.rounding);
                            let mut e = exp + n - keep;
                            if digits(&c) > keep {
                                c /= 10;
                                e += 1;
                            }
                            (c, e)
                        } else {
                            (coeff * pow10((keep - n) as u64), exp - (keep - n))
                        }
                    }
                    None => (coeff.clone(), *exp),
                };
                let cs = c.to_string();
                let adj = e + cs.len() as i64 - 1;
                let mant = if cs.len() > 1 {
                    format!("{}.{}", &cs[..1], &cs[1..])
                } else {
                    cs
                };
                format!(
                    "{}{}{:+}",
                    mant,
                    if kind == Some('E') { 'E' } else { 'e' },
                    adj
                )
            }
            (_, Some('g') | Some('G') | None) => {
                let p = parsed.precision.unwrap_or(0).max(1) as i64;
                let Num::Finite { coeff, .. } = &d.num else {
                    return Ok(String::new());
                };
                let n = digits(coeff);
                // Without a precision 'g' keeps every digit.
                let v = if n > p && parsed.precision.is_some() {
                    fix(
                        d.clone(),
                        &Ctx {
                            prec: p,
                            ..ctx.clone()
                        },
                        ctx.rounding,
                    )
                    .unwrap_or_else(|_| d.clone())
                } else {
                    d.clone()
                };
                to_sci(
                    &Dec {
                        neg: false,
                        num: v.num,
                    },
                    kind != Some('g'),
                )
            }
            (_, Some(k)) => {
                return Err(vm.value_error(format!(
                    "Unknown format code '{}' for object of type 'decimal.Decimal'",
                    k
                )))
            }
        };
        let body = match parsed.grouping {
            Some(sep) if body.chars().next().is_some_and(|c| c.is_ascii_digit()) => {
                let end = body
                    .find(|c: char| !c.is_ascii_digit())
                    .unwrap_or(body.len());
                let (int, rest) = body.split_at(end);
                let mut g = String::new();
                for (i, ch) in int.chars().enumerate() {
                    if i > 0 && (int.len() - i) % 3 == 0 {
                        g.push(sep);
                    }
                    g.push(ch);
                }
                g + rest
            }
            _ => body,
        };
        let sign = match (d.neg, parsed.sign) {
            (true, _) => "-",
            (false, fmt::Sign::Plus) => "+",
            (false, fmt::Sign::Space) => " ",
            _ => "",
        };
        let len = sign.chars().count() + body.chars().count();
        let pad = parsed.width.saturating_sub(len);
        let fill = parsed.fill;
        let fills = |n: usize| std::iter::repeat_n(fill, n).collect::<String>();
        Ok(match parsed.align {
            Some(fmt::Align::Left) => format!("{}{}{}", sign, body, fills(pad)),
            Some(fmt::Align::Center) => {
                format!("{}{}{}{}", fills(pad / 2), sign, body, fills(pad - pad / 2))
            }
            Some(fmt::Align::AfterSign) => format!("{}{}{}", sign, fills(pad), body),
            None if parsed.zero_pad => format!("{}{}{}", sign, fills(pad), body),
            _ => format!("{}{}{}", fills(pad), sign, body),
        })
    }
}

impl NativeObject for DecimalObj {
    fn class(&self) -> ClassRef {
        self.shared.class.clone()
    }
    fn heap_bytes(&self) -> usize {
        match &self.d.num {
            Num::Finite { coeff: b, .. } | Num::NaN { payload: b, .. } => (b.bits() / 8) as usize,
            Num::Inf => 0,
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Vm, _this: &Value) -> PyResult<String> {
        Ok(format!(
            "Decimal('{}')",
            to_sci(&self.d, self.shared.ctx().capitals == 1)
        ))
    }
    fn str(&self, _vm: &Vm, _this: &Value) -> PyResult<String> {
        Ok(to_sci(&self.d, self.shared.ctx().capitals == 1))
    }
    fn get_attr(&self, _vm: &Vm, this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "real" => Some(this.clone()),
            "imag" => Some(self.shared.value(Dec::finite(false, BigInt::zero(), 0))),
            "from_float" => Some(ClassFn::value(&self.shared.class, "from_float", from_float)),
            _ => None,
        })
    }
    fn has_method(&self, name: &str) -> bool {
        METHODS.contains(&name)
    }
    fn call_method(&self, vm: &Vm, this: &Value, name: &str, args: Args) -> PyResult<Value> {
        let sh = &self.shared;
        let ctx = sh.ctx();
        let d = &self.d;
        let b = |x: bool| Ok(Value::Bool(x));
        let arg0 = || {
            args.pos
                .first()
                .cloned()
                .or_else(|| args.kw.first().map(|(_, v)| v.clone()))
        };
        match name {
            "quantize" => {
                let s = bind(
                    vm,
                    &Sig {
                        name: "quantize",
                        params: &["exp", "rounding", "context"],
                        required: 1,
                        kwonly: &[],
                        method: false,
                    },
                    args,
                )?;
                let target = self.other(vm, s[0].as_ref().unwrap_or(NONE))?;
                let mode = self.rounding_arg(vm, s[1].as_ref())?;
                sh.result(vm, quantize(d, &target, mode, &ctx))
            }
            "to_integral_value" | "to_integral" | "to_integral_exact" => {
                let s = bind(
                    vm,
                    &Sig {
                        name,
                        params: &["rounding", "context"],
                        required: 0,
                        kwonly: &[],
                        method: false,
                    },
                    args,
                )?;
                let mode = self.rounding_arg(vm, s[0].as_ref())?;
                if let Some(r) = nan_result(d, None) {
                    return sh.result(vm, r);
                }
                Ok(sh.value(to_integral(d, mode)))
            }
            "sqrt" => sh.result(vm, sqrt(d, &ctx)),
            "exp" => sh.result(vm, exp(d, &ctx)),
            "ln" => sh.result(vm, ln(d, &ctx)),
            "log10" => sh.result(vm, log10(d, &ctx)),
            "logb" => sh.result(
                vm,
                match &d.num {
                    _ if d.is_nan() => Ok(d.clone()),
                    Num::Inf => Ok(Dec::inf(false)),
                    _ if d.is_zero() => Err(Signal::DivByZero),
                    _ => fix(
                        Dec::from_int(&BigInt::from(d.adjusted())),
                        &ctx,
                        ctx.rounding,
                    ),
                },
            ),
            "as_tuple" => {
                let (digits_v, exp) = match &d.num {
                    Num::Finite { coeff, exp } => (coeff.to_string(), Value::Int(*exp)),
                    Num::Inf => ("0".into(), Value::str("F")),
                    Num::NaN { payload, signaling } => (
                        if payload.is_zero() {
                            String::new()
                        } else {
                            payload.to_string()
                        },
                        Value::str(if *signaling { "N" } else { "n" }),
                    ),
                };
                let ds = digits_v
                    .chars()
                    .map(|c| Value::Int(c as i64 - '0' as i64))
                    .collect();
                let fields = vec![Value::Int(d.neg as i64), Value::tuple(ds), exp];
                let repr = format!(
                    "DecimalTuple(sign={}, digits={}, exponent={})",
                    vm.repr(&fields[0])?,
                    vm.repr(&fields[1])?,
                    vm.repr(&fields[2])?
                );
                Ok(Value::native(TupleLike {
                    class: sh.context_class.clone(),
                    name: "DecimalTuple",
                    fields,
                    repr,
                }))
            }
            "as_integer_ratio" => match d.rat() {
                Some(r) => Ok(Value::tuple(vec![
                    Value::from_bigint(r.n),
                    Value::from_bigint(r.d),
                ])),
                None if d.is_nan() => Err(vm.value_error("cannot convert NaN to integer ratio")),
                None => Err(vm.raise("OverflowError", "cannot convert Infinity to integer ratio")),
            },
            "is_nan" => b(d.is_nan()),
            "is_snan" => b(matches!(
                d.num,
                Num::NaN {
                    signaling: true,
                    ..
                }
            )),
            "is_qnan" => b(matches!(
                d.num,
                Num::NaN {
                    signaling: false,
                    ..
                }
            )),
            "is_infinite" => b(d.num == Num::Inf),
            "is_finite" => b(matches!(d.num, Num::Finite { .. })),
            "is_zero" => b(d.is_zero()),
            "is_signed" => b(d.neg),
            "is_normal" => {
                b(matches!(d.num, Num::Finite { .. }) && !d.is_zero() && d.adjusted() >= ctx.emin)
            }
            "copy_abs" => Ok(sh.value(Dec {
                neg: false,
                num: d.num.clone(),
            })),
            "conjugate" => Ok(this.clone()),
            "copy_negate" => Ok(sh.value(negate(d))),
            "copy_sign" => {
                let o = self.other(vm, &arg0().unwrap_or(Value::None))?;
                Ok(sh.value(Dec {
                    neg: o.neg,
                    num: d.num.clone(),
                }))
            }
            "normalize" => {
                let r = match fix(d.clone(), &ctx, ctx.rounding) {
                    Ok(r) => r,
                    Err(s) => return Err(sh.signal(vm, s)),
                };
                Ok(sh.value(match &r.num {
                    Num::Finite { coeff, .. } if coeff.is_zero() => {
                        Dec::finite(r.neg, BigInt::zero(), 0)
                    }
                    Num::Finite { coeff, exp } => {
                        let (mut c, mut e) = (coeff.clone(), *exp);
                        while (&c % 10u32).is_zero() && e < ctx.emax {
                            c /= 10;
                            e += 1;
                        }
                        Dec::finite(r.neg, c, e)
                    }
                    _ => r.clone(),
                }))
            }
            "adjusted" => Ok(Value::Int(d.adjusted())),
            "compare" => {
                let o = self.other(vm, &arg0().unwrap_or(Value::None))?;
                match cmp(d, &o) {
                    Some(ord) => Ok(sh.value(Dec::from_int(&BigInt::from(ord as i64)))),
                    None => Ok(sh.value(Dec::nan())),
                }
            }
            "max" | "min" => {
                let o = self.other(vm, &arg0().unwrap_or(Value::None))?;
                let pick_self = match cmp(d, &o) {
                    Some(Ordering::Greater) => name == "max",
                    Some(Ordering::Less) => name == "min",
                    Some(Ordering::Equal) => true,
                    None => !d.is_nan(),
                };
                let r = if pick_self { d.clone() } else { o };
                sh.result(vm, fix(r, &ctx, ctx.rounding))
            }
            "fma" => {
                let s = bind(
                    vm,
                    &Sig {
                        name: "fma",
                        params: &["other", "third", "context"],
                        required: 2,
                        kwonly: &[],
                        method: false,
                    },
                    args,
                )?;
                let o = self.other(vm, s[0].as_ref().unwrap_or(NONE))?;
                let t = self.other(vm, s[1].as_ref().unwrap_or(NONE))?;
                let exact = Ctx {
                    prec: i64::MAX / 4,
                    emax: i64::MAX / 4,
                    ..ctx.clone()
                };
                let p = match mul(d, &o, &exact) {
                    Ok(p) => p,
                    Err(s) => return Err(sh.signal(vm, s)),
                };
                sh.result(vm, add(&p, &t, &ctx))
            }
            "to_eng_string" => Ok(Value::string(to_string_as(d, ctx.capitals == 1, true))),
            "__float__" => match &d.num {
                Num::NaN {
                    signaling: true, ..
                } => Err(vm.value_error("cannot convert signaling NaN to float")),
                Num::NaN { .. } => Ok(Value::Float(if d.neg { -f64::NAN } else { f64::NAN })),
                Num::Inf => Ok(Value::Float(if d.neg {
                    f64::NEG_INFINITY
                } else {
                    f64::INFINITY
                })),
                _ => Ok(Value::Float(
                    to_sci(d, true).parse::<f64>().unwrap_or(f64::NAN),
                )),
            },
            "__int__" | "__trunc__" => self.to_int(vm, Rounding::Down),
            "__floor__" => self.to_int(vm, Rounding::Floor),
            "__ceil__" => self.to_int(vm, Rounding::Ceiling),
            "__round__" => match args.pos.first().filter(|v| !v.is_none()) {
                None => match &d.num {
                    Num::NaN { .. } => Err(vm.value_error("cannot round a NaN")),
                    Num::Inf => Err(vm.raise("OverflowError", "cannot round an infinity")),
                    _ => self.to_int(vm, Rounding::HalfEven),
                },
                Some(n) => {
                    let Some(n) = as_bigint(n).and_then(|b| b.to_i64()) else {
                        return Err(vm.type_error("optional arg must be an integer"));
                    };
                    let target = Dec::finite(false, BigInt::one(), -n);
                    sh.result(vm, quantize(d, &target, ctx.rounding, &ctx))
                }
            },
            "__abs__" => {
                if let Some(r) = nan_result(d, None) {
                    return sh.result(vm, r);
                }
                sh.result(
                    vm,
                    fix(
                        Dec {
                            neg: false,
                            num: d.num.clone(),
                        },
                        &ctx,
                        ctx.rounding,
                    ),
                )
            }
            "__neg__" => {
                if let Some(r) = nan_result(d, None) {
                    return sh.result(vm, r);
                }
                let n = if d.is_zero() {
                    Dec {
                        neg: false,
                        num: d.num.clone(),
                    }
                } else {
                    negate(d)
                };
                sh.result(vm, fix(n, &ctx, ctx.rounding))
            }
            "__pos__" => {
                if let Some(r) = nan_result(d, None) {
                    return sh.result(vm, r);
                }
                let n = if d.is_zero() {
                    Dec {
                        neg: false,
                        num: d.num.clone(),
                    }
                } else {
                    d.clone()
                };
                sh.result(vm, fix(n, &ctx, ctx.rounding))
            }
            "__format__" => {
                let spec = match args.pos.first() {
                    Some(Value::Str(s)) => s.as_str().to_string(),
                    _ => String::new(),
                };
                Ok(Value::string(self.format(vm, &spec)?))
            }
            _ => Err(vm.raise(
                "AttributeError",
                crate::errors::no_attribute(&vm.type_name(this), name),
            )),
        }
    }
    fn truthy(&self, _vm: &Vm) -> Option<PyResult<bool>> {
        Some(Ok(!self.d.is_zero()))
    }
    fn hash(&self, vm: &Vm) -> Option<PyResult<u64>> {
        Some(match &self.d.num {
            Num::NaN {
                signaling: true, ..
            } => Err(vm.type_error("Cannot hash a signaling NaN value.")),
            Num::NaN { .. } => Ok(0),
            Num::Inf => Ok(if self.d.neg {
                (-314159i64) as u64
            } else {
                314159
            }),
            Num::Finite { .. } => Ok(self.d.rat().map_or(0, |r| hash_rat(&r)) as u64),
        })
    }
    fn eq(&self, _vm: &Vm, other: &Value) -> Option<PyResult<bool>> {
        let o = match other {
            Value::Float(f) => Dec::from_f64(*f),
            _ => match operand(other) {
                Some(o) => o,
                None => {
                    let r = rational_of(other)?;
                    return Some(Ok(self.d.rat().is_some_and(|x| x == r)));
                }
            },
        };
        Some(Ok(cmp(&self.d, &o) == Some(Ordering::Equal)))
    }
    fn compare(&self, vm: &Vm, op: CmpOp, other: &Value) -> Option<PyResult<bool>> {
        let o = match other {
            Value::Float(f) => Dec::from_f64(*f),
            _ => match operand(other) {
                Some(o) => o,
                None => {
                    // A Fraction: compare exact values.
                    let r = rational_of(other)?;
                    let ord = match (&self.d.num, self.d.rat()) {
                        (Num::NaN { .. }, _) => {
                            return Some(Err(self
                                .shared
                                .signal(vm, Signal::Invalid("InvalidOperation"))))
                        }
                        (Num::Inf, _) if self.d.neg => Ordering::Less,
                        (Num::Inf, _) => Ordering::Greater,
                        (_, Some(x)) => x.cmp(&r),
                        _ => return None,
                    };
                    return Some(Ok(match op {
                        CmpOp::Lt => ord == Ordering::Less,
                        CmpOp::Le => ord != Ordering::Greater,
                        CmpOp::Gt => ord == Ordering::Greater,
                        CmpOp::Ge => ord != Ordering::Less,
                        _ => return None,
                    }));
                }
            },
        };
        let Some(ord) = cmp(&self.d, &o) else {
            if matches!(self.d.num, Num::NaN { .. }) || o.is_nan() {
                return Some(Err(self
                    .shared
                    .signal(vm, Signal::Invalid("InvalidOperation"))));
            }
            return Some(Ok(false));
        };
        Some(Ok(match op {
            CmpOp::Lt => ord == Ordering::Less,
            CmpOp::Le => ord != Ordering::Greater,
            CmpOp::Gt => ord == Ordering::Greater,
            CmpOp::Ge => ord != Ordering::Less,
            _ => return None,
        }))
    }
    fn binary_op(
        &self,
        vm: &Vm,
        op: BinOp,
        _this: &Value,
        other: &Value,
        reflected: bool,
    ) -> Option<PyResult<Value>> {
        let o = operand(other)?;
        let (a, b) = if reflected {
            (&o, &self.d)
        } else {
            (&self.d, &o)
        };
        let sh = &self.shared;
        let ctx = sh.ctx();
        Some(match op {
            BinOp::Add => sh.result(vm, add(a, b, &ctx)),
            BinOp::Sub => match nan_result(a, Some(b)) {
                Some(r) => sh.result(vm, r),
                None => sh.result(vm, add(a, &negate(b), &ctx)),
            },
            BinOp::Mul => sh.result(vm, mul(a, b, &ctx)),
            BinOp::Div => sh.result(vm, div(a, b, &ctx)),
            BinOp::FloorDiv if a.num == Num::Inf && matches!(b.num, Num::Finite { .. }) => {
                Ok(sh.value(Dec::inf(a.neg != b.neg)))
            }
            BinOp::FloorDiv | BinOp::Mod => match divmod(a, b, &ctx) {
                Ok((q, r)) => {
                    if op == BinOp::FloorDiv {
                        Ok(sh.value(q))
                    } else {
                        sh.result(vm, fix(r, &ctx, ctx.rounding))
                    }
                }
                Err(Signal::Invalid("DivisionByZero")) if op == BinOp::FloorDiv => {
                    Err(sh.signal(vm, Signal::DivByZero))
                }
                Err(Signal::Invalid("DivisionByZero")) => {
                    Err(sh.signal(vm, Signal::Invalid("InvalidOperation")))
                }
                Err(s) => Err(sh.signal(vm, s)),
            },
            BinOp::Pow => match power(a, b, &ctx) {
                Ok(d) => Ok(sh.value(d)),
                Err(Ok(s)) => Err(sh.signal(vm, s)),
                Err(Err(msg)) => Err(vm.value_error(msg)),
            },
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Dec {
        parse(s).unwrap_or_else(Dec::nan)
    }

    #[test]
    fn division_rounds_to_precision() {
        let ctx = Ctx::default();
        let r = div(&d("1"), &d("3"), &ctx).ok().unwrap_or_else(Dec::nan);
        assert_eq!(to_sci(&r, true), "0.3333333333333333333333333333");
    }

    #[test]
    fn sci_string_forms() {
        for s in [
            "0.000001", "1E-7", "123.45", "1.23E+5", "-0", "Infinity", "NaN",
        ] {
            assert_eq!(to_sci(&d(s), true), s);
        }
    }
}
