//! Numbers written in digits or words, shared by the time and quantity
//! recognizers: `60,000`, `1.5bn`, `twenty-six`, `two hundred and fifty
//! thousand`, `several thousand`, `dozens`, `half`, `two-thirds`, `3rd`.

use crate::lex::{Kind, Scan};

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
        "million" | "mln" | "mn" | "m" => 1e6,
        "billion" | "bln" | "bn" | "b" => 1e9,
        "trillion" | "tn" | "trn" => 1e12,
        _ => return None,
    })
}

fn fraction_word(w: &str) -> Option<f64> {
    Some(match w {
        "half" | "halves" => 2.0,
        "third" | "thirds" => 3.0,
        "quarter" | "quarters" => 4.0,
        "fifth" | "fifths" => 5.0,
        "tenth" | "tenths" => 10.0,
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
        if first.is_empty() || first.len() > 3 || groups.clone().any(|g| g.len() != 3) {
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
            let scale = scale_word(suffix)?;
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
        // "half a million" / "half of them" / "half".
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
        if let Some(scale) = scale_word(next)
            .filter(|v| *v >= 100.0 && s.kind(i + 1) == Some(Kind::Word) && next.len() > 2)
        {
            let mut m = compound_from(s, i + 1, 0.0, 0.0)?;
            m.value = m.value.max(scale);
            return Some(m);
        }
        if let Some(den) = fraction_word(next).filter(|_| next != "half" && !next.ends_with('s')) {
            return Some(NumMatch {
                value: 1.0 / den,
                end: i + 2,
                fraction: true,
                ..base
            });
        }
        return None;
    }
    if let Some(o) = ordinal_word(w) {
        return Some(NumMatch {
            value: f64::from(o),
            ordinal: true,
            ..base
        });
    }
    if small_cardinal(w).is_none() && tens(w).is_none() {
        return None;
    }
    let m = compound_from(s, i, 0.0, 0.0)?;
    // "two-thirds", "three quarters".
    let (after, sep) = if s.is(m.end, "-") && s.glued(m.end) && s.glued(m.end + 1) {
        (m.end + 1, true)
    } else {
        (m.end, false)
    };
    if let Some(den) = fraction_word(s.w(after))
        .filter(|_| (m.value > 1.0 && s.w(after).ends_with('s')) || (sep && m.value == 1.0))
    {
        return Some(NumMatch {
            value: m.value / den,
            end: after + 1,
            fraction: true,
            ..base
        });
    }
    Some(m)
}

/// Parses an English number-word compound from token `i`.
fn compound_from(s: &Scan, mut i: usize, mut total: f64, mut current: f64) -> Option<NumMatch> {
    let start = i;
    let mut seen = false;
    let mut last_end = i;
    let mut ordinal = false;
    loop {
        let w = s.w(i);
        if let Some(v) = small_cardinal(w) {
            if seen && current % 100.0 != 0.0 {
                break;
            }
            current += f64::from(v);
        } else if let Some(v) = tens(w) {
            if seen && current % 100.0 != 0.0 {
                break;
            }
            current += f64::from(v);
            // "twenty-six", "twenty-first".
            if s.is(i + 1, "-") && s.glued(i + 1) && s.glued(i + 2) {
                if let Some(u) = small_cardinal(s.w(i + 2)).filter(|u| *u < 10) {
                    current += f64::from(u);
                    i += 2;
                } else if let Some(u) = ordinal_word(s.w(i + 2)).filter(|u| *u < 10) {
                    current += f64::from(u);
                    i += 2;
                    ordinal = true;
                    last_end = i + 1;
                    seen = true;
                    break;
                }
            }
        } else if w == "hundred" && (seen || i == start) {
            current = current.max(1.0) * 100.0;
        } else if let Some(scale) =
            scale_word(w).filter(|v| *v >= 1000.0 && w.len() > 2 && (seen || i == start))
        {
            total += current.max(1.0) * scale;
            current = 0.0;
        } else if w == "and"
            && seen
            && (current >= 100.0 || total > 0.0)
            && (small_cardinal(s.w(i + 1)).is_some() || tens(s.w(i + 1)).is_some())
        {
            i += 1;
            continue;
        } else if let Some(o) =
            ordinal_word(w).filter(|o| *o < 10 && seen && current % 100.0 == 0.0 && current > 0.0)
        {
            current += f64::from(o);
            ordinal = true;
            last_end = i + 1;
            break;
        } else {
            break;
        }
        seen = true;
        last_end = i + 1;
        i += 1;
    }
    seen.then_some(NumMatch {
        value: total + current,
        end: last_end,
        ordinal,
        digits: false,
        vague: false,
        fraction: false,
    })
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
    }
}
