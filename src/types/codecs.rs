//! `str.encode` / `bytes.decode` / `bytes(s, encoding)`: the codecs agents use
//! (UTF-8, ASCII, Latin-1) with CPython's error handlers and error messages.

use std::fmt::Write;

use crate::eval::{PyResult, Vm};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 => 0x11_0000,
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
        }
    }
}

/// The codec an encoding name stands for, normalized as CPython does.
pub fn lookup(vm: &Vm, encoding: &str) -> PyResult<Codec> {
    let norm: String = encoding
        .trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '-' || c == ' ' { '_' } else { c })
        .collect();
    match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Ok(Codec::Utf8),
        "ascii" | "us_ascii" | "646" => Ok(Codec::Ascii),
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" => Ok(Codec::Latin1),
        _ => Err(vm.raise("LookupError", format!("unknown encoding: {}", encoding))),
    }
}

fn unknown_handler(vm: &Vm, errors: &str) -> crate::eval::Unwind {
    vm.raise(
        "LookupError",
        format!("unknown error handler name '{}'", errors),
    )
}

fn char_escape(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{:02x}", n)
    } else if n < 0x10000 {
        format!("\\u{:04x}", n)
    } else {
        format!("\\U{:08x}", n)
    }
}

/// `s.encode(encoding, errors)`.
pub fn encode(vm: &Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(vm, encoding)?;
    if codec == Codec::Utf8 {
        return Ok(s.as_bytes().to_vec());
    }
    let limit = codec.limit();
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < chars.len() && chars[end] as u32 >= limit {
            end += 1;
        }
        match errors {
            "strict" => {
                let what = if end - i == 1 {
                    format!("character '{}' in position {}", char_escape(c), i)
                } else {
                    format!("characters in position {}-{}", i, end - 1)
                };
                return Err(vm.raise(
                    "UnicodeEncodeError",
                    format!(
                        "'{}' codec can't encode {}: ordinal not in range({})",
                        codec.name(),
                        what,
                        limit
                    ),
                ));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat(b'?').take(end - i)),
            "backslashreplace" => {
                for &c in &chars[i..end] {
                    out.extend(char_escape(c).into_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..end] {
                    out.extend(format!("&#{};", c as u32).into_bytes());
                }
            }
            other => return Err(unknown_handler(vm, other)),
        }
        i = end;
    }
    Ok(out)
}

/// `b.decode(encoding, errors)`.
pub fn decode(vm: &Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup(vm, encoding)?;
    match codec {
        Codec::Latin1 => Ok(b.iter().map(|&x| x as char).collect()),
        Codec::Ascii => {
            let mut out = String::with_capacity(b.len());
            for (i, &x) in b.iter().enumerate() {
                if x < 0x80 {
                    out.push(x as char);
                    continue;
                }
                match errors {
                    "strict" => {
                        return Err(vm.raise(
                            "UnicodeDecodeError",
                            format!(
                                "'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)",
                                x, i
                            ),
                        ))
                    }
                    "ignore" => {}
                    "replace" => out.push('\u{fffd}'),
                    "backslashreplace" => {
                        let _ = write!(out, "\\x{:02x}", x);
                    }
                    other => return Err(unknown_handler(vm, other)),
                }
            }
            Ok(out)
        }
        Codec::Utf8 => {
            let mut out = String::with_capacity(b.len());
            let mut rest = b;
            let mut base = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                        let (bad_len, reason) = match e.error_len() {
                            None => (rest.len() - good, "unexpected end of data"),
                            Some(n) => {
                                let lead = rest[good];
                                if (0x80..=0xc1).contains(&lead) || lead >= 0xf5 {
                                    (n, "invalid start byte")
                                } else {
                                    (n, "invalid continuation byte")
                                }
                            }
                        };
                        let start = base + good;
                        match errors {
                            "strict" => {
                                let what = if bad_len == 1 {
                                    format!("byte 0x{:02x} in position {}", rest[good], start)
                                } else {
                                    format!("bytes in position {}-{}", start, start + bad_len - 1)
                                };
                                return Err(vm.raise(
                                    "UnicodeDecodeError",
                                    format!("'utf-8' codec can't decode {}: {}", what, reason),
                                ));
                            }
                            "ignore" => {}
                            "replace" => out.push('\u{fffd}'),
                            "backslashreplace" => {
                                for x in &rest[good..good + bad_len] {
                                    let _ = write!(out, "\\x{:02x}", x);
                                }
                            }
                            other => return Err(unknown_handler(vm, other)),
                        }
                        rest = &rest[good + bad_len..];
                        base = start + bad_len;
                    }
                }
            }
        }
    }
}

/// The `(encoding, errors)` arguments of `encode` / `decode`, from position
/// `first` on or by keyword, defaulting to UTF-8 and `strict`.
pub fn codec_args(
    vm: &Vm,
    fname: &str,
    args: &crate::eval::Args,
    first: usize,
) -> PyResult<(String, String)> {
    let get = |i: usize, name: &str, default: &str| -> PyResult<String> {
        let v = args
            .pos
            .get(first + i)
            .or_else(|| crate::builtins::kwarg(args, name));
        match v {
            None => Ok(default.to_string()),
            Some(crate::value::Value::Str(s)) => Ok(s.as_str().to_string()),
            Some(other) => Err(vm.type_error(format!(
                "{}() argument '{}' must be str, not {}",
                fname,
                name,
                vm.type_name(other)
            ))),
        }
    };
    Ok((get(0, "encoding", "utf-8")?, get(1, "errors", "strict")?))
}
