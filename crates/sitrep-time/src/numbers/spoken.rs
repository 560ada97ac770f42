//! The spoken-number grammar: integer compounds with any spacing
//! ("fifty - two", "three hundred  and  thirty one", "4 thousand 3 hundred
//! and 21"), decimals read aloud ("two hundred point zero three"), fractions
//! with ordinal denominators ("five eighths", "three twenty-firsts", "one
//! hundred and three quarters"), mixed numbers ("five and a half million",
//! "one billion and a quarter million"), compound ordinals ("one hundred
//! twenty fifth", "three trillionth") and dozens ("3 dozens").

use super::{ordinal_word, scale_word, small_cardinal, tens, NumMatch};
use crate::lex::{Kind, Scan};

/// What the previous word of an integer compound was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Prev {
    Start,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
    And,
}

/// An integer read from words (and small digit groups next to scale words).
#[derive(Debug, Clone, Copy)]
pub(super) struct Int {
    pub value: f64,
    pub end: usize,
    /// The value before the last "and" and the token after it ("two
    /// hundred and fifty-four hundredths" splits there).
    pub and_split: Option<(f64, usize)>,
    /// A final tens word (token index, value) with a number before it.
    pub last_tens: Option<(usize, f64)>,
    /// The multiplier of the last scale word, when the number ends on it.
    pub ends_on_scale: Option<f64>,
    prev: Prev,
}

fn unit_word(w: &str) -> Option<u32> {
    match w {
        "nought" | "naught" => Some(0),
        _ => small_cardinal(w),
    }
}

/// Scale words of the spoken grammar (words only; "m", "bn" stay with digits).
fn word_scale(w: &str) -> Option<f64> {
    match w {
        "lakh" | "lakhs" | "lac" => Some(1e5),
        "crore" | "crores" => Some(1e7),
        "thousand" | "million" | "billion" | "trillion" => scale_word(w),
        _ => None,
    }
}

fn small_digits(s: &Scan, i: usize) -> Option<u32> {
    let w = s.w(i);
    if s.kind(i) != Some(Kind::Num) || w.is_empty() || w.len() > 3 {
        return None;
    }
    if !w.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    w.parse().ok()
}

/// Whether a hyphen (glued or spaced: "fifty - two") joins `i - 1` and `i + 1`.
fn hyphen(s: &Scan, i: usize) -> bool {
    s.is(i, "-")
        && s.w(i + 1)
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphabetic())
}

fn starts_integer(s: &Scan, i: usize) -> bool {
    let w = s.w(i);
    unit_word(w).is_some() || tens(w).is_some() || small_digits(s, i).is_some()
}

/// Whether "and" is followed by a fraction ("and three quarters") rather
/// than the rest of the integer ("and three").
fn fraction_follows(s: &Scan, i: usize) -> bool {
    if unit_word(s.w(i)).is_none() && tens(s.w(i)).is_none() {
        return false;
    }
    integer_at(s, i).is_some_and(|n| denominator_at(s, n.end, n.value == 1.0).is_some())
}

/// An integer compound from token `i`; `None` when no number word is there.
pub(super) fn integer_at(s: &Scan, start: usize) -> Option<Int> {
    let mut i = start;
    let (mut total, mut current) = (0.0f64, 0.0f64);
    let mut prev = Prev::Start;
    let mut end = start;
    let mut and_split = None;
    let mut last_tens = None;
    let mut ends_on_scale = None;
    let mut last_scale = 0.0;
    let mut prev_end = Prev::Start;
    loop {
        let w = s.w(i);
        let opener = matches!(prev, Prev::Start | Prev::Hundred | Prev::Scale | Prev::And);
        if let Some(u) = unit_word(w) {
            if u < 10 && (opener || prev == Prev::Tens) {
                current += f64::from(u);
                prev = Prev::Unit;
            } else if u >= 10 && opener {
                current += f64::from(u);
                prev = Prev::Teen;
            } else {
                break;
            }
        } else if let Some(t) = tens(w) {
            if !opener {
                break;
            }
            last_tens = (prev != Prev::Start).then_some((i, f64::from(t)));
            current += f64::from(t);
            prev = Prev::Tens;
            if hyphen(s, i + 1) {
                if let Some(u) = small_cardinal(s.w(i + 2)).filter(|u| (1..10).contains(u)) {
                    current += f64::from(u);
                    prev = Prev::Unit;
                    last_tens = None;
                    i += 2;
                }
            }
        } else if let Some(d) = small_digits(s, i) {
            // "4 thousand 3 hundred and 21": digit groups between scale words.
            let next_scale = s.is(i + 1, "hundred") || word_scale(s.w(i + 1)).is_some();
            // After "and" only below a hundred ("3 hundred and 21", not "5 million and 20").
            let after_and_ok = prev == Prev::And && current >= 100.0;
            if !(next_scale && opener || after_and_ok) {
                break;
            }
            current += f64::from(d);
            prev = Prev::Unit;
        } else if w == "hundred" {
            // "322 hundred": a digit group right before "hundred" multiplies whole.
            let digit_group = i == start + 1 && s.kind(start) == Some(Kind::Num) && total == 0.0;
            if (current >= 100.0 && !digit_group) || matches!(prev, Prev::Hundred | Prev::And) {
                break;
            }
            current = current.max(1.0) * 100.0;
            prev = Prev::Hundred;
        } else if let Some(scale) = word_scale(w) {
            if prev == Prev::And {
                break;
            }
            if prev == Prev::Scale && current == 0.0 && scale > last_scale {
                // "three lakh crore"
                total *= scale;
            } else if current == 0.0 && prev != Prev::Start {
                break;
            } else {
                total += current.max(1.0) * scale;
            }
            current = 0.0;
            last_scale = scale;
            prev = Prev::Scale;
        } else if w == "and"
            && (current >= 100.0 || total > 0.0)
            && matches!(
                prev,
                Prev::Hundred | Prev::Scale | Prev::Unit | Prev::Teen | Prev::Tens
            )
            && starts_integer(s, i + 1)
            && !fraction_follows(s, i + 1)
            // "3 hundred and 2 hundred": two numbers, not 302.
            && !(current >= 100.0 && s.is(i + 2, "hundred"))
        {
            and_split = Some((total + current, i + 1));
            prev = Prev::And;
            i += 1;
            continue;
        } else {
            break;
        }
        end = i + 1;
        prev_end = prev;
        ends_on_scale = (prev == Prev::Scale).then_some(last_scale);
        i += 1;
    }
    if end == start {
        return None;
    }
    if last_tens.is_some_and(|(k, _)| k + 1 != end) {
        last_tens = None;
    }
    Some(Int {
        value: total + current,
        end,
        and_split: and_split.filter(|(_, at)| *at < end),
        last_tens,
        ends_on_scale,
        prev: prev_end,
    })
}

/// Ordinal words that multiply ("two hundredth", "three trillionth").
fn scale_ordinal(w: &str) -> Option<f64> {
    Some(match w {
        "hundredth" | "hundredths" => 1e2,
        "thousandth" | "thousandths" => 1e3,
        "millionth" | "millionths" => 1e6,
        "billionth" | "billionths" => 1e9,
        "trillionth" | "trillionths" => 1e12,
        _ => return None,
    })
}

/// An ordinal word, singular or plural: (value, plural, multiplier).
fn ordinal_token(w: &str) -> Option<(f64, bool, bool)> {
    if let Some(v) = scale_ordinal(w) {
        return Some((v, w.ends_with('s'), true));
    }
    if let Some(o) = ordinal_word(w) {
        return Some((f64::from(o), false, false));
    }
    let singular = w.strip_suffix('s')?;
    let o = ordinal_word(singular)?;
    Some((f64::from(o), true, false))
}

/// A compound ordinal from token `i`: "twenty-first", "one hundred fifth",
/// "two hundredth", "fifths". Returns (value, end, plural).
pub(crate) fn ordinal_at(s: &Scan, i: usize) -> Option<(f64, usize, bool)> {
    if let Some((v, plural, _)) = ordinal_token(s.w(i)) {
        return Some((v, i + 1, plural));
    }
    let int = integer_at(s, i)?;
    let k = if hyphen(s, int.end) {
        int.end + 1
    } else {
        int.end
    };
    let (v, plural, multiplier) = ordinal_token(s.w(k))?;
    if multiplier {
        // "two hundredth": the trailing group is multiplied.
        let (before, after) = match int.and_split {
            Some((b, _)) => (b, int.value - b),
            None => (0.0, int.value),
        };
        return Some((before + after.max(1.0) * v, k + 1, plural));
    }
    let joins =
        matches!(int.prev, Prev::Hundred | Prev::Scale) || (int.prev == Prev::Tens && v < 10.0);
    if !joins {
        return None;
    }
    Some((int.value + v, k + 1, plural))
}

/// A fraction denominator at `i` after a numerator: plural ordinal, or a
/// singular one when the numerator is one ("one eighth", "a twenty-first").
fn denominator_at(s: &Scan, i: usize, numerator_is_one: bool) -> Option<(f64, usize)> {
    let k = if hyphen(s, i) { i + 1 } else { i };
    let w = s.w(k);
    match w {
        "half" | "halves" if numerator_is_one == (w == "half") => return Some((2.0, k + 1)),
        "quarter" | "quarters" if numerator_is_one == (w == "quarter") => {
            return Some((4.0, k + 1))
        }
        _ => {}
    }
    let (v, end, plural) = ordinal_at(s, k)?;
    // "seconds", "one second": units of time, not halves; "firsts" only in compounds.
    let compound = end > k + 1;
    if plural == numerator_is_one || (v < 3.0 && !compound) {
        return None;
    }
    Some((v, end))
}

/// A fraction introduced after "and": "a half", "one half", "three fifths", "half".
fn and_fraction(s: &Scan, i: usize) -> Option<(f64, usize)> {
    if s.is(i, "half") {
        return Some((0.5, i + 1));
    }
    let (num, k) = if matches!(s.w(i), "a" | "an") {
        (1.0, i + 1)
    } else {
        let int = integer_at(s, i)?;
        (int.value, int.end)
    };
    let (den, end) = denominator_at(s, k, num == 1.0)?;
    Some((num / den, end))
}

/// Digits read aloud after "point": "zero three" → "03", "seventy-one" → "71".
fn decimal_digits(s: &Scan, mut i: usize) -> Option<(String, usize)> {
    let mut digits = String::new();
    loop {
        let w = s.w(i);
        if let Some(u) = unit_word(w) {
            digits.push_str(&u.to_string());
            i += 1;
        } else if let Some(t) = tens(w) {
            if hyphen(s, i + 1) {
                if let Some(u) = small_cardinal(s.w(i + 2)).filter(|u| *u < 10) {
                    digits.push_str(&(t + u).to_string());
                    i += 3;
                    continue;
                }
            }
            digits.push_str(&t.to_string());
            i += 1;
        } else {
            break;
        }
    }
    (!digits.is_empty()).then_some((digits, i))
}

fn num(value: f64, end: usize) -> NumMatch {
    NumMatch {
        value,
        end,
        ordinal: false,
        digits: false,
        vague: false,
        fraction: false,
    }
}

/// A spoken number from token `i` (which starts an integer compound).
pub(super) fn spoken_at(s: &Scan, i: usize) -> Option<NumMatch> {
    let int = integer_at(s, i)?;
    let digits = s.kind(i) == Some(Kind::Num);
    let mut m = NumMatch {
        digits,
        ..num(int.value, int.end)
    };
    let e = int.end;
    // Decimals read aloud.
    if s.is(e, "point") {
        if let Some((d, end)) = decimal_digits(s, e + 1) {
            let frac: f64 = format!("0.{d}").parse().ok()?;
            return Some(num(int.value + frac, end));
        }
    }
    // Fractions: "five eighths", "one hundred thirty fifths" (100/35),
    // "two hundred and fifty-four hundredths" (200 + 54/100).
    if let Some((t_at, t)) = int.last_tens {
        let k = if hyphen(s, e) { e + 1 } else { e };
        if let Some((v, end, plural)) = ordinal_at(s, k).filter(|(v, _, _)| *v < 10.0) {
            if plural && t_at + 1 == e {
                return Some(NumMatch {
                    fraction: true,
                    ..num((int.value - t) / (t + v), end)
                });
            }
        }
    }
    if let Some((den, end)) = denominator_at(s, e, int.value == 1.0) {
        let value = match int.and_split {
            Some((before, _)) => before + (int.value - before) / den,
            None => int.value / den,
        };
        let mut f = NumMatch {
            fraction: true,
            ..num(value, end)
        };
        // "two thirds of a million".
        if s.is(end, "of") && matches!(s.w(end + 1), "a" | "an") {
            if let Some(sc) = word_scale(s.w(end + 2)) {
                f.value *= sc;
                f.end = end + 3;
                f.fraction = false;
            }
        }
        return Some(f);
    }
    // Compound ordinals: "one hundred twenty fifth", "three trillionth".
    if let Some((v, end, false)) = ordinal_at(s, i).filter(|(_, end, _)| *end > e) {
        return Some(NumMatch {
            ordinal: true,
            ..num(v, end)
        });
    }
    // Mixed numbers: "one and a half", "3 million and a quarter", "five and a half million".
    if s.is(e, "and") {
        if let Some((f, end)) = and_fraction(s, e + 1) {
            if let Some(sc) = word_scale(s.w(end)) {
                // "one billion and a half million" / "five and a half million".
                let value = match int.ends_on_scale {
                    Some(_) => int.value + f * sc,
                    None => (int.value + f) * sc,
                };
                return Some(num(value, end + 1));
            }
            let unit = int.ends_on_scale.unwrap_or(1.0);
            m.value = int.value + f * unit;
            m.end = end;
            return Some(m);
        }
    }
    // "3 dozens", "three hundred and two dozens" (300 + 2 × 12).
    if matches!(s.w(e), "dozen" | "dozens" | "dzs" | "dozs" | "doz" | "dz") {
        let (before, after) = match int.and_split {
            Some((b, _)) => (b, int.value - b),
            None => (0.0, int.value),
        };
        m.value = before + after * 12.0;
        m.end = e + 1;
        return Some(m);
    }
    // "one billion and three quarters million" is covered above; a plain integer otherwise.
    Some(m)
}

/// "a hundredth", "a twenty-first", "a hundred trillionths" (a = one).
pub(super) fn a_fraction(s: &Scan, i: usize) -> Option<NumMatch> {
    let (den, end) = denominator_at(s, i + 1, true)?;
    Some(NumMatch {
        fraction: true,
        ..num(1.0 / den, end)
    })
}
