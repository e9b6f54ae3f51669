//! Replacement templates of `re.sub` and `Match.expand`: `\1`, `\g<name>`,
//! `\g<0>`, character escapes and octal escapes, parsed as CPython's
//! `sre_parse.parse_template` does, with its errors and positions.
//! Must not match anything; it only splits a template into pieces.

use super::translate::{is_identifier, ReError};
use super::Core;
use crate::eval::Vm;

/// A part of a parsed template.
pub enum Piece {
    Lit(String),
    Group(usize),
}

/// Why a template is invalid: `re.error`, or the IndexError CPython raises
/// for an unknown group name.
pub enum TemplateError {
    Re(ReError),
    Index(String),
}

fn re_err(msg: impl Into<String>, pos: usize) -> TemplateError {
    TemplateError::Re(ReError {
        kind: "error",
        msg: msg.into(),
        pos: Some(pos),
    })
}

/// Splits `tpl` into literal text and group references of `core`.
pub fn parse(_vm: &Vm, core: &Core, tpl: &str) -> Result<Vec<Piece>, TemplateError> {
    let s: Vec<char> = tpl.chars().collect();
    let mut pieces = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    let group = |lit: &mut String, pieces: &mut Vec<Piece>, index: usize, pos: usize| {
        if index > core.groups {
            return Err(re_err(format!("invalid group reference {}", index), pos));
        }
        if !lit.is_empty() {
            pieces.push(Piece::Lit(std::mem::take(lit)));
        }
        pieces.push(Piece::Group(index));
        Ok(())
    };
    while i < s.len() {
        let c = s[i];
        if c != '\\' {
            lit.push(c);
            i += 1;
            continue;
        }
        let start = i;
        let Some(&e) = s.get(i + 1) else {
            return Err(re_err("bad escape (end of pattern)", start));
        };
        i += 2;
        match e {
            'g' => {
                if s.get(i) != Some(&'<') {
                    return Err(re_err("missing <", i));
                }
                i += 1;
                let name_start = i;
                let mut name = String::new();
                loop {
                    match s.get(i) {
                        None => return Err(re_err("missing >, unterminated name", name_start)),
                        Some('>') => {
                            i += 1;
                            break;
                        }
                        Some(&c) => {
                            name.push(c);
                            i += 1;
                        }
                    }
                }
                if name.is_empty() {
                    return Err(re_err("missing group name", name_start));
                }
                let index = if is_identifier(&name) {
                    match core.group_index(&name) {
                        Some(g) => g,
                        None => {
                            return Err(TemplateError::Index(format!(
                                "unknown group name '{}'",
                                name
                            )))
                        }
                    }
                } else if !name.is_empty() && name.chars().all(|c| c.is_ascii_digit()) {
                    match name.parse::<usize>() {
                        Ok(n) => n,
                        Err(_) => {
                            return Err(re_err(
                                format!("invalid group reference {}", name),
                                name_start,
                            ))
                        }
                    }
                } else {
                    return Err(re_err(
                        format!("bad character in group name '{}'", name),
                        name_start,
                    ));
                };
                group(&mut lit, &mut pieces, index, name_start)?;
            }
            '0' => {
                let mut v = 0u32;
                for _ in 0..2 {
                    match s.get(i).filter(|d| ('0'..='7').contains(*d)) {
                        Some(d) => {
                            v = v * 8 + d.to_digit(8).unwrap_or(0);
                            i += 1;
                        }
                        None => break,
                    }
                }
                lit.push(char::from_u32(v & 0xff).unwrap_or('\0'));
            }
            '1'..='9' => {
                let mut digits = e.to_string();
                if let Some(&d) = s.get(i).filter(|d| d.is_ascii_digit()) {
                    digits.push(d);
                    i += 1;
                    if e <= '7' && d <= '7' && s.get(i).is_some_and(|x| ('0'..='7').contains(x)) {
                        digits.push(s[i]);
                        i += 1;
                        let v = u32::from_str_radix(&digits, 8).unwrap_or(0);
                        if v > 0o377 {
                            return Err(re_err(
                                format!("octal escape value \\{} outside of range 0-0o377", digits),
                                start,
                            ));
                        }
                        lit.push(char::from_u32(v).unwrap_or('\0'));
                        continue;
                    }
                }
                let index: usize = digits.parse().unwrap_or(usize::MAX);
                group(&mut lit, &mut pieces, index, start + 1)?;
            }
            'a' => lit.push('\x07'),
            'b' => lit.push('\x08'),
            'f' => lit.push('\x0c'),
            'n' => lit.push('\n'),
            'r' => lit.push('\r'),
            't' => lit.push('\t'),
            'v' => lit.push('\x0b'),
            '\\' => lit.push('\\'),
            e if e.is_ascii_alphabetic() => {
                return Err(re_err(format!("bad escape \\{}", e), start));
            }
            e => {
                lit.push('\\');
                lit.push(e);
            }
        }
    }
    if !lit.is_empty() {
        pieces.push(Piece::Lit(lit));
    }
    Ok(pieces)
}
