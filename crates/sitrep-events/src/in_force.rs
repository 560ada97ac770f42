//! An agreement coming into effect: "the agreement entered into force on
//! Monday", "the document took effect after the exchange of notes". The
//! verb is the event; the agreement it speaks of is its noun, found as the
//! subject or, where the parser hung the verb on the agreement's own
//! phrase ("the agreement ... on joint training centres entered"), as the
//! noun the verb's clause modifies.

use sitrep_core::EventKind;

use crate::detect::Candidate;
use crate::lexicon;
use crate::view::SentenceView;

/// Whether verb `i` says that something comes into effect.
pub(crate) fn says_in_force(view: &SentenceView, i: usize) -> bool {
    match view.lemma(i) {
        "enter" | "come" => view
            .kids_by(i, &["obl", "obj"])
            .any(|k| view.lemma(k) == "force" && view.case_of(k).as_deref() == Some("into")),
        "take" => view.kids_by(i, &["obj"]).any(|k| view.lemma(k) == "effect"),
        _ => false,
    }
}

/// The agreement event of a verb that puts an agreement into effect.
pub(crate) fn entry_into_force(view: &SentenceView, i: usize) -> Option<Candidate> {
    if !says_in_force(view, i) {
        return None;
    }
    let is_agreement = |n: usize| {
        view.upos(n) == "NOUN"
            && (lexicon::is_agreement_object(view.lemma(n)) || view.lemma(n) == "law")
    };
    let subject = view
        .kids_by(i, &["nsubj", "nsubj:pass"])
        .find(|&s| is_agreement(s));
    // The clause hung on a noun of the agreement's phrase: climb to the
    // agreement itself.
    let misparsed = || {
        let mut at = i;
        while let Some(h) = view.head(at) {
            if h < i && is_agreement(h) {
                return Some(h);
            }
            if !matches!(view.rel(at), "acl" | "nmod" | "conj") {
                return None;
            }
            at = h;
        }
        None
    };
    // A parse too broken for either: the closest agreement noun before
    // the verb with no other verb between them.
    let before = || {
        (view.lo..i)
            .rev()
            .take_while(|&t| !matches!(view.upos(t), "VERB" | "AUX"))
            .find(|&t| is_agreement(t))
    };
    let no_subject = view.kids_by(i, &["nsubj", "nsubj:pass"]).next().is_none();
    let noun = subject
        .or_else(misparsed)
        .or_else(|| before().filter(|_| no_subject || view.rel(i) == "acl"))?;
    Some(Candidate {
        kind: EventKind::Agreement,
        trigger: i,
        anchor: i,
        nouns: vec![noun],
    })
}
