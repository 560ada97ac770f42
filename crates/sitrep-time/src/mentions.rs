//! Every number in a text, with no judgement about what it counts.
//!
//! Beyond what quantities need, this reads notations that only make sense
//! when a number is wanted for its own sake: negatives ("minus five",
//! "-4/5"), ratios ("one over three", "two out of five hundred"), slash and
//! Unicode fractions ("2 1/4", "¾"), scientific notation ("1.3e6",
//! "6.23x10^-4", "1.1^23"), space-grouped digits ("1 234 567"), scale
//! letters ("10 k", "10G") and the digit groups of IP addresses, slashed
//! dates and lists ("192.168.1.2" → 192, 168, 1, 2).

use sitrep_core::Span;

use crate::lex::{Kind, Scan};
use crate::numbers::{number_at, parse_digits, split_suffix};

/// A number written in digits or words, cardinal or ordinal.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NumberMention {
    pub span: Span,
    pub value: f64,
    pub ordinal: bool,
    /// A vague amount ("dozens", "several thousand") with a conventional value.
    pub vague: bool,
}

/// Lists the numbers of `text` left to right ("twenty-first" → 21, ordinal;
/// "60,000" → 60000; "a third" → 0.333…). Unlike [`crate::find_quantities`]
/// it keeps numbers inside dates and word ordinals.
pub fn find_numbers(text: &str) -> Vec<NumberMention> {
    let s = Scan::new(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        if let Some((value, end)) = unicode_fraction(s.w(i)).map(|v| (v, i + 1)).or_else(|| {
            // ".08": a decimal without its leading zero.
            (s.is(i, ".") && s.toks[i].space_before && s.glued(i + 1))
                .then(|| parse_digits(&format!("0.{}", s.w(i + 1))).map(|v| (v, i + 2)))
                .flatten()
        }) {
            push(&mut out, &s, i, end, value, false, false);
            i = end;
            continue;
        }
        if s.kind(i) == Some(Kind::Punct) {
            i += 1;
            continue;
        }
        if let Some(end) = split_groups(&s, i, &mut out) {
            i = end;
            continue;
        }
        let Some((mut value, mut end, ordinal, vague)) = special_digits(&s, i)
            .map(|(v, e)| (v, e, false, false))
            .or_else(|| {
                number_at(&s, i)
                    .filter(|m| m.end > i)
                    .map(|m| (m.value, m.end, m.ordinal, m.vague))
            })
        else {
            i += 1;
            continue;
        };
        let mut start = i;
        // Negatives: "minus five", "negative one", "-4/5", "- 10 k".
        let negative_word = i > 0 && matches!(s.w(i - 1), "minus" | "negative");
        let dash = i > 0
            && s.is(i - 1, "-")
            && s.kind(i) == Some(Kind::Num)
            && (i < 2 || s.toks[i - 1].space_before || s.kind(i - 2) == Some(Kind::Punct))
            && (i < 2 || s.kind(i - 2) != Some(Kind::Num));
        if negative_word || dash {
            value = -value;
            start = i - 1;
        }
        let after_money = start > 0 && matches!(s.w(start - 1), "$" | "€" | "£");
        if !ordinal && !after_money {
            if let Some((ratio, e)) = ratio_after(&s, end).filter(|(r, e)| {
                // "12 out of 10" is two numbers; "over 3 years" is a period.
                (s.is(end, "over") || value.abs() <= *r)
                    && crate::lex::Unit::parse(s.w(*e)).is_none()
            }) {
                value /= ratio;
                end = e;
            }
        }
        push(&mut out, &s, start, end, value, ordinal, vague);
        i = end;
    }
    out
}

fn push(
    out: &mut Vec<NumberMention>,
    s: &Scan,
    start: usize,
    end: usize,
    value: f64,
    ordinal: bool,
    vague: bool,
) {
    if let (Some(a), Some(b)) = (s.toks.get(start), s.toks.get(end.saturating_sub(1))) {
        out.push(NumberMention {
            span: Span::new(a.start, b.end),
            value,
            ordinal,
            vague,
        });
    }
}

fn unicode_fraction(w: &str) -> Option<f64> {
    Some(match w {
        "½" => 0.5,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅕" => 0.2,
        "⅙" => 1.0 / 6.0,
        "⅛" => 0.125,
        _ => return None,
    })
}

/// "one over three", "two out of five hundred", "1 in twenty-one": the divisor.
fn ratio_after(s: &Scan, end: usize) -> Option<(f64, usize)> {
    let k = match s.w(end) {
        "over" => end + 1,
        "out" if s.is(end + 1, "of") => end + 2,
        "in" if s.kind(end + 1) == Some(Kind::Word) => end + 1,
        _ => return None,
    };
    let m = number_at(s, k).filter(|m| !m.ordinal && m.value != 0.0)?;
    // "hundreds" in "out of five hundreds" is read as a plain hundred.
    let (value, end) = if s.is(m.end, "hundreds") {
        (m.value * 100.0, m.end + 1)
    } else {
        (m.value, m.end)
    };
    Some((value, end))
}

/// Tokens that hold several numbers: "192.168.1.2", "5/17/2018",
/// "22,24,26,31", "2222/2222". Pushes each group; returns the next token.
fn split_groups(s: &Scan, i: usize, out: &mut Vec<NumberMention>) -> Option<usize> {
    let w = s.w(i);
    if s.kind(i) != Some(Kind::Num) || !w.bytes().all(|b| b.is_ascii_digit() || b".,/".contains(&b))
    {
        return None;
    }
    let sep = if w.matches('.').count() > 1 {
        b'.'
    } else if w.matches('/').count() > 1 || (w.contains('/') && w.split('/').any(|p| p.len() > 3)) {
        b'/'
    } else if w.contains(',')
        && !w.contains('.')
        && parse_digits(w).is_none()
        && w.split(',').all(|p| p.len() <= 2)
    {
        b','
    } else {
        return None;
    };
    let base = s.toks[i].start;
    let mut offset = 0;
    for part in w.split(sep as char) {
        if let (false, Ok(v)) = (part.is_empty(), part.parse::<f64>()) {
            out.push(NumberMention {
                span: Span::new(base + offset, base + offset + part.len()),
                value: v,
                ordinal: false,
                vague: false,
            });
        }
        offset += part.len() + 1;
    }
    Some(i + 1)
}

/// Digit notations: "2 1/4", "3/4", "1 234 567", "1e10", "12.32e+14",
/// "6.23x10^-4", "1.1^23", "10 k", "10G", "1.2b".
fn special_digits(s: &Scan, i: usize) -> Option<(f64, usize)> {
    if s.kind(i) != Some(Kind::Num) {
        return None;
    }
    let w = s.w(i);
    let (digits, suffix) = split_suffix(w);
    // Slash fractions, with a whole part before them: "2  1/4".
    if let Some((a, b)) = digits.split_once('/').filter(|_| suffix.is_empty()) {
        let (a, b): (f64, f64) = (a.parse().ok()?, b.parse().ok()?);
        return (b != 0.0).then_some((a / b, i + 1));
    }
    if suffix.is_empty() && !digits.contains([',', '.']) && digits.len() <= 3 {
        if let Some((a, b)) = s.w(i + 1).split_once('/') {
            if s.kind(i + 1) == Some(Kind::Num) && a.len() <= 2 && b.len() <= 2 {
                let (w0, a, b): (f64, f64, f64) =
                    (digits.parse().ok()?, a.parse().ok()?, b.parse().ok()?);
                if b != 0.0 && a < b {
                    return Some((w0 + a / b, i + 2));
                }
            }
        }
        // "1 234 567", "1 234 567.89": groups of three after a space.
        let mut j = i + 1;
        let mut joined = digits.to_string();
        while s.kind(j) == Some(Kind::Num) && s.toks[j].space_before {
            let g = s.w(j);
            let (int, frac) = g.split_once('.').unwrap_or((g, ""));
            if int.len() != 3 || !int.bytes().all(|b| b.is_ascii_digit()) {
                break;
            }
            joined.push_str(int);
            j += 1;
            if !frac.is_empty() {
                joined.push('.');
                joined.push_str(frac);
                break;
            }
        }
        if j > i + 1 {
            return Some((joined.parse().ok()?, j));
        }
    }
    let mantissa = parse_digits(digits)?;
    // Scientific notation: "1e10", "12.32e" "+" "14", "1.3x10" "^" "6".
    let (power_base, mut k) = match suffix {
        "e" | "x" => (10.0, i + 1),
        _ if suffix.starts_with('e') && suffix[1..].bytes().all(|b| b.is_ascii_digit()) => {
            let e: i32 = suffix[1..].parse().ok()?;
            return Some((mantissa * 10f64.powi(e), i + 1));
        }
        _ if suffix == "x10" && s.is(i + 1, "^") => (10.0, i + 2),
        "" if s.is(i + 1, "^") && s.glued(i + 1) => (mantissa, i + 2),
        "g" | "b" => return Some((mantissa * 1e9, i + 1)),
        "" if matches!(s.w(i + 1), "k" | "g" | "m" | "b" | "t")
            && !s
                .toks
                .get(i + 2)
                .is_some_and(|t| t.kind == Kind::Word && !t.space_before) =>
        {
            let scale = match s.w(i + 1) {
                "k" => 1e3,
                "m" => 1e6,
                "g" | "b" => 1e9,
                _ => 1e12,
            };
            return Some((mantissa * scale, i + 2));
        }
        _ => return None,
    };
    if suffix == "x" {
        return None;
    }
    let mut negative = false;
    while matches!(s.w(k), "+" | "-") {
        negative ^= s.is(k, "-");
        k += 1;
    }
    let e: i32 = s.w(k).parse().ok()?;
    let e = if negative { -e } else { e };
    let value = if power_base == 10.0 && !suffix.is_empty() {
        mantissa * 10f64.powi(e)
    } else {
        power_base.powi(e)
    };
    Some((value, k + 1))
}
