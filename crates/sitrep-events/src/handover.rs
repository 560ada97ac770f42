//! "Handed over": a delivery when goods change hands, whether the text
//! names the goods as hardware ("handed over four Mi-35 helicopters") or
//! only by a re-mention or a plain noun whose receiver is a military body
//! ("the systems will be handed over to the Air Defence Battalion",
//! "Russia will hand over the design documentation"); not power, a
//! suspect or a post handed over.

use sitrep_core::{EntityLabel, EventKind};

use crate::agency;
use crate::lexicon;
use crate::view::SentenceView;

/// "handed over": the particle, or the same word read as a preposition
/// right after the verb.
pub(crate) fn handed_over(view: &SentenceView, i: usize) -> bool {
    view.lemma(i) == "hand"
        && (view
            .kids(i)
            .iter()
            .any(|p| view.full_rel(*p) == "compound:prt" && view.lemma(*p) == "over")
            || i + 1 < view.hi && view.lemma(i + 1) == "over")
}

/// Goods handed over that the materiel check cannot see: what is handed
/// is no person and no power, and the receiver is a military body or a
/// state, or a delivery was told before, or a hardware name is in the
/// sentence.
pub(crate) fn hands_over_goods(view: &SentenceView, verb: usize) -> bool {
    if !handed_over(view, verb) {
        return false;
    }
    let handed = handed_things(view, verb);
    let not_goods = handed.iter().any(|&h| {
        view.entity(h).is_some_and(|e| e.label == EntityLabel::Per)
            || agency::is_people_noun(view.lemma(h))
            || matches!(
                view.lemma(h),
                "power"
                    | "control"
                    | "reins"
                    | "leadership"
                    | "authority"
                    | "command"
                    | "post"
                    | "presidency"
                    | "chairmanship"
                    | "baton"
                    | "he"
                    | "she"
                    | "him"
                    | "her"
            )
    });
    if not_goods {
        return false;
    }
    let to_forces = view
        .kids_by(verb, &["obl"])
        .any(|k| view.case_of(k).as_deref() == Some("to") && is_military_receiver(view, k));
    let hardware_named = view
        .tokens()
        .any(|t| sitrep_core::shapes::is_hardware_designation(view.form(t)));
    to_forces || hardware_named || view.earlier_events().any(|e| e.kind == EventKind::Delivery)
}

/// What is handed over: the object, the passive subject, or the subject
/// raised onto "due", "expected" or "is to" ("the aircraft are due to be
/// handed over").
fn handed_things(view: &SentenceView, verb: usize) -> Vec<usize> {
    let own: Vec<usize> = view.kids_by(verb, &["obj", "nsubj:pass"]).collect();
    if !own.is_empty() || view.rel(verb) != "xcomp" {
        return own;
    }
    agency::acting_subject(view, verb).into_iter().collect()
}

/// "to the Air Force", "to the battalion", "to the Belarusian centre", "to
/// Belarus".
fn is_military_receiver(view: &SentenceView, k: usize) -> bool {
    let lemma = view.lemma(k).to_lowercase();
    lexicon::is_troop_noun(&lemma)
        || matches!(
            lemma.as_str(),
            "centre" | "center" | "base" | "navy" | "ministry"
        )
        || crate::COUNTRIES.country_or_capital(view.form(k)).is_some()
        || view.kids_by(k, &["compound", "amod", "flat"]).any(|m| {
            lexicon::is_troop_noun(&view.lemma(m).to_lowercase())
                || lexicon::is_military_modifier(view.lemma(m))
        })
}
