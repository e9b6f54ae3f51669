//! `collections.ChainMap`: a view over a list of mappings, searched in order;
//! writes and deletions go to the first one.
//!
//! The mappings are ordinary values reached through the item protocol, so a
//! `defaultdict` or `Counter` in the chain keeps its own missing-key rule.
//! Must not copy or cache the mappings: every access reads them live.

use std::rc::Rc;

use crate::builtins::arity;
use crate::eval::{Args, PyResult, Unwind, Vm};
use crate::modules::natives::{native, take_kw};
use crate::value::{native_ref, ClassRef, DictObj, NativeObject, Value};

const METHODS: &[&str] = &[
    "get",
    "keys",
    "items",
    "values",
    "new_child",
    "pop",
    "popitem",
    "clear",
    "copy",
    "update",
    "setdefault",
];

/// A `collections.ChainMap`.
pub struct ChainMap {
    class: ClassRef,
    /// The `maps` list, shared with user code as CPython's is.
    maps: Value,
}

/// `ChainMap(*maps)`.
pub fn construct(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!(
            "ChainMap.__init__() got an unexpected keyword argument '{}'",
            k
        )));
    }
    let maps = if args.pos.is_empty() {
        vec![Value::dict(DictObj::new())]
    } else {
        args.pos
    };
    Ok(chain(cls, maps))
}

fn chain(cls: &ClassRef, maps: Vec<Value>) -> Value {
    native(ChainMap {
        class: cls.clone(),
        maps: Value::list(maps),
    })
}

impl ChainMap {
    fn maps(&self) -> Vec<Value> {
        match &self.maps {
            Value::List(l) => l.borrow().clone(),
            _ => Vec::new(),
        }
    }

    fn first(&self, vm: &Vm) -> PyResult<Value> {
        self.maps()
            .into_iter()
            .next()
            .ok_or_else(|| vm.raise("IndexError", "list index out of range"))
    }

    fn lookup(&self, vm: &Vm, key: &Value) -> PyResult<Option<Value>> {
        for m in self.maps() {
            match vm.get_item(&m, key) {
                Ok(v) => return Ok(Some(v)),
                Err(e) if vm.caught(&e, "KeyError") => continue,
                Err(e) => return Err(e),
            }
        }
        Ok(None)
    }

    /// The merged view: keys in CPython's order (last mapping first), first mapping wins.
    fn merged(&self, vm: &Vm) -> PyResult<DictObj> {
        let mut keys = DictObj::new();
        for m in self.maps().iter().rev() {
            for k in vm.collect(m)? {
                vm.tick()?;
                vm.dict_set(&mut keys, k, Value::None)?;
            }
        }
        let mut out = DictObj::with_capacity(keys.len());
        for k in keys.keys() {
            let v = self.lookup(vm, &k)?.unwrap_or(Value::None);
            vm.dict_set(&mut out, k, v)?;
        }
        Ok(out)
    }

    fn not_in_first(&self, vm: &Vm, key: &Value) -> PyResult<Unwind> {
        let msg = format!("Key not found in the first mapping: {}", vm.repr(key)?);
        Ok(Unwind::raise(vm.new_exception(
            &vm.types.exception("KeyError"),
            vec![Value::string(msg)],
        )))
    }
}

impl NativeObject for ChainMap {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, vm: &Vm, _this: &Value) -> PyResult<String> {
        let parts = self
            .maps()
            .iter()
            .map(|m| vm.repr(m))
            .collect::<PyResult<Vec<_>>>()?;
        Ok(format!("ChainMap({})", parts.join(", ")))
    }
    fn get_attr(&self, _vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "maps" => Some(self.maps.clone()),
            "parents" => {
                let rest = self.maps().into_iter().skip(1).collect::<Vec<_>>();
                let rest = if rest.is_empty() {
                    vec![Value::dict(DictObj::new())]
                } else {
                    rest
                };
                Some(chain(&self.class, rest))
            }
            _ => None,
        })
    }
    fn has_method(&self, name: &str) -> bool {
        METHODS.contains(&name)
    }
    fn call_method(&self, vm: &Vm, this: &Value, name: &str, mut args: Args) -> PyResult<Value> {
        match name {
            "get" => {
                arity(vm, "get", &args, 1, 2)?;
                let default = args.pos.get(1).cloned().unwrap_or(Value::None);
                Ok(self.lookup(vm, &args.pos[0])?.unwrap_or(default))
            }
            "keys" | "items" | "values" => {
                let merged = Value::dict(self.merged(vm)?);
                vm.call_method(&merged, &Rc::from(name), Args::default())
            }
            "new_child" => {
                let m = take_kw(&mut args, "m")
                    .or_else(|| args.pos.first().cloned())
                    .filter(|m| !m.is_none())
                    .unwrap_or_else(|| Value::dict(DictObj::new()));
                let mut maps = vec![m];
                maps.extend(self.maps());
                Ok(chain(&self.class, maps))
            }
            "pop" => {
                arity(vm, "pop", &args, 1, 2)?;
                let first = self.first(vm)?;
                match vm.call_method(
                    &first,
                    &Rc::from("pop"),
                    Args::new(vec![args.pos[0].clone()]),
                ) {
                    Ok(v) => Ok(v),
                    Err(e) if vm.caught(&e, "KeyError") => match args.pos.get(1) {
                        Some(d) => Ok(d.clone()),
                        None => Err(self.not_in_first(vm, &args.pos[0])?),
                    },
                    Err(e) => Err(e),
                }
            }
            "popitem" => {
                let first = self.first(vm)?;
                match vm.call_method(&first, &Rc::from("popitem"), Args::default()) {
                    Err(e) if vm.caught(&e, "KeyError") => {
                        Err(vm.raise("KeyError", "No keys found in the first mapping."))
                    }
                    other => other,
                }
            }
            "clear" | "update" => {
                let first = self.first(vm)?;
                vm.call_method(&first, &Rc::from(name), args)
            }
            "setdefault" => {
                arity(vm, "setdefault", &args, 1, 2)?;
                let key = args.pos[0].clone();
                if !vm.contains(this, &key)? {
                    let d = args.pos.get(1).cloned().unwrap_or(Value::None);
                    vm.set_item(&self.first(vm)?, key.clone(), d)?;
                }
                vm.get_item(this, &key)
            }
            _ => {
                let first = self.first(vm)?;
                let copied = vm.call_method(&first, &Rc::from("copy"), Args::default())?;
                let mut maps = vec![copied];
                maps.extend(self.maps().into_iter().skip(1));
                Ok(chain(&self.class, maps))
            }
        }
    }
    fn len(&self, vm: &Vm) -> Option<PyResult<usize>> {
        Some(self.merged(vm).map(|d| d.len()))
    }
    fn iter(&self, vm: &Vm, _this: &Value) -> Option<PyResult<Value>> {
        Some(
            self.merged(vm)
                .and_then(|d| vm.iter(&Value::list(d.keys()))),
        )
    }
    fn get_item(&self, vm: &Vm, key: &Value) -> Option<PyResult<Value>> {
        Some(match self.lookup(vm, key) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Err(Unwind::raise(
                vm.new_exception(&vm.types.exception("KeyError"), vec![key.clone()]),
            )),
            Err(e) => Err(e),
        })
    }
    fn set_item(&self, vm: &Vm, key: Value, value: Value) -> Option<PyResult<()>> {
        Some(self.first(vm).and_then(|m| vm.set_item(&m, key, value)))
    }
    fn del_item(&self, vm: &Vm, key: &Value) -> Option<PyResult<()>> {
        let r = self.first(vm).and_then(|m| match vm.del_item(&m, key) {
            Err(e) if vm.caught(&e, "KeyError") => Err(self.not_in_first(vm, key)?),
            other => other,
        });
        Some(r)
    }
    fn contains(&self, vm: &Vm, item: &Value) -> Option<PyResult<bool>> {
        let r = (|| {
            for m in self.maps() {
                if vm.contains(&m, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        })();
        Some(r)
    }
    fn truthy(&self, vm: &Vm) -> Option<PyResult<bool>> {
        let r = (|| {
            for m in self.maps() {
                if vm.truthy(&m)? {
                    return Ok(true);
                }
            }
            Ok(false)
        })();
        Some(r)
    }
    fn eq(&self, vm: &Vm, other: &Value) -> Option<PyResult<bool>> {
        let r = (|| {
            let mine = Value::dict(self.merged(vm)?);
            let theirs = match native_ref::<ChainMap>(other) {
                Some(o) => Value::dict(o.merged(vm)?),
                None => other.clone(),
            };
            vm.eq(&mine, &theirs)
        })();
        Some(r)
    }
    fn hash(&self, vm: &Vm) -> Option<PyResult<u64>> {
        Some(Err(vm.type_error(crate::errors::unhashable("ChainMap"))))
    }
}
