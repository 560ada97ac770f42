//! Titles around names: the person a title introduces ("Defence Minister
//! Viktor Khrenin", "met LSE chief executive Clara Furse"), the country a
//! title names ("Russian Security Council Secretary"), and the
//! organisation before an institution noun ("European Union finance
//! ministers"), read by word order where the parse is unreliable; and
//! whether a name is an exercise's own name rather than a participant.

use sitrep_core::{EntityLabel, EventKind};

use crate::detect::Candidate;
use crate::lexicon::is_institution_noun;
use crate::view::SentenceView;
use crate::COUNTRIES;

/// "met LSE chief executive Clara Furse" with the name hung elsewhere: a
/// person named right after the title noun the parse made the argument.
pub(crate) fn person_after_title<'a>(
    view: &SentenceView<'a>,
    i: usize,
) -> Option<&'a sitrep_core::Entity> {
    // "Secretary of the Russian Security Council Nikolai Vostrikov": a
    // capitalised title, whichever tag the parser gave it.
    let capitalised = view.form(i).starts_with(|c: char| c.is_uppercase());
    if matches!(view.upos(i), "PROPN" | "NOUN")
        && capitalised
        && view.entity(i).is_none()
        && is_title_noun(view.lemma(i))
    {
        return person_after_long_title(view, i);
    }
    if view.upos(i) != "NOUN" {
        return None;
    }
    for t in i + 1..(i + 4).min(view.hi) {
        if let Some(e) = view.entity(t) {
            return (e.label == EntityLabel::Per).then_some(e);
        }
        if !matches!(view.upos(t), "ADJ" | "NOUN" | "PROPN") {
            return None;
        }
    }
    None
}

/// The country of a title right before a person's phrase whose demonym
/// the parser hung elsewhere ("Russian Security Council Secretary Sergey
/// Shoigu visited ..." with "Russian" on the verb): the contiguous
/// adjectives and names before the phrase, up to six words.
pub(crate) fn title_prefix_country(view: &SentenceView, phrase: &[usize]) -> Option<&'static str> {
    let first = *phrase.iter().min()?;
    let words: Vec<&str> = (view.lo..first)
        .rev()
        .take(6)
        .take_while(|&t| {
            matches!(view.upos(t), "ADJ" | "PROPN" | "NOUN")
                && view.entity(t).is_none_or(|e| e.label != EntityLabel::Per)
        })
        .map(|t| view.form(t))
        .collect();
    let text: Vec<&str> = words.into_iter().rev().collect();
    COUNTRIES.countries_in(&text.join(" ")).first().copied()
}

fn is_title_noun(lemma: &str) -> bool {
    matches!(
        lemma.to_lowercase().as_str(),
        "minister"
            | "secretary"
            | "commander"
            | "chief"
            | "head"
            | "chairman"
            | "chairwoman"
            | "president"
            | "director"
            | "ambassador"
            | "spokesman"
            | "spokeswoman"
    )
}

/// The person a long capitalised title ends in ("Minister of Defence of
/// the Republic of Belarus Lieutenant General Viktor Khrenin"), which the
/// parser may split over several `of` phrases: title words, `of` and
/// articles up to the first name, and no further than a conjunction.
fn person_after_long_title<'a>(
    view: &SentenceView<'a>,
    i: usize,
) -> Option<&'a sitrep_core::Entity> {
    for t in i + 1..(i + 16).min(view.hi) {
        if let Some(e) = view.entity(t) {
            if e.label == EntityLabel::Per {
                return Some(e);
            }
            continue;
        }
        let title_word = matches!(view.upos(t), "ADJ" | "NOUN" | "PROPN")
            || matches!(view.form(t), "of" | "the" | "-" | "–" | "(" | ")");
        if !title_word {
            return None;
        }
    }
    None
}

/// "European Union finance ministers" with the parser splitting the
/// phrase: the organisation named right before an institution noun and
/// its noun modifiers, by word order rather than by attachment.
pub(crate) fn organisation_before_title<'a>(
    view: &SentenceView<'a>,
    i: usize,
) -> Option<&'a sitrep_core::Entity> {
    if view.upos(i) != "NOUN" || !is_institution_noun(view.lemma(i)) {
        return None;
    }
    let mut t = i;
    for _ in 0..3 {
        if t == view.lo {
            return None;
        }
        t -= 1;
        if let Some(e) = view.entity(t) {
            return (e.label == EntityLabel::Org).then_some(e);
        }
        if !matches!(view.upos(t), "NOUN" | "ADJ") {
            return None;
        }
    }
    None
}

/// "the Union Shield exercise": a title-case name the NER took for an
/// organisation is the exercise's own name, while an acronym ("a CSTO
/// exercise") or a name with an organisation word ("the Northern Fleet
/// exercise") names a participant.
pub(crate) fn names_the_exercise(view: &SentenceView, c: &Candidate, k: usize) -> bool {
    if c.kind != EventKind::Exercise {
        return false;
    }
    let Some(entity) = view.entity(k) else {
        return false;
    };
    let name = view.doc.slice(entity.span);
    let acronym = name
        .chars()
        .all(|ch| ch.is_uppercase() || ch.is_ascii_digit() || ch == '-');
    let organisation_word = name.split_whitespace().any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "organization"
                | "organisation"
                | "alliance"
                | "fleet"
                | "command"
                | "ministry"
                | "forces"
                | "army"
                | "navy"
                | "district"
        )
    });
    !acronym && !organisation_word
}

/// "the Union Shield-2027 exercise", "Zapad 2025 drills": a name on the
/// event noun that is a non-national MISC entity or carries a year names
/// the event itself, never a party to it ("the G7 meeting" names one).
pub(crate) fn names_the_event(view: &SentenceView, k: usize) -> bool {
    let Some(entity) = view.entity(k) else {
        return false;
    };
    let text = view.doc.slice(entity.span);
    if crate::COUNTRIES.country_or_capital(text).is_some()
        || crate::COUNTRIES
            .country_or_capital(&entity.canonical)
            .is_some()
    {
        return false;
    }
    entity.label == EntityLabel::Misc || carries_year(text)
}

/// Whether a name carries a year ("Zapad 2025", "Union Shield-2027").
pub(crate) fn carries_year(name: &str) -> bool {
    name.split(|c: char| !c.is_ascii_digit())
        .any(|digits| digits.len() == 4 && matches!(digits.as_bytes()[0], b'1' | b'2'))
}
