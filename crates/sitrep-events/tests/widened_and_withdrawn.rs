#![allow(clippy::unwrap_used)]
//! Measures widened through a pronoun, firms barred by a state, forces
//! pulled out and contracts told in a participle the parser hung far
//! away. Invented texts through the real tagger, parser, NER and time
//! stages.

use sitrep_core::{AgreementStage, EventKind};

mod support;
use support::{assert_none_has, events, only};

#[test]
fn restrictive_measures_imposed_then_broadened_are_two_sanctions() {
    let (_, all) = events(
        "The EU first imposed restrictive measures on Belarus in 2004 and broadened them \
         sharply in October 2020.",
    );
    let dates: Vec<_> = all
        .iter()
        .filter(|e| e.kind == EventKind::Sanction)
        .map(|e| e.date.as_deref())
        .collect();
    assert_eq!(dates, vec![Some("2004"), Some("2020-10")], "{all:?}");
}

#[test]
fn a_state_barring_firms_from_operating_is_a_sanction() {
    only(
        "Minsk had already barred 14 Lithuanian transport companies from operating in Belarus.",
        EventKind::Sanction,
    );
    assert_none_has(
        EventKind::Sanction,
        &["The club barred the player from entering the stadium."],
    );
}

#[test]
fn forces_withdrawing_personnel_is_a_deployment() {
    only(
        "Russian forces have likely withdrawn most of their personnel from Belarus.",
        EventKind::Deployment,
    );
    assert_none_has(
        EventKind::Deployment,
        &["The company withdrew its offer after the talks."],
    );
}

#[test]
fn a_contract_concluded_after_a_long_phrase_is_still_the_contract() {
    let text = "Last year, Belarus handed over the first batch of Groza-S complexes to the \
                Russian Armed Forces under a contract concluded in 2024, Seliverstov recalled.";
    let contract = only(text, EventKind::Agreement);
    assert_eq!(contract.date.as_deref(), Some("2024"), "{contract:?}");
    assert_eq!(contract.stage, Some(AgreementStage::Signed), "{contract:?}");
    // The handover keeps its own "Last year".
    let delivery = only(text, EventKind::Delivery);
    assert_eq!(delivery.date_span.map(|s| s.start), Some(0), "{delivery:?}");
}
