//! Reading calendar dates and times as news pages and containers write them.
//!
//! One small tokenizer (numbers, words, punctuation, with byte offsets) feeds
//! pattern readers for the forms that occur in datelines, captions and feed
//! metadata:
//!
//! | form | example |
//! |---|---|
//! | day month [year] | `15 October 2025`, `15 Oct. 2025`, `15 октября` |
//! | month day[, year] | `Oct. 15, 2025`, `October 15th` |
//! | numeric day-first | `15.10.2025`, `15/10/2025` |
//! | ISO | `2025-10-15`, `2025-10-15T17:34:00+03:00` |
//! | time | `17:34`, `5:34 pm`, `17:34:08 GMT`, `+0300` |
//! | RFC 2822 | `Wed, 15 Oct 2025 17:34:00 +0300` |
//!
//! Results are validated (month 1–12, day within the month) so that
//! `31.02.2025` or a version number is never taken for a date.

use sitrep_core::calendar;

/// A date (and possibly a time) as read from text; the year may be missing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateParts {
    pub year: Option<i32>,
    pub month: u32,
    pub day: u32,
    /// Hours, minutes, seconds.
    pub time: Option<(u32, u32, u32)>,
    /// UTC offset as ISO 8601 writes it (`Z`, `+03:00`), when one was given.
    pub offset: Option<String>,
}

impl DateParts {
    /// ISO 8601 rendering with the given year: `2025-10-15T17:34:00[+03:00]`
    /// when a time is known, else `2025-10-15`. `None` when the day does not
    /// exist in that year (29 February of a common year).
    pub fn to_iso(&self, year: i32) -> Option<String> {
        if !(1..=12).contains(&self.month)
            || self.day == 0
            || self.day > days_in_month(year, self.month)
        {
            return None;
        }
        let mut out = format!("{year:04}-{:02}-{:02}", self.month, self.day);
        if let Some((h, m, s)) = self.time {
            out.push_str(&format!("T{h:02}:{m:02}:{s:02}"));
            if let Some(offset) = &self.offset {
                out.push_str(offset);
            }
        }
        Some(out)
    }
}

/// Number of days in a month of the proleptic Gregorian calendar; 0 for an
/// invalid month.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    u8::try_from(month).map_or(0, |m| u32::from(calendar::days_in_month(year, m)))
}

/// Day of the week, 0 = Monday … 6 = Sunday; the month is clamped to 1-12
/// and the day may overflow into the next month, as dateline checks expect.
pub fn weekday(year: i32, month: u32, day: u32) -> u32 {
    let month = month.clamp(1, 12) as u8;
    let first = calendar::Ymd {
        year,
        month,
        day: 1,
    };
    let date = first.add_days(i64::from(day) - 1);
    u32::from(date.weekday()) - 1
}

/// A token of a date phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tok<'a> {
    /// A run of ASCII digits (longer runs than 9 digits are words).
    Num {
        value: u32,
        digits: u8,
    },
    /// A run of letters, lower-cased lazily by the readers.
    Word(&'a str),
    Punct(char),
}

/// A token with its byte range in the tokenized string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub tok: Tok<'a>,
    pub start: usize,
    pub end: usize,
}

/// Splits `s` into digit runs, letter runs and single punctuation marks;
/// whitespace separates tokens and is dropped.
pub fn tokenize(s: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut iter = s.char_indices().peekable();
    while let Some((start, c)) = iter.next() {
        if c.is_whitespace() {
            continue;
        }
        let same_class = |d: char| {
            if c.is_ascii_digit() {
                d.is_ascii_digit()
            } else {
                d.is_alphabetic()
            }
        };
        if c.is_ascii_digit() || c.is_alphabetic() {
            let mut end = start + c.len_utf8();
            while let Some(&(i, d)) = iter.peek() {
                if !same_class(d) {
                    break;
                }
                end = i + d.len_utf8();
                iter.next();
            }
            let text = &s[start..end];
            let tok = if c.is_ascii_digit() && text.len() <= 9 {
                Tok::Num {
                    value: text.parse().unwrap_or(0),
                    digits: text.len() as u8,
                }
            } else {
                Tok::Word(text)
            };
            out.push(Token { tok, start, end });
        } else {
            out.push(Token {
                tok: Tok::Punct(c),
                start,
                end: start + c.len_utf8(),
            });
        }
    }
    out
}

/// Month number of an English month name or abbreviation (`Oct`, `Sept`),
/// or of a Russian month name in any case form (`октября`).
pub fn month_from_word(word: &str) -> Option<u32> {
    let w = word.to_lowercase();
    const EN: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    if w.len() >= 3 {
        for (i, name) in EN.iter().enumerate() {
            if *name == w || (w.len() <= 4 && name.starts_with(&w) && (w.len() == 3 || w == "sept"))
            {
                return Some(i as u32 + 1);
            }
        }
    }
    const RU: [&str; 12] = [
        "январ",
        "феврал",
        "март",
        "апрел",
        "ма",
        "июн",
        "июл",
        "август",
        "сентябр",
        "октябр",
        "ноябр",
        "декабр",
    ];
    for (i, stem) in RU.iter().enumerate() {
        if let Some(rest) = w.strip_prefix(stem) {
            let ok = if i == 4 {
                matches!(rest, "й" | "я" | "е" | "ю")
            } else {
                rest.chars().count() <= 2
            };
            if ok {
                return Some(i as u32 + 1);
            }
        }
    }
    None
}

/// Whether `word` names a day of the week (English, full or abbreviated, or
/// Russian).
pub fn is_weekday(word: &str) -> bool {
    let w = word.to_lowercase();
    const EN: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    const RU: [&str; 7] = [
        "понедельник",
        "вторник",
        "сред",
        "четверг",
        "пятниц",
        "суббот",
        "воскресень",
    ];
    EN.iter()
        .any(|d| *d == w || ((3..=4).contains(&w.len()) && d.starts_with(w.as_str())))
        || RU
            .iter()
            .any(|d| w.starts_with(d) && w.chars().count() <= d.chars().count() + 2)
}

fn num(tokens: &[Token], i: usize) -> Option<(u32, u8)> {
    match tokens.get(i)?.tok {
        Tok::Num { value, digits } => Some((value, digits)),
        _ => None,
    }
}

fn punct(tokens: &[Token], i: usize) -> Option<char> {
    match tokens.get(i)?.tok {
        Tok::Punct(c) => Some(c),
        _ => None,
    }
}

fn word<'a>(tokens: &[Token<'a>], i: usize) -> Option<&'a str> {
    match tokens.get(i)?.tok {
        Tok::Word(w) => Some(w),
        _ => None,
    }
}

/// A four-digit year at `i` that is not the hour of a following `hh:mm`.
fn year_at(tokens: &[Token], i: usize) -> Option<i32> {
    let (value, digits) = num(tokens, i)?;
    (digits == 4 && (1800..=2200).contains(&value) && punct(tokens, i + 1) != Some(':'))
        .then_some(value as i32)
}

/// Reads a date (without time) starting at token `i`; returns the parts and
/// the index after the last token used.
pub fn read_date(tokens: &[Token], i: usize) -> Option<(DateParts, usize)> {
    let parts = |year, month, day| DateParts {
        year,
        month,
        day,
        time: None,
        offset: None,
    };
    let valid = |month: u32, day: u32| {
        (1..=12).contains(&month) && day >= 1 && day <= days_in_month(2024, month)
    };
    // ISO / year-first numeric: 2025-10-15, 2025/10/15, 2025.10.15
    if let (Some((y, 4)), Some(sep @ ('-' | '/' | '.'))) = (num(tokens, i), punct(tokens, i + 1)) {
        if let (Some((m, 1..=2)), Some(sep2), Some((d, 1..=2))) =
            (num(tokens, i + 2), punct(tokens, i + 3), num(tokens, i + 4))
        {
            if sep2 == sep && valid(m, d) && (1800..=2200).contains(&y) {
                return Some((parts(Some(y as i32), m, d), i + 5));
            }
        }
        return None;
    }
    // Day-first numeric: 15.10.2025, 15/10/2025, 15-10-2025.
    if let (Some((a, 1..=2)), Some(sep @ ('.' | '/' | '-'))) =
        (num(tokens, i), punct(tokens, i + 1))
    {
        if let (Some((b, 1..=2)), Some(sep2), Some((y, ydigits @ (2 | 4)))) =
            (num(tokens, i + 2), punct(tokens, i + 3), num(tokens, i + 4))
        {
            if sep2 == sep && punct(tokens, i + 5) != Some(':') {
                let year = if ydigits == 2 {
                    2000 + y as i32
                } else {
                    y as i32
                };
                // Day-first unless only month-first is possible (US 10/15/2025).
                let (month, day) = if a > 12 || sep != '/' || b <= 12 {
                    (b, a)
                } else {
                    (a, b)
                };
                if valid(month, day) && (1800..=2200).contains(&year) {
                    return Some((parts(Some(year), month, day), i + 5));
                }
            }
        }
    }
    // Day month [year]: 15 October 2025, 15th Oct., 15. Oktober is not read.
    if let Some((d, 1..=2)) = num(tokens, i) {
        let mut j = i + 1;
        if word(tokens, j).is_some_and(is_ordinal_suffix) {
            j += 1;
        }
        if matches!(punct(tokens, j), Some('.'))
            && word(tokens, j + 1).and_then(month_from_word).is_some()
        {
            j += 1;
        }
        let m = word(tokens, j).and_then(month_from_word)?;
        j += 1;
        if punct(tokens, j) == Some('.') {
            j += 1;
        }
        let mut year = None;
        let mut k = j;
        if punct(tokens, k) == Some(',') {
            k += 1;
        }
        if let Some(y) = year_at(tokens, k) {
            year = Some(y);
            j = k + 1;
        }
        return valid(m, d).then(|| (parts(year, m, d), j));
    }
    // Month day[, year]: Oct. 15, 2025; October 15th
    if let Some(m) = word(tokens, i).and_then(month_from_word) {
        let mut j = i + 1;
        if punct(tokens, j) == Some('.') {
            j += 1;
        }
        let (d, 1..=2) = num(tokens, j)? else {
            return None;
        };
        if punct(tokens, j + 1) == Some(':') {
            return None;
        }
        j += 1;
        if word(tokens, j).is_some_and(is_ordinal_suffix) {
            j += 1;
        }
        let mut year = None;
        let mut k = j;
        if punct(tokens, k) == Some(',') {
            k += 1;
        }
        if let Some(y) = year_at(tokens, k) {
            year = Some(y);
            j = k + 1;
        }
        return valid(m, d).then(|| (parts(year, m, d), j));
    }
    None
}

fn is_ordinal_suffix(w: &str) -> bool {
    matches!(w.to_ascii_lowercase().as_str(), "st" | "nd" | "rd" | "th")
}

/// A time read by [`read_time`]: `(h, m, s)`, the UTC offset, and the index
/// of the next token.
pub type TimeRead = ((u32, u32, u32), Option<String>, usize);

/// Reads a time of day at token `i` (`17:34`, `5:34 pm`, `17:34:08.123`,
/// with an optional zone), returning `(h, m, s)`, the offset and the index
/// after it.
pub fn read_time(tokens: &[Token], i: usize) -> Option<TimeRead> {
    let (mut h, 1..=2) = num(tokens, i)? else {
        return None;
    };
    if punct(tokens, i + 1) != Some(':') {
        return None;
    }
    let (m, 2) = num(tokens, i + 2)? else {
        return None;
    };
    let mut j = i + 3;
    let mut s = 0;
    if punct(tokens, j) == Some(':') {
        if let Some((sec, 2)) = num(tokens, j + 1) {
            s = sec;
            j += 2;
        }
    }
    if punct(tokens, j) == Some('.') && num(tokens, j + 1).is_some() {
        j += 2;
    }
    // am / pm, also written a.m. / p.m.
    let meridiem = match word(tokens, j).map(str::to_ascii_lowercase).as_deref() {
        Some("am") => Some((false, 1)),
        Some("pm") => Some((true, 1)),
        Some(w @ ("a" | "p"))
            if punct(tokens, j + 1) == Some('.') && word(tokens, j + 2) == Some("m") =>
        {
            Some((
                w == "p",
                if punct(tokens, j + 3) == Some('.') {
                    4
                } else {
                    3
                },
            ))
        }
        _ => None,
    };
    if let Some((pm, used)) = meridiem {
        if !(1..=12).contains(&h) {
            return None;
        }
        h = match (pm, h) {
            (false, 12) => 0,
            (true, 12) => 12,
            (true, h) => h + 12,
            (false, h) => h,
        };
        j += used;
    }
    if h > 23 || m > 59 || s > 60 {
        return None;
    }
    let (offset, after) = read_zone(tokens, j);
    Some(((h, m, s), offset, after))
}

/// Reads a time-zone designator at `i`: `Z`, `GMT`, `UTC`, `+0300`,
/// `+03:00`, or an RFC 822 US zone name.
fn read_zone(tokens: &[Token], i: usize) -> (Option<String>, usize) {
    if let Some(w) = word(tokens, i) {
        let fixed = match w.to_ascii_uppercase().as_str() {
            "Z" | "GMT" | "UT" | "UTC" => "Z",
            "EST" | "CDT" => "-05:00",
            "EDT" => "-04:00",
            "CST" | "MDT" => "-06:00",
            "MST" | "PDT" => "-07:00",
            "PST" => "-08:00",
            "MSK" => "+03:00",
            _ => return (None, i),
        };
        // `GMT+3` style: an explicit offset after the name wins.
        return match read_numeric_offset(tokens, i + 1) {
            (Some(offset), after) => (Some(offset), after),
            (None, _) => (Some(fixed.to_string()), i + 1),
        };
    }
    read_numeric_offset(tokens, i)
}

fn read_numeric_offset(tokens: &[Token], i: usize) -> (Option<String>, usize) {
    let Some(sign @ ('+' | '-' | '−')) = punct(tokens, i) else {
        return (None, i);
    };
    let sign = if sign == '+' { '+' } else { '-' };
    match (num(tokens, i + 1), punct(tokens, i + 2), num(tokens, i + 3)) {
        (Some((hh, 2)), Some(':'), Some((mm, 2))) if hh <= 14 && mm < 60 => {
            (Some(format!("{sign}{hh:02}:{mm:02}")), i + 4)
        }
        (Some((hhmm, 4)), _, _) if hhmm / 100 <= 14 && hhmm % 100 < 60 => (
            Some(format!("{sign}{:02}:{:02}", hhmm / 100, hhmm % 100)),
            i + 2,
        ),
        (Some((hh, 1..=2)), _, _) if hh <= 14 => (Some(format!("{sign}{hh:02}:00")), i + 2),
        _ => (None, i),
    }
}

/// Normalizes a container date (feed `pubDate`, JSONL `date`, `WARC-Date`,
/// HTTP `Last-Modified`) to ISO 8601: `2025-10-15T17:34:00+03:00` or
/// `2025-10-15`. A year is required; `None` when nothing date-like is found.
///
/// ```
/// use sitrep_clean::dates::normalize_date;
/// assert_eq!(normalize_date("Wed, 15 Oct 2025 17:34:00 +0300").as_deref(), Some("2025-10-15T17:34:00+03:00"));
/// assert_eq!(normalize_date("2025-10-15T14:34:00Z").as_deref(), Some("2025-10-15T14:34:00Z"));
/// assert_eq!(normalize_date("October 15, 2025").as_deref(), Some("2025-10-15"));
/// ```
pub fn normalize_date(raw: &str) -> Option<String> {
    let tokens = tokenize(raw);
    let mut i = 0;
    while i < tokens.len() {
        if let Some((mut parts, after)) = read_date(&tokens, i) {
            let year = parts.year?;
            let mut j = after;
            // ISO `T`, a comma or `at` may separate date and time.
            if word(&tokens, j)
                .is_some_and(|w| w.eq_ignore_ascii_case("t") || w.eq_ignore_ascii_case("at"))
                || punct(&tokens, j) == Some(',')
            {
                j += 1;
            }
            if let Some((time, offset, _)) = read_time(&tokens, j) {
                parts.time = Some(time);
                parts.offset = offset;
            }
            return parts.to_iso(year);
        }
        i += 1;
    }
    None
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn date_at_start(s: &str) -> Option<DateParts> {
        read_date(&tokenize(s), 0).map(|(p, _)| p)
    }

    #[test]
    fn reads_day_month_forms() {
        let p = date_at_start("15 October 2025").unwrap();
        assert_eq!((p.year, p.month, p.day), (Some(2025), 10, 15));
        let p = date_at_start("3rd Feb.").unwrap();
        assert_eq!((p.year, p.month, p.day), (None, 2, 3));
        let p = date_at_start("15 октября 2025 года").unwrap();
        assert_eq!((p.year, p.month, p.day), (Some(2025), 10, 15));
        assert!(date_at_start("31 February").is_none());
        // `15 October 17:34`: 17 is an hour, not a year.
        assert_eq!(date_at_start("15 October 17:34").unwrap().year, None);
    }

    #[test]
    fn reads_month_day_and_numeric_forms() {
        let p = date_at_start("Oct. 15, 2025").unwrap();
        assert_eq!((p.year, p.month, p.day), (Some(2025), 10, 15));
        let p = date_at_start("Sept 3").unwrap();
        assert_eq!((p.year, p.month, p.day), (None, 9, 3));
        let p = date_at_start("13.12.2023").unwrap();
        assert_eq!((p.year, p.month, p.day), (Some(2023), 12, 13));
        let p = date_at_start("10/15/2025").unwrap();
        assert_eq!((p.month, p.day), (10, 15));
        let p = date_at_start("2025-10-15").unwrap();
        assert_eq!((p.year, p.month, p.day), (Some(2025), 10, 15));
        assert!(date_at_start("1.2.3").is_none());
        assert!(date_at_start("May be").is_none());
    }

    #[test]
    fn reads_times_and_zones() {
        let t = tokenize("5:34 p.m. GMT");
        let (time, offset, _) = read_time(&t, 0).unwrap();
        assert_eq!(time, (17, 34, 0));
        assert_eq!(offset.as_deref(), Some("Z"));
        let t = tokenize("12:05am");
        assert_eq!(read_time(&t, 0).unwrap().0, (0, 5, 0));
        assert!(read_time(&tokenize("25:00"), 0).is_none());
    }

    #[test]
    fn normalizes_container_dates() {
        assert_eq!(
            normalize_date("Tue, 03 Jun 2008 11:05:30 GMT").as_deref(),
            Some("2008-06-03T11:05:30Z")
        );
        assert_eq!(
            normalize_date("2025-10-15T17:34:00.123+03:00").as_deref(),
            Some("2025-10-15T17:34:00+03:00")
        );
        assert_eq!(normalize_date("2025-10-15").as_deref(), Some("2025-10-15"));
        assert_eq!(
            normalize_date("15 Oct 2025 09:00 EST").as_deref(),
            Some("2025-10-15T09:00:00-05:00")
        );
        assert_eq!(normalize_date("no date here"), None);
        assert_eq!(normalize_date("15 October"), None);
    }

    #[test]
    fn weekdays() {
        assert_eq!(weekday(2025, 10, 15), 2); // a Wednesday
        assert_eq!(weekday(2000, 1, 1), 5); // a Saturday
        assert!(is_weekday("Wed"));
        assert!(is_weekday("Wednesday"));
        assert!(is_weekday("среду"));
        assert!(!is_weekday("wedding"));
    }
}
