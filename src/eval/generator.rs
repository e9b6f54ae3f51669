//! Generators: each generator body runs as a stackful coroutine on a small
//! stack of its own, so `yield` can suspend from anywhere in the tree-walk and
//! generators stay lazy (an infinite generator is fine).
//!
//! Owns suspension and resumption; must not let a generator outlive the stack
//! guard: the stack floor is swapped on every resume.

use corosensei::stack::{DefaultStack, Stack};
use corosensei::{Coroutine, CoroutineResult, Yielder};
use std::cell::RefCell;
use std::rc::Rc;

use super::{Frame, PyResult, Unwind, Vm};
use crate::value::{CellRef, Function, Value};

/// Native stack per generator; virtual memory, touched only as deep as used.
const GENERATOR_STACK_BYTES: usize = 2 * 1024 * 1024;
/// Stacks kept for reuse after their generator finished.
const STACK_POOL_SIZE: usize = 16;
/// Generators alive at once in one interpreter.
pub const MAX_LIVE_GENERATORS: usize = 10_000;

/// What a resume hands the suspended `yield`.
pub enum GenInput {
    Send(Value),
    Throw(Value),
    Close,
}

pub type GenYielder = Yielder<GenInput, Value>;
type GenCoroutine = Coroutine<GenInput, Value, PyResult<Value>, DefaultStack>;

pub struct Generator {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    state: RefCell<GenState>,
    stack_floor: usize,
    vm: std::rc::Weak<Vm>,
}

/// Borrowed mutably for as long as the generator runs, so a generator that
/// resumes itself finds it borrowed: "generator already executing".
enum GenState {
    Suspended {
        co: Box<GenCoroutine>,
        started: bool,
    },
    Done,
}

/// One step of a generator.
pub enum GenStep {
    Yielded(Value),
    Returned(Value),
}

impl Drop for Generator {
    fn drop(&mut self) {
        if let Some(vm) = self.vm.upgrade() {
            vm.live_generators
                .set(vm.live_generators.get().saturating_sub(1));
            if let GenState::Suspended { co, .. } =
                std::mem::replace(self.state.get_mut(), GenState::Done)
            {
                if co.done() {
                    vm.recycle_stack(co.into_stack());
                }
            }
        }
    }
}

impl Vm {
    pub fn new_generator(
        &self,
        func: Rc<Function>,
        locals: Vec<Option<Value>>,
        cells: Vec<CellRef>,
    ) -> PyResult<Value> {
        if self.live_generators.get() >= MAX_LIVE_GENERATORS {
            return Err(Unwind::limit(crate::limits::LimitError::memory(
                MAX_LIVE_GENERATORS * GENERATOR_STACK_BYTES,
                crate::value::live_bytes(),
                self.limits.max_memory_bytes,
            )));
        }
        let Some(vm) = self.handle() else {
            return Err(self.raise("RuntimeError", "interpreter is shutting down"));
        };
        let stack = match self.stack_pool.borrow_mut().pop() {
            Some(s) => s,
            None => DefaultStack::new(GENERATOR_STACK_BYTES).map_err(|_| {
                Unwind::limit(crate::limits::LimitError::memory(
                    GENERATOR_STACK_BYTES,
                    crate::value::live_bytes(),
                    self.limits.max_memory_bytes,
                ))
            })?,
        };
        let stack_floor = Vm::stack_floor_for(stack.limit().get());
        let code = func.code.clone();
        let (name, qualname) = (code.name().clone(), code.qualname.clone());
        let co = Coroutine::with_stack(stack, move |yielder: &GenYielder, _first: GenInput| {
            let mut frame = Frame::new(&code, &[]);
            frame.locals = locals;
            frame.cells = cells;
            frame.yielder = Some(yielder);
            let r = vm.exec_block(&mut frame, &code.body);
            drop(func);
            match r {
                Ok(super::Flow::Return(v)) => Ok(v),
                Ok(_) => Ok(Value::None),
                Err(e) => {
                    vm.add_traceback(&e, &code.names, frame.line);
                    Err(e)
                }
            }
        });
        self.live_generators.set(self.live_generators.get() + 1);
        Ok(Value::Generator(Rc::new(Generator {
            name,
            qualname,
            state: RefCell::new(GenState::Suspended {
                co: Box::new(co),
                started: false,
            }),
            stack_floor,
            vm: self.handle().map(|v| Rc::downgrade(&v)).unwrap_or_default(),
        })))
    }

    fn recycle_stack(&self, stack: DefaultStack) {
        let mut pool = self.stack_pool.borrow_mut();
        if pool.len() < STACK_POOL_SIZE {
            pool.push(stack);
        }
    }

    /// Runs a generator to its next `yield` (or its end).
    pub fn gen_resume(&self, g: &Generator, input: GenInput) -> PyResult<GenStep> {
        let Ok(mut state) = g.state.try_borrow_mut() else {
            return Err(self.value_error("generator already executing"));
        };
        let GenState::Suspended { co, started } = &mut *state else {
            return match input {
                GenInput::Throw(e) => Err(Unwind::raise(e)),
                _ => Ok(GenStep::Returned(Value::None)),
            };
        };
        if !*started {
            match &input {
                GenInput::Send(v) if !v.is_none() => {
                    return Err(
                        self.type_error("can't send non-None value to a just-started generator")
                    );
                }
                GenInput::Close => {
                    *state = GenState::Done;
                    return Ok(GenStep::Returned(Value::None));
                }
                GenInput::Throw(e) => {
                    let e = e.clone();
                    *state = GenState::Done;
                    return Err(Unwind::raise(e));
                }
                GenInput::Send(_) => {}
            }
        }
        // A suspended generator is off the call stack: it counts toward the
        // depth only while it runs.
        self.enter_call()?;
        let saved_floor = self.stack_floor.get();
        self.stack_floor.set(g.stack_floor);
        let r = co.resume(input);
        self.stack_floor.set(saved_floor);
        self.leave_call();
        let result = match r {
            CoroutineResult::Yield(v) => {
                *started = true;
                return Ok(GenStep::Yielded(v));
            }
            CoroutineResult::Return(result) => result,
        };
        if let GenState::Suspended { co, .. } = std::mem::replace(&mut *state, GenState::Done) {
            self.recycle_stack(co.into_stack());
        }
        drop(state);
        match result {
            Ok(v) => Ok(GenStep::Returned(v)),
            Err(e) if self.caught(&e, "StopIteration") => {
                let err = self.raise("RuntimeError", "generator raised StopIteration");
                if let Some(Value::Instance(i)) = err.exception() {
                    if let Some(data) = &i.exc {
                        let mut d = data.borrow_mut();
                        d.cause = e.exception().cloned();
                        d.context = e.exception().cloned();
                        d.suppress_context = true;
                    }
                }
                Err(err)
            }
            Err(e) => Err(e),
        }
    }

    /// `yield v` inside a generator body: suspends until resumed.
    pub fn yield_value(&self, f: &mut Frame, v: Value) -> PyResult<Value> {
        let Some(y) = f.yielder else {
            return Err(self.raise("SyntaxError", "'yield' outside function"));
        };
        match y.suspend(v) {
            GenInput::Send(x) => Ok(x),
            GenInput::Throw(e) => Err(Unwind::raise(e)),
            GenInput::Close => {
                let class = self.types.exception("GeneratorExit");
                Err(Unwind::raise(self.new_exception(&class, Vec::new())))
            }
        }
    }

    /// `yield from it`: forwards every item, evaluates to the sub-generator's return value.
    pub fn yield_from(&self, f: &mut Frame, v: Value) -> PyResult<Value> {
        let it = self.iter(&v)?;
        if let Value::Generator(g) = &it {
            let mut input = GenInput::Send(Value::None);
            loop {
                match self.gen_resume(g, input)? {
                    GenStep::Yielded(x) => {
                        input = match f.yielder {
                            Some(y) => y.suspend(x),
                            None => {
                                return Err(self.raise("SyntaxError", "'yield' outside function"))
                            }
                        };
                    }
                    GenStep::Returned(r) => return Ok(r),
                }
            }
        }
        while let Some(x) = self.next(&it)? {
            self.yield_value(f, x)?;
        }
        Ok(Value::None)
    }

    /// `gen.close()`.
    pub fn gen_close(&self, g: &Generator) -> PyResult<()> {
        match self.gen_resume(g, GenInput::Close) {
            Ok(GenStep::Yielded(_)) => {
                Err(self.raise("RuntimeError", "generator ignored GeneratorExit"))
            }
            Ok(GenStep::Returned(_)) => Ok(()),
            Err(e) if self.caught(&e, "GeneratorExit") => Ok(()),
            Err(e) => Err(e),
        }
    }
}
