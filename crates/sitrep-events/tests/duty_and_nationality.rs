#![allow(clippy::unwrap_used)]
//! Drawn from the thirty-third session's held-out dev misses: combat duty
//! taken up however the tagger reads "combat", hardware stationed after an
//! adverb, and a person's nationality kept when the text later calls them
//! "he". Invented texts through the rules alone, so the trigger classifier
//! cannot hide a rule's loss.

use sitrep_core::{ActorRole, EventKind};

mod support;

fn rule_kinds(text: &str) -> Vec<(EventKind, String)> {
    let (doc, events) = support::rule_events(text);
    events
        .iter()
        .map(|e| (e.kind, doc.slice(e.trigger).to_string()))
        .collect()
}

#[test]
fn combat_duty_carried_out_is_a_deployment() {
    let found = rule_kinds(
        "The missile regiment will carry out combat duty near Gomel until the end of the \
         year.",
    );
    assert!(
        found.contains(&(EventKind::Deployment, "duty".to_string())),
        "{found:?}"
    );
}

#[test]
fn combat_duty_assumed_is_a_deployment_however_combat_is_tagged() {
    let found = rule_kinds(
        "The colonel told reporters that an Armenian air defence battalion equipped with \
         the Tor system had assumed combat duty in March.",
    );
    assert!(
        found.contains(&(EventKind::Deployment, "duty".to_string())),
        "{found:?}"
    );
}

#[test]
fn stationing_after_an_adverb_is_a_deployment() {
    let found = rule_kinds(
        "Analysts doubt whether the general staff intends to permanently station a unit at \
         the Osipovichi range.",
    );
    assert!(
        found.contains(&(EventKind::Deployment, "station".to_string())),
        "{found:?}"
    );
}

#[test]
fn he_keeps_the_nationality_his_title_gave() {
    let text = "Estonian Defence Minister Hanno Pevkur visited the troops in Tapa on \
                Tuesday. Speaking to journalists, he accused Moscow of staging provocations \
                on the border.";
    let (_, events) = support::rule_events(text);
    let accusation = events
        .iter()
        .find(|e| e.kind == EventKind::Accusation)
        .unwrap();
    let source = accusation
        .actors
        .iter()
        .find(|a| a.role == ActorRole::Source)
        .unwrap();
    assert_eq!(source.name, "Hanno Pevkur", "{accusation:?}");
    assert_eq!(source.country.as_deref(), Some("EST"), "{accusation:?}");
}
