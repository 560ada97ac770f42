//! A light word scanner and the lookup tables both recognizers share.
//!
//! The scanner is linear in the text and allocation-free per token: the
//! whole text is ASCII-lowercased once (which keeps byte offsets), and each
//! token is a pair of byte offsets into both strings.

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters (ASCII or not), possibly with trailing digits (`Q3`).
    Word,
    /// Starts with a digit: `2025`, `60,000`, `13.12.2023`, `17:34`, `1990s`, `3rd`.
    Num,
    /// Any other single character.
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Whether whitespace separates this token from the previous one.
    pub space_before: bool,
    /// Whether the original text starts with an uppercase letter.
    pub capital: bool,
}

/// The text, its lowercase twin and its tokens.
pub struct Scan<'t> {
    pub text: &'t str,
    pub low: String,
    pub toks: Vec<Tok>,
}

impl<'t> Scan<'t> {
    pub fn new(text: &'t str) -> Scan<'t> {
        let low = text.to_ascii_lowercase();
        let toks = tokenize(text);
        Scan { text, low, toks }
    }

    /// Lowercase text of token `i`, `""` past the end.
    pub fn w(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .and_then(|t| self.low.get(t.start..t.end))
            .unwrap_or("")
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    pub fn is(&self, i: usize, word: &str) -> bool {
        self.w(i) == word
    }

    /// Whether token `i` directly touches token `i - 1` (no space between).
    pub fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before) && i > 0
    }

    /// Whether token `i` ends a sentence (`.`, `!`, `?` not after an abbreviation).
    pub fn sentence_end(&self, i: usize) -> bool {
        match self.w(i) {
            "!" | "?" | "\n" => true,
            "." => !(i > 0 && is_abbreviation(self.w(i - 1))),
            _ => false,
        }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }
}

fn tokenize(text: &str) -> Vec<Tok> {
    let bytes = text.as_bytes();
    let mut toks = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    let mut space_before = true;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            // Line breaks are kept as tokens: they end datelines and headlines.
            toks.push(Tok {
                start: i,
                end: i + 1,
                kind: Kind::Punct,
                space_before,
                capital: false,
            });
            i += 1;
            space_before = true;
            continue;
        }
        if b.is_ascii_whitespace() {
            i += 1;
            space_before = true;
            continue;
        }
        // No-break, narrow no-break and thin spaces ("40\u{202f}000", "5\u{a0}p.m.")
        // separate tokens like a plain space.
        if b >= 0x80 {
            if let Some(c) = char_at(text, i).filter(|c| c.is_whitespace()) {
                i += c.len_utf8();
                space_before = true;
                continue;
            }
        }
        let start = i;
        let kind;
        if b.is_ascii_digit() {
            kind = Kind::Num;
            i += 1;
            while i < bytes.len() {
                let c = bytes[i];
                let next_digit = bytes.get(i + 1).is_some_and(|n| n.is_ascii_digit());
                if c.is_ascii_alphanumeric()
                    || (matches!(c, b',' | b'.' | b':' | b'/') && next_digit)
                {
                    i += 1;
                } else {
                    break;
                }
            }
        } else if b.is_ascii_alphabetic()
            || (b >= 0x80 && char_at(text, i).is_some_and(char::is_alphabetic))
        {
            kind = Kind::Word;
            while i < bytes.len() {
                let c = bytes[i];
                if c.is_ascii_alphanumeric() {
                    i += 1;
                } else if c >= 0x80 {
                    match char_at(text, i) {
                        Some(ch) if ch.is_alphabetic() => i += ch.len_utf8(),
                        _ => break,
                    }
                } else {
                    break;
                }
            }
        } else {
            kind = Kind::Punct;
            i += char_at(text, i).map_or(1, char::len_utf8);
        }
        let capital = bytes[start].is_ascii_uppercase();
        toks.push(Tok {
            start,
            end: i,
            kind,
            space_before,
            capital,
        });
        space_before = false;
    }
    toks
}

fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// Words that take a period without ending a sentence.
pub fn is_abbreviation(w: &str) -> bool {
    month_of(w).is_some()
        || weekday_of(w).is_some()
        || matches!(
            w,
            "mr" | "mrs"
                | "ms"
                | "dr"
                | "st"
                | "gen"
                | "col"
                | "lt"
                | "sgt"
                | "no"
                | "vs"
                | "inc"
                | "corp"
                | "co"
                | "jr"
                | "sr"
                | "u.s"
                | "a"
                | "p"
                | "m"
        )
}

/// Month number of a month name or abbreviation (lowercase).
pub fn month_of(w: &str) -> Option<u8> {
    Some(match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// ISO weekday (Monday = 1) of a weekday name or abbreviation.
pub fn weekday_of(w: &str) -> Option<u8> {
    Some(match w {
        "monday" | "mon" => 1,
        "tuesday" | "tue" | "tues" => 2,
        "wednesday" | "wed" => 3,
        "thursday" | "thu" | "thur" | "thurs" => 4,
        "friday" | "fri" => 5,
        "saturday" | "sat" => 6,
        "sunday" | "sun" => 7,
        _ => return None,
    })
}

/// Calendar units, with their TIMEX3 duration letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Millennium,
}

impl Unit {
    /// Singular and plural spellings.
    pub fn parse(w: &str) -> Option<(Unit, bool)> {
        let plural = w.ends_with('s');
        let u = match w {
            "second" | "seconds" | "sec" | "secs" => Unit::Second,
            "minute" | "minutes" | "min" | "mins" => Unit::Minute,
            "hour" | "hours" | "hr" | "hrs" => Unit::Hour,
            "day" | "days" => Unit::Day,
            "week" | "weeks" => Unit::Week,
            "weekend" | "weekends" => Unit::Weekend,
            "month" | "months" => Unit::Month,
            "quarter" | "quarters" => Unit::Quarter,
            "year" | "years" | "yr" | "yrs" => Unit::Year,
            "decade" | "decades" => Unit::Decade,
            "century" | "centuries" => Unit::Century,
            "millennium" | "millennia" | "millenniums" => Unit::Millennium,
            _ => return None,
        };
        Some((u, plural || w == "centuries" || w == "millennia"))
    }

    /// The duration of `n` units (`P3Y`, `PT5H`, `P2W`, `PXY` when `n` is unknown).
    pub fn duration(self, n: Option<f64>) -> String {
        let (letter, time, mult) = match self {
            Unit::Second => ('S', true, 1.0),
            Unit::Minute => ('M', true, 1.0),
            Unit::Hour => ('H', true, 1.0),
            Unit::Day => ('D', false, 1.0),
            Unit::Week => ('W', false, 1.0),
            Unit::Weekend => ('E', false, 1.0),
            Unit::Month => ('M', false, 1.0),
            Unit::Quarter => ('Q', false, 1.0),
            Unit::Year => ('Y', false, 1.0),
            Unit::Decade => ('E', false, 1.0),
            Unit::Century => ('C', false, 1.0),
            Unit::Millennium => ('L', false, 1.0),
        };
        let (letter, n) = match (self, n) {
            // TIMEX3 writes decades as DE, weekends as WE; half units go down a step.
            (Unit::Decade, _) => ("Y".to_string(), n.map(|v| v * 10.0)),
            (Unit::Century, _) => ("Y".to_string(), n.map(|v| v * 100.0)),
            (Unit::Weekend, _) => ("WE".to_string(), n),
            (Unit::Year, Some(v)) if v.fract() != 0.0 => ("M".to_string(), Some(v * 12.0)),
            (Unit::Day, Some(v)) if v.fract() != 0.0 => ("H".to_string(), Some(v * 24.0)),
            (Unit::Hour, Some(v)) if v.fract() != 0.0 => ("M".to_string(), Some(v * 60.0)),
            _ => (letter.to_string(), n),
        };
        let count = match n {
            // Seconds keep their decimals ("PT123.45S").
            Some(v) if self == Unit::Second && v.fract() != 0.0 => {
                format!("{}", (v * mult * 100.0).round() / 100.0)
            }
            Some(v) => format!("{}", (v * mult).round() as i64),
            None => "X".to_string(),
        };
        let time =
            time || (self == Unit::Day && letter == "H") || (self == Unit::Hour && letter == "M");
        if time {
            format!("PT{count}{letter}")
        } else {
            format!("P{count}{letter}")
        }
    }
}

/// Season code of a season word.
pub fn season_of(w: &str) -> Option<&'static str> {
    Some(match w {
        "spring" => "SP",
        "summer" => "SU",
        "autumn" | "fall" => "FA",
        "winter" => "WI",
        _ => return None,
    })
}

/// TIMEX3 part-of-day code.
pub fn part_of_day(w: &str) -> Option<&'static str> {
    Some(match w {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        "night" | "overnight" => "NI",
        "midday" | "noon" => "MI",
        _ => return None,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn scans_numbers_words_and_punct() {
        let s = Scan::new("On 13.12.2023, 60,000 troops at 17:34 (Q3) — ok.");
        let words: Vec<&str> = s.toks.iter().map(|t| &s.text[t.start..t.end]).collect();
        assert_eq!(
            words,
            [
                "On",
                "13.12.2023",
                ",",
                "60,000",
                "troops",
                "at",
                "17:34",
                "(",
                "Q3",
                ")",
                "—",
                "ok",
                "."
            ]
        );
        assert_eq!(Unit::Year.duration(Some(3.0)), "P3Y");
        assert_eq!(Unit::Hour.duration(Some(5.0)), "PT5H");
        assert_eq!(Unit::Year.duration(Some(1.5)), "P18M");
        assert_eq!(Unit::Decade.duration(Some(2.0)), "P20Y");
    }
}
