#![allow(clippy::unwrap_used)]
//! Parties a sentence gives its event outside the event's own arguments:
//! "an intergovernmental agreement", "on the territory of both states",
//! "Minsk's response", crews of an unnamed brigade of a named force, the
//! forces a snap inspection checks. Invented texts through the real
//! tagger, parser, NER and time stages.

use sitrep_core::{Event, EventKind};

mod support;
use support::{countries, last_of};

fn names(event: &Event) -> Vec<&str> {
    event.actors.iter().map(|a| a.name.as_str()).collect()
}

#[test]
fn a_joint_event_of_both_states_has_the_pair_as_parties() {
    let text = "Kazakhstan and Kyrgyzstan agreed on a timetable of joint drills. Under the \
                timetable, the exercise will be held in June on the territory of both states.";
    let exercise = last_of(text, EventKind::Exercise);
    assert_eq!(countries(&exercise), ["KAZ", "KGZ"], "{exercise:?}");
    let text = "Trade between Armenia and Georgia grew last year. Cooperation between the two \
                countries is regulated by an intergovernmental agreement signed in 2011.";
    let agreement = last_of(text, EventKind::Agreement);
    assert_eq!(countries(&agreement), ["ARM", "GEO"], "{agreement:?}");
}

#[test]
fn an_agreement_of_two_countries_named_in_its_phrase_is_theirs() {
    let text = "The protocol on the joint air defence of Belarus and Russia was signed in \
                Minsk in 2019.";
    let agreement = last_of(text, EventKind::Agreement);
    assert_eq!(countries(&agreement), ["BLR", "RUS"], "{agreement:?}");
}

#[test]
fn a_possessive_owns_a_noun_event_but_its_does_not() {
    let text = "Warsaw extended the barrier. Minsk's response will be adequate, a spokesman said.";
    let threat = last_of(text, EventKind::Threat);
    assert_eq!(countries(&threat), ["BLR"], "{threat:?}");
}

#[test]
fn crews_of_an_unnamed_brigade_act_for_the_named_force_above_it() {
    let text = "Crews of a missile brigade of the Armed Forces of the Republic of Belarus have \
                completed retraining at a range in the Astrakhan region.";
    let training = last_of(text, EventKind::Training);
    assert!(
        names(&training).iter().any(|n| n.contains("Armed Forces")),
        "{training:?}"
    );
}

#[test]
fn a_snap_inspection_takes_the_forces_it_checks() {
    let text = "A snap inspection of combat readiness of the Western Operational Command began \
                on 3 March.";
    let inspection = last_of(text, EventKind::Exercise);
    assert!(
        names(&inspection)
            .iter()
            .any(|n| n.contains("Western Operational Command")),
        "{inspection:?}"
    );
    let text = "A snap inspection of combat readiness is being conducted in the 11th Separate \
                Mechanised Brigade.";
    let inspection = last_of(text, EventKind::Exercise);
    assert!(
        names(&inspection)
            .iter()
            .any(|n| n.contains("Mechanised Brigade")),
        "{inspection:?}"
    );
}

#[test]
fn measures_announced_adopted_or_weighed_are_sanctions() {
    use sitrep_core::EventStatus;
    let text = "The Dutch foreign minister announced sanctions on nine Belarusian companies.";
    let sanction = last_of(text, EventKind::Sanction);
    assert_eq!(sanction.status, EventStatus::Occurred, "{sanction:?}");
    let text = "He added that Belarus was considering a ban on the transit of EU-registered \
                freight through its territory.";
    let ban = last_of(text, EventKind::Sanction);
    assert_eq!(ban.status, EventStatus::Hypothetical, "{ban:?}");
    let text = "She said the government was preparing a ban on the export of timber to EU states.";
    let ban = last_of(text, EventKind::Sanction);
    assert_eq!(ban.status, EventStatus::Planned, "{ban:?}");
    let text = "The measures follow the European Union's 20th sanctions package, adopted in \
                February.";
    let package = last_of(text, EventKind::Sanction);
    assert!(
        package.date.as_deref().is_some_and(|d| d.ends_with("-02")),
        "{package:?}"
    );
    assert_eq!(names(&package), ["European Union"], "{package:?}");
    assert_eq!(
        package.actors[0].role,
        sitrep_core::ActorRole::Source,
        "{package:?}"
    );
}
