//! `datetime.time`: a time of day with an optional tzinfo; reprs,
//! isoformat/fromisoformat, strftime, replace and comparisons as CPython.

use super::date::iso_time;
use super::format::{self, Tm};
use super::{cargs, int_or, types, tz};
use crate::eval::{Args, PyResult, Vm};
use crate::ir::CmpOp;
use crate::value::{native_ref, ClassRef, NativeObject, Value};

/// A `time`: hour, minute, second, microsecond.
#[derive(Clone)]
pub struct TimeObj {
    pub cls: ClassRef,
    pub hms: [i64; 4],
    pub tz: Option<Value>,
    pub fold: i64,
}

impl TimeObj {
    pub fn value(cls: &ClassRef, hms: [i64; 4], tz: Option<Value>, fold: i64) -> Value {
        Value::native(TimeObj {
            cls: cls.clone(),
            hms,
            tz,
            fold,
        })
    }
    fn us(&self) -> i64 {
        ((self.hms[0] * 60 + self.hms[1]) * 60 + self.hms[2]) * 1_000_000 + self.hms[3]
    }
    fn offset(&self, vm: &Vm) -> PyResult<Option<i64>> {
        tz::utcoffset(vm, &self.tz, &Value::None)
    }
    fn tm(&self, vm: &Vm) -> PyResult<Tm> {
        Ok(Tm {
            year: 1900,
            month: 1,
            day: 1,
            hour: self.hms[0],
            minute: self.hms[1],
            second: self.hms[2],
            microsecond: self.hms[3],
            utcoffset: self.offset(vm)?,
            tzname: tz::tzname(vm, &self.tz, &Value::None)?,
        })
    }
    fn isoformat(&self, vm: &Vm, timespec: &str) -> PyResult<String> {
        let [h, m, s, us] = self.hms;
        let mut out = iso_time(vm, h, m, s, us, timespec)?;
        if let Some(off) = self.offset(vm)? {
            out.push_str(&format::format_offset(off, ":"));
        }
        Ok(out)
    }
    /// Comparison key: naive times compare as is, aware ones in UTC.
    fn key(&self, vm: &Vm, other: &TimeObj, eq_only: bool) -> PyResult<Option<(i64, i64)>> {
        let same = match (&self.tz, &other.tz) {
            (None, None) => true,
            (Some(a), Some(b)) => a.is(b),
            _ => false,
        };
        if same {
            return Ok(Some((self.us(), other.us())));
        }
        match (self.offset(vm)?, other.offset(vm)?) {
            (Some(a), Some(b)) => Ok(Some((self.us() - a, other.us() - b))),
            (None, None) => Ok(Some((self.us(), other.us()))),
            _ if eq_only => Ok(None),
            _ => Err(vm.type_error("can't compare offset-naive and offset-aware times")),
        }
    }
}

const PARAMS: [&str; 6] = ["hour", "minute", "second", "microsecond", "tzinfo", "fold"];

fn new_time(
    vm: &Vm,
    cls: &ClassRef,
    hms: [i64; 4],
    tz: Option<Value>,
    fold: i64,
) -> PyResult<Value> {
    super::cal::check_time(hms[0], hms[1], hms[2], hms[3], fold).map_err(|e| vm.value_error(e))?;
    Ok(TimeObj::value(cls, hms, tz, fold))
}

/// `time(hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0)`.
pub fn construct(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    let s = cargs(vm, None, args, &PARAMS, 0)?;
    let n = |i: usize| int_or(vm, &s[i], 0);
    let tz = tz::check_tzinfo(vm, s[4].clone())?;
    new_time(vm, cls, [n(0)?, n(1)?, n(2)?, n(3)?], tz, n(5)?)
}

/// `time.fromisoformat(s)`.
pub fn fromisoformat(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = cargs(vm, Some("fromisoformat"), args, &["time_string"], 1)?;
    let text = match &s[0] {
        Some(Value::Str(t)) => t.as_str().to_string(),
        _ => return Err(vm.type_error("fromisoformat: argument must be str")),
    };
    let body = text.strip_prefix('T').unwrap_or(&text);
    let invalid = || {
        vm.value_error(format!(
            "Invalid isoformat string: {}",
            crate::eval::repr::str_repr(&text)
        ))
    };
    let (h, m, sec, us, off) = format::parse_iso_time(body).ok_or_else(invalid)?;
    let tz = match off {
        Some(o) => Some(tz::new_tz(vm, o as i128, None, &Value::None)?),
        None => None,
    };
    new_time(vm, &types(vm)?.time, [h, m, sec, us], tz, 0)
}

impl NativeObject for TimeObj {
    fn class(&self) -> ClassRef {
        self.cls.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, vm: &Vm, _this: &Value) -> PyResult<String> {
        let [h, m, s, us] = self.hms;
        let mut out = format!("datetime.time({}, {}", h, m);
        if s != 0 || us != 0 {
            out.push_str(&format!(", {}", s));
        }
        if us != 0 {
            out.push_str(&format!(", {}", us));
        }
        if self.fold != 0 {
            out.push_str(", fold=1");
        }
        if let Some(tz) = &self.tz {
            out.push_str(&format!(", tzinfo={}", vm.repr(tz)?));
        }
        out.push(')');
        Ok(out)
    }
    fn str(&self, vm: &Vm, _this: &Value) -> PyResult<String> {
        self.isoformat(vm, "auto")
    }
    fn get_attr(&self, _vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "hour" => Some(Value::Int(self.hms[0])),
            "minute" => Some(Value::Int(self.hms[1])),
            "second" => Some(Value::Int(self.hms[2])),
            "microsecond" => Some(Value::Int(self.hms[3])),
            "tzinfo" => Some(self.tz.clone().unwrap_or(Value::None)),
            "fold" => Some(Value::Int(self.fold)),
            "min" | "max" | "resolution" => self.cls.ns.borrow().get(name).cloned(),
            _ => None,
        })
    }
    fn has_method(&self, name: &str) -> bool {
        matches!(
            name,
            "isoformat" | "strftime" | "replace" | "utcoffset" | "dst" | "tzname" | "__format__"
        )
    }
    fn call_method(&self, vm: &Vm, this: &Value, name: &str, args: Args) -> PyResult<Value> {
        match name {
            "isoformat" => {
                let s = cargs(vm, Some("isoformat"), args, &["timespec"], 0)?;
                let spec = match &s[0] {
                    None => "auto".to_string(),
                    Some(Value::Str(x)) => x.as_str().to_string(),
                    Some(other) => {
                        return Err(vm.type_error(format!(
                            "isoformat() argument 1 must be str, not {}",
                            vm.type_name(other)
                        )))
                    }
                };
                Ok(Value::string(self.isoformat(vm, &spec)?))
            }
            "strftime" => {
                let s = cargs(vm, Some("strftime"), args, &["format"], 1)?;
                match &s[0] {
                    Some(Value::Str(f)) => Ok(Value::string(format::strftime(
                        f.as_str(),
                        &self.tm(vm)?,
                        true,
                    ))),
                    Some(other) => Err(vm.type_error(format!(
                        "strftime() argument 1 must be str, not {}",
                        vm.type_name(other)
                    ))),
                    None => Ok(Value::str("")),
                }
            }
            "replace" => {
                let s = cargs(vm, Some("replace"), args, &PARAMS, 0)?;
                let hms = [
                    int_or(vm, &s[0], self.hms[0])?,
                    int_or(vm, &s[1], self.hms[1])?,
                    int_or(vm, &s[2], self.hms[2])?,
                    int_or(vm, &s[3], self.hms[3])?,
                ];
                let tz = match &s[4] {
                    Some(z) => tz::check_tzinfo(vm, Some(z.clone()))?,
                    None => self.tz.clone(),
                };
                new_time(vm, &self.cls, hms, tz, int_or(vm, &s[5], self.fold)?)
            }
            "utcoffset" | "dst" => {
                cargs(vm, Some(name), args, &[], 0)?;
                let v = if name == "dst" {
                    tz::dst(vm, &self.tz, &Value::None)?
                } else {
                    self.offset(vm)?
                };
                match v {
                    Some(u) => super::timedelta::new_td(vm, u as i128),
                    None => Ok(Value::None),
                }
            }
            "tzname" => {
                cargs(vm, Some(name), args, &[], 0)?;
                Ok(tz::tzname(vm, &self.tz, &Value::None)?.map_or(Value::None, Value::string))
            }
            _ => match args.pos.first() {
                Some(Value::Str(s)) if s.as_str().is_empty() => Ok(Value::string(vm.to_str(this)?)),
                Some(Value::Str(s)) => Ok(Value::string(format::strftime(
                    s.as_str(),
                    &self.tm(vm)?,
                    true,
                ))),
                _ => Err(vm.type_error("__format__() argument 1 must be str")),
            },
        }
    }
    fn truthy(&self, _vm: &Vm) -> Option<PyResult<bool>> {
        Some(Ok(true))
    }
    fn eq(&self, vm: &Vm, other: &Value) -> Option<PyResult<bool>> {
        let o = native_ref::<TimeObj>(other)?;
        Some(
            self.key(vm, o, true)
                .map(|k| k.is_some_and(|(a, b)| a == b)),
        )
    }
    fn hash(&self, vm: &Vm) -> Option<PyResult<u64>> {
        Some((|| {
            let off = self.offset(vm)?.unwrap_or(0);
            vm.hash(&Value::Int(self.us() - off))
        })())
    }
    fn compare(&self, vm: &Vm, op: CmpOp, other: &Value) -> Option<PyResult<bool>> {
        let o = native_ref::<TimeObj>(other)?;
        Some(self.key(vm, o, false).map(|k| {
            let (a, b) = k.unwrap_or((0, 0));
            match op {
                CmpOp::Lt => a < b,
                CmpOp::Le => a <= b,
                CmpOp::Gt => a > b,
                _ => a >= b,
            }
        }))
    }
}
