#![allow(clippy::unwrap_used)]
//! Threats bound to a response ("will be forced to respond", "reserves
//! the right to respond"), checks and launches inside an exercise story,
//! a joint venture registered. Invented texts through the real tagger,
//! parser, NER and time stages.

use sitrep_core::{ActorRole, EventKind};

mod support;
use support::{assert_each_has, assert_none_has, last_of, last_sentence, names_in_role};

#[test]
fn a_response_the_side_is_bound_to_is_a_threat() {
    assert_each_has(
        EventKind::Threat,
        &[
            "\"If the alliance does not stop the build-up, we will be forced to respond,\" \
             he warned.",
            "Minsk reserves the right to respond to the sanctions.",
            "Belarus is ready to respond to any provocation.",
        ],
    );
    assert_none_has(
        EventKind::Threat,
        &["The company will be forced to respond to the questions of its shareholders."],
    );
    let sources = names_in_role(
        "If NATO continues, Minsk will be forced to respond.",
        EventKind::Threat,
        ActorRole::Source,
    );
    assert!(!sources.is_empty(), "{sources:?}");
}

#[test]
fn checks_and_live_launches_in_an_exercise_story_are_exercises() {
    let text = "A snap combat readiness check of the northern command began on Monday. \
                In February, a similar check was held in the Western Operational Command.";
    let last = last_sentence(text);
    assert!(
        last.iter().any(|e| e.kind == EventKind::Exercise),
        "{last:?}"
    );
    assert_each_has(
        EventKind::Exercise,
        &[
            "On 1 December, the crews carried out live launches under the supervision of \
           Russian instructors.",
        ],
    );
    // A check with no exercise before it stays a check.
    assert_none_has(
        EventKind::Exercise,
        &["In February, a similar check was held at the tax office."],
    );
}

#[test]
fn a_joint_venture_registered_is_an_agreement() {
    assert_each_has(
        EventKind::Agreement,
        &[
            "Integral and a Russian partner registered a joint venture for the assembly of \
           chips in Zelenograd.",
        ],
    );
}

#[test]
fn an_event_being_held_now_is_ongoing() {
    use sitrep_core::EventStatus;
    let text = "A snap inspection of combat readiness is being conducted in the 11th brigade.";
    let inspection = last_of(text, EventKind::Exercise);
    assert_eq!(inspection.status, EventStatus::Ongoing, "{inspection:?}");
    let text = "The joint exercise is being held at the Obuz-Lesnovsky training ground.";
    let exercise = last_of(text, EventKind::Exercise);
    assert_eq!(exercise.status, EventStatus::Ongoing, "{exercise:?}");
    // The past progressive is over by the time of writing.
    let text = "The joint exercise was being held at the training ground when the storm hit.";
    let exercise = last_of(text, EventKind::Exercise);
    assert_eq!(exercise.status, EventStatus::Occurred, "{exercise:?}");
}

#[test]
fn warnings_of_an_answer_or_of_force_are_threats() {
    assert_each_has(
        EventKind::Threat,
        &[
            "The ministry called the decision hostile and warned that it would not go unanswered.",
            "The deputy minister warned that Moscow would take all necessary measures to \
             neutralise the threats.",
            "He warned that any drone that violates Polish airspace will be shot down.",
            "Defence Minister Anna Berg warned Minsk and Moscow against any provocations on the \
             border.",
        ],
    );
    assert_none_has(
        EventKind::Threat,
        &[
            "Economists warned that prices would rise in the spring.",
            "Doctors warned patients against eating too much salt.",
        ],
    );
}

#[test]
fn an_echelon_of_troops_unloaded_is_a_deployment() {
    assert_each_has(
        EventKind::Deployment,
        &[
            "The last echelon, with servicemen of the 98th Airborne Division, was unloaded at the \
           Vitebsk railway station on Saturday.",
        ],
    );
    assert_none_has(
        EventKind::Deployment,
        &["The senator unloaded on the committee chairman during the hearing."],
    );
}
