//! `queue`: `Queue` (FIFO), `LifoQueue`, `PriorityQueue` and `SimpleQueue`,
//! with the `Empty` and `Full` exceptions.
//!
//! The sandbox runs one thread, so nothing can ever fill an empty queue or
//! drain a full one while a caller waits: a `get` that would block raises
//! `Empty` at once, and a `put` that would block raises `Full`, whatever the
//! `block` and `timeout` arguments say.

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

use crate::eval::{Args, PyResult, Vm};
use crate::modules::heapq;
use crate::modules::natives::{int_arg, native, native_class, Charged, Constructor};
use crate::modules::support::{bind, exception_class, Sig};
use crate::value::{ClassRef, NativeObject, Value};

/// Which discipline a queue follows.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Fifo,
    Lifo,
    Priority,
    Simple,
}

/// The module's attributes.
pub fn build(vm: &Vm) -> HashMap<Rc<str>, Value> {
    let empty = exception_class(vm, "Empty", "_queue", "Exception");
    let full = exception_class(vm, "Full", "queue", "Exception");
    let mut m: HashMap<Rc<str>, Value> = HashMap::new();
    let classes: &[(&str, Constructor)] = &[
        ("Queue", |vm, c, a| construct(vm, c, a, Kind::Fifo)),
        ("LifoQueue", |vm, c, a| construct(vm, c, a, Kind::Lifo)),
        ("PriorityQueue", |vm, c, a| {
            construct(vm, c, a, Kind::Priority)
        }),
        ("SimpleQueue", |vm, c, a| construct(vm, c, a, Kind::Simple)),
    ];
    for (name, ctor) in classes {
        let module = if *name == "SimpleQueue" {
            "_queue"
        } else {
            "queue"
        };
        let cls = native_class(vm, name, module, Some(*ctor));
        let mut ns = cls.ns.borrow_mut();
        ns.insert(Rc::from("__empty__"), Value::Class(empty.clone()));
        ns.insert(Rc::from("__full__"), Value::Class(full.clone()));
        drop(ns);
        m.insert(Rc::from(*name), Value::Class(cls));
    }
    m.insert(Rc::from("Empty"), Value::Class(empty));
    m.insert(Rc::from("Full"), Value::Class(full));
    m
}

fn construct(vm: &Vm, cls: &ClassRef, args: Args, kind: Kind) -> PyResult<Value> {
    let maxsize = if kind == Kind::Simple {
        if !args.pos.is_empty() {
            return Err(vm.type_error("SimpleQueue() takes no positional arguments"));
        }
        if !args.kw.is_empty() {
            return Err(vm.type_error("SimpleQueue() takes no keyword arguments"));
        }
        0
    } else {
        let name = format!("{}.__init__", cls.name);
        let sig = Sig {
            name: &name,
            params: &["maxsize"],
            required: 0,
            kwonly: &[],
            method: true,
        };
        match bind(vm, &sig, args)?.into_iter().next().flatten() {
            Some(v) => int_arg(vm, &v)?,
            None => 0,
        }
    };
    Ok(native(QueueObj {
        class: cls.clone(),
        kind,
        maxsize,
        items: RefCell::new(VecDeque::new()),
        unfinished: Cell::new(0),
        charged: Charged::default(),
    }))
}

/// A queue of any kind.
struct QueueObj {
    class: ClassRef,
    kind: Kind,
    /// `<= 0`: unbounded.
    maxsize: i64,
    /// FIFO order for `Queue`; a heap (in `Vec` order) for `PriorityQueue`.
    items: RefCell<VecDeque<Value>>,
    unfinished: Cell<i64>,
    /// The items' share of the session's memory account.
    charged: Charged,
}

const METHODS: &[&str] = &[
    "put",
    "put_nowait",
    "get",
    "get_nowait",
    "empty",
    "full",
    "qsize",
    "task_done",
    "join",
];

impl QueueObj {
    /// Raises `queue.Empty` / `queue.Full` (kept on the class as `__empty__` / `__full__`).
    fn raise(&self, vm: &Vm, which: &str) -> crate::eval::Unwind {
        let class = match self.class.ns.borrow().get(which) {
            Some(Value::Class(c)) => c.clone(),
            _ => vm.types.exception("Exception"),
        };
        crate::eval::Unwind::raise(vm.new_exception(&class, Vec::new()))
    }

    fn is_full(&self) -> bool {
        self.maxsize > 0 && self.items.borrow().len() as i64 >= self.maxsize
    }

    /// Checks `block` / `timeout` the way CPython validates them.
    fn check_timeout(&self, vm: &Vm, timeout: Option<&Value>) -> PyResult<()> {
        if let Some(t) = timeout.filter(|t| !t.is_none()) {
            let secs = vm.to_f64(t)?;
            if secs < 0.0 {
                return Err(vm.value_error("'timeout' must be a non-negative number"));
            }
        }
        Ok(())
    }

    fn put(&self, vm: &Vm, item: Value) -> PyResult<()> {
        if self.is_full() {
            return Err(self.raise(vm, "__full__"));
        }
        vm.check_alloc(crate::limits::estimate::buffer_slots(1))?;
        match self.kind {
            Kind::Priority => {
                heapq::push(vm, &self.items, item)?;
            }
            _ => self.items.borrow_mut().push_back(item),
        }
        self.unfinished.set(self.unfinished.get() + 1);
        self.charged.settle(self.items.borrow().len());
        Ok(())
    }

    fn get(&self, vm: &Vm) -> PyResult<Value> {
        let item = match self.kind {
            Kind::Priority => heapq::pop(vm, &self.items)?,
            Kind::Lifo => self.items.borrow_mut().pop_back(),
            _ => self.items.borrow_mut().pop_front(),
        };
        self.charged.settle(self.items.borrow().len());
        item.ok_or_else(|| self.raise(vm, "__empty__"))
    }

    fn method_sig<'a>(&self, name: &'a str, qual: &'a str) -> Sig<'a> {
        let params: &'static [&'static str] = match name {
            "put" => &["item", "block", "timeout"],
            "put_nowait" => &["item"],
            "get" => &["block", "timeout"],
            _ => &[],
        };
        Sig {
            name: qual,
            params,
            required: usize::from(name.starts_with("put")),
            kwonly: &[],
            method: true,
        }
    }
}

impl NativeObject for QueueObj {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<{}.{} object at {:#x}>",
            self.class.module,
            self.class.name,
            this.identity()
        ))
    }
    fn get_attr(&self, _vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "maxsize" if self.kind != Kind::Simple => Some(Value::Int(self.maxsize)),
            "unfinished_tasks" if self.kind != Kind::Simple => {
                Some(Value::Int(self.unfinished.get()))
            }
            "queue" if self.kind != Kind::Simple => {
                Some(Value::list(self.items.borrow().iter().cloned().collect()))
            }
            _ => None,
        })
    }
    fn has_method(&self, name: &str) -> bool {
        METHODS.contains(&name)
            && !(self.kind == Kind::Simple && matches!(name, "full" | "task_done" | "join"))
    }
    fn call_method(&self, vm: &Vm, _this: &Value, name: &str, args: Args) -> PyResult<Value> {
        let owner = if self.kind == Kind::Simple {
            "SimpleQueue"
        } else {
            "Queue"
        };
        let qual = format!("{}.{}", owner, name);
        let slots = bind(vm, &self.method_sig(name, &qual), args)?;
        match name {
            "put" | "put_nowait" => {
                self.check_timeout(vm, slots.get(2).and_then(|t| t.as_ref()))?;
                let item = slots.into_iter().next().flatten().unwrap_or(Value::None);
                self.put(vm, item)?;
                Ok(Value::None)
            }
            "get" | "get_nowait" => {
                self.check_timeout(vm, slots.get(1).and_then(|t| t.as_ref()))?;
                self.get(vm)
            }
            "empty" => Ok(Value::Bool(self.items.borrow().is_empty())),
            "full" => Ok(Value::Bool(self.is_full())),
            "qsize" => Ok(Value::Int(self.items.borrow().len() as i64)),
            "task_done" => {
                let left = self.unfinished.get() - 1;
                if left < 0 {
                    return Err(vm.value_error("task_done() called too many times"));
                }
                self.unfinished.set(left);
                Ok(Value::None)
            }
            _ => Ok(Value::None),
        }
    }
}
