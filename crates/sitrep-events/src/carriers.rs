//! Verbs that make an event noun the clause's event from outside the
//! object and subject slots the light-verb rule reads:
//!
//! - a raising predicate between the noun and its verb: "a meeting ... is
//!   due to be held", "the deal is expected to be completed";
//! - a participle on the noun: "the deal, struck at the summit", "a
//!   settlement hammered out in 1998";
//! - a relative clause whose gap is the verb's object or subject: "the
//!   exercise that the troops are conducting", "the talks, which began".

use crate::framed;
use crate::lexicon;
use crate::view::SentenceView;

/// Predicates that pass their subject down to an infinitive ("is due to",
/// "is expected to", "is thought to have been").
pub(crate) fn is_raising(lemma: &str) -> bool {
    matches!(
        lemma,
        "due"
            | "expect"
            | "set"
            | "likely"
            | "unlikely"
            | "schedule"
            | "think"
            | "believe"
            | "understand"
            | "say"
            | "seem"
            | "appear"
            | "suppose"
            | "poise"
            | "go"
            | "bound"
            | "certain"
    )
}

/// The verb that makes the noun `noun` (standing in its clause as
/// `head_of`, the first conjunct or measure word) the clause's event, by
/// one of the routes above.
pub(crate) fn carrying_verb(view: &SentenceView, noun: usize, head_of: usize) -> Option<usize> {
    // "a string of deals reached by Qatar": a noun inside another noun's
    // "of" phrase is a kind or a count of events, not one event.
    if view.rel(head_of) == "nmod" && view.case_of(head_of).as_deref() == Some("of") {
        return None;
    }
    raised(view, head_of).or_else(|| modifying_clause(view, noun))
}

fn raised(view: &SentenceView, head_of: usize) -> Option<usize> {
    if !matches!(view.full_rel(head_of), "nsubj" | "nsubj:pass") {
        return None;
    }
    let mut predicate = view.head(head_of)?;
    // Two raising steps at most: "is thought to have been expected to".
    for _ in 0..2 {
        if !is_raising(view.lemma(predicate)) {
            return None;
        }
        // "is due to be held" with the infinitive hung as an adverbial
        // clause or a clausal subject by the parser is the same complement.
        let verb = view
            .kids_by(predicate, &["xcomp", "advcl", "csubj"])
            .find(|v| {
                view.upos(*v) == "VERB"
                    && (view.rel(*v) == "xcomp"
                        || view.kids_by(*v, &["mark"]).any(|m| view.lemma(m) == "to"))
            })?;
        let lemma = view.lemma(verb);
        // The raised noun is what a light verb's action is done to ("is due
        // to be held"), not its doer ("the summit is expected to agree
        // changes").
        let undergoes = view.kids_by(verb, &["obj"]).next().is_none();
        if lexicon::is_light_verb(lemma) && undergoes || lexicon::is_taking_place(lemma) {
            return Some(verb);
        }
        predicate = verb;
    }
    None
}

fn modifying_clause(view: &SentenceView, noun: usize) -> Option<usize> {
    view.kids_by(noun, &["acl"]).find_map(|v| {
        // "which is due to take place next year": the relative clause's
        // predicate raises its gap into the infinitive.
        let v = if view.upos(v) != "VERB" && is_raising(view.lemma(v)) {
            view.kids_by(v, &["xcomp"])
                .find(|&x| view.upos(x) == "VERB" && lexicon::is_taking_place(view.lemma(x)))?
        } else {
            v
        };
        carries_noun(view, noun, v).then_some(v)
    })
}

/// Whether the clause of verb `v` on `noun` reports the noun's event.
fn carries_noun(view: &SentenceView, noun: usize, v: usize) -> bool {
    if view.upos(v) != "VERB" {
        return false;
    }
    let kids = view.kids(v);
    let has = |rels: &[&str]| kids.iter().any(|k| rels.contains(&view.full_rel(*k)));
    let lemma = view.lemma(v);
    // The relative pronoun or the participle's gap is the object of a
    // light verb ("that the troops are conducting", "struck at the
    // summit") or the subject of an occurrence verb ("which began").
    // A bare participle ("the embargo imposed on China") is often a
    // reminder of what is known; one with its own date or place ("the
    // deal, struck at the summit last week") reports the event.
    let object_gap = lexicon::is_light_verb(lemma)
        && !has(&["obj"])
        && (view.xpos(v) == "VBN" && framed::carries_own_setting(view, v) || has(&["nsubj"]));
    // A finite relative clause with an intransitive verb ("which
    // began"); "an agreement ending subsidies" has an object.
    // "after talks failed" read as a participle on "talks": verbs that
    // have no passive cannot be participles of one.
    let intransitive_past = view.xpos(v) == "VBN"
        && v == noun + 1
        && matches!(lemma, "fail" | "collapse" | "stall" | "founder");
    // The gap may be filled by a relative pronoun ("which began"), and
    // "took place" has its fixed object.
    let own_subject = kids
        .iter()
        .any(|&k| matches!(view.full_rel(k), "nsubj" | "nsubj:pass") && view.xpos(k) != "WDT");
    let own_object = kids
        .iter()
        .any(|&k| view.full_rel(k) == "obj" && !(lemma == "take" && view.lemma(k) == "place"));
    // "which will take place in Russia", "which is due to take place": a
    // modal or a raising predicate makes the base form finite all the same.
    let modal = view.kids_by(v, &["aux"]).any(|a| view.xpos(a) == "MD");
    let finite = matches!(view.xpos(v), "VBD" | "VBZ" | "VBP")
        || view.xpos(v) == "VB" && (modal || view.rel(v) == "xcomp");
    let subject_gap = (lexicon::is_taking_place(lemma) || intransitive_past)
        && !own_subject
        && !own_object
        && !has(&["aux:pass"])
        && (finite || intransitive_past);
    object_gap || subject_gap
}
