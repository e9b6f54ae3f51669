//! print, len, repr, ascii, format, hash, id, callable, final_answer.

use super::{arity, kwarg, no_kwargs};
use crate::eval::{Args, PyResult, Unwind, Vm};
use crate::value::{BuiltinFn, Value};

pub static PRINT: BuiltinFn = BuiltinFn {
    name: "print",
    call: print,
};
pub static LEN: BuiltinFn = BuiltinFn {
    name: "len",
    call: len,
};
pub static REPR: BuiltinFn = BuiltinFn {
    name: "repr",
    call: repr,
};
pub static ASCII: BuiltinFn = BuiltinFn {
    name: "ascii",
    call: ascii,
};
pub static FORMAT: BuiltinFn = BuiltinFn {
    name: "format",
    call: format,
};
pub static HASH: BuiltinFn = BuiltinFn {
    name: "hash",
    call: hash,
};
pub static ID: BuiltinFn = BuiltinFn {
    name: "id",
    call: id,
};
pub static CALLABLE: BuiltinFn = BuiltinFn {
    name: "callable",
    call: callable,
};
pub static FINAL_ANSWER: BuiltinFn = BuiltinFn {
    name: "final_answer",
    call: final_answer,
};

fn print(vm: &Vm, args: Args) -> PyResult<Value> {
    let text_of = |key: &str, default: &str| -> PyResult<String> {
        match kwarg(&args, key) {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            Some(other) => Err(vm.type_error(format!(
                "{} must be None or a string, not {}",
                key,
                vm.type_name(other)
            ))),
        }
    };
    let sep = text_of("sep", " ")?;
    let end = text_of("end", "\n")?;
    for (k, _) in &args.kw {
        if !matches!(k.as_ref(), "sep" | "end" | "file" | "flush") {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for print()",
                k
            )));
        }
    }
    let mut line = String::new();
    for (i, v) in args.pos.iter().enumerate() {
        if i > 0 {
            line.push_str(&sep);
        }
        line.push_str(&vm.to_str(v)?);
    }
    line.push_str(&end);
    match kwarg(&args, "file") {
        // `print(..., file=f)` writes through `f.write` (io.StringIO, user objects).
        Some(f) if !f.is_none() => {
            vm.call_method(
                f,
                &std::rc::Rc::from("write"),
                Args::new(vec![Value::string(line)]),
            )?;
        }
        _ => vm.write_out(&line),
    }
    Ok(Value::None)
}

fn len(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "len", &args, 1, 1)?;
    Ok(Value::Int(vm.len(&args.pos[0])? as i64))
}

fn repr(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "repr", &args, 1, 1)?;
    Ok(Value::string(vm.repr(&args.pos[0])?))
}

fn ascii(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "ascii", &args, 1, 1)?;
    Ok(Value::string(super::ascii_escape(&vm.repr(&args.pos[0])?)))
}

fn format(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "format", &args, 1, 2)?;
    let spec = match args.pos.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        None => String::new(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "format() argument 2 must be str, not {}",
                vm.type_name(other)
            )))
        }
    };
    Ok(Value::string(vm.format_value(&args.pos[0], &spec)?))
}

fn hash(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "hash", &args, 1, 1)?;
    let v = &args.pos[0];
    let h = match v {
        Value::Int(i) => crate::eval::protocol::hash_i64(*i),
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) => crate::eval::protocol::hash_bigint(b),
        Value::Float(f) => crate::eval::protocol::hash_float(*f),
        _ => vm.hash(v)? as i64,
    };
    Ok(Value::Int(h))
}

fn id(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "id", &args, 1, 1)?;
    Ok(Value::Int(args.pos[0].identity() as i64))
}

fn callable(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "callable", &args, 1, 1)?;
    Ok(Value::Bool(is_callable(vm, &args.pos[0])))
}

/// `callable(v)`.
pub fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Function(_)
        | Value::Builtin(_)
        | Value::BoundMethod(_)
        | Value::NativeMethod(_)
        | Value::Class(_)
        | Value::Tool(_) => true,
        Value::Instance(_) => vm.special_method(v, "__call__").is_some(),
        Value::Native(n) => n.is_callable(),
        _ => false,
    }
}

/// Ends the run with an answer; not catchable by `except`.
fn final_answer(vm: &Vm, args: Args) -> PyResult<Value> {
    no_kwargs(
        vm,
        "final_answer",
        &Args {
            pos: Vec::new(),
            kw: args
                .kw
                .iter()
                .filter(|(k, _)| k.as_ref() != "answer")
                .cloned()
                .collect(),
        },
    )?;
    let answer = match (args.pos.first(), kwarg(&args, "answer")) {
        (Some(v), _) | (None, Some(v)) => v.clone(),
        (None, None) => {
            return Err(
                vm.type_error("final_answer() missing 1 required positional argument: 'answer'")
            )
        }
    };
    Err(Unwind::final_answer(answer))
}
