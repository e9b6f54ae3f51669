//! Proleptic Gregorian calendar arithmetic, as CPython's `_datetimemodule.c`:
//! ordinals (0001-01-01 is day 1), weekdays, ISO weeks and day counts.
//! Pure integer functions; must not know about Python values.

pub const MINYEAR: i64 = 1;
pub const MAXYEAR: i64 = 9999;
/// Ordinal of 9999-12-31.
pub const MAX_ORDINAL: i64 = 3_652_059;
pub const US_PER_SECOND: i64 = 1_000_000;
pub const US_PER_DAY: i64 = 86_400 * US_PER_SECOND;

pub fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

pub fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days in the year before the first day of month `m`.
pub fn days_before_month(y: i64, m: i64) -> i64 {
    const BEFORE: [i64; 13] = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    BEFORE[m.clamp(1, 12) as usize] + (m > 2 && is_leap(y)) as i64
}

/// Days before January 1st of year `y`.
pub fn days_before_year(y: i64) -> i64 {
    let y = y - 1;
    y * 365 + y / 4 - y / 100 + y / 400
}

pub fn ymd_to_ord(y: i64, m: i64, d: i64) -> i64 {
    days_before_year(y) + days_before_month(y, m) + d
}

/// Year, month and day of an ordinal (1 is 0001-01-01).
pub fn ord_to_ymd(ord: i64) -> (i64, i64, i64) {
    let n = ord - 1;
    let (n400, n) = (n.div_euclid(146_097), n.rem_euclid(146_097));
    let (n100, n) = (n / 36_524, n % 36_524);
    let (n4, n) = (n / 1_461, n % 1_461);
    let (n1, n) = (n / 365, n % 365);
    let year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1;
    if n1 == 4 || n100 == 4 {
        return (year - 1, 12, 31);
    }
    let mut month = (n + 50) >> 5;
    let mut preceding = days_before_month(year, month);
    if preceding > n {
        month -= 1;
        preceding = days_before_month(year, month);
    }
    (year, month, n - preceding + 1)
}

/// Monday is 0.
pub fn weekday(y: i64, m: i64, d: i64) -> i64 {
    (ymd_to_ord(y, m, d) + 6) % 7
}

/// Ordinal of the Monday starting ISO week 1 of `year`.
pub fn iso_week1_monday(year: i64) -> i64 {
    let first = days_before_year(year) + 1;
    let first_weekday = (first + 6) % 7;
    let mut monday = first - first_weekday;
    if first_weekday > 3 {
        monday += 7;
    }
    monday
}

/// ISO year, week (1..=53) and weekday (1..=7).
pub fn iso_calendar(y: i64, m: i64, d: i64) -> (i64, i64, i64) {
    let ord = ymd_to_ord(y, m, d);
    let mut year = y;
    let mut week1 = iso_week1_monday(year);
    let mut diff = ord - week1;
    if diff < 0 {
        year -= 1;
        week1 = iso_week1_monday(year);
        diff = ord - week1;
    } else if diff >= 52 * 7 && ord >= iso_week1_monday(year + 1) {
        year += 1;
        diff = ord - iso_week1_monday(year);
    }
    (year, diff / 7 + 1, diff % 7 + 1)
}

/// Day of the year, 1-based.
pub fn day_of_year(y: i64, m: i64, d: i64) -> i64 {
    days_before_month(y, m) + d
}

/// Validates a date, returning CPython's ValueError message when invalid.
pub fn check_date(y: i64, m: i64, d: i64) -> Result<(), String> {
    if !(MINYEAR..=MAXYEAR).contains(&y) {
        return Err(format!("year {} is out of range", y));
    }
    if !(1..=12).contains(&m) {
        return Err("month must be in 1..12".into());
    }
    if d < 1 || d > days_in_month(y, m) {
        return Err("day is out of range for month".into());
    }
    Ok(())
}

/// Validates a time of day, returning CPython's ValueError message when invalid.
pub fn check_time(h: i64, mi: i64, s: i64, us: i64, fold: i64) -> Result<(), String> {
    if !(0..=23).contains(&h) {
        return Err("hour must be in 0..23".into());
    }
    if !(0..=59).contains(&mi) {
        return Err("minute must be in 0..59".into());
    }
    if !(0..=59).contains(&s) {
        return Err("second must be in 0..59".into());
    }
    if !(0..=999_999).contains(&us) {
        return Err("microsecond must be in 0..999999".into());
    }
    if fold != 0 && fold != 1 {
        return Err("fold must be either 0 or 1".into());
    }
    Ok(())
}

pub const DAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
