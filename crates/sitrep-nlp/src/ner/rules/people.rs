//! People inside other spans, and office words that are nobody.
//!
//! "Colonel Igor Shpak, Head of the Military Education Department": the
//! model, trained on Reuters text where ranks are rare, may read the rank
//! and the name as one organisation, and the office word after the comma
//! as a person. A rank in front of a person-like name marks a person (the
//! rank itself, as in CoNLL-2003, stays outside the span); a span made of
//! office and rank words only ("Head", "Deputy Head") names nobody; and a
//! title naming an institution runs straight into its holder's name
//! ("State Secretary of the Security Council of Belarus Andrei
//! Lavrinovich"), which ends the organisation.

use super::super::canonical;
use super::super::data::TokenSpan;
use super::{titles, Known};

/// Ranks proper: a run of rank words before a name must end in one.
const CORE_RANKS: &[&str] = &[
    "Colonel",
    "Col",
    "General",
    "Gen",
    "Lieutenant",
    "Lt",
    "Major",
    "Maj",
    "Captain",
    "Capt",
    "Admiral",
    "Adm",
    "Sergeant",
    "Sgt",
    "Corporal",
    "Brigadier",
    "Marshal",
    "Commodore",
    "Ensign",
    "Officer",
];

/// Words that grade or qualify a rank in a run of them ("Rear Admiral",
/// "Warrant Officer", "Army General", "Lt. Col.").
const RANK_QUALIFIERS: &[&str] = &[
    "Rear", "Vice", "Warrant", "Senior", "Junior", "First", "Second", "Army", "Police", ".", "-",
];

fn is_rank_word(word: &str) -> bool {
    CORE_RANKS.contains(&word) || RANK_QUALIFIERS.contains(&word)
}

/// Office and rank words beyond the titles' own ([`titles::is_office_word`]):
/// with those, never a name on their own.
const OFFICE_WORDS: &[&str] = &[
    "Head",
    "Heads",
    "Director",
    "Commander",
    "Chairman",
    "Chairwoman",
    "Chair",
    "President",
    "Governor",
    "Ambassador",
    "Colonel",
    "General",
    "Lieutenant",
    "Captain",
    "Admiral",
    "Sergeant",
    "-",
];

fn name_like(word: &str) -> bool {
    word.chars().count() > 1 && titles::is_person_name_word(word)
}

/// A span `s` that starts with a rank and goes on with one to three
/// person-like words: the person's span, without the rank, so long as
/// "General Motors" or "Major League" stay what the model said.
pub(super) fn person_after_rank(
    words: &[&str],
    known: &[Known],
    s: &TokenSpan,
) -> Option<TokenSpan> {
    let span = &words[s.start..s.end];
    let rank_len = span.iter().take_while(|w| is_rank_word(w)).count();
    // The run must end in a rank proper: "Vice President …" and "First
    // Lady …" are offices, not ranks.
    let ends_in_rank = span[..rank_len]
        .iter()
        .rfind(|w| !matches!(**w, "." | "-"))
        .is_some_and(|w| CORE_RANKS.contains(w));
    if !ends_in_rank || rank_len == span.len() {
        return None;
    }
    let name = &span[rank_len..];
    if !(1..=3).contains(&name.len()) || !name.iter().all(|w| name_like(w)) {
        return None;
    }
    let first_name = s.start + rank_len;
    let known_person = (first_name..s.end).any(|i| known.get(i).is_some_and(|k| k.person));
    // "General", "Major" and "Marshal" also begin company and league
    // names ("General Mills"): after them the name must be two words and
    // one of them known to the gazetteer as a person's. After other ranks
    // two name words, or one known name, will do.
    let rank_words = span[..rank_len]
        .iter()
        .filter(|w| !matches!(**w, "." | "-"))
        .count();
    let ambiguous = rank_words == 1 && matches!(span[0], "General" | "Major" | "Marshal");
    let person_like = match ambiguous {
        true => known_person && name.len() >= 2,
        false => known_person || name.len() >= 2,
    };
    person_like.then_some(TokenSpan {
        start: first_name,
        end: s.end,
        type_index: super::PER,
    })
}

/// An organisation span `s` that ends in a person's name: two or three
/// person-like words, the first known to the gazetteer as a person's,
/// right after a place or an institution word. Returns the organisation
/// and the person.
pub(super) fn person_after_organisation(
    words: &[&str],
    known: &[Known],
    institution_heads: &[&str],
    s: &TokenSpan,
) -> Option<(TokenSpan, TokenSpan)> {
    if s.type_index != super::ORG || s.end - s.start < 3 {
        return None;
    }
    if let Some(split) = ranked_person_after_organisation(words, known, institution_heads, s) {
        return Some(split);
    }
    let first_name = (s.start + 1..s.end - 1).find(|&j| {
        let len = s.end - j;
        let known_first_name = known.get(j).is_some_and(|k| k.person);
        let slavic = slavic_surname(words[s.end - 1]);
        // "Chairman of the State Authority for Military Industry Oleg
        // Shpakovsky": an East Slavic given name and surname end any
        // body's name, whatever word the body's name ends in.
        let full_name = len == 2 && slavic && canonical::is_slavic_given_name(words[j]);
        (2..=3).contains(&len)
            && (known_first_name || slavic)
            && words[j..s.end].iter().all(|w| name_like(w))
            && (full_name || ends_place_or_body(words, known, institution_heads, j - 1))
    })?;
    Some((
        TokenSpan {
            end: first_name,
            ..*s
        },
        TokenSpan {
            start: first_name,
            end: s.end,
            type_index: super::PER,
        },
    ))
}

/// "Commander of the Special Operations Forces of Belarus Major General
/// Oleg Lutsevich" read as one organisation: a run of ranks after a place
/// or an institution word, then one to three person-like words. The
/// organisation ends before the ranks, the person is the name; the ranks
/// stay outside both, as in CoNLL-2003.
fn ranked_person_after_organisation(
    words: &[&str],
    known: &[Known],
    institution_heads: &[&str],
    s: &TokenSpan,
) -> Option<(TokenSpan, TokenSpan)> {
    (s.start + 1..s.end - 1).find_map(|j| {
        if !CORE_RANKS.contains(&words[j]) {
            return None;
        }
        let run = words[j..s.end]
            .iter()
            .take_while(|w| is_rank_word(w))
            .count();
        // "Head of the Main Directorate of Defence Major General …": a
        // run of two ranks inside a name ends it wherever it stands.
        let ends_organisation =
            run >= 2 || ends_place_or_body(words, known, institution_heads, j - 1);
        if !ends_organisation {
            return None;
        }
        let ranks = &words[j..j + run];
        let last_rank = ranks.iter().rfind(|w| !matches!(**w, "." | "-"))?;
        if !CORE_RANKS.contains(last_rank) {
            return None;
        }
        let name = &words[j + run..s.end];
        // A lone "General" or "Major" also opens company names: then the
        // name must be two words.
        let ambiguous = run == 1 && matches!(words[j], "General" | "Major" | "Marshal");
        let long_enough = if ambiguous { 2..=3 } else { 1..=3 };
        (long_enough.contains(&name.len()) && name.iter().all(|w| name_like(w))).then_some((
            TokenSpan { end: j, ..*s },
            TokenSpan {
                start: j + run,
                end: s.end,
                type_index: super::PER,
            },
        ))
    })
}

/// Whether the person span `s` holds office and rank words only, or any
/// span is "Head of State" / "Head of Government" (a title capitalised in
/// wire copy: "the Head of State said").
pub(super) fn is_bare_office(words: &[&str], s: &TokenSpan) -> bool {
    let span = &words[s.start..s.end];
    let head_of = matches!(
        span,
        ["Head", "of", "State" | "Government"] | ["Head", "of", "the", "State" | "Government"]
    );
    head_of
        || s.type_index == super::PER
            && span
                .iter()
                .all(|w| OFFICE_WORDS.contains(w) || titles::is_office_word(w))
}

/// Last words of the names of states and bodies that are neither places
/// in the gazetteer nor institution heads (making them heads would turn
/// "the Russian Federation" into an organisation).
const STATE_NAME_ENDS: &[&str] = &["Federation", "State", "Oblast", "Region", "Cooperation"];

/// Whether word `at` can end the organisation a holder's name follows: a
/// place, an institution word, or the last word of a state's or a body's
/// name ("Secretary of the Security Council of the Russian Federation
/// Nikolai …", "Secretary of the Union State Valery …").
fn ends_place_or_body(
    words: &[&str],
    known: &[Known],
    institution_heads: &[&str],
    at: usize,
) -> bool {
    known.get(at).is_some_and(|k| k.place && !k.person)
        || institution_heads.contains(&words[at])
        || STATE_NAME_ENDS.contains(&words[at])
}

/// A surname of the East Slavic shapes this product's sources are full of
/// ("Sadovnikov", "Lisovsky", "Kovalchuk", "Stepanenko"), for the names
/// the CoNLL-trained gazetteer has never seen.
fn slavic_surname(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ov", "ev", "yov", "in", "enko", "ko", "sky", "ski", "ich", "uk", "yuk", "chuk", "ova",
        "eva", "ina", "skaya",
    ];
    word.chars().count() >= 5 && ENDINGS.iter().any(|e| word.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(from: usize, to: usize, type_index: usize) -> TokenSpan {
        TokenSpan {
            start: from,
            end: to,
            type_index,
        }
    }

    /// The organisation and person spans `person_after_organisation` cuts
    /// `s` into, as (organisation start, end, person start, end).
    fn split(
        w: &[&str],
        known: &[Known],
        heads: &[&str],
        s: TokenSpan,
    ) -> Option<(usize, usize, usize, usize)> {
        person_after_organisation(w, known, heads, &s)
            .map(|(org, person)| (org.start, org.end, person.start, person.end))
    }

    fn words(text: &str) -> Vec<&str> {
        text.split(' ').collect()
    }

    #[test]
    fn a_ranked_name_read_as_an_organisation_is_the_person() {
        let w = words("said Colonel Anton Veres , Head of the unit");
        let person = person_after_rank(&w, &[], &span(1, 4, super::super::ORG));
        assert_eq!(
            person.map(|p| (p.start, p.end, p.type_index)),
            Some((2, 4, super::super::PER))
        );
        let w = words("Lieutenant Colonel Oleg Brant spoke");
        let person = person_after_rank(&w, &[], &span(0, 4, super::super::MISC));
        assert_eq!(person.map(|p| (p.start, p.end)), Some((2, 4)));
    }

    #[test]
    fn a_rank_word_in_a_company_name_is_kept() {
        let w = words("General Motors said");
        assert!(person_after_rank(&w, &[], &span(0, 2, super::super::ORG)).is_none());
        let mut known = vec![Known::default(); 2];
        known[1].person = true;
        let w = words("General Mills");
        assert!(person_after_rank(&w, &known, &span(0, 2, super::super::ORG)).is_none());
        let w = words("General Dynamics Land Systems");
        assert!(person_after_rank(&w, &[], &span(0, 4, super::super::ORG)).is_none());
        let w = words("Major General Ivan Dorn");
        let person = person_after_rank(&w, &[], &span(0, 4, super::super::ORG));
        assert_eq!(person.map(|p| (p.start, p.end)), Some((2, 4)));
        let w = words("Vice President Anna Lind");
        assert!(person_after_rank(&w, &[], &span(0, 4, super::super::PER)).is_none());
        let w = words("the General Staff met");
        assert!(person_after_rank(&w, &[], &span(1, 3, super::super::ORG)).is_none());
        // One word after the rank is a person only when the gazetteer says so.
        let mut known = vec![Known::default(); 3];
        let w = words("General Electric said");
        assert!(person_after_rank(&w, &known, &span(0, 2, super::super::ORG)).is_none());
        known[1].person = true;
        let w = words("Captain Ivanov said");
        let person = person_after_rank(&w, &known, &span(0, 2, super::super::ORG));
        assert_eq!(person.map(|p| (p.start, p.end)), Some((1, 2)));
    }

    #[test]
    fn a_name_after_an_institution_ends_it() {
        let w = words("met Secretary of the Security Council of Belarus Ivan Orlik");
        let mut known = vec![Known::default(); w.len()];
        known[7].place = true;
        known[8].person = true;
        assert_eq!(
            split(&w, &known, &["Council"], span(4, 10, super::super::ORG)),
            Some((4, 8, 8, 10))
        );
        // A person-like tail after an ordinary word stays in the name.
        let w = words("the Ford Motor Company Henry Street plant");
        let mut known = vec![Known::default(); w.len()];
        known[4].person = true;
        assert!(split(&w, &known, &["Council"], span(1, 6, super::super::ORG)).is_none());
    }

    #[test]
    fn an_unknown_slavic_name_after_a_state_ends_it() {
        // Neither name is in the gazetteer: the surname's shape and the
        // state's last word ("Federation") decide.
        let w = words(
            "with Secretary of the Security Council of the Russian Federation Nikolai Sadovnikov",
        );
        let known = vec![Known::default(); w.len()];
        assert_eq!(
            split(&w, &known, &["Council"], span(4, 12, super::super::ORG)),
            Some((4, 10, 10, 12))
        );
        // The same shape after an ordinary word, with no given name
        // before the surname, stays in the name.
        let w = words("the Kirov Tractor Works Krasny Belov plant");
        let known = vec![Known::default(); w.len()];
        assert!(split(&w, &known, &["Council"], span(1, 6, super::super::ORG)).is_none());
    }

    #[test]
    fn a_given_name_and_a_slavic_surname_end_any_body() {
        // "Industry" is neither a place nor an institution head.
        let w = words("Chairman of the State Authority for Military Industry Oleg Shpakovsky said");
        let known = vec![Known::default(); w.len()];
        assert_eq!(
            split(&w, &known, &["Authority"], span(6, 10, super::super::ORG)),
            Some((6, 8, 8, 10))
        );
        // A word that is no given name keeps its place in the body's name.
        let w = words("the Military Industry Holding Shpakovsky Works");
        assert!(split(&w, &known, &["Authority"], span(1, 5, super::super::ORG)).is_none());
    }

    #[test]
    fn two_ranks_inside_a_name_end_it_anywhere() {
        let w = words("Head of the Main Directorate of Defence Major General Oleg Voinov said");
        let known = vec![Known::default(); w.len()];
        assert_eq!(
            split(&w, &known, &["Directorate"], span(3, 11, super::super::ORG)),
            Some((3, 7, 9, 11))
        );
    }

    #[test]
    fn a_ranked_name_after_an_institution_ends_it() {
        let w = words("Commander of the Special Operations Forces of Belarus Major General Oleg Lutsevich said");
        let mut known = vec![Known::default(); w.len()];
        known[7].place = true;
        assert_eq!(
            split(&w, &known, &["Forces"], span(3, 12, super::super::ORG)),
            Some((3, 8, 10, 12))
        );
        // "General Motors" after a place stays one name.
        let w = words("the Detroit General Motors plant");
        let mut known = vec![Known::default(); w.len()];
        known[1].place = true;
        assert!(split(&w, &known, &["Forces"], span(1, 4, super::super::ORG)).is_none());
    }

    #[test]
    fn office_words_alone_are_nobody() {
        let w = words("Vadim Rogozin , Deputy Head of the centre");
        assert!(is_bare_office(&w, &span(3, 5, super::super::PER)));
        assert!(!is_bare_office(&w, &span(0, 2, super::super::PER)));
        assert!(!is_bare_office(&w, &span(3, 5, super::super::ORG)));
        let w = words("the Head of State said");
        // Any label: the recognizer took it for a place.
        let loc = 2;
        assert!(is_bare_office(&w, &span(1, 4, loc)));
    }
}
