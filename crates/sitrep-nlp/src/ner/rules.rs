//! News rules layered on the statistical tagger.
//!
//! CoNLL-2003 is 1990s Reuters; defence and diplomacy reporting names things
//! its annotators rarely saw. These rules are general patterns over token
//! shapes and a few head words, never lists of specific names:
//!
//! - **Institutions**: capitalized words ending in an institutional head
//!   (`Ministry`, `Agency`, `Committee` ...) plus trailing `of/for/on (the)
//!   Capitalized ...` phrases -> ORG over exactly those words ("the press
//!   service of the Belarusian Defense Ministry" -> "Belarusian Defense
//!   Ministry"; "Ministry of Defence of the Russian Federation").
//! - **Named events with years**: capitalized name + year ("Zapad 2025",
//!   "Zapad-2025", "Union Shield 2023") -> MISC, when the sentence speaks of
//!   exercises/drills or the model did not see a person, place or
//!   organization in the name.
//! - **Agreements and programmes**: capitalized words with a document head
//!   (`Treaty`, `Agreement`, `Programme` ...) and its `on/of/for ...`
//!   complement -> MISC ("Treaty on Security Guarantees"); a lowercase head
//!   needs a year range ("the Union State programme ... for 2026-2030").
//! - **Hardware designations**: `Su-30SM`, `MiG-29`, `S-400`, `Iskander-M`,
//!   `Polonez-M` -> MISC, also when the tokenizer split them at the hyphen.
//! - **Abbreviations defined in the text** ([`propagate_abbreviations`]):
//!   "Collective Security Treaty Organization (CSTO)" binds CSTO to its
//!   expansion, and later bare "CSTO" get the same label.
//!
//! - **Office titles** ([`titles`]): "First Deputy Defence Minister" is a
//!   title, not an ORG mention.
//! - **Things named by the noun after them** ([`products`]): "the Oreshnik
//!   system", "his Telegram channel" are MISC, "the Izvestia newspaper" ORG,
//!   unless the gazetteer knows the word as a place.
//!
//! Rule spans replace the model's spans they overlap.

use sitrep_core::{EntityLabel, Span};

use super::data::{TokenSpan, ENTITY_TYPES};

const ORG: usize = 1;
const MISC: usize = 3;
const PER: usize = 0;

/// What the gazetteer knows about one token: it lies in a known place
/// name, in an organisation name of the NER training data, or in a person
/// name (a trained name or a known first or last name); `nationality` is
/// only worked out before a noun for people ([`is_nationality_head`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Known {
    pub place: bool,
    pub organization: bool,
    pub person: bool,
    pub nationality: bool,
}

/// Whether `word` is a plural noun for people that a nationality adjective
/// often precedes ("troops", "officials").
pub fn is_nationality_head(word: &str) -> bool {
    products::NATIONALITY_HEADS.contains(&word)
}

/// An entity found in a document, before canonical names are assigned.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub span: Span,
    /// Document-level index of its first token.
    pub first_token: usize,
    pub tokens: usize,
    pub label: EntityLabel,
}

const INSTITUTION_HEADS: &[&str] = &[
    "Ministry",
    "Ministries",
    "Agency",
    "Committee",
    "Service",
    "Council",
    "Office",
    "Department",
    "Directorate",
    "Command",
    "Commission",
    "Bureau",
    "Parliament",
    "Assembly",
    "Duma",
    "Court",
    "Government",
    "Administration",
    "Army",
    "Navy",
    "Forces",
    "Guard",
    "Staff",
    "Organization",
    "Organisation",
    "Alliance",
    "Institute",
    "University",
    "Academy",
    "Inspectorate",
    "Secretariat",
    "Presidium",
    "Cabinet",
    "Legion",
    "Corps",
    "Brigade",
    "Division",
    "Regiment",
    "Battalion",
    "Fleet",
];

/// Institution heads of two words, whose last word alone names a place
/// ("the Moscow Military District" is a command, "the Minsk District" a
/// region).
const TWO_WORD_HEADS: &[(&str, &str)] = &[("Military", "District")];

const DOCUMENT_HEADS: &[&str] = &[
    "Treaty",
    "Agreement",
    "Convention",
    "Accord",
    "Accords",
    "Pact",
    "Charter",
    "Protocol",
    "Memorandum",
    "Declaration",
    "Doctrine",
    "Concept",
    "Strategy",
    "Programme",
    "Program",
    "Initiative",
    "Plan",
    "Act",
];

const LOWERCASE_DOCUMENT_HEADS: &[&str] = &[
    "programme",
    "program",
    "treaty",
    "agreement",
    "strategy",
    "concept",
    "plan",
    "doctrine",
];

const EVENT_CUES: &[&str] = &[
    "exercise",
    "exercises",
    "drill",
    "drills",
    "maneuvers",
    "manoeuvres",
    "wargames",
    "games",
    "war-games",
    "training",
    "trainings",
    "maneuver",
    "manoeuvre",
];

/// Capitalized words that start sentences or dates rather than names.
const NOT_NAME_WORDS: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "By",
    "Since",
    "Until",
    "For",
    "From",
    "Of",
    "And",
    "Before",
    "After",
    "During",
    "Through",
    "Summer",
    "Winter",
    "Spring",
    "Autumn",
    "Fall",
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
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "This",
    "That",
    "Last",
    "Next",
    "Early",
    "Late",
    "Mid",
    "End",
    "Year",
    "Years",
    "Also",
    "But",
    "As",
    "If",
    "When",
    "With",
    "To",
    "Until",
];

const CONNECTORS: &[&str] = &["of", "for", "on", "between", "in"];

fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn is_name_word(word: &str) -> bool {
    is_capitalized(word) && !NOT_NAME_WORDS.contains(&word) && word.chars().any(char::is_alphabetic)
}

fn is_year(word: &str) -> bool {
    word.len() == 4
        && (word.starts_with("19") || word.starts_with("20"))
        && word.bytes().all(|b| b.is_ascii_digit())
}

/// "2026-2030", "2026–2030" as one token.
fn is_year_range(word: &str) -> bool {
    let Some((a, b)) = word.split_once(['-', '–']) else {
        return false;
    };
    is_year(a) && is_year(b)
}

/// Where a year or a year range starting at `j` ends: "2025", "2026-2030"
/// as one token, or "2027 - 2034" as the tokenizer splits it.
fn year_end(words: &[&str], j: usize) -> Option<usize> {
    let word = *words.get(j)?;
    if is_year_range(word) {
        return Some(j + 1);
    }
    if !is_year(word) {
        return None;
    }
    let split_range = words.get(j + 1).is_some_and(|d| matches!(*d, "-" | "–"))
        && words.get(j + 2).is_some_and(|y| is_year(y));
    Some(if split_range { j + 3 } else { j + 1 })
}

/// Extends `end` over `of/for/on (the) Capitalized+ (and Capitalized+)` phrases.
fn extend_complements(words: &[&str], mut end: usize) -> usize {
    loop {
        let mut j = end;
        if j >= words.len() || !CONNECTORS.contains(&words[j]) {
            return end;
        }
        j += 1;
        if j < words.len() && words[j] == "the" {
            j += 1;
        }
        let before = j;
        while j < words.len()
            && (is_name_word(words[j])
                || (words[j] == "and"
                    && j > before
                    && j + 1 < words.len()
                    && is_name_word(words[j + 1])))
        {
            j += 1;
        }
        if j == before {
            return end;
        }
        end = j;
    }
}

/// Start of the run of name words ending just before `end`.
fn extend_left(words: &[&str], end: usize, floor: usize) -> usize {
    let mut start = end;
    while start > floor && is_name_word(words[start - 1]) {
        start -= 1;
    }
    start
}

fn institutions(words: &[&str], out: &mut Vec<TokenSpan>) {
    for (i, w) in words.iter().enumerate() {
        let after = |word: &str| i > 0 && words[i - 1] == word;
        let head = INSTITUTION_HEADS.contains(w)
            || TWO_WORD_HEADS
                .iter()
                .any(|&(first, last)| *w == last && after(first));
        if !head {
            continue;
        }
        let start = extend_left(words, i, 0);
        let end = extend_complements(words, i + 1);
        if end - start >= 2 {
            out.push(TokenSpan {
                start,
                end,
                type_index: ORG,
            });
        }
    }
}

fn documents(words: &[&str], out: &mut Vec<TokenSpan>) {
    for (i, w) in words.iter().enumerate() {
        if DOCUMENT_HEADS.contains(w) {
            let start = extend_left(words, i, 0);
            let mut end = extend_complements(words, i + 1);
            if let Some(after_year) = year_end(words, end) {
                end = after_year;
            }
            if end - start >= 2 {
                out.push(TokenSpan {
                    start,
                    end,
                    type_index: MISC,
                });
            }
        } else if LOWERCASE_DOCUMENT_HEADS.contains(w) {
            let start = extend_left(words, i, 0);
            if start == i {
                continue;
            }
            // A lowercase head names a document only with its period attached.
            let range_end = (i + 1..words.len().min(i + 12)).find(|&j| {
                is_year_range(words[j])
                    || (is_year(words[j])
                        && words.get(j + 1) == Some(&"-")
                        && words.get(j + 2).is_some_and(|y| is_year(y)))
            });
            if let Some(j) = range_end {
                let end = if is_year_range(words[j]) {
                    j + 1
                } else {
                    j + 3
                };
                out.push(TokenSpan {
                    start,
                    end,
                    type_index: MISC,
                });
            }
        }
    }
}

/// The name part of "Zapad-2025": letters, hyphen, year.
fn hyphenated_year(word: &str) -> bool {
    match word.rsplit_once('-') {
        Some((name, year)) => is_year(year) && name.len() >= 3 && is_name_word(name),
        None => false,
    }
}

fn named_events(words: &[&str], model: &[TokenSpan], known: &[Known], out: &mut Vec<TokenSpan>) {
    let cue = words
        .iter()
        .any(|w| EVENT_CUES.iter().any(|c| w.eq_ignore_ascii_case(c)));
    // A name of several words the model calls an organisation, followed by a
    // year, is a dated exercise, plan or product ("Northern Shield 2027")
    // unless the organisation is one the training data knows or it ends in
    // an institutional head ("the European Union 2004 enlargement").
    let novel_organization = |s: &TokenSpan| {
        s.type_index == ORG
            && s.end - s.start >= 2
            && !(s.start..s.end).any(|t| known.get(t).is_some_and(|k| k.organization || k.place))
            && !INSTITUTION_HEADS.contains(&words[s.end - 1])
            && !matches!(
                words[s.end - 1],
                "Union" | "Nations" | "States" | "Party" | "Bank"
            )
    };
    let typed_by_model = |start: usize, end: usize| {
        model.iter().any(|s| {
            s.start < end && start < s.end && s.type_index != MISC && !novel_organization(s)
        })
    };
    for (i, w) in words.iter().enumerate() {
        // A range's second year belongs to the first one's name.
        let range_tail = i >= 2 && words[i - 1] == "-" && is_year(words[i - 2]);
        let (name_end, end) = if is_year(w) && !range_tail {
            (i, year_end(words, i).unwrap_or(i + 1))
        } else if hyphenated_year(w) {
            (i + 1, i + 1)
        } else {
            continue;
        };
        let start = extend_left(words, name_end, name_end.saturating_sub(3));
        let start = if hyphenated_year(w) && start == name_end {
            i
        } else {
            start
        };
        // "the armed forces of Belarus and Russia Zapad 2025": a place or
        // party the model found right before the name is not part of it, as
        // long as at least one name word is left.
        let start = model
            .iter()
            .filter(|s| s.type_index != MISC && s.start >= start && s.end < name_end)
            .map(|s| s.end)
            .fold(start, usize::max);
        // "... of Belarus and Russia Zapad 2025": a word right after "and"
        // closes a coordination; it does not open the event's name.
        let after_conjunction = start > 0 && matches!(words[start - 1], "and" | "or" | "&");
        let start = if after_conjunction && start + 1 < name_end {
            start + 1
        } else {
            start
        };
        if start >= end || (start == i && !hyphenated_year(w)) {
            continue;
        }
        if cue || !typed_by_model(start, name_end.max(start + 1)) {
            out.push(TokenSpan {
                start,
                end,
                type_index: MISC,
            });
        }
    }
}

pub use sitrep_core::shapes::is_hardware_designation;

fn hardware(text: &str, words: &[&str], offsets: &[Span], out: &mut Vec<TokenSpan>) {
    let mut i = 0;
    while i < words.len() {
        // The longest run of up to four tokens written without spaces.
        let mut j = i + 1;
        while j < words.len() && j - i < 4 && offsets[j - 1].end == offsets[j].start {
            j += 1;
        }
        let mut matched = false;
        for end in (i + 1..=j).rev() {
            let joined = text
                .get(offsets[i].start..offsets[end - 1].end)
                .unwrap_or("");
            if is_hardware_designation(joined) {
                out.push(TokenSpan {
                    start: i,
                    end,
                    type_index: MISC,
                });
                i = end;
                matched = true;
                break;
            }
        }
        if !matched {
            i += 1;
        }
    }
}

/// Applies the sentence-level rules to the model's spans of one sentence.
/// `offsets` are the tokens' byte spans in `text`.
pub fn apply(
    text: &str,
    words: &[&str],
    offsets: &[Span],
    model: Vec<TokenSpan>,
) -> Vec<TokenSpan> {
    apply_with_places(text, words, offsets, model, &[])
}

/// [`apply`] with gazetteer evidence about each token (`known` may be empty).
pub fn apply_with_places(
    text: &str,
    words: &[&str],
    offsets: &[Span],
    model: Vec<TokenSpan>,
    known: &[Known],
) -> Vec<TokenSpan> {
    let mut ruled = Vec::new();
    institutions(words, &mut ruled);
    documents(words, &mut ruled);
    named_events(words, &model, known, &mut ruled);
    hardware(text, words, offsets, &mut ruled);
    let model = join_hyphenated_names(words, offsets, model);
    let spans = merge(model, ruled)
        .into_iter()
        .map(|s| match matches!(s.type_index, ORG | MISC) {
            true => titles::name_after_portfolio(words, &s).unwrap_or(s),
            false => s,
        })
        .flat_map(|s| {
            match people::person_after_organisation(words, known, INSTITUTION_HEADS, &s) {
                Some((organisation, person)) => [Some(organisation), Some(person)],
                None => [Some(s), None],
            }
        })
        .flatten()
        .map(|s| people::person_after_rank(words, known, &s).unwrap_or(s))
        .filter(|s| !people::is_bare_office(words, s))
        .filter(|s| !(matches!(s.type_index, ORG | MISC) && titles::is_title_portfolio(words, s)))
        .map(|s| match products::relabel(words, known, &s) {
            Some(type_index) => TokenSpan { type_index, ..s },
            None => s,
        })
        .collect();
    // Again: a person split out of a portfolio ("Minister of National
    // Defence Władysław Kosiniak-Kamysz") keeps a hyphenated surname whole.
    join_hyphenated_names(words, offsets, spans)
}

/// "Władysław Kosiniak-Kamysz": the tokenizer splits a double-barrelled
/// surname at its hyphen (as UD does) and the model, trained on text where
/// such names are one token, tags the halves as two people. A person span
/// glued by a bare hyphen to a capitalized word is one name.
fn join_hyphenated_names(
    words: &[&str],
    offsets: &[Span],
    mut spans: Vec<TokenSpan>,
) -> Vec<TokenSpan> {
    let glued = |a: usize, b: usize| offsets[a].end == offsets[b].start;
    let mut k = 0;
    while k < spans.len() {
        let s = spans[k];
        let hyphen = s.end;
        let next = hyphen + 1;
        let joins = s.type_index == PER
            && next < words.len()
            && words[hyphen] == "-"
            && glued(hyphen - 1, hyphen)
            && glued(hyphen, next)
            && words[next].chars().next().is_some_and(char::is_uppercase);
        if !joins {
            k += 1;
            continue;
        }
        // The second half: a following span starting there, or the word.
        let end = match spans.get(k + 1).copied() {
            Some(t) if t.start == next => {
                spans.remove(k + 1);
                t.end
            }
            _ => next + 1,
        };
        spans[k].end = end;
    }
    spans
}

/// Rule spans (longest first) replace overlapping model spans.
fn merge(model: Vec<TokenSpan>, mut ruled: Vec<TokenSpan>) -> Vec<TokenSpan> {
    ruled.sort_by_key(|s| (std::cmp::Reverse(s.end - s.start), s.start));
    let mut accepted: Vec<TokenSpan> = Vec::new();
    for s in ruled {
        if !accepted.iter().any(|a| a.start < s.end && s.start < a.end) {
            accepted.push(s);
        }
    }
    let mut out: Vec<TokenSpan> = model
        .into_iter()
        .filter(|m| !accepted.iter().any(|a| a.start < m.end && m.start < a.end))
        .collect();
    out.extend(accepted);
    out.sort_by_key(|s| s.start);
    out
}

/// The label a rule type index stands for (kept for callers outside this module).
pub fn label_of(type_index: usize) -> EntityLabel {
    ENTITY_TYPES
        .get(type_index)
        .copied()
        .unwrap_or(EntityLabel::Misc)
}

mod abbreviations;
mod people;
mod products;
mod titles;

#[cfg(test)]
use abbreviations::initials_match;
pub use abbreviations::{propagate_abbreviations, Abbreviation};

#[cfg(test)]
mod tests;
