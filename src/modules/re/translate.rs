//! Python regular-expression syntax → the syntax `engine` runs.
//!
//! Parses a pattern the way CPython's `sre_parse` does (same accepted syntax,
//! same `re.error` messages and positions) and writes an equivalent pattern
//! in regex-automata's syntax extended with look-around, backreferences,
//! atomic groups, possessive repeats and conditionals (fancy-regex's
//! syntax), resolving Python's semantics explicitly: `$` before a
//! final newline, `\Z`, Unicode `\w`/`\s` as `str.isalnum`/`str.isspace`,
//! scoped flags, verbose mode, octal escapes, numbered backreferences.
//! Must not run a regex; it only rewrites text.

/// `re` flag values, as CPython's `re.RegexFlag`.
pub const TEMPLATE: u32 = 1;
pub const IGNORECASE: u32 = 2;
pub const LOCALE: u32 = 4;
pub const MULTILINE: u32 = 8;
pub const DOTALL: u32 = 16;
pub const UNICODE: u32 = 32;
pub const VERBOSE: u32 = 64;
pub const DEBUG: u32 = 128;
pub const ASCII: u32 = 256;

/// A rewritten pattern, with what `Pattern` objects report.
pub struct Translated {
    pub regex: String,
    /// Whether `regex` uses a feature only the backtracker runs.
    pub backtracking: bool,
    /// Number of capturing groups.
    pub groups: usize,
    /// Group names in definition order, with their numbers.
    pub names: Vec<(String, usize)>,
    /// Flags after inline global flags, with `UNICODE` added unless `ASCII`.
    pub flags: u32,
    /// Enclosing group of each group (index 0 unused; 0 means top level).
    pub parents: Vec<usize>,
}

/// A syntax error: message and position in code points (`None` for errors
/// CPython reports without one).
pub struct ReError {
    /// The exception class: `error`, or `ValueError`/`OverflowError` as CPython raises them.
    pub kind: &'static str,
    pub msg: String,
    pub pos: Option<usize>,
}

/// Rewrites `pattern`. With `dollar_nl` false the subject is known not to end
/// with a newline, so a non-multiline `$` is simply the end of the text.
pub fn translate(pattern: &str, flags: u32, dollar_nl: bool) -> Result<Translated, ReError> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut flags = flags;
    loop {
        let mut p = Parser {
            s: &chars,
            i: 0,
            out: String::with_capacity(pattern.len() + 8),
            global: flags,
            local: vec![flags],
            groups: 0,
            names: Vec::new(),
            open: Vec::new(),
            parents: vec![0],
            dollar_nl,
            restart_verbose: false,
            backtracking: false,
        };
        p.alternation(0)?;
        if p.restart_verbose {
            flags = p.global | VERBOSE;
            continue;
        }
        if p.i < chars.len() {
            // Only a `)` can stop the top level early.
            return Err(err("unbalanced parenthesis", Some(p.i)));
        }
        let mut g = p.global;
        let value_error = |msg: &str| ReError {
            kind: "ValueError",
            msg: msg.to_string(),
            pos: None,
        };
        if g & LOCALE != 0 {
            return Err(value_error("cannot use LOCALE flag with a str pattern"));
        }
        if g & ASCII != 0 && g & UNICODE != 0 {
            return Err(value_error("ASCII and UNICODE flags are incompatible"));
        }
        if g & ASCII == 0 {
            g |= UNICODE;
        }
        let mut regex = String::with_capacity(p.out.len() + 5);
        if p.global & IGNORECASE != 0 {
            regex.push_str("(?i)");
        }
        regex.push_str(&p.out);
        return Ok(Translated {
            regex,
            backtracking: p.backtracking,
            groups: p.groups,
            names: p.names,
            flags: g,
            parents: p.parents,
        });
    }
}

fn err(msg: impl Into<String>, pos: Option<usize>) -> ReError {
    ReError {
        kind: "error",
        msg: msg.into(),
        pos,
    }
}

/// What the last item written was, for quantifier checks.
#[derive(Clone, Copy, PartialEq)]
enum Item {
    /// Nothing yet in this branch.
    Empty,
    /// An assertion (`^`, `$`, `\b`, ...): cannot be repeated.
    At,
    /// A repeated item: repeating it again is an error.
    Repeat,
    /// Anything else.
    Atom,
}

struct Parser<'a> {
    s: &'a [char],
    i: usize,
    out: String,
    /// Flags of the whole pattern (inline global flags included).
    global: u32,
    /// Flags in force, innermost scope last.
    local: Vec<u32>,
    groups: usize,
    names: Vec<(String, usize)>,
    /// Groups opened and not yet closed.
    open: Vec<usize>,
    parents: Vec<usize>,
    dollar_nl: bool,
    /// Set when an inline `(?x)` appears: the pattern is parsed again verbose.
    restart_verbose: bool,
    /// Set when a feature only the backtracker runs is written.
    backtracking: bool,
}

const SPECIAL: &str = "\\.+*?()|[]{}^$#&-~";

impl Parser<'_> {
    fn flags(&self) -> u32 {
        self.local.last().copied().unwrap_or(self.global)
    }
    fn peek(&self) -> Option<char> {
        self.s.get(self.i).copied()
    }
    fn peek_at(&self, k: usize) -> Option<char> {
        self.s.get(self.i + k).copied()
    }

    /// Skips whitespace and `#` comments in verbose mode.
    fn skip_verbose(&mut self) {
        if self.flags() & VERBOSE == 0 {
            return;
        }
        while let Some(c) = self.peek() {
            if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
                self.i += 1;
            } else if c == '#' {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == '\n' {
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    /// Branches separated by `|`.
    fn alternation(&mut self, depth: usize) -> Result<(), ReError> {
        if depth > 60 {
            return Err(err("too many nested groups", Some(self.i)));
        }
        let mut first = depth == 0;
        loop {
            self.sequence(depth, first)?;
            if self.restart_verbose {
                return Ok(());
            }
            match self.peek() {
                Some('|') => {
                    self.i += 1;
                    self.out.push('|');
                    first = false;
                }
                _ => return Ok(()),
            }
        }
    }

    /// One branch; `first` when it is the first branch of the whole pattern.
    fn sequence(&mut self, depth: usize, first: bool) -> Result<(), ReError> {
        let mut last = Item::Empty;
        loop {
            self.skip_verbose();
            let Some(c) = self.peek() else {
                return Ok(());
            };
            match c {
                '|' | ')' => return Ok(()),
                '*' | '+' | '?' | '{' => {
                    let start = self.i;
                    let Some(q) = self.quantifier()? else {
                        // A `{` that does not start a quantifier is a literal.
                        self.i = start + 1;
                        push_literal(&mut self.out, '{');
                        last = Item::Atom;
                        continue;
                    };
                    match last {
                        Item::Empty | Item::At => {
                            return Err(err("nothing to repeat", Some(start)))
                        }
                        Item::Repeat => return Err(err("multiple repeat", Some(start))),
                        Item::Atom => {}
                    }
                    self.out.push_str(&q);
                    match self.peek() {
                        Some('?') => {
                            self.i += 1;
                            self.out.push('?');
                        }
                        Some('+') => {
                            self.i += 1;
                            self.out.push('+');
                            self.backtracking = true;
                        }
                        _ => {}
                    }
                    last = Item::Repeat;
                }
                _ => {
                    let item = self.atom(depth, first && last == Item::Empty)?;
                    if self.restart_verbose {
                        return Ok(());
                    }
                    if item != Item::Empty {
                        last = item;
                    }
                }
            }
        }
    }

    /// Parses a quantifier at `self.i`; `None` when a `{` is literal.
    fn quantifier(&mut self) -> Result<Option<String>, ReError> {
        let c = self.s[self.i];
        self.i += 1;
        match c {
            '*' | '+' | '?' => return Ok(Some(c.to_string())),
            _ => {}
        }
        if self.peek() == Some('}') {
            return Ok(None);
        }
        let here = self.i;
        let digits = |p: &mut Parser| {
            let mut t = String::new();
            while let Some(d) = p.peek().filter(|d| d.is_ascii_digit()) {
                t.push(d);
                p.i += 1;
            }
            t
        };
        let lo = digits(self);
        let hi = if self.peek() == Some(',') {
            self.i += 1;
            Some(digits(self))
        } else {
            None
        };
        if self.peek() != Some('}') {
            self.i = here - 1;
            return Ok(None);
        }
        self.i += 1;
        let num = |t: &str| -> Result<Option<u64>, ReError> {
            if t.is_empty() {
                return Ok(None);
            }
            match t.parse::<u64>() {
                Ok(n) if n < u32::MAX as u64 => Ok(Some(n)),
                _ => Err(ReError {
                    kind: "OverflowError",
                    msg: "the repetition number is too large".to_string(),
                    pos: None,
                }),
            }
        };
        let min = num(&lo)?;
        let max = match &hi {
            None => min,
            Some(h) => num(h)?,
        };
        if let (Some(a), Some(b)) = (min, max) {
            if b < a {
                return Err(err("min repeat greater than max repeat", Some(here)));
            }
        }
        let min = min.unwrap_or(0);
        Ok(Some(match (hi.is_some(), max) {
            (false, _) => format!("{{{}}}", min),
            (true, Some(b)) => format!("{{{},{}}}", min, b),
            (true, None) => format!("{{{},}}", min),
        }))
    }

    fn atom(&mut self, depth: usize, at_start: bool) -> Result<Item, ReError> {
        let c = self.s[self.i];
        let start = self.i;
        self.i += 1;
        let f = self.flags();
        match c {
            '.' => {
                self.out
                    .push_str(if f & DOTALL != 0 { "(?s:.)" } else { "[^\\n]" });
                Ok(Item::Atom)
            }
            '^' => {
                self.out
                    .push_str(if f & MULTILINE != 0 { "(?m:^)" } else { "\\A" });
                Ok(Item::At)
            }
            '$' => {
                self.out.push_str(if f & MULTILINE != 0 {
                    "(?m:$)"
                } else if self.dollar_nl {
                    self.backtracking = true;
                    "(?=\\n?\\z)"
                } else {
                    "\\z"
                });
                Ok(Item::At)
            }
            '[' => {
                self.class(start)?;
                Ok(Item::Atom)
            }
            '(' => self.group(start, depth, at_start),
            ')' => Err(err("unbalanced parenthesis", Some(start))),
            '\\' => self.escape(start),
            c => {
                push_literal(&mut self.out, c);
                Ok(Item::Atom)
            }
        }
    }

    fn escape(&mut self, start: usize) -> Result<Item, ReError> {
        let Some(c) = self.peek() else {
            return Err(err("bad escape (end of pattern)", Some(start)));
        };
        self.i += 1;
        let ascii = self.flags() & ASCII != 0;
        let at = |p: &mut Parser, s: &str| {
            p.out.push_str(s);
            Ok(Item::At)
        };
        match c {
            'A' => return at(self, "\\A"),
            'Z' => return at(self, "\\z"),
            'b' => return at(self, if ascii { "(?-u:\\b)" } else { "\\b" }),
            'B' => {
                // sre's `\B` never matches in an empty text: an automaton's does.
                self.backtracking = true;
                return at(self, if ascii { "(?-u:\\B)" } else { "\\B" });
            }
            'd' | 'D' | 's' | 'S' | 'w' | 'W' => {
                let body = category(c, ascii);
                let neg = c.is_ascii_uppercase();
                self.out.push_str(if neg { "[^" } else { "[" });
                self.out.push_str(body);
                self.out.push(']');
                return Ok(Item::Atom);
            }
            '1'..='9' => {
                // A backreference, unless three octal digits make an escape.
                let mut text = c.to_string();
                if let Some(d) = self.peek().filter(|d| d.is_ascii_digit()) {
                    if c <= '7'
                        && d <= '7'
                        && self.peek_at(1).is_some_and(|e| ('0'..='7').contains(&e))
                    {
                        let e = self.s[self.i + 1];
                        self.i += 2;
                        let v = u32::from_str_radix(&format!("{}{}{}", c, d, e), 8).unwrap_or(0);
                        if v > 0o377 {
                            return Err(err(
                                format!(
                                    "octal escape value \\{}{}{} outside of range 0-0o377",
                                    c, d, e
                                ),
                                Some(start),
                            ));
                        }
                        push_literal(&mut self.out, char::from_u32(v).unwrap_or('\0'));
                        return Ok(Item::Atom);
                    }
                    text.push(d);
                    self.i += 1;
                }
                let n: usize = text.parse().unwrap_or(0);
                self.backref(n, start + 1)?;
                return Ok(Item::Atom);
            }
            _ => {}
        }
        let ch = self.char_escape(c, start, false)?;
        push_literal(&mut self.out, ch);
        Ok(Item::Atom)
    }

    /// Writes a backreference to group `n`, checking it exists and is closed.
    fn backref(&mut self, n: usize, pos: usize) -> Result<(), ReError> {
        if n > self.groups || n == 0 {
            return Err(err(format!("invalid group reference {}", n), Some(pos)));
        }
        if self.open.contains(&n) {
            return Err(err("cannot refer to an open group", Some(pos - 1)));
        }
        self.out.push_str(&format!("(?:\\{})", n));
        self.backtracking = true;
        Ok(())
    }

    /// Escapes standing for one character (shared by classes and the top level).
    fn char_escape(&mut self, c: char, start: usize, in_class: bool) -> Result<char, ReError> {
        Ok(match c {
            'a' => '\x07',
            'f' => '\x0c',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\x0b',
            '\\' => '\\',
            'b' if in_class => '\x08',
            'x' | 'u' | 'U' => {
                let n = match c {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut t = String::new();
                while t.len() < n {
                    match self.peek().filter(|d| d.is_ascii_hexdigit()) {
                        Some(d) => {
                            t.push(d);
                            self.i += 1;
                        }
                        None => break,
                    }
                }
                if t.len() < n {
                    return Err(err(format!("incomplete escape \\{}{}", c, t), Some(start)));
                }
                let v = u32::from_str_radix(&t, 16).unwrap_or(u32::MAX);
                match char::from_u32(v) {
                    Some(ch) => ch,
                    None if v <= 0x10ffff => '\u{fffd}',
                    None => return Err(err(format!("bad escape \\{}{}", c, t), Some(start))),
                }
            }
            '0' => {
                let mut t = String::new();
                while t.len() < 2 {
                    match self.peek().filter(|d| ('0'..='7').contains(d)) {
                        Some(d) => {
                            t.push(d);
                            self.i += 1;
                        }
                        None => break,
                    }
                }
                char::from_u32(u32::from_str_radix(&format!("0{}", t), 8).unwrap_or(0))
                    .unwrap_or('\0')
            }
            '1'..='7' if in_class => {
                let mut t = c.to_string();
                while t.len() < 3 {
                    match self.peek().filter(|d| ('0'..='7').contains(d)) {
                        Some(d) => {
                            t.push(d);
                            self.i += 1;
                        }
                        None => break,
                    }
                }
                let v = u32::from_str_radix(&t, 8).unwrap_or(0);
                if v > 0o377 {
                    return Err(err(
                        format!("octal escape value \\{} outside of range 0-0o377", t),
                        Some(start),
                    ));
                }
                char::from_u32(v).unwrap_or('\0')
            }
            '8' | '9' if in_class => {
                return Err(err(format!("bad escape \\{}", c), Some(start)));
            }
            'N' => {
                // `\N{EM DASH}`: a character by its Unicode name.
                if self.peek() != Some('{') {
                    return Err(err("missing {", Some(self.i)));
                }
                self.i += 1;
                let at = self.i;
                let mut name = String::new();
                loop {
                    match self.peek() {
                        None if name.is_empty() => {
                            return Err(err("missing character name", Some(at)))
                        }
                        None => return Err(err("missing }, unterminated name", Some(at))),
                        Some('}') if name.is_empty() => {
                            return Err(err("missing character name", Some(at)))
                        }
                        Some('}') => {
                            self.i += 1;
                            break;
                        }
                        Some(c) => {
                            name.push(c);
                            self.i += 1;
                        }
                    }
                }
                let assigned = |c: &char| {
                    unicode_general_category::get_general_category(*c)
                        != unicode_general_category::GeneralCategory::Unassigned
                };
                match unicode_names2::character(&name).filter(assigned) {
                    Some(ch) => ch,
                    None => {
                        return Err(err(
                            format!("undefined character name '{}'", name),
                            Some(start),
                        ))
                    }
                }
            }
            c if c.is_ascii_alphanumeric() => {
                return Err(err(format!("bad escape \\{}", c), Some(start)));
            }
            c => c,
        })
    }

    /// A character class; `start` is the position of `[`.
    fn class(&mut self, start: usize) -> Result<(), ReError> {
        let mut out = String::from("[");
        if self.peek() == Some('^') {
            self.i += 1;
            out.push('^');
        }
        let ascii = self.flags() & ASCII != 0;
        let first = self.i;
        loop {
            let Some(c) = self.peek() else {
                return Err(err("unterminated character set", Some(start)));
            };
            if c == ']' && self.i > first {
                self.i += 1;
                break;
            }
            let item_start = self.i;
            let lo = self.class_item()?;
            // A range `a-z`, unless the `-` is last.
            if self.peek() == Some('-') && self.peek_at(1).is_some_and(|c| c != ']') {
                self.i += 1;
                if self.peek().is_none() {
                    return Err(err("unterminated character set", Some(start)));
                }
                let hi = self.class_item()?;
                let text: String = self.s[item_start..self.i].iter().collect();
                let (ClassItem::Char(a), ClassItem::Char(b)) = (&lo, &hi) else {
                    return Err(err(
                        format!("bad character range {}", text),
                        Some(item_start),
                    ));
                };
                if b < a {
                    return Err(err(
                        format!("bad character range {}", text),
                        Some(item_start),
                    ));
                }
                push_class_char(&mut out, *a);
                out.push('-');
                push_class_char(&mut out, *b);
            } else {
                match lo {
                    ClassItem::Char(ch) => push_class_char(&mut out, ch),
                    ClassItem::Category(cat) => {
                        let body = category(cat, ascii);
                        if cat.is_ascii_uppercase() {
                            out.push_str("[^");
                            out.push_str(body);
                            out.push(']');
                        } else {
                            out.push_str(body);
                        }
                    }
                }
            }
        }
        out.push(']');
        self.out.push_str(&out);
        Ok(())
    }

    fn class_item(&mut self) -> Result<ClassItem, ReError> {
        let start = self.i;
        let c = self.s[self.i];
        self.i += 1;
        if c != '\\' {
            return Ok(ClassItem::Char(c));
        }
        let Some(e) = self.peek() else {
            return Err(err("bad escape (end of pattern)", Some(start)));
        };
        self.i += 1;
        if matches!(e, 'd' | 'D' | 's' | 'S' | 'w' | 'W') {
            return Ok(ClassItem::Category(e));
        }
        Ok(ClassItem::Char(self.char_escape(e, start, true)?))
    }

    fn group(&mut self, start: usize, depth: usize, at_start: bool) -> Result<Item, ReError> {
        if self.peek() != Some('?') {
            return self.capture(start, depth, None);
        }
        self.i += 1;
        let Some(c) = self.peek() else {
            return Err(err("unexpected end of pattern", Some(self.i)));
        };
        self.i += 1;
        match c {
            ':' => {
                self.out.push_str("(?:");
                self.body(start, depth)?;
                Ok(Item::Atom)
            }
            'P' => match self.peek() {
                Some('<') => {
                    self.i += 1;
                    let name = self.name('>')?;
                    self.capture(start, depth, Some(name))
                }
                Some('=') => {
                    self.i += 1;
                    let at = self.i;
                    let name = self.name(')')?;
                    let Some(&(_, n)) = self.names.iter().find(|(k, _)| *k == name.0) else {
                        return Err(err(format!("unknown group name '{}'", name.0), Some(at)));
                    };
                    if self.open.contains(&n) {
                        return Err(err("cannot refer to an open group", Some(at)));
                    }
                    self.out.push_str(&format!("(?:\\{})", n));
                    self.backtracking = true;
                    Ok(Item::Atom)
                }
                Some(x) => Err(err(format!("unknown extension ?P{}", x), Some(start + 1))),
                None => Err(err("unexpected end of pattern", Some(self.i))),
            },
            '=' | '!' => {
                self.out.push_str(if c == '=' { "(?=" } else { "(?!" });
                self.backtracking = true;
                self.body(start, depth)?;
                Ok(Item::Atom)
            }
            '<' => match self.peek() {
                Some(d @ ('=' | '!')) => {
                    self.i += 1;
                    self.out.push_str(if d == '=' { "(?<=" } else { "(?<!" });
                    self.backtracking = true;
                    self.body(start, depth)?;
                    Ok(Item::Atom)
                }
                Some(x) => Err(err(format!("unknown extension ?<{}", x), Some(start + 1))),
                None => Err(err("unexpected end of pattern", Some(self.i))),
            },
            '#' => {
                loop {
                    match self.peek() {
                        None => return Err(err("missing ), unterminated comment", Some(start))),
                        Some(')') => {
                            self.i += 1;
                            break;
                        }
                        Some(_) => self.i += 1,
                    }
                }
                Ok(Item::Empty)
            }
            '>' => {
                self.out.push_str("(?>");
                self.backtracking = true;
                self.body(start, depth)?;
                Ok(Item::Atom)
            }
            '(' => self.conditional(start, depth),
            c if "aiLmsux-".contains(c) => {
                self.i -= 1;
                self.inline_flags(start, depth, at_start)
            }
            c => Err(err(format!("unknown extension ?{}", c), Some(start + 1))),
        }
    }

    /// A group name up to `end`; returns it with its position.
    fn name(&mut self, end: char) -> Result<(String, usize), ReError> {
        let at = self.i;
        let mut name = String::new();
        loop {
            match self.peek() {
                None if name.is_empty() => return Err(err("missing group name", Some(at))),
                None => return Err(err(format!("missing {}, unterminated name", end), Some(at))),
                Some(c) if c == end => {
                    self.i += 1;
                    break;
                }
                Some(c) => {
                    name.push(c);
                    self.i += 1;
                }
            }
        }
        if name.is_empty() {
            return Err(err("missing group name", Some(at)));
        }
        if !is_identifier(&name) {
            return Err(err(
                format!("bad character in group name '{}'", name),
                Some(at),
            ));
        }
        Ok((name, at))
    }

    fn capture(
        &mut self,
        start: usize,
        depth: usize,
        name: Option<(String, usize)>,
    ) -> Result<Item, ReError> {
        self.groups += 1;
        let n = self.groups;
        if let Some((name, at)) = name {
            if let Some(&(_, old)) = self.names.iter().find(|(k, _)| *k == name) {
                return Err(err(
                    format!(
                        "redefinition of group name '{}' as group {}; was group {}",
                        name, n, old
                    ),
                    Some(at),
                ));
            }
            self.names.push((name, n));
        }
        self.parents.push(self.open.last().copied().unwrap_or(0));
        self.open.push(n);
        self.out.push('(');
        self.body(start, depth)?;
        self.open.pop();
        Ok(Item::Atom)
    }

    /// The rest of a group after its opening: alternatives, then `)`.
    fn body(&mut self, start: usize, depth: usize) -> Result<(), ReError> {
        self.alternation(depth + 1)?;
        if self.restart_verbose {
            return Ok(());
        }
        if self.peek() != Some(')') {
            return Err(err("missing ), unterminated subpattern", Some(start)));
        }
        self.i += 1;
        self.out.push(')');
        Ok(())
    }

    fn conditional(&mut self, start: usize, depth: usize) -> Result<Item, ReError> {
        let at = self.i;
        let mut name = String::new();
        loop {
            match self.peek() {
                None if name.is_empty() => return Err(err("missing group name", Some(at))),
                None => return Err(err("missing ), unterminated name", Some(at))),
                Some(')') => {
                    self.i += 1;
                    break;
                }
                Some(c) => {
                    name.push(c);
                    self.i += 1;
                }
            }
        }
        if name.is_empty() {
            return Err(err("missing group name", Some(at)));
        }
        let n = if let Some(&(_, n)) = self.names.iter().find(|(k, _)| *k == name) {
            n
        } else if name.chars().all(|c| c.is_ascii_digit()) {
            let n: usize = name.parse().unwrap_or(usize::MAX);
            if n == 0 || n > self.groups {
                return Err(err(format!("invalid group reference {}", name), Some(at)));
            }
            n
        } else if is_identifier(&name) {
            return Err(err(format!("unknown group name '{}'", name), Some(at)));
        } else {
            return Err(err(
                format!("bad character in group name '{}'", name),
                Some(at),
            ));
        };
        self.out.push_str(&format!("(?({})", n));
        self.backtracking = true;
        self.sequence(depth + 1, false)?;
        if self.peek() == Some('|') {
            self.i += 1;
            self.out.push('|');
            self.sequence(depth + 1, false)?;
            if self.peek() == Some('|') {
                return Err(err(
                    "conditional backref with more than two branches",
                    Some(self.i),
                ));
            }
        }
        if self.restart_verbose {
            return Ok(Item::Atom);
        }
        if self.peek() != Some(')') {
            return Err(err("missing ), unterminated subpattern", Some(start)));
        }
        self.i += 1;
        self.out.push(')');
        Ok(Item::Atom)
    }

    /// `(?imsx)` global flags or `(?i-s:...)` scoped flags, as sre_parse's
    /// `_parse_flags`; `self.i` is at the first flag letter (or `-`).
    fn inline_flags(
        &mut self,
        start: usize,
        depth: usize,
        at_start: bool,
    ) -> Result<Item, ReError> {
        let bit = |c: char| match c {
            'a' => Some(ASCII),
            'i' => Some(IGNORECASE),
            'L' => Some(LOCALE),
            'm' => Some(MULTILINE),
            's' => Some(DOTALL),
            'u' => Some(UNICODE),
            'x' => Some(VERBOSE),
            _ => None,
        };
        let mut on = 0u32;
        let mut off = 0u32;
        let mut c = self.s[self.i];
        self.i += 1;
        if c != '-' {
            loop {
                if c == 'L' {
                    return Err(err(
                        "bad inline flags: cannot use 'L' flag with a str pattern",
                        Some(self.i),
                    ));
                }
                let flag = bit(c).unwrap_or(0);
                on |= flag;
                if flag & (ASCII | UNICODE) != 0 && on & (ASCII | UNICODE) != flag {
                    return Err(err(
                        "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                        Some(self.i),
                    ));
                }
                let Some(n) = self.peek() else {
                    return Err(err("missing -, : or )", Some(self.i)));
                };
                self.i += 1;
                c = n;
                if ")-:".contains(c) {
                    break;
                }
                if bit(c).is_none() {
                    let msg = if c.is_alphabetic() {
                        "unknown flag"
                    } else {
                        "missing -, : or )"
                    };
                    return Err(err(msg, Some(self.i - 1)));
                }
            }
        }
        if c == ')' {
            if !at_start || depth > 0 {
                return Err(err(
                    "global flags not at the start of the expression",
                    Some(start),
                ));
            }
            let had_verbose = self.global & VERBOSE != 0;
            self.global |= on;
            if let Some(l) = self.local.last_mut() {
                *l |= on;
            }
            if on & VERBOSE != 0 && !had_verbose {
                self.restart_verbose = true;
            }
            return Ok(Item::Empty);
        }
        if c == '-' {
            let Some(n) = self.peek() else {
                return Err(err("missing flag", Some(self.i)));
            };
            self.i += 1;
            c = n;
            if bit(c).is_none() {
                let msg = if c.is_alphabetic() {
                    "unknown flag"
                } else {
                    "missing flag"
                };
                return Err(err(msg, Some(self.i - 1)));
            }
            loop {
                let flag = bit(c).unwrap_or(0);
                if flag & (ASCII | UNICODE | LOCALE) != 0 {
                    return Err(err(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        Some(self.i),
                    ));
                }
                off |= flag;
                let Some(n) = self.peek() else {
                    return Err(err("missing :", Some(self.i)));
                };
                self.i += 1;
                c = n;
                if c == ':' {
                    break;
                }
                if bit(c).is_none() {
                    let msg = if c.is_alphabetic() {
                        "unknown flag"
                    } else {
                        "missing :"
                    };
                    return Err(err(msg, Some(self.i - 1)));
                }
            }
        }
        if on & off != 0 {
            return Err(err(
                "bad inline flags: flag turned on and off",
                Some(self.i - 1),
            ));
        }
        let new = (self.flags() | on) & !off;
        self.local.push(new);
        self.out.push_str(if on & IGNORECASE != 0 {
            "(?i:"
        } else if off & IGNORECASE != 0 {
            "(?-i:"
        } else {
            "(?:"
        });
        let r = self.body(start, depth);
        self.local.pop();
        r?;
        Ok(Item::Atom)
    }
}

enum ClassItem {
    Char(char),
    Category(char),
}

/// Body of a character class for `\d`, `\s`, `\w` (their negations use `[^...]`).
fn category(c: char, ascii: bool) -> &'static str {
    match (c.to_ascii_lowercase(), ascii) {
        ('d', true) => "0-9",
        ('d', false) => "\\d",
        ('s', true) => "\\t\\n\\x0B\\x0C\\r ",
        // str.isspace(): Unicode White_Space plus the four ASCII separators.
        ('s', false) => "\\s\\x1C-\\x1F",
        ('w', true) => "0-9A-Za-z_",
        // str.isalnum() or '_'.
        _ => {
            if ascii {
                "0-9A-Za-z_"
            } else {
                "\\p{L}\\p{N}_"
            }
        }
    }
}

fn push_literal(out: &mut String, c: char) {
    if SPECIAL.contains(c) {
        out.push('\\');
        out.push(c);
    } else if c.is_control() {
        out.push_str(&format!("\\x{{{:X}}}", c as u32));
    } else {
        out.push(c);
    }
}

fn push_class_char(out: &mut String, c: char) {
    if "[]\\^-&~".contains(c) {
        out.push('\\');
        out.push(c);
    } else if c.is_control() {
        out.push_str(&format!("\\x{{{:X}}}", c as u32));
    } else {
        out.push(c);
    }
}

/// Python's `str.isidentifier()`, close enough for group names.
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c.is_alphanumeric())
}
