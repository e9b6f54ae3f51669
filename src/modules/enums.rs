//! `enum`: `Enum`, `IntEnum`, `StrEnum`, `Flag`, `IntFlag`, `auto` and
//! `unique`, plus the functional API (`Enum('Color', 'RED GREEN')`) and
//! `str`/`int`/`float` mixins (`class Color(str, Enum)`).
//!
//! Flags follow CPython 3.11: `Flag` is STRICT (values with undefined bits
//! raise), `IntFlag` KEEPs unknown bits; combinations are pseudo-members
//! made on demand and cached, so `F.A | F.B is F.AB` holds. `auto()` values
//! may be combined in the class body (`RW = R | W`): the combination is
//! resolved when the class is made. `re.RegexFlag` is built here too.
//!
//! Members are ordinary instances of the enum class, made when the class
//! body ends (through the base's `__init_subclass__`); the class-level
//! behaviour CPython gets from its metaclass (`Color(1)`, `Color['RED']`,
//! iteration, `in`, the `<enum 'Color'>` repr) comes from the evaluator's
//! `__class_*__` hooks. Members of mixin enums forward the data type's
//! operations to their value.
//!
//! Must not create members anywhere but at class creation (or the functional
//! API): `Color(1)` only looks members up.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::errors;
use crate::eval::{Args, PyResult, Unwind, Vm};
use crate::ir::{BinOp, CmpOp, UnaryOp};
use crate::modules::natives::{native, native_class, open_class, set_class_attr};
use crate::modules::support::{bind, Sig};
use crate::types::TypeKind;
use crate::value::{BuiltinFn, ClassRef, DictObj, NativeObject, PropertyObj, Value};

/// The module's attributes.
pub fn build(vm: &Vm) -> HashMap<Rc<str>, Value> {
    let object = vm.types.object.clone();
    let enum_class = open_class("Enum", "enum", vec![object]);
    let function_class = vm.types.of_kind(TypeKind::Function);
    let hooks: [(&str, &'static BuiltinFn); 6] = [
        ("__init_subclass__", &INIT_SUBCLASS),
        ("__class_call__", &CLASS_CALL),
        ("__class_iter__", &CLASS_ITER),
        ("__class_contains__", &CLASS_CONTAINS),
        ("__class_repr__", &CLASS_REPR),
        ("__class_getitem__", &CLASS_GETITEM),
    ];
    for (name, f) in hooks {
        set_class_attr(&enum_class, name, Value::Builtin(f));
    }
    for (name, getter) in [("name", &NAME), ("value", &VALUE)] {
        set_class_attr(
            &enum_class,
            name,
            Value::Property(Rc::new(PropertyObj {
                getter: Some(Value::Builtin(getter)),
                setter: None,
                deleter: None,
            })),
        );
    }
    for op in ["__repr__", "__str__", "__format__", "__hash__"] {
        set_class_attr(&enum_class, op, method(&function_class, op, Op::Enum));
    }
    init_registry(&enum_class);
    let flag = open_class("Flag", "enum", vec![enum_class.clone()]);
    init_registry(&flag);
    for op in FLAG_OPS {
        set_class_attr(&flag, op, method(&function_class, op, Op::Flag));
    }
    let int_flag = open_class(
        "IntFlag",
        "enum",
        vec![vm.types.of_kind(TypeKind::Int), flag.clone()],
    );
    init_registry(&int_flag);
    for op in FLAG_OPS {
        set_class_attr(&int_flag, op, method(&function_class, op, Op::Flag));
    }
    add_mixin_methods(vm, &int_flag, true);
    let int_enum = open_class(
        "IntEnum",
        "enum",
        vec![vm.types.of_kind(TypeKind::Int), enum_class.clone()],
    );
    let str_enum = open_class(
        "StrEnum",
        "enum",
        vec![vm.types.of_kind(TypeKind::Str), enum_class.clone()],
    );
    for c in [&int_enum, &str_enum] {
        init_registry(c);
        add_mixin_methods(vm, c, true);
    }
    let mut m: HashMap<Rc<str>, Value> = HashMap::new();
    for c in [enum_class, int_enum, str_enum, flag, int_flag] {
        m.insert(c.name.clone(), Value::Class(c));
    }
    m.insert(
        Rc::from("auto"),
        Value::Class(native_class(vm, "auto", "enum", Some(auto))),
    );
    m.insert(Rc::from("unique"), Value::Builtin(&UNIQUE));
    m
}

/// `re.RegexFlag`: an `IntFlag` whose members print as `re.IGNORECASE`.
pub fn regex_flag(vm: &Vm, members: &[(&str, i64)]) -> PyResult<ClassRef> {
    let m = build(vm);
    let Some(Value::Class(base)) = m.get("IntFlag") else {
        return Err(vm.type_error("enum.IntFlag is missing"));
    };
    let mut ns = crate::value::AttrMap::default();
    for (name, v) in members {
        ns.insert(Rc::from(*name), Value::Int(*v));
    }
    ns.insert(Rc::from("__module__"), Value::str("re"));
    let class = vm.build_class(
        Rc::from("RegexFlag"),
        Rc::from("RegexFlag"),
        vec![Value::Class(base.clone())],
        ns,
    )?;
    let Value::Class(c) = &class else {
        return Err(vm.type_error("RegexFlag is not a class"));
    };
    let c = c.clone();
    if member_names(&c).is_empty() {
        make_members(vm, &c)?;
    }
    let function_class = vm.types.of_kind(TypeKind::Function);
    for op in ["__repr__", "__str__", "__format__"] {
        set_class_attr(&c, op, method(&function_class, op, Op::Global));
    }
    Ok(c)
}

/// Gives an enum class empty member tables.
fn init_registry(cls: &ClassRef) {
    set_class_attr(cls, "_member_names_", Value::list(Vec::new()));
    set_class_attr(cls, "_member_map_", Value::dict(DictObj::new()));
    set_class_attr(cls, "_value2member_map_", Value::dict(DictObj::new()));
    set_class_attr(cls, "__members__", Value::dict(DictObj::new()));
}

fn class_arg(vm: &Vm, args: &Args) -> PyResult<ClassRef> {
    match args.pos.first() {
        Some(Value::Class(c)) => Ok(c.clone()),
        _ => Err(vm.type_error("expected an enum class")),
    }
}

/// The canonical member names of an enum class, in definition order.
fn member_names(cls: &ClassRef) -> Vec<Value> {
    match cls.ns.borrow().get("_member_names_") {
        Some(Value::List(l)) => l.borrow().clone(),
        _ => Vec::new(),
    }
}

fn member_map(cls: &ClassRef) -> Option<Rc<std::cell::RefCell<DictObj>>> {
    match cls.ns.borrow().get("_member_map_") {
        Some(Value::Dict(d)) => Some(d.clone()),
        _ => None,
    }
}

/// The members of an enum class (aliases left out).
fn members(vm: &Vm, cls: &ClassRef) -> PyResult<Vec<Value>> {
    let Some(map) = member_map(cls) else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for name in member_names(cls) {
        if let Some(m) = vm.dict_get(&map, &name)? {
            out.push(m);
        }
    }
    Ok(out)
}

/// The enum class (`Enum` in the MRO) a class derives from, if any.
fn is_enum_class(cls: &ClassRef) -> bool {
    cls.mro()
        .any(|c| c.module.as_ref() == "enum" && c.name.as_ref() == "Enum")
}

/// An attribute a member keeps (`_name_`, `_value_`).
fn member_attr(v: &Value, name: &str) -> Option<Value> {
    match v {
        Value::Instance(i) => i.attrs.borrow().get(name).cloned(),
        _ => None,
    }
}

fn is_member(v: &Value) -> bool {
    match v {
        Value::Instance(i) => is_enum_class(&i.class) && i.attrs.borrow().contains_key("_name_"),
        _ => false,
    }
}

// ----- class hooks -----

static CLASS_ITER: BuiltinFn = BuiltinFn {
    name: "__iter__",
    call: |vm, args| {
        let cls = class_arg(vm, &args)?;
        vm.iter(&Value::list(members(vm, &cls)?))
    },
};

static CLASS_CONTAINS: BuiltinFn = BuiltinFn {
    name: "__contains__",
    call: |vm, args| {
        let cls = class_arg(vm, &args)?;
        let item = args.pos.get(1).cloned().unwrap_or(Value::None);
        if !is_member(&item) {
            return Err(vm.type_error(format!(
                "unsupported operand type(s) for 'in': '{}' and 'EnumType'",
                vm.class_of(&item).qualname
            )));
        }
        let name = member_attr(&item, "_name_").unwrap_or(Value::None);
        let inside = vm.class_of(&item).is_subclass(&cls)
            && match member_map(&cls) {
                Some(map) => vm.dict_get(&map, &name)?.is_some(),
                None => false,
            };
        Ok(Value::Bool(inside))
    },
};

static CLASS_REPR: BuiltinFn = BuiltinFn {
    name: "__repr__",
    call: |vm, args| {
        let cls = class_arg(vm, &args)?;
        Ok(Value::string(format!(
            "<{} {}>",
            if is_flag_class(&cls) { "flag" } else { "enum" },
            vm.repr(&Value::str(&cls.name))?
        )))
    },
};

static CLASS_GETITEM: BuiltinFn = BuiltinFn {
    name: "__getitem__",
    call: |vm, args| {
        let cls = class_arg(vm, &args)?;
        let name = args.pos.get(1).cloned().unwrap_or(Value::None);
        let found = match member_map(&cls) {
            Some(map) => vm.dict_get(&map, &name)?,
            None => None,
        };
        found.ok_or_else(|| {
            Unwind::raise(vm.new_exception(&vm.types.exception("KeyError"), vec![name]))
        })
    },
};

static CLASS_CALL: BuiltinFn = BuiltinFn {
    name: "__call__",
    call: class_call,
};

/// `Color(value)`: the member with that value; `Enum('Name', names)`: a new enum.
fn class_call(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = class_arg(vm, &args)?;
    let rest: Vec<Value> = args.pos.into_iter().skip(1).collect();
    if member_names(&cls).is_empty() && (rest.len() >= 2 || !args.kw.is_empty()) {
        return functional(vm, &cls, rest, args.kw);
    }
    if rest.is_empty() {
        return Err(
            vm.type_error("EnumType.__call__() missing 1 required positional argument: 'value'")
        );
    }
    if rest.len() != 1 || !args.kw.is_empty() {
        return Err(vm.type_error(format!(
            "{}() takes exactly one argument ({} given)",
            cls.name,
            rest.len()
        )));
    }
    let value = &rest[0];
    if is_member(value) && vm.class_of(value).is_subclass(&cls) {
        return Ok(value.clone());
    }
    let map = cls.ns.borrow().get("_value2member_map_").cloned();
    if let Some(Value::Dict(d)) = &map {
        if vm.hash(value).is_ok() {
            if let Some(m) = vm.dict_get(d, value)? {
                return Ok(m);
            }
        }
    }
    for m in members(vm, &cls)? {
        let v = member_attr(&m, "_value_").unwrap_or(Value::None);
        if v.is(value) || vm.eq(&v, value)? {
            return Ok(m);
        }
    }
    if is_flag_class(&cls) {
        return flag_member(vm, &cls, value);
    }
    if let Some(missing) = crate::modules::natives::user_method(&cls, "_missing_") {
        let hook = match &missing {
            Value::ClassMethod(f) => vm.bind((**f).clone(), &Value::Class(cls.clone())),
            Value::StaticMethod(f) => (**f).clone(),
            other => other.clone(),
        };
        let r = vm.call(&hook, Args::new(vec![value.clone()]))?;
        if !r.is_none() {
            return Ok(r);
        }
    }
    Err(vm.value_error(format!(
        "{} is not a valid {}",
        vm.repr(value)?,
        cls.qualname
    )))
}

/// The functional API: `Enum('Color', 'RED GREEN')`, a list of names or
/// pairs, or a mapping.
fn functional(
    vm: &Vm,
    base: &ClassRef,
    args: Vec<Value>,
    kw: Vec<(Rc<str>, Value)>,
) -> PyResult<Value> {
    let sig = Sig {
        name: "__call__",
        params: &["value", "names"],
        required: 2,
        kwonly: &["module", "qualname", "type", "start", "boundary"],
        method: false,
    };
    let slots = bind(vm, &sig, Args::with_kw(args, kw))?;
    let name: Rc<str> = match &slots[0] {
        Some(Value::Str(s)) => Rc::from(s.as_str()),
        _ => return Err(vm.type_error("Enum() name must be a string")),
    };
    let start = match &slots[5] {
        Some(Value::Int(i)) => *i,
        _ => 1,
    };
    // Flags number their members by powers of two from `start`.
    let flag = is_flag_class(base);
    let nth = |i: usize| -> i64 {
        if flag {
            if i == 0 {
                start
            } else {
                1i64 << (bit_length(start) as usize + i - 1).min(62)
            }
        } else {
            start + i as i64
        }
    };
    let names = slots[1].clone().unwrap_or(Value::None);
    let mut pairs: Vec<(Value, Value)> = Vec::new();
    match &names {
        Value::Str(s) => {
            let text = s.as_str().replace(',', " ");
            for (i, n) in text.split_whitespace().enumerate() {
                pairs.push((Value::str(n), Value::Int(nth(i))));
            }
        }
        Value::Dict(_) => pairs = vm.mapping_items(&names)?,
        other => {
            for (i, item) in vm.collect(other)?.into_iter().enumerate() {
                match &item {
                    Value::Str(_) => pairs.push((item.clone(), Value::Int(nth(i)))),
                    _ => {
                        let kv = vm.collect(&item)?;
                        if kv.len() != 2 {
                            return Err(vm.type_error("Enum names must be strings or pairs"));
                        }
                        pairs.push((kv[0].clone(), kv[1].clone()));
                    }
                }
            }
        }
    }
    let mut ns = crate::value::AttrMap::default();
    for (k, v) in pairs {
        if let Value::Str(s) = &k {
            ns.insert(Rc::from(s.as_str()), v);
        }
    }
    let class = vm.build_class(name.clone(), name, vec![Value::Class(base.clone())], ns)?;
    if let Value::Class(c) = &class {
        make_members(vm, c)?;
    }
    Ok(class)
}

// ----- creating members -----

static INIT_SUBCLASS: BuiltinFn = BuiltinFn {
    name: "__init_subclass__",
    call: |vm, args| {
        let cls = class_arg(vm, &args)?;
        if let Some((k, _)) = args.kw.first() {
            return Err(vm.type_error(errors::unexpected_keyword("__init_subclass__", k)));
        }
        make_members(vm, &cls)?;
        Ok(Value::None)
    },
};

/// Whether a class-body entry becomes a member (CPython's rules: no
/// descriptors, no dunder, sunder or private names).
fn is_member_candidate(cls: &ClassRef, name: &str, v: &Value) -> bool {
    let dunder = name.len() > 4 && name.starts_with("__") && name.ends_with("__");
    let sunder = name.len() > 2 && name.starts_with('_') && name.ends_with('_') && !dunder;
    let private = name.starts_with(&format!("_{}__", cls.name));
    if dunder || sunder || private {
        return false;
    }
    !matches!(
        v,
        Value::Function(_)
            | Value::Property(_)
            | Value::ClassMethod(_)
            | Value::StaticMethod(_)
            | Value::Builtin(_)
            | Value::NativeMethod(_)
    ) && !matches!(v, Value::Native(n) if n.binds())
}

/// The builtin data type an enum mixes in (`int` for `IntEnum`), if any.
fn mixin_kind(cls: &ClassRef) -> Option<TypeKind> {
    cls.mro()
        .find(|c| c.builtin && matches!(c.kind, TypeKind::Int | TypeKind::Str | TypeKind::Float))
        .map(|c| c.kind)
}

/// Whether the enum derives from `IntEnum` / `StrEnum` (whose `str()` is the value's).
fn is_repr_enum(cls: &ClassRef) -> bool {
    cls.mro().any(|c| {
        c.module.as_ref() == "enum" && matches!(c.name.as_ref(), "IntEnum" | "StrEnum" | "IntFlag")
    })
}

/// Whether the class derives from `Flag`.
fn is_flag_class(cls: &ClassRef) -> bool {
    cls.mro()
        .any(|c| c.module.as_ref() == "enum" && c.name.as_ref() == "Flag")
}

/// Whether the class derives from `IntFlag` (KEEP boundary, int operands).
fn is_int_flag_class(cls: &ClassRef) -> bool {
    cls.mro()
        .any(|c| c.module.as_ref() == "enum" && c.name.as_ref() == "IntFlag")
}

/// `auto()`'s value for the next member.
fn next_value(
    vm: &Vm,
    cls: &ClassRef,
    name: &str,
    count: usize,
    last: &[Value],
) -> PyResult<Value> {
    if let Some(gen) = cls.lookup("_generate_next_value_") {
        let f = match &gen {
            Value::StaticMethod(f) => (**f).clone(),
            other => other.clone(),
        };
        return vm.call(
            &f,
            Args::new(vec![
                Value::str(name),
                Value::Int(1),
                Value::Int(count as i64),
                Value::list(last.to_vec()),
            ]),
        );
    }
    if mixin_kind(cls) == Some(TypeKind::Str) && is_repr_enum(cls) {
        return Ok(Value::string(name.to_lowercase()));
    }
    if is_flag_class(cls) {
        let high = last
            .iter()
            .filter_map(|v| match v {
                Value::Int(i) => Some(*i),
                Value::Bool(b) => Some(*b as i64),
                _ => None,
            })
            .max();
        return Ok(Value::Int(match high {
            None => 1,
            Some(h) => 1i64 << (64 - h.max(0).leading_zeros()).min(62),
        }));
    }
    let mut best: Option<Value> = None;
    for v in last {
        best = Some(match best {
            Some(b) if !vm.less_than(&b, v)? => b,
            _ => v.clone(),
        });
    }
    match best {
        None => Ok(Value::Int(1)),
        Some(b) => vm.binary_op(BinOp::Add, &b, &Value::Int(1)),
    }
}

fn make_members(vm: &Vm, cls: &ClassRef) -> PyResult<()> {
    for base in cls.mro_tail.iter().filter(|b| !b.builtin) {
        if !member_names(base).is_empty() {
            return Err(vm.type_error(format!(
                "<enum {}> cannot extend <enum {}>",
                vm.repr(&Value::str(&cls.name))?,
                vm.repr(&Value::str(&base.name))?
            )));
        }
    }
    let mixin = mixin_kind(cls);
    if mixin.is_some() && !is_repr_enum_base(cls) {
        add_mixin_methods(vm, cls, is_repr_enum(cls));
    }
    let entries: Vec<(Rc<str>, Value)> = cls
        .ns
        .borrow()
        .iter()
        .filter(|(k, v)| is_member_candidate(cls, k, v))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let mut names = Vec::new();
    let mut map = DictObj::new();
    let mut by_value = DictObj::new();
    let mut canonical: Vec<(Value, Value)> = Vec::new();
    let mut last_values: Vec<Value> = Vec::new();
    let init = crate::modules::natives::user_method(cls, "__init__");
    for (name, raw) in entries {
        let mut value = match crate::value::native_ref::<Auto>(&raw) {
            Some(a) => {
                let v = match &a.combine {
                    Some((op, l, r)) => vm.binary_op(*op, &resolve_auto(l), &resolve_auto(r))?,
                    None => next_value(vm, cls, &name, last_values.len(), &last_values)?,
                };
                *a.resolved.borrow_mut() = Some(v.clone());
                v
            }
            None => raw,
        };
        value = match mixin {
            Some(TypeKind::Int) if is_repr_enum(cls) => vm.call(
                &Value::Class(vm.types.of_kind(TypeKind::Int)),
                Args::new(vec![value]),
            )?,
            Some(TypeKind::Str) if is_repr_enum(cls) => match &value {
                Value::Str(_) => value,
                other => return Err(vm.type_error(format!("{} is not a string", vm.repr(other)?))),
            },
            _ => value,
        };
        last_values.push(value.clone());
        let mut existing = None;
        for (v, m) in &canonical {
            if v.is(&value) || vm.eq(v, &value)? {
                existing = Some(m.clone());
                break;
            }
        }
        let member = match existing {
            Some(m) => m,
            None => {
                let member = vm.new_instance(cls, &[]);
                if let Value::Instance(i) = &member {
                    let mut attrs = i.attrs.borrow_mut();
                    attrs.insert(Rc::from("_value_"), value.clone());
                    attrs.insert(Rc::from("_name_"), Value::str(&name));
                }
                if let Some(f) = &init {
                    let mut pos = vec![member.clone()];
                    match &value {
                        Value::Tuple(t) => pos.extend(t.iter().cloned()),
                        other => pos.push(other.clone()),
                    }
                    vm.call(f, Args::new(pos))?;
                }
                let single_bit = matches!(&value, Value::Int(i) if *i > 0 && i & (i - 1) == 0);
                if !is_flag_class(cls) || single_bit {
                    names.push(Value::str(&name));
                }
                canonical.push((value.clone(), member.clone()));
                if vm.hash(&value).is_ok() {
                    vm.dict_set(&mut by_value, value.clone(), member.clone())?;
                }
                member
            }
        };
        vm.dict_set(&mut map, Value::str(&name), member.clone())?;
        set_class_attr(cls, &name, member);
    }
    set_class_attr(cls, "_member_names_", Value::list(names));
    set_class_attr(cls, "__members__", Value::dict(map.clone()));
    set_class_attr(cls, "_member_map_", Value::dict(map));
    set_class_attr(cls, "_value2member_map_", Value::dict(by_value));
    Ok(())
}

/// `IntEnum` / `StrEnum` themselves already carry the forwarding methods.
fn is_repr_enum_base(cls: &ClassRef) -> bool {
    cls.bases.iter().any(|b| {
        b.module.as_ref() == "enum" && matches!(b.name.as_ref(), "IntEnum" | "StrEnum" | "IntFlag")
    })
}

// ----- auto / unique -----

/// `auto()`: replaced by the next value when the class is made.
struct Auto {
    class: ClassRef,
    /// The value given when the class was made.
    resolved: RefCell<Option<Value>>,
    /// `auto() | auto()` in the class body: worked out once both are known.
    combine: Option<(BinOp, Value, Value)>,
}

/// The value an `auto()` (or a plain value) stands for in a class body.
fn resolve_auto(v: &Value) -> Value {
    match crate::value::native_ref::<Auto>(v) {
        Some(a) => match &a.combine {
            Some((op, l, r)) => {
                let (l, r) = (resolve_auto(l), resolve_auto(r));
                match (op, &l, &r) {
                    (BinOp::BitOr, Value::Int(a), Value::Int(b)) => Value::Int(a | b),
                    (BinOp::BitAnd, Value::Int(a), Value::Int(b)) => Value::Int(a & b),
                    (BinOp::BitXor, Value::Int(a), Value::Int(b)) => Value::Int(a ^ b),
                    _ => a.resolved.borrow().clone().unwrap_or(Value::None),
                }
            }
            None => a.resolved.borrow().clone().unwrap_or(Value::None),
        },
        None => v.clone(),
    }
}

fn auto(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    if !args.pos.is_empty() || !args.kw.is_empty() {
        return Err(vm.type_error("auto() takes no arguments"));
    }
    Ok(native(Auto {
        class: cls.clone(),
        resolved: RefCell::new(None),
        combine: None,
    }))
}

impl NativeObject for Auto {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &Vm, _this: &Value) -> PyResult<String> {
        Ok("auto(_auto_null)".into())
    }
    fn binary_op(
        &self,
        _vm: &Vm,
        op: BinOp,
        this: &Value,
        other: &Value,
        reflected: bool,
    ) -> Option<PyResult<Value>> {
        if !matches!(op, BinOp::BitOr | BinOp::BitAnd | BinOp::BitXor) {
            return None;
        }
        let (l, r) = if reflected {
            (other.clone(), this.clone())
        } else {
            (this.clone(), other.clone())
        };
        Some(Ok(native(Auto {
            class: self.class.clone(),
            resolved: RefCell::new(None),
            combine: Some((op, l, r)),
        })))
    }
}

static UNIQUE: BuiltinFn = BuiltinFn {
    name: "unique",
    call: |vm, args| {
        let sig = Sig {
            name: "unique",
            params: &["enumeration"],
            required: 1,
            kwonly: &[],
            method: false,
        };
        let e = bind(vm, &sig, args)?
            .into_iter()
            .next()
            .flatten()
            .unwrap_or(Value::None);
        let Value::Class(cls) = &e else {
            return Err(vm.type_error("unique() expects an enum class"));
        };
        let mut aliases = Vec::new();
        if let Some(map) = member_map(cls) {
            let entries = map.borrow().items();
            for (name, member) in entries {
                let canonical = member_attr(&member, "_name_").unwrap_or(Value::None);
                if !vm.eq(&name, &canonical)? {
                    aliases.push(format!(
                        "{} -> {}",
                        vm.to_str(&name)?,
                        vm.to_str(&canonical)?
                    ));
                }
            }
        }
        if !aliases.is_empty() {
            return Err(vm.value_error(format!(
                "duplicate values found in <enum {}>: {}",
                vm.repr(&Value::str(&cls.name))?,
                aliases.join(", ")
            )));
        }
        Ok(e)
    },
};

// ----- member properties and methods -----

static NAME: BuiltinFn = BuiltinFn {
    name: "name",
    call: |_vm, args| {
        Ok(args
            .pos
            .first()
            .and_then(|m| member_attr(m, "_name_"))
            .unwrap_or(Value::None))
    },
};

static VALUE: BuiltinFn = BuiltinFn {
    name: "value",
    call: |_vm, args| {
        Ok(args
            .pos
            .first()
            .and_then(|m| member_attr(m, "_value_"))
            .unwrap_or(Value::None))
    },
};

/// Which family a member method belongs to.
#[derive(Clone, Copy, PartialEq)]
enum Op {
    /// `Enum`'s own `__repr__`, `__str__`, `__format__`, `__hash__`.
    Enum,
    /// Forwarded to the mixed-in value.
    Value,
    /// `Flag`'s set operations, membership and iteration.
    Flag,
    /// `re.RegexFlag`'s `re.IGNORECASE|re.MULTILINE` repr and str.
    Global,
}

/// The operations `Flag` members define.
const FLAG_OPS: &[&str] = &[
    "__or__",
    "__ror__",
    "__and__",
    "__rand__",
    "__xor__",
    "__rxor__",
    "__invert__",
    "__contains__",
    "__iter__",
    "__len__",
    "__bool__",
];

/// A flag member's integer value.
fn flag_value(v: &Value) -> Option<i64> {
    match member_attr(v, "_value_") {
        Some(Value::Int(i)) => Some(i),
        Some(Value::Bool(b)) => Some(b as i64),
        _ => None,
    }
}

/// The canonical (single-bit) members of a flag class, in definition order,
/// with their values.
fn flag_singles(vm: &Vm, cls: &ClassRef) -> PyResult<Vec<(Value, i64)>> {
    Ok(members(vm, cls)?
        .into_iter()
        .filter_map(|m| flag_value(&m).map(|v| (m, v)))
        .collect())
}

/// Python's `int.bit_length` for a non-negative value.
fn bit_length(v: i64) -> u32 {
    64 - v.max(0).leading_zeros()
}

/// `enum.bin`: two's complement digits after a sign bit, padded to `max_bits`.
fn flag_bin(num: i64, max_bits: usize) -> String {
    let s = if num >= 0 {
        let ceiling = 1i64 << bit_length(num);
        format!("{:b}", num + ceiling).replacen('1', "0", 1)
    } else {
        let ceiling = 1i64 << bit_length(!num);
        format!("{:b}", !num ^ (2 * ceiling - 1))
    };
    let (sign, mut digits) = s.split_at(1);
    let padded;
    if digits.len() < max_bits {
        let pad: String = std::iter::repeat_n(sign, max_bits).collect();
        padded = pad + digits;
        digits = &padded[padded.len() - max_bits..];
    }
    format!("0b{} {}", sign, digits)
}

/// `Flag._missing_`: the member (or a new pseudo-member) for an int value.
fn flag_member(vm: &Vm, cls: &ClassRef, value: &Value) -> PyResult<Value> {
    let mut v = match value {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        other => match flag_value(other) {
            Some(i) => i,
            None => {
                return Err(vm.value_error(format!(
                    "{} is not a valid {}",
                    vm.repr(other)?,
                    cls.qualname
                )))
            }
        },
    };
    let by_value = match cls.ns.borrow().get("_value2member_map_") {
        Some(Value::Dict(d)) => Some(d.clone()),
        _ => None,
    };
    if let Some(d) = &by_value {
        if let Some(m) = vm.dict_get(d, &Value::Int(v))? {
            return Ok(m);
        }
    }
    let singles = flag_singles(vm, cls)?;
    let flag_mask = singles.iter().fold(0i64, |acc, (_, b)| acc | b);
    let all_bits = (1i64 << bit_length(flag_mask)) - 1;
    let keep = is_int_flag_class(cls);
    if !(!all_bits <= v && v <= all_bits) || v & (all_bits ^ flag_mask) != 0 {
        if !keep {
            let max_bits = bit_length(v).max(bit_length(flag_mask)) as usize;
            return Err(vm.value_error(format!(
                "{} invalid value {}\n    given {}\n  allowed {}",
                vm.repr(&Value::Class(cls.clone()))?,
                v,
                flag_bin(v, max_bits),
                flag_bin(flag_mask, max_bits)
            )));
        }
        if v < 0 {
            v += (all_bits + 1).max(1i64 << bit_length(!v).min(62));
        }
    }
    let neg = (v < 0).then_some(v);
    if v < 0 {
        v += all_bits + 1;
    }
    let unknown = v & !flag_mask;
    let known = v & flag_mask;
    let name = if known != 0 {
        let mut parts: Vec<String> = Vec::new();
        for (m, b) in &singles {
            if known & b == *b {
                parts.push(vm.to_str(&member_attr(m, "_name_").unwrap_or(Value::None))?);
            }
        }
        if unknown != 0 {
            parts.push(unknown.to_string());
        }
        Value::string(parts.join("|"))
    } else {
        Value::None
    };
    let member = vm.new_instance(cls, &[]);
    if let Value::Instance(i) = &member {
        let mut attrs = i.attrs.borrow_mut();
        attrs.insert(Rc::from("_value_"), Value::Int(v));
        attrs.insert(Rc::from("_name_"), name);
    }
    if unknown == 0 {
        if let Some(d) = &by_value {
            let mut d = d.borrow_mut();
            vm.dict_set(&mut d, Value::Int(v), member.clone())?;
            if let Some(n) = neg {
                vm.dict_set(&mut d, Value::Int(n), member.clone())?;
            }
        }
    }
    Ok(member)
}

/// A method of enum members, implemented natively.
struct MemberMethod {
    class: ClassRef,
    name: &'static str,
    op: Op,
}

fn method(class: &ClassRef, name: &'static str, op: Op) -> Value {
    native(MemberMethod {
        class: class.clone(),
        name,
        op,
    })
}

/// Binary operators forwarded to the value: (dunder, operator, reflected).
const BINARY: &[(&str, BinOp, bool)] = &[
    ("__add__", BinOp::Add, false),
    ("__radd__", BinOp::Add, true),
    ("__sub__", BinOp::Sub, false),
    ("__rsub__", BinOp::Sub, true),
    ("__mul__", BinOp::Mul, false),
    ("__rmul__", BinOp::Mul, true),
    ("__truediv__", BinOp::Div, false),
    ("__rtruediv__", BinOp::Div, true),
    ("__floordiv__", BinOp::FloorDiv, false),
    ("__rfloordiv__", BinOp::FloorDiv, true),
    ("__mod__", BinOp::Mod, false),
    ("__rmod__", BinOp::Mod, true),
    ("__pow__", BinOp::Pow, false),
    ("__rpow__", BinOp::Pow, true),
    ("__and__", BinOp::BitAnd, false),
    ("__rand__", BinOp::BitAnd, true),
    ("__or__", BinOp::BitOr, false),
    ("__ror__", BinOp::BitOr, true),
    ("__xor__", BinOp::BitXor, false),
    ("__rxor__", BinOp::BitXor, true),
    ("__lshift__", BinOp::LShift, false),
    ("__rshift__", BinOp::RShift, false),
];

const COMPARE: &[(&str, CmpOp)] = &[
    ("__lt__", CmpOp::Lt),
    ("__le__", CmpOp::Le),
    ("__gt__", CmpOp::Gt),
    ("__ge__", CmpOp::Ge),
    ("__eq__", CmpOp::Eq),
];

const OTHER: &[&str] = &[
    "__neg__",
    "__pos__",
    "__invert__",
    "__abs__",
    "__int__",
    "__index__",
    "__float__",
    "__bool__",
    "__len__",
    "__contains__",
    "__getitem__",
    "__iter__",
    "__hash__",
    "__getattr__",
];

/// Puts the value-forwarding methods on a mixin enum class; `repr_enum`
/// (IntEnum, StrEnum) also forwards `str()` and `format()`.
fn add_mixin_methods(vm: &Vm, cls: &ClassRef, repr_enum: bool) {
    let function_class = vm.types.of_kind(TypeKind::Function);
    let names = BINARY
        .iter()
        .map(|(n, _, _)| *n)
        .chain(COMPARE.iter().map(|(n, _)| *n))
        .chain(OTHER.iter().copied())
        .chain(
            repr_enum
                .then_some(["__str__", "__format__"])
                .into_iter()
                .flatten(),
        );
    for name in names {
        if !cls.ns.borrow().contains_key(name) {
            set_class_attr(cls, name, method(&function_class, name, Op::Value));
        }
    }
}

impl MemberMethod {
    fn run(&self, vm: &Vm, args: Args) -> PyResult<Value> {
        let this = args.pos.first().cloned().unwrap_or(Value::None);
        let arg = args.pos.get(1).cloned();
        let name = member_attr(&this, "_name_").unwrap_or(Value::None);
        let value = member_attr(&this, "_value_").unwrap_or(Value::None);
        let class_name = vm.class_of(&this).name.clone();
        if self.op == Op::Flag {
            return self.flag_op(vm, &this, arg);
        }
        if self.op == Op::Global {
            let cls = vm.class_of(&this);
            let text = match flag_value(&this) {
                Some(v) => {
                    let mut parts = Vec::new();
                    let mut rest = v;
                    if v == 0 {
                        if let Some(map) = member_map(&cls) {
                            for (k, m) in map.borrow().items() {
                                if flag_value(&m) == Some(0) {
                                    parts.push(format!("re.{}", vm.to_str(&k)?));
                                    break;
                                }
                            }
                        }
                    }
                    for (m, b) in flag_singles(vm, &cls)? {
                        if v & b == b {
                            rest &= !b;
                            let n = member_attr(&m, "_name_").unwrap_or(Value::None);
                            parts.push(format!("re.{}", vm.to_str(&n)?));
                        }
                    }
                    if rest != 0 || parts.is_empty() {
                        parts.push(format!("{:#x}", rest));
                    }
                    parts.join("|")
                }
                None => String::new(),
            };
            return match self.name {
                "__format__" => {
                    let spec = vm.to_str(&arg.unwrap_or_else(|| Value::str("")))?;
                    if spec.is_empty() {
                        Ok(Value::string(text))
                    } else {
                        vm.format_value(&value, &spec).map(Value::string)
                    }
                }
                _ => Ok(Value::string(text)),
            };
        }
        if self.op == Op::Enum {
            if name.is_none() {
                return match self.name {
                    "__repr__" => Ok(Value::string(format!(
                        "<{}: {}>",
                        class_name,
                        vm.repr(&value)?
                    ))),
                    "__str__" => Ok(Value::string(format!(
                        "{}({})",
                        class_name,
                        vm.repr(&value)?
                    ))),
                    "__format__" => {
                        let text = Value::string(vm.to_str(&this)?);
                        let spec = arg.unwrap_or_else(|| Value::str(""));
                        let spec = vm.to_str(&spec)?;
                        Ok(Value::string(vm.format_value(&text, &spec)?))
                    }
                    _ => Ok(Value::Int(vm.hash(&value)? as i64)),
                };
            }
            return match self.name {
                "__repr__" => Ok(Value::string(format!(
                    "<{}.{}: {}>",
                    class_name,
                    vm.to_str(&name)?,
                    vm.repr(&value)?
                ))),
                "__str__" => Ok(Value::string(format!(
                    "{}.{}",
                    class_name,
                    vm.to_str(&name)?
                ))),
                "__format__" => {
                    let text = Value::string(vm.to_str(&this)?);
                    let spec = arg.unwrap_or_else(|| Value::str(""));
                    let spec = vm.to_str(&spec)?;
                    Ok(Value::string(vm.format_value(&text, &spec)?))
                }
                _ => Ok(Value::Int(vm.hash(&name)? as i64)),
            };
        }
        let other = || arg.clone().unwrap_or(Value::None);
        if let Some((_, op, reflected)) = BINARY.iter().find(|(n, _, _)| *n == self.name) {
            let r = if *reflected {
                vm.binary_op(*op, &other(), &value)
            } else {
                vm.binary_op(*op, &value, &other())
            };
            return not_implemented_on_type_error(vm, r);
        }
        if let Some((_, op)) = COMPARE.iter().find(|(n, _)| *n == self.name) {
            return match op {
                CmpOp::Eq => vm.eq(&value, &other()).map(Value::Bool),
                _ => not_implemented_on_type_error(vm, vm.rich_compare(*op, &value, &other())),
            };
        }
        match self.name {
            "__neg__" => vm.unary_op(UnaryOp::Neg, &value),
            "__pos__" => vm.unary_op(UnaryOp::Pos, &value),
            "__invert__" => vm.unary_op(UnaryOp::Invert, &value),
            "__abs__" => match vm.builtins.get("abs") {
                Some(f) => vm.call(f, Args::new(vec![value])),
                None => Ok(value),
            },
            "__int__" | "__index__" => vm.call(
                &Value::Class(vm.types.of_kind(TypeKind::Int)),
                Args::new(vec![value]),
            ),
            "__float__" => vm.to_f64(&value).map(Value::Float),
            "__bool__" => vm.truthy(&value).map(Value::Bool),
            "__len__" => vm.len(&value).map(|n| Value::Int(n as i64)),
            "__contains__" => vm.contains(&value, &other()).map(Value::Bool),
            "__getitem__" => vm.get_item(&value, &other()),
            "__iter__" => vm.iter(&value),
            "__hash__" => Ok(Value::Int(vm.hash(&value)? as i64)),
            "__str__" => vm.to_str(&value).map(Value::string),
            "__format__" => {
                let spec = vm.to_str(&other())?;
                vm.format_value(&value, &spec).map(Value::string)
            }
            _ => match &other() {
                Value::Str(attr) => vm.get_attr(&value, attr.as_str()).map_err(|e| {
                    if vm.caught(&e, "AttributeError") {
                        vm.raise(
                            "AttributeError",
                            errors::no_attribute(&class_name, attr.as_str()),
                        )
                    } else {
                        e
                    }
                }),
                _ => Err(vm.type_error("attribute name must be string")),
            },
        }
    }
}

impl MemberMethod {
    /// `Flag`'s operators: `| & ^ ~`, `in`, iteration, `len`, `bool`.
    fn flag_op(&self, vm: &Vm, this: &Value, arg: Option<Value>) -> PyResult<Value> {
        let cls = vm.class_of(this);
        let v = flag_value(this).unwrap_or(0);
        let other_value = |o: &Value| -> Option<i64> {
            if is_member(o) && vm.class_of(o).is_subclass(&cls) {
                return flag_value(o);
            }
            if is_int_flag_class(&cls) {
                return match o {
                    Value::Int(i) => Some(*i),
                    Value::Bool(b) => Some(*b as i64),
                    _ => None,
                };
            }
            None
        };
        let members_in = |v: i64| -> PyResult<Vec<Value>> {
            Ok(flag_singles(vm, &cls)?
                .into_iter()
                .filter(|(_, b)| v & b == *b)
                .map(|(m, _)| m)
                .collect())
        };
        match self.name {
            "__invert__" => {
                let inv = if is_int_flag_class(&cls) {
                    !v
                } else {
                    let mask = flag_singles(vm, &cls)?
                        .iter()
                        .fold(0i64, |acc, (_, b)| acc | b);
                    mask & !v
                };
                flag_member(vm, &cls, &Value::Int(inv))
            }
            "__contains__" => {
                let o = arg.unwrap_or(Value::None);
                if !(is_member(&o) && vm.class_of(&o).is_subclass(&cls)) {
                    return Err(vm.type_error(format!(
                        "unsupported operand type(s) for 'in': '{}' and '{}'",
                        vm.class_of(&o).qualname,
                        cls.qualname
                    )));
                }
                let ov = flag_value(&o).unwrap_or(0);
                Ok(Value::Bool(ov & v == ov))
            }
            "__iter__" => vm.iter(&Value::list(members_in(v)?)),
            "__len__" => Ok(Value::Int(members_in(v)?.len() as i64)),
            "__bool__" => Ok(Value::Bool(v != 0)),
            name => {
                let o = arg.unwrap_or(Value::None);
                let Some(ov) = other_value(&o) else {
                    return Ok(Value::NotImplemented);
                };
                let r = match name.trim_start_matches("__r").trim_start_matches("__") {
                    "or__" => v | ov,
                    "and__" => v & ov,
                    _ => v ^ ov,
                };
                flag_member(vm, &cls, &Value::Int(r))
            }
        }
    }
}

/// An operation the value's type does not support gives `NotImplemented`, so
/// the error names the enum type, as CPython's does.
fn not_implemented_on_type_error(vm: &Vm, r: PyResult<Value>) -> PyResult<Value> {
    match r {
        Err(e) if vm.caught(&e, "TypeError") => Ok(Value::NotImplemented),
        other => other,
    }
}

impl NativeObject for MemberMethod {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<function Enum.{} at {:#x}>",
            self.name,
            this.identity()
        ))
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn binds(&self) -> bool {
        true
    }
    fn call(&self, vm: &Vm, _this: &Value, args: Args) -> Option<PyResult<Value>> {
        Some(self.run(vm, args))
    }
}
