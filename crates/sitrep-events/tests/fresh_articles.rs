#![allow(clippy::unwrap_used)]
//! Cases found in the end-to-end review on fresh articles (see
//! docs/bench/events.md), each on an invented sentence through the real
//! pipeline.

use sitrep_core::{ActorRole, Event, EventKind, EventStatus};

mod support;

use support::{events, only};

fn of_kind(text: &str, kind: EventKind) -> Vec<Event> {
    events(text)
        .1
        .into_iter()
        .filter(|e| e.kind == kind)
        .collect()
}

#[test]
fn the_recipient_of_received_weapons_is_the_target() {
    let e = only(
        "Kazakhstan received its first Su-35 fighters from Russia in 2018.",
        EventKind::Delivery,
    );
    assert_eq!(e.date.as_deref(), Some("2018"));
    let role_of = |country: &str| {
        e.actors
            .iter()
            .find(|a| a.country.as_deref() == Some(country))
            .map(|a| a.role)
    };
    assert_eq!(role_of("KAZ"), Some(ActorRole::Target), "{:?}", e.actors);
    assert_eq!(role_of("RUS"), Some(ActorRole::Source), "{:?}", e.actors);
}

#[test]
fn received_civilian_goods_are_no_delivery() {
    assert!(of_kind(
        "The regulator asked whether the carrier was receiving illegal state aid.",
        EventKind::Delivery
    )
    .is_empty());
}

#[test]
fn launchers_handed_over_are_a_delivery() {
    let e = only(
        "Six new rocket launchers were handed over to the artillery regiment in Pechi.",
        EventKind::Delivery,
    );
    assert_eq!(e.status, EventStatus::Occurred);
}

#[test]
fn training_grounds_are_a_place_not_a_training() {
    assert!(of_kind(
        "The drill will take place at training grounds in Armenia and the Rostov region.",
        EventKind::Training
    )
    .is_empty());
}

#[test]
fn a_wire_dateline_gives_way_to_the_day_in_the_sentence() {
    let (doc, all) = events(
        "ASTANA, 15 October (Kazinform) - The foreign ministers of Kazakhstan and Uzbekistan held talks in Tashkent on Monday.",
    );
    let monday = doc
        .layers
        .times
        .iter()
        .find(|t| doc.slice(t.span).starts_with("Monday"))
        .map(|t| t.value.clone());
    assert!(monday.is_some());
    let talks = all.iter().find(|e| e.kind == EventKind::Meeting).unwrap();
    assert_eq!(talks.date, monday);
}

#[test]
fn would_in_reported_speech_is_a_plan() {
    let e = only(
        "The general told journalists that Armenia and Iran would hold a joint exercise in the autumn.",
        EventKind::Exercise,
    );
    assert_eq!(e.status, EventStatus::Planned);
}

#[test]
fn likely_to_be_signed_is_not_yet_signed() {
    let e = only(
        "The minister said the treaty was likely to be signed next month.",
        EventKind::Agreement,
    );
    assert_eq!(e.status, EventStatus::Planned);
}

#[test]
fn a_round_of_negotiations_on_a_deal_is_a_meeting() {
    let (_, all) = events(
        "Canada and Mexico concluded the third round of negotiations on a fisheries agreement in Ottawa.",
    );
    let kinds: Vec<EventKind> = all.iter().map(|e| e.kind).collect();
    assert_eq!(kinds, vec![EventKind::Meeting], "{all:?}");
}

#[test]
fn imposed_duties_are_a_sanction() {
    let e = only(
        "In 2019 the government imposed anti-dumping duties on Turkish rebar.",
        EventKind::Sanction,
    );
    assert_eq!(e.date.as_deref(), Some("2019"));
    // "on Turkish rebar" names goods, not a place.
    assert_eq!(e.place, None);
}

#[test]
fn a_national_adjective_places_an_event_only_on_geography() {
    let e = only(
        "Lithuania deployed two battalions near the Belarusian border.",
        EventKind::Deployment,
    );
    assert_eq!(e.place.as_deref(), Some("Belarusian border"));
}

#[test]
fn a_long_title_leads_to_the_person() {
    let e = only(
        "The meeting was chaired by Minister of Foreign Affairs of the Republic of Moldova Ion Petrescu.",
        EventKind::Meeting,
    );
    assert!(
        e.actors.iter().any(|a| a.name == "Ion Petrescu"),
        "{:?}",
        e.actors
    );
}

#[test]
fn an_object_pronoun_is_not_a_party_to_an_agreement() {
    let (_, all) = events(
        "Norway's trade minister spoke in Geneva. \"We hope to sign it before the summer,\" she said.",
    );
    let signing = all.iter().find(|e| e.kind == EventKind::Agreement).unwrap();
    assert!(
        signing.actors.iter().all(|a| a.role != ActorRole::Target),
        "{:?}",
        signing.actors
    );
}

#[test]
fn a_named_exercise_the_ner_calls_an_organisation_is_an_exercise() {
    let e = only(
        "The previous Steadfast Lion exercise was held in 2021 in Latvia.",
        EventKind::Exercise,
    );
    assert_eq!(e.date.as_deref(), Some("2021"));
    // Its name is not a participant.
    assert!(
        e.actors.iter().all(|a| !a.name.contains("Lion")),
        "{:?}",
        e.actors
    );
}

#[test]
fn the_two_countries_are_the_pair_named_together() {
    let (_, all) = events(
        "Armenia and Iran held a joint naval exercise on Monday. Observers from France attended the final stage. \
         The two countries held the previous joint exercise in 2022.",
    );
    let previous = all
        .iter()
        .find(|e| e.kind == EventKind::Exercise && e.date.as_deref() == Some("2022"))
        .unwrap_or_else(|| panic!("{all:?}"));
    assert_eq!(
        support::countries(previous),
        vec!["ARM", "IRN"],
        "{:?}",
        previous.actors
    );
}

#[test]
fn a_misparsed_object_of_received_still_carries_the_weapon() {
    let e = only(
        "Officials say Yerevan has received at least one more Iskander-M brigade set.",
        EventKind::Delivery,
    );
    assert!(
        e.actors
            .iter()
            .any(|a| a.country.as_deref() == Some("ARM") && a.role == ActorRole::Target),
        "{:?}",
        e.actors
    );
}

#[test]
fn a_title_demonym_gives_the_person_a_country() {
    let e = only(
        "Georgian Security Council Secretary Irakli Beridze visited Yerevan last week.",
        EventKind::Meeting,
    );
    let person = e
        .actors
        .iter()
        .find(|a| a.name.contains("Beridze"))
        .unwrap_or_else(|| panic!("{:?}", e.actors));
    assert_eq!(person.country.as_deref(), Some("GEO"), "{:?}", e.actors);
}

#[test]
fn dateline_words_are_never_actors() {
    let e = only(
        "OSLO, 27 November (NTB) - The defence ministries of Norway and Sweden held a joint board meeting in Tromso on Wednesday, the press service of the Norwegian Defence Ministry reported.",
        EventKind::Meeting,
    );
    assert!(
        e.actors
            .iter()
            .all(|a| !a.name.contains("November") && !a.name.contains("NTB")),
        "{:?}",
        e.actors
    );
}
