//! `functools`: `reduce`, `partial`, `lru_cache` / `cache`, `cmp_to_key`,
//! `wraps` / `update_wrapper`, `total_ordering`, `cached_property`,
//! `singledispatch` / `singledispatchmethod` and `partialmethod`.
//!
//! `singledispatch.register` takes the class explicitly (`@f.register(int)`,
//! `f.register(int, func)`) or from the first parameter's annotation.
//!
//! Wrapped callables run through `Vm::call`, so they count against the
//! operation and recursion limits like any call. Caches never hold a borrow
//! while the cached function runs (it may recurse into its own cache).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::eval::{Args, PyResult, Vm};
use crate::ir::CmpOp;
use crate::modules::collections::namedtuple;
use crate::modules::natives::{
    bind_c, find_entry, is_callable, native, native_class, open_class, positional, small_int, CSig,
    ClassFn,
};
use crate::modules::support::{bind, Sig};
use crate::types::TypeKind;
use crate::value::{native_ref, BuiltinFn, ClassRef, DictObj, NativeObject, PropertyObj, Value};

/// The module's attributes.
pub fn build(vm: &Vm) -> HashMap<Rc<str>, Value> {
    let mut m: HashMap<Rc<str>, Value> = HashMap::new();
    let wrapper = native_class(vm, "functools._lru_cache_wrapper", "functools", None);
    let info = open_class(
        "CacheInfo",
        "functools",
        vec![vm.types.of_kind(TypeKind::Tuple)],
    );
    let fields: Vec<Rc<str>> = ["hits", "misses", "maxsize", "currsize"]
        .iter()
        .map(|f| Rc::from(*f))
        .collect();
    // Cannot fail: the fields are fixed identifiers and there are no defaults.
    let _ = namedtuple::install(vm, &info, &fields, Vec::new());
    wrapper
        .ns
        .borrow_mut()
        .insert(Rc::from("__cache_info__"), Value::Class(info));
    m.insert(
        Rc::from("lru_cache"),
        ClassFn::value(vm, "lru_cache", &wrapper, lru_cache),
    );
    m.insert(
        Rc::from("cache"),
        ClassFn::value(vm, "cache", &wrapper, cache),
    );
    let key_class = native_class(vm, "functools.KeyWrapper", "functools", None);
    m.insert(
        Rc::from("cmp_to_key"),
        ClassFn::value(vm, "cmp_to_key", &key_class, cmp_to_key),
    );
    m.insert(
        Rc::from("partial"),
        Value::Class(native_class(
            vm,
            "functools.partial",
            "functools",
            Some(partial),
        )),
    );
    let dispatch_class = native_class(
        vm,
        "functools.singledispatch",
        "functools",
        Some(singledispatch),
    );
    m.insert(Rc::from("singledispatch"), Value::Class(dispatch_class));
    m.insert(
        Rc::from("singledispatchmethod"),
        Value::Class(native_class(
            vm,
            "functools.singledispatchmethod",
            "functools",
            Some(singledispatchmethod),
        )),
    );
    m.insert(
        Rc::from("partialmethod"),
        Value::Class(native_class(
            vm,
            "functools.partialmethod",
            "functools",
            Some(partialmethod),
        )),
    );
    for f in [
        &REDUCE,
        &WRAPS,
        &UPDATE_WRAPPER,
        &TOTAL_ORDERING,
        &CACHED_PROPERTY,
    ] {
        m.insert(Rc::from(f.name), Value::Builtin(f));
    }
    m
}

/// The class of the small callables this module hands out (decorators, generated methods).
fn function_class(vm: &Vm) -> ClassRef {
    vm.types.of_kind(TypeKind::BuiltinFunction)
}

// ----- reduce -----

static REDUCE: BuiltinFn = BuiltinFn {
    name: "reduce",
    call: reduce,
};

fn reduce(vm: &Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("reduce() takes no keyword arguments"));
    }
    positional(vm, "reduce", &args, 2, 3)?;
    let func = &args.pos[0];
    if !vm.is_iterable(&args.pos[1]) {
        return Err(vm.type_error("reduce() arg 2 must support iteration"));
    }
    let it = vm.iter(&args.pos[1])?;
    let mut acc = match args.pos.get(2) {
        Some(v) => v.clone(),
        None => match vm.next(&it)? {
            Some(v) => v,
            None => return Err(vm.type_error("reduce() of empty iterable with no initial value")),
        },
    };
    while let Some(v) = vm.next(&it)? {
        acc = vm.call(func, Args::new(vec![acc, v]))?;
    }
    Ok(acc)
}

// ----- partial -----

/// A `functools.partial` object.
struct Partial {
    class: ClassRef,
    bound: Bound,
}

/// What `partial` and `partialmethod` hold: a callable and the arguments
/// bound ahead of the call's own.
#[derive(Clone)]
struct Bound {
    func: Value,
    args: Vec<Value>,
    keywords: Vec<(Rc<str>, Value)>,
}

impl Bound {
    /// `func` with nothing bound yet.
    fn of(func: Value) -> Bound {
        Bound {
            func,
            args: Vec::new(),
            keywords: Vec::new(),
        }
    }

    /// These bindings followed by `pos` and `kw`.
    fn extended(
        mut self,
        pos: impl IntoIterator<Item = Value>,
        kw: Vec<(Rc<str>, Value)>,
    ) -> Bound {
        self.args.extend(pos);
        merge_keywords(&mut self.keywords, kw);
        self
    }

    /// `functools.<kind>(func, arg, ..., name=value, ...)`.
    fn repr(&self, vm: &Vm, kind: &str) -> PyResult<String> {
        let mut parts = vec![vm.repr(&self.func)?];
        for a in &self.args {
            parts.push(vm.repr(a)?);
        }
        for (k, v) in &self.keywords {
            parts.push(format!("{}={}", k, vm.repr(v)?));
        }
        Ok(format!("functools.{}({})", kind, parts.join(", ")))
    }

    /// The `func` and `args` attributes.
    fn get_attr(&self, name: &str) -> Option<Value> {
        match name {
            "func" => Some(self.func.clone()),
            "args" => Some(Value::tuple(self.args.clone())),
            _ => None,
        }
    }
}

fn partial(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    let mut pos = args.pos.into_iter();
    let Some(func) = pos.next() else {
        return Err(vm.type_error("type 'partial' takes at least one argument"));
    };
    if !is_callable(vm, &func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let bound = match native_ref::<Partial>(&func) {
        Some(inner) => inner.bound.clone(),
        None => Bound::of(func),
    };
    Ok(native(Partial {
        class: cls.clone(),
        bound: bound.extended(pos, args.kw),
    }))
}

/// Later keywords override earlier ones, keeping first-seen order.
fn merge_keywords(into: &mut Vec<(Rc<str>, Value)>, more: Vec<(Rc<str>, Value)>) {
    for (k, v) in more {
        match into.iter_mut().find(|(name, _)| *name == k) {
            Some(slot) => slot.1 = v,
            None => into.push((k, v)),
        }
    }
}

impl NativeObject for Partial {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, vm: &Vm, _this: &Value) -> PyResult<String> {
        self.bound.repr(vm, "partial")
    }
    fn get_attr(&self, vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        if name != "keywords" {
            return Ok(self.bound.get_attr(name));
        }
        let mut d = DictObj::new();
        for (k, v) in &self.bound.keywords {
            vm.dict_set(&mut d, Value::str(k), v.clone())?;
        }
        Ok(Some(Value::dict(d)))
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, vm: &Vm, _this: &Value, args: Args) -> Option<PyResult<Value>> {
        let call = self.bound.clone().extended(args.pos, args.kw);
        Some(vm.call(&call.func, Args::with_kw(call.args, call.keywords)))
    }
}

// ----- lru_cache -----

struct CacheStats {
    hits: i64,
    misses: i64,
}

/// What `lru_cache(...)` wraps a function into.
struct LruWrapper {
    class: ClassRef,
    func: Value,
    /// `None`: unbounded.
    maxsize: Option<usize>,
    typed: bool,
    cache: RefCell<DictObj>,
    stats: RefCell<CacheStats>,
}

/// `lru_cache(maxsize=128, typed=False)`, or `lru_cache(func)` directly.
fn lru_cache(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    let sig = Sig {
        name: "lru_cache",
        params: &["maxsize", "typed"],
        required: 0,
        kwonly: &[],
        method: false,
    };
    let mut slots = bind(vm, &sig, args)?.into_iter();
    let first = slots.next().flatten().unwrap_or(Value::Int(128));
    let typed = match slots.next().flatten() {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    if let Some(n) = small_int(&first) {
        return Ok(native(LruDecorator {
            class: function_class(vm),
            wrapper_class: cls.clone(),
            maxsize: Some(n.max(0) as usize),
            typed,
        }));
    }
    if first.is_none() {
        return Ok(native(LruDecorator {
            class: function_class(vm),
            wrapper_class: cls.clone(),
            maxsize: None,
            typed,
        }));
    }
    if is_callable(vm, &first) {
        return Ok(wrap(cls, first, Some(128), typed));
    }
    Err(vm.type_error("Expected first argument to be an integer, a callable, or None"))
}

/// `cache(func)`: an unbounded `lru_cache`.
fn cache(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    let sig = Sig {
        name: "cache",
        params: &["user_function"],
        required: 1,
        kwonly: &[],
        method: false,
    };
    let func = bind(vm, &sig, args)?
        .into_iter()
        .next()
        .flatten()
        .unwrap_or(Value::None);
    if !is_callable(vm, &func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    Ok(wrap(cls, func, None, false))
}

fn wrap(cls: &ClassRef, func: Value, maxsize: Option<usize>, typed: bool) -> Value {
    native(LruWrapper {
        class: cls.clone(),
        func,
        maxsize,
        typed,
        cache: RefCell::new(DictObj::new()),
        stats: RefCell::new(CacheStats { hits: 0, misses: 0 }),
    })
}

/// The decorator `lru_cache(maxsize)` returns.
struct LruDecorator {
    class: ClassRef,
    wrapper_class: ClassRef,
    maxsize: Option<usize>,
    typed: bool,
}

impl NativeObject for LruDecorator {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<function lru_cache.<locals>.decorating_function at {:#x}>",
            this.identity()
        ))
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, vm: &Vm, _this: &Value, args: Args) -> Option<PyResult<Value>> {
        let sig = Sig {
            name: "decorating_function",
            params: &["user_function"],
            required: 1,
            kwonly: &[],
            method: false,
        };
        let r = bind(vm, &sig, args).and_then(|slots| {
            let func = slots.into_iter().next().flatten().unwrap_or(Value::None);
            if !is_callable(vm, &func) {
                return Err(vm.type_error("the first argument must be callable"));
            }
            Ok(wrap(&self.wrapper_class, func, self.maxsize, self.typed))
        });
        Some(r)
    }
}

impl LruWrapper {
    /// The cache key of a call: positional args, then keyword pairs (and types when `typed`).
    fn key(&self, vm: &Vm, args: &Args) -> Value {
        let mut kw = Vec::with_capacity(args.kw.len() * 2);
        for (k, v) in &args.kw {
            kw.push(Value::str(k));
            kw.push(v.clone());
        }
        let mut parts = vec![Value::tuple(args.pos.clone()), Value::tuple(kw)];
        if self.typed {
            let types = args
                .pos
                .iter()
                .chain(args.kw.iter().map(|(_, v)| v))
                .map(|v| vm.type_of(v))
                .collect();
            parts.push(Value::tuple(types));
        }
        Value::tuple(parts)
    }

    fn cache_info(&self, vm: &Vm) -> PyResult<Value> {
        let info = match self.class.ns.borrow().get("__cache_info__") {
            Some(Value::Class(c)) => c.clone(),
            _ => return Err(vm.type_error("cache_info() is unavailable")),
        };
        let stats = self.stats.borrow();
        Ok(namedtuple::instance(
            &info,
            vec![
                Value::Int(stats.hits),
                Value::Int(stats.misses),
                self.maxsize.map_or(Value::None, |m| Value::Int(m as i64)),
                Value::Int(self.cache.borrow().len() as i64),
            ],
        ))
    }

    /// The cache slot holding `key`.
    fn find(&self, vm: &Vm, hash: u64, key: &Value) -> PyResult<Option<(usize, Value)>> {
        find_entry(vm, &self.cache, hash, key)
    }

    /// Stores `value` under `key`, replacing an equal key's value.
    fn store(&self, vm: &Vm, hash: u64, key: Value, value: Value) -> PyResult<()> {
        let found = self.find(vm, hash, &key)?;
        let mut cache = self.cache.borrow_mut();
        match found {
            Some((pos, k)) if cache.entry_at(pos).is_some_and(|e| e.key.is(&k)) => {
                cache.set_value_at(pos, value)
            }
            _ => {
                vm.check_alloc(crate::limits::estimate::dict_insert(cache.len()))?;
                cache.insert_new(hash, key, value);
            }
        }
        Ok(())
    }

    /// A call through the cache, probing it as CPython's C wrapper does.
    fn invoke(&self, vm: &Vm, args: Args) -> PyResult<Value> {
        if self.maxsize == Some(0) {
            self.stats.borrow_mut().misses += 1;
            return vm.call(&self.func, args);
        }
        let key = self.key(vm, &args);
        let hash = vm.hash(&key)?;
        if let Some((pos, k)) = self.find(vm, hash, &key)? {
            self.stats.borrow_mut().hits += 1;
            let mut cache = self.cache.borrow_mut();
            let value = cache.entry_at(pos).map(|e| e.value.clone());
            if self.maxsize.is_some() && cache.entry_at(pos).is_some_and(|e| e.key.is(&k)) {
                // Most recently used goes last.
                if let Some(e) = cache.remove_at(pos) {
                    cache.insert_new(e.hash, e.key, e.value);
                }
            }
            drop(cache);
            if let Some(value) = value {
                return Ok(value);
            }
        }
        self.stats.borrow_mut().misses += 1;
        let value = vm.call(&self.func, args)?;
        let Some(max) = self.maxsize else {
            self.store(vm, hash, key, value.clone())?;
            return Ok(value);
        };
        // The call may have cached this key itself (recursion).
        if self.find(vm, hash, &key)?.is_some() {
            return Ok(value);
        }
        self.store(vm, hash, key, value.clone())?;
        let mut cache = self.cache.borrow_mut();
        // Least recently used goes first.
        while cache.len() > max {
            match (0..cache.slots()).find(|&p| cache.entry_at(p).is_some()) {
                Some(p) => {
                    cache.remove_at(p);
                }
                None => break,
            }
        }
        Ok(value)
    }
}

impl NativeObject for LruWrapper {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<functools._lru_cache_wrapper object at {:#x}>",
            this.identity()
        ))
    }
    fn get_attr(&self, vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "__wrapped__" => Some(self.func.clone()),
            "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                Some(vm.get_attr(&self.func, name)?)
            }
            _ => None,
        })
    }
    fn has_method(&self, name: &str) -> bool {
        matches!(name, "cache_info" | "cache_clear" | "cache_parameters")
    }
    fn call_method(&self, vm: &Vm, _this: &Value, name: &str, args: Args) -> PyResult<Value> {
        crate::builtins::arity(vm, name, &args, 0, 0)?;
        match name {
            "cache_info" => self.cache_info(vm),
            "cache_clear" => {
                self.cache.borrow_mut().clear();
                *self.stats.borrow_mut() = CacheStats { hits: 0, misses: 0 };
                Ok(Value::None)
            }
            _ => {
                let mut d = DictObj::new();
                let max = self.maxsize.map_or(Value::None, |m| Value::Int(m as i64));
                vm.dict_set(&mut d, Value::str("maxsize"), max)?;
                vm.dict_set(&mut d, Value::str("typed"), Value::Bool(self.typed))?;
                Ok(Value::dict(d))
            }
        }
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn binds(&self) -> bool {
        true
    }
    fn call(&self, vm: &Vm, _this: &Value, args: Args) -> Option<PyResult<Value>> {
        Some(self.invoke(vm, args))
    }
}

// ----- cmp_to_key -----

/// The key function `cmp_to_key(mycmp)` returns.
struct KeyFactory {
    class: ClassRef,
    key_class: ClassRef,
    cmp: Value,
}

/// One wrapped value, ordered by `mycmp`.
struct KeyWrapper {
    class: ClassRef,
    cmp: Value,
    obj: Value,
}

fn cmp_to_key(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    let sig = CSig {
        name: "cmp_to_key",
        params: &["mycmp"],
        required: 1,
        positional: 1,
    };
    let cmp = bind_c(vm, &sig, args)?
        .into_iter()
        .next()
        .flatten()
        .unwrap_or(Value::None);
    Ok(native(KeyFactory {
        class: function_class(vm),
        key_class: cls.clone(),
        cmp,
    }))
}

impl NativeObject for KeyFactory {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<functools.KeyWrapper object at {:#x}>",
            this.identity()
        ))
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, vm: &Vm, _this: &Value, args: Args) -> Option<PyResult<Value>> {
        let sig = CSig {
            name: "K",
            params: &["obj"],
            required: 1,
            positional: 1,
        };
        let r = bind_c(vm, &sig, args).map(|slots| {
            native(KeyWrapper {
                class: self.key_class.clone(),
                cmp: self.cmp.clone(),
                obj: slots.into_iter().next().flatten().unwrap_or(Value::None),
            })
        });
        Some(r)
    }
}

impl KeyWrapper {
    fn cmp_with(&self, vm: &Vm, op: CmpOp, other: &Value) -> Option<PyResult<bool>> {
        let o = native_ref::<KeyWrapper>(other)?;
        let r = vm
            .call(&self.cmp, Args::new(vec![self.obj.clone(), o.obj.clone()]))
            .and_then(|r| vm.compare_truthy(op, &r, &Value::Int(0)));
        Some(r)
    }
}

impl NativeObject for KeyWrapper {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<functools.KeyWrapper object at {:#x}>",
            this.identity()
        ))
    }
    fn get_attr(&self, _vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok((name == "obj").then(|| self.obj.clone()))
    }
    fn eq(&self, vm: &Vm, other: &Value) -> Option<PyResult<bool>> {
        self.cmp_with(vm, CmpOp::Eq, other)
    }
    fn compare(&self, vm: &Vm, op: CmpOp, other: &Value) -> Option<PyResult<bool>> {
        self.cmp_with(vm, op, other)
    }
    fn hash(&self, vm: &Vm) -> Option<PyResult<u64>> {
        Some(Err(vm.type_error(crate::errors::unhashable(
            "functools.KeyWrapper",
        ))))
    }
}

// ----- wraps / update_wrapper -----

const WRAPPER_ASSIGNMENTS: &[&str] = &["__module__", "__name__", "__qualname__", "__doc__"];

static WRAPS: BuiltinFn = BuiltinFn {
    name: "wraps",
    call: wraps,
};

static UPDATE_WRAPPER: BuiltinFn = BuiltinFn {
    name: "update_wrapper",
    call: update_wrapper,
};

fn wraps(vm: &Vm, args: Args) -> PyResult<Value> {
    let sig = Sig {
        name: "wraps",
        params: &["wrapped", "assigned", "updated"],
        required: 1,
        kwonly: &[],
        method: false,
    };
    let wrapped = bind(vm, &sig, args)?
        .into_iter()
        .next()
        .flatten()
        .unwrap_or(Value::None);
    Ok(native(Wraps {
        class: function_class(vm),
        wrapped,
    }))
}

fn update_wrapper(vm: &Vm, args: Args) -> PyResult<Value> {
    let sig = Sig {
        name: "update_wrapper",
        params: &["wrapper", "wrapped", "assigned", "updated"],
        required: 2,
        kwonly: &[],
        method: false,
    };
    let mut slots = bind(vm, &sig, args)?.into_iter();
    let wrapper = slots.next().flatten().unwrap_or(Value::None);
    let wrapped = slots.next().flatten().unwrap_or(Value::None);
    copy_metadata(vm, &wrapper, &wrapped)?;
    Ok(wrapper)
}

/// Copies name, module, qualname and doc, and records `__wrapped__`.
fn copy_metadata(vm: &Vm, wrapper: &Value, wrapped: &Value) -> PyResult<()> {
    let ignore_attr_error = |r: PyResult<()>| match r {
        Err(e) if vm.caught(&e, "AttributeError") => Ok(()),
        other => other,
    };
    for name in WRAPPER_ASSIGNMENTS {
        match vm.get_attr(wrapped, name) {
            Ok(v) => ignore_attr_error(vm.set_attr(wrapper, name, v))?,
            Err(e) if vm.caught(&e, "AttributeError") => {}
            Err(e) => return Err(e),
        }
    }
    ignore_attr_error(vm.set_attr(wrapper, "__wrapped__", wrapped.clone()))
}

/// The decorator `wraps(f)` returns.
struct Wraps {
    class: ClassRef,
    wrapped: Value,
}

impl NativeObject for Wraps {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, vm: &Vm, _this: &Value) -> PyResult<String> {
        Ok(format!(
            "functools.partial(<function update_wrapper>, wrapped={})",
            vm.repr(&self.wrapped)?
        ))
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, vm: &Vm, _this: &Value, args: Args) -> Option<PyResult<Value>> {
        let r = (|| {
            positional(vm, "update_wrapper", &args, 1, 1)?;
            let wrapper = args.pos[0].clone();
            copy_metadata(vm, &wrapper, &self.wrapped)?;
            Ok(wrapper)
        })();
        Some(r)
    }
}

// ----- total_ordering -----

static TOTAL_ORDERING: BuiltinFn = BuiltinFn {
    name: "total_ordering",
    call: total_ordering,
};

/// For each root operation, the operations derived from it (CPython's `_convert`).
const CONVERT: &[(&str, [&str; 3])] = &[
    ("__lt__", ["__gt__", "__le__", "__ge__"]),
    ("__le__", ["__ge__", "__lt__", "__gt__"]),
    ("__gt__", ["__lt__", "__ge__", "__le__"]),
    ("__ge__", ["__le__", "__gt__", "__lt__"]),
];

fn total_ordering(vm: &Vm, args: Args) -> PyResult<Value> {
    let sig = Sig {
        name: "total_ordering",
        params: &["cls"],
        required: 1,
        kwonly: &[],
        method: false,
    };
    let cls = bind(vm, &sig, args)?
        .into_iter()
        .next()
        .flatten()
        .unwrap_or(Value::None);
    let Value::Class(c) = &cls else {
        return Err(vm.raise(
            "AttributeError",
            crate::errors::no_attribute(&vm.type_name(&cls), "__lt__"),
        ));
    };
    let defined: Vec<&str> = CONVERT
        .iter()
        .map(|(op, _)| *op)
        .filter(|op| {
            c.mro()
                .any(|k| !k.builtin && k.ns.borrow().contains_key(*op))
        })
        .collect();
    // CPython picks `max(roots)`: by name, `__lt__` > `__le__` > `__gt__` > `__ge__`.
    let Some(root) = defined.iter().max().copied() else {
        return Err(vm.value_error("must define at least one ordering operation: < > <= >="));
    };
    let derived = CONVERT
        .iter()
        .find(|(op, _)| *op == root)
        .map(|(_, d)| *d)
        .unwrap_or_default();
    for op in derived {
        if !defined.contains(&op) {
            c.ns.borrow_mut().insert(
                Rc::from(op),
                native(Derived {
                    class: function_class(vm),
                    root,
                    op,
                }),
            );
        }
    }
    Ok(cls)
}

/// A comparison method `total_ordering` derives from the class's root one.
struct Derived {
    class: ClassRef,
    root: &'static str,
    op: &'static str,
}

impl Derived {
    fn apply(&self, vm: &Vm, args: Args) -> PyResult<Value> {
        positional(vm, self.op, &args, 2, 2)?;
        let (this, other) = (&args.pos[0], &args.pos[1]);
        let root = vm
            .class_of(this)
            .lookup(self.root)
            .ok_or_else(|| vm.raise("AttributeError", self.root.to_string()))?;
        let r = vm.call(&root, Args::new(vec![this.clone(), other.clone()]))?;
        if matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
        let r = vm.truthy(&r)?;
        let equal = || vm.eq(this, other);
        let unequal = || vm.compare_truthy(CmpOp::Ne, this, other);
        // CPython's `_<op>_from_<root>` formulas.
        let out = match (self.root, self.op) {
            ("__lt__", "__gt__") | ("__gt__", "__lt__") => !r && unequal()?,
            ("__lt__", "__le__") | ("__gt__", "__ge__") => r || equal()?,
            ("__le__", "__ge__") | ("__ge__", "__le__") => !r || equal()?,
            ("__le__", "__lt__") | ("__ge__", "__gt__") => r && unequal()?,
            _ => !r,
        };
        Ok(Value::Bool(out))
    }
}

impl NativeObject for Derived {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<function _{}_from_{} at {:#x}>",
            self.op.trim_matches('_'),
            self.root.trim_matches('_'),
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
        Some(self.apply(vm, args))
    }
}

// ----- cached_property -----

static CACHED_PROPERTY: BuiltinFn = BuiltinFn {
    name: "cached_property",
    call: cached_property,
};

fn cached_property(vm: &Vm, args: Args) -> PyResult<Value> {
    let sig = Sig {
        name: "cached_property.__init__",
        params: &["func"],
        required: 1,
        kwonly: &[],
        method: true,
    };
    let func = bind(vm, &sig, args)?
        .into_iter()
        .next()
        .flatten()
        .unwrap_or(Value::None);
    let name: Rc<str> = match vm.get_attr(&func, "__name__")? {
        Value::Str(ref s) => Rc::from(s.as_str()),
        _ => Rc::from("<unknown>"),
    };
    let part = |role| {
        native(CachedAccess {
            class: function_class(vm),
            func: func.clone(),
            name: name.clone(),
            role,
        })
    };
    Ok(Value::Property(Rc::new(PropertyObj {
        getter: Some(part(Role::Get)),
        setter: Some(part(Role::Set)),
        deleter: Some(part(Role::Delete)),
    })))
}

#[derive(Clone, Copy, PartialEq)]
enum Role {
    Get,
    Set,
    Delete,
}

/// One accessor of a `cached_property`: the value lives in the instance's attributes.
struct CachedAccess {
    class: ClassRef,
    func: Value,
    name: Rc<str>,
    role: Role,
}

impl CachedAccess {
    fn access(&self, vm: &Vm, args: Args) -> PyResult<Value> {
        let Some(Value::Instance(inst)) = args.pos.first() else {
            return Err(vm.type_error(
                "Cannot use cached_property instance without calling __set_name__ on it.",
            ));
        };
        match self.role {
            Role::Get => {
                if let Some(v) = inst.attrs.borrow().get(&self.name) {
                    return Ok(v.clone());
                }
                let v = vm.call(&self.func, Args::new(vec![args.pos[0].clone()]))?;
                inst.attrs.borrow_mut().insert(self.name.clone(), v.clone());
                Ok(v)
            }
            Role::Set => {
                let v = args.pos.get(1).cloned().unwrap_or(Value::None);
                inst.attrs.borrow_mut().insert(self.name.clone(), v);
                Ok(Value::None)
            }
            Role::Delete => match inst.attrs.borrow_mut().shift_remove(&self.name) {
                Some(_) => Ok(Value::None),
                None => Err(vm.raise("AttributeError", self.name.to_string())),
            },
        }
    }
}

impl NativeObject for CachedAccess {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<functools.cached_property object at {:#x}>",
            this.identity()
        ))
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, vm: &Vm, _this: &Value, args: Args) -> Option<PyResult<Value>> {
        Some(self.access(vm, args))
    }
}

// ----- singledispatch -----

/// A generic function dispatching on the class of its first argument (or,
/// for `singledispatchmethod`, of the first argument after `self`).
struct Dispatcher {
    class: ClassRef,
    default: Value,
    registry: RefCell<Vec<(ClassRef, Value)>>,
    method: bool,
}

fn singledispatch(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    new_dispatcher(vm, cls, args, "singledispatch", false)
}

fn singledispatchmethod(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    new_dispatcher(vm, cls, args, "singledispatchmethod", true)
}

fn new_dispatcher(
    vm: &Vm,
    cls: &ClassRef,
    args: Args,
    name: &str,
    method: bool,
) -> PyResult<Value> {
    let sig = Sig {
        name,
        params: &["func"],
        required: 1,
        kwonly: &[],
        method: false,
    };
    let func = bind(vm, &sig, args)?
        .into_iter()
        .next()
        .flatten()
        .unwrap_or(Value::None);
    if method
        && !is_callable(vm, &func)
        && !matches!(func, Value::ClassMethod(_) | Value::StaticMethod(_))
    {
        return Err(vm.type_error(format!(
            "{} is not callable or a descriptor",
            vm.repr(&func)?
        )));
    }
    Ok(native(Dispatcher {
        class: cls.clone(),
        default: func.clone(),
        registry: RefCell::new(vec![(vm.types.object.clone(), func)]),
        method,
    }))
}

impl Dispatcher {
    /// The implementation for `cls`: the first class of its MRO with one.
    fn dispatch(&self, cls: &ClassRef) -> Value {
        let reg = self.registry.borrow();
        for c in cls.mro() {
            if let Some((_, f)) = reg.iter().find(|(k, _)| Rc::ptr_eq(k, c)) {
                return f.clone();
            }
        }
        self.default.clone()
    }

    fn add(&self, cls: ClassRef, func: Value) {
        let mut reg = self.registry.borrow_mut();
        match reg.iter_mut().find(|(k, _)| Rc::ptr_eq(k, &cls)) {
            Some(slot) => slot.1 = func,
            None => reg.push((cls, func)),
        }
    }

    /// `register(cls, func=None)`: a decorator when `func` is left out.
    fn register(&self, vm: &Vm, this: &Value, args: Args) -> PyResult<Value> {
        let sig = Sig {
            name: "register",
            params: &["cls", "func"],
            required: 1,
            kwonly: &[],
            method: false,
        };
        let s = bind(vm, &sig, args)?;
        let first = s[0].clone().unwrap_or(Value::None);
        match (&first, s[1].clone()) {
            (Value::Class(c), Some(func)) => {
                self.add(c.clone(), func.clone());
                Ok(func)
            }
            (Value::Class(c), None) => Ok(native(RegisterFor {
                class: function_class(vm),
                target: this.clone(),
                cls: c.clone(),
            })),
            (_, None) if is_callable(vm, &first) => {
                let ann = vm.get_attr(&first, "__annotations__").ok();
                let found = match &ann {
                    Some(Value::Dict(d)) => d
                        .borrow()
                        .items()
                        .into_iter()
                        .find(|(k, _)| !matches!(k, Value::Str(s) if s.as_str() == "return")),
                    _ => None,
                };
                match &found {
                    Some((_, Value::Class(c))) => {
                        self.add(c.clone(), first.clone());
                        Ok(first)
                    }
                    Some((k, v)) => Err(vm.type_error(format!(
                        "Invalid annotation for {}. {} is not a class.",
                        vm.repr(k)?,
                        vm.repr(v)?
                    ))),
                    None => Err(vm.type_error(format!(
                        "Invalid first argument to `register()`: {}. Use either \
                         `@register(some_class)` or plain `@register` on an annotated function.",
                        vm.repr(&first)?
                    ))),
                }
            }
            _ => Err(vm.type_error(format!(
                "Invalid first argument to `register()`: {}. Use either \
                 `@register(some_class)` or plain `@register` on an annotated function.",
                vm.repr(&first)?
            ))),
        }
    }

    fn invoke(&self, vm: &Vm, args: Args) -> PyResult<Value> {
        let at = self.method as usize;
        let Some(arg) = args.pos.get(at) else {
            let name = match &vm.get_attr(&self.default, "__name__") {
                Ok(Value::Str(s)) => s.as_str().to_string(),
                _ => "singledispatch function".into(),
            };
            return Err(vm.type_error(format!("{} requires at least 1 positional argument", name)));
        };
        let f = self.dispatch(&vm.class_of(arg));
        if self.method {
            // Class and static methods receive what their descriptor gives.
            let mut pos = args.pos;
            let callee = match &f {
                Value::StaticMethod(g) => {
                    pos.remove(0);
                    (**g).clone()
                }
                Value::ClassMethod(g) => {
                    pos[0] = Value::Class(vm.class_of(&pos[0]));
                    (**g).clone()
                }
                other => other.clone(),
            };
            return vm.call(&callee, Args::with_kw(pos, args.kw));
        }
        vm.call(&f, args)
    }
}

impl NativeObject for Dispatcher {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, vm: &Vm, this: &Value) -> PyResult<String> {
        if self.method {
            return Ok(format!(
                "<functools.singledispatchmethod object at {:#x}>",
                this.identity()
            ));
        }
        vm.repr(&self.default)
    }
    fn get_attr(&self, vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "registry" => {
                let mut d = DictObj::new();
                for (k, v) in self.registry.borrow().iter() {
                    vm.dict_set(&mut d, Value::Class(k.clone()), v.clone())?;
                }
                Some(Value::dict(d))
            }
            "__wrapped__" | "func" => Some(self.default.clone()),
            "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                Some(vm.get_attr(&self.default, name)?)
            }
            _ => None,
        })
    }
    fn has_method(&self, name: &str) -> bool {
        matches!(name, "register" | "dispatch")
    }
    fn call_method(&self, vm: &Vm, this: &Value, name: &str, args: Args) -> PyResult<Value> {
        match name {
            "register" => self.register(vm, this, args),
            _ => {
                let sig = Sig {
                    name: "dispatch",
                    params: &["cls"],
                    required: 1,
                    kwonly: &[],
                    method: false,
                };
                match &bind(vm, &sig, args)?.into_iter().next().flatten() {
                    Some(Value::Class(c)) => Ok(self.dispatch(c)),
                    Some(other) => {
                        Err(vm.type_error(format!("{} is not a class", vm.repr(other)?)))
                    }
                    None => Ok(Value::None),
                }
            }
        }
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn binds(&self) -> bool {
        self.method
    }
    fn call(&self, vm: &Vm, _this: &Value, args: Args) -> Option<PyResult<Value>> {
        Some(self.invoke(vm, args))
    }
}

/// What `f.register(cls)` returns: registers the function it decorates.
struct RegisterFor {
    class: ClassRef,
    target: Value,
    cls: ClassRef,
}

impl NativeObject for RegisterFor {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<function singledispatch.register.<locals>.<lambda> at {:#x}>",
            this.identity()
        ))
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, vm: &Vm, _this: &Value, args: Args) -> Option<PyResult<Value>> {
        let Some(d) = native_ref::<Dispatcher>(&self.target) else {
            return Some(Err(vm.type_error("register() target is not a dispatcher")));
        };
        let Some(func) = args.pos.into_iter().next() else {
            return Some(Err(vm.type_error(
                "register() missing 1 required positional argument: 'func'",
            )));
        };
        d.add(self.cls.clone(), func.clone());
        Some(Ok(func))
    }
}

// ----- partialmethod -----

/// `partialmethod(func, *args, **keywords)`: a method with arguments bound
/// after `self`.
struct PartialMethod {
    class: ClassRef,
    bound: Bound,
}

fn partialmethod(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    let mut pos = args.pos.into_iter();
    let Some(func) = pos.next() else {
        return Err(vm.type_error(
            "partialmethod.__init__() missing 1 required positional argument: 'func'",
        ));
    };
    if !is_callable(vm, &func) && !matches!(func, Value::ClassMethod(_) | Value::StaticMethod(_)) {
        return Err(vm.type_error(format!(
            "{} is not callable or a descriptor",
            vm.repr(&func)?
        )));
    }
    let bound = match native_ref::<PartialMethod>(&func) {
        Some(inner) => inner.bound.clone(),
        None => Bound::of(func),
    };
    Ok(native(PartialMethod {
        class: cls.clone(),
        bound: bound.extended(pos, args.kw),
    }))
}

impl NativeObject for PartialMethod {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, vm: &Vm, _this: &Value) -> PyResult<String> {
        self.bound.repr(vm, "partialmethod")
    }
    fn get_attr(&self, _vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(self.bound.get_attr(name))
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn binds(&self) -> bool {
        true
    }
    fn call(&self, vm: &Vm, _this: &Value, args: Args) -> Option<PyResult<Value>> {
        let mut incoming = args.pos.into_iter();
        let mut pos = Vec::new();
        let callee = match &self.bound.func {
            Value::StaticMethod(g) => {
                incoming.next();
                (**g).clone()
            }
            Value::ClassMethod(g) => {
                if let Some(this) = incoming.next() {
                    pos.push(Value::Class(vm.class_of(&this)));
                }
                (**g).clone()
            }
            other => {
                pos.extend(incoming.next());
                other.clone()
            }
        };
        pos.extend(self.bound.args.iter().cloned());
        pos.extend(incoming);
        let mut kw = self.bound.keywords.clone();
        merge_keywords(&mut kw, args.kw);
        Some(vm.call(&callee, Args::with_kw(pos, kw)))
    }
}
