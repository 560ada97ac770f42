#![allow(clippy::unwrap_used)]
//! Targets of attacks in words that hide behind the thing attacked ("X's
//! remarks"), an apposition, a pronoun or a medium; and verbs of tearing
//! someone apart ("ripped", "trashed", "cast as"). Phrasings the sixth
//! session's dev batches pointed at. Invented sentences, full pipeline.

use sitrep_core::{ActorRole, EventKind};

mod support;

use support::{assert_each_has, assert_none_has, first, kinds, names_in_role};

fn targets(text: &str) -> Vec<String> {
    names_in_role(text, EventKind::Accusation, ActorRole::Target)
}

#[test]
fn the_owner_of_words_attacked_is_the_target() {
    let found =
        targets("Senator Alice Warren condemned Governor Tom Baxter's remarks about migrants.");
    assert!(found.iter().any(|n| n.contains("Baxter")), "{found:?}");
    let found = targets("The mayor rejects Thomas Moreau's comments about the bridge.");
    assert!(found.iter().any(|n| n.contains("Moreau")), "{found:?}");
}

#[test]
fn a_named_owner_before_the_thing_attacked_is_the_target() {
    let found = targets("The Belarusian Foreign Ministry criticised the NATO position on Monday.");
    assert!(found.iter().any(|n| n.contains("NATO")), "{found:?}");
    let found = targets("Lithuanian officials condemned the Gazprom decision.");
    assert!(found.iter().any(|n| n.contains("Gazprom")), "{found:?}");
}

#[test]
fn the_press_and_candidates_can_be_targets() {
    let found = targets("In his Sunday interviews, Peter Holm again criticized the news media.");
    assert!(found.iter().any(|n| n.contains("media")), "{found:?}");
}

#[test]
fn a_name_in_apposition_after_a_description_is_the_target() {
    let found = targets(
        "The Holm family has clashed with the new face of the party, Victor Lang, in a bitter dispute.",
    );
    assert!(found.iter().any(|n| n.contains("Lang")), "{found:?}");
}

#[test]
fn an_object_pronoun_is_not_its_own_clause_subject() {
    let text = "Marek Novak rejects Ivan Petrov's remarks about farmers but will meet with him.";
    let meeting = first(text, EventKind::Meeting);
    let names: Vec<&str> = meeting.actors.iter().map(|a| a.name.as_str()).collect();
    assert!(names.iter().any(|n| n.contains("Petrov")), "{names:?}");
}

#[test]
fn tearing_someone_apart_in_words_is_an_accusation() {
    assert_each_has(
        EventKind::Accusation,
        &[
            "The former campaign manager ripped FBI Director James Colby for acting as judge and jury.",
            "Former mayor Rudy Galli trashed James Colby on a morning show.",
            "The prime minister cast the presidential candidate as divisive and stupid.",
        ],
    );
    assert_none_has(
        EventKind::Accusation,
        &[
            "The company ripped up the contract last year.",
            "The fishermen cast their nets at dawn.",
            "The director cast a young actor as the lead.",
        ],
    );
}

#[test]
fn the_medium_of_an_attack_is_no_target() {
    let found =
        targets("Former mayor Rudy Galli trashed James Colby on Morning News, a talk show.");
    assert!(found.iter().any(|n| n.contains("Colby")), "{found:?}");
    assert!(!found.iter().any(|n| n.contains("Morning")), "{found:?}");
}

#[test]
fn branding_faulting_and_booing_someone_are_accusations() {
    assert_each_has(
        EventKind::Accusation,
        &[
            "Opposition leader Mark Hale branded the decision unacceptable.",
            "The Law Society dubbed the minister's proposals an abuse of power.",
            "At a rally in Portsmouth, Senator Dan Price knocked Governor Ray Olsen for not reporting loans.",
            "Senator Dan Price spent the week panning the state party for using a caucus system.",
            "The blogger needled the television reporter on Twitter.",
            "Some supporters booed the senator.",
            "Senator Dan Price continued his campaign, casting his rival as a false conservative.",
        ],
    );
    for text in [
        "The club knocked down the old stand.",
        "Critics dubbed the new stadium the Bird's Nest.",
        "The cuts would deliver less than 6% of the savings.",
    ] {
        let found = kinds(text);
        assert!(
            !found.contains(&EventKind::Accusation) && !found.contains(&EventKind::Delivery),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_committee_hearing_is_a_meeting_and_a_court_hearing_is_not() {
    assert!(kinds(
        "Protesters gathered outside the hotel where the committee held its hearing on Wednesday."
    )
    .contains(&EventKind::Meeting));
    assert!(!kinds("The court hearing was adjourned until Monday.").contains(&EventKind::Meeting));
}

#[test]
fn an_attack_in_words_on_a_person_is_an_accusation_and_a_drone_attack_is_not() {
    assert_each_has(
        EventKind::Accusation,
        &[
            "Senator Ted Rowe continued his rhetorical onslaught against Governor Dan Price on Saturday.",
            "The candidate took to Twitter to continue his verbal assault on the nominee.",
        ],
    );
    assert_none_has(
        EventKind::Accusation,
        &[
            "The drone attack on Kyiv killed three people.",
            "Rebels launched an attack on the governor's convoy.",
        ],
    );
}

/// The countries of the actors of the first sanction, in `role`.
fn sanction_countries(text: &str, role: ActorRole) -> Vec<String> {
    support::last_of(text, EventKind::Sanction)
        .actors
        .into_iter()
        .filter(|a| a.role == role)
        .filter_map(|a| a.country)
        .collect()
}

#[test]
fn the_nation_of_firms_a_measure_singles_out_is_its_target() {
    let text = "The European Union on Monday added 12 Belarusian arms makers to its \
                sanctions list.";
    assert_eq!(sanction_countries(text, ActorRole::Target), vec!["BLR"]);
    // Their own nationality, not that of the customers they serve.
    let text = "Brussels has sanctioned Belarusian suppliers of Russian tank makers before.";
    assert_eq!(sanction_countries(text, ActorRole::Target), vec!["BLR"]);
}

#[test]
fn the_bloc_is_the_union_of_states_named_before() {
    let text = "The European Union held talks with Kyiv on Monday. The bloc imposed new \
                sanctions on Belarus on Friday.";
    let found = support::last_of(text, EventKind::Sanction);
    let sources: Vec<&str> = found
        .actors
        .iter()
        .filter(|a| a.role == ActorRole::Source)
        .map(|a| a.name.as_str())
        .collect();
    assert_eq!(sources, vec!["European Union"], "{found:?}");
}

#[test]
fn a_neighbour_behind_with_is_no_subject_of_a_closure() {
    let text = "Lithuania will keep the Medininkai crossing on its border with Belarus \
                closed for at least two more months.";
    let found = support::last_of(text, EventKind::Sanction);
    let role_of = |code: &str| {
        found
            .actors
            .iter()
            .find(|a| a.country.as_deref() == Some(code))
            .map(|a| a.role)
    };
    assert_eq!(role_of("LTU"), Some(ActorRole::Source), "{found:?}");
    assert_eq!(role_of("BLR"), Some(ActorRole::Target), "{found:?}");
}

#[test]
fn the_other_side_of_a_deal_is_a_participant() {
    let found = names_in_role(
        "Norvale Airways has signed a deal to acquire 24 planes from Halvorsen Aerospace.",
        EventKind::Agreement,
        ActorRole::Participant,
    );
    assert!(found.iter().any(|n| n.contains("Halvorsen")), "{found:?}");
    let found = names_in_role(
        "On Monday, Kestrel Telecom agreed to a buyout by Orion Communications.",
        EventKind::Agreement,
        ActorRole::Participant,
    );
    assert!(found.iter().any(|n| n.contains("Orion")), "{found:?}");
}

#[test]
fn a_place_that_accuses_acts_for_its_authorities() {
    let found = names_in_role(
        "Kaliningrad accused Vilnius of blockading the exclave.",
        EventKind::Accusation,
        ActorRole::Source,
    );
    assert!(found.iter().any(|n| n.contains("Kaliningrad")), "{found:?}");
}
