//! Unicode case operations as CPython 3.11 does them (Unicode 14), where
//! Rust's `char` methods differ: titlecase mappings (`'ß'.title()` is `'Ss'`),
//! full case folding (`'ß'.casefold()` is `'ss'`), titlecase letters (`'ǅ'`),
//! and the final-sigma rule inside `title`, `capitalize` and `swapcase`.
//!
//! Pure functions on text; no interpreter state.

/// Chars whose titlecase differs from both their uppercase and themselves:
/// each space-separated entry is the char followed by its titlecase.
const TITLE: &str = "ßSs Ǆǅ ǆǅ Ǉǈ ǉǈ Ǌǋ ǌǋ Ǳǲ ǳǲ ևԵւ ᾀᾈ ᾁᾉ ᾂᾊ ᾃᾋ ᾄᾌ ᾅᾍ ᾆᾎ ᾇᾏ ᾐᾘ ᾑᾙ ᾒᾚ ᾓᾛ \
    ᾔᾜ ᾕᾝ ᾖᾞ ᾗᾟ ᾠᾨ ᾡᾩ ᾢᾪ ᾣᾫ ᾤᾬ ᾥᾭ ᾦᾮ ᾧᾯ ᾲᾺ\u{345} ᾳᾼ ᾴΆ\u{345} \
    ᾷΑ\u{342}\u{345} ῂῊ\u{345} ῃῌ ῄΉ\u{345} ῇΗ\u{342}\u{345} ῲῺ\u{345} ῳῼ \
    ῴΏ\u{345} ῷΩ\u{342}\u{345} ﬀFf ﬁFi ﬂFl ﬃFfi ﬄFfl ﬅSt ﬆSt ﬓՄն ﬔՄե ﬕՄի \
    ﬖՎն ﬗՄխ";

/// Chars whose full case folding differs from their lowercase (Cherokee, which
/// folds to uppercase, is handled in `casefold`): the char, then its folding.
const FOLD: &str = "µμ ßss ŉʼn ſs ǰj\u{30c} \u{345}ι ΐι\u{308}\u{301} ΰυ\u{308}\u{301} ςσ \
    ϐβ ϑθ ϕφ ϖπ ϰκ ϱρ ϵε ևեւ ᲀв ᲁд ᲂо ᲃс ᲄт ᲅт ᲆъ ᲇѣ ᲈꙋ ẖh\u{331} \
    ẗt\u{308} ẘw\u{30a} ẙy\u{30a} ẚaʾ ẛṡ ẞss ὐυ\u{313} ὒυ\u{313}\u{300} \
    ὔυ\u{313}\u{301} ὖυ\u{313}\u{342} ᾀἀι ᾁἁι ᾂἂι ᾃἃι ᾄἄι ᾅἅι ᾆἆι ᾇἇι ᾈἀι \
    ᾉἁι ᾊἂι ᾋἃι ᾌἄι ᾍἅι ᾎἆι ᾏἇι ᾐἠι ᾑἡι ᾒἢι ᾓἣι ᾔἤι ᾕἥι ᾖἦι ᾗἧι ᾘἠι ᾙἡι \
    ᾚἢι ᾛἣι ᾜἤι ᾝἥι ᾞἦι ᾟἧι ᾠὠι ᾡὡι ᾢὢι ᾣὣι ᾤὤι ᾥὥι ᾦὦι ᾧὧι ᾨὠι ᾩὡι ᾪὢι \
    ᾫὣι ᾬὤι ᾭὥι ᾮὦι ᾯὧι ᾲὰι ᾳαι ᾴάι ᾶα\u{342} ᾷα\u{342}ι ᾼαι ιι ῂὴι ῃηι \
    ῄήι ῆη\u{342} ῇη\u{342}ι ῌηι ῒι\u{308}\u{300} ΐι\u{308}\u{301} \
    ῖι\u{342} ῗι\u{308}\u{342} ῢυ\u{308}\u{300} ΰυ\u{308}\u{301} \
    ῤρ\u{313} ῦυ\u{342} ῧυ\u{308}\u{342} ῲὼι ῳωι ῴώι ῶω\u{342} ῷω\u{342}ι \
    ῼωι ﬀff ﬁfi ﬂfl ﬃffi ﬄffl ﬅst ﬆst ﬓմն ﬔմե ﬕմի ﬖվն ﬗմխ";

fn lookup(table: &'static str, c: char) -> Option<&'static str> {
    table
        .split(' ')
        .find_map(|entry| entry.strip_prefix(c).filter(|rest| !rest.is_empty()))
}

/// Letters of general category Lt.
pub fn is_titlecase(c: char) -> bool {
    matches!(c as u32, 0x1c5 | 0x1c8 | 0x1cb | 0x1f2 | 0x1f88..=0x1f8f | 0x1f98..=0x1f9f
        | 0x1fa8..=0x1faf | 0x1fbc | 0x1fcc | 0x1ffc)
}

/// Unicode's Cased property: what `title` treats as part of a word.
pub fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

fn push_title(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if is_titlecase(c) || matches!(c as u32, 0x10d0..=0x10fa | 0x10fd..=0x10ff) {
        out.push(c);
    } else if let Some(t) = lookup(TITLE, c) {
        out.push_str(t);
    } else {
        out.extend(c.to_uppercase());
    }
}

/// Maps each char of `s`: `lower(index, c)` says whether to lowercase it (Σ by
/// the final-sigma rule of the whole string, as `str.lower`); `other` pushes it otherwise.
fn map_chars(
    s: &str,
    mut lower: impl FnMut(usize, char) -> bool,
    other: impl Fn(&mut String, char),
) -> String {
    let lowered = s.to_lowercase();
    let mut low = lowered.chars();
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        let n = c.to_lowercase().count();
        if lower(i, c) {
            out.extend(low.by_ref().take(n));
        } else {
            low.by_ref().take(n).for_each(drop);
            other(&mut out, c);
        }
    }
    out
}

/// `str.title`.
pub fn title(s: &str) -> String {
    let mut prev_cased = false;
    map_chars(
        s,
        |_, c| std::mem::replace(&mut prev_cased, is_cased(c)),
        push_title,
    )
}

/// `str.capitalize`: the first char titlecased, the rest lowercased.
pub fn capitalize(s: &str) -> String {
    map_chars(s, |i, _| i > 0, push_title)
}

/// `str.swapcase`.
pub fn swapcase(s: &str) -> String {
    map_chars(
        s,
        |_, c| c.is_uppercase(),
        |out, c| {
            if c.is_lowercase() {
                out.extend(c.to_uppercase())
            } else {
                out.push(c)
            }
        },
    )
}

/// `str.casefold`.
pub fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c as u32 {
            0x13a0..=0x13f5 => out.push(c),
            0x13f8..=0x13fd => out.extend(char::from_u32(c as u32 - 8)),
            0xab70..=0xabbf => out.extend(char::from_u32(c as u32 - 0xab70 + 0x13a0)),
            _ => match lookup(FOLD, c) {
                Some(f) => out.push_str(f),
                None => out.extend(c.to_lowercase()),
            },
        }
    }
    out
}

/// `str.istitle`: upper/titlecase only after uncased, lowercase only after cased.
pub fn istitle(s: &str) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `str.isupper`: some cased char, and none lowercase or titlecase.
pub fn isupper(s: &str) -> bool {
    s.chars().any(|c| c.is_uppercase()) && !s.chars().any(|c| c.is_lowercase() || is_titlecase(c))
}

/// `str.islower`: some cased char, and none uppercase or titlecase.
pub fn islower(s: &str) -> bool {
    s.chars().any(|c| c.is_lowercase()) && !s.chars().any(|c| c.is_uppercase() || is_titlecase(c))
}
