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
