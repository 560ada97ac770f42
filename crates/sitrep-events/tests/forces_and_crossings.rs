#![allow(clippy::unwrap_used)]
//! Readings drawn from the held-out misses of the thirtieth session:
//! forces named on the move under any reporting verb, collectives of
//! forces arriving, crossings kept closed, and sanctions said to start,
//! follow or bite. Invented texts through the real pipeline.

use sitrep_core::{ActorRole, EventKind, EventStatus};

mod support;
use support::events;

/// The events of `kind` whose trigger is `word`.
fn with_trigger(text: &str, kind: EventKind, word: &str) -> Vec<sitrep_core::Event> {
    let (doc, all) = events(text);
    all.into_iter()
        .filter(|e| e.kind == kind && doc.slice(e.trigger) == word)
        .collect()
}

/// The one event of `kind` whose trigger is `word`; fails when there is
/// none or more than one.
fn only_one(text: &str, kind: EventKind, word: &str) -> sitrep_core::Event {
    let mut found = with_trigger(text, kind, word);
    assert_eq!(found.len(), 1, "{found:?}");
    found.remove(0)
}

/// Fails when an event of `kind` has `word` for trigger.
fn assert_none(text: &str, kind: EventKind, word: &str) {
    let found = with_trigger(text, kind, word);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn forces_named_on_the_move_are_a_deployment_under_any_verb() {
    only_one(
        "Lithuanian officers said they saw the relocation of a mechanised battalion to the \
         Braslaw district last week.",
        EventKind::Deployment,
        "relocation",
    );
    let ruled_out = only_one(
        "The general stressed that the document does not provide for the deployment of \
         additional Russian air defence units on Belarusian territory.",
        EventKind::Deployment,
        "deployment",
    );
    assert_eq!(ruled_out.status, EventStatus::Negated);
}

#[test]
fn a_deployment_discussed_is_a_topic_not_an_event() {
    assert_none(
        "The ministers met in Minsk on Tuesday for talks on military cooperation and the \
         deployment of Russian missiles in Belarus.",
        EventKind::Deployment,
        "deployment",
    );
}

#[test]
fn a_group_of_forces_or_staff_officers_arriving_is_a_deployment() {
    only_one(
        "An operational group of the Airborne Forces of the Russian Federation arrived in the \
         Brest region on 11 May to take part in the joint exercise.",
        EventKind::Deployment,
        "arrived",
    );
    only_one(
        "Officers of the Belarusian General Staff, who arrived in Pskov on 12 September, are \
         working at a joint headquarters.",
        EventKind::Deployment,
        "arrived",
    );
}

#[test]
fn a_crossing_kept_closed_is_a_sanction_but_a_shop_is_not() {
    let stays = only_one(
        "The last border crossing with Belarus will stay closed for trucks, the State Border \
         Guard said.",
        EventKind::Sanction,
        "closed",
    );
    assert_eq!(stays.status, EventStatus::Planned);
    only_one(
        "Latvia has kept all but one of its crossings with Belarus closed since last year.",
        EventKind::Sanction,
        "closed",
    );
    assert_none(
        "The shop on the main square will remain closed on Sunday.",
        EventKind::Sanction,
        "closed",
    );
}

#[test]
fn sanctions_that_take_effect_or_fall_on_someone_are_sanctions() {
    only_one(
        "The United States added three Belarusian arms exporters to its sanctions list. The \
         new restrictions take effect on Friday, the department said.",
        EventKind::Sanction,
        "restrictions",
    );
    let faced = only_one(
        "Belarus, a close ally of Moscow, has faced Western sanctions since its disputed 2020 \
         presidential election.",
        EventKind::Sanction,
        "sanctions",
    );
    assert!(
        faced
            .actors
            .iter()
            .any(|a| a.name == "Belarus" && a.role == ActorRole::Target),
        "{faced:?}"
    );
    only_one(
        "The chairman recalled that sanctions imposed by the European Union had not stopped \
         the work of the industry.",
        EventKind::Sanction,
        "sanctions",
    );
}

#[test]
fn a_units_heavy_equipment_moved_by_rail_is_a_deployment() {
    only_one(
        "The paratroopers were airlifted to Baranovichi, while the heavy equipment of the \
         brigade was transported by rail in four military trains.",
        EventKind::Deployment,
        "transported",
    );
}

#[test]
fn products_of_the_defence_industry_shipped_abroad_are_a_delivery() {
    only_one(
        "According to him, products of the Belarusian defence industry were shipped to 41 \
         countries last year.",
        EventKind::Delivery,
        "shipped",
    );
}

#[test]
fn an_exercise_due_to_take_place_is_planned_whatever_the_parse_hangs_it_on() {
    // The parser makes "take place" a clausal subject of "due"; the rules
    // alone, since the classifier may find the noun on its own.
    let (doc, found) = support::rule_events(
        "The Allied Resolve-2027 exercise is due to take place on the territory of Kazakhstan \
         in October 2027, he added.",
    );
    let planned: Vec<_> = found
        .iter()
        .filter(|e| e.kind == EventKind::Exercise && doc.slice(e.trigger) == "exercise")
        .collect();
    assert_eq!(planned.len(), 1, "{found:?}");
    assert_eq!(planned[0].status, EventStatus::Planned);
}
