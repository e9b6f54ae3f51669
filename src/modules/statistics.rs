//! `statistics`: CPython 3.11's averages, spreads, quantiles and bivariate
//! functions. Sums and sums of squares are exact rationals (as CPython's
//! `_sum`/`_ss` with Fractions) converted back to the input type at the end,
//! so results match CPython bit for bit.
//!
//! Owns `StatisticsError` and `LinearRegression`. `NormalDist` is not provided.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive};
use std::any::Any;
use std::collections::HashMap;
use std::rc::Rc;

use super::fractions::{fraction, int_ratio_to_f64, FractionObj, Rat};
use super::support::{as_bigint, bind, exception_class, raise_class, Sig};
use crate::eval::{Args, PyResult, Unwind, Vm};
use crate::ir::BinOp;
use crate::types::TypeKind;
use crate::value::{native_ref, Class, ClassRef, DictObj, NativeObject, Value};

/// The functions of the module.
const FUNCTIONS: &[&str] = &[
    "mean",
    "fmean",
    "geometric_mean",
    "harmonic_mean",
    "median",
    "median_low",
    "median_high",
    "median_grouped",
    "mode",
    "multimode",
    "quantiles",
    "variance",
    "pvariance",
    "stdev",
    "pstdev",
    "covariance",
    "correlation",
    "linear_regression",
];

/// Module state: the exception and result classes; its methods are the functions.
struct Stats {
    error: ClassRef,
    regression: ClassRef,
}

pub fn build(vm: &Vm) -> HashMap<Rc<str>, Value> {
    let error = exception_class(vm, "StatisticsError", "statistics", "ValueError");
    let regression = Class::native("LinearRegression", "statistics", vec![], None);
    let holder = Value::native_uncharged(Stats {
        error: error.clone(),
        regression: regression.clone(),
    });
    let mut m: HashMap<Rc<str>, Value> = FUNCTIONS
        .iter()
        .map(|f| (Rc::from(*f), super::support::method(&holder, f)))
        .collect();
    m.insert(Rc::from("StatisticsError"), Value::Class(error));
    m.insert(Rc::from("LinearRegression"), Value::Class(regression));
    m
}

/// The numeric type CPython's `_sum` tracks (`T`), after `_coerce`.
#[derive(Clone)]
enum NumType {
    Int,
    Float,
    Fraction(ClassRef),
    Decimal(ClassRef),
}

impl NumType {
    fn name(&self) -> &str {
        match self {
            NumType::Int => "int",
            NumType::Float => "float",
            NumType::Fraction(_) => "Fraction",
            NumType::Decimal(_) => "Decimal",
        }
    }
}

/// `_sum`'s result: the type, the exact total (or a non-finite float), the count.
struct Total {
    t: NumType,
    exact: Result<Rat, f64>,
    count: usize,
}

/// Exact value of one data point (`_exact_ratio`), with its type.
fn exact(vm: &Vm, v: &Value) -> PyResult<(NumType, Result<Rat, f64>)> {
    if let Some(b) = as_bigint(v) {
        return Ok((NumType::Int, Ok(Rat::int(b))));
    }
    match v {
        Value::Float(f) => Ok((NumType::Float, Rat::from_f64(*f).ok_or(*f))),
        Value::Native(n) => {
            if let Some(f) = native_ref::<FractionObj>(v) {
                return Ok((NumType::Fraction(n.class()), Ok(f.rat.clone())));
            }
            let class = n.class();
            if class.name.as_ref() == "decimal.Decimal" && n.has_method("as_integer_ratio") {
                let r = vm.call_method(v, &Rc::from("as_integer_ratio"), Args::default());
                let r = match r {
                    Ok(r) => r,
                    Err(e) if e.is_exception() => {
                        let f = vm.to_f64(&vm.call(
                            &Value::Class(vm.types.of_kind(TypeKind::Float)),
                            Args::new(vec![v.clone()]),
                        )?)?;
                        return Ok((NumType::Decimal(class), Err(f)));
                    }
                    Err(e) => return Err(e),
                };
                let items = vm.collect(&r)?;
                if let (Some(a), Some(b)) = (
                    items.first().and_then(as_bigint),
                    items.get(1).and_then(as_bigint),
                ) {
                    return Ok((NumType::Decimal(class), Ok(Rat::new(a, b))));
                }
            }
            Err(not_ratio(vm, v))
        }
        _ => Err(not_ratio(vm, v)),
    }
}

fn not_ratio(vm: &Vm, v: &Value) -> Unwind {
    vm.type_error(format!(
        "can't convert type '{}' to numerator/denominator",
        vm.type_name(v)
    ))
}

/// `_coerce(T, S)`.
fn coerce(vm: &Vm, t: NumType, s: &NumType) -> PyResult<NumType> {
    Ok(match (&t, s) {
        (_, NumType::Int) => t,
        (NumType::Int, _) => s.clone(),
        (NumType::Float, NumType::Float) => t,
        (NumType::Fraction(_), NumType::Fraction(_)) => t,
        (NumType::Decimal(_), NumType::Decimal(_)) => t,
        (NumType::Fraction(_), NumType::Float) => NumType::Float,
        (NumType::Float, NumType::Fraction(_)) => NumType::Float,
        _ => {
            return Err(vm.type_error(format!(
                "don't know how to coerce {} and {}",
                t.name(),
                s.name()
            )))
        }
    })
}

/// Exact sum of rationals grouped by denominator, as `_sum` does.
#[derive(Default)]
struct Partials {
    by_den: Vec<(BigInt, BigInt)>,
    nonfinite: Option<f64>,
}

impl Partials {
    fn add(&mut self, r: Result<Rat, f64>) {
        match r {
            Ok(r) => match self.by_den.iter_mut().find(|(d, _)| *d == r.d) {
                Some((_, n)) => *n += r.n,
                None => self.by_den.push((r.d, r.n)),
            },
            Err(f) => self.nonfinite = Some(self.nonfinite.unwrap_or(0.0) + f),
        }
    }
    fn total(&self) -> Result<Rat, f64> {
        if let Some(f) = self.nonfinite {
            return Err(f);
        }
        let mut t = Rat::zero();
        for (d, n) in &self.by_den {
            t = t.add(&Rat::new(n.clone(), d.clone()));
        }
        Ok(t)
    }
}

fn sum(vm: &Vm, items: &[Value]) -> PyResult<Total> {
    let mut t = NumType::Int;
    let mut p = Partials::default();
    for v in items {
        vm.tick()?;
        let (typ, r) = exact(vm, v)?;
        t = coerce(vm, t, &typ)?;
        p.add(r);
    }
    Ok(Total {
        t,
        exact: p.total(),
        count: items.len(),
    })
}

/// `_convert(value, T)`.
fn convert(vm: &Vm, value: Result<Rat, f64>, t: &NumType) -> PyResult<Value> {
    let r = match value {
        Ok(r) => r,
        Err(f) => return Ok(Value::Float(f)),
    };
    match t {
        NumType::Int if r.is_int() => Ok(Value::from_bigint(r.n)),
        NumType::Int | NumType::Float => rat_float(vm, &r).map(Value::Float),
        NumType::Fraction(c) => Ok(fraction(c, r)),
        NumType::Decimal(c) => {
            let class = Value::Class(c.clone());
            let n = vm.call(&class, Args::new(vec![Value::from_bigint(r.n)]))?;
            let d = vm.call(&class, Args::new(vec![Value::from_bigint(r.d)]))?;
            vm.binary_op(BinOp::Div, &n, &d)
        }
    }
}

fn rat_float(vm: &Vm, r: &Rat) -> PyResult<f64> {
    r.to_f64().ok_or_else(|| {
        vm.raise(
            "OverflowError",
            "integer division result too large for a float",
        )
    })
}

/// `_ss(data, c)`: (T, sum of squared deviations, count).
fn sum_squares(vm: &Vm, items: &[Value], c: Option<&Value>) -> PyResult<Total> {
    if let Some(c) = c {
        let mut sq = Vec::with_capacity(items.len());
        for x in items {
            let d = vm.binary_op(BinOp::Sub, x, c)?;
            sq.push(vm.binary_op(BinOp::Mul, &d, &d)?);
        }
        return sum(vm, &sq);
    }
    let mut t = NumType::Int;
    let mut sx = Partials::default();
    let mut sxx: Vec<(BigInt, BigInt)> = Vec::new();
    for v in items {
        vm.tick()?;
        let (typ, r) = exact(vm, v)?;
        t = coerce(vm, t, &typ)?;
        if let Ok(r) = &r {
            let d2 = &r.d * &r.d;
            let n2 = &r.n * &r.n;
            match sxx.iter_mut().find(|(d, _)| *d == d2) {
                Some((_, n)) => *n += n2,
                None => sxx.push((d2, n2)),
            }
        }
        sx.add(r);
    }
    let count = items.len();
    let exact = if count == 0 {
        Ok(Rat::zero())
    } else {
        match sx.total() {
            Err(f) => Err(f),
            Ok(s) => {
                let mut q = Rat::zero();
                for (d, n) in &sxx {
                    q = q.add(&Rat::new(n.clone(), d.clone()));
                }
                let cnt = Rat::int(BigInt::from(count));
                let ssd = cnt.mul(&q).sub(&s.mul(&s));
                Ok(Rat::new(ssd.n, ssd.d * BigInt::from(count)))
            }
        }
    };
    Ok(Total { t, exact, count })
}

/// `_float_sqrt_of_frac(n, m)`: the correctly rounded square root of n/m.
fn float_sqrt_of_frac(vm: &Vm, n: &BigInt, m: &BigInt) -> PyResult<f64> {
    let rto = |n: &BigInt, m: &BigInt| -> BigInt {
        let a = n.div_floor(m).sqrt();
        let exact = &a * &a * m == *n;
        if exact {
            a
        } else {
            a | BigInt::one()
        }
    };
    let q = Integer::div_floor(&(n.bits() as i64 - m.bits() as i64 - 109), &2);
    let (num, den) = if q >= 0 {
        (
            rto(n, &(m << (2 * q) as usize)) << q as usize,
            BigInt::one(),
        )
    } else {
        (
            rto(&(n << (-2 * q) as usize), m),
            BigInt::one() << (-q) as usize,
        )
    };
    int_ratio_to_f64(&num, &den).ok_or_else(|| {
        vm.raise(
            "OverflowError",
            "integer division result too large for a float",
        )
    })
}

/// A float for arithmetic on one data point (ints, floats, Fractions).
fn as_float(vm: &Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) => vm.to_f64(v),
        Value::Native(_) if vm.special_method(v, "__float__").is_some() => {
            let f = vm.call_method(v, &Rc::from("__float__"), Args::default())?;
            vm.to_f64(&f)
        }
        other => Err(vm.type_error(format!("must be real number, not {}", vm.type_name(other)))),
    }
}

/// `math.fsum` of floats.
fn fsum(vm: &Vm, xs: Vec<f64>) -> PyResult<f64> {
    let list = Value::list(xs.into_iter().map(Value::Float).collect());
    let r = (crate::modules::math::FSUM.call)(vm, Args::new(vec![list]))?;
    vm.to_f64(&r)
}

fn sorted(vm: &Vm, data: &Value) -> PyResult<Vec<Value>> {
    let items = vm.collect(data)?;
    vm.tick_n(items.len() as u64)?;
    crate::types::list::sort_values(vm, items, None, false).map_err(|(e, _)| e)
}

impl Stats {
    fn err(&self, vm: &Vm, msg: &str) -> Unwind {
        raise_class(vm, &self.error, msg)
    }

    fn median(
        &self,
        vm: &Vm,
        name: &str,
        data: &Value,
        interval: Option<Value>,
    ) -> PyResult<Value> {
        let d = sorted(vm, data)?;
        let n = d.len();
        if n == 0 {
            return Err(self.err(vm, "no median for empty data"));
        }
        match name {
            "median" if n % 2 == 0 => {
                let s = vm.binary_op(BinOp::Add, &d[n / 2 - 1], &d[n / 2])?;
                vm.binary_op(BinOp::Div, &s, &Value::Int(2))
            }
            "median_low" if n % 2 == 0 => Ok(d[n / 2 - 1].clone()),
            "median_grouped" => {
                let x = d[n / 2].clone();
                let mut i = 0;
                while i < n && vm.less_than(&d[i], &x)? {
                    i += 1;
                }
                let mut j = i;
                while j < n && !vm.less_than(&x, &d[j])? {
                    j += 1;
                }
                let float = Value::Class(vm.types.of_kind(TypeKind::Float));
                let to_float = |v: Value| -> PyResult<f64> {
                    match vm.call(&float, Args::new(vec![v])) {
                        Ok(f) => vm.to_f64(&f),
                        Err(e) if vm.caught(&e, "ValueError") => {
                            Err(vm.type_error("Value cannot be converted to a float"))
                        }
                        Err(e) => Err(e),
                    }
                };
                let interval = to_float(interval.unwrap_or(Value::Float(1.0)))?;
                let x = to_float(x)?;
                let l = x - interval / 2.0;
                let cf = i as f64;
                let f = (j - i) as f64;
                Ok(Value::Float(l + interval * (n as f64 / 2.0 - cf) / f))
            }
            _ => Ok(d[n / 2].clone()),
        }
    }

    fn counts(&self, vm: &Vm, data: &Value) -> PyResult<Vec<(Value, i64)>> {
        let mut d = DictObj::new();
        let it = vm.iter(data)?;
        while let Some(v) = vm.next(&it)? {
            vm.tick()?;
            let h = vm.hash(&v)?;
            match vm.find_in(&d, h, &v)? {
                Some(pos) => {
                    let c = match d.entry_at(pos).map(|e| &e.value) {
                        Some(Value::Int(c)) => *c,
                        _ => 0,
                    };
                    d.set_value_at(pos, Value::Int(c + 1));
                }
                None => d.insert_new(h, v, Value::Int(1)),
            }
        }
        Ok(d.items()
            .into_iter()
            .map(|(k, v)| (k, if let Value::Int(c) = v { c } else { 0 }))
            .collect())
    }

    fn quantiles(&self, vm: &Vm, data: &Value, n: Value, method: Value) -> PyResult<Value> {
        if vm.less_than(&n, &Value::Int(1))? {
            return Err(self.err(vm, "n must be at least 1"));
        }
        let d = sorted(vm, data)?;
        let ld = d.len() as i64;
        if ld < 2 {
            return Err(self.err(vm, "must have at least two data points"));
        }
        let Some(n) = as_bigint(&n).and_then(|b| b.to_i64()) else {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(&n)
            )));
        };
        vm.tick_n(n as u64)?;
        let interp = |lo: &Value, hi: &Value, delta: i64| -> PyResult<Value> {
            let a = vm.binary_op(BinOp::Mul, lo, &Value::Int(n - delta))?;
            let b = vm.binary_op(BinOp::Mul, hi, &Value::Int(delta))?;
            let s = vm.binary_op(BinOp::Add, &a, &b)?;
            vm.binary_op(BinOp::Div, &s, &Value::Int(n))
        };
        let mut out = Vec::new();
        match &method {
            Value::Str(s) if s.as_str() == "inclusive" => {
                let m = ld - 1;
                for i in 1..n {
                    let (j, delta) = (i * m).div_mod_floor(&n);
                    out.push(interp(&d[j as usize], &d[j as usize + 1], delta)?);
                }
            }
            Value::Str(s) if s.as_str() == "exclusive" => {
                let m = ld + 1;
                for i in 1..n {
                    let j = Integer::div_floor(&(i * m), &n).clamp(1, ld - 1);
                    let delta = i * m - j * n;
                    out.push(interp(&d[j as usize - 1], &d[j as usize], delta)?);
                }
            }
            other => return Err(vm.value_error(format!("Unknown method: {}", vm.repr(other)?))),
        }
        Ok(Value::list(out))
    }

    fn spread(&self, vm: &Vm, name: &str, data: &Value, c: Option<Value>) -> PyResult<Value> {
        let items = vm.collect(data)?;
        let total = sum_squares(vm, &items, c.as_ref())?;
        let population = name.starts_with('p');
        let n = total.count;
        if (population && n < 1) || (!population && n < 2) {
            let msg = if population {
                format!("{} requires at least one data point", name)
            } else {
                format!("{} requires at least two data points", name)
            };
            return Err(self.err(vm, &msg));
        }
        let div = BigInt::from(if population { n } else { n - 1 });
        let mss = match total.exact {
            Ok(ss) => Ok(Rat::new(ss.n, ss.d * div)),
            Err(f) => Err(f / div.to_f64().unwrap_or(1.0)),
        };
        if name.ends_with("variance") {
            return convert(vm, mss, &total.t);
        }
        let mss = match mss {
            Ok(r) => r,
            Err(_) => {
                return Err(vm.raise(
                    "AttributeError",
                    "'float' object has no attribute 'numerator'",
                ))
            }
        };
        if let NumType::Decimal(c) = &total.t {
            let class = Value::Class(c.clone());
            let n = vm.call(&class, Args::new(vec![Value::from_bigint(mss.n)]))?;
            let d = vm.call(&class, Args::new(vec![Value::from_bigint(mss.d)]))?;
            let q = vm.binary_op(BinOp::Div, &n, &d)?;
            return vm.call_method(&q, &Rc::from("sqrt"), Args::default());
        }
        Ok(Value::Float(float_sqrt_of_frac(vm, &mss.n, &mss.d)?))
    }

    fn bivariate(
        &self,
        vm: &Vm,
        name: &str,
        x: &Value,
        y: &Value,
        proportional: bool,
    ) -> PyResult<Value> {
        let label = match name {
            "linear_regression" => "linear regression",
            other => other,
        };
        let (xs, ys) = (vm.collect(x)?, vm.collect(y)?);
        let n = vm.len(x)?;
        if vm.len(y)? != n {
            return Err(self.err(
                vm,
                &format!(
                    "{} requires that both inputs have same number of data points",
                    label
                ),
            ));
        }
        if n < 2 {
            return Err(self.err(vm, &format!("{} requires at least two data points", label)));
        }
        let fx = xs
            .iter()
            .map(|v| as_float(vm, v))
            .collect::<PyResult<Vec<f64>>>()?;
        let fy = ys
            .iter()
            .map(|v| as_float(vm, v))
            .collect::<PyResult<Vec<f64>>>()?;
        let nf = n as f64;
        if proportional {
            let sxy = fsum(vm, fx.iter().zip(&fy).map(|(a, b)| a * b).collect())?;
            let sxx = fsum(vm, fx.iter().map(|a| a * a).collect())?;
            if sxx == 0.0 {
                return Err(self.err(vm, "x is constant"));
            }
            return Ok(self.regression_value(sxy / sxx, 0.0));
        }
        let xbar = fsum(vm, fx.clone())? / nf;
        let ybar = fsum(vm, fy.clone())? / nf;
        let sxy = fsum(
            vm,
            fx.iter()
                .zip(&fy)
                .map(|(a, b)| (a - xbar) * (b - ybar))
                .collect(),
        )?;
        match name {
            "covariance" => Ok(Value::Float(sxy / (nf - 1.0))),
            "correlation" => {
                let sxx = fsum(vm, fx.iter().map(|a| (a - xbar) * (a - xbar)).collect())?;
                let syy = fsum(vm, fy.iter().map(|b| (b - ybar) * (b - ybar)).collect())?;
                let den = (sxx * syy).sqrt();
                if den == 0.0 {
                    return Err(self.err(vm, "at least one of the inputs is constant"));
                }
                Ok(Value::Float(sxy / den))
            }
            _ => {
                let sxx = fsum(vm, fx.iter().map(|a| (a - xbar) * (a - xbar)).collect())?;
                if sxx == 0.0 {
                    return Err(self.err(vm, "x is constant"));
                }
                let slope = sxy / sxx;
                Ok(self.regression_value(slope, ybar - slope * xbar))
            }
        }
    }

    fn regression_value(&self, slope: f64, intercept: f64) -> Value {
        Value::native_uncharged(Regression {
            class: self.regression.clone(),
            fields: [Value::Float(slope), Value::Float(intercept)],
        })
    }
}

fn sig<'a>(
    name: &'a str,
    params: &'a [&'a str],
    required: usize,
    kwonly: &'a [&'a str],
) -> Sig<'a> {
    Sig {
        name,
        params,
        required,
        kwonly,
        method: false,
    }
}

impl NativeObject for Stats {
    fn class(&self) -> ClassRef {
        self.regression.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Vm, _this: &Value) -> PyResult<String> {
        Ok("<module 'statistics'>".into())
    }
    fn has_method(&self, name: &str) -> bool {
        FUNCTIONS.contains(&name)
    }
    fn call_method(&self, vm: &Vm, _this: &Value, name: &str, args: Args) -> PyResult<Value> {
        let one = |args: Args, params: &[&str]| -> PyResult<Vec<Option<Value>>> {
            bind(vm, &sig(name, params, 1, &[]), args)
        };
        let arg =
            |s: &[Option<Value>], i: usize| s.get(i).cloned().flatten().unwrap_or(Value::None);
        match name {
            "mean" => {
                let s = one(args, &["data"])?;
                let items = vm.collect(&arg(&s, 0))?;
                let t = sum(vm, &items)?;
                if t.count < 1 {
                    return Err(self.err(vm, "mean requires at least one data point"));
                }
                let n = BigInt::from(t.count);
                let v = match t.exact {
                    Ok(r) => Ok(Rat::new(r.n, r.d * n)),
                    Err(f) => Err(f / t.count as f64),
                };
                convert(vm, v, &t.t)
            }
            "fmean" | "geometric_mean" => {
                let params: &[&str] = if name == "fmean" {
                    &["data", "weights"]
                } else {
                    &["data"]
                };
                let s = one(args, params)?;
                let data = vm.collect(&arg(&s, 0))?;
                let r = if name == "fmean" {
                    self.fmean(
                        vm,
                        data,
                        s.get(1).cloned().flatten().filter(|w| !w.is_none()),
                    )
                } else {
                    let log = Value::Builtin(&crate::modules::math::LOG);
                    let mut logs = Vec::with_capacity(data.len());
                    for x in data {
                        // math.log takes Fractions and Decimals through __float__.
                        let x = match x {
                            Value::Native(_) => Value::Float(as_float(vm, &x)?),
                            other => other,
                        };
                        match vm.call(&log, Args::new(vec![x])) {
                            Ok(l) => logs.push(l),
                            Err(e) if vm.caught(&e, "ValueError") => {
                                return Err(self.err(vm, "geometric mean requires a non-empty dataset containing positive numbers"));
                            }
                            Err(e) => return Err(e),
                        }
                    }
                    match self.fmean(vm, logs, None) {
                        Ok(Value::Float(m)) => Ok(Value::Float(m.exp())),
                        Ok(other) => Ok(other),
                        Err(e) if e.is_exception() => Err(self.err(vm, "geometric mean requires a non-empty dataset containing positive numbers")),
                        Err(e) => Err(e),
                    }
                };
                r
            }
            "harmonic_mean" => {
                let s = one(args, &["data", "weights"])?;
                self.harmonic(vm, &arg(&s, 0), s[1].clone().filter(|w| !w.is_none()))
            }
            "median" | "median_low" | "median_high" => {
                let s = one(args, &["data"])?;
                self.median(vm, name, &arg(&s, 0), None)
            }
            "median_grouped" => {
                let s = one(args, &["data", "interval"])?;
                self.median(vm, name, &arg(&s, 0), s[1].clone())
            }
            "mode" | "multimode" => {
                let s = one(args, &["data"])?;
                let counts = self.counts(vm, &arg(&s, 0))?;
                let max = counts.iter().map(|(_, c)| *c).max();
                let Some(max) = max else {
                    if name == "mode" {
                        return Err(self.err(vm, "no mode for empty data"));
                    }
                    return Ok(Value::list(Vec::new()));
                };
                let mut winners = counts
                    .into_iter()
                    .filter(|(_, c)| *c == max)
                    .map(|(v, _)| v);
                if name == "mode" {
                    return Ok(winners.next().unwrap_or(Value::None));
                }
                Ok(Value::list(winners.collect()))
            }
            "quantiles" => {
                let s = bind(vm, &sig(name, &["data"], 1, &["n", "method"]), args)?;
                let n = s[1].clone().unwrap_or(Value::Int(4));
                let method = s[2].clone().unwrap_or(Value::str("exclusive"));
                self.quantiles(vm, &arg(&s, 0), n, method)
            }
            "variance" | "stdev" => {
                let s = one(args, &["data", "xbar"])?;
                self.spread(vm, name, &arg(&s, 0), s[1].clone().filter(|v| !v.is_none()))
            }
            "pvariance" | "pstdev" => {
                let s = one(args, &["data", "mu"])?;
                self.spread(vm, name, &arg(&s, 0), s[1].clone().filter(|v| !v.is_none()))
            }
            "linear_regression" => {
                let s = bind(vm, &sig(name, &["x", "y"], 2, &["proportional"]), args)?;
                let prop = match &s[2] {
                    Some(v) => vm.truthy(v)?,
                    None => false,
                };
                self.bivariate(vm, name, &arg(&s, 0), &arg(&s, 1), prop)
            }
            _ => {
                let s = bind(vm, &sig(name, &["x", "y"], 2, &[]), args)?;
                self.bivariate(vm, name, &arg(&s, 0), &arg(&s, 1), false)
            }
        }
    }
}

impl Stats {
    fn fmean(&self, vm: &Vm, data: Vec<Value>, weights: Option<Value>) -> PyResult<Value> {
        let n = data.len();
        let Some(weights) = weights else {
            let xs = data
                .iter()
                .map(|v| as_float(vm, v))
                .collect::<PyResult<Vec<f64>>>()?;
            let total = fsum(vm, xs)?;
            if n == 0 {
                return Err(self.err(vm, "fmean requires at least one data point"));
            }
            return Ok(Value::Float(total / n as f64));
        };
        let ws = vm.collect(&weights)?;
        let mut prods = Vec::new();
        for (x, w) in data.iter().zip(&ws) {
            prods.push(as_float(vm, &vm.binary_op(BinOp::Mul, x, w)?)?);
        }
        let num = fsum(vm, prods)?;
        if n != ws.len() {
            return Err(self.err(vm, "data and weights must be the same length"));
        }
        let den = fsum(
            vm,
            ws.iter()
                .map(|w| as_float(vm, w))
                .collect::<PyResult<Vec<f64>>>()?,
        )?;
        if den == 0.0 {
            return Err(self.err(vm, "sum of weights must be non-zero"));
        }
        Ok(Value::Float(num / den))
    }

    fn harmonic(&self, vm: &Vm, data: &Value, weights: Option<Value>) -> PyResult<Value> {
        let errmsg = "harmonic mean does not support negative values";
        let data = vm.collect(data)?;
        let n = data.len();
        if n < 1 {
            return Err(self.err(vm, "harmonic_mean requires at least one data point"));
        }
        let zero = Value::Int(0);
        if n == 1 && weights.is_none() {
            let x = &data[0];
            let real = matches!(
                x,
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
            ) || matches!(x, Value::Native(n) if matches!(n.class().name.as_ref(), "Fraction" | "decimal.Decimal"));
            if !real {
                return Err(vm.type_error("unsupported type"));
            }
            if vm.less_than(x, &zero)? {
                return Err(self.err(vm, errmsg));
            }
            return Ok(x.clone());
        }
        let (ws, sum_weights) = match weights {
            None => (vec![Value::Int(1); n], Ok(Rat::int(BigInt::from(n)))),
            Some(w) => {
                let ws = vm.collect(&w)?;
                if ws.len() != n {
                    return Err(self.err(vm, "Number of weights does not match data size"));
                }
                for w in &ws {
                    if vm.less_than(w, &zero)? {
                        return Err(self.err(vm, errmsg));
                    }
                }
                let s = sum(vm, &ws)?;
                (ws, s.exact)
            }
        };
        let mut terms = Vec::with_capacity(n);
        for (w, x) in ws.iter().zip(&data) {
            if vm.less_than(x, &zero)? {
                return Err(self.err(vm, errmsg));
            }
            if !vm.truthy(w)? {
                terms.push(Value::Int(0));
                continue;
            }
            match vm.binary_op(BinOp::Div, w, x) {
                Ok(q) => terms.push(q),
                Err(e) if vm.caught(&e, "ZeroDivisionError") => return Ok(Value::Int(0)),
                Err(e) => return Err(e),
            }
        }
        let t = sum(vm, &terms)?;
        let total = match &t.exact {
            Ok(r) => r.clone(),
            Err(f) => {
                if *f <= 0.0 {
                    return Err(self.err(vm, "Weighted sum must be positive"));
                }
                let sw = match &sum_weights {
                    Ok(r) => rat_float(vm, r)?,
                    Err(w) => *w,
                };
                return Ok(Value::Float(sw / f));
            }
        };
        if !total.n.is_positive() {
            return Err(self.err(vm, "Weighted sum must be positive"));
        }
        let value = match sum_weights {
            Ok(sw) => sw.div(&total).map_or(Err(0.0), Ok),
            Err(f) => Err(f),
        };
        convert(vm, value, &t.t)
    }
}

/// `statistics.LinearRegression(slope, intercept)`: a named 2-tuple.
struct Regression {
    class: ClassRef,
    fields: [Value; 2],
}

impl NativeObject for Regression {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, vm: &Vm, _this: &Value) -> PyResult<String> {
        Ok(format!(
            "LinearRegression(slope={}, intercept={})",
            vm.repr(&self.fields[0])?,
            vm.repr(&self.fields[1])?
        ))
    }
    fn get_attr(&self, _vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "slope" => Some(self.fields[0].clone()),
            "intercept" => Some(self.fields[1].clone()),
            _ => None,
        })
    }
    fn len(&self, _vm: &Vm) -> Option<PyResult<usize>> {
        Some(Ok(2))
    }
    fn get_item(&self, vm: &Vm, key: &Value) -> Option<PyResult<Value>> {
        Some(vm.get_item(&Value::tuple(self.fields.to_vec()), key))
    }
    fn iter(&self, vm: &Vm, _this: &Value) -> Option<PyResult<Value>> {
        Some(vm.iter(&Value::tuple(self.fields.to_vec())))
    }
    fn eq(&self, vm: &Vm, other: &Value) -> Option<PyResult<bool>> {
        let other = match other {
            Value::Tuple(_) => other.clone(),
            _ => Value::tuple(native_ref::<Regression>(other)?.fields.to_vec()),
        };
        Some(vm.eq(&Value::tuple(self.fields.to_vec()), &other))
    }
}
