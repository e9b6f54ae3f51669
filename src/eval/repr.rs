//! `repr()` and `str()` of every value, CPython-exact, with a guard so
//! self-referencing containers print `[...]` instead of recursing forever.

use std::fmt::Write;

use super::{Args, PyResult, Vm};
use crate::value::Value;

impl Vm {
    pub fn repr(&self, v: &Value) -> PyResult<String> {
        let mut out = String::new();
        // Continues the guard of a repr in progress further up, if any.
        let mut seen = std::mem::take(&mut *self.repr_seen.borrow_mut());
        let depth = seen.len();
        let result = self.repr_into(v, &mut out, &mut seen);
        seen.truncate(depth);
        *self.repr_seen.borrow_mut() = seen;
        result.map(|_| out)
    }

    /// `str(v)`.
    pub fn to_str(&self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Int(i) => {
                let mut out = String::with_capacity(20);
                push_decimal(&mut out, *i);
                Ok(out)
            }
            Value::Native(n) => n.str(self, v),
            Value::Instance(i) => {
                if let Some(m) = i.class.lookup("__str__") {
                    let r = self.call(&self.bind(m, v), Args::default())?;
                    return match r {
                        Value::Str(ref s) => Ok(s.as_str().to_string()),
                        other => Err(self.type_error(format!(
                            "__str__ returned non-string (type {})",
                            self.type_name(&other)
                        ))),
                    };
                }
                // BaseException.__str__ comes before any __repr__ a subclass defines.
                if let Some(data) = &i.exc {
                    let args = data.borrow().args.clone();
                    return match args.as_slice() {
                        [] => Ok(String::new()),
                        [one] if self.is_instance_of(v, "KeyError") => self.repr(one),
                        [one] => self.to_str(one),
                        many => self.repr(&Value::tuple(many.to_vec())),
                    };
                }
                if let Some(m) = i.class.lookup("__repr__") {
                    // object.__str__ calls the repr slot itself, so a result
                    // that is not a str is reported as __str__'s.
                    let r = self.call(&self.bind(m, v), Args::default())?;
                    return match r {
                        Value::Str(ref s) => Ok(s.as_str().to_string()),
                        other => Err(self.type_error(format!(
                            "__str__ returned non-string (type {})",
                            self.type_name(&other)
                        ))),
                    };
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    /// Appends `repr(v)`, one level deeper in the recursion limit, with the
    /// text built so far counted against the memory limit.
    fn repr_into(&self, v: &Value, out: &mut String, seen: &mut Vec<usize>) -> PyResult<()> {
        self.check_alloc(crate::limits::estimate::text_so_far(out.len()))?;
        self.nested(" while getting the repr of an object", || {
            self.repr_one(v, out, seen)
        })
    }

    fn repr_one(&self, v: &Value, out: &mut String, seen: &mut Vec<usize>) -> PyResult<()> {
        match v {
            Value::None => out.push_str("None"),
            Value::Bool(true) => out.push_str("True"),
            Value::Bool(false) => out.push_str("False"),
            Value::Int(i) => push_decimal(out, *i),
            Value::BigInt(b) => out.push_str(&crate::types::int::to_decimal(self, b)?),
            Value::Float(f) => out.push_str(&crate::types::format::float_repr(*f)),
            Value::Str(s) => out.push_str(&str_repr(s.as_str())),
            Value::Bytes(b) => out.push_str(&bytes_repr(b)),
            Value::Ellipsis => out.push_str("Ellipsis"),
            Value::NotImplemented => out.push_str("NotImplemented"),
            Value::List(l) => {
                let id = v.identity();
                if seen.contains(&id) {
                    out.push_str("[...]");
                    return Ok(());
                }
                seen.push(id);
                let items = l.borrow().clone();
                out.push('[');
                self.repr_items(&items, out, seen)?;
                out.push(']');
                seen.pop();
            }
            Value::Tuple(t) => {
                // A tuple can hold itself through a list: CPython guards it too.
                let id = v.identity();
                if seen.contains(&id) {
                    out.push_str("(...)");
                    return Ok(());
                }
                seen.push(id);
                out.push('(');
                self.repr_items(t, out, seen)?;
                if t.len() == 1 {
                    out.push(',');
                }
                out.push(')');
                seen.pop();
            }
            Value::Dict(d) => {
                let id = v.identity();
                if seen.contains(&id) {
                    out.push_str("{...}");
                    return Ok(());
                }
                seen.push(id);
                let items = d.borrow().items();
                out.push('{');
                for (i, (k, val)) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.repr_into(k, out, seen)?;
                    out.push_str(": ");
                    self.repr_into(val, out, seen)?;
                }
                out.push('}');
                seen.pop();
            }
            Value::DictView(dv) => {
                let id = v.identity();
                if seen.contains(&id) {
                    out.push_str("...");
                    return Ok(());
                }
                seen.push(id);
                out.push_str(&self.type_name(v));
                out.push_str("([");
                let items = self.set_items(v);
                self.repr_items(&items, out, seen)?;
                out.push_str("])");
                seen.pop();
                let _ = dv;
            }
            Value::Set(s) => {
                let items = s.borrow().items();
                if items.is_empty() {
                    out.push_str("set()");
                } else {
                    out.push('{');
                    self.repr_items(&items, out, seen)?;
                    out.push('}');
                }
            }
            Value::FrozenSet(s) => {
                let items = s.items();
                if items.is_empty() {
                    out.push_str("frozenset()");
                } else {
                    out.push_str("frozenset({");
                    self.repr_items(&items, out, seen)?;
                    out.push_str("})");
                }
            }
            Value::Range(r) => {
                if r.step == 1 {
                    let _ = write!(out, "range({}, {})", r.start, r.stop);
                } else {
                    let _ = write!(out, "range({}, {}, {})", r.start, r.stop, r.step);
                }
            }
            Value::Slice(s) => {
                out.push_str("slice(");
                self.repr_into(&s.start, out, seen)?;
                out.push_str(", ");
                self.repr_into(&s.stop, out, seen)?;
                out.push_str(", ");
                self.repr_into(&s.step, out, seen)?;
                out.push(')');
            }
            Value::Function(f) => {
                let _ = write!(out, "<function {} at {:#x}>", f.code.qualname, v.identity());
            }
            Value::BoundMethod(m) => {
                let name = match &m.func {
                    Value::Function(f) => f.code.qualname.to_string(),
                    other => self.repr(other)?,
                };
                out.push_str("<bound method ");
                out.push_str(&name);
                out.push_str(" of ");
                self.repr_into(&m.receiver, out, seen)?;
                out.push('>');
            }
            Value::Builtin(b) => {
                let _ = write!(out, "<built-in function {}>", b.name);
            }
            // A method looked up on its builtin type (`list.append`).
            Value::NativeMethod(m)
                if matches!(&m.receiver, Value::Class(c) if c.builtin
                    && !matches!(&*m.name, "fromkeys" | "maketrans" | "fromhex" | "from_bytes")) =>
            {
                if let Value::Class(c) = &m.receiver {
                    let _ = write!(out, "<method '{}' of '{}' objects>", m.name, c.name);
                }
            }
            Value::NativeMethod(m) => {
                let _ = write!(
                    out,
                    "<built-in method {} of {} object at {:#x}>",
                    m.name,
                    self.type_name(&m.receiver),
                    m.receiver.identity()
                );
            }
            Value::Class(c) => {
                // A module's stand-in for a metaclass `__repr__` (`<enum 'Color'>`).
                let hook = if c.builtin {
                    None
                } else {
                    c.lookup("__class_repr__")
                };
                if let Some(hook) = hook {
                    match self.call(&hook, Args::new(vec![v.clone()]))? {
                        Value::Str(ref s) => out.push_str(s.as_str()),
                        other => out.push_str(&self.repr(&other)?),
                    }
                } else if c.builtin && (c.module.as_ref() == "builtins" || c.name.contains('.')) {
                    let _ = write!(out, "<class '{}'>", c.name);
                } else if c.builtin {
                    // A module's type: `<class 'collections.Counter'>`, `<class '_io.StringIO'>`.
                    let _ = write!(out, "<class '{}.{}'>", c.module, c.name);
                } else {
                    let _ = write!(out, "<class '{}.{}'>", c.module, c.qualname);
                }
            }
            Value::Instance(i) => {
                if let Some(m) = i.class.lookup("__repr__") {
                    let id = v.identity();
                    if seen.contains(&id) {
                        out.push_str("...");
                        return Ok(());
                    }
                    seen.push(id);
                    let r = self.call(&self.bind(m, v), Args::default());
                    seen.pop();
                    match r? {
                        Value::Str(ref s) => out.push_str(s.as_str()),
                        other => {
                            return Err(self.type_error(format!(
                                "__repr__ returned non-string (type {})",
                                self.type_name(&other)
                            )))
                        }
                    }
                } else if let Some(data) = &i.exc {
                    let args = data.borrow().args.clone();
                    out.push_str(&i.class.name);
                    out.push('(');
                    self.repr_items(&args, out, seen)?;
                    out.push(')');
                } else {
                    let _ = write!(
                        out,
                        "<{}.{} object at {:#x}>",
                        i.class.module,
                        i.class.qualname,
                        v.identity()
                    );
                }
            }
            Value::Native(n) => {
                let id = v.identity();
                if seen.contains(&id) {
                    // What CPython prints for a container inside itself.
                    match self.type_name(v).rsplit('.').next() {
                        Some("deque") => out.push_str("[...]"),
                        Some("defaultdict") => {
                            let factory = n.get_attr(self, v, "default_factory")?;
                            out.push_str("defaultdict(");
                            self.repr_into(&factory.unwrap_or(Value::None), out, seen)?;
                            out.push_str(", {...})");
                        }
                        _ => out.push_str("..."),
                    }
                    return Ok(());
                }
                seen.push(id);
                *self.repr_seen.borrow_mut() = std::mem::take(seen);
                let r = n.repr(self, v);
                *seen = std::mem::take(&mut *self.repr_seen.borrow_mut());
                seen.pop();
                out.push_str(&r?);
            }
            Value::Iterator(it) => {
                let _ = write!(
                    out,
                    "<{} object at {:#x}>",
                    it.borrow().type_name(),
                    v.identity()
                );
            }
            Value::Generator(g) => {
                let _ = write!(
                    out,
                    "<generator object {} at {:#x}>",
                    g.qualname,
                    v.identity()
                );
            }
            Value::Module(m) => {
                let _ = write!(out, "<module '{}' (built-in)>", m.name);
            }
            Value::Tool(t) => {
                let _ = write!(out, "<tool {}>", t.name);
            }
            Value::Property(_) => {
                let _ = write!(out, "<property object at {:#x}>", v.identity());
            }
            Value::StaticMethod(f) => {
                out.push_str("<staticmethod(");
                self.repr_into(f, out, seen)?;
                out.push_str(")>");
            }
            Value::ClassMethod(f) => {
                out.push_str("<classmethod(");
                self.repr_into(f, out, seen)?;
                out.push_str(")>");
            }
            Value::Super(s) => {
                let _ = write!(
                    out,
                    "<super: <class '{}'>, <{} object>>",
                    s.start_after.name,
                    self.type_name(&s.this)
                );
            }
        }
        Ok(())
    }

    fn repr_items(&self, items: &[Value], out: &mut String, seen: &mut Vec<usize>) -> PyResult<()> {
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            self.repr_into(x, out, seen)?;
        }
        Ok(())
    }
}

/// Python's repr of a str: quotes chosen as CPython does, escapes for the unprintable.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !is_printable(c) => {
                let n = c as u32;
                if n < 0x100 {
                    let _ = write!(out, "\\x{:02x}", n);
                } else if n < 0x10000 {
                    let _ = write!(out, "\\u{:04x}", n);
                } else {
                    let _ = write!(out, "\\U{:08x}", n);
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// `str.isprintable` for one character: false for the categories CPython
/// treats as non-printable (Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs); the space is
/// handled by callers.
pub fn is_printable(c: char) -> bool {
    use unicode_general_category::{get_general_category, GeneralCategory as G};
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    !matches!(
        get_general_category(c),
        G::Control
            | G::Format
            | G::Surrogate
            | G::PrivateUse
            | G::Unassigned
            | G::LineSeparator
            | G::ParagraphSeparator
            | G::SpaceSeparator
    )
}

pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &x in b {
        match x {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            x if x as char == quote => {
                out.push('\\');
                out.push(x as char);
            }
            0x20..=0x7e => out.push(x as char),
            x => {
                let _ = write!(out, "\\x{:02x}", x);
            }
        }
    }
    out.push(quote);
    out
}

/// Appends a small int in decimal: `str()` and `repr()` of the most common
/// value, without the formatting machinery.
pub fn push_decimal(out: &mut String, i: i64) {
    let mut digits = [0u8; 20];
    let mut n = i.unsigned_abs();
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        out.push('-');
    }
    // The digits are ASCII, so the conversion cannot fail.
    out.push_str(std::str::from_utf8(&digits[start..]).unwrap_or_default());
}

/// `str(i)` of a small int, its length known without a scan.
pub fn decimal_str(i: i64) -> Value {
    let mut out = String::with_capacity(20);
    push_decimal(&mut out, i);
    let chars = out.len();
    Value::Str(std::rc::Rc::new(crate::value::PyStr::counted(out, chars)))
}
