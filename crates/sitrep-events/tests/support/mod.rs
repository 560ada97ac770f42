//! Shared by the sentence-level tests: invented text through the real
//! pipeline (tagger, parser, NER, time, attribution) and the events stage,
//! with a fixed publication date so relative dates are deterministic.
#![allow(clippy::unwrap_used, dead_code)]

use sitrep_core::{ActorRole, Doc, Event, EventKind, Published, PublishedBasis, Stage};
use sitrep_events::EventStage;
use sitrep_pipeline::{Depth, Pipeline};

pub fn events(text: &str) -> (Doc, Vec<Event>) {
    let pipeline = Pipeline::standard(Depth::Full).unwrap();
    let raw = sitrep_ingest::read_bytes("t.txt", text.as_bytes(), Default::default())
        .next()
        .unwrap()
        .unwrap();
    let mut doc = pipeline.process(raw).unwrap();
    doc.meta.published = Some(Published {
        value: "2025-10-15".into(),
        basis: PublishedBasis::Metadata,
        evidence: None,
    });
    // Run again now that the document date is set.
    EventStage::new().run(&mut doc);
    let events = doc.layers.events.clone();
    (doc, events)
}

/// The events the rules alone find in `text`, without the trigger
/// classifier: for tests of a rule the classifier may also cover.
pub fn rule_events(text: &str) -> (Doc, Vec<Event>) {
    let (mut doc, _) = events(text);
    EventStage::new().with_triggers(None).run(&mut doc);
    let events = doc.layers.events.clone();
    (doc, events)
}

/// Events of the last sentence of `text`.
pub fn last_sentence(text: &str) -> Vec<Event> {
    let (doc, all) = events(text);
    let last = doc.layers.sentences.len().saturating_sub(1);
    all.into_iter()
        .filter(|e| e.sentence as usize == last)
        .collect()
}

/// The kinds of the events found in `text`, in text order.
pub fn kinds(text: &str) -> Vec<EventKind> {
    events(text).1.into_iter().map(|e| e.kind).collect()
}

/// The first event of `kind` found in `text` (panics naming the text when
/// there is none).
pub fn first(text: &str, kind: EventKind) -> Event {
    let (_, all) = events(text);
    all.into_iter()
        .find(|e| e.kind == kind)
        .unwrap_or_else(|| panic!("no {kind:?} in {text:?}"))
}

/// The one event of `kind` in `text` (panics naming the text and what was
/// found when there is not exactly one).
pub fn only(text: &str, kind: EventKind) -> Event {
    let found: Vec<Event> = events(text)
        .1
        .into_iter()
        .filter(|e| e.kind == kind)
        .collect();
    assert_eq!(found.len(), 1, "{kind:?} in {text:?}: {found:?}");
    found[0].clone()
}

/// The first event of `kind` in the last sentence of `text`.
pub fn last_of(text: &str, kind: EventKind) -> Event {
    last_sentence(text)
        .into_iter()
        .find(|e| e.kind == kind)
        .unwrap_or_else(|| panic!("no {kind:?} in the last sentence of {text:?}"))
}

/// The names of the actors in `role` of the first event of `kind` in `text`.
pub fn names_in_role(text: &str, kind: EventKind, role: ActorRole) -> Vec<String> {
    first(text, kind)
        .actors
        .into_iter()
        .filter(|a| a.role == role)
        .map(|a| a.name)
        .collect()
}

/// Every text yields at least one event of `kind`.
pub fn assert_each_has(kind: EventKind, texts: &[&str]) {
    for text in texts {
        let found = kinds(text);
        assert!(found.contains(&kind), "no {kind:?} in {text:?}: {found:?}");
    }
}

/// No text yields an event of `kind`.
pub fn assert_none_has(kind: EventKind, texts: &[&str]) {
    for text in texts {
        let found = kinds(text);
        assert!(!found.contains(&kind), "{kind:?} in {text:?}: {found:?}");
    }
}

/// No text yields any event.
pub fn assert_no_events(texts: &[&str]) {
    for text in texts {
        let found = kinds(text);
        assert!(found.is_empty(), "events in {text:?}: {found:?}");
    }
}

/// The distinct country codes of an event's actors, sorted.
pub fn countries(e: &Event) -> Vec<&str> {
    let mut found: Vec<&str> = e
        .actors
        .iter()
        .filter_map(|a| a.country.as_deref())
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}
