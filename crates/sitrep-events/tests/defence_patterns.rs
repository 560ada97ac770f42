#![allow(clippy::unwrap_used)]
//! Phrasings of defence reporting that the domain gold's dev articles
//! (`gold/domain/`) showed the rules missing: planning conferences, joint
//! training sessions, border closures, exercises scheduled in a relative
//! clause, and re-mentions of a joint exercise. Invented sentences, full
//! pipeline (publication date 2025-10-15).

use sitrep_core::{ActorRole, EventKind, EventStatus};

mod support;

use support::{assert_each_has, assert_none_has, events, first, names_in_role};

#[test]
fn a_planning_conference_is_a_meeting_and_a_press_conference_is_not() {
    assert_each_has(
        EventKind::Meeting,
        &[
            "Officers of the two general staffs held the main planning conference in Pskov.",
            "The final planning conference will take place in Minsk in August.",
        ],
    );
    assert_none_has(
        EventKind::Meeting,
        &[
            "The minister held a press conference in Minsk on Monday.",
            "The spokesman told a news conference that the drills were defensive.",
        ],
    );
}

#[test]
fn a_joint_training_session_is_training() {
    let e = first(
        "Belarusian and Russian air defence crews held a joint training session at the Ashuluk range.",
        EventKind::Training,
    );
    assert_eq!(e.plover, "COOPERATE");
}

#[test]
fn closing_a_border_is_a_sanction_on_the_neighbour() {
    assert_each_has(
        EventKind::Sanction,
        &[
            "Warsaw closed all crossings on its border with Belarus for two weeks.",
            "Lithuania shut two checkpoints on Friday.",
            "The border was sealed after the incident.",
        ],
    );
    let targets = names_in_role(
        "Poland closed its border with Belarus on Monday.",
        EventKind::Sanction,
        ActorRole::Target,
    );
    assert!(targets.iter().any(|t| t == "Belarus"), "{targets:?}");
    assert_none_has(
        EventKind::Sanction,
        &[
            "The shop closed its doors on Monday.",
            "The minister closed the meeting with a short speech.",
        ],
    );
}

#[test]
fn an_exercise_scheduled_in_a_relative_clause_is_planned_there() {
    let e = first(
        "Officers have held a planning conference for the Union Shield 2027 joint exercise, which is scheduled for September on the territory of Russia.",
        EventKind::Exercise,
    );
    assert_eq!(e.status, EventStatus::Planned);
    // The year comes from the exercise's name, not the publication date.
    assert_eq!(e.date.as_deref(), Some("2027-09"));
    assert_eq!(e.place.as_deref(), Some("Russia"));
}

#[test]
fn a_re_mentioned_exercise_stays_joint() {
    let (_, all) = events(
        "Belarus and Russia will hold a joint exercise in September. The drills will take place at the Mulino training ground.",
    );
    let exercises: Vec<&str> = all
        .iter()
        .filter(|e| e.kind == EventKind::Exercise)
        .map(|e| e.plover.as_str())
        .collect();
    assert_eq!(exercises, vec!["COOPERATE", "COOPERATE"]);
}
