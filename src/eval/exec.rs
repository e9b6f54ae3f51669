//! Statements: assignment, control flow, exceptions, `with`, definitions and imports.

use std::rc::Rc;

use super::ops::small_int_op_in_place;
use super::{Args, Flow, Frame, PyResult, Unwind, UnwindKind, Vm};
use crate::errors;
use crate::ir::*;
use crate::value::Value;

impl Vm {
    pub fn exec_block(&self, f: &mut Frame, body: &[Stmt]) -> PyResult<Flow> {
        for s in body {
            match self.exec_stmt(f, s)? {
                Flow::Next => {}
                flow => return Ok(flow),
            }
        }
        Ok(Flow::Next)
    }

    /// Runs one statement. The common kinds are handled here; the rest live
    /// in `exec_stmt_rest`, whose large stack frame every call would
    /// otherwise pay for (a call's body runs at least one statement).
    #[inline]
    fn exec_stmt(&self, f: &mut Frame, s: &Stmt) -> PyResult<Flow> {
        self.tick()?;
        f.line = s.line;
        match &s.kind {
            // `yield x` as a statement, every generator expression's and most
            // generator functions': straight to the suspension.
            StmtKind::Expr(Expr::Yield(Some(e))) => {
                let v = self.eval(f, e)?;
                self.yield_value(f, v)?.discard();
                Ok(Flow::Next)
            }
            StmtKind::Expr(e) => {
                self.eval(f, e)?.discard();
                Ok(Flow::Next)
            }
            StmtKind::If(test, body, orelse) => {
                if self.eval_test(f, test)? {
                    self.exec_block(f, body)
                } else {
                    self.exec_block(f, orelse)
                }
            }
            StmtKind::Return(value) => Ok(Flow::Return(match value {
                Some(e) => self.eval(f, e)?,
                None => Value::None,
            })),
            StmtKind::Assign(targets, value) => {
                self.exec_assign(f, targets, value)?;
                Ok(Flow::Next)
            }
            StmtKind::AugAssign(target, op, value) => {
                self.aug_assign(f, target, *op, value)?;
                Ok(Flow::Next)
            }
            StmtKind::For(target, iter, body, orelse) => {
                self.exec_for(f, target, iter, body, orelse)
            }
            StmtKind::While(test, body, orelse) => self.exec_while(f, test, body, orelse),
            _ => self.exec_stmt_rest(f, s),
        }
    }

    /// `targets = value`. Inline: assignment is the most common statement.
    #[inline(always)]
    fn exec_assign(&self, f: &mut Frame, targets: &[Target], value: &Expr) -> PyResult<()> {
        if let Expr::Tuple(elts) = value {
            if is_parallel_assign(targets, elts) {
                return self.exec_parallel_assign(f, targets, elts);
            }
        }
        let v = self.eval(f, value)?;
        if let [t] = targets {
            return self.assign(f, t, v);
        }
        for t in targets {
            self.assign(f, t, v.clone())?;
        }
        Ok(())
    }

    /// `a, b = b, a`: no tuple is built and unpacked, and for the common
    /// pair not even a vector of the values. Inline (always): a call here
    /// cost a loop like `a, b = b, a + b` 4%.
    #[inline(always)]
    fn exec_parallel_assign(
        &self,
        f: &mut Frame,
        targets: &[Target],
        elts: &[Elt],
    ) -> PyResult<()> {
        if let ([Target::Unpack(names, None)], [Elt::One(x), Elt::One(y)]) = (targets, elts) {
            if let [t, u] = names.as_slice() {
                let first = self.eval(f, x)?;
                let second = self.eval(f, y)?;
                self.assign(f, t, first)?;
                return self.assign(f, u, second);
            }
        }
        let mut values = Vec::with_capacity(elts.len());
        for e in elts {
            if let Elt::One(x) = e {
                values.push(self.eval(f, x)?);
            }
        }
        if let [Target::Unpack(names, None)] = targets {
            for (t, v) in names.iter().zip(values) {
                self.assign(f, t, v)?;
            }
        }
        Ok(())
    }

    /// The rest of `exec_stmt`, after its operation is counted and its line set.
    #[inline(never)]
    fn exec_stmt_rest(&self, f: &mut Frame, s: &Stmt) -> PyResult<Flow> {
        match &s.kind {
            // `exec_stmt` runs these kinds itself and never passes them here.
            StmtKind::Expr(_)
            | StmtKind::Assign(..)
            | StmtKind::AugAssign(..)
            | StmtKind::If(..)
            | StmtKind::While(..)
            | StmtKind::For(..)
            | StmtKind::Return(_) => {}
            StmtKind::ExprResult(e) => {
                let v = self.eval(f, e)?;
                *self.last_value.borrow_mut() = Some(v);
            }
            StmtKind::Annotated(target) => match target {
                Target::Attr(obj, _) => {
                    self.eval(f, obj)?;
                }
                Target::Subscript(obj, index) => {
                    self.eval(f, obj)?;
                    self.eval(f, index)?;
                }
                _ => {}
            },
            StmtKind::Block(body) => return self.exec_block(f, body),
            StmtKind::Annotate(name, annotation, module) => {
                let value = self.eval(f, annotation)?;
                if let Some(Name::Global(slot, g)) = module {
                    let table = match self.globals.borrow().get(*slot as usize) {
                        Some(entry) => entry.value.clone(),
                        None => None,
                    };
                    let table = match table {
                        Some(t) => t,
                        None => {
                            let t = Value::dict(crate::value::DictObj::new());
                            self.store_global(*slot, g, t.clone())?;
                            t
                        }
                    };
                    self.set_item(&table, Value::str(name), value)?;
                } else if let Some(ns) = &mut f.class_ns {
                    let entry = ns
                        .entry(Rc::from("__annotations__"))
                        .or_insert_with(|| Value::dict(crate::value::DictObj::new()));
                    if let Value::Dict(ref d) = entry.clone() {
                        self.dict_setitem(&d, Value::str(name), value)?;
                    }
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(f, t)?;
                }
            }
            StmtKind::Break => return Ok(Flow::Break),
            StmtKind::Continue => return Ok(Flow::Continue),
            StmtKind::Pass => {}
            StmtKind::Raise(exc, cause) => {
                return Err(self.exec_raise(f, exc.as_ref(), cause.as_ref())?)
            }
            StmtKind::Try(t) => return self.exec_try(f, t),
            StmtKind::With(items, body) => return self.exec_with(f, items, body),
            StmtKind::FunctionDef(make, decorators, target) => {
                let decos = decorators
                    .iter()
                    .map(|d| self.eval(f, d))
                    .collect::<PyResult<Vec<_>>>()?;
                let mut func = self.make_function(f, make)?;
                for d in decos.iter().rev() {
                    func = self.call(d, Args::new(vec![func]))?;
                }
                self.assign(f, target, func)?;
            }
            StmtKind::ClassDef(c) => {
                let class = self.exec_class(f, c)?;
                self.assign(f, &c.target, class)?;
            }
            StmtKind::Import(names) => {
                for n in names {
                    let module = self.import_module(&n.module)?;
                    let bound = if n.bind_top && n.module.contains('.') {
                        let top = n.module.split('.').next().unwrap_or(&n.module);
                        self.import_module(top)?
                    } else {
                        module
                    };
                    self.assign(f, &n.target, bound)?;
                }
            }
            StmtKind::ImportFrom(module, names) => {
                let m = self.import_module(module)?;
                for (name, target) in names {
                    let v = match self.get_attr(&m, name) {
                        Ok(v) => v,
                        Err(e) if e.is_exception() => {
                            return Err(self.raise(
                                "ImportError",
                                format!(
                                    "cannot import name '{}' from '{}' (unknown location)",
                                    name, module
                                ),
                            ))
                        }
                        Err(e) => return Err(e),
                    };
                    self.assign(f, target, v)?;
                }
            }
            StmtKind::Assert(test, msg) => {
                if !self.eval_test(f, test)? {
                    let args = match msg {
                        Some(m) => vec![self.eval(f, m)?],
                        None => Vec::new(),
                    };
                    let class = self.types.exception("AssertionError");
                    return Err(Unwind::raise(self.new_exception(&class, args)));
                }
            }
            StmtKind::Match(subject, cases) => {
                let v = self.eval(f, subject)?;
                for case in cases {
                    if self.match_pattern(f, &case.pattern, &v)? {
                        let guard_ok = match &case.guard {
                            Some(g) => {
                                let gv = self.eval(f, g)?;
                                self.truthy(&gv)?
                            }
                            None => true,
                        };
                        if guard_ok {
                            return self.exec_block(f, &case.body);
                        }
                    }
                }
            }
        }
        Ok(Flow::Next)
    }

    /// Out of line: a loop's frame is paid once per loop, not per statement.
    #[inline(never)]
    fn exec_while(
        &self,
        f: &mut Frame,
        test: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> PyResult<Flow> {
        let mut iterations: u64 = 0;
        loop {
            if !self.eval_test(f, test)? {
                break;
            }
            iterations += 1;
            if iterations > self.limits.max_while_iterations {
                return Err(Unwind::limit(crate::limits::LimitError::while_iterations(
                    self.limits.max_while_iterations,
                )));
            }
            self.tick()?;
            match self.exec_block(f, body)? {
                Flow::Break => return Ok(Flow::Next),
                Flow::Return(v) => return Ok(Flow::Return(v)),
                Flow::Next | Flow::Continue => {}
            }
        }
        self.exec_block(f, orelse)
    }

    /// Out of line: a loop's frame is paid once per loop, not per statement.
    #[inline(never)]
    fn exec_for(
        &self,
        f: &mut Frame,
        target: &Target,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> PyResult<Flow> {
        let iterable = self.eval(f, iter)?;
        // A range, the most common loop, counts in a plain native loop.
        if let Value::Range(r) = &iterable {
            for i in 0..r.len() {
                self.tick()?;
                self.assign(f, target, Value::Int(r.get(i)))?;
                match self.exec_block(f, body)? {
                    Flow::Break => return Ok(Flow::Next),
                    Flow::Return(v) => return Ok(Flow::Return(v)),
                    Flow::Next | Flow::Continue => {}
                }
            }
            return self.exec_block(f, orelse);
        }
        let mut items = self.loop_items(&iterable)?;
        while let Some(item) = items.next(self)? {
            self.tick()?;
            self.assign(f, target, item)?;
            match self.exec_block(f, body)? {
                Flow::Break => return Ok(Flow::Next),
                Flow::Return(v) => return Ok(Flow::Return(v)),
                Flow::Next | Flow::Continue => {}
            }
        }
        self.exec_block(f, orelse)
    }

    fn exec_raise(
        &self,
        f: &mut Frame,
        exc: Option<&Expr>,
        cause: Option<&Expr>,
    ) -> PyResult<Unwind> {
        let Some(exc) = exc else {
            return Ok(match self.handling.borrow().last() {
                Some(e) => Unwind::raise(e.clone()),
                None => self.raise("RuntimeError", "No active exception to reraise"),
            });
        };
        let v = self.eval(f, exc)?;
        let instance = self.to_exception(v)?;
        if let Some(c) = cause {
            let cv = self.eval(f, c)?;
            let cause_value = match cv {
                Value::None => None,
                other => Some(self.to_exception(other).map_err(|e| match e.exception() {
                    Some(_) => self.type_error(crate::errors::exception_cause_not_exception()),
                    None => e,
                })?),
            };
            if let Value::Instance(i) = &instance {
                if let Some(data) = &i.exc {
                    let mut d = data.borrow_mut();
                    d.cause = cause_value;
                    d.suppress_context = true;
                }
            }
        }
        let handled = self.handling.borrow().last().cloned();
        if let (Some(h), Value::Instance(i)) = (&handled, &instance) {
            if let Some(data) = &i.exc {
                if !h.is(&instance) {
                    let mut d = data.borrow_mut();
                    if d.context.is_none() {
                        d.context = Some(h.clone());
                    }
                }
            }
        }
        Ok(Unwind::raise(instance))
    }

    /// An exception class is instantiated; an instance is used as is.
    pub fn to_exception(&self, v: Value) -> PyResult<Value> {
        match &v {
            Value::Class(c) if c.is_exception() => self.call(&v, Args::default()),
            Value::Instance(i) if i.exc.is_some() => Ok(v),
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    fn exec_try(&self, f: &mut Frame, t: &TryStmt) -> PyResult<Flow> {
        let mut result = self.exec_block(f, &t.body);
        if let Err(e) = result {
            result = match e.into_kind() {
                UnwindKind::Raise(exc) => self.handle_exception(f, t, exc),
                other => Err(other.into()),
            };
        } else if let Ok(Flow::Next) = result {
            result = self.exec_block(f, &t.orelse);
        }
        if t.finalbody.is_empty() {
            return result;
        }
        match &result {
            Err(e) if !e.is_exception() => result,
            _ => {
                let pending = match &result {
                    Err(e) => e.exception().cloned(),
                    Ok(_) => None,
                };
                let fin = self.while_handling(pending, || self.exec_block(f, &t.finalbody));
                match fin? {
                    Flow::Next => result,
                    other => Ok(other),
                }
            }
        }
    }

    fn handle_exception(&self, f: &mut Frame, t: &TryStmt, exc: Value) -> PyResult<Flow> {
        for h in &t.handlers {
            let matches = match &h.class {
                None => true,
                Some(c) => {
                    let class = self.eval(f, c)?;
                    self.exception_matches(&exc, &class)?
                }
            };
            if !matches {
                continue;
            }
            if let Some(name) = &h.name {
                self.store_name(f, name, exc.clone())?;
            }
            let r = self.while_handling(Some(exc.clone()), || self.exec_block(f, &h.body));
            if let Some(name) = &h.name {
                self.clear_name(f, name);
            }
            return r;
        }
        Err(Unwind::raise(exc))
    }

    pub fn exception_matches(&self, exc: &Value, class: &Value) -> PyResult<bool> {
        match class {
            Value::Class(c) => {
                if !c.is_exception() {
                    return Err(self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ));
                }
                Ok(match exc {
                    Value::Instance(i) => i.class.is_subclass(c),
                    _ => false,
                })
            }
            Value::Tuple(items) => {
                for c in items.iter() {
                    if self.exception_matches(exc, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    fn exec_with(
        &self,
        f: &mut Frame,
        items: &[(Expr, Option<Target>)],
        body: &[Stmt],
    ) -> PyResult<Flow> {
        let Some(((ctx, target), rest)) = items.split_first() else {
            return self.exec_block(f, body);
        };
        let manager = self.eval(f, ctx)?;
        let enter = self.special_method(&manager, "__enter__");
        let exit = self.special_method(&manager, "__exit__");
        let (Some(enter), Some(exit)) = (&enter, exit) else {
            let t = self.type_name(&manager);
            return Err(self.type_error(format!(
                "'{}' object does not support the context manager protocol{}",
                t,
                if enter.is_some() {
                    " (missed __exit__ method)"
                } else {
                    ""
                }
            )));
        };
        let enter = enter.clone();
        let entered = self.call(&enter, Args::default())?;
        if let Some(t) = target {
            self.assign(f, t, entered)?;
        }
        let result = self.exec_with(f, rest, body);
        match result.map_err(Unwind::into_kind) {
            Err(UnwindKind::Raise(exc)) => {
                let class = self.type_of(&exc);
                let traceback =
                    self.new_instance(&self.types.of_kind(crate::types::TypeKind::Traceback), &[]);
                let suppress = self.while_handling(Some(exc.clone()), || {
                    self.call(&exit, Args::new(vec![class, exc.clone(), traceback]))
                })?;
                if self.truthy(&suppress)? {
                    Ok(Flow::Next)
                } else {
                    Err(Unwind::raise(exc))
                }
            }
            Err(other) => Err(other.into()),
            Ok(flow) => {
                self.call(
                    &exit,
                    Args::new(vec![Value::None, Value::None, Value::None]),
                )?;
                Ok(flow)
            }
        }
    }

    // ----- names and targets -----

    /// Binds a resolved name. A local slot, the commonest store, is written
    /// here; every kind of name is handled by `store_name_out_of_line`.
    #[inline]
    pub fn store_name(&self, f: &mut Frame, name: &Name, v: Value) -> PyResult<()> {
        if let Name::Local(slot, _) = name {
            if let Some(s) = f.locals.get_mut(*slot as usize) {
                // The old value is discarded: a loop variable's small int
                // is forgotten without a call into the drop glue.
                if let Some(old) = s.replace(v) {
                    old.discard();
                }
            }
            return Ok(());
        }
        self.store_name_out_of_line(f, name, v)
    }

    #[inline(never)]
    fn store_name_out_of_line(&self, f: &mut Frame, name: &Name, v: Value) -> PyResult<()> {
        match name {
            Name::Local(slot, _) => {
                if let Some(s) = f.locals.get_mut(*slot as usize) {
                    *s = Some(v);
                }
                Ok(())
            }
            Name::Cell(slot, _) => {
                if let Some(c) = f.cells.get(*slot as usize) {
                    *c.borrow_mut() = Some(v);
                }
                Ok(())
            }
            Name::Global(slot, n) => self.store_global(*slot, n, v),
            Name::ClassNs(n, fallback) => match &mut f.class_ns {
                Some(ns) => {
                    ns.insert(n.clone(), v);
                    Ok(())
                }
                None => self.store_name(f, fallback, v),
            },
        }
    }

    /// Unbinds a name without complaint (the `except ... as e` cleanup).
    fn clear_name(&self, f: &mut Frame, name: &Name) {
        match name {
            Name::Local(slot, _) => {
                if let Some(s) = f.locals.get_mut(*slot as usize) {
                    *s = None;
                }
            }
            Name::Cell(slot, _) => {
                if let Some(c) = f.cells.get(*slot as usize) {
                    *c.borrow_mut() = None;
                }
            }
            Name::Global(slot, n) => {
                let _ = self.delete_global(*slot, n);
            }
            Name::ClassNs(n, _) => {
                if let Some(ns) = &mut f.class_ns {
                    ns.shift_remove(n);
                }
            }
        }
    }

    /// Assigns to a target. A plain name, the commonest target, goes straight
    /// to `store_name`; every kind of target is handled by `assign_out_of_line`.
    #[inline]
    pub fn assign(&self, f: &mut Frame, t: &Target, v: Value) -> PyResult<()> {
        if let Target::Name(n) = t {
            return self.store_name(f, n, v);
        }
        self.assign_out_of_line(f, t, v)
    }

    #[inline(never)]
    fn assign_out_of_line(&self, f: &mut Frame, t: &Target, v: Value) -> PyResult<()> {
        match t {
            Target::Name(n) => self.store_name(f, n, v),
            Target::Attr(obj, name) => {
                // `local.name = v` (`self.x = v`) goes through the local's
                // slot: no clone of the object to drop again.
                if let Expr::Load(Name::Local(slot, _)) = obj {
                    if let Some(Some(o)) = f.locals.get(*slot as usize) {
                        self.tick()?;
                        return self.set_attr_rc(o, name, v);
                    }
                }
                let o = self.eval(f, obj)?;
                self.set_attr_rc(&o, name, v)
            }
            Target::Subscript(obj, index) => {
                let o = self.eval(f, obj)?;
                let i = self.eval(f, index)?;
                self.store_subscript(&o, i, v)
            }
            Target::Unpack(targets, star) => {
                let values = self.unpack(v, targets.len(), *star)?;
                for (t, v) in targets.iter().zip(values) {
                    self.assign(f, t, v)?;
                }
                Ok(())
            }
        }
    }

    /// Splits an iterable for `a, *b, c = v`.
    pub fn unpack(&self, v: Value, n: usize, star: Option<usize>) -> PyResult<Vec<Value>> {
        let items = match &v {
            Value::Tuple(t) => t.as_ref().clone(),
            Value::List(l) => l.borrow().clone(),
            _ => {
                if !self.is_iterable(&v) {
                    return Err(self.type_error(errors::cannot_unpack(&self.type_name(&v))));
                }
                let it = self.iter(&v)?;
                let mut items = Vec::new();
                while let Some(x) = self.next(&it)? {
                    self.check_buffer(items.len())?;
                    items.push(x);
                    if star.is_none() && items.len() > n {
                        break;
                    }
                }
                items
            }
        };
        match star {
            None => {
                if items.len() < n {
                    return Err(self.value_error(errors::unpack_too_few(n, items.len())));
                }
                if items.len() > n {
                    return Err(self.value_error(errors::unpack_too_many(n)));
                }
                Ok(items)
            }
            Some(si) => {
                let after = n - si - 1;
                if items.len() < n - 1 {
                    return Err(self.value_error(errors::unpack_too_few_star(n - 1, items.len())));
                }
                let mut items = items;
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(si);
                items.push(Value::list(middle));
                items.extend(tail);
                Ok(items)
            }
        }
    }

    fn aug_assign(&self, f: &mut Frame, target: &Target, op: BinOp, value: &Expr) -> PyResult<()> {
        match target {
            Target::Name(n) => {
                let rhs = self.eval(f, value)?;
                if let Value::Int(b) = rhs {
                    if self.int_in_place(f, n, op, b) {
                        return Ok(());
                    }
                }
                if op == BinOp::Add && matches!(rhs, Value::Str(_)) {
                    if let Some(slot) = self.take_unshared_str(f, n) {
                        return self.append_in_place(f, n, slot, rhs);
                    }
                }
                let current = self.load_name(f, n)?;
                let result = self.inplace_op(op, current, rhs)?;
                self.store_name(f, n, result)
            }
            Target::Attr(obj, name) => {
                let o = self.eval(f, obj)?;
                let current = self.get_attr(&o, name)?;
                let rhs = self.eval(f, value)?;
                let result = self.inplace_op(op, current, rhs)?;
                self.set_attr_rc(&o, name, result)
            }
            Target::Subscript(obj, index) => {
                let o = self.eval(f, obj)?;
                let i = self.eval(f, index)?;
                let current = self.subscript(&o, &i)?;
                let rhs = self.eval(f, value)?;
                let result = self.inplace_op(op, current, rhs)?;
                self.store_subscript(&o, i, result)
            }
            Target::Unpack(..) => {
                Err(self.raise("SyntaxError", "illegal expression for augmented assignment"))
            }
        }
    }

    /// `name op= rhs` on a name bound to a small int, updated where it lives
    /// when the result is a small int too. Whether it did.
    #[inline]
    fn int_in_place(&self, f: &mut Frame, name: &Name, op: BinOp, rhs: i64) -> bool {
        match name {
            Name::Local(slot, _) => {
                let Some(Some(Value::Int(current))) = f.locals.get_mut(*slot as usize) else {
                    return false;
                };
                small_int_op_in_place(current, op, rhs)
            }
            Name::Global(slot, _) => self.global_int_in_place(*slot, op, rhs),
            _ => false,
        }
    }

    fn delete(&self, f: &mut Frame, t: &Target) -> PyResult<()> {
        match t {
            Target::Name(n) => match n {
                Name::Local(slot, name) => match f.locals.get_mut(*slot as usize) {
                    Some(s @ Some(_)) => {
                        *s = None;
                        Ok(())
                    }
                    _ => Err(self.raise("UnboundLocalError", errors::unbound_local(name))),
                },
                Name::Cell(slot, name) => {
                    let cell = f.cells.get(*slot as usize).cloned();
                    match cell {
                        Some(c) if c.borrow().is_some() => {
                            *c.borrow_mut() = None;
                            Ok(())
                        }
                        _ => {
                            Err(self.name_error("NameError", errors::free_var_unbound(name), name))
                        }
                    }
                }
                Name::Global(slot, name) => self.delete_global(*slot, name),
                Name::ClassNs(name, _) => {
                    let removed = f.class_ns.as_mut().and_then(|ns| ns.shift_remove(name));
                    match removed {
                        Some(_) => Ok(()),
                        None => {
                            Err(self.name_error("NameError", errors::name_not_defined(name), name))
                        }
                    }
                }
            },
            Target::Attr(obj, name) => {
                let o = self.eval(f, obj)?;
                self.del_attr(&o, name)
            }
            Target::Subscript(obj, index) => {
                let o = self.eval(f, obj)?;
                let i = self.eval(f, index)?;
                self.del_item(&o, &i)
            }
            Target::Unpack(items, _) => {
                for t in items {
                    self.delete(f, t)?;
                }
                Ok(())
            }
        }
    }

    /// Loads a resolved name.
    #[inline]
    pub fn load_name(&self, f: &Frame, name: &Name) -> PyResult<Value> {
        match name {
            Name::Local(slot, n) => match f.locals.get(*slot as usize) {
                Some(Some(v)) => Ok(v.clone()),
                _ => Err(self.raise("UnboundLocalError", errors::unbound_local(n))),
            },
            Name::Cell(slot, n) => {
                match f.cells.get(*slot as usize).and_then(|c| c.borrow().clone()) {
                    Some(v) => Ok(v),
                    None => Err(self.name_error("NameError", errors::free_var_unbound(n), n)),
                }
            }
            Name::Global(slot, n) => self.load_global(*slot, n),
            Name::ClassNs(n, fallback) => {
                if let Some(v) = f.class_ns.as_ref().and_then(|ns| ns.get(n)) {
                    return Ok(v.clone());
                }
                self.load_name(f, fallback)
            }
        }
    }

    fn exec_class(&self, f: &mut Frame, c: &ClassDef) -> PyResult<Value> {
        let bases = c
            .bases
            .iter()
            .map(|b| self.eval(f, b))
            .collect::<PyResult<Vec<_>>>()?;
        let mut keywords = Vec::new();
        for (name, k) in &c.keywords {
            keywords.push((name.clone(), self.eval(f, k)?));
        }
        let decorators = c
            .decorators
            .iter()
            .map(|d| self.eval(f, d))
            .collect::<PyResult<Vec<_>>>()?;
        let closure = c
            .closure
            .iter()
            .filter_map(|&s| f.cells.get(s as usize).cloned())
            .collect::<Vec<_>>();
        let mut frame = Frame::new(&c.body, &closure);
        frame.class_ns = Some(Box::default());
        self.enter_call()?;
        let r = self.exec_block(&mut frame, &c.body.body);
        self.leave_call();
        if let Err(e) = &r {
            self.add_traceback(e, &c.body.names, frame.line);
        }
        r?;
        let mut ns = frame.class_ns.take().map(|ns| *ns).unwrap_or_default();
        if let Some(doc) = &c.body.doc {
            ns.entry(Rc::from("__doc__"))
                .or_insert_with(|| Value::str(doc));
        }
        let class = self.build_class(c.name.clone(), c.qualname.clone(), bases, ns)?;
        self.set_names(&class)?;
        self.init_subclass(&class, keywords)?;
        if let (Some(slot), Value::Class(_)) = (c.class_cell, &class) {
            if let Some(cell) = frame.cells.get(slot as usize) {
                *cell.borrow_mut() = Some(class.clone());
            }
        }
        let mut result = class;
        for d in decorators.iter().rev() {
            result = self.call(d, Args::new(vec![result]))?;
        }
        Ok(result)
    }

    /// `__set_name__(owner, name)` of each class attribute that defines it
    /// (descriptors learning their attribute name), in definition order.
    fn set_names(&self, class: &Value) -> PyResult<()> {
        let Value::Class(c) = class else {
            return Ok(());
        };
        let entries: Vec<(Rc<str>, Value)> =
            c.ns.borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
        for (name, value) in entries {
            if let Value::Instance(_) = &value {
                if let Some(hook) = self.special_method(&value, "__set_name__") {
                    self.call(&hook, Args::new(vec![class.clone(), Value::str(&name)]))?;
                }
            }
        }
        Ok(())
    }

    /// Calls the nearest base's `__init_subclass__` with the new class.
    fn init_subclass(&self, class: &Value, keywords: Vec<(Rc<str>, Value)>) -> PyResult<()> {
        let Value::Class(c) = class else {
            return Ok(());
        };
        for base in &c.mro_tail {
            let hook = base.ns.borrow().get("__init_subclass__").cloned();
            if let Some(hook) = hook {
                let func = match hook {
                    Value::ClassMethod(ref f) => (**f).clone(),
                    other => other,
                };
                self.call(&func, Args::with_kw(vec![class.clone()], keywords))?;
                return Ok(());
            }
        }
        if !keywords.is_empty() {
            return Err(self.type_error(format!(
                "{}.__init_subclass__() takes no keyword arguments",
                c.name
            )));
        }
        Ok(())
    }

    /// Runs `body` with `exc` as the exception being handled (for bare `raise`
    /// and implicit `__context__` chaining).
    fn while_handling<T>(&self, exc: Option<Value>, body: impl FnOnce() -> T) -> T {
        let Some(exc) = exc else { return body() };
        self.handling.borrow_mut().push(exc);
        let r = body();
        self.handling.borrow_mut().pop();
        r
    }

    /// Takes a local or module-global string out of its slot when `s += t`
    /// may append in place (nothing else holds it).
    fn take_unshared_str(&self, f: &mut Frame, n: &Name) -> Option<Value> {
        let unshared = |cell: &mut Option<Value>| match cell {
            Some(Value::Str(s)) if Rc::strong_count(s) == 1 => cell.take(),
            _ => None,
        };
        match n {
            Name::Local(slot, _) => unshared(f.locals.get_mut(*slot as usize)?),
            Name::Global(slot, _) => {
                let mut globals = self.globals.borrow_mut();
                unshared(&mut globals.get_mut(*slot as usize)?.value)
            }
            _ => None,
        }
    }

    /// Appends `rhs` to the unshared string `current` and stores it back.
    fn append_in_place(&self, f: &mut Frame, n: &Name, current: Value, rhs: Value) -> PyResult<()> {
        let mut current = current;
        if let (Value::Str(s), Value::Str(t)) = (&mut current, &rhs) {
            if let Err(e) = self.check_alloc(crate::limits::estimate::concat_bytes(
                s.as_str().len(),
                t.as_str().len(),
            )) {
                self.store_name(f, n, current)?;
                return Err(e);
            }
            if let Some(m) = Rc::get_mut(s) {
                m.push(t);
            }
        }
        self.store_name(f, n, current)
    }
}

/// `a, b = x, y` with plain targets and no starred items on either side.
fn is_parallel_assign(targets: &[Target], elts: &[Elt]) -> bool {
    match targets {
        [Target::Unpack(names, None)] => {
            names.len() == elts.len()
                && elts.iter().all(|e| matches!(e, Elt::One(_)))
                && names.iter().all(|t| matches!(t, Target::Name(_)))
        }
        _ => false,
    }
}
