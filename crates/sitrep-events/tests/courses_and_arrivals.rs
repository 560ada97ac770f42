#![allow(clippy::unwrap_used)]
//! Courses undergone, hardware arriving and the like, told in the words
//! wire copy uses: "the pilots underwent retraining", "a retraining
//! course". Invented texts through the real tagger, parser, NER and time
//! stages.

use sitrep_core::EventKind;

mod support;
use support::assert_each_has;

#[test]
fn a_course_undergone_is_training() {
    assert_each_has(
        EventKind::Training,
        &[
            "Belarusian pilots underwent retraining at an aviation centre in Russia in spring.",
            "Thirty Belarusian deminers underwent a retraining course in Kstovo in the spring.",
        ],
    );
}

#[test]
fn a_named_exercise_that_will_take_place_is_a_planned_one() {
    let exercise = support::only(
        "The ministers approved a plan that includes the joint exercise Union Shield-2027, \
         which will take place in Russia.",
        EventKind::Exercise,
    );
    assert_eq!(
        exercise.status,
        sitrep_core::EventStatus::Planned,
        "{exercise:?}"
    );
    assert_eq!(exercise.place.as_deref(), Some("Russia"), "{exercise:?}");
}

#[test]
fn hardware_received_in_a_participle_is_a_delivery() {
    let delivery = support::only(
        "The first Su-30SM2 fighters received by Belarus in 2024 are based in Baranovichi.",
        EventKind::Delivery,
    );
    assert_eq!(delivery.date.as_deref(), Some("2024"), "{delivery:?}");
    // Officers or aid are not hardware handed over.
    support::assert_none_has(
        EventKind::Delivery,
        &[
            "Both sides hope to reach a deal over state aid received by the aircraft maker.",
            "Policing was left to local forces, with more officers sent to the hunts.",
        ],
    );
}
