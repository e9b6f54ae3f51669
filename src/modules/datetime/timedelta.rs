//! `datetime.timedelta`: a duration normalised to days, seconds (0..86400)
//! and microseconds (0..1e6), with CPython's constructor rounding,
//! arithmetic (round-half-even for float and int division) and reprs.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::cal::US_PER_DAY;
use super::{types, unsupported};
use crate::eval::{Args, PyResult, Vm};
use crate::ir::{BinOp, CmpOp};
use crate::value::{native_ref, ClassRef, NativeObject, Value};

/// A timedelta value.
#[derive(Clone)]
pub struct TdObj {
    pub cls: ClassRef,
    pub days: i64,
    pub seconds: i64,
    pub us: i64,
}

impl TdObj {
    /// A timedelta of already normalised fields.
    pub fn value(cls: &ClassRef, days: i64, seconds: i64, us: i64) -> Value {
        Value::native(TdObj {
            cls: cls.clone(),
            days,
            seconds,
            us,
        })
    }
    pub fn total_us(&self) -> i128 {
        self.days as i128 * US_PER_DAY as i128 + self.seconds as i128 * 1_000_000 + self.us as i128
    }
}

/// A timedelta of `total` microseconds, or CPython's OverflowError.
pub fn new_td(vm: &Vm, total: i128) -> PyResult<Value> {
    let days = total.div_euclid(US_PER_DAY as i128);
    let rest = total.rem_euclid(US_PER_DAY as i128) as i64;
    if days.abs() > 999_999_999 {
        if days.abs() > i32::MAX as i128 {
            return Err(vm.raise("OverflowError", "Python int too large to convert to C int"));
        }
        return Err(vm.raise(
            "OverflowError",
            format!("days={}; must have magnitude <= 999999999", days),
        ));
    }
    let cls = types(vm)?.timedelta.clone();
    Ok(TdObj::value(
        &cls,
        days as i64,
        rest / 1_000_000,
        rest % 1_000_000,
    ))
}

/// `timedelta(days, seconds, microseconds, milliseconds, minutes, hours, weeks)`.
pub fn construct(vm: &Vm, _cls: &ClassRef, args: Args) -> PyResult<Value> {
    let names = [
        "days",
        "seconds",
        "microseconds",
        "milliseconds",
        "minutes",
        "hours",
        "weeks",
    ];
    let s = super::cargs(vm, Some("__new__"), args, &names, 0)?;
    // CPython accumulates in this order: us, ms, s, min, h, days, weeks.
    let order: [(usize, i128); 7] = [
        (2, 1),
        (3, 1_000),
        (1, 1_000_000),
        (4, 60_000_000),
        (5, 3_600_000_000),
        (0, US_PER_DAY as i128),
        (6, 7 * US_PER_DAY as i128),
    ];
    let mut total: i128 = 0;
    let mut leftover = 0.0f64;
    let overflow = || vm.raise("OverflowError", "Python int too large to convert to C int");
    for (idx, factor) in order {
        let Some(v) = &s[idx] else {
            continue;
        };
        match v {
            Value::Int(i) => total += *i as i128 * factor,
            Value::Bool(b) => total += *b as i128 * factor,
            Value::BigInt(_) => return Err(overflow()),
            Value::Float(f) => {
                if !f.is_finite() {
                    return Err(if f.is_nan() {
                        vm.value_error("cannot convert float NaN to integer")
                    } else {
                        vm.raise("OverflowError", "cannot convert float infinity to integer")
                    });
                }
                let int_part = f.trunc();
                if int_part.abs() > 1e20 {
                    return Err(overflow());
                }
                total += int_part as i128 * factor;
                let frac = f - int_part;
                if frac != 0.0 {
                    let scaled = factor as f64 * frac;
                    let whole = scaled.trunc();
                    total += whole as i128;
                    leftover += scaled - whole;
                }
            }
            other => {
                return Err(vm.type_error(format!(
                    "unsupported type for timedelta {} component: {}",
                    names[idx],
                    vm.type_name(other)
                )))
            }
        }
    }
    if leftover != 0.0 {
        let mut whole = leftover.round();
        if (whole - leftover).abs() == 0.5 {
            // Exactly halfway: round so the total is even.
            let lo = leftover.floor();
            let hi = leftover.ceil();
            whole = if (total + lo as i128) % 2 == 0 {
                lo
            } else {
                hi
            };
        }
        total += whole as i128;
    }
    new_td(vm, total)
}

/// `n / d` rounded half to even.
fn div_half_even(n: &BigInt, d: &BigInt) -> BigInt {
    let (q, r) = n.div_mod_floor(d);
    let twice: BigInt = &r * 2;
    let neg_twice: BigInt = -&twice;
    let neg_d: BigInt = -d;
    let cmp = if d.is_negative() {
        neg_twice.cmp(&neg_d)
    } else {
        twice.cmp(d)
    };
    match cmp {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    }
}

fn big_to_i128(vm: &Vm, b: &BigInt) -> PyResult<i128> {
    b.to_i128()
        .ok_or_else(|| vm.raise("OverflowError", "Python int too large to convert to C int"))
}

impl TdObj {
    fn arith(
        &self,
        vm: &Vm,
        op: BinOp,
        this: &Value,
        other: &Value,
        reflected: bool,
    ) -> Option<PyResult<Value>> {
        let a = self.total_us();
        if let Some(o) = native_ref::<TdObj>(other) {
            let b = o.total_us();
            let (x, y) = if reflected { (b, a) } else { (a, b) };
            return Some(match op {
                BinOp::Add => new_td(vm, x + y),
                BinOp::Sub => new_td(vm, x - y),
                BinOp::Div => {
                    if y == 0 {
                        return Some(Err(vm.raise("ZeroDivisionError", "division by zero")));
                    }
                    Ok(Value::Float(x as f64 / y as f64))
                }
                BinOp::FloorDiv => {
                    if y == 0 {
                        return Some(Err(
                            vm.raise("ZeroDivisionError", "integer division or modulo by zero")
                        ));
                    }
                    Ok(Value::from_bigint(BigInt::from(
                        x.div_euclid(y) - (y < 0 && x.rem_euclid(y) != 0) as i128,
                    )))
                }
                BinOp::Mod => {
                    if y == 0 {
                        return Some(Err(vm.raise("ZeroDivisionError", "integer modulo by zero")));
                    }
                    let r = x.rem_euclid(y);
                    new_td(vm, if y < 0 && r != 0 { r + y } else { r })
                }
                _ => return unsupported(vm, op, this, other, reflected),
            });
        }
        let int = match other {
            Value::Int(i) => Some(BigInt::from(*i)),
            Value::Bool(b) => Some(BigInt::from(*b as i64)),
            Value::BigInt(b) => Some((**b).clone()),
            _ => None,
        };
        let big_a = BigInt::from(a);
        match (op, int, other) {
            (BinOp::Mul, Some(n), _) => {
                Some(big_to_i128(vm, &(big_a * n)).and_then(|t| new_td(vm, t)))
            }
            (BinOp::Mul, None, Value::Float(f)) => {
                if !f.is_finite() {
                    return Some(Err(if f.is_nan() {
                        vm.value_error("cannot convert NaN to integer ratio")
                    } else {
                        vm.raise("OverflowError", "cannot convert Infinity to integer ratio")
                    }));
                }
                let (n, d) = crate::types::float::ratio(*f);
                Some(big_to_i128(vm, &div_half_even(&(big_a * n), &d)).and_then(|t| new_td(vm, t)))
            }
            (BinOp::Div, Some(n), _) if !reflected => {
                if n.is_zero() {
                    return Some(Err(
                        vm.raise("ZeroDivisionError", "integer division or modulo by zero")
                    ));
                }
                Some(big_to_i128(vm, &div_half_even(&big_a, &n)).and_then(|t| new_td(vm, t)))
            }
            (BinOp::FloorDiv, Some(n), _) if !reflected => {
                if n.is_zero() {
                    return Some(Err(
                        vm.raise("ZeroDivisionError", "integer division or modulo by zero")
                    ));
                }
                Some(big_to_i128(vm, &big_a.div_floor(&n)).and_then(|t| new_td(vm, t)))
            }
            (BinOp::Div, None, Value::Float(f)) if !reflected => {
                if *f == 0.0 {
                    return Some(Err(vm.raise("ZeroDivisionError", "division by zero")));
                }
                if !f.is_finite() {
                    return Some(Err(if f.is_nan() {
                        vm.value_error("cannot convert NaN to integer ratio")
                    } else {
                        vm.raise("OverflowError", "cannot convert Infinity to integer ratio")
                    }));
                }
                let (n, d) = crate::types::float::ratio(*f);
                Some(big_to_i128(vm, &div_half_even(&(big_a * d), &n)).and_then(|t| new_td(vm, t)))
            }
            _ => {
                if matches!(other, Value::Native(_)) && native_ref::<TdObj>(other).is_none() {
                    // date + timedelta and friends: the other operand decides.
                    if reflected || matches!(op, BinOp::Add) {
                        return None;
                    }
                }
                unsupported(vm, op, this, other, reflected)
            }
        }
    }
}

impl NativeObject for TdObj {
    fn class(&self) -> ClassRef {
        self.cls.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &Vm, _this: &Value) -> PyResult<String> {
        let mut parts = Vec::new();
        if self.days != 0 {
            parts.push(format!("days={}", self.days));
        }
        if self.seconds != 0 {
            parts.push(format!("seconds={}", self.seconds));
        }
        if self.us != 0 {
            parts.push(format!("microseconds={}", self.us));
        }
        if parts.is_empty() {
            parts.push("0".to_string());
        }
        Ok(format!("datetime.timedelta({})", parts.join(", ")))
    }
    fn str(&self, _vm: &Vm, _this: &Value) -> PyResult<String> {
        let (mm, ss) = (self.seconds / 60, self.seconds % 60);
        let (hh, mm) = (mm / 60, mm % 60);
        let mut s = format!("{}:{:02}:{:02}", hh, mm, ss);
        if self.days != 0 {
            s = format!(
                "{} day{}, {}",
                self.days,
                if self.days.abs() != 1 { "s" } else { "" },
                s
            );
        }
        if self.us != 0 {
            s.push_str(&format!(".{:06}", self.us));
        }
        Ok(s)
    }
    fn get_attr(&self, _vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "days" => Some(Value::Int(self.days)),
            "seconds" => Some(Value::Int(self.seconds)),
            "microseconds" => Some(Value::Int(self.us)),
            "min" | "max" | "resolution" => self.cls.ns.borrow().get(name).cloned(),
            _ => None,
        })
    }
    fn has_method(&self, name: &str) -> bool {
        matches!(name, "total_seconds" | "__neg__" | "__pos__" | "__abs__")
    }
    fn call_method(&self, vm: &Vm, this: &Value, name: &str, args: Args) -> PyResult<Value> {
        super::cargs(vm, Some(name), args, &[], 0)?;
        match name {
            "total_seconds" => Ok(Value::Float(self.total_us() as f64 / 1e6)),
            "__neg__" => new_td(vm, -self.total_us()),
            "__abs__" if self.days < 0 => new_td(vm, -self.total_us()),
            _ => Ok(this.clone()),
        }
    }
    fn truthy(&self, _vm: &Vm) -> Option<PyResult<bool>> {
        Some(Ok(self.total_us() != 0))
    }
    fn eq(&self, _vm: &Vm, other: &Value) -> Option<PyResult<bool>> {
        native_ref::<TdObj>(other).map(|o| Ok(o.total_us() == self.total_us()))
    }
    fn hash(&self, vm: &Vm) -> Option<PyResult<u64>> {
        Some(vm.hash(&Value::tuple(vec![
            Value::Int(self.days),
            Value::Int(self.seconds),
            Value::Int(self.us),
        ])))
    }
    fn compare(&self, vm: &Vm, op: CmpOp, other: &Value) -> Option<PyResult<bool>> {
        let o = native_ref::<TdObj>(other)?;
        let _ = vm;
        let (a, b) = (self.total_us(), o.total_us());
        Some(Ok(match op {
            CmpOp::Lt => a < b,
            CmpOp::Le => a <= b,
            CmpOp::Gt => a > b,
            _ => a >= b,
        }))
    }
    fn binary_op(
        &self,
        vm: &Vm,
        op: BinOp,
        this: &Value,
        other: &Value,
        reflected: bool,
    ) -> Option<PyResult<Value>> {
        self.arith(vm, op, this, other, reflected)
    }
}
