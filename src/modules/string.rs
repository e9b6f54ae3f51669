//! `string`: the character-class constants, `capwords`, and `Template`
//! (`$name` / `${name}` / `$$` substitution with CPython's errors).
//!
//! Owns only these names; `string.Formatter` is not provided, and
//! `Template` cannot be subclassed to change its delimiter or pattern.

use std::any::Any;
use std::collections::HashMap;
use std::rc::Rc;

use super::support::{bind, Sig};
use crate::eval::{Args, PyResult, Unwind, Vm};
use crate::value::{BuiltinFn, Class, ClassRef, NativeObject, Value};

const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &str = "0123456789";
const PUNCT: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const WHITESPACE: &str = " \t\n\r\x0b\x0c";

pub static CAPWORDS: BuiltinFn = BuiltinFn {
    name: "capwords",
    call: capwords,
};

pub fn build(_vm: &Vm) -> HashMap<Rc<str>, Value> {
    let letters = format!("{}{}", LOWER, UPPER);
    let printable = format!("{}{}{}{}", DIGITS, letters, PUNCT, WHITESPACE);
    let mut m: HashMap<Rc<str>, Value> = HashMap::new();
    for (k, v) in [
        ("ascii_lowercase", LOWER.to_string()),
        ("ascii_uppercase", UPPER.to_string()),
        ("ascii_letters", letters),
        ("digits", DIGITS.to_string()),
        ("hexdigits", "0123456789abcdefABCDEF".to_string()),
        ("octdigits", "01234567".to_string()),
        ("punctuation", PUNCT.to_string()),
        ("whitespace", WHITESPACE.to_string()),
        ("printable", printable),
    ] {
        m.insert(Rc::from(k), Value::string(v));
    }
    m.insert(Rc::from("capwords"), Value::Builtin(&CAPWORDS));
    m.insert(
        Rc::from("Template"),
        Value::Class(Class::native(
            "Template",
            "string",
            vec![],
            Some(new_template),
        )),
    );
    m
}

fn capwords(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = bind(
        vm,
        &Sig {
            name: "capwords",
            params: &["s", "sep"],
            required: 1,
            kwonly: &[],
            method: false,
        },
        args,
    )?;
    let text = s[0].clone().unwrap_or(Value::None);
    let sep = s[1].clone().unwrap_or(Value::None);
    let words = vm.call_method(&text, &Rc::from("split"), Args::new(vec![sep.clone()]))?;
    let mut caps = Vec::new();
    for w in vm.collect(&words)? {
        caps.push(vm.call_method(&w, &Rc::from("capitalize"), Args::default())?);
    }
    let joiner = if vm.truthy(&sep)? {
        sep
    } else {
        Value::str(" ")
    };
    vm.call_method(
        &joiner,
        &Rc::from("join"),
        Args::new(vec![Value::list(caps)]),
    )
}

/// A `string.Template`.
struct Template {
    class: ClassRef,
    template: Value,
}

fn new_template(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    let s = bind(
        vm,
        &Sig {
            name: "Template.__init__",
            params: &["template"],
            required: 1,
            kwonly: &[],
            method: true,
        },
        args,
    )?;
    Ok(Value::native_uncharged(Template {
        class: cls.clone(),
        template: s[0].clone().unwrap_or(Value::None),
    }))
}

/// One piece of a parsed template.
enum Piece<'a> {
    Text(&'a str),
    Escaped,
    /// A placeholder: its identifier and its full source text (`$x` or `${x}`).
    Named(&'a str, &'a str),
    Invalid(usize),
}

fn is_id_start(c: u8) -> bool {
    c == b'_' || c.is_ascii_alphabetic()
}

fn ident_len(s: &[u8]) -> usize {
    if s.first().is_some_and(|&c| is_id_start(c)) {
        s.iter()
            .take_while(|&&c| c == b'_' || c.is_ascii_alphanumeric())
            .count()
    } else {
        0
    }
}

/// Splits a template the way `Template.pattern` matches it.
fn parse(t: &str) -> Vec<Piece<'_>> {
    let b = t.as_bytes();
    let mut out = Vec::new();
    let (mut i, mut start) = (0, 0);
    while i < b.len() {
        if b[i] != b'$' {
            i += 1;
            continue;
        }
        if start < i {
            out.push(Piece::Text(&t[start..i]));
        }
        let rest = &b[i + 1..];
        if rest.first() == Some(&b'$') {
            out.push(Piece::Escaped);
            i += 2;
        } else if rest.first() == Some(&b'{') {
            let n = ident_len(&rest[1..]);
            if n > 0 && rest.get(1 + n) == Some(&b'}') {
                out.push(Piece::Named(&t[i + 2..i + 2 + n], &t[i..i + n + 3]));
                i += n + 3;
            } else {
                out.push(Piece::Invalid(i));
                i += 1;
            }
        } else {
            let n = ident_len(rest);
            if n > 0 {
                out.push(Piece::Named(&t[i + 1..i + 1 + n], &t[i..i + n + 1]));
                i += n + 1;
            } else {
                out.push(Piece::Invalid(i));
                i += 1;
            }
        }
        start = i;
    }
    if start < b.len() {
        out.push(Piece::Text(&t[start..]));
    }
    out
}

impl Template {
    fn text(&self, vm: &Vm) -> PyResult<&str> {
        match &self.template {
            Value::Str(s) => Ok(s.as_str()),
            other => Err(vm.type_error(format!(
                "expected string or bytes-like object, got '{}'",
                vm.type_name(other)
            ))),
        }
    }

    fn substitute(&self, vm: &Vm, name: &str, args: Args, safe: bool) -> PyResult<Value> {
        if args.pos.len() > 1 {
            return Err(vm.type_error(format!(
                "Template.{}() takes from 1 to 2 positional arguments but {} were given",
                name,
                args.pos.len() + 1
            )));
        }
        let mapping = args.pos.first().cloned();
        let kws = args.kw;
        let lookup = |key: &str| -> PyResult<Option<Value>> {
            if let Some((_, v)) = kws.iter().find(|(k, _)| k.as_ref() == key) {
                return Ok(Some(v.clone()));
            }
            let Some(m) = &mapping else {
                return Ok(None);
            };
            match vm.get_item(m, &Value::str(key)) {
                Ok(v) => Ok(Some(v)),
                Err(e) if safe && vm.caught(&e, "KeyError") => Ok(None),
                Err(e) => Err(e),
            }
        };
        let t = self.text(vm)?;
        let mut out = String::new();
        for piece in parse(t) {
            match piece {
                Piece::Text(s) => out.push_str(s),
                Piece::Escaped => out.push('$'),
                Piece::Named(id, src) => match lookup(id)? {
                    Some(v) => out.push_str(&vm.to_str(&v)?),
                    None if safe => out.push_str(src),
                    None => {
                        let key_error = vm.types.exception("KeyError");
                        return Err(Unwind::raise(
                            vm.new_exception(&key_error, vec![Value::str(id)]),
                        ));
                    }
                },
                Piece::Invalid(pos) => {
                    if safe {
                        out.push('$');
                        continue;
                    }
                    let before = &t[..pos];
                    let line = before.matches('\n').count() + 1;
                    let col = before.len() - before.rfind('\n').map_or(0, |p| p + 1) + 1;
                    return Err(vm.value_error(format!(
                        "Invalid placeholder in string: line {}, col {}",
                        line, col
                    )));
                }
            }
        }
        Ok(Value::string(out))
    }
}

impl NativeObject for Template {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<string.Template object at {:#x}>",
            this.identity()
        ))
    }
    fn get_attr(&self, _vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "template" => Some(self.template.clone()),
            "delimiter" => Some(Value::str("$")),
            _ => None,
        })
    }
    fn has_method(&self, name: &str) -> bool {
        matches!(
            name,
            "substitute" | "safe_substitute" | "get_identifiers" | "is_valid"
        )
    }
    fn call_method(&self, vm: &Vm, _this: &Value, name: &str, args: Args) -> PyResult<Value> {
        match name {
            "substitute" => self.substitute(vm, name, args, false),
            "safe_substitute" => self.substitute(vm, name, args, true),
            _ => {
                if !args.pos.is_empty() {
                    return Err(vm.type_error(format!(
                        "Template.{}() takes 1 positional argument but {} were given",
                        name,
                        args.pos.len() + 1
                    )));
                }
                let pieces = parse(self.text(vm)?);
                if name == "is_valid" {
                    let ok = !pieces.iter().any(|p| matches!(p, Piece::Invalid(_)));
                    return Ok(Value::Bool(ok));
                }
                let mut ids: Vec<&str> = Vec::new();
                for p in &pieces {
                    match p {
                        Piece::Named(id, _) if !ids.contains(id) => ids.push(id),
                        Piece::Invalid(pos) => {
                            let t = self.text(vm)?;
                            let before = &t[..*pos];
                            let line = before.matches('\n').count() + 1;
                            let col = before.len() - before.rfind('\n').map_or(0, |p| p + 1) + 1;
                            return Err(vm.value_error(format!(
                                "Invalid placeholder in string: line {}, col {}",
                                line, col
                            )));
                        }
                        _ => {}
                    }
                }
                Ok(Value::list(ids.into_iter().map(Value::str).collect()))
            }
        }
    }
}
