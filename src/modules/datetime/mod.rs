//! `datetime`: date, time, datetime, timedelta, tzinfo and fixed-offset
//! timezone, at CPython 3.11 fidelity (reprs, normalisation, arithmetic,
//! comparisons, formatting, parsing and error messages).
//!
//! Owns the module table, the constructors and class methods, and argument
//! handling; the types live in `timedelta`, `date` (date and datetime),
//! `clock` (time) and `tz`. There is no time zone database: "local time" is
//! UTC, as on the reference machine. Must not touch the host beyond reading
//! the clock for `today()`/`now()`.

pub mod cal;
mod clock;
mod date;
pub mod format;
mod timedelta;
mod tz;

use std::collections::HashMap;
use std::rc::Rc;

use crate::eval::{Args, PyResult, Vm};
use crate::value::{BuiltinFn, Class, ClassRef, Value};

pub use clock::TimeObj;
pub use date::{DateObj, DateTimeObj, Fields};
pub use timedelta::TdObj;
pub use tz::TzObj;

/// The classes of the module, looked up in the imported module.
pub struct Types {
    pub date: ClassRef,
    pub datetime: ClassRef,
    pub time: ClassRef,
    pub timedelta: ClassRef,
    pub timezone: ClassRef,
    pub tzinfo: ClassRef,
    pub isocal: ClassRef,
}

/// The classes of the imported `datetime` module.
pub fn types(vm: &Vm) -> PyResult<Rc<Types>> {
    super::cached_classes(&vm.module_classes.datetime, || lookup_types(vm))
}

fn lookup_types(vm: &Vm) -> PyResult<Types> {
    let class = |name: &str| match super::module_attr(vm, "datetime", name) {
        Some(Value::Class(ref c)) => Ok(c.clone()),
        _ => Err(vm.raise("ImportError", "the datetime module is not loaded")),
    };
    let date = class("date")?;
    let isocal = match date.ns.borrow().get("__isocalendar_class__") {
        Some(Value::Class(c)) => c.clone(),
        _ => vm.types.object.clone(),
    };
    Ok(Types {
        datetime: class("datetime")?,
        time: class("time")?,
        timedelta: class("timedelta")?,
        timezone: class("timezone")?,
        tzinfo: class("tzinfo")?,
        date,
        isocal,
    })
}

macro_rules! builtin {
    ($static:ident, $name:literal, $f:expr) => {
        static $static: BuiltinFn = BuiltinFn {
            name: $name,
            call: $f,
        };
    };
}

builtin!(DATE_TODAY, "today", |vm, a| date::today(vm, a, false));
builtin!(DATE_FROMTIMESTAMP, "fromtimestamp", |vm, a| {
    date::from_timestamp(vm, a, false)
});
builtin!(DATE_FROMORDINAL, "fromordinal", |vm, a| {
    date::from_ordinal(vm, a, false)
});
builtin!(
    DATE_FROMISOFORMAT,
    "fromisoformat",
    date::date_fromisoformat
);
builtin!(DATE_FROMISOCALENDAR, "fromisocalendar", |vm, a| {
    date::from_isocalendar(vm, a, false)
});
builtin!(DT_TODAY, "today", |vm, a| date::today(vm, a, true));
builtin!(DT_NOW, "now", date::now);
builtin!(DT_UTCNOW, "utcnow", date::utcnow);
builtin!(DT_FROMTIMESTAMP, "fromtimestamp", |vm, a| {
    date::from_timestamp(vm, a, true)
});
builtin!(
    DT_UTCFROMTIMESTAMP,
    "utcfromtimestamp",
    date::utc_from_timestamp
);
builtin!(DT_FROMORDINAL, "fromordinal", |vm, a| date::from_ordinal(
    vm, a, true
));
builtin!(
    DT_FROMISOFORMAT,
    "fromisoformat",
    date::datetime_fromisoformat
);
builtin!(DT_FROMISOCALENDAR, "fromisocalendar", |vm, a| {
    date::from_isocalendar(vm, a, true)
});
builtin!(DT_STRPTIME, "strptime", date::strptime);
builtin!(DT_COMBINE, "combine", date::combine);
builtin!(TIME_FROMISOFORMAT, "fromisoformat", clock::fromisoformat);

/// The module table.
pub fn build(vm: &Vm) -> HashMap<Rc<str>, Value> {
    let object = vm.types.object.clone();
    let date_cls = Class::native(
        "datetime.date",
        "datetime",
        vec![object.clone()],
        Some(date::construct_date),
    );
    let datetime_cls = Class::native(
        "datetime.datetime",
        "datetime",
        vec![date_cls.clone()],
        Some(date::construct_datetime),
    );
    let time_cls = Class::native(
        "datetime.time",
        "datetime",
        vec![object.clone()],
        Some(clock::construct),
    );
    let td_cls = Class::native(
        "datetime.timedelta",
        "datetime",
        vec![object.clone()],
        Some(timedelta::construct),
    );
    let tzinfo_cls = Class::native("datetime.tzinfo", "datetime", vec![object.clone()], None);
    let tz_cls = Class::native(
        "datetime.timezone",
        "datetime",
        vec![tzinfo_cls.clone()],
        Some(tz::construct),
    );
    let isocal = Class::native("datetime.IsoCalendarDate", "datetime", vec![object], None);
    date_cls
        .ns
        .borrow_mut()
        .insert(Rc::from("__isocalendar_class__"), Value::Class(isocal));

    let td = |days: i64, secs: i64, us: i64| TdObj::value(&td_cls, days, secs, us);
    {
        let mut ns = td_cls.ns.borrow_mut();
        ns.insert(Rc::from("min"), td(-999_999_999, 0, 0));
        ns.insert(Rc::from("max"), td(999_999_999, 86_399, 999_999));
        ns.insert(Rc::from("resolution"), td(0, 0, 1));
    }
    {
        let mut ns = date_cls.ns.borrow_mut();
        ns.insert(Rc::from("min"), DateObj::value(&date_cls, 1, 1, 1));
        ns.insert(Rc::from("max"), DateObj::value(&date_cls, 9999, 12, 31));
        ns.insert(Rc::from("resolution"), td(1, 0, 0));
        for f in [
            &DATE_TODAY,
            &DATE_FROMTIMESTAMP,
            &DATE_FROMORDINAL,
            &DATE_FROMISOFORMAT,
            &DATE_FROMISOCALENDAR,
        ] {
            ns.insert(Rc::from(f.name), Value::Builtin(f));
        }
    }
    {
        let mut ns = datetime_cls.ns.borrow_mut();
        let mk = |f: Fields| DateTimeObj::value(&datetime_cls, f, None, 0);
        ns.insert(Rc::from("min"), mk(Fields::new(1, 1, 1, 0, 0, 0, 0)));
        ns.insert(
            Rc::from("max"),
            mk(Fields::new(9999, 12, 31, 23, 59, 59, 999_999)),
        );
        ns.insert(Rc::from("resolution"), td(0, 0, 1));
        for f in [
            &DT_TODAY,
            &DT_NOW,
            &DT_UTCNOW,
            &DT_FROMTIMESTAMP,
            &DT_UTCFROMTIMESTAMP,
            &DT_FROMORDINAL,
            &DT_FROMISOFORMAT,
            &DT_FROMISOCALENDAR,
            &DT_STRPTIME,
            &DT_COMBINE,
        ] {
            ns.insert(Rc::from(f.name), Value::Builtin(f));
        }
    }
    {
        let mut ns = time_cls.ns.borrow_mut();
        ns.insert(
            Rc::from("min"),
            TimeObj::value(&time_cls, [0, 0, 0, 0], None, 0),
        );
        ns.insert(
            Rc::from("max"),
            TimeObj::value(&time_cls, [23, 59, 59, 999_999], None, 0),
        );
        ns.insert(Rc::from("resolution"), td(0, 0, 1));
        ns.insert(
            Rc::from("fromisoformat"),
            Value::Builtin(&TIME_FROMISOFORMAT),
        );
    }
    let utc = TzObj::value(&tz_cls, 0, None);
    {
        let mut ns = tz_cls.ns.borrow_mut();
        ns.insert(Rc::from("utc"), utc.clone());
        let limit = 24 * 3_600_000_000 - 60_000_000;
        ns.insert(Rc::from("min"), TzObj::value(&tz_cls, -limit, None));
        ns.insert(Rc::from("max"), TzObj::value(&tz_cls, limit, None));
    }
    let mut m = HashMap::new();
    m.insert(Rc::from("date"), Value::Class(date_cls));
    m.insert(Rc::from("datetime"), Value::Class(datetime_cls));
    m.insert(Rc::from("time"), Value::Class(time_cls));
    m.insert(Rc::from("timedelta"), Value::Class(td_cls));
    m.insert(Rc::from("tzinfo"), Value::Class(tzinfo_cls));
    m.insert(Rc::from("timezone"), Value::Class(tz_cls));
    m.insert(Rc::from("UTC"), utc);
    m.insert(Rc::from("MINYEAR"), Value::Int(cal::MINYEAR));
    m.insert(Rc::from("MAXYEAR"), Value::Int(cal::MAXYEAR));
    m
}

// ----- argument helpers -----

/// Binds arguments of a C-level function with CPython's `getargs` messages;
/// `name` is `None` for constructors ("function takes at most ...").
pub fn cargs(
    vm: &Vm,
    name: Option<&str>,
    args: Args,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    // Named in error messages only, so built only for them.
    let callee = || match name {
        Some(n) => format!("{}()", n),
        None => "function".to_string(),
    };
    let given = args.pos.len() + args.kw.len();
    if args.pos.len() > names.len() || given > names.len() {
        return Err(vm.type_error(format!(
            "{} takes at most {} argument{} ({} given)",
            callee(),
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            given
        )));
    }
    let mut slots: Vec<Option<Value>> = vec![None; names.len()];
    for (i, v) in args.pos.into_iter().enumerate() {
        slots[i] = Some(v);
    }
    let mut unknown = None;
    for (k, v) in args.kw {
        match names.iter().position(|n| *n == k.as_ref()) {
            Some(i) if slots[i].is_some() => {
                return Err(vm.type_error(format!(
                    "argument for {} given by name ('{}') and position ({})",
                    callee(),
                    k,
                    i + 1
                )))
            }
            Some(i) => slots[i] = Some(v),
            None => {
                if unknown.is_none() {
                    unknown = Some(k);
                }
            }
        }
    }
    if let Some(i) = (0..required).find(|&i| slots[i].is_none()) {
        return Err(vm.type_error(format!(
            "{} missing required argument '{}' (pos {})",
            callee(),
            names[i],
            i + 1
        )));
    }
    if let Some(k) = unknown {
        let target = match name {
            Some(n) => format!("{}()", n),
            None => "this function".to_string(),
        };
        return Err(vm.type_error(format!(
            "'{}' is an invalid keyword argument for {}",
            k, target
        )));
    }
    Ok(slots)
}

/// An integer argument (CPython's `__index__` conversion).
pub fn int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => {
            Err(vm.raise("OverflowError", "Python int too large to convert to C int"))
        }
        other => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(other)
        ))),
    }
}

/// An optional integer argument with a default.
pub fn int_or(vm: &Vm, v: &Option<Value>, default: i64) -> PyResult<i64> {
    match v {
        Some(v) => int_arg(vm, v),
        None => Ok(default),
    }
}

/// CPython's "unsupported operand" error for an operation a type here does
/// not support; `None` lets user classes (and other natives) try the
/// reflected operation first.
pub fn unsupported(
    vm: &Vm,
    op: crate::ir::BinOp,
    this: &Value,
    other: &Value,
    reflected: bool,
) -> Option<PyResult<Value>> {
    if matches!(other, Value::Instance(_)) {
        return None;
    }
    if let Value::Native(n) = other {
        if !reflected && n.class().module.as_ref() != "datetime" {
            return None;
        }
    }
    if op == crate::ir::BinOp::Mul
        && matches!(
            other,
            Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)
        )
    {
        return Some(Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(this)
        ))));
    }
    let (a, b) = if reflected {
        (other, this)
    } else {
        (this, other)
    };
    Some(Err(vm.type_error(crate::errors::unsupported_operand(
        crate::eval::ops::op_symbol(op),
        &vm.type_name(a),
        &vm.type_name(b),
    ))))
}

/// Current UTC time in microseconds since the Unix epoch.
pub fn now_us() -> i64 {
    match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => d.as_micros() as i64,
        Err(e) => -(e.duration().as_micros() as i64),
    }
}

/// CPython's error for a timestamp whose date has no four-digit year.
pub fn year_out_of_range(vm: &Vm, us_since_0001: i64) -> crate::eval::Unwind {
    let (year, _, _) = cal::ord_to_ymd(us_since_0001.div_euclid(cal::US_PER_DAY) + 1);
    vm.value_error(format!("year {} is out of range", year))
}

/// Microseconds from 0001-01-01 to the Unix epoch.
pub const EPOCH_US: i64 = 719_162 * cal::US_PER_DAY;

/// Rounds a float of seconds to whole microseconds, half to even (CPython's
/// `_PyTime_ROUND_HALF_EVEN`), refusing values out of range.
pub fn seconds_to_us(vm: &Vm, v: &Value) -> PyResult<i64> {
    // Beyond this no date is representable; refusing early keeps sums in range.
    const LIMIT: i64 = 1_000_000_000_000_000_000;
    let us = seconds_to_us_unchecked(vm, v)?;
    if us.abs() > LIMIT {
        return Err(vm.raise(
            "OverflowError",
            "timestamp out of range for platform time_t",
        ));
    }
    Ok(us)
}

fn seconds_to_us_unchecked(vm: &Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => i.checked_mul(1_000_000).ok_or_else(|| {
            vm.raise(
                "OverflowError",
                "timestamp out of range for platform time_t",
            )
        }),
        Value::Bool(b) => Ok(*b as i64 * 1_000_000),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)"));
            }
            // As CPython: whole seconds, then the fraction rounded on its own.
            let whole = f.trunc();
            let us = whole * 1e6 + ((f - whole) * 1e6).round_ties_even();
            if !us.is_finite() || us.abs() > 9.2e18 {
                return Err(vm.raise(
                    "OverflowError",
                    "timestamp out of range for platform time_t",
                ));
            }
            Ok(us as i64)
        }
        other => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(other)
        ))),
    }
}
