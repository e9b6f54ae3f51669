//! isinstance, issubclass, getattr, setattr, hasattr, delattr, and the
//! constructors of the builtin types.

use std::cell::RefCell;
use std::rc::Rc;

use super::{arity, kwarg};
use crate::eval::{Args, PyResult, Vm};
use crate::types::TypeKind;
use crate::value::{BuiltinFn, ClassRef, DictObj, PropertyObj, RangeObj, SetObj, SliceObj, Value};

pub static ISINSTANCE: BuiltinFn = BuiltinFn {
    name: "isinstance",
    call: isinstance,
};
pub static ISSUBCLASS: BuiltinFn = BuiltinFn {
    name: "issubclass",
    call: issubclass,
};
pub static GETATTR: BuiltinFn = BuiltinFn {
    name: "getattr",
    call: getattr,
};
pub static SETATTR: BuiltinFn = BuiltinFn {
    name: "setattr",
    call: setattr,
};
pub static HASATTR: BuiltinFn = BuiltinFn {
    name: "hasattr",
    call: hasattr,
};
pub static DELATTR_FN: BuiltinFn = BuiltinFn {
    name: "delattr",
    call: delattr,
};
pub static DIR: BuiltinFn = BuiltinFn {
    name: "dir",
    call: dir,
};
pub static VARS: BuiltinFn = BuiltinFn {
    name: "vars",
    call: vars,
};

/// `dir(obj)`: the names user code can reach on `obj`, sorted. Dunders appear
/// only where user classes define them; builtin internals are not listed.
/// `dir()` here lists the module's global names; inside a function the
/// lowering turns it into `Expr::DirCall`, which lists the function's variables.
fn dir(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "dir", &args, 0, 1)?;
    let names = match args.pos.first() {
        None => {
            let mut names = vm.global_names_in_use();
            names.sort();
            names
        }
        Some(v) => dir_names(v),
    };
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

/// What `dir(obj)` lists, sorted; also the candidates for an AttributeError's "Did you mean".
pub fn dir_names(obj: &Value) -> Vec<String> {
    let mut names: Vec<String> = match obj {
        v @ Value::Instance(i) => {
            let mut n: Vec<String> = i.attrs.borrow().keys().map(|k| k.to_string()).collect();
            n.extend(class_names(&i.class));
            if i.exc.is_some() {
                n.push("args".into());
            }
            n.extend(crate::types::method_names(v).iter().map(|s| s.to_string()));
            n
        }
        Value::Class(c) => class_names(c),
        Value::Module(m) => m.attrs.keys().map(|k| k.to_string()).collect(),
        v => crate::types::method_names(v)
            .iter()
            .chain(crate::types::data_attr_names(v))
            .map(|s| s.to_string())
            .collect(),
    };
    names.sort();
    names.dedup();
    names
}

fn class_names(c: &ClassRef) -> Vec<String> {
    let mut names = Vec::new();
    for k in c.mro() {
        if !k.builtin {
            names.extend(k.ns.borrow().keys().map(|n| n.to_string()));
        }
    }
    names.extend(
        crate::types::class_method_names(c.kind)
            .iter()
            .map(|s| s.to_string()),
    );
    names
}

/// `vars(obj)`: a copy of an instance's or user class's attributes.
fn vars(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "vars", &args, 0, 1)?;
    let items: Vec<(String, Value)> = match args.pos.first() {
        None => {
            return Err(
                vm.type_error("vars() without an argument is not available in the codeact sandbox")
            )
        }
        Some(Value::Instance(i)) => i
            .attrs
            .borrow()
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect(),
        Some(Value::Class(c)) if !c.builtin => {
            c.ns.borrow()
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect()
        }
        Some(_) => return Err(vm.type_error("vars() argument must have __dict__ attribute")),
    };
    let mut d = DictObj::new();
    for (k, v) in items {
        vm.dict_set(&mut d, Value::string(k), v)?;
    }
    Ok(Value::dict(d))
}

fn class_check_error(fname: &str) -> String {
    if fname == "issubclass" {
        "issubclass() arg 2 must be a class, a tuple of classes, or a union".into()
    } else {
        format!(
            "{}() arg 2 must be a type, a tuple of types, or a union",
            fname
        )
    }
}

fn class_check(
    vm: &Vm,
    class: &Value,
    test: &dyn Fn(&ClassRef) -> bool,
    fname: &str,
) -> PyResult<bool> {
    match class {
        Value::Class(c) => Ok(test(c)),
        Value::Tuple(items) => {
            for c in items.iter() {
                if class_check(vm, c, test, fname)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        // typing forms: an alias (`List`) checks against the type it stands for,
        // a `Union` / `Optional` against each member.
        Value::Native(_) if vm.get_attr(class, "_name").is_ok() => {
            let args = vm.get_attr(class, "__args__").ok();
            let is_union =
                matches!(&vm.get_attr(class, "_name")?, Value::Str(s) if s.as_str() == "Union");
            match (&args, &vm.get_attr(class, "__origin__").ok()) {
                (Some(members), _) if is_union => class_check(vm, members, test, fname),
                (Some(_), _) => Err(vm.type_error(
                    "Subscripted generics cannot be used with class and instance checks",
                )),
                (None, Some(Value::Class(origin))) => Ok(test(origin)),
                _ => Err(vm.type_error(class_check_error(fname))),
            }
        }
        _ => Err(vm.type_error(class_check_error(fname))),
    }
}

fn isinstance(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "isinstance", &args, 2, 2)?;
    let cls = vm.class_of(&args.pos[0]);
    let is = class_check(vm, &args.pos[1], &|c| cls.is_subclass(c), "isinstance")?;
    Ok(Value::Bool(is))
}

fn issubclass(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "issubclass", &args, 2, 2)?;
    let Value::Class(cls) = &args.pos[0] else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Value::Bool(class_check(
        vm,
        &args.pos[1],
        &|c| cls.is_subclass(c),
        "issubclass",
    )?))
}

fn attr_name<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(other)
        ))),
    }
}

fn getattr(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "getattr", &args, 2, 3)?;
    let name = attr_name(vm, &args.pos[1])?;
    match vm.get_attr(&args.pos[0], name) {
        Err(e) if args.pos.len() == 3 && vm.caught(&e, "AttributeError") => Ok(args.pos[2].clone()),
        other => other,
    }
}

fn setattr(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "setattr", &args, 3, 3)?;
    let name = attr_name(vm, &args.pos[1])?;
    vm.set_attr(&args.pos[0], name, args.pos[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "hasattr", &args, 2, 2)?;
    let name = attr_name(vm, &args.pos[1])?;
    match vm.get_attr(&args.pos[0], name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if vm.caught(&e, "AttributeError") => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "delattr", &args, 2, 2)?;
    let name = attr_name(vm, &args.pos[1])?;
    vm.del_attr(&args.pos[0], name)?;
    Ok(Value::None)
}

/// Calling a builtin type.
pub fn construct(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    let name: &str = &cls.name;
    let one = |vm: &Vm| -> PyResult<Option<Value>> {
        if args.pos.len() > 1 {
            return Err(vm.type_error(format!(
                "{} expected at most 1 argument, got {}",
                name,
                args.pos.len()
            )));
        }
        Ok(args.pos.first().cloned())
    };
    if !args.kw.is_empty()
        && matches!(
            cls.kind,
            TypeKind::List
                | TypeKind::Tuple
                | TypeKind::Set
                | TypeKind::FrozenSet
                | TypeKind::Bool
                | TypeKind::Float
        )
    {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", name)));
    }
    match cls.kind {
        TypeKind::Int => {
            let base = args.pos.get(1).or_else(|| kwarg(&args, "base"));
            let x = args.pos.first().or_else(|| kwarg(&args, "x"));
            match (x, base) {
                (None, _) => Ok(Value::Int(0)),
                (Some(Value::Str(s)), b) => {
                    let base = match b {
                        None => 10,
                        Some(Value::Int(b)) if *b == 0 || (2..=36).contains(b) => *b as u32,
                        Some(Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => {
                            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"))
                        }
                        Some(other) => {
                            return Err(vm.type_error(format!(
                                "'{}' object cannot be interpreted as an integer",
                                vm.type_name(other)
                            )))
                        }
                    };
                    crate::types::int::parse(vm, s.as_str(), base)
                }
                (Some(_), Some(_)) => {
                    Err(vm.type_error("int() can't convert non-string with explicit base"))
                }
                (Some(v), None) => to_int(vm, v),
            }
        }
        TypeKind::Float => match one(vm)? {
            None => Ok(Value::Float(0.0)),
            Some(Value::Str(ref s)) => {
                Ok(Value::Float(crate::types::float::parse(vm, s.as_str())?))
            }
            Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_))) => {
                Ok(Value::Float(vm.to_f64(&v)?))
            }
            Some(v) => {
                if let Some(m) = vm.special_method(&v, "__float__") {
                    let r = vm.call(&m, Args::default())?;
                    if !matches!(r, Value::Float(_)) {
                        return Err(vm.type_error(format!(
                            "{}.__float__ returned non-float (type {})",
                            vm.type_name(&v),
                            vm.type_name(&r)
                        )));
                    }
                    return Ok(r);
                }
                if let Some(m) = vm.special_method(&v, "__index__") {
                    let r = vm.call(&m, Args::default())?;
                    if !matches!(r, Value::Int(_) | Value::BigInt(_)) {
                        return Err(vm.type_error(format!(
                            "__index__ returned non-int (type {})",
                            vm.type_name(&r)
                        )));
                    }
                    return Ok(Value::Float(vm.to_f64(&r)?));
                }
                Err(vm.type_error(format!(
                    "float() argument must be a string or a real number, not '{}'",
                    vm.type_name(&v)
                )))
            }
        },
        TypeKind::Str => {
            let x = args.pos.first().or_else(|| kwarg(&args, "object"));
            match (x, args.pos.get(1).or_else(|| kwarg(&args, "encoding"))) {
                (None, _) => Ok(Value::str("")),
                // A str is its own str(), as in CPython: no copy.
                (Some(v @ Value::Str(_)), None) => Ok(v.clone()),
                (Some(v), Some(_)) if !matches!(v, Value::Bytes(_)) => Err(vm.type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    vm.type_name(v)
                ))),
                (Some(Value::Bytes(b)), Some(_)) => {
                    let (encoding, errors) = crate::types::codecs::codec_args(vm, "str", &args, 1)?;
                    Ok(Value::string(crate::types::codecs::decode(
                        vm, b, &encoding, &errors,
                    )?))
                }
                (Some(v), _) => Ok(Value::string(vm.to_str(v)?)),
            }
        }
        TypeKind::Bool => match one(vm)? {
            None => Ok(Value::Bool(false)),
            Some(v) => Ok(Value::Bool(vm.truthy(&v)?)),
        },
        TypeKind::List => match one(vm)? {
            None => Ok(Value::list(Vec::new())),
            Some(v) => Ok(Value::list(vm.collect(&v)?)),
        },
        TypeKind::Tuple => match one(vm)? {
            None => Ok(Value::tuple(Vec::new())),
            Some(v @ Value::Tuple(_)) => Ok(v),
            Some(v) => Ok(Value::tuple(vm.collect(&v)?)),
        },
        TypeKind::Set | TypeKind::FrozenSet => {
            let mut s = SetObj::new();
            match one(vm)? {
                None => {}
                Some(v @ (Value::Set(_) | Value::FrozenSet(_))) => s.copy_from(&vm.set_table(&v)?),
                Some(Value::Dict(ref d)) => {
                    let keys = d.borrow().keys();
                    s.reserve_for_merge(keys.len());
                    for k in keys {
                        vm.set_add(&mut s, k)?;
                    }
                }
                Some(v) => {
                    for x in vm.collect(&v)? {
                        vm.set_add(&mut s, x)?;
                    }
                }
            }
            Ok(if cls.kind == TypeKind::Set {
                Value::Set(Rc::new(RefCell::new(s)))
            } else {
                Value::FrozenSet(Rc::new(s))
            })
        }
        TypeKind::Dict => {
            if args.pos.len() > 1 {
                return Err(vm.type_error(format!(
                    "dict expected at most 1 argument, got {}",
                    args.pos.len()
                )));
            }
            let d = Rc::new(RefCell::new(DictObj::new()));
            if let Some(src) = args.pos.first() {
                crate::types::dict::update_from(vm, &d, src)?;
            }
            for (k, v) in args.kw {
                vm.dict_setitem(&d, Value::str(&k), v)?;
            }
            Ok(Value::Dict(d))
        }
        TypeKind::Range => {
            let ints = args
                .pos
                .iter()
                .map(|v| range_arg(vm, v))
                .collect::<PyResult<Vec<i64>>>()?;
            let (start, stop, step) = match ints.as_slice() {
                [stop] => (0, *stop, 1),
                [start, stop] => (*start, *stop, 1),
                [start, stop, step] => (*start, *stop, *step),
                [] => return Err(vm.type_error("range expected at least 1 argument, got 0")),
                _ => {
                    return Err(vm.type_error(format!(
                        "range expected at most 3 arguments, got {}",
                        ints.len()
                    )))
                }
            };
            if step == 0 {
                return Err(vm.value_error("range() arg 3 must not be zero"));
            }
            Ok(Value::Range(Rc::new(RangeObj { start, stop, step })))
        }
        TypeKind::Slice => {
            let a: Vec<Value> = args.pos.clone();
            let (start, stop, step) = match a.as_slice() {
                [stop] => (Value::None, stop.clone(), Value::None),
                [start, stop] => (start.clone(), stop.clone(), Value::None),
                [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
                [] => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
                _ => {
                    return Err(vm.type_error(format!(
                        "slice expected at most 3 arguments, got {}",
                        a.len()
                    )))
                }
            };
            Ok(Value::Slice(Rc::new(SliceObj { start, stop, step })))
        }
        TypeKind::Bytes => {
            let total = args.pos.len() + args.kw.len();
            if total > 3 {
                return Err(vm.type_error(format!(
                    "bytes() takes at most 3 arguments ({} given)",
                    total
                )));
            }
            let source = args.pos.first().or_else(|| kwarg(&args, "source"));
            let has_codec = args.pos.len() > 1
                || kwarg(&args, "encoding").is_some()
                || kwarg(&args, "errors").is_some();
            match source {
                Some(Value::Str(s)) => {
                    if !has_codec {
                        return Err(vm.type_error("string argument without an encoding"));
                    }
                    let (encoding, errors) =
                        crate::types::codecs::codec_args(vm, "bytes", &args, 1)?;
                    Ok(Value::bytes(crate::types::codecs::encode(
                        vm,
                        s.as_str(),
                        &encoding,
                        &errors,
                    )?))
                }
                _ if has_codec => Err(vm.type_error(
                    if kwarg(&args, "encoding").is_some() || args.pos.len() > 1 {
                        "encoding without a string argument"
                    } else {
                        "errors without a string argument"
                    },
                )),
                None => Ok(Value::bytes(Vec::new())),
                Some(Value::Int(n)) => {
                    if *n < 0 {
                        return Err(vm.value_error("negative count"));
                    }
                    vm.check_alloc(crate::limits::estimate::raw_bytes(*n as u64))?;
                    Ok(Value::bytes(vec![0; *n as usize]))
                }
                Some(Value::Bool(b)) => Ok(Value::bytes(vec![0; *b as usize])),
                Some(Value::BigInt(_)) => Err(vm.raise(
                    "OverflowError",
                    "cannot fit 'int' into an index-sized integer",
                )),
                Some(v @ Value::Bytes(_)) => Ok(v.clone()),
                Some(v) if vm.iter(v).is_err() => Err(vm.type_error(format!(
                    "cannot convert '{}' object to bytes",
                    vm.type_name(v)
                ))),
                Some(v) => {
                    let items = vm.collect(v)?;
                    let mut out = Vec::with_capacity(items.len());
                    for x in items {
                        match x {
                            Value::Int(i) if (0..256).contains(&i) => out.push(i as u8),
                            Value::Bool(b) => out.push(b as u8),
                            Value::Int(_) | Value::BigInt(_) => {
                                return Err(vm.value_error("bytes must be in range(0, 256)"))
                            }
                            other => {
                                return Err(vm.type_error(format!(
                                    "'{}' object cannot be interpreted as an integer",
                                    vm.type_name(&other)
                                )))
                            }
                        }
                    }
                    Ok(Value::bytes(out))
                }
            }
        }
        TypeKind::Object => {
            if !args.pos.is_empty() {
                return Err(vm.type_error("object() takes no arguments"));
            }
            Ok(vm.new_instance(&vm.types.object, &[]))
        }
        TypeKind::Type => match args.pos.len() {
            1 => Ok(vm.type_of(&args.pos[0])),
            3 => Err(vm.type_error("type() with three arguments is not supported in codeact")),
            _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
        },
        TypeKind::Property => {
            let get = |i: usize, k: &str| {
                args.pos
                    .get(i)
                    .or_else(|| kwarg(&args, k))
                    .cloned()
                    .filter(|v| !v.is_none())
            };
            Ok(Value::Property(Rc::new(PropertyObj {
                getter: get(0, "fget"),
                setter: get(1, "fset"),
                deleter: get(2, "fdel"),
            })))
        }
        TypeKind::StaticMethod => Ok(Value::StaticMethod(Rc::new(
            args.pos.first().cloned().unwrap_or(Value::None),
        ))),
        TypeKind::ClassMethod => Ok(Value::ClassMethod(Rc::new(
            args.pos.first().cloned().unwrap_or(Value::None),
        ))),
        TypeKind::Super => match args.pos.as_slice() {
            [class, this] => vm.make_super(class.clone(), this.clone()),
            _ => Err(vm.raise("RuntimeError", "super(): no arguments")),
        },
        _ => Err(vm.type_error(format!("cannot create '{}' instances", name))),
    }
}

fn range_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(vm.raise(
            "OverflowError",
            "Python int too large to convert to C ssize_t",
        )),
        Value::Instance(_) if vm.special_method(v, "__index__").is_some() => {
            let index = vm.special_method(v, "__index__");
            match index.map(|m| vm.call(&m, Args::default())).transpose()? {
                Some(i @ Value::Int(_)) => range_arg(vm, &i),
                _ => Err(vm.type_error("__index__ returned non-int")),
            }
        }
        other => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(other)
        ))),
    }
}

fn to_int(vm: &Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => crate::types::float::to_int(vm, *f),
        Value::Bytes(b) => crate::types::int::parse(vm, &String::from_utf8_lossy(b), 10),
        Value::Instance(_) | Value::Native(_) => {
            for m in ["__int__", "__index__", "__trunc__"] {
                if let Some(f) = vm.special_method(v, m) {
                    return vm.call(&f, Args::default());
                }
            }
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                vm.type_name(v)
            )))
        }
        _ => Err(vm.type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            vm.type_name(v)
        ))),
    }
}
