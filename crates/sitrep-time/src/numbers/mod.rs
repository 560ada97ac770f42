//! Numbers written in digits or words, shared by the time and quantity
//! recognizers: `60,000`, `1.5bn`, `twenty-six`, `two hundred and fifty
//! thousand`, `several thousand`, `dozens`, `half`, `two-thirds`, `3rd`.

use crate::lex::{Kind, Scan};

mod spoken;

/// A number found at some token.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NumMatch {
    pub value: f64,
    /// One past the last token of the number.
    pub end: usize,
    pub ordinal: bool,
    /// Written with digits (as opposed to words).
    pub digits: bool,
    /// A vague amount ("several thousand", "dozens", "hundreds"): the value
    /// is a conventional stand-in and the quantity is approximate.
    pub vague: bool,
    pub fraction: bool,
}

fn small_cardinal(w: &str) -> Option<u32> {
    Some(match w {
        "zero" | "nil" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        _ => return None,
    })
}

fn tens(w: &str) -> Option<u32> {
    Some(match w {
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// Ordinal words below twenty, and the tens.
pub fn ordinal_word(w: &str) -> Option<u32> {
    Some(match w {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "nineth" => 9,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "thirtieth" => 30,
        "fortieth" => 40,
        "fiftieth" => 50,
        "sixtieth" => 60,
        "seventieth" => 70,
        "eightieth" => 80,
        "ninetieth" => 90,
        "hundredth" => 100,
        "thousandth" => 1000,
        _ => return None,
    })
}

/// Multipliers after a number.
pub fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 1e2,
        "thousand" | "k" => 1e3,
        "million" | "mln" | "mn" | "m" | "mil" => 1e6,
        "billion" | "bln" | "bn" | "b" => 1e9,
        "trillion" | "tn" | "trn" | "tln" => 1e12,
        "lakh" | "lakhs" => 1e5,
        "crore" | "crores" => 1e7,
        _ => return None,
    })
}

/// Parses a digit string: `60,000`, `1.5`, `1 000` is not joined.
pub fn parse_digits(s: &str) -> Option<f64> {
    if s.is_empty()
        || !s
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
    {
        return None;
    }
    if s.contains(',') {
        // Thousands separators: groups of three after the first.
        let (int, frac) = s.split_once('.').unwrap_or((s, ""));
        let mut groups = int.split(',');
        let first = groups.next()?;
        let rest: Vec<&str> = groups.clone().collect();
        // Indian grouping: "12,34,567" (lakhs and crores: pairs, then a final three).
        let indian = rest.len() >= 2
            && first.len() <= 2
            && rest.last().is_some_and(|g| g.len() == 3)
            && rest[..rest.len() - 1].iter().all(|g| g.len() == 2);
        if first.is_empty() || first.len() > 3 || (!indian && groups.any(|g| g.len() != 3)) {
            return None;
        }
        let joined: String = int.chars().filter(|c| *c != ',').collect();
        let v: f64 = joined.parse().ok()?;
        if frac.is_empty() {
            return Some(v);
        }
        let f: f64 = format!("0.{frac}").parse().ok()?;
        return Some(v + f);
    }
    if s.matches('.').count() > 1 {
        return None;
    }
    s.parse().ok()
}

/// Splits `3rd`, `5bn`, `1990s` into digits and suffix.
pub fn split_suffix(s: &str) -> (&str, &str) {
    let cut = s.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(s.len());
    (&s[..cut], &s[cut..])
}

/// A number starting at token `i`, if any.
pub fn number_at(s: &Scan, i: usize) -> Option<NumMatch> {
    match s.kind(i)? {
        Kind::Num => digits_at(s, i),
        Kind::Word => words_at(s, i),
        Kind::Punct => None,
    }
}

fn digits_at(s: &Scan, i: usize) -> Option<NumMatch> {
    let w = s.w(i);
    // "3 hundred and 21", "4 thousand 3 hundred", "3 million and a half", "3 dozens".
    if w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit()) {
        let next = s.w(i + 1);
        if next == "hundred"
            || matches!(
                next,
                "thousand" | "million" | "billion" | "trillion" | "lakh" | "crore"
            )
        {
            if let Some(m) = spoken::spoken_at(s, i) {
                return Some(m);
            }
        }
        if matches!(next, "dozen" | "dozens" | "dzs" | "dozs" | "doz") {
            let v: f64 = w.parse().ok()?;
            return Some(NumMatch {
                value: v * 12.0,
                end: i + 2,
                ordinal: false,
                digits: true,
                vague: false,
                fraction: false,
            });
        }
    }
    if let Some(m) = space_grouped(s, i) {
        return Some(m);
    }
    let (digits, suffix) = split_suffix(w);
    if digits.contains(':') || digits.contains('/') {
        return None;
    }
    let mut value = parse_digits(digits)?;
    let mut m = NumMatch {
        value,
        end: i + 1,
        ordinal: false,
        digits: true,
        vague: false,
        fraction: false,
    };
    match suffix {
        "" => {}
        "st" | "nd" | "rd" | "th" => {
            m.ordinal = true;
            return Some(m);
        }
        // "80p": pence; the unit is read by the quantity recognizer.
        "p" => return Some(m),
        _ => {
            // "$1MM": finance writes a million as MM (capitals; "1mm" is a length).
            let raw = s.text.get(s.toks[i].start..s.toks[i].end).unwrap_or("");
            let scale = if suffix == "mm" && raw.ends_with("MM") {
                1e6
            } else {
                scale_word(suffix)?
            };
            if suffix == "b" || suffix == "k" && value >= 1000.0 {
                return None;
            }
            m.value = value * scale;
            return Some(m);
        }
    }
    // "5 million", "1.2 billion", also "5.5 per cent" stays as is.
    if let Some(scale) = scale_word(s.w(i + 1)).filter(|_| !matches!(s.w(i + 1), "m" | "b" | "k")) {
        if scale > 100.0 || s.w(i + 1) == "hundred" {
            value *= scale;
            m.end = i + 2;
            if let Some(s2) = scale_word(s.w(i + 2)).filter(|v| *v > scale && *v >= 1e6) {
                value *= s2;
                m.end = i + 3;
            }
            m.value = value;
        }
    }
    Some(m)
}

/// "40 000", "1 234 567.89": thousands grouped by single spaces (the SI and
/// much of Europe's style). Only when every later group has exactly three
/// digits, the first at most three, and no number stands just before, so
/// "in 2 000" joins but "scores of 3 100" within a list of numbers does not
/// chain with a preceding one.
fn space_grouped(s: &Scan, i: usize) -> Option<NumMatch> {
    let plain =
        |k: usize| s.kind(k) == Some(Kind::Num) && s.w(k).bytes().all(|b| b.is_ascii_digit());
    let single_space = |k: usize| {
        s.toks
            .get(k)
            .zip(s.toks.get(k.wrapping_sub(1)))
            .and_then(|(t, prev)| s.text.get(prev.end..t.start))
            // A plain, no-break, narrow no-break or thin space.
            .is_some_and(|gap| matches!(gap, " " | "\u{a0}" | "\u{202f}" | "\u{2009}"))
    };
    if !plain(i) || s.w(i).len() > 3 || s.w(i).starts_with('0') {
        return None;
    }
    // "June 12 300 people": a day, then a count.
    if i > 0
        && ((s.kind(i - 1) == Some(Kind::Num) && single_space(i))
            || crate::lex::month_of(s.w(i - 1)).is_some())
    {
        return None;
    }
    let mut joined = s.w(i).to_string();
    let mut k = i + 1;
    while s.kind(k) == Some(Kind::Num) && single_space(k) {
        let (int, frac) = s.w(k).split_once('.').unwrap_or((s.w(k), ""));
        if int.len() != 3
            || !int.bytes().all(|b| b.is_ascii_digit())
            || !frac.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        joined.push_str(s.w(k));
        k += 1;
        if !frac.is_empty() {
            break;
        }
    }
    // "10 737-800 planes": a count, then a model number.
    if k == i + 1 || (matches!(s.w(k), "-" | "/") && s.glued(k)) {
        return None;
    }
    Some(NumMatch {
        value: joined.parse().ok()?,
        end: k,
        ordinal: false,
        digits: true,
        vague: false,
        fraction: false,
    })
}

fn words_at(s: &Scan, i: usize) -> Option<NumMatch> {
    let w = s.w(i);
    let base = NumMatch {
        value: 0.0,
        end: i + 1,
        ordinal: false,
        digits: false,
        vague: false,
        fraction: false,
    };
    // Vague plurals: "dozens", "hundreds of", "tens of thousands", "several thousand".
    let vague_plural = |w: &str| -> Option<f64> {
        Some(match w {
            "dozens" => 24.0,
            "scores" => 40.0,
            "hundreds" => 200.0,
            "thousands" => 2000.0,
            "millions" => 2e6,
            "billions" => 2e9,
            _ => return None,
        })
    };
    if let Some(v) = vague_plural(w) {
        // "hundreds of thousands", "tens of thousands".
        if s.is(i + 1, "of") {
            if let Some(v2) = vague_plural(s.w(i + 2)).filter(|v2| *v2 > v) {
                return Some(NumMatch {
                    value: v * v2 / 2.0,
                    end: i + 3,
                    vague: true,
                    ..base
                });
            }
        }
        return Some(NumMatch {
            value: v,
            vague: true,
            ..base
        });
    }
    if w == "tens" && s.is(i + 1, "of") {
        let v2 = vague_plural(s.w(i + 2))?;
        return Some(NumMatch {
            value: 10.0 * v2,
            end: i + 3,
            vague: true,
            ..base
        });
    }
    if matches!(w, "several" | "few") {
        let scale = scale_word(s.w(i + 1)).filter(|v| *v >= 100.0)?;
        let n = if w == "several" { 3.0 } else { 2.0 };
        return Some(NumMatch {
            value: n * scale,
            end: i + 2,
            vague: true,
            ..base
        });
    }
    if w == "half" {
        // "half a dozen", "half million", "half a million" / "half of them" / "half".
        let k = if s.is(i + 1, "a") { i + 2 } else { i + 1 };
        if s.is(k, "dozen") {
            return Some(NumMatch {
                value: 6.0,
                end: k + 1,
                ..base
            });
        }
        if let Some(scale) = scale_word(s.w(k)).filter(|v| *v >= 1000.0 && s.w(k).len() > 2) {
            return Some(NumMatch {
                value: 0.5 * scale,
                end: k + 1,
                ..base
            });
        }
        if s.is(i + 1, "a") {
            if let Some(scale) = scale_word(s.w(i + 2)).filter(|v| *v >= 100.0) {
                return Some(NumMatch {
                    value: 0.5 * scale,
                    end: i + 3,
                    ..base
                });
            }
        }
        return Some(NumMatch {
            value: 0.5,
            fraction: true,
            ..base
        });
    }
    if w == "quarter" {
        let scale = scale_word(s.w(i + 1)).filter(|v| *v >= 1e6 && s.w(i + 1).len() > 2)?;
        return Some(NumMatch {
            value: 0.25 * scale,
            end: i + 2,
            ..base
        });
    }
    if w == "hundred" && scale_word(s.w(i + 1)).is_some_and(|v| v >= 1000.0) {
        return spoken::spoken_at(s, i);
    }
    if w == "dozen" {
        return Some(NumMatch {
            value: 12.0,
            ..base
        });
    }
    // "a third", "a quarter", "a dozen", "a hundred", "a million".
    if w == "a" || w == "an" {
        let next = s.w(i + 1);
        if next == "dozen" {
            return Some(NumMatch {
                value: 12.0,
                end: i + 2,
                ..base
            });
        }
        if scale_word(next)
            .is_some_and(|v| v >= 100.0 && s.kind(i + 1) == Some(Kind::Word) && next.len() > 2)
        {
            return spoken::spoken_at(s, i + 1);
        }
        // "a third", "a quarter", "a twenty-first", "a hundredth" (not "a second").
        return spoken::a_fraction(s, i).filter(|_| next != "half");
    }
    if w.ends_with("th") && w.len() > 8 {
        // "trillionth", "thousandth".
        if let Some((v, end, false)) = spoken::ordinal_at(s, i) {
            return Some(NumMatch {
                value: v,
                end,
                ordinal: true,
                ..base
            });
        }
    }
    if let Some(o) = ordinal_word(w) {
        return Some(NumMatch {
            value: f64::from(o),
            ordinal: true,
            ..base
        });
    }
    if small_cardinal(w).is_none() && tens(w).is_none() && !matches!(w, "nought" | "naught") {
        return None;
    }
    spoken::spoken_at(s, i)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn num(text: &str) -> Option<(f64, usize)> {
        let s = Scan::new(text);
        number_at(&s, 0).map(|m| (m.value, m.end))
    }

    #[test]
    fn words_and_digits() {
        assert_eq!(num("60,000 troops"), Some((60000.0, 1)));
        assert_eq!(num("twenty-six people"), Some((26.0, 3)));
        assert_eq!(num("two hundred and fifty thousand"), Some((250000.0, 5)));
        assert_eq!(num("5 billion rubles"), Some((5e9, 2)));
        assert_eq!(num("1.5bn"), Some((1.5e9, 1)));
        assert_eq!(num("several thousand soldiers"), Some((3000.0, 2)));
        assert_eq!(num("a third of"), Some((1.0 / 3.0, 2)));
        assert_eq!(num("two-thirds of"), Some((2.0 / 3.0, 3)));
        assert_eq!(num("60,00"), None);
        assert_eq!(num("a hundred"), Some((100.0, 2)));
        assert_eq!(num("40 000 troops"), Some((40000.0, 2)));
        assert_eq!(num("1 234 567.89 euros"), Some((1234567.89, 3)));
        assert_eq!(num("12  300"), Some((12.0, 1)));
        assert_eq!(num("12 30 people"), Some((12.0, 1)));
        assert_eq!(num("40\u{202f}000 troops"), Some((40000.0, 2)));
        assert_eq!(num("3 hundred and 2 hundred"), Some((300.0, 2)));
        assert_eq!(num("10 737-800 planes"), Some((10.0, 1)));
        assert_eq!(num("1MM"), Some((1e6, 1)));
        assert_eq!(num("5mm"), None);
    }
}
