//! `typing`: the names type-annotated agent code imports. Annotations are
//! never enforced; subscripting a form (`List[int]`, `Optional[str]`) gives a
//! harmless object whose repr matches CPython's. `NamedTuple` and `TypedDict`
//! class syntax work (a namedtuple class; plain dicts), `Generic` and
//! `Protocol` can be subclassed, `cast` and the decorators return their input.
//!
//! Must not evaluate string annotations (forward references stay strings).

use std::collections::HashMap;
use std::rc::Rc;

use crate::eval::{Args, PyResult, Vm};
use crate::modules::collections::namedtuple;
use crate::modules::natives::{native, native_class, open_class, set_class_attr, take_kw};
use crate::modules::support::{bind, Sig};
use crate::types::TypeKind;
use crate::value::{native_ref, BuiltinFn, ClassRef, DictObj, NativeObject, Value};

/// Generic aliases of builtin or abstract types: (name, builtin origin).
const ALIASES: &[(&str, Option<TypeKind>)] = &[
    ("List", Some(TypeKind::List)),
    ("Dict", Some(TypeKind::Dict)),
    ("Set", Some(TypeKind::Set)),
    ("FrozenSet", Some(TypeKind::FrozenSet)),
    ("Tuple", Some(TypeKind::Tuple)),
    ("Type", Some(TypeKind::Type)),
    ("Callable", None),
    ("Iterable", None),
    ("Iterator", None),
    ("Generator", None),
    ("Sequence", None),
    ("MutableSequence", None),
    ("Mapping", None),
    ("MutableMapping", None),
    ("AbstractSet", None),
    ("MutableSet", None),
    ("Collection", None),
    ("Container", None),
    ("Hashable", None),
    ("Sized", None),
    ("Reversible", None),
    ("KeysView", None),
    ("ItemsView", None),
    ("ValuesView", None),
    ("Awaitable", None),
    ("Coroutine", None),
    ("AsyncIterable", None),
    ("AsyncIterator", None),
    ("AsyncGenerator", None),
    ("ContextManager", None),
    ("DefaultDict", None),
    ("OrderedDict", None),
    ("Counter", None),
    ("Deque", None),
    ("ChainMap", None),
    ("Pattern", None),
    ("Match", None),
    ("IO", None),
    ("TextIO", None),
    ("BinaryIO", None),
    ("SupportsInt", None),
    ("SupportsFloat", None),
    ("SupportsAbs", None),
    ("SupportsRound", None),
    ("SupportsIndex", None),
];

/// Special forms: subscriptable (or not) objects that are not aliases of a type.
const SPECIAL: &[&str] = &[
    "Any",
    "Union",
    "Optional",
    "Literal",
    "ClassVar",
    "Final",
    "Annotated",
    "Required",
    "NotRequired",
    "Concatenate",
    "TypeGuard",
    "Unpack",
    "Self",
    "LiteralString",
    "Never",
    "NoReturn",
    "TypeAlias",
];

/// The module's attributes.
pub fn build(vm: &Vm) -> HashMap<Rc<str>, Value> {
    let mut m: HashMap<Rc<str>, Value> = HashMap::new();
    let form_class = native_class(vm, "typing._GenericAlias", "typing", None);
    for (name, origin) in ALIASES {
        let origin = origin.map(|k| Value::Class(vm.types.of_kind(k)));
        m.insert(Rc::from(*name), form(&form_class, name, origin, None));
    }
    for name in SPECIAL {
        m.insert(Rc::from(*name), form(&form_class, name, None, None));
    }
    let typevar = native_class(vm, "TypeVar", "typing", Some(typevar));
    let any_str = native(TypeVarObj {
        class: typevar.clone(),
        name: Rc::from("AnyStr"),
        variance: "~",
    });
    m.insert(Rc::from("AnyStr"), any_str);
    m.insert(Rc::from("TypeVar"), Value::Class(typevar));
    m.insert(
        Rc::from("NewType"),
        Value::Class(native_class(vm, "NewType", "typing", Some(new_type))),
    );
    m.insert(
        Rc::from("Text"),
        Value::Class(vm.types.of_kind(TypeKind::Str)),
    );
    m.insert(Rc::from("TYPE_CHECKING"), Value::Bool(false));

    let object = vm.types.object.clone();
    let generic = open_class("Generic", "typing", vec![object.clone()]);
    let protocol = open_class("Protocol", "typing", vec![generic.clone()]);
    for c in [&generic, &protocol] {
        set_class_attr(c, "__class_getitem__", Value::Builtin(&CLASS_GETITEM));
    }
    let named = open_class(
        "NamedTuple",
        "typing",
        vec![vm.types.of_kind(TypeKind::Tuple)],
    );
    set_class_attr(
        &named,
        "__init_subclass__",
        Value::Builtin(&NAMEDTUPLE_SUBCLASS),
    );
    set_class_attr(
        &named,
        "__new__",
        Value::StaticMethod(Rc::new(Value::Builtin(&NAMEDTUPLE_NEW))),
    );
    let typed = open_class("TypedDict", "typing", vec![object]);
    set_class_attr(
        &typed,
        "__init_subclass__",
        Value::Builtin(&TYPEDDICT_SUBCLASS),
    );
    set_class_attr(
        &typed,
        "__new__",
        Value::StaticMethod(Rc::new(Value::Builtin(&TYPEDDICT_NEW))),
    );
    for c in [generic, protocol, named, typed] {
        m.insert(c.name.clone(), Value::Class(c));
    }
    for f in [
        &CAST,
        &OVERLOAD,
        &FINAL,
        &NO_TYPE_CHECK,
        &RUNTIME_CHECKABLE,
        &GET_ORIGIN,
        &GET_ARGS,
        &GET_TYPE_HINTS,
        &ASSERT_NEVER,
        &REVEAL_TYPE,
    ] {
        m.insert(Rc::from(f.name), Value::Builtin(f));
    }
    m
}

// ----- forms -----

/// `typing.List`, `typing.Optional[int]`, ...
struct Form {
    class: ClassRef,
    name: &'static str,
    /// The builtin type an alias stands for (`list` for `List`).
    origin: Option<Value>,
    /// Subscription arguments, once subscripted.
    args: Option<Vec<Value>>,
}

fn form(
    class: &ClassRef,
    name: &'static str,
    origin: Option<Value>,
    args: Option<Vec<Value>>,
) -> Value {
    native(Form {
        class: class.clone(),
        name,
        origin,
        args,
    })
}

/// CPython's `typing._type_repr`.
fn type_repr(vm: &Vm, v: &Value) -> PyResult<String> {
    Ok(match v {
        Value::Class(c) if c.builtin => c.name.rsplit('.').next().unwrap_or(&c.name).to_string(),
        Value::Class(c) => format!("{}.{}", c.module, c.qualname),
        Value::Ellipsis => "...".to_string(),
        Value::Str(s) => format!("ForwardRef({})", vm.repr(&Value::str(s.as_str()))?),
        Value::List(l) => {
            let items = l.borrow().clone();
            let parts = items
                .iter()
                .map(|x| type_repr(vm, x))
                .collect::<PyResult<Vec<_>>>()?;
            format!("[{}]", parts.join(", "))
        }
        Value::Tuple(t) if t.is_empty() => "()".to_string(),
        Value::Function(_) | Value::Builtin(_) => match &vm.get_attr(v, "__name__")? {
            Value::Str(s) => s.as_str().to_string(),
            other => vm.repr(other)?,
        },
        other => vm.repr(other)?,
    })
}

/// `Union` arguments: nested unions flattened, `None` as `NoneType`, duplicates dropped.
fn union_args(vm: &Vm, args: Vec<Value>) -> PyResult<Vec<Value>> {
    let mut out: Vec<Value> = Vec::new();
    for a in args {
        let parts = match native_ref::<Form>(&a) {
            Some(f) if f.name == "Union" || f.name == "Optional" => {
                f.args.clone().unwrap_or_default()
            }
            _ => vec![a],
        };
        for p in parts {
            let p = if p.is_none() {
                Value::Class(vm.types.of_kind(TypeKind::NoneType))
            } else {
                p
            };
            let mut dup = false;
            for q in &out {
                if p.is(q) || vm.eq(&p, q)? {
                    dup = true;
                    break;
                }
            }
            if !dup {
                out.push(p);
            }
        }
    }
    Ok(out)
}

impl Form {
    fn subscript(&self, vm: &Vm, key: &Value) -> PyResult<Value> {
        if self.name == "Any" {
            return Err(vm.type_error("type 'Any' is not subscriptable"));
        }
        if matches!(
            self.name,
            "NoReturn" | "Never" | "Self" | "LiteralString" | "TypeAlias"
        ) {
            return Err(vm.type_error(format!("typing.{} is not subscriptable", self.name)));
        }
        if self.args.is_some() {
            return Err(vm.type_error(format!("{} is not a generic class", self.repr_text(vm)?)));
        }
        let mut args = match key {
            Value::Tuple(t) if self.name != "Tuple" || !t.is_empty() => t.as_ref().clone(),
            other => vec![other.clone()],
        };
        let name = match self.name {
            "Optional" => {
                if args.len() != 1 {
                    return Err(vm.type_error(format!(
                        "typing.Optional requires a single type. Got {}.",
                        type_repr(vm, key)?
                    )));
                }
                args.push(Value::None);
                "Union"
            }
            other => other,
        };
        if name == "Union" {
            args = union_args(vm, args)?;
            if args.len() == 1 {
                return Ok(args.remove(0));
            }
        } else if matches!(name, "Generator" | "Coroutine" | "AsyncGenerator") {
            let none = Value::Class(vm.types.of_kind(TypeKind::NoneType));
            for a in args.iter_mut() {
                if a.is_none() {
                    *a = none.clone();
                }
            }
        }
        Ok(form(&self.class, name, self.origin.clone(), Some(args)))
    }

    fn repr_text(&self, vm: &Vm) -> PyResult<String> {
        let Some(args) = &self.args else {
            return Ok(format!("typing.{}", self.name));
        };
        let none = vm.types.of_kind(TypeKind::NoneType);
        let is_none = |v: &Value| matches!(v, Value::Class(c) if Rc::ptr_eq(c, &none));
        if self.name == "Union" && args.len() == 2 && args.iter().any(is_none) {
            let other = args
                .iter()
                .find(|a| !is_none(a))
                .cloned()
                .unwrap_or(Value::None);
            return Ok(format!("typing.Optional[{}]", type_repr(vm, &other)?));
        }
        let parts = match self.name {
            "Literal" => args
                .iter()
                .map(|a| vm.repr(a))
                .collect::<PyResult<Vec<_>>>()?,
            "Annotated" => {
                let mut parts = Vec::with_capacity(args.len());
                for (i, a) in args.iter().enumerate() {
                    parts.push(if i == 0 {
                        type_repr(vm, a)?
                    } else {
                        vm.repr(a)?
                    });
                }
                parts
            }
            _ if args.is_empty() => vec!["()".to_string()],
            _ => args
                .iter()
                .map(|a| type_repr(vm, a))
                .collect::<PyResult<Vec<_>>>()?,
        };
        Ok(format!("typing.{}[{}]", self.name, parts.join(", ")))
    }
}

impl NativeObject for Form {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, vm: &Vm, _this: &Value) -> PyResult<String> {
        self.repr_text(vm)
    }
    fn get_item(&self, vm: &Vm, key: &Value) -> Option<PyResult<Value>> {
        Some(self.subscript(vm, key))
    }
    fn get_attr(&self, _vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "__origin__" => self.origin.clone(),
            "__args__" => self.args.clone().map(Value::tuple),
            "_name" | "__name__" => Some(Value::str(self.name)),
            _ => None,
        })
    }
    fn eq(&self, vm: &Vm, other: &Value) -> Option<PyResult<bool>> {
        let o = native_ref::<Form>(other)?;
        if self.name != o.name {
            return Some(Ok(false));
        }
        Some(match (&self.args, &o.args) {
            (None, None) => Ok(true),
            (Some(a), Some(b)) => vm.eq(&Value::tuple(a.clone()), &Value::tuple(b.clone())),
            _ => Ok(false),
        })
    }
    fn hash(&self, vm: &Vm) -> Option<PyResult<u64>> {
        Some(vm.hash(&Value::str(self.name)))
    }
}

// ----- TypeVar, NewType -----

struct TypeVarObj {
    class: ClassRef,
    name: Rc<str>,
    /// `~` invariant, `+` covariant, `-` contravariant.
    variance: &'static str,
}

fn typevar(vm: &Vm, cls: &ClassRef, mut args: Args) -> PyResult<Value> {
    let covariant = take_kw(&mut args, "covariant");
    let contravariant = take_kw(&mut args, "contravariant");
    take_kw(&mut args, "bound");
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!(
            "TypeVar.__init__() got an unexpected keyword argument '{}'",
            k
        )));
    }
    let name = match args.pos.first() {
        Some(Value::Str(s)) => Rc::from(s.as_str()),
        Some(_) => return Err(vm.type_error("TypeVar name must be a string")),
        None => {
            return Err(
                vm.type_error("TypeVar.__init__() missing 1 required positional argument: 'name'")
            )
        }
    };
    let truthy = |v: Option<Value>| -> PyResult<bool> {
        match v {
            Some(v) => vm.truthy(&v),
            None => Ok(false),
        }
    };
    let variance = if truthy(covariant)? {
        "+"
    } else if truthy(contravariant)? {
        "-"
    } else {
        "~"
    };
    Ok(native(TypeVarObj {
        class: cls.clone(),
        name,
        variance,
    }))
}

impl NativeObject for TypeVarObj {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &Vm, _this: &Value) -> PyResult<String> {
        Ok(format!("{}{}", self.variance, self.name))
    }
    fn get_attr(&self, _vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok((name == "__name__").then(|| Value::str(&self.name)))
    }
}

/// `NewType('UserId', int)`: calling it returns its argument.
struct NewTypeObj {
    class: ClassRef,
    name: Rc<str>,
    supertype: Value,
}

fn new_type(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    let sig = Sig {
        name: "NewType.__init__",
        params: &["name", "tp"],
        required: 2,
        kwonly: &[],
        method: true,
    };
    let mut slots = bind(vm, &sig, args)?.into_iter();
    let name = match &slots.next().flatten() {
        Some(Value::Str(s)) => Rc::from(s.as_str()),
        _ => Rc::from("NewType"),
    };
    Ok(native(NewTypeObj {
        class: cls.clone(),
        name,
        supertype: slots.next().flatten().unwrap_or(Value::None),
    }))
}

impl NativeObject for NewTypeObj {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &Vm, _this: &Value) -> PyResult<String> {
        Ok(format!("__main__.{}", self.name))
    }
    fn get_attr(&self, _vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "__name__" | "__qualname__" => Some(Value::str(&self.name)),
            "__supertype__" => Some(self.supertype.clone()),
            _ => None,
        })
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, vm: &Vm, _this: &Value, args: Args) -> Option<PyResult<Value>> {
        let sig = Sig {
            name: "NewType.__call__",
            params: &["x"],
            required: 1,
            kwonly: &[],
            method: true,
        };
        Some(bind(vm, &sig, args).map(|s| s.into_iter().next().flatten().unwrap_or(Value::None)))
    }
}

// ----- Generic / Protocol, NamedTuple, TypedDict -----

/// `Generic[T]`, `Protocol[T]`, `MyGeneric[int]`: the class itself.
static CLASS_GETITEM: BuiltinFn = BuiltinFn {
    name: "__class_getitem__",
    call: |_vm, args| Ok(args.pos.into_iter().next().unwrap_or(Value::None)),
};

fn direct_base(cls: &ClassRef, name: &str) -> bool {
    cls.bases
        .iter()
        .any(|b| b.module.as_ref() == "typing" && b.name.as_ref() == name)
}

/// Field names and values of a class body's `__annotations__`.
fn annotations(cls: &ClassRef) -> Vec<(Value, Value)> {
    match cls.ns.borrow().get("__annotations__") {
        Some(Value::Dict(d)) => d.borrow().items(),
        _ => Vec::new(),
    }
}

static NAMEDTUPLE_SUBCLASS: BuiltinFn = BuiltinFn {
    name: "__init_subclass__",
    call: namedtuple_subclass,
};

/// `class P(NamedTuple): x: int; y: int = 0` makes `P` a namedtuple class.
fn namedtuple_subclass(vm: &Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Class(cls)) = args.pos.first() else {
        return Ok(Value::None);
    };
    if !direct_base(cls, "NamedTuple") {
        return Ok(Value::None);
    }
    let mut fields = Vec::new();
    let mut defaults = Vec::new();
    let mut first_default: Option<Rc<str>> = None;
    for (k, _) in annotations(cls) {
        let Value::Str(name) = &k else { continue };
        let name: Rc<str> = Rc::from(name.as_str());
        let default = cls.ns.borrow().get(&name).cloned();
        match default {
            Some(d) => {
                first_default.get_or_insert_with(|| name.clone());
                defaults.push(d);
            }
            None => {
                if let Some(first) = &first_default {
                    return Err(vm.type_error(format!(
                        "Non-default namedtuple field {} cannot follow default field {}",
                        name, first
                    )));
                }
            }
        }
        fields.push(name);
    }
    for f in &fields {
        cls.ns.borrow_mut().shift_remove(f);
    }
    namedtuple::install(vm, cls, &fields, defaults)?;
    Ok(Value::None)
}

static NAMEDTUPLE_NEW: BuiltinFn = BuiltinFn {
    name: "NamedTuple",
    call: namedtuple_functional,
};

/// `NamedTuple('P', [('x', int), ('y', int)])`.
fn namedtuple_functional(vm: &Vm, args: Args) -> PyResult<Value> {
    let mut pos = args.pos.into_iter();
    pos.next();
    let sig = Sig {
        name: "NamedTuple",
        params: &["typename", "fields"],
        required: 1,
        kwonly: &[],
        method: false,
    };
    let mut slots = bind(
        vm,
        &sig,
        Args {
            pos: pos.collect(),
            kw: args.kw,
        },
    )?
    .into_iter();
    let typename = match &slots.next().flatten() {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => return Err(vm.type_error("NamedTuple() typename must be a string")),
    };
    let mut fields = Vec::new();
    let mut annotations = DictObj::new();
    if let Some(spec) = slots.next().flatten() {
        for pair in vm.collect(&spec)? {
            let items = vm.collect(&pair)?;
            match items.as_slice() {
                [Value::Str(n), t] => {
                    fields.push(Rc::from(n.as_str()));
                    vm.dict_set(&mut annotations, Value::str(n.as_str()), t.clone())?;
                }
                _ => return Err(vm.type_error("NamedTuple fields must be (name, type) pairs")),
            }
        }
    }
    let cls = open_class(
        &typename,
        "__main__",
        vec![vm.types.of_kind(TypeKind::Tuple)],
    );
    set_class_attr(&cls, "__annotations__", Value::dict(annotations));
    namedtuple::install(vm, &cls, &fields, Vec::new())?;
    Ok(Value::Class(cls))
}

static TYPEDDICT_SUBCLASS: BuiltinFn = BuiltinFn {
    name: "__init_subclass__",
    call: typeddict_subclass,
};

/// `class Movie(TypedDict, total=False)`: records which keys are required.
fn typeddict_subclass(vm: &Vm, mut args: Args) -> PyResult<Value> {
    let total = match take_kw(&mut args, "total") {
        Some(v) => vm.truthy(&v)?,
        None => true,
    };
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!(
            "__init_subclass__() got an unexpected keyword argument '{}'",
            k
        )));
    }
    let Some(Value::Class(cls)) = args.pos.first() else {
        return Ok(Value::None);
    };
    set_class_attr(cls, "__total__", Value::Bool(total));
    Ok(Value::None)
}

static TYPEDDICT_NEW: BuiltinFn = BuiltinFn {
    name: "TypedDict",
    call: typeddict_new,
};

/// Calling a TypedDict class makes a plain dict; calling `TypedDict` itself makes a class.
fn typeddict_new(vm: &Vm, mut args: Args) -> PyResult<Value> {
    let mut pos = std::mem::take(&mut args.pos).into_iter();
    let cls = match &pos.next() {
        Some(Value::Class(c)) => c.clone(),
        _ => return Err(vm.type_error("TypedDict.__new__(X): X is not a type object")),
    };
    let rest: Vec<Value> = pos.collect();
    if !(cls.module.as_ref() == "typing" && cls.name.as_ref() == "TypedDict") {
        let dict_class = vm.types.of_kind(TypeKind::Dict);
        return vm.call(&Value::Class(dict_class), Args::with_kw(rest, args.kw));
    }
    let total = match take_kw(&mut args, "total") {
        Some(v) => vm.truthy(&v)?,
        None => true,
    };
    let mut rest = rest.into_iter();
    let typename = match &rest.next() {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => return Err(vm.type_error("TypedDict() first argument must be a string")),
    };
    let mut annotations = DictObj::new();
    if let Some(fields) = rest.next() {
        for (k, v) in vm.mapping_items(&fields)? {
            vm.dict_set(&mut annotations, k, v)?;
        }
    }
    for (k, v) in args.kw {
        vm.dict_set(&mut annotations, Value::str(&k), v)?;
    }
    let new = open_class(&typename, "__main__", vec![cls]);
    set_class_attr(&new, "__annotations__", Value::dict(annotations));
    set_class_attr(&new, "__total__", Value::Bool(total));
    Ok(Value::Class(new))
}

// ----- functions -----

macro_rules! identity_decorator {
    ($($static:ident $name:literal;)*) => {
        $(static $static: BuiltinFn = BuiltinFn {
            name: $name,
            call: |vm, args| {
                let sig = Sig { name: $name, params: &["arg"], required: 1, kwonly: &[], method: false };
                Ok(bind(vm, &sig, args)?.into_iter().next().flatten().unwrap_or(Value::None))
            },
        };)*
    };
}

identity_decorator! {
    OVERLOAD "overload";
    FINAL "final";
    NO_TYPE_CHECK "no_type_check";
    RUNTIME_CHECKABLE "runtime_checkable";
    REVEAL_TYPE "reveal_type";
}

static CAST: BuiltinFn = BuiltinFn {
    name: "cast",
    call: |vm, args| {
        let sig = Sig {
            name: "cast",
            params: &["typ", "val"],
            required: 2,
            kwonly: &[],
            method: false,
        };
        Ok(bind(vm, &sig, args)?
            .into_iter()
            .nth(1)
            .flatten()
            .unwrap_or(Value::None))
    },
};

static ASSERT_NEVER: BuiltinFn = BuiltinFn {
    name: "assert_never",
    call: |vm, args| {
        let sig = Sig {
            name: "assert_never",
            params: &["arg"],
            required: 1,
            kwonly: &[],
            method: false,
        };
        let arg = bind(vm, &sig, args)?
            .into_iter()
            .next()
            .flatten()
            .unwrap_or(Value::None);
        let mut text = vm.repr(&arg)?;
        if text.chars().count() > 100 {
            text = text.chars().take(100).collect::<String>() + "...";
        }
        Err(vm.raise(
            "AssertionError",
            format!("Expected code to be unreachable, but got: {}", text),
        ))
    },
};

fn one_arg(vm: &Vm, name: &str, args: Args) -> PyResult<Value> {
    let sig = Sig {
        name,
        params: &["tp"],
        required: 1,
        kwonly: &[],
        method: false,
    };
    Ok(bind(vm, &sig, args)?
        .into_iter()
        .next()
        .flatten()
        .unwrap_or(Value::None))
}

static GET_ORIGIN: BuiltinFn = BuiltinFn {
    name: "get_origin",
    call: |vm, args| {
        let tp = one_arg(vm, "get_origin", args)?;
        Ok(match native_ref::<Form>(&tp) {
            Some(f) if f.args.is_some() => match &f.origin {
                Some(o) => o.clone(),
                None => form(&f.class, f.name, None, None),
            },
            _ => Value::None,
        })
    },
};

static GET_ARGS: BuiltinFn = BuiltinFn {
    name: "get_args",
    call: |vm, args| {
        let tp = one_arg(vm, "get_args", args)?;
        let Some(f) = native_ref::<Form>(&tp) else {
            return Ok(Value::tuple(Vec::new()));
        };
        Ok(Value::tuple(f.args.clone().unwrap_or_default()))
    },
};

static GET_TYPE_HINTS: BuiltinFn = BuiltinFn {
    name: "get_type_hints",
    call: |vm, args| {
        let mut args = args;
        take_kw(&mut args, "globalns");
        take_kw(&mut args, "localns");
        take_kw(&mut args, "include_extras");
        let obj = one_arg(vm, "get_type_hints", args)?;
        let mut hints = DictObj::new();
        if let Value::Class(c) = &obj {
            let chain: Vec<ClassRef> = c.mro().cloned().collect();
            for k in chain.iter().rev() {
                for (name, t) in annotations(k) {
                    let t = if t.is_none() {
                        Value::Class(vm.types.of_kind(TypeKind::NoneType))
                    } else {
                        t
                    };
                    vm.dict_set(&mut hints, name, t)?;
                }
            }
        }
        Ok(Value::dict(hints))
    },
};
