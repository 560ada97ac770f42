#![allow(clippy::unwrap_used)]
//! Plural descriptions that stand for people named before ("the
//! ministers", "the heads of the defence ministries"), on invented
//! sentences through the real tagger, parser, NER and time stages.

use sitrep_core::{Event, EventKind};

mod support;

use support::events;

/// The events of `kind` in the last sentence of `text`.
fn in_last(text: &str, kind: EventKind) -> Vec<Event> {
    let (doc, all) = events(text);
    let last_sentence = doc.layers.sentences.len().saturating_sub(1);
    all.into_iter()
        .filter(|e| e.kind == kind && e.sentence as usize == last_sentence)
        .collect()
}

/// The first event of `kind` in the last sentence of `text`.
fn first(text: &str, kind: EventKind) -> Event {
    let found = in_last(text, kind);
    found
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no {kind:?} in {text:?}"))
}

fn names(e: &Event) -> Vec<&str> {
    e.actors.iter().map(|a| a.name.as_str()).collect()
}

#[test]
fn a_counterpart_shares_the_office_of_the_host() {
    let e = first(
        "Kazakh Defence Minister Ruslan Temirov on Monday received his Kyrgyz \
         counterpart Major General Aibek Osmonov in Astana. \
         The ministers held talks on border security.",
        EventKind::Meeting,
    );
    let who = names(&e);
    assert!(
        who.iter().any(|n| n.contains("Temirov")) && who.iter().any(|n| n.contains("Osmonov")),
        "{e:?}"
    );
    assert!(
        e.actors.iter().any(|a| a.country.as_deref() == Some("KGZ")),
        "{e:?}"
    );
}

#[test]
fn heads_of_the_ministries_are_the_ministers() {
    let e = first(
        "The meeting was chaired by Defence Minister of Armenia Suren Papikyan \
         and Defence Minister of Georgia Irakli Chikovani. \
         Before the session, the heads of the defence ministries held talks in a narrow format.",
        EventKind::Meeting,
    );
    let who = names(&e);
    assert!(
        who.iter().any(|n| n.contains("Papikyan")) && who.iter().any(|n| n.contains("Chikovani")),
        "{e:?}"
    );
}

#[test]
fn one_minister_and_no_counterpart_is_not_a_group() {
    let found = in_last(
        "Defence Minister Ruslan Temirov visited the Otar training ground. \
         The ministers held talks on Tuesday.",
        EventKind::Meeting,
    );
    assert!(
        found
            .iter()
            .all(|e| !names(e).iter().any(|n| n.contains("Temirov"))),
        "{found:?}"
    );
}

#[test]
fn the_sender_hung_on_the_goods_sends_them() {
    let e = first(
        "Armenia has received 12 Su-30SM fighters from Russia since 2019.",
        EventKind::Delivery,
    );
    let source = e
        .actors
        .iter()
        .find(|a| a.country.as_deref() == Some("RUS"))
        .expect("Russia named");
    assert_eq!(format!("{:?}", source.role), "Source", "{e:?}");
}

#[test]
fn instructors_guiding_a_training_take_part() {
    let e = first(
        "For three months, Armenian crews studied the new radars under the guidance of Russian instructors.",
        EventKind::Training,
    );
    assert!(
        e.actors.iter().any(|a| a.country.as_deref() == Some("RUS")),
        "{e:?}"
    );
}

#[test]
fn a_batch_that_landed_was_delivered_by_its_maker() {
    let e = first(
        "A new batch of Russian-built Su-30SM fighters landed at the Lida airbase on Monday.",
        EventKind::Delivery,
    );
    assert!(
        e.actors
            .iter()
            .any(|a| a.country.as_deref() == Some("RUS") && format!("{:?}", a.role) == "Source"),
        "{e:?}"
    );
}

#[test]
fn a_transport_plane_landing_delivers_nothing() {
    let found = in_last(
        "The delegation arrived aboard an Il-76 military transport aircraft, which landed at the Brest airfield.",
        EventKind::Delivery,
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn goods_handed_over_after_an_interrupting_participle() {
    let found = in_last(
        "The six helicopters, ferried from Kazan with one refuelling stop, were handed over to the Air Force at a ceremony.",
        EventKind::Delivery,
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn troops_delivered_are_deployed() {
    let found = in_last(
        "Over 400 servicemen and about 90 units of military equipment were delivered to Armenia by rail.",
        EventKind::Deployment,
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn an_airlift_of_a_unit_is_a_deployment() {
    let found = in_last(
        "Transport aircraft have completed the airlift of a motorised rifle battalion to Armenia.",
        EventKind::Deployment,
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn an_event_a_present_passive_schedules_is_planned() {
    let e = first(
        "Joint live firing with Armenian tank crews is planned at the range.",
        EventKind::Exercise,
    );
    assert_eq!(format!("{:?}", e.status), "Planned", "{e:?}");
}
