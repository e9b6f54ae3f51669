//! The intermediate representation the evaluator walks.
//!
//! Every name is already resolved to where it lives (frame slot, closure cell,
//! module global, class namespace), call shapes are precomputed, and constants
//! are ready-made values. It must not mention the parser's types, so the parser
//! can be replaced by rewriting `parse` and `lower` only.

use std::rc::Rc;

use crate::value::Value;

pub type Slot = u32;

/// Where a name lives, decided once at lowering.
#[derive(Clone, Debug)]
pub enum Name {
    /// A plain local of the current frame.
    Local(Slot, Rc<str>),
    /// A cell of the current frame: captured by an inner function or free here.
    Cell(Slot, Rc<str>),
    /// A module global (falls back to the builtin of the same name when unset).
    Global(Slot, Rc<str>),
    /// A name assigned in a class body: looked up in the class namespace first.
    ClassNs(Rc<str>, Box<Name>),
}

pub struct Stmt {
    pub line: u32,
    pub kind: StmtKind,
}

pub enum StmtKind {
    Expr(Expr),
    /// The value of a top-level expression statement is kept as the run's result.
    ExprResult(Expr),
    Assign(Vec<Target>, Expr),
    AugAssign(Target, BinOp, Expr),
    /// `x: int` without a value: only checks that the target expression evaluates.
    Annotated(Target),
    /// Statements lowered from one source statement.
    Block(Vec<Stmt>),
    /// A class-body or module-level annotation of a name, recorded in the
    /// class's `__annotations__` or (when the global is given) the module's.
    Annotate(Rc<str>, Expr, Option<Name>),
    Delete(Vec<Target>),
    If(Expr, Vec<Stmt>, Vec<Stmt>),
    While(Expr, Vec<Stmt>, Vec<Stmt>),
    For(Target, Expr, Vec<Stmt>, Vec<Stmt>),
    Break,
    Continue,
    Pass,
    Return(Option<Expr>),
    Raise(Option<Expr>, Option<Expr>),
    Try(Box<TryStmt>),
    With(Vec<(Expr, Option<Target>)>, Vec<Stmt>),
    FunctionDef(Box<MakeFunction>, Vec<Expr>, Target),
    ClassDef(Box<ClassDef>),
    Import(Vec<ImportName>),
    ImportFrom(Rc<str>, Vec<(Rc<str>, Target)>),
    Assert(Expr, Option<Expr>),
    Match(Expr, Vec<MatchCase>),
}

pub struct TryStmt {
    pub body: Vec<Stmt>,
    pub handlers: Vec<Handler>,
    pub orelse: Vec<Stmt>,
    pub finalbody: Vec<Stmt>,
}

pub struct Handler {
    pub class: Option<Expr>,
    pub name: Option<Name>,
    pub body: Vec<Stmt>,
}

pub struct ImportName {
    /// Dotted module path as written.
    pub module: Rc<str>,
    /// `import a.b` binds `a`; `import a.b as c` binds the submodule.
    pub bind_top: bool,
    pub target: Target,
}

pub struct ClassDef {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub bases: Vec<Expr>,
    pub keywords: Vec<(Rc<str>, Expr)>,
    pub decorators: Vec<Expr>,
    /// The class body runs like a function body with its own frame.
    pub body: Rc<FunctionCode>,
    pub closure: Vec<Slot>,
    /// The class body's `__class__` cell, filled once the class exists (zero-argument `super()`).
    pub class_cell: Option<Slot>,
    pub target: Target,
}

pub enum Target {
    Name(Name),
    Attr(Expr, Rc<str>),
    Subscript(Expr, Expr),
    /// `a, *b, c = ...`: `star` is the index of the starred target.
    Unpack(Vec<Target>, Option<usize>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Not,
    Invert,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Is,
    IsNot,
    In,
    NotIn,
}

pub enum Expr {
    Const(Value),
    Load(Name),
    BinOp(BinOp, Box<Expr>, Box<Expr>),
    Unary(UnaryOp, Box<Expr>),
    And(Vec<Expr>),
    Or(Vec<Expr>),
    Compare(Box<Expr>, Vec<(CmpOp, Expr)>),
    IfExp(Box<Expr>, Box<Expr>, Box<Expr>),
    Walrus(Name, Box<Expr>),
    Call(Box<Expr>, Box<CallArgs>),
    /// `obj.name(args)`, without building a bound method.
    MethodCall(Box<Expr>, Rc<str>, Box<CallArgs>),
    /// Zero-argument `super()`: the `__class__` cell and the first parameter.
    SuperCall(Name, Name),
    /// `dir()` in a function: what `dir` names (called as usual unless it is
    /// the builtin) and the function's variables, sorted by name, listed
    /// when bound.
    DirCall(Box<Expr>, Vec<Name>),
    Attr(Box<Expr>, Rc<str>),
    Subscript(Box<Expr>, Box<Expr>),
    Slice(Option<Box<Expr>>, Option<Box<Expr>>, Option<Box<Expr>>),
    List(Vec<Elt>),
    Tuple(Vec<Elt>),
    Set(Vec<Elt>),
    Dict(Vec<DictItem>),
    Comprehension(Box<Comprehension>),
    Function(Box<MakeFunction>),
    FString(Vec<FPart>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
}

pub enum Elt {
    One(Expr),
    Star(Expr),
}

pub enum DictItem {
    Pair(Expr, Expr),
    Spread(Expr),
}

pub struct CallArgs {
    pub args: Vec<Elt>,
    pub keywords: Vec<Keyword>,
    /// No `*` or `**`: arguments map one to one.
    pub simple: bool,
    /// For `obj.name(...)`: the plain method found on the last instance's class.
    pub method_cache: crate::value::MethodCache,
}

pub enum Keyword {
    Named(Rc<str>, Expr),
    Spread(Expr),
}

pub enum FPart {
    Lit(Rc<str>),
    Value(Expr, Conversion, Option<Vec<FPart>>),
}

#[derive(Clone, Copy, Debug)]
pub enum Conversion {
    None,
    Str,
    Repr,
    Ascii,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
}

/// A list, set or dict comprehension, run inline in the enclosing frame with
/// its iteration variables in slots of their own.
pub struct Comprehension {
    pub kind: CompKind,
    pub loops: Vec<CompLoop>,
    pub element: Expr,
    /// Dict comprehensions: the value expression (`element` is the key).
    pub value: Option<Expr>,
    /// Cells owned by the comprehension, made fresh on every run.
    pub fresh_cells: Vec<Slot>,
}

pub struct CompLoop {
    pub target: Target,
    pub iter: Expr,
    pub conditions: Vec<Expr>,
}

/// Builds a function object (def, lambda, generator expression).
pub struct MakeFunction {
    pub code: Rc<FunctionCode>,
    pub defaults: Vec<Expr>,
    pub kw_defaults: Vec<(usize, Expr)>,
    /// Cells of the defining frame captured, in the order of the code's free vars.
    pub closure: Vec<Slot>,
    /// Generator expressions: the first iterable, evaluated eagerly and passed as the only argument.
    pub genexp_iter: Option<Expr>,
    /// Parameter and return annotations (`"return"`), evaluated at definition
    /// time into the function's `__annotations__`.
    pub annotations: Vec<(Rc<str>, Expr)>,
}

pub struct Param {
    pub name: Rc<str>,
    /// Where the argument is stored in the new frame.
    pub slot: Name,
}

/// The names a frame of some code reports: its own, for tracebacks, and its local
/// variables', the first place CPython looks for a NameError's "Did you mean".
pub struct CodeNames {
    pub name: Rc<str>,
    pub locals: Box<[Rc<str>]>,
}

pub struct FunctionCode {
    pub names: Rc<CodeNames>,
    pub qualname: Rc<str>,
    pub posonly: usize,
    /// Positional parameters (positional-only first).
    pub params: Vec<Param>,
    pub kwonly: Vec<Param>,
    pub varargs: Option<Param>,
    pub varkw: Option<Param>,
    pub body: Vec<Stmt>,
    pub n_locals: usize,
    /// Cells created fresh on each call (captured locals), as `(cell slot)`.
    pub n_own_cells: usize,
    pub is_generator: bool,
    /// Plain positional parameters only (no `*args`, keyword-only or
    /// `**kwargs`) and not a generator: a call with as many plain positional
    /// arguments binds them straight into the frame. Worked out once here
    /// rather than on every call.
    pub binds_directly: bool,
    pub doc: Option<Rc<str>>,
    pub first_line: u32,
}

impl FunctionCode {
    pub fn name(&self) -> &Rc<str> {
        &self.names.name
    }
}

pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

pub enum Pattern {
    Value(Expr),
    Singleton(Value),
    Sequence(Vec<Pattern>, Option<usize>),
    /// `*name` inside a sequence pattern (`None` for `*_`).
    Star(Option<Name>),
    Mapping(Vec<(Expr, Pattern)>, Option<Name>),
    Class(Expr, Vec<Pattern>, Vec<(Rc<str>, Pattern)>),
    As(Option<Box<Pattern>>, Option<Name>),
    Or(Vec<Pattern>),
}
