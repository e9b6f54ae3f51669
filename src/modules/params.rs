//! Argument binding for module functions written in Rust: positional and
//! keyword arguments matched to named parameters, with CPython's messages for
//! Python-level functions (`dumps() missing 1 required positional argument`).
//!
//! Must not evaluate Python code; it only sorts the values it is given.

use crate::errors;
use crate::eval::{Args, PyResult, Vm};
use crate::value::Value;

/// Binds `args` to `names`: the first `max_pos` may come by position, the first
/// `required` must be given. Returns one slot per name.
pub fn bind(
    vm: &Vm,
    func: &str,
    args: Args,
    names: &[&str],
    required: usize,
    max_pos: usize,
) -> PyResult<Vec<Option<Value>>> {
    let n_pos = args.pos.len();
    if n_pos > max_pos {
        let kw_given = args
            .kw
            .iter()
            .filter(|(k, _)| names[max_pos..].contains(&k.as_ref()))
            .count();
        return Err(vm.type_error(errors::too_many_positional(
            func,
            required.min(max_pos),
            max_pos,
            n_pos,
            kw_given,
        )));
    }
    let mut slots: Vec<Option<Value>> = vec![None; names.len()];
    for (i, v) in args.pos.into_iter().enumerate() {
        slots[i] = Some(v);
    }
    for (k, v) in args.kw {
        match names.iter().position(|n| *n == k.as_ref()) {
            Some(i) if slots[i].is_some() => {
                return Err(vm.type_error(errors::multiple_values(func, &k)))
            }
            Some(i) => slots[i] = Some(v),
            None => return Err(vm.type_error(errors::unexpected_keyword(func, &k))),
        }
    }
    let missing: Vec<String> = (0..required)
        .filter(|&i| slots[i].is_none())
        .map(|i| names[i].to_string())
        .collect();
    if !missing.is_empty() {
        let kind = if required <= max_pos {
            "positional"
        } else {
            "keyword-only"
        };
        return Err(vm.type_error(errors::missing_args(func, &missing, kind)));
    }
    Ok(slots)
}

/// A bound slot's truth value, or `default` when it was not given.
pub fn flag(vm: &Vm, slot: &Option<Value>, default: bool) -> PyResult<bool> {
    match slot {
        Some(v) => vm.truthy(v),
        None => Ok(default),
    }
}

/// A bound slot that is absent or `None` reads as "not given".
pub fn given(slot: &Option<Value>) -> Option<&Value> {
    slot.as_ref().filter(|v| !v.is_none())
}
