//! Runtime values: the 16-byte `Value` enum and the objects behind its `Rc`s.
//!
//! Owns representation only (what a value *is*). It must not evaluate code:
//! behaviour that can call back into Python (equality of instances, hashing,
//! repr of user classes) lives in `eval` and takes the `Vm`.

mod class;
mod dict;
mod function;
mod native;
mod release;
mod set;
mod str;

pub use class::{
    attr_get, attr_index, AttrMap, Class, ClassRef, ExcData, FailedLookup, Instance, MethodCache,
    Namespace,
};
pub use dict::DictObj;
pub use function::{BoundMethod, BuiltinFn, CellRef, Function, NativeMethod};
pub use native::{native_ref, NativeObject};
pub use release::{bigint_in_spare, charge, credit, live_bytes};
pub use set::SetObj;
pub use str::PyStr;

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cell::RefCell;
use std::rc::Rc;

use crate::eval::generator::Generator;
use crate::eval::iter::IterState;
use crate::limits::estimate;
use crate::modules::Module;
use crate::tools::Tool;

/// A Python value. Immediates are inline; everything else is shared behind `Rc`,
/// so copying a value never copies a container.
#[derive(Clone)]
pub enum Value {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    /// Only for ints that do not fit in `i64` (kept normalised by `Value::from_bigint`).
    BigInt(Rc<BigInt>),
    Str(Rc<PyStr>),
    Bytes(Rc<Vec<u8>>),
    List(Rc<RefCell<Vec<Value>>>),
    Tuple(Rc<Vec<Value>>),
    Dict(Rc<RefCell<DictObj>>),
    /// `d.keys()`, `d.values()`, `d.items()`: live views of a dict.
    DictView(Rc<(Rc<RefCell<DictObj>>, crate::eval::iter::DictPart)>),
    Set(Rc<RefCell<SetObj>>),
    FrozenSet(Rc<SetObj>),
    Range(Rc<RangeObj>),
    Slice(Rc<SliceObj>),
    Function(Rc<Function>),
    BoundMethod(Rc<BoundMethod>),
    Builtin(&'static BuiltinFn),
    NativeMethod(Rc<NativeMethod>),
    Class(ClassRef),
    Instance(Rc<Instance>),
    Iterator(Rc<RefCell<IterState>>),
    Generator(Rc<Generator>),
    Module(Rc<Module>),
    Tool(Rc<Tool>),
    Property(Rc<PropertyObj>),
    StaticMethod(Rc<Value>),
    ClassMethod(Rc<Value>),
    /// `super()` bound to a class position in an instance's MRO.
    Super(Rc<SuperObj>),
    Ellipsis,
    /// An object of a type implemented in Rust by a module.
    /// Boxed inside the `Rc`: a bare `Rc<dyn _>` is two words and would
    /// make every `Value` three.
    Native(Rc<Box<dyn NativeObject>>),
    /// Returned by binary dunders that do not handle an operand type.
    NotImplemented,
}

pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeObj {
    pub fn len(&self) -> i64 {
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && start < stop {
            (stop - start - 1) / step + 1
        } else if step < 0 && start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        n as i64
    }
    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub struct PropertyObj {
    pub getter: Option<Value>,
    pub setter: Option<Value>,
    pub deleter: Option<Value>,
}

pub struct SuperObj {
    /// The class after which the MRO search starts.
    pub start_after: ClassRef,
    pub this: Value,
}

impl Value {
    /// A `'static` `None` to borrow: `&Value::None` is a temporary, since `Value` has a `Drop`.
    pub const NONE: &'static Value = &Value::None;

    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }
    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::from_string(s)))
    }
    pub fn list(items: Vec<Value>) -> Value {
        charge(estimate::list(items.len()));
        Value::List(Rc::new(RefCell::new(items)))
    }
    pub fn tuple(items: Vec<Value>) -> Value {
        charge(estimate::list(items.len()));
        Value::Tuple(Rc::new(items))
    }
    pub fn bytes(b: Vec<u8>) -> Value {
        charge(estimate::bytes(b.len()));
        Value::Bytes(Rc::new(b))
    }
    pub fn dict(d: DictObj) -> Value {
        Value::Dict(Rc::new(RefCell::new(d)))
    }
    pub fn from_bigint(b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => {
                charge(estimate::bigint(b.bits()));
                Value::BigInt(Rc::new(b))
            }
        }
    }
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity as Python's `is` sees it.
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) | (NotImplemented, NotImplemented) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b && (-5..=256).contains(a),
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (Str(a), Str(b)) => {
                Rc::ptr_eq(a, b) || (a.as_str().is_empty() && b.as_str().is_empty())
            }
            (BigInt(a), BigInt(b)) => Rc::ptr_eq(a, b),
            (Bytes(a), Bytes(b)) => Rc::ptr_eq(a, b),
            (List(a), List(b)) => Rc::ptr_eq(a, b),
            (Tuple(a), Tuple(b)) => Rc::ptr_eq(a, b) || (a.is_empty() && b.is_empty()),
            (Dict(a), Dict(b)) => Rc::ptr_eq(a, b),
            (DictView(a), DictView(b)) => Rc::ptr_eq(a, b),
            (Set(a), Set(b)) => Rc::ptr_eq(a, b),
            (FrozenSet(a), FrozenSet(b)) => Rc::ptr_eq(a, b),
            (Range(a), Range(b)) => Rc::ptr_eq(a, b),
            (Slice(a), Slice(b)) => Rc::ptr_eq(a, b),
            (Function(a), Function(b)) => Rc::ptr_eq(a, b),
            (BoundMethod(a), BoundMethod(b)) => Rc::ptr_eq(a, b),
            (Builtin(a), Builtin(b)) => std::ptr::eq(*a, *b),
            (NativeMethod(a), NativeMethod(b)) => Rc::ptr_eq(a, b),
            (Class(a), Class(b)) => Rc::ptr_eq(a, b),
            (Instance(a), Instance(b)) => Rc::ptr_eq(a, b),
            (Iterator(a), Iterator(b)) => Rc::ptr_eq(a, b),
            (Generator(a), Generator(b)) => Rc::ptr_eq(a, b),
            (Module(a), Module(b)) => Rc::ptr_eq(a, b),
            (Tool(a), Tool(b)) => Rc::ptr_eq(a, b),
            (Property(a), Property(b)) => Rc::ptr_eq(a, b),
            (StaticMethod(a), StaticMethod(b)) => Rc::ptr_eq(a, b),
            (ClassMethod(a), ClassMethod(b)) => Rc::ptr_eq(a, b),
            (Super(a), Super(b)) => Rc::ptr_eq(a, b),
            (Native(a), Native(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// A stable address-like number for `id()` and default reprs.
    pub fn identity(&self) -> usize {
        use Value::*;
        match self {
            Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Set(r) => Rc::as_ptr(r) as *const u8 as usize,
            Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Class(r) => Rc::as_ptr(r) as *const u8 as usize,
            Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            Generator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Iterator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Module(r) => Rc::as_ptr(r) as *const u8 as usize,
            BoundMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            NativeMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Builtin(b) => *b as *const BuiltinFn as usize,
            Native(r) => Rc::as_ptr(r) as *const u8 as usize,
            DictView(r) => Rc::as_ptr(r) as *const u8 as usize,
            Int(i) => 0x1000_0000 + (*i as usize).wrapping_mul(32),
            Bool(b) => 0x0900_0000 + *b as usize * 32,
            None => 0x0900_0100,
            _ => 0x0a00_0000,
        }
    }
}
