//! Reading model replies: the code of a code-agent reply, its thought, and a tool call written
//! as plain-text JSON by models or servers without native tool calling.
//!
//! Owns: every heuristic applied to raw model text. Must not: run code, call tools or talk to
//! the model; these are pure functions on strings.

use serde_json::Value;

/// The opening tag a code agent writes its code after.
pub const CODE_OPEN: &str = "<code>";
/// The closing tag; also a stop sequence, so it is usually missing from replies.
pub const CODE_CLOSE: &str = "</code>";

/// The Python code in a reply: the `<code>` blocks if any (a missing or partial closing tag is
/// tolerated), else the ```` ```py ```` / ```` ```python ```` fenced blocks, else the reply itself
/// (after a leading `Thought:`) when every line reads as Python. Several blocks are joined.
pub fn extract_code(reply: &str) -> Option<String> {
    let blocks = tagged_blocks(reply);
    let blocks = if blocks.is_empty() {
        fenced_blocks(reply)
    } else {
        blocks
    };
    let code = if blocks.is_empty() {
        bare_code(reply)?
    } else {
        let blocks: Vec<&str> = blocks.iter().map(|b| b.trim_matches('\n')).collect();
        blocks.join("\n\n")
    };
    let code = code.trim_matches('\n').to_string();
    (!code.trim().is_empty()).then_some(code)
}

/// The reasoning before the code, without its `Thought:` label.
pub fn extract_thought(reply: &str) -> String {
    let end = [reply.find(CODE_OPEN), reply.find("```")]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(reply.len());
    let head = reply[..end].trim();
    head.strip_prefix("Thought:")
        .unwrap_or(head)
        .trim()
        .to_string()
}

/// The first `{"name": ..., "arguments": {...}}` object in free text (`parameters` or `args`
/// are accepted for `arguments`; a missing one means no arguments). Closing braces missing at
/// the end of the text are supplied: small models often drop the last one.
pub fn parse_text_tool_call(text: &str) -> Option<(String, Value)> {
    for (pos, _) in text.match_indices('{') {
        let Some(Value::Object(obj)) = first_json_value(&text[pos..]) else {
            continue;
        };
        let Some(name) = obj.get("name").and_then(Value::as_str) else {
            continue;
        };
        let args = ["arguments", "parameters", "args"]
            .iter()
            .find_map(|k| obj.get(*k))
            .cloned()
            .unwrap_or_else(|| Value::Object(Default::default()));
        let args = match args {
            Value::String(s) => serde_json::from_str(&s).unwrap_or(Value::String(s)),
            other => other,
        };
        return Some((name.to_string(), args));
    }
    None
}

/// The JSON value `text` starts with; if the text ends inside it, the same text closed with
/// up to three `}`.
fn first_json_value(text: &str) -> Option<Value> {
    let parse = |t: &str| {
        serde_json::Deserializer::from_str(t)
            .into_iter::<Value>()
            .next()
    };
    match parse(text)? {
        Ok(value) => Some(value),
        Err(e) if e.is_eof() => (1..=3).find_map(|k| {
            let closed = format!("{}{}", text.trim_end(), "}".repeat(k));
            parse(&closed)?.ok()
        }),
        Err(_) => None,
    }
}

fn tagged_blocks(text: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(CODE_OPEN) {
        let body = &rest[start + CODE_OPEN.len()..];
        match body.find(CODE_CLOSE) {
            Some(end) => {
                blocks.push(body[..end].to_string());
                rest = &body[end + CODE_CLOSE.len()..];
            }
            None => {
                blocks.push(strip_partial_close(body).to_string());
                break;
            }
        }
    }
    blocks
}

fn strip_partial_close(body: &str) -> &str {
    let trimmed = body.trim_end();
    (2..CODE_CLOSE.len())
        .rev()
        .find_map(|k| trimmed.strip_suffix(&CODE_CLOSE[..k]))
        .unwrap_or(body)
}

fn fenced_blocks(text: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("```") {
        let after = &rest[start + 3..];
        let (lang, body) = after.split_once('\n').unwrap_or((after, ""));
        let (content, next) = match body.find("```") {
            Some(end) => (&body[..end], &body[end + 3..]),
            None => (body, ""),
        };
        let lang = lang.trim().to_ascii_lowercase();
        let python = matches!(lang.as_str(), "py" | "python" | "python3");
        if python || (lang.is_empty() && bare_code(content).is_some()) {
            blocks.push(content.to_string());
        }
        rest = next;
    }
    blocks
}

/// The reply minus a leading `Thought:` paragraph, if all that is left reads as Python.
fn bare_code(text: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut start = 0;
    if lines
        .first()
        .is_some_and(|l| l.trim_start().starts_with("Thought:"))
    {
        start = lines.iter().position(|l| starts_statement(l))?;
    }
    let code = &lines[start..];
    let mut depth = 0i32;
    let mut seen = false;
    for line in code {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        let continuation = depth > 0 || line.starts_with([' ', '\t']);
        if !continuation && !starts_statement(line) {
            return None;
        }
        seen = true;
        depth += bracket_balance(line);
    }
    seen.then(|| code.join("\n"))
}

const KEYWORDS: &[&str] = &[
    "import", "from", "def", "class", "for", "while", "if", "elif", "else", "try", "except",
    "finally", "with", "return", "assert", "raise", "pass", "break", "continue", "global",
    "nonlocal", "del", "async", "await", "lambda", "print",
];

/// Whether a line, unindented, looks like the start of a Python statement.
fn starts_statement(line: &str) -> bool {
    let t = line.trim_start();
    if t.starts_with(['#', '@', ')', ']', '}', '"', '\'']) {
        return true;
    }
    let word_end = t
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(t.len());
    let word = &t[..word_end];
    if word.is_empty() || word.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let after = &t[word_end..];
    if KEYWORDS.contains(&word) && (after.is_empty() || after.starts_with([' ', ':', '('])) {
        return true;
    }
    // Plain identifiers, attribute paths and subscripts followed by a call or an assignment.
    let path_end = t
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
        .unwrap_or(t.len());
    let after = t[path_end..].trim_start();
    after.starts_with(['(', '[', ','])
        || (after.starts_with('=') && !after.starts_with("=="))
        || ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "|=", "&="]
            .iter()
            .any(|op| after.starts_with(op))
}

fn bracket_balance(line: &str) -> i32 {
    let mut depth = 0;
    let mut quote: Option<char> = None;
    for c in line.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '#') => break,
            (None, '(' | '[' | '{') => depth += 1,
            (None, ')' | ']' | '}') => depth -= 1,
            _ => {}
        }
    }
    depth
}

/// `code` without its top-level `def` blocks of the given names, and the names whose
/// definitions were removed (in order, once each). Small models copy the tool listing of the
/// prompt (`def final_answer(answer): """..."""`) into their code, which would replace or
/// clash with the real tools.
pub fn drop_definitions(code: &str, names: &[&str]) -> (String, Vec<String>) {
    let mut kept: Vec<&str> = Vec::new();
    let mut dropped: Vec<String> = Vec::new();
    let mut lines = code.lines().peekable();
    while let Some(line) = lines.next() {
        let Some(name) = defined_name(line).filter(|n| names.contains(n)) else {
            kept.push(line);
            continue;
        };
        if !dropped.iter().any(|d| d == name) {
            dropped.push(name.to_string());
        }
        // The rest of the header (parameters over several lines), then the indented body.
        let mut depth = bracket_balance(line);
        while depth > 0 {
            match lines.next() {
                Some(l) => depth += bracket_balance(l),
                None => break,
            }
        }
        let mut in_string: Option<&str> = None;
        while let Some(next) = lines.peek() {
            let inside = in_string.is_some();
            if !inside && !next.trim().is_empty() && !next.starts_with([' ', '\t']) {
                break;
            }
            // A docstring's lines may be unindented; follow triple quotes.
            for quote in ["\"\"\"", "'''"] {
                if in_string.is_none_or(|q| q == quote) && next.matches(quote).count() % 2 == 1 {
                    in_string = if in_string.is_some() {
                        None
                    } else {
                        Some(quote)
                    };
                }
            }
            lines.next();
        }
    }
    let mut out = kept.join("\n");
    if code.ends_with('\n') && !out.is_empty() {
        out.push('\n');
    }
    (out, dropped)
}

/// The name a top-level `def name(` (or `async def`) line defines.
fn defined_name(line: &str) -> Option<&str> {
    let rest = line.strip_prefix("async ").unwrap_or(line);
    let rest = rest.strip_prefix("def ")?.trim_start();
    let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_'))?;
    rest[end..]
        .trim_start()
        .starts_with('(')
        .then_some(&rest[..end])
}

/// The names the top-level statements of `code` assign (`x = ...`, `a, b = ...`, `n += 1`),
/// once each, in order.
pub fn assigned_names(code: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for line in code.lines() {
        if line.starts_with([' ', '\t']) {
            continue;
        }
        let Some(eq) = line.find('=') else {
            continue;
        };
        let (target, after) = (&line[..eq], &line[eq + 1..]);
        if after.starts_with('=') {
            continue;
        }
        let target = target
            .trim_end()
            .trim_end_matches(|c| "+-*/%&|^@<>:".contains(c));
        for part in target.split(',') {
            let part = part.trim().trim_start_matches('(').trim_end_matches(')');
            let plain = !part.is_empty()
                && !part.starts_with(|c: char| c.is_ascii_digit())
                && part.chars().all(|c| c.is_alphanumeric() || c == '_');
            if !plain {
                if target.contains(['(', '[', '.', '"', '\'']) {
                    break;
                }
                continue;
            }
            if !names.iter().any(|n| n == part) {
                names.push(part.to_string());
            }
        }
    }
    names
}
