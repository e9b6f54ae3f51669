//! The evaluator: walks the IR of one run on behalf of one interpreter (`Vm`).
//!
//! Owns control flow, frames, the operation counter and the stack guard. It
//! must not touch the host: output goes to a captured buffer, the only calls
//! out are tools the host registered.

pub mod attr;
pub mod call;
pub mod exec;
pub mod expr;
pub mod generator;
pub mod iter;
pub mod ops;
pub mod pattern;
pub mod protocol;
pub mod repr;
pub mod suggest;
pub mod typeforms;

use corosensei::stack::DefaultStack;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};
use std::time::Instant;

use crate::ir::FunctionCode;
use crate::limits::{LimitError, Limits};
use crate::lower::GlobalNames;
use crate::tools::Tool;
use crate::types::Types;
use crate::value::{CellRef, ClassRef, ExcData, FailedLookup, Instance, Value};

/// Why evaluation stopped early. One pointer wide, so that a `PyResult` of a
/// `Value` is two words and comes back from every `eval` in registers.
pub struct Unwind(Box<UnwindKind>);

/// What an `Unwind` carries.
pub enum UnwindKind {
    /// A Python exception (an exception instance): catchable by `except`.
    Raise(Value),
    /// A limit was hit: never catchable, `finally` does not run.
    Limit(LimitError),
    /// `final_answer(x)` was called: ends the run at once.
    FinalAnswer(Value),
}

impl From<UnwindKind> for Unwind {
    fn from(kind: UnwindKind) -> Unwind {
        Unwind(Box::new(kind))
    }
}

impl Unwind {
    pub fn raise(exc: Value) -> Unwind {
        Unwind(Box::new(UnwindKind::Raise(exc)))
    }

    pub fn limit(e: LimitError) -> Unwind {
        Unwind(Box::new(UnwindKind::Limit(e)))
    }

    pub fn final_answer(v: Value) -> Unwind {
        Unwind(Box::new(UnwindKind::FinalAnswer(v)))
    }

    pub fn kind_mut(&mut self) -> &mut UnwindKind {
        &mut self.0
    }

    pub fn into_kind(self) -> UnwindKind {
        *self.0
    }

    /// Whether this is a Python exception, which `except` may catch (limits
    /// and `final_answer` never are).
    pub fn is_exception(&self) -> bool {
        matches!(*self.0, UnwindKind::Raise(_))
    }

    /// The Python exception this carries, if that is what it carries.
    pub fn exception(&self) -> Option<&Value> {
        match &*self.0 {
            UnwindKind::Raise(e) => Some(e),
            _ => None,
        }
    }
}

pub type PyResult<T> = Result<T, Unwind>;

// The layout the evaluator's speed rests on: a value is two words, and so is
// the result of evaluating one.
const _: () = assert!(std::mem::size_of::<Value>() == 16);
const _: () = assert!(std::mem::size_of::<PyResult<Value>>() == 16);

/// Arguments of a call, as evaluated.
#[derive(Default)]
pub struct Args {
    pub pos: Vec<Value>,
    pub kw: Vec<(Rc<str>, Value)>,
}

impl Args {
    pub fn new(pos: Vec<Value>) -> Args {
        Args {
            pos,
            kw: Vec::new(),
        }
    }
    pub fn with_kw(pos: Vec<Value>, kw: Vec<(Rc<str>, Value)>) -> Args {
        Args { pos, kw }
    }
}

/// What a statement asks of the block around it.
pub enum Flow {
    Next,
    Break,
    Continue,
    Return(Value),
}

/// The variables of one running function, module or class body.
pub struct Frame<'y> {
    pub locals: Vec<Option<Value>>,
    pub cells: Vec<CellRef>,
    /// Class bodies: the namespace being built. Boxed: every call moves a
    /// `Frame`, and only class bodies have one.
    pub class_ns: Option<Box<crate::value::AttrMap>>,
    pub yielder: Option<&'y generator::GenYielder>,
    /// Line of the statement being run, for tracebacks.
    pub line: u32,
}

impl<'y> Frame<'y> {
    pub fn new(code: &FunctionCode, closure: &[CellRef]) -> Frame<'y> {
        Frame::with_locals(code, closure, vec![None; code.n_locals])
    }

    /// A frame whose local slots are `locals` (all `None`, `n_locals` long).
    /// Inline (always: the hint alone left it out of line), like `new_frame`:
    /// built in place rather than moved out of a call.
    #[inline(always)]
    fn with_locals(
        code: &FunctionCode,
        closure: &[CellRef],
        locals: Vec<Option<Value>>,
    ) -> Frame<'y> {
        // Most functions have no cells: they skip the capacity sum and loops.
        let cells = if code.n_own_cells == 0 && closure.is_empty() {
            Vec::new()
        } else {
            frame_cells(code, closure)
        };
        Frame {
            locals,
            cells,
            class_ns: None,
            yielder: None,
            line: code.first_line,
        }
    }
}

/// The cells of a frame of `code`: its own fresh ones, then the closure's.
/// Out of line: most frames have none, and the call path stays short.
#[inline(never)]
fn frame_cells(code: &FunctionCode, closure: &[CellRef]) -> Vec<CellRef> {
    let mut cells = Vec::with_capacity(code.n_own_cells + closure.len());
    for _ in 0..code.n_own_cells {
        cells.push(Rc::new(RefCell::new(None)));
    }
    cells.extend(closure.iter().cloned());
    cells
}

/// A module-global slot: its value, the builtin or tool of the same name to
/// fall back on, and whether user code may rebind it (tools may not).
pub struct Global {
    pub value: Option<Value>,
    fallback: Option<Value>,
    protected: bool,
}

/// Captured `print` output. Past the output limit it keeps the first and the
/// last half of the limit (as smolagents truncates), while it is written.
#[derive(Default)]
pub struct Output {
    /// The first characters, up to half the limit, then everything while within it.
    head: String,
    head_chars: usize,
    /// The most recent characters once the head is full: between half and all of the limit.
    tail: std::collections::VecDeque<char>,
    /// Characters written in all.
    written: usize,
}

impl Output {
    fn write(&mut self, s: &str, max: usize) {
        let half = max / 2;
        for c in s.chars() {
            self.written += 1;
            if self.head_chars < half {
                self.head.push(c);
                self.head_chars += 1;
            } else {
                if max - half == 0 {
                    continue;
                }
                if self.tail.len() >= max - half {
                    self.tail.pop_front();
                }
                self.tail.push_back(c);
            }
        }
    }

    /// The text, with a marker where characters were dropped.
    pub fn take(&mut self, max: usize) -> String {
        let mut text = std::mem::take(&mut self.head);
        let kept = self.head_chars + self.tail.len();
        if self.written > kept {
            text.push_str(&format!(
                "\n..._This content has been truncated to stay below {} characters_...\n",
                max
            ));
        }
        text.extend(self.tail.drain(..));
        *self = Output::default();
        text
    }
}

/// One interpreter: builtins, module globals, limits and counters. Lives on one
/// thread; a `Session` keeps one across runs.
pub struct Vm {
    /// Builtin classes and names: immutable, so shared by every interpreter of a thread.
    pub types: Rc<Types>,
    pub builtins: Rc<HashMap<&'static str, Value>>,
    pub globals: RefCell<Vec<Global>>,
    pub global_names: RefCell<GlobalNames>,
    pub limits: Limits,
    pub ops: Cell<u64>,
    /// The operation count at which `tick` next looks at the budget and the
    /// clock: one compare per operation instead of a division and two tests.
    next_check: Cell<u64>,
    deadline: Cell<Option<Instant>>,
    pub depth: Cell<usize>,
    /// Lowest stack address evaluation may reach before it stops with a limit error.
    pub stack_floor: Cell<usize>,
    /// Lowest stack address a guard saw this run: how deep the run stack was used.
    pub stack_low: Cell<usize>,
    pub out: RefCell<Output>,
    pub modules: RefCell<HashMap<Rc<str>, Value>>,
    /// Classes native modules look up on every call that makes an object.
    pub module_classes: crate::modules::ClassCache,
    pub authorized_imports: Vec<String>,
    pub tools: HashMap<Rc<str>, Rc<Tool>>,
    pub last_value: RefCell<Option<Value>>,
    pub stack_pool: RefCell<Vec<DefaultStack>>,
    /// Local-slot vectors of finished calls, reused so a call does not allocate.
    locals_pool: RefCell<Vec<Vec<Option<Value>>>>,
    pub live_generators: Cell<usize>,
    /// Exceptions being handled, innermost last (`except` bodies, `finally`, `__exit__`).
    pub handling: RefCell<Vec<Value>>,
    /// Identities of containers whose repr is in progress, published while a
    /// native type's repr runs so its items print `[...]` for them too.
    pub repr_seen: RefCell<Vec<usize>>,
    self_ref: Weak<Vm>,
}

thread_local! {
    static BUILTINS: RefCell<Option<(Rc<Types>, Rc<HashMap<&'static str, Value>>)>> = const { RefCell::new(None) };
}

/// The builtin classes and namespace, made once per thread. Builtin classes
/// refuse attribute assignment, so sharing them cannot leak state between
/// interpreters.
fn shared_builtins() -> (Rc<Types>, Rc<HashMap<&'static str, Value>>) {
    BUILTINS.with(|b| {
        b.borrow_mut()
            .get_or_insert_with(|| {
                let types = Types::new();
                let builtins = crate::builtins::table(&types);
                (Rc::new(types), Rc::new(builtins))
            })
            .clone()
    })
}

/// Local-slot vectors kept for reuse, and the largest one kept.
const LOCALS_POOL_LEN: usize = 128;
const LOCALS_POOL_SLOTS: usize = 64;

impl Vm {
    /// A frame for a call of `code`, its local slots taken from the pool.
    /// Inline (always: the hint alone left it out of line): every call
    /// starts here.
    #[inline(always)]
    pub fn new_frame<'y>(&self, code: &FunctionCode, closure: &[CellRef]) -> Frame<'y> {
        let mut locals = self.locals_pool.borrow_mut().pop().unwrap_or_default();
        // Pooled slots keep their length: a call of a function as large as
        // the last one (recursion, a loop's calls) resizes nothing.
        if locals.len() != code.n_locals {
            locals.resize_with(code.n_locals, || None);
        }
        Frame::with_locals(code, closure, locals)
    }

    /// Returns a finished call's local slots to the pool, emptied but not
    /// shortened. Inline (always: the hint alone left it out of line):
    /// every call ends here.
    #[inline(always)]
    pub fn recycle_locals(&self, mut locals: Vec<Option<Value>>) {
        if locals.capacity() <= LOCALS_POOL_SLOTS {
            for slot in &mut locals {
                if let Some(v) = slot.take() {
                    v.discard();
                }
            }
            let mut pool = self.locals_pool.borrow_mut();
            if pool.len() < LOCALS_POOL_LEN {
                pool.push(locals);
            }
        }
    }
}

/// Bytes of stack kept in reserve below the guard, for the code that reports the error.
const STACK_MARGIN: usize = 256 * 1024;
/// Operations between two looks at the clock.
const CLOCK_EVERY: u64 = 1024;

impl Vm {
    pub fn new(limits: Limits, authorized_imports: Vec<String>, tools: Vec<Tool>) -> Rc<Vm> {
        Rc::new_cyclic(|me| {
            let (types, builtins) = shared_builtins();
            let tools = tools
                .into_iter()
                .map(|t| (Rc::from(t.name.as_str()), Rc::new(t)))
                .collect();
            Vm {
                types,
                builtins,
                globals: RefCell::new(Vec::new()),
                global_names: RefCell::new(GlobalNames::default()),
                limits,
                ops: Cell::new(0),
                next_check: Cell::new(0),
                deadline: Cell::new(None),
                depth: Cell::new(0),
                stack_floor: Cell::new(0),
                stack_low: Cell::new(usize::MAX),
                out: RefCell::new(Output::default()),
                modules: RefCell::new(HashMap::new()),
                module_classes: Default::default(),
                authorized_imports,
                tools,
                last_value: RefCell::new(None),
                stack_pool: RefCell::new(Vec::new()),
                locals_pool: RefCell::new(Vec::new()),
                live_generators: Cell::new(0),
                handling: RefCell::new(Vec::new()),
                repr_seen: RefCell::new(Vec::new()),
                self_ref: me.clone(),
            }
        })
    }

    pub fn handle(&self) -> Option<Rc<Vm>> {
        self.self_ref.upgrade()
    }

    /// Resets the per-run counters and starts the clock.
    pub fn start_run(&self) {
        self.ops.set(0);
        self.next_check
            .set(CLOCK_EVERY.min(self.limits.max_operations.saturating_add(1)));
        self.depth.set(0);
        self.stack_low.set(usize::MAX);
        self.deadline
            .set(self.limits.timeout.map(|t| Instant::now() + t));
        *self.out.borrow_mut() = Output::default();
        *self.last_value.borrow_mut() = None;
        self.handling.borrow_mut().clear();
        self.repr_seen.borrow_mut().clear();
    }

    /// Makes room for globals the lowering of a new run introduced, wiring each
    /// to the builtin or tool of the same name.
    pub fn sync_globals(&self) {
        let names = self.global_names.borrow();
        let mut globals = self.globals.borrow_mut();
        let known = globals.len();
        for (name, _) in names.slots.iter().skip(known) {
            let tool = self.tools.get(name).cloned();
            globals.push(Global {
                value: None,
                // `final_answer` is a tool to the agent, and protected like one.
                protected: tool.is_some() || name.as_ref() == "final_answer",
                fallback: match tool {
                    Some(t) => Some(Value::Tool(t)),
                    None => self.builtins.get(name.as_ref()).cloned(),
                },
            });
        }
    }

    /// Counts one operation; looks at the clock every `CLOCK_EVERY`.
    #[inline(always)]
    pub fn tick(&self) -> PyResult<()> {
        self.tick_n(1)
    }

    /// Counts `n` operations at once: several IR nodes handled by one fast
    /// path, or a native loop (sort, join, repeat).
    #[inline(always)]
    pub fn tick_n(&self, n: u64) -> PyResult<()> {
        let total = self.ops.get().saturating_add(n);
        self.ops.set(total);
        if total >= self.next_check.get() {
            return self.check_budget(total);
        }
        Ok(())
    }

    #[cold]
    fn check_budget(&self, n: u64) -> PyResult<()> {
        if n > self.limits.max_operations {
            return Err(Unwind::limit(LimitError::operations(
                self.limits.max_operations,
            )));
        }
        self.next_check.set(
            n.saturating_add(CLOCK_EVERY)
                .min(self.limits.max_operations.saturating_add(1)),
        );
        self.check_alloc(0)?;
        self.check_clock()
    }

    /// Time left before the run's deadline (`None` when there is none).
    pub fn time_left(&self) -> Option<std::time::Duration> {
        self.deadline
            .get()
            .map(|d| d.saturating_duration_since(Instant::now()))
    }

    pub fn check_clock(&self) -> PyResult<()> {
        if let (Some(deadline), Some(timeout)) = (self.deadline.get(), self.limits.timeout) {
            if Instant::now() >= deadline {
                return Err(Unwind::limit(LimitError::time(timeout)));
            }
        }
        Ok(())
    }

    /// Counts a native operation estimated to take `ns` nanoseconds (see
    /// `limits::estimate::int_mul_ns` and its siblings) against the
    /// operation budget, one operation per `NS_PER_OPERATION`, and refuses
    /// it with the time limit when it could not finish before the deadline:
    /// a single native call cannot be interrupted once it starts.
    pub fn check_work(&self, ns: u64) -> PyResult<()> {
        use crate::limits::estimate::{NS_PER_OPERATION, UNOPTIMIZED_SLOWDOWN, WORK_FREE_NS};
        if ns < WORK_FREE_NS {
            return Ok(());
        }
        self.tick_n(ns / NS_PER_OPERATION)?;
        if let (Some(left), Some(timeout)) = (self.time_left(), self.limits.timeout) {
            let ns = ns.saturating_mul(UNOPTIMIZED_SLOWDOWN);
            if std::time::Duration::from_nanos(ns) > left {
                return Err(Unwind::limit(LimitError::time_needed(timeout, ns)));
            }
        }
        Ok(())
    }

    /// Refuses an allocation of about `bytes` (see `limits::estimate`) that
    /// would take the values alive in this session past the memory limit,
    /// before it is made. `check_alloc(0)` checks the account as it stands.
    pub fn check_alloc(&self, bytes: usize) -> PyResult<()> {
        let live = crate::value::live_bytes();
        if live.saturating_add(bytes) > self.limits.max_memory_bytes {
            return Err(Unwind::limit(LimitError::memory(
                bytes,
                live,
                self.limits.max_memory_bytes,
            )));
        }
        Ok(())
    }

    /// Runs `f` one level deeper in a native recursion over a nested value
    /// (repr, ==, ordering, hash): it counts against the recursion limit as a
    /// Python call does, so deep nesting raises CPython's catchable
    /// `RecursionError` long before the native stack is at risk.
    pub fn nested<T>(&self, what: &str, f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
        let d = self.depth.get() + 1;
        if d > self.limits.max_recursion_depth {
            return Err(self.raise(
                "RecursionError",
                format!("maximum recursion depth exceeded{}", what),
            ));
        }
        self.check_stack()?;
        self.tick()?;
        self.depth.set(d);
        let r = f();
        self.depth.set(d - 1);
        r
    }

    /// Guards native recursion: stops before the real stack runs out.
    #[inline(always)]
    pub fn check_stack(&self) -> PyResult<()> {
        let marker = 0u8;
        let here = &marker as *const u8 as usize;
        if here < self.stack_low.get() {
            self.stack_low.set(here);
        }
        if here < self.stack_floor.get() {
            return Err(Unwind::limit(LimitError::stack()));
        }
        Ok(())
    }

    /// Sets the stack floor for a stack whose lowest address is `limit`.
    pub fn stack_floor_for(limit: usize) -> usize {
        limit + STACK_MARGIN
    }

    // ----- globals -----

    pub fn load_global(&self, slot: u32, name: &str) -> PyResult<Value> {
        if let Some(g) = self.globals.borrow().get(slot as usize) {
            if let Some(v) = g.value.as_ref().or(g.fallback.as_ref()) {
                return Ok(v.clone());
            }
        }
        if crate::builtins::ABSENT.contains(&name) {
            return Err(self.raise("NameError", crate::errors::not_available_in_sandbox(name)));
        }
        Err(self.name_error("NameError", crate::errors::name_not_defined(name), name))
    }

    /// The small int a global slot holds, if that is what it holds.
    #[inline]
    pub fn global_int(&self, slot: u32) -> Option<i64> {
        match self.globals.borrow().get(slot as usize)?.value {
            Some(Value::Int(i)) => Some(i),
            _ => None,
        }
    }

    /// Applies `slot op= rhs` to a global holding a small int, in place,
    /// when the result is a small int too. Whether it did.
    #[inline]
    pub fn global_int_in_place(&self, slot: u32, op: crate::ir::BinOp, rhs: i64) -> bool {
        let mut globals = self.globals.borrow_mut();
        let Some(Global {
            value: Some(Value::Int(current)),
            protected: false,
            ..
        }) = globals.get_mut(slot as usize)
        else {
            return false;
        };
        ops::small_int_op_in_place(current, op, rhs)
    }

    /// The Python function a global slot holds, if that is what it holds.
    #[inline]
    pub fn global_function(&self, slot: u32) -> Option<Rc<crate::value::Function>> {
        match self.globals.borrow().get(slot as usize)?.value.as_ref()? {
            Value::Function(func) => Some(func.clone()),
            _ => None,
        }
    }

    /// The builtin conversion a global slot names while user code has not
    /// rebound it (`len`, `str`, `int`, `float`).
    #[inline]
    pub fn global_conversion(&self, slot: u32) -> Option<crate::builtins::Conversion> {
        let globals = self.globals.borrow();
        let g = globals.get(slot as usize)?;
        if g.value.is_some() {
            return None;
        }
        crate::builtins::Conversion::of(g.fallback.as_ref()?)
    }

    pub fn store_global(&self, slot: u32, name: &str, value: Value) -> PyResult<()> {
        let old = match self.globals.borrow_mut().get_mut(slot as usize) {
            Some(g) if g.protected => None,
            Some(g) => Some(g.value.replace(value)),
            None => Some(None),
        };
        match old {
            // The replaced value is dropped here, after the borrow ends.
            Some(old) => {
                if let Some(v) = old {
                    v.discard();
                }
                Ok(())
            }
            None => Err(self.raise("InterpreterError", crate::errors::tool_rebind(name))),
        }
    }

    pub fn delete_global(&self, slot: u32, name: &str) -> PyResult<()> {
        let old = self
            .globals
            .borrow_mut()
            .get_mut(slot as usize)
            .and_then(|g| g.value.take());
        match old {
            Some(_) => Ok(()),
            None => Err(self.name_error("NameError", crate::errors::name_not_defined(name), name)),
        }
    }

    /// Names of the globals that currently hold a value, for `dir()`.
    pub fn global_names_in_use(&self) -> Vec<String> {
        let names = self.global_names.borrow();
        let globals = self.globals.borrow();
        names
            .slots
            .iter()
            .filter(|(_, &slot)| {
                globals
                    .get(slot as usize)
                    .is_some_and(|g| g.value.is_some())
            })
            .map(|(n, _)| n.to_string())
            .collect()
    }

    /// Names of the tools and builtins that module scope falls back on, each kind sorted.
    pub fn fallback_names(&self) -> Vec<String> {
        let mut tools: Vec<String> = self.tools.keys().map(|n| n.to_string()).collect();
        let mut builtins: Vec<String> = self.builtins.keys().map(|n| n.to_string()).collect();
        tools.sort();
        builtins.sort();
        tools.extend(builtins);
        tools
    }

    /// A global's current value by name, for the host (`Session::get`).
    pub fn global_by_name(&self, name: &str) -> Option<Value> {
        let slot = *self.global_names.borrow().slots.get(name)?;
        self.globals
            .borrow()
            .get(slot as usize)
            .and_then(|g| g.value.clone())
    }

    // ----- exceptions -----

    /// Builds a builtin exception (by class name) with one message argument.
    pub fn raise(&self, class: &str, msg: impl Into<String>) -> Unwind {
        let class = if class == "InterpreterError" {
            self.types.exception("RuntimeError")
        } else {
            self.types.exception(class)
        };
        Unwind::raise(self.new_exception(&class, vec![Value::string(msg.into())]))
    }

    /// A NameError for the variable `name`, which remembers the
    /// lookup for its `name` attribute and the traceback's "Did you mean".
    pub fn name_error(&self, class: &str, msg: String, name: &str) -> Unwind {
        let exc = self.raise(class, msg);
        if let Some(Value::Instance(i)) = exc.exception() {
            if let Some(data) = &i.exc {
                data.borrow_mut().lookup = Some(FailedLookup::Variable {
                    name: Rc::from(name),
                    frame: None,
                });
            }
        }
        exc
    }

    pub fn type_error(&self, msg: impl Into<String>) -> Unwind {
        self.raise("TypeError", msg)
    }
    pub fn value_error(&self, msg: impl Into<String>) -> Unwind {
        self.raise("ValueError", msg)
    }

    pub fn new_exception(&self, class: &ClassRef, args: Vec<Value>) -> Value {
        Value::Instance(Rc::new(Instance {
            class: class.clone(),
            attrs: RefCell::new(crate::value::AttrMap::default()),
            exc: Some(RefCell::new(ExcData {
                args,
                ..ExcData::default()
            })),
        }))
    }

    /// Appends captured output, keeping the head and tail past the output limit.
    pub fn write_out(&self, s: &str) {
        self.out.borrow_mut().write(s, self.limits.max_output_chars);
    }
}
