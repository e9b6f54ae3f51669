//! Calls: binding arguments to parameters, user functions and generators,
//! builtin and native methods, tools, class instantiation and class creation.

use std::cell::RefCell;
use std::rc::Rc;

use super::{Args, Flow, Frame, PyResult, Unwind, Vm};
use crate::errors;
use crate::ir::{CallArgs, CodeNames, Elt, FunctionCode, Name, Param};
use crate::types::TypeKind;
use crate::value::{
    attr_index, BoundMethod, Class, ClassRef, DictObj, ExcData, FailedLookup, Function, Instance,
    MethodCache, SuperObj, Value,
};

impl Vm {
    /// Calls any callable value.
    pub fn call(&self, callee: &Value, args: Args) -> PyResult<Value> {
        match callee {
            Value::Function(func) => self.call_function(func, args),
            Value::Builtin(b) => {
                self.tick()?;
                (b.call)(self, args)
            }
            Value::BoundMethod(m) => {
                let mut pos = Vec::with_capacity(args.pos.len() + 1);
                pos.push(m.receiver.clone());
                pos.extend(args.pos);
                self.call(&m.func, Args { pos, kw: args.kw })
            }
            Value::NativeMethod(m) => {
                self.tick()?;
                crate::types::call_native(self, &m.receiver, &m.name, args)
            }
            Value::Class(c) => self.instantiate(c, args),
            Value::Instance(_) => match self.special_method(callee, "__call__") {
                Some(m) => self.call(&m, args),
                None => Err(self.type_error(errors::not_callable(&self.type_name(callee)))),
            },
            Value::Tool(t) => crate::tools::call_tool(self, t, args),
            Value::StaticMethod(f) => self.call(f, args),
            Value::Native(n) => match n.call(self, callee, args) {
                Some(r) => r,
                None => Err(self.type_error(errors::not_callable(&self.type_name(callee)))),
            },
            _ => Err(self.type_error(errors::not_callable(&self.type_name(callee)))),
        }
    }

    /// `callee(arg)`. A plain function of one parameter (a `key=` lambda, the
    /// function of `map` or `filter`) binds `arg` straight into its frame,
    /// with no argument list to build.
    pub fn call1(&self, callee: &Value, arg: Value) -> PyResult<Value> {
        if let Value::Function(func) = callee {
            let code = &func.code;
            if let (true, [param]) = (code.binds_directly, code.params.as_slice()) {
                self.tick()?;
                let mut frame = self.new_frame(code, &func.closure);
                self.store_param(&mut frame, param, arg);
                return self.run_frame(frame, code);
            }
        }
        self.call(callee, Args::new(vec![arg]))
    }

    /// `obj.name(args)` without building a bound method when avoidable.
    pub fn call_method(&self, receiver: &Value, name: &Rc<str>, args: Args) -> PyResult<Value> {
        match receiver {
            Value::Instance(inst) => {
                if let Some(func) = plain_method(inst, name) {
                    let mut pos = Vec::with_capacity(args.pos.len() + 1);
                    pos.push(receiver.clone());
                    pos.extend(args.pos);
                    return self.call_function(&func, Args { pos, kw: args.kw });
                }
                let m = self.get_attr(receiver, name)?;
                self.call(&m, args)
            }
            Value::Native(n) if n.has_method(name) => {
                self.tick()?;
                n.call_method(self, receiver, name, args)
            }
            Value::Native(n)
                if n.as_dict().is_some()
                    && crate::types::dict::METHODS.contains(&name.as_ref()) =>
            {
                let d = n.as_dict().unwrap_or_default();
                crate::types::dict::call(self, &d, name, args)
            }
            Value::Class(_)
            | Value::Module(_)
            | Value::Super(_)
            | Value::Function(_)
            | Value::Native(_) => {
                let m = self.get_attr(receiver, name)?;
                self.call(&m, args)
            }
            _ => match crate::types::methods::find(receiver, name) {
                Some(found) => {
                    self.tick()?;
                    crate::types::call_found(self, receiver, name, found, args)
                }
                None => {
                    let m = self.get_attr(receiver, name)?;
                    self.call(&m, args)
                }
            },
        }
    }

    /// Inline: every call passes here, and the check is a few compares.
    #[inline]
    pub fn enter_call(&self) -> PyResult<()> {
        let d = self.depth.get() + 1;
        if d > self.limits.max_recursion_depth {
            return Err(self.raise("RecursionError", "maximum recursion depth exceeded"));
        }
        self.check_stack()?;
        self.depth.set(d);
        Ok(())
    }

    #[inline]
    pub fn leave_call(&self) {
        self.depth.set(self.depth.get().saturating_sub(1));
    }

    pub fn call_function(&self, func: &Rc<Function>, args: Args) -> PyResult<Value> {
        self.tick()?;
        let code = &func.code;
        let mut frame = self.new_frame(code, &func.closure);
        self.bind_args(func, &mut frame, args)?;
        if code.is_generator {
            return self.new_generator(func.clone(), frame.locals, frame.cells);
        }
        self.run_frame(frame, code)
    }

    /// `f(a, b)` or `obj.m(a, b)` of a plain function that takes exactly these
    /// positional arguments: evaluates them straight into the new frame's
    /// slots, so the call builds no argument vector. The caller checks
    /// `takes_direct_call` first.
    pub fn call_direct(
        &self,
        caller: &mut Frame,
        func: &Rc<Function>,
        receiver: Option<Value>,
        call: &CallArgs,
    ) -> PyResult<Value> {
        let code = &func.code;
        let mut frame = self.new_frame(code, &func.closure);
        let mut params = code.params.iter();
        if let Some(r) = receiver {
            if let Some(p) = params.next() {
                self.store_param(&mut frame, p, r);
            }
        }
        for (p, arg) in params.zip(&call.args) {
            if let Elt::One(e) = arg {
                let v = self.eval(caller, e)?;
                self.store_param(&mut frame, p, v);
            }
        }
        self.tick()?;
        self.run_frame(frame, code)
    }

    /// Runs a bound frame's function body and returns its slots to the pool.
    /// Inline: its two callers then build the frame in place instead of moving it.
    #[inline(always)]
    fn run_frame(&self, mut frame: Frame, code: &FunctionCode) -> PyResult<Value> {
        self.enter_call()?;
        let r = self.exec_block(&mut frame, &code.body);
        self.leave_call();
        let r = match r {
            Ok(Flow::Return(v)) => Ok(v),
            Ok(_) => Ok(Value::None),
            Err(e) => {
                self.add_traceback(&e, &code.names, frame.line);
                Err(e)
            }
        };
        // Taken apart rather than dropped whole: the drop of a `Frame` is a
        // call. Its other fields drop here one by one.
        let Frame { locals, .. } = frame;
        self.recycle_locals(locals);
        r
    }

    /// Records that `e`, when it is a Python exception, passes out of a
    /// frame of `code`, at `line`.
    pub fn add_traceback(&self, e: &Unwind, code: &Rc<CodeNames>, line: u32) {
        if let Some(Value::Instance(i)) = e.exception() {
            if let Some(data) = &i.exc {
                let mut data = data.borrow_mut();
                if data.traceback.is_empty() {
                    if let Some(FailedLookup::Variable {
                        frame: frame @ None,
                        ..
                    }) = &mut data.lookup
                    {
                        *frame = Some(code.clone());
                    }
                }
                data.traceback.push((code.name.clone(), line));
            }
        }
    }

    /// Inline (always: the hint alone left it out of line): a call binds
    /// each argument through here.
    #[inline(always)]
    fn store_param(&self, frame: &mut Frame, p: &Param, v: Value) {
        match &p.slot {
            Name::Local(slot, _) => {
                if let Some(s) = frame.locals.get_mut(*slot as usize) {
                    *s = Some(v);
                }
            }
            Name::Cell(slot, _) => {
                if let Some(c) = frame.cells.get(*slot as usize) {
                    *c.borrow_mut() = Some(v);
                }
            }
            _ => {}
        }
    }

    /// Binds call arguments to a function's parameters, with CPython's errors.
    fn bind_args(&self, func: &Function, frame: &mut Frame, args: Args) -> PyResult<()> {
        let code = &func.code;
        let nparams = code.params.len();
        let fname = &code.qualname;
        let Args { pos, kw } = args;
        let given = pos.len();
        // Fast path: exactly the positional parameters, nothing else.
        if kw.is_empty()
            && given == nparams
            && code.varargs.is_none()
            && code.varkw.is_none()
            && code.kwonly.is_empty()
        {
            for (p, v) in code.params.iter().zip(pos) {
                self.store_param(frame, p, v);
            }
            return Ok(());
        }
        if given > nparams && code.varargs.is_none() {
            let min = nparams - func.defaults.len();
            let kw_given = kw
                .iter()
                .filter(|(k, _)| code.kwonly.iter().any(|p| &p.name == k))
                .count();
            return Err(self.type_error(errors::too_many_positional(
                fname, min, nparams, given, kw_given,
            )));
        }
        let mut slots: Vec<Option<Value>> = vec![None; nparams];
        let mut extra = Vec::new();
        for (i, v) in pos.into_iter().enumerate() {
            if i < nparams {
                slots[i] = Some(v);
            } else {
                extra.push(v);
            }
        }
        let mut kwonly: Vec<Option<Value>> = vec![None; code.kwonly.len()];
        let mut varkw = DictObj::new();
        let mut posonly_as_kw = Vec::new();
        for (name, v) in kw {
            if let Some(i) = code.params.iter().position(|p| p.name == name) {
                if i < code.posonly {
                    if code.varkw.is_some() {
                        self.dict_set(&mut varkw, Value::str(&name), v)?;
                    } else {
                        posonly_as_kw.push(name.to_string());
                    }
                    continue;
                }
                if slots[i].is_some() {
                    return Err(self.type_error(errors::multiple_values(fname, &name)));
                }
                slots[i] = Some(v);
            } else if let Some(i) = code.kwonly.iter().position(|p| p.name == name) {
                kwonly[i] = Some(v);
            } else if code.varkw.is_some() {
                self.dict_set(&mut varkw, Value::str(&name), v)?;
            } else {
                return Err(self.type_error(errors::unexpected_keyword(fname, &name)));
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(errors::positional_only_as_keyword(fname, &posonly_as_kw)));
        }
        let first_default = nparams - func.defaults.len();
        let mut missing = Vec::new();
        for (i, slot) in slots.iter_mut().enumerate() {
            if slot.is_none() {
                if i >= first_default {
                    *slot = func.defaults.get(i - first_default).cloned();
                } else {
                    missing.push(code.params[i].name.to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(errors::missing_args(fname, &missing, "positional")));
        }
        let mut missing_kw = Vec::new();
        for (i, slot) in kwonly.iter_mut().enumerate() {
            if slot.is_none() {
                match func.kw_defaults.get(i).cloned().flatten() {
                    Some(d) => *slot = Some(d),
                    None => missing_kw.push(code.kwonly[i].name.to_string()),
                }
            }
        }
        if !missing_kw.is_empty() {
            return Err(self.type_error(errors::missing_args(fname, &missing_kw, "keyword-only")));
        }
        for (p, v) in code.params.iter().zip(slots) {
            if let Some(v) = v {
                self.store_param(frame, p, v);
            }
        }
        for (p, v) in code.kwonly.iter().zip(kwonly) {
            if let Some(v) = v {
                self.store_param(frame, p, v);
            }
        }
        if let Some(p) = &code.varargs {
            self.store_param(frame, p, Value::tuple(extra));
        }
        if let Some(p) = &code.varkw {
            self.store_param(frame, p, Value::dict(varkw));
        }
        Ok(())
    }

    /// `Cls(args)`: builtin constructors, or a new instance and its `__init__`.
    pub fn instantiate(&self, cls: &ClassRef, args: Args) -> PyResult<Value> {
        if let Some(construct) = cls.constructor {
            return construct(self, cls, args);
        }
        // A module's stand-in for a metaclass `__call__` (calling an enum class looks a member up).
        if !cls.builtin {
            if let Some(hook) = cls.lookup("__class_call__") {
                let mut pos = Vec::with_capacity(args.pos.len() + 1);
                pos.push(Value::Class(cls.clone()));
                pos.extend(args.pos);
                return self.call(&hook, Args { pos, kw: args.kw });
            }
        }
        if cls.builtin && cls.kind != TypeKind::BaseException {
            return crate::builtins::construct(self, cls, args);
        }
        if let Some(new) = cls.lookup("__new__") {
            if let Value::StaticMethod(_) | Value::Function(_) = new {
                let mut pos = vec![Value::Class(cls.clone())];
                pos.extend(args.pos.iter().cloned());
                let func = match new {
                    Value::StaticMethod(ref f) => (**f).clone(),
                    other => other,
                };
                let obj = self.call(&func, Args::with_kw(pos, args.kw.clone()))?;
                if let Value::Instance(i) = &obj {
                    if i.class.is_subclass(cls) {
                        self.run_init(cls, &obj, args)?;
                    }
                }
                return Ok(obj);
            }
        }
        let obj = self.new_instance(cls, &args.pos);
        self.run_init(cls, &obj, args)?;
        Ok(obj)
    }

    /// A bare instance of a user class (what `object.__new__(cls)` gives).
    pub fn new_instance(&self, cls: &ClassRef, args: &[Value]) -> Value {
        let exc = if cls.is_exception() {
            Some(RefCell::new(ExcData {
                args: args.to_vec(),
                ..ExcData::default()
            }))
        } else {
            None
        };
        Value::Instance(Rc::new(Instance {
            class: cls.clone(),
            attrs: RefCell::new(crate::value::AttrMap::default()),
            exc,
        }))
    }

    fn run_init(&self, cls: &ClassRef, obj: &Value, args: Args) -> PyResult<()> {
        match cls.lookup("__init__") {
            Some(init)
                if matches!(&init, Value::Function(_))
                    || matches!(&init, Value::Native(n) if n.binds()) =>
            {
                let mut pos = Vec::with_capacity(args.pos.len() + 1);
                pos.push(obj.clone());
                pos.extend(args.pos);
                let r = self.call(&init, Args { pos, kw: args.kw })?;
                if !r.is_none() {
                    return Err(self.type_error(format!(
                        "__init__() should return None, not '{}'",
                        self.type_name(&r)
                    )));
                }
                Ok(())
            }
            Some(other) => {
                self.call(&other, args)?;
                Ok(())
            }
            None => {
                if cls.is_exception() {
                    return Ok(());
                }
                if !args.pos.is_empty() || !args.kw.is_empty() {
                    if cls.lookup("__new__").is_some() {
                        return Ok(());
                    }
                    return Err(self.type_error(format!("{}() takes no arguments", cls.name)));
                }
                Ok(())
            }
        }
    }

    /// Creates a class from its evaluated bases and body namespace.
    pub fn build_class(
        &self,
        name: Rc<str>,
        qualname: Rc<str>,
        bases: Vec<Value>,
        ns: crate::value::AttrMap,
    ) -> PyResult<Value> {
        // A builtin type may be mixed into a class whose instances a module makes (`class C(str, Enum)`).
        let mixin_allowed = bases.iter().any(
            |b| matches!(b, Value::Class(o) if !o.builtin && o.lookup("__class_call__").is_some()),
        );
        let mut base_classes = Vec::new();
        for b in bases {
            match b {
                Value::Class(ref c) => {
                    if c.builtin
                        && !matches!(c.kind, TypeKind::Object | TypeKind::BaseException)
                        && !mixin_allowed
                    {
                        // Types CPython itself refuses as bases say so in its words.
                        const FINAL: [&str; 7] = [
                            "bool",
                            "range",
                            "slice",
                            "NoneType",
                            "function",
                            "builtin_function_or_method",
                            "generator",
                        ];
                        if FINAL.contains(&&*c.name) {
                            return Err(self.type_error(errors::not_acceptable_base(&c.name)));
                        }
                        return Err(self.type_error(format!(
                            "subclassing the builtin type '{}' is not supported in codeact",
                            c.name
                        )));
                    }
                    base_classes.push(c.clone())
                }
                other => {
                    return Err(self.type_error(format!(
                        "bases must be types, not {}",
                        self.type_name(&other)
                    )))
                }
            }
        }
        if base_classes.is_empty() {
            base_classes.push(self.types.object.clone());
        }
        // The MRO copies every ancestor: a chain of n classes holds n^2/2 entries.
        let ancestors: usize = base_classes.iter().map(|b| b.mro_tail.len() + 1).sum();
        self.check_alloc(crate::limits::estimate::list(ancestors))?;
        for (i, b) in base_classes.iter().enumerate() {
            if base_classes[..i].iter().any(|o| Rc::ptr_eq(o, b)) {
                return Err(self.type_error(format!("duplicate base class {}", b.name)));
            }
        }
        let mro_tail = match c3_merge(&base_classes) {
            Some(m) => m,
            None => {
                let names: Vec<&str> = base_classes.iter().map(|c| c.name.as_ref()).collect();
                return Err(self.type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            }
        };
        let mut ns = ns;
        if ns.contains_key("__eq__") && !ns.contains_key("__hash__") {
            ns.insert(Rc::from("__hash__"), Value::None);
        }
        let kind = if mro_tail.iter().any(|c| c.kind == TypeKind::BaseException) {
            TypeKind::BaseException
        } else {
            TypeKind::Object
        };
        crate::value::charge(crate::limits::estimate::list(mro_tail.len()));
        Ok(Value::Class(Rc::new(Class {
            name,
            qualname,
            module: Rc::from("__main__"),
            bases: base_classes,
            mro_tail,
            ns: crate::value::Namespace::new(ns),
            traits: Default::default(),
            kind,
            builtin: false,
            constructor: None,
        })))
    }

    pub fn make_super(&self, class: Value, this: Value) -> PyResult<Value> {
        match class {
            Value::Class(ref c) => Ok(Value::Super(Rc::new(SuperObj {
                start_after: c.clone(),
                this,
            }))),
            _ => Err(self.raise("RuntimeError", "super(): __class__ cell not found")),
        }
    }

    /// Binds a function found on a class to the receiver.
    pub fn bind(&self, func: Value, receiver: &Value) -> Value {
        Value::BoundMethod(Rc::new(BoundMethod {
            receiver: receiver.clone(),
            func,
        }))
    }
}

/// C3 linearisation of the bases' MROs (the class itself excluded).
/// The function `inst.name` names when it is a plain method of the class
/// (not shadowed by an instance attribute): callable with `inst` prepended,
/// without building a bound method.
pub fn plain_method(inst: &Instance, name: &str) -> Option<Rc<Function>> {
    if attr_index(&inst.attrs.borrow(), name).is_some() {
        return None;
    }
    class_function(&inst.class, name)
}

/// `plain_method` for a call site, whose `cache` remembers the answer for
/// the last class it saw.
pub fn site_method(inst: &Instance, name: &str, cache: &MethodCache) -> Option<Rc<Function>> {
    if attr_index(&inst.attrs.borrow(), name).is_some() {
        return None;
    }
    if let Some(func) = cache.get(&inst.class) {
        return Some(func);
    }
    let func = class_function(&inst.class, name)?;
    cache.set(&inst.class, &func);
    Some(func)
}

/// The plain function `name` resolves to in `class`'s MRO, if it is one.
fn class_function(class: &ClassRef, name: &str) -> Option<Rc<Function>> {
    // Cloning only the function.
    class
        .lookup_with(name, |v| match v {
            Value::Function(func) => Some(func.clone()),
            _ => None,
        })
        .flatten()
}

/// Whether `call` can bind straight into `func`'s frame: plain positional
/// arguments (plus `receiver_slots` bound first), exactly as many as the
/// function's positional parameters, and a function that is not a generator.
pub fn takes_direct_call(func: &Function, call: &CallArgs, receiver_slots: usize) -> bool {
    let code = &func.code;
    code.binds_directly
        && call.simple
        && call.keywords.is_empty()
        && code.params.len() == call.args.len() + receiver_slots
}

/// The C3 linearization of `bases` (the MRO after the class itself); `None`
/// when none exists.
fn c3_merge(bases: &[ClassRef]) -> Option<Vec<ClassRef>> {
    // One base: the merge is that base's MRO. Taken straight, a chain of n
    // classes costs O(n) per class instead of the merge's O(n^2).
    if let [base] = bases {
        return Some(base.mro().cloned().collect());
    }
    let mut seqs: Vec<Vec<ClassRef>> = bases.iter().map(|b| b.mro().cloned().collect()).collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let candidate = seqs
            .iter()
            .map(|s| s[0].clone())
            .find(|c| !seqs.iter().any(|s| s[1..].iter().any(|x| Rc::ptr_eq(x, c))))?;
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &candidate) {
                s.remove(0);
            }
        }
        out.push(candidate);
    }
}
