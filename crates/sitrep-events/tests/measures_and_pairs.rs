#![allow(clippy::unwrap_used)]
//! Sanctions read from the measures taken, agreements approved through a
//! pronoun or a raised passive, hardware arriving, and parties named by
//! "the two" or split off by the parser: invented sentences through the
//! real tagger, parser, NER and time stages.

use sitrep_core::{Event, EventKind};

mod support;

use support::{assert_each_has, countries, last_sentence};

fn kinds(found: &[Event]) -> Vec<EventKind> {
    found.iter().map(|e| e.kind).collect()
}

/// The first event of `kind` in `found`.
fn first_of(found: &[Event], kind: EventKind) -> &Event {
    found
        .iter()
        .find(|e| e.kind == kind)
        .unwrap_or_else(|| panic!("no {kind:?} in {found:?}"))
}

#[test]
fn a_package_of_sanctions_adopted_is_a_sanction_not_an_agreement() {
    let found = last_sentence(
        "The European Union on Friday adopted a new package of sanctions against \
         nine Belarusian arms makers.",
    );
    assert_eq!(kinds(&found), vec![EventKind::Sanction], "{found:?}");
}

#[test]
fn restrictions_extended_and_widened_are_sanctions() {
    let found = last_sentence(
        "The government on Monday extended the enhanced border regime on the \
         Estonian-Russian border until the end of March.",
    );
    assert_eq!(kinds(&found), vec![EventKind::Sanction], "{found:?}");
    // The regime is the measure, not a party to it.
    assert!(
        found[0].actors.iter().all(|a| !a.name.contains("regime")),
        "{found:?}"
    );
    let found = last_sentence(
        "Canada first imposed sanctions on Belarusian officials in 2006 and widened \
         them in 2011.",
    );
    assert_eq!(
        kinds(&found),
        vec![EventKind::Sanction, EventKind::Sanction],
        "{found:?}"
    );
}

#[test]
fn assets_frozen_are_a_sanction_only_where_sanctions_are_the_subject() {
    let found = last_sentence(
        "Ottawa announced new sanctions against four Belarusian banks. \
         Their assets in Canada will be frozen.",
    );
    assert_eq!(kinds(&found), vec![EventKind::Sanction], "{found:?}");
    let found = last_sentence(
        "The court sent in bailiffs to freeze the company's accounts after a \
         dispute over unpaid rent.",
    );
    assert!(
        !kinds(&found).contains(&EventKind::Sanction),
        "a court order is no sanction: {found:?}"
    );
}

#[test]
fn an_agreement_approved_through_a_pronoun_or_a_raised_passive() {
    let found = last_sentence(
        "The Sejm ratified the treaty on 3 March, and the Senate approved it on \
         10 March.",
    );
    assert_eq!(
        kinds(&found),
        vec![EventKind::Agreement, EventKind::Agreement],
        "{found:?}"
    );
    let found = last_sentence(
        "The plan of joint staff training for 2028 is expected to be approved at \
         a session of the defence ministers in Astana.",
    );
    assert_eq!(kinds(&found), vec![EventKind::Agreement], "{found:?}");
}

#[test]
fn named_hardware_arriving_is_delivered_and_a_plane_is_not() {
    let found = last_sentence("Six Su-30SM2 fighters arrived in Belarus on Tuesday.");
    assert_eq!(kinds(&found), vec![EventKind::Delivery], "{found:?}");
    let found = last_sentence("The minister's plane arrived in Minsk on Tuesday.");
    assert!(
        !kinds(&found).contains(&EventKind::Delivery),
        "a plane carrying a guest: {found:?}"
    );
}

#[test]
fn supplied_it_with_makes_the_pronoun_the_recipient() {
    let found = last_sentence(
        "In 2021, Armenia bought its first air defence battery, and in 2022 Russia \
         supplied it with Tor-M2 systems.",
    );
    let supplied = found
        .iter()
        .find(|e| e.kind == EventKind::Delivery && e.actors.iter().any(|a| a.name == "Russia"))
        .unwrap();
    assert_eq!(countries(supplied), vec!["ARM", "RUS"], "{found:?}");
}

#[test]
fn the_two_after_a_meeting_are_its_participants() {
    let found = last_sentence(
        "Li Wei, a senior Chinese envoy, also met his Kazakh counterpart, Foreign \
         Minister Murat Nurtleu, and the two signed a memorandum on border trade.",
    );
    let signed = first_of(&found, EventKind::Agreement);
    assert_eq!(countries(signed), vec!["CHN", "KAZ"], "{found:?}");
}

#[test]
fn a_national_word_split_off_by_the_parser_is_still_a_party() {
    // The parser hangs "Belarusian" on the date and leaves "and" on the
    // crews (examples/domain/d05).
    let found = last_sentence(
        "From 1 to 12 September, Belarusian and Russian air defence crews held a \
         joint training session there, the press service of the Air Force and Air \
         Defence Forces reported.",
    );
    let training = first_of(&found, EventKind::Training);
    assert_eq!(countries(training), vec!["BLR", "RUS"], "{found:?}");
}

#[test]
fn a_response_announced_by_a_state_is_a_threat_of_a_response_to_come() {
    // The domain gold codes "would respond" as the response to come
    // (planned), as it codes "will" and "would" elsewhere.
    let found =
        last_sentence("Tbilisi called the new visa rules unlawful and said Georgia would respond.");
    let threat = first_of(&found, EventKind::Threat);
    assert_eq!(
        threat.status,
        sitrep_core::EventStatus::Planned,
        "{found:?}"
    );
    assert!(kinds(&found).contains(&EventKind::Accusation), "{found:?}");
    let found = last_sentence(
        "\"Every hostile step will receive an adequate response,\" the spokesman said.",
    );
    assert!(kinds(&found).contains(&EventKind::Threat), "{found:?}");
    // Answering questions threatens nobody.
    let found = last_sentence("The company will respond to questions from investors on Monday.");
    assert!(!kinds(&found).contains(&EventKind::Threat), "{found:?}");
}

#[test]
fn going_on_combat_duty_is_a_deployment_and_duties_imposed_are_not() {
    let found = last_sentence("The S-400 battalion took up combat duty near Grodno in March.");
    assert_eq!(kinds(&found), vec![EventKind::Deployment], "{found:?}");
    let found = last_sentence("The Iskander brigade is on combat duty in the west of the country.");
    assert_eq!(kinds(&found), vec![EventKind::Deployment], "{found:?}");
    assert_eq!(
        found[0].status,
        sitrep_core::EventStatus::Ongoing,
        "{found:?}"
    );
    let found = last_sentence("The EU imposed anti-dumping duties on Belarusian potash.");
    assert_eq!(kinds(&found), vec![EventKind::Sanction], "{found:?}");
    // A nurse on duty deploys nothing.
    let found = last_sentence("The nurse who was on duty that night has been suspended.");
    assert!(!kinds(&found).contains(&EventKind::Deployment), "{found:?}");
}

#[test]
fn a_ban_and_a_regime_whose_phrases_hang_on_the_verb_are_sanctions() {
    let found = last_sentence(
        "The Estonian government on Tuesday approved a ban on the entry of lorries \
         registered in Russia and extended the emergency regime on the \
         Estonian-Russian border for another six months.",
    );
    let sanctions = found
        .iter()
        .filter(|e| e.kind == EventKind::Sanction)
        .count();
    assert_eq!(sanctions, 2, "{found:?}");
}

#[test]
fn a_sanctions_package_agreed_on_is_a_planned_sanction_not_an_agreement() {
    let found = last_sentence(
        "European Union foreign ministers agreed in principle on Monday on a new \
         sanctions package targeting Iranian drone makers.",
    );
    assert_eq!(kinds(&found), vec![EventKind::Sanction], "{found:?}");
    assert_eq!(found[0].status, sitrep_core::EventStatus::Planned);
}

#[test]
fn an_agreement_entering_into_force_is_ratified_and_keeps_its_parties() {
    let found = last_sentence(
        "The agreement between Russia and Belarus on joint air defence training \
         entered into force on Monday.",
    );
    let agreement = first_of(&found, EventKind::Agreement);
    assert_eq!(
        agreement.stage,
        Some(sitrep_core::AgreementStage::Ratified),
        "{found:?}"
    );
    assert_eq!(countries(agreement), vec!["BLR", "RUS"], "{found:?}");
    // The date of its signing is not the date it took effect.
    let found = last_sentence(
        "The protocol, signed in Minsk on 17 October 2025, took effect after the \
         parties exchanged notes.",
    );
    let in_force: Vec<&Event> = found
        .iter()
        .filter(|e| {
            e.kind == EventKind::Agreement && e.stage == Some(sitrep_core::AgreementStage::Ratified)
        })
        .collect();
    assert_eq!(in_force.len(), 1, "{found:?}");
    assert_eq!(in_force[0].date, None, "{found:?}");
}

#[test]
fn checkpoints_a_country_shut_are_closed_by_it() {
    assert_each_has(
        EventKind::Sanction,
        &[
            "Vilnius will not reopen the checkpoints it closed last year.",
            "The crossings that Poland shut in 2023 remain closed.",
        ],
    );
}
