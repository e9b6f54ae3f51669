//! The backtracking matcher: runs the patterns a finite automaton cannot
//! (look-around, backreferences, atomic groups, possessive repeats,
//! conditionals, repeats too large for an automaton) and CPython's rule that
//! the match after an empty one must not be empty.
//!
//! Owns parsing the pattern text `translate` writes, compiling it to a short
//! instruction list, and running that with an explicit backtrack stack, as
//! CPython's `sre` does, so neither pattern nor text can recurse on the native
//! stack. Every instruction run is a step; every `STEPS_PER_CHECKPOINT` steps
//! the caller's checkpoint runs (the clock, the operation budget, the memory
//! the stack holds), so a search stops at the deadline however the pattern is
//! built. Must not know about the interpreter: limits reach it only through
//! the checkpoint, and it reports nothing but spans.

use regex_syntax::hir::{Class, ClassUnicode, ClassUnicodeRange, HirKind};

/// Steps between two calls of the caller's checkpoint (more when one
/// instruction scans a long run of characters).
pub const STEPS_PER_CHECKPOINT: u64 = 4096;

/// Byte spans of group 0..=groups (`None` for groups that did not take part).
pub type Spans = Vec<Option<(usize, usize)>>;

/// How a run is anchored at its start position.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Anchor {
    /// The first match at or after the start.
    Search,
    /// A match beginning exactly at the start.
    Match,
    /// A match beginning at the start and ending at the end of the text.
    Full,
    /// A non-empty match beginning exactly at the start.
    NonEmpty,
}

/// A compiled pattern.
pub struct Prog {
    insts: Vec<Inst>,
    sets: Vec<CharSet>,
    groups: usize,
    counters: usize,
    empty_rounds: bool,
}

impl Prog {
    /// Compiles pattern text as `translate` writes it. The error is
    /// CPython's message for what this engine cannot run.
    pub fn new(pattern: &str) -> Result<Prog, String> {
        let chars: Vec<char> = pattern.chars().collect();
        let mut parser = Parser {
            s: &chars,
            i: 0,
            flags: Flags {
                ignore_case: false,
                dot_all: false,
                multi_line: false,
                unicode: true,
            },
            groups: 0,
        };
        let node = parser.alternation()?;
        if parser.i < chars.len() {
            return Err(format!(
                "unexpected {:?} in the translated pattern",
                chars[parser.i]
            ));
        }
        let mut c = Compiler {
            insts: Vec::new(),
            sets: Vec::new(),
            counters: 0,
        };
        c.emit(&node)?;
        c.insts.push(Inst::Match);
        Ok(Prog {
            insts: c.insts,
            sets: c.sets,
            groups: parser.groups,
            counters: c.counters,
            empty_rounds: has_empty_rounds(&node),
        })
    }

    /// Whether a repeat can go round matching nothing. CPython stops
    /// repeating there, and so does this machine; an automaton does not,
    /// and may end the match or set the groups elsewhere.
    pub fn has_empty_rounds(&self) -> bool {
        self.empty_rounds
    }

    /// The first match of `text` from byte `start` as `anchor` says.
    /// `checkpoint` gets the steps taken since its last call and the bytes
    /// the backtrack stack holds, and may stop the run with its error.
    pub fn run<E>(
        &self,
        text: &str,
        start: usize,
        anchor: Anchor,
        checkpoint: &mut dyn FnMut(u64, usize) -> Result<(), E>,
    ) -> Result<Option<Spans>, E> {
        let mut m = Machine {
            prog: self,
            text,
            anchor,
            stack: Vec::new(),
            slots: vec![NONE; 2 * (self.groups + 1)],
            counters: vec![(0, NONE); self.counters],
            steps: 0,
            checked_steps: 0,
        };
        let first = self.first_set();
        let mut at = start;
        loop {
            let candidate = match (anchor, first) {
                (Anchor::Search, Some(set)) => {
                    // Skip positions whose first character cannot start a match.
                    match text[at..].char_indices().find(|&(_, c)| set.contains(c)) {
                        Some((k, _)) => at + k,
                        None => return Ok(None),
                    }
                }
                _ => at,
            };
            if let Some(spans) = m.attempt(candidate, checkpoint)? {
                return Ok(Some(spans));
            }
            if anchor != Anchor::Search {
                return Ok(None);
            }
            match text[candidate..].chars().next() {
                Some(c) => at = candidate + c.len_utf8(),
                None => return Ok(None),
            }
        }
    }

    /// The set every match's first character is in, when the program
    /// starts by consuming one.
    fn first_set(&self) -> Option<&CharSet> {
        match self.insts.first()? {
            Inst::Char(set) => Some(&self.sets[*set]),
            Inst::RepeatSet { set, min, .. } if *min > 0 => Some(&self.sets[*set]),
            _ => None,
        }
    }
}

// ----- characters -----

/// A set of characters, with a bitmap for ASCII.
#[derive(Clone, Debug)]
struct CharSet {
    ascii: u128,
    ranges: Vec<(char, char)>,
}

impl CharSet {
    fn from_class(class: &ClassUnicode) -> CharSet {
        let ranges: Vec<(char, char)> = class
            .ranges()
            .iter()
            .map(|r| (r.start(), r.end()))
            .collect();
        let mut ascii = 0u128;
        for &(a, b) in &ranges {
            for c in (a as u32)..=(b as u32).min(127) {
                ascii |= 1 << c;
            }
        }
        CharSet { ascii, ranges }
    }

    fn literal(c: char, ignore_case: bool) -> CharSet {
        let mut class = ClassUnicode::new([ClassUnicodeRange::new(c, c)]);
        if ignore_case {
            class.case_fold_simple();
        }
        CharSet::from_class(&class)
    }

    #[inline]
    fn contains(&self, c: char) -> bool {
        let n = c as u32;
        if n < 128 {
            return self.ascii & (1 << n) != 0;
        }
        self.ranges
            .binary_search_by(|&(a, b)| {
                if b < c {
                    std::cmp::Ordering::Less
                } else if a > c {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Equal
                }
            })
            .is_ok()
    }
}

fn is_word(c: char, unicode: bool) -> bool {
    if unicode {
        regex_syntax::is_word_character(c)
    } else {
        c.is_ascii_alphanumeric() || c == '_'
    }
}

/// Python's case-insensitive comparison of two characters (`lower()` of each).
fn same_ignoring_case(a: char, b: char) -> bool {
    a == b || a.to_lowercase().eq(b.to_lowercase())
}

// ----- parsing -----

#[derive(Clone, Copy)]
struct Flags {
    ignore_case: bool,
    dot_all: bool,
    multi_line: bool,
    unicode: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Look {
    TextStart,
    TextEnd,
    LineStart,
    LineEnd,
    WordBoundary { unicode: bool },
    NotWordBoundary { unicode: bool },
}

enum Node {
    Set(CharSet),
    Assert(Look),
    Concat(Vec<Node>),
    Alternation(Vec<Node>),
    Capture(usize, Box<Node>),
    Repeat {
        node: Box<Node>,
        min: u32,
        max: u32,
        greedy: bool,
        possessive: bool,
    },
    Atomic(Box<Node>),
    LookAround {
        node: Box<Node>,
        negative: bool,
        behind: bool,
    },
    Backref {
        group: usize,
        ignore_case: bool,
    },
    IfGroup {
        group: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
}

/// `max` of a repeat without an upper bound.
const UNBOUNDED: u32 = u32::MAX;

/// Reads the syntax `translate` writes (a subset of fancy-regex's): the
/// nesting is bounded by `translate`'s group-depth check, so recursion here
/// is shallow.
struct Parser<'a> {
    s: &'a [char],
    i: usize,
    flags: Flags,
    groups: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.s.get(self.i).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, c: char) -> Result<(), String> {
        if self.eat(c) {
            Ok(())
        } else {
            Err(format!("expected {:?} in the translated pattern", c))
        }
    }

    fn alternation(&mut self) -> Result<Node, String> {
        let mut branches = vec![self.sequence()?];
        while self.eat('|') {
            branches.push(self.sequence()?);
        }
        Ok(if branches.len() == 1 {
            branches.pop().unwrap_or(Node::Concat(Vec::new()))
        } else {
            Node::Alternation(branches)
        })
    }

    fn sequence(&mut self) -> Result<Node, String> {
        let mut items = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            if let Some(atom) = self.atom()? {
                let item = self.quantified(atom)?;
                items.push(item);
            }
        }
        Ok(Node::Concat(items))
    }

    fn quantified(&mut self, atom: Node) -> Result<Node, String> {
        let (min, max) = match self.peek() {
            Some('*') => (0, UNBOUNDED),
            Some('+') => (1, UNBOUNDED),
            Some('?') => (0, 1),
            Some('{') => {
                self.i += 1;
                let min = self.number()?.unwrap_or(0);
                let max = if self.eat(',') {
                    self.number()?.unwrap_or(UNBOUNDED)
                } else {
                    min
                };
                if self.peek() != Some('}') {
                    return Err("unterminated repeat in the translated pattern".into());
                }
                (min, max)
            }
            _ => return Ok(atom),
        };
        self.i += 1;
        let greedy = !self.eat('?');
        let possessive = greedy && self.eat('+');
        Ok(Node::Repeat {
            node: Box::new(atom),
            min,
            max,
            greedy,
            possessive,
        })
    }

    fn number(&mut self) -> Result<Option<u32>, String> {
        let start = self.i;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.i += 1;
        }
        if start == self.i {
            return Ok(None);
        }
        let text: String = self.s[start..self.i].iter().collect();
        text.parse::<u32>()
            .map(Some)
            .map_err(|_| "the repetition number is too large".to_string())
    }

    /// One atom, or `None` for a flag group that sets flags for the rest.
    fn atom(&mut self) -> Result<Option<Node>, String> {
        let Some(c) = self.peek() else {
            return Err("unexpected end of the translated pattern".into());
        };
        self.i += 1;
        let f = self.flags;
        Ok(Some(match c {
            '(' => return self.group(),
            '[' => self.class()?,
            '\\' => self.escape()?,
            '.' if f.dot_all => Node::Set(CharSet::from_class(&ClassUnicode::new([
                ClassUnicodeRange::new('\0', char::MAX),
            ]))),
            '.' => self.parse_class("[^\\n]")?,
            '^' if f.multi_line => Node::Assert(Look::LineStart),
            '^' => Node::Assert(Look::TextStart),
            '$' if f.multi_line => Node::Assert(Look::LineEnd),
            '$' => Node::Assert(Look::TextEnd),
            c => Node::Set(CharSet::literal(c, f.ignore_case)),
        }))
    }

    fn escape(&mut self) -> Result<Node, String> {
        let Some(c) = self.peek() else {
            return Err("trailing backslash in the translated pattern".into());
        };
        self.i += 1;
        let f = self.flags;
        Ok(match c {
            'A' => Node::Assert(Look::TextStart),
            'z' => Node::Assert(Look::TextEnd),
            'b' => Node::Assert(Look::WordBoundary { unicode: f.unicode }),
            'B' => Node::Assert(Look::NotWordBoundary { unicode: f.unicode }),
            '0'..='9' => {
                self.i -= 1;
                let group = self.number()?.unwrap_or(0) as usize;
                Node::Backref {
                    group,
                    ignore_case: f.ignore_case,
                }
            }
            'x' if self.peek() == Some('{') => {
                self.i += 1;
                let start = self.i;
                while self.peek().is_some_and(|c| c != '}') {
                    self.i += 1;
                }
                let hex: String = self.s[start..self.i].iter().collect();
                self.expect('}')?;
                let ch = u32::from_str_radix(&hex, 16)
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or_else(|| {
                        format!("bad escape \\x{{{}}} in the translated pattern", hex)
                    })?;
                Node::Set(CharSet::literal(ch, f.ignore_case))
            }
            'd' | 'D' | 's' | 'S' | 'w' | 'W' | 'p' | 'P' => {
                let mut text = format!("\\{}", c);
                if matches!(c, 'p' | 'P') && self.peek() == Some('{') {
                    while let Some(d) = self.peek() {
                        self.i += 1;
                        text.push(d);
                        if d == '}' {
                            break;
                        }
                    }
                }
                self.parse_class(&text)?
            }
            'x' => {
                // `\xHH`
                let digits = self.s.get(self.i..self.i + 2).unwrap_or_default();
                let text: String = std::iter::once("\\x".to_string())
                    .chain(digits.iter().map(char::to_string))
                    .collect();
                self.i += digits.len();
                self.parse_class(&text)?
            }
            // `\n`, `\t` and the other letter escapes.
            c if c.is_ascii_alphabetic() => self.parse_class(&format!("\\{}", c))?,
            c => Node::Set(CharSet::literal(c, f.ignore_case)),
        })
    }

    /// A bracketed class: its text goes to regex-syntax, which knows the
    /// Unicode classes and case folding the automaton uses too.
    fn class(&mut self) -> Result<Node, String> {
        let start = self.i - 1;
        let mut depth = 1;
        while depth > 0 {
            match self.peek() {
                None => return Err("unterminated class in the translated pattern".into()),
                Some('\\') => self.i += 2,
                Some('[') => {
                    depth += 1;
                    self.i += 1
                }
                Some(']') => {
                    depth -= 1;
                    self.i += 1
                }
                Some(_) => self.i += 1,
            }
        }
        let end = self.i.min(self.s.len());
        let text: String = self.s[start..end].iter().collect();
        self.parse_class(&text)
    }

    fn parse_class(&self, text: &str) -> Result<Node, String> {
        let hir = regex_syntax::ParserBuilder::new()
            .case_insensitive(self.flags.ignore_case)
            .unicode(self.flags.unicode)
            .build()
            .parse(text)
            .map_err(|e| e.to_string())?;
        let class = match hir.kind() {
            HirKind::Class(Class::Unicode(c)) => c.clone(),
            HirKind::Literal(lit) => {
                let s = std::str::from_utf8(&lit.0).map_err(|e| e.to_string())?;
                ClassUnicode::new(s.chars().map(|c| ClassUnicodeRange::new(c, c)))
            }
            HirKind::Class(Class::Bytes(b)) => ClassUnicode::new(
                b.ranges()
                    .iter()
                    .map(|r| ClassUnicodeRange::new(r.start() as char, r.end() as char)),
            ),
            _ => ClassUnicode::empty(),
        };
        Ok(Node::Set(CharSet::from_class(&class)))
    }

    /// After `(`: a group of any kind.
    fn group(&mut self) -> Result<Option<Node>, String> {
        if !self.eat('?') {
            self.groups += 1;
            let n = self.groups;
            let body = self.body()?;
            return Ok(Some(Node::Capture(n, Box::new(body))));
        }
        let node = match self.peek() {
            Some(':') => {
                self.i += 1;
                self.body()?
            }
            Some(c @ ('=' | '!')) => {
                self.i += 1;
                Node::LookAround {
                    node: Box::new(self.body()?),
                    negative: c == '!',
                    behind: false,
                }
            }
            Some('<') => {
                self.i += 1;
                let negative = match self.peek() {
                    Some('=') => false,
                    Some('!') => true,
                    _ => return Err("bad look-behind in the translated pattern".into()),
                };
                self.i += 1;
                Node::LookAround {
                    node: Box::new(self.body()?),
                    negative,
                    behind: true,
                }
            }
            Some('>') => {
                self.i += 1;
                Node::Atomic(Box::new(self.body()?))
            }
            Some('(') => {
                self.i += 1;
                let group = self.number()?.unwrap_or(0) as usize;
                self.expect(')')?;
                let yes = self.sequence()?;
                let no = if self.eat('|') {
                    self.sequence()?
                } else {
                    Node::Concat(Vec::new())
                };
                self.expect(')')?;
                Node::IfGroup {
                    group,
                    yes: Box::new(yes),
                    no: Box::new(no),
                }
            }
            _ => return self.flag_group(),
        };
        Ok(Some(node))
    }

    /// `(?flags)` for the rest of the pattern or `(?flags:...)` for a group.
    fn flag_group(&mut self) -> Result<Option<Node>, String> {
        let mut on = true;
        let mut flags = self.flags;
        loop {
            let Some(c) = self.peek() else {
                return Err("unterminated flag group in the translated pattern".into());
            };
            self.i += 1;
            match c {
                '-' => on = false,
                'i' => flags.ignore_case = on,
                's' => flags.dot_all = on,
                'm' => flags.multi_line = on,
                'u' => flags.unicode = on,
                ')' => {
                    self.flags = flags;
                    return Ok(None);
                }
                ':' => {
                    let outer = std::mem::replace(&mut self.flags, flags);
                    let body = self.body();
                    self.flags = outer;
                    return body.map(Some);
                }
                c => return Err(format!("unknown flag {:?} in the translated pattern", c)),
            }
        }
    }

    /// A group's alternatives and its `)`.
    fn body(&mut self) -> Result<Node, String> {
        let node = self.alternation()?;
        self.expect(')')?;
        Ok(node)
    }
}

// ----- compiling -----

#[derive(Clone, Copy, Debug)]
enum Inst {
    /// One character in `sets[_]`.
    Char(usize),
    Assert(Look),
    /// Go on at `first`; on failure, at `second`.
    Split {
        first: usize,
        second: usize,
    },
    Jump(usize),
    /// Record the position in capture slot `_`.
    Save(usize),
    Backref {
        group: usize,
        ignore_case: bool,
    },
    /// A repeat of one character, run in one step.
    RepeatSet {
        set: usize,
        min: u32,
        max: u32,
        greedy: bool,
    },
    /// Starts repeat counter `_` at zero.
    RepeatStart(usize),
    /// Decides whether repeat `counter` goes round again (`iterate`) or
    /// goes on (`exit`).
    RepeatLoop {
        counter: usize,
        min: u32,
        max: u32,
        greedy: bool,
        iterate: usize,
        exit: usize,
    },
    /// Counts one more round of repeat `counter` from here; a round past
    /// `min` records where it started.
    RepeatIterate {
        counter: usize,
        min: u32,
    },
    AtomicStart,
    AtomicEnd,
    /// `behind`: the fixed width in characters of a look-behind.
    LookStart {
        negative: bool,
        behind: Option<u32>,
        end: usize,
    },
    LookEnd,
    /// Goes on when group `group` took part, else at `no`.
    IfGroup {
        group: usize,
        no: usize,
    },
    Match,
}

/// Instructions a pattern may compile to: keeps a pattern with huge nested
/// counts from taking unbounded memory.
const MAX_INSTRUCTIONS: usize = 1_000_000;

struct Compiler {
    insts: Vec<Inst>,
    sets: Vec<CharSet>,
    counters: usize,
}

impl Compiler {
    fn push(&mut self, inst: Inst) -> Result<usize, String> {
        if self.insts.len() >= MAX_INSTRUCTIONS {
            return Err("pattern too large for codeact's regular expression engine".into());
        }
        self.insts.push(inst);
        Ok(self.insts.len() - 1)
    }

    fn pc(&self) -> usize {
        self.insts.len()
    }

    fn set(&mut self, set: &CharSet) -> usize {
        self.sets.push(set.clone());
        self.sets.len() - 1
    }

    fn emit(&mut self, node: &Node) -> Result<(), String> {
        match node {
            Node::Set(set) => {
                let i = self.set(set);
                self.push(Inst::Char(i))?;
            }
            Node::Assert(look) => {
                self.push(Inst::Assert(*look))?;
            }
            Node::Concat(items) => {
                for item in items {
                    self.emit(item)?;
                }
            }
            Node::Alternation(branches) => {
                let mut jumps = Vec::new();
                for (k, branch) in branches.iter().enumerate() {
                    if k + 1 == branches.len() {
                        self.emit(branch)?;
                        break;
                    }
                    let split = self.push(Inst::Split {
                        first: 0,
                        second: 0,
                    })?;
                    self.emit(branch)?;
                    jumps.push(self.push(Inst::Jump(0))?);
                    self.insts[split] = Inst::Split {
                        first: split + 1,
                        second: self.pc(),
                    };
                }
                let end = self.pc();
                for j in jumps {
                    self.insts[j] = Inst::Jump(end);
                }
            }
            Node::Capture(group, body) => {
                self.push(Inst::Save(2 * group))?;
                self.emit(body)?;
                self.push(Inst::Save(2 * group + 1))?;
            }
            Node::Repeat {
                node,
                min,
                max,
                greedy,
                possessive,
            } => {
                if *possessive {
                    self.push(Inst::AtomicStart)?;
                    self.repeat(node, *min, *max, true)?;
                    self.push(Inst::AtomicEnd)?;
                } else {
                    self.repeat(node, *min, *max, *greedy)?;
                }
            }
            Node::Atomic(body) => {
                self.push(Inst::AtomicStart)?;
                self.emit(body)?;
                self.push(Inst::AtomicEnd)?;
            }
            Node::LookAround {
                node,
                negative,
                behind,
            } => {
                let behind = if *behind {
                    Some(width(node).ok_or("look-behind requires fixed-width pattern")?)
                } else {
                    None
                };
                let start = self.push(Inst::LookStart {
                    negative: *negative,
                    behind,
                    end: 0,
                })?;
                self.emit(node)?;
                self.push(Inst::LookEnd)?;
                self.insts[start] = Inst::LookStart {
                    negative: *negative,
                    behind,
                    end: self.pc(),
                };
            }
            Node::Backref { group, ignore_case } => {
                self.push(Inst::Backref {
                    group: *group,
                    ignore_case: *ignore_case,
                })?;
            }
            Node::IfGroup { group, yes, no } => {
                let test = self.push(Inst::IfGroup {
                    group: *group,
                    no: 0,
                })?;
                self.emit(yes)?;
                let jump = self.push(Inst::Jump(0))?;
                self.insts[test] = Inst::IfGroup {
                    group: *group,
                    no: self.pc(),
                };
                self.emit(no)?;
                self.insts[jump] = Inst::Jump(self.pc());
            }
        }
        Ok(())
    }

    fn repeat(&mut self, node: &Node, min: u32, max: u32, greedy: bool) -> Result<(), String> {
        if let Node::Set(set) = node {
            let set = self.set(set);
            self.push(Inst::RepeatSet {
                set,
                min,
                max,
                greedy,
            })?;
            return Ok(());
        }
        if (min, max) == (0, 1) {
            let split = self.push(Inst::Split {
                first: 0,
                second: 0,
            })?;
            self.emit(node)?;
            let (body, after) = (split + 1, self.pc());
            self.insts[split] = if greedy {
                Inst::Split {
                    first: body,
                    second: after,
                }
            } else {
                Inst::Split {
                    first: after,
                    second: body,
                }
            };
            return Ok(());
        }
        let counter = self.counters;
        self.counters += 1;
        self.push(Inst::RepeatStart(counter))?;
        let test = self.push(Inst::Jump(0))?;
        self.push(Inst::RepeatIterate { counter, min })?;
        self.emit(node)?;
        self.push(Inst::Jump(test))?;
        self.insts[test] = Inst::RepeatLoop {
            counter,
            min,
            max,
            greedy,
            iterate: test + 1,
            exit: self.pc(),
        };
        Ok(())
    }
}

/// Whether `node` contains a repeat whose body can match nothing.
fn has_empty_rounds(node: &Node) -> bool {
    match node {
        Node::Set(_) | Node::Assert(_) | Node::Backref { .. } => false,
        Node::Concat(items) | Node::Alternation(items) => items.iter().any(has_empty_rounds),
        Node::Capture(_, body) | Node::Atomic(body) => has_empty_rounds(body),
        Node::LookAround { node, .. } => has_empty_rounds(node),
        Node::Repeat { node, max, .. } => {
            (*max > 1 && can_be_empty(node)) || has_empty_rounds(node)
        }
        Node::IfGroup { yes, no, .. } => has_empty_rounds(yes) || has_empty_rounds(no),
    }
}

fn can_be_empty(node: &Node) -> bool {
    match node {
        Node::Set(_) => false,
        Node::Assert(_) | Node::LookAround { .. } | Node::Backref { .. } => true,
        Node::Concat(items) => items.iter().all(can_be_empty),
        Node::Alternation(items) => items.iter().any(can_be_empty),
        Node::Capture(_, body) | Node::Atomic(body) => can_be_empty(body),
        Node::Repeat { node, min, .. } => *min == 0 || can_be_empty(node),
        Node::IfGroup { yes, no, .. } => can_be_empty(yes) || can_be_empty(no),
    }
}

/// The width in characters of every match of `node`, when it is fixed.
fn width(node: &Node) -> Option<u32> {
    match node {
        Node::Set(_) => Some(1),
        Node::Assert(_) | Node::LookAround { .. } => Some(0),
        Node::Concat(items) => items
            .iter()
            .try_fold(0u32, |acc, n| acc.checked_add(width(n)?)),
        Node::Alternation(branches) => {
            let first = width(branches.first()?)?;
            branches
                .iter()
                .all(|b| width(b) == Some(first))
                .then_some(first)
        }
        Node::Capture(_, body) | Node::Atomic(body) => width(body),
        Node::Repeat { node, min, max, .. } if min == max => width(node)?.checked_mul(*min),
        Node::IfGroup { yes, no, .. } => {
            let w = width(yes)?;
            (width(no) == Some(w)).then_some(w)
        }
        Node::Repeat { .. } | Node::Backref { .. } => None,
    }
}

// ----- running -----

/// A capture slot or repeat start that is not set.
const NONE: usize = usize::MAX;

/// An entry of the backtrack stack: a choice to come back to, a value to
/// restore, or the start of an atomic group or look-around.
#[derive(Clone, Copy)]
enum Frame {
    Alternative {
        pc: usize,
        pos: usize,
    },
    /// A greedy one-character repeat at `pos` that may give back characters
    /// down to `min_pos`.
    GiveBack {
        pc: usize,
        min_pos: usize,
        pos: usize,
    },
    /// A lazy one-character repeat at `pos` that may take `left` more.
    TakeMore {
        pc: usize,
        set: usize,
        left: u32,
        pos: usize,
    },
    Slot {
        slot: usize,
        old: usize,
    },
    Counter {
        counter: usize,
        old: (u32, usize),
    },
    Atomic,
    Look {
        negative: bool,
        behind: bool,
        pos: usize,
        end: usize,
    },
}

struct Machine<'a> {
    prog: &'a Prog,
    text: &'a str,
    anchor: Anchor,
    stack: Vec<Frame>,
    slots: Vec<usize>,
    /// Rounds done and the position the last optional round (past `min`)
    /// started at, per repeat.
    counters: Vec<(u32, usize)>,
    steps: u64,
    /// `steps` at the last checkpoint.
    checked_steps: u64,
}

impl Machine<'_> {
    /// One match attempt from `start`.
    fn attempt<E>(
        &mut self,
        start: usize,
        checkpoint: &mut dyn FnMut(u64, usize) -> Result<(), E>,
    ) -> Result<Option<Spans>, E> {
        self.stack.clear();
        self.slots.fill(NONE);
        self.counters.fill((0, NONE));
        let text = self.text;
        let bytes = text.as_bytes();
        let (mut pc, mut pos) = (0usize, start);
        loop {
            self.steps += 1;
            if self.steps - self.checked_steps >= STEPS_PER_CHECKPOINT {
                let steps = self.steps - self.checked_steps;
                self.checked_steps = self.steps;
                checkpoint(steps, self.stack.capacity() * std::mem::size_of::<Frame>())?;
            }
            let ok = match self.prog.insts[pc] {
                Inst::Char(set) => match text[pos..].chars().next() {
                    Some(c) if self.prog.sets[set].contains(c) => {
                        pos += c.len_utf8();
                        pc += 1;
                        true
                    }
                    _ => false,
                },
                Inst::Assert(look) => {
                    let ok = match look {
                        Look::TextStart => pos == 0,
                        Look::TextEnd => pos == text.len(),
                        Look::LineStart => pos == 0 || bytes[pos - 1] == b'\n',
                        Look::LineEnd => pos == text.len() || bytes[pos] == b'\n',
                        Look::WordBoundary { unicode } => self.at_boundary(pos, unicode),
                        // sre: `\B` never matches in an empty text.
                        Look::NotWordBoundary { unicode } => {
                            !text.is_empty() && !self.at_boundary(pos, unicode)
                        }
                    };
                    pc += 1;
                    ok
                }
                Inst::Split { first, second } => {
                    self.stack.push(Frame::Alternative { pc: second, pos });
                    pc = first;
                    true
                }
                Inst::Jump(to) => {
                    pc = to;
                    true
                }
                Inst::Save(slot) => {
                    self.stack.push(Frame::Slot {
                        slot,
                        old: self.slots[slot],
                    });
                    self.slots[slot] = pos;
                    pc += 1;
                    true
                }
                Inst::Backref { group, ignore_case } => {
                    pc += 1;
                    match self.backref(group, ignore_case, pos) {
                        Some(end) => {
                            pos = end;
                            true
                        }
                        None => false,
                    }
                }
                Inst::RepeatSet {
                    set,
                    min,
                    max,
                    greedy,
                } => {
                    pc += 1;
                    let (n, end) = self.take(set, pos, if greedy { max } else { min });
                    self.steps += u64::from(n);
                    if n < min {
                        false
                    } else if greedy {
                        let (_, min_pos) = self.take(set, pos, min);
                        if end > min_pos {
                            self.stack.push(Frame::GiveBack {
                                pc,
                                min_pos,
                                pos: end,
                            });
                        }
                        pos = end;
                        true
                    } else {
                        if max > min {
                            self.stack.push(Frame::TakeMore {
                                pc,
                                set,
                                left: max - min,
                                pos: end,
                            });
                        }
                        pos = end;
                        true
                    }
                }
                Inst::RepeatStart(counter) => {
                    self.set_counter(counter, (0, NONE));
                    pc += 1;
                    true
                }
                Inst::RepeatLoop {
                    counter,
                    min,
                    max,
                    greedy,
                    iterate,
                    exit,
                } => {
                    let (n, last) = self.counters[counter];
                    if n < min {
                        pc = iterate;
                    } else if n >= max || last == pos {
                        // As in sre: no optional round starts where the
                        // last optional round started (it matched nothing).
                        pc = exit;
                    } else if greedy {
                        self.stack.push(Frame::Alternative { pc: exit, pos });
                        pc = iterate;
                    } else {
                        self.stack.push(Frame::Alternative { pc: iterate, pos });
                        pc = exit;
                    }
                    true
                }
                Inst::RepeatIterate { counter, min } => {
                    let (n, last) = self.counters[counter];
                    let last = if n >= min { pos } else { last };
                    self.set_counter(counter, (n.saturating_add(1), last));
                    pc += 1;
                    true
                }
                Inst::AtomicStart => {
                    self.stack.push(Frame::Atomic);
                    pc += 1;
                    true
                }
                Inst::AtomicEnd => {
                    self.cut();
                    pc += 1;
                    true
                }
                Inst::LookStart {
                    negative,
                    behind,
                    end,
                } => match behind {
                    Some(w) => match step_back(text, pos, w) {
                        Some(from) => {
                            self.stack.push(Frame::Look {
                                negative,
                                behind: true,
                                pos,
                                end,
                            });
                            pos = from;
                            pc += 1;
                            true
                        }
                        None if negative => {
                            pc = end;
                            true
                        }
                        None => false,
                    },
                    None => {
                        self.stack.push(Frame::Look {
                            negative,
                            behind: false,
                            pos,
                            end,
                        });
                        pc += 1;
                        true
                    }
                },
                Inst::LookEnd => match self.innermost_look() {
                    Some((negative, behind, at, end)) if !behind || pos == at => {
                        if negative {
                            self.unwind_to_marker();
                            false
                        } else {
                            self.cut();
                            pos = at;
                            pc = end;
                            true
                        }
                    }
                    _ => false,
                },
                Inst::IfGroup { group, no } => {
                    let took_part = self.group_span(group).is_some();
                    pc = if took_part { pc + 1 } else { no };
                    true
                }
                Inst::Match => {
                    let refused = match self.anchor {
                        Anchor::Full => pos != text.len(),
                        Anchor::NonEmpty => pos == start,
                        Anchor::Search | Anchor::Match => false,
                    };
                    if !refused {
                        return Ok(Some(self.spans(start, pos)));
                    }
                    false
                }
            };
            if !ok {
                match self.backtrack() {
                    Some((p, q)) => {
                        pc = p;
                        pos = q;
                    }
                    None => return Ok(None),
                }
            }
        }
    }

    /// How many characters of `sets[set]` follow `from`, up to `most`, and
    /// where they end.
    fn take(&self, set: usize, from: usize, most: u32) -> (u32, usize) {
        let set = &self.prog.sets[set];
        let (mut n, mut end) = (0u32, from);
        for c in self.text[from..].chars() {
            if n == most || !set.contains(c) {
                break;
            }
            end += c.len_utf8();
            n += 1;
        }
        (n, end)
    }

    fn spans(&self, start: usize, end: usize) -> Spans {
        let mut spans = Vec::with_capacity(self.prog.groups + 1);
        spans.push(Some((start, end)));
        for g in 1..=self.prog.groups {
            spans.push(self.group_span(g));
        }
        spans
    }

    fn at_boundary(&self, pos: usize, unicode: bool) -> bool {
        let before = self.text[..pos]
            .chars()
            .next_back()
            .is_some_and(|c| is_word(c, unicode));
        let after = self.text[pos..]
            .chars()
            .next()
            .is_some_and(|c| is_word(c, unicode));
        before != after
    }

    /// Where a backreference to `group` at `pos` ends, if it matches there.
    fn backref(&self, group: usize, ignore_case: bool, pos: usize) -> Option<usize> {
        let (a, b) = self.group_span(group)?;
        let wanted = &self.text[a..b];
        let rest = &self.text[pos..];
        if !ignore_case {
            return rest.starts_with(wanted).then_some(pos + wanted.len());
        }
        let mut end = pos;
        let mut have = rest.chars();
        for w in wanted.chars() {
            let c = have.next()?;
            if !same_ignoring_case(c, w) {
                return None;
            }
            end += c.len_utf8();
        }
        Some(end)
    }

    /// Where `group` matched, if it took part.
    fn group_span(&self, group: usize) -> Option<(usize, usize)> {
        let (a, b) = (*self.slots.get(2 * group)?, *self.slots.get(2 * group + 1)?);
        (a != NONE && b != NONE).then_some((a, b))
    }

    fn set_counter(&mut self, counter: usize, value: (u32, usize)) {
        self.stack.push(Frame::Counter {
            counter,
            old: self.counters[counter],
        });
        self.counters[counter] = value;
    }

    /// The position to resume at after a failure, undoing what the
    /// abandoned path recorded; `None` when no choice is left.
    fn backtrack(&mut self) -> Option<(usize, usize)> {
        while let Some(frame) = self.stack.pop() {
            match frame {
                Frame::Alternative { pc, pos } => return Some((pc, pos)),
                Frame::GiveBack { pc, min_pos, pos } => {
                    let back = self.text[..pos]
                        .chars()
                        .next_back()
                        .map_or(0, char::len_utf8);
                    let pos = pos - back;
                    if pos > min_pos {
                        self.stack.push(Frame::GiveBack { pc, min_pos, pos });
                    }
                    return Some((pc, pos));
                }
                Frame::TakeMore { pc, set, left, pos } => {
                    if let Some(c) = self.text[pos..].chars().next() {
                        if self.prog.sets[set].contains(c) {
                            let pos = pos + c.len_utf8();
                            if left > 1 {
                                self.stack.push(Frame::TakeMore {
                                    pc,
                                    set,
                                    left: left - 1,
                                    pos,
                                });
                            }
                            return Some((pc, pos));
                        }
                    }
                }
                Frame::Slot { slot, old } => self.slots[slot] = old,
                Frame::Counter { counter, old } => self.counters[counter] = old,
                // A negative look-around whose body failed: it holds.
                Frame::Look {
                    negative: true,
                    pos,
                    end,
                    ..
                } => return Some((end, pos)),
                Frame::Look { .. } | Frame::Atomic => {}
            }
        }
        None
    }

    /// The innermost open look-around: (negative, behind, position, end).
    fn innermost_look(&self) -> Option<(bool, bool, usize, usize)> {
        match self.stack[self.marker_index()?] {
            Frame::Look {
                negative,
                behind,
                pos,
                end,
            } => Some((negative, behind, pos, end)),
            _ => None,
        }
    }

    fn marker_index(&self) -> Option<usize> {
        self.stack
            .iter()
            .rposition(|f| matches!(f, Frame::Atomic | Frame::Look { .. }))
    }

    /// Ends the innermost atomic group or positive look-around: its choices
    /// go, what it recorded stays (with the undo entries to take it back).
    fn cut(&mut self) {
        let Some(m) = self.marker_index() else {
            return;
        };
        let mut kept = m;
        for k in m + 1..self.stack.len() {
            if matches!(self.stack[k], Frame::Slot { .. } | Frame::Counter { .. }) {
                self.stack[kept] = self.stack[k];
                kept += 1;
            }
        }
        self.stack.truncate(kept);
    }

    /// Abandons the innermost negative look-around whose body matched,
    /// undoing what the body recorded.
    fn unwind_to_marker(&mut self) {
        while let Some(frame) = self.stack.pop() {
            match frame {
                Frame::Slot { slot, old } => self.slots[slot] = old,
                Frame::Counter { counter, old } => self.counters[counter] = old,
                Frame::Look { .. } | Frame::Atomic => return,
                _ => {}
            }
        }
    }
}

/// The byte position `chars` characters before `pos`, if there are as many.
fn step_back(text: &str, pos: usize, chars: u32) -> Option<usize> {
    let mut at = pos;
    let mut before = text[..pos].chars();
    for _ in 0..chars {
        at -= before.next_back()?.len_utf8();
    }
    Some(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(pattern: &str, text: &str) -> Option<Spans> {
        let prog = Prog::new(pattern).expect("compiles");
        prog.run::<()>(text, 0, Anchor::Search, &mut |_, _| Ok(()))
            .unwrap_or(None)
    }

    #[test]
    fn runs_backtracking_features() {
        assert_eq!(
            find(r"(a|ab)(c|bcd)(d*)", "abcd").map(|s| s[0]),
            Some(Some((0, 4)))
        );
        assert_eq!(
            find(r"(?:(\w)\1)", "xabba").map(|s| s[0]),
            Some(Some((2, 4)))
        );
        assert_eq!(find(r"a(?=b)", "acab").map(|s| s[0]), Some(Some((2, 3))));
        assert_eq!(find(r"(?<=a)b", "bab").map(|s| s[0]), Some(Some((2, 3))));
        assert_eq!(find(r"(?<!a)b", "abb").map(|s| s[0]), Some(Some((2, 3))));
        assert_eq!(find(r"(?>a*)a", "aaa"), None);
        assert_eq!(find(r"a*+b", "aab").map(|s| s[0]), Some(Some((0, 3))));
        assert_eq!(
            find(r"(a)?(?(1)b|c)", "c").map(|s| s[0]),
            Some(Some((0, 1)))
        );
        assert_eq!(find(r"(?:a|b)*?c", "abc").map(|s| s[0]), Some(Some((0, 3))));
        assert_eq!(find(r"(?:(?:)*)*x", "x").map(|s| s[0]), Some(Some((0, 1))));
        assert_eq!(
            find(r"(?i)(a)(?:\1)", "xaA").map(|s| s[1]),
            Some(Some((1, 2)))
        );
    }

    #[test]
    fn look_behind_needs_a_fixed_width() {
        assert_eq!(
            Prog::new(r"(?<=a+)b").err().as_deref(),
            Some("look-behind requires fixed-width pattern")
        );
    }

    #[test]
    fn the_checkpoint_stops_a_run() {
        let prog = Prog::new(r"(?:(?=[^c]*\z)a)*x").expect("compiles");
        let text = "a".repeat(100_000);
        let mut calls = 0;
        let r = prog.run(&text, 0, Anchor::Match, &mut |_, _| {
            calls += 1;
            if calls > 10 {
                Err("stopped")
            } else {
                Ok(())
            }
        });
        assert_eq!(r.err(), Some("stopped"));
    }
}
