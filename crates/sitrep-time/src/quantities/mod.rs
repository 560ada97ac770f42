//! Quantities: cardinals (digits and words), vague amounts, fractions,
//! percentages, money, ranges and ratios, each with its approximation
//! qualifier and its counted object.

mod object;
mod qualifier;

use sitrep_core::{Approx, Quantity, Span, TimeExpr, Token};

use crate::lex::{Kind, Scan};
use crate::numbers::{number_at, scale_word, NumMatch};

/// Finds the quantities of `text`.
///
/// `tokens` is the document's token layer; when it carries a dependency
/// parse the counted object is read from it (the noun the number modifies),
/// otherwise from the noun phrase that follows. Numbers inside time
/// expressions (years, days of the month, "three years") are left to the
/// time layer.
pub fn find_quantities(text: &str, tokens: &[Token]) -> Vec<Quantity> {
    let scan = Scan::new(text);
    let times = crate::times::find_times_in(&scan, None);
    quantities_in(&scan, tokens, &times)
}

pub(crate) fn quantities_in(s: &Scan, tokens: &[Token], times: &[TimeExpr]) -> Vec<Quantity> {
    let parsed = tokens
        .iter()
        .any(|t| t.head.is_some() && !t.deprel.is_empty());
    let mut out = Vec::new();
    let mut time_idx = 0;
    let mut i = 0;
    while i < s.len() {
        let tok = s.toks[i];
        let first = s.w(i).as_bytes().first().copied().unwrap_or(b' ');
        // Fast path: only digits, letters and currency signs can start a quantity.
        if !(first.is_ascii_alphanumeric()
            || tok.kind == Kind::Punct && currency_sign(s.w(i)).is_some())
        {
            i += 1;
            continue;
        }
        while time_idx < times.len() && times[time_idx].span.end <= tok.start {
            time_idx += 1;
        }
        if times
            .get(time_idx)
            .is_some_and(|t| t.span.start <= tok.start)
        {
            i += 1;
            continue;
        }
        match quantity_at(s, i, tokens, parsed) {
            Some((mut q, next)) => {
                // "minus five percent".
                if i > 0 && matches!(s.w(i - 1), "minus" | "negative") {
                    q.value = -q.value;
                    q.value_max = q.value_max.map(|v| -v);
                    q.span.start = s.toks[i - 1].start;
                }
                // The number itself must not run into a time expression.
                let num_end = s.toks[next.saturating_sub(1).max(i)].end;
                let clash = times.get(time_idx).is_some_and(|t| t.span.start < num_end);
                if !clash {
                    out.push(q);
                }
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

fn currency_sign(w: &str) -> Option<&'static str> {
    Some(match w {
        "$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "JPY",
        "₽" => "RUB",
        _ => return None,
    })
}

/// Currency and measurement words after a number, normalized.
fn unit_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "%" | "percent" | "percents" | "pct" => "%",
        "dollars" | "dollar" | "usd" => "USD",
        "euros" | "euro" | "eur" => "EUR",
        "pounds" | "pound" | "gbp" | "sterling" => "GBP",
        "rubles" | "roubles" | "ruble" | "rouble" | "rub" => "RUB",
        "yuan" | "renminbi" => "CNY",
        "yen" => "JPY",
        "rupees" => "INR",
        "hryvnias" | "hryvnia" => "UAH",
        "rupiah" => "IDR",
        "rand" => "ZAR",
        "francs" => "CHF",
        "pence" | "p" => "pence",
        "km" | "kilometres" | "kilometers" | "kilometre" | "kilometer" => "km",
        "miles" | "mile" => "miles",
        "kg" | "kilograms" | "kilogrammes" => "kg",
        "tonnes" | "tons" | "tonne" | "ton" => "tonnes",
        "metres" | "meters" | "metre" | "meter" => "m",
        _ => return None,
    })
}

fn is_currency(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
}

fn number_here(s: &Scan, i: usize) -> Option<NumMatch> {
    let m = number_at(s, i)?;
    // Model designations and codes: "Su-34", "S-400", "COVID-19".
    if m.digits
        && i >= 2
        && s.is(i - 1, "-")
        && s.glued(i)
        && s.glued(i - 1)
        && s.kind(i - 2) == Some(Kind::Word)
    {
        return None;
    }
    if m.digits && i >= 1 && s.glued(i) && s.kind(i - 1) == Some(Kind::Word) {
        return None;
    }
    if i >= 1 && matches!(s.w(i - 1), "#" | "no" | "№") && m.digits {
        return None;
    }
    if !m.digits
        && s.w(i) == "one"
        && matches!(
            s.w(m.end),
            "of" | "another"
                | ","
                | "."
                | "who"
                | "that"
                | "which"
                | "is"
                | "was"
                | "has"
                | "day"
                | "side"
                | "way"
        )
    {
        return None;
    }
    // Word ordinals ("first", "second") are ranks in prose, not quantities.
    if m.ordinal && !m.digits {
        return None;
    }
    Some(m)
}

/// "per cent of twenty-two", "percent of 10": a share named before its number
/// (only when no number stands before "percent", which would be the share:
/// "5 percent of 10").
fn percent_then_number(s: &Scan, i: usize) -> Option<(Quantity, usize)> {
    let k = match s.w(i) {
        "percent" | "percents" => i + 1,
        "per" if s.is(i + 1, "cent") => i + 2,
        _ => return None,
    };
    if !s.is(k, "of") || i > 0 && number_at(s, i - 1).is_some() {
        return None;
    }
    let m = number_at(s, k + 1).filter(|m| !m.ordinal && !m.vague && !m.fraction)?;
    // "percent of 10 people" counts people; the share is then unknown.
    if s.kind(m.end) == Some(Kind::Word) && !matches!(s.w(m.end), "and" | "or" | "is" | "was") {
        return None;
    }
    let span = Span::new(s.toks[i].start, s.toks[m.end - 1].end);
    let unit_span = Span::new(s.toks[i].start, s.toks[k - 1].end);
    Some((
        Quantity {
            span,
            value: m.value,
            value_max: None,
            approx: Approx::Exact,
            unit: Some("%".to_string()),
            unit_span: Some(unit_span),
        },
        m.end,
    ))
}

fn quantity_at(s: &Scan, i: usize, tokens: &[Token], parsed: bool) -> Option<(Quantity, usize)> {
    if let Some(q) = percent_then_number(s, i) {
        return Some(q);
    }
    let (currency, num_start) = match currency_sign(s.w(i)) {
        Some(c) => (Some(c), i + 1),
        None if s.is(i, "us") && s.is(i + 1, "$") && s.glued(i + 1) => (Some("USD"), i + 2),
        // "dollars 1.13bn", "pounds 600m": the currency named before the amount.
        None if s.kind(i + 1) == Some(Kind::Num) && unit_word(s.w(i)).is_some_and(is_currency) => {
            (unit_word(s.w(i)), i + 1)
        }
        None => (None, i),
    };
    let m = number_here(s, num_start)?;
    // The qualifier sits before the currency sign or the number.
    let (mut approx, mut qual_start, range_opener) = qualifier::before(s, i);
    let mut end = m.end;
    let mut value_max = None;
    // Ranges: "between 10 and 20", "10 to 20", "10-20", "from 10 to 20", "3% to 3.5%".
    // The unit may come after each bound: "3% to 3.5%", "between 150 euros and 300 euros".
    let first_unit = unit_word(s.w(end));
    let percent_first = currency.is_none()
        && first_unit.is_some()
        && matches!(s.w(end + 1), "to" | "-" | "–" | "and");
    if percent_first {
        end += 1;
    }
    let sep = s.w(end);
    let range_sep = matches!(sep, "-" | "–" | "to")
        || (sep == "and" && range_opener && qual_start.is_some_and(|q| s.is(q, "between")));
    if range_sep {
        let k = if currency_sign(s.w(end + 1)).is_some() {
            end + 2
        } else {
            end + 1
        };
        let unit_ok = !percent_first
            || number_at(s, k).is_some_and(|m2| unit_word(s.w(m2.end)) == first_unit);
        if let Some(m2) = number_at(s, k).filter(|m2| {
            !m2.ordinal
                && m2.digits == m.digits
                && (m2.value > m.value || s.w(m2.end - 1) != s.w(k))
        }) {
            // "5-10 million": the upper bound's scale applies to both.
            let scale = if m2.end > k + 1 {
                scale_word(s.w(m2.end - 1)).unwrap_or(1.0)
            } else {
                1.0
            };
            let low = if m.end == num_start + 1 && scale > 1.0 {
                m.value * scale
            } else {
                m.value
            };
            if m2.value > low && unit_ok {
                value_max = Some(m2.value);
                end = m2.end;
                approx = Approx::Range;
                return finish(
                    s, i, num_start, end, low, value_max, approx, qual_start, currency, &m, tokens,
                    parsed,
                );
            }
        }
    }
    if percent_first {
        end -= 1;
    }
    if range_opener {
        qual_start = None;
    }
    let (post, _) = qualifier::after(s, end);
    if approx == Approx::Exact {
        if let Some(p) = post {
            approx = p;
        } else if m.vague {
            approx = Approx::About;
        }
    }
    finish(
        s, i, num_start, end, m.value, value_max, approx, qual_start, currency, &m, tokens, parsed,
    )
}

#[allow(clippy::too_many_arguments)]
fn finish(
    s: &Scan,
    i: usize,
    num_start: usize,
    end: usize,
    value: f64,
    value_max: Option<f64>,
    approx: Approx,
    qual_start: Option<usize>,
    currency: Option<&str>,
    m: &NumMatch,
    tokens: &[Token],
    parsed: bool,
) -> Option<(Quantity, usize)> {
    let (_, after_post) = qualifier::after(s, end);
    let tok_span = |a: usize, b: usize| -> Option<Span> {
        Some(Span::new(s.toks.get(a)?.start, s.toks.get(b)?.end))
    };
    // The unit: currency sign, a unit word, or the counted object.
    let (unit, unit_span, unit_end) = if let Some(c) = currency {
        let skip = if matches!(unit_word(s.w(end)), Some("USD")) {
            end + 1
        } else {
            end
        };
        (Some(c.to_string()), tok_span(i, i), skip)
    } else if let Some(u) = unit_word(s.w(end)) {
        (Some(u.to_string()), tok_span(end, end), end + 1)
    } else if m.digits && s.w(end - 1).ends_with('p') && s.kind(end - 1) == Some(Kind::Num) {
        // "80p"
        (Some("pence".to_string()), tok_span(end - 1, end - 1), end)
    } else if s.is(end, "of") && unit_word(s.w(end + 1)).is_some_and(is_currency) {
        // "hundreds of millions of pounds"
        (
            unit_word(s.w(end + 1)).map(str::to_string),
            tok_span(end + 1, end + 1),
            end + 2,
        )
    } else if s.is(end, "percentage") && !matches!(s.w(end + 1), "point" | "points") {
        (Some("%".to_string()), tok_span(end, end), end + 1)
    } else if s.is(end, "per") && s.is(end + 1, "cent") {
        (Some("%".to_string()), tok_span(end, end + 1), end + 2)
    } else if matches!(s.w(end), "belarusian" | "russian") && unit_word(s.w(end + 1)) == Some("RUB")
    {
        let code = if s.is(end, "belarusian") {
            "BYN"
        } else {
            "RUB"
        };
        (Some(code.to_string()), tok_span(end, end + 1), end + 2)
    } else if m.ordinal {
        // An ordinal ranks ("80th anniversary"); it does not count anything.
        (None, None, end)
    } else {
        let found = if parsed {
            object::from_parse(s, num_start, end, tokens)
        } else {
            object::following(s, after_post.max(end), m)
        };
        match found {
            Some((text, span, tok_end)) => (Some(text), Some(span), tok_end),
            None => (None, None, end),
        }
    };
    let start_tok = qual_start.unwrap_or(i);
    let span_end_tok = if unit_end > end && unit_end <= end + 6 {
        unit_end
    } else {
        after_post.max(end)
    };
    let span = tok_span(start_tok, span_end_tok.checked_sub(1)?)?;
    Some((
        Quantity {
            span,
            value,
            value_max,
            approx,
            unit,
            unit_span,
        },
        end,
    ))
}
