//! Approvals that carry an agreement through its stages without naming
//! it: "the law on ratification must now be approved by the Council",
//! "is expected to approve the ratification law", "approve it" after a
//! ratification, "its draft had been approved", "the plan we approved
//! today", "approved a set of measures to develop the system".
//!
//! Ratification news tells one agreement's passage through a
//! government, a lower and an upper chamber; after the first mention the
//! agreement is "the law", "the draft" or "it".

use sitrep_core::{AgreementStage, EventKind};

use crate::lexicon;
use crate::view::SentenceView;

/// How many sentences back an agreement still stands behind "the law",
/// "the draft" or "it".
const REACH: usize = 4;

/// Whether ratification is spoken of in this sentence, or the document
/// reported, in the few sentences before, an agreement that `stage_fits`
/// (any agreement for "the draft"; one ratified or approved, which a
/// parliament passes, for "the law" and "it").
fn agreement_in_passage(
    view: &SentenceView,
    stage_fits: fn(Option<AgreementStage>) -> bool,
) -> bool {
    view.tokens()
        .any(|t| matches!(view.lemma(t), "ratification" | "ratify"))
        || view
            .earlier_events()
            .take_while(|e| e.sentence as usize + REACH >= view.index)
            .any(|e| e.kind == EventKind::Agreement && stage_fits(e.stage))
}

fn any_stage(_: Option<AgreementStage>) -> bool {
    true
}

fn passed_by_parliament(stage: Option<AgreementStage>) -> bool {
    matches!(
        stage,
        Some(AgreementStage::Ratified | AgreementStage::Approved)
    )
}

/// "a set of measures", "a package of steps": a bundle of measures
/// decided together.
fn set_of_measures(view: &SentenceView, k: usize) -> bool {
    matches!(view.lemma(k), "set" | "package" | "list" | "range")
        && view
            .of_phrases(k)
            .any(|n| matches!(view.lemma(n), "measure" | "step" | "action" | "activity"))
}

/// Whether approving verb `i` approves an agreement the passage is about.
pub(crate) fn approves_agreement_stage(view: &SentenceView, i: usize) -> bool {
    if !matches!(view.lemma(i), "approve" | "endorse") {
        return false;
    }
    // "the plan we approved today": the noun the clause is on.
    // ("had approved of that concept" approves nothing of its own.)
    let own_object = view
        .kids_by(i, &["obj", "obl"])
        .any(|k| view.rel(k) == "obj" || view.case_of(k).as_deref() == Some("of"));
    let on_noun = crate::objects::noun_of_clause(view, i)
        .is_some_and(|n| n < i && lexicon::is_agreement_object(view.lemma(n)));
    if !own_object && on_noun {
        return true;
    }
    view.kids_by(i, &["obj", "nsubj:pass"])
        .any(|k| match view.lemma(k) {
            "law" | "bill" | "it" | "them" => agreement_in_passage(view, passed_by_parliament),
            "draft" => agreement_in_passage(view, any_stage),
            _ => set_of_measures(view, k),
        })
}
