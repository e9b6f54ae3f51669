//! `datetime.timezone` (fixed offsets, `timezone.utc`) and the `tzinfo`
//! protocol: offsets and names of any tzinfo, including user subclasses of
//! `datetime.tzinfo` that define `utcoffset`/`tzname`/`dst`.

use std::rc::Rc;

use super::format::format_offset;
use super::timedelta::{new_td, TdObj};
use super::types;
use crate::eval::{Args, PyResult, Vm};
use crate::value::{native_ref, ClassRef, NativeObject, Value};

/// A fixed-offset time zone.
pub struct TzObj {
    pub cls: ClassRef,
    /// Offset from UTC in microseconds.
    pub offset: i64,
    pub name: Option<Rc<str>>,
}

const DAY_US: i64 = 86_400_000_000;

impl TzObj {
    pub fn value(cls: &ClassRef, offset: i64, name: Option<Rc<str>>) -> Value {
        Value::native(TzObj {
            cls: cls.clone(),
            offset,
            name,
        })
    }
    /// `tzname()`: the given name, or `UTC±HH:MM`.
    pub fn tzname(&self) -> String {
        if let Some(n) = &self.name {
            return n.to_string();
        }
        if self.offset == 0 {
            return "UTC".into();
        }
        format!("UTC{}", format_offset(self.offset, ":"))
    }
}

/// `timezone(offset, name=None)`.
pub fn construct(vm: &Vm, _cls: &ClassRef, args: Args) -> PyResult<Value> {
    let s = super::cargs(vm, Some("timezone"), args, &["offset", "name"], 1)?;
    let offset_v = s[0].clone().unwrap_or(Value::None);
    let offset = match native_ref::<TdObj>(&offset_v) {
        Some(t) => t.total_us(),
        None => {
            return Err(vm.type_error(format!(
                "timezone() argument 1 must be datetime.timedelta, not {}",
                vm.type_name(&offset_v)
            )))
        }
    };
    let name = match &s[1] {
        None => None,
        Some(Value::Str(n)) => Some(Rc::from(n.as_str())),
        Some(other) => {
            return Err(vm.type_error(format!(
                "timezone() argument 2 must be str, not {}",
                vm.type_name(other)
            )))
        }
    };
    new_tz(vm, offset, name, &offset_v)
}

/// A timezone, with CPython's range check; `timezone(timedelta(0))` is `timezone.utc`.
pub fn new_tz(vm: &Vm, offset: i128, name: Option<Rc<str>>, shown: &Value) -> PyResult<Value> {
    if offset <= -(DAY_US as i128) || offset >= DAY_US as i128 {
        return Err(vm.value_error(format!(
            "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not {}.",
            vm.repr(shown)?
        )));
    }
    let t = types(vm)?;
    if offset == 0 && name.is_none() {
        if let Some(utc) = t.timezone.ns.borrow().get("utc") {
            return Ok(utc.clone());
        }
    }
    Ok(TzObj::value(&t.timezone, offset as i64, name))
}

/// Checks a `tzinfo=` argument: `None` or a tzinfo instance.
pub fn check_tzinfo(vm: &Vm, v: Option<Value>) -> PyResult<Option<Value>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let tzinfo = types(vm)?.tzinfo.clone();
            if vm.class_of(&v).is_subclass(&tzinfo) {
                Ok(Some(v))
            } else {
                Err(vm.type_error(format!(
                    "tzinfo argument must be None or of a tzinfo subclass, not type '{}'",
                    vm.type_name(&v)
                )))
            }
        }
    }
}

/// Calls `tz.<method>(arg)` for a user tzinfo and checks the timedelta result.
fn user_call(vm: &Vm, tz: &Value, method: &str, arg: &Value) -> PyResult<Option<i64>> {
    let r = vm.call_method(tz, &Rc::from(method), Args::new(vec![arg.clone()]))?;
    if r.is_none() {
        return Ok(None);
    }
    let us = match native_ref::<TdObj>(&r) {
        Some(t) => t.total_us(),
        None => {
            return Err(vm.type_error(format!(
                "tzinfo.{}() must return None or timedelta, not '{}'",
                method,
                vm.type_name(&r)
            )))
        }
    };
    if us <= -(DAY_US as i128) || us >= DAY_US as i128 {
        return Err(vm.value_error(format!(
            "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not {}.",
            vm.repr(&r)?
        )));
    }
    Ok(Some(us as i64))
}

/// The UTC offset (microseconds) `tz` gives for `arg` (a datetime, or None).
pub fn utcoffset(vm: &Vm, tz: &Option<Value>, arg: &Value) -> PyResult<Option<i64>> {
    match tz {
        None => Ok(None),
        Some(t) => match native_ref::<TzObj>(t) {
            Some(z) => Ok(Some(z.offset)),
            None => user_call(vm, t, "utcoffset", arg),
        },
    }
}

/// The DST offset `tz` gives for `arg`.
pub fn dst(vm: &Vm, tz: &Option<Value>, arg: &Value) -> PyResult<Option<i64>> {
    match tz {
        None => Ok(None),
        Some(t) => match native_ref::<TzObj>(t) {
            Some(_) => Ok(None),
            None => user_call(vm, t, "dst", arg),
        },
    }
}

/// The zone name `tz` gives for `arg`.
pub fn tzname(vm: &Vm, tz: &Option<Value>, arg: &Value) -> PyResult<Option<String>> {
    match tz {
        None => Ok(None),
        Some(t) => match native_ref::<TzObj>(t) {
            Some(z) => Ok(Some(z.tzname())),
            None => {
                let r = vm.call_method(t, &Rc::from("tzname"), Args::new(vec![arg.clone()]))?;
                match r {
                    Value::None => Ok(None),
                    Value::Str(ref s) => Ok(Some(s.as_str().to_string())),
                    other => Err(vm.type_error(format!(
                        "tzinfo.tzname() must return None or a string, not '{}'",
                        vm.type_name(&other)
                    ))),
                }
            }
        },
    }
}

fn td_or_none(vm: &Vm, us: Option<i64>) -> PyResult<Value> {
    match us {
        Some(u) => new_td(vm, u as i128),
        None => Ok(Value::None),
    }
}

impl NativeObject for TzObj {
    fn class(&self) -> ClassRef {
        self.cls.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, vm: &Vm, this: &Value) -> PyResult<String> {
        let utc = self.cls.ns.borrow().get("utc").cloned();
        if utc.is_some_and(|u| u.is(this)) {
            return Ok("datetime.timezone.utc".into());
        }
        let td = new_td(vm, self.offset as i128)?;
        let td = vm.repr(&td)?;
        Ok(match &self.name {
            Some(n) => format!(
                "datetime.timezone({}, {})",
                td,
                crate::eval::repr::str_repr(n)
            ),
            None => format!("datetime.timezone({})", td),
        })
    }
    fn str(&self, _vm: &Vm, _this: &Value) -> PyResult<String> {
        Ok(self.tzname())
    }
    fn get_attr(&self, _vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "utc" | "min" | "max" => self.cls.ns.borrow().get(name).cloned(),
            _ => None,
        })
    }
    fn has_method(&self, name: &str) -> bool {
        matches!(name, "utcoffset" | "dst" | "tzname" | "fromutc")
    }
    fn call_method(&self, vm: &Vm, _this: &Value, name: &str, args: Args) -> PyResult<Value> {
        let s = super::cargs(vm, Some(name), args, &["dt"], 1)?;
        let dt = s[0].clone().unwrap_or(Value::None);
        let t = types(vm)?;
        if !dt.is_none() && !vm.class_of(&dt).is_subclass(&t.datetime) {
            return Err(vm.type_error(format!(
                "{}(dt) argument must be a datetime instance or None, not {}",
                name,
                vm.type_name(&dt)
            )));
        }
        match name {
            "utcoffset" => td_or_none(vm, Some(self.offset)),
            "dst" => Ok(Value::None),
            "tzname" => Ok(Value::string(self.tzname())),
            _ => {
                let Some(d) = native_ref::<super::DateTimeObj>(&dt) else {
                    return Err(vm.type_error("fromutc: argument must be a datetime"));
                };
                d.shifted(vm, self.offset as i128)
            }
        }
    }
    fn eq(&self, _vm: &Vm, other: &Value) -> Option<PyResult<bool>> {
        native_ref::<TzObj>(other).map(|o| Ok(o.offset == self.offset))
    }
    fn hash(&self, vm: &Vm) -> Option<PyResult<u64>> {
        Some(vm.hash(&Value::Int(self.offset)))
    }
}
