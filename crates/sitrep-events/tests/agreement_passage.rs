#![allow(clippy::unwrap_used)]
//! An agreement carried through its stages under other names: "the law on
//! ratification must now be approved", "is expected to approve it", "its
//! draft had been approved", "the plan we approved today", "approved a
//! set of measures". Invented texts through the real tagger, parser, NER
//! and time stages.

use sitrep_core::{AgreementStage, EventKind, EventStatus};

mod support;
use support::{assert_none_has, last_of};

#[test]
fn a_ratification_law_approved_is_the_agreement_approved() {
    let text = "The lower house ratified the agreement with Armenia on air defence on Tuesday. \
                The law on ratification must now be approved by the upper chamber.";
    let approval = last_of(text, EventKind::Agreement);
    // Still to come: proposed, as the gold marks an approval ahead.
    assert_eq!(
        approval.stage,
        Some(AgreementStage::Proposed),
        "{approval:?}"
    );
    assert_eq!(approval.status, EventStatus::Planned, "{approval:?}");
    let text = "The lower house ratified the agreement with Armenia on air defence on Tuesday. \
                The senate is expected to approve it next week.";
    let approval = last_of(text, EventKind::Agreement);
    assert_eq!(approval.status, EventStatus::Planned, "{approval:?}");
}

#[test]
fn a_set_of_measures_or_a_plan_approved_is_an_agreement() {
    let text = "The ministers approved a set of measures to develop the joint air defence system.";
    let approval = last_of(text, EventKind::Agreement);
    assert_eq!(
        approval.stage,
        Some(AgreementStage::Approved),
        "{approval:?}"
    );
    let text = "He stressed that the plan we approved today is not aimed against anyone.";
    let approval = last_of(text, EventKind::Agreement);
    assert_eq!(
        approval.stage,
        Some(AgreementStage::Approved),
        "{approval:?}"
    );
}

#[test]
fn a_law_or_a_concept_approved_elsewhere_is_no_agreement() {
    assert_none_has(
        EventKind::Agreement,
        &[
            "The city council approved a law on parking fees on Monday.",
            "Nobody asked whether the state had approved of that concept.",
        ],
    );
}
