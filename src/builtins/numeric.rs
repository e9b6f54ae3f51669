//! abs, divmod, pow, round, min, max, sum, hex, oct, bin, chr, ord.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::{arity, kwarg};
use crate::errors;
use crate::eval::ops::to_big;
use crate::eval::{Args, PyResult, Vm};
use crate::ir::BinOp;
use crate::value::{BuiltinFn, Value};

pub static ABS: BuiltinFn = BuiltinFn {
    name: "abs",
    call: abs,
};
pub static DIVMOD: BuiltinFn = BuiltinFn {
    name: "divmod",
    call: divmod,
};
pub static POW: BuiltinFn = BuiltinFn {
    name: "pow",
    call: pow,
};
pub static ROUND: BuiltinFn = BuiltinFn {
    name: "round",
    call: round,
};
pub static MIN: BuiltinFn = BuiltinFn {
    name: "min",
    call: min,
};
pub static MAX: BuiltinFn = BuiltinFn {
    name: "max",
    call: max,
};
pub static SUM: BuiltinFn = BuiltinFn {
    name: "sum",
    call: sum,
};
pub static HEX: BuiltinFn = BuiltinFn {
    name: "hex",
    call: hex,
};
pub static OCT: BuiltinFn = BuiltinFn {
    name: "oct",
    call: oct,
};
pub static BIN: BuiltinFn = BuiltinFn {
    name: "bin",
    call: bin,
};
pub static CHR: BuiltinFn = BuiltinFn {
    name: "chr",
    call: chr,
};
pub static ORD: BuiltinFn = BuiltinFn {
    name: "ord",
    call: ord,
};

fn abs(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "abs", &args, 1, 1)?;
    let v = &args.pos[0];
    match v {
        Value::Int(i) => Ok(i
            .checked_abs()
            .map(Value::Int)
            .unwrap_or_else(|| Value::from_bigint(BigInt::from(*i).abs()))),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::BigInt(b) => Ok(Value::from_bigint(b.abs())),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        Value::Instance(_) | Value::Native(_) => match vm.special_method(v, "__abs__") {
            Some(m) => vm.call(&m, Args::default()),
            None => {
                Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v))))
            }
        },
        _ => Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v)))),
    }
}

fn divmod(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "divmod", &args, 2, 2)?;
    let (a, b) = (&args.pos[0], &args.pos[1]);
    if let (Value::Float(_), _) | (_, Value::Float(_)) = (a, b) {
        let (x, y) = (vm.to_f64(a)?, vm.to_f64(b)?);
        if y == 0.0 {
            return Err(vm.raise("ZeroDivisionError", "float divmod()"));
        }
        let (q, r) = crate::eval::ops::float_divmod(x, y);
        return Ok(Value::tuple(vec![Value::Float(q), Value::Float(r)]));
    }
    if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
        if let Some(m) = vm.special_method(a, "__divmod__") {
            let r = vm.call(&m, Args::new(vec![b.clone()]))?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if let Some(m) = vm.special_method(b, "__rdivmod__") {
            let r = vm.call(&m, Args::new(vec![a.clone()]))?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        let (ta, tb) = (vm.type_name(a), vm.type_name(b));
        return Err(vm.type_error(crate::errors::unsupported_operand("divmod()", &ta, &tb)));
    }
    let q = vm.binary_op(BinOp::FloorDiv, a, b).map_err(|e| {
        // CPython names `divmod()` when neither operand supports it.
        let (ta, tb) = (vm.type_name(a), vm.type_name(b));
        match e.exception() {
            Some(exc)
                if vm
                    .to_str(exc)
                    .is_ok_and(|m| m == crate::errors::unsupported_operand("//", &ta, &tb)) =>
            {
                vm.type_error(crate::errors::unsupported_operand("divmod()", &ta, &tb))
            }
            _ => e,
        }
    })?;
    let r = vm.binary_op(BinOp::Mod, a, b)?;
    Ok(Value::tuple(vec![q, r]))
}

fn pow(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "pow", &args, 2, 3)?;
    let base = kwarg(&args, "base").unwrap_or(&args.pos[0]);
    let exp = kwarg(&args, "exp").unwrap_or(&args.pos[1]);
    match args.pos.get(2) {
        None | Some(Value::None) => vm.binary_op(BinOp::Pow, base, exp),
        Some(m) => {
            let is_int = |v: &Value| matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_));
            let is_num = |v: &Value| is_int(v) || matches!(v, Value::Float(_));
            // Three-argument pow of an instance: its `__pow__(exp, mod)`.
            if matches!(base, Value::Instance(_)) {
                if let Some(f) = vm.special_method(base, "__pow__") {
                    let r = vm.call(&f, Args::new(vec![exp.clone(), m.clone()]))?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
            if !(is_int(base) && is_int(exp) && is_int(m)) {
                if is_num(base) && is_num(exp) && is_num(m) {
                    return Err(vm.type_error(
                        "pow() 3rd argument not allowed unless all arguments are integers",
                    ));
                }
                return Err(vm.type_error(format!(
                    "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                    vm.type_name(base),
                    vm.type_name(exp),
                    vm.type_name(m)
                )));
            }
            let (b, e, m) = (to_big(base), to_big(exp), to_big(m));
            if m.is_zero() {
                return Err(vm.value_error("pow() 3rd argument cannot be 0"));
            }
            // The inverse is an extended gcd; the powering dominates.
            vm.check_work(
                crate::limits::estimate::int_modpow_ns(e.bits(), m.bits())
                    .saturating_add(crate::limits::estimate::int_gcd_ns(b.bits(), m.bits()))
                    .saturating_add(crate::limits::estimate::int_div_ns(b.bits(), m.bits())),
            )?;
            let r = if e.is_negative() {
                let inv = mod_inverse(&b, &m).ok_or_else(|| {
                    vm.value_error("base is not invertible for the given modulus")
                })?;
                inv.modpow(&(-e), &m)
            } else {
                b.modpow(&e, &m)
            };
            let r = if !r.is_zero() && (r.is_negative() != m.is_negative()) {
                r + &m
            } else {
                r
            };
            Ok(Value::from_bigint(r))
        }
    }
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let e = num_integer::Integer::extended_gcd(a, m);
    if e.gcd != BigInt::from(1) && e.gcd != BigInt::from(-1) {
        return None;
    }
    Some(((e.x % m) + m) % m)
}

fn round(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "round", &args, 1, 2)?;
    let v = &args.pos[0];
    let nd = args.pos.get(1).or_else(|| kwarg(&args, "ndigits"));
    match v {
        Value::Float(x) => match nd {
            None | Some(Value::None) => {
                let r = x.round_ties_even();
                crate::types::float::to_int(vm, r)
            }
            Some(n) => {
                let n = crate::types::int::to_i64_checked(vm, n)?;
                crate::types::format::round_float(*x, n)
                    .map(Value::Float)
                    .map_err(|e| vm.raise(crate::types::format::error_kind(&e), e))
            }
        },
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => match nd {
            None | Some(Value::None) => Ok(Value::from_bigint(to_big(v))),
            Some(n) => {
                let n = crate::types::int::to_i64_checked(vm, n)?;
                if n >= 0 {
                    return Ok(Value::from_bigint(to_big(v)));
                }
                let p = BigInt::from(10).pow((-n).min(10_000) as u32);
                let x = to_big(v);
                let (q, r) = num_integer::Integer::div_mod_floor(&x, &p);
                let twice = &r * 2;
                let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
                    q + 1
                } else {
                    q
                };
                Ok(Value::from_bigint(q * p))
            }
        },
        Value::Instance(_) | Value::Native(_) => match vm.special_method(v, "__round__") {
            Some(m) => vm.call(&m, Args::new(args.pos[1..].to_vec())),
            None => Err(vm.type_error(format!(
                "type {} doesn't define __round__ method",
                vm.type_name(v)
            ))),
        },
        _ => Err(vm.type_error(format!(
            "type {} doesn't define __round__ method",
            vm.type_name(v)
        ))),
    }
}

fn min(vm: &Vm, args: Args) -> PyResult<Value> {
    extreme(vm, args, "min", false)
}

fn max(vm: &Vm, args: Args) -> PyResult<Value> {
    extreme(vm, args, "max", true)
}

fn extreme(vm: &Vm, args: Args, name: &str, want_max: bool) -> PyResult<Value> {
    if args.kw.len() > 2 {
        return Err(vm.type_error(format!(
            "{}() takes at most 2 keyword arguments ({} given)",
            name,
            args.kw.len()
        )));
    }
    let key = kwarg(&args, "key").filter(|k| !k.is_none()).cloned();
    let default = kwarg(&args, "default").cloned();
    for (k, _) in &args.kw {
        if !matches!(k.as_ref(), "key" | "default") {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for {}()",
                k, name
            )));
        }
    }
    let items = match args.pos.len() {
        0 => return Err(vm.type_error(format!("{} expected at least 1 argument, got 0", name))),
        1 => vm.collect(&args.pos[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {}() with multiple positional arguments",
                    name
                )));
            }
            args.pos.clone()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        vm.tick()?;
        let k = match &key {
            Some(f) => vm.call1(f, item.clone())?,
            None => item.clone(),
        };
        best = match best {
            None => Some((k, item)),
            Some((bk, bv)) => {
                let better = if want_max {
                    // `item > best`, as CPython asks it (and names `>` in errors).
                    let r = vm.rich_compare(crate::ir::CmpOp::Gt, &k, &bk)?;
                    vm.truthy(&r)?
                } else {
                    vm.less_than(&k, &bk)?
                };
                if better {
                    Some((k, item))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => {
            default.ok_or_else(|| vm.value_error(format!("{}() arg is an empty sequence", name)))
        }
    }
}

fn sum(vm: &Vm, args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    arity(vm, "sum", &args, 1, 2)?;
    let start = args
        .pos
        .get(1)
        .or_else(|| kwarg(&args, "start"))
        .cloned()
        .unwrap_or(Value::Int(0));
    if let Value::Str(_) = start {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if let Value::Bytes(_) = start {
        return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    let mut acc = start;
    let it = vm.iter(&args.pos[0])?;
    let mut float_acc: Option<f64> = None;
    while let Some(x) = vm.next(&it)? {
        vm.tick()?;
        if let (Some(f), Value::Float(y)) = (float_acc, &x) {
            float_acc = Some(f + y);
            continue;
        }
        if let Some(f) = float_acc.take() {
            acc = Value::Float(f);
        }
        acc = vm.binary_op(BinOp::Add, &acc, &x)?;
        if let Value::Float(f) = acc {
            float_acc = Some(f);
        }
    }
    Ok(match float_acc {
        Some(f) => Value::Float(f),
        None => acc,
    })
}

fn int_for(vm: &Vm, name: &str, args: &Args) -> PyResult<BigInt> {
    arity(vm, name, args, 1, 1)?;
    match &args.pos[0] {
        v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => Ok(to_big(v)),
        v => match vm.special_method(v, "__index__") {
            Some(m) => Ok(to_big(&vm.call(&m, Args::default())?)),
            None => Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            ))),
        },
    }
}

fn radix(vm: &Vm, name: &str, args: Args, prefix: &str, r: u32) -> PyResult<Value> {
    let b = int_for(vm, name, &args)?;
    vm.check_alloc(crate::limits::estimate::int_text(
        b.bits(),
        u64::from(r.trailing_zeros()),
    ))?;
    let digits = b.abs().to_str_radix(r);
    Ok(Value::string(format!(
        "{}{}{}",
        if b.is_negative() { "-" } else { "" },
        prefix,
        digits
    )))
}

fn hex(vm: &Vm, args: Args) -> PyResult<Value> {
    radix(vm, "hex", args, "0x", 16)
}
fn oct(vm: &Vm, args: Args) -> PyResult<Value> {
    radix(vm, "oct", args, "0o", 8)
}
fn bin(vm: &Vm, args: Args) -> PyResult<Value> {
    radix(vm, "bin", args, "0b", 2)
}

fn chr(vm: &Vm, args: Args) -> PyResult<Value> {
    let b = int_for(vm, "chr", &args)?;
    let Some(n) = b.to_i32().map(i64::from) else {
        return Err(vm.raise("OverflowError", errors::int_too_large_for_c("int")));
    };
    if !(0..=0x10ffff).contains(&n) {
        return Err(vm.value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(n as u32) {
        Some(c) => Ok(Value::string(c.to_string())),
        None => Err(vm.value_error("chr() of a surrogate code point is not supported in codeact")),
    }
}

fn ord(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "ord", &args, 1, 1)?;
    match &args.pos[0] {
        Value::Str(s) if s.char_len() == 1 => Ok(Value::Int(
            s.as_str().chars().next().map_or(0, |c| c as i64),
        )),
        Value::Str(s) => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.char_len()
        ))),
        Value::Bytes(b) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
        Value::Bytes(b) => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        ))),
        other => Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(other)
        ))),
    }
}
