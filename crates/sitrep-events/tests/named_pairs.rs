#![allow(clippy::unwrap_used)]
//! The people behind a meeting when the text names them around a title
//! ("Secretary of the Russian Security Council Ivan Petrov"), after a
//! plural description ("the chiefs of …, General A and General B"), under
//! one title for two countries, or in a `with` phrase the parser hung on
//! the date or the place. Invented texts through the real tagger, parser,
//! NER and time stages.

use sitrep_core::{Actor, Event, EventKind};

mod support;
use support::{last_of, only};

fn has_actor(event: &Event, name: &str) -> bool {
    event.actors.iter().any(|a| a.name == name)
}

fn countries(event: &Event) -> Vec<&str> {
    event
        .actors
        .iter()
        .filter_map(|a| a.country.as_deref())
        .collect()
}

fn named(actors: &[Actor]) -> Vec<(String, Option<String>)> {
    actors
        .iter()
        .map(|a| (a.name.clone(), a.country.clone()))
        .collect()
}

/// The two people of the paired-name tests, each with the country the
/// text gives them.
fn orlov_of_russia_kozlov_of_belarus() -> Vec<(String, Option<String>)> {
    vec![
        ("Sergei Orlov".to_string(), Some("RUS".to_string())),
        ("Viktor Kozlov".to_string(), Some("BLR".to_string())),
    ]
}

#[test]
fn a_capitalised_title_stands_for_the_person_it_ends_in() {
    let talks = only(
        "Secretary of the Russian Security Council Ivan Petrov held talks in Minsk on \
         Tuesday with State Secretary of the Security Council of Belarus Andrei Sidorov, \
         a correspondent reports.",
        EventKind::Meeting,
    );
    let names: Vec<String> = talks.actors.iter().map(|a| a.name.clone()).collect();
    assert!(names.contains(&"Ivan Petrov".to_string()), "{names:?}");
    assert!(names.contains(&"Andrei Sidorov".to_string()), "{names:?}");
    assert!(!names.iter().any(|n| n == "Secretary"), "{names:?}");
}

#[test]
fn a_with_phrase_hung_on_the_day_is_still_the_partner() {
    let talks = only(
        "The visiting minister held talks on Tuesday with Belarusian President Alexander \
         Lukashenko on the implementation of the treaty.",
        EventKind::Meeting,
    );
    assert!(has_actor(&talks, "Alexander Lukashenko"), "{talks:?}");
}

#[test]
fn a_plural_description_stands_for_the_people_in_apposition() {
    let meeting = only(
        "The chiefs of the General Staffs of the armed forces of Russia and Belarus, Army \
         General Sergei Orlov and Major General Viktor Kozlov, held consultations in Moscow \
         on Wednesday.",
        EventKind::Meeting,
    );
    assert_eq!(
        named(&meeting.actors),
        orlov_of_russia_kozlov_of_belarus(),
        "{meeting:?}"
    );
}

#[test]
fn one_title_for_two_countries_gives_them_in_order() {
    let text = "Defence ministers of Russia and Belarus Sergei Orlov and Viktor Kozlov signed \
                the plan on Wednesday. Later the ministers agreed to hold the next joint \
                board in Belarus in the autumn.";
    let agreed = last_of(text, EventKind::Agreement);
    assert_eq!(
        named(&agreed.actors),
        orlov_of_russia_kozlov_of_belarus(),
        "{agreed:?}"
    );
}

#[test]
fn chiefs_of_bodies_of_two_countries_act_for_both() {
    let meeting = only(
        "The chiefs of the General Staffs of the armed forces of Belarus and Russia held \
         consultations in Minsk today.",
        EventKind::Meeting,
    );
    assert_eq!(countries(&meeting), vec!["BLR", "RUS"], "{meeting:?}");
}

#[test]
fn a_military_district_is_a_command_that_sends_its_units() {
    let text = "An anti-aircraft missile battalion of the Moscow Military District has \
                arrived in Belarus. A battalion of the Southern Military District arrived \
                in Belarus in September 2025.";
    let arrival = last_of(text, EventKind::Deployment);
    assert!(
        has_actor(&arrival, "Southern Military District"),
        "{arrival:?}"
    );
}

#[test]
fn an_agreement_naming_no_party_is_between_the_two_countries_of_its_sentence() {
    let agreement = only(
        "The Unified Regional Air Defence System of Belarus and Russia was created under \
         an intergovernmental agreement signed in Moscow on 3 February 2009.",
        EventKind::Agreement,
    );
    assert_eq!(countries(&agreement), vec!["BLR", "RUS"], "{agreement:?}");
}
