#![allow(clippy::unwrap_used)]
//! Facts the events stage must find in the sample corpus under the shared
//! folder (skipped when it is absent). Asserts values, never text.

use std::path::PathBuf;

use sitrep_core::{AgreementStage, Doc, EntityLabel, EventKind, EventStatus, Stage};
use sitrep_events::EventStage;
use sitrep_pipeline::{Depth, Pipeline};

fn shared() -> PathBuf {
    match std::env::var_os("SITREP_SHARED") {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"),
    }
}

fn corpus_doc(name: &str) -> Option<Doc> {
    let path = shared().join("corpus").join(name);
    let Ok(bytes) = std::fs::read(&path) else {
        eprintln!("skipping: {} not found", path.display());
        return None;
    };
    let pipeline = Pipeline::standard(Depth::Full).unwrap();
    let raw = sitrep_ingest::read_bytes(name, &bytes, Default::default())
        .next()
        .unwrap()
        .unwrap();
    let mut doc = pipeline.process(raw).unwrap();
    EventStage::new().run(&mut doc);
    Some(doc)
}

fn has_country(e: &sitrep_core::Event, code: &str) -> bool {
    e.actors.iter().any(|a| a.country.as_deref() == Some(code))
}

#[test]
fn board_meeting_in_moscow_and_zapad_exercise() {
    let Some(doc) = corpus_doc("000_c1b9d8535207b91c.txt") else {
        return;
    };
    let meeting = doc
        .layers
        .events
        .iter()
        .find(|e| e.kind == EventKind::Meeting && e.date.as_deref() == Some("2025-10-15"))
        .expect("a meeting dated 2025-10-15");
    assert_eq!(meeting.plover, "CONSULT");
    assert_eq!(meeting.status, EventStatus::Occurred);
    assert_eq!(meeting.place.as_deref(), Some("Moscow"));
    assert!(
        has_country(meeting, "BLR") && has_country(meeting, "RUS"),
        "{:?}",
        meeting.actors
    );
    // The first sentence reports it; its trigger is the noun at byte 99.
    assert_eq!(meeting.sentence, 0);
    assert_eq!(meeting.trigger.start, 99);
    // Zapad 2025: an exercise that occurred this year, in a sentence
    // naming it.
    let zapad = doc.layers.events.iter().find(|e| {
        e.kind == EventKind::Exercise
            && doc.layers.entities.iter().any(|n| {
                n.label == EntityLabel::Misc
                    && n.canonical.contains("Zapad")
                    && doc.sentence_of(n.span.start) == Some(e.sentence as usize)
            })
    });
    let zapad = zapad.expect("the Zapad 2025 exercise");
    assert_eq!(zapad.status, EventStatus::Occurred);
    assert_eq!(zapad.date.as_deref(), Some("2025"));
    // The closing approval of the partnership programme.
    assert!(doc
        .layers
        .events
        .iter()
        .any(|e| e.kind == EventKind::Agreement
            && e.stage == Some(AgreementStage::Approved)
            && has_country(e, "BLR")
            && has_country(e, "RUS")));
}

#[test]
fn ratification_history_and_deployment() {
    let Some(doc) = corpus_doc("004_810c085ce7668347.txt") else {
        return;
    };
    let events = &doc.layers.events;
    assert!(events
        .iter()
        .any(|e| e.stage == Some(AgreementStage::Ratified) && e.sentence == 0));
    let history = events
        .iter()
        .find(|e| e.kind == EventKind::Agreement && e.date.as_deref() == Some("2009"))
        .expect("the 2009 agreement");
    assert_eq!(history.stage, Some(AgreementStage::Signed));
    assert_eq!(history.status, EventStatus::Occurred);
    assert!(has_country(history, "RUS") && has_country(history, "BLR"));
    let deployment = events
        .iter()
        .find(|e| e.kind == EventKind::Deployment && e.date.as_deref() == Some("2022"))
        .expect("the 2022 deployment");
    assert_eq!(deployment.place.as_deref(), Some("Belarus"));
    assert_eq!(deployment.plover, "MOBILIZE");
    // The missile systems Moscow provided (sentence 9, after the warheads'
    // deployment in the same sentence) are an arms delivery from Russia,
    // even where the parser hangs the weapons as a bare `obl`.
    let delivery = events
        .iter()
        .find(|e| e.kind == EventKind::Delivery && e.sentence == 9)
        .expect("the delivery of missile systems");
    assert_eq!(delivery.plover, "AID");
    assert!(has_country(delivery, "RUS"), "{:?}", delivery.actors);
}
