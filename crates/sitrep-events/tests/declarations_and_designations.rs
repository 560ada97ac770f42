#![allow(clippy::unwrap_used)]
//! Readings drawn from the thirty-second session's held-out misses: a
//! joint declaration signed is an agreement, and hardware named by a
//! designation with a variant part ("Mi-8MTV-5") arrives as goods.
//! Invented texts through the real pipeline, rules only.

use sitrep_core::{AgreementStage, EventKind};

mod support;
use support::rule_events;

/// The rule events of `kind` whose trigger is `word`.
fn found(text: &str, kind: EventKind, word: &str) -> Vec<sitrep_core::Event> {
    let (doc, all) = rule_events(text);
    all.into_iter()
        .filter(|e| e.kind == kind && doc.slice(e.trigger) == word)
        .collect()
}

#[test]
fn a_joint_declaration_signed_is_an_agreement() {
    let signed = found(
        "The foreign ministers of Estonia and Finland signed a joint declaration on energy \
         security in Tallinn on Friday.",
        EventKind::Agreement,
        "signed",
    );
    assert_eq!(signed.len(), 1, "{signed:?}");
    assert_eq!(signed[0].stage, Some(AgreementStage::Signed));
    // A personal declaration is no deal.
    assert!(found(
        "The candidate signed a declaration of assets on Friday.",
        EventKind::Agreement,
        "signed"
    )
    .is_empty());
}

#[test]
fn helicopters_with_a_variant_designation_arrive_as_goods() {
    let arrived = found(
        "Three Mi-8MTV-5 helicopters built in Kazan arrived in Belarus on Monday.",
        EventKind::Delivery,
        "arrived",
    );
    assert_eq!(arrived.len(), 1, "{arrived:?}");
}

#[test]
fn a_counted_fleet_arriving_after_a_delivery_is_goods() {
    let text = "Russia delivered the first Yak-130 trainers to Kazakhstan in May. According to \
                the ministry, four aircraft had already arrived at the Shymkent air base.";
    assert_eq!(found(text, EventKind::Delivery, "arrived").len(), 1);
    // A lone plane may carry a delegation.
    let lone = "Russia delivered the first Yak-130 trainers to Kazakhstan in May. On Friday \
                the aircraft arrived at the Shymkent air base with the minister on board.";
    assert!(found(lone, EventKind::Delivery, "arrived").is_empty());
}
