//! `re`: CPython's regular expressions.
//!
//! Owns the module functions, `Pattern`, `Match` and the `finditer`
//! iterator. Patterns are rewritten by `translate` (Python syntax, Python
//! semantics) and run by `engine`; this file converts byte offsets to
//! code-point positions. Empty matches follow CPython 3.7+ (an empty match
//! may follow a non-empty one; after an empty match the next one must
//! advance). Must not run unbounded: every search counts an operation, a
//! backtracking search counts its steps (`estimate::REGEX_STEPS_PER_OPERATION`)
//! and checks the clock and the memory its stack holds as it goes, and the
//! clock is looked at after every long automaton search.

mod backtrack;
mod engine;
mod template;
mod translate;

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use crate::eval::{Args, PyResult, Unwind, UnwindKind, Vm};
use crate::limits::estimate;
use crate::value::{BuiltinFn, Class, ClassRef, DictObj, NativeObject, PyStr, Value};

use super::params::bind;
use engine::{Anchor, Engine, Spans};
use template::Piece;
use translate::{translate, ReError};

/// Compiled patterns kept per thread, as CPython's `re` cache.
const CACHE_SIZE: usize = 512;
/// Bytes of text after which an automaton search looks at the clock.
const CLOCK_AFTER_BYTES: usize = 1 << 16;

macro_rules! builtin {
    ($static:ident, $name:literal, $f:expr) => {
        pub static $static: BuiltinFn = BuiltinFn {
            name: $name,
            call: $f,
        };
    };
}

builtin!(COMPILE, "compile", compile);
builtin!(SEARCH, "search", |vm, a| module_match(
    vm,
    a,
    "search",
    Anchor::Search
));
builtin!(MATCH, "match", |vm, a| module_match(
    vm,
    a,
    "match",
    Anchor::Match
));
builtin!(FULLMATCH, "fullmatch", |vm, a| module_match(
    vm,
    a,
    "fullmatch",
    Anchor::Full
));
builtin!(FINDALL, "findall", |vm, a| module_scan(vm, a, "findall"));
builtin!(FINDITER, "finditer", |vm, a| module_scan(vm, a, "finditer"));
builtin!(SUB, "sub", |vm, a| module_sub(vm, a, "sub"));
builtin!(SUBN, "subn", |vm, a| module_sub(vm, a, "subn"));
builtin!(SPLIT, "split", module_split);
builtin!(ESCAPE, "escape", escape);
builtin!(PURGE, "purge", |_vm, _a| {
    CACHE.with(|c| c.borrow_mut().clear());
    Ok(Value::None)
});

/// The module table.
pub fn build(vm: &Vm) -> HashMap<Rc<str>, Value> {
    let object = vm.types.object.clone();
    let pattern = Class::native("re.Pattern", "re", vec![object.clone()], None);
    let match_ = Class::native("re.Match", "re", vec![object.clone()], None);
    let iter = Class::native("callable_iterator", "builtins", vec![object], None);
    pattern
        .ns
        .borrow_mut()
        .insert(Rc::from("__iterator_class__"), Value::Class(iter));
    let error = Class::native("error", "re", vec![vm.types.exception("Exception")], None);
    let mut m = HashMap::new();
    for f in [
        &COMPILE, &SEARCH, &MATCH, &FULLMATCH, &FINDALL, &FINDITER, &SUB, &SUBN, &SPLIT, &ESCAPE,
        &PURGE,
    ] {
        let (k, v) = super::func(f);
        m.insert(k, v);
    }
    m.insert(Rc::from("Pattern"), Value::Class(pattern));
    m.insert(Rc::from("Match"), Value::Class(match_));
    m.insert(Rc::from("error"), Value::Class(error));
    use translate as t;
    // RegexFlag's members in CPython's definition order, then the aliases.
    let flags: [(&str, u32); 10] = [
        ("NOFLAG", 0),
        ("ASCII", t::ASCII),
        ("IGNORECASE", t::IGNORECASE),
        ("LOCALE", t::LOCALE),
        ("UNICODE", t::UNICODE),
        ("MULTILINE", t::MULTILINE),
        ("DOTALL", t::DOTALL),
        ("VERBOSE", t::VERBOSE),
        ("TEMPLATE", t::TEMPLATE),
        ("DEBUG", t::DEBUG),
    ];
    let aliases = [
        ("A", "ASCII"),
        ("I", "IGNORECASE"),
        ("L", "LOCALE"),
        ("U", "UNICODE"),
        ("M", "MULTILINE"),
        ("S", "DOTALL"),
        ("X", "VERBOSE"),
        ("T", "TEMPLATE"),
    ];
    let spec: Vec<(&str, i64)> = flags.iter().map(|(n, v)| (*n, *v as i64)).collect();
    match super::enums::regex_flag(vm, &spec) {
        Ok(class) => {
            for (name, _) in flags {
                if let Some(v) = class.ns.borrow().get(name) {
                    m.insert(Rc::from(name), v.clone());
                }
            }
            for (alias, name) in aliases {
                if let Some(v) = class.ns.borrow().get(name) {
                    m.insert(Rc::from(alias), v.clone());
                }
            }
            m.insert(Rc::from("RegexFlag"), Value::Class(class));
        }
        Err(_) => {
            for (name, v) in flags {
                m.insert(Rc::from(name), Value::Int(v as i64));
            }
            for (alias, name) in aliases {
                if let Some(v) = m.get(name).cloned() {
                    m.insert(Rc::from(alias), v);
                }
            }
        }
    }
    m
}

// ----- compiled patterns -----

/// A translated pattern and its compiled engines; shared by every `Pattern`
/// object with the same source and flags.
pub struct Core {
    pattern: Rc<str>,
    given_flags: u32,
    flags: u32,
    groups: usize,
    names: Vec<(Rc<str>, usize)>,
    parents: Vec<usize>,
    /// The engine for texts not ending with a newline, and for those that
    /// do (a non-multiline `$` translates differently), compiled on first use.
    engines: RefCell<[Option<Rc<Engine>>; 2]>,
}

thread_local! {
    static CACHE: RefCell<HashMap<(Rc<str>, u32), Rc<Core>>> = RefCell::new(HashMap::new());
}

impl Core {
    fn engine(&self, vm: &Vm, nl: bool) -> PyResult<Rc<Engine>> {
        if let Some(e) = &self.engines.borrow()[nl as usize] {
            return Ok(e.clone());
        }
        let t = translate(&self.pattern, self.given_flags, nl)
            .map_err(|e| raise_re_error(vm, &e, &self.pattern))?;
        let engine =
            Engine::new(t.regex, t.backtracking).map_err(|msg| self.engine_error(vm, msg))?;
        let engine = Rc::new(engine);
        self.engines.borrow_mut()[nl as usize] = Some(engine.clone());
        Ok(engine)
    }

    fn engine_error(&self, vm: &Vm, msg: String) -> Unwind {
        let err = ReError {
            kind: "error",
            msg,
            pos: None,
        };
        raise_re_error(vm, &err, &self.pattern)
    }

    fn group_index(&self, name: &str) -> Option<usize> {
        self.names
            .iter()
            .find(|(n, _)| n.as_ref() == name)
            .map(|(_, i)| *i)
    }

    /// One search of `text` (already cut at endpos) from byte `pos`: byte
    /// spans of every group, or `None`.
    fn run(&self, vm: &Vm, anchor: Anchor, text: &str, pos: usize) -> PyResult<Option<Spans>> {
        vm.tick()?;
        let engine = self.engine(vm, text.ends_with('\n'))?;
        let mut checkpoint = |steps: u64, stack_bytes: usize| -> PyResult<()> {
            vm.tick_n(steps / estimate::REGEX_STEPS_PER_OPERATION)?;
            vm.check_alloc(estimate::raw_bytes(stack_bytes as u64))
        };
        match engine.find(text, pos, anchor, &mut checkpoint) {
            Ok(spans) => {
                if text.len() - pos > CLOCK_AFTER_BYTES {
                    // A long automaton search counts as one operation: look at the clock.
                    vm.check_clock()?;
                }
                Ok(spans)
            }
            Err(mut u) => {
                if let UnwindKind::Limit(e) = u.kind_mut() {
                    e.message = format!(
                        "{} (in a backtracking search for the regular expression {})",
                        e.message,
                        crate::eval::repr::str_repr(&self.pattern)
                    );
                }
                Err(u)
            }
        }
    }
}

/// The compiled core for a pattern string and flags, from the cache when possible.
fn core_for(vm: &Vm, pattern: &str, flags: u32) -> PyResult<Rc<Core>> {
    let key: (Rc<str>, u32) = (Rc::from(pattern), flags);
    if let Some(c) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(c);
    }
    let t = translate(pattern, flags, false).map_err(|e| raise_re_error(vm, &e, pattern))?;
    let core = Rc::new(Core {
        pattern: key.0.clone(),
        given_flags: flags,
        flags: t.flags,
        groups: t.groups,
        names: t
            .names
            .into_iter()
            .map(|(n, i)| (Rc::from(n.as_str()), i))
            .collect(),
        parents: t.parents,
        engines: RefCell::new(Default::default()),
    });
    // Look-behind width is checked by the engine: surface it at compile time.
    // Otherwise the engine compiles on first use (compiling is costly).
    if pattern.contains("(?<") {
        core.engine(vm, false)?;
    }
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= CACHE_SIZE {
            c.clear();
        }
        c.insert(key, core.clone());
    });
    Ok(core)
}

/// Raises `re.error` (or the ValueError/OverflowError CPython raises instead).
fn raise_re_error(vm: &Vm, e: &ReError, pattern: &str) -> Unwind {
    if e.kind != "error" {
        return vm.raise(e.kind, e.msg.clone());
    }
    let class = match super::module_attr(vm, "re", "error") {
        Some(Value::Class(ref c)) => c.clone(),
        _ => vm.types.exception("Exception"),
    };
    let mut full = e.msg.clone();
    let (mut lineno, mut colno) = (Value::None, Value::None);
    if let Some(pos) = e.pos {
        let before: String = pattern.chars().take(pos).collect();
        let line = before.matches('\n').count() + 1;
        let col = match before.rfind('\n') {
            Some(nl) => before[nl + 1..].chars().count() + 1,
            None => pos + 1,
        };
        full = format!("{} at position {}", full, pos);
        if pattern.contains('\n') {
            full = format!("{} (line {}, column {})", full, line, col);
        }
        lineno = Value::Int(line as i64);
        colno = Value::Int(col as i64);
    }
    let exc = vm.new_exception(&class, vec![Value::string(full)]);
    if let Value::Instance(i) = &exc {
        let mut attrs = i.attrs.borrow_mut();
        attrs.insert(Rc::from("msg"), Value::string(e.msg.clone()));
        attrs.insert(
            Rc::from("pattern"),
            if e.pos.is_some() {
                Value::str(pattern)
            } else {
                Value::None
            },
        );
        attrs.insert(
            Rc::from("pos"),
            e.pos.map_or(Value::None, |p| Value::Int(p as i64)),
        );
        attrs.insert(Rc::from("lineno"), lineno);
        attrs.insert(Rc::from("colno"), colno);
    }
    Unwind::raise(exc)
}

// ----- classes -----

pub struct Types {
    pattern: ClassRef,
    match_: ClassRef,
    iter: ClassRef,
}

fn types(vm: &Vm) -> PyResult<Rc<Types>> {
    super::cached_classes(&vm.module_classes.re, || lookup_types(vm))
}

fn lookup_types(vm: &Vm) -> PyResult<Types> {
    let class = |name: &str| match super::module_attr(vm, "re", name) {
        Some(Value::Class(ref c)) => Ok(c.clone()),
        _ => Err(vm.raise("ImportError", "the re module is not loaded")),
    };
    let pattern = class("Pattern")?;
    let iter = match pattern.ns.borrow().get("__iterator_class__") {
        Some(Value::Class(c)) => c.clone(),
        _ => vm.types.object.clone(),
    };
    Ok(Types {
        match_: class("Match")?,
        pattern,
        iter,
    })
}

/// A compiled pattern object (`re.Pattern`).
pub struct PatternObj {
    class: ClassRef,
    core: Rc<Core>,
}

const PATTERN_METHODS: &[&str] = &[
    "search",
    "match",
    "fullmatch",
    "findall",
    "finditer",
    "sub",
    "subn",
    "split",
];

impl NativeObject for PatternObj {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &Vm, _this: &Value) -> PyResult<String> {
        let text: String = crate::eval::repr::str_repr(&self.core.pattern)
            .chars()
            .take(200)
            .collect();
        let mut flags = self.core.flags;
        if flags & (translate::LOCALE | translate::UNICODE | translate::ASCII) == translate::UNICODE
        {
            flags &= !translate::UNICODE;
        }
        if flags == 0 {
            return Ok(format!("re.compile({})", text));
        }
        let names = [
            (translate::TEMPLATE, "re.TEMPLATE"),
            (translate::IGNORECASE, "re.IGNORECASE"),
            (translate::LOCALE, "re.LOCALE"),
            (translate::MULTILINE, "re.MULTILINE"),
            (translate::DOTALL, "re.DOTALL"),
            (translate::UNICODE, "re.UNICODE"),
            (translate::VERBOSE, "re.VERBOSE"),
            (translate::DEBUG, "re.DEBUG"),
            (translate::ASCII, "re.ASCII"),
        ];
        let mut parts: Vec<String> = Vec::new();
        for (bit, name) in names {
            if flags & bit != 0 {
                parts.push(name.to_string());
                flags &= !bit;
            }
        }
        if flags != 0 {
            parts.push(format!("{:#x}", flags));
        }
        Ok(format!("re.compile({}, {})", text, parts.join("|")))
    }
    fn get_attr(&self, vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        let c = &self.core;
        Ok(Some(match name {
            "pattern" => Value::str(&c.pattern),
            "flags" => Value::Int(c.flags as i64),
            "groups" => Value::Int(c.groups as i64),
            "groupindex" => {
                let mut d = DictObj::new();
                for (n, i) in &c.names {
                    vm.dict_set(&mut d, Value::str(n), Value::Int(*i as i64))?;
                }
                Value::dict(d)
            }
            _ => return Ok(None),
        }))
    }
    fn has_method(&self, name: &str) -> bool {
        PATTERN_METHODS.contains(&name)
    }
    fn call_method(&self, vm: &Vm, this: &Value, name: &str, args: Args) -> PyResult<Value> {
        let core = self.core.clone();
        match name {
            "search" | "match" | "fullmatch" => {
                let mode = match name {
                    "search" => Anchor::Search,
                    "match" => Anchor::Match,
                    _ => Anchor::Full,
                };
                let s = ac_bind(vm, name, args, &["string", "pos", "endpos"], 1)?;
                let (string, pos, endpos) = subject_range(vm, &s)?;
                do_match(vm, this, &core, mode, string, pos, endpos)
            }
            "findall" | "finditer" => {
                let s = ac_bind(vm, name, args, &["string", "pos", "endpos"], 1)?;
                let (string, pos, endpos) = subject_range(vm, &s)?;
                scan(vm, this, &core, name, string, pos, endpos)
            }
            "sub" | "subn" => {
                let s = ac_bind(vm, name, args, &["repl", "string", "count"], 2)?;
                let string = subject(vm, s[1].as_ref())?;
                let count = opt_int(vm, s[2].as_ref())?;
                substitute(
                    vm,
                    this,
                    &core,
                    s[0].clone().unwrap_or(Value::None),
                    string,
                    count,
                    name == "subn",
                )
            }
            "split" => {
                let s = ac_bind(vm, name, args, &["string", "maxsplit"], 1)?;
                let string = subject(vm, s[0].as_ref())?;
                let maxsplit = opt_int(vm, s[1].as_ref())?;
                split(vm, &core, string, maxsplit)
            }
            _ => Err(vm.raise(
                "AttributeError",
                crate::errors::no_attribute("re.Pattern", name),
            )),
        }
    }
    fn eq(&self, _vm: &Vm, other: &Value) -> Option<PyResult<bool>> {
        let o = crate::value::native_ref::<PatternObj>(other)?;
        Some(Ok(
            o.core.pattern == self.core.pattern && o.core.flags == self.core.flags
        ))
    }
    fn hash(&self, vm: &Vm) -> Option<PyResult<u64>> {
        Some(vm.hash(&Value::str(&self.core.pattern)))
    }
}

/// A match (`re.Match`): positions are code-point indices into `string`.
pub struct MatchObj {
    class: ClassRef,
    pattern: Value,
    core: Rc<Core>,
    string: Rc<PyStr>,
    pos: usize,
    endpos: usize,
    spans: Vec<Option<(usize, usize)>>,
}

const MATCH_METHODS: &[&str] = &[
    "group",
    "groups",
    "groupdict",
    "start",
    "end",
    "span",
    "expand",
    "__getitem__",
];

impl MatchObj {
    fn text(&self, g: usize) -> Option<&str> {
        self.spans[g].map(|(a, b)| self.string.substring(a, b))
    }
    fn group_value(&self, g: usize, default: &Value) -> Value {
        match self.text(g) {
            Some(t) => Value::str(t),
            None => default.clone(),
        }
    }
    /// A group argument (number or name) → index, or CPython's IndexError.
    fn index(&self, vm: &Vm, v: &Value) -> PyResult<usize> {
        let i = match v {
            Value::Int(i) => usize::try_from(*i).ok(),
            Value::Bool(b) => Some(*b as usize),
            Value::Str(s) => self.core.group_index(s.as_str()),
            _ => None,
        };
        match i {
            Some(i) if i <= self.core.groups => Ok(i),
            _ => Err(vm.raise("IndexError", "no such group")),
        }
    }
    fn group_arg(&self, vm: &Vm, args: &Args, name: &str) -> PyResult<usize> {
        if args.pos.len() > 1 {
            return Err(vm.type_error(format!(
                "{}() takes at most 1 argument ({} given)",
                name,
                args.pos.len()
            )));
        }
        match args.pos.first() {
            Some(v) => self.index(vm, v),
            None => Ok(0),
        }
    }
    fn lastindex(&self) -> Option<usize> {
        let mut best: Option<usize> = None;
        for g in 1..self.spans.len() {
            let Some((_, end)) = self.spans[g] else {
                continue;
            };
            best = match best {
                None => Some(g),
                Some(b) => {
                    let bend = self.spans[b].map_or(0, |s| s.1);
                    if end > bend || (end == bend && !self.is_ancestor(g, b)) {
                        Some(if self.is_ancestor(b, g) { b } else { g })
                    } else {
                        Some(b)
                    }
                }
            };
        }
        best
    }
    /// Whether group `a` encloses group `b`.
    fn is_ancestor(&self, a: usize, b: usize) -> bool {
        let mut p = self.core.parents.get(b).copied().unwrap_or(0);
        while p != 0 {
            if p == a {
                return true;
            }
            p = self.core.parents.get(p).copied().unwrap_or(0);
        }
        false
    }
}

impl NativeObject for MatchObj {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn heap_bytes(&self) -> usize {
        self.spans.len().saturating_mul(24)
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &Vm, _this: &Value) -> PyResult<String> {
        let (a, b) = self.spans[0].unwrap_or((0, 0));
        let text: String = crate::eval::repr::str_repr(self.text(0).unwrap_or(""))
            .chars()
            .take(50)
            .collect();
        Ok(format!(
            "<re.Match object; span=({}, {}), match={}>",
            a, b, text
        ))
    }
    fn get_attr(&self, _vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(Some(match name {
            "string" => Value::Str(self.string.clone()),
            "re" => self.pattern.clone(),
            "pos" => Value::Int(self.pos as i64),
            "endpos" => Value::Int(self.endpos as i64),
            "lastindex" => self
                .lastindex()
                .map_or(Value::None, |i| Value::Int(i as i64)),
            "lastgroup" => self
                .lastindex()
                .and_then(|i| self.core.names.iter().find(|(_, g)| *g == i))
                .map_or(Value::None, |(n, _)| Value::str(n)),
            "regs" => Value::tuple(self.spans.iter().map(|s| span_value(*s)).collect()),
            _ => return Ok(None),
        }))
    }
    fn has_method(&self, name: &str) -> bool {
        MATCH_METHODS.contains(&name)
    }
    fn call_method(&self, vm: &Vm, _this: &Value, name: &str, args: Args) -> PyResult<Value> {
        match name {
            "group" => {
                if !args.kw.is_empty() {
                    return Err(vm.type_error("group() takes no keyword arguments"));
                }
                match args.pos.len() {
                    0 => Ok(self.group_value(0, &Value::None)),
                    1 => Ok(self.group_value(self.index(vm, &args.pos[0])?, &Value::None)),
                    _ => {
                        let mut out = Vec::with_capacity(args.pos.len());
                        for a in &args.pos {
                            out.push(self.group_value(self.index(vm, a)?, &Value::None));
                        }
                        Ok(Value::tuple(out))
                    }
                }
            }
            "__getitem__" => {
                let g = self.group_arg(vm, &args, name)?;
                Ok(self.group_value(g, &Value::None))
            }
            "groups" | "groupdict" => {
                let s = ac_bind(vm, name, args, &["default"], 0)?;
                let default = s[0].clone().unwrap_or(Value::None);
                if name == "groups" {
                    return Ok(Value::tuple(
                        (1..=self.core.groups)
                            .map(|g| self.group_value(g, &default))
                            .collect(),
                    ));
                }
                let mut d = DictObj::new();
                for (n, g) in &self.core.names {
                    vm.dict_set(&mut d, Value::str(n), self.group_value(*g, &default))?;
                }
                Ok(Value::dict(d))
            }
            "start" | "end" | "span" => {
                let g = self.group_arg(vm, &args, name)?;
                let span = self.spans[g];
                Ok(match name {
                    "start" => Value::Int(span.map_or(-1, |s| s.0 as i64)),
                    "end" => Value::Int(span.map_or(-1, |s| s.1 as i64)),
                    _ => span_value(span),
                })
            }
            "expand" => {
                let s = ac_bind(vm, name, args, &["template"], 1)?;
                let tpl = match &s[0] {
                    Some(Value::Str(t)) => t.clone(),
                    Some(other) => {
                        return Err(vm.type_error(format!(
                            "expected str instance, {} found",
                            vm.type_name(other)
                        )))
                    }
                    None => Rc::new(PyStr::new("")),
                };
                let pieces = template::parse(vm, &self.core, tpl.as_str())
                    .map_err(|e| template_error(vm, e, tpl.as_str()))?;
                let mut out = String::new();
                for p in &pieces {
                    match p {
                        Piece::Lit(t) => out.push_str(t),
                        Piece::Group(g) => out.push_str(self.text(*g).unwrap_or("")),
                    }
                }
                Ok(Value::string(out))
            }
            _ => Err(vm.raise(
                "AttributeError",
                crate::errors::no_attribute("re.Match", name),
            )),
        }
    }
    fn get_item(&self, vm: &Vm, key: &Value) -> Option<PyResult<Value>> {
        Some(
            self.index(vm, key)
                .map(|g| self.group_value(g, &Value::None)),
        )
    }
    fn truthy(&self, _vm: &Vm) -> Option<PyResult<bool>> {
        Some(Ok(true))
    }
}

fn span_value(span: Option<(usize, usize)>) -> Value {
    match span {
        Some((a, b)) => Value::tuple(vec![Value::Int(a as i64), Value::Int(b as i64)]),
        None => Value::tuple(vec![Value::Int(-1), Value::Int(-1)]),
    }
}

// ----- argument handling -----

/// Binds arguments of a C-level method, with Argument Clinic's messages.
fn ac_bind(
    vm: &Vm,
    name: &str,
    args: Args,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let given = args.pos.len() + args.kw.len();
    if args.pos.len() > names.len() {
        return Err(vm.type_error(format!(
            "{}() takes at most {} argument{} ({} given)",
            name,
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            given
        )));
    }
    crate::modules::natives::bind_slots(vm, name, names, required, args)
}

/// The subject string of a match; refuses non-strings as CPython does.
fn subject(vm: &Vm, v: Option<&Value>) -> PyResult<Rc<PyStr>> {
    match v {
        Some(Value::Str(s)) => Ok(s.clone()),
        Some(Value::Bytes(_)) => {
            Err(vm.type_error("cannot use a string pattern on a bytes-like object"))
        }
        Some(other) => Err(vm.type_error(format!(
            "expected string or bytes-like object, got '{}'",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error("expected string or bytes-like object, got 'NoneType'")),
    }
}

fn opt_int(vm: &Vm, v: Option<&Value>) -> PyResult<i64> {
    match v {
        None => Ok(0),
        Some(Value::Int(i)) => Ok(*i),
        Some(Value::Bool(b)) => Ok(*b as i64),
        // RegexFlag members.
        Some(v @ Value::Instance(_)) if vm.special_method(v, "__index__").is_some() => {
            let i = vm.call(
                &Value::Class(vm.types.of_kind(crate::types::TypeKind::Int)),
                crate::eval::Args::new(vec![v.clone()]),
            )?;
            opt_int(vm, Some(&i))
        }
        Some(Value::BigInt(b)) => Ok(if num_traits::Signed::is_negative(b.as_ref()) {
            i64::MIN
        } else {
            i64::MAX
        }),
        Some(other) => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(other)
        ))),
    }
}

/// `(string, pos, endpos)` of a `Pattern` method, clamped as CPython does.
fn subject_range(vm: &Vm, s: &[Option<Value>]) -> PyResult<(Rc<PyStr>, usize, usize)> {
    let string = subject(vm, s[0].as_ref())?;
    let len = string.char_len() as i64;
    let pos = opt_int(vm, s[1].as_ref())?.clamp(0, len) as usize;
    let endpos = match &s[2] {
        None => len,
        Some(v) => opt_int(vm, Some(v))?.clamp(0, len),
    } as usize;
    Ok((string, pos, endpos))
}

/// The pattern argument of a module function: a string or a `Pattern`.
fn pattern_arg(vm: &Vm, p: Option<&Value>, flags: Option<&Value>) -> PyResult<(Value, Rc<Core>)> {
    let flags = opt_int(vm, flags)?;
    match p {
        Some(v @ Value::Native(_)) => {
            let Some(po) = crate::value::native_ref::<PatternObj>(v) else {
                return Err(vm.type_error("first argument must be string or compiled pattern"));
            };
            if flags != 0 {
                return Err(vm.value_error("cannot process flags argument with a compiled pattern"));
            }
            Ok((v.clone(), po.core.clone()))
        }
        Some(Value::Str(s)) => {
            let core = core_for(vm, s.as_str(), flags as u32)?;
            let t = types(vm)?;
            let obj = Value::native(PatternObj {
                class: t.pattern.clone(),
                core: core.clone(),
            });
            Ok((obj, core))
        }
        Some(Value::Bytes(_)) => {
            Err(vm.type_error("bytes patterns are not supported in codeact; decode to str first"))
        }
        _ => Err(vm.type_error("first argument must be string or compiled pattern")),
    }
}

// ----- module functions -----

fn compile(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = bind(vm, "compile", args, &["pattern", "flags"], 1, 2)?;
    Ok(pattern_arg(vm, s[0].as_ref(), s[1].as_ref())?.0)
}

fn module_match(vm: &Vm, args: Args, name: &str, mode: Anchor) -> PyResult<Value> {
    let s = bind(vm, name, args, &["pattern", "string", "flags"], 2, 3)?;
    let (p, core) = pattern_arg(vm, s[0].as_ref(), s[2].as_ref())?;
    let string = subject(vm, s[1].as_ref())?;
    let len = string.char_len();
    do_match(vm, &p, &core, mode, string, 0, len)
}

fn module_scan(vm: &Vm, args: Args, name: &str) -> PyResult<Value> {
    let s = bind(vm, name, args, &["pattern", "string", "flags"], 2, 3)?;
    let (p, core) = pattern_arg(vm, s[0].as_ref(), s[2].as_ref())?;
    let string = subject(vm, s[1].as_ref())?;
    let len = string.char_len();
    scan(vm, &p, &core, name, string, 0, len)
}

fn module_sub(vm: &Vm, args: Args, name: &str) -> PyResult<Value> {
    let s = bind(
        vm,
        name,
        args,
        &["pattern", "repl", "string", "count", "flags"],
        3,
        5,
    )?;
    let (p, core) = pattern_arg(vm, s[0].as_ref(), s[4].as_ref())?;
    let string = subject(vm, s[2].as_ref())?;
    let count = opt_int(vm, s[3].as_ref())?;
    substitute(
        vm,
        &p,
        &core,
        s[1].clone().unwrap_or(Value::None),
        string,
        count,
        name == "subn",
    )
}

fn module_split(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = bind(
        vm,
        "split",
        args,
        &["pattern", "string", "maxsplit", "flags"],
        2,
        4,
    )?;
    let (_, core) = pattern_arg(vm, s[0].as_ref(), s[3].as_ref())?;
    let string = subject(vm, s[1].as_ref())?;
    let maxsplit = opt_int(vm, s[2].as_ref())?;
    split(vm, &core, string, maxsplit)
}

/// Characters `re.escape` puts a backslash before, as CPython's `_special_chars_map`.
const ESCAPED: &str = "()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c";

/// `re.escape` of a str: a pattern that matches `text` literally.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if ESCAPED.contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn escape(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = bind(vm, "escape", args, &["pattern"], 1, 1)?;
    match &s[0] {
        Some(Value::Str(t)) => Ok(Value::string(escape_text(t.as_str()))),
        Some(Value::Bytes(b)) => {
            let mut out = Vec::with_capacity(b.len() + 8);
            for &c in b.iter() {
                if c < 0x80 && ESCAPED.contains(c as char) {
                    out.push(b'\\');
                }
                out.push(c);
            }
            Ok(Value::bytes(out))
        }
        Some(other) => Err(vm.type_error(format!(
            "expected str instance, {} found",
            vm.type_name(other)
        ))),
        None => Ok(Value::None),
    }
}

// ----- matching -----

/// Converts byte offsets of one string to code-point indices, moving a
/// cursor so a left-to-right scan costs linear time overall.
struct CharMap<'a> {
    text: &'a str,
    ascii: bool,
    byte: usize,
    chr: usize,
}

impl<'a> CharMap<'a> {
    fn new(s: &'a PyStr) -> CharMap<'a> {
        CharMap {
            text: s.as_str(),
            ascii: s.is_ascii(),
            byte: 0,
            chr: 0,
        }
    }
    fn to_char(&mut self, b: usize) -> usize {
        if self.ascii {
            return b;
        }
        if b >= self.byte {
            self.chr += self.text[self.byte..b].chars().count();
        } else {
            self.chr -= self.text[b..self.byte].chars().count();
        }
        self.byte = b;
        self.chr
    }
    fn spans(&mut self, spans: &Spans) -> Spans {
        spans
            .iter()
            .map(|s| s.map(|(a, b)| (self.to_char(a), self.to_char(b))))
            .collect()
    }
}

fn make_match(
    vm: &Vm,
    pattern: &Value,
    core: &Rc<Core>,
    string: &Rc<PyStr>,
    pos: usize,
    endpos: usize,
    spans: Spans,
) -> PyResult<Value> {
    Ok(Value::native(MatchObj {
        class: types(vm)?.match_.clone(),
        pattern: pattern.clone(),
        core: core.clone(),
        string: string.clone(),
        pos,
        endpos,
        spans,
    }))
}

fn do_match(
    vm: &Vm,
    pattern: &Value,
    core: &Rc<Core>,
    mode: Anchor,
    string: Rc<PyStr>,
    pos: usize,
    endpos: usize,
) -> PyResult<Value> {
    if endpos < pos {
        return Ok(Value::None);
    }
    let end_b = string.byte_offset(endpos);
    let pos_b = string.byte_offset(pos);
    let text = &string.as_str()[..end_b];
    match core.run(vm, mode, text, pos_b)? {
        Some(sp) => {
            let spans = CharMap::new(&string).spans(&sp);
            make_match(vm, pattern, core, &string, pos, endpos, spans)
        }
        None => Ok(Value::None),
    }
}

/// Successive matches over a string, with CPython's empty-match rules.
struct Scanner {
    core: Rc<Core>,
    string: Rc<PyStr>,
    end_b: usize,
    pos_b: Cell<usize>,
    must_advance: Cell<bool>,
    done: Cell<bool>,
}

impl Scanner {
    fn new(core: &Rc<Core>, string: &Rc<PyStr>, pos: usize, endpos: usize) -> Scanner {
        Scanner {
            core: core.clone(),
            end_b: string.byte_offset(endpos),
            pos_b: Cell::new(string.byte_offset(pos)),
            must_advance: Cell::new(false),
            done: Cell::new(endpos < pos),
            string: string.clone(),
        }
    }

    fn next(&self, vm: &Vm) -> PyResult<Option<Spans>> {
        if self.done.get() {
            return Ok(None);
        }
        let text = &self.string.as_str()[..self.end_b];
        let pos = self.pos_b.get();
        let mut found = self.core.run(vm, Anchor::Search, text, pos)?;
        if self.must_advance.get() {
            if let Some(Some((a, b))) = found.as_ref().map(|s| s[0]) {
                if a == pos && b == pos {
                    found = self.core.run(vm, Anchor::NonEmpty, text, pos)?;
                    if found.is_none() {
                        match text[pos..].chars().next() {
                            Some(c) => {
                                found =
                                    self.core
                                        .run(vm, Anchor::Search, text, pos + c.len_utf8())?
                            }
                            None => found = None,
                        }
                    }
                }
            }
        }
        match found {
            Some(sp) => {
                let (a, b) = sp[0].unwrap_or((pos, pos));
                self.must_advance.set(a == b);
                self.pos_b.set(b);
                Ok(Some(sp))
            }
            None => {
                self.done.set(true);
                Ok(None)
            }
        }
    }
}

/// `findall` (a list) or `finditer` (an iterator of matches).
fn scan(
    vm: &Vm,
    pattern: &Value,
    core: &Rc<Core>,
    name: &str,
    string: Rc<PyStr>,
    pos: usize,
    endpos: usize,
) -> PyResult<Value> {
    let scanner = Scanner::new(core, &string, pos, endpos);
    if name == "finditer" {
        return Ok(Value::native(MatchIter {
            class: types(vm)?.iter.clone(),
            pattern: pattern.clone(),
            pos,
            endpos,
            scanner,
        }));
    }
    let mut out = Vec::new();
    while let Some(sp) = scanner.next(vm)? {
        let text = |g: usize| match sp[g] {
            Some((a, b)) => Value::str(&string.as_str()[a..b]),
            None => Value::str(""),
        };
        let item = match core.groups {
            0 => text(0),
            1 => text(1),
            n => Value::tuple((1..=n).map(text).collect()),
        };
        vm.check_alloc(crate::limits::estimate::values(out.len() as u64))?;
        out.push(item);
    }
    Ok(Value::list(out))
}

/// The iterator `finditer` returns.
struct MatchIter {
    class: ClassRef,
    pattern: Value,
    pos: usize,
    endpos: usize,
    scanner: Scanner,
}

impl NativeObject for MatchIter {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<callable_iterator object at {:#x}>",
            this.identity()
        ))
    }
    fn iter(&self, _vm: &Vm, this: &Value) -> Option<PyResult<Value>> {
        Some(Ok(this.clone()))
    }
    fn next_supported(&self) -> bool {
        true
    }
    fn next(&self, vm: &Vm) -> Option<PyResult<Option<Value>>> {
        Some((|| {
            let Some(sp) = self.scanner.next(vm)? else {
                return Ok(None);
            };
            let string = &self.scanner.string;
            let spans = CharMap::new(string).spans(&sp);
            Ok(Some(make_match(
                vm,
                &self.pattern,
                &self.scanner.core,
                string,
                self.pos,
                self.endpos,
                spans,
            )?))
        })())
    }
}

fn template_error(vm: &Vm, e: template::TemplateError, tpl: &str) -> Unwind {
    match e {
        template::TemplateError::Re(r) => raise_re_error(vm, &r, tpl),
        template::TemplateError::Index(msg) => vm.raise("IndexError", msg),
    }
}

fn substitute(
    vm: &Vm,
    pattern: &Value,
    core: &Rc<Core>,
    repl: Value,
    string: Rc<PyStr>,
    count: i64,
    with_count: bool,
) -> PyResult<Value> {
    enum Repl {
        Pieces(Vec<Piece>),
        Call(Value),
    }
    let repl = match &repl {
        Value::Str(t) if !t.as_str().contains('\\') => {
            Repl::Pieces(vec![Piece::Lit(t.as_str().to_string())])
        }
        Value::Str(t) => Repl::Pieces(
            template::parse(vm, core, t.as_str()).map_err(|e| template_error(vm, e, t.as_str()))?,
        ),
        v if is_callable(vm, v) => Repl::Call(v.clone()),
        other => {
            return Err(vm.type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                vm.type_name(other)
            )))
        }
    };
    let len = string.char_len();
    let scanner = Scanner::new(core, &string, 0, len);
    let text = string.as_str();
    let mut out = String::with_capacity(text.len());
    let mut last = 0usize;
    let mut n = 0i64;
    // Pieces CPython would have joined so far, for its error message.
    let mut joined = 0i64;
    if count >= 0 {
        while count == 0 || n < count {
            let Some(sp) = scanner.next(vm)? else {
                break;
            };
            let (a, b) = sp[0].unwrap_or((last, last));
            out.push_str(&text[last..a]);
            joined += (a > last) as i64;
            match &repl {
                Repl::Pieces(pieces) => {
                    for p in pieces {
                        match p {
                            Piece::Lit(t) => out.push_str(t),
                            Piece::Group(g) => {
                                if let Some((x, y)) = sp[*g] {
                                    out.push_str(&text[x..y]);
                                }
                            }
                        }
                    }
                }
                Repl::Call(f) => {
                    let spans = CharMap::new(&string).spans(&sp);
                    let m = make_match(vm, pattern, core, &string, 0, len, spans)?;
                    match vm.call(f, Args::new(vec![m]))? {
                        Value::Str(ref s) => {
                            out.push_str(s.as_str());
                            joined += 1;
                        }
                        Value::None => {}
                        other => {
                            return Err(vm.type_error(format!(
                                "sequence item {}: expected str instance, {} found",
                                joined,
                                vm.type_name(&other)
                            )))
                        }
                    }
                }
            }
            vm.check_alloc(crate::limits::estimate::text_so_far(out.len()))?;
            last = b;
            n += 1;
        }
    }
    out.push_str(&text[last..]);
    let result = Value::string(out);
    Ok(if with_count {
        Value::tuple(vec![result, Value::Int(n)])
    } else {
        result
    })
}

/// Whether `repl` should be called rather than read as a template.
fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Function(_)
        | Value::Builtin(_)
        | Value::BoundMethod(_)
        | Value::NativeMethod(_)
        | Value::Class(_)
        | Value::Tool(_)
        | Value::Native(_) => true,
        Value::Instance(_) => vm.special_method(v, "__call__").is_some(),
        _ => false,
    }
}

fn split(vm: &Vm, core: &Rc<Core>, string: Rc<PyStr>, maxsplit: i64) -> PyResult<Value> {
    let len = string.char_len();
    let text = string.as_str();
    let mut out = Vec::new();
    if maxsplit < 0 {
        return Ok(Value::list(vec![Value::Str(string.clone())]));
    }
    let scanner = Scanner::new(core, &string, 0, len);
    let mut last = 0usize;
    let mut n = 0i64;
    while maxsplit == 0 || n < maxsplit {
        let Some(sp) = scanner.next(vm)? else {
            break;
        };
        let (a, b) = sp[0].unwrap_or((last, last));
        out.push(Value::str(&text[last..a]));
        for g in 1..=core.groups {
            out.push(match sp[g] {
                Some((x, y)) => Value::str(&text[x..y]),
                None => Value::None,
            });
        }
        vm.check_alloc(crate::limits::estimate::values(out.len() as u64))?;
        last = b;
        n += 1;
    }
    out.push(Value::str(&text[last..]));
    Ok(Value::list(out))
}

/// A pattern the interpreter builds for itself (strptime's), in Python's
/// syntax, matched without counting steps: only for patterns whose matching
/// is linear in the text.
pub struct InternalPattern {
    engine: Engine,
    names: Vec<(String, usize)>,
}

/// Byte spans of an `InternalPattern` match, by group number.
pub struct InternalMatch {
    spans: Spans,
}

impl InternalPattern {
    /// `None` when the pattern does not compile.
    pub fn new(pattern: &str) -> Option<InternalPattern> {
        let t = translate(pattern, 0, false).ok()?;
        Some(InternalPattern {
            engine: Engine::new(t.regex, t.backtracking).ok()?,
            names: t.names,
        })
    }

    /// A match at the start of `text`.
    pub fn match_start(&self, text: &str) -> Option<InternalMatch> {
        let found = self
            .engine
            .find::<()>(text, 0, Anchor::Match, &mut |_, _| Ok(()));
        found.ok().flatten().map(|spans| InternalMatch { spans })
    }

    /// The text group `name` matched, if it took part.
    pub fn group<'t>(&self, m: &InternalMatch, text: &'t str, name: &str) -> Option<&'t str> {
        let &(_, g) = self.names.iter().find(|(n, _)| n == name)?;
        let (a, b) = (*m.spans.get(g)?)?;
        text.get(a..b)
    }
}

impl InternalMatch {
    /// Where the whole match ends, in bytes.
    pub fn end(&self) -> usize {
        self.spans.first().copied().flatten().map_or(0, |(_, b)| b)
    }
}
