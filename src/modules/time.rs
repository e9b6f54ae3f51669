//! `time`: clocks (`time`, `monotonic`, `perf_counter`, `process_time` (the
//! process's CPU time), `*_ns`), `sleep`
//! bounded by the run's deadline, `struct_time`, `gmtime`/`localtime`/
//! `mktime`, `strftime`/`strptime`, `asctime`/`ctime`.
//!
//! Local time is UTC (there is no time zone database and the host's zone is
//! not read). Must not sleep past the deadline: a longer `sleep` waits until
//! the deadline and then stops the run with the time limit.

use std::collections::HashMap;
use std::rc::Rc;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use super::datetime::cal;
use super::datetime::format::{self, Tm};
use super::params::bind;
use crate::eval::{Args, PyResult, Vm};
use crate::value::{native_ref, BuiltinFn, Class, ClassRef, NativeObject, Value};

macro_rules! builtin {
    ($static:ident, $name:literal, $f:expr) => {
        static $static: BuiltinFn = BuiltinFn {
            name: $name,
            call: $f,
        };
    };
}

builtin!(TIME, "time", |vm, a| {
    no_args(vm, "time", &a)?;
    Ok(Value::Float(epoch_ns() as f64 / 1e9))
});
builtin!(TIME_NS, "time_ns", |vm, a| {
    no_args(vm, "time_ns", &a)?;
    Ok(Value::Int(epoch_ns()))
});
builtin!(MONOTONIC, "monotonic", |vm, a| {
    no_args(vm, "monotonic", &a)?;
    Ok(Value::Float(mono_ns() as f64 / 1e9))
});
builtin!(MONOTONIC_NS, "monotonic_ns", |vm, a| {
    no_args(vm, "monotonic_ns", &a)?;
    Ok(Value::Int(mono_ns()))
});
builtin!(PERF_COUNTER, "perf_counter", |vm, a| {
    no_args(vm, "perf_counter", &a)?;
    Ok(Value::Float(mono_ns() as f64 / 1e9))
});
builtin!(PERF_COUNTER_NS, "perf_counter_ns", |vm, a| {
    no_args(vm, "perf_counter_ns", &a)?;
    Ok(Value::Int(mono_ns()))
});
builtin!(PROCESS_TIME, "process_time", |vm, a| {
    no_args(vm, "process_time", &a)?;
    Ok(Value::Float(cpu_ns() as f64 / 1e9))
});
builtin!(PROCESS_TIME_NS, "process_time_ns", |vm, a| {
    no_args(vm, "process_time_ns", &a)?;
    Ok(Value::Int(cpu_ns()))
});
builtin!(SLEEP, "sleep", sleep);

/// CPU time consumed by this process (user + system), in nanoseconds: the
/// clock `process_time` reads. Sleeping does not advance it.
fn cpu_ns() -> i64 {
    let t = rustix::time::clock_gettime(rustix::time::ClockId::ProcessCPUTime);
    t.tv_sec.saturating_mul(1_000_000_000) + t.tv_nsec
}
builtin!(GMTIME, "gmtime", |vm, a| broken_down(vm, a, "gmtime"));
builtin!(LOCALTIME, "localtime", |vm, a| broken_down(
    vm,
    a,
    "localtime"
));
builtin!(MKTIME, "mktime", mktime);
builtin!(ASCTIME, "asctime", asctime);
builtin!(CTIME, "ctime", ctime);
builtin!(STRFTIME, "strftime", strftime);
builtin!(STRPTIME, "strptime", strptime);

/// The module table.
pub fn build(vm: &Vm) -> HashMap<Rc<str>, Value> {
    let st = Class::native(
        "time.struct_time",
        "time",
        vec![vm.types.object.clone()],
        Some(construct_struct_time),
    );
    let mut m = HashMap::new();
    for f in [
        &TIME,
        &TIME_NS,
        &MONOTONIC,
        &MONOTONIC_NS,
        &PERF_COUNTER,
        &PERF_COUNTER_NS,
        &PROCESS_TIME,
        &PROCESS_TIME_NS,
        &SLEEP,
        &GMTIME,
        &LOCALTIME,
        &MKTIME,
        &ASCTIME,
        &CTIME,
        &STRFTIME,
        &STRPTIME,
    ] {
        let (k, v) = super::func(f);
        m.insert(k, v);
    }
    m.insert(Rc::from("struct_time"), Value::Class(st));
    m.insert(Rc::from("timezone"), Value::Int(0));
    m.insert(Rc::from("altzone"), Value::Int(0));
    m.insert(Rc::from("daylight"), Value::Int(0));
    m.insert(
        Rc::from("tzname"),
        Value::tuple(vec![Value::str("UTC"), Value::str("UTC")]),
    );
    m
}

fn no_args(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", name)));
    }
    if !args.pos.is_empty() {
        return Err(vm.type_error(format!(
            "{}() takes no arguments ({} given)",
            name,
            args.pos.len()
        )));
    }
    Ok(())
}

fn epoch_ns() -> i64 {
    match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i64,
        Err(e) => -(e.duration().as_nanos() as i64),
    }
}

/// Nanoseconds on a monotonic clock (from the first use in this process).
fn mono_ns() -> i64 {
    static START: OnceLock<Instant> = OnceLock::new();
    let start = START.get_or_init(Instant::now);
    start.elapsed().as_nanos() as i64
}

/// `time.sleep(secs)`: never past the run's deadline.
fn sleep(vm: &Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("sleep() takes no keyword arguments"));
    }
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "time.sleep() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    }
    let secs = match &args.pos[0] {
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        Value::Float(f) => *f,
        Value::BigInt(_) => {
            return Err(vm.raise(
                "OverflowError",
                "timestamp too large to convert to C _PyTime_t",
            ))
        }
        other => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(other)
            )))
        }
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if secs > 9.2e9 {
        return Err(vm.raise(
            "OverflowError",
            "timestamp too large to convert to C _PyTime_t",
        ));
    }
    let wanted = Duration::from_secs_f64(secs);
    match vm.time_left() {
        Some(left) if left < wanted => {
            std::thread::sleep(left);
            vm.check_clock()?;
            // The clock said the deadline has not quite passed: wait it out.
            std::thread::sleep(Duration::from_millis(1));
            vm.check_clock()?;
        }
        _ => std::thread::sleep(wanted),
    }
    Ok(Value::None)
}

// ----- struct_time -----

const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

/// `time.struct_time`: nine integers plus the zone name and offset.
pub struct StructTime {
    cls: ClassRef,
    fields: [i64; 9],
    /// `tm_zone` and `tm_gmtoff`, when known.
    zone: Option<(String, i64)>,
}

impl StructTime {
    fn tuple(&self) -> Value {
        Value::tuple(self.fields.iter().map(|f| Value::Int(*f)).collect())
    }
}

/// A struct_time of the imported `time` module (or a stand-alone one when
/// only `datetime` was imported).
pub fn struct_time(vm: &Vm, fields: [i64; 9], zone: Option<(String, i64)>) -> PyResult<Value> {
    let cls = match super::module_attr(vm, "time", "struct_time") {
        Some(Value::Class(ref c)) => c.clone(),
        _ => Class::native(
            "time.struct_time",
            "time",
            vec![vm.types.object.clone()],
            Some(construct_struct_time),
        ),
    };
    Ok(Value::native_uncharged(StructTime { cls, fields, zone }))
}

fn construct_struct_time(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    let s = bind(vm, "struct_time", args, &["sequence", "dict"], 1, 2)?;
    let items = vm.collect(s[0].as_ref().unwrap_or(Value::NONE))?;
    if items.len() < 9 || items.len() > 11 {
        return Err(vm.type_error(format!(
            "time.struct_time() takes an {} ({}-sequence given)",
            if items.len() < 9 {
                "at least 9-sequence"
            } else {
                "at most 11-sequence"
            },
            items.len()
        )));
    }
    let mut fields = [0i64; 9];
    for (i, f) in fields.iter_mut().enumerate() {
        *f = match &items[i] {
            Value::Int(n) => *n,
            Value::Bool(b) => *b as i64,
            other => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(other)
                )))
            }
        };
    }
    let zone = match (items.get(9), items.get(10)) {
        (Some(Value::Str(z)), Some(Value::Int(off))) => Some((z.as_str().to_string(), *off)),
        _ => None,
    };
    Ok(Value::native_uncharged(StructTime {
        cls: cls.clone(),
        fields,
        zone,
    }))
}

impl NativeObject for StructTime {
    fn class(&self) -> ClassRef {
        self.cls.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &Vm, _this: &Value) -> PyResult<String> {
        let parts: Vec<String> = FIELDS
            .iter()
            .zip(self.fields.iter())
            .map(|(n, v)| format!("{}={}", n, v))
            .collect();
        Ok(format!("time.struct_time({})", parts.join(", ")))
    }
    fn get_attr(&self, _vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        if let Some(i) = FIELDS.iter().position(|f| *f == name) {
            return Ok(Some(Value::Int(self.fields[i])));
        }
        Ok(match name {
            "tm_zone" => Some(
                self.zone
                    .as_ref()
                    .map_or(Value::None, |(z, _)| Value::str(z)),
            ),
            "tm_gmtoff" => Some(
                self.zone
                    .as_ref()
                    .map_or(Value::None, |(_, o)| Value::Int(*o)),
            ),
            "n_fields" => Some(Value::Int(11)),
            "n_sequence_fields" => Some(Value::Int(9)),
            _ => None,
        })
    }
    fn len(&self, _vm: &Vm) -> Option<PyResult<usize>> {
        Some(Ok(9))
    }
    fn iter(&self, vm: &Vm, _this: &Value) -> Option<PyResult<Value>> {
        Some(vm.iter(&self.tuple()))
    }
    fn get_item(&self, vm: &Vm, key: &Value) -> Option<PyResult<Value>> {
        Some(vm.get_item(&self.tuple(), key))
    }
    fn contains(&self, vm: &Vm, item: &Value) -> Option<PyResult<bool>> {
        Some(vm.contains(&self.tuple(), item))
    }
    fn eq(&self, vm: &Vm, other: &Value) -> Option<PyResult<bool>> {
        match other {
            Value::Tuple(_) => Some(vm.eq(&self.tuple(), other)),
            _ => native_ref::<StructTime>(other).map(|o| Ok(o.fields == self.fields)),
        }
    }
    fn hash(&self, vm: &Vm) -> Option<PyResult<u64>> {
        Some(vm.hash(&self.tuple()))
    }
    fn compare(&self, vm: &Vm, op: crate::ir::CmpOp, other: &Value) -> Option<PyResult<bool>> {
        let other = match native_ref::<StructTime>(other) {
            Some(o) => o.tuple(),
            None => match other {
                Value::Tuple(_) => other.clone(),
                _ => return None,
            },
        };
        Some(vm.compare_truthy(op, &self.tuple(), &other))
    }
}

/// The nine fields of a struct_time or 9-tuple argument.
fn tm_arg(vm: &Vm, v: &Value, func: &str) -> PyResult<([i64; 9], Option<(String, i64)>)> {
    if let Some(st) = native_ref::<StructTime>(v) {
        return Ok((st.fields, st.zone.clone()));
    }
    let Value::Tuple(items) = v else {
        return Err(vm.type_error("Tuple or struct_time argument required"));
    };
    if items.len() != 9 {
        return Err(vm.type_error(format!("{}(): illegal time tuple argument", func)));
    }
    let mut f = [0i64; 9];
    for (i, x) in items.iter().enumerate() {
        f[i] = match x {
            Value::Int(n) => *n,
            Value::Bool(b) => *b as i64,
            other => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(other)
                )))
            }
        };
    }
    Ok((f, None))
}

/// Broken-down UTC time of `secs` seconds since the epoch.
fn fields_of(vm: &Vm, secs: i64) -> PyResult<[i64; 9]> {
    let days = secs.div_euclid(86_400);
    let rest = secs.rem_euclid(86_400);
    let ord = days + 719_163;
    if !(1..=cal::MAX_ORDINAL).contains(&ord) {
        return Err(vm.raise(
            "OverflowError",
            "timestamp out of range for platform time_t",
        ));
    }
    let (y, m, d) = cal::ord_to_ymd(ord);
    Ok([
        y,
        m,
        d,
        rest / 3600,
        rest / 60 % 60,
        rest % 60,
        cal::weekday(y, m, d),
        cal::day_of_year(y, m, d),
        0,
    ])
}

/// `gmtime([secs])` / `localtime([secs])` (local time is UTC).
fn broken_down(vm: &Vm, args: Args, name: &str) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", name)));
    }
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "{} expected at most 1 argument, got {}",
            name,
            args.pos.len()
        )));
    }
    let secs = match args.pos.first() {
        None | Some(Value::None) => epoch_ns().div_euclid(1_000_000_000),
        Some(Value::Int(i)) => *i,
        Some(Value::Bool(b)) => *b as i64,
        Some(Value::Float(f)) => {
            if f.is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)"));
            }
            if f.abs() > 1e17 {
                return Err(vm.raise(
                    "OverflowError",
                    "timestamp out of range for platform time_t",
                ));
            }
            f.floor() as i64
        }
        Some(other) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(other)
            )))
        }
    };
    let zone = if name == "gmtime" { "GMT" } else { "UTC" };
    struct_time(vm, fields_of(vm, secs)?, Some((zone.to_string(), 0)))
}

/// `mktime(t)`: the inverse of `localtime` (UTC), normalising fields.
fn mktime(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = bind(vm, "mktime", args, &["t"], 1, 1)?;
    let (f, _) = tm_arg(vm, s[0].as_ref().unwrap_or(Value::NONE), "mktime")?;
    let months = f[0] as i128 * 12 + (f[1] as i128 - 1);
    let (y, m) = (
        months.div_euclid(12) as i64,
        months.rem_euclid(12) as i64 + 1,
    );
    if !(cal::MINYEAR as i128..=cal::MAXYEAR as i128).contains(&months.div_euclid(12)) {
        return Err(vm.raise("OverflowError", "mktime argument out of range"));
    }
    let days = (cal::ymd_to_ord(y, m, 1) - 719_163) as i128 + (f[2] as i128 - 1);
    let secs = days * 86_400 + f[3] as i128 * 3600 + f[4] as i128 * 60 + f[5] as i128;
    if secs.abs() > i64::MAX as i128 {
        return Err(vm.raise("OverflowError", "mktime argument out of range"));
    }
    Ok(Value::Float(secs as f64))
}

fn tm_of(f: &[i64; 9], zone: &Option<(String, i64)>) -> Tm {
    Tm {
        year: f[0],
        month: f[1].clamp(1, 12),
        day: f[2].clamp(1, 31),
        hour: f[3],
        minute: f[4],
        second: f[5],
        microsecond: 0,
        utcoffset: Some(zone.as_ref().map_or(0, |(_, o)| *o) * 1_000_000),
        tzname: Some(zone.as_ref().map_or("UTC".to_string(), |(z, _)| z.clone())),
    }
}

/// The struct_time argument at `idx`, or the current local time.
fn tm_or_now(
    vm: &Vm,
    v: Option<&Value>,
    func: &str,
) -> PyResult<([i64; 9], Option<(String, i64)>)> {
    match v {
        None => Ok((
            fields_of(vm, epoch_ns().div_euclid(1_000_000_000))?,
            Some(("UTC".to_string(), 0)),
        )),
        Some(v) => tm_arg(vm, v, func),
    }
}

/// Checks the ranges CPython's `strftime`/`asctime` enforce.
fn check_tm(vm: &Vm, f: &[i64; 9]) -> PyResult<()> {
    let checks: [(bool, &str); 6] = [
        ((1..=12).contains(&f[1]) || f[1] == 0, "month out of range"),
        (
            (1..=31).contains(&f[2]) || f[2] == 0,
            "day of month out of range",
        ),
        ((0..=23).contains(&f[3]), "hour out of range"),
        ((0..=59).contains(&f[4]), "minute out of range"),
        ((0..=61).contains(&f[5]), "seconds out of range"),
        ((0..=366).contains(&f[7]), "day of year out of range"),
    ];
    for (ok, msg) in checks {
        if !ok {
            return Err(vm.value_error(msg));
        }
    }
    if !(cal::MINYEAR..=cal::MAXYEAR).contains(&f[0]) {
        return Err(vm.value_error("strftime() requires year in [1; 9999]"));
    }
    Ok(())
}

fn asctime_text(f: &[i64; 9]) -> String {
    format::strftime("%a %b %e %H:%M:%S %Y", &tm_of(f, &None), false)
}

fn asctime(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = bind(vm, "asctime", args, &["t"], 0, 1)?;
    let (f, _) = tm_or_now(vm, s[0].as_ref(), "asctime")?;
    check_tm(vm, &f)?;
    Ok(Value::string(asctime_text(&f)))
}

fn ctime(vm: &Vm, args: Args) -> PyResult<Value> {
    let mut a = args;
    let secs = a.pos.pop().filter(|v| !v.is_none());
    let t = broken_down(vm, Args::new(secs.into_iter().collect()), "ctime")?;
    let (f, _) = tm_arg(vm, &t, "ctime")?;
    Ok(Value::string(asctime_text(&f)))
}

fn strftime(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = bind(vm, "strftime", args, &["format", "t"], 1, 2)?;
    let fmt = match &s[0] {
        Some(Value::Str(f)) => f.as_str().to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "strftime() argument 1 must be str, not {}",
                vm.type_name(other)
            )))
        }
        None => String::new(),
    };
    let (f, zone) = tm_or_now(vm, s[1].as_ref(), "strftime")?;
    check_tm(vm, &f)?;
    Ok(Value::string(format::strftime(
        &fmt,
        &tm_of(&f, &zone),
        false,
    )))
}

fn strptime(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = bind(vm, "strptime", args, &["string", "format"], 1, 2)?;
    let text = |i: usize, default: &str| match &s[i] {
        Some(Value::Str(t)) => Ok(t.as_str().to_string()),
        Some(other) => Err(vm.type_error(format!(
            "strptime() argument {} must be str, not {}",
            i,
            vm.type_name(other)
        ))),
        None => Ok(default.to_string()),
    };
    let data = text(0, "")?;
    let fmt = text(1, "%a %b %d %H:%M:%S %Y")?;
    let p = format::strptime(&data, &fmt).map_err(|e| vm.value_error(e))?;
    cal::check_date(p.year, p.month, p.day).map_err(|e| vm.value_error(e))?;
    let fields = [
        p.year,
        p.month,
        p.day,
        p.hour,
        p.minute,
        p.second,
        cal::weekday(p.year, p.month, p.day),
        cal::day_of_year(p.year, p.month, p.day),
        -1,
    ];
    let zone = p.gmtoff.map(|off| {
        (
            p.tzname.clone().unwrap_or_default(),
            off.div_euclid(1_000_000),
        )
    });
    struct_time(vm, fields, zone)
}
