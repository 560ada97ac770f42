//! Inferring the missing year of a dateline from the article's content.
//!
//! Agency sites often print `17:34, 15 October` and leave the year to the
//! page chrome. The article itself usually betrays it. Each year-bearing
//! phrase votes for a year; the best-supported year wins, ties going to the
//! more recent one. Votes, strongest first:
//!
//! | rule | example | vote |
//! |---|---|---|
//! | named event beside "this year" | "This year we conducted ... Zapad 2025" | 4 for 2025 |
//! | anniversary arithmetic | "the 80th anniversary of Victory ... of 1941-1945" | 3 for 1945 + 80 |
//! | any year beside "this year" | "this year, 2025, has seen ..." | 2 |
//! | named event | "the Union Shield 2023 exercise" | 1.5 |
//! | the most recent plain mention | "In 2022, a contingent ..." | 1 (others 0.25) |
//! | a weekday printed with the date | "Wednesday, 15 October" | +3 if it matches that year, −3 if not |
//!
//! Years in a future frame ("for 2026", "until 2030", "the 2026-2030
//! programme", or any year in a sentence about plans and forecasts: "will",
//! "next", "likely", "scheduled" ...) cast no vote: plans point past the
//! publication year. "Zapad-2025" counts as a named event like "Zapad 2025". Years
//! below `lower_bound` (the latest caption date) are discarded. The winning
//! rules are reported in [`YearGuess::explanation`] for audit.

use crate::dates::{self, month_from_word, tokenize, DateParts, Tok, Token};
use crate::text::features::is_function_word;

/// The inferred year and the rules that chose it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearGuess {
    pub year: i32,
    /// E.g. `year 2025 inferred from: "this year" beside "Zapad 2025"`.
    pub explanation: String,
}

const MIN_YEAR: u32 = 1900;
const MAX_YEAR: u32 = 2100;

#[derive(Default)]
struct Ballot {
    votes: Vec<(i32, f32, String)>,
}

impl Ballot {
    fn vote(&mut self, year: i32, weight: f32, why: String) {
        self.votes.push((year, weight, why));
    }
}

/// Infers the year of `date` (month and day known) from `body`.
///
/// ```
/// use sitrep_clean::dates::DateParts;
/// let date = DateParts { year: None, month: 10, day: 15, time: None, offset: None };
/// let body = "This year the armies held the Zapad 2025 exercise. In 2009 they signed a treaty.";
/// let guess = sitrep_clean::dateline::year::infer_year(body, &date, None, None).unwrap();
/// assert_eq!(guess.year, 2025);
/// ```
pub fn infer_year(
    body: &str,
    date: &DateParts,
    weekday: Option<u32>,
    lower_bound: Option<i32>,
) -> Option<YearGuess> {
    let mut ballot = Ballot::default();
    let mut plain: Vec<i32> = Vec::new();
    for sentence in sentences(body) {
        read_sentence(sentence, &mut ballot, &mut plain);
    }
    if let Some(&latest) = plain.iter().max() {
        ballot.vote(
            latest,
            1.0,
            format!("most recent year mentioned ({latest})"),
        );
        for &y in plain.iter().filter(|&&y| y != latest) {
            ballot.vote(y, 0.25, format!("year mentioned ({y})"));
        }
    }
    if let Some(bound) = lower_bound {
        ballot.votes.retain(|(y, _, _)| *y >= bound);
        if ballot.votes.is_empty() {
            ballot.vote(
                bound,
                0.5,
                format!("latest image-caption year ({bound}) as a lower bound"),
            );
        }
    }

    // Sum per year, keeping the reasons.
    let mut totals: Vec<(i32, f32, Vec<String>)> = Vec::new();
    for (year, weight, why) in ballot.votes {
        match totals.iter_mut().find(|(y, _, _)| *y == year) {
            Some(entry) => {
                entry.1 += weight;
                if !entry.2.contains(&why) {
                    entry.2.push(why);
                }
            }
            None => totals.push((year, weight, vec![why])),
        }
    }
    if let Some(wd) = weekday {
        for (year, score, why) in &mut totals {
            if dates::weekday(*year, date.month, date.day) == wd {
                *score += 3.0;
                why.push("weekday matches".to_string());
            } else {
                *score -= 3.0;
            }
        }
    }
    totals.retain(|(year, score, _)| *score > 0.0 && date.to_iso(*year).is_some());
    let (year, _, why) = totals.into_iter().max_by(|a, b| {
        a.1.partial_cmp(&b.1)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.0.cmp(&b.0))
    })?;
    let shown: Vec<String> = why.into_iter().take(3).collect();
    Some(YearGuess {
        year,
        explanation: format!("year {year} inferred from: {}", shown.join("; ")),
    })
}

/// Rough sentence split: newlines, and `.`/`!`/`?` followed by a space.
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n').flat_map(|line| {
        let mut parts = Vec::new();
        let mut start = 0;
        let bytes = line.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            if matches!(b, b'.' | b'!' | b'?') && bytes.get(i + 1) == Some(&b' ') {
                parts.push(&line[start..=i]);
                start = i + 1;
            }
        }
        parts.push(&line[start..]);
        parts
    })
}

fn year_value(tokens: &[Token], i: usize) -> Option<i32> {
    match tokens.get(i)?.tok {
        Tok::Num { value, digits: 4 } if (MIN_YEAR..=MAX_YEAR).contains(&value) => {
            Some(value as i32)
        }
        _ => None,
    }
}

fn is_dash(tokens: &[Token], i: usize) -> bool {
    matches!(
        tokens.get(i).map(|t| t.tok),
        Some(Tok::Punct('-' | '–' | '—'))
    )
}

fn word_at<'a>(tokens: &[Token<'a>], i: usize) -> Option<&'a str> {
    match tokens.get(i)?.tok {
        Tok::Word(w) => Some(w),
        _ => None,
    }
}

/// Words that put the following year in the future relative to the report.
fn is_future_frame(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "for" | "until" | "till" | "through" | "by" | "before" | "to" | "до" | "на"
    )
}

fn read_sentence(sentence: &str, ballot: &mut Ballot, plain: &mut Vec<i32>) {
    let lower = sentence.to_lowercase();
    let this_year = [
        "this year",
        "current year",
        "этом году",
        "текущем году",
        "нынешнем году",
    ]
    .iter()
    .any(|p| lower.contains(p));
    // Plans and forecasts name years after the report's own.
    let future_sentence = FUTURE_CUES.iter().any(|cue| contains_word(&lower, cue));
    let tokens = tokenize(sentence);
    let mut i = 0;
    while i < tokens.len() {
        if let Some(n) = anniversary_at(&tokens, i) {
            // The first year (or end of a year range) after the ordinal.
            if let Some(k) = (i + 3..tokens.len()).find(|&k| year_value(&tokens, k).is_some()) {
                let base = if is_dash(&tokens, k + 1) {
                    year_value(&tokens, k + 2)
                } else {
                    None
                }
                .or_else(|| year_value(&tokens, k));
                if let Some(base) = base {
                    let year = base + n as i32;
                    let weight = if this_year { 4.0 } else { 3.0 };
                    ballot.vote(
                        year,
                        weight,
                        format!("{n}th anniversary of {base} = {year}"),
                    );
                }
            }
        }
        let Some(year) = year_value(&tokens, i) else {
            i += 1;
            continue;
        };
        let next_is_time = matches!(
            tokens.get(i + 1).map(|t| t.tok),
            Some(Tok::Punct(':' | '%'))
        );
        let money = i > 0 && matches!(tokens[i - 1].tok, Tok::Punct('$' | '€' | '£' | '₽'));
        let range_end =
            is_dash(&tokens, i.wrapping_sub(1)) && i >= 2 && year_value(&tokens, i - 2).is_some();
        let range_start = is_dash(&tokens, i + 1) && year_value(&tokens, i + 2).is_some();
        if next_is_time || money || range_end {
            i += 1;
            continue;
        }
        // "Zapad 2025" and "Zapad-2025" both name an event.
        let previous_word = match (i.checked_sub(1).map(|k| &tokens[k].tok), i.checked_sub(2)) {
            (Some(Tok::Punct('-')), Some(k)) => word_at(&tokens, k),
            (Some(Tok::Word(w)), _) => Some(*w),
            _ => None,
        };
        let future = previous_word.is_some_and(is_future_frame);
        let event_name = previous_word.is_some_and(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().count() >= 3
                && month_from_word(w).is_none()
                && !is_function_word(&w.to_lowercase())
        });
        if future || range_start || (future_sentence && !this_year) {
            i += if range_start { 3 } else { 1 };
            continue;
        }
        if event_name && this_year {
            let name = previous_word.unwrap_or_default();
            ballot.vote(year, 4.0, format!("\"this year\" beside \"{name} {year}\""));
        } else if this_year {
            ballot.vote(year, 2.0, format!("{year} beside \"this year\""));
        } else if event_name {
            let name = previous_word.unwrap_or_default();
            ballot.vote(year, 1.5, format!("named event \"{name} {year}\""));
        } else {
            plain.push(year);
        }
        i += 1;
    }
}

/// Words that put a sentence in the future (plans, forecasts, schedules).
const FUTURE_CUES: &[&str] = &[
    "will",
    "shall",
    "next",
    "upcoming",
    "scheduled",
    "expected",
    "likely",
    "forecast",
    "projected",
    "intends",
    "following year",
    "будет",
    "планируется",
    "следующем",
];

/// Whether `phrase` occurs in `lower` between word boundaries.
fn contains_word(lower: &str, phrase: &str) -> bool {
    lower.match_indices(phrase).any(|(at, _)| {
        let before = lower[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after = lower[at + phrase.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        before && after
    })
}

/// `80th anniversary`, `80-th anniversary`, `80 years since`: returns 80.
fn anniversary_at(tokens: &[Token], i: usize) -> Option<u32> {
    let Tok::Num {
        value,
        digits: 1..=3,
    } = tokens.get(i)?.tok
    else {
        return None;
    };
    let mut j = i + 1;
    if matches!(tokens.get(j).map(|t| t.tok), Some(Tok::Punct('-'))) {
        j += 1;
    }
    let w1 = word_at(tokens, j)?.to_lowercase();
    let w2 = word_at(tokens, j + 1).map(str::to_lowercase);
    let is_anniversary = (matches!(w1.as_str(), "st" | "nd" | "rd" | "th")
        && w2.as_deref() == Some("anniversary"))
        || (w1 == "years" && matches!(w2.as_deref(), Some("since" | "after")))
        || w1 == "anniversary";
    (is_anniversary && value > 0).then_some(value)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn oct15() -> DateParts {
        DateParts {
            year: None,
            month: 10,
            day: 15,
            time: None,
            offset: None,
        }
    }

    #[test]
    fn event_name_with_this_year_wins_over_future_plans() {
        let body = "This year the forces held the Vostok 2018 drills.\nThey approved a plan for 2019-2023 and a budget for 2019.";
        let g = infer_year(body, &oct15(), None, None).unwrap();
        assert_eq!(g.year, 2018);
        assert!(g.explanation.contains("Vostok 2018"), "{}", g.explanation);
    }

    #[test]
    fn anniversary_arithmetic() {
        let body = "Celebrations marked the 75th anniversary of the end of the war of 1939-1945.";
        let g = infer_year(body, &oct15(), None, None).unwrap();
        assert_eq!(g.year, 2020);
        assert!(
            g.explanation.contains("75th anniversary"),
            "{}",
            g.explanation
        );
    }

    #[test]
    fn most_recent_plain_year_and_lower_bound() {
        let body = "In 2009 a treaty was signed. In 2014 it was extended. In 2016 troops arrived.";
        assert_eq!(infer_year(body, &oct15(), None, None).unwrap().year, 2016);
        let g = infer_year(body, &oct15(), None, Some(2019)).unwrap();
        assert_eq!(g.year, 2019);
        assert!(g.explanation.contains("lower bound"));
    }

    #[test]
    fn weekday_breaks_ties() {
        // 15 October was a Wednesday in 2025 and a Tuesday in 2024.
        let body = "In 2024 the plan was drafted. In 2025 it was adopted.";
        assert_eq!(
            infer_year(body, &oct15(), Some(2), None).unwrap().year,
            2025
        );
        assert_eq!(
            infer_year(body, &oct15(), Some(1), None).unwrap().year,
            2024
        );
    }

    #[test]
    fn forecasts_do_not_vote_and_hyphenated_events_do() {
        let body = "They reviewed the Vostok-2022 drills.\nThe next exercise is likely to take place in 2024.";
        assert_eq!(infer_year(body, &oct15(), None, None).unwrap().year, 2022);
    }

    #[test]
    fn no_evidence_no_guess() {
        assert!(infer_year("Nothing dated here.", &oct15(), None, None).is_none());
        assert!(infer_year("A budget for 2030.", &oct15(), None, None).is_none());
        let feb29 = DateParts {
            year: None,
            month: 2,
            day: 29,
            time: None,
            offset: None,
        };
        assert!(infer_year("In 2023 nothing.", &feb29, None, None).is_none());
    }
}
