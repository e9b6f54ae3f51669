//! Attribute access: instances, classes, modules, functions, `super()` and the
//! methods of builtin types.
//!
//! Sandbox rule: dunder names resolve only to what user code itself defined,
//! plus the harmless metadata in `READABLE_DUNDERS`. Nothing here can reach an
//! interpreter internal, a frame or a host object.

use std::rc::Rc;

use super::{Args, PyResult, Vm};
use crate::errors;
use crate::value::{attr_get, attr_index, FailedLookup, Function, Value};

/// Dunder attributes readable on any object they apply to.
pub const READABLE_DUNDERS: &[&str] = &[
    "__name__",
    "__qualname__",
    "__doc__",
    "__module__",
    "__class__",
    "__dict__",
    "__init__",
    "__bases__",
    "__mro__",
    "__wrapped__",
];

/// Dunders that describe an object's structure; user code may not replace them.
const STRUCTURAL_DUNDERS: &[&str] = &[
    "__class__",
    "__dict__",
    "__bases__",
    "__mro__",
    "__globals__",
    "__code__",
    "__closure__",
    "__subclasses__",
];

/// `exc.with_traceback(tb)`: tracebacks are not objects here, so it returns `exc`.
static EXC_WITH_TRACEBACK: crate::value::BuiltinFn = crate::value::BuiltinFn {
    name: "with_traceback",
    call: |vm, args| {
        crate::builtins::arity(vm, "with_traceback", &args, 2, 2)?;
        Ok(args.pos[0].clone())
    },
};

/// `exc.add_note(text)`: appends to the exception's `__notes__` list.
static EXC_ADD_NOTE: crate::value::BuiltinFn = crate::value::BuiltinFn {
    name: "add_note",
    call: |vm, args| {
        crate::builtins::arity(vm, "add_note", &args, 2, 2)?;
        if !matches!(args.pos[1], Value::Str(_)) {
            return Err(vm.type_error(format!(
                "note must be a str, not '{}'",
                vm.type_name(&args.pos[1])
            )));
        }
        let notes = match vm.get_attr(&args.pos[0], "__notes__") {
            Ok(n) => n,
            Err(_) => {
                let n = Value::list(Vec::new());
                vm.set_attr(&args.pos[0], "__notes__", n.clone())?;
                n
            }
        };
        match &notes {
            Value::List(l) => l.borrow_mut().push(args.pos[1].clone()),
            _ => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
        }
        Ok(Value::None)
    },
};

/// `object.__new__(cls, *args)`: a bare instance of a user class (exceptions
/// keep the arguments as their `args`).
static OBJECT_NEW: crate::value::BuiltinFn = crate::value::BuiltinFn {
    name: "__new__",
    call: |vm, args| {
        let Some(Value::Class(c)) = args.pos.first() else {
            return Err(vm.type_error("object.__new__(X): X is not a type object"));
        };
        if c.builtin {
            return Err(vm.type_error(format!(
                "object.__new__({}) is not safe, use {}.__new__()",
                c.name, c.name
            )));
        }
        Ok(vm.new_instance(c, &args.pos[1..]))
    },
};

/// `cls.mro()`: the method resolution order as a list.
static TYPE_MRO: crate::value::BuiltinFn = crate::value::BuiltinFn {
    name: "mro",
    call: |vm, args| {
        crate::builtins::arity(vm, "mro", &args, 1, 1)?;
        let Value::Class(c) = &args.pos[0] else {
            return Err(vm.type_error("descriptor 'mro' requires a 'type' object"));
        };
        Ok(Value::list(
            c.mro().map(|b| Value::Class(b.clone())).collect(),
        ))
    },
};

/// `object.__delattr__(obj, name)`: deletes without the class's own `__delattr__`.
static OBJECT_DELATTR: crate::value::BuiltinFn = crate::value::BuiltinFn {
    name: "__delattr__",
    call: |vm, args| {
        crate::builtins::arity(vm, "__delattr__", &args, 2, 2)?;
        let Value::Str(name) = &args.pos[1] else {
            return Err(vm.type_error(format!(
                "attribute name must be string, not '{}'",
                vm.type_name(&args.pos[1])
            )));
        };
        vm.del_attr_plain(&args.pos[0], name.as_str())?;
        Ok(Value::None)
    },
};

/// `object.__setattr__(obj, name, value)`: sets an instance attribute without
/// the class's own `__setattr__` (how frozen dataclasses initialise fields).
static OBJECT_SETATTR: crate::value::BuiltinFn = crate::value::BuiltinFn {
    name: "__setattr__",
    call: |vm, args| {
        crate::builtins::arity(vm, "__setattr__", &args, 3, 3)?;
        let (Value::Instance(i), Value::Str(name)) = (&args.pos[0], &args.pos[1]) else {
            return Err(vm.type_error("can't apply this __setattr__ to this object"));
        };
        if STRUCTURAL_DUNDERS.contains(&name.as_str()) {
            return Err(vm.raise(
                "AttributeError",
                format!(
                    "cannot set '{}' on '{}' objects in codeact",
                    name.as_str(),
                    i.class.name
                ),
            ));
        }
        i.attrs
            .borrow_mut()
            .insert(Rc::from(name.as_str()), args.pos[2].clone());
        Ok(Value::None)
    },
};

fn is_dunder(name: &str) -> bool {
    name.len() > 4 && name.starts_with("__") && name.ends_with("__")
}

impl Vm {
    /// `obj.name`. An AttributeError it lets through records the lookup (its `name` and `obj`
    /// attributes, and the traceback's "Did you mean"), unless it already records one, as
    /// CPython's attribute lookup does.
    pub fn get_attr(&self, obj: &Value, name: &str) -> PyResult<Value> {
        // The common read, kept clear of the large functions below: an
        // instance's own attribute, when no data descriptor can outrank it.
        if let Value::Instance(i) = obj {
            if i.class.traits().own_reads {
                if let Some(v) = attr_get(&i.attrs.borrow(), name) {
                    return Ok(v.clone());
                }
            }
        }
        self.get_attr_slow(obj, name)
    }

    #[inline(never)]
    fn get_attr_slow(&self, obj: &Value, name: &str) -> PyResult<Value> {
        self.lookup_attr(obj, name).map_err(|e| {
            if let Some(exc @ Value::Instance(i)) = e.exception() {
                if let Some(data) = &i.exc {
                    let unrecorded = data.borrow().lookup.is_none();
                    if unrecorded && self.is_instance_of(exc, "AttributeError") {
                        data.borrow_mut().lookup = Some(FailedLookup::Attribute {
                            name: Rc::from(name),
                            obj: obj.clone(),
                        });
                    }
                }
            }
            e
        })
    }

    fn lookup_attr(&self, obj: &Value, name: &str) -> PyResult<Value> {
        match obj {
            Value::Instance(i) => {
                // Without data descriptors in the MRO the instance's own value
                // wins outright, and `get_attr` found none.
                let own_reads = i.class.traits().own_reads;
                let class_attr = i.class.lookup(name);
                if let Some(Value::Property(p)) = &class_attr {
                    return match &p.getter {
                        Some(g) => self.call(g, Args::new(vec![obj.clone()])),
                        None => Err(self.raise(
                            "AttributeError",
                            format!(
                                "property '{}' of '{}' object has no getter",
                                name, i.class.name
                            ),
                        )),
                    };
                }
                // A descriptor object as class attribute: data descriptors
                // (with `__set__`/`__delete__`) win over the instance's own value.
                if let Some(d @ Value::Instance(di)) = &class_attr {
                    if let Some(get) = di.class.lookup("__get__") {
                        let is_data = di.class.lookup("__set__").is_some()
                            || di.class.lookup("__delete__").is_some();
                        if is_data || own_reads || !i.attrs.borrow().contains_key(name) {
                            let owner = Value::Class(i.class.clone());
                            return self
                                .call(&self.bind(get, d), Args::new(vec![obj.clone(), owner]));
                        }
                    }
                }
                if !own_reads {
                    if let Some(v) = i.attrs.borrow().get(name) {
                        return Ok(v.clone());
                    }
                }
                if let Some(v) = class_attr {
                    return Ok(self.bind_class_attr(v, obj, &Value::Class(i.class.clone())));
                }
                if let Some(data) = &i.exc {
                    match name {
                        "args" => return Ok(Value::tuple(data.borrow().args.clone())),
                        "__cause__" => {
                            return Ok(data.borrow().cause.clone().unwrap_or(Value::None))
                        }
                        "__context__" => {
                            return Ok(data.borrow().context.clone().unwrap_or(Value::None))
                        }
                        "__suppress_context__" => {
                            return Ok(Value::Bool(data.borrow().suppress_context))
                        }
                        "__traceback__" => {
                            return Ok(self.new_instance(
                                &self.types.of_kind(crate::types::TypeKind::Traceback),
                                &[],
                            ))
                        }
                        "name"
                            if self.is_instance_of(obj, "NameError")
                                || self.is_instance_of(obj, "AttributeError") =>
                        {
                            return Ok(match &data.borrow().lookup {
                                Some(
                                    FailedLookup::Variable { name, .. }
                                    | FailedLookup::Attribute { name, .. },
                                ) => Value::str(name),
                                None => Value::None,
                            })
                        }
                        "obj" if self.is_instance_of(obj, "AttributeError") => {
                            return Ok(match &data.borrow().lookup {
                                Some(FailedLookup::Attribute { obj, .. }) => obj.clone(),
                                _ => Value::None,
                            })
                        }
                        "value" if self.is_instance_of(obj, "StopIteration") => {
                            return Ok(data.borrow().args.first().cloned().unwrap_or(Value::None))
                        }
                        "with_traceback" | "add_note" => {
                            let func: &'static crate::value::BuiltinFn = if name == "add_note" {
                                &EXC_ADD_NOTE
                            } else {
                                &EXC_WITH_TRACEBACK
                            };
                            return Ok(Value::BoundMethod(Rc::new(crate::value::BoundMethod {
                                receiver: obj.clone(),
                                func: Value::Builtin(func),
                            })));
                        }
                        "code" if self.is_instance_of(obj, "SystemExit") => {
                            let args = data.borrow().args.clone();
                            return Ok(match args.len() {
                                0 => Value::None,
                                1 => args[0].clone(),
                                _ => Value::tuple(args),
                            });
                        }
                        _ => {}
                    }
                }
                match name {
                    "__class__" => return Ok(Value::Class(i.class.clone())),
                    "__dict__" => {
                        let mut d = crate::value::DictObj::new();
                        for (k, v) in i.attrs.borrow().iter() {
                            self.dict_set(&mut d, Value::str(k), v.clone())?;
                        }
                        return Ok(Value::dict(d));
                    }
                    _ => {}
                }
                if let Some(getattr) = i.class.lookup("__getattr__") {
                    return self.call(&self.bind(getattr, obj), Args::new(vec![Value::str(name)]));
                }
                Err(self.raise("AttributeError", errors::no_attribute(&i.class.name, name)))
            }
            Value::Class(c) => {
                if let Some(v) = c.lookup(name) {
                    if let Value::Instance(di) = &v {
                        if let Some(get) = di.class.lookup("__get__") {
                            return self.call(
                                &self.bind(get, &v),
                                Args::new(vec![Value::None, obj.clone()]),
                            );
                        }
                    }
                    if is_dunder(name) && c.builtin && !READABLE_DUNDERS.contains(&name) {
                        return Err(
                            self.raise("AttributeError", errors::class_no_attribute(&c.name, name))
                        );
                    }
                    return Ok(match v {
                        Value::ClassMethod(ref f) => self.bind((**f).clone(), obj),
                        Value::StaticMethod(ref f) => (**f).clone(),
                        other => other,
                    });
                }
                match name {
                    // A native type's name may be dotted (`collections.deque`), as CPython's `tp_name`.
                    "__name__" => Ok(Value::str(c.name.rsplit('.').next().unwrap_or(&c.name))),
                    "__qualname__" => Ok(Value::str(&c.qualname)),
                    "__module__" => Ok(Value::str(&c.module)),
                    "__doc__" => Ok(Value::None),
                    "__class__" => Ok(Value::Class(self.types.type_.clone())),
                    "__bases__" => Ok(Value::tuple(
                        c.bases.iter().map(|b| Value::Class(b.clone())).collect(),
                    )),
                    "__mro__" => Ok(Value::tuple(
                        c.mro().map(|b| Value::Class(b.clone())).collect(),
                    )),
                    "mro" => Ok(Value::BoundMethod(Rc::new(crate::value::BoundMethod {
                        receiver: obj.clone(),
                        func: Value::Builtin(&TYPE_MRO),
                    }))),
                    // A snapshot of a user class's own namespace (CPython: a
                    // read-only mappingproxy). Builtin types keep theirs hidden.
                    "__dict__" if !c.builtin => {
                        let mut d = crate::value::DictObj::new();
                        let entries: Vec<(Rc<str>, Value)> =
                            c.ns.borrow()
                                .iter()
                                .map(|(k, v)| (k.clone(), v.clone()))
                                .collect();
                        for (k, v) in entries {
                            self.dict_set(&mut d, Value::str(&k), v)?;
                        }
                        Ok(Value::dict(d))
                    }
                    "__setattr__" if c.is_root() => Ok(Value::Builtin(&OBJECT_SETATTR)),
                    "__delattr__" if c.is_root() => Ok(Value::Builtin(&OBJECT_DELATTR)),
                    "__new__" if c.is_root() => Ok(Value::Builtin(&OBJECT_NEW)),
                    // `object.__eq__(a, b)`, `__hash__ = object.__hash__`:
                    // object's slots, unbound, take the instance first.
                    "__eq__" | "__ne__" | "__lt__" | "__le__" | "__gt__" | "__ge__"
                    | "__hash__" | "__repr__" | "__str__" | "__format__" | "__init__"
                        if c.is_root() =>
                    {
                        Ok(crate::types::unbound_method(c, name))
                    }
                    _ => {
                        if c.builtin
                            && !is_dunder(name)
                            && crate::types::class_has_method(c.kind, name)
                        {
                            return Ok(crate::types::unbound_method(c, name));
                        }
                        Err(self.raise("AttributeError", errors::class_no_attribute(&c.name, name)))
                    }
                }
            }
            Value::Module(m) => {
                match m.attrs.get(name) {
                    Some(v) => Ok(v.clone()),
                    None => match name {
                        "__name__" => Ok(Value::str(&m.name)),
                        _ => Err(self
                            .raise("AttributeError", errors::module_no_attribute(&m.name, name))),
                    },
                }
            }
            Value::Function(f) => self.function_attr(f, name),
            Value::BoundMethod(m) => match name {
                "__self__" => Ok(m.receiver.clone()),
                "__func__" => Ok(m.func.clone()),
                _ => self.get_attr(&m.func, name),
            },
            Value::Builtin(b) => match name {
                "__name__" | "__qualname__" => Ok(Value::str(b.name)),
                "__doc__" => Ok(Value::None),
                _ => Err(self.raise(
                    "AttributeError",
                    errors::no_attribute("builtin_function_or_method", name),
                )),
            },
            Value::Super(s) => {
                let Value::Instance(inst) = &s.this else {
                    if let Value::Class(c) = &s.this {
                        for cls in c
                            .mro()
                            .skip_while(|k| !Rc::ptr_eq(k, &s.start_after))
                            .skip(1)
                        {
                            if let Some(v) = cls.ns.borrow().get(name) {
                                // `__new__` is a static method: found unbound.
                                if name == "__new__" {
                                    return Ok(match v {
                                        Value::StaticMethod(f) => (**f).clone(),
                                        other => other.clone(),
                                    });
                                }
                                return Ok(self.bind_class_attr(v.clone(), &s.this, &s.this));
                            }
                        }
                        if name == "__new__" {
                            return Ok(Value::Builtin(&OBJECT_NEW));
                        }
                        if name == "__init_subclass__" {
                            return Ok(Value::NativeMethod(Rc::new(crate::value::NativeMethod {
                                receiver: s.this.clone(),
                                name: Rc::from("object.__init_subclass__"),
                            })));
                        }
                    }
                    return Err(self.raise(
                        "AttributeError",
                        format!("'super' object has no attribute '{}'", name),
                    ));
                };
                for cls in inst
                    .class
                    .mro()
                    .skip_while(|k| !Rc::ptr_eq(k, &s.start_after))
                    .skip(1)
                {
                    if let Some(v) = cls.ns.borrow().get(name) {
                        if let Value::Property(p) = v {
                            if let Some(g) = &p.getter {
                                return self.call(g, Args::new(vec![s.this.clone()]));
                            }
                        }
                        return Ok(self.bind_class_attr(
                            v.clone(),
                            &s.this,
                            &Value::Class(inst.class.clone()),
                        ));
                    }
                }
                match name {
                    "__delattr__" => Ok(Value::BoundMethod(Rc::new(crate::value::BoundMethod {
                        receiver: s.this.clone(),
                        func: Value::Builtin(&OBJECT_DELATTR),
                    }))),
                    "__init__" | "__str__" | "__repr__" | "__eq__" | "__hash__" | "__setattr__"
                    | "__getattr__" | "__format__" | "__ne__" | "__lt__" | "__le__" | "__gt__"
                    | "__ge__" => Ok(Value::NativeMethod(Rc::new(crate::value::NativeMethod {
                        receiver: s.this.clone(),
                        name: Rc::from(format!("object.{}", name)),
                    }))),
                    _ => Err(self.raise(
                        "AttributeError",
                        format!("'super' object has no attribute '{}'", name),
                    )),
                }
            }
            Value::Generator(g) => match name {
                "__name__" => Ok(Value::str(&g.name)),
                "__qualname__" => Ok(Value::str(&g.qualname)),
                _ => self.native_attr(obj, name),
            },
            Value::Property(p) => match name {
                "setter" | "getter" | "deleter" => {
                    Ok(Value::NativeMethod(Rc::new(crate::value::NativeMethod {
                        receiver: obj.clone(),
                        name: Rc::from(format!("property.{}", name)),
                    })))
                }
                "fget" => Ok(p.getter.clone().unwrap_or(Value::None)),
                "fset" => Ok(p.setter.clone().unwrap_or(Value::None)),
                "fdel" => Ok(p.deleter.clone().unwrap_or(Value::None)),
                // The getter's docstring, as CPython copies it when no doc is given.
                "__doc__" => match &p.getter {
                    Some(g) => self.get_attr(g, "__doc__"),
                    None => Ok(Value::None),
                },
                _ => Err(self.raise("AttributeError", errors::no_attribute("property", name))),
            },
            Value::StaticMethod(f) | Value::ClassMethod(f) if name == "__func__" => {
                Ok((**f).clone())
            }
            _ => self.native_attr(obj, name),
        }
    }

    /// Methods and data attributes of builtin-typed values.
    fn native_attr(&self, obj: &Value, name: &str) -> PyResult<Value> {
        if name == "__class__" {
            return Ok(self.type_of(obj));
        }
        if let Value::Native(n) = obj {
            if let Some(v) = n.get_attr(self, obj, name)? {
                return Ok(v);
            }
            let dict_method = n.as_dict().is_some() && crate::types::dict::METHODS.contains(&name);
            if n.has_method(name) || dict_method {
                return Ok(Value::NativeMethod(Rc::new(crate::value::NativeMethod {
                    receiver: obj.clone(),
                    name: Rc::from(name),
                })));
            }
            return Err(self.raise(
                "AttributeError",
                errors::no_attribute(&self.type_name(obj), name),
            ));
        }
        if !is_dunder(name) {
            if let Some(v) = crate::types::data_attr(self, obj, name)? {
                return Ok(v);
            }
            if crate::types::has_method(self, obj, name) {
                return Ok(Value::NativeMethod(Rc::new(crate::value::NativeMethod {
                    receiver: obj.clone(),
                    name: Rc::from(name),
                })));
            }
        }
        Err(self.raise(
            "AttributeError",
            errors::no_attribute(&self.type_name(obj), name),
        ))
    }

    fn function_attr(&self, f: &Rc<Function>, name: &str) -> PyResult<Value> {
        if let Some((_, v)) = f.attrs.borrow().iter().find(|(k, _)| k.as_ref() == name) {
            return Ok(v.clone());
        }
        match name {
            "__name__" => Ok(Value::str(f.code.name())),
            "__qualname__" => Ok(Value::str(&f.code.qualname)),
            "__doc__" => Ok(f
                .code
                .doc
                .as_ref()
                .map(|d| Value::str(d))
                .unwrap_or(Value::None)),
            "__module__" => Ok(Value::str("__main__")),
            "__defaults__" => Ok(if f.defaults.is_empty() {
                Value::None
            } else {
                Value::tuple(f.defaults.clone())
            }),
            "__kwdefaults__" => {
                let mut d = crate::value::DictObj::new();
                for (p, v) in f.code.kwonly.iter().zip(&f.kw_defaults) {
                    if let Some(v) = v {
                        self.dict_set(&mut d, Value::str(&p.name), v.clone())?;
                    }
                }
                Ok(if d.len() == 0 {
                    Value::None
                } else {
                    Value::dict(d)
                })
            }
            // Made empty on first read and kept, so it can be filled in.
            "__annotations__" => {
                let table = Value::dict(crate::value::DictObj::new());
                f.attrs
                    .borrow_mut()
                    .push((Rc::from("__annotations__"), table.clone()));
                Ok(table)
            }
            "__dict__" => Ok(Value::dict(crate::value::DictObj::new())),
            _ => Err(self.raise("AttributeError", errors::no_attribute("function", name))),
        }
    }

    /// A class attribute seen through an instance (or class): functions bind.
    fn bind_class_attr(&self, v: Value, receiver: &Value, class: &Value) -> Value {
        match v {
            Value::Function(_) => self.bind(v, receiver),
            Value::Native(ref n) if n.binds() => self.bind(v, receiver),
            Value::ClassMethod(ref f) => self.bind((**f).clone(), class),
            Value::StaticMethod(ref f) => (**f).clone(),
            other => other,
        }
    }

    /// `__slots__`: when every class of the MRO (but `object`) declares
    /// slots and none is `__dict__`, only the declared names may be set.
    fn slots_allow(&self, class: &crate::value::ClassRef, name: &str) -> PyResult<bool> {
        let mut names: Vec<Value> = Vec::new();
        if class.builtin {
            return Ok(true);
        }
        for c in class.mro() {
            if c.builtin {
                continue;
            }
            let Some(slots) = c.ns.borrow().get("__slots__").cloned() else {
                return Ok(true);
            };
            match slots {
                Value::Str(_) => names.push(slots),
                other => names.extend(self.collect(&other)?),
            }
        }
        Ok(names.iter().any(|n| match n {
            Value::Str(s) => s.as_str() == name || s.as_str() == "__dict__",
            _ => false,
        }))
    }

    /// Assigning an exception's own state (`e.args = ...`, `e.__cause__ = ...`);
    /// false for any other name.
    fn set_exception_attr(
        &self,
        data: &std::cell::RefCell<crate::value::ExcData>,
        name: &str,
        value: &Value,
    ) -> PyResult<bool> {
        let exception_or_none = |what: &str| -> PyResult<Option<Value>> {
            match value {
                Value::None => Ok(None),
                Value::Instance(e) if e.exc.is_some() => Ok(Some(value.clone())),
                _ => Err(self.type_error(format!(
                    "exception {} must be None or derive from BaseException",
                    what
                ))),
            }
        };
        match name {
            "args" => {
                let items = self.collect(value)?;
                data.borrow_mut().args = items;
            }
            "__cause__" => {
                let cause = exception_or_none("cause")?;
                let mut d = data.borrow_mut();
                d.cause = cause;
                d.suppress_context = true;
            }
            "__context__" => {
                let context = exception_or_none("context")?;
                data.borrow_mut().context = context;
            }
            "__suppress_context__" => {
                let flag = self.truthy(value)?;
                data.borrow_mut().suppress_context = flag;
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    pub fn set_attr(&self, obj: &Value, name: &str, value: Value) -> PyResult<()> {
        self.set_attr_keyed(obj, name, None, value)
    }

    /// `obj.name = value` with the name already shared (an assignment
    /// target's): a new instance attribute keeps it rather than a copy.
    pub fn set_attr_rc(&self, obj: &Value, name: &Rc<str>, value: Value) -> PyResult<()> {
        self.set_attr_keyed(obj, name, Some(name), value)
    }

    fn set_attr_keyed(
        &self,
        obj: &Value,
        name: &str,
        shared: Option<&Rc<str>>,
        value: Value,
    ) -> PyResult<()> {
        let key = || shared.cloned().unwrap_or_else(|| Rc::from(name));
        match obj {
            // A bare `object()` has no `__dict__`.
            Value::Instance(i) if Rc::ptr_eq(&i.class, &self.types.object) => {
                Err(self.raise("AttributeError", errors::no_attribute("object", name)))
            }
            Value::Instance(i)
                if i.exc.is_none()
                    && i.class.traits().own_writes
                    && !STRUCTURAL_DUNDERS.contains(&name) =>
            {
                let mut attrs = i.attrs.borrow_mut();
                match attr_index(&attrs, name).and_then(|at| attrs.get_index_mut(at)) {
                    Some((_, slot)) => *slot = value,
                    None => {
                        attrs.insert(key(), value);
                    }
                }
                Ok(())
            }
            Value::Instance(i) => {
                let class_attr = i.class.lookup(name);
                if let Some(d @ Value::Instance(di)) = &class_attr {
                    if let Some(set) = di.class.lookup("__set__") {
                        return self
                            .call(&self.bind(set, d), Args::new(vec![obj.clone(), value]))
                            .map(|_| ());
                    }
                }
                if let Some(Value::Property(ref p)) = class_attr {
                    return match &p.setter {
                        Some(s) => self
                            .call(s, Args::new(vec![obj.clone(), value]))
                            .map(|_| ()),
                        None => Err(self.raise(
                            "AttributeError",
                            format!(
                                "property '{}' of '{}' object has no setter",
                                name, i.class.name
                            ),
                        )),
                    };
                }
                if let Some(setattr) = i.class.lookup("__setattr__") {
                    return self
                        .call(
                            &self.bind(setattr, obj),
                            Args::new(vec![Value::str(name), value]),
                        )
                        .map(|_| ());
                }
                if STRUCTURAL_DUNDERS.contains(&name) {
                    return Err(self.raise(
                        "AttributeError",
                        format!(
                            "cannot set '{}' on '{}' objects in codeact",
                            name, i.class.name
                        ),
                    ));
                }
                if let Some(data) = &i.exc {
                    if self.set_exception_attr(data, name, &value)? {
                        return Ok(());
                    }
                }
                let is_new = !i.attrs.borrow().contains_key(name);
                if is_new && !self.slots_allow(&i.class, name)? {
                    return Err(
                        self.raise("AttributeError", errors::no_attribute(&i.class.name, name))
                    );
                }
                i.attrs.borrow_mut().insert(key(), value);
                Ok(())
            }
            Value::Class(c) if !c.builtin => {
                if STRUCTURAL_DUNDERS.contains(&name) {
                    return Err(self.raise(
                        "AttributeError",
                        format!("cannot set '{}' on classes in codeact", name),
                    ));
                }
                c.ns.insert(key(), value);
                Ok(())
            }
            Value::Class(c) => Err(self.type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                name, c.name
            ))),
            Value::Function(f) => {
                if is_dunder(name)
                    && !matches!(
                        name,
                        "__name__"
                            | "__qualname__"
                            | "__doc__"
                            | "__wrapped__"
                            | "__module__"
                            | "__annotations__"
                    )
                {
                    return Err(self.raise(
                        "AttributeError",
                        format!("cannot set '{}' on functions in codeact", name),
                    ));
                }
                let mut attrs = f.attrs.borrow_mut();
                match attrs.iter_mut().find(|(k, _)| k.as_ref() == name) {
                    Some(slot) => slot.1 = value,
                    None => attrs.push((Rc::from(name), value)),
                }
                Ok(())
            }
            Value::Native(n) => match n.set_attr(self, name, value) {
                Some(r) => r,
                None => Err(self.raise(
                    "AttributeError",
                    errors::no_attribute(&self.type_name(obj), name),
                )),
            },
            _ if crate::types::data_attr_names(obj).contains(&name) => Err(self.raise(
                "AttributeError",
                crate::types::data_attr_write_error(obj, name),
            )),
            _ if crate::types::method_names(obj).contains(&name) => Err(self.raise(
                "AttributeError",
                errors::attribute_read_only(&self.type_name(obj), name),
            )),
            _ => Err(self.raise(
                "AttributeError",
                errors::no_attribute(&self.type_name(obj), name),
            )),
        }
    }

    pub fn del_attr(&self, obj: &Value, name: &str) -> PyResult<()> {
        if let Value::Instance(i) = obj {
            if let Some(hook) = i.class.lookup("__delattr__") {
                return self
                    .call(&self.bind(hook, obj), Args::new(vec![Value::str(name)]))
                    .map(|_| ());
            }
        }
        self.del_attr_plain(obj, name)
    }

    /// `del obj.name` without the class's `__delattr__` (`object.__delattr__`).
    pub fn del_attr_plain(&self, obj: &Value, name: &str) -> PyResult<()> {
        match obj {
            Value::Instance(i) => {
                if let Some(d @ Value::Instance(di)) = &i.class.lookup(name) {
                    if let Some(delete) = di.class.lookup("__delete__") {
                        return self
                            .call(&self.bind(delete, d), Args::new(vec![obj.clone()]))
                            .map(|_| ());
                    }
                }
                if let Some(Value::Property(ref p)) = i.class.lookup(name) {
                    return match &p.deleter {
                        Some(d) => self.call(d, Args::new(vec![obj.clone()])).map(|_| ()),
                        None => Err(self.raise(
                            "AttributeError",
                            format!(
                                "property '{}' of '{}' object has no deleter",
                                name, i.class.name
                            ),
                        )),
                    };
                }
                if i.attrs.borrow_mut().shift_remove(name).is_some() {
                    Ok(())
                } else {
                    Err(self.raise("AttributeError", errors::no_attribute(&i.class.name, name)))
                }
            }
            Value::Class(c) if !c.builtin => {
                if c.ns.borrow_mut().shift_remove(name).is_some() {
                    Ok(())
                } else {
                    Err(self.raise("AttributeError", errors::class_no_attribute(&c.name, name)))
                }
            }
            _ if crate::types::data_attr_names(obj).contains(&name) => Err(self.raise(
                "AttributeError",
                crate::types::data_attr_write_error(obj, name),
            )),
            _ => Err(self.raise(
                "AttributeError",
                errors::no_attribute(&self.type_name(obj), name),
            )),
        }
    }
}
