//! `dataclasses`: `@dataclass` (with and without options), `field`,
//! `fields`, `asdict`, `astuple`, `replace`, `is_dataclass`,
//! `make_dataclass`, `InitVar`, `KW_ONLY`, `MISSING` and
//! `FrozenInstanceError`.
//!
//! The decorator reads the class body's `__annotations__` and defaults, and
//! adds generated methods to the class namespace the way CPython's does (never
//! replacing one the class defines). The generated methods are native
//! callables that bind like functions; their signatures, reprs and errors
//! match the code CPython generates.
//!
//! Must not generate or evaluate Python source (CPython's `exec` approach):
//! everything is native.

use std::collections::HashMap;
use std::rc::{Rc, Weak};

use indexmap::IndexMap;

use crate::errors;
use crate::eval::{Args, PyResult, Unwind, Vm};
use crate::ir::CmpOp;
use crate::modules::natives::{native, native_class, set_class_attr, take_kw};
use crate::modules::support::exception_class;
use crate::types::TypeKind;
use crate::value::{native_ref, BuiltinFn, Class, ClassRef, DictObj, NativeObject, Value};

/// Objects the module's functions share.
struct Kit {
    field_class: ClassRef,
    function_class: ClassRef,
    missing: Value,
    kw_only: Value,
    frozen_error: ClassRef,
}

/// The module's attributes.
pub fn build(vm: &Vm) -> HashMap<Rc<str>, Value> {
    let sentinel = |type_name: &str| {
        native(Sentinel {
            class: native_class(vm, type_name, "dataclasses", None),
        })
    };
    let kit = Rc::new(Kit {
        field_class: native_class(vm, "Field", "dataclasses", None),
        function_class: vm.types.of_kind(TypeKind::Function),
        missing: sentinel("_MISSING_TYPE"),
        kw_only: sentinel("_KW_ONLY_TYPE"),
        frozen_error: exception_class(vm, "FrozenInstanceError", "dataclasses", "AttributeError"),
    });
    let mut m: HashMap<Rc<str>, Value> = HashMap::new();
    for (name, which) in [
        ("dataclass", Func::Dataclass),
        ("field", Func::Field),
        ("fields", Func::Fields),
        ("asdict", Func::AsDict),
        ("astuple", Func::AsTuple),
        ("replace", Func::Replace),
        ("is_dataclass", Func::IsDataclass),
        ("make_dataclass", Func::MakeDataclass),
    ] {
        m.insert(
            Rc::from(name),
            native(ModuleFn {
                kit: kit.clone(),
                name,
                which,
            }),
        );
    }
    let initvar = native_class(vm, "InitVar", "dataclasses", None);
    set_class_attr(
        &initvar,
        "__class_getitem__",
        Value::Builtin(&INITVAR_GETITEM),
    );
    m.insert(Rc::from("InitVar"), Value::Class(initvar));
    m.insert(Rc::from("MISSING"), kit.missing.clone());
    m.insert(Rc::from("KW_ONLY"), kit.kw_only.clone());
    m.insert(Rc::from("Field"), Value::Class(kit.field_class.clone()));
    m.insert(
        Rc::from("FrozenInstanceError"),
        Value::Class(kit.frozen_error.clone()),
    );
    m
}

/// `MISSING` and `KW_ONLY`.
struct Sentinel {
    class: ClassRef,
}

impl NativeObject for Sentinel {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<dataclasses.{} object at {:#x}>",
            self.class.name,
            this.identity()
        ))
    }
}

/// `InitVar[T]`.
struct InitVarObj {
    class: ClassRef,
    type_: Value,
}

static INITVAR_GETITEM: BuiltinFn = BuiltinFn {
    name: "__class_getitem__",
    call: |vm, args| match (args.pos.first(), args.pos.get(1)) {
        (Some(Value::Class(c)), Some(t)) => Ok(native(InitVarObj {
            class: c.clone(),
            type_: t.clone(),
        })),
        _ => Err(vm.type_error("InitVar[...] needs a type")),
    },
};

impl NativeObject for InitVarObj {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, vm: &Vm, _this: &Value) -> PyResult<String> {
        let inner = match &self.type_ {
            Value::Class(c) if c.builtin => c.name.to_string(),
            other => vm.repr(other)?,
        };
        Ok(format!("dataclasses.InitVar[{}]", inner))
    }
    fn get_attr(&self, _vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok((name == "type").then(|| self.type_.clone()))
    }
}

// ----- fields -----

/// What the generated methods need to know about one field.
#[derive(Clone)]
struct Spec {
    name: Rc<str>,
    default: Option<Value>,
    factory: Option<Value>,
    init: bool,
    repr: bool,
    /// `None` follows `compare`.
    hash: Option<bool>,
    compare: bool,
    kw_only: Option<bool>,
    initvar: bool,
}

/// A `dataclasses.Field`.
struct FieldObj {
    class: ClassRef,
    spec: Spec,
    type_: Value,
    metadata: Value,
    missing: Value,
}

impl FieldObj {
    fn with(&self, spec: Spec, type_: Value) -> FieldObj {
        FieldObj {
            class: self.class.clone(),
            spec,
            type_,
            metadata: self.metadata.clone(),
            missing: self.missing.clone(),
        }
    }
}

impl NativeObject for FieldObj {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, vm: &Vm, _this: &Value) -> PyResult<String> {
        let s = &self.spec;
        let opt = |v: &Option<Value>| -> PyResult<String> {
            vm.repr(v.as_ref().unwrap_or(&self.missing))
        };
        Ok(format!(
            "Field(name={},type={},default={},default_factory={},init={},repr={},hash={},compare={},metadata={},kw_only={},_field_type={})",
            vm.repr(&Value::str(&s.name))?,
            vm.repr(&self.type_)?,
            opt(&s.default)?,
            opt(&s.factory)?,
            if s.init { "True" } else { "False" },
            if s.repr { "True" } else { "False" },
            match s.hash {
                None => "None",
                Some(true) => "True",
                Some(false) => "False",
            },
            if s.compare { "True" } else { "False" },
            vm.repr(&self.metadata)?,
            match s.kw_only {
                None => vm.repr(&self.missing)?,
                Some(b) => if b { "True" } else { "False" }.to_string(),
            },
            if s.initvar { "_FIELD_INITVAR" } else { "_FIELD" }
        ))
    }
    fn get_attr(&self, _vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        let s = &self.spec;
        let or_missing = |v: &Option<Value>| v.clone().unwrap_or_else(|| self.missing.clone());
        Ok(Some(match name {
            "name" => Value::str(&s.name),
            "type" => self.type_.clone(),
            "default" => or_missing(&s.default),
            "default_factory" => or_missing(&s.factory),
            "init" => Value::Bool(s.init),
            "repr" => Value::Bool(s.repr),
            "hash" => s.hash.map_or(Value::None, Value::Bool),
            "compare" => Value::Bool(s.compare),
            "metadata" => self.metadata.clone(),
            "kw_only" => s.kw_only.map_or_else(|| self.missing.clone(), Value::Bool),
            _ => return Ok(None),
        }))
    }
}

// ----- module functions -----

#[derive(Clone, Copy, PartialEq)]
enum Func {
    Dataclass,
    Field,
    Fields,
    AsDict,
    AsTuple,
    Replace,
    IsDataclass,
    MakeDataclass,
}

/// A function of this module (they share the `Kit`).
struct ModuleFn {
    kit: Rc<Kit>,
    name: &'static str,
    which: Func,
}

impl NativeObject for ModuleFn {
    fn class(&self) -> ClassRef {
        self.kit.function_class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<function {} at {:#x}>",
            self.name,
            this.identity()
        ))
    }
    fn get_attr(&self, _vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(matches!(name, "__name__" | "__qualname__").then(|| Value::str(self.name)))
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, vm: &Vm, _this: &Value, args: Args) -> Option<PyResult<Value>> {
        let kit = &self.kit;
        Some(match self.which {
            Func::Dataclass => dataclass(vm, kit, args),
            Func::Field => field(vm, kit, args),
            Func::Fields => fields(vm, args),
            Func::AsDict => as_container(vm, args, true),
            Func::AsTuple => as_container(vm, args, false),
            Func::Replace => replace(vm, args),
            Func::IsDataclass => is_dataclass(vm, args),
            Func::MakeDataclass => make_dataclass(vm, kit, args),
        })
    }
}

/// The options of `@dataclass(...)`.
#[derive(Clone, Copy)]
struct Options {
    init: bool,
    repr: bool,
    eq: bool,
    order: bool,
    unsafe_hash: bool,
    frozen: bool,
    match_args: bool,
    kw_only: bool,
    slots: bool,
}

const OPTION_NAMES: &[&str] = &[
    "init",
    "repr",
    "eq",
    "order",
    "unsafe_hash",
    "frozen",
    "match_args",
    "kw_only",
    "slots",
    "weakref_slot",
];

fn options(vm: &Vm, kw: Vec<(Rc<str>, Value)>, fname: &str) -> PyResult<Options> {
    let mut o = Options {
        init: true,
        repr: true,
        eq: true,
        order: false,
        unsafe_hash: false,
        frozen: false,
        match_args: true,
        kw_only: false,
        slots: false,
    };
    for (k, v) in kw {
        if !OPTION_NAMES.contains(&k.as_ref()) {
            return Err(vm.type_error(errors::unexpected_keyword(fname, &k)));
        }
        let b = vm.truthy(&v)?;
        match k.as_ref() {
            "init" => o.init = b,
            "repr" => o.repr = b,
            "eq" => o.eq = b,
            "order" => o.order = b,
            "unsafe_hash" => o.unsafe_hash = b,
            "frozen" => o.frozen = b,
            "match_args" => o.match_args = b,
            "kw_only" => o.kw_only = b,
            "slots" => o.slots = b,
            _ => {}
        }
    }
    Ok(o)
}

fn dataclass(vm: &Vm, kit: &Rc<Kit>, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 {
        return Err(vm.type_error(errors::too_many_positional(
            "dataclass",
            0,
            1,
            args.pos.len(),
            args.kw.len(),
        )));
    }
    let opts = options(vm, args.kw, "dataclass")?;
    match args.pos.first() {
        Some(Value::Class(c)) => process(vm, kit, c, opts),
        Some(Value::None) | None => Ok(native(Decorator {
            kit: kit.clone(),
            opts,
        })),
        Some(other) => Err(vm.raise(
            "AttributeError",
            errors::no_attribute(&vm.type_name(other), "__dict__"),
        )),
    }
}

/// What `@dataclass(...)` with options returns.
struct Decorator {
    kit: Rc<Kit>,
    opts: Options,
}

impl NativeObject for Decorator {
    fn class(&self) -> ClassRef {
        self.kit.function_class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<function dataclass.<locals>.wrap at {:#x}>",
            this.identity()
        ))
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, vm: &Vm, _this: &Value, args: Args) -> Option<PyResult<Value>> {
        Some(match args.pos.first() {
            Some(Value::Class(c)) if args.pos.len() == 1 && args.kw.is_empty() => {
                process(vm, &self.kit, c, self.opts)
            }
            _ => Err(vm.type_error("wrap() takes 1 positional argument")),
        })
    }
}

fn field(vm: &Vm, kit: &Rc<Kit>, mut args: Args) -> PyResult<Value> {
    if !args.pos.is_empty() {
        return Err(vm.type_error(errors::too_many_positional(
            "field",
            0,
            0,
            args.pos.len(),
            0,
        )));
    }
    let is_missing = |v: &Value| v.is(&kit.missing);
    let default = take_kw(&mut args, "default").filter(|v| !is_missing(v));
    let factory = take_kw(&mut args, "default_factory").filter(|v| !is_missing(v));
    let flag = |args: &mut Args, name: &str, dflt: bool| -> PyResult<bool> {
        match take_kw(args, name) {
            Some(v) => vm.truthy(&v),
            None => Ok(dflt),
        }
    };
    let init = flag(&mut args, "init", true)?;
    let repr = flag(&mut args, "repr", true)?;
    let compare = flag(&mut args, "compare", true)?;
    let hash = match take_kw(&mut args, "hash") {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.truthy(&v)?),
    };
    let kw_only = match take_kw(&mut args, "kw_only") {
        Some(v) if !is_missing(&v) => Some(vm.truthy(&v)?),
        _ => None,
    };
    let metadata = match take_kw(&mut args, "metadata") {
        None | Some(Value::None) => Value::dict(DictObj::new()),
        Some(v) => v,
    };
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(errors::unexpected_keyword("field", k)));
    }
    if default.is_some() && factory.is_some() {
        return Err(vm.value_error("cannot specify both default and default_factory"));
    }
    Ok(native(FieldObj {
        class: kit.field_class.clone(),
        spec: Spec {
            name: Rc::from("None"),
            default,
            factory,
            init,
            repr,
            hash,
            compare,
            kw_only,
            initvar: false,
        },
        type_: Value::None,
        metadata,
        missing: kit.missing.clone(),
    }))
}

/// The `Field` objects of a dataclass (or instance), ClassVars and InitVars left out.
fn dataclass_fields(vm: &Vm, x: &Value) -> Option<Vec<Value>> {
    let class = match x {
        Value::Class(c) => c.clone(),
        other => vm.class_of(other),
    };
    match class.lookup("__dataclass_fields__") {
        Some(Value::Dict(ref d)) => Some(
            d.borrow()
                .values()
                .into_iter()
                .filter(|f| native_ref::<FieldObj>(f).is_some_and(|f| !f.spec.initvar))
                .collect(),
        ),
        _ => None,
    }
}

fn is_instance(vm: &Vm, x: &Value) -> bool {
    !matches!(x, Value::Class(_)) && dataclass_fields(vm, x).is_some()
}

fn single_arg(vm: &Vm, name: &str, param: &str, args: Args) -> PyResult<Value> {
    let sig = crate::modules::support::Sig {
        name,
        params: &[param],
        required: 1,
        kwonly: &[],
        method: false,
    };
    Ok(crate::modules::support::bind(vm, &sig, args)?
        .into_iter()
        .next()
        .flatten()
        .unwrap_or(Value::None))
}

fn fields(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = single_arg(vm, "fields", "class_or_instance", args)?;
    match dataclass_fields(vm, &x) {
        Some(fs) => Ok(Value::tuple(fs)),
        None => Err(vm.type_error("must be called with a dataclass type or instance")),
    }
}

fn is_dataclass(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = single_arg(vm, "is_dataclass", "obj", args)?;
    Ok(Value::Bool(dataclass_fields(vm, &x).is_some()))
}

fn field_name(f: &Value) -> Rc<str> {
    native_ref::<FieldObj>(f).map_or_else(|| Rc::from(""), |f| f.spec.name.clone())
}

/// `asdict` (`as_dict`) or `astuple`.
fn as_container(vm: &Vm, mut args: Args, as_dict: bool) -> PyResult<Value> {
    let (name, factory_name) = if as_dict {
        ("asdict", "dict_factory")
    } else {
        ("astuple", "tuple_factory")
    };
    let factory = take_kw(&mut args, factory_name);
    let obj = single_arg(vm, name, "obj", args)?;
    if !is_instance(vm, &obj) {
        return Err(vm.type_error(format!(
            "{}() should be called on dataclass instances",
            name
        )));
    }
    convert(vm, &obj, as_dict, factory.as_ref())
}

fn convert(vm: &Vm, obj: &Value, as_dict: bool, factory: Option<&Value>) -> PyResult<Value> {
    vm.check_stack()?;
    if is_instance(vm, obj) {
        let mut parts = Vec::new();
        for f in dataclass_fields(vm, obj).unwrap_or_default() {
            let name = field_name(&f);
            let v = convert(vm, &vm.get_attr(obj, &name)?, as_dict, factory)?;
            parts.push(if as_dict {
                Value::tuple(vec![Value::str(&name), v])
            } else {
                v
            });
        }
        return match factory {
            Some(f) => vm.call(f, Args::new(vec![Value::list(parts)])),
            None if as_dict => {
                let mut d = DictObj::new();
                for p in parts {
                    if let Value::Tuple(kv) = &p {
                        vm.dict_set(&mut d, kv[0].clone(), kv[1].clone())?;
                    }
                }
                Ok(Value::dict(d))
            }
            None => Ok(Value::tuple(parts)),
        };
    }
    match obj {
        Value::List(l) => {
            let items = l.borrow().clone();
            let mut out = Vec::with_capacity(items.len());
            for v in &items {
                out.push(convert(vm, v, as_dict, factory)?);
            }
            Ok(Value::list(out))
        }
        Value::Tuple(t) => {
            let mut out = Vec::with_capacity(t.len());
            for v in t.iter() {
                out.push(convert(vm, v, as_dict, factory)?);
            }
            Ok(Value::tuple(out))
        }
        Value::Dict(d) => {
            let items = d.borrow().items();
            let mut out = DictObj::new();
            for (k, v) in items {
                let k = convert(vm, &k, as_dict, factory)?;
                let v = convert(vm, &v, as_dict, factory)?;
                vm.dict_set(&mut out, k, v)?;
            }
            Ok(Value::dict(out))
        }
        // Dict subclasses are rebuilt by calling their type with the pairs, as
        // CPython does (so a Counter counts them, quirks included).
        Value::Native(n) if n.as_dict().is_some() => {
            let items = vm.mapping_items(obj)?;
            let mut pairs = Vec::with_capacity(items.len());
            for (k, v) in items {
                let k = convert(vm, &k, as_dict, factory)?;
                let v = convert(vm, &v, as_dict, factory)?;
                pairs.push(Value::tuple(vec![k, v]));
            }
            vm.call(&vm.type_of(obj), Args::new(vec![Value::list(pairs)]))
        }
        Value::Native(n) if n.class().lookup("_make").is_some() => {
            let mut out = Vec::new();
            for v in vm.collect(obj)? {
                out.push(convert(vm, &v, as_dict, factory)?);
            }
            let make = vm.get_attr(obj, "_make")?;
            vm.call(&make, Args::new(vec![Value::list(out)]))
        }
        _ => crate::modules::copy::deep_copy(vm, obj),
    }
}

fn replace(vm: &Vm, mut args: Args) -> PyResult<Value> {
    let changes = std::mem::take(&mut args.kw);
    let obj = single_arg(vm, "replace", "obj", args)?;
    if !is_instance(vm, &obj) {
        return Err(vm.type_error("replace() should be called on dataclass instances"));
    }
    let class = vm.class_of(&obj);
    let all = match class.lookup("__dataclass_fields__") {
        Some(Value::Dict(ref d)) => d.borrow().values(),
        _ => Vec::new(),
    };
    let mut kw = changes;
    for f in &all {
        let Some(f) = native_ref::<FieldObj>(f) else {
            continue;
        };
        let name = &f.spec.name;
        let given = kw.iter().any(|(k, _)| k == name);
        if !f.spec.init {
            if given {
                return Err(vm.value_error(format!(
                    "field {} is declared with init=False, it cannot be specified with replace()",
                    name
                )));
            }
            continue;
        }
        if !given {
            if f.spec.initvar {
                if f.spec.default.is_none() {
                    return Err(vm.value_error(format!(
                        "InitVar {} must be specified with replace()",
                        vm.repr(&Value::str(name))?
                    )));
                }
                continue;
            }
            kw.push((name.clone(), vm.get_attr(&obj, name)?));
        }
    }
    vm.call(&Value::Class(class), Args::with_kw(Vec::new(), kw))
}

fn make_dataclass(vm: &Vm, kit: &Rc<Kit>, mut args: Args) -> PyResult<Value> {
    let bases = take_kw(&mut args, "bases");
    let namespace = take_kw(&mut args, "namespace");
    let mut opt_kw = Vec::new();
    for name in OPTION_NAMES {
        if let Some(v) = take_kw(&mut args, name) {
            opt_kw.push((Rc::from(*name), v));
        }
    }
    let opts = options(vm, opt_kw, "make_dataclass")?;
    let sig = crate::modules::support::Sig {
        name: "make_dataclass",
        params: &["cls_name", "fields"],
        required: 2,
        kwonly: &[],
        method: false,
    };
    let mut slots = crate::modules::support::bind(vm, &sig, args)?.into_iter();
    let name = match &slots.next().flatten() {
        Some(Value::Str(s)) => Rc::<str>::from(s.as_str()),
        _ => return Err(vm.type_error("make_dataclass() cls_name must be a string")),
    };
    let specs = vm.collect(&slots.next().flatten().unwrap_or(Value::None))?;
    let mut ns = crate::value::AttrMap::default();
    if let Some(n) = &namespace {
        for (k, v) in vm.mapping_items(n)? {
            if let Value::Str(s) = &k {
                ns.insert(Rc::from(s.as_str()), v);
            }
        }
    }
    let mut annotations = DictObj::new();
    for spec in specs {
        let (fname, ftype, fdefault) = match &spec {
            Value::Str(s) => (s.as_str().to_string(), Value::str("typing.Any"), None),
            other => {
                let parts = vm.collect(other)?;
                match parts.as_slice() {
                    [Value::Str(s), t] => (s.as_str().to_string(), t.clone(), None),
                    [Value::Str(s), t, d] => (s.as_str().to_string(), t.clone(), Some(d.clone())),
                    _ => return Err(vm.type_error(format!("Invalid field: {}", vm.repr(other)?))),
                }
            }
        };
        vm.dict_set(&mut annotations, Value::str(&fname), ftype)?;
        if let Some(d) = fdefault {
            ns.insert(Rc::from(fname.as_str()), d);
        }
    }
    ns.insert(Rc::from("__annotations__"), Value::dict(annotations));
    let bases = match bases {
        Some(b) => vm.collect(&b)?,
        None => Vec::new(),
    };
    let cls = vm.build_class(name.clone(), name, bases, ns)?;
    match &cls {
        Value::Class(c) => process(vm, kit, c, opts),
        _ => Ok(cls),
    }
}

// ----- processing a class -----

/// Whether an annotation is `ClassVar` / `typing.ClassVar[...]` (also as a string).
fn is_classvar(vm: &Vm, annotation: &Value) -> PyResult<bool> {
    Ok(match annotation {
        Value::Str(s) => {
            let s = s.as_str();
            s.starts_with("ClassVar") || s.starts_with("typing.ClassVar")
        }
        Value::Native(_) => vm.repr(annotation)?.starts_with("typing.ClassVar"),
        _ => false,
    })
}

/// Whether a default value is a mutable builtin container (unhashable type).
fn is_mutable_default(v: &Value) -> bool {
    match v {
        Value::List(_) | Value::Dict(_) | Value::Set(_) => true,
        Value::Instance(i) => matches!(i.class.lookup("__hash__"), Some(Value::None)),
        _ => false,
    }
}

fn process(vm: &Vm, kit: &Rc<Kit>, cls: &ClassRef, opts: Options) -> PyResult<Value> {
    if opts.order && !opts.eq {
        return Err(vm.value_error("eq must be true if order is true"));
    }
    let mut fields: IndexMap<Rc<str>, Value> = IndexMap::new();
    for base in cls.mro_tail.iter().rev() {
        if let Some(Value::Dict(d)) = base.ns.borrow().get("__dataclass_fields__") {
            for (k, f) in d.borrow().items() {
                if let Value::Str(s) = &k {
                    fields.insert(Rc::from(s.as_str()), f);
                }
            }
        }
    }
    let annotations = match cls.ns.borrow().get("__annotations__") {
        Some(Value::Dict(d)) => d.borrow().items(),
        _ => Vec::new(),
    };
    let mut kw_only = opts.kw_only;
    for (k, annotation) in annotations {
        let Value::Str(name) = &k else { continue };
        let name: Rc<str> = Rc::from(name.as_str());
        if annotation.is(&kit.kw_only) {
            kw_only = true;
            continue;
        }
        if is_classvar(vm, &annotation)? {
            continue;
        }
        let initvar = native_ref::<InitVarObj>(&annotation).is_some();
        let default = cls.ns.borrow().get(&name).cloned();
        let base = Spec {
            name: name.clone(),
            default: None,
            factory: None,
            init: true,
            repr: true,
            hash: None,
            compare: true,
            kw_only: None,
            initvar,
        };
        let mut f = match default.as_ref().and_then(native_ref::<FieldObj>) {
            Some(given) => {
                let mut spec = given.spec.clone();
                spec.name = name.clone();
                spec.initvar = initvar;
                match &spec.default {
                    Some(d) => set_class_attr(cls, &name, d.clone()),
                    None => {
                        cls.ns.borrow_mut().shift_remove(&name);
                    }
                }
                given.with(spec, annotation.clone())
            }
            None => FieldObj {
                class: kit.field_class.clone(),
                spec: Spec {
                    default: default.clone(),
                    ..base
                },
                type_: annotation.clone(),
                metadata: Value::dict(DictObj::new()),
                missing: kit.missing.clone(),
            },
        };
        if f.spec.kw_only.is_none() {
            f.spec.kw_only = Some(kw_only);
        }
        if let Some(d) = &f.spec.default {
            if is_mutable_default(d) {
                return Err(vm.value_error(format!(
                    "mutable default {} for field {} is not allowed: use default_factory",
                    vm.repr(&vm.type_of(d))?,
                    name
                )));
            }
        }
        fields.insert(name, native(f));
    }
    let specs: Vec<Spec> = fields
        .values()
        .filter_map(|f| native_ref::<FieldObj>(f).map(|f| f.spec.clone()))
        .collect();
    let mut seen_default = false;
    for s in specs.iter().filter(|s| s.init && s.kw_only != Some(true)) {
        let has_default = s.default.is_some() || s.factory.is_some();
        if seen_default && !has_default {
            return Err(vm.type_error(format!(
                "non-default argument '{}' follows default argument",
                s.name
            )));
        }
        seen_default |= has_default;
    }
    let mut table = DictObj::new();
    for (k, f) in &fields {
        vm.dict_set(&mut table, Value::str(k), f.clone())?;
    }
    set_class_attr(cls, "__dataclass_fields__", Value::dict(table));
    add_methods(vm, kit, cls, opts, Rc::new(specs))?;
    Ok(Value::Class(cls.clone()))
}

/// Adds `name` unless the class body defined it; `true` when added.
fn set_new(cls: &ClassRef, name: &str, value: Value) -> bool {
    if cls.ns.borrow().contains_key(name) {
        return false;
    }
    set_class_attr(cls, name, value);
    true
}

fn add_methods(
    vm: &Vm,
    kit: &Rc<Kit>,
    cls: &ClassRef,
    opts: Options,
    specs: Rc<Vec<Spec>>,
) -> PyResult<()> {
    let method = |kind: Kind| {
        native(Method {
            kit: kit.clone(),
            kind,
            owner: Rc::downgrade(cls),
            qualname: Rc::from(format!("{}.{}", cls.qualname, kind.name())),
            specs: specs.clone(),
            frozen: opts.frozen,
        })
    };
    // What the class body itself defined decides the hash (before anything is added).
    let class_hash = cls.ns.borrow().get("__hash__").cloned();
    let has_explicit_hash = match &class_hash {
        None => false,
        Some(Value::None) => !cls.ns.borrow().contains_key("__eq__"),
        Some(_) => true,
    };
    if opts.init {
        set_new(cls, "__init__", method(Kind::Init));
    }
    if opts.repr {
        set_new(cls, "__repr__", method(Kind::Repr));
    }
    if opts.eq {
        set_new(cls, "__eq__", method(Kind::Eq));
    }
    if opts.order {
        for kind in [Kind::Lt, Kind::Le, Kind::Gt, Kind::Ge] {
            if !set_new(cls, kind.name(), method(kind)) {
                return Err(vm.type_error(format!(
                    "Cannot overwrite attribute {} in class {}. Consider using functools.total_ordering",
                    kind.name(),
                    cls.name
                )));
            }
        }
    }
    if opts.frozen {
        for kind in [Kind::SetAttr, Kind::DelAttr] {
            if !set_new(cls, kind.name(), method(kind)) {
                return Err(vm.type_error(format!(
                    "Cannot overwrite attribute {} in class {}",
                    kind.name(),
                    cls.name
                )));
            }
        }
    }
    match (opts.unsafe_hash, opts.eq, opts.frozen, has_explicit_hash) {
        (false, true, false, false) => set_class_attr(cls, "__hash__", Value::None),
        (false, true, true, false) | (true, _, _, false) => {
            set_class_attr(cls, "__hash__", method(Kind::Hash))
        }
        (true, _, _, true) => {
            return Err(vm.type_error(format!(
                "Cannot overwrite attribute __hash__ in class {}",
                cls.name
            )))
        }
        _ => {}
    }
    if opts.match_args {
        let names = specs
            .iter()
            .filter(|s| s.init && s.kw_only != Some(true))
            .map(|s| Value::str(&s.name))
            .collect();
        set_new(cls, "__match_args__", Value::tuple(names));
    }
    if opts.slots {
        // Attributes still live in the instance dict; `__slots__` records the fields.
        let names = specs.iter().map(|s| Value::str(&s.name)).collect();
        cls.ns
            .borrow_mut()
            .insert(Rc::from("__slots__"), Value::tuple(names));
    }
    Ok(())
}

// ----- generated methods -----

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Init,
    Repr,
    Eq,
    Lt,
    Le,
    Gt,
    Ge,
    Hash,
    SetAttr,
    DelAttr,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Init => "__init__",
            Kind::Repr => "__repr__",
            Kind::Eq => "__eq__",
            Kind::Lt => "__lt__",
            Kind::Le => "__le__",
            Kind::Gt => "__gt__",
            Kind::Ge => "__ge__",
            Kind::Hash => "__hash__",
            Kind::SetAttr => "__setattr__",
            Kind::DelAttr => "__delattr__",
        }
    }
}

/// A method `@dataclass` generated for one class.
struct Method {
    kit: Rc<Kit>,
    kind: Kind,
    owner: Weak<Class>,
    qualname: Rc<str>,
    specs: Rc<Vec<Spec>>,
    frozen: bool,
}

impl NativeObject for Method {
    fn class(&self) -> ClassRef {
        self.kit.function_class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<function {} at {:#x}>",
            self.qualname,
            this.identity()
        ))
    }
    fn get_attr(&self, _vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "__name__" => Some(Value::str(self.kind.name())),
            "__qualname__" => Some(Value::str(&self.qualname)),
            _ => None,
        })
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

impl Method {
    fn run(&self, vm: &Vm, args: Args) -> PyResult<Value> {
        let mut pos = args.pos.into_iter();
        let Some(this) = pos.next() else {
            return Err(vm.type_error(format!(
                "{}() missing 1 required positional argument: 'self'",
                self.qualname
            )));
        };
        let rest = Args {
            pos: pos.collect(),
            kw: args.kw,
        };
        match self.kind {
            Kind::Init => self.init(vm, &this, rest),
            Kind::Repr => self.repr_of(vm, &this),
            Kind::Eq => self.compare(vm, &this, rest, CmpOp::Eq),
            Kind::Lt => self.compare(vm, &this, rest, CmpOp::Lt),
            Kind::Le => self.compare(vm, &this, rest, CmpOp::Le),
            Kind::Gt => self.compare(vm, &this, rest, CmpOp::Gt),
            Kind::Ge => self.compare(vm, &this, rest, CmpOp::Ge),
            Kind::Hash => {
                let key = self.values(vm, &this, |s| s.hash.unwrap_or(s.compare))?;
                Ok(Value::Int(vm.hash(&key)? as i64))
            }
            Kind::SetAttr | Kind::DelAttr => self.frozen_attr(vm, &this, rest),
        }
    }

    /// Stores a field value as the generated `__init__` does.
    fn store(&self, vm: &Vm, this: &Value, name: &Rc<str>, value: Value) -> PyResult<()> {
        match this {
            Value::Instance(i) if self.frozen => {
                i.attrs.borrow_mut().insert(name.clone(), value);
                Ok(())
            }
            _ => vm.set_attr(this, name, value),
        }
    }

    fn init(&self, vm: &Vm, this: &Value, args: Args) -> PyResult<Value> {
        let params: Vec<&Spec> = self.specs.iter().filter(|s| s.init).collect();
        let positional: Vec<&Spec> = params
            .iter()
            .copied()
            .filter(|s| s.kw_only != Some(true))
            .collect();
        let required_pos = positional
            .iter()
            .filter(|s| s.default.is_none() && s.factory.is_none())
            .count();
        let Args { pos, kw } = args;
        if pos.len() > positional.len() {
            let kw_given = kw
                .iter()
                .filter(|(k, _)| {
                    params
                        .iter()
                        .any(|s| s.kw_only == Some(true) && s.name == *k)
                })
                .count();
            return Err(vm.type_error(errors::too_many_positional(
                &self.qualname,
                required_pos + 1,
                positional.len() + 1,
                pos.len() + 1,
                kw_given,
            )));
        }
        let mut given: Vec<Option<Value>> = vec![None; params.len()];
        let pos_index: Vec<usize> = params
            .iter()
            .enumerate()
            .filter(|(_, s)| s.kw_only != Some(true))
            .map(|(i, _)| i)
            .collect();
        for (v, &i) in pos.into_iter().zip(&pos_index) {
            given[i] = Some(v);
        }
        for (k, v) in kw {
            match params.iter().position(|s| s.name == k) {
                Some(i) if given[i].is_some() => {
                    return Err(vm.type_error(errors::multiple_values(&self.qualname, &k)))
                }
                Some(i) => given[i] = Some(v),
                None => return Err(vm.type_error(errors::unexpected_keyword(&self.qualname, &k))),
            }
        }
        let missing = |kw_only: bool| -> Vec<String> {
            params
                .iter()
                .zip(&given)
                .filter(|(s, g)| {
                    g.is_none()
                        && (s.kw_only == Some(true)) == kw_only
                        && s.default.is_none()
                        && s.factory.is_none()
                })
                .map(|(s, _)| s.name.to_string())
                .collect()
        };
        let missing_pos = missing(false);
        if !missing_pos.is_empty() {
            return Err(vm.type_error(errors::missing_args(
                &self.qualname,
                &missing_pos,
                "positional",
            )));
        }
        let missing_kw = missing(true);
        if !missing_kw.is_empty() {
            return Err(vm.type_error(errors::missing_args(
                &self.qualname,
                &missing_kw,
                "keyword-only",
            )));
        }
        let mut values = given.into_iter();
        let mut initvars = Vec::new();
        for s in self.specs.iter() {
            let value = if s.init {
                match values.next().flatten() {
                    Some(v) => Some(v),
                    None => match (&s.factory, &s.default) {
                        (Some(f), _) => Some(vm.call(f, Args::default())?),
                        (None, d) => d.clone(),
                    },
                }
            } else {
                match (&s.factory, &s.default) {
                    (Some(f), _) => Some(vm.call(f, Args::default())?),
                    (None, d) => d.clone(),
                }
            };
            let Some(value) = value else { continue };
            if s.initvar {
                initvars.push(value);
            } else {
                self.store(vm, this, &s.name, value)?;
            }
        }
        if let Some(post) = vm.class_of(this).lookup("__post_init__") {
            let mut pos = vec![this.clone()];
            pos.extend(initvars);
            vm.call(&post, Args::new(pos))?;
        }
        Ok(Value::None)
    }

    fn repr_of(&self, vm: &Vm, this: &Value) -> PyResult<Value> {
        let mut parts = Vec::new();
        for s in self.specs.iter().filter(|s| s.repr && !s.initvar) {
            let v = vm.get_attr(this, &s.name)?;
            parts.push(format!("{}={}", s.name, vm.repr(&v)?));
        }
        Ok(Value::string(format!(
            "{}({})",
            vm.class_of(this).qualname,
            parts.join(", ")
        )))
    }

    /// The tuple of the fields `pick` selects.
    fn values(&self, vm: &Vm, this: &Value, pick: impl Fn(&Spec) -> bool) -> PyResult<Value> {
        let mut out = Vec::new();
        for s in self.specs.iter().filter(|s| !s.initvar && pick(s)) {
            out.push(vm.get_attr(this, &s.name)?);
        }
        Ok(Value::tuple(out))
    }

    fn compare(&self, vm: &Vm, this: &Value, args: Args, op: CmpOp) -> PyResult<Value> {
        crate::modules::natives::positional(vm, self.kind.name(), &args, 1, 1)?;
        let other = &args.pos[0];
        if !Rc::ptr_eq(&vm.class_of(other), &vm.class_of(this)) {
            return Ok(Value::NotImplemented);
        }
        let a = self.values(vm, this, |s| s.compare)?;
        let b = self.values(vm, other, |s| s.compare)?;
        vm.compare_truthy(op, &a, &b).map(Value::Bool)
    }

    fn frozen_attr(&self, vm: &Vm, this: &Value, args: Args) -> PyResult<Value> {
        let Some(Value::Str(name)) = args.pos.first() else {
            return Err(vm.type_error("attribute name must be string"));
        };
        let name = name.as_str();
        let own_class = self
            .owner
            .upgrade()
            .is_some_and(|c| Rc::ptr_eq(&c, &vm.class_of(this)));
        if own_class || self.specs.iter().any(|s| s.name.as_ref() == name) {
            let verb = if self.kind == Kind::SetAttr {
                "assign to"
            } else {
                "delete"
            };
            return Err(Unwind::raise(vm.new_exception(
                &self.kit.frozen_error,
                vec![Value::string(format!(
                    "cannot {} field {}",
                    verb,
                    vm.repr(&Value::str(name))?
                ))],
            )));
        }
        let Value::Instance(i) = this else {
            return Ok(Value::None);
        };
        if self.kind == Kind::SetAttr {
            let v = args.pos.get(1).cloned().unwrap_or(Value::None);
            i.attrs.borrow_mut().insert(Rc::from(name), v);
        } else if i.attrs.borrow_mut().shift_remove(name).is_none() {
            return Err(vm.raise("AttributeError", name.to_string()));
        }
        Ok(Value::None)
    }
}
