//! Classes and instances. Builtin types (`int`, `list`, `ValueError`, ...) are
//! classes too, marked with the `TypeKind` of the values they describe, so
//! `isinstance`, `type(x)` and subclassing work one way for all of them.

use indexmap::IndexMap;
use std::cell::{Cell, Ref, RefCell, RefMut};
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

/// Up to this many attributes a map is searched by comparing keys in order:
/// instances and plain classes mostly hold a handful, and a few length checks
/// cost less than hashing the name.
const SCAN_MAX: usize = 8;

/// Where `name` is in `map`.
#[inline]
pub fn attr_index(map: &AttrMap, name: &str) -> Option<usize> {
    if map.len() <= SCAN_MAX {
        map.keys().position(|k| same_name(k, name))
    } else {
        map.get_index_of(name)
    }
}

/// `k == name`, byte by byte: cheaper than a `memcmp` call for the short
/// names attributes have, and most keys differ in length or first byte.
#[inline]
fn same_name(k: &str, name: &str) -> bool {
    k.len() == name.len() && k.bytes().zip(name.bytes()).all(|(a, b)| a == b)
}

/// `map.get(name)`, by `attr_index`.
#[inline]
pub fn attr_get<'a>(map: &'a AttrMap, name: &str) -> Option<&'a Value> {
    attr_index(map, name)
        .and_then(|i| map.get_index(i))
        .map(|(_, v)| v)
}

thread_local! {
    /// Counts the class-namespace changes that may change a class's `Traits`.
    /// Any class's traits depend on every namespace of its MRO (and of the
    /// classes of descriptors found there), so one counter for all classes
    /// invalidates subclasses and descriptor users without tracking them.
    static EPOCH: Cell<u64> = const { Cell::new(1) };
}

thread_local! {
    /// Counts every class-namespace change, for caches of what a name in a
    /// class resolves to (`MethodCache`).
    static NS_EPOCH: Cell<u64> = const { Cell::new(1) };
}

fn bump_epoch() {
    EPOCH.with(|e| e.set(e.get() + 1));
}

fn bump_ns_epoch() {
    NS_EPOCH.with(|e| e.set(e.get() + 1));
}

/// A class's own attributes. Writes go through here so that every change
/// that could affect a cached `Traits` bumps the epoch.
pub struct Namespace(RefCell<AttrMap>);

impl Namespace {
    pub fn new(map: AttrMap) -> Self {
        Namespace(RefCell::new(map))
    }

    pub fn borrow(&self) -> Ref<'_, AttrMap> {
        self.0.borrow()
    }

    /// Unrestricted access: whatever it changes, cached traits are dropped.
    pub fn borrow_mut(&self) -> RefMut<'_, AttrMap> {
        bump_epoch();
        bump_ns_epoch();
        self.0.borrow_mut()
    }

    /// `cls.name = value`: drops cached traits only when the old or new value
    /// could change them, so a class-level counter updated in a loop keeps
    /// its instances on the fast paths.
    pub fn insert(&self, name: Rc<str>, value: Value) {
        let shapes = shapes_traits(&name, &value);
        bump_ns_epoch();
        let old = self.0.borrow_mut().insert(name, value);
        if shapes || old.is_some_and(|o| shapes_traits("", &o)) {
            bump_epoch();
        }
    }
}

/// Whether `name = value` in a class namespace could change some class's `Traits`.
fn shapes_traits(name: &str, value: &Value) -> bool {
    matches!(value, Value::Property(_) | Value::Instance(_))
        || matches!(
            name,
            "__get__" | "__set__" | "__delete__" | "__setattr__" | "__slots__"
        )
}

/// What attribute access on a class's instances may skip, worked out from its
/// MRO and cached until the epoch moves.
#[derive(Clone, Copy, Default)]
pub struct Traits {
    /// The epoch these were computed at (0: never).
    epoch: u64,
    /// No property or data descriptor in the MRO: an instance's own
    /// attribute is the answer to a read without looking at the classes.
    pub own_reads: bool,
    /// Nor a descriptor with `__set__`, a `__setattr__` or a `__slots__`
    /// restriction: `obj.name = v` stores into the instance's attributes.
    pub own_writes: bool,
}

pub struct Class {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub module: Rc<str>,
    pub bases: Vec<ClassRef>,
    /// Method resolution order after the class itself (C3 linearisation).
    pub mro_tail: Vec<ClassRef>,
    pub ns: Namespace,
    /// Cached by `traits`.
    pub traits: Cell<Traits>,
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
            ns: Namespace::new(AttrMap::default()),
            traits: Cell::default(),
            kind,
            builtin: true,
            constructor,
        })
    }

    /// A builtin class without bases: `object` itself, or a module's native
    /// class made without any, whose MRO object's slots would end. Both
    /// answer for object's own methods (`object.__eq__`, `__setattr__`, ...).
    pub fn is_root(&self) -> bool {
        self.builtin && self.bases.is_empty()
    }

    /// The MRO including the class itself, as Python's `__mro__`.
    pub fn mro(self: &Rc<Self>) -> impl Iterator<Item = &ClassRef> + '_ {
        std::iter::once(self).chain(self.mro_tail.iter())
    }

    pub fn lookup(self: &Rc<Self>, name: &str) -> Option<Value> {
        self.lookup_with(name, Value::clone)
    }

    /// `lookup`, taking from the attribute found only what `pick` takes.
    #[inline]
    pub fn lookup_with<T>(self: &Rc<Self>, name: &str, pick: impl Fn(&Value) -> T) -> Option<T> {
        self.mro()
            .find_map(|c| attr_get(&c.ns.borrow(), name).map(&pick))
    }

    /// The class's `Traits`, recomputed if any class namespace changed since.
    #[inline]
    pub fn traits(self: &Rc<Self>) -> Traits {
        let epoch = EPOCH.with(Cell::get);
        let cached = self.traits.get();
        if cached.epoch == epoch {
            return cached;
        }
        self.compute_traits(epoch)
    }

    #[cold]
    fn compute_traits(self: &Rc<Self>, epoch: u64) -> Traits {
        let mut t = Traits {
            epoch,
            own_reads: true,
            own_writes: true,
        };
        // As `slots_allow`: one user class without `__slots__` lifts the restriction.
        let mut slotted = !self.builtin;
        for c in self.mro() {
            let ns = c.ns.borrow();
            if ns.contains_key("__setattr__") {
                t.own_writes = false;
            }
            if !c.builtin && !ns.contains_key("__slots__") {
                slotted = false;
            }
            for v in ns.values() {
                match v {
                    Value::Property(_) => {
                        t.own_reads = false;
                        t.own_writes = false;
                    }
                    Value::Instance(d) => {
                        let has = |n: &str| d.class.lookup(n).is_some();
                        let set = has("__set__");
                        t.own_writes &= !set;
                        if has("__get__") && (set || has("__delete__")) {
                            t.own_reads = false;
                        }
                    }
                    _ => {}
                }
            }
        }
        t.own_writes &= !slotted;
        self.traits.set(t);
        t
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

/// What a method call site found last: the plain function a class's
/// instances call by the site's name, valid while no class namespace has
/// changed since. Weak references, so a cache in a method's own body keeps
/// neither the class nor the method alive.
#[derive(Default)]
pub struct MethodCache(RefCell<Option<CachedMethod>>);

struct CachedMethod {
    class: std::rc::Weak<Class>,
    ns_epoch: u64,
    func: std::rc::Weak<super::Function>,
}

impl MethodCache {
    /// The function remembered for `class`, if still valid.
    #[inline]
    pub fn get(&self, class: &ClassRef) -> Option<Rc<super::Function>> {
        let cached = self.0.borrow();
        let c = cached.as_ref()?;
        if c.ns_epoch != NS_EPOCH.with(Cell::get)
            || !std::ptr::eq(c.class.as_ptr(), Rc::as_ptr(class))
        {
            return None;
        }
        c.func.upgrade()
    }

    pub fn set(&self, class: &ClassRef, func: &Rc<super::Function>) {
        *self.0.borrow_mut() = Some(CachedMethod {
            class: Rc::downgrade(class),
            ns_epoch: NS_EPOCH.with(Cell::get),
            func: Rc::downgrade(func),
        });
    }
}
