//! `textwrap`: `wrap`, `fill`, `shorten`, `dedent`, `indent` and the
//! `TextWrapper` class, following `Lib/textwrap.py` line for line; the
//! `wordsep_re` word splitter is hand-written with the same semantics.
//!
//! `TextWrapper` options can be read and reassigned (`w.width = 40`).

use std::any::Any;
use std::collections::HashMap;
use std::rc::Rc;

use unicode_general_category::{get_general_category, GeneralCategory};

use super::support::{as_bigint, bind, Sig, NONE};
use crate::eval::{Args, PyResult, Vm};
use crate::value::{BuiltinFn, Class, ClassRef, NativeObject, Value};

pub static WRAP: BuiltinFn = BuiltinFn {
    name: "wrap",
    call: |vm, args| wrap_or_fill(vm, args, "wrap"),
};
pub static FILL: BuiltinFn = BuiltinFn {
    name: "fill",
    call: |vm, args| wrap_or_fill(vm, args, "fill"),
};
pub static SHORTEN: BuiltinFn = BuiltinFn {
    name: "shorten",
    call: shorten,
};
pub static DEDENT: BuiltinFn = BuiltinFn {
    name: "dedent",
    call: dedent,
};
pub static INDENT: BuiltinFn = BuiltinFn {
    name: "indent",
    call: indent,
};

pub fn build(_vm: &Vm) -> HashMap<Rc<str>, Value> {
    let mut m: HashMap<Rc<str>, Value> = [&WRAP, &FILL, &SHORTEN, &DEDENT, &INDENT]
        .iter()
        .map(|f| super::func(f))
        .collect();
    let class = Class::native("TextWrapper", "textwrap", vec![], Some(new_wrapper));
    m.insert(Rc::from("TextWrapper"), Value::Class(class));
    m
}

/// The options of a `TextWrapper`.
#[derive(Clone)]
struct Options {
    width: i64,
    initial_indent: String,
    subsequent_indent: String,
    expand_tabs: bool,
    replace_whitespace: bool,
    fix_sentence_endings: bool,
    break_long_words: bool,
    drop_whitespace: bool,
    break_on_hyphens: bool,
    tabsize: i64,
    max_lines: Option<i64>,
    placeholder: String,
}

const PARAMS: &[&str] = &[
    "width",
    "initial_indent",
    "subsequent_indent",
    "expand_tabs",
    "replace_whitespace",
    "fix_sentence_endings",
    "break_long_words",
    "drop_whitespace",
    "break_on_hyphens",
    "tabsize",
];

fn int_opt(vm: &Vm, v: &Value) -> PyResult<i64> {
    as_bigint(v)
        .and_then(|b| num_traits::ToPrimitive::to_i64(&b))
        .ok_or_else(|| {
            vm.type_error(format!(
                "'<=' not supported between instances of '{}' and 'int'",
                vm.type_name(v)
            ))
        })
}

fn str_opt(vm: &Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => Err(vm.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            vm.type_name(other)
        ))),
    }
}

/// `TextWrapper.__init__` arguments to options.
fn options(vm: &Vm, args: Args) -> PyResult<Options> {
    let s = bind(
        vm,
        &Sig {
            name: "TextWrapper.__init__",
            params: PARAMS,
            required: 0,
            kwonly: &["max_lines", "placeholder"],
            method: true,
        },
        args,
    )?;
    let flag = |i: usize, d: bool| -> PyResult<bool> {
        match &s[i] {
            Some(v) => vm.truthy(v),
            None => Ok(d),
        }
    };
    Ok(Options {
        width: s[0]
            .as_ref()
            .map(|v| int_opt(vm, v))
            .transpose()?
            .unwrap_or(70),
        initial_indent: s[1]
            .as_ref()
            .map(|v| str_opt(vm, v))
            .transpose()?
            .unwrap_or_default(),
        subsequent_indent: s[2]
            .as_ref()
            .map(|v| str_opt(vm, v))
            .transpose()?
            .unwrap_or_default(),
        expand_tabs: flag(3, true)?,
        replace_whitespace: flag(4, true)?,
        fix_sentence_endings: flag(5, false)?,
        break_long_words: flag(6, true)?,
        drop_whitespace: flag(7, true)?,
        break_on_hyphens: flag(8, true)?,
        tabsize: s[9]
            .as_ref()
            .map(|v| int_opt(vm, v))
            .transpose()?
            .unwrap_or(8),
        max_lines: match &s[10] {
            None | Some(Value::None) => None,
            Some(v) => Some(int_opt(vm, v)?),
        },
        placeholder: s[11]
            .as_ref()
            .map(|v| str_opt(vm, v))
            .transpose()?
            .unwrap_or(" [...]".into()),
    })
}

fn text_arg(vm: &Vm, v: &Value, method: &str) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => Err(vm.raise(
            "AttributeError",
            crate::errors::no_attribute(&vm.type_name(other), method),
        )),
    }
}

fn wrap_or_fill(vm: &Vm, args: Args, name: &str) -> PyResult<Value> {
    let mut pos = args.pos.into_iter();
    let text = pos.next();
    let mut kw = args.kw;
    let text = match text {
        Some(t) => t,
        None => match kw.iter().position(|(k, _)| k.as_ref() == "text") {
            Some(i) => kw.remove(i).1,
            None => {
                return Err(vm.type_error(format!(
                    "{}() missing 1 required positional argument: 'text'",
                    name
                )))
            }
        },
    };
    let rest: Vec<Value> = pos.collect();
    if rest.len() > 1 {
        return Err(vm.type_error(format!(
            "{}() takes from 1 to 2 positional arguments but {} were given",
            name,
            rest.len() + 1
        )));
    }
    let opts = options(vm, Args::with_kw(rest, kw))?;
    let text = text_arg(vm, &text, "expandtabs")?;
    let lines = wrap_text(vm, &opts, &text)?;
    Ok(if name == "wrap" {
        Value::list(lines.into_iter().map(Value::string).collect())
    } else {
        Value::string(lines.join("\n"))
    })
}

fn shorten(vm: &Vm, args: Args) -> PyResult<Value> {
    let mut pos = args.pos.into_iter();
    let mut kw = args.kw;
    let mut take = |name: &str, p: Option<Value>| -> PyResult<Value> {
        match p {
            Some(v) => Ok(v),
            None => match kw.iter().position(|(k, _)| k.as_ref() == name) {
                Some(i) => Ok(kw.remove(i).1),
                None => Err(vm.type_error(format!(
                    "shorten() missing 1 required positional argument: '{}'",
                    name
                ))),
            },
        }
    };
    let text = take("text", pos.next())?;
    let width = take("width", pos.next())?;
    if pos.next().is_some() {
        return Err(vm.type_error(format!(
            "shorten() takes 2 positional arguments but {} were given",
            3
        )));
    }
    kw.push((Rc::from("width"), width));
    kw.push((Rc::from("max_lines"), Value::Int(1)));
    let opts = options(vm, Args::with_kw(Vec::new(), kw))?;
    let text = text_arg(vm, &text, "strip")?;
    let joined = text
        .split(py_isspace)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    Ok(Value::string(wrap_text(vm, &opts, &joined)?.join("\n")))
}

/// Python's `str.isspace` for one character.
fn py_isspace(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// `textwrap._whitespace`: the only characters the splitter treats as spaces.
fn is_ws(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\x0b' | '\x0c' | '\r' | ' ')
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn is_decimal(c: char) -> bool {
    c.is_ascii_digit()
        || (!c.is_ascii() && get_general_category(c) == GeneralCategory::DecimalNumber)
}

/// `[^\d\W]`.
fn is_letter(c: char) -> bool {
    is_word(c) && !is_decimal(c)
}

/// `[\w!"'&.,?]`.
fn is_word_punct(c: char) -> bool {
    is_word(c) || matches!(c, '!' | '"' | '\'' | '&' | '.' | ',' | '?')
}

/// Length of the run of hyphens starting at `i`.
fn hyphens(t: &[char], i: usize) -> usize {
    t[i..].iter().take_while(|&&c| c == '-').count()
}

/// `-{2,}\w` matches at `i`.
fn em_dash_at(t: &[char], i: usize) -> bool {
    let h = hyphens(t, i);
    h >= 2 && t.get(i + h).is_some_and(|&c| is_word(c))
}

/// `TextWrapper.wordsep_re.split(text)` with empty strings removed.
fn split_words(t: &[char]) -> Vec<String> {
    let mut out = Vec::new();
    let mut p = 0;
    while p < t.len() {
        let end = if is_ws(t[p]) {
            p + t[p..].iter().take_while(|&&c| is_ws(c)).count()
        } else if t[p] == '-' && p > 0 && is_word_punct(t[p - 1]) && em_dash_at(t, p) {
            p + hyphens(t, p)
        } else {
            let mut q = p + 1;
            loop {
                // Hyphenated word: consume the hyphen.
                let x = t.get(q) == Some(&'-')
                    && q >= 2
                    && ((is_letter(t[q - 2]) && is_letter(t[q - 1]))
                        || (q >= 3
                            && is_letter(t[q - 3])
                            && t[q - 2] == '-'
                            && is_letter(t[q - 1])))
                    && t.get(q + 1).is_some_and(|&c| is_letter(c))
                    && (t.get(q + 2).is_some_and(|&c| is_letter(c))
                        || (t.get(q + 2) == Some(&'-')
                            && t.get(q + 3).is_some_and(|&c| is_letter(c))));
                if x {
                    break q + 1;
                }
                if q >= t.len() || is_ws(t[q]) {
                    break q;
                }
                if is_word_punct(t[q - 1]) && em_dash_at(t, q) {
                    break q;
                }
                q += 1;
            }
        };
        out.push(t[p..end].iter().collect());
        p = end;
    }
    out
}

/// `str.expandtabs(tabsize)`.
fn expand_tabs(text: &str, tabsize: i64) -> String {
    let mut out = String::with_capacity(text.len());
    let mut col: i64 = 0;
    for c in text.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    out
}

fn clen(s: &str) -> i64 {
    s.chars().count() as i64
}

fn is_blank(s: &str) -> bool {
    s.chars().all(py_isspace)
}

/// `[a-z][\.\!\?][\"\']?\Z`.
fn sentence_end(chunk: &str) -> bool {
    let c: Vec<char> = chunk.chars().collect();
    let mut n = c.len();
    if n > 0 && matches!(c[n - 1], '"' | '\'') {
        n -= 1;
    }
    n >= 2 && matches!(c[n - 1], '.' | '!' | '?') && c[n - 2].is_ascii_lowercase()
}

/// `TextWrapper.wrap(text)`.
fn wrap_text(vm: &Vm, o: &Options, text: &str) -> PyResult<Vec<String>> {
    let tabs = text.matches('\t').count();
    if o.expand_tabs && tabs > 0 {
        vm.check_alloc(crate::limits::estimate::expand_tabs_bytes(
            text.len(),
            tabs,
            o.tabsize.max(0) as usize,
        ))?;
    }
    let mut text = if o.expand_tabs {
        expand_tabs(text, o.tabsize)
    } else {
        text.to_string()
    };
    if o.replace_whitespace {
        text = text
            .chars()
            .map(|c| if is_ws(c) { ' ' } else { c })
            .collect();
    }
    vm.check_alloc(crate::limits::estimate::wrap_bytes(text.len()))?;
    let chars: Vec<char> = text.chars().collect();
    vm.tick_n(chars.len() as u64 / 16)?;
    let mut chunks: Vec<String> = if o.break_on_hyphens {
        split_words(&chars)
    } else {
        let mut out = Vec::new();
        let mut p = 0;
        while p < chars.len() {
            let ws = is_ws(chars[p]);
            let n = chars[p..].iter().take_while(|&&c| is_ws(c) == ws).count();
            out.push(chars[p..p + n].iter().collect());
            p += n;
        }
        out
    };
    if o.fix_sentence_endings {
        let mut i = 0;
        while i + 1 < chunks.len() {
            if chunks[i + 1] == " " && sentence_end(&chunks[i]) {
                chunks[i + 1] = "  ".into();
                i += 2;
            } else {
                i += 1;
            }
        }
    }
    wrap_chunks(vm, o, chunks)
}

fn wrap_chunks(vm: &Vm, o: &Options, mut chunks: Vec<String>) -> PyResult<Vec<String>> {
    let mut lines: Vec<String> = Vec::new();
    if o.width <= 0 {
        return Err(vm.value_error(format!("invalid width {} (must be > 0)", o.width)));
    }
    let placeholder_len = clen(&o.placeholder);
    if let Some(max) = o.max_lines {
        let indent = if max > 1 {
            &o.subsequent_indent
        } else {
            &o.initial_indent
        };
        if clen(indent) + clen(o.placeholder.trim_start_matches(py_isspace)) > o.width {
            return Err(vm.value_error("placeholder too large for max width"));
        }
    }
    chunks.reverse();
    while !chunks.is_empty() {
        vm.tick()?;
        let mut cur: Vec<String> = Vec::new();
        let mut cur_len: i64 = 0;
        let indent = if lines.is_empty() {
            &o.initial_indent
        } else {
            &o.subsequent_indent
        };
        let width = o.width - clen(indent);
        if o.drop_whitespace && !lines.is_empty() && chunks.last().is_some_and(|c| is_blank(c)) {
            chunks.pop();
        }
        while let Some(last) = chunks.last() {
            let l = clen(last);
            if cur_len + l <= width {
                cur_len += l;
                cur.extend(chunks.pop());
            } else {
                break;
            }
        }
        if chunks.last().is_some_and(|c| clen(c) > width) {
            handle_long_word(o, &mut chunks, &mut cur, cur_len, width);
            cur_len = cur.iter().map(|c| clen(c)).sum();
        }
        if o.drop_whitespace && cur.last().is_some_and(|c| is_blank(c)) {
            cur_len -= cur.last().map_or(0, |c| clen(c));
            cur.pop();
        }
        if cur.is_empty() {
            continue;
        }
        let fits = match o.max_lines {
            None => true,
            Some(max) => {
                (lines.len() as i64 + 1) < max
                    || ((chunks.is_empty()
                        || o.drop_whitespace && chunks.len() == 1 && is_blank(&chunks[0]))
                        && cur_len <= width)
            }
        };
        if fits {
            lines.push(format!("{}{}", indent, cur.concat()));
            continue;
        }
        loop {
            let Some(last) = cur.last() else {
                if let Some(prev) = lines.last() {
                    let prev = prev.trim_end_matches(py_isspace).to_string();
                    if clen(&prev) + placeholder_len <= o.width {
                        if let Some(l) = lines.last_mut() {
                            *l = prev + &o.placeholder;
                        }
                        return Ok(lines);
                    }
                }
                lines.push(format!(
                    "{}{}",
                    indent,
                    o.placeholder.trim_start_matches(py_isspace)
                ));
                break;
            };
            if !is_blank(last) && cur_len + placeholder_len <= width {
                cur.push(o.placeholder.clone());
                lines.push(format!("{}{}", indent, cur.concat()));
                break;
            }
            cur_len -= clen(last);
            cur.pop();
        }
        break;
    }
    Ok(lines)
}

fn handle_long_word(
    o: &Options,
    chunks: &mut Vec<String>,
    cur: &mut Vec<String>,
    cur_len: i64,
    width: i64,
) {
    let space_left = if width < 1 { 1 } else { width - cur_len };
    let Some(last) = chunks.last_mut() else {
        return;
    };
    if o.break_long_words {
        let chars: Vec<char> = last.chars().collect();
        let mut end = space_left.max(0) as usize;
        if o.break_on_hyphens && chars.len() as i64 > space_left {
            let limit = end.min(chars.len());
            if let Some(h) = chars[..limit].iter().rposition(|&c| c == '-') {
                if h > 0 && chars[..h].iter().any(|&c| c != '-') {
                    end = h + 1;
                }
            }
        }
        let end = end.min(chars.len());
        cur.push(chars[..end].iter().collect());
        *last = chars[end..].iter().collect();
    } else if cur.is_empty() {
        cur.extend(chunks.pop());
    }
}

fn dedent(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = bind(
        vm,
        &Sig {
            name: "dedent",
            params: &["text"],
            required: 1,
            kwonly: &[],
            method: false,
        },
        args,
    )?;
    let text = match &s[0] {
        Some(Value::Str(t)) => t.as_str().to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "expected string or bytes-like object, got '{}'",
                vm.type_name(other)
            )))
        }
        None => String::new(),
    };
    // Blank lines made only of spaces and tabs lose them.
    let lines: Vec<String> = text
        .split('\n')
        .map(|l| {
            if !l.is_empty() && l.chars().all(|c| c == ' ' || c == '\t') {
                String::new()
            } else {
                l.to_string()
            }
        })
        .collect();
    let mut margin: Option<String> = None;
    for line in &lines {
        let indent: String = line
            .chars()
            .take_while(|&c| c == ' ' || c == '\t')
            .collect();
        if indent.len() == line.len() {
            continue;
        }
        margin = Some(match margin {
            None => indent,
            Some(m) if indent.starts_with(&m) => m,
            Some(m) if m.starts_with(&indent) => indent,
            Some(m) => m
                .chars()
                .zip(indent.chars())
                .take_while(|(a, b)| a == b)
                .map(|(a, _)| a)
                .collect(),
        });
    }
    let out: Vec<String> = match margin.filter(|m| !m.is_empty()) {
        Some(m) => lines
            .into_iter()
            .map(|l| l.strip_prefix(m.as_str()).map(str::to_string).unwrap_or(l))
            .collect(),
        None => lines,
    };
    Ok(Value::string(out.join("\n")))
}

/// `str.splitlines(keepends=True)`.
fn split_lines_keep(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let brk = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if !brk {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(j, '\n')) = it.peek() {
                end = j + 1;
                it.next();
            }
        }
        out.push(&text[start..end]);
        start = end;
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

fn indent(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = bind(
        vm,
        &Sig {
            name: "indent",
            params: &["text", "prefix", "predicate"],
            required: 2,
            kwonly: &[],
            method: false,
        },
        args,
    )?;
    let text = text_arg(vm, s[0].as_ref().unwrap_or(NONE), "splitlines")?;
    let prefix = s[1].clone().unwrap_or(Value::None);
    let predicate = s[2].clone().filter(|p| !p.is_none());
    let mut out = String::new();
    for line in split_lines_keep(&text) {
        vm.tick()?;
        let add = match &predicate {
            None => !is_blank(line),
            Some(p) => {
                let r = vm.call(p, Args::new(vec![Value::str(line)]))?;
                vm.truthy(&r)?
            }
        };
        if add {
            match &prefix {
                Value::Str(p) => out.push_str(p.as_str()),
                other => {
                    return Err(vm.type_error(format!(
                        "unsupported operand type(s) for +: '{}' and 'str'",
                        vm.type_name(other)
                    )))
                }
            }
        }
        out.push_str(line);
    }
    Ok(Value::string(out))
}

/// A `textwrap.TextWrapper`.
struct Wrapper {
    class: ClassRef,
    opts: std::cell::RefCell<Options>,
}

fn new_wrapper(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    Ok(Value::native_uncharged(Wrapper {
        class: cls.clone(),
        opts: std::cell::RefCell::new(options(vm, args)?),
    }))
}

impl NativeObject for Wrapper {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<textwrap.TextWrapper object at {:#x}>",
            this.identity()
        ))
    }
    fn get_attr(&self, _vm: &Vm, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        let o = self.opts.borrow();
        Ok(Some(match name {
            "width" => Value::Int(o.width),
            "initial_indent" => Value::str(&o.initial_indent),
            "subsequent_indent" => Value::str(&o.subsequent_indent),
            "expand_tabs" => Value::Bool(o.expand_tabs),
            "replace_whitespace" => Value::Bool(o.replace_whitespace),
            "fix_sentence_endings" => Value::Bool(o.fix_sentence_endings),
            "break_long_words" => Value::Bool(o.break_long_words),
            "drop_whitespace" => Value::Bool(o.drop_whitespace),
            "break_on_hyphens" => Value::Bool(o.break_on_hyphens),
            "tabsize" => Value::Int(o.tabsize),
            "max_lines" => o.max_lines.map_or(Value::None, Value::Int),
            "placeholder" => Value::str(&o.placeholder),
            _ => return Ok(None),
        }))
    }
    fn set_attr(&self, vm: &Vm, name: &str, value: Value) -> Option<PyResult<()>> {
        let mut o = self.opts.borrow().clone();
        let r = (|| -> PyResult<()> {
            match name {
                "width" => o.width = int_opt(vm, &value)?,
                "tabsize" => o.tabsize = int_opt(vm, &value)?,
                "initial_indent" => o.initial_indent = str_opt(vm, &value)?,
                "subsequent_indent" => o.subsequent_indent = str_opt(vm, &value)?,
                "placeholder" => o.placeholder = str_opt(vm, &value)?,
                "max_lines" => {
                    o.max_lines = match &value {
                        Value::None => None,
                        v => Some(int_opt(vm, v)?),
                    }
                }
                "expand_tabs" => o.expand_tabs = vm.truthy(&value)?,
                "replace_whitespace" => o.replace_whitespace = vm.truthy(&value)?,
                "fix_sentence_endings" => o.fix_sentence_endings = vm.truthy(&value)?,
                "break_long_words" => o.break_long_words = vm.truthy(&value)?,
                "drop_whitespace" => o.drop_whitespace = vm.truthy(&value)?,
                "break_on_hyphens" => o.break_on_hyphens = vm.truthy(&value)?,
                other => {
                    return Err(vm.raise(
                        "AttributeError",
                        format!(
                            "codeact's TextWrapper has no settable attribute '{}'",
                            other
                        ),
                    ))
                }
            }
            Ok(())
        })();
        if r.is_ok() {
            *self.opts.borrow_mut() = o;
        }
        Some(r)
    }
    fn has_method(&self, name: &str) -> bool {
        matches!(name, "wrap" | "fill")
    }
    fn call_method(&self, vm: &Vm, _this: &Value, name: &str, args: Args) -> PyResult<Value> {
        let s = bind(
            vm,
            &Sig {
                name: &format!("TextWrapper.{}", name),
                params: &["text"],
                required: 1,
                kwonly: &[],
                method: true,
            },
            args,
        )?;
        let text = text_arg(vm, s[0].as_ref().unwrap_or(NONE), "expandtabs")?;
        let opts = self.opts.borrow().clone();
        let lines = wrap_text(vm, &opts, &text)?;
        Ok(if name == "wrap" {
            Value::list(lines.into_iter().map(Value::string).collect())
        } else {
            Value::string(lines.join("\n"))
        })
    }
}
