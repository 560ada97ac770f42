#![allow(clippy::unwrap_used)]
//! Military routine as events: drills practised, forces relocated or
//! airlifted, officers studying at academies, the parts of an exercise,
//! sessions chaired or due to be held, and the EU named by its seat:
//! invented one-sentence texts through the real tagger, parser, NER and
//! time stages.

use sitrep_core::EventKind;

mod support;

use support::{assert_each_has, assert_none_has, first};

#[test]
fn crews_practising_strikes_exercise_but_a_doctor_practising_does_not() {
    let crews = "Crews of the Belarusian Air Force will practise delivering strikes against a \
                 mock enemy at the Ruzhany range.";
    assert_each_has(EventKind::Exercise, &[crews]);
    assert_none_has(EventKind::Delivery, &[crews]);
    assert_none_has(
        EventKind::Exercise,
        &["She practised medicine in Grodno for twenty years."],
    );
}

#[test]
fn a_brigade_relocated_or_airlifted_is_deployed() {
    assert_each_has(
        EventKind::Deployment,
        &[
            "The 38th Separate Air Assault Brigade relocated to the Brestsky training \
             ground overnight.",
            "The Russian contingent was airlifted to Vitebsk by military transport aircraft.",
        ],
    );
    assert_none_has(
        EventKind::Deployment,
        &["The bank relocated its headquarters to Warsaw."],
    );
}

#[test]
fn officers_studying_at_military_academies_are_in_training() {
    assert_each_has(
        EventKind::Training,
        &["More than 300 Belarusian officers are studying at Russian military academies."],
    );
    assert_none_has(
        EventKind::Training,
        &["Her daughter is studying at a university in Vilnius."],
    );
}

#[test]
fn the_parts_of_an_exercise_are_exercises() {
    assert_each_has(
        EventKind::Exercise,
        &[
            "The active phase of the exercise will take place from 14 to 20 September.",
            "A snap inspection of the combat readiness of the armed forces began on Tuesday.",
            "The units will perform tactical episodes with live firing.",
        ],
    );
    // A stage of something else is no exercise.
    assert_none_has(
        EventKind::Exercise,
        &["The second stage of the bridge repairs began on Monday."],
    );
}

#[test]
fn a_session_chaired_or_due_to_be_held_is_a_meeting() {
    assert_each_has(
        EventKind::Meeting,
        &[
            "The session was co-chaired by the defence ministers of the two countries.",
            "The next joint session of the collegia is due to be held in Minsk in December.",
        ],
    );
}

#[test]
fn brussels_as_an_actor_is_the_european_union() {
    let sanction = first(
        "Brussels has sanctioned Belarusian arms suppliers before.",
        EventKind::Sanction,
    );
    let names: Vec<&str> = sanction.actors.iter().map(|a| a.name.as_str()).collect();
    assert!(names.contains(&"European Union"), "{sanction:?}");
    assert!(
        sanction
            .actors
            .iter()
            .all(|a| a.country.as_deref() != Some("BEL")),
        "{sanction:?}"
    );
}
