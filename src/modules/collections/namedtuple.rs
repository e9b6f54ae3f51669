//! `collections.namedtuple` and the tuple-like objects its classes make.
//! Also backs `typing.NamedTuple` class syntax and `functools`' `CacheInfo`.
//!
//! A namedtuple class is an ordinary (subclassable) class whose namespace
//! holds `_fields`, `_field_defaults` and a native `__new__`; its instances
//! are `NamedTupleObj` values that behave as tuples. Methods a user subclass
//! defines are found through the class, like any attribute.
//!
//! Must not let instances change: items are fixed at creation, as a tuple's.

use std::rc::Rc;

use crate::eval::{Args, PyResult, Vm};
use crate::ir::{BinOp, CmpOp};
use crate::modules::natives::{as_str, native, open_class, set_class_attr, take_kw, user_method};
use crate::modules::support::{bind, Sig};
use crate::types::TypeKind;
use crate::value::{native_ref, BuiltinFn, ClassRef, DictObj, NativeObject, Value};

/// Python keywords, which cannot be field names.
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

const METHODS: &[&str] = &["_asdict", "_replace", "count", "index"];

/// An instance of a namedtuple class.
pub struct NamedTupleObj {
    class: ClassRef,
    items: Rc<Vec<Value>>,
}

/// A new instance of a namedtuple `class` (no argument checking).
pub fn instance(class: &ClassRef, items: Vec<Value>) -> Value {
    native(NamedTupleObj {
        class: class.clone(),
        items: Rc::new(items),
    })
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// The `namedtuple()` factory.
pub static NAMEDTUPLE: BuiltinFn = BuiltinFn {
    name: "namedtuple",
    call: namedtuple,
};

fn namedtuple(vm: &Vm, args: Args) -> PyResult<Value> {
    let sig = Sig {
        name: "namedtuple",
        params: &["typename", "field_names"],
        required: 2,
        kwonly: &["rename", "defaults", "module"],
        method: false,
    };
    let slots = bind(vm, &sig, args)?;
    let typename = match &slots[0] {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "Type names and field names must be strings, not {}",
                vm.type_name(other)
            )))
        }
        None => String::new(),
    };
    let names: Vec<String> = match &slots[1] {
        Some(Value::Str(s)) => s
            .as_str()
            .replace(',', " ")
            .split_whitespace()
            .map(str::to_string)
            .collect(),
        Some(other) => {
            let mut out = Vec::new();
            for v in vm.collect(other)? {
                match as_str(&v) {
                    Some(s) => out.push(s.to_string()),
                    None => {
                        return Err(vm.type_error(format!(
                            "Type names and field names must be strings, not {}",
                            vm.type_name(&v)
                        )))
                    }
                }
            }
            out
        }
        None => Vec::new(),
    };
    let rename = match &slots[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut fields: Vec<String> = Vec::with_capacity(names.len());
    for (i, name) in names.into_iter().enumerate() {
        let bad = !is_identifier(&name)
            || KEYWORDS.contains(&name.as_str())
            || name.starts_with('_')
            || fields.contains(&name);
        fields.push(if rename && bad {
            format!("_{}", i)
        } else {
            name
        });
    }
    for name in std::iter::once(&typename).chain(fields.iter()) {
        if !is_identifier(name) {
            return Err(vm.value_error(format!(
                "Type names and field names must be valid identifiers: {}",
                vm.repr(&Value::str(name))?
            )));
        }
        if KEYWORDS.contains(&name.as_str()) {
            return Err(vm.value_error(format!(
                "Type names and field names cannot be a keyword: {}",
                vm.repr(&Value::str(name))?
            )));
        }
    }
    let mut seen: Vec<&String> = Vec::new();
    for name in &fields {
        if name.starts_with('_') && !rename {
            return Err(vm.value_error(format!(
                "Field names cannot start with an underscore: {}",
                vm.repr(&Value::str(name))?
            )));
        }
        if seen.contains(&name) {
            return Err(vm.value_error(format!(
                "Encountered duplicate field name: {}",
                vm.repr(&Value::str(name))?
            )));
        }
        seen.push(name);
    }
    let defaults = match &slots[3] {
        Some(Value::None) | None => Vec::new(),
        Some(v) => vm.collect(v)?,
    };
    if defaults.len() > fields.len() {
        return Err(vm.type_error("Got more default values than field names"));
    }
    let module = match &slots[4] {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => "__main__".to_string(),
    };
    let fields: Vec<Rc<str>> = fields.iter().map(|f| Rc::from(f.as_str())).collect();
    let class = open_class(&typename, &module, vec![vm.types.of_kind(TypeKind::Tuple)]);
    install(vm, &class, &fields, defaults)?;
    Ok(Value::Class(class))
}

/// Makes `class` a namedtuple class over `fields`; `defaults` apply to the last fields.
pub fn install(
    vm: &Vm,
    class: &ClassRef,
    fields: &[Rc<str>],
    defaults: Vec<Value>,
) -> PyResult<()> {
    let names: Vec<Value> = fields.iter().map(|f| Value::str(f)).collect();
    let mut field_defaults = DictObj::new();
    let first_default = fields.len() - defaults.len();
    for (name, d) in fields[first_default..].iter().zip(defaults) {
        vm.dict_set(&mut field_defaults, Value::str(name), d)?;
    }
    set_class_attr(class, "_fields", Value::tuple(names.clone()));
    set_class_attr(class, "__match_args__", Value::tuple(names));
    set_class_attr(class, "_field_defaults", Value::dict(field_defaults));
    set_class_attr(
        class,
        "__new__",
        Value::StaticMethod(Rc::new(Value::Builtin(&NEW))),
    );
    set_class_attr(
        class,
        "_make",
        Value::ClassMethod(Rc::new(Value::Builtin(&MAKE))),
    );
    Ok(())
}

/// Field names, and `(name, default)` pairs.
type FieldSpec = (Vec<Rc<str>>, Vec<(Value, Value)>);

/// Field names and defaults of a namedtuple class.
fn spec(vm: &Vm, class: &ClassRef) -> PyResult<FieldSpec> {
    let fields = match class.lookup("_fields") {
        Some(Value::Tuple(ref t)) => t.iter().filter_map(|v| as_str(v).map(Rc::from)).collect(),
        _ => return Err(vm.type_error(format!("{} is not a namedtuple class", class.name))),
    };
    let defaults = match class.lookup("_field_defaults") {
        Some(Value::Dict(ref d)) => d.borrow().items(),
        _ => Vec::new(),
    };
    Ok((fields, defaults))
}

static NEW: BuiltinFn = BuiltinFn {
    name: "__new__",
    call: new,
};

fn new(vm: &Vm, args: Args) -> PyResult<Value> {
    let mut pos = args.pos.into_iter();
    let Some(Value::Class(ref class)) = pos.next() else {
        return Err(vm.type_error("__new__(X): X is not a type object"));
    };
    let (fields, defaults) = spec(vm, class)?;
    let params: Vec<&str> = fields.iter().map(|f| f.as_ref()).collect();
    let qual = format!("{}.__new__", class.name);
    let sig = Sig {
        name: &qual,
        params: &params,
        required: fields.len() - defaults.len(),
        kwonly: &[],
        method: true,
    };
    let slots = bind(
        vm,
        &sig,
        Args {
            pos: pos.collect(),
            kw: args.kw,
        },
    )?;
    let mut items = Vec::with_capacity(fields.len());
    for (name, slot) in fields.iter().zip(slots) {
        let v = match slot {
            Some(v) => v,
            None => {
                let d = defaults
                    .iter()
                    .find(|(k, _)| as_str(k) == Some(name.as_ref()))
                    .map(|(_, v)| v.clone());
                d.unwrap_or(Value::None)
            }
        };
        items.push(v);
    }
    Ok(instance(class, items))
}

static MAKE: BuiltinFn = BuiltinFn {
    name: "_make",
    call: make,
};

fn make(vm: &Vm, args: Args) -> PyResult<Value> {
    let mut pos = args.pos.into_iter();
    let (Some(Value::Class(ref class)), Some(iterable)) = (pos.next(), pos.next()) else {
        return Err(vm.type_error("_make() missing 1 required positional argument: 'iterable'"));
    };
    let (fields, _) = spec(vm, class)?;
    let items = vm.collect(&iterable)?;
    if items.len() != fields.len() {
        return Err(vm.type_error(format!(
            "Expected {} arguments, got {}",
            fields.len(),
            items.len()
        )));
    }
    Ok(instance(class, items))
}

impl NamedTupleObj {
    fn tuple(&self) -> Value {
        Value::Tuple(self.items.clone())
    }

    fn fields(&self, vm: &Vm) -> PyResult<Vec<Rc<str>>> {
        Ok(spec(vm, &self.class)?.0)
    }
}

/// The items of a tuple or namedtuple operand.
fn tuple_items(v: &Value) -> Option<Value> {
    match v {
        Value::Tuple(_) => Some(v.clone()),
        _ => native_ref::<NamedTupleObj>(v).map(|n| n.tuple()),
    }
}

impl NativeObject for NamedTupleObj {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, vm: &Vm, this: &Value) -> PyResult<String> {
        if let Some(m) = user_method(&self.class, "__repr__") {
            return vm.to_str(&vm.call(&vm.bind(m, this), Args::default())?);
        }
        let fields = self.fields(vm)?;
        let mut parts = Vec::with_capacity(fields.len());
        for (f, v) in fields.iter().zip(self.items.iter()) {
            parts.push(format!("{}={}", f, vm.repr(v)?));
        }
        Ok(format!("{}({})", self.class.name, parts.join(", ")))
    }
    fn str(&self, vm: &Vm, this: &Value) -> PyResult<String> {
        match user_method(&self.class, "__str__") {
            Some(m) => vm.to_str(&vm.call(&vm.bind(m, this), Args::default())?),
            None => self.repr(vm, this),
        }
    }
    fn set_attr(&self, vm: &Vm, name: &str, _value: Value) -> Option<PyResult<()>> {
        match self.fields(vm) {
            Ok(fields) if fields.iter().any(|f| f.as_ref() == name) => {
                Some(Err(vm.raise("AttributeError", "can't set attribute")))
            }
            Ok(_) => None,
            Err(e) => Some(Err(e)),
        }
    }
    fn get_attr(&self, vm: &Vm, this: &Value, name: &str) -> PyResult<Option<Value>> {
        if let Some(i) = self.fields(vm)?.iter().position(|f| f.as_ref() == name) {
            return Ok(self.items.get(i).cloned());
        }
        Ok(match self.class.lookup(name) {
            Some(f @ Value::Function(_)) => Some(vm.bind(f, this)),
            Some(Value::Property(ref p)) => match &p.getter {
                Some(g) => Some(vm.call(g, Args::new(vec![this.clone()]))?),
                None => None,
            },
            Some(Value::ClassMethod(ref f)) => {
                Some(vm.bind((**f).clone(), &Value::Class(self.class.clone())))
            }
            Some(Value::StaticMethod(ref f)) => Some((**f).clone()),
            Some(other) => Some(other),
            None => None,
        })
    }
    fn has_method(&self, name: &str) -> bool {
        METHODS.contains(&name) || matches!(self.class.lookup(name), Some(Value::Function(_)))
    }
    fn call_method(&self, vm: &Vm, this: &Value, name: &str, mut args: Args) -> PyResult<Value> {
        if let Some(f @ Value::Function(_)) = self.class.lookup(name) {
            return vm.call(&vm.bind(f, this), args);
        }
        match name {
            "_asdict" => {
                let mut d = DictObj::new();
                for (f, v) in self.fields(vm)?.iter().zip(self.items.iter()) {
                    vm.dict_set(&mut d, Value::str(f), v.clone())?;
                }
                Ok(Value::dict(d))
            }
            "_replace" => {
                let fields = self.fields(vm)?;
                let mut items = self.items.as_ref().clone();
                for (i, f) in fields.iter().enumerate() {
                    if let (Some(v), Some(slot)) = (take_kw(&mut args, f), items.get_mut(i)) {
                        *slot = v;
                    }
                }
                if !args.kw.is_empty() {
                    let names: Vec<Value> = args.kw.iter().map(|(k, _)| Value::str(k)).collect();
                    return Err(vm.value_error(format!(
                        "Got unexpected field names: {}",
                        vm.repr(&Value::list(names))?
                    )));
                }
                Ok(instance(&self.class, items))
            }
            _ => crate::types::list::call_tuple(vm, &self.items, name, args),
        }
    }
    fn len(&self, _vm: &Vm) -> Option<PyResult<usize>> {
        Some(Ok(self.items.len()))
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
        if let Some(m) = user_method(&self.class, "__eq__") {
            let this = instance(&self.class, self.items.as_ref().clone());
            return Some(
                vm.call(&vm.bind(m, &this), Args::new(vec![other.clone()]))
                    .and_then(|r| vm.truthy(&r)),
            );
        }
        match tuple_items(other) {
            Some(t) => Some(vm.eq(&self.tuple(), &t)),
            None => Some(Ok(false)),
        }
    }
    fn hash(&self, vm: &Vm) -> Option<PyResult<u64>> {
        Some(vm.hash(&self.tuple()))
    }
    fn compare(&self, vm: &Vm, op: CmpOp, other: &Value) -> Option<PyResult<bool>> {
        let t = tuple_items(other)?;
        Some(vm.compare_truthy(op, &self.tuple(), &t))
    }
    fn binary_op(
        &self,
        vm: &Vm,
        op: BinOp,
        this: &Value,
        other: &Value,
        reflected: bool,
    ) -> Option<PyResult<Value>> {
        let (name, rname) = crate::eval::ops::dunder(op);
        if let Some(m) = user_method(&self.class, if reflected { rname } else { name }) {
            return Some(vm.call(&vm.bind(m, this), Args::new(vec![other.clone()])));
        }
        let me = self.tuple();
        match op {
            BinOp::Add => {
                let t = tuple_items(other)?;
                Some(if reflected {
                    vm.binary_op(op, &t, &me)
                } else {
                    vm.binary_op(op, &me, &t)
                })
            }
            BinOp::Mul => Some(vm.binary_op(op, &me, other)),
            _ => None,
        }
    }
}
