//! The only module that touches `rustpython-parser`: source text in, AST out,
//! with parse errors turned into our `SyntaxError` carrying line and column.
//!
//! It also guards the parser: source nested deeper than `MAX_NESTING` brackets
//! is refused before parsing, since the parser and the AST's `Drop` recurse.

use rustpython_parser::{ast, Mode};

/// Deepest bracket / indentation nesting accepted in source text.
pub const MAX_NESTING: usize = 200;

/// A syntax error, positioned by 1-based line and column.
#[derive(Debug, Clone)]
pub struct SyntaxError {
    pub message: String,
    pub line: usize,
    pub column: usize,
}

/// Parses a module. Errors name the line and what went wrong.
pub fn parse_module(source: &str) -> Result<Vec<ast::Stmt>, SyntaxError> {
    check_nesting(source)?;
    match rustpython_parser::parse(source, Mode::Module, "<code>") {
        Ok(ast::Mod::Module(m)) => Ok(m.body),
        Ok(_) => Err(SyntaxError {
            message: "expected a module".into(),
            line: 1,
            column: 1,
        }),
        Err(e) => {
            let (line, column) = LineIndex::new(source).position(e.offset.to_usize());
            Err(SyntaxError {
                message: describe(&e.error),
                line,
                column,
            })
        }
    }
}

/// Maps byte offsets to 1-based (line, column).
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts.get(line - 1).copied().unwrap_or(0);
        (line, offset.saturating_sub(start) + 1)
    }
    pub fn line(&self, offset: usize) -> u32 {
        self.position(offset).0 as u32
    }
}

fn describe(error: &rustpython_parser::ParseErrorType) -> String {
    use rustpython_parser::ParseErrorType as P;
    match error {
        P::Eof => "unexpected EOF while parsing".into(),
        P::InvalidToken => "invalid token".into(),
        P::UnrecognizedToken(tok, _) => format!("invalid syntax (unexpected {})", token_name(tok)),
        P::ExtraToken(tok) => format!("invalid syntax (unexpected {})", token_name(tok)),
        P::Lexical(e) => format!("{}", e).trim_end_matches('.').to_string(),
    }
}

fn token_name(tok: &rustpython_parser::Tok) -> String {
    let text = format!("{}", tok);
    if text.is_empty() {
        "token".into()
    } else {
        format!("'{}'", text.trim_matches('\''))
    }
}

/// Refuses source whose bracket nesting exceeds `MAX_NESTING`, before the
/// recursive parser sees it. Strings and comments are skipped roughly; an
/// over-estimate only makes the check stricter on pathological input.
fn check_nesting(source: &str) -> Result<(), SyntaxError> {
    let mut depth = 0usize;
    let mut line = 1usize;
    let mut quote: Option<u8> = None;
    let bytes = source.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match quote {
            Some(q) => {
                if b == b'\\' {
                    i += 1;
                } else if b == q {
                    quote = None;
                } else if b == b'\n' {
                    line += 1;
                }
            }
            None => match b {
                b'#' => {
                    while i < bytes.len() && bytes[i] != b'\n' {
                        i += 1;
                    }
                    continue;
                }
                b'\'' | b'"' => quote = Some(b),
                b'(' | b'[' | b'{' => {
                    depth += 1;
                    if depth > MAX_NESTING {
                        return Err(SyntaxError {
                            message: format!(
                                "too many nested parentheses (more than {})",
                                MAX_NESTING
                            ),
                            line,
                            column: 1,
                        });
                    }
                }
                b')' | b']' | b'}' => depth = depth.saturating_sub(1),
                b'\n' => line += 1,
                _ => {}
            },
        }
        i += 1;
    }
    Ok(())
}
