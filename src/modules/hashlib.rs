//! `hashlib`: md5, sha1, sha224, sha256, sha384 and sha512 hash objects
//! (`update`, `digest`, `hexdigest`, `copy`, `name`, `digest_size`,
//! `block_size`) and `new(name)`, with CPython's argument errors.
//!
//! Owns only these algorithms: sha3, blake2, shake, pbkdf2 and scrypt are not provided.

use sha2::Digest;
use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::support::method;
use crate::eval::{Args, PyResult, Vm};
use crate::value::{Class, ClassRef, NativeObject, Value};

const ALGORITHMS: &[&str] = &["md5", "sha1", "sha224", "sha256", "sha384", "sha512"];

/// One running hash computation.
#[derive(Clone)]
enum State {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
}

impl State {
    fn new(name: &str) -> Option<State> {
        Some(match name {
            "md5" => State::Md5(md5::Md5::new()),
            "sha1" => State::Sha1(sha1::Sha1::new()),
            "sha224" => State::Sha224(sha2::Sha224::new()),
            "sha256" => State::Sha256(sha2::Sha256::new()),
            "sha384" => State::Sha384(sha2::Sha384::new()),
            "sha512" => State::Sha512(sha2::Sha512::new()),
            _ => return None,
        })
    }
    fn update(&mut self, data: &[u8]) {
        match self {
            State::Md5(h) => h.update(data),
            State::Sha1(h) => h.update(data),
            State::Sha224(h) => h.update(data),
            State::Sha256(h) => h.update(data),
            State::Sha384(h) => h.update(data),
            State::Sha512(h) => h.update(data),
        }
    }
    fn digest(&self) -> Vec<u8> {
        match self.clone() {
            State::Md5(h) => h.finalize().to_vec(),
            State::Sha1(h) => h.finalize().to_vec(),
            State::Sha224(h) => h.finalize().to_vec(),
            State::Sha256(h) => h.finalize().to_vec(),
            State::Sha384(h) => h.finalize().to_vec(),
            State::Sha512(h) => h.finalize().to_vec(),
        }
    }
    fn sizes(&self) -> (i64, i64) {
        match self {
            State::Md5(_) => (16, 64),
            State::Sha1(_) => (20, 64),
            State::Sha224(_) => (28, 64),
            State::Sha256(_) => (32, 64),
            State::Sha384(_) => (48, 128),
            State::Sha512(_) => (64, 128),
        }
    }
}

/// A `_hashlib.HASH` object.
struct Hash {
    class: ClassRef,
    name: &'static str,
    state: RefCell<State>,
}

/// Module-level holder: its methods are the constructors.
struct Constructors {
    class: ClassRef,
}

pub fn build(vm: &Vm) -> HashMap<Rc<str>, Value> {
    let class = Class::native("HASH", "_hashlib", vec![], None);
    let holder = Value::native_uncharged(Constructors { class });
    let mut m: HashMap<Rc<str>, Value> = HashMap::new();
    for name in ALGORITHMS.iter().chain(&["new"]) {
        m.insert(Rc::from(*name), method(&holder, name));
    }
    let mut names = crate::value::SetObj::new();
    for a in ALGORITHMS {
        // Adding a str to a set cannot fail.
        let _ = vm.set_add(&mut names, Value::str(a));
    }
    let names = Value::FrozenSet(Rc::new(names));
    m.insert(Rc::from("algorithms_guaranteed"), names.clone());
    m.insert(Rc::from("algorithms_available"), names);
    m
}

/// Feeds a data argument: bytes only, with CPython's messages for str and others.
fn feed(vm: &Vm, state: &mut State, v: &Value) -> PyResult<()> {
    match v {
        Value::Bytes(b) => {
            vm.tick_n(b.len() as u64 / 256)?;
            state.update(b);
            Ok(())
        }
        Value::Str(_) => Err(vm.type_error("Strings must be encoded before hashing")),
        _ => Err(vm.type_error("object supporting the buffer API required")),
    }
}

impl NativeObject for Constructors {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Vm, _this: &Value) -> PyResult<String> {
        Ok("<module 'hashlib'>".into())
    }
    fn has_method(&self, name: &str) -> bool {
        name == "new" || ALGORITHMS.contains(&name)
    }
    fn call_method(&self, vm: &Vm, _this: &Value, name: &str, args: Args) -> PyResult<Value> {
        let mut pos = args.pos.into_iter();
        let algo: Rc<str> = if name == "new" {
            let n = match pos.next() {
                Some(v) => Some(v),
                None => args
                    .kw
                    .iter()
                    .find(|(k, _)| k.as_ref() == "name")
                    .map(|(_, v)| v.clone()),
            };
            match n {
                Some(Value::Str(ref s)) => Rc::from(s.as_str().to_ascii_lowercase().as_str()),
                Some(other) => {
                    return Err(vm.type_error(format!(
                        "new() argument 'name' must be str, not {}",
                        vm.type_name(&other)
                    )))
                }
                None => return Err(vm.type_error("new() missing required argument 'name' (pos 1)")),
            }
        } else {
            Rc::from(name)
        };
        let label = if name == "new" {
            "new".to_string()
        } else {
            format!("openssl_{}", name)
        };
        let Some(key) = ALGORITHMS.iter().find(|a| **a == algo.as_ref()) else {
            return Err(vm.value_error(format!("unsupported hash type {}", algo)));
        };
        let Some(mut state) = State::new(key) else {
            return Err(vm.value_error(format!("unsupported hash type {}", algo)));
        };
        let mut data = pos.next();
        if pos.next().is_some() {
            return Err(vm.type_error(format!(
                "{}() takes at most {} arguments ({} given)",
                label,
                if name == "new" { 2 } else { 1 },
                if name == "new" { 3 } else { 2 }
            )));
        }
        for (k, v) in args.kw {
            match k.as_ref() {
                "string" | "data" if data.is_none() => data = Some(v),
                "usedforsecurity" | "name" => {}
                other => {
                    return Err(vm.type_error(format!(
                        "{}() got an unexpected keyword argument '{}'",
                        label, other
                    )))
                }
            }
        }
        if let Some(d) = data {
            feed(vm, &mut state, &d)?;
        }
        Ok(Value::native_uncharged(Hash {
            class: self.class.clone(),
            name: key,
            state: RefCell::new(state),
        }))
    }
}

impl NativeObject for Hash {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<{} _hashlib.HASH object @ {:#x}>",
            self.name,
            this.identity()
        ))
    }
    fn get_attr(&self, _vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        let (digest, block) = self.state.borrow().sizes();
        Ok(match name {
            "name" => Some(Value::str(self.name)),
            "digest_size" => Some(Value::Int(digest)),
            "block_size" => Some(Value::Int(block)),
            _ => None,
        })
    }
    fn has_method(&self, name: &str) -> bool {
        matches!(name, "update" | "digest" | "hexdigest" | "copy")
    }
    fn call_method(&self, vm: &Vm, _this: &Value, name: &str, args: Args) -> PyResult<Value> {
        let expected = usize::from(name == "update");
        if args.pos.len() != expected || !args.kw.is_empty() {
            let what = if expected == 1 {
                "exactly one argument"
            } else {
                "no arguments"
            };
            return Err(vm.type_error(format!(
                "HASH.{}() takes {} ({} given)",
                name,
                what,
                args.pos.len()
            )));
        }
        match name {
            "update" => {
                feed(vm, &mut self.state.borrow_mut(), &args.pos[0])?;
                Ok(Value::None)
            }
            "digest" => Ok(Value::bytes(self.state.borrow().digest())),
            "hexdigest" => {
                let hex: String = self
                    .state
                    .borrow()
                    .digest()
                    .iter()
                    .map(|b| format!("{:02x}", b))
                    .collect();
                Ok(Value::string(hex))
            }
            _ => Ok(Value::native_uncharged(Hash {
                class: self.class.clone(),
                name: self.name,
                state: RefCell::new(self.state.borrow().clone()),
            })),
        }
    }
}
