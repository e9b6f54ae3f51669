//! `operator`: the functional forms of Python's operators, and the
//! `itemgetter`, `attrgetter` and `methodcaller` callables.
//!
//! Every operation goes through the evaluator's ordinary entry points
//! (`binary_op`, `get_item`, `get_attr`, ...), so the sandbox rules on
//! attribute access apply to `attrgetter` and `methodcaller` unchanged.

use std::collections::HashMap;
use std::rc::Rc;

use crate::eval::{Args, PyResult, Vm};
use crate::ir::{BinOp, CmpOp, UnaryOp};
use crate::modules::natives::{native, native_class, positional, Constructor};
use crate::value::{BuiltinFn, ClassRef, NativeObject, Value};

macro_rules! binary {
    ($($static:ident $name:literal $op:ident $inplace:literal;)*) => {
        $(pub static $static: BuiltinFn = BuiltinFn {
            name: $name,
            call: |vm: &Vm, args: Args| {
                two(vm, $name, &args)?;
                let (a, b) = (args.pos[0].clone(), args.pos[1].clone());
                if $inplace {
                    vm.inplace_op(BinOp::$op, a, b)
                } else {
                    vm.binary_op(BinOp::$op, &a, &b)
                }
            },
        };)*
        const BINARY: &[&BuiltinFn] = &[$(&$static),*];
    };
}

binary! {
    ADD "add" Add false; SUB "sub" Sub false; MUL "mul" Mul false;
    MATMUL "matmul" MatMul false; TRUEDIV "truediv" Div false;
    FLOORDIV "floordiv" FloorDiv false; MOD "mod" Mod false; POW "pow" Pow false;
    LSHIFT "lshift" LShift false; RSHIFT "rshift" RShift false;
    OR "or_" BitOr false; XOR "xor" BitXor false; AND "and_" BitAnd false;
    IADD "iadd" Add true; ISUB "isub" Sub true; IMUL "imul" Mul true;
    IMATMUL "imatmul" MatMul true; ITRUEDIV "itruediv" Div true;
    IFLOORDIV "ifloordiv" FloorDiv true; IMOD "imod" Mod true; IPOW "ipow" Pow true;
    ILSHIFT "ilshift" LShift true; IRSHIFT "irshift" RShift true;
    IOR "ior" BitOr true; IXOR "ixor" BitXor true; IAND "iand" BitAnd true;
}

macro_rules! compare {
    ($($static:ident $name:literal $op:ident;)*) => {
        $(pub static $static: BuiltinFn = BuiltinFn {
            name: $name,
            call: |vm: &Vm, args: Args| {
                two(vm, $name, &args)?;
                vm.compare_value(CmpOp::$op, &args.pos[0], &args.pos[1])
            },
        };)*
        const COMPARE: &[&BuiltinFn] = &[$(&$static),*];
    };
}

compare! {
    LT "lt" Lt; LE "le" Le; EQ "eq" Eq; NE "ne" Ne; GE "ge" Ge; GT "gt" Gt;
    IS "is_" Is; IS_NOT "is_not" IsNot;
}

macro_rules! unary {
    ($($static:ident $name:literal $body:expr;)*) => {
        $(pub static $static: BuiltinFn = BuiltinFn {
            name: $name,
            call: |vm: &Vm, args: Args| {
                one(vm, $name, &args)?;
                let f: fn(&Vm, &Value) -> PyResult<Value> = $body;
                f(vm, &args.pos[0])
            },
        };)*
        const UNARY: &[&BuiltinFn] = &[$(&$static),*];
    };
}

unary! {
    NEG "neg" |vm, v| vm.unary_op(UnaryOp::Neg, v);
    POS "pos" |vm, v| vm.unary_op(UnaryOp::Pos, v);
    INV "inv" |vm, v| vm.unary_op(UnaryOp::Invert, v);
    INVERT "invert" |vm, v| vm.unary_op(UnaryOp::Invert, v);
    NOT "not_" |vm, v| Ok(Value::Bool(!vm.truthy(v)?));
    TRUTH "truth" |vm, v| Ok(Value::Bool(vm.truthy(v)?));
    ABS "abs" |vm, v| match vm.builtins.get("abs") {
        Some(f) => vm.call(f, Args::new(vec![v.clone()])),
        None => Err(vm.type_error("abs() is unavailable")),
    };
    INDEX "index" index;
}

fn index(vm: &Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        _ => match vm.special_method(v, "__index__") {
            Some(m) => vm.call(&m, Args::default()),
            None => Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            ))),
        },
    }
}

/// A C function of two positional arguments (`add expected 2 arguments, got 1`).
fn two(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    no_keywords(vm, name, args)?;
    positional(vm, name, args, 2, 2)
}

/// A C function of one argument (`_operator.neg() takes exactly one argument (0 given)`).
fn one(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    no_keywords(vm, name, args)?;
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "_operator.{}() takes exactly one argument ({} given)",
            name,
            args.pos.len()
        )));
    }
    Ok(())
}

fn no_keywords(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    if args.kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{}() takes no keyword arguments", name)))
    }
}

macro_rules! function {
    ($($static:ident $name:literal $f:ident;)*) => {
        $(pub static $static: BuiltinFn = BuiltinFn { name: $name, call: $f };)*
        const OTHER: &[&BuiltinFn] = &[$(&$static),*];
    };
}

function! {
    CONTAINS "contains" contains;
    COUNT_OF "countOf" count_of;
    INDEX_OF "indexOf" index_of;
    GETITEM "getitem" getitem;
    SETITEM "setitem" setitem;
    DELITEM "delitem" delitem;
    CONCAT "concat" concat;
    ICONCAT "iconcat" iconcat;
    LENGTH_HINT "length_hint" length_hint;
    CALL "call" call;
}

fn contains(vm: &Vm, args: Args) -> PyResult<Value> {
    two(vm, "contains", &args)?;
    vm.contains(&args.pos[0], &args.pos[1]).map(Value::Bool)
}

fn count_of(vm: &Vm, args: Args) -> PyResult<Value> {
    two(vm, "countOf", &args)?;
    let it = vm.iter(&args.pos[0])?;
    let mut n = 0;
    while let Some(x) = vm.next(&it)? {
        vm.tick()?;
        if x.is(&args.pos[1]) || vm.eq(&x, &args.pos[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn index_of(vm: &Vm, args: Args) -> PyResult<Value> {
    two(vm, "indexOf", &args)?;
    let it = vm.iter(&args.pos[0])?;
    let mut i = 0;
    while let Some(x) = vm.next(&it)? {
        vm.tick()?;
        if x.is(&args.pos[1]) || vm.eq(&x, &args.pos[1])? {
            return Ok(Value::Int(i));
        }
        i += 1;
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}

fn getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    two(vm, "getitem", &args)?;
    vm.get_item(&args.pos[0], &args.pos[1])
}

fn setitem(vm: &Vm, args: Args) -> PyResult<Value> {
    no_keywords(vm, "setitem", &args)?;
    positional(vm, "setitem", &args, 3, 3)?;
    vm.set_item(&args.pos[0], args.pos[1].clone(), args.pos[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &Vm, args: Args) -> PyResult<Value> {
    two(vm, "delitem", &args)?;
    vm.del_item(&args.pos[0], &args.pos[1])?;
    Ok(Value::None)
}

fn is_sequence(v: &Value) -> bool {
    matches!(
        v,
        Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_) | Value::Range(_)
    ) || matches!(v, Value::Native(n) if n.as_dict().is_none())
}

fn concat(vm: &Vm, args: Args) -> PyResult<Value> {
    two(vm, "concat", &args)?;
    if !is_sequence(&args.pos[0]) {
        return Err(vm.type_error(format!(
            "'{}' object can't be concatenated",
            vm.type_name(&args.pos[0])
        )));
    }
    vm.binary_op(BinOp::Add, &args.pos[0], &args.pos[1])
}

fn iconcat(vm: &Vm, args: Args) -> PyResult<Value> {
    two(vm, "iconcat", &args)?;
    if !is_sequence(&args.pos[0]) {
        return Err(vm.type_error(format!(
            "'{}' object can't be concatenated",
            vm.type_name(&args.pos[0])
        )));
    }
    vm.inplace_op(BinOp::Add, args.pos[0].clone(), args.pos[1].clone())
}

fn length_hint(vm: &Vm, args: Args) -> PyResult<Value> {
    no_keywords(vm, "length_hint", &args)?;
    positional(vm, "length_hint", &args, 1, 2)?;
    let default = match args.pos.get(1) {
        None => 0,
        Some(Value::Int(i)) => *i,
        Some(other) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(other)
            )))
        }
    };
    if let Value::Iterator(state) = &args.pos[0] {
        use crate::eval::iter::IterState;
        let left = match &*state.borrow() {
            IterState::Seq { seq, index } => match seq {
                Value::List(l) => Some(l.borrow().len().saturating_sub(*index)),
                Value::Tuple(t) => Some(t.len().saturating_sub(*index)),
                _ => None,
            },
            IterState::Items { items, index } => Some(items.len().saturating_sub(*index)),
            IterState::Range { remaining, .. } => Some((*remaining).max(0) as usize),
            IterState::Done => Some(0),
            _ => None,
        };
        return Ok(Value::Int(left.map_or(default, |n| n as i64)));
    }
    match vm.len(&args.pos[0]) {
        Ok(n) => Ok(Value::Int(n as i64)),
        Err(e) if vm.caught(&e, "TypeError") => Ok(Value::Int(default)),
        Err(e) => Err(e),
    }
}

fn call(vm: &Vm, args: Args) -> PyResult<Value> {
    let mut pos = args.pos.into_iter();
    let Some(f) = pos.next() else {
        return Err(vm.type_error("call() missing 1 required positional argument: 'obj'"));
    };
    vm.call(&f, Args::with_kw(pos.collect(), args.kw))
}

// ----- itemgetter, attrgetter, methodcaller -----

/// Which getter an object is.
enum Getter {
    Item(Vec<Value>),
    /// Dotted paths, already split.
    Attr(Vec<Vec<Rc<str>>>),
    Method {
        name: Rc<str>,
        args: Vec<Value>,
        kw: Vec<(Rc<str>, Value)>,
    },
}

struct GetterObj {
    class: ClassRef,
    getter: Getter,
}

fn itemgetter(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    no_keywords(vm, "itemgetter", &args)?;
    if args.pos.is_empty() {
        return Err(vm.type_error("itemgetter expected 1 argument, got 0"));
    }
    Ok(native(GetterObj {
        class: cls.clone(),
        getter: Getter::Item(args.pos),
    }))
}

fn attrgetter(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    no_keywords(vm, "attrgetter", &args)?;
    if args.pos.is_empty() {
        return Err(vm.type_error("attrgetter expected 1 argument, got 0"));
    }
    let mut paths = Vec::with_capacity(args.pos.len());
    for a in &args.pos {
        match a {
            Value::Str(s) => paths.push(s.as_str().split('.').map(Rc::from).collect()),
            _ => return Err(vm.type_error("attribute name must be a string")),
        }
    }
    Ok(native(GetterObj {
        class: cls.clone(),
        getter: Getter::Attr(paths),
    }))
}

fn methodcaller(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    let mut pos = args.pos.into_iter();
    let name = match pos.next() {
        Some(Value::Str(ref s)) => Rc::from(s.as_str()),
        Some(_) => return Err(vm.type_error("method name must be a string")),
        None => {
            return Err(vm.type_error("methodcaller needs at least one argument, the method name"))
        }
    };
    Ok(native(GetterObj {
        class: cls.clone(),
        getter: Getter::Method {
            name,
            args: pos.collect(),
            kw: args.kw,
        },
    }))
}

impl GetterObj {
    fn apply(&self, vm: &Vm, obj: &Value) -> PyResult<Value> {
        match &self.getter {
            Getter::Item(items) => {
                if let [one] = items.as_slice() {
                    return vm.get_item(obj, one);
                }
                let mut out = Vec::with_capacity(items.len());
                for i in items {
                    out.push(vm.get_item(obj, i)?);
                }
                Ok(Value::tuple(out))
            }
            Getter::Attr(paths) => {
                let resolve = |path: &Vec<Rc<str>>| -> PyResult<Value> {
                    let mut v = obj.clone();
                    for part in path {
                        v = vm.get_attr(&v, part)?;
                    }
                    Ok(v)
                };
                if let [one] = paths.as_slice() {
                    return resolve(one);
                }
                let mut out = Vec::with_capacity(paths.len());
                for p in paths {
                    out.push(resolve(p)?);
                }
                Ok(Value::tuple(out))
            }
            Getter::Method { name, args, kw } => {
                let m = vm.get_attr(obj, name)?;
                vm.call(&m, Args::with_kw(args.clone(), kw.clone()))
            }
        }
    }
}

impl NativeObject for GetterObj {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, vm: &Vm, _this: &Value) -> PyResult<String> {
        let (kind, parts) = match &self.getter {
            Getter::Item(items) => (
                "itemgetter",
                items
                    .iter()
                    .map(|i| vm.repr(i))
                    .collect::<PyResult<Vec<_>>>()?,
            ),
            Getter::Attr(paths) => (
                "attrgetter",
                paths
                    .iter()
                    .map(|p| {
                        let joined: Vec<&str> = p.iter().map(|s| s.as_ref()).collect();
                        vm.repr(&Value::string(joined.join(".")))
                    })
                    .collect::<PyResult<Vec<_>>>()?,
            ),
            Getter::Method { name, args, kw } => {
                let mut parts = vec![vm.repr(&Value::str(name))?];
                for a in args {
                    parts.push(vm.repr(a)?);
                }
                for (k, v) in kw {
                    parts.push(format!("{}={}", k, vm.repr(v)?));
                }
                ("methodcaller", parts)
            }
        };
        Ok(format!("operator.{}({})", kind, parts.join(", ")))
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, vm: &Vm, _this: &Value, args: Args) -> Option<PyResult<Value>> {
        let name = match &self.getter {
            Getter::Item(_) => "itemgetter",
            Getter::Attr(_) => "attrgetter",
            Getter::Method { .. } => "methodcaller",
        };
        let r = no_keywords(vm, name, &args)
            .and_then(|_| positional(vm, name, &args, 1, 1))
            .and_then(|_| self.apply(vm, &args.pos[0]));
        Some(r)
    }
}

/// The module's attributes.
pub fn build(vm: &Vm) -> HashMap<Rc<str>, Value> {
    let mut m: HashMap<Rc<str>, Value> = HashMap::new();
    for f in BINARY.iter().chain(COMPARE).chain(UNARY).chain(OTHER) {
        m.insert(Rc::from(f.name), Value::Builtin(f));
    }
    let classes: &[(&str, Constructor)] = &[
        ("itemgetter", itemgetter),
        ("attrgetter", attrgetter),
        ("methodcaller", methodcaller),
    ];
    for (name, ctor) in classes {
        let cls = native_class(vm, &format!("operator.{}", name), "operator", Some(*ctor));
        m.insert(Rc::from(*name), Value::Class(cls));
    }
    m
}
