#![allow(clippy::unwrap_used)]
//! Cases found by probing the pipeline with invented reports in the
//! product's domain (dates, sources, names, counts), through the full
//! pipeline.

use sitrep_core::EventKind;

mod support;

use support::{events, only};

/// The dateline dates the report; a sentence that dates its own event,
/// even as a deadline, does not take the dateline's day.
#[test]
fn a_deadline_in_the_sentence_keeps_the_dateline_date_away() {
    let e = only(
        "RIGA, 4 June 2026 (LETA) - Latvia will receive the first batch of IRIS-T air \
         defence systems from Germany by the end of the year, the ministry said.",
        EventKind::Delivery,
    );
    assert_ne!(e.date.as_deref(), Some("2026-06-04"), "{e:?}");
}

/// "The EU imposed sanctions": the finder may read "imposed" as a cue, but
/// the one who imposes is the actor, not the reporter of the event.
#[test]
fn the_actor_of_the_event_is_not_who_reported_it() {
    let e = only(
        "The European Union imposed new sanctions on Myanmar's generals on Monday.",
        EventKind::Sanction,
    );
    assert_eq!(e.attributed_to, None, "{e:?}");
}

/// Without a document date or a year in the text, "in May" is a month
/// whose year is unknown, never the exercise's place.
#[test]
fn a_month_is_not_a_place() {
    let e = only(
        "The Collective Security Treaty Organization will hold drills in May.",
        EventKind::Exercise,
    );
    assert_eq!(e.place, None, "{e:?}");
    assert_eq!(e.date.as_deref(), Some("XXXX-05"), "{e:?}");
}

/// A dated name is an exercise only in a sentence about forces, and never
/// when it names a programme or a treaty.
#[test]
fn dated_names_of_plans_tournaments_and_software_are_not_exercises() {
    for text in [
        "The Defence Programme for Armaments 2027-2034 was approved by the Security Council.",
        "Wales won their opening two matches in the 2005 Six Nations.",
        "Most of the office computers are still running Windows 2000.",
    ] {
        let (_, all) = events(text);
        assert!(
            all.iter().all(|e| e.kind != EventKind::Exercise),
            "{text}: {all:?}"
        );
    }
    let e = only(
        "Some 12,000 troops will take part in Zapad 2027.",
        EventKind::Exercise,
    );
    assert!(e.actors.iter().all(|a| !a.name.contains("Zapad")), "{e:?}");
}

/// "said the summit would be held": the future of a past report is a plan,
/// in the passive too; "would ... if" stays hypothetical.
#[test]
fn a_reported_passive_future_is_planned() {
    let e = only(
        "The ministry said the summit would be held in Astana.",
        EventKind::Meeting,
    );
    assert_eq!(e.status, sitrep_core::EventStatus::Planned, "{e:?}");
    let e = only(
        "The summit would be held in Astana if the ministers agreed.",
        EventKind::Meeting,
    );
    assert_eq!(e.status, sitrep_core::EventStatus::Hypothetical, "{e:?}");
}

/// "two Su-30SM fighters" counts aircraft; only "the two countries", "both
/// sides" and the like stand for a pair of parties named earlier.
#[test]
fn a_count_of_things_is_not_a_pair_of_parties() {
    let (_, all) = events(
        "The United States will transfer F-16 jets to Norway. \
         Kazakhstan received two Su-30SM fighters from Russia last week.",
    );
    let kazakh = all
        .iter()
        .find(|e| e.actors.iter().any(|a| a.name == "Kazakhstan"))
        .unwrap();
    assert!(
        kazakh.actors.iter().all(|a| a.name != "Norway"),
        "{kazakh:?}"
    );
}
