//! Text formats of dates and times: `strftime` (glibc's directives in the C
//! locale, plus CPython's `%f`, `%z`, `%Z`), `strptime` (CPython's
//! `_strptime` regexes and rules) and ISO 8601 parsing for `fromisoformat`.
//! Shared with the `time` module. Must not build Python objects: results are
//! plain fields, errors are CPython's messages.

use super::cal;
use crate::modules::re::InternalPattern;

/// Broken-down time handed to `strftime`.
pub struct Tm {
    pub year: i64,
    pub month: i64,
    pub day: i64,
    pub hour: i64,
    pub minute: i64,
    pub second: i64,
    pub microsecond: i64,
    /// Offset from UTC in microseconds (`None` for naive values).
    pub utcoffset: Option<i64>,
    /// Time zone name (`None` for naive values).
    pub tzname: Option<String>,
}

/// `+HHMM[SS[.ffffff]]` for `%z` (no separator) or `+HH:MM[...]` for isoformat.
pub fn format_offset(us: i64, sep: &str) -> String {
    let sign = if us < 0 { '-' } else { '+' };
    let us = us.abs();
    let (h, rest) = (us / 3_600_000_000, us % 3_600_000_000);
    let (m, rest) = (rest / 60_000_000, rest % 60_000_000);
    let (s, f) = (rest / 1_000_000, rest % 1_000_000);
    let mut out = format!("{}{:02}{}{:02}", sign, h, sep, m);
    if s != 0 || f != 0 {
        out.push_str(&format!("{}{:02}", sep, s));
        if f != 0 {
            out.push_str(&format!(".{:06}", f));
        }
    }
    out
}

/// Formats `tm` with `fmt`; `datetime_mode` enables `%f` (CPython's datetime
/// handles it; the time module leaves it to the platform, which prints it as is).
pub fn strftime(fmt: &str, tm: &Tm, datetime_mode: bool) -> String {
    let mut out = String::with_capacity(fmt.len() + 16);
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        let start = i - 1;
        let mut pad: Option<char> = None;
        let mut upper = false;
        while let Some(&f) = chars.get(i) {
            match f {
                '-' => pad = Some('\0'),
                '_' => pad = Some(' '),
                '0' => pad = Some('0'),
                '^' => upper = true,
                '#' => {}
                _ => break,
            }
            i += 1;
        }
        let Some(&d) = chars.get(i) else {
            out.extend(&chars[start..]);
            break;
        };
        i += 1;
        match directive(d, tm, datetime_mode) {
            Some(Field::Num(n, width, default_pad)) => {
                let p = pad.unwrap_or(default_pad);
                let digits = n.abs().to_string();
                if n < 0 {
                    out.push('-');
                }
                if p != '\0' {
                    for _ in digits.len()..width {
                        out.push(p);
                    }
                }
                out.push_str(&digits);
            }
            Some(Field::Text(t)) => {
                if upper {
                    out.push_str(&t.to_uppercase());
                } else {
                    out.push_str(&t);
                }
            }
            None => out.extend(&chars[start..i]),
        }
    }
    out
}

enum Field {
    /// A number, its minimum width and its default padding.
    Num(i64, usize, char),
    Text(String),
}

fn directive(d: char, tm: &Tm, datetime_mode: bool) -> Option<Field> {
    use Field::*;
    let wday = cal::weekday(tm.year, tm.month, tm.day); // Monday = 0
    let yday = cal::day_of_year(tm.year, tm.month, tm.day);
    let hour12 = if tm.hour % 12 == 0 { 12 } else { tm.hour % 12 };
    let sub = |f: &str| Text(strftime(f, tm, datetime_mode));
    Some(match d {
        'a' => Text(cal::DAY_NAMES[wday as usize][..3].to_string()),
        'A' => Text(cal::DAY_NAMES[wday as usize].to_string()),
        'b' | 'h' => Text(cal::MONTH_NAMES[(tm.month - 1) as usize][..3].to_string()),
        'B' => Text(cal::MONTH_NAMES[(tm.month - 1) as usize].to_string()),
        'c' => sub("%a %b %e %H:%M:%S %Y"),
        'C' => Num(tm.year / 100, 1, '0'),
        'd' => Num(tm.day, 2, '0'),
        'D' | 'x' => sub("%m/%d/%y"),
        'e' => Num(tm.day, 2, ' '),
        'F' => sub("%Y-%m-%d"),
        'g' => Num(cal::iso_calendar(tm.year, tm.month, tm.day).0 % 100, 2, '0'),
        'G' => Num(cal::iso_calendar(tm.year, tm.month, tm.day).0, 1, '0'),
        'H' => Num(tm.hour, 2, '0'),
        'I' => Num(hour12, 2, '0'),
        'j' => Num(yday, 3, '0'),
        'k' => Num(tm.hour, 2, ' '),
        'l' => Num(hour12, 2, ' '),
        'm' => Num(tm.month, 2, '0'),
        'M' => Num(tm.minute, 2, '0'),
        'n' => Text("\n".into()),
        'p' => Text(if tm.hour < 12 { "AM" } else { "PM" }.into()),
        'P' => Text(if tm.hour < 12 { "am" } else { "pm" }.into()),
        'r' => sub("%I:%M:%S %p"),
        'R' => sub("%H:%M"),
        's' => {
            let days = cal::ymd_to_ord(tm.year, tm.month, tm.day) - cal::ymd_to_ord(1970, 1, 1);
            let secs = days * 86_400 + tm.hour * 3600 + tm.minute * 60 + tm.second
                - tm.utcoffset.unwrap_or(0).div_euclid(1_000_000);
            Num(secs, 1, '0')
        }
        'S' => Num(tm.second, 2, '0'),
        't' => Text("\t".into()),
        'T' | 'X' => sub("%H:%M:%S"),
        'u' => Num(wday + 1, 1, '0'),
        'U' => Num((yday - 1 + 7 - (wday + 1) % 7) / 7, 2, '0'),
        'V' => Num(cal::iso_calendar(tm.year, tm.month, tm.day).1, 2, '0'),
        'w' => Num((wday + 1) % 7, 1, '0'),
        'W' => Num((yday - 1 + 7 - wday) / 7, 2, '0'),
        'y' => Num(tm.year % 100, 2, '0'),
        'Y' => Num(tm.year, 1, '0'),
        'z' => Text(
            tm.utcoffset
                .map(|o| format_offset(o, ""))
                .unwrap_or_default(),
        ),
        'Z' => Text(tm.tzname.clone().unwrap_or_default()),
        'f' if datetime_mode => Text(format!("{:06}", tm.microsecond)),
        '%' => Text("%".into()),
        _ => return None,
    })
}

/// What `strptime` found.
#[derive(Default)]
pub struct Parsed {
    pub year: i64,
    pub month: i64,
    pub day: i64,
    pub hour: i64,
    pub minute: i64,
    pub second: i64,
    pub microsecond: i64,
    /// `%z`: offset in microseconds.
    pub gmtoff: Option<i64>,
    /// `%Z`: the name as written.
    pub tzname: Option<String>,
    pub weekday: i64,
    pub julian: i64,
}

fn names_alt(names: &[&str], abbrev: bool) -> String {
    names
        .iter()
        .map(|n| {
            if abbrev {
                n[..3].to_lowercase()
            } else {
                n.to_lowercase()
            }
        })
        .collect::<Vec<String>>()
        .join("|")
}

/// The regex for one directive, as CPython's `TimeRE`.
fn directive_regex(d: char) -> Option<String> {
    let named = |name: &str, body: &str| format!("(?P<{}>{})", name, body);
    Some(match d {
        'd' => named("d", r"3[01]|[12]\d|0[1-9]|[1-9]| [1-9]"),
        'f' => named("f", r"[0-9]{1,6}"),
        'H' => named("H", r"2[0-3]|[0-1]\d|\d"),
        'I' => named("I", r"1[0-2]|0[1-9]|[1-9]"),
        'G' => named("G", r"\d\d\d\d"),
        'j' => named(
            "j",
            r"36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]",
        ),
        'm' => named("m", r"1[0-2]|0[1-9]|[1-9]"),
        'M' => named("M", r"[0-5]\d|\d"),
        'S' => named("S", r"6[0-1]|[0-5]\d|\d"),
        'U' => named("U", r"5[0-3]|[0-4]\d|\d"),
        'W' => named("W", r"5[0-3]|[0-4]\d|\d"),
        'w' => named("w", r"[0-6]"),
        'u' => named("u", r"[1-7]"),
        'V' => named("V", r"5[0-3]|0[1-9]|[1-4]\d|\d"),
        'y' => named("y", r"\d\d"),
        'Y' => named("Y", r"\d\d\d\d"),
        'z' => named("z", r"[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z)"),
        'A' => named("A", &names_alt(&cal::DAY_NAMES, false)),
        'a' => named("a", &names_alt(&cal::DAY_NAMES, true)),
        'B' => named("B", &names_alt(&cal::MONTH_NAMES, false)),
        'b' => named("b", &names_alt(&cal::MONTH_NAMES, true)),
        'p' => named("p", "am|pm"),
        'Z' => named("Z", "utc|gmt"),
        '%' => "%".to_string(),
        _ => return None,
    })
}

/// Expands `%c`, `%x`, `%X` and turns a format into CPython's regex.
fn format_regex(format: &str) -> Result<String, String> {
    let format = format
        .replace("%c", "%a %b %d %H:%M:%S %Y")
        .replace("%x", "%m/%d/%y")
        .replace("%X", "%H:%M:%S");
    let mut out = String::from("(?i)");
    let chars: Vec<char> = format.chars().collect();
    let mut i = 0;
    let mut seen: Vec<char> = Vec::new();
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c == '%' {
            let Some(&d) = chars.get(i) else {
                return Err("stray %".into());
            };
            i += 1;
            let Some(mut r) = directive_regex(d) else {
                return Err(format!("bad:{}", d));
            };
            if seen.contains(&d) && d != '%' {
                // A repeated directive must match the same text: a backreference.
                r = format!("(?P={})", d);
            }
            seen.push(d);
            out.push_str(&r);
        } else if c.is_whitespace() {
            while chars.get(i).is_some_and(|c| c.is_whitespace()) {
                i += 1;
            }
            out.push_str(r"\s+");
        } else {
            out.push_str(&crate::modules::re::escape_text(&c.to_string()));
        }
    }
    Ok(out)
}

/// Formats whose regex is kept compiled, as CPython's `_strptime` caches them.
const REGEX_CACHE_LEN: usize = 32;

thread_local! {
    static REGEX_CACHE: std::cell::RefCell<Vec<(String, std::rc::Rc<InternalPattern>)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The compiled regex for a strptime `format`: from the cache, or translated
/// and compiled on a miss. `Ok(None)`: the translation does not compile.
fn compiled(format: &str) -> Result<Option<std::rc::Rc<InternalPattern>>, String> {
    let hit = REGEX_CACHE.with(|c| {
        c.borrow()
            .iter()
            .find(|(f, _)| f == format)
            .map(|(_, r)| r.clone())
    });
    if hit.is_some() {
        return Ok(hit);
    }
    let regex_text = match format_regex(format) {
        Ok(r) => r,
        Err(e) if e == "stray %" => return Err(format!("stray % in format '{}'", format)),
        Err(e) => {
            let d = e.trim_start_matches("bad:");
            return Err(format!("'{}' is a bad directive in format '{}'", d, format));
        }
    };
    let Some(re) = InternalPattern::new(&regex_text) else {
        return Ok(None);
    };
    let re = std::rc::Rc::new(re);
    REGEX_CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= REGEX_CACHE_LEN {
            c.remove(0);
        }
        c.push((format.to_string(), re.clone()));
    });
    Ok(Some(re))
}

/// CPython's `_strptime`: parses `data` with `format`.
pub fn strptime(data: &str, format: &str) -> Result<Parsed, String> {
    let re = compiled(format)?;
    let no_match = || {
        format!(
            "time data {} does not match format {}",
            crate::eval::repr::str_repr(data),
            crate::eval::repr::str_repr(format)
        )
    };
    let re = re.ok_or_else(no_match)?;
    let Some(caps) = re.match_start(data) else {
        return Err(no_match());
    };
    let end = caps.end();
    if end != data.len() {
        return Err(format!("unconverted data remains: {}", &data[end..]));
    }
    let get = |n: &str| re.group(&caps, data, n).map(str::to_string);
    let num = |n: &str| get(n).and_then(|s| s.trim().parse::<i64>().ok());
    let mut p = Parsed {
        year: 1900,
        month: 1,
        day: 1,
        ..Parsed::default()
    };
    if let Some(y) = num("y") {
        p.year = if y <= 68 { y + 2000 } else { y + 1900 };
    }
    if let Some(y) = num("Y") {
        p.year = y;
    }
    let iso_year = num("G");
    if let Some(m) = num("m") {
        p.month = m;
    }
    let month_name = |n: &str, abbrev: bool| {
        get(n).and_then(|s| {
            let s = s.to_lowercase();
            cal::MONTH_NAMES
                .iter()
                .position(|m| {
                    let m = m.to_lowercase();
                    if abbrev {
                        m[..3] == s
                    } else {
                        m == s
                    }
                })
                .map(|i| i as i64 + 1)
        })
    };
    if let Some(m) = month_name("B", false).or_else(|| month_name("b", true)) {
        p.month = m;
    }
    if let Some(d) = num("d") {
        p.day = d;
    }
    if let Some(h) = num("H") {
        p.hour = h;
    }
    if let Some(h) = num("I") {
        let pm = get("p").map(|s| s.to_lowercase() == "pm").unwrap_or(false);
        let am = get("p").is_some() && !pm;
        p.hour = if am && h == 12 {
            0
        } else if pm && h != 12 {
            h + 12
        } else {
            h
        };
    }
    if let Some(m) = num("M") {
        p.minute = m;
    }
    if let Some(s) = num("S") {
        p.second = s;
    }
    if let Some(f) = get("f") {
        let padded = format!("{:0<6}", f);
        p.microsecond = padded.parse().unwrap_or(0);
    }
    let day_name = |n: &str, abbrev: bool| {
        get(n).and_then(|s| {
            let s = s.to_lowercase();
            cal::DAY_NAMES
                .iter()
                .position(|m| {
                    let m = m.to_lowercase();
                    if abbrev {
                        m[..3] == s
                    } else {
                        m == s
                    }
                })
                .map(|i| i as i64)
        })
    };
    let mut weekday = day_name("A", false).or_else(|| day_name("a", true));
    if let Some(w) = num("w") {
        weekday = Some((w + 6) % 7);
    }
    if let Some(u) = num("u") {
        weekday = Some(u - 1);
    }
    let julian = num("j");
    if let Some(z) = get("z") {
        p.gmtoff = Some(parse_z(&z)?);
    }
    if let Some(zn) = get("Z") {
        p.tzname = Some(zn);
    }
    let week_of_year = num("U").map(|w| (w, true)).or(num("W").map(|w| (w, false)));
    let iso_week = num("V");
    let mut julian = julian;
    if julian.is_none() {
        if let (Some(wd), Some((week, sunday_first))) = (weekday, week_of_year) {
            // CPython's _calc_julian_from_U_or_W.
            let first_weekday = cal::weekday(p.year, 1, 1);
            let (first_weekday, wd) = if sunday_first {
                ((first_weekday + 1) % 7, (wd + 1) % 7)
            } else {
                (first_weekday, wd)
            };
            let week_0_length = (7 - first_weekday) % 7;
            julian = Some(if week == 0 {
                1 + wd - first_weekday
            } else {
                let days_to_week = week_0_length + 7 * (week - 1);
                1 + days_to_week + wd
            });
        } else if let (Some(iy), Some(iw), Some(wd)) = (iso_year, iso_week, weekday) {
            let ord = cal::iso_week1_monday(iy) + (iw - 1) * 7 + wd;
            let (y, _, _) = cal::ord_to_ymd(ord);
            p.year = y;
            julian = Some(ord - cal::days_before_year(y));
        } else if iso_year.is_some() || iso_week.is_some() {
            return Err(
                "ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u')."
                    .into(),
            );
        }
    }
    if let Some(j) = julian {
        let (y, m, d) = cal::ord_to_ymd(cal::days_before_year(p.year) + j);
        (p.year, p.month, p.day) = (y, m, d);
    }
    p.julian = julian.unwrap_or(0);
    p.weekday = weekday.unwrap_or(0);
    Ok(p)
}

/// `%z` text to microseconds.
fn parse_z(z: &str) -> Result<i64, String> {
    if z.eq_ignore_ascii_case("z") {
        return Ok(0);
    }
    let mut s = z.to_string();
    if s.len() > 3 && s.as_bytes()[3] == b':' {
        s.remove(3);
        if s.len() > 5 {
            if s.as_bytes()[5] != b':' {
                return Err(format!("Inconsistent use of : in {}", z));
            }
            s.remove(5);
        }
    }
    let sign = if s.starts_with('-') { -1 } else { 1 };
    let digits = &s[1..];
    let num = |a: usize, b: usize| {
        digits
            .get(a..b)
            .and_then(|t| t.parse::<i64>().ok())
            .unwrap_or(0)
    };
    let hours = num(0, 2);
    let minutes = num(2, 4);
    let seconds = num(4, 6);
    let frac = digits
        .get(7..)
        .map(|f| format!("{:0<6}", f).parse::<i64>().unwrap_or(0))
        .unwrap_or(0);
    Ok(sign * ((hours * 3600 + minutes * 60 + seconds) * 1_000_000 + frac))
}

/// An ISO date `YYYY-MM-DD`, `YYYYMMDD` or ISO week date; `None` when invalid.
pub fn parse_iso_date(s: &str) -> Option<(i64, i64, i64)> {
    let b = s.as_bytes();
    let num = |t: &[u8]| -> Option<i64> {
        if t.is_empty() || !t.iter().all(|c| c.is_ascii_digit()) {
            return None;
        }
        std::str::from_utf8(t).ok()?.parse().ok()
    };
    if b.len() < 7 {
        return None;
    }
    let year = num(&b[0..4])?;
    let (rest, extended) = if b[4] == b'-' {
        (&b[5..], true)
    } else {
        (&b[4..], false)
    };
    if rest.first() == Some(&b'W') {
        let week = num(rest.get(1..3)?)?;
        let day = match rest.len() {
            3 => 1,
            n if extended && n == 5 && rest[3] == b'-' => num(&rest[4..5])?,
            n if !extended && n == 4 => num(&rest[3..4])?,
            _ => return None,
        };
        if !(1..=7).contains(&day) {
            return None;
        }
        let jan1 = cal::weekday(year, 1, 1);
        let has_53 = jan1 == 3 || (jan1 == 2 && cal::is_leap(year));
        if week < 1 || week > 53 || (week == 53 && !has_53) {
            return None;
        }
        let ord = cal::iso_week1_monday(year) + (week - 1) * 7 + day - 1;
        return Some(cal::ord_to_ymd(ord));
    }
    let (m, d) = if extended {
        if rest.len() != 5 || rest[2] != b'-' {
            return None;
        }
        (num(&rest[0..2])?, num(&rest[3..5])?)
    } else {
        if rest.len() != 4 {
            return None;
        }
        (num(&rest[0..2])?, num(&rest[2..4])?)
    };
    Some((year, m, d))
}

/// Length of the date part at the start of an ISO datetime string.
pub fn iso_date_len(s: &str) -> usize {
    let b = s.as_bytes();
    if b.len() > 4 && b[4] == b'-' {
        if b.get(5) == Some(&b'W') {
            if b.get(8) == Some(&b'-') {
                10
            } else {
                8
            }
        } else {
            10
        }
    } else if b.len() > 4 && b[4] == b'W' {
        if b.len() > 7 && b[7].is_ascii_digit() {
            8
        } else {
            7
        }
    } else {
        8
    }
}

/// An ISO time `HH[:MM[:SS[.ffffff]]][tz]` (or the basic forms without
/// colons): (hour, minute, second, microsecond, offset in microseconds).
#[allow(clippy::type_complexity)]
pub fn parse_iso_time(s: &str) -> Option<(i64, i64, i64, i64, Option<i64>)> {
    let (clock, tz) = match s.find(['+', '-', 'Z']) {
        Some(i) => (&s[..i], Some(&s[i..])),
        None => (s, None),
    };
    let offset = match tz {
        None => None,
        Some("Z") => Some(0),
        Some(t) => {
            let sign = if t.starts_with('-') { -1 } else { 1 };
            let (h, m, sec, us, _) = parse_clock(&t[1..])?;
            Some(sign * (((h * 60 + m) * 60 + sec) * 1_000_000 + us))
        }
    };
    let (h, m, sec, us, _) = parse_clock(clock)?;
    Some((h, m, sec, us, offset))
}

/// `HH`, `HH:MM`, `HHMM`, `HH:MM:SS`, `HHMMSS`, with an optional fraction.
fn parse_clock(s: &str) -> Option<(i64, i64, i64, i64, ())> {
    let (main, frac) = match s.find(['.', ',']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let b = main.as_bytes();
    let two = |t: &[u8]| -> Option<i64> {
        if t.len() != 2 || !t.iter().all(|c| c.is_ascii_digit()) {
            return None;
        }
        Some(((t[0] - b'0') * 10 + (t[1] - b'0')) as i64)
    };
    let parts: Vec<&[u8]> = if main.contains(':') {
        b.split(|&c| c == b':').collect()
    } else {
        b.chunks(2).collect()
    };
    if parts.is_empty() || parts.len() > 3 {
        return None;
    }
    let h = two(parts[0])?;
    let m = match parts.get(1) {
        Some(p) => two(p)?,
        None => 0,
    };
    let sec = match parts.get(2) {
        Some(p) => two(p)?,
        None => 0,
    };
    let us = match frac {
        None => 0,
        Some(f) => {
            if parts.len() != 3 || f.is_empty() || !f.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            let f6: String = f.chars().take(6).collect();
            format!("{:0<6}", f6).parse().ok()?
        }
    };
    Some((h, m, sec, us, ()))
}
