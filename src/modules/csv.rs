//! `csv`: `reader`, `writer`, `DictReader`, `DictWriter`, dialects and the
//! quoting constants, over any iterable of lines (lists, `io.StringIO`) and
//! any object with `write`. The reader is CPython's `_csv.c` state machine;
//! the writer follows its quoting rules.
//!
//! No file access; `Sniffer` and `field_size_limit` are not provided.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use super::support::{bind, exception_class, raise_class, Sig, NONE};
use crate::eval::{Args, PyResult, Unwind, Vm};
use crate::value::{native_ref, Class, ClassRef, DictObj, NativeObject, Value};

const QUOTE_MINIMAL: i64 = 0;
const QUOTE_ALL: i64 = 1;
const QUOTE_NONNUMERIC: i64 = 2;
const QUOTE_NONE: i64 = 3;

/// Formatting parameters of a dialect.
#[derive(Clone)]
struct Dialect {
    delimiter: char,
    quotechar: Option<char>,
    escapechar: Option<char>,
    doublequote: bool,
    skipinitialspace: bool,
    lineterminator: String,
    quoting: i64,
    strict: bool,
}

impl Dialect {
    fn excel() -> Dialect {
        Dialect {
            delimiter: ',',
            quotechar: Some('"'),
            escapechar: None,
            doublequote: true,
            skipinitialspace: false,
            lineterminator: "\r\n".into(),
            quoting: QUOTE_MINIMAL,
            strict: false,
        }
    }
}

/// Module state: classes and registered dialects; its methods are the module functions.
struct Csv {
    error: ClassRef,
    reader_class: ClassRef,
    writer_class: ClassRef,
    dialects: RefCell<Vec<(String, Dialect)>>,
}

const FUNCTIONS: &[&str] = &[
    "reader",
    "writer",
    "register_dialect",
    "unregister_dialect",
    "get_dialect",
    "list_dialects",
];

pub fn build(vm: &Vm) -> HashMap<Rc<str>, Value> {
    let error = exception_class(vm, "Error", "_csv", "Exception");
    let holder = Value::native_uncharged(Csv {
        error: error.clone(),
        reader_class: Class::native("reader", "_csv", vec![], None),
        writer_class: Class::native("writer", "_csv", vec![], None),
        dialects: RefCell::new(vec![
            ("excel".into(), Dialect::excel()),
            (
                "excel-tab".into(),
                Dialect {
                    delimiter: '\t',
                    ..Dialect::excel()
                },
            ),
            (
                "unix".into(),
                Dialect {
                    lineterminator: "\n".into(),
                    quoting: QUOTE_ALL,
                    ..Dialect::excel()
                },
            ),
        ]),
    });
    let mut m: HashMap<Rc<str>, Value> = FUNCTIONS
        .iter()
        .map(|f| (Rc::from(*f), super::support::method(&holder, f)))
        .collect();
    for (k, v) in [
        ("QUOTE_MINIMAL", QUOTE_MINIMAL),
        ("QUOTE_ALL", QUOTE_ALL),
        ("QUOTE_NONNUMERIC", QUOTE_NONNUMERIC),
        ("QUOTE_NONE", QUOTE_NONE),
    ] {
        m.insert(Rc::from(k), Value::Int(v));
    }
    m.insert(Rc::from("Error"), Value::Class(error));
    let dict_reader = Class::native("DictReader", "csv", vec![], Some(new_dict_reader));
    let dict_writer = Class::native("DictWriter", "csv", vec![], Some(new_dict_writer));
    for class in [&dict_reader, &dict_writer] {
        class
            .ns
            .borrow_mut()
            .insert(Rc::from("__csv__"), holder.clone());
    }
    m.insert(Rc::from("DictReader"), Value::Class(dict_reader));
    m.insert(Rc::from("DictWriter"), Value::Class(dict_writer));
    m.insert(Rc::from("__version__"), Value::str("1.0"));
    m
}

/// The module state a DictReader/DictWriter class was built with.
fn csv_of(vm: &Vm, cls: &ClassRef) -> PyResult<Value> {
    match cls.ns.borrow().get("__csv__") {
        Some(v) if native_ref::<Csv>(v).is_some() => Ok(v.clone()),
        _ => Err(vm.type_error("csv module state is missing")),
    }
}

fn one_char(vm: &Vm, name: &str, v: &Value, allow_none: bool) -> PyResult<Option<char>> {
    match v {
        Value::None if allow_none => Ok(None),
        Value::Str(s) if s.char_len() == 1 => Ok(s.as_str().chars().next()),
        Value::Str(_) | Value::None => {
            Err(vm.type_error(format!("\"{}\" must be a 1-character string", name)))
        }
        other => Err(vm.type_error(format!(
            "\"{}\" must be string, not {}",
            name,
            vm.type_name(other)
        ))),
    }
}

impl Csv {
    fn err(&self, vm: &Vm, msg: impl Into<String>) -> Unwind {
        raise_class(vm, &self.error, msg)
    }

    /// A dialect from a name or Dialect-like object plus keyword overrides.
    fn dialect(&self, vm: &Vm, base: Option<&Value>, kw: &[(Rc<str>, Value)]) -> PyResult<Dialect> {
        let mut d = match base {
            None => Dialect::excel(),
            Some(Value::Str(name)) => match self
                .dialects
                .borrow()
                .iter()
                .find(|(n, _)| n == name.as_str())
            {
                Some((_, d)) => d.clone(),
                None => return Err(self.err(vm, "unknown dialect")),
            },
            Some(obj) => {
                let mut d = Dialect::excel();
                let mut overrides = Vec::new();
                for name in [
                    "delimiter",
                    "quotechar",
                    "escapechar",
                    "doublequote",
                    "skipinitialspace",
                    "lineterminator",
                    "quoting",
                    "strict",
                ] {
                    match vm.get_attr(obj, name) {
                        Ok(v) => overrides.push((Rc::from(name), v)),
                        Err(e) if vm.caught(&e, "AttributeError") => {}
                        Err(e) => return Err(e),
                    }
                }
                self.apply(vm, &mut d, &overrides)?;
                d
            }
        };
        self.apply(vm, &mut d, kw)?;
        if d.quoting != QUOTE_NONE && d.quotechar.is_none() {
            return Err(vm.type_error("quotechar must be set if quoting enabled"));
        }
        Ok(d)
    }

    fn apply(&self, vm: &Vm, d: &mut Dialect, kw: &[(Rc<str>, Value)]) -> PyResult<()> {
        for (k, v) in kw {
            match k.as_ref() {
                "delimiter" => {
                    d.delimiter = one_char(vm, "delimiter", v, false)?.unwrap_or(',');
                }
                "quotechar" => d.quotechar = one_char(vm, "quotechar", v, true)?,
                "escapechar" => d.escapechar = one_char(vm, "escapechar", v, true)?,
                "doublequote" => d.doublequote = vm.truthy(v)?,
                "skipinitialspace" => d.skipinitialspace = vm.truthy(v)?,
                "strict" => d.strict = vm.truthy(v)?,
                "lineterminator" => match v {
                    Value::Str(s) => d.lineterminator = s.as_str().to_string(),
                    other => {
                        return Err(vm.type_error(format!(
                            "\"lineterminator\" must be a string, not {}",
                            vm.type_name(other)
                        )))
                    }
                },
                "quoting" => match v {
                    Value::Int(q) if (0..=3).contains(q) => d.quoting = *q,
                    Value::Int(_) => return Err(vm.type_error("bad \"quoting\" value")),
                    other => {
                        return Err(vm.type_error(format!(
                            "\"quoting\" must be an integer, not {}",
                            vm.type_name(other)
                        )))
                    }
                },
                other => {
                    return Err(vm.type_error(format!(
                        "'{}' is an invalid keyword argument for this function",
                        other
                    )))
                }
            }
        }
        Ok(())
    }

    fn make_reader(&self, vm: &Vm, args: Args) -> PyResult<Value> {
        let mut pos = args.pos.into_iter();
        let Some(source) = pos.next() else {
            return Err(vm.type_error("expected at least 1 argument, got 0"));
        };
        let (base, kw) = dialect_arg(pos.next(), args.kw);
        let dialect = self.dialect(vm, base.as_ref(), &kw)?;
        let input = vm.iter(&source)?;
        Ok(Value::native_uncharged(Reader {
            class: self.reader_class.clone(),
            error: self.error.clone(),
            input,
            dialect,
            line_num: Cell::new(0),
        }))
    }

    fn make_writer(&self, vm: &Vm, args: Args) -> PyResult<Value> {
        let mut pos = args.pos.into_iter();
        let Some(target) = pos.next() else {
            return Err(vm.type_error("expected at least 1 argument, got 0"));
        };
        let (base, kw) = dialect_arg(pos.next(), args.kw);
        let dialect = self.dialect(vm, base.as_ref(), &kw)?;
        let write = match vm.get_attr(&target, "write") {
            Ok(w) => w,
            Err(e) if vm.caught(&e, "AttributeError") => {
                return Err(vm.type_error("argument 1 must have a \"write\" method"))
            }
            Err(e) => return Err(e),
        };
        Ok(Value::native_uncharged(Writer {
            class: self.writer_class.clone(),
            error: self.error.clone(),
            write,
            dialect,
        }))
    }
}

impl NativeObject for Csv {
    fn class(&self) -> ClassRef {
        self.reader_class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Vm, _this: &Value) -> PyResult<String> {
        Ok("<module 'csv'>".into())
    }
    fn has_method(&self, name: &str) -> bool {
        FUNCTIONS.contains(&name)
    }
    fn call_method(&self, vm: &Vm, _this: &Value, name: &str, args: Args) -> PyResult<Value> {
        match name {
            "reader" => self.make_reader(vm, args),
            "writer" => self.make_writer(vm, args),
            "register_dialect" => {
                let mut pos = args.pos.into_iter();
                let Some(Value::Str(ref name)) = pos.next() else {
                    return Err(vm.type_error("dialect name must be a string"));
                };
                let d = self.dialect(vm, pos.next().as_ref(), &args.kw)?;
                let mut all = self.dialects.borrow_mut();
                all.retain(|(n, _)| n != name.as_str());
                all.push((name.as_str().to_string(), d));
                Ok(Value::None)
            }
            "unregister_dialect" => {
                let Some(Value::Str(name)) = args.pos.first() else {
                    return Err(self.err(vm, "unknown dialect"));
                };
                let mut all = self.dialects.borrow_mut();
                let before = all.len();
                all.retain(|(n, _)| n != name.as_str());
                if all.len() == before {
                    return Err(self.err(vm, "unknown dialect"));
                }
                Ok(Value::None)
            }
            "get_dialect" => {
                let d = self.dialect(vm, args.pos.first(), &[])?;
                Ok(dialect_value(vm, &d)?)
            }
            _ => Ok(Value::list(
                self.dialects
                    .borrow()
                    .iter()
                    .map(|(n, _)| Value::str(n))
                    .collect(),
            )),
        }
    }
}

/// The dialect given positionally or as `dialect=`, and the remaining keywords.
fn dialect_arg(
    pos: Option<Value>,
    mut kw: Vec<(Rc<str>, Value)>,
) -> (Option<Value>, Vec<(Rc<str>, Value)>) {
    let named = kw
        .iter()
        .position(|(k, _)| k.as_ref() == "dialect")
        .map(|i| kw.remove(i).1);
    (pos.or(named), kw)
}

/// A dict describing a dialect (what `get_dialect` returns here).
fn dialect_value(vm: &Vm, d: &Dialect) -> PyResult<Value> {
    let ch = |c: Option<char>| c.map_or(Value::None, |c| Value::string(c.to_string()));
    let mut out = DictObj::new();
    for (k, v) in [
        ("delimiter", ch(Some(d.delimiter))),
        ("quotechar", ch(d.quotechar)),
        ("escapechar", ch(d.escapechar)),
        ("doublequote", Value::Bool(d.doublequote)),
        ("skipinitialspace", Value::Bool(d.skipinitialspace)),
        ("lineterminator", Value::str(&d.lineterminator)),
        ("quoting", Value::Int(d.quoting)),
        ("strict", Value::Bool(d.strict)),
    ] {
        vm.dict_set(&mut out, Value::str(k), v)?;
    }
    Ok(Value::dict(out))
}

#[derive(Clone, Copy, PartialEq)]
enum State {
    StartRecord,
    StartField,
    EscapedChar,
    InField,
    InQuotedField,
    EscapeInQuotedField,
    QuoteInQuotedField,
    EatCrnl,
    AfterEscapedCrnl,
}

/// A `_csv.reader` iterator.
struct Reader {
    class: ClassRef,
    error: ClassRef,
    input: Value,
    dialect: Dialect,
    line_num: Cell<i64>,
}

/// One record being parsed.
struct Parse<'a> {
    d: &'a Dialect,
    state: State,
    field: String,
    fields: Vec<Value>,
    numeric: bool,
}

impl Parse<'_> {
    fn save(&mut self, vm: &Vm) -> PyResult<()> {
        let f = std::mem::take(&mut self.field);
        let v = if self.numeric {
            self.numeric = false;
            let float = Value::Class(vm.types.of_kind(crate::types::TypeKind::Float));
            vm.call(&float, Args::new(vec![Value::string(f)]))?
        } else {
            Value::string(f)
        };
        self.fields.push(v);
        Ok(())
    }

    /// Processes one character; `None` is the end of a line.
    fn step(&mut self, vm: &Vm, c: Option<char>) -> Result<(), PyResult<String>> {
        let d = self.d;
        let is_eol = |c: Option<char>| matches!(c, None | Some('\n') | Some('\r'));
        let save = |p: &mut Self| p.save(vm).map_err(Err);
        let mut state = self.state;
        loop {
            match state {
                State::StartRecord => {
                    if c.is_none() {
                        return Ok(());
                    }
                    if matches!(c, Some('\n') | Some('\r')) {
                        self.state = State::EatCrnl;
                        return Ok(());
                    }
                    self.state = State::StartField;
                    state = State::StartField;
                }
                State::StartField => {
                    if is_eol(c) {
                        save(self)?;
                        self.state = if c.is_none() {
                            State::StartRecord
                        } else {
                            State::EatCrnl
                        };
                    } else if c == d.quotechar && d.quoting != QUOTE_NONE {
                        self.state = State::InQuotedField;
                    } else if c == d.escapechar {
                        self.state = State::EscapedChar;
                    } else if c == Some(' ') && d.skipinitialspace {
                    } else if c == Some(d.delimiter) {
                        save(self)?;
                    } else {
                        if d.quoting == QUOTE_NONNUMERIC {
                            self.numeric = true;
                        }
                        self.field.extend(c);
                        self.state = State::InField;
                    }
                    return Ok(());
                }
                State::EscapedChar => {
                    if matches!(c, Some('\n') | Some('\r')) {
                        self.field.extend(c);
                        self.state = State::AfterEscapedCrnl;
                        return Ok(());
                    }
                    self.field.push(c.unwrap_or('\n'));
                    self.state = State::InField;
                    return Ok(());
                }
                State::AfterEscapedCrnl => {
                    if c.is_none() {
                        return Ok(());
                    }
                    state = State::InField;
                }
                State::InField => {
                    if is_eol(c) {
                        save(self)?;
                        self.state = if c.is_none() {
                            State::StartRecord
                        } else {
                            State::EatCrnl
                        };
                    } else if c == d.escapechar {
                        self.state = State::EscapedChar;
                    } else if c == Some(d.delimiter) {
                        save(self)?;
                        self.state = State::StartField;
                    } else {
                        // The state is left as is (it may be AfterEscapedCrnl), as in _csv.c.
                        self.field.extend(c);
                    }
                    return Ok(());
                }
                State::InQuotedField => {
                    if c.is_none() {
                    } else if c == d.escapechar {
                        self.state = State::EscapeInQuotedField;
                    } else if c == d.quotechar {
                        self.state = if d.doublequote {
                            State::QuoteInQuotedField
                        } else {
                            State::InField
                        };
                    } else {
                        self.field.extend(c);
                    }
                    return Ok(());
                }
                State::EscapeInQuotedField => {
                    self.field.push(c.unwrap_or('\n'));
                    self.state = State::InQuotedField;
                    return Ok(());
                }
                State::QuoteInQuotedField => {
                    if d.quoting != QUOTE_NONE && c == d.quotechar {
                        self.field.extend(c);
                        self.state = State::InQuotedField;
                    } else if c == Some(d.delimiter) {
                        save(self)?;
                        self.state = State::StartField;
                    } else if is_eol(c) {
                        save(self)?;
                        self.state = if c.is_none() {
                            State::StartRecord
                        } else {
                            State::EatCrnl
                        };
                    } else if !d.strict {
                        self.field.extend(c);
                        self.state = State::InField;
                    } else {
                        return Err(Ok(format!(
                            "'{}' expected after '{}'",
                            d.delimiter,
                            d.quotechar.unwrap_or('"')
                        )));
                    }
                    return Ok(());
                }
                State::EatCrnl => {
                    if matches!(c, Some('\n') | Some('\r')) {
                    } else if c.is_none() {
                        self.state = State::StartRecord;
                    } else {
                        return Err(Ok("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?".into()));
                    }
                    return Ok(());
                }
            }
        }
    }
}

impl Reader {
    fn next_record(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let mut p = Parse {
            d: &self.dialect,
            state: State::StartRecord,
            field: String::new(),
            fields: Vec::new(),
            numeric: false,
        };
        loop {
            let Some(line) = vm.next(&self.input)? else {
                if !p.field.is_empty() || p.state == State::InQuotedField {
                    if self.dialect.strict {
                        return Err(raise_class(vm, &self.error, "unexpected end of data"));
                    }
                    p.save(vm)?;
                    return Ok(Some(Value::list(p.fields)));
                }
                return Ok(None);
            };
            let Value::Str(ref line) = line else {
                return Err(raise_class(
                    vm,
                    &self.error,
                    format!(
                        "iterator should return strings, not {} (the file should be opened in text mode)",
                        vm.type_name(&line)
                    ),
                ));
            };
            self.line_num.set(self.line_num.get() + 1);
            vm.tick_n(line.char_len() as u64 / 32)?;
            for c in line.as_str().chars().map(Some).chain(std::iter::once(None)) {
                match p.step(vm, c) {
                    Ok(()) => {}
                    Err(Ok(msg)) => return Err(raise_class(vm, &self.error, msg)),
                    Err(Err(e)) => return Err(e),
                }
            }
            if p.state == State::StartRecord {
                return Ok(Some(Value::list(p.fields)));
            }
        }
    }
}

impl NativeObject for Reader {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!("<_csv.reader object at {:#x}>", this.identity()))
    }
    fn get_attr(&self, vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "line_num" => Some(Value::Int(self.line_num.get())),
            "dialect" => Some(dialect_value(vm, &self.dialect)?),
            _ => None,
        })
    }
    fn iter(&self, _vm: &Vm, this: &Value) -> Option<PyResult<Value>> {
        Some(Ok(this.clone()))
    }
    fn next_supported(&self) -> bool {
        true
    }
    fn next(&self, vm: &Vm) -> Option<PyResult<Option<Value>>> {
        Some(self.next_record(vm))
    }
}

/// A `_csv.writer`.
struct Writer {
    class: ClassRef,
    error: ClassRef,
    write: Value,
    dialect: Dialect,
}

impl Writer {
    fn format_row(&self, vm: &Vm, row: &Value) -> PyResult<String> {
        if !vm.is_iterable(row) || matches!(row, Value::None) {
            return Err(raise_class(
                vm,
                &self.error,
                format!("iterable expected, not {}", vm.type_name(row)),
            ));
        }
        let fields = vm.collect(row)?;
        let d = &self.dialect;
        let single = fields.len() == 1;
        let mut out = String::new();
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                out.push(d.delimiter);
            }
            let numeric = matches!(
                f,
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
            ) || matches!(f, Value::Native(n) if matches!(n.class().name.as_ref(), "Fraction" | "decimal.Decimal"));
            let text = match f {
                Value::None => String::new(),
                Value::Float(_) => vm.repr(f)?,
                other => vm.to_str(other)?,
            };
            let mut quoted = match d.quoting {
                QUOTE_NONNUMERIC => !numeric,
                QUOTE_ALL => true,
                _ => false,
            };
            let mut body = String::with_capacity(text.len());
            for c in text.chars() {
                let special = c == d.delimiter
                    || Some(c) == d.escapechar
                    || Some(c) == d.quotechar
                    || d.lineterminator.contains(c);
                if special {
                    let mut escape = false;
                    if d.quoting == QUOTE_NONE {
                        escape = true;
                    } else {
                        if Some(c) == d.quotechar {
                            if d.doublequote {
                                body.push(c);
                            } else {
                                escape = true;
                            }
                        } else if Some(c) == d.escapechar {
                            escape = true;
                        }
                        if !escape {
                            quoted = true;
                        }
                    }
                    if escape {
                        let Some(e) = d.escapechar else {
                            return Err(raise_class(
                                vm,
                                &self.error,
                                "need to escape, but no escapechar set",
                            ));
                        };
                        body.push(e);
                    }
                }
                body.push(c);
            }
            if text.is_empty() && single {
                if d.quoting == QUOTE_NONE {
                    return Err(raise_class(
                        vm,
                        &self.error,
                        "single empty field record must be quoted",
                    ));
                }
                quoted = true;
            }
            if quoted {
                let q = d.quotechar.unwrap_or('"');
                out.push(q);
                out.push_str(&body);
                out.push(q);
            } else {
                out.push_str(&body);
            }
        }
        out.push_str(&d.lineterminator);
        Ok(out)
    }

    fn writerow(&self, vm: &Vm, row: &Value) -> PyResult<Value> {
        let line = self.format_row(vm, row)?;
        vm.call(&self.write, Args::new(vec![Value::string(line)]))
    }
}

impl NativeObject for Writer {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!("<_csv.writer object at {:#x}>", this.identity()))
    }
    fn get_attr(&self, vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "dialect" => Some(dialect_value(vm, &self.dialect)?),
            _ => None,
        })
    }
    fn has_method(&self, name: &str) -> bool {
        matches!(name, "writerow" | "writerows")
    }
    fn call_method(&self, vm: &Vm, _this: &Value, name: &str, args: Args) -> PyResult<Value> {
        if args.pos.len() != 1 || !args.kw.is_empty() {
            return Err(vm.type_error(format!(
                "writer.{}() takes exactly one argument ({} given)",
                name,
                args.pos.len()
            )));
        }
        if name == "writerow" {
            return self.writerow(vm, &args.pos[0]);
        }
        let it = vm.iter(&args.pos[0])?;
        while let Some(row) = vm.next(&it)? {
            self.writerow(vm, &row)?;
        }
        Ok(Value::None)
    }
}

/// A `csv.DictReader`.
struct DictReader {
    class: ClassRef,
    /// The `_csv.reader` value, also the `reader` attribute.
    reader: Value,
    fieldnames: RefCell<Option<Value>>,
    restkey: Value,
    restval: Value,
    line_num: Cell<i64>,
}

fn split_dict_args(
    vm: &Vm,
    name: &str,
    args: Args,
    params: &[&str],
    required: usize,
) -> PyResult<(Vec<Option<Value>>, Args)> {
    let known: Vec<&str> = params.to_vec();
    let (mine, rest): (Vec<_>, Vec<_>) = args
        .kw
        .into_iter()
        .partition(|(k, _)| known.contains(&k.as_ref()) || k.as_ref() == "dialect");
    let mut pos = args.pos;
    let extra = if pos.len() > params.len() + 1 {
        pos.split_off(params.len() + 1)
    } else {
        Vec::new()
    };
    let mut all: Vec<&str> = params.to_vec();
    all.push("dialect");
    let s = bind(
        vm,
        &Sig {
            name,
            params: &all,
            required,
            kwonly: &[],
            method: true,
        },
        Args::with_kw(pos, mine),
    )?;
    Ok((s, Args::with_kw(extra, rest)))
}

fn new_dict_reader(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    let holder = csv_of(vm, cls)?;
    let Some(csv) = native_ref::<Csv>(&holder) else {
        return Err(vm.type_error("csv module state is missing"));
    };
    let (s, rest) = split_dict_args(
        vm,
        "DictReader.__init__",
        args,
        &["f", "fieldnames", "restkey", "restval"],
        1,
    )?;
    let mut pos = vec![s[0].clone().unwrap_or(Value::None)];
    pos.push(s[4].clone().unwrap_or(Value::str("excel")));
    pos.extend(rest.pos);
    let reader = csv.make_reader(vm, Args::with_kw(pos, rest.kw))?;
    let fieldnames = match s[1].clone().filter(|f| !f.is_none()) {
        Some(f) => Some(Value::list(vm.collect(&f)?)),
        None => None,
    };
    Ok(Value::native_uncharged(DictReader {
        class: cls.clone(),
        reader,
        fieldnames: RefCell::new(fieldnames),
        restkey: s[2].clone().unwrap_or(Value::None),
        restval: s[3].clone().unwrap_or(Value::None),
        line_num: Cell::new(0),
    }))
}

impl DictReader {
    fn reader(&self, vm: &Vm) -> PyResult<&Reader> {
        native_ref::<Reader>(&self.reader)
            .ok_or_else(|| vm.type_error("csv reader state is missing"))
    }

    fn fieldnames(&self, vm: &Vm) -> PyResult<Value> {
        let reader = self.reader(vm)?;
        if self.fieldnames.borrow().is_none() {
            let first = reader.next_record(vm)?;
            *self.fieldnames.borrow_mut() = first;
        }
        self.line_num.set(reader.line_num.get());
        Ok(self.fieldnames.borrow().clone().unwrap_or(Value::None))
    }

    fn next_row(&self, vm: &Vm) -> PyResult<Option<Value>> {
        if self.line_num.get() == 0 {
            self.fieldnames(vm)?;
        }
        let reader = self.reader(vm)?;
        let mut row = match reader.next_record(vm)? {
            Some(r) => r,
            None => return Ok(None),
        };
        self.line_num.set(reader.line_num.get());
        while vm.len(&row)? == 0 {
            row = match reader.next_record(vm)? {
                Some(r) => r,
                None => return Ok(None),
            };
        }
        // Reading `fieldnames` refreshes `line_num`, as the property does in CPython.
        self.line_num.set(reader.line_num.get());
        let names = self.fieldnames.borrow().clone().unwrap_or(Value::None);
        let names = vm.collect(&names)?;
        let values = vm.collect(&row)?;
        let mut d = DictObj::new();
        for (k, v) in names.iter().zip(&values) {
            vm.dict_set(&mut d, k.clone(), v.clone())?;
        }
        if names.len() < values.len() {
            vm.dict_set(
                &mut d,
                self.restkey.clone(),
                Value::list(values[names.len()..].to_vec()),
            )?;
        } else {
            for k in &names[values.len()..] {
                vm.dict_set(&mut d, k.clone(), self.restval.clone())?;
            }
        }
        Ok(Some(Value::dict(d)))
    }
}

impl NativeObject for DictReader {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!("<csv.DictReader object at {:#x}>", this.identity()))
    }
    fn get_attr(&self, vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "fieldnames" => Some(self.fieldnames(vm)?),
            "line_num" => Some(Value::Int(self.line_num.get())),
            "restkey" => Some(self.restkey.clone()),
            "restval" => Some(self.restval.clone()),
            "reader" => Some(self.reader.clone()),
            "dialect" => Some(dialect_value(vm, &self.reader(vm)?.dialect)?),
            _ => None,
        })
    }
    fn iter(&self, _vm: &Vm, this: &Value) -> Option<PyResult<Value>> {
        Some(Ok(this.clone()))
    }
    fn next_supported(&self) -> bool {
        true
    }
    fn next(&self, vm: &Vm) -> Option<PyResult<Option<Value>>> {
        Some(self.next_row(vm))
    }
}

/// A `csv.DictWriter`.
struct DictWriter {
    class: ClassRef,
    /// The `_csv.writer` value, also the `writer` attribute.
    writer: Value,
    fieldnames: Vec<Value>,
    restval: Value,
    raise_extras: bool,
}

fn new_dict_writer(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    let holder = csv_of(vm, cls)?;
    let Some(csv) = native_ref::<Csv>(&holder) else {
        return Err(vm.type_error("csv module state is missing"));
    };
    let (s, rest) = split_dict_args(
        vm,
        "DictWriter.__init__",
        args,
        &["f", "fieldnames", "restval", "extrasaction"],
        2,
    )?;
    let fieldnames = vm.collect(s[1].as_ref().unwrap_or(NONE))?;
    let action = s[3].clone().unwrap_or(Value::str("raise"));
    let lowered = match &action {
        Value::Str(a) => a.as_str().to_lowercase(),
        other => {
            return Err(vm.raise(
                "AttributeError",
                crate::errors::no_attribute(&vm.type_name(other), "lower"),
            ))
        }
    };
    if lowered != "raise" && lowered != "ignore" {
        return Err(vm.value_error(format!(
            "extrasaction ({}) must be 'raise' or 'ignore'",
            vm.to_str(&action)?
        )));
    }
    let mut pos = vec![s[0].clone().unwrap_or(Value::None)];
    pos.push(s[4].clone().unwrap_or(Value::str("excel")));
    pos.extend(rest.pos);
    let writer = csv.make_writer(vm, Args::with_kw(pos, rest.kw))?;
    Ok(Value::native_uncharged(DictWriter {
        class: cls.clone(),
        writer,
        fieldnames,
        restval: s[2].clone().unwrap_or(Value::str("")),
        raise_extras: lowered == "raise",
    }))
}

impl DictWriter {
    fn writer(&self, vm: &Vm) -> PyResult<&Writer> {
        native_ref::<Writer>(&self.writer)
            .ok_or_else(|| vm.type_error("csv writer state is missing"))
    }

    fn row_of(&self, vm: &Vm, rowdict: &Value) -> PyResult<Value> {
        if self.raise_extras {
            let mut wrong = Vec::new();
            for (k, _) in vm.mapping_items(rowdict)? {
                let mut found = false;
                for f in &self.fieldnames {
                    if vm.eq(&k, f)? {
                        found = true;
                        break;
                    }
                }
                if !found {
                    wrong.push(vm.repr(&k)?);
                }
            }
            if !wrong.is_empty() {
                return Err(vm.value_error(format!(
                    "dict contains fields not in fieldnames: {}",
                    wrong.join(", ")
                )));
            }
        }
        let mut out = Vec::with_capacity(self.fieldnames.len());
        for key in &self.fieldnames {
            let v = vm.call_method(
                rowdict,
                &Rc::from("get"),
                Args::new(vec![key.clone(), self.restval.clone()]),
            )?;
            out.push(v);
        }
        Ok(Value::list(out))
    }
}

impl NativeObject for DictWriter {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!("<csv.DictWriter object at {:#x}>", this.identity()))
    }
    fn get_attr(&self, _vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "fieldnames" => Some(Value::list(self.fieldnames.clone())),
            "restval" => Some(self.restval.clone()),
            "writer" => Some(self.writer.clone()),
            _ => None,
        })
    }
    fn has_method(&self, name: &str) -> bool {
        matches!(name, "writeheader" | "writerow" | "writerows")
    }
    fn call_method(&self, vm: &Vm, _this: &Value, name: &str, args: Args) -> PyResult<Value> {
        let params: &[&str] = match name {
            "writeheader" => &[],
            "writerow" => &["rowdict"],
            _ => &["rowdicts"],
        };
        let s = bind(
            vm,
            &Sig {
                name: &format!("DictWriter.{}", name),
                params,
                required: params.len(),
                kwonly: &[],
                method: true,
            },
            args,
        )?;
        match name {
            "writeheader" => self
                .writer(vm)?
                .writerow(vm, &Value::list(self.fieldnames.clone())),
            "writerow" => {
                let row = self.row_of(vm, s[0].as_ref().unwrap_or(NONE))?;
                self.writer(vm)?.writerow(vm, &row)
            }
            _ => {
                let writer = self.writer(vm)?;
                let it = vm.iter(s[0].as_ref().unwrap_or(NONE))?;
                while let Some(d) = vm.next(&it)? {
                    let row = self.row_of(vm, &d)?;
                    writer.writerow(vm, &row)?;
                }
                Ok(Value::None)
            }
        }
    }
}
