//! Parses the date notations found in page metadata into ISO 8601.
//!
//! Accepted: ISO 8601 / RFC 3339 (`2025-10-15T17:34:00+02:00`, `2025-10-15`,
//! `2025/10/15 17:34`), RFC 2822 (`Wed, 15 Oct 2025 17:34:00 GMT`),
//! `October 15, 2025`, `15 October 2025`, `15. Oktober 2025`, `15.10.2025`,
//! compact `20251015`, and date paths in URLs (`/2025/10/15/`).
//! Out-of-range fields are rejected rather than guessed.

/// Month names (English, German, French, Spanish, Italian, Dutch,
/// Portuguese), matched by their first three letters where unambiguous.
const MONTHS: &[(&str, u32)] = &[
    ("jan", 1),
    ("feb", 2),
    ("fév", 2),
    ("fev", 2),
    ("mar", 3),
    ("mär", 3),
    ("maa", 3),
    ("apr", 4),
    ("avr", 4),
    ("abr", 4),
    ("may", 5),
    ("mai", 5),
    ("mag", 5),
    ("mei", 5),
    ("mayo", 5),
    ("jun", 6),
    ("jui", 6),
    ("giu", 6),
    ("jul", 7),
    ("lug", 7),
    ("aug", 8),
    ("aoû", 8),
    ("aou", 8),
    ("ago", 8),
    ("sep", 9),
    ("set", 9),
    ("oct", 10),
    ("okt", 10),
    ("ott", 10),
    ("out", 10),
    ("nov", 11),
    ("dec", 12),
    ("dez", 12),
    ("déc", 12),
    ("dic", 12),
    ("ene", 1),
    ("gen", 1),
    ("janv", 1),
    ("juin", 6),
    ("juil", 7),
    ("dic", 12),
];

/// Parses a date written in any accepted notation into ISO 8601.
pub fn parse_date(raw: &str) -> Option<String> {
    let text = raw.trim();
    if text.is_empty() || text.len() > 200 {
        return None;
    }
    parse_iso(text)
        .or_else(|| parse_numeric_dmy(text))
        .or_else(|| parse_named_month(text))
}

/// Finds a `/YYYY/MM/DD/`, `/YYYY-MM-DD` or `/YYYYMMDD/` date in a URL path.
pub fn date_from_url(url: &str) -> Option<String> {
    let path = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let parts: Vec<&str> = path.split('/').collect();
    for window in parts.windows(3) {
        if let (Some(y), Some(m), Some(d)) = (
            number(window[0], 4),
            number(window[1], 2),
            leading_day(window[2]),
        ) {
            if let Some(date) = ymd(y, m, d) {
                return Some(date);
            }
        }
    }
    for part in &parts {
        for piece in part.split(['_', '.']) {
            if piece.len() >= 10 {
                for start in 0..=piece.len() - 10 {
                    let Some(candidate) = piece.get(start..start + 10) else {
                        continue;
                    };
                    if let Some(date) = parse_ymd_separated(candidate, '-') {
                        return Some(date);
                    }
                }
            }
        }
    }
    None
}

fn leading_day(part: &str) -> Option<u32> {
    let digits: String = part.chars().take_while(char::is_ascii_digit).collect();
    if digits.len() == 2 || (digits.len() == 1 && part.len() == 1) {
        digits.parse().ok()
    } else {
        None
    }
}

fn number(text: &str, width: usize) -> Option<u32> {
    if text.len() == width && text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse().ok()
    } else {
        None
    }
}

fn ymd(year: u32, month: u32, day: u32) -> Option<String> {
    let valid = (1990..=2100).contains(&year)
        && (1..=12).contains(&month)
        && (1..=crate::dates::days_in_month(year as i32, month)).contains(&day);
    valid.then(|| format!("{year:04}-{month:02}-{day:02}"))
}

fn parse_ymd_separated(text: &str, separator: char) -> Option<String> {
    let mut fields = text.splitn(3, separator);
    let year = number(fields.next()?, 4)?;
    let month = number(fields.next()?, 2)?;
    let day = number(fields.next()?, 2)?;
    ymd(year, month, day)
}

/// `YYYY-MM-DD[(T| )HH:MM[:SS[.fff]]][Z|±HH[:]MM]` and `/` or `.` separated
/// variants, or compact `YYYYMMDD`.
fn parse_iso(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    if bytes.len() >= 8
        && bytes[..8].iter().all(u8::is_ascii_digit)
        && bytes.get(8).is_none_or(|b| !b.is_ascii_digit())
    {
        let year = number(&text[..4], 4)?;
        return ymd(year, number(&text[4..6], 2)?, number(&text[6..8], 2)?);
    }
    if bytes.len() < 10 {
        return None;
    }
    let separator = *bytes.get(4)? as char;
    if !matches!(separator, '-' | '/' | '.') || bytes.get(7) != Some(&(separator as u8)) {
        return None;
    }
    let date = parse_ymd_separated(text.get(..10)?, separator)?;
    let rest = &text[10..];
    let Some(time_part) = rest.strip_prefix('T').or_else(|| rest.strip_prefix(' ')) else {
        return Some(date);
    };
    match parse_time(time_part.trim_start()) {
        Some(time) if time.ends_with("T00:00:00") => Some(date),
        Some(time) => Some(format!("{date}{time}")),
        None => Some(date),
    }
}

/// `HH:MM[:SS[.fff]][Z|±HH[:]MM]` → `THH:MM:SS[offset]`.
fn parse_time(text: &str) -> Option<String> {
    let hour = number(text.get(..2)?, 2)?;
    if text.as_bytes().get(2) != Some(&b':') {
        return None;
    }
    let minute = number(text.get(3..5)?, 2)?;
    let mut rest = &text[5..];
    let mut second = 0;
    if let Some(after) = rest.strip_prefix(':') {
        second = number(after.get(..2)?, 2)?;
        rest = &after[2..];
        if let Some(fraction) = rest.strip_prefix('.') {
            rest = fraction.trim_start_matches(|c: char| c.is_ascii_digit());
        }
    }
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let offset = parse_offset(rest.trim_start());
    Some(format!("T{hour:02}:{minute:02}:{second:02}{offset}"))
}

fn parse_offset(text: &str) -> String {
    if text.starts_with('Z') || text.starts_with("UTC") || text.starts_with("GMT") {
        return "Z".to_string();
    }
    let Some(sign) = text.chars().next().filter(|c| *c == '+' || *c == '-') else {
        return String::new();
    };
    let digits: String = text[1..]
        .chars()
        .filter(|c| *c != ':')
        .take_while(char::is_ascii_digit)
        .take(4)
        .collect();
    if digits.len() == 4 {
        if digits == "0000" {
            return "Z".to_string();
        }
        format!("{sign}{}:{}", &digits[..2], &digits[2..])
    } else {
        String::new()
    }
}

/// `15.10.2025`, `15/10/2025` (day first, the European convention; a
/// first field above 12 with a second field at most 12 is unambiguous
/// anyway, and US month-first `10/15/2025` is recognised when day > 12).
fn parse_numeric_dmy(text: &str) -> Option<String> {
    let head: String = text
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | '/' | '-'))
        .collect();
    let fields: Vec<&str> = head
        .split(['.', '/', '-'])
        .filter(|f| !f.is_empty())
        .collect();
    if fields.len() != 3 || fields[2].len() != 4 || fields[0].len() > 2 || fields[1].len() > 2 {
        return None;
    }
    let (a, b, year) = (
        fields[0].parse().ok()?,
        fields[1].parse().ok()?,
        fields[2].parse().ok()?,
    );
    ymd(year, b, a).or_else(|| ymd(year, a, b))
}

/// `October 15, 2025`, `Wed, 15 Oct 2025 17:34:00 GMT`, `15. Oktober 2025`.
fn parse_named_month(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let mut month = None;
    let mut day = None;
    let mut year = None;
    let mut time = None;
    for word in words.iter().take(8) {
        let trimmed = word.trim_end_matches(['.', ',']);
        let trimmed = trimmed
            .trim_end_matches("st")
            .trim_end_matches("nd")
            .trim_end_matches("rd")
            .trim_end_matches("th");
        if trimmed.bytes().all(|b| b.is_ascii_digit()) && !trimmed.is_empty() {
            match trimmed.len() {
                1 | 2 if day.is_none() => day = trimmed.parse().ok(),
                4 if year.is_none() => year = trimmed.parse().ok(),
                _ => {}
            }
        } else if month.is_none() {
            month = month_number(trimmed);
        } else if time.is_none() && trimmed.contains(':') {
            time = parse_time(trimmed);
        }
    }
    let date = ymd(year?, month?, day?)?;
    match time {
        Some(t) if !t.starts_with("T00:00:00") => Some(format!("{date}{t}")),
        _ => Some(date),
    }
}

fn month_number(word: &str) -> Option<u32> {
    if word.chars().count() < 3 || !word.chars().all(char::is_alphabetic) {
        return None;
    }
    MONTHS
        .iter()
        .filter(|(prefix, _)| word.starts_with(prefix))
        .max_by_key(|(prefix, _)| prefix.len())
        .map(|(_, number)| *number)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_forms() {
        assert_eq!(
            parse_date("2025-10-15T17:34:00+02:00").as_deref(),
            Some("2025-10-15T17:34:00+02:00")
        );
        assert_eq!(
            parse_date("2025-10-15T17:34:00.000Z").as_deref(),
            Some("2025-10-15T17:34:00Z")
        );
        assert_eq!(parse_date("2025-10-15").as_deref(), Some("2025-10-15"));
        assert_eq!(
            parse_date("2025/10/15 09:05").as_deref(),
            Some("2025-10-15T09:05:00")
        );
        assert_eq!(parse_date("20251015").as_deref(), Some("2025-10-15"));
        assert_eq!(parse_date("2025-13-15"), None);
    }

    #[test]
    fn written_forms() {
        assert_eq!(
            parse_date("Wed, 15 Oct 2025 17:34:00 GMT").as_deref(),
            Some("2025-10-15T17:34:00")
        );
        assert_eq!(
            parse_date("October 15, 2025").as_deref(),
            Some("2025-10-15")
        );
        assert_eq!(
            parse_date("15. Oktober 2025").as_deref(),
            Some("2025-10-15")
        );
        assert_eq!(parse_date("15.10.2025").as_deref(), Some("2025-10-15"));
        assert_eq!(parse_date("not a date"), None);
    }

    #[test]
    fn url_dates() {
        assert_eq!(
            date_from_url("https://x.org/2025/10/15/story").as_deref(),
            Some("2025-10-15")
        );
        assert_eq!(
            date_from_url("https://x.org/news/2025-10-15-story.html").as_deref(),
            Some("2025-10-15")
        );
        assert_eq!(date_from_url("https://x.org/2025/10/story"), None);
    }
}
