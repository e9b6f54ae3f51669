//! Scope analysis: which names each function, class, module and comprehension
//! binds, and where every name it uses lives. Runs over the whole module before
//! lowering, so a function's frame layout (slots, cells, free variables) is
//! final before its body is lowered. Must not produce IR.

use indexmap::{IndexMap, IndexSet};
use rustpython_parser::ast::{self, Expr, Stmt};
use std::collections::{HashMap, HashSet};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
    /// Inline list/set/dict comprehension: own names, but the host's frame.
    Comprehension,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Sym {
    Local,
    Cell,
    Free,
    Global,
    /// Bound in a class body.
    ClassNs,
    /// A comprehension's use of a name of the scope hosting it (same frame).
    Outer,
}

pub struct Scope {
    pub kind: ScopeKind,
    pub parent: Option<usize>,
    pub bound: IndexSet<String>,
    pub used: IndexSet<String>,
    pub globals: HashSet<String>,
    pub nonlocals: HashSet<String>,
    pub params: Vec<String>,
    pub has_yield: bool,
    /// Generator expressions: walrus targets inside bind in the enclosing scope.
    pub is_genexp: bool,
    pub syms: HashMap<String, Sym>,
    /// For frame owners: cell names created by this frame, then free names, in slot order.
    pub cells: IndexSet<String>,
    pub frees: IndexSet<String>,
    pub locals: IndexSet<String>,
}

/// The scope tree of one module, keyed by the address of the AST node that opens each scope.
pub struct ScopeTable {
    pub scopes: Vec<Scope>,
    pub by_node: HashMap<usize, usize>,
    pub error: Option<(String, usize)>,
}

pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

/// Analyses a module body. `error` is set for a `nonlocal` with no binding.
pub fn analyse(body: &[Stmt]) -> ScopeTable {
    let mut b = Builder {
        table: ScopeTable {
            scopes: Vec::new(),
            by_node: HashMap::new(),
            error: None,
        },
        stack: Vec::new(),
    };
    b.push(ScopeKind::Module, 0);
    for s in body {
        b.stmt(s);
    }
    b.stack.pop();
    let mut table = b.table;
    resolve(&mut table);
    table
}

impl ScopeTable {
    /// The scope that owns the frame a scope's code runs in.
    pub fn frame_of(&self, mut id: usize) -> usize {
        while self.scopes[id].kind == ScopeKind::Comprehension {
            match self.scopes[id].parent {
                Some(p) => id = p,
                None => break,
            }
        }
        id
    }
}

struct Builder {
    table: ScopeTable,
    stack: Vec<usize>,
}

impl Builder {
    fn push(&mut self, kind: ScopeKind, key: usize) -> usize {
        let id = self.table.scopes.len();
        self.table.scopes.push(Scope {
            kind,
            parent: self.stack.last().copied(),
            bound: IndexSet::new(),
            used: IndexSet::new(),
            globals: HashSet::new(),
            nonlocals: HashSet::new(),
            params: Vec::new(),
            has_yield: false,
            is_genexp: false,
            syms: HashMap::new(),
            cells: IndexSet::new(),
            frees: IndexSet::new(),
            locals: IndexSet::new(),
        });
        self.table.by_node.insert(key, id);
        self.stack.push(id);
        id
    }
    fn cur(&mut self) -> &mut Scope {
        let id = *self.stack.last().unwrap_or(&0);
        &mut self.table.scopes[id]
    }
    fn bind(&mut self, name: &str) {
        self.cur().bound.insert(name.to_string());
    }
    fn use_name(&mut self, name: &str) {
        self.cur().used.insert(name.to_string());
    }
    /// Walrus targets bind in the nearest enclosing non-comprehension scope.
    fn bind_walrus(&mut self, name: &str) {
        for &id in self.stack.iter().rev() {
            let s = &self.table.scopes[id];
            if s.kind != ScopeKind::Comprehension && !s.is_genexp {
                self.table.scopes[id].bound.insert(name.to_string());
                return;
            }
            self.table.scopes[id].used.insert(name.to_string());
        }
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(d);
                }
                self.arg_defaults(&f.args);
                self.annotations(&f.args, f.returns.as_deref());
                self.bind(f.name.as_str());
                self.function(node_key(s), &f.args, |b| b.stmts(&f.body));
            }
            Stmt::AsyncFunctionDef(f) => {
                self.bind(f.name.as_str());
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(d);
                }
                for e in &c.bases {
                    self.expr(e);
                }
                for k in &c.keywords {
                    self.expr(&k.value);
                }
                self.bind(c.name.as_str());
                self.push(ScopeKind::Class, node_key(s));
                self.stmts(&c.body);
                self.stack.pop();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v);
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.target(t);
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value);
                for t in &a.targets {
                    self.target(t);
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value);
                if let Expr::Name(n) = a.target.as_ref() {
                    self.use_name(n.id.as_str());
                }
                self.target(&a.target);
            }
            Stmt::AnnAssign(a) => {
                // Class and module bodies evaluate the annotation of a name
                // (into `__annotations__`): a lambda or comprehension in it
                // is a scope of its own the lowering will look up.
                let scope = self.stack.last().map(|&id| self.table.scopes[id].kind);
                if matches!(scope, Some(ScopeKind::Class | ScopeKind::Module))
                    && matches!(a.target.as_ref(), Expr::Name(_))
                {
                    self.expr(&a.annotation);
                }
                if let Some(v) = &a.value {
                    self.expr(v);
                    self.target(&a.target);
                } else if let Expr::Name(n) = a.target.as_ref() {
                    // A bare annotation still makes the name local, as in CPython.
                    self.bind(n.id.as_str());
                } else {
                    self.target(&a.target);
                }
            }
            Stmt::For(f) => {
                self.expr(&f.iter);
                self.target(&f.target);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            Stmt::While(w) => {
                self.expr(&w.test);
                self.stmts(&w.body);
                self.stmts(&w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                self.stmts(&i.body);
                self.stmts(&i.orelse);
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr);
                    if let Some(v) = &item.optional_vars {
                        self.target(v);
                    }
                }
                self.stmts(&w.body);
            }
            Stmt::Match(m) => {
                self.expr(&m.subject);
                for c in &m.cases {
                    self.pattern(&c.pattern);
                    if let Some(g) = &c.guard {
                        self.expr(g);
                    }
                    self.stmts(&c.body);
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e);
                }
                if let Some(e) = &r.cause {
                    self.expr(e);
                }
            }
            Stmt::Try(t) => {
                self.stmts(&t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(e) = &h.type_ {
                        self.expr(e);
                    }
                    if let Some(n) = &h.name {
                        self.bind(n.as_str());
                    }
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            Stmt::Assert(a) => {
                self.expr(&a.test);
                if let Some(m) = &a.msg {
                    self.expr(m);
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let name = match &a.asname {
                        Some(n) => n.as_str(),
                        None => a.name.as_str().split('.').next().unwrap_or(""),
                    };
                    self.bind(name);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    self.bind(a.asname.as_ref().unwrap_or(&a.name).as_str());
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    self.cur().globals.insert(n.to_string());
                }
            }
            Stmt::Nonlocal(n) => {
                let id = *self.stack.last().unwrap_or(&0);
                if self.cur().kind == ScopeKind::Module {
                    self.table.error.get_or_insert((
                        "nonlocal declaration not allowed at module level".to_string(),
                        id,
                    ));
                }
                for n in &n.names {
                    self.cur().nonlocals.insert(n.to_string());
                }
            }
            Stmt::Expr(e) => self.expr(&e.value),
            _ => {}
        }
    }

    fn arg_defaults(&mut self, args: &ast::Arguments) {
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            if let Some(d) = &a.default {
                self.expr(d);
            }
        }
    }

    fn annotations(&mut self, args: &ast::Arguments, returns: Option<&Expr>) {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
            .map(|a| &a.def);
        for a in all
            .chain(args.vararg.as_deref())
            .chain(args.kwarg.as_deref())
        {
            if let Some(ann) = &a.annotation {
                self.expr(ann);
            }
        }
        if let Some(r) = returns {
            self.expr(r);
        }
    }

    fn function(&mut self, key: usize, args: &ast::Arguments, body: impl FnOnce(&mut Builder)) {
        let id = self.push(ScopeKind::Function, key);
        let mut params = Vec::new();
        for a in args.posonlyargs.iter().chain(&args.args) {
            params.push(a.def.arg.to_string());
        }
        if let Some(v) = &args.vararg {
            params.push(v.arg.to_string());
        }
        for a in &args.kwonlyargs {
            params.push(a.def.arg.to_string());
        }
        if let Some(k) = &args.kwarg {
            params.push(k.arg.to_string());
        }
        for p in &params {
            self.bind(p);
        }
        self.table.scopes[id].params = params;
        body(self);
        self.stack.pop();
    }

    fn comprehension(
        &mut self,
        key: usize,
        gens: &[ast::Comprehension],
        kind: ScopeKind,
        elts: &[&Expr],
    ) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = gens.first() {
            self.expr(&first.iter);
        }
        let id = self.push(kind, key);
        if kind == ScopeKind::Function {
            // A generator expression receives its first iterator as a hidden parameter.
            self.table.scopes[id].params = vec![".0".into()];
            self.table.scopes[id].is_genexp = true;
            self.bind(".0");
            self.table.scopes[id].has_yield = true;
        }
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            self.target(&g.target);
            for c in &g.ifs {
                self.expr(c);
            }
        }
        for e in elts {
            self.expr(e);
        }
        self.stack.pop();
    }

    fn target(&mut self, t: &Expr) {
        match t {
            Expr::Name(n) => self.bind(n.id.as_str()),
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.target(e)),
            Expr::List(l) => l.elts.iter().for_each(|e| self.target(e)),
            Expr::Starred(s) => self.target(&s.value),
            other => self.expr(other),
        }
    }

    fn pattern(&mut self, p: &ast::Pattern) {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.expr(&v.value),
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => s.patterns.iter().for_each(|p| self.pattern(p)),
            P::MatchMapping(m) => {
                m.keys.iter().for_each(|k| self.expr(k));
                m.patterns.iter().for_each(|p| self.pattern(p));
                if let Some(r) = &m.rest {
                    self.bind(r.as_str());
                }
            }
            P::MatchClass(c) => {
                self.expr(&c.cls);
                c.patterns.iter().for_each(|p| self.pattern(p));
                c.kwd_patterns.iter().for_each(|p| self.pattern(p));
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.bind(n.as_str());
                }
            }
            P::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p);
                }
                if let Some(n) = &a.name {
                    self.bind(n.as_str());
                }
            }
            P::MatchOr(o) => o.patterns.iter().for_each(|p| self.pattern(p)),
        }
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::Name(n) => {
                self.use_name(n.id.as_str());
                if n.id.as_str() == "super" {
                    self.use_name("__class__");
                }
            }
            Expr::BoolOp(b) => b.values.iter().for_each(|v| self.expr(v)),
            Expr::NamedExpr(n) => {
                self.expr(&n.value);
                if let Expr::Name(t) = n.target.as_ref() {
                    self.bind_walrus(t.id.as_str());
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left);
                self.expr(&b.right);
            }
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::Lambda(l) => {
                self.arg_defaults(&l.args);
                self.function(node_key(e), &l.args, |b| b.expr(&l.body));
            }
            Expr::IfExp(i) => {
                self.expr(&i.test);
                self.expr(&i.body);
                self.expr(&i.orelse);
            }
            Expr::Dict(d) => {
                d.keys.iter().flatten().for_each(|k| self.expr(k));
                d.values.iter().for_each(|v| self.expr(v));
            }
            Expr::Set(s) => s.elts.iter().for_each(|v| self.expr(v)),
            Expr::ListComp(c) => self.comprehension(
                node_key(e),
                &c.generators,
                ScopeKind::Comprehension,
                &[&c.elt],
            ),
            Expr::SetComp(c) => self.comprehension(
                node_key(e),
                &c.generators,
                ScopeKind::Comprehension,
                &[&c.elt],
            ),
            Expr::DictComp(c) => self.comprehension(
                node_key(e),
                &c.generators,
                ScopeKind::Comprehension,
                &[&c.key, &c.value],
            ),
            Expr::GeneratorExp(c) => {
                self.comprehension(node_key(e), &c.generators, ScopeKind::Function, &[&c.elt])
            }
            Expr::Await(a) => self.expr(&a.value),
            Expr::Yield(y) => {
                self.cur().has_yield = true;
                if let Some(v) = &y.value {
                    self.expr(v);
                }
            }
            Expr::YieldFrom(y) => {
                self.cur().has_yield = true;
                self.expr(&y.value);
            }
            Expr::Compare(c) => {
                self.expr(&c.left);
                c.comparators.iter().for_each(|v| self.expr(v));
            }
            Expr::Call(c) => {
                self.expr(&c.func);
                c.args.iter().for_each(|v| self.expr(v));
                c.keywords.iter().for_each(|k| self.expr(&k.value));
            }
            Expr::FormattedValue(f) => {
                self.expr(&f.value);
                if let Some(s) = &f.format_spec {
                    self.expr(s);
                }
            }
            Expr::JoinedStr(j) => j.values.iter().for_each(|v| self.expr(v)),
            Expr::Constant(_) => {}
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            Expr::Starred(s) => self.expr(&s.value),
            Expr::List(l) => l.elts.iter().for_each(|v| self.expr(v)),
            Expr::Tuple(t) => t.elts.iter().for_each(|v| self.expr(v)),
            Expr::Slice(s) => {
                for p in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(p);
                }
            }
        }
    }
}

/// Decides every scope's symbols, then lays out the frames.
fn resolve(t: &mut ScopeTable) {
    for id in 0..t.scopes.len() {
        let names: Vec<String> = {
            let s = &t.scopes[id];
            s.used
                .iter()
                .chain(s.bound.iter())
                .chain(s.nonlocals.iter())
                .cloned()
                .collect()
        };
        for name in names {
            if t.scopes[id].syms.contains_key(&name) {
                continue;
            }
            let sym = decide(t, id, &name);
            t.scopes[id].syms.insert(name, sym);
        }
    }
    for id in 0..t.scopes.len() {
        let frame = t.frame_of(id);
        let s = &t.scopes[id];
        let mut locals = Vec::new();
        let mut cells = Vec::new();
        let mut frees = Vec::new();
        let mut ordered: Vec<&String> = s.params.iter().collect();
        let mut rest: Vec<&String> = s.syms.keys().filter(|n| !s.params.contains(n)).collect();
        rest.sort();
        ordered.extend(rest);
        for name in ordered {
            let key = frame_key(t, id, frame, name);
            match s.syms.get(name) {
                Some(Sym::Local) => locals.push(key),
                Some(Sym::Cell) => cells.push(key),
                Some(Sym::Free) if id == frame => frees.push(name.clone()),
                _ => {}
            }
        }
        let f = &mut t.scopes[frame];
        f.locals.extend(locals);
        f.cells.extend(cells);
        f.frees.extend(frees);
    }
}

/// Comprehension names live in the host frame under a name made unique per comprehension.
pub fn frame_key(t: &ScopeTable, id: usize, frame: usize, name: &str) -> String {
    if id == frame || t.scopes[id].kind != ScopeKind::Comprehension {
        name.to_string()
    } else {
        format!("{}#{}", name, id)
    }
}

fn decide(t: &mut ScopeTable, id: usize, name: &str) -> Sym {
    let s = &t.scopes[id];
    match s.kind {
        ScopeKind::Module => Sym::Global,
        ScopeKind::Class => {
            if s.globals.contains(name) {
                Sym::Global
            } else if name == "__class__" {
                Sym::Cell
            } else if s.bound.contains(name) {
                Sym::ClassNs
            } else {
                free_lookup(t, id, name)
            }
        }
        ScopeKind::Function | ScopeKind::Comprehension => {
            if s.globals.contains(name) {
                Sym::Global
            } else if s.nonlocals.contains(name) {
                match free_lookup(t, id, name) {
                    Sym::Free => Sym::Free,
                    _ => {
                        t.error.get_or_insert((
                            format!("no binding for nonlocal '{}' found", name),
                            id,
                        ));
                        Sym::Global
                    }
                }
            } else if s.bound.contains(name) {
                Sym::Local
            } else {
                free_lookup(t, id, name)
            }
        }
    }
}

/// Looks a name up in the enclosing scopes. Marks the binding scope's symbol a
/// cell and every frame in between as passing it through; returns `Free`, or
/// `Global` when no function binds it. For comprehensions whose host binds the
/// name, the comprehension simply uses the host's symbol.
fn free_lookup(t: &mut ScopeTable, id: usize, name: &str) -> Sym {
    let mut chain = vec![id];
    let mut cur = t.scopes[id].parent;
    while let Some(a) = cur {
        let scope = &t.scopes[a];
        let found = match scope.kind {
            ScopeKind::Module => return Sym::Global,
            ScopeKind::Class => name == "__class__",
            _ => {
                if scope.globals.contains(name) {
                    return Sym::Global;
                }
                scope.bound.contains(name) || scope.nonlocals.contains(name)
            }
        };
        if found {
            let binding = match t.scopes[a].syms.get(name).copied() {
                Some(s) => s,
                None => {
                    let s = decide(t, a, name);
                    t.scopes[a].syms.insert(name.to_string(), s);
                    s
                }
            };
            // Inline comprehensions share their host's frame: no cell needed when
            // every scope between is a comprehension hosted by `a`'s frame.
            let same_frame = chain.iter().all(|&c| t.frame_of(c) == t.frame_of(a));
            if same_frame {
                for &c in &chain[1..] {
                    t.scopes[c]
                        .syms
                        .entry(name.to_string())
                        .or_insert(Sym::Outer);
                }
                return Sym::Outer;
            }
            if binding == Sym::Local {
                t.scopes[a].syms.insert(name.to_string(), Sym::Cell);
            }
            for &c in &chain[1..] {
                t.scopes[c]
                    .syms
                    .entry(name.to_string())
                    .or_insert(Sym::Free);
            }
            return Sym::Free;
        }
        chain.push(a);
        cur = t.scopes[a].parent;
    }
    Sym::Global
}

/// Names a frame owner's layout: local slot per name, cell slot per cell/free name.
pub struct FrameLayout {
    pub locals: IndexMap<String, u32>,
    pub cells: IndexMap<String, u32>,
    pub n_own_cells: usize,
}

impl ScopeTable {
    pub fn layout(&self, frame: usize) -> FrameLayout {
        let s = &self.scopes[frame];
        let locals = s
            .locals
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i as u32))
            .collect();
        let mut cells: IndexMap<String, u32> = IndexMap::new();
        for n in s.cells.iter().chain(s.frees.iter()) {
            let next = cells.len() as u32;
            cells.entry(n.clone()).or_insert(next);
        }
        FrameLayout {
            locals,
            cells,
            n_own_cells: s.cells.len(),
        }
    }
}
