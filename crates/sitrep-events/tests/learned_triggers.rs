#![allow(clippy::unwrap_used)]
//! The learned trigger classifier (`models/event-triggers.bin`): it loads,
//! it adds events the rules leave out, and it leaves alone what the rules
//! declined. Invented sentences through the real pipeline.

use sitrep_core::{EventKind, Stage};
use sitrep_events::{EventStage, TriggerModel};

mod support;

/// Kinds found in `text` by `stage`.
fn kinds_with(stage: &EventStage, text: &str) -> Vec<EventKind> {
    let (mut doc, _) = support::events(text);
    stage.run(&mut doc);
    doc.layers.events.iter().map(|e| e.kind).collect()
}

#[test]
fn the_embedded_model_loads_with_its_margin() {
    let model = TriggerModel::embedded().expect("models/event-triggers.bin is a trigger model");
    assert!(model.margin() > 0.0, "margin {}", model.margin());
}

#[test]
fn event_nouns_without_a_light_verb_are_found_by_the_classifier() {
    let rules = EventStage::new().with_triggers(None);
    let learned = EventStage::new();
    for (text, kind) in [
        (
            "Putin described his recent visit to Minsk as productive.",
            EventKind::Meeting,
        ),
        (
            "Her criticism of the exercise drew a sharp reply from Minsk.",
            EventKind::Accusation,
        ),
    ] {
        assert_eq!(kinds_with(&rules, text), [], "rules alone in {text:?}");
        assert_eq!(kinds_with(&learned, text), [kind], "{text:?}");
    }
}

#[test]
fn what_the_rules_declined_stays_declined() {
    let learned = EventStage::new();
    for text in [
        "Rebels attacked an army convoy near the northern border.",
        "The meeting room was renovated last year.",
        "Earlier, Kyiv accused Minsk of staging a provocation, an accusation Minsk rejected.",
    ] {
        let kinds = kinds_with(&learned, text);
        assert!(kinds.len() <= 1, "{text:?}: {kinds:?}");
        assert!(!kinds.contains(&EventKind::Meeting), "{text:?}: {kinds:?}");
        if text.starts_with("Rebels") {
            assert_eq!(kinds, [], "{text:?}");
        }
    }
}

#[test]
fn a_topic_of_the_talks_is_no_event_of_its_own() {
    let learned = EventStage::new();
    for text in [
        "The ministers discussed the delivery of fighters.",
        "The sides also reviewed the results of the Zapad-2025 exercise.",
    ] {
        let kinds = kinds_with(&learned, text);
        assert!(
            !kinds
                .iter()
                .any(|k| matches!(k, EventKind::Delivery | EventKind::Exercise)),
            "{text:?}: {kinds:?}"
        );
    }
}
