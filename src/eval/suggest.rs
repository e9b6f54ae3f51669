//! "Did you mean": the name CPython 3.11 suggests when it prints a NameError or an
//! AttributeError that a failed lookup raised. Owns the candidate lists and CPython's edit
//! distance with its costs and cut-offs, so that the same name is suggested. It must not
//! change the exception's message: `str(e)` has no suggestion, in CPython as here.

use super::Vm;
use crate::value::FailedLookup;

/// A list longer than this is not searched (CPython's `MAX_CANDIDATE_ITEMS`).
const MAX_CANDIDATES: usize = 750;
/// Names longer than this, once their common prefix and suffix are trimmed, never match.
const MAX_NAME_LEN: usize = 40;
/// Cost of inserting, deleting or replacing a character.
const MOVE_COST: usize = 2;
/// Cost of replacing a character by the same letter in the other case.
const CASE_COST: usize = 1;

impl Vm {
    /// The name to suggest after the lookup that failed, if one is close enough: for a
    /// variable, the innermost frame's locals, then the globals, then the builtins and
    /// tools; for an attribute, `dir(obj)`.
    pub fn suggestion(&self, lookup: &FailedLookup) -> Option<String> {
        match lookup {
            FailedLookup::Variable { name, frame } => {
                let locals = frame.as_ref().map(|f| &f.locals[..]).unwrap_or_default();
                closest(name, locals.iter().map(|n| &**n))
                    .or_else(|| closest(name, self.global_names_in_use().iter().map(|n| &**n)))
                    .or_else(|| closest(name, self.fallback_names().iter().map(|n| &**n)))
            }
            FailedLookup::Attribute { name, obj } => {
                closest(name, crate::builtins::dir_names(obj).iter().map(|n| &**n))
            }
        }
    }
}

/// The candidate nearest to `wrong`, the first of equals winning; none when no candidate
/// is within a third of the characters involved.
fn closest<'a>(wrong: &str, candidates: impl ExactSizeIterator<Item = &'a str>) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for candidate in candidates {
        if candidate == wrong {
            continue;
        }
        let mut max_distance = (wrong.len() + candidate.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let distance = distance(wrong.as_bytes(), candidate.as_bytes(), max_distance);
        if distance > max_distance {
            continue;
        }
        if best.is_none_or(|(_, d)| distance < d) {
            best = Some((candidate, distance));
        }
    }
    best.map(|(name, _)| name.to_string())
}

/// Levenshtein distance over UTF-8 bytes with a cheaper case change, or anything above
/// `max` once the result is known to exceed it.
fn distance<'a>(mut a: &'a [u8], mut b: &'a [u8], max: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_NAME_LEN || b.len() > MAX_NAME_LEN {
        return max + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max {
        return max + 1;
    }
    // One row of the matrix, updated in place: row[i] is the cost of turning b[..j] into
    // a[..=i] for the current j.
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (j, &cb) in b.iter().enumerate() {
        let mut diagonal = j * MOVE_COST;
        result = diagonal;
        let mut minimum = usize::MAX;
        for (i, &ca) in a.iter().enumerate() {
            let substitute = diagonal + substitution_cost(cb, ca);
            diagonal = row[i];
            result = (result.min(diagonal) + MOVE_COST).min(substitute);
            row[i] = result;
            minimum = minimum.min(result);
        }
        if minimum > max {
            return max + 1;
        }
    }
    result
}

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}
