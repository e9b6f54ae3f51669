//! A forgiving HTML reader for the web tools: a flat tokenizer and a converter from HTML to
//! readable markdown-like text (headings, paragraphs, lists, links, code).
//!
//! Owns: turning markup into text. Must not: fetch anything, or try to be a full HTML5
//! parser; broken markup degrades to plain text instead of failing.

/// One piece of an HTML document.
#[derive(Clone, Debug, PartialEq)]
pub enum Token {
    /// Text with entities already decoded.
    Text(String),
    /// An opening (or self-closing) tag; names are lower-case.
    Start {
        name: String,
        attrs: Vec<(String, String)>,
    },
    End {
        name: String,
    },
}

impl Token {
    /// The value of attribute `key` of a start tag.
    pub fn attr(&self, key: &str) -> Option<&str> {
        match self {
            Token::Start { attrs, .. } => attrs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.as_str()),
            _ => None,
        }
    }

    /// Whether this is a start tag named `name` whose class list contains `class`.
    pub fn is_start_with_class(&self, name: &str, class: &str) -> bool {
        matches!(self, Token::Start { name: n, .. } if n == name)
            && self
                .attr("class")
                .is_some_and(|c| c.split_whitespace().any(|c| c == class))
    }
}

/// Splits `html` into tags and text; comments and doctypes are dropped, and the content of
/// `script` and `style` is kept as one raw text token.
pub fn tokenize(html: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            tokens.push(Token::Text(decode_entities(rest)));
            break;
        };
        if lt > 0 {
            tokens.push(Token::Text(decode_entities(&rest[..lt])));
        }
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |e| &after[e + 3..]);
            continue;
        }
        let Some(gt) = rest.find('>') else {
            tokens.push(Token::Text(decode_entities(rest)));
            break;
        };
        let inner = &rest[1..gt];
        rest = &rest[gt + 1..];
        if inner.starts_with('!') || inner.starts_with('?') {
            continue;
        }
        if let Some(name) = inner.strip_prefix('/') {
            tokens.push(Token::End {
                name: name.trim().to_ascii_lowercase(),
            });
            continue;
        }
        let (name, attrs) = parse_tag(inner);
        if name.is_empty() || !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
            tokens.push(Token::Text(format!("<{inner}>")));
            continue;
        }
        let raw = name == "script" || name == "style";
        tokens.push(Token::Start {
            name: name.clone(),
            attrs,
        });
        if raw {
            let close = format!("</{name}");
            let end = find_ascii_ci(rest, &close).unwrap_or(rest.len());
            tokens.push(Token::Text(rest[..end].to_string()));
            rest = &rest[end..];
        }
    }
    tokens
}

/// Readable text of a page: headings as `#`, list items as `-`, links as `[text](url)` with
/// URLs resolved against `base`, scripts, styles and navigation chrome dropped.
pub fn html_to_text(html: &str, base: Option<&reqwest::Url>) -> String {
    let mut out = String::new();
    let mut skip_depth = 0usize;
    let mut pre_depth = 0usize;
    let mut links: Vec<(usize, Option<String>)> = Vec::new();
    for token in tokenize(html) {
        match token {
            Token::Start { ref name, .. } if SKIPPED.contains(&name.as_str()) => skip_depth += 1,
            // An unclosed <head> must not hide the whole page.
            Token::Start { ref name, .. } if name == "body" => skip_depth = 0,
            Token::End { ref name } if SKIPPED.contains(&name.as_str()) => {
                skip_depth = skip_depth.saturating_sub(1);
            }
            _ if skip_depth > 0 => {}
            Token::Text(text) if pre_depth > 0 => out.push_str(&text),
            Token::Text(text) => push_collapsed(&mut out, &text),
            Token::Start { ref name, .. } => match name.as_str() {
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                    let level = name[1..].parse().unwrap_or(1);
                    block_break(&mut out);
                    out.push_str(&"#".repeat(level));
                    out.push(' ');
                }
                "br" => out.push('\n'),
                "hr" => {
                    block_break(&mut out);
                    out.push_str("---\n\n");
                }
                "li" => {
                    line_break(&mut out);
                    out.push_str("- ");
                }
                "pre" => {
                    block_break(&mut out);
                    out.push_str("```\n");
                    pre_depth += 1;
                }
                "code" if pre_depth == 0 => out.push('`'),
                "a" => {
                    let href = token.attr("href").and_then(|h| resolve(h, base));
                    links.push((out.len(), href));
                }
                "td" | "th" => out.push_str(" | "),
                "tr" => line_break(&mut out),
                n if BLOCKS.contains(&n) => block_break(&mut out),
                _ => {}
            },
            Token::End { name } => match name.as_str() {
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "p" | "table" | "ul" | "ol" => {
                    block_break(&mut out)
                }
                "pre" => {
                    pre_depth = pre_depth.saturating_sub(1);
                    line_break(&mut out);
                    out.push_str("```\n\n");
                }
                "code" if pre_depth == 0 => out.push('`'),
                "a" => close_link(&mut out, links.pop()),
                n if BLOCKS.contains(&n) => line_break(&mut out),
                _ => {}
            },
        }
    }
    tidy(&out)
}

/// Replaces character references (`&amp;`, `&#39;`, `&#x2014;`, common named ones).
pub fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = rest.find('&') {
        out.push_str(&rest[..pos]);
        rest = &rest[pos..];
        let end = rest.find(';').filter(|e| *e <= 10);
        let decoded = end.and_then(|e| entity(&rest[1..e]));
        match (end, decoded) {
            (Some(e), Some(c)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

const SKIPPED: [&str; 11] = [
    "script", "style", "noscript", "head", "svg", "template", "nav", "footer", "iframe", "form",
    "button",
];
const BLOCKS: [&str; 14] = [
    "p",
    "div",
    "section",
    "article",
    "header",
    "main",
    "aside",
    "blockquote",
    "ul",
    "ol",
    "table",
    "dl",
    "dt",
    "dd",
];

fn parse_tag(inner: &str) -> (String, Vec<(String, String)>) {
    let inner = inner.trim_end_matches('/').trim();
    let name_end = inner
        .find(|c: char| c.is_whitespace())
        .unwrap_or(inner.len());
    let name = inner[..name_end].to_ascii_lowercase();
    let mut attrs = Vec::new();
    let mut rest = inner[name_end..].trim_start();
    while !rest.is_empty() {
        let key_end = rest
            .find(|c: char| c == '=' || c.is_whitespace())
            .unwrap_or(rest.len());
        let key = rest[..key_end].to_ascii_lowercase();
        rest = rest[key_end..].trim_start();
        let mut value = String::new();
        if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (v, next) = match after.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let body = &after[1..];
                    let end = body.find(q).unwrap_or(body.len());
                    (&body[..end], body.get(end + 1..).unwrap_or(""))
                }
                _ => {
                    let end = after.find(char::is_whitespace).unwrap_or(after.len());
                    (&after[..end], &after[end..])
                }
            };
            value = decode_entities(v);
            rest = next.trim_start();
        }
        if !key.is_empty() {
            attrs.push((key, value));
        }
    }
    (name, attrs)
}

fn find_ascii_ci(haystack: &str, needle: &str) -> Option<usize> {
    let h = haystack.as_bytes();
    let n = needle.as_bytes();
    (0..h.len().saturating_sub(n.len()) + 1)
        .find(|&i| h.len() >= i + n.len() && h[i..i + n.len()].eq_ignore_ascii_case(n))
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "mdash" => '\u{2014}',
        "ndash" => '\u{2013}',
        "hellip" => '\u{2026}',
        "copy" => '\u{a9}',
        "reg" => '\u{ae}',
        "lsquo" => '\u{2018}',
        "rsquo" => '\u{2019}',
        "ldquo" => '\u{201c}',
        "rdquo" => '\u{201d}',
        "middot" => '\u{b7}',
        "times" => '\u{d7}',
        "deg" => '\u{b0}',
        "euro" => '\u{20ac}',
        _ => return None,
    })
}

fn resolve(href: &str, base: Option<&reqwest::Url>) -> Option<String> {
    let href = href.trim();
    if href.is_empty() || href.starts_with('#') || href.starts_with("javascript:") {
        return None;
    }
    match base {
        Some(b) => b.join(href).ok().map(|u| u.to_string()),
        None => Some(href.to_string()),
    }
}

fn close_link(out: &mut String, link: Option<(usize, Option<String>)>) {
    let Some((start, Some(href))) = link else {
        return;
    };
    let text = out[start..].trim().to_string();
    if text.is_empty() {
        return;
    }
    out.truncate(start);
    if !out.ends_with([' ', '\n', '(', '[']) && !out.is_empty() {
        out.push(' ');
    }
    out.push_str(&format!("[{text}]({href})"));
}

fn push_collapsed(out: &mut String, text: &str) {
    let mut words = text.split_whitespace().peekable();
    if words.peek().is_none() {
        if !text.is_empty() && !out.ends_with([' ', '\n']) && !out.is_empty() {
            out.push(' ');
        }
        return;
    }
    if text.starts_with(char::is_whitespace) && !out.ends_with([' ', '\n']) && !out.is_empty() {
        out.push(' ');
    }
    let joined: Vec<&str> = words.collect();
    out.push_str(&joined.join(" "));
    if text.ends_with(char::is_whitespace) {
        out.push(' ');
    }
}

fn line_break(out: &mut String) {
    while out.ends_with(' ') {
        out.pop();
    }
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}

fn block_break(out: &mut String) {
    line_break(out);
    if !out.is_empty() && !out.ends_with("\n\n") {
        out.push('\n');
    }
}

fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.lines() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            blank += 1;
            if blank > 1 {
                continue;
            }
        } else {
            blank = 0;
        }
        out.push_str(line);
        out.push('\n');
    }
    out.trim().to_string()
}
