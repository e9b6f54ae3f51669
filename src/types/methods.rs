//! The index of the builtin types' methods: for each method name, which
//! builtin receivers have it and where its argument-count check is in
//! `arity::TABLE`. A builtin method call hashes the name once to learn both,
//! instead of scanning the type's method list and then hashing the
//! (type, name) pair. Must not call methods itself (`types::call_native` does).

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::value::Value;

use super::{arity, dict, float, int, list, set, str, BYTES_METHODS};

/// The builtin receivers that have methods, each a bit of `Method::owners`.
#[derive(Clone, Copy)]
pub enum Receiver {
    Str,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Int,
    Float,
    Bytes,
    Range,
    Generator,
    DictView,
    Slice,
}

const RECEIVERS: [Receiver; 13] = [
    Receiver::Str,
    Receiver::List,
    Receiver::Tuple,
    Receiver::Dict,
    Receiver::Set,
    Receiver::FrozenSet,
    Receiver::Int,
    Receiver::Float,
    Receiver::Bytes,
    Receiver::Range,
    Receiver::Generator,
    Receiver::DictView,
    Receiver::Slice,
];

impl Receiver {
    pub fn of(v: &Value) -> Option<Receiver> {
        Some(match v {
            Value::Str(_) => Receiver::Str,
            Value::List(_) => Receiver::List,
            Value::Tuple(_) => Receiver::Tuple,
            Value::Dict(_) => Receiver::Dict,
            Value::Set(_) => Receiver::Set,
            Value::FrozenSet(_) => Receiver::FrozenSet,
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Receiver::Int,
            Value::Float(_) => Receiver::Float,
            Value::Bytes(_) => Receiver::Bytes,
            Value::Range(_) => Receiver::Range,
            Value::Generator(_) => Receiver::Generator,
            Value::DictView(_) => Receiver::DictView,
            Value::Slice(_) => Receiver::Slice,
            _ => return None,
        })
    }

    /// The methods of this receiver, as `dir()` lists them.
    pub fn methods(self) -> &'static [&'static str] {
        match self {
            Receiver::Str => str::METHODS,
            Receiver::List => list::LIST_METHODS,
            Receiver::Tuple => list::TUPLE_METHODS,
            Receiver::Dict => dict::METHODS,
            Receiver::Set => set::SET_METHODS,
            Receiver::FrozenSet => set::FROZENSET_METHODS,
            Receiver::Int => int::METHODS,
            Receiver::Float => float::METHODS,
            Receiver::Bytes => BYTES_METHODS,
            Receiver::Range => &["count", "index"],
            Receiver::Generator => &["send", "throw", "close"],
            Receiver::DictView => &["isdisjoint"],
            Receiver::Slice => &["indices"],
        }
    }

    /// The type name `arity::TABLE` files this receiver's methods under.
    fn arity_name(self) -> &'static str {
        match self {
            Receiver::Str => "str",
            Receiver::List => "list",
            Receiver::Tuple => "tuple",
            Receiver::Dict => "dict",
            Receiver::Set => "set",
            Receiver::FrozenSet => "frozenset",
            Receiver::Int => "int",
            Receiver::Float => "float",
            Receiver::Bytes => "bytes",
            Receiver::Range => "range",
            Receiver::Generator => "generator",
            Receiver::DictView => "dict_view",
            Receiver::Slice => "slice",
        }
    }

    fn bit(self) -> u16 {
        1 << self as u16
    }
}

/// What the index knows of one method name.
pub struct Method {
    /// The receivers that have it, one bit each.
    owners: u16,
    /// Per receiver, the method's row in `arity::TABLE`, if it has one.
    arity_rows: [Option<u16>; RECEIVERS.len()],
}

/// A method found on a builtin receiver: where its arity check is.
#[derive(Clone, Copy)]
pub struct Found {
    pub arity_row: Option<u16>,
}

/// The method `name` of a builtin-typed value, if its type has one.
pub fn find(v: &Value, name: &str) -> Option<Found> {
    let receiver = Receiver::of(v)?;
    let method = index().get(name)?;
    (method.owners & receiver.bit() != 0).then(|| Found {
        arity_row: method.arity_rows[receiver as usize],
    })
}

/// The arity row of `name` for `v`'s type, whether or not the type lists it
/// as a method.
pub fn arity_row(v: &Value, name: &str) -> Option<u16> {
    index().get(name)?.arity_rows[Receiver::of(v)? as usize]
}

/// A fixed-seed fast hasher: the keys are method names of this crate.
type Index = HashMap<&'static str, Method, foldhash::fast::FixedState>;

/// Built on first use, from the receivers' method lists and `arity::TABLE`.
fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = Index::default();
        for receiver in RECEIVERS {
            for &name in receiver.methods() {
                method_entry(&mut index, name).owners |= receiver.bit();
            }
        }
        for (row, &(type_name, name, ..)) in arity::TABLE.iter().enumerate() {
            if let Some(receiver) = RECEIVERS.iter().find(|r| r.arity_name() == type_name) {
                method_entry(&mut index, name).arity_rows[*receiver as usize] =
                    u16::try_from(row).ok();
            }
        }
        index
    })
}

fn method_entry<'i>(index: &'i mut Index, name: &'static str) -> &'i mut Method {
    index.entry(name).or_insert(Method {
        owners: 0,
        arity_rows: [None; RECEIVERS.len()],
    })
}
