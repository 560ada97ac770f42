#![allow(clippy::unwrap_used)]
//! Military routine as events: drills practised, forces relocated or
//! airlifted, officers studying at academies, the parts of an exercise,
//! sessions chaired or due to be held, and the EU named by its seat:
//! invented sentences through the real tagger, parser, NER and time
//! stages.

use sitrep_core::{Event, EventKind};

mod support;

use support::last_sentence;

fn has_kind(found: &[Event], kind: EventKind) -> bool {
    found.iter().any(|e| e.kind == kind)
}

#[test]
fn crews_practising_strikes_exercise_but_a_doctor_practising_does_not() {
    let found = last_sentence(
        "Crews of the Belarusian Air Force will practise delivering strikes against a \
         mock enemy at the Ruzhany range.",
    );
    assert!(has_kind(&found, EventKind::Exercise), "{found:?}");
    assert!(!has_kind(&found, EventKind::Delivery), "{found:?}");
    let found = last_sentence("She practised medicine in Grodno for twenty years.");
    assert!(!has_kind(&found, EventKind::Exercise), "{found:?}");
}

#[test]
fn a_brigade_relocated_or_airlifted_is_deployed() {
    let found = last_sentence(
        "The 38th Separate Air Assault Brigade relocated to the Brestsky training \
         ground overnight.",
    );
    assert!(has_kind(&found, EventKind::Deployment), "{found:?}");
    let found = last_sentence(
        "The Russian contingent was airlifted to Vitebsk by military transport aircraft.",
    );
    assert!(has_kind(&found, EventKind::Deployment), "{found:?}");
    let found = last_sentence("The bank relocated its headquarters to Warsaw.");
    assert!(!has_kind(&found, EventKind::Deployment), "{found:?}");
}

#[test]
fn officers_studying_at_military_academies_are_in_training() {
    let found = last_sentence(
        "More than 300 Belarusian officers are studying at Russian military academies.",
    );
    assert!(has_kind(&found, EventKind::Training), "{found:?}");
    let found = last_sentence("Her daughter is studying at a university in Vilnius.");
    assert!(!has_kind(&found, EventKind::Training), "{found:?}");
}

#[test]
fn the_parts_of_an_exercise_are_exercises() {
    let found =
        last_sentence("The active phase of the exercise will take place from 14 to 20 September.");
    assert!(has_kind(&found, EventKind::Exercise), "{found:?}");
    let found = last_sentence(
        "A snap inspection of the combat readiness of the armed forces began on Tuesday.",
    );
    assert!(has_kind(&found, EventKind::Exercise), "{found:?}");
    let found = last_sentence("The units will perform tactical episodes with live firing.");
    assert!(has_kind(&found, EventKind::Exercise), "{found:?}");
    // A stage of something else is no exercise.
    let found = last_sentence("The second stage of the bridge repairs began on Monday.");
    assert!(!has_kind(&found, EventKind::Exercise), "{found:?}");
}

#[test]
fn a_session_chaired_or_due_to_be_held_is_a_meeting() {
    let found =
        last_sentence("The session was co-chaired by the defence ministers of the two countries.");
    assert!(has_kind(&found, EventKind::Meeting), "{found:?}");
    let found = last_sentence(
        "The next joint session of the collegia is due to be held in Minsk in December.",
    );
    assert!(has_kind(&found, EventKind::Meeting), "{found:?}");
}

#[test]
fn brussels_as_an_actor_is_the_european_union() {
    let found = last_sentence("Brussels has sanctioned Belarusian arms suppliers before.");
    let sanction = found
        .iter()
        .find(|e| e.kind == EventKind::Sanction)
        .unwrap_or_else(|| panic!("no sanction in {found:?}"));
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
