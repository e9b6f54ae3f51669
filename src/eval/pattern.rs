//! `match` statements: structural pattern matching with CPython's rules
//! (sequences exclude str/bytes, mappings need keys present, class patterns use
//! `__match_args__`, builtin types match their single value positionally).

use super::{Frame, PyResult, Vm};
use crate::ir::Pattern;
use crate::types::TypeKind;
use crate::value::Value;

impl Vm {
    pub fn match_pattern(&self, f: &mut Frame, p: &Pattern, v: &Value) -> PyResult<bool> {
        self.check_stack()?;
        match p {
            Pattern::Value(e) => {
                let expected = self.eval(f, e)?;
                self.eq(v, &expected)
            }
            Pattern::Singleton(s) => Ok(v.is(s)),
            Pattern::As(inner, name) => {
                if let Some(inner) = inner {
                    if !self.match_pattern(f, inner, v)? {
                        return Ok(false);
                    }
                }
                if let Some(n) = name {
                    self.store_name(f, n, v.clone())?;
                }
                Ok(true)
            }
            Pattern::Or(alts) => {
                for alt in alts {
                    if self.match_pattern(f, alt, v)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Pattern::Star(_) => Ok(true),
            Pattern::Sequence(items, star) => {
                let seq = match v {
                    Value::List(l) => l.borrow().clone(),
                    Value::Tuple(t) => t.as_ref().clone(),
                    Value::Range(_) => self.collect(v)?,
                    _ => return Ok(false),
                };
                match star {
                    None => {
                        if seq.len() != items.len() {
                            return Ok(false);
                        }
                        for (p, x) in items.iter().zip(&seq) {
                            if !self.match_pattern(f, p, x)? {
                                return Ok(false);
                            }
                        }
                        Ok(true)
                    }
                    Some(si) => {
                        let before = *si;
                        let after = items.len() - si - 1;
                        if seq.len() < before + after {
                            return Ok(false);
                        }
                        for (p, x) in items[..before].iter().zip(&seq[..before]) {
                            if !self.match_pattern(f, p, x)? {
                                return Ok(false);
                            }
                        }
                        let tail_start = seq.len() - after;
                        for (p, x) in items[*si + 1..].iter().zip(&seq[tail_start..]) {
                            if !self.match_pattern(f, p, x)? {
                                return Ok(false);
                            }
                        }
                        if let Pattern::Star(Some(name)) = &items[*si] {
                            self.store_name(
                                f,
                                name,
                                Value::list(seq[before..tail_start].to_vec()),
                            )?;
                        }
                        Ok(true)
                    }
                }
            }
            Pattern::Mapping(entries, rest) => {
                let Value::Dict(d) = v else { return Ok(false) };
                let mut used = Vec::new();
                for (k, p) in entries {
                    let key = self.eval(f, k)?;
                    let Some(val) = self.dict_get(d, &key)? else {
                        return Ok(false);
                    };
                    if !self.match_pattern(f, p, &val)? {
                        return Ok(false);
                    }
                    used.push(key);
                }
                if let Some(name) = rest {
                    let mut remaining = crate::value::DictObj::new();
                    for (k, val) in d.borrow().items() {
                        let mut taken = false;
                        for u in &used {
                            if self.eq(&k, u)? {
                                taken = true;
                                break;
                            }
                        }
                        if !taken {
                            self.dict_set(&mut remaining, k, val)?;
                        }
                    }
                    self.store_name(f, name, Value::dict(remaining))?;
                }
                Ok(true)
            }
            Pattern::Class(cls, positional, keywords) => {
                let class = self.eval(f, cls)?;
                let Value::Class(c) = &class else {
                    return Err(self.type_error("called match pattern must be a class"));
                };
                if !self.class_of(v).is_subclass(c) {
                    return Ok(false);
                }
                if !positional.is_empty() {
                    let self_match = c.builtin
                        && matches!(
                            c.kind,
                            TypeKind::Bool
                                | TypeKind::Int
                                | TypeKind::Float
                                | TypeKind::Str
                                | TypeKind::Bytes
                                | TypeKind::List
                                | TypeKind::Tuple
                                | TypeKind::Dict
                                | TypeKind::Set
                                | TypeKind::FrozenSet
                        );
                    if self_match {
                        if positional.len() > 1 {
                            return Err(self.type_error(format!(
                                "{}() accepts 1 positional sub-pattern ({} given)",
                                c.name,
                                positional.len()
                            )));
                        }
                        if !self.match_pattern(f, &positional[0], v)? {
                            return Ok(false);
                        }
                    } else {
                        let names = match c.lookup("__match_args__") {
                            Some(Value::Tuple(ref t)) => t.as_ref().clone(),
                            _ => Vec::new(),
                        };
                        if positional.len() > names.len() {
                            return Err(self.type_error(format!(
                                "{}() accepts {} positional sub-pattern{} ({} given)",
                                c.name,
                                names.len(),
                                if names.len() == 1 { "" } else { "s" },
                                positional.len()
                            )));
                        }
                        for (p, n) in positional.iter().zip(names) {
                            let Value::Str(ref n) = n else {
                                return Ok(false);
                            };
                            let attr = match self.get_attr(v, n.as_str()) {
                                Ok(a) => a,
                                Err(e) if e.is_exception() => return Ok(false),
                                Err(e) => return Err(e),
                            };
                            if !self.match_pattern(f, p, &attr)? {
                                return Ok(false);
                            }
                        }
                    }
                }
                for (name, p) in keywords {
                    let attr = match self.get_attr(v, name) {
                        Ok(a) => a,
                        Err(e) if e.is_exception() => return Ok(false),
                        Err(e) => return Err(e),
                    };
                    if !self.match_pattern(f, p, &attr)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
        }
    }
}
