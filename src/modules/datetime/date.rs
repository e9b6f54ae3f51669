//! `datetime.date` and `datetime.datetime` (a subclass of date): fields,
//! arithmetic with timedelta, naive/aware comparisons, formatting, parsing
//! and the class-level constructors (`today`, `fromisoformat`, `strptime`...).

use std::rc::Rc;

use super::cal::{self, US_PER_DAY};
use super::format::{self, Tm};
use super::timedelta::{new_td, TdObj};
use super::tz::{self, TzObj};
use super::{cargs, int_or, now_us, types, unsupported, TimeObj, EPOCH_US};
use crate::eval::{Args, PyResult, Vm};
use crate::ir::{BinOp, CmpOp};
use crate::value::{native_ref, ClassRef, NativeObject, Value};

/// Date and time-of-day fields of a datetime.
#[derive(Clone, Copy, PartialEq)]
pub struct Fields {
    pub year: i64,
    pub month: i64,
    pub day: i64,
    pub hour: i64,
    pub minute: i64,
    pub second: i64,
    pub us: i64,
}

impl Fields {
    pub fn new(
        year: i64,
        month: i64,
        day: i64,
        hour: i64,
        minute: i64,
        second: i64,
        us: i64,
    ) -> Fields {
        Fields {
            year,
            month,
            day,
            hour,
            minute,
            second,
            us,
        }
    }
    /// Microseconds since 0001-01-01T00:00.
    pub fn local_us(&self) -> i64 {
        (cal::ymd_to_ord(self.year, self.month, self.day) - 1) * US_PER_DAY
            + ((self.hour * 60 + self.minute) * 60 + self.second) * 1_000_000
            + self.us
    }
    /// The fields at `us` microseconds since 0001-01-01T00:00, if in range.
    pub fn from_local_us(us: i64) -> Option<Fields> {
        let days = us.div_euclid(US_PER_DAY);
        let rest = us.rem_euclid(US_PER_DAY);
        let ord = days + 1;
        if !(1..=cal::MAX_ORDINAL).contains(&ord) {
            return None;
        }
        let (y, m, d) = cal::ord_to_ymd(ord);
        let secs = rest / 1_000_000;
        Some(Fields::new(
            y,
            m,
            d,
            secs / 3600,
            secs / 60 % 60,
            secs % 60,
            rest % 1_000_000,
        ))
    }
    fn tm(&self, utcoffset: Option<i64>, tzname: Option<String>) -> Tm {
        Tm {
            year: self.year,
            month: self.month,
            day: self.day,
            hour: self.hour,
            minute: self.minute,
            second: self.second,
            microsecond: self.us,
            utcoffset,
            tzname,
        }
    }
}

/// A `date`.
#[derive(Clone)]
pub struct DateObj {
    pub cls: ClassRef,
    pub year: i64,
    pub month: i64,
    pub day: i64,
}

/// A `datetime`.
#[derive(Clone)]
pub struct DateTimeObj {
    pub cls: ClassRef,
    pub f: Fields,
    pub tz: Option<Value>,
    pub fold: i64,
}

impl DateObj {
    pub fn value(cls: &ClassRef, year: i64, month: i64, day: i64) -> Value {
        Value::native(DateObj {
            cls: cls.clone(),
            year,
            month,
            day,
        })
    }
    fn ord(&self) -> i64 {
        cal::ymd_to_ord(self.year, self.month, self.day)
    }
    fn fields(&self) -> Fields {
        Fields::new(self.year, self.month, self.day, 0, 0, 0, 0)
    }
}

impl DateTimeObj {
    pub fn value(cls: &ClassRef, f: Fields, tz: Option<Value>, fold: i64) -> Value {
        Value::native(DateTimeObj {
            cls: cls.clone(),
            f,
            tz,
            fold,
        })
    }
    fn as_value(&self) -> Value {
        Value::native(self.clone())
    }
    fn offset(&self, vm: &Vm) -> PyResult<Option<i64>> {
        tz::utcoffset(vm, &self.tz, &self.as_value())
    }
    /// This datetime moved by `delta` microseconds (same tzinfo).
    pub fn shifted(&self, vm: &Vm, delta: i128) -> PyResult<Value> {
        let us = self.f.local_us() as i128 + delta;
        let f = i64::try_from(us)
            .ok()
            .and_then(Fields::from_local_us)
            .ok_or_else(|| vm.raise("OverflowError", "date value out of range"))?;
        Ok(DateTimeObj::value(&self.cls, f, self.tz.clone(), 0))
    }
}

/// A date of validated fields, of class `cls`.
fn new_date(vm: &Vm, cls: &ClassRef, y: i64, m: i64, d: i64) -> PyResult<Value> {
    cal::check_date(y, m, d).map_err(|e| vm.value_error(e))?;
    Ok(DateObj::value(cls, y, m, d))
}

/// A datetime of validated fields.
pub fn new_datetime(
    vm: &Vm,
    cls: &ClassRef,
    f: Fields,
    tz: Option<Value>,
    fold: i64,
) -> PyResult<Value> {
    cal::check_date(f.year, f.month, f.day).map_err(|e| vm.value_error(e))?;
    cal::check_time(f.hour, f.minute, f.second, f.us, fold).map_err(|e| vm.value_error(e))?;
    Ok(DateTimeObj::value(cls, f, tz, fold))
}

// ----- constructors and class methods -----

/// `date(year, month, day)`.
pub fn construct_date(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    let s = cargs(vm, None, args, &["year", "month", "day"], 3)?;
    let n = |i: usize| int_or(vm, &s[i], 0);
    new_date(vm, cls, n(0)?, n(1)?, n(2)?)
}

const DT_PARAMS: [&str; 9] = [
    "year",
    "month",
    "day",
    "hour",
    "minute",
    "second",
    "microsecond",
    "tzinfo",
    "fold",
];

/// `datetime(year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0)`.
pub fn construct_datetime(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    let s = cargs(vm, None, args, &DT_PARAMS, 3)?;
    let n = |i: usize| int_or(vm, &s[i], 0);
    let f = Fields::new(n(0)?, n(1)?, n(2)?, n(3)?, n(4)?, n(5)?, n(6)?);
    let tz = tz::check_tzinfo(vm, s[7].clone())?;
    new_datetime(vm, cls, f, tz, n(8)?)
}

fn now_fields(vm: &Vm) -> PyResult<Fields> {
    Fields::from_local_us(now_us() + EPOCH_US)
        .ok_or_else(|| vm.raise("OverflowError", "date value out of range"))
}

/// `date.today()` / `datetime.today()`: local time, which is UTC here.
pub fn today(vm: &Vm, args: Args, datetime: bool) -> PyResult<Value> {
    cargs(vm, Some("today"), args, &[], 0)?;
    let t = types(vm)?;
    let f = now_fields(vm)?;
    if datetime {
        Ok(DateTimeObj::value(&t.datetime, f, None, 0))
    } else {
        Ok(DateObj::value(&t.date, f.year, f.month, f.day))
    }
}

/// `datetime.now(tz=None)`.
pub fn now(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = cargs(vm, Some("now"), args, &["tz"], 0)?;
    let tz = tz::check_tzinfo(vm, s[0].clone())?;
    from_utc_us(vm, now_us() + EPOCH_US, tz)
}

/// `datetime.utcnow()`.
pub fn utcnow(vm: &Vm, args: Args) -> PyResult<Value> {
    cargs(vm, Some("utcnow"), args, &[], 0)?;
    let t = types(vm)?;
    Ok(DateTimeObj::value(&t.datetime, now_fields(vm)?, None, 0))
}

/// A datetime for a UTC instant: naive (local = UTC) or converted into `tz`.
fn from_utc_us(vm: &Vm, utc: i64, tz: Option<Value>) -> PyResult<Value> {
    let t = types(vm)?;
    let f = Fields::from_local_us(utc).ok_or_else(|| super::year_out_of_range(vm, utc))?;
    let naive = DateTimeObj {
        cls: t.datetime.clone(),
        f,
        tz: tz.clone(),
        fold: 0,
    };
    match &tz {
        None => Ok(naive.as_value()),
        Some(z) => {
            let off = tz::utcoffset(vm, &tz, &naive.as_value())?.unwrap_or(0);
            let _ = z;
            naive.shifted(vm, off as i128)
        }
    }
}

/// `date.fromtimestamp(t)` / `datetime.fromtimestamp(t, tz=None)`.
pub fn from_timestamp(vm: &Vm, args: Args, datetime: bool) -> PyResult<Value> {
    let names: &[&str] = if datetime {
        &["timestamp", "tz"]
    } else {
        &["timestamp"]
    };
    let s = cargs(vm, Some("fromtimestamp"), args, names, 1)?;
    let ts = s[0].clone().unwrap_or(Value::None);
    let us = super::seconds_to_us(vm, &ts)?;
    if datetime {
        let tz = tz::check_tzinfo(vm, s[1].clone())?;
        return from_utc_us(vm, us + EPOCH_US, tz);
    }
    let f = Fields::from_local_us(us + EPOCH_US)
        .ok_or_else(|| super::year_out_of_range(vm, us + EPOCH_US))?;
    Ok(DateObj::value(&types(vm)?.date, f.year, f.month, f.day))
}

/// `datetime.utcfromtimestamp(t)`.
pub fn utc_from_timestamp(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = cargs(vm, Some("utcfromtimestamp"), args, &["timestamp"], 1)?;
    let ts = s[0].clone().unwrap_or(Value::None);
    let us = super::seconds_to_us(vm, &ts)?;
    from_utc_us(vm, us + EPOCH_US, None)
}

/// `fromordinal(n)` of date or datetime.
pub fn from_ordinal(vm: &Vm, args: Args, datetime: bool) -> PyResult<Value> {
    let s = cargs(vm, Some("fromordinal"), args, &["ordinal"], 1)?;
    let n = int_or(vm, &s[0], 0)?;
    if n < 1 {
        return Err(vm.value_error("ordinal must be >= 1"));
    }
    if n > cal::MAX_ORDINAL {
        return Err(vm.value_error(format!("year {} is out of range", cal::MAXYEAR + 1)));
    }
    let (y, m, d) = cal::ord_to_ymd(n);
    let t = types(vm)?;
    Ok(if datetime {
        DateTimeObj::value(&t.datetime, Fields::new(y, m, d, 0, 0, 0, 0), None, 0)
    } else {
        DateObj::value(&t.date, y, m, d)
    })
}

/// `fromisocalendar(year, week, day)`.
pub fn from_isocalendar(vm: &Vm, args: Args, datetime: bool) -> PyResult<Value> {
    let s = cargs(
        vm,
        Some("fromisocalendar"),
        args,
        &["year", "week", "day"],
        3,
    )?;
    let (y, w, d) = (
        int_or(vm, &s[0], 0)?,
        int_or(vm, &s[1], 0)?,
        int_or(vm, &s[2], 0)?,
    );
    if !(cal::MINYEAR..=cal::MAXYEAR).contains(&y) {
        return Err(vm.value_error(format!("Year is out of range: {}", y)));
    }
    let jan1 = cal::weekday(y, 1, 1);
    let has_53 = jan1 == 3 || (jan1 == 2 && cal::is_leap(y));
    if w < 1 || w > 53 || (w == 53 && !has_53) {
        return Err(vm.value_error(format!("Invalid week: {}", w)));
    }
    if !(1..=7).contains(&d) {
        return Err(vm.value_error(format!("Invalid day: {} (range is [1, 7])", d)));
    }
    let (y, m, dd) = cal::ord_to_ymd(cal::iso_week1_monday(y) + (w - 1) * 7 + d - 1);
    let t = types(vm)?;
    Ok(if datetime {
        DateTimeObj::value(&t.datetime, Fields::new(y, m, dd, 0, 0, 0, 0), None, 0)
    } else {
        DateObj::value(&t.date, y, m, dd)
    })
}

fn iso_arg(vm: &Vm, args: Args) -> PyResult<Rc<str>> {
    let s = cargs(vm, Some("fromisoformat"), args, &["date_string"], 1)?;
    match &s[0] {
        Some(Value::Str(t)) => Ok(Rc::from(t.as_str())),
        _ => Err(vm.type_error("fromisoformat: argument must be str")),
    }
}

fn invalid_iso(vm: &Vm, s: &str) -> crate::eval::Unwind {
    vm.value_error(format!(
        "Invalid isoformat string: {}",
        crate::eval::repr::str_repr(s)
    ))
}

/// `date.fromisoformat(s)`.
pub fn date_fromisoformat(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = iso_arg(vm, args)?;
    let len = s.len();
    if !(len == 7 || len == 8 || len == 10) {
        return Err(invalid_iso(vm, &s));
    }
    let (y, m, d) = format::parse_iso_date(&s).ok_or_else(|| invalid_iso(vm, &s))?;
    new_date(vm, &types(vm)?.date, y, m, d)
}

/// `datetime.fromisoformat(s)`.
pub fn datetime_fromisoformat(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = iso_arg(vm, args)?;
    let text: &str = &s;
    let date_len = format::iso_date_len(text);
    let Some(date_part) = text.get(..date_len.min(text.len())) else {
        return Err(invalid_iso(vm, text));
    };
    let (y, m, d) = format::parse_iso_date(date_part).ok_or_else(|| invalid_iso(vm, text))?;
    let mut f = Fields::new(y, m, d, 0, 0, 0, 0);
    let mut tz = None;
    if text.len() > date_len {
        let Some(time_part) = text
            .char_indices()
            .nth(date_len + 1)
            .map(|(i, _)| &text[i..])
            .filter(|t| !t.is_empty())
        else {
            return Err(invalid_iso(vm, text));
        };
        let (h, mi, sec, us, off) =
            format::parse_iso_time(time_part).ok_or_else(|| invalid_iso(vm, text))?;
        (f.hour, f.minute, f.second, f.us) = (h, mi, sec, us);
        if let Some(o) = off {
            tz = Some(tz::new_tz(vm, o as i128, None, &Value::None)?);
        }
    }
    new_datetime(vm, &types(vm)?.datetime, f, tz, 0)
}

/// `datetime.strptime(date_string, format)`.
pub fn strptime(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = cargs(vm, Some("strptime"), args, &["date_string", "format"], 2)?;
    let arg = |i: usize| match &s[i] {
        Some(Value::Str(t)) => Ok(t.as_str().to_string()),
        Some(other) => Err(vm.type_error(format!(
            "strptime() argument {} must be str, not {}",
            i + 1,
            vm.type_name(other)
        ))),
        None => Ok(String::new()),
    };
    let (data, fmt) = (arg(0)?, arg(1)?);
    let p = format::strptime(&data, &fmt).map_err(|e| vm.value_error(e))?;
    let tz = match p.gmtoff {
        Some(off) => Some(tz::new_tz(
            vm,
            off as i128,
            p.tzname.map(|n| Rc::from(n.as_str())),
            &Value::None,
        )?),
        None => None,
    };
    let f = Fields::new(
        p.year,
        p.month,
        p.day,
        p.hour,
        p.minute,
        p.second,
        p.microsecond,
    );
    new_datetime(vm, &types(vm)?.datetime, f, tz, 0)
}

/// `datetime.combine(date, time, tzinfo=time.tzinfo)`.
pub fn combine(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = cargs(vm, Some("combine"), args, &["date", "time", "tzinfo"], 2)?;
    let dv = s[0].clone().unwrap_or(Value::None);
    let tv = s[1].clone().unwrap_or(Value::None);
    let (y, m, d) = if let Some(x) = native_ref::<DateObj>(&dv) {
        (x.year, x.month, x.day)
    } else if let Some(x) = native_ref::<DateTimeObj>(&dv) {
        (x.f.year, x.f.month, x.f.day)
    } else {
        return Err(vm.type_error(format!(
            "combine() argument 1 must be datetime.date, not {}",
            vm.type_name(&dv)
        )));
    };
    let Some(t) = native_ref::<TimeObj>(&tv) else {
        return Err(vm.type_error(format!(
            "combine() argument 2 must be datetime.time, not {}",
            vm.type_name(&tv)
        )));
    };
    let tz = match &s[2] {
        Some(z) => tz::check_tzinfo(vm, Some(z.clone()))?,
        None => t.tz.clone(),
    };
    let f = Fields::new(y, m, d, t.hms[0], t.hms[1], t.hms[2], t.hms[3]);
    Ok(DateTimeObj::value(&types(vm)?.datetime, f, tz, t.fold))
}

// ----- shared instance behaviour -----

fn ctime(f: &Fields) -> String {
    format::strftime("%a %b %e %H:%M:%S %Y", &f.tm(None, None), true)
}

fn isocalendar(vm: &Vm, y: i64, m: i64, d: i64) -> PyResult<Value> {
    let (iy, w, wd) = cal::iso_calendar(y, m, d);
    Ok(Value::native(IsoCal {
        cls: types(vm)?.isocal.clone(),
        parts: [iy, w, wd],
    }))
}

fn strftime_arg(vm: &Vm, name: &str, args: Args) -> PyResult<String> {
    let s = cargs(vm, Some(name), args, &["format"], 1)?;
    match &s[0] {
        Some(Value::Str(t)) => Ok(t.as_str().to_string()),
        Some(other) => Err(vm.type_error(format!(
            "{}() argument 1 must be str, not {}",
            name,
            vm.type_name(other)
        ))),
        None => Ok(String::new()),
    }
}

fn timetuple(vm: &Vm, f: &Fields, isdst: i64) -> PyResult<Value> {
    let wday = cal::weekday(f.year, f.month, f.day);
    let yday = cal::day_of_year(f.year, f.month, f.day);
    crate::modules::time::struct_time(
        vm,
        [
            f.year, f.month, f.day, f.hour, f.minute, f.second, wday, yday, isdst,
        ],
        None,
    )
}

/// Date methods shared by date and datetime (`None` for other names).
fn date_method(vm: &Vm, f: &Fields, name: &str, args: &Args) -> Option<PyResult<Value>> {
    if !DATE_METHODS.contains(&name) {
        return None;
    }
    let (y, m, d) = (f.year, f.month, f.day);
    Some((|| {
        cargs(
            vm,
            Some(name),
            Args::with_kw(args.pos.clone(), args.kw.clone()),
            &[],
            0,
        )?;
        Ok(match name {
            "toordinal" => Value::Int(cal::ymd_to_ord(y, m, d)),
            "weekday" => Value::Int(cal::weekday(y, m, d)),
            "isoweekday" => Value::Int(cal::weekday(y, m, d) + 1),
            "isocalendar" => isocalendar(vm, y, m, d)?,
            _ => Value::string(ctime(f)),
        })
    })())
}

const DATE_METHODS: &[&str] = &["toordinal", "weekday", "isoweekday", "isocalendar", "ctime"];

/// `date ± timedelta`, `date - date`.
fn date_arith(
    vm: &Vm,
    me: &DateObj,
    op: BinOp,
    this: &Value,
    other: &Value,
    reflected: bool,
) -> Option<PyResult<Value>> {
    if let Some(t) = native_ref::<TdObj>(other) {
        let days = t.days;
        let sign = match (op, reflected) {
            (BinOp::Add, _) => 1,
            (BinOp::Sub, false) => -1,
            _ => return unsupported(vm, op, this, other, reflected),
        };
        let ord = me.ord() + sign * days;
        if !(1..=cal::MAX_ORDINAL).contains(&ord) {
            return Some(Err(vm.raise("OverflowError", "date value out of range")));
        }
        let (y, m, d) = cal::ord_to_ymd(ord);
        return Some(Ok(DateObj::value(&me.cls, y, m, d)));
    }
    if let Some(o) = native_ref::<DateObj>(other) {
        if op == BinOp::Sub {
            let diff = if reflected {
                o.ord() - me.ord()
            } else {
                me.ord() - o.ord()
            };
            return Some(new_td(vm, diff as i128 * US_PER_DAY as i128));
        }
    }
    unsupported(vm, op, this, other, reflected)
}

fn ordering(op: CmpOp, o: std::cmp::Ordering) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CmpOp::Lt => o == Less,
        CmpOp::Le => o != Greater,
        CmpOp::Gt => o == Greater,
        _ => o != Less,
    }
}

fn format_spec(vm: &Vm, this: &Value, args: &Args, tm: &Tm) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Str(s)) if s.as_str().is_empty() => Ok(Value::string(vm.to_str(this)?)),
        Some(Value::Str(s)) => Ok(Value::string(format::strftime(s.as_str(), tm, true))),
        Some(other) => Err(vm.type_error(format!(
            "__format__() argument 1 must be str, not {}",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error("__format__() takes exactly one argument (0 given)")),
    }
}

impl NativeObject for DateObj {
    fn class(&self) -> ClassRef {
        self.cls.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &Vm, _this: &Value) -> PyResult<String> {
        Ok(format!(
            "datetime.date({}, {}, {})",
            self.year, self.month, self.day
        ))
    }
    fn str(&self, _vm: &Vm, _this: &Value) -> PyResult<String> {
        Ok(format!(
            "{:04}-{:02}-{:02}",
            self.year, self.month, self.day
        ))
    }
    fn get_attr(&self, _vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "year" => Some(Value::Int(self.year)),
            "month" => Some(Value::Int(self.month)),
            "day" => Some(Value::Int(self.day)),
            "min" | "max" | "resolution" => self.cls.ns.borrow().get(name).cloned(),
            _ => None,
        })
    }
    fn has_method(&self, name: &str) -> bool {
        DATE_METHODS.contains(&name)
            || matches!(
                name,
                "replace" | "isoformat" | "strftime" | "timetuple" | "__format__"
            )
    }
    fn call_method(&self, vm: &Vm, this: &Value, name: &str, args: Args) -> PyResult<Value> {
        let f = self.fields();
        if let Some(r) = date_method(vm, &f, name, &args) {
            return r;
        }
        match name {
            "replace" => {
                let s = cargs(vm, Some("replace"), args, &["year", "month", "day"], 0)?;
                new_date(
                    vm,
                    &self.cls,
                    int_or(vm, &s[0], self.year)?,
                    int_or(vm, &s[1], self.month)?,
                    int_or(vm, &s[2], self.day)?,
                )
            }
            "isoformat" => {
                cargs(vm, Some("isoformat"), args, &[], 0)?;
                Ok(Value::string(self.str(vm, this)?))
            }
            "strftime" => {
                let fmt = strftime_arg(vm, "strftime", args)?;
                Ok(Value::string(format::strftime(
                    &fmt,
                    &f.tm(None, None),
                    true,
                )))
            }
            "timetuple" => {
                cargs(vm, Some("timetuple"), args, &[], 0)?;
                timetuple(vm, &f, -1)
            }
            _ => format_spec(vm, this, &args, &f.tm(None, None)),
        }
    }
    fn eq(&self, _vm: &Vm, other: &Value) -> Option<PyResult<bool>> {
        if let Some(o) = native_ref::<DateObj>(other) {
            return Some(Ok(o.ord() == self.ord()));
        }
        native_ref::<DateTimeObj>(other).map(|_| Ok(false))
    }
    fn hash(&self, vm: &Vm) -> Option<PyResult<u64>> {
        Some(vm.hash(&Value::Int(self.ord())))
    }
    fn compare(&self, vm: &Vm, op: CmpOp, other: &Value) -> Option<PyResult<bool>> {
        if let Some(o) = native_ref::<DateObj>(other) {
            return Some(Ok(ordering(op, self.ord().cmp(&o.ord()))));
        }
        if native_ref::<DateTimeObj>(other).is_some() {
            return Some(Err(
                vm.type_error("can't compare datetime.datetime to datetime.date")
            ));
        }
        None
    }
    fn binary_op(
        &self,
        vm: &Vm,
        op: BinOp,
        this: &Value,
        other: &Value,
        reflected: bool,
    ) -> Option<PyResult<Value>> {
        date_arith(vm, self, op, this, other, reflected)
    }
}

/// `isoformat()` of a time of day with a timespec, as CPython.
pub fn iso_time(vm: &Vm, h: i64, mi: i64, s: i64, us: i64, timespec: &str) -> PyResult<String> {
    Ok(match timespec {
        "auto" if us != 0 => format!("{:02}:{:02}:{:02}.{:06}", h, mi, s, us),
        "auto" | "seconds" => format!("{:02}:{:02}:{:02}", h, mi, s),
        "hours" => format!("{:02}", h),
        "minutes" => format!("{:02}:{:02}", h, mi),
        "milliseconds" => format!("{:02}:{:02}:{:02}.{:03}", h, mi, s, us / 1000),
        "microseconds" => format!("{:02}:{:02}:{:02}.{:06}", h, mi, s, us),
        _ => return Err(vm.value_error("Unknown timespec value")),
    })
}

impl DateTimeObj {
    fn isoformat(&self, vm: &Vm, sep: &str, timespec: &str) -> PyResult<String> {
        let f = &self.f;
        let mut out = format!(
            "{:04}-{:02}-{:02}{}{}",
            f.year,
            f.month,
            f.day,
            sep,
            iso_time(vm, f.hour, f.minute, f.second, f.us, timespec)?
        );
        if let Some(off) = self.offset(vm)? {
            out.push_str(&format::format_offset(off, ":"));
        }
        Ok(out)
    }

    fn tm(&self, vm: &Vm) -> PyResult<Tm> {
        let off = self.offset(vm)?;
        let name = tz::tzname(vm, &self.tz, &self.as_value())?;
        Ok(self.f.tm(off, name))
    }

    /// Orders two datetimes as CPython (naive/aware rules); `None` for "not equal" when mixing.
    fn cmp_with(
        &self,
        vm: &Vm,
        o: &DateTimeObj,
        eq_only: bool,
    ) -> PyResult<Option<std::cmp::Ordering>> {
        let same_tz = match (&self.tz, &o.tz) {
            (None, None) => true,
            (Some(a), Some(b)) => a.is(b),
            _ => false,
        };
        if same_tz {
            return Ok(Some(self.f.local_us().cmp(&o.f.local_us())));
        }
        let (a, b) = (self.offset(vm)?, o.offset(vm)?);
        match (a, b) {
            (Some(x), Some(y)) => Ok(Some((self.f.local_us() - x).cmp(&(o.f.local_us() - y)))),
            (None, None) => Ok(Some(self.f.local_us().cmp(&o.f.local_us()))),
            _ if eq_only => Ok(None),
            _ => Err(vm.type_error("can't compare offset-naive and offset-aware datetimes")),
        }
    }

    fn replace(&self, vm: &Vm, args: Args) -> PyResult<Value> {
        let s = cargs(vm, Some("replace"), args, &DT_PARAMS, 0)?;
        let f = &self.f;
        let nf = Fields::new(
            int_or(vm, &s[0], f.year)?,
            int_or(vm, &s[1], f.month)?,
            int_or(vm, &s[2], f.day)?,
            int_or(vm, &s[3], f.hour)?,
            int_or(vm, &s[4], f.minute)?,
            int_or(vm, &s[5], f.second)?,
            int_or(vm, &s[6], f.us)?,
        );
        let tz = match &s[7] {
            Some(z) => tz::check_tzinfo(vm, Some(z.clone()))?,
            None => self.tz.clone(),
        };
        new_datetime(vm, &self.cls, nf, tz, int_or(vm, &s[8], self.fold)?)
    }

    fn astimezone(&self, vm: &Vm, args: Args) -> PyResult<Value> {
        let s = cargs(vm, Some("astimezone"), args, &["tz"], 0)?;
        let target = match &s[0] {
            None | Some(Value::None) => {
                let t = types(vm)?;
                TzObj::value(&t.timezone, 0, Some(Rc::from("UTC")))
            }
            Some(z) => match tz::check_tzinfo(vm, Some(z.clone()))? {
                Some(z) => z,
                None => {
                    return Err(
                        vm.type_error("tzinfo argument must be None or of a tzinfo subclass")
                    )
                }
            },
        };
        let off = self.offset(vm)?.unwrap_or(0);
        if let Some(cur) = &self.tz {
            if cur.is(&target) {
                return Ok(self.as_value());
            }
        }
        let utc = self.f.local_us() - off;
        let f = Fields::from_local_us(utc)
            .ok_or_else(|| vm.raise("OverflowError", "date value out of range"))?;
        let at_utc = DateTimeObj {
            cls: self.cls.clone(),
            f,
            tz: Some(target.clone()),
            fold: 0,
        };
        let new_off = tz::utcoffset(vm, &at_utc.tz, &at_utc.as_value())?.unwrap_or(0);
        at_utc.shifted(vm, new_off as i128)
    }
}

impl NativeObject for DateTimeObj {
    fn class(&self) -> ClassRef {
        self.cls.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, vm: &Vm, _this: &Value) -> PyResult<String> {
        let f = &self.f;
        let mut s = format!(
            "datetime.datetime({}, {}, {}, {}, {}",
            f.year, f.month, f.day, f.hour, f.minute
        );
        if f.second != 0 || f.us != 0 {
            s.push_str(&format!(", {}", f.second));
        }
        if f.us != 0 {
            s.push_str(&format!(", {}", f.us));
        }
        if self.fold != 0 {
            s.push_str(", fold=1");
        }
        if let Some(tz) = &self.tz {
            s.push_str(&format!(", tzinfo={}", vm.repr(tz)?));
        }
        s.push(')');
        Ok(s)
    }
    fn str(&self, vm: &Vm, _this: &Value) -> PyResult<String> {
        self.isoformat(vm, " ", "auto")
    }
    fn get_attr(&self, _vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        let f = &self.f;
        Ok(match name {
            "year" => Some(Value::Int(f.year)),
            "month" => Some(Value::Int(f.month)),
            "day" => Some(Value::Int(f.day)),
            "hour" => Some(Value::Int(f.hour)),
            "minute" => Some(Value::Int(f.minute)),
            "second" => Some(Value::Int(f.second)),
            "microsecond" => Some(Value::Int(f.us)),
            "tzinfo" => Some(self.tz.clone().unwrap_or(Value::None)),
            "fold" => Some(Value::Int(self.fold)),
            "min" | "max" | "resolution" => self.cls.ns.borrow().get(name).cloned(),
            _ => None,
        })
    }
    fn has_method(&self, name: &str) -> bool {
        DATE_METHODS.contains(&name)
            || matches!(
                name,
                "date"
                    | "time"
                    | "timetz"
                    | "replace"
                    | "astimezone"
                    | "utcoffset"
                    | "dst"
                    | "tzname"
                    | "timetuple"
                    | "utctimetuple"
                    | "timestamp"
                    | "isoformat"
                    | "strftime"
                    | "__format__"
            )
    }
    fn call_method(&self, vm: &Vm, this: &Value, name: &str, args: Args) -> PyResult<Value> {
        let f = self.f;
        if let Some(r) = date_method(vm, &f, name, &args) {
            return r;
        }
        let t = types(vm)?;
        let none = |args: Args| cargs(vm, Some(name), args, &[], 0);
        match name {
            "date" => {
                none(args)?;
                Ok(DateObj::value(&t.date, f.year, f.month, f.day))
            }
            "time" | "timetz" => {
                none(args)?;
                let tz = if name == "timetz" {
                    self.tz.clone()
                } else {
                    None
                };
                Ok(TimeObj::value(
                    &t.time,
                    [f.hour, f.minute, f.second, f.us],
                    tz,
                    self.fold,
                ))
            }
            "replace" => self.replace(vm, args),
            "astimezone" => self.astimezone(vm, args),
            "utcoffset" | "dst" => {
                none(args)?;
                let v = if name == "dst" {
                    tz::dst(vm, &self.tz, this)?
                } else {
                    self.offset(vm)?
                };
                match v {
                    Some(u) => new_td(vm, u as i128),
                    None => Ok(Value::None),
                }
            }
            "tzname" => {
                none(args)?;
                Ok(tz::tzname(vm, &self.tz, this)?.map_or(Value::None, Value::string))
            }
            "timetuple" => {
                none(args)?;
                let isdst = match &self.tz {
                    None => -1,
                    Some(_) => match tz::dst(vm, &self.tz, this)? {
                        None => -1,
                        Some(0) => 0,
                        Some(_) => 1,
                    },
                };
                timetuple(vm, &f, isdst)
            }
            "utctimetuple" => {
                none(args)?;
                let off = self.offset(vm)?.unwrap_or(0);
                let uf = Fields::from_local_us(f.local_us() - off).unwrap_or(f);
                timetuple(vm, &uf, 0)
            }
            "timestamp" => {
                none(args)?;
                let off = self.offset(vm)?.unwrap_or(0);
                let us = f.local_us() - off - EPOCH_US;
                Ok(Value::Float(us as f64 / 1e6))
            }
            "isoformat" => {
                let s = cargs(vm, Some("isoformat"), args, &["sep", "timespec"], 0)?;
                let sep = match &s[0] {
                    None => "T".to_string(),
                    Some(Value::Str(x)) if x.char_len() == 1 => x.as_str().to_string(),
                    Some(Value::Str(_)) => {
                        return Err(vm.type_error(
                            "isoformat() argument 1 must be a unicode character, not str",
                        ))
                    }
                    Some(other) => {
                        return Err(vm.type_error(format!(
                            "isoformat() argument 1 must be a unicode character, not {}",
                            vm.type_name(other)
                        )))
                    }
                };
                let spec = match &s[1] {
                    None => "auto".to_string(),
                    Some(Value::Str(x)) => x.as_str().to_string(),
                    Some(other) => {
                        return Err(vm.type_error(format!(
                            "isoformat() argument 2 must be str, not {}",
                            vm.type_name(other)
                        )))
                    }
                };
                Ok(Value::string(self.isoformat(vm, &sep, &spec)?))
            }
            "strftime" => {
                let fmt = strftime_arg(vm, "strftime", args)?;
                Ok(Value::string(format::strftime(&fmt, &self.tm(vm)?, true)))
            }
            _ => format_spec(vm, this, &args, &self.tm(vm)?),
        }
    }
    fn eq(&self, vm: &Vm, other: &Value) -> Option<PyResult<bool>> {
        if let Some(o) = native_ref::<DateTimeObj>(other) {
            return Some(
                self.cmp_with(vm, o, true)
                    .map(|c| c == Some(std::cmp::Ordering::Equal)),
            );
        }
        native_ref::<DateObj>(other).map(|_| Ok(false))
    }
    fn hash(&self, vm: &Vm) -> Option<PyResult<u64>> {
        Some((|| {
            let off = self.offset(vm)?.unwrap_or(0);
            vm.hash(&Value::Int(self.f.local_us() - off))
        })())
    }
    fn compare(&self, vm: &Vm, op: CmpOp, other: &Value) -> Option<PyResult<bool>> {
        if let Some(o) = native_ref::<DateTimeObj>(other) {
            return Some(
                self.cmp_with(vm, o, false)
                    .map(|c| ordering(op, c.unwrap_or(std::cmp::Ordering::Equal))),
            );
        }
        if native_ref::<DateObj>(other).is_some() {
            return Some(Err(
                vm.type_error("can't compare datetime.datetime to datetime.date")
            ));
        }
        None
    }
    fn binary_op(
        &self,
        vm: &Vm,
        op: BinOp,
        this: &Value,
        other: &Value,
        reflected: bool,
    ) -> Option<PyResult<Value>> {
        if let Some(t) = native_ref::<TdObj>(other) {
            return match (op, reflected) {
                (BinOp::Add, _) => Some(self.shifted(vm, t.total_us())),
                (BinOp::Sub, false) => Some(self.shifted(vm, -t.total_us())),
                _ => unsupported(vm, op, this, other, reflected),
            };
        }
        if let Some(o) = native_ref::<DateTimeObj>(other) {
            if op == BinOp::Sub {
                let (a, b) = if reflected { (o, self) } else { (self, o) };
                return Some((|| {
                    let same_tz = match (&a.tz, &b.tz) {
                        (Some(x), Some(y)) => x.is(y),
                        _ => false,
                    };
                    let (oa, ob) = if same_tz {
                        (Some(0), Some(0))
                    } else {
                        (a.offset(vm)?, b.offset(vm)?)
                    };
                    let diff = match (oa, ob) {
                        (Some(x), Some(y)) => (a.f.local_us() - x) - (b.f.local_us() - y),
                        (None, None) => a.f.local_us() - b.f.local_us(),
                        _ => {
                            return Err(vm.type_error(
                                "can't subtract offset-naive and offset-aware datetimes",
                            ))
                        }
                    };
                    new_td(vm, diff as i128)
                })());
            }
        }
        unsupported(vm, op, this, other, reflected)
    }
}

/// `date.isocalendar()` result: a named tuple `(year, week, weekday)`.
pub struct IsoCal {
    cls: ClassRef,
    parts: [i64; 3],
}

impl IsoCal {
    fn tuple(&self) -> Value {
        Value::tuple(self.parts.iter().map(|p| Value::Int(*p)).collect())
    }
}

impl NativeObject for IsoCal {
    fn class(&self) -> ClassRef {
        self.cls.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &Vm, _this: &Value) -> PyResult<String> {
        Ok(format!(
            "datetime.IsoCalendarDate(year={}, week={}, weekday={})",
            self.parts[0], self.parts[1], self.parts[2]
        ))
    }
    fn get_attr(&self, _vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "year" => Some(Value::Int(self.parts[0])),
            "week" => Some(Value::Int(self.parts[1])),
            "weekday" => Some(Value::Int(self.parts[2])),
            _ => None,
        })
    }
    fn len(&self, _vm: &Vm) -> Option<PyResult<usize>> {
        Some(Ok(3))
    }
    fn iter(&self, vm: &Vm, _this: &Value) -> Option<PyResult<Value>> {
        Some(vm.iter(&self.tuple()))
    }
    fn get_item(&self, vm: &Vm, key: &Value) -> Option<PyResult<Value>> {
        Some(vm.get_item(&self.tuple(), key))
    }
    fn eq(&self, vm: &Vm, other: &Value) -> Option<PyResult<bool>> {
        match other {
            Value::Tuple(_) => Some(vm.eq(&self.tuple(), other)),
            _ => native_ref::<IsoCal>(other).map(|o| Ok(o.parts == self.parts)),
        }
    }
    fn hash(&self, vm: &Vm) -> Option<PyResult<u64>> {
        Some(vm.hash(&self.tuple()))
    }
}
