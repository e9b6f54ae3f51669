//! `io`: the in-memory text stream `StringIO` (read/write/seek/tell/
//! truncate/readline(s)/iteration/context manager, newline translation as
//! CPython's), plus `io.SEEK_*`.
//!
//! In-memory only: `open`, file objects and `BytesIO` are not provided.

use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use num_traits::ToPrimitive;

use super::natives::Charged;
use super::support::{as_bigint, bind, Sig};
use crate::eval::{Args, PyResult, Vm};
use crate::limits::estimate::char_buffer;
use crate::value::{Class, ClassRef, NativeObject, Value};

pub fn build(_vm: &Vm) -> HashMap<Rc<str>, Value> {
    let class = Class::native("StringIO", "_io", vec![], Some(new_stringio));
    let mut m: HashMap<Rc<str>, Value> = HashMap::new();
    m.insert(Rc::from("StringIO"), Value::Class(class));
    for (k, v) in [("SEEK_SET", 0), ("SEEK_CUR", 1), ("SEEK_END", 2)] {
        m.insert(Rc::from(k), Value::Int(v));
    }
    m
}

/// How `newline=` translates on write and splits lines on read.
#[derive(Clone, Copy, PartialEq)]
enum Newline {
    /// `None`: `\r\n` and `\r` become `\n` on write.
    Universal,
    /// `""`: no translation; lines end at `\r`, `\n` or `\r\n`.
    Untranslated,
    /// `"\n"` (the default).
    Lf,
    Cr,
    CrLf,
}

struct State {
    buf: Vec<char>,
    pos: usize,
    closed: bool,
}

/// An `io.StringIO`.
pub struct StringIO {
    class: ClassRef,
    newline: Newline,
    state: RefCell<State>,
    /// The buffer's share of the memory account, 4 bytes a character.
    charged: Charged,
}

fn new_stringio(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    let s = bind(
        vm,
        &Sig {
            name: "StringIO",
            params: &["initial_value", "newline"],
            required: 0,
            kwonly: &[],
            method: false,
        },
        args,
    )?;
    let newline = match &s[1] {
        None => Newline::Lf,
        Some(Value::None) => Newline::Universal,
        Some(Value::Str(n)) => match n.as_str() {
            "" => Newline::Untranslated,
            "\n" => Newline::Lf,
            "\r" => Newline::Cr,
            "\r\n" => Newline::CrLf,
            other => {
                return Err(vm.value_error(format!(
                    "illegal newline value: {}",
                    vm.repr(&Value::str(other))?
                )))
            }
        },
        Some(other) => {
            return Err(vm.type_error(format!(
                "newline must be str or None, not {}",
                vm.type_name(other)
            )))
        }
    };
    let obj = StringIO {
        class: cls.clone(),
        newline,
        state: RefCell::new(State {
            buf: Vec::new(),
            pos: 0,
            closed: false,
        }),
        charged: Charged::default(),
    };
    match &s[0] {
        None | Some(Value::None) => {}
        Some(Value::Str(init)) => {
            let chars = obj.translate(init.as_str());
            vm.check_alloc(char_buffer(chars.len()))?;
            obj.charged.settle_bytes(char_buffer(chars.len()));
            obj.state.borrow_mut().buf = chars;
        }
        Some(other) => {
            return Err(vm.type_error(format!(
                "initial_value must be str or None, not {}",
                vm.type_name(other)
            )))
        }
    }
    Ok(Value::native(obj))
}

const METHODS: &[&str] = &[
    "write",
    "writelines",
    "read",
    "readline",
    "readlines",
    "getvalue",
    "seek",
    "tell",
    "truncate",
    "close",
    "flush",
    "readable",
    "writable",
    "seekable",
    "isatty",
    "__enter__",
    "__exit__",
];

impl StringIO {
    fn translate(&self, s: &str) -> Vec<char> {
        match self.newline {
            Newline::Universal => s
                .replace("\r\n", "\n")
                .replace('\r', "\n")
                .chars()
                .collect(),
            Newline::Cr => s.replace('\n', "\r").chars().collect(),
            Newline::CrLf => s.replace('\n', "\r\n").chars().collect(),
            Newline::Lf | Newline::Untranslated => s.chars().collect(),
        }
    }

    /// End (exclusive) of the line starting at `start`, at most `limit` characters.
    fn line_end(&self, buf: &[char], start: usize, limit: Option<usize>) -> usize {
        let stop = limit.map_or(buf.len(), |l| start.saturating_add(l).min(buf.len()));
        let mut i = start;
        while i < stop {
            let c = buf[i];
            match self.newline {
                Newline::Universal | Newline::Lf if c == '\n' => return i + 1,
                Newline::Cr if c == '\r' => return i + 1,
                Newline::CrLf if c == '\r' && buf.get(i + 1) == Some(&'\n') => {
                    return (i + 2).min(stop)
                }
                Newline::Untranslated if c == '\n' => return i + 1,
                Newline::Untranslated if c == '\r' => {
                    return if buf.get(i + 1) == Some(&'\n') && i + 2 <= stop {
                        i + 2
                    } else {
                        i + 1
                    }
                }
                _ => i += 1,
            }
        }
        stop
    }

    fn check_open(&self, vm: &Vm) -> PyResult<()> {
        if self.state.borrow().closed {
            return Err(vm.value_error("I/O operation on closed file"));
        }
        Ok(())
    }

    fn write(&self, vm: &Vm, v: &Value) -> PyResult<usize> {
        let Value::Str(s) = v else {
            return Err(vm.type_error(format!(
                "string argument expected, got '{}'",
                vm.type_name(v)
            )));
        };
        self.check_open(vm)?;
        let chars = self.translate(s.as_str());
        let mut st = self.state.borrow_mut();
        let end = st.pos.saturating_add(chars.len());
        // The buffer already held is in the account: check the growth.
        vm.check_alloc(char_buffer(end.saturating_sub(st.buf.len())))?;
        if st.buf.len() < st.pos {
            let pos = st.pos;
            st.buf.resize(pos, '\0');
        }
        let pos = st.pos;
        let overlap = (st.buf.len() - pos).min(chars.len());
        st.buf[pos..pos + overlap].copy_from_slice(&chars[..overlap]);
        st.buf.extend_from_slice(&chars[overlap..]);
        st.pos = end;
        self.charged.settle_bytes(char_buffer(st.buf.len()));
        Ok(s.char_len())
    }

    fn readline(&self, limit: Option<usize>) -> String {
        let mut st = self.state.borrow_mut();
        let start = st.pos.min(st.buf.len());
        let end = self.line_end(&st.buf, start, limit);
        st.pos = end.max(st.pos);
        st.buf[start..end].iter().collect()
    }
}

/// An optional size argument: `None` or a negative int mean "all".
fn size_arg(vm: &Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match as_bigint(v) {
            Some(b) => Ok(b.to_usize()),
            None => Err(vm.type_error(format!(
                "argument should be integer or None, not '{}'",
                vm.type_name(v)
            ))),
        },
    }
}

impl NativeObject for StringIO {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!("<_io.StringIO object at {:#x}>", this.identity()))
    }
    fn get_attr(&self, _vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "closed" => Some(Value::Bool(self.state.borrow().closed)),
            "line_buffering" => Some(Value::Bool(false)),
            "newlines" => Some(Value::None),
            _ => None,
        })
    }
    fn has_method(&self, name: &str) -> bool {
        METHODS.contains(&name)
    }
    fn call_method(&self, vm: &Vm, this: &Value, name: &str, args: Args) -> PyResult<Value> {
        let qual = format!("StringIO.{}", name);
        let c_args = |args: &Args, max: usize| -> PyResult<()> {
            if !args.kw.is_empty() {
                return Err(vm.type_error(format!("{}() takes no keyword arguments", qual)));
            }
            if args.pos.len() > max {
                let msg = match max {
                    0 => format!("{}() takes no arguments ({} given)", qual, args.pos.len()),
                    1 => format!(
                        "{} expected at most 1 argument, got {}",
                        name,
                        args.pos.len()
                    ),
                    _ => format!(
                        "{} expected at most {} arguments, got {}",
                        name,
                        max,
                        args.pos.len()
                    ),
                };
                return Err(vm.type_error(msg));
            }
            Ok(())
        };
        match name {
            "close" => {
                c_args(&args, 0)?;
                self.state.borrow_mut().closed = true;
                return Ok(Value::None);
            }
            "__enter__" => {
                self.check_open(vm)?;
                return Ok(this.clone());
            }
            "__exit__" => {
                self.state.borrow_mut().closed = true;
                return Ok(Value::None);
            }
            _ => {}
        }
        self.check_open(vm)?;
        match name {
            "write" => {
                if args.pos.len() != 1 || !args.kw.is_empty() {
                    return Err(vm.type_error(format!(
                        "{}() takes exactly one argument ({} given)",
                        qual,
                        args.pos.len()
                    )));
                }
                Ok(Value::Int(self.write(vm, &args.pos[0])? as i64))
            }
            "writelines" => {
                c_args(&args, 1)?;
                let Some(lines) = args.pos.first() else {
                    return Err(
                        vm.type_error(format!("{}() takes exactly one argument (0 given)", qual))
                    );
                };
                let it = vm.iter(lines)?;
                while let Some(line) = vm.next(&it)? {
                    self.write(vm, &line)?;
                }
                Ok(Value::None)
            }
            "read" => {
                c_args(&args, 1)?;
                let n = size_arg(vm, args.pos.first())?;
                let mut st = self.state.borrow_mut();
                let start = st.pos.min(st.buf.len());
                let end = n.map_or(st.buf.len(), |n| start.saturating_add(n).min(st.buf.len()));
                st.pos = end.max(st.pos);
                Ok(Value::string(st.buf[start..end].iter().collect()))
            }
            "readline" => {
                c_args(&args, 1)?;
                let n = size_arg(vm, args.pos.first())?;
                Ok(Value::string(self.readline(n)))
            }
            "readlines" => {
                c_args(&args, 1)?;
                let hint = size_arg(vm, args.pos.first())?.filter(|h| *h > 0);
                let mut out = Vec::new();
                let mut total = 0;
                loop {
                    vm.tick()?;
                    let line = self.readline(None);
                    if line.is_empty() {
                        break;
                    }
                    total += line.chars().count();
                    out.push(Value::string(line));
                    if hint.is_some_and(|h| total >= h) {
                        break;
                    }
                }
                Ok(Value::list(out))
            }
            "getvalue" => {
                c_args(&args, 0)?;
                Ok(Value::string(self.state.borrow().buf.iter().collect()))
            }
            "tell" => {
                c_args(&args, 0)?;
                Ok(Value::Int(self.state.borrow().pos as i64))
            }
            "seek" => {
                c_args(&args, 2)?;
                let Some(pos) = args.pos.first() else {
                    return Err(vm.type_error("seek expected at least 1 argument, got 0"));
                };
                let Some(pos) = as_bigint(pos) else {
                    return Err(vm.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        vm.type_name(pos)
                    )));
                };
                let whence = match args.pos.get(1) {
                    None => 0,
                    Some(w) => as_bigint(w).and_then(|b| b.to_i64()).unwrap_or(-1),
                };
                let mut st = self.state.borrow_mut();
                let new = match whence {
                    0 => match pos.to_usize() {
                        Some(p) => p,
                        None => {
                            return Err(vm.value_error(format!("Negative seek position {}", pos)))
                        }
                    },
                    1 | 2 if pos.to_i64() != Some(0) => {
                        return Err(vm.raise("OSError", "Can't do nonzero cur-relative seeks"))
                    }
                    1 => st.pos,
                    2 => st.buf.len(),
                    other => {
                        return Err(vm.value_error(format!(
                            "Invalid whence ({}, should be 0, 1 or 2)",
                            other
                        )))
                    }
                };
                st.pos = new;
                Ok(Value::Int(new as i64))
            }
            "truncate" => {
                c_args(&args, 1)?;
                let mut st = self.state.borrow_mut();
                let size = match args.pos.first() {
                    None | Some(Value::None) => st.pos,
                    Some(v) => match as_bigint(v) {
                        Some(b) => match b.to_usize() {
                            Some(n) => n,
                            None => {
                                return Err(vm.value_error(format!("Negative size value {}", b)))
                            }
                        },
                        None => {
                            return Err(vm.type_error(format!(
                                "'{}' object cannot be interpreted as an integer",
                                vm.type_name(v)
                            )))
                        }
                    },
                };
                if size < st.buf.len() {
                    st.buf.truncate(size);
                    self.charged.settle_bytes(char_buffer(size));
                }
                Ok(Value::Int(size as i64))
            }
            "flush" => {
                c_args(&args, 0)?;
                Ok(Value::None)
            }
            "isatty" => {
                c_args(&args, 0)?;
                Ok(Value::Bool(false))
            }
            _ => {
                c_args(&args, 0)?;
                Ok(Value::Bool(true))
            }
        }
    }
    fn iter(&self, vm: &Vm, this: &Value) -> Option<PyResult<Value>> {
        Some(self.check_open(vm).map(|_| this.clone()))
    }
    fn next_supported(&self) -> bool {
        true
    }
    fn next(&self, vm: &Vm) -> Option<PyResult<Option<Value>>> {
        if let Err(e) = self.check_open(vm) {
            return Some(Err(e));
        }
        let line = self.readline(None);
        Some(Ok(if line.is_empty() {
            None
        } else {
            Some(Value::string(line))
        }))
    }
}
