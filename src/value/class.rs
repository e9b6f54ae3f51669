//! Classes and instances. Builtin types (`int`, `list`, `ValueError`, ...) are
//! classes too, marked with the `TypeKind` of the values they describe, so
//! `isinstance`, `type(x)` and subclassing work one way for all of them.

use indexmap::IndexMap;
use std::cell::RefCell;
use std::rc::Rc;

use super::Value;
use crate::ir::CodeNames;
use crate::types::TypeKind;

pub type ClassRef = Rc<Class>;

/// The attributes of a class, an instance or a class body being run, in
/// insertion order as Python keeps them. Every attribute access hashes a name
/// into one or more of these (instance, class, each base), so they use
/// foldhash, randomly seeded like std's SipHash but several times cheaper on
/// short keys; iteration order is the insertion order whatever the hasher.
pub type AttrMap = IndexMap<Rc<str>, Value, foldhash::fast::RandomState>;

pub struct Class {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub module: Rc<str>,
    pub bases: Vec<ClassRef>,
    /// Method resolution order after the class itself (C3 linearisation).
    pub mro_tail: Vec<ClassRef>,
    pub ns: RefCell<AttrMap>,
    /// The builtin type whose values instances are or wrap (`Object` for plain classes).
    pub kind: TypeKind,
    /// Builtin classes cannot have attributes set by user code.
    pub builtin: bool,
    /// Types implemented in Rust: what calling the class does.
    pub constructor:
        Option<fn(&crate::eval::Vm, &ClassRef, crate::eval::Args) -> crate::eval::PyResult<Value>>,
}

/// A class's MRO is in the memory account from its making (`Class::native`,
/// class statements) to here.
impl Drop for Class {
    fn drop(&mut self) {
        super::credit(crate::limits::estimate::list(self.mro_tail.len()));
    }
}

impl Class {
    /// A class for a type implemented in Rust by a module.
    pub fn native(
        name: &str,
        module: &str,
        bases: Vec<ClassRef>,
        constructor: Option<
            fn(&crate::eval::Vm, &ClassRef, crate::eval::Args) -> crate::eval::PyResult<Value>,
        >,
    ) -> ClassRef {
        let mut mro_tail = Vec::new();
        for b in &bases {
            for c in b.mro() {
                if !mro_tail.iter().any(|x: &ClassRef| Rc::ptr_eq(x, c)) {
                    mro_tail.push(c.clone());
                }
            }
        }
        let kind = bases.first().map(|b| b.kind).unwrap_or(TypeKind::Object);
        super::charge(crate::limits::estimate::list(mro_tail.len()));
        Rc::new(Class {
            name: Rc::from(name),
            qualname: Rc::from(name),
            module: Rc::from(module),
            bases,
            mro_tail,
            ns: RefCell::new(AttrMap::default()),
            kind,
            builtin: true,
            constructor,
        })
    }

    /// The MRO including the class itself, as Python's `__mro__`.
    pub fn mro(self: &Rc<Self>) -> impl Iterator<Item = &ClassRef> + '_ {
        std::iter::once(self).chain(self.mro_tail.iter())
    }

    pub fn lookup(self: &Rc<Self>, name: &str) -> Option<Value> {
        if let Some(v) = self.ns.borrow().get(name) {
            return Some(v.clone());
        }
        for c in &self.mro_tail {
            if let Some(v) = c.ns.borrow().get(name) {
                return Some(v.clone());
            }
        }
        None
    }

    pub fn is_subclass(self: &Rc<Self>, other: &ClassRef) -> bool {
        Rc::ptr_eq(self, other)
            || self.mro_tail.iter().any(|c| Rc::ptr_eq(c, other))
            || (other.module.as_ref() == "collections.abc" && other.abc_accepts(self))
    }

    /// A `collections.abc` class's virtual subclasses: the classes or type
    /// names in its `__abc_registry__`, and (for the one-method ABCs) any
    /// class defining every method of its `__abc_methods__`.
    fn abc_accepts(self: &Rc<Self>, sub: &ClassRef) -> bool {
        let ns = self.ns.borrow();
        if let Some(Value::Tuple(reg)) = ns.get("__abc_registry__") {
            for entry in reg.iter() {
                let hit = match entry {
                    Value::Class(c) => sub.mro().any(|m| Rc::ptr_eq(m, c)),
                    Value::Str(s) => sub.mro().any(|m| {
                        let s = s.as_str();
                        m.builtin
                            && (m.name.as_ref() == s
                                || s.strip_prefix(m.module.as_ref())
                                    .and_then(|r| r.strip_prefix('.'))
                                    == Some(m.name.as_ref()))
                    }),
                    _ => false,
                };
                if hit {
                    return true;
                }
            }
        }
        let Some(Value::Tuple(methods)) = ns.get("__abc_methods__") else {
            return false;
        };
        if sub.builtin {
            // `object` itself is hashable; other builtin types are registered.
            return sub.bases.is_empty()
                && methods
                    .iter()
                    .all(|m| matches!(m, Value::Str(n) if n.as_str() == "__hash__"));
        }
        methods.iter().all(|m| match m {
            Value::Str(name) => match sub.lookup(name.as_str()) {
                Some(Value::None) | None => {
                    // Every class inherits object's __hash__ unless it sets it to None.
                    name.as_str() == "__hash__" && sub.lookup("__hash__").is_none()
                }
                Some(_) => true,
            },
            _ => false,
        })
    }

    pub fn is_exception(&self) -> bool {
        self.kind == TypeKind::BaseException
    }
}

pub struct Instance {
    pub class: ClassRef,
    pub attrs: RefCell<AttrMap>,
    /// Set for instances of exception classes.
    pub exc: Option<RefCell<ExcData>>,
}

/// The state every exception carries besides its attributes.
#[derive(Default)]
pub struct ExcData {
    pub args: Vec<Value>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    /// Frames the exception passed through, innermost first: (function name, line).
    pub traceback: Vec<(Rc<str>, u32)>,
    /// Set on a NameError or AttributeError raised by a failed lookup.
    pub lookup: Option<FailedLookup>,
}

/// The lookup that raised a NameError or AttributeError: its `name` and `obj` attributes,
/// and where CPython looks for the "Did you mean" it prints with the traceback.
pub enum FailedLookup {
    /// No variable `name`; `frame` is the code it was looked up in, set as the exception
    /// leaves that frame (its local names are the first candidates).
    Variable {
        name: Rc<str>,
        frame: Option<Rc<CodeNames>>,
    },
    /// `obj` has no attribute `name` (candidates: `dir(obj)`).
    Attribute { name: Rc<str>, obj: Value },
}
