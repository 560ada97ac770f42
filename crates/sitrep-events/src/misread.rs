//! Event nouns the tagger read as verbs.

use sitrep_core::EventKind;

use crate::detect::{is_verb, Candidate};
use crate::lexicon;
use crate::view::SentenceView;

/// An event noun the tagger read as a present-tense verb right after the
/// verb that takes it ("held talks with", "imposed its arms ban on"): a
/// bare "verb" with no subject or auxiliary of its own, hung as a clause
/// on a light or imposing verb, is that verb's object.
pub(crate) fn noun_read_as_verb(view: &SentenceView, i: usize) -> Option<Candidate> {
    if !matches!(view.xpos(i), "VBZ" | "VBP" | "VB") {
        return None;
    }
    let head = view.head(i)?;
    let hung_as_clause = matches!(view.rel(i), "ccomp" | "xcomp" | "obj" | "dep");
    // "conduct tactical flight exercises": the noun right before, read as
    // the "verb"'s subject, is a modifier of the noun.
    let modifier_as_subject = |k: usize| {
        k + 1 == i
            && view.upos(k) == "NOUN"
            && view.kids_by(k, &["det", "nmod:poss"]).next().is_none()
    };
    let own_clause = view.kids(i).iter().any(|&k| {
        matches!(view.rel(k), "aux" | "mark" | "expl")
            || view.rel(k) == "nsubj" && !modifier_as_subject(k)
    });
    if !hung_as_clause || own_clause || head > i || !is_verb(view, head) {
        return None;
    }
    let form = view.form(i).to_lowercase();
    let head_lemma = view.lemma(head);
    let kind = if lexicon::is_trade_measure(&form) && lexicon::imposes_measure(head_lemma) {
        EventKind::Sanction
    } else if lexicon::is_light_verb(head_lemma) {
        lexicon::noun_trigger(&form)?
    } else {
        return None;
    };
    Some(Candidate {
        kind,
        trigger: i,
        anchor: head,
        nouns: vec![i],
    })
}
