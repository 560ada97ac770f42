#![allow(clippy::unwrap_used)]
//! Dates and places the parser hangs outside the event's clause, threats
//! made by announcing a response, and a few objects read through the
//! parser's habits: invented one-sentence texts through the real tagger,
//! parser, NER and time stages (publication date Wednesday 15 October
//! 2025).

use sitrep_core::{ActorRole, EventKind, EventStatus};

mod support;

use support::{assert_each_has, assert_none_has, first, names_in_role};

#[test]
fn a_delegation_headed_by_someone_does_not_hide_the_date_and_place() {
    let e = first(
        "Report\n15 October 2025\n\nDefence Minister Viktor Khrenin received a delegation of the Russian Defence Ministry \
         headed by Deputy Defence Minister Alexander Fomin in Minsk on 14 October.",
        EventKind::Meeting,
    );
    assert_eq!(e.date.as_deref(), Some("2025-10-14"), "{e:?}");
    assert_eq!(e.place.as_deref(), Some("Minsk"), "{e:?}");
}

#[test]
fn a_verb_that_stages_an_exercise_dates_and_places_it() {
    let e = first(
        "The Union Shield-2027 exercise is due to take place on the territory of Belarus in \
         September 2027, he added.",
        EventKind::Exercise,
    );
    assert_eq!(e.date.as_deref(), Some("2027-09"), "{e:?}");
    assert_eq!(e.status, EventStatus::Planned, "{e:?}");
}

#[test]
fn a_date_before_two_joined_verbs_dates_both() {
    let text = "Report\n15 October 2025\n\nThe Latvian government on Monday approved a ban on the entry of \
                Belarusian lorries and extended the emergency regime on the Latvian-Belarusian \
                border.";
    let sanctions: Vec<_> = support::events(text)
        .1
        .into_iter()
        .filter(|e| e.kind == EventKind::Sanction)
        .collect();
    assert_eq!(sanctions.len(), 2, "{sanctions:?}");
    for e in &sanctions {
        assert_eq!(e.date.as_deref(), Some("2025-10-13"), "{e:?}");
    }
}

#[test]
fn a_weekday_before_a_schedule_looks_ahead() {
    let e = first(
        "Report\n15 October 2025\n\nOn Friday, the delegation is scheduled to visit the central command post of the Air \
         Force.",
        EventKind::Meeting,
    );
    assert_eq!(e.date.as_deref(), Some("2025-10-17"), "{e:?}");
}

#[test]
fn a_border_demonym_names_the_target_of_a_closure() {
    let targets = names_in_role(
        "In September 2025, Warsaw shut all crossings on the Belarusian border for the duration \
         of the exercise.",
        EventKind::Sanction,
        ActorRole::Target,
    );
    assert_eq!(targets, vec!["Belarus".to_string()]);
}

#[test]
fn threats_of_a_response_are_planned() {
    for text in [
        "Ukraine will respond to any use of Belarusian territory for attacks on our people.",
        "The ministry said Minsk would take retaliatory measures against the companies.",
        "The European Union adopted new sanctions, prompting Minsk to promise a mirror response.",
    ] {
        let e = first(text, EventKind::Threat);
        assert_eq!(e.status, EventStatus::Planned, "{text}: {e:?}");
    }
    // The hostile move a response answers is no threat of its own.
    assert_none_has(
        EventKind::Threat,
        &[
            "The general said the army would stop any attempt to threaten the security of the \
           Union State.",
        ],
    );
}

#[test]
fn a_plan_adopted_in_a_clause_on_it_is_an_agreement() {
    assert_each_has(
        EventKind::Agreement,
        &["This year we have fully carried out the plan we adopted in Moscow a year ago."],
    );
    assert_none_has(
        EventKind::Agreement,
        &["The ban goes further than the sanctions package, which was adopted in February."],
    );
}

#[test]
fn goods_behind_two_measure_words_are_delivered() {
    assert_each_has(
        EventKind::Delivery,
        &["Minsk shipped tens of thousands of fuses to Russia last year."],
    );
    assert_none_has(
        EventKind::Delivery,
        &["The Secretary General gave a high assessment of the actions of the contingents."],
    );
}

#[test]
fn forces_still_stationed_are_an_ongoing_deployment() {
    let e = first(
        "Some of the Russian troops are still stationed in Belarus, the president said.",
        EventKind::Deployment,
    );
    assert_eq!(e.status, EventStatus::Ongoing, "{e:?}");
}

#[test]
fn a_course_completed_by_soldiers_is_training() {
    assert_each_has(
        EventKind::Training,
        &[
            "Forty Belarusian military engineers completed a two-week course at a Russian \
           training centre.",
        ],
    );
    assert_none_has(
        EventKind::Training,
        &["Of course, the talks will continue next week."],
    );
}
