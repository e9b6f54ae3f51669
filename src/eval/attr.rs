//! Attribute access: instances, classes, modules, functions, `super()` and the
//! methods of builtin types.
//!
//! Sandbox rule: dunder names resolve only to what user code itself defined,
//! plus the harmless metadata in `READABLE_DUNDERS`. Nothing here can reach an
//! interpreter internal, a frame or a host object.

use std::rc::Rc;

use super::{Args, PyResult, Vm};
use crate::errors;
use crate::value::{Function, Value};

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
    pub fn get_attr(&self, obj: &Value, name: &str) -> PyResult<Value> {
        match obj {
            Value::Instance(i) => {
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
                if let Some(v) = i.attrs.borrow().get(name) {
                    return Ok(v.clone());
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
                        "value" if self.is_instance_of(obj, "StopIteration") => {
                            return Ok(data.borrow().args.first().cloned().unwrap_or(Value::None))
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
                    "__setattr__" if c.builtin && c.bases.is_empty() => {
                        Ok(Value::Builtin(&OBJECT_SETATTR))
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
                                return Ok(self.bind_class_attr(v.clone(), &s.this, &s.this));
                            }
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
                    "__init__" | "__str__" | "__repr__" | "__eq__" | "__hash__" | "__setattr__"
                    | "__getattr__" => {
                        Ok(Value::NativeMethod(Rc::new(crate::value::NativeMethod {
                            receiver: s.this.clone(),
                            name: Rc::from(format!("object.{}", name)),
                        })))
                    }
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
            "__name__" => Ok(Value::str(&f.code.name)),
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

    pub fn set_attr(&self, obj: &Value, name: &str, value: Value) -> PyResult<()> {
        match obj {
            Value::Instance(i) => {
                if let Some(Value::Property(ref p)) = i.class.lookup(name) {
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
                i.attrs.borrow_mut().insert(Rc::from(name), value);
                Ok(())
            }
            Value::Class(c) if !c.builtin => {
                if STRUCTURAL_DUNDERS.contains(&name) {
                    return Err(self.raise(
                        "AttributeError",
                        format!("cannot set '{}' on classes in codeact", name),
                    ));
                }
                c.ns.borrow_mut().insert(Rc::from(name), value);
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
                        "__name__" | "__qualname__" | "__doc__" | "__wrapped__" | "__module__"
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
            _ => Err(self.raise(
                "AttributeError",
                errors::no_attribute(&self.type_name(obj), name),
            )),
        }
    }

    pub fn del_attr(&self, obj: &Value, name: &str) -> PyResult<()> {
        match obj {
            Value::Instance(i) => {
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
            _ => Err(self.raise(
                "AttributeError",
                errors::no_attribute(&self.type_name(obj), name),
            )),
        }
    }
}
