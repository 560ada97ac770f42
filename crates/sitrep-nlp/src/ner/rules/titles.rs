//! Office titles are not organisations.
//!
//! "First Deputy Defence Minister Pavel Muraveiko", "Minister of Defence of
//! the Republic of Belarus Viktor Khrenin": the capitalized words of a title
//! look like an institution's name to the model (CoNLL-2003 has few such
//! titles). A title is rank words ("First", "Deputy", "Acting") plus a
//! portfolio ("Defence", "Foreign", "Interior") plus an office head
//! ("Minister", "Secretary", "Chief"); its portfolio names a ministry only
//! indirectly, so no ORG mention may span it. A real organisation before a
//! title ("NATO Secretary General", "Gazprom chief") is a name, not a
//! portfolio word, and is kept.

use super::super::data::TokenSpan;

/// Heads that close an office title.
const OFFICE_HEADS: &[&str] = &[
    "Minister",
    "Ministers",
    "Secretary",
    "Secretaries",
    "Chief",
    "Chiefs",
    "Commissioner",
    "Minister-Counsellor",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Adviser",
    "Advisor",
    "Envoy",
];

/// Words that grade an office ("First Deputy", "Acting", "Vice").
const RANK_WORDS: &[&str] = &[
    "First",
    "Deputy",
    "Vice",
    "Acting",
    "Assistant",
    "Chief",
    "Senior",
    "Junior",
    "Former",
    "Principal",
    "Under",
    "State",
    "Prime",
    "Interim",
    "Shadow",
];

/// Government portfolios: what a minister or secretary is "of". A closed
/// class of common nouns and adjectives, capitalized only inside titles.
const PORTFOLIO_WORDS: &[&str] = &[
    "Defence",
    "Defense",
    "Foreign",
    "Interior",
    "Internal",
    "Home",
    "Affairs",
    "Finance",
    "Finances",
    "Economy",
    "Economic",
    "Economics",
    "Justice",
    "Health",
    "Education",
    "Agriculture",
    "Energy",
    "Emergency",
    "Emergencies",
    "Situations",
    "Transport",
    "Trade",
    "Industry",
    "Labour",
    "Labor",
    "Culture",
    "Sport",
    "Sports",
    "Information",
    "Communications",
    "Environment",
    "Natural",
    "Resources",
    "Science",
    "Technology",
    "Digital",
    "Development",
    "Social",
    "Welfare",
    "Housing",
    "Construction",
    "Taxes",
    "Revenue",
    "Treasury",
    "War",
    "Security",
    "Armaments",
    "Intelligence",
    "Public",
    "Works",
    "Tourism",
    "Youth",
    "National",
    "and",
    "&",
];

fn is_portfolio_phrase(words: &[&str]) -> bool {
    let body: Vec<&str> = words
        .iter()
        .copied()
        .skip_while(|w| RANK_WORDS.contains(w))
        .filter(|w| !OFFICE_HEADS.contains(w))
        .collect();
    !body.is_empty()
        && body.iter().any(|w| *w != "and" && *w != "&")
        && body.iter().all(|w| PORTFOLIO_WORDS.contains(w))
}

/// Whether the ORG span `s` of `words` is (part of) an office title: its
/// words are rank and portfolio words, and an office head ends it, follows
/// it ("Defence Minister") or governs it ("Minister of Defence").
pub(super) fn is_title_portfolio(words: &[&str], s: &TokenSpan) -> bool {
    let span = &words[s.start..s.end];
    if !is_portfolio_phrase(span) {
        return false;
    }
    let head_inside = span.last().is_some_and(|w| OFFICE_HEADS.contains(w));
    let head_after = words.get(s.end).is_some_and(|w| OFFICE_HEADS.contains(w));
    let mut before = s.start;
    if before > 0 && words[before - 1] == "the" {
        before -= 1;
    }
    let head_before = before >= 2
        && matches!(words[before - 1], "of" | "for")
        && OFFICE_HEADS.contains(&words[before - 2]);
    head_inside || head_after || head_before
}

/// A word shaped like one of a person's names: a capital, then lower-case
/// letters, hyphens or apostrophes ("Kosiniak-Kamysz", "O'Neill").
pub(super) fn is_person_name_word(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.all(|c| c.is_lowercase() || c == '-' || c == '\'')
}

/// Whether `word` is an office head or a word grading an office
/// ("Minister", "Deputy", "Acting").
pub(super) fn is_office_word(word: &str) -> bool {
    OFFICE_HEADS.contains(&word) || RANK_WORDS.contains(&word)
}

/// "Minister of National Defence Robertas Kaunas" read by the model as one
/// ORG span "National Defence Robertas Kaunas": the portfolio words are the
/// title, and the one to three capitalized words after them the person.
/// Returns the person's span when `s` is such a run.
pub(super) fn name_after_portfolio(words: &[&str], s: &TokenSpan) -> Option<TokenSpan> {
    let span = &words[s.start..s.end];
    let is_title_word = |w: &&str| PORTFOLIO_WORDS.contains(w) || is_office_word(w);
    // The title ends at its last title word; the name is all that follows.
    let title_len = span.iter().rposition(is_title_word)? + 1;
    let name = &span[title_len..];
    let name_like = (1..=3).contains(&name.len()) && name.iter().all(|w| is_person_name_word(w));
    let title = TokenSpan {
        start: s.start,
        end: s.start + title_len,
        type_index: s.type_index,
    };
    (name_like && is_title_portfolio(words, &title)).then_some(TokenSpan {
        start: s.start + title_len,
        end: s.end,
        type_index: super::PER,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(words: &[&str], from: usize, to: usize) -> TokenSpan {
        assert!(to <= words.len());
        TokenSpan {
            start: from,
            end: to,
            type_index: 1,
        }
    }

    #[test]
    fn ranked_portfolio_before_minister_is_a_title() {
        let w: Vec<&str> = "the Acting Interior Minister met reporters"
            .split(' ')
            .collect();
        assert!(is_title_portfolio(&w, &span(&w, 1, 3)));
        let w: Vec<&str> = "said First Deputy Foreign Minister Ivan Petrov"
            .split(' ')
            .collect();
        assert!(is_title_portfolio(&w, &span(&w, 1, 5)));
        let w: Vec<&str> = "the Minister of Emergency Situations arrived"
            .split(' ')
            .collect();
        assert!(is_title_portfolio(&w, &span(&w, 3, 5)));
        let w: Vec<&str> = "Secretary for Trade and Industry Jane Roe"
            .split(' ')
            .collect();
        assert!(is_title_portfolio(&w, &span(&w, 2, 5)));
    }

    #[test]
    fn a_name_run_into_a_portfolio_is_the_person() {
        let w: Vec<&str> = "Minister of National Defence Robertas Kaunas said"
            .split(' ')
            .collect();
        let person = name_after_portfolio(&w, &span(&w, 2, 6));
        assert_eq!(person.map(|p| (p.start, p.end)), Some((4, 6)));
        let w: Vec<&str> = "said Defence Minister Ivan Petrov".split(' ').collect();
        let person = name_after_portfolio(&w, &span(&w, 1, 5));
        assert_eq!(person.map(|p| (p.start, p.end)), Some((3, 5)));
        // An institution, not a title followed by a name.
        let w: Vec<&str> = "the Ministry of Defence said".split(' ').collect();
        assert!(name_after_portfolio(&w, &span(&w, 1, 4)).is_none());
        let w: Vec<&str> = "the State Defence Council met".split(' ').collect();
        assert!(name_after_portfolio(&w, &span(&w, 1, 4)).is_none());
    }

    #[test]
    fn a_named_organisation_before_a_title_is_kept() {
        let w: Vec<&str> = "NATO Secretary General Mark Rutte".split(' ').collect();
        assert!(!is_title_portfolio(&w, &span(&w, 0, 1)));
        let w: Vec<&str> = "the Defence Ministry said on Monday".split(' ').collect();
        assert!(!is_title_portfolio(&w, &span(&w, 1, 3)));
        // A portfolio word without a title head nearby is left to the model.
        let w: Vec<&str> = "talks on Energy in Vienna".split(' ').collect();
        assert!(!is_title_portfolio(&w, &span(&w, 2, 3)));
    }
}
