#![allow(clippy::unwrap_used)]
//! Phrasings the nineteenth session's fresh dev articles pointed at:
//! patrols flown, duty stood, war games, the phase of a named exercise,
//! pilots studying, hardware handed over or arriving after a delivery, a
//! presence built up, and responses threatened as an "answer" or by a
//! subject the parser lost. Invented texts, full pipeline.

use sitrep_core::EventKind;

mod support;

use support::{assert_each_has, assert_none_has, first, last_of};

#[test]
fn patrols_flown_by_forces_are_deployments() {
    assert_each_has(
        EventKind::Deployment,
        &[
            "Two Belarusian Su-30SM fighters and two Russian Air Force jets flew a joint patrol \
             mission over the Brest region.",
            "Under the plan, Belarusian and Russian fighter pairs of the Air Force will take \
             turns patrolling along the border.",
        ],
    );
    assert_none_has(
        EventKind::Deployment,
        &["Police officers patrolled the market square on Sunday."],
    );
    let e = first(
        "Two Belarusian fighters of the Air Force flew a joint patrol over the Brest region.",
        EventKind::Deployment,
    );
    assert_eq!(e.place.as_deref(), Some("Brest region"), "{e:?}");
}

#[test]
fn standing_on_combat_duty_is_a_deployment() {
    assert_each_has(
        EventKind::Deployment,
        &["The air defence regiment has been standing on combat duty since 2016."],
    );
}

#[test]
fn a_war_game_is_an_exercise_and_a_ball_game_is_not() {
    assert_each_has(
        EventKind::Exercise,
        &["Cadets of the two military academies took part in a joint command-staff war game."],
    );
    assert_none_has(
        EventKind::Exercise,
        &["The cadets watched a football game in the evening."],
    );
}

#[test]
fn the_phase_of_a_named_exercise_is_the_exercise() {
    let e = last_of(
        "Army officers discussed the joint exercise Union Shield-2027. The active phase of \
         Union Shield-2027 will take place in Russia.",
        EventKind::Exercise,
    );
    assert_eq!(e.sentence, 1, "{e:?}");
    assert!(
        !e.actors.iter().any(|a| a.name.contains("Shield")),
        "the exercise's own name is no participant: {e:?}"
    );
}

#[test]
fn the_stage_of_a_named_tournament_is_no_exercise() {
    assert_none_has(
        EventKind::Exercise,
        &["The final stage of Euro 2004 will take place in Lisbon."],
    );
}

#[test]
fn pilots_studying_train() {
    assert_each_has(
        EventKind::Training,
        &["Over four months, twelve Belarusian pilots studied the design of the new fighter."],
    );
}

#[test]
fn hardware_handed_over_or_following_a_delivery_is_delivered() {
    assert_each_has(
        EventKind::Delivery,
        &["Moscow last handed over a battery of Tor-M2 systems to the Belarusian army in 2023."],
    );
    let text = "Russia delivered the first Tor-M2K vehicles to Belarus in May. The remaining \
                vehicles are due to arrive before the end of the year.";
    let e = last_of(text, EventKind::Delivery);
    assert_eq!(e.sentence, 1, "{e:?}");
}

#[test]
fn building_up_a_presence_is_a_deployment() {
    assert_each_has(
        EventKind::Deployment,
        &["NATO continues to build up its military presence near the western borders."],
    );
}

#[test]
fn a_response_threatened_as_an_answer_or_by_a_lost_subject() {
    assert_each_has(
        EventKind::Threat,
        &[
            "Those who look at our land must know: the answer will be immediate, the president \
             said.",
            "If anyone dares to attack Belarus, Russia will respond with all the means at its \
             disposal, the secretary said.",
        ],
    );
    assert_none_has(
        EventKind::Accusation,
        &["We are not going to attack anybody, the minister said."],
    );
}

#[test]
fn a_call_by_phone_is_a_meeting_and_an_interview_is_not() {
    let text = "The Belarusian president had a telephone conversation with the Russian president \
                on Thursday. The conversation lasted about an hour.";
    let e = last_of(text, EventKind::Meeting);
    assert_eq!(e.sentence, 1, "{e:?}");
    assert_none_has(
        EventKind::Meeting,
        &[
            "Much of our conversation with the commander was devoted to aviation.",
            "You wake up and you receive a phone call about the strike.",
        ],
    );
}

#[test]
fn a_joint_venture_to_be_founded_has_no_stage() {
    let e = first(
        "The state authority and Almaz-Antey intend to set up a joint venture in Belarus.",
        EventKind::Agreement,
    );
    assert_eq!(e.stage, None, "{e:?}");
}

#[test]
fn a_definite_exercise_with_no_party_named_takes_the_last_ones() {
    let text = "Belarusian and Russian troops began a joint exercise near Brest on Monday. The \
                exercise will end on Friday.";
    let e = last_of(text, EventKind::Exercise);
    assert_eq!(e.sentence, 1, "{e:?}");
    let countries: Vec<&str> = e
        .actors
        .iter()
        .filter_map(|a| a.country.as_deref())
        .collect();
    assert!(
        countries.contains(&"BLR") && countries.contains(&"RUS"),
        "{e:?}"
    );
}
