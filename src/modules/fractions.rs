//! `fractions`: the `Fraction` type (exact rationals over BigInt) with
//! CPython's constructor forms, string syntax, arithmetic and comparisons
//! with int/float/Fraction, hashing consistent with equal numbers,
//! rounding protocols and `limit_denominator`.
//!
//! Also owns `Rat`, the exact rational arithmetic `statistics` builds on.
//! Must not know about `Decimal` beyond what `decimal` exposes to it.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::any::Any;
use std::cmp::Ordering;
use std::collections::HashMap;
use std::rc::Rc;

use super::support::{as_bigint, bind, ClassFn, Sig};
use crate::eval::{Args, PyResult, Vm};
use crate::ir::{BinOp, CmpOp};
use crate::value::{native_ref, Class, ClassRef, NativeObject, Value};

/// An exact rational in lowest terms with a positive denominator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rat {
    pub n: BigInt,
    pub d: BigInt,
}

impl Rat {
    /// `n/d` normalised; `d` must not be zero.
    pub fn new(n: BigInt, d: BigInt) -> Rat {
        let g = n.gcd(&d);
        let (mut n, mut d) = if g.is_zero() || g.is_one() {
            (n, d)
        } else {
            (n / &g, d / &g)
        };
        if d.is_negative() {
            n = -n;
            d = -d;
        }
        Rat { n, d }
    }
    pub fn int(n: BigInt) -> Rat {
        Rat {
            n,
            d: BigInt::one(),
        }
    }
    pub fn zero() -> Rat {
        Rat::int(BigInt::zero())
    }
    pub fn add(&self, o: &Rat) -> Rat {
        Rat::new(&self.n * &o.d + &o.n * &self.d, &self.d * &o.d)
    }
    pub fn sub(&self, o: &Rat) -> Rat {
        Rat::new(&self.n * &o.d - &o.n * &self.d, &self.d * &o.d)
    }
    pub fn mul(&self, o: &Rat) -> Rat {
        Rat::new(&self.n * &o.n, &self.d * &o.d)
    }
    /// `None` when dividing by zero.
    pub fn div(&self, o: &Rat) -> Option<Rat> {
        if o.n.is_zero() {
            return None;
        }
        Some(Rat::new(&self.n * &o.d, &self.d * &o.n))
    }
    pub fn neg(&self) -> Rat {
        Rat {
            n: -&self.n,
            d: self.d.clone(),
        }
    }
    pub fn abs(&self) -> Rat {
        Rat {
            n: self.n.abs(),
            d: self.d.clone(),
        }
    }
    pub fn floor(&self) -> BigInt {
        self.n.div_floor(&self.d)
    }
    pub fn ceil(&self) -> BigInt {
        -((-&self.n).div_floor(&self.d))
    }
    pub fn trunc(&self) -> BigInt {
        &self.n / &self.d
    }
    /// Round half to even, as `round(Fraction)`.
    pub fn round_even(&self) -> BigInt {
        let (fl, rem) = self.n.div_mod_floor(&self.d);
        let twice: BigInt = rem * 2;
        match twice.cmp(&self.d) {
            Ordering::Less => fl,
            Ordering::Greater => fl + 1,
            Ordering::Equal if fl.is_even() => fl,
            Ordering::Equal => fl + 1,
        }
    }
    pub fn cmp(&self, o: &Rat) -> Ordering {
        (&self.n * &o.d).cmp(&(&o.n * &self.d))
    }
    pub fn is_int(&self) -> bool {
        self.d.is_one()
    }
    /// The exact value of a finite float (`float.as_integer_ratio`).
    pub fn from_f64(x: f64) -> Option<Rat> {
        if !x.is_finite() {
            return None;
        }
        if x == 0.0 {
            return Some(Rat::zero());
        }
        let bits = x.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i64;
        let frac = bits & ((1u64 << 52) - 1);
        let (mant, e) = if exp == 0 {
            (frac, -1074)
        } else {
            (frac | (1u64 << 52), exp - 1075)
        };
        let mut m = BigInt::from(mant);
        if x < 0.0 {
            m = -m;
        }
        Some(if e >= 0 {
            Rat::int(m << e as usize)
        } else {
            Rat::new(m, BigInt::one() << (-e) as usize)
        })
    }
    /// Correctly rounded conversion (`n / d` true division); `None` on overflow.
    pub fn to_f64(&self) -> Option<f64> {
        int_ratio_to_f64(&self.n, &self.d)
    }
}

/// `a / b` for ints, correctly rounded to nearest-even; `None` when too large.
pub fn int_ratio_to_f64(a: &BigInt, b: &BigInt) -> Option<f64> {
    if a.is_zero() {
        return Some(if b.is_negative() { -0.0 } else { 0.0 });
    }
    let negative = a.is_negative() != b.is_negative();
    let (a, b) = (a.magnitude().clone(), b.magnitude().clone());
    // Scale so the integer quotient has at least 55 significant bits.
    let s: i64 = 55 - (a.bits() as i64 - b.bits() as i64);
    let (num, den) = if s >= 0 {
        (a << s as usize, b)
    } else {
        (a, b << (-s) as usize)
    };
    let (q, r) = num.div_rem(&den);
    let sticky = !r.is_zero();
    let qbits = q.bits() as i64;
    // Exponent of the quotient's least significant bit is -s.
    let msb_exp = qbits - 1 - s;
    if msb_exp > 1023 {
        return None;
    }
    let lowest_kept = if msb_exp >= -1022 {
        msb_exp - 52
    } else {
        -1074
    };
    let drop = (lowest_kept + s).max(0) as u64;
    let q = q.to_u128()?;
    let (mut m, half, rest) = if drop == 0 {
        (q, false, sticky)
    } else if drop >= 128 {
        (0, false, true)
    } else {
        let m = q >> drop;
        let dropped = q & ((1u128 << drop) - 1);
        let half_bit = 1u128 << (drop - 1);
        (
            m,
            dropped & half_bit != 0,
            dropped & (half_bit - 1) != 0 || sticky,
        )
    };
    if half && (rest || m & 1 == 1) {
        m += 1;
    }
    let exp = -s + drop as i64;
    let mut f = m as f64;
    // Scale by 2**exp exactly, in steps that stay within the normal range.
    let mut e = exp;
    while e > 0 {
        let step = e.min(1000);
        f *= f64::from_bits(((step + 1023) as u64) << 52);
        e -= step;
    }
    while e < 0 {
        let step = (-e).min(1000);
        f *= f64::from_bits(((1023 - step) as u64) << 52);
        e += step;
    }
    if !f.is_finite() {
        return None;
    }
    Some(if negative { -f } else { f })
}

/// A `fractions.Fraction` value.
pub struct FractionObj {
    class: ClassRef,
    pub rat: Rat,
}

pub fn build(_vm: &Vm) -> HashMap<Rc<str>, Value> {
    let class = Class::native("Fraction", "fractions", vec![], Some(construct));
    for name in ["from_float", "from_decimal"] {
        class
            .ns
            .borrow_mut()
            .insert(Rc::from(name), ClassFn::value(&class, name, class_method));
    }
    let mut m: HashMap<Rc<str>, Value> = HashMap::new();
    m.insert(Rc::from("Fraction"), Value::Class(class));
    m
}

/// A Fraction value of `class`.
pub fn fraction(class: &ClassRef, rat: Rat) -> Value {
    Value::native(FractionObj {
        class: class.clone(),
        rat,
    })
}

/// The exact value of an int or Fraction operand (`numbers.Rational`).
pub fn rational_of(v: &Value) -> Option<Rat> {
    if let Some(b) = as_bigint(v) {
        return Some(Rat::int(b));
    }
    native_ref::<FractionObj>(v).map(|f| f.rat.clone())
}

/// The exact value of a `decimal.Decimal` (via its `as_integer_ratio`), `None` for other types.
fn decimal_ratio(vm: &Vm, v: &Value) -> PyResult<Option<Rat>> {
    let Value::Native(n) = v else {
        return Ok(None);
    };
    let class = n.class();
    if class.name.as_ref() != "decimal.Decimal" {
        return Ok(None);
    }
    let pair = vm.call_method(v, &Rc::from("as_integer_ratio"), Args::default())?;
    let items = vm.collect(&pair)?;
    match (
        items.first().and_then(as_bigint),
        items.get(1).and_then(as_bigint),
    ) {
        (Some(n), Some(d)) if !d.is_zero() => Ok(Some(Rat::new(n, d))),
        _ => Ok(None),
    }
}

fn zero_division(vm: &Vm, n: &BigInt) -> crate::eval::Unwind {
    vm.raise("ZeroDivisionError", format!("Fraction({}, 0)", n))
}

fn class_method(vm: &Vm, cls: &ClassRef, name: &str, args: Args) -> PyResult<Value> {
    let s = bind(
        vm,
        &Sig {
            name: &format!("Fraction.{}", name),
            params: &[if name == "from_float" { "f" } else { "dec" }],
            required: 1,
            kwonly: &[],
            method: false,
        },
        args,
    )?;
    let v = s[0].clone().unwrap_or(Value::None);
    if let Some(b) = as_bigint(&v) {
        return Ok(fraction(cls, Rat::int(b)));
    }
    if name == "from_float" {
        if let Value::Float(f) = v {
            return from_float(vm, cls, f);
        }
        return Err(vm.type_error(format!(
            "Fraction.from_float() only takes floats, not {} ({})",
            vm.repr(&v)?,
            vm.type_name(&v)
        )));
    }
    match decimal_ratio(vm, &v)? {
        Some(r) => Ok(fraction(cls, r)),
        None => Err(vm.type_error(format!(
            "Fraction.from_decimal() only takes Decimals, not {} ({})",
            vm.repr(&v)?,
            vm.type_name(&v)
        ))),
    }
}

fn from_float(vm: &Vm, cls: &ClassRef, f: f64) -> PyResult<Value> {
    match Rat::from_f64(f) {
        Some(r) => Ok(fraction(cls, r)),
        None if f.is_nan() => Err(vm.value_error("cannot convert NaN to integer ratio")),
        None => Err(vm.raise("OverflowError", "cannot convert Infinity to integer ratio")),
    }
}

fn construct(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    let s = bind(
        vm,
        &Sig {
            name: "Fraction.__new__",
            params: &["numerator", "denominator"],
            required: 0,
            kwonly: &["_normalize"],
            method: true,
        },
        args,
    )?;
    let num = s[0].clone().unwrap_or(Value::Int(0));
    let den = s[1].clone().filter(|d| !d.is_none());
    let Some(den) = den else {
        if let Some(r) = rational_of(&num) {
            return Ok(fraction(cls, r));
        }
        return match &num {
            Value::Float(f) => from_float(vm, cls, *f),
            Value::Str(text) => match parse(text.as_str()) {
                Some((n, d)) => {
                    if d.is_zero() {
                        return Err(zero_division(vm, &n));
                    }
                    Ok(fraction(cls, Rat::new(n, d)))
                }
                None => {
                    Err(vm.value_error(format!("Invalid literal for Fraction: {}", vm.repr(&num)?)))
                }
            },
            _ => match decimal_ratio(vm, &num)? {
                Some(r) => Ok(fraction(cls, r)),
                None => Err(vm.type_error("argument should be a string or a Rational instance")),
            },
        };
    };
    match (rational_of(&num), rational_of(&den)) {
        (Some(a), Some(b)) => {
            let n = &a.n * &b.d;
            let d = &b.n * &a.d;
            if d.is_zero() {
                return Err(zero_division(vm, &n));
            }
            vm.check_work(crate::limits::estimate::int_gcd_ns(n.bits(), d.bits()))?;
            Ok(fraction(cls, Rat::new(n, d)))
        }
        _ => Err(vm.type_error("both arguments should be Rational instances")),
    }
}

/// Digits with single underscores between them (`\d+(_\d+)*`).
fn digits(s: &str) -> Option<String> {
    if s.is_empty()
        || s.starts_with('_')
        || s.ends_with('_')
        || s.contains("__")
        || !s.chars().all(|c| c.is_ascii_digit() || c == '_')
    {
        return None;
    }
    Some(s.replace('_', ""))
}

/// `_RATIONAL_FORMAT`: `[sign] num [/ den]` or `[sign] num[.frac][e exp]`.
fn parse(text: &str) -> Option<(BigInt, BigInt)> {
    let t = text.trim_matches(|c: char| c.is_whitespace());
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let first_ok = t.starts_with(|c: char| c.is_ascii_digit())
        || (t.starts_with('.') && t[1..].starts_with(|c: char| c.is_ascii_digit()));
    if !first_ok {
        return None;
    }
    let parse_int = |s: &str| -> Option<BigInt> { digits(s)?.parse().ok() };
    let (n, d) = if let Some((a, b)) = t.split_once('/') {
        (parse_int(a)?, parse_int(b)?)
    } else {
        let (mant, exp) = match t.find(['e', 'E']) {
            Some(i) => (&t[..i], Some(&t[i + 1..])),
            None => (t, None),
        };
        let (int_part, frac) = match mant.split_once('.') {
            Some((a, b)) => (a, Some(b)),
            None => (mant, None),
        };
        let mut n = if int_part.is_empty() {
            BigInt::zero()
        } else {
            parse_int(int_part)?
        };
        let mut d = BigInt::one();
        if let Some(f) = frac.filter(|f| !f.is_empty()) {
            let f = digits(f)?;
            let scale = BigInt::from(10).pow(f.len() as u32);
            n = n * &scale + f.parse::<BigInt>().ok()?;
            d = scale;
        }
        if let Some(e) = exp {
            let (eneg, e) = match e.as_bytes().first() {
                Some(b'-') => (true, &e[1..]),
                Some(b'+') => (false, &e[1..]),
                _ => (false, e),
            };
            let e: u32 = digits(e)?.parse().ok().filter(|e| *e <= 100_000)?;
            let p = BigInt::from(10).pow(e);
            if eneg {
                d *= p;
            } else {
                n *= p;
            }
        }
        (n, d)
    };
    Some((if neg { -n } else { n }, d))
}

/// CPython's hash of a rational (consistent with int and float hashes).
pub fn hash_rat(r: &Rat) -> i64 {
    let p = BigInt::from((1u64 << 61) - 1);
    let dinv = r.d.modpow(&(&p - 2), &p);
    let h = if dinv.is_zero() {
        314159
    } else {
        let hn = r.n.abs().mod_floor(&p);
        (hn * dinv).mod_floor(&p).to_i64().unwrap_or(0)
    };
    let h = if r.n.is_negative() { -h } else { h };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Which operand types a binary operation with a Fraction sees.
enum Other {
    Rational(Rat),
    Float(f64),
}

fn classify(v: &Value) -> Option<Other> {
    if let Some(r) = rational_of(v) {
        return Some(Other::Rational(r));
    }
    match v {
        Value::Float(f) => Some(Other::Float(*f)),
        _ => None,
    }
}

impl FractionObj {
    fn make(&self, r: Rat) -> Value {
        fraction(&self.class, r)
    }

    fn to_float(&self, vm: &Vm) -> PyResult<f64> {
        self.rat.to_f64().ok_or_else(|| {
            vm.raise(
                "OverflowError",
                "integer division result too large for a float",
            )
        })
    }

    fn rational_op(&self, vm: &Vm, op: BinOp, a: &Rat, b: &Rat) -> Option<PyResult<Value>> {
        let int = |b: BigInt| Value::from_bigint(b);
        let zero = || Err(vm.raise("ZeroDivisionError", format!("Fraction({}, 0)", &a.n * &b.d)));
        // Cross products of the terms, then the gcd that normalises them.
        let bits = a.n.bits().max(a.d.bits()) + b.n.bits().max(b.d.bits());
        let ns = crate::limits::estimate::int_gcd_ns(bits, bits).saturating_add(
            crate::limits::estimate::int_mul_ns(bits / 2, bits / 2).saturating_mul(4),
        );
        if let Err(e) = vm.check_work(ns) {
            return Some(Err(e));
        }
        Some(match op {
            BinOp::Add => Ok(self.make(a.add(b))),
            BinOp::Sub => Ok(self.make(a.sub(b))),
            BinOp::Mul => Ok(self.make(a.mul(b))),
            BinOp::Div => match a.div(b) {
                Some(r) => Ok(self.make(r)),
                None => zero(),
            },
            BinOp::FloorDiv => {
                if b.n.is_zero() {
                    return Some(Err(
                        vm.raise("ZeroDivisionError", "integer division or modulo by zero")
                    ));
                }
                Ok(int((&a.n * &b.d).div_floor(&(&a.d * &b.n))))
            }
            BinOp::Mod => {
                if b.n.is_zero() {
                    return Some(Err(
                        vm.raise("ZeroDivisionError", "integer division or modulo by zero")
                    ));
                }
                let n = (&a.n * &b.d).mod_floor(&(&b.n * &a.d));
                Ok(self.make(Rat::new(n, &a.d * &b.d)))
            }
            BinOp::Pow => {
                if b.is_int() {
                    let Some(p) = b.n.to_i64().filter(|p| p.unsigned_abs() <= u32::MAX as u64)
                    else {
                        return Some(Err(vm.raise("OverflowError", "exponent too large")));
                    };
                    let e = p.unsigned_abs() as u32;
                    let est = crate::limits::estimate::fraction_pow_bytes(
                        a.n.bits(),
                        a.d.bits(),
                        u64::from(e),
                    );
                    if let Err(err) = vm.check_alloc(est) {
                        return Some(Err(err));
                    }
                    let (n, d) = (a.n.pow(e), a.d.pow(e));
                    if p >= 0 {
                        Ok(self.make(Rat { n, d }))
                    } else if n.is_zero() {
                        Err(vm.raise("ZeroDivisionError", format!("Fraction({}, 0)", d)))
                    } else {
                        Ok(self.make(Rat::new(d, n)))
                    }
                } else {
                    let (Some(x), Some(y)) = (a.to_f64(), b.to_f64()) else {
                        return Some(Err(vm.raise(
                            "OverflowError",
                            "integer division result too large for a float",
                        )));
                    };
                    vm.binary_op(BinOp::Pow, &Value::Float(x), &Value::Float(y))
                }
            }
            _ => return None,
        })
    }
}

impl NativeObject for FractionObj {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn heap_bytes(&self) -> usize {
        ((self.rat.n.bits() + self.rat.d.bits()) / 8) as usize
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Vm, _this: &Value) -> PyResult<String> {
        Ok(format!("Fraction({}, {})", self.rat.n, self.rat.d))
    }
    fn str(&self, _vm: &Vm, _this: &Value) -> PyResult<String> {
        Ok(if self.rat.is_int() {
            self.rat.n.to_string()
        } else {
            format!("{}/{}", self.rat.n, self.rat.d)
        })
    }
    fn get_attr(&self, _vm: &Vm, this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "numerator" => Some(Value::from_bigint(self.rat.n.clone())),
            "denominator" => Some(Value::from_bigint(self.rat.d.clone())),
            "real" => Some(this.clone()),
            "imag" => Some(Value::Int(0)),
            "from_float" => Some(ClassFn::value(&self.class, "from_float", class_method)),
            "from_decimal" => Some(ClassFn::value(&self.class, "from_decimal", class_method)),
            _ => None,
        })
    }
    fn has_method(&self, name: &str) -> bool {
        matches!(
            name,
            "limit_denominator"
                | "as_integer_ratio"
                | "conjugate"
                | "__float__"
                | "__int__"
                | "__trunc__"
                | "__floor__"
                | "__ceil__"
                | "__round__"
                | "__abs__"
                | "__neg__"
                | "__pos__"
                | "__format__"
        )
    }
    fn call_method(&self, vm: &Vm, this: &Value, name: &str, args: Args) -> PyResult<Value> {
        let qual = format!("Fraction.{}", name);
        let no_args = |args: &Args| -> PyResult<()> {
            bind(
                vm,
                &Sig {
                    name: &qual,
                    params: &[],
                    required: 0,
                    kwonly: &[],
                    method: true,
                },
                Args::with_kw(args.pos.clone(), args.kw.clone()),
            )
            .map(|_| ())
        };
        let int = Value::from_bigint;
        match name {
            "limit_denominator" => {
                let s = bind(
                    vm,
                    &Sig {
                        name: &qual,
                        params: &["max_denominator"],
                        required: 0,
                        kwonly: &[],
                        method: true,
                    },
                    args,
                )?;
                let max = match &s[0] {
                    None => BigInt::from(1_000_000),
                    Some(v) => match as_bigint(v) {
                        Some(b) => b,
                        None => {
                            return Err(vm.type_error(format!(
                                "'<' not supported between instances of '{}' and 'int'",
                                vm.type_name(v)
                            )))
                        }
                    },
                };
                if max < BigInt::one() {
                    return Err(vm.value_error("max_denominator should be at least 1"));
                }
                Ok(self.make(limit_denominator(&self.rat, &max)))
            }
            "as_integer_ratio" => {
                no_args(&args)?;
                Ok(Value::tuple(vec![
                    int(self.rat.n.clone()),
                    int(self.rat.d.clone()),
                ]))
            }
            "conjugate" | "__pos__" => {
                no_args(&args)?;
                Ok(self.make(self.rat.clone()))
            }
            "__float__" => Ok(Value::Float(self.to_float(vm)?)),
            "__format__" => match args.pos.first() {
                Some(Value::Str(spec)) if !spec.as_str().is_empty() => {
                    Err(vm.type_error("unsupported format string passed to Fraction.__format__"))
                }
                _ => Ok(Value::string(self.str(vm, this)?)),
            },
            "__int__" | "__trunc__" => Ok(int(self.rat.trunc())),
            "__floor__" => Ok(int(self.rat.floor())),
            "__ceil__" => Ok(int(self.rat.ceil())),
            "__abs__" => Ok(self.make(self.rat.abs())),
            "__neg__" => Ok(self.make(self.rat.neg())),
            "__round__" => {
                let nd = args.pos.first().cloned().filter(|v| !v.is_none());
                let Some(nd) = nd else {
                    return Ok(int(self.rat.round_even()));
                };
                let Some(nd) = as_bigint(&nd).and_then(|b| b.to_i64()) else {
                    return Err(vm.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        vm.type_name(&nd)
                    )));
                };
                let shift = BigInt::from(10).pow(nd.unsigned_abs().min(100_000) as u32);
                let r = if nd >= 0 {
                    let scaled = self.rat.mul(&Rat::int(shift.clone())).round_even();
                    Rat::new(scaled, shift)
                } else {
                    let scaled = Rat::new(self.rat.n.clone(), &self.rat.d * &shift).round_even();
                    Rat::int(scaled * shift)
                };
                Ok(self.make(r))
            }
            _ => Err(vm.raise(
                "AttributeError",
                crate::errors::no_attribute("Fraction", name),
            )),
        }
    }
    fn truthy(&self, _vm: &Vm) -> Option<PyResult<bool>> {
        Some(Ok(!self.rat.n.is_zero()))
    }
    fn hash(&self, _vm: &Vm) -> Option<PyResult<u64>> {
        Some(Ok(hash_rat(&self.rat) as u64))
    }
    fn eq(&self, _vm: &Vm, other: &Value) -> Option<PyResult<bool>> {
        Some(Ok(match classify(other)? {
            Other::Rational(r) => r == self.rat,
            Other::Float(f) => Rat::from_f64(f).is_some_and(|r| r == self.rat),
        }))
    }
    fn compare(&self, _vm: &Vm, op: CmpOp, other: &Value) -> Option<PyResult<bool>> {
        let ord = match classify(other)? {
            Other::Rational(r) => Some(self.rat.cmp(&r)),
            Other::Float(f) if f.is_nan() => None,
            Other::Float(f) if f.is_infinite() => Some(if f > 0.0 {
                Ordering::Less
            } else {
                Ordering::Greater
            }),
            Other::Float(f) => Rat::from_f64(f).map(|r| self.rat.cmp(&r)),
        };
        let Some(ord) = ord else {
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
        match classify(other)? {
            Other::Rational(r) => {
                if reflected {
                    if op == BinOp::Pow && !self.rat.is_int() {
                        let (Some(x), Some(y)) = (r.to_f64(), self.rat.to_f64()) else {
                            return None;
                        };
                        return Some(vm.binary_op(op, &Value::Float(x), &Value::Float(y)));
                    }
                    if op == BinOp::Pow && native_ref::<FractionObj>(other).is_none() {
                        // int ** integral Fraction is int ** int.
                        return Some(vm.binary_op(
                            op,
                            other,
                            &Value::from_bigint(self.rat.n.clone()),
                        ));
                    }
                    self.rational_op(vm, op, &r, &self.rat)
                } else {
                    self.rational_op(vm, op, &self.rat, &r)
                }
            }
            Other::Float(f) => {
                let x = match self.to_float(vm) {
                    Ok(x) => x,
                    Err(e) => return Some(Err(e)),
                };
                Some(if reflected {
                    vm.binary_op(op, &Value::Float(f), &Value::Float(x))
                } else {
                    vm.binary_op(op, &Value::Float(x), &Value::Float(f))
                })
            }
        }
    }
}

/// `Fraction.limit_denominator`: the closest fraction with a bounded denominator.
fn limit_denominator(r: &Rat, max: &BigInt) -> Rat {
    if &r.d <= max {
        return r.clone();
    }
    let (mut p0, mut q0, mut p1, mut q1) =
        (BigInt::zero(), BigInt::one(), BigInt::one(), BigInt::zero());
    let (mut n, mut d) = (r.n.clone(), r.d.clone());
    loop {
        let a = n.div_floor(&d);
        let q2 = &q0 + &a * &q1;
        if &q2 > max {
            break;
        }
        let p2 = &p0 + &a * &p1;
        p0 = std::mem::replace(&mut p1, p2);
        q0 = std::mem::replace(&mut q1, q2);
        let rem = &n - &a * &d;
        n = std::mem::replace(&mut d, rem);
    }
    let k = (max - &q0).div_floor(&q1);
    let bound1 = Rat::new(&p0 + &k * &p1, &q0 + &k * &q1);
    let bound2 = Rat::new(p1, q1);
    if bound2.sub(r).abs().cmp(&bound1.sub(r).abs()) != Ordering::Greater {
        bound2
    } else {
        bound1
    }
}
