//! `json`: `dumps` and `loads` with CPython 3.11's output and error messages
//! (`json.JSONDecodeError` with line/column, `Circular reference detected`,
//! `Object of type X is not JSON serializable`).
//!
//! Owns the encoder and a hand-written decoder that mirrors CPython's C
//! scanner. Must not touch files: `dump`/`load` are left out. Nesting is
//! bounded by the recursion limit, so deep input raises `RecursionError`.

use std::collections::HashMap;
use std::rc::Rc;

use crate::eval::{Args, PyResult, Unwind, Vm};
use crate::types::format::float_repr;
use crate::value::{BuiltinFn, Class, ClassRef, DictObj, Value};

use super::params::{bind, flag, given};

/// `json.dumps`.
pub static DUMPS: BuiltinFn = BuiltinFn {
    name: "dumps",
    call: dumps,
};
/// `json.loads`.
pub static LOADS: BuiltinFn = BuiltinFn {
    name: "loads",
    call: loads,
};

/// `json.dump(obj, fp, **kw)`: writes `dumps(obj, **kw)` with `fp.write`.
pub static DUMP: BuiltinFn = BuiltinFn {
    name: "dump",
    call: dump,
};
/// `json.load(fp, **kw)`: `loads(fp.read(), **kw)`.
pub static LOAD: BuiltinFn = BuiltinFn {
    name: "load",
    call: load,
};
/// `JSONEncoder.default(o)`: refuses every object, as CPython's.
static ENCODER_DEFAULT: BuiltinFn = BuiltinFn {
    name: "default",
    call: |vm, args| {
        let o = args.pos.last().cloned().unwrap_or(Value::None);
        Err(vm.type_error(format!(
            "Object of type {} is not JSON serializable",
            short_type_name(vm, &o)
        )))
    },
};

/// The module table: functions, `JSONDecodeError`, `JSONEncoder`, `JSONDecoder`.
pub fn build(vm: &Vm) -> HashMap<Rc<str>, Value> {
    let error = Class::native(
        "JSONDecodeError",
        "json.decoder",
        vec![vm.types.exception("ValueError")],
        None,
    );
    let object = vm.types.object.clone();
    let encoder = Class::native(
        "json.encoder.JSONEncoder",
        "json.encoder",
        vec![object.clone()],
        Some(new_plain),
    );
    let decoder = Class::native(
        "json.decoder.JSONDecoder",
        "json.decoder",
        vec![object],
        Some(new_plain),
    );
    encoder
        .ns
        .borrow_mut()
        .insert(Rc::from("default"), Value::Builtin(&ENCODER_DEFAULT));
    let method = |which| {
        Value::native_uncharged(ClassMethod {
            class: vm.types.of_kind(crate::types::TypeKind::BuiltinFunction),
            which,
        })
    };
    {
        let mut ns = encoder.ns.borrow_mut();
        ns.insert(Rc::from("__init__"), method(Which::EncoderInit));
        ns.insert(Rc::from("encode"), method(Which::Encode));
        ns.insert(Rc::from("item_separator"), Value::str(", "));
        ns.insert(Rc::from("key_separator"), Value::str(": "));
    }
    {
        let mut ns = decoder.ns.borrow_mut();
        ns.insert(Rc::from("__init__"), method(Which::DecoderInit));
        ns.insert(Rc::from("decode"), method(Which::Decode));
    }
    let mut m = HashMap::new();
    m.insert(Rc::from("JSONDecodeError"), Value::Class(error));
    m.insert(Rc::from("JSONEncoder"), Value::Class(encoder));
    m.insert(Rc::from("JSONDecoder"), Value::Class(decoder));
    for f in [&DUMPS, &LOADS, &DUMP, &LOAD] {
        let (k, v) = super::func(f);
        m.insert(k, v);
    }
    m
}

const ENCODER_KW: &[&str] = &[
    "obj",
    "skipkeys",
    "ensure_ascii",
    "check_circular",
    "allow_nan",
    "cls",
    "indent",
    "separators",
    "default",
    "sort_keys",
];

/// `JSONEncoder(**options)` / `JSONDecoder(**options)`: an instance holding its options.
fn new_plain(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    let inst = vm.new_instance(cls, &[]);
    if let Some(init) = cls.lookup("__init__") {
        let mut pos = vec![inst.clone()];
        pos.extend(args.pos);
        vm.call(&init, Args::with_kw(pos, args.kw))?;
    }
    Ok(inst)
}

fn dump(vm: &Vm, args: Args) -> PyResult<Value> {
    let mut args = args;
    if args.pos.len() < 2 && !args.kw.iter().any(|(k, _)| k.as_ref() == "fp") {
        let missing: Vec<String> = ["obj", "fp"][args.pos.len().min(2)..]
            .iter()
            .map(|s| s.to_string())
            .collect();
        return Err(vm.type_error(crate::errors::missing_args("dump", &missing, "positional")));
    }
    let fp = match args.kw.iter().position(|(k, _)| k.as_ref() == "fp") {
        Some(i) => args.kw.remove(i).1,
        None => args.pos.remove(1),
    };
    let text = dumps(vm, args)?;
    vm.call_method(&fp, &Rc::from("write"), Args::new(vec![text]))?;
    Ok(Value::None)
}

fn load(vm: &Vm, args: Args) -> PyResult<Value> {
    let mut args = args;
    let fp = match args.kw.iter().position(|(k, _)| k.as_ref() == "fp") {
        Some(i) => args.kw.remove(i).1,
        None if !args.pos.is_empty() => args.pos.remove(0),
        None => {
            return Err(vm.type_error(crate::errors::missing_args(
                "load",
                &["fp".to_string()],
                "positional",
            )))
        }
    };
    let text = vm.call_method(&fp, &Rc::from("read"), Args::default())?;
    args.pos.insert(0, text);
    loads(vm, args)
}

/// Methods of JSONEncoder/JSONDecoder that bind to the instance like functions.
#[derive(Clone, Copy)]
enum Which {
    EncoderInit,
    DecoderInit,
    Encode,
    Decode,
}

struct ClassMethod {
    class: ClassRef,
    which: Which,
}

impl crate::value::NativeObject for ClassMethod {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!("<built-in method at {:#x}>", this.identity()))
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn binds(&self) -> bool {
        true
    }
    fn call(&self, vm: &Vm, _this: &Value, args: Args) -> Option<PyResult<Value>> {
        Some((|| {
            let mut args = args;
            if args.pos.is_empty() {
                return Err(vm.type_error("descriptor needs an argument"));
            }
            let me = args.pos.remove(0);
            match self.which {
                Which::EncoderInit | Which::DecoderInit => {
                    let (names, defaults): (&[&str], Vec<Value>) = match self.which {
                        Which::EncoderInit => (
                            &ENCODER_KW[1..],
                            vec![
                                Value::Bool(false),
                                Value::Bool(true),
                                Value::Bool(true),
                                Value::Bool(true),
                                Value::None,
                                Value::None,
                                Value::None,
                                Value::None,
                                Value::Bool(false),
                            ],
                        ),
                        _ => (
                            &DECODER_KW[1..],
                            vec![
                                Value::None,
                                Value::None,
                                Value::None,
                                Value::None,
                                Value::None,
                                Value::None,
                                Value::Bool(true),
                            ],
                        ),
                    };
                    if !args.pos.is_empty() {
                        return Err(vm.type_error(crate::errors::too_many_positional(
                            "__init__",
                            1,
                            1,
                            args.pos.len() + 1,
                            0,
                        )));
                    }
                    for (k, v) in args.kw {
                        if !names.contains(&k.as_ref()) || k.as_ref() == "cls" {
                            return Err(
                                vm.type_error(crate::errors::unexpected_keyword("__init__", &k))
                            );
                        }
                        set_option(vm, &me, &k, v)?;
                    }
                    for (k, d) in names.iter().zip(defaults) {
                        if *k != "cls" && !has_own(&me, k) {
                            set_option(vm, &me, k, d)?;
                        }
                    }
                    Ok(Value::None)
                }
                Which::Encode => {
                    let o = args.pos.into_iter().next().unwrap_or(Value::None);
                    encode_with(vm, &me, o)
                }
                Which::Decode => {
                    let s = args.pos.into_iter().next().unwrap_or(Value::None);
                    let slots = decoder_slots(vm, &me, s)?;
                    decode_slots(vm, slots)
                }
            }
        })())
    }
}

fn has_own(inst: &Value, name: &str) -> bool {
    match inst {
        Value::Instance(i) => i.attrs.borrow().contains_key(name),
        _ => false,
    }
}

/// Sets an encoder/decoder option on its instance, as CPython's `__init__`.
fn set_option(vm: &Vm, me: &Value, name: &str, v: Value) -> PyResult<()> {
    match name {
        "separators" => {
            if !v.is_none() {
                let parts = vm.collect(&v)?;
                if parts.len() == 2 {
                    vm.set_attr(me, "item_separator", parts[0].clone())?;
                    vm.set_attr(me, "key_separator", parts[1].clone())?;
                }
            }
            Ok(())
        }
        "indent" => {
            if !v.is_none() && !has_own(me, "item_separator") {
                vm.set_attr(me, "item_separator", Value::str(","))?;
            }
            vm.set_attr(me, "indent", v)
        }
        "default" if v.is_none() => Ok(()),
        _ => vm.set_attr(me, name, v),
    }
}

/// An option of an encoder/decoder instance (`None` when it has none).
fn option(vm: &Vm, me: &Value, name: &str) -> Option<Value> {
    vm.get_attr(me, name).ok()
}

/// `dumps` arguments read from an encoder instance.
fn encoder_slots(vm: &Vm, me: &Value, obj: Value) -> PyResult<Vec<Option<Value>>> {
    let mut slots: Vec<Option<Value>> = vec![None; ENCODER_KW.len()];
    slots[0] = Some(obj);
    for (i, name) in ENCODER_KW.iter().enumerate().skip(1) {
        if !matches!(*name, "cls" | "separators" | "default") {
            slots[i] = option(vm, me, name);
        }
    }
    let item = option(vm, me, "item_separator");
    let key = option(vm, me, "key_separator");
    if let (Some(a), Some(b)) = (item, key) {
        slots[7] = Some(Value::tuple(vec![a, b]));
    }
    slots[8] = match option(vm, me, "default") {
        Some(Value::Builtin(b)) if std::ptr::eq(b, &ENCODER_DEFAULT) => None,
        other => other,
    };
    Ok(slots)
}

fn encode_with(vm: &Vm, me: &Value, obj: Value) -> PyResult<Value> {
    let slots = encoder_slots(vm, me, obj)?;
    encode_slots(vm, slots)
}

/// `loads` arguments read from a decoder instance.
fn decoder_slots(vm: &Vm, me: &Value, s: Value) -> PyResult<Vec<Option<Value>>> {
    let mut slots: Vec<Option<Value>> = vec![None; DECODER_KW.len()];
    slots[0] = Some(s);
    for (i, name) in DECODER_KW.iter().enumerate().skip(2) {
        slots[i] = option(vm, me, name);
    }
    Ok(slots)
}

/// Splits `cls=` off a call; with a class, instantiates it with the other keywords.
fn with_class(vm: &Vm, args: Args, kw_names: &[&str]) -> PyResult<Result<(Value, Value), Args>> {
    let cls = args
        .kw
        .iter()
        .find(|(k, _)| k.as_ref() == "cls")
        .map(|(_, v)| v.clone())
        .filter(|v| !v.is_none());
    let Some(cls) = cls else {
        return Ok(Err(args));
    };
    let mut args = args;
    let first = kw_names[0];
    let obj = if !args.pos.is_empty() {
        if args.pos.len() > 1 {
            return Err(vm.type_error(crate::errors::too_many_positional(
                if first == "obj" { "dumps" } else { "loads" },
                1,
                1,
                args.pos.len(),
                0,
            )));
        }
        args.pos.remove(0)
    } else {
        match args.kw.iter().position(|(k, _)| k.as_ref() == first) {
            Some(i) => args.kw.remove(i).1,
            None => Value::None,
        }
    };
    let kw: Vec<(Rc<str>, Value)> = args
        .kw
        .into_iter()
        .filter(|(k, _)| k.as_ref() != "cls")
        .collect();
    let inst = vm.call(&cls, Args::with_kw(Vec::new(), kw))?;
    Ok(Ok((inst, obj)))
}

fn dumps(vm: &Vm, args: Args) -> PyResult<Value> {
    let args = match with_class(vm, args, ENCODER_KW)? {
        Ok((enc, obj)) => return encode_with(vm, &enc, obj),
        Err(args) => args,
    };
    for (k, _) in &args.kw {
        if !ENCODER_KW.contains(&k.as_ref()) {
            return Err(vm.type_error(crate::errors::unexpected_keyword("JSONEncoder.__init__", k)));
        }
    }
    let s = bind(vm, "dumps", args, ENCODER_KW, 1, 1)?;
    encode_slots(vm, s)
}

/// Encodes `s[0]` with the options in the other `ENCODER_KW` slots.
fn encode_slots(vm: &Vm, s: Vec<Option<Value>>) -> PyResult<Value> {
    let default = given(&s[8]).cloned();
    let indent = match given(&s[6]) {
        None => None,
        Some(Value::Str(t)) => Some(t.as_str().to_string()),
        Some(v @ (Value::Int(_) | Value::Bool(_))) => {
            let n = match v {
                Value::Int(i) => *i,
                _ => i64::from(matches!(v, Value::Bool(true))),
            };
            let n = n.max(0) as usize;
            vm.check_alloc(crate::limits::estimate::repeat_bytes(1, n as u64))?;
            Some(" ".repeat(n))
        }
        Some(v) => {
            return Err(vm.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                vm.type_name(v)
            )))
        }
    };
    let (item_sep, key_sep) = match given(&s[7]) {
        Some(sep) => {
            let parts = vm.collect(sep)?;
            if parts.len() != 2 {
                return Err(vm.value_error(if parts.len() < 2 {
                    format!(
                        "not enough values to unpack (expected 2, got {})",
                        parts.len()
                    )
                } else {
                    "too many values to unpack (expected 2)".to_string()
                }));
            }
            let text = |v: &Value| match v {
                Value::Str(t) => Ok(t.as_str().to_string()),
                other => Err(vm.type_error(format!(
                    "make_encoder() argument 6 must be str, not {}",
                    vm.type_name(other)
                ))),
            };
            (text(&parts[0])?, text(&parts[1])?)
        }
        None if indent.is_some() => (",".to_string(), ": ".to_string()),
        None => (", ".to_string(), ": ".to_string()),
    };
    let mut enc = Encoder {
        vm,
        indent,
        item_sep,
        key_sep,
        skipkeys: flag(vm, &s[1], false)?,
        ensure_ascii: flag(vm, &s[2], true)?,
        check_circular: flag(vm, &s[3], true)?,
        allow_nan: flag(vm, &s[4], true)?,
        default,
        sort_keys: flag(vm, &s[9], false)?,
        markers: Vec::new(),
        depth: 0,
        out: String::new(),
    };
    let obj = s[0].clone().unwrap_or(Value::None);
    enc.encode(&obj, 0)?;
    Ok(Value::string(enc.out))
}

struct Encoder<'a> {
    vm: &'a Vm,
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    skipkeys: bool,
    ensure_ascii: bool,
    check_circular: bool,
    allow_nan: bool,
    default: Option<Value>,
    sort_keys: bool,
    /// Identities of the containers being encoded, for cycle detection.
    markers: Vec<usize>,
    /// Containers (and `default` calls) currently open.
    depth: usize,
    out: String,
}

/// The value of an enum member that subclasses `str`, `int` or `float`.
fn data_mixin_value(vm: &Vm, i: &crate::value::Instance) -> Option<Value> {
    use crate::types::TypeKind;
    let data = [TypeKind::Str, TypeKind::Int, TypeKind::Float]
        .iter()
        .any(|k| i.class.is_subclass(&vm.types.of_kind(*k)));
    if !data {
        return None;
    }
    i.attrs.borrow().get("_value_").cloned()
}

impl Encoder<'_> {
    fn encode(&mut self, v: &Value, level: usize) -> PyResult<()> {
        let vm = self.vm;
        vm.tick()?;
        vm.check_alloc(crate::limits::estimate::text_so_far(self.out.len()))?;
        match v {
            Value::None => self.out.push_str("null"),
            Value::Bool(true) => self.out.push_str("true"),
            Value::Bool(false) => self.out.push_str("false"),
            Value::Int(i) => self.out.push_str(&i.to_string()),
            Value::BigInt(b) => self.out.push_str(&crate::types::int::to_decimal(vm, b)?),
            Value::Float(x) => {
                let t = self.float(*x)?;
                self.out.push_str(&t);
            }
            Value::Str(s) => {
                let t = encode_str(s.as_str(), self.ensure_ascii);
                self.out.push_str(&t);
            }
            Value::List(l) => {
                let items = l.borrow().clone();
                self.sequence(v, &items, level)?;
            }
            Value::Tuple(t) => self.sequence(v, t, level)?,
            Value::Dict(d) => {
                let items = d.borrow().items();
                self.mapping(v, items, level)?;
            }
            Value::Native(n) if n.as_dict().is_some() => {
                let items = n.as_dict().map(|d| d.borrow().items()).unwrap_or_default();
                self.mapping(v, items, level)?;
            }
            // Tuple subclasses implemented natively (namedtuples) are arrays.
            Value::Native(_)
                if vm
                    .class_of(v)
                    .is_subclass(&vm.types.of_kind(crate::types::TypeKind::Tuple)) =>
            {
                let items = vm.collect(v)?;
                self.sequence(v, &items, level)?;
            }
            // Members of `str`/`int`/`float` enums encode as the value they subclass.
            Value::Instance(i) if data_mixin_value(vm, i).is_some() => {
                let value = data_mixin_value(vm, i).unwrap_or(Value::None);
                self.encode(&value, level)?;
            }
            other => {
                let Some(default) = self.default.clone() else {
                    return Err(vm.type_error(format!(
                        "Object of type {} is not JSON serializable",
                        short_type_name(vm, other)
                    )));
                };
                self.enter(other)?;
                let replaced = vm.call(&default, Args::new(vec![other.clone()]))?;
                self.encode(&replaced, level)?;
                self.leave();
            }
        }
        Ok(())
    }

    fn float(&self, x: f64) -> PyResult<String> {
        if x.is_finite() {
            return Ok(float_repr(x));
        }
        if !self.allow_nan {
            return Err(self
                .vm
                .value_error("Out of range float values are not JSON compliant"));
        }
        Ok(if x.is_nan() {
            "NaN"
        } else if x > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_string())
    }

    /// Marks a container as being encoded; refuses cycles and runaway depth.
    fn enter(&mut self, v: &Value) -> PyResult<()> {
        let vm = self.vm;
        self.depth += 1;
        if vm.depth.get() + self.depth >= vm.limits.max_recursion_depth {
            return Err(vm.raise(
                "RecursionError",
                "maximum recursion depth exceeded while encoding a JSON object",
            ));
        }
        vm.check_stack()?;
        if self.check_circular {
            let id = v.identity();
            if self.markers.contains(&id) {
                return Err(vm.value_error("Circular reference detected"));
            }
            self.markers.push(id);
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
        if self.check_circular {
            self.markers.pop();
        }
    }

    /// Newline and indentation before an item at `level`, when indenting.
    fn newline(&mut self, level: usize) -> PyResult<()> {
        if let Some(ind) = &self.indent {
            self.vm.check_alloc(crate::limits::estimate::repeat_bytes(
                ind.len(),
                level as u64,
            ))?;
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str(ind);
            }
        }
        Ok(())
    }

    fn separator(&mut self, level: usize) -> PyResult<()> {
        let sep = std::mem::take(&mut self.item_sep);
        self.out.push_str(&sep);
        self.item_sep = sep;
        self.newline(level)
    }

    fn sequence(&mut self, v: &Value, items: &[Value], level: usize) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        self.enter(v)?;
        self.out.push('[');
        self.newline(level + 1)?;
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.separator(level + 1)?;
            }
            self.encode(item, level + 1)?;
        }
        self.newline(level)?;
        self.out.push(']');
        self.leave();
        Ok(())
    }

    fn mapping(&mut self, v: &Value, items: Vec<(Value, Value)>, level: usize) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        self.enter(v)?;
        let items = if self.sort_keys {
            self.sorted(items)?
        } else {
            items
        };
        self.out.push('{');
        self.newline(level + 1)?;
        let mut first = true;
        for (k, val) in items {
            let key = match &k {
                Value::Str(s) => s.as_str().to_string(),
                Value::Float(x) => self.float(*x)?,
                Value::Bool(true) => "true".to_string(),
                Value::Bool(false) => "false".to_string(),
                Value::None => "null".to_string(),
                Value::Int(i) => i.to_string(),
                Value::BigInt(b) => crate::types::int::to_decimal(self.vm, b)?,
                _ if self.skipkeys => continue,
                other => {
                    return Err(self.vm.type_error(format!(
                        "keys must be str, int, float, bool or None, not {}",
                        short_type_name(self.vm, other)
                    )))
                }
            };
            if !first {
                self.separator(level + 1)?;
            }
            first = false;
            let t = encode_str(&key, self.ensure_ascii);
            self.out.push_str(&t);
            let sep = std::mem::take(&mut self.key_sep);
            self.out.push_str(&sep);
            self.key_sep = sep;
            self.encode(&val, level + 1)?;
        }
        self.newline(level)?;
        self.out.push('}');
        self.leave();
        Ok(())
    }

    /// Items ordered by key, as `sorted(d.items())`.
    fn sorted(&self, items: Vec<(Value, Value)>) -> PyResult<Vec<(Value, Value)>> {
        let vm = self.vm;
        vm.tick_n(items.len() as u64)?;
        let mut order: Vec<usize> = (0..items.len()).collect();
        let mut error = None;
        order.sort_by(|&a, &b| {
            if error.is_some() {
                return std::cmp::Ordering::Equal;
            }
            let (x, y) = (&items[a].0, &items[b].0);
            let r = vm.less_than(x, y).and_then(|lt| {
                Ok(if lt {
                    std::cmp::Ordering::Less
                } else if vm.less_than(y, x)? {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Equal
                })
            });
            r.unwrap_or_else(|e| {
                error = Some(e);
                std::cmp::Ordering::Equal
            })
        });
        if let Some(e) = error {
            return Err(e);
        }
        Ok(order.into_iter().map(|i| items[i].clone()).collect())
    }
}

/// `type(v).__name__`: CPython's json messages use it, not the dotted type name.
fn short_type_name(vm: &Vm, v: &Value) -> String {
    let name = vm.type_name(v);
    match name.rsplit_once('.') {
        Some((_, short)) => short.to_string(),
        None => name,
    }
}

/// A JSON string literal, escaped as CPython's encoder does.
fn encode_str(s: &str, ensure_ascii: bool) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if ensure_ascii && (c as u32) > 0x7e => {
                let n = c as u32;
                if n >= 0x10000 {
                    let v = n - 0x10000;
                    let hi = 0xd800 | (v >> 10);
                    let lo = 0xdc00 | (v & 0x3ff);
                    out.push_str(&format!("\\u{:04x}\\u{:04x}", hi, lo));
                } else {
                    out.push_str(&format!("\\u{:04x}", n));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

const DECODER_KW: &[&str] = &[
    "s",
    "cls",
    "object_hook",
    "parse_float",
    "parse_int",
    "parse_constant",
    "object_pairs_hook",
    "strict",
];

fn loads(vm: &Vm, args: Args) -> PyResult<Value> {
    let args = match with_class(vm, args, DECODER_KW)? {
        Ok((dec, text)) => {
            let slots = decoder_slots(vm, &dec, text)?;
            return decode_slots(vm, slots);
        }
        Err(args) => args,
    };
    for (k, _) in &args.kw {
        if !DECODER_KW.contains(&k.as_ref()) {
            return Err(vm.type_error(crate::errors::unexpected_keyword("JSONDecoder.__init__", k)));
        }
    }
    let s = bind(vm, "loads", args, DECODER_KW, 1, 1)?;
    decode_slots(vm, s)
}

/// Decodes `s[0]` with the options in the other `DECODER_KW` slots.
fn decode_slots(vm: &Vm, s: Vec<Option<Value>>) -> PyResult<Value> {
    let text: Rc<str> = match &s[0] {
        Some(Value::Str(t)) => Rc::from(t.as_str()),
        Some(Value::Bytes(b)) => {
            let b = b.strip_prefix(b"\xef\xbb\xbf".as_slice()).unwrap_or(b);
            match std::str::from_utf8(b) {
                Ok(t) => Rc::from(t),
                Err(e) => {
                    return Err(vm.raise(
                        "UnicodeDecodeError",
                        format!(
                            "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                            b.get(e.valid_up_to()).copied().unwrap_or(0),
                            e.valid_up_to()
                        ),
                    ))
                }
            }
        }
        Some(other) => {
            return Err(vm.type_error(format!(
                "the JSON object must be str, bytes or bytearray, not {}",
                short_type_name(vm, other)
            )))
        }
        None => Rc::from(""),
    };
    let mut d = Decoder {
        vm,
        text: text.clone(),
        object_hook: given(&s[2]).cloned(),
        parse_float: given(&s[3]).cloned(),
        parse_int: given(&s[4]).cloned(),
        parse_constant: given(&s[5]).cloned(),
        object_pairs_hook: given(&s[6]).cloned(),
        strict: flag(vm, &s[7], true)?,
    };
    if text.starts_with('\u{feff}') {
        return Err(d.error("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0));
    }
    let start = d.skip_ws(0);
    let (value, end) = d.value(start, 0)?;
    let end = d.skip_ws(end);
    if end != text.len() {
        return Err(d.error("Extra data", end));
    }
    Ok(value)
}

/// Why a value could not be scanned: a Python error, or nothing there
/// ("Expecting value" at the byte offset), as CPython's StopIteration.
enum ScanError {
    Raise(Unwind),
    NoValue(usize),
}

impl From<Unwind> for ScanError {
    fn from(u: Unwind) -> ScanError {
        ScanError::Raise(u)
    }
}

type Scan<T> = Result<T, ScanError>;

struct Decoder<'a> {
    vm: &'a Vm,
    text: Rc<str>,
    object_hook: Option<Value>,
    parse_float: Option<Value>,
    parse_int: Option<Value>,
    parse_constant: Option<Value>,
    object_pairs_hook: Option<Value>,
    strict: bool,
}

impl Decoder<'_> {
    /// `json.JSONDecodeError(msg, doc, pos)` for a byte offset into the text.
    fn error(&self, msg: &str, byte_pos: usize) -> Unwind {
        let vm = self.vm;
        let before = &self.text[..byte_pos.min(self.text.len())];
        let pos = before.chars().count();
        let lineno = before.matches('\n').count() + 1;
        let colno = match before.rfind('\n') {
            Some(nl) => before[nl + 1..].chars().count() + 1,
            None => pos + 1,
        };
        let full = format!("{}: line {} column {} (char {})", msg, lineno, colno, pos);
        let class = match super::module_attr(vm, "json", "JSONDecodeError") {
            Some(Value::Class(ref c)) => c.clone(),
            _ => vm.types.exception("ValueError"),
        };
        let exc = vm.new_exception(&class, vec![Value::string(full)]);
        if let Value::Instance(i) = &exc {
            let mut attrs = i.attrs.borrow_mut();
            attrs.insert(Rc::from("msg"), Value::str(msg));
            attrs.insert(Rc::from("doc"), Value::str(&self.text));
            attrs.insert(Rc::from("pos"), Value::Int(pos as i64));
            attrs.insert(Rc::from("lineno"), Value::Int(lineno as i64));
            attrs.insert(Rc::from("colno"), Value::Int(colno as i64));
        }
        Unwind::raise(exc)
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        let b = self.text.as_bytes();
        while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
            i += 1;
        }
        i
    }

    /// Scans the value at `i`: the top level turns "nothing there" into an error.
    fn value(&mut self, i: usize, depth: usize) -> PyResult<(Value, usize)> {
        match self.scan(i, depth) {
            Ok(r) => Ok(r),
            Err(ScanError::Raise(u)) => Err(u),
            Err(ScanError::NoValue(at)) => Err(self.error("Expecting value", at)),
        }
    }

    fn scan(&mut self, i: usize, depth: usize) -> Scan<(Value, usize)> {
        self.vm.tick()?;
        let text = self.text.clone();
        let b = text.as_bytes();
        let Some(&c) = b.get(i) else {
            return Err(ScanError::NoValue(i));
        };
        let rest = &text[i..];
        match c {
            b'"' => {
                let (s, end) = self.string(i + 1)?;
                Ok((Value::string(s), end))
            }
            b'{' => self.object(i + 1, depth + 1),
            b'[' => self.array(i + 1, depth + 1),
            b'n' if rest.starts_with("null") => Ok((Value::None, i + 4)),
            b't' if rest.starts_with("true") => Ok((Value::Bool(true), i + 4)),
            b'f' if rest.starts_with("false") => Ok((Value::Bool(false), i + 5)),
            b'N' if rest.starts_with("NaN") => Ok((self.constant("NaN", f64::NAN)?, i + 3)),
            b'I' if rest.starts_with("Infinity") => {
                Ok((self.constant("Infinity", f64::INFINITY)?, i + 8))
            }
            b'-' if rest.starts_with("-Infinity") => {
                Ok((self.constant("-Infinity", f64::NEG_INFINITY)?, i + 9))
            }
            _ => self.number(i),
        }
    }

    fn constant(&self, name: &str, x: f64) -> PyResult<Value> {
        match &self.parse_constant {
            Some(f) => self.vm.call(f, Args::new(vec![Value::str(name)])),
            None => Ok(Value::Float(x)),
        }
    }

    fn number(&self, start: usize) -> Scan<(Value, usize)> {
        let b = self.text.as_bytes();
        let digit = |i: usize| b.get(i).is_some_and(|c| c.is_ascii_digit());
        let mut i = start;
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        match b.get(i) {
            Some(b'1'..=b'9') => {
                while digit(i) {
                    i += 1;
                }
            }
            Some(b'0') => i += 1,
            _ => return Err(ScanError::NoValue(start)),
        }
        let mut is_float = false;
        if b.get(i) == Some(&b'.') && digit(i + 1) {
            i += 1;
            while digit(i) {
                i += 1;
            }
            is_float = true;
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(b.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            if digit(j) {
                while digit(j) {
                    j += 1;
                }
                i = j;
                is_float = true;
            }
        }
        let lit = &self.text[start..i];
        let vm = self.vm;
        let v = if is_float {
            match &self.parse_float {
                Some(f) => vm.call(f, Args::new(vec![Value::str(lit)]))?,
                None => Value::Float(lit.parse::<f64>().unwrap_or(f64::NAN)),
            }
        } else {
            match &self.parse_int {
                Some(f) => vm.call(f, Args::new(vec![Value::str(lit)]))?,
                None => match lit.parse::<i64>() {
                    Ok(n) => Value::Int(n),
                    Err(_) => crate::types::int::parse(vm, lit, 10)?,
                },
            }
        };
        Ok((v, i))
    }

    /// The string whose opening quote is just before `start`; returns it and
    /// the offset after the closing quote.
    fn string(&self, start: usize) -> PyResult<(String, usize)> {
        let text = &self.text;
        let b = text.as_bytes();
        let mut out = String::new();
        let mut i = start;
        let unterminated = || self.error("Unterminated string starting at", start - 1);
        loop {
            let chunk_start = i;
            while i < b.len() && b[i] != b'"' && b[i] != b'\\' && (b[i] >= 0x20 || !self.strict) {
                i += 1;
            }
            self.vm.check_alloc(crate::limits::estimate::concat_bytes(
                out.len(),
                i - chunk_start,
            ))?;
            out.push_str(&text[chunk_start..i]);
            let Some(&c) = b.get(i) else {
                return Err(unterminated());
            };
            match c {
                b'"' => return Ok((out, i + 1)),
                b'\\' => {
                    let Some(&e) = b.get(i + 1) else {
                        return Err(unterminated());
                    };
                    if e != b'u' {
                        out.push(match e {
                            b'"' => '"',
                            b'\\' => '\\',
                            b'/' => '/',
                            b'b' => '\u{8}',
                            b'f' => '\u{c}',
                            b'n' => '\n',
                            b'r' => '\r',
                            b't' => '\t',
                            _ => return Err(self.error("Invalid \\escape", i)),
                        });
                        i += 2;
                        continue;
                    }
                    let u = i + 1;
                    let bad = || self.error("Invalid \\uXXXX escape", u);
                    if u + 5 >= b.len() {
                        return Err(bad());
                    }
                    let c1 = hex4(&b[u + 1..u + 5]).ok_or_else(bad)?;
                    i = u + 5;
                    let mut code = c1;
                    if (0xd800..=0xdbff).contains(&c1)
                        && i + 6 < b.len()
                        && b[i] == b'\\'
                        && b[i + 1] == b'u'
                    {
                        let c2 = hex4(&b[i + 2..i + 6])
                            .ok_or_else(|| self.error("Invalid \\uXXXX escape", i + 1))?;
                        if (0xdc00..=0xdfff).contains(&c2) {
                            code = 0x10000 + (((c1 - 0xd800) << 10) | (c2 - 0xdc00));
                            i += 6;
                        }
                    }
                    out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                }
                _ => return Err(self.error("Invalid control character at", i)),
            }
        }
    }

    fn check_depth(&self, depth: usize, what: &str) -> PyResult<()> {
        let vm = self.vm;
        if vm.depth.get() + depth + 1 >= vm.limits.max_recursion_depth {
            return Err(vm.raise(
                "RecursionError",
                format!(
                    "maximum recursion depth exceeded while decoding a JSON {} from a unicode string",
                    what
                ),
            ));
        }
        vm.check_stack()
    }

    fn object(&mut self, start: usize, depth: usize) -> Scan<(Value, usize)> {
        self.check_depth(depth, "object")?;
        let vm = self.vm;
        let b = self.text.clone();
        let b = b.as_bytes();
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let mut i = self.skip_ws(start);
        if b.get(i) != Some(&b'}') {
            loop {
                if b.get(i) != Some(&b'"') {
                    return Err(self
                        .error("Expecting property name enclosed in double quotes", i)
                        .into());
                }
                let (key, next) = self.string(i + 1)?;
                i = self.skip_ws(next);
                if b.get(i) != Some(&b':') {
                    return Err(self.error("Expecting ':' delimiter", i).into());
                }
                i = self.skip_ws(i + 1);
                let (val, next) = self.scan(i, depth)?;
                pairs.push((Value::string(key), val));
                i = self.skip_ws(next);
                if b.get(i) == Some(&b'}') {
                    break;
                }
                if b.get(i) != Some(&b',') {
                    return Err(self.error("Expecting ',' delimiter", i).into());
                }
                i = self.skip_ws(i + 1);
            }
        }
        let end = i + 1;
        if let Some(hook) = &self.object_pairs_hook {
            let list = pairs
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![k, v]))
                .collect();
            return Ok((vm.call(hook, Args::new(vec![Value::list(list)]))?, end));
        }
        let mut d = DictObj::with_capacity(pairs.len());
        for (k, v) in pairs {
            vm.dict_set(&mut d, k, v)?;
        }
        let obj = Value::dict(d);
        if let Some(hook) = &self.object_hook {
            return Ok((vm.call(hook, Args::new(vec![obj]))?, end));
        }
        Ok((obj, end))
    }

    fn array(&mut self, start: usize, depth: usize) -> Scan<(Value, usize)> {
        self.check_depth(depth, "array")?;
        let b = self.text.clone();
        let b = b.as_bytes();
        let mut items = Vec::new();
        let mut i = self.skip_ws(start);
        if b.get(i) != Some(&b']') {
            loop {
                let (val, next) = self.scan(i, depth)?;
                items.push(val);
                i = self.skip_ws(next);
                if b.get(i) == Some(&b']') {
                    break;
                }
                if b.get(i) != Some(&b',') {
                    return Err(self.error("Expecting ',' delimiter", i).into());
                }
                i = self.skip_ws(i + 1);
            }
        }
        Ok((Value::list(items), i + 1))
    }
}

fn hex4(d: &[u8]) -> Option<u32> {
    let mut n = 0u32;
    for &c in d {
        n = n * 16 + (c as char).to_digit(16)?;
    }
    Some(n)
}
