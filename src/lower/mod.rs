//! Lowering: the parser's AST becomes our IR, with every name resolved to its
//! slot, cell, global or class namespace (see `scope`), and every construct we
//! do not support refused with a `SyntaxError` that names it and its line.
//! Must not evaluate anything.

mod scope;

use indexmap::IndexMap;
use num_bigint::BigInt;
use rustpython_parser::ast::{self, Constant, Expr as AExpr, Ranged, Stmt as AStmt};
use std::rc::Rc;

use crate::ir::*;
use crate::parse::{LineIndex, SyntaxError};
use crate::value::Value;
use scope::{frame_key, node_key, FrameLayout, ScopeKind, ScopeTable, Sym};

/// Deepest expression/statement nesting lowering accepts.
pub const MAX_LOWER_DEPTH: usize = 400;

/// Module-global names, shared by every run of a Session so that functions
/// defined in an earlier run keep resolving to the same slots.
#[derive(Default)]
pub struct GlobalNames {
    pub slots: IndexMap<Rc<str>, Slot>,
    /// Identifier-like str constants, one object per text, as CPython
    /// interns them: `"a" is "a"` holds, and a dict key written as a literal
    /// is found by identity before its text is compared.
    interned: std::collections::HashMap<Rc<str>, Value>,
}

impl GlobalNames {
    pub fn slot(&mut self, name: &str) -> Slot {
        if let Some(&s) = self.slots.get(name) {
            return s;
        }
        let s = self.slots.len() as Slot;
        self.slots.insert(Rc::from(name), s);
        s
    }

    fn str_constant(&mut self, text: &str) -> Value {
        let identifier_like = text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
        if !identifier_like {
            return Value::str(text);
        }
        if let Some(v) = self.interned.get(text) {
            return v.clone();
        }
        let v = Value::str(text);
        self.interned.insert(Rc::from(text), v.clone());
        v
    }
}

/// Lowers a parsed module into the code of its top-level frame.
pub fn lower_module(
    body: &[AStmt],
    source: &str,
    globals: &mut GlobalNames,
) -> Result<Rc<FunctionCode>, SyntaxError> {
    let table = scope::analyse(body);
    let lines = LineIndex::new(source);
    if let Some((msg, _)) = &table.error {
        return Err(SyntaxError {
            message: msg.clone(),
            line: 1,
            column: 1,
        });
    }
    let layouts = (0..table.scopes.len()).map(|i| table.layout(i)).collect();
    let mut l = Lowerer {
        table: &table,
        layouts,
        lines: &lines,
        globals,
        scope: 0,
        depth: 0,
        qualname: Vec::new(),
    };
    let mut stmts = l.block(body)?;
    if let Some(last) = stmts.last_mut() {
        if let StmtKind::Expr(_) = &last.kind {
            if let StmtKind::Expr(e) = std::mem::replace(&mut last.kind, StmtKind::Pass) {
                last.kind = StmtKind::ExprResult(e);
            }
        }
    }
    let layout = &l.layouts[0];
    Ok(Rc::new(FunctionCode {
        names: code_names("<module>", layout),
        qualname: Rc::from("<module>"),
        posonly: 0,
        params: Vec::new(),
        kwonly: Vec::new(),
        varargs: None,
        varkw: None,
        n_locals: layout.locals.len(),
        n_own_cells: layout.n_own_cells,
        body: stmts,
        is_generator: false,
        binds_directly: false,
        doc: None,
        first_line: 1,
    }))
}

struct Lowerer<'a> {
    table: &'a ScopeTable,
    layouts: Vec<FrameLayout>,
    lines: &'a LineIndex,
    globals: &'a mut GlobalNames,
    scope: usize,
    depth: usize,
    qualname: Vec<String>,
}

type LResult<T> = Result<T, SyntaxError>;

fn unsupported(what: &str, line: u32) -> SyntaxError {
    SyntaxError {
        message: format!("{} is not supported", what),
        line: line as usize,
        column: 1,
    }
}

impl<'a> Lowerer<'a> {
    fn line_of(&self, node: &impl Ranged) -> u32 {
        self.lines.line(node.range().start().to_usize())
    }

    fn enter(&mut self, line: u32) -> LResult<()> {
        self.depth += 1;
        if self.depth > MAX_LOWER_DEPTH {
            return Err(SyntaxError {
                message: format!(
                    "code nested too deeply (more than {} levels)",
                    MAX_LOWER_DEPTH
                ),
                line: line as usize,
                column: 1,
            });
        }
        Ok(())
    }

    // ----- names -----

    fn name(&mut self, id: &str) -> Name {
        self.resolve_in(self.scope, id)
    }

    fn resolve_in(&mut self, scope: usize, id: &str) -> Name {
        let s = &self.table.scopes[scope];
        let frame = self.table.frame_of(scope);
        match s.syms.get(id).copied() {
            Some(Sym::Local) => {
                let key = frame_key(self.table, scope, frame, id);
                match self.layouts[frame].locals.get(&key) {
                    Some(&slot) => Name::Local(slot, Rc::from(id)),
                    None => self.global(id),
                }
            }
            Some(Sym::Cell) => {
                let key = frame_key(self.table, scope, frame, id);
                match self.layouts[frame].cells.get(&key) {
                    Some(&slot) => Name::Cell(slot, Rc::from(id)),
                    None => self.global(id),
                }
            }
            Some(Sym::Free) if s.kind == ScopeKind::Comprehension => match s.parent {
                Some(p) => self.resolve_in(p, id),
                None => self.global(id),
            },
            Some(Sym::Free) => match self.layouts[frame].cells.get(id) {
                Some(&slot) => Name::Cell(slot, Rc::from(id)),
                None => self.global(id),
            },
            Some(Sym::ClassNs) => {
                let fallback = self.global(id);
                Name::ClassNs(Rc::from(id), Box::new(fallback))
            }
            Some(Sym::Outer) => match s.parent {
                Some(p) => self.resolve_in(p, id),
                None => self.global(id),
            },
            Some(Sym::Global) | None => {
                if s.kind == ScopeKind::Comprehension && !s.syms.contains_key(id) {
                    if let Some(p) = s.parent {
                        return self.resolve_in(p, id);
                    }
                }
                self.global(id)
            }
        }
    }

    fn global(&mut self, id: &str) -> Name {
        Name::Global(self.globals.slot(id), Rc::from(id))
    }

    // ----- statements -----

    fn block(&mut self, body: &[AStmt]) -> LResult<Vec<Stmt>> {
        let mut out = Vec::with_capacity(body.len());
        for s in body {
            let line = self.line_of(s);
            self.enter(line)?;
            let kind = self.stmt(s, line)?;
            self.depth -= 1;
            out.push(Stmt { line, kind });
        }
        Ok(out)
    }

    fn stmt(&mut self, s: &AStmt, line: u32) -> LResult<StmtKind> {
        Ok(match s {
            AStmt::Expr(e) => StmtKind::Expr(self.expr(&e.value)?),
            AStmt::Assign(a) => {
                let value = self.expr(&a.value)?;
                let targets = a
                    .targets
                    .iter()
                    .map(|t| self.target(t))
                    .collect::<LResult<_>>()?;
                StmtKind::Assign(targets, value)
            }
            AStmt::AugAssign(a) => {
                let target = self.target(&a.target)?;
                StmtKind::AugAssign(target, binop(a.op), self.expr(&a.value)?)
            }
            AStmt::AnnAssign(a)
                if matches!(
                    self.table.scopes[self.scope].kind,
                    ScopeKind::Class | ScopeKind::Module
                ) && matches!(a.target.as_ref(), AExpr::Name(_)) =>
            {
                let AExpr::Name(n) = a.target.as_ref() else {
                    return Err(unsupported("this annotation", line));
                };
                let module = match self.table.scopes[self.scope].kind {
                    ScopeKind::Module => Some(self.global("__annotations__")),
                    _ => None,
                };
                let annotation =
                    StmtKind::Annotate(Rc::from(n.id.as_str()), self.expr(&a.annotation)?, module);
                match &a.value {
                    None => annotation,
                    Some(v) => {
                        let assign = StmtKind::Assign(vec![self.target(&a.target)?], self.expr(v)?);
                        StmtKind::Block(vec![
                            Stmt {
                                line,
                                kind: annotation,
                            },
                            Stmt { line, kind: assign },
                        ])
                    }
                }
            }
            AStmt::AnnAssign(a) => match &a.value {
                Some(v) => StmtKind::Assign(vec![self.target(&a.target)?], self.expr(v)?),
                None => match a.target.as_ref() {
                    AExpr::Name(_) => StmtKind::Pass,
                    other => StmtKind::Annotated(self.target(other)?),
                },
            },
            AStmt::Delete(d) => StmtKind::Delete(
                d.targets
                    .iter()
                    .map(|t| self.target(t))
                    .collect::<LResult<_>>()?,
            ),
            AStmt::If(i) => StmtKind::If(
                self.expr(&i.test)?,
                self.block(&i.body)?,
                self.block(&i.orelse)?,
            ),
            AStmt::While(w) => StmtKind::While(
                self.expr(&w.test)?,
                self.block(&w.body)?,
                self.block(&w.orelse)?,
            ),
            AStmt::For(f) => {
                let iter = self.expr(&f.iter)?;
                StmtKind::For(
                    self.target(&f.target)?,
                    iter,
                    self.block(&f.body)?,
                    self.block(&f.orelse)?,
                )
            }
            AStmt::Break(_) => StmtKind::Break,
            AStmt::Continue(_) => StmtKind::Continue,
            AStmt::Pass(_) => StmtKind::Pass,
            AStmt::Return(r) => {
                StmtKind::Return(r.value.as_deref().map(|v| self.expr(v)).transpose()?)
            }
            AStmt::Raise(r) => StmtKind::Raise(
                r.exc.as_deref().map(|v| self.expr(v)).transpose()?,
                r.cause.as_deref().map(|v| self.expr(v)).transpose()?,
            ),
            AStmt::Try(t) => {
                let mut handlers = Vec::new();
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    handlers.push(Handler {
                        class: h.type_.as_deref().map(|e| self.expr(e)).transpose()?,
                        name: h.name.as_ref().map(|n| self.name(n.as_str())),
                        body: self.block(&h.body)?,
                    });
                }
                StmtKind::Try(Box::new(TryStmt {
                    body: self.block(&t.body)?,
                    handlers,
                    orelse: self.block(&t.orelse)?,
                    finalbody: self.block(&t.finalbody)?,
                }))
            }
            AStmt::Assert(a) => StmtKind::Assert(
                self.expr(&a.test)?,
                a.msg.as_deref().map(|m| self.expr(m)).transpose()?,
            ),
            AStmt::With(w) => {
                let mut items = Vec::new();
                for item in &w.items {
                    let ctx = self.expr(&item.context_expr)?;
                    let target = item
                        .optional_vars
                        .as_deref()
                        .map(|t| self.target(t))
                        .transpose()?;
                    items.push((ctx, target));
                }
                StmtKind::With(items, self.block(&w.body)?)
            }
            AStmt::FunctionDef(f) => {
                if !f.type_params.is_empty() {
                    return Err(unsupported("generic type parameters", line));
                }
                let decorators = f
                    .decorator_list
                    .iter()
                    .map(|d| self.expr(d))
                    .collect::<LResult<_>>()?;
                let doc = docstring(&f.body);
                let make = self.function(
                    node_key(s),
                    f.name.as_str(),
                    (&f.args, f.returns.as_deref()),
                    line,
                    doc,
                    |l| l.block(&f.body),
                )?;
                StmtKind::FunctionDef(
                    Box::new(make),
                    decorators,
                    Target::Name(self.name(f.name.as_str())),
                )
            }
            AStmt::ClassDef(c) => self.class(s, c, line)?,
            AStmt::Import(i) => {
                let mut names = Vec::new();
                for a in &i.names {
                    let module = a.name.as_str();
                    let (bind, bind_top) = match &a.asname {
                        Some(n) => (n.as_str(), false),
                        None => (module.split('.').next().unwrap_or(module), true),
                    };
                    names.push(ImportName {
                        module: Rc::from(module),
                        bind_top,
                        target: Target::Name(self.name(bind)),
                    });
                }
                StmtKind::Import(names)
            }
            AStmt::ImportFrom(i) => {
                if i.level.map(|l| l.to_u32()).unwrap_or(0) > 0 {
                    return Err(unsupported("relative import", line));
                }
                let module = i.module.as_ref().map(|m| m.as_str()).unwrap_or("");
                let mut names = Vec::new();
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        return Err(unsupported("'from ... import *'", line));
                    }
                    let bind = a.asname.as_ref().unwrap_or(&a.name).as_str();
                    names.push((Rc::from(a.name.as_str()), Target::Name(self.name(bind))));
                }
                StmtKind::ImportFrom(Rc::from(module), names)
            }
            AStmt::Global(_) | AStmt::Nonlocal(_) => StmtKind::Pass,
            AStmt::Match(m) => {
                let subject = self.expr(&m.subject)?;
                let mut cases = Vec::new();
                for c in &m.cases {
                    cases.push(MatchCase {
                        pattern: self.pattern(&c.pattern)?,
                        guard: c.guard.as_deref().map(|g| self.expr(g)).transpose()?,
                        body: self.block(&c.body)?,
                    });
                }
                StmtKind::Match(subject, cases)
            }
            AStmt::AsyncFunctionDef(_) => return Err(unsupported("'async def'", line)),
            AStmt::AsyncFor(_) => return Err(unsupported("'async for'", line)),
            AStmt::AsyncWith(_) => return Err(unsupported("'async with'", line)),
            AStmt::TryStar(_) => return Err(unsupported("'except*'", line)),
            AStmt::TypeAlias(_) => return Err(unsupported("'type' alias", line)),
        })
    }

    fn class(&mut self, s: &AStmt, c: &ast::StmtClassDef, line: u32) -> LResult<StmtKind> {
        if !c.type_params.is_empty() {
            return Err(unsupported("generic type parameters", line));
        }
        let decorators = c
            .decorator_list
            .iter()
            .map(|d| self.expr(d))
            .collect::<LResult<_>>()?;
        let bases = c
            .bases
            .iter()
            .map(|b| self.expr(b))
            .collect::<LResult<_>>()?;
        let mut keywords = Vec::new();
        for k in &c.keywords {
            match &k.arg {
                Some(a) => keywords.push((Rc::from(a.as_str()), self.expr(&k.value)?)),
                None => return Err(unsupported("'**' in a class definition", line)),
            }
        }
        let id = self.table.by_node[&node_key(s)];
        let outer = self.scope;
        self.scope = id;
        self.qualname.push(c.name.to_string());
        let body = self.block(&c.body);
        self.qualname.pop();
        self.scope = outer;
        let body = body?;
        let closure = self.closure_slots(id);
        let layout = &self.layouts[id];
        let class_cell = layout.cells.get("__class__").copied();
        let qualname = self.qualified(c.name.as_str());
        let code = FunctionCode {
            names: code_names(c.name.as_str(), layout),
            qualname: Rc::from(qualname.as_str()),
            posonly: 0,
            params: Vec::new(),
            kwonly: Vec::new(),
            varargs: None,
            varkw: None,
            n_locals: layout.locals.len(),
            n_own_cells: layout.n_own_cells,
            body,
            is_generator: false,
            binds_directly: false,
            doc: docstring(&c.body),
            first_line: line,
        };
        Ok(StmtKind::ClassDef(Box::new(ClassDef {
            name: Rc::from(c.name.as_str()),
            qualname: Rc::from(qualname.as_str()),
            bases,
            keywords,
            decorators,
            body: Rc::new(code),
            closure,
            class_cell,
            target: Target::Name(self.name(c.name.as_str())),
        })))
    }

    fn qualified(&self, name: &str) -> String {
        let mut parts = self.qualname.clone();
        parts.push(name.to_string());
        parts.join(".")
    }

    /// The defining frame's cell slots for a child scope's free variables, in order.
    fn closure_slots(&mut self, child: usize) -> Vec<Slot> {
        let frees: Vec<String> = self.table.scopes[child].frees.iter().cloned().collect();
        let mut out = Vec::new();
        for name in frees {
            match self.name(&name) {
                Name::Cell(slot, _) => out.push(slot),
                _ => out.push(u32::MAX),
            }
        }
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn function(
        &mut self,
        key: usize,
        name: &str,
        (args, returns): (&ast::Arguments, Option<&AExpr>),
        line: u32,
        doc: Option<Rc<str>>,
        body: impl FnOnce(&mut Self) -> LResult<Vec<Stmt>>,
    ) -> LResult<MakeFunction> {
        let mut defaults = Vec::new();
        for a in args.posonlyargs.iter().chain(&args.args) {
            if let Some(d) = &a.default {
                defaults.push(self.expr(d)?);
            }
        }
        let mut kw_defaults = Vec::new();
        for (i, a) in args.kwonlyargs.iter().enumerate() {
            if let Some(d) = &a.default {
                kw_defaults.push((i, self.expr(d)?));
            }
        }
        // CPython's order: positional, *args, keyword-only, **kwargs, return.
        let mut annotations = Vec::new();
        let params = args.posonlyargs.iter().chain(&args.args).map(|a| &a.def);
        let params = params
            .chain(args.vararg.as_deref())
            .chain(args.kwonlyargs.iter().map(|a| &a.def))
            .chain(args.kwarg.as_deref());
        for a in params {
            if let Some(ann) = &a.annotation {
                annotations.push((Rc::from(a.arg.as_str()), self.expr(ann)?));
            }
        }
        if let Some(r) = returns {
            annotations.push((Rc::from("return"), self.expr(r)?));
        }
        let id = self.table.by_node[&key];
        let outer = self.scope;
        self.scope = id;
        let qualname = self.qualified(name);
        self.qualname.push(name.to_string());
        self.qualname.push("<locals>".to_string());
        let params = |l: &mut Self, a: &ast::Arg| Param {
            name: Rc::from(a.arg.as_str()),
            slot: l.name(a.arg.as_str()),
        };
        let posonly = args.posonlyargs.len();
        let positional: Vec<Param> = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .map(|a| params(self, &a.def))
            .collect();
        let kwonly: Vec<Param> = args
            .kwonlyargs
            .iter()
            .map(|a| params(self, &a.def))
            .collect();
        let varargs = args.vararg.as_deref().map(|a| params(self, a));
        let varkw = args.kwarg.as_deref().map(|a| params(self, a));
        let body = body(self);
        self.qualname.pop();
        self.qualname.pop();
        self.scope = outer;
        let body = body?;
        let closure = self.closure_slots(id);
        let layout = &self.layouts[id];
        let is_generator = self.table.scopes[id].has_yield;
        let binds_directly =
            varargs.is_none() && varkw.is_none() && kwonly.is_empty() && !is_generator;
        let code = FunctionCode {
            names: code_names(name, layout),
            qualname: Rc::from(qualname.as_str()),
            posonly,
            params: positional,
            kwonly,
            varargs,
            varkw,
            n_locals: layout.locals.len(),
            n_own_cells: layout.n_own_cells,
            body,
            is_generator,
            binds_directly,
            doc,
            first_line: line,
        };
        Ok(MakeFunction {
            code: Rc::new(code),
            defaults,
            kw_defaults,
            closure,
            genexp_iter: None,
            annotations,
        })
    }

    // ----- targets -----

    fn target(&mut self, t: &AExpr) -> LResult<Target> {
        Ok(match t {
            AExpr::Name(n) => Target::Name(self.name(n.id.as_str())),
            AExpr::Attribute(a) => Target::Attr(self.expr(&a.value)?, Rc::from(a.attr.as_str())),
            AExpr::Subscript(s) => Target::Subscript(self.expr(&s.value)?, self.expr(&s.slice)?),
            AExpr::Tuple(ast::ExprTuple { elts, .. }) | AExpr::List(ast::ExprList { elts, .. }) => {
                let mut items = Vec::new();
                let mut star = None;
                for (i, e) in elts.iter().enumerate() {
                    match e {
                        AExpr::Starred(s) => {
                            if star.is_some() {
                                return Err(SyntaxError {
                                    message: "multiple starred expressions in assignment".into(),
                                    line: self.line_of(t) as usize,
                                    column: 1,
                                });
                            }
                            star = Some(i);
                            items.push(self.target(&s.value)?);
                        }
                        other => items.push(self.target(other)?),
                    }
                }
                Target::Unpack(items, star)
            }
            other => {
                return Err(SyntaxError {
                    message: format!("cannot assign to {}", describe_expr(other)),
                    line: self.line_of(t) as usize,
                    column: 1,
                })
            }
        })
    }

    // ----- expressions -----

    fn boxed(&mut self, e: &AExpr) -> LResult<Box<Expr>> {
        Ok(Box::new(self.expr(e)?))
    }

    fn expr(&mut self, e: &AExpr) -> LResult<Expr> {
        let line = self.line_of(e);
        self.enter(line)?;
        let out = self.expr_inner(e, line);
        self.depth -= 1;
        out
    }

    fn expr_inner(&mut self, e: &AExpr, line: u32) -> LResult<Expr> {
        Ok(match e {
            AExpr::Constant(c) => Expr::Const(constant(&c.value, line, self.globals)?),
            AExpr::Name(n) => Expr::Load(self.name(n.id.as_str())),
            AExpr::BinOp(b) => {
                Expr::BinOp(binop(b.op), self.boxed(&b.left)?, self.boxed(&b.right)?)
            }
            AExpr::UnaryOp(u) => {
                let op = match u.op {
                    ast::UnaryOp::Not => UnaryOp::Not,
                    ast::UnaryOp::USub => UnaryOp::Neg,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                };
                // Fold negative literals so `-5` is a constant.
                if let (UnaryOp::Neg, AExpr::Constant(c)) = (op, u.operand.as_ref()) {
                    match &c.value {
                        Constant::Int(i) => return Ok(Expr::Const(Value::from_bigint(-i.clone()))),
                        Constant::Float(f) => return Ok(Expr::Const(Value::Float(-f))),
                        _ => {}
                    }
                }
                Expr::Unary(op, self.boxed(&u.operand)?)
            }
            AExpr::BoolOp(b) => {
                let values = b
                    .values
                    .iter()
                    .map(|v| self.expr(v))
                    .collect::<LResult<_>>()?;
                match b.op {
                    ast::BoolOp::And => Expr::And(values),
                    ast::BoolOp::Or => Expr::Or(values),
                }
            }
            AExpr::Compare(c) => {
                let mut rest = Vec::new();
                for (op, right) in c.ops.iter().zip(&c.comparators) {
                    rest.push((cmpop(*op), self.expr(right)?));
                }
                Expr::Compare(self.boxed(&c.left)?, rest)
            }
            AExpr::IfExp(i) => Expr::IfExp(
                self.boxed(&i.test)?,
                self.boxed(&i.body)?,
                self.boxed(&i.orelse)?,
            ),
            AExpr::NamedExpr(n) => match n.target.as_ref() {
                AExpr::Name(t) => {
                    let value = self.boxed(&n.value)?;
                    Expr::Walrus(self.name(t.id.as_str()), value)
                }
                _ => return Err(unsupported("this walrus target", line)),
            },
            AExpr::Call(c) => self.call(c, line)?,
            AExpr::Attribute(a) => Expr::Attr(self.boxed(&a.value)?, Rc::from(a.attr.as_str())),
            AExpr::Subscript(s) => Expr::Subscript(self.boxed(&s.value)?, self.boxed(&s.slice)?),
            AExpr::Slice(s) => Expr::Slice(
                s.lower.as_deref().map(|x| self.boxed(x)).transpose()?,
                s.upper.as_deref().map(|x| self.boxed(x)).transpose()?,
                s.step.as_deref().map(|x| self.boxed(x)).transpose()?,
            ),
            AExpr::List(l) => Expr::List(self.elts(&l.elts)?),
            AExpr::Tuple(t) => {
                if t.elts.iter().all(|e| matches!(e, AExpr::Constant(_))) && !t.elts.is_empty() {
                    let items = t
                        .elts
                        .iter()
                        .map(|e| match e {
                            AExpr::Constant(c) => constant(&c.value, line, self.globals),
                            _ => Ok(Value::None),
                        })
                        .collect::<LResult<Vec<_>>>()?;
                    Expr::Const(Value::tuple(items))
                } else {
                    Expr::Tuple(self.elts(&t.elts)?)
                }
            }
            AExpr::Set(s) => Expr::Set(self.elts(&s.elts)?),
            AExpr::Dict(d) => {
                let mut items = Vec::new();
                for (k, v) in d.keys.iter().zip(&d.values) {
                    match k {
                        Some(k) => items.push(DictItem::Pair(self.expr(k)?, self.expr(v)?)),
                        None => items.push(DictItem::Spread(self.expr(v)?)),
                    }
                }
                Expr::Dict(items)
            }
            AExpr::ListComp(c) => {
                self.comprehension(e, CompKind::List, &c.elt, None, &c.generators, line)?
            }
            AExpr::SetComp(c) => {
                self.comprehension(e, CompKind::Set, &c.elt, None, &c.generators, line)?
            }
            AExpr::DictComp(c) => self.comprehension(
                e,
                CompKind::Dict,
                &c.key,
                Some(&c.value),
                &c.generators,
                line,
            )?,
            AExpr::GeneratorExp(g) => self.generator_expression(e, g, line)?,
            AExpr::Lambda(l) => {
                let body = &l.body;
                let make =
                    self.function(node_key(e), "<lambda>", (&l.args, None), line, None, |lw| {
                        let value = lw.expr(body)?;
                        Ok(vec![Stmt {
                            line,
                            kind: StmtKind::Return(Some(value)),
                        }])
                    })?;
                Expr::Function(Box::new(make))
            }
            AExpr::JoinedStr(j) => Expr::FString(self.fstring_parts(&j.values)?),
            AExpr::FormattedValue(_) => Expr::FString(self.fstring_parts(std::slice::from_ref(e))?),
            AExpr::Yield(y) => Expr::Yield(y.value.as_deref().map(|v| self.boxed(v)).transpose()?),
            AExpr::YieldFrom(y) => Expr::YieldFrom(self.boxed(&y.value)?),
            AExpr::Await(_) => return Err(unsupported("'await'", line)),
            AExpr::Starred(_) => {
                return Err(SyntaxError {
                    message: "can't use starred expression here".into(),
                    line: line as usize,
                    column: 1,
                })
            }
        })
    }

    fn elts(&mut self, elts: &[AExpr]) -> LResult<Vec<Elt>> {
        elts.iter()
            .map(|e| match e {
                AExpr::Starred(s) => Ok(Elt::Star(self.expr(&s.value)?)),
                other => Ok(Elt::One(self.expr(other)?)),
            })
            .collect()
    }

    fn call(&mut self, c: &ast::ExprCall, line: u32) -> LResult<Expr> {
        if let AExpr::Name(n) = c.func.as_ref() {
            if n.id.as_str() == "super" && c.args.is_empty() && c.keywords.is_empty() {
                if let Some(e) = self.zero_arg_super() {
                    return Ok(e);
                }
            }
            if n.id.as_str() == "dir" && c.args.is_empty() && c.keywords.is_empty() {
                if let Some(e) = self.function_dir() {
                    return Ok(e);
                }
            }
        }
        let args = self.elts(&c.args)?;
        let mut keywords = Vec::new();
        for k in &c.keywords {
            match &k.arg {
                Some(a) => {
                    keywords.push(Keyword::Named(Rc::from(a.as_str()), self.expr(&k.value)?))
                }
                None => keywords.push(Keyword::Spread(self.expr(&k.value)?)),
            }
        }
        let simple = args.iter().all(|a| matches!(a, Elt::One(_)))
            && keywords.iter().all(|k| matches!(k, Keyword::Named(..)));
        let call = Box::new(CallArgs {
            args,
            keywords,
            simple,
            method_cache: Default::default(),
        });
        let _ = line;
        Ok(match c.func.as_ref() {
            AExpr::Attribute(a) => {
                Expr::MethodCall(self.boxed(&a.value)?, Rc::from(a.attr.as_str()), call)
            }
            f => Expr::Call(self.boxed(f)?, call),
        })
    }

    /// `dir()` inside a function (not a generator expression, whose hidden
    /// iterator CPython would list): the function's own and free variables.
    fn function_dir(&mut self) -> Option<Expr> {
        let scope = &self.table.scopes[self.scope];
        if scope.kind != ScopeKind::Function || scope.is_genexp {
            return None;
        }
        let mut names: Vec<String> = scope
            .syms
            .iter()
            .filter(|(_, s)| matches!(s, Sym::Local | Sym::Cell | Sym::Free))
            .map(|(n, _)| n.clone())
            .collect();
        names.sort();
        let variables = names
            .iter()
            .map(|n| self.name(n))
            .filter(|slot| matches!(slot, Name::Local(..) | Name::Cell(..)))
            .collect();
        let callee = Expr::Load(self.name("dir"));
        Some(Expr::DirCall(Box::new(callee), variables))
    }

    /// `super()` inside a method: the `__class__` cell and the first parameter.
    fn zero_arg_super(&mut self) -> Option<Expr> {
        let scope = &self.table.scopes[self.scope];
        if scope.kind != ScopeKind::Function || scope.syms.get("__class__") != Some(&Sym::Free) {
            return None;
        }
        let first = scope.params.first()?.clone();
        let class_cell = self.name("__class__");
        let this = self.name(&first);
        Some(Expr::SuperCall(class_cell, this))
    }

    fn comprehension(
        &mut self,
        node: &AExpr,
        kind: CompKind,
        element: &AExpr,
        value: Option<&AExpr>,
        gens: &[ast::Comprehension],
        line: u32,
    ) -> LResult<Expr> {
        let id = self.table.by_node[&node_key(node)];
        let mut loops = Vec::new();
        let outer = self.scope;
        for (i, g) in gens.iter().enumerate() {
            if g.is_async {
                return Err(unsupported("'async for' in a comprehension", line));
            }
            // The first iterable belongs to the enclosing scope.
            let iter = if i == 0 {
                self.expr(&g.iter)?
            } else {
                Expr::Const(Value::None)
            };
            self.scope = id;
            let iter = if i == 0 { iter } else { self.expr(&g.iter)? };
            let target = self.target(&g.target)?;
            let conditions = g.ifs.iter().map(|c| self.expr(c)).collect::<LResult<_>>()?;
            self.scope = outer;
            loops.push(CompLoop {
                target,
                iter,
                conditions,
            });
        }
        self.scope = id;
        let element = self.expr(element);
        let value = value.map(|v| self.expr(v)).transpose();
        let scope = &self.table.scopes[id];
        let mut cell_names: Vec<String> = scope
            .syms
            .iter()
            .filter(|(_, s)| **s == Sym::Cell)
            .map(|(n, _)| n.clone())
            .collect();
        cell_names.sort();
        let fresh_cells = cell_names
            .iter()
            .filter_map(|n| match self.name(n) {
                Name::Cell(slot, _) => Some(slot),
                _ => None,
            })
            .collect();
        self.scope = outer;
        Ok(Expr::Comprehension(Box::new(Comprehension {
            kind,
            loops,
            element: element?,
            value: value?,
            fresh_cells,
        })))
    }

    /// A generator expression is a generator function of one hidden parameter
    /// (the first iterator), called at once.
    fn generator_expression(
        &mut self,
        node: &AExpr,
        g: &ast::ExprGeneratorExp,
        line: u32,
    ) -> LResult<Expr> {
        let gens = &g.generators;
        let first_iter = match gens.first() {
            Some(first) => self.expr(&first.iter)?,
            None => return Err(unsupported("an empty generator expression", line)),
        };
        let id = self.table.by_node[&node_key(node)];
        let outer = self.scope;
        self.scope = id;
        let result = (|| -> LResult<Vec<Stmt>> {
            let mut body = vec![Stmt {
                line,
                kind: StmtKind::Expr(Expr::Yield(Some(self.boxed(&g.elt)?))),
            }];
            for (i, comp) in gens.iter().enumerate().rev() {
                if comp.is_async {
                    return Err(unsupported("'async for' in a generator expression", line));
                }
                for cond in comp.ifs.iter().rev() {
                    body = vec![Stmt {
                        line,
                        kind: StmtKind::If(self.expr(cond)?, body, Vec::new()),
                    }];
                }
                let iter = if i == 0 {
                    Expr::Load(self.name(".0"))
                } else {
                    self.expr(&comp.iter)?
                };
                let target = self.target(&comp.target)?;
                body = vec![Stmt {
                    line,
                    kind: StmtKind::For(target, iter, body, Vec::new()),
                }];
            }
            Ok(body)
        })();
        let param = Param {
            name: Rc::from(".0"),
            slot: self.name(".0"),
        };
        self.scope = outer;
        let body = result?;
        let closure = self.closure_slots(id);
        let layout = &self.layouts[id];
        let code = FunctionCode {
            names: code_names("<genexpr>", layout),
            qualname: Rc::from(self.qualified("<genexpr>").as_str()),
            posonly: 1,
            params: vec![param],
            kwonly: Vec::new(),
            varargs: None,
            varkw: None,
            n_locals: layout.locals.len(),
            n_own_cells: layout.n_own_cells,
            body,
            is_generator: true,
            binds_directly: false,
            doc: None,
            first_line: line,
        };
        Ok(Expr::Function(Box::new(MakeFunction {
            code: Rc::new(code),
            defaults: Vec::new(),
            kw_defaults: Vec::new(),
            closure,
            genexp_iter: Some(first_iter),
            annotations: Vec::new(),
        })))
    }

    fn fstring_parts(&mut self, values: &[AExpr]) -> LResult<Vec<FPart>> {
        let mut parts = Vec::new();
        for v in values {
            match v {
                AExpr::Constant(c) => {
                    if let Constant::Str(s) = &c.value {
                        parts.push(FPart::Lit(Rc::from(s.as_str())));
                    }
                }
                AExpr::FormattedValue(f) => {
                    let conversion = match f.conversion {
                        ast::ConversionFlag::None => Conversion::None,
                        ast::ConversionFlag::Str => Conversion::Str,
                        ast::ConversionFlag::Repr => Conversion::Repr,
                        ast::ConversionFlag::Ascii => Conversion::Ascii,
                    };
                    let spec = match f.format_spec.as_deref() {
                        Some(AExpr::JoinedStr(j)) => Some(self.fstring_parts(&j.values)?),
                        Some(other) => Some(self.fstring_parts(std::slice::from_ref(other))?),
                        None => None,
                    };
                    parts.push(FPart::Value(self.expr(&f.value)?, conversion, spec));
                }
                AExpr::JoinedStr(j) => parts.extend(self.fstring_parts(&j.values)?),
                other => parts.push(FPart::Value(self.expr(other)?, Conversion::None, None)),
            }
        }
        Ok(parts)
    }

    fn pattern(&mut self, p: &ast::Pattern) -> LResult<Pattern> {
        use ast::Pattern as P;
        let line = self.line_of(p);
        self.enter(line)?;
        let out = match p {
            P::MatchValue(v) => Pattern::Value(self.expr(&v.value)?),
            P::MatchSingleton(s) => Pattern::Singleton(constant(&s.value, line, self.globals)?),
            P::MatchSequence(s) => {
                let star = s.patterns.iter().position(|p| matches!(p, P::MatchStar(_)));
                Pattern::Sequence(
                    s.patterns
                        .iter()
                        .map(|p| self.pattern(p))
                        .collect::<LResult<_>>()?,
                    star,
                )
            }
            P::MatchStar(s) => Pattern::Star(s.name.as_ref().map(|n| self.name(n.as_str()))),
            P::MatchMapping(m) => {
                let mut items = Vec::new();
                for (k, p) in m.keys.iter().zip(&m.patterns) {
                    items.push((self.expr(k)?, self.pattern(p)?));
                }
                Pattern::Mapping(items, m.rest.as_ref().map(|r| self.name(r.as_str())))
            }
            P::MatchClass(c) => {
                let cls = self.expr(&c.cls)?;
                let positional = c
                    .patterns
                    .iter()
                    .map(|p| self.pattern(p))
                    .collect::<LResult<_>>()?;
                let mut keywords = Vec::new();
                for (k, p) in c.kwd_attrs.iter().zip(&c.kwd_patterns) {
                    keywords.push((Rc::from(k.as_str()), self.pattern(p)?));
                }
                Pattern::Class(cls, positional, keywords)
            }
            P::MatchAs(a) => Pattern::As(
                a.pattern
                    .as_deref()
                    .map(|p| self.pattern(p).map(Box::new))
                    .transpose()?,
                a.name.as_ref().map(|n| self.name(n.as_str())),
            ),
            P::MatchOr(o) => Pattern::Or(
                o.patterns
                    .iter()
                    .map(|p| self.pattern(p))
                    .collect::<LResult<_>>()?,
            ),
        };
        self.depth -= 1;
        Ok(out)
    }
}

fn code_names(name: &str, layout: &FrameLayout) -> Rc<CodeNames> {
    Rc::new(CodeNames {
        name: Rc::from(name),
        locals: layout.locals.keys().map(|n| Rc::from(n.as_str())).collect(),
    })
}

fn docstring(body: &[AStmt]) -> Option<Rc<str>> {
    match body.first() {
        Some(AStmt::Expr(e)) => match e.value.as_ref() {
            AExpr::Constant(c) => match &c.value {
                Constant::Str(s) => Some(Rc::from(s.as_str())),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

fn constant(c: &Constant, line: u32, globals: &mut GlobalNames) -> LResult<Value> {
    Ok(match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::Bool(*b),
        Constant::Str(s) => globals.str_constant(s),
        Constant::Bytes(b) => Value::bytes(b.clone()),
        Constant::Int(i) => Value::from_bigint(BigInt::from(i.clone())),
        Constant::Float(f) => Value::Float(*f),
        Constant::Tuple(items) => Value::tuple(
            items
                .iter()
                .map(|i| constant(i, line, globals))
                .collect::<LResult<_>>()?,
        ),
        Constant::Ellipsis => Value::Ellipsis,
        Constant::Complex { .. } => return Err(unsupported("complex numbers", line)),
    })
}

fn binop(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::Div,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::BitOr,
        O::BitXor => BinOp::BitXor,
        O::BitAnd => BinOp::BitAnd,
        O::FloorDiv => BinOp::FloorDiv,
    }
}

fn cmpop(op: ast::CmpOp) -> CmpOp {
    use ast::CmpOp as C;
    match op {
        C::Eq => CmpOp::Eq,
        C::NotEq => CmpOp::Ne,
        C::Lt => CmpOp::Lt,
        C::LtE => CmpOp::Le,
        C::Gt => CmpOp::Gt,
        C::GtE => CmpOp::Ge,
        C::Is => CmpOp::Is,
        C::IsNot => CmpOp::IsNot,
        C::In => CmpOp::In,
        C::NotIn => CmpOp::NotIn,
    }
}

fn describe_expr(e: &AExpr) -> &'static str {
    match e {
        AExpr::Call(_) => "function call",
        AExpr::Constant(_) => "literal",
        AExpr::BinOp(_) | AExpr::UnaryOp(_) => "expression",
        AExpr::Compare(_) => "comparison",
        AExpr::Lambda(_) => "lambda",
        AExpr::JoinedStr(_) => "f-string expression",
        _ => "expression",
    }
}
