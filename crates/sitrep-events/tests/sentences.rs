#![allow(clippy::unwrap_used)]
//! The events stage on invented sentences, one per kind, status, stage and
//! PLOVER case, through the real tagger, parser, NER and time stages.

use sitrep_core::{AgreementStage, Doc, Event, EventKind, EventStatus};

mod support;

use support::events;

fn only(text: &str, kind: EventKind) -> (Doc, Event) {
    let (doc, all) = events(text);
    let found: Vec<Event> = all.into_iter().filter(|e| e.kind == kind).collect();
    assert_eq!(found.len(), 1, "{kind:?} in {text:?}: {found:?}");
    (doc, found[0].clone())
}

fn countries(e: &Event) -> Vec<&str> {
    e.actors
        .iter()
        .filter_map(|a| a.country.as_deref())
        .collect()
}

#[test]
fn meeting_with_place_date_and_countries() {
    let (doc, e) = only(
        "Belarusian and Russian defence ministers met in Moscow on 14 October 2025.",
        EventKind::Meeting,
    );
    assert_eq!(doc.slice(e.trigger), "met");
    assert_eq!(e.plover, "CONSULT");
    assert_eq!(e.place.as_deref(), Some("Moscow"));
    assert_eq!(e.date.as_deref(), Some("2025-10-14"));
    assert_eq!(e.status, EventStatus::Occurred);
    let c = countries(&e);
    assert!(c.contains(&"BLR") && c.contains(&"RUS"), "{:?}", e.actors);
}

#[test]
fn background_history_keeps_its_own_year() {
    let (_, e) = only(
        "In 2009, Moscow and Minsk signed an agreement on the joint protection of airspace.",
        EventKind::Agreement,
    );
    assert_eq!(e.date.as_deref(), Some("2009"));
    assert_eq!(e.stage, Some(AgreementStage::Signed));
    assert_eq!(e.plover, "SUPPORT");
    assert_eq!(e.status, EventStatus::Occurred);
    let c = countries(&e);
    assert!(c.contains(&"RUS") && c.contains(&"BLR"), "{:?}", e.actors);
}

#[test]
fn ratified_and_agreed_stages() {
    let (_, e) = only(
        "The Russian parliament ratified the treaty.",
        EventKind::Agreement,
    );
    assert_eq!(e.stage, Some(AgreementStage::Ratified));
    let (_, e) = only("Both sides agreed to cut tariffs.", EventKind::Agreement);
    assert_eq!(e.stage, Some(AgreementStage::Proposed));
    assert_eq!(e.plover, "AGREE");
}

#[test]
fn future_deployment_is_planned() {
    let (_, e) = only(
        "Russia will deploy troops to Belarus.",
        EventKind::Deployment,
    );
    assert_eq!(e.status, EventStatus::Planned);
    assert_eq!(e.plover, "MOBILIZE");
    assert_eq!(countries(&e).first(), Some(&"RUS"));
}

#[test]
fn negated_and_hypothetical() {
    let (_, e) = only(
        "The two governments did not sign the deal.",
        EventKind::Agreement,
    );
    assert_eq!(e.status, EventStatus::Negated);
    let (_, e) = only(
        "Russia could impose sanctions on Georgia.",
        EventKind::Sanction,
    );
    assert_eq!(e.status, EventStatus::Hypothetical);
    assert_eq!(e.plover, "SANCTION");
}

#[test]
fn delivery_accusation_threat() {
    let (_, e) = only(
        "Russia delivered missile systems to Belarus.",
        EventKind::Delivery,
    );
    assert_eq!(e.plover, "AID");
    let (_, e) = only(
        "The minister accused Poland of provocations.",
        EventKind::Accusation,
    );
    assert_eq!(e.plover, "ACCUSE");
    assert!(countries(&e).contains(&"POL"), "{:?}", e.actors);
    let (_, e) = only("Iran threatened to close the strait.", EventKind::Threat);
    assert_eq!(e.plover, "THREATEN");
}

#[test]
fn joint_exercise_cooperates_single_country_mobilizes() {
    let (_, e) = only(
        "Belarus and Russia held a joint military exercise near Brest.",
        EventKind::Exercise,
    );
    assert_eq!(e.plover, "COOPERATE");
    let (_, e) = only(
        "The Polish army conducted a military exercise.",
        EventKind::Exercise,
    );
    assert_eq!(e.plover, "MOBILIZE");
}

#[test]
fn attribution_from_speech_verb() {
    let (_, e) = only(
        "Lavrov said that the ministers met in Minsk.",
        EventKind::Meeting,
    );
    assert!(
        e.attributed_to
            .as_deref()
            .is_some_and(|a| a.contains("Lavrov")),
        "{e:?}"
    );
}

#[test]
fn non_events_are_not_reported() {
    let (_, all) = events("The company failed to meet its sales targets.");
    assert!(all.iter().all(|e| e.kind != EventKind::Meeting), "{all:?}");
    let (_, all) = events("The review was a cost-cutting exercise.");
    assert!(all.iter().all(|e| e.kind != EventKind::Exercise), "{all:?}");
}

#[test]
fn ongoing_talks_training_by_report_and_plain_statement() {
    let (_, e) = only(
        "The two ministries are holding talks in Minsk.",
        EventKind::Meeting,
    );
    assert_eq!(e.status, EventStatus::Ongoing);
    assert_eq!(e.place.as_deref(), Some("Minsk"));
    let (_, e) = only(
        "According to the ministry, Belarusian soldiers trained in Russia.",
        EventKind::Training,
    );
    assert!(
        e.attributed_to
            .as_deref()
            .is_some_and(|a| a.contains("ministry")),
        "{e:?}"
    );
    let (_, e) = only(
        "The government announced new border rules.",
        EventKind::Statement,
    );
    assert_eq!(e.plover, "", "statements have no PLOVER type");
}

#[test]
fn a_place_on_the_meeting_nouns_of_phrase_is_the_place() {
    let (_, e) = only(
        "A Chilean delegation took part in a joint board meeting of the fisheries \
         ministries of Chile and Peru in Lima on 3 March.",
        EventKind::Meeting,
    );
    assert_eq!(e.place.as_deref(), Some("Lima"), "{e:?}");
}

/// What was approved is not a party to it, nor is an exercise a party to
/// the exercise it names.
#[test]
fn programmes_and_exercise_names_are_not_actors() {
    let (_, e) = only(
        "Latvia and Estonia approved the Joint Air Defence Programme of the Baltic States for 2026-2030.",
        EventKind::Agreement,
    );
    assert!(
        e.actors
            .iter()
            .all(|a| !a.name.to_lowercase().contains("program")),
        "{:?}",
        e.actors
    );
    let c = countries(&e);
    assert!(c.contains(&"LVA") && c.contains(&"EST"), "{:?}", e.actors);
    let (doc, e) = only(
        "Latvia and Estonia will hold the Baltic Shield-2027 joint exercise in May 2027.",
        EventKind::Exercise,
    );
    assert_eq!(doc.slice(e.trigger), "exercise");
    assert!(
        e.actors.iter().all(|a| !a.name.contains("Shield")),
        "{:?}",
        e.actors
    );
}

/// "the deal was completed", "the deal should go through": the deal is
/// the event its completion verb reports.
#[test]
fn a_deal_that_goes_through_is_an_agreement() {
    let (doc, e) = only(
        "The air defence deal between Latvia and Estonia was completed in March 2025.",
        EventKind::Agreement,
    );
    assert_eq!(doc.slice(e.trigger), "deal");
    assert_eq!(e.status, EventStatus::Occurred);
    let (_, e) = only(
        "Officials said the air defence deal between Latvia and Estonia should go through in the next two months.",
        EventKind::Agreement,
    );
    assert_ne!(e.status, EventStatus::Occurred);
}

/// An infinitive is not yet realized, except where the verb above says
/// it was ("used a speech to condemn", "forced X to cancel"); a refusal
/// to sign is a negated agreement wherever the parser hangs the
/// infinitive.
#[test]
fn realized_and_refused_infinitives() {
    let (_, e) = only(
        "The Estonian minister used a press conference in Tallinn to condemn the Russian drills.",
        EventKind::Accusation,
    );
    assert_eq!(e.status, EventStatus::Occurred);
    let (_, e) = only(
        "Latvia will act on air defence despite Lithuania's refusal to sign up to the Baltic protocol on radar sharing.",
        EventKind::Agreement,
    );
    assert_eq!(e.status, EventStatus::Negated);
}

/// Verbs that bring a meeting about ("arranged", "chairs", "convened") and
/// a settlement that was reached; a settlement that is a place is no event.
#[test]
fn arranged_meetings_and_reached_settlements() {
    let (doc, e) = only(
        "The Latvian embassy arranged a meeting between the two defence ministers in Riga in May.",
        EventKind::Meeting,
    );
    assert_eq!(doc.slice(e.trigger), "meeting");
    let (doc, _) = only(
        "Estonia and Latvia reached a final settlement on the border radar dispute on Monday.",
        EventKind::Agreement,
    );
    assert!(doc.text.contains("settlement"));
    let (_, all) =
        support::events("Troops were seen near a small settlement on the Estonian border.");
    assert!(
        all.iter().all(|e| e.kind != EventKind::Agreement),
        "{all:?}"
    );
}

/// "for 2026-2030" is the programme's period, not the approval's date; the
/// year after the range dash is part of the same period.
#[test]
fn a_programme_period_is_not_the_approval_date() {
    let (_, e) = only(
        "In addition, the defence ministers of Latvia and Estonia approved the Joint \
         Air Defence Programme of the Baltic States for 2026-2030 and the cooperation \
         plan between the ministries for 2027.",
        EventKind::Agreement,
    );
    assert_eq!(e.date, None, "{e:?}");
}
