//! `Interpreter`: one interpreter state on the current thread, and the run
//! entry that takes source text through parse, lower and eval on a stack of
//! known size, turning every outcome (value, exception, limit, panic) into an
//! `Outcome` or an `Error`. Must not spawn threads (see `session`).

use corosensei::stack::{DefaultStack, Stack};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::rc::Rc;

use crate::error::Error;
use crate::eval::{Frame, UnwindKind, Vm};
use crate::host::HostValue;
use crate::limits::Limits;
use crate::tools::Tool;
use crate::value::Value;

/// Native stack for a run; virtual memory, committed only as deep as used.
const RUN_STACK_BYTES: usize = 256 * 1024 * 1024;
/// A run stack used deeper than this is unmapped after the run rather than
/// kept, so the memory a deep recursion committed goes back to the system.
const KEEP_STACK_BYTES: usize = 8 * 1024 * 1024;

/// What a host hands an interpreter: limits, authorized imports and tools.
#[derive(Clone, Debug)]
pub struct Config {
    pub limits: Limits,
    /// Module names code may import; `"*"` allows every module codeact has, `"pkg.*"` a package.
    pub authorized_imports: Vec<String>,
    pub tools: Vec<Tool>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            limits: Limits::default(),
            authorized_imports: crate::modules::DEFAULT_AUTHORIZED
                .iter()
                .map(|s| s.to_string())
                .collect(),
            tools: Vec::new(),
        }
    }
}

/// The result of a successful run.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    /// Everything `print` wrote.
    pub stdout: String,
    /// The value of the last top-level expression statement, if the code ended with one.
    pub value: Option<HostValue>,
    /// Set when the code called `final_answer(...)`.
    pub final_answer: Option<HostValue>,
}

/// An interpreter bound to the current thread. Globals, functions, classes and
/// imports persist from one `run` to the next.
pub struct Interpreter {
    vm: Rc<Vm>,
    stack: Option<DefaultStack>,
}

impl Interpreter {
    pub fn new(config: Config) -> Interpreter {
        Interpreter {
            vm: Vm::new(config.limits, config.authorized_imports, config.tools),
            stack: None,
        }
    }

    /// Runs code; state stays for the next run.
    pub fn run(&mut self, code: &str) -> Result<Outcome, Error> {
        let mut stack = match self
            .stack
            .take()
            .or_else(|| STACK_POOL.with(|p| p.borrow_mut().pop()))
        {
            Some(s) => s,
            None => DefaultStack::new(RUN_STACK_BYTES)
                .map_err(|e| Error::Internal(format!("cannot allocate the run stack: {}", e)))?,
        };
        let floor = Vm::stack_floor_for(stack.limit().get());
        let vm = self.vm.clone();
        let result = corosensei::on_stack(&mut stack, move || {
            catch_unwind(AssertUnwindSafe(|| {
                vm.stack_floor.set(floor);
                vm.start_run();
                run_source(&vm, code)
            }))
        });
        let used = stack.base().get().saturating_sub(self.vm.stack_low.get());
        if used <= KEEP_STACK_BYTES {
            self.stack = Some(stack);
        }
        match result {
            Ok(r) => r,
            Err(panic) => {
                let what = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "unknown panic".into());
                Err(Error::Internal(format!(
                    "the interpreter hit a bug and stopped this run: {}",
                    what
                )))
            }
        }
    }

    /// A global variable's current value.
    pub fn get(&self, name: &str) -> Option<HostValue> {
        let v = self.vm.global_by_name(name)?;
        crate::host::to_host(&self.vm, &v).ok()
    }

    /// Sets a global variable from the host (e.g. inputs handed to an agent).
    pub fn set(&mut self, name: &str, value: &HostValue) {
        let slot = self.vm.global_names.borrow_mut().slot(name);
        self.vm.sync_globals();
        let v = crate::host::from_host(&self.vm, value);
        let _ = self.vm.store_global(slot, name, v);
    }

    /// Operations counted by the last run.
    pub fn operations(&self) -> u64 {
        self.vm.ops.get()
    }
}

impl Drop for Interpreter {
    /// Drops the interpreter's values on the run stack: a deeply nested value
    /// drops recursively and must not overflow the host thread's stack.
    fn drop(&mut self) {
        let Some(mut stack) = self.stack.take() else {
            return;
        };
        let vm = self.vm.clone();
        let _ = catch_unwind(AssertUnwindSafe(|| {
            corosensei::on_stack(&mut stack, move || {
                let globals = std::mem::take(&mut *vm.globals.borrow_mut());
                drop(globals);
                vm.modules.borrow_mut().clear();
                vm.last_value.borrow_mut().take();
            })
        }));
        STACK_POOL.with(|p| {
            let mut pool = p.borrow_mut();
            if pool.len() < STACK_POOL_SIZE {
                pool.push(stack);
            }
        });
    }
}

/// Run stacks kept per thread for the next interpreter: allocating and
/// releasing one costs more than a small snippet's whole run.
const STACK_POOL_SIZE: usize = 2;

thread_local! {
    static STACK_POOL: std::cell::RefCell<Vec<DefaultStack>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn run_source(vm: &Rc<Vm>, code: &str) -> Result<Outcome, Error> {
    let ast = crate::parse::parse_module(code).map_err(syntax)?;
    let lowered = {
        let mut names = vm.global_names.borrow_mut();
        crate::lower::lower_module(&ast, code, &mut names)
    };
    drop(ast);
    let module = lowered.map_err(syntax)?;
    vm.sync_globals();
    let mut frame = Frame::new(&module, &[]);
    let result = vm.exec_block(&mut frame, &module.body);
    let stdout = take_stdout(vm);
    match result {
        Ok(_) => {
            let value = vm.last_value.borrow_mut().take();
            let value = match value {
                Some(v) if !v.is_none() => Some(host(vm, &v)?),
                _ => None,
            };
            Ok(Outcome {
                stdout,
                value,
                final_answer: None,
            })
        }
        Err(e) => {
            vm.add_traceback(&e, &module.names, frame.line);
            match e.into_kind() {
                UnwindKind::FinalAnswer(v) => Ok(Outcome {
                    stdout,
                    value: None,
                    final_answer: Some(host(vm, &v)?),
                }),
                UnwindKind::Raise(exc) => Err(exception_error(vm, &exc, stdout)),
                UnwindKind::Limit(l) => Err(Error::Limit {
                    kind: l.kind,
                    message: l.message,
                    stdout,
                }),
            }
        }
    }
}

fn host(vm: &Vm, v: &Value) -> Result<HostValue, Error> {
    crate::host::to_host(vm, v).map_err(|e| match e.into_kind() {
        UnwindKind::Raise(exc) => exception_error(vm, &exc, String::new()),
        UnwindKind::Limit(l) => Error::Limit {
            kind: l.kind,
            message: l.message,
            stdout: String::new(),
        },
        UnwindKind::FinalAnswer(_) => Error::Internal("final_answer during conversion".into()),
    })
}

fn take_stdout(vm: &Vm) -> String {
    vm.out.borrow_mut().take(vm.limits.max_output_chars)
}

fn syntax(e: crate::parse::SyntaxError) -> Error {
    Error::Syntax {
        message: e.message,
        line: e.line,
        column: e.column,
    }
}

/// Renders an uncaught exception as CPython would, traceback included.
fn exception_error(vm: &Vm, exc: &Value, stdout: String) -> Error {
    let (type_name, frames, suggestion) = match exc {
        Value::Instance(i) => {
            let name = match i.class.module.as_ref() {
                "builtins" | "__main__" => i.class.qualname.to_string(),
                module => format!("{}.{}", module, i.class.qualname),
            };
            let frames = i
                .exc
                .as_ref()
                .map(|d| d.borrow().traceback.clone())
                .unwrap_or_default();
            let suggestion = i.exc.as_ref().and_then(|d| {
                let data = d.borrow();
                data.lookup.as_ref().and_then(|l| vm.suggestion(l))
            });
            (name, frames, suggestion)
        }
        other => (vm.type_name(other), Vec::new(), None),
    };
    let message = vm
        .to_str(exc)
        .unwrap_or_else(|_| "<exception str() failed>".into());
    let mut traceback = String::from("Traceback (most recent call last):\n");
    for (name, line) in frames.iter().rev() {
        traceback.push_str(&format!("  File \"<code>\", line {}, in {}\n", line, name));
    }
    traceback.push_str(&crate::error::exception_line(
        &type_name,
        &message,
        suggestion.as_deref(),
    ));
    Error::Exception {
        type_name,
        message,
        line: frames.first().map(|(_, l)| *l as usize),
        traceback,
        stdout,
        suggestion,
    }
}
