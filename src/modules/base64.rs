//! `base64`: Base64 (standard, URL-safe, custom altchars, MIME line-wrapped),
//! Base32 and Base16 codecs with CPython's `binascii` decoding rules and
//! error messages (`binascii.Error`, a `ValueError` subclass).
//!
//! Owns only these codecs; Base85/Ascii85 are not provided.

use std::collections::HashMap;
use std::rc::Rc;

use super::support::{bind, bytes_arg, exception_class, raise_class, Sig};
use crate::eval::{Args, PyResult, Vm};
use crate::value::{ClassRef, Value};

const STD: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const B32HEX: &[u8; 32] = b"0123456789ABCDEFGHIJKLMNOPQRSTUV";

/// Every function of the module, by name.
const FUNCTIONS: &[&str] = &[
    "b64encode",
    "b64decode",
    "standard_b64encode",
    "standard_b64decode",
    "urlsafe_b64encode",
    "urlsafe_b64decode",
    "encodebytes",
    "decodebytes",
    "b32encode",
    "b32decode",
    "b32hexencode",
    "b32hexdecode",
    "b16encode",
    "b16decode",
];

pub fn build(vm: &Vm) -> HashMap<Rc<str>, Value> {
    let error = exception_class(vm, "Error", "binascii", "ValueError");
    let mut m: HashMap<Rc<str>, Value> = HashMap::new();
    let holder = Value::native_uncharged(Base64Module { error });
    for name in FUNCTIONS {
        m.insert(Rc::from(*name), super::support::method(&holder, name));
    }
    m
}

/// Holds the module's `binascii.Error` class; its methods are the module functions.
struct Base64Module {
    error: ClassRef,
}

impl crate::value::NativeObject for Base64Module {
    fn class(&self) -> ClassRef {
        self.error.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &Vm, _this: &Value) -> PyResult<String> {
        Ok("<module 'base64'>".into())
    }
    fn has_method(&self, name: &str) -> bool {
        FUNCTIONS.contains(&name)
    }
    fn call_method(&self, vm: &Vm, _this: &Value, name: &str, args: Args) -> PyResult<Value> {
        let bytes = |v: Vec<u8>| Ok(Value::bytes(v));
        match name {
            "b64encode" | "standard_b64encode" | "urlsafe_b64encode" | "encodebytes" => {
                let params: &[&str] = if name == "b64encode" {
                    &["s", "altchars"]
                } else {
                    &["s"]
                };
                let a = bind(vm, &sig(name, params, 1), args)?;
                let data = bytes_arg(vm, a[0].as_ref().unwrap_or(Value::NONE))?;
                vm.check_alloc(crate::limits::estimate::base64_bytes(data.len()))?;
                if name == "encodebytes" {
                    let mut out = Vec::new();
                    for chunk in data.chunks(57) {
                        out.extend(encode64(chunk));
                        out.push(b'\n');
                    }
                    return bytes(out);
                }
                let mut out = encode64(data);
                let alt: Option<Vec<u8>> = match (name, a.get(1).cloned().flatten()) {
                    ("urlsafe_b64encode", _) => Some(b"-_".to_vec()),
                    (_, Some(v)) if !v.is_none() => Some(bytes_arg(vm, &v)?.to_vec()),
                    _ => None,
                };
                if let Some(alt) = alt {
                    if alt.len() != 2 {
                        return Err(vm.raise(
                            "AssertionError",
                            format!("{}", vm.repr(&Value::bytes(alt))?),
                        ));
                    }
                    for c in out.iter_mut() {
                        if *c == b'+' {
                            *c = alt[0];
                        } else if *c == b'/' {
                            *c = alt[1];
                        }
                    }
                }
                bytes(out)
            }
            "b64decode" | "standard_b64decode" | "urlsafe_b64decode" | "decodebytes" => {
                let params: &[&str] = if name == "b64decode" {
                    &["s", "altchars", "validate"]
                } else {
                    &["s"]
                };
                let a = bind(vm, &sig(name, params, 1), args)?;
                let s = a[0].clone().unwrap_or(Value::None);
                let mut data = if name == "decodebytes" {
                    bytes_arg(vm, &s)?.to_vec()
                } else {
                    decode_input(vm, &s)?
                };
                let alt: Option<Vec<u8>> = match (name, a.get(1).cloned().flatten()) {
                    ("urlsafe_b64decode", _) => Some(b"-_".to_vec()),
                    (_, Some(v)) if !v.is_none() => Some(decode_input(vm, &v)?),
                    _ => None,
                };
                if let Some(alt) = alt {
                    if alt.len() != 2 {
                        return Err(vm.raise("AssertionError", vm.repr(&Value::bytes(alt))?));
                    }
                    for c in data.iter_mut() {
                        if *c == alt[0] {
                            *c = b'+';
                        } else if *c == alt[1] {
                            *c = b'/';
                        }
                    }
                }
                let strict = match a.get(2).cloned().flatten() {
                    Some(v) => vm.truthy(&v)?,
                    None => false,
                };
                decode64(&data, strict)
                    .map(|v| Value::bytes(v))
                    .map_err(|m| raise_class(vm, &self.error, m))
            }
            "b32encode" | "b32hexencode" => {
                let a = bind(vm, &sig(name, &["s"], 1), args)?;
                let data = bytes_arg(vm, a[0].as_ref().unwrap_or(Value::NONE))?;
                vm.check_alloc(crate::limits::estimate::base32_bytes(data.len()))?;
                let alphabet = if name == "b32encode" { B32 } else { B32HEX };
                bytes(encode32(data, alphabet))
            }
            "b32decode" | "b32hexdecode" => {
                let params: &[&str] = if name == "b32decode" {
                    &["s", "casefold", "map01"]
                } else {
                    &["s", "casefold"]
                };
                let a = bind(vm, &sig(name, params, 1), args)?;
                let mut data = decode_input(vm, a[0].as_ref().unwrap_or(Value::NONE))?;
                if let Some(m) = a.get(2).cloned().flatten().filter(|v| !v.is_none()) {
                    let m = decode_input(vm, &m)?;
                    if m.len() != 1 {
                        return Err(vm.raise("AssertionError", vm.repr(&Value::bytes(m))?));
                    }
                    for c in data.iter_mut() {
                        if *c == b'0' {
                            *c = b'O';
                        } else if *c == b'1' {
                            *c = m[0];
                        }
                    }
                }
                if let Some(cf) = a.get(1).cloned().flatten() {
                    if vm.truthy(&cf)? {
                        data.make_ascii_uppercase();
                    }
                }
                let alphabet = if name == "b32decode" { B32 } else { B32HEX };
                decode32(&data, alphabet)
                    .map(|v| Value::bytes(v))
                    .map_err(|m| raise_class(vm, &self.error, m))
            }
            "b16encode" => {
                let a = bind(vm, &sig(name, &["s"], 1), args)?;
                let data = bytes_arg(vm, a[0].as_ref().unwrap_or(Value::NONE))?;
                vm.check_alloc(crate::limits::estimate::base16_bytes(data.len()))?;
                let hex: String = data.iter().map(|b| format!("{:02X}", b)).collect();
                bytes(hex.into_bytes())
            }
            _ => {
                let a = bind(vm, &sig(name, &["s", "casefold"], 1), args)?;
                let mut data = decode_input(vm, a[0].as_ref().unwrap_or(Value::NONE))?;
                if let Some(cf) = a[1].clone() {
                    if vm.truthy(&cf)? {
                        data.make_ascii_uppercase();
                    }
                }
                if data.iter().any(|c| !matches!(c, b'0'..=b'9' | b'A'..=b'F')) {
                    return Err(raise_class(vm, &self.error, "Non-base16 digit found"));
                }
                if data.len() % 2 == 1 {
                    return Err(raise_class(vm, &self.error, "Odd-length string"));
                }
                let val = |c: u8| if c <= b'9' { c - b'0' } else { c - b'A' + 10 };
                bytes(data.chunks(2).map(|p| val(p[0]) << 4 | val(p[1])).collect())
            }
        }
    }
}

fn sig<'a>(name: &'a str, params: &'a [&'a str], required: usize) -> Sig<'a> {
    Sig {
        name,
        params,
        required,
        kwonly: &[],
        method: false,
    }
}

/// `_bytes_from_decode_data`: bytes, or an ASCII-only str.
fn decode_input(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Bytes(b) => Ok(b.as_ref().clone()),
        Value::Str(s) if s.is_ascii() => Ok(s.as_str().as_bytes().to_vec()),
        Value::Str(_) => {
            Err(vm.value_error("string argument should contain only ASCII characters"))
        }
        other => Err(vm.type_error(format!(
            "argument should be a bytes-like object or ASCII string, not '{}'",
            vm.type_name(other)
        ))),
    }
}

fn encode64(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        out.push(STD[(n >> 18) as usize & 63]);
        out.push(STD[(n >> 12) as usize & 63]);
        out.push(if chunk.len() > 1 {
            STD[(n >> 6) as usize & 63]
        } else {
            b'='
        });
        out.push(if chunk.len() > 2 {
            STD[n as usize & 63]
        } else {
            b'='
        });
    }
    out
}

/// `binascii.a2b_base64(data, strict_mode=strict)`.
fn decode64(data: &[u8], strict: bool) -> Result<Vec<u8>, String> {
    let value = |c: u8| STD.iter().position(|&x| x == c).map(|p| p as u32);
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let (mut quad, mut left, mut pads) = (0u32, 0u32, 0u32);
    let mut padding_started = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if strict && quad == 0 {
                return Err(if i == 0 {
                    "Leading padding not allowed".into()
                } else {
                    "Excess padding not allowed".into()
                });
            }
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err("Excess data after padding".into());
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let Some(v) = value(c) else {
            if strict {
                return Err("Only base64 data is allowed".into());
            }
            continue;
        };
        if strict && padding_started {
            return Err("Discontinuous padding not allowed".into());
        }
        pads = 0;
        match quad {
            0 => {
                quad = 1;
                left = v;
            }
            1 => {
                quad = 2;
                out.push(((left << 2) | (v >> 4)) as u8);
                left = v & 0x0f;
            }
            2 => {
                quad = 3;
                out.push(((left << 4) | (v >> 2)) as u8);
                left = v & 0x03;
            }
            _ => {
                quad = 0;
                out.push(((left << 6) | v) as u8);
                left = 0;
            }
        }
    }
    match quad {
        0 => Ok(out),
        1 => Err(format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
            out.len() / 3 * 4 + 1
        )),
        _ => Err("Incorrect padding".into()),
    }
}

fn encode32(data: &[u8], alphabet: &[u8; 32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(5) * 8);
    for chunk in data.chunks(5) {
        let mut buf = [0u8; 8];
        buf[3..3 + chunk.len()].copy_from_slice(chunk);
        let n = u64::from_be_bytes(buf);
        for k in 0..8 {
            out.push(alphabet[((n >> (35 - 5 * k)) & 31) as usize]);
        }
        let pad = match chunk.len() {
            1 => 6,
            2 => 4,
            3 => 3,
            4 => 1,
            _ => 0,
        };
        let len = out.len();
        for c in &mut out[len - pad..] {
            *c = b'=';
        }
    }
    out
}

fn decode32(data: &[u8], alphabet: &[u8; 32]) -> Result<Vec<u8>, String> {
    if data.len() % 8 != 0 {
        return Err("Incorrect padding".into());
    }
    let l = data.len();
    let trimmed = data.iter().rposition(|&c| c != b'=').map_or(0, |p| p + 1);
    let s = &data[..trimmed];
    let padchars = l - s.len();
    let mut out = Vec::with_capacity(l / 8 * 5);
    let mut acc: u64 = 0;
    for quanta in s.chunks(8) {
        acc = 0;
        for &c in quanta {
            let Some(v) = alphabet.iter().position(|&x| x == c) else {
                return Err("Non-base32 digit found".into());
            };
            acc = (acc << 5) + v as u64;
        }
        out.extend_from_slice(&acc.to_be_bytes()[3..]);
    }
    if !matches!(padchars, 0 | 1 | 3 | 4 | 6) {
        return Err("Incorrect padding".into());
    }
    if padchars > 0 && !out.is_empty() {
        acc <<= 5 * padchars;
        let last = acc.to_be_bytes();
        let leftover = (43 - 5 * padchars) / 8;
        let n = out.len();
        out.truncate(n - 5);
        out.extend_from_slice(&last[3..3 + leftover]);
    }
    Ok(out)
}
