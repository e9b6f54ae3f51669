//! Which machine runs a pattern. A pattern without backtracking features
//! runs on regex-automata's finite automata: time linear in the text, so
//! nothing to count. Patterns with look-around, backreferences, atomic
//! groups, possessive repeats or conditionals, patterns with a repeat that
//! can go round matching nothing (where CPython's rule differs from an
//! automaton's), patterns too large for an automaton, and CPython's retry
//! for a non-empty match after an empty one run on `backtrack`, which
//! checks in with the caller as it goes.
//!
//! Must not know about the interpreter: the caller's checkpoint carries the
//! limits, and errors come back as text for `re.error`.

use std::cell::OnceCell;

use regex_automata::meta::Regex;
use regex_automata::{Anchored, Input};

use super::backtrack::Prog;
pub use super::backtrack::{Anchor, Spans};

/// A compiled pattern text, as `translate` writes it.
pub struct Engine {
    source: String,
    automaton: Option<Automaton>,
    backtrack: Prog,
}

struct Automaton {
    /// The pattern itself, for searches and anchored matches.
    body: Regex,
    /// The pattern followed by the end of the text, for full matches.
    full: OnceCell<Option<Regex>>,
}

impl Engine {
    /// Compiles `source`; `backtracking` when it uses a feature only the
    /// backtracker runs.
    pub fn new(source: String, backtracking: bool) -> Result<Engine, String> {
        let backtrack = Prog::new(&source)?;
        let automaton = if backtracking || backtrack.has_empty_rounds() {
            None
        } else {
            Regex::new(&source).ok().map(|body| Automaton {
                body,
                full: OnceCell::new(),
            })
        };
        Ok(Engine {
            source,
            automaton,
            backtrack,
        })
    }

    /// The first match in `text` from byte `pos`, anchored as `anchor` says.
    pub fn find<E>(
        &self,
        text: &str,
        pos: usize,
        anchor: Anchor,
        checkpoint: &mut dyn FnMut(u64, usize) -> Result<(), E>,
    ) -> Result<Option<Spans>, E> {
        if let Some(a) = &self.automaton {
            let regex = match anchor {
                Anchor::Search | Anchor::Match => Some(&a.body),
                Anchor::Full => a
                    .full
                    .get_or_init(|| Regex::new(&format!("(?:{})\\z", self.source)).ok())
                    .as_ref(),
                // An automaton finds the preferred match, empty or not;
                // the next-preferred non-empty one needs backtracking.
                Anchor::NonEmpty => None,
            };
            if let Some(regex) = regex {
                return Ok(search(regex, text, pos, anchor != Anchor::Search));
            }
        }
        self.backtrack.run(text, pos, anchor, checkpoint)
    }
}

fn search(regex: &Regex, text: &str, pos: usize, anchored: bool) -> Option<Spans> {
    let input = Input::new(text)
        .span(pos..text.len())
        .anchored(if anchored {
            Anchored::Yes
        } else {
            Anchored::No
        });
    if regex.captures_len() == 1 {
        // No groups: the faster search that finds only where the match is.
        let m = regex.search(&input)?;
        return Some(vec![Some((m.start(), m.end()))]);
    }
    let mut caps = regex.create_captures();
    regex.search_captures(&input, &mut caps);
    if !caps.is_match() {
        return None;
    }
    Some(
        (0..caps.group_len())
            .map(|g| caps.get_group(g).map(|s| (s.start, s.end)))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Patterns over `a`, `b` and newlines from the syntax both machines
    /// run. Only patterns that consume a character are repeated: where a
    /// round of a repeat can match nothing, CPython (and the backtracker)
    /// stop repeating, and an automaton does not. No `\B`: sre's never
    /// matches in an empty text, so `translate` sends it to the backtracker.
    fn pattern() -> impl Strategy<Value = String> {
        let consuming = prop_oneof![
            Just("a".to_string()),
            Just("b".to_string()),
            Just("[ab]".to_string()),
            Just("[^a]".to_string()),
            Just("\\x{A}".to_string()),
            Just("(?s:.)".to_string()),
        ]
        .prop_recursive(2, 8, 2, |inner| {
            prop_oneof![
                (inner.clone(), inner.clone()).prop_map(|(x, y)| format!("{}{}", x, y)),
                (inner.clone(), inner.clone()).prop_map(|(x, y)| format!("(?:{}|{})", x, y)),
                inner.clone().prop_map(|x| format!("({})", x)),
                (
                    inner,
                    prop_oneof![Just("+"), Just("+?"), Just("{1,2}"), Just("{2}")]
                )
                    .prop_map(|(x, q)| format!("(?:{}){}", x, q)),
            ]
        });
        let item = prop_oneof![
            consuming.clone(),
            (
                consuming,
                prop_oneof![Just("*"), Just("?"), Just("*?"), Just("??")]
            )
                .prop_map(|(x, q)| format!("(?:{}){}", x, q)),
            Just("\\b".to_string()),
            Just("(?m:^)".to_string()),
            Just("(?m:$)".to_string()),
            Just("\\z".to_string()),
        ];
        item.prop_recursive(3, 16, 3, |inner| {
            prop_oneof![
                (inner.clone(), inner.clone()).prop_map(|(x, y)| format!("{}{}", x, y)),
                (inner.clone(), inner.clone()).prop_map(|(x, y)| format!("(?:{}|{})", x, y)),
                inner.prop_map(|x| format!("({})", x)),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// The backtracker finds the match and groups the automaton finds,
        /// for every anchoring: the machines must not disagree on a pattern
        /// both can run.
        #[test]
        fn backtracker_agrees_with_the_automaton(
            source in pattern(),
            text in "[ab\n]{0,8}",
            start in 0usize..4,
        ) {
            let Ok(automaton) = Engine::new(source.clone(), false) else {
                return Ok(());
            };
            prop_assume!(automaton.automaton.is_some());
            let backtracker = Engine::new(source.clone(), true).expect("compiles");
            let start = start.min(text.len());
            for anchor in [Anchor::Search, Anchor::Match, Anchor::Full] {
                let spans = |e: &Engine| {
                    e.find::<()>(&text, start, anchor, &mut |_, _| Ok(()))
                        .ok()
                        .flatten()
                };
                prop_assert_eq!(
                    spans(&automaton),
                    spans(&backtracker),
                    "{:?} on {:?} from {} ({:?})",
                    source,
                    text,
                    start,
                    anchor
                );
            }
        }
    }
}
