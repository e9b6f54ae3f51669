//! Expressions: operators, literals, comprehensions, f-strings, calls' argument
//! evaluation, and function creation.

use std::rc::Rc;

use super::call::{site_method, takes_direct_call};
use super::ops::small_int_op;
use super::{Args, Frame, PyResult, Vm};
use crate::ir::*;
use crate::value::{DictObj, Function, SetObj, SliceObj, Value};

impl Vm {
    /// Evaluates an expression. The common node kinds are handled here with
    /// fast paths for small ints; the rest live in `eval_rest`, which keeps
    /// this function's stack frame small for deep recursion.
    #[inline]
    pub fn eval(&self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        self.tick()?;
        match e {
            Expr::Const(v) => Ok(v.clone()),
            Expr::Load(n) => {
                // A bound local, the most common load, without the call to `load_name`.
                if let Name::Local(slot, _) = n {
                    if let Some(Some(v)) = f.locals.get(*slot as usize) {
                        return Ok(v.clone());
                    }
                }
                self.load_name(f, n)
            }
            Expr::BinOp(op, l, r) => {
                if let (Some(a), Some(b)) = (leaf(f, l), leaf(f, r)) {
                    self.tick_n(2)?;
                    return self.binary_op(*op, a, b);
                }
                self.eval_binop(f, *op, l, r)
            }
            Expr::Compare(left, rest) if rest.len() == 1 => {
                let (op, right) = &rest[0];
                if let (Some(a), Some(b)) = (leaf(f, left), leaf(f, right)) {
                    self.tick_n(2)?;
                    if let Some(r) = int_compare(*op, a, b) {
                        return Ok(Value::Bool(r));
                    }
                    return self.compare_value(*op, a, b);
                }
                let a = self.eval(f, left)?;
                let b = self.eval(f, right)?;
                if let Some(r) = int_compare(*op, &a, &b) {
                    return Ok(Value::Bool(r));
                }
                self.compare_value(*op, &a, &b)
            }
            Expr::Attr(obj, name) => {
                if let Some(o) = leaf(f, obj) {
                    self.tick()?;
                    return self.get_attr(o, name);
                }
                let o = self.eval(f, obj)?;
                self.get_attr(&o, name)
            }
            Expr::Subscript(obj, index) => {
                if let (Some(o), Some(i)) = (leaf(f, obj), leaf(f, index)) {
                    self.tick_n(2)?;
                    return self.subscript(o, i);
                }
                let o = self.eval(f, obj)?;
                if let Some(i) = leaf(f, index) {
                    self.tick()?;
                    return self.subscript(&o, i);
                }
                let i = self.eval(f, index)?;
                self.subscript(&o, &i)
            }
            Expr::Call(func, args) => self.eval_call(f, func, args),
            Expr::MethodCall(obj, name, args) => self.eval_method_call(f, obj, name, args),
            Expr::IfExp(test, body, orelse) => {
                if self.eval_test(f, test)? {
                    self.eval(f, body)
                } else {
                    self.eval(f, orelse)
                }
            }
            _ => self.eval_rest(f, e),
        }
    }

    /// Evaluates a condition to its truth. A comparison of two small-int
    /// terms (`i < n`, `x % 2 == 0`) builds no value to test and drop.
    #[inline]
    pub fn eval_test(&self, f: &mut Frame, e: &Expr) -> PyResult<bool> {
        if let Expr::Compare(left, rest) = e {
            if let [(op, right)] = rest.as_slice() {
                if let (Some((a, na)), Some((b, nb))) =
                    (self.int_term(f, left), self.int_term(f, right))
                {
                    if let Some(r) = small_int_compare(*op, a, b) {
                        self.tick_n(1 + na + nb)?;
                        return Ok(r);
                    }
                }
            }
        }
        self.eval_test_slow(f, e)
    }

    /// The rest of `eval_test`, out of line so that the small-int
    /// comparison above pays for no large stack frame.
    #[inline(never)]
    fn eval_test_slow(&self, f: &mut Frame, e: &Expr) -> PyResult<bool> {
        match e {
            // `k in d`, `x is None`, `s == t`: the truth of the comparison,
            // without a `bool` object to ask it of.
            Expr::Compare(left, rest) if rest.len() == 1 => {
                let (op, right) = &rest[0];
                if let (Some(a), Some(b)) = (leaf(f, left), leaf(f, right)) {
                    self.tick_n(2)?;
                    return self.test_compare(*op, a, b);
                }
                let a = self.eval(f, left)?;
                let b = self.eval(f, right)?;
                self.test_compare(*op, &a, &b)
            }
            // The truth of `a and b` is the truth of the operand it stops at,
            // asked once, as CPython's jumps ask it.
            Expr::And(values) => {
                self.tick()?;
                for v in values {
                    if !self.eval_test(f, v)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            Expr::Or(values) => {
                self.tick()?;
                for v in values {
                    if self.eval_test(f, v)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => {
                let v = self.eval(f, e)?;
                self.truthy(&v)
            }
        }
    }

    /// The truth of `a op b`. `==` and `!=` with an instance operand take the
    /// operator's protocol in operand order (a subclass's reflected method
    /// first), then ask the truth of whatever it returned; `compare_truthy`'s
    /// `eq()`, which module code shares, asks a native operand first.
    fn test_compare(&self, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
        if matches!(op, CmpOp::Eq | CmpOp::Ne)
            && (matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)))
        {
            let r = self.compare_value(op, a, b)?;
            return self.truthy(&r);
        }
        self.compare_truthy(op, a, b)
    }

    /// A binary operation whose operands are not both leaves. Out of line,
    /// so that `eval` stays small.
    #[inline(never)]
    fn eval_binop(&self, f: &mut Frame, op: BinOp, l: &Expr, r: &Expr) -> PyResult<Value> {
        // Small-int terms, module globals among them (module-level code keeps
        // its variables there), are worked out without building values.
        if let (Some((a, na)), Some((b, nb))) = (self.int_term(f, l), self.int_term(f, r)) {
            if let Some(v) = small_int_op(op, a, b) {
                self.tick_n(na + nb)?;
                return Ok(Value::Int(v));
            }
        }
        let a = self.eval(f, l)?;
        if let Some(b) = leaf(f, r) {
            self.tick()?;
            let v = self.binary_op(op, &a, b);
            a.discard();
            return v;
        }
        let b = self.eval(f, r)?;
        let v = self.binary_op(op, &a, &b);
        a.discard();
        b.discard();
        v
    }

    /// A small-int operand worked out in place: an int leaf, or one small-int
    /// operation on two (`i % 2`, `x * 31`). With the IR nodes it stands for,
    /// which the caller counts as operations.
    #[inline(always)]
    fn int_term(&self, f: &Frame, e: &Expr) -> Option<(i64, u64)> {
        if let Expr::BinOp(op, l, r) = e {
            let v = small_int_op(*op, self.int_leaf(f, l)?, self.int_leaf(f, r)?)?;
            return Some((v, 3));
        }
        Some((self.int_leaf(f, e)?, 1))
    }

    /// An int operand read in place: a constant, or a local or module global
    /// bound to a small int. Nothing is cloned, and no borrow outlives the read.
    #[inline(always)]
    fn int_leaf(&self, f: &Frame, e: &Expr) -> Option<i64> {
        match e {
            Expr::Const(Value::Int(i)) => Some(*i),
            Expr::Load(Name::Local(slot, _)) => match f.locals.get(*slot as usize) {
                Some(Some(Value::Int(i))) => Some(*i),
                _ => None,
            },
            Expr::Load(Name::Global(slot, _)) => self.global_int(*slot),
            _ => None,
        }
    }

    #[inline(never)]
    fn eval_rest(&self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        match e {
            Expr::Const(v) => Ok(v.clone()),
            Expr::Load(n) => self.load_name(f, n),
            Expr::BinOp(op, l, r) => {
                let a = self.eval(f, l)?;
                let b = self.eval(f, r)?;
                self.binary_op(*op, &a, &b)
            }
            Expr::Unary(op, operand) => {
                let v = self.eval(f, operand)?;
                self.unary_op(*op, &v)
            }
            // The last operand is returned as is: its truth is never asked.
            Expr::And(values) => {
                let (last, init) = values.split_last().expect("and has operands");
                for v in init {
                    let v = self.eval(f, v)?;
                    if !self.truthy(&v)? {
                        return Ok(v);
                    }
                }
                self.eval(f, last)
            }
            Expr::Or(values) => {
                let (last, init) = values.split_last().expect("or has operands");
                for v in init {
                    let v = self.eval(f, v)?;
                    if self.truthy(&v)? {
                        return Ok(v);
                    }
                }
                self.eval(f, last)
            }
            // A chain stops at the first false link and yields that link's
            // value (a rich comparison may return any object).
            Expr::Compare(left, rest) => {
                let mut a = self.eval(f, left)?;
                let n = rest.len();
                for (i, (op, right)) in rest.iter().enumerate() {
                    let b = self.eval(f, right)?;
                    let r = self.compare_value(*op, &a, &b)?;
                    if i + 1 == n {
                        return Ok(r);
                    }
                    if !self.truthy(&r)? {
                        return Ok(r);
                    }
                    a = b;
                }
                Ok(Value::Bool(true))
            }
            Expr::IfExp(test, body, orelse) => {
                if self.eval_test(f, test)? {
                    self.eval(f, body)
                } else {
                    self.eval(f, orelse)
                }
            }
            Expr::Walrus(name, value) => {
                let v = self.eval(f, value)?;
                self.store_name(f, name, v.clone())?;
                Ok(v)
            }
            Expr::Call(func, args) => self.eval_call(f, func, args),
            Expr::MethodCall(obj, name, args) => self.eval_method_call(f, obj, name, args),
            Expr::SuperCall(class_cell, this) => {
                let class = self.load_name(f, class_cell)?;
                let this = self.load_name(f, this)?;
                self.make_super(class, this)
            }
            Expr::DirCall(callee, variables) => {
                let dir = self.eval(f, callee)?;
                if !matches!(dir, Value::Builtin(b) if std::ptr::eq(b, &crate::builtins::DIR)) {
                    return self.call(&dir, Args::default());
                }
                self.tick()?;
                let bound = variables.iter().filter_map(|variable| match variable {
                    Name::Local(i, name) => {
                        matches!(f.locals.get(*i as usize), Some(Some(_))).then_some(name)
                    }
                    Name::Cell(i, name) => f
                        .cells
                        .get(*i as usize)
                        .is_some_and(|c| c.borrow().is_some())
                        .then_some(name),
                    _ => None,
                });
                Ok(Value::list(bound.map(|name| Value::str(name)).collect()))
            }
            Expr::Attr(obj, name) => {
                let o = self.eval(f, obj)?;
                self.get_attr(&o, name)
            }
            Expr::Subscript(obj, index) => {
                let o = self.eval(f, obj)?;
                let i = self.eval(f, index)?;
                self.get_item(&o, &i)
            }
            Expr::Slice(lo, hi, step) => {
                let mut part = |p: &Option<Box<Expr>>| -> PyResult<Value> {
                    match p {
                        Some(e) => self.eval(f, e),
                        None => Ok(Value::None),
                    }
                };
                let start = part(lo)?;
                let stop = part(hi)?;
                let step = part(step)?;
                Ok(Value::Slice(Rc::new(SliceObj { start, stop, step })))
            }
            Expr::List(elts) => Ok(Value::list(self.eval_elts(f, elts, None)?)),
            Expr::Tuple(elts) => Ok(Value::tuple(self.eval_elts(f, elts, None)?)),
            Expr::Set(elts) => {
                let mut items = Vec::new();
                for e in elts {
                    match e {
                        Elt::One(x) => items.push(self.eval(f, x)?),
                        Elt::Star(x) => {
                            let v = self.eval(f, x)?;
                            self.extend_from_iterable(&mut items, &v)?;
                        }
                    }
                }
                let mut set = SetObj::new();
                for item in items {
                    self.set_add(&mut set, item)?;
                }
                // CPython folds a display of three or more constants into a
                // frozenset and merges it into the new set: mirror the layout.
                if elts.len() > 2 && elts.iter().all(|e| matches!(e, Elt::One(Expr::Const(_)))) {
                    let mut merged = SetObj::new();
                    merged.copy_from(&set);
                    set = merged;
                }
                Ok(Value::Set(Rc::new(std::cell::RefCell::new(set))))
            }
            Expr::Dict(items) => {
                let mut d = DictObj::with_capacity(items.len());
                for item in items {
                    match item {
                        DictItem::Pair(k, v) => {
                            let k = self.eval(f, k)?;
                            let v = self.eval(f, v)?;
                            self.dict_set(&mut d, k, v)?;
                        }
                        DictItem::Spread(m) => {
                            let m = self.eval(f, m)?;
                            if !self.is_mapping(&m) {
                                return Err(self.type_error(format!(
                                    "'{}' object is not a mapping",
                                    self.type_name(&m)
                                )));
                            }
                            for (k, v) in self.mapping_items(&m)? {
                                self.dict_set(&mut d, k, v)?;
                            }
                        }
                    }
                }
                Ok(Value::dict(d))
            }
            Expr::Comprehension(c) => self.eval_comprehension(f, c),
            Expr::Function(make) => self.make_function(f, make),
            Expr::FString(parts) => Ok(Value::string(self.eval_fstring(f, parts)?)),
            Expr::Yield(value) => {
                let v = match value {
                    Some(e) => self.eval(f, e)?,
                    None => Value::None,
                };
                self.yield_value(f, v)
            }
            Expr::YieldFrom(inner) => {
                let v = self.eval(f, inner)?;
                self.yield_from(f, v)
            }
        }
    }

    /// Evaluates display or argument items; `star_owner` names the callee in
    /// CPython's error for a non-iterable `*x` (`None` for list/tuple displays).
    pub fn eval_elts(
        &self,
        f: &mut Frame,
        elts: &[Elt],
        star_owner: Option<&str>,
    ) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(elts.len());
        for e in elts {
            match e {
                Elt::One(x) => out.push(self.eval(f, x)?),
                Elt::Star(x) => {
                    let v = self.eval(f, x)?;
                    if !self.is_iterable(&v) {
                        let t = self.type_name(&v);
                        return Err(self.type_error(match star_owner {
                            Some(name) => format!(
                                "{}() argument after * must be an iterable, not {}",
                                name, t
                            ),
                            None => format!("Value after * must be an iterable, not {}", t),
                        }));
                    }
                    self.extend_from_iterable(&mut out, &v)?;
                }
            }
        }
        Ok(out)
    }

    /// How CPython names a callee in argument errors.
    pub fn callable_name(&self, callee: &Value) -> String {
        match callee {
            Value::Function(func) => format!("__main__.{}", func.code.qualname),
            Value::BoundMethod(m) => self.callable_name(&m.func),
            Value::Builtin(b) => b.name.to_string(),
            Value::Class(c) if !c.builtin => format!("__main__.{}", c.qualname),
            Value::Class(c) => c.name.to_string(),
            Value::NativeMethod(m) => m.name.to_string(),
            other => self.type_name(other),
        }
    }

    fn eval_call(&self, f: &mut Frame, func: &Expr, args: &CallArgs) -> PyResult<Value> {
        // A module-level function called by name: its `Rc` is taken straight
        // from the global slot, without a `Value` to clone and drop.
        if let Expr::Load(Name::Global(slot, _)) = func {
            if let Some(func) = self.global_function(*slot) {
                self.tick()?;
                if takes_direct_call(&func, args, 0) {
                    return self.call_direct(f, &func, None, args);
                }
                let callee = Value::Function(func);
                let args = self.eval_args(f, args, &callee)?;
                return self.call(&callee, args);
            }
            // `len(x)`, `str(x)`, `int(x)`, `float(x)`: no argument list.
            if let ([Elt::One(arg)], []) = (args.args.as_slice(), args.keywords.as_slice()) {
                if let Some(conversion) = self.global_conversion(*slot) {
                    let v = self.eval(f, arg)?;
                    self.tick()?;
                    return conversion.apply(self, v);
                }
            }
        }
        let callee = self.eval(f, func)?;
        if let Value::Function(func) = &callee {
            if takes_direct_call(func, args, 0) {
                return self.call_direct(f, func, None, args);
            }
        }
        let args = self.eval_args(f, args, &callee)?;
        self.call(&callee, args)
    }

    fn eval_method_call(
        &self,
        f: &mut Frame,
        obj: &Expr,
        name: &Rc<str>,
        args: &CallArgs,
    ) -> PyResult<Value> {
        let receiver = self.eval(f, obj)?;
        let direct = match &receiver {
            Value::Instance(inst) => site_method(inst, name, &args.method_cache)
                .filter(|func| takes_direct_call(func, args, 1)),
            _ => None,
        };
        if let Some(func) = direct {
            return self.call_direct(f, &func, Some(receiver), args);
        }
        if let Some(r) = self.common_method(f, &receiver, name, args) {
            return r;
        }
        let args = if args.simple {
            self.eval_args(f, args, &receiver)?
        } else {
            // Errors in `*`/`**` arguments name the method (`__main__.C.m()`).
            let method = match &receiver {
                Value::Instance(i) => i.class.lookup(name),
                Value::Class(c) => c.lookup(name).map(|v| match &v {
                    Value::StaticMethod(f) | Value::ClassMethod(f) => (**f).clone(),
                    _ => v.clone(),
                }),
                _ => None,
            };
            self.eval_args(f, args, method.as_ref().unwrap_or(&receiver))?
        };
        self.call_method(&receiver, name, args)
    }

    /// `xs.append(x)`, `d.get(k)` and `d.get(k, default)` on a list or a
    /// dict, the commonest method calls of agent code: run without an
    /// argument list or a lookup of the method by name. `None` for any other call.
    fn common_method(
        &self,
        f: &mut Frame,
        receiver: &Value,
        name: &str,
        args: &CallArgs,
    ) -> Option<PyResult<Value>> {
        if !args.keywords.is_empty() {
            return None;
        }
        Some(match (receiver, name, args.args.as_slice()) {
            (Value::List(l), "append", [Elt::One(x)]) => self.list_append(f, l, x),
            (Value::Dict(d), "get", [Elt::One(key)]) => self.dict_get_or(f, d, key, None),
            (Value::Dict(d), "get", [Elt::One(key), Elt::One(default)]) => {
                self.dict_get_or(f, d, key, Some(default))
            }
            _ => return None,
        })
    }

    fn list_append(
        &self,
        f: &mut Frame,
        l: &Rc<std::cell::RefCell<Vec<Value>>>,
        x: &Expr,
    ) -> PyResult<Value> {
        let x = self.eval(f, x)?;
        self.tick()?;
        crate::types::list::append(self, l, x)?;
        Ok(Value::None)
    }

    fn dict_get_or(
        &self,
        f: &mut Frame,
        d: &std::cell::RefCell<crate::value::DictObj>,
        key: &Expr,
        default: Option<&Expr>,
    ) -> PyResult<Value> {
        let key = self.eval(f, key)?;
        let default = match default {
            Some(e) => self.eval(f, e)?,
            None => Value::None,
        };
        self.tick()?;
        Ok(self.dict_get(d, &key)?.unwrap_or(default))
    }

    /// Evaluates call arguments; `callee` is only used to word errors.
    pub fn eval_args(&self, f: &mut Frame, call: &CallArgs, callee: &Value) -> PyResult<Args> {
        if call.simple {
            let mut pos = Vec::with_capacity(call.args.len());
            for a in &call.args {
                if let Elt::One(e) = a {
                    pos.push(self.eval(f, e)?);
                }
            }
            let mut kw = Vec::new();
            for k in &call.keywords {
                if let Keyword::Named(name, e) = k {
                    kw.push((name.clone(), self.eval(f, e)?));
                }
            }
            return Ok(Args { pos, kw });
        }
        let pos = self.eval_elts(f, &call.args, Some(&self.callable_name(callee)))?;
        let mut kw: Vec<(Rc<str>, Value)> = Vec::new();
        for k in &call.keywords {
            match k {
                Keyword::Named(name, e) => kw.push((name.clone(), self.eval(f, e)?)),
                Keyword::Spread(e) => {
                    let m = self.eval(f, e)?;
                    if !self.is_mapping(&m) {
                        return Err(self.type_error(format!(
                            "{}() argument after ** must be a mapping, not {}",
                            self.callable_name(callee),
                            self.type_name(&m)
                        )));
                    }
                    for (k, v) in self.mapping_items(&m)? {
                        let Value::Str(s) = &k else {
                            return Err(self.type_error("keywords must be strings"));
                        };
                        if kw.iter().any(|(n, _)| n.as_ref() == s.as_str()) {
                            return Err(self.type_error(
                                crate::errors::multiple_values_for_keyword(
                                    &self.callable_name(callee),
                                    s.as_str(),
                                ),
                            ));
                        }
                        kw.push((Rc::from(s.as_str()), v));
                    }
                }
            }
        }
        Ok(Args { pos, kw })
    }

    pub fn make_function(&self, f: &mut Frame, make: &MakeFunction) -> PyResult<Value> {
        let defaults = make
            .defaults
            .iter()
            .map(|d| self.eval(f, d))
            .collect::<PyResult<Vec<_>>>()?;
        let mut kw_defaults = vec![None; make.code.kwonly.len()];
        for (i, e) in &make.kw_defaults {
            let v = self.eval(f, e)?;
            if let Some(slot) = kw_defaults.get_mut(*i) {
                *slot = Some(v);
            }
        }
        let mut attrs = Vec::new();
        if !make.annotations.is_empty() {
            let mut table = DictObj::new();
            for (name, e) in &make.annotations {
                let v = self.eval(f, e)?;
                self.dict_set(&mut table, Value::str(name), v)?;
            }
            attrs.push((Rc::from("__annotations__"), Value::dict(table)));
        }
        let closure = make
            .closure
            .iter()
            .filter_map(|&s| f.cells.get(s as usize).cloned())
            .collect();
        let func = Value::Function(Rc::new(Function {
            code: make.code.clone(),
            defaults,
            kw_defaults,
            closure,
            attrs: std::cell::RefCell::new(attrs),
        }));
        match &make.genexp_iter {
            Some(iter) => {
                let iterable = self.eval(f, iter)?;
                let it = self.iter(&iterable)?;
                self.call(&func, Args::new(vec![it]))
            }
            None => Ok(func),
        }
    }

    fn eval_comprehension(&self, f: &mut Frame, c: &Comprehension) -> PyResult<Value> {
        for &slot in &c.fresh_cells {
            if let Some(cell) = f.cells.get_mut(slot as usize) {
                *cell = Rc::new(std::cell::RefCell::new(None));
            }
        }
        let mut out = CompOut::new(c.kind);
        self.comp_loop(f, c, 0, &mut out)?;
        Ok(match out {
            CompOut::List(items) => Value::list(items),
            CompOut::Set(s) => Value::Set(Rc::new(std::cell::RefCell::new(s))),
            CompOut::Dict(d) => Value::dict(d),
        })
    }

    fn comp_loop(
        &self,
        f: &mut Frame,
        c: &Comprehension,
        depth: usize,
        out: &mut CompOut,
    ) -> PyResult<()> {
        let Some(lp) = c.loops.get(depth) else {
            return self.comp_emit(f, c, out);
        };
        let innermost = depth + 1 == c.loops.len();
        let iterable = self.eval(f, &lp.iter)?;
        let mut items = self.loop_items(&iterable)?;
        // `[g(x) for x in xs]` makes one item per source item: the list is
        // sized once instead of regrown (and recopied) as it fills.
        if let (CompOut::List(out), true, Some(n)) = (
            &mut *out,
            c.loops.len() == 1 && lp.conditions.is_empty(),
            items.remaining(),
        ) {
            // A size past the memory limit is left to fail (or not) as the
            // list grows, as it would without this.
            if self
                .check_alloc(crate::limits::estimate::values(n as u64))
                .is_ok()
            {
                out.reserve_exact(n);
            }
        }
        'items: while let Some(item) = items.next(self)? {
            self.tick()?;
            self.assign(f, &lp.target, item)?;
            for cond in &lp.conditions {
                if !self.eval_test(f, cond)? {
                    continue 'items;
                }
            }
            if innermost {
                self.comp_emit(f, c, out)?;
            } else {
                self.comp_loop(f, c, depth + 1, out)?;
            }
        }
        Ok(())
    }

    /// Adds one element to a comprehension's result; inline into the
    /// innermost loop, which calls it once per element.
    #[inline(always)]
    fn comp_emit(&self, f: &mut Frame, c: &Comprehension, out: &mut CompOut) -> PyResult<()> {
        match out {
            CompOut::List(items) => {
                let v = self.eval(f, &c.element)?;
                self.check_buffer(items.len())?;
                items.push(v);
            }
            CompOut::Set(s) => {
                let v = self.eval(f, &c.element)?;
                self.set_add(s, v)?;
            }
            CompOut::Dict(d) => {
                let k = self.eval(f, &c.element)?;
                let v = match &c.value {
                    Some(e) => self.eval(f, e)?,
                    None => Value::None,
                };
                self.dict_set(d, k, v)?;
            }
        }
        Ok(())
    }

    fn eval_fstring(&self, f: &mut Frame, parts: &[FPart]) -> PyResult<String> {
        let mut s = String::with_capacity(parts.len() * 8);
        for p in parts {
            match p {
                FPart::Lit(l) => s.push_str(l),
                // A literal spec (`{x:>8.2f}`), the common case, is used where it is.
                FPart::Value(e, conv, Some(spec)) if matches!(spec.as_slice(), [FPart::Lit(_)]) => {
                    let v = self.eval(f, e)?;
                    let v = self.convert(v, *conv)?;
                    if let [FPart::Lit(spec)] = spec.as_slice() {
                        s.push_str(&self.format_value(&v, spec)?);
                    }
                }
                FPart::Value(e, conv, spec) => {
                    let v = self.eval(f, e)?;
                    let v = self.convert(v, *conv)?;
                    let spec = match spec {
                        Some(parts) => self.eval_fstring(f, parts)?,
                        None => String::new(),
                    };
                    if spec.is_empty() {
                        if let Value::Str(st) = &v {
                            s.push_str(st.as_str());
                            continue;
                        }
                    }
                    s.push_str(&self.format_value(&v, &spec)?);
                }
            }
        }
        Ok(s)
    }

    /// An f-string field's `!s`, `!r` or `!a`.
    fn convert(&self, v: Value, conv: Conversion) -> PyResult<Value> {
        Ok(match conv {
            Conversion::None => v,
            Conversion::Str => Value::string(self.to_str(&v)?),
            Conversion::Repr => Value::string(self.repr(&v)?),
            Conversion::Ascii => Value::string(crate::builtins::ascii_escape(&self.repr(&v)?)),
        })
    }
}

impl Vm {
    /// A dict, a dict-backed native, or an object with `keys()` and `__getitem__`.
    pub fn is_mapping(&self, m: &Value) -> bool {
        match m {
            Value::Dict(_) => true,
            Value::Native(n) => n.as_dict().is_some(),
            _ => self.special_method(m, "keys").is_some(),
        }
    }
}

/// A constant or a bound plain local, borrowed where it lives: an operand
/// read this way is neither cloned nor dropped. Reading it has no effect, so
/// the caller may read it after evaluating the operands before it.
#[inline(always)]
fn leaf<'a>(f: &'a Frame, e: &'a Expr) -> Option<&'a Value> {
    match e {
        Expr::Const(v) => Some(v),
        Expr::Load(Name::Local(slot, _)) => f.locals.get(*slot as usize)?.as_ref(),
        _ => None,
    }
}

/// `a op b` for two small ints, the most common comparison.
#[inline]
fn int_compare(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => small_int_compare(op, *x, *y),
        _ => None,
    }
}

#[inline(always)]
fn small_int_compare(op: CmpOp, x: i64, y: i64) -> Option<bool> {
    Some(match op {
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
        _ => return None,
    })
}

enum CompOut {
    List(Vec<Value>),
    Set(SetObj),
    Dict(DictObj),
}

impl CompOut {
    fn new(kind: CompKind) -> CompOut {
        match kind {
            CompKind::List => CompOut::List(Vec::new()),
            CompKind::Set => CompOut::Set(SetObj::new()),
            CompKind::Dict => CompOut::Dict(DictObj::new()),
        }
    }
}
