#![allow(clippy::unwrap_used)]
//! Rules written to carry the events stage to news from other outlets and
//! years: verb senses that name no event, event nouns the parser or the
//! clause hides, accusations and threats in other words. Each case is an
//! invented sentence through the real pipeline.

use sitrep_core::{Event, EventKind};

mod support;

use support::{events, only};

fn of_kind(text: &str, kind: EventKind) -> Vec<Event> {
    events(text)
        .1
        .into_iter()
        .filter(|e| e.kind == kind)
        .collect()
}

fn none(text: &str, kind: EventKind) {
    let found = of_kind(text, kind);
    assert!(found.is_empty(), "no {kind:?} in {text:?}: {found:?}");
}

#[test]
fn meeting_things_is_no_meeting() {
    none(
        "The new safety rules had been met by the end of the year.",
        EventKind::Meeting,
    );
    none(
        "The proposal met a frosty reception from the investors.",
        EventKind::Meeting,
    );
    only(
        "The foreign minister met his Chilean counterpart in Santiago.",
        EventKind::Meeting,
    );
    only(
        "The Danish regulator has met with the two airlines.",
        EventKind::Meeting,
    );
}

#[test]
fn sharing_a_view_is_no_agreement() {
    none(
        "We agreed that there is no reason for alarm.",
        EventKind::Agreement,
    );
    none(
        "The court did not agree with the banks.",
        EventKind::Agreement,
    );
    only(
        "The two carriers agreed to merge their cargo units.",
        EventKind::Agreement,
    );
    only(
        "It was agreed the dispute can be settled next year.",
        EventKind::Agreement,
    );
}

#[test]
fn a_cause_that_endangers_does_not_threaten() {
    none(
        "A border quarrel that threatened the local economy dragged on for months.",
        EventKind::Threat,
    );
    only(
        "The rebels threatened to seize the port.",
        EventKind::Threat,
    );
}

#[test]
fn lifting_or_asking_for_an_event_is_not_the_event() {
    none(
        "Several governments have called for the embargo to be lifted.",
        EventKind::Sanction,
    );
    none(
        "The council voted to lift the oil embargo on the island.",
        EventKind::Sanction,
    );
    none(
        "The union leader called for talks with the railway board.",
        EventKind::Meeting,
    );
    none(
        "The mayor announced his resignation shortly after the meeting.",
        EventKind::Meeting,
    );
}

#[test]
fn an_event_noun_tagged_as_a_verb_after_its_light_verb() {
    let e = only(
        "The EU imposed its arms ban on Syria in 2011.",
        EventKind::Sanction,
    );
    assert_eq!(e.date.as_deref(), Some("2011"));
    assert!(
        e.actors.iter().any(
            |a| a.role == sitrep_core::ActorRole::Target && a.country.as_deref() == Some("SYR")
        ),
        "{:?}",
        e.actors
    );
    only(
        "Mr Hale held talks with his Finnish counterpart, Mikko Laine.",
        EventKind::Meeting,
    );
}

#[test]
fn a_yes_no_question_asserts_no_event() {
    none(
        "Officials said the ballot paper will ask voters: \"Should Norway ratify the fisheries treaty with Iceland?\" The vote is due to take place in May.",
        EventKind::Agreement,
    );
    only(
        "Officials in Oslo said Norway will ratify the fisheries treaty with Iceland next spring.",
        EventKind::Agreement,
    );
}

#[test]
fn a_meeting_described_is_not_reported_again() {
    none(
        "Officials in Lisbon said the summit would also review the budget rules of the bloc.",
        EventKind::Meeting,
    );
    only(
        "The talks between the port workers and the harbour board failed after two hours.",
        EventKind::Meeting,
    );
}

#[test]
fn a_meeting_in_a_phrase_with_its_own_place_or_date() {
    let e = only(
        "At their meeting in Oslo, the Nordic fisheries ministers backed the new quotas.",
        EventKind::Meeting,
    );
    assert_eq!(e.place.as_deref(), Some("Oslo"));
    let e = only(
        "The minister spoke to reporters ahead of talks with the Danish government in Copenhagen.",
        EventKind::Meeting,
    );
    assert_eq!(e.status, sitrep_core::EventStatus::Planned);
    none(
        "The minister repeated his offer to the unions at the meeting.",
        EventKind::Meeting,
    );
    none(
        "Shares in the bank fell sharply during Friday's session in Frankfurt.",
        EventKind::Meeting,
    );
}

#[test]
fn an_event_noun_carried_by_a_raising_verb_participle_or_relative_clause() {
    let e = only(
        "A meeting of the village council is due to be held next week.",
        EventKind::Meeting,
    );
    assert_eq!(e.status, sitrep_core::EventStatus::Planned);
    only(
        "The deal, struck in Brussels last week, ends a long dispute over fishing rights.",
        EventKind::Agreement,
    );
    only(
        "The joint exercise that the troops are conducting near the border alarmed the villagers.",
        EventKind::Exercise,
    );
    none(
        "The summit is expected to issue new guidance on asylum claims.",
        EventKind::Meeting,
    );
    let (doc, all) = events("The pact is the latest in a string of deals reached by the emirate.");
    assert!(
        all.iter().all(|e| doc.slice(e.trigger) != "deals"),
        "{all:?}"
    );
}

#[test]
fn attacks_in_words_are_accusations() {
    only(
        "The senator spent the hearing attacking the judge who oversaw the trial.",
        EventKind::Accusation,
    );
    only(
        "The finance minister lashed out at the trade policies of the rich nations.",
        EventKind::Accusation,
    );
    only(
        "The opposition leader went after the prime minister over the hospital closures.",
        EventKind::Accusation,
    );
    none(
        "Rebels attacked an army convoy near the northern border.",
        EventKind::Accusation,
    );
    none(
        "The troops attacked the village at dawn.",
        EventKind::Accusation,
    );
}

#[test]
fn criticism_voiced_or_intensified_is_an_accusation() {
    only(
        "The northern government has intensified its criticism of the southern navy.",
        EventKind::Accusation,
    );
    none(
        "The navy has intensified its naval exercises near the eastern coast.",
        EventKind::Exercise,
    );
}

#[test]
fn a_warning_of_a_conditional_act_is_a_threat() {
    only(
        "The rail union warned on Monday that there could be further strikes unless the company drops its plan.",
        EventKind::Threat,
    );
    only(
        "Dock workers could walk out if the port is sold, warn union leaders in the city.",
        EventKind::Threat,
    );
    none(
        "The central bank warned that prices could rise if interest rates stay low.",
        EventKind::Threat,
    );
    none(
        "The minister warned that the winter would be hard for many families.",
        EventKind::Threat,
    );
}

#[test]
fn a_body_a_country_owns_acts_for_that_country() {
    let e = only(
        "North Korea's official newspaper blasted South Korea on Tuesday for holding the drills.",
        EventKind::Accusation,
    );
    let source: Vec<_> = e
        .actors
        .iter()
        .filter(|a| a.role == sitrep_core::ActorRole::Source)
        .collect();
    assert!(
        source.iter().any(|a| a.country.as_deref() == Some("PRK")),
        "{:?}",
        e.actors
    );
}

#[test]
fn it_after_a_reporter_with_a_relative_clause_is_the_reporter() {
    let (_, all) = events(
        "Kappa, which lost kit deals with Fulham and Hibernian last year, said it had signed a new agreement with Motherwell.",
    );
    let e = all.iter().find(|e| e.kind == EventKind::Agreement).unwrap();
    let names: Vec<&str> = e.actors.iter().map(|a| a.name.as_str()).collect();
    assert!(names.contains(&"Kappa"), "{names:?}");
    assert!(!names.contains(&"Hibernian"), "{names:?}");
}

#[test]
fn supply_bottlenecks_are_no_delivery() {
    none(
        "The island's fast-growing demand for fuel has contributed to record prices this year, along with unrest in the Gulf and supply bottlenecks.",
        EventKind::Delivery,
    );
}

#[test]
fn a_business_unit_sold_is_no_delivery() {
    none(
        "The oil firm sold its key production unit to a state-owned rival last year.",
        EventKind::Delivery,
    );
    none(
        "The bank is considering selling its payments systems business.",
        EventKind::Delivery,
    );
    only(
        "Last year Moscow sold Minsk four air defence systems and two radar units.",
        EventKind::Delivery,
    );
}

#[test]
fn trips_and_talking_with_a_partner_are_meetings() {
    let e = only(
        "The Dutch prime minister also made a surprise trip to Mali this week.",
        EventKind::Meeting,
    );
    assert_eq!(e.place.as_deref(), Some("Mali"));
    only(
        "The two presidents had talked about trade and the border dispute.",
        EventKind::Meeting,
    );
    only(
        "The government said it had no intention to talk with the rebels again.",
        EventKind::Meeting,
    );
    none(
        "The minister talked about the economy on the radio.",
        EventKind::Meeting,
    );
    let (doc, all) = events(
        "The trade commissioner said the two sides had agreed to reopen talks in the steel row.",
    );
    assert!(
        all.iter()
            .any(|e| e.kind == EventKind::Meeting && doc.slice(e.trigger) == "talks"),
        "{all:?}"
    );
}

#[test]
fn signing_the_charter_is_an_agreement() {
    let (doc, all) = events(
        "While Norway has signed the Charter, it has never ratified it, which some experts say could weaken the claim.",
    );
    assert!(
        all.iter()
            .any(|e| e.kind == EventKind::Agreement && doc.slice(e.trigger) == "signed"),
        "{all:?}"
    );
}

#[test]
fn talks_that_failed_took_place() {
    only(
        "The dockers' union said it called the strike after talks failed to settle the pay dispute.",
        EventKind::Meeting,
    );
}

#[test]
fn bargaining_over_a_price_is_no_meeting() {
    none(
        "Small traders would be weaker when negotiating lower fees for clearing services.",
        EventKind::Meeting,
    );
    none(
        "The merger would make it hard for farmers to negotiate for better prices.",
        EventKind::Meeting,
    );
    only(
        "The government is ready to negotiate with the rebels in Geneva next month.",
        EventKind::Meeting,
    );
}

#[test]
fn status_from_the_governing_modal_the_beginning_and_the_arrangement() {
    use sitrep_core::EventStatus;
    let e = only(
        "Officials fear the rebels could use the new weapons to threaten the capital.",
        EventKind::Threat,
    );
    assert_eq!(e.status, EventStatus::Hypothetical);
    let e = only(
        "The regional bank also began talks with its main rival.",
        EventKind::Meeting,
    );
    assert_eq!(e.status, EventStatus::Ongoing);
    let e = only(
        "The finance ministers are meeting on Thursday in Brussels.",
        EventKind::Meeting,
    );
    assert_eq!(e.status, EventStatus::Planned);
    let e = only(
        "The expected deal comes as the fishing season opens.",
        EventKind::Agreement,
    );
    assert_eq!(e.status, EventStatus::Planned);
}

/// Events of an undated document: relative dates and month names stay
/// unresolved, as in web pages and archives without metadata.
fn undated_events(text: &str) -> Vec<Event> {
    let pipeline = sitrep_pipeline::Pipeline::standard(sitrep_pipeline::Depth::Full).unwrap();
    let raw = sitrep_ingest::read_bytes("t.txt", text.as_bytes(), Default::default())
        .next()
        .unwrap()
        .unwrap();
    let doc = pipeline.process(raw).unwrap();
    doc.layers.events.clone()
}

#[test]
fn a_month_is_no_place_and_a_sanctioned_country_no_place() {
    let all = undated_events("The two carmakers signed a parts-sharing agreement in August.");
    let e = all.iter().find(|e| e.kind == EventKind::Agreement).unwrap();
    assert_eq!(e.place, None, "{e:?}");
    let e = only(
        "The EU imposed its arms ban on Syria in 2011.",
        EventKind::Sanction,
    );
    assert_eq!(e.place, None, "{e:?}");
}

#[test]
fn a_statement_as_subject_is_quoted_not_issued() {
    none(
        "The firm's annual statements included several accounting errors, the auditors found.",
        EventKind::Statement,
    );
    only(
        "A statement was issued by the foreign ministry on Friday.",
        EventKind::Statement,
    );
}

#[test]
fn people_named_by_role_are_actors() {
    let e = only(
        "The deputy premier held a private meeting with senior union figures last week.",
        EventKind::Meeting,
    );
    let names: Vec<&str> = e.actors.iter().map(|a| a.name.as_str()).collect();
    assert!(names.iter().any(|n| n.contains("figures")), "{names:?}");
    let e = only(
        "A decision could come in December, when NATO's current members gather for a summit in Vilnius.",
        EventKind::Meeting,
    );
    let names: Vec<&str> = e.actors.iter().map(|a| a.name.as_str()).collect();
    assert!(names.contains(&"NATO"), "{names:?}");
}

#[test]
fn undated_documents_keep_the_week_or_month() {
    let date_of = |text: &str, kind: EventKind| {
        undated_events(text)
            .into_iter()
            .find(|e| e.kind == kind)
            .map(|e| e.date)
    };
    assert_eq!(
        date_of(
            "The rail unions held talks with the transport minister in Leeds last week.",
            EventKind::Meeting
        ),
        Some(Some("XXXX-WXX".to_string()))
    );
    assert_eq!(
        date_of(
            "The two carmakers signed a parts-sharing agreement in August.",
            EventKind::Agreement
        ),
        Some(Some("XXXX-08".to_string()))
    );
    assert_eq!(
        date_of(
            "Talks on the pension reforms will take place this weekend.",
            EventKind::Meeting
        ),
        Some(Some("XXXX-WXX-WE".to_string()))
    );
    assert_eq!(
        date_of(
            "The bourse held its third meeting with the regulator since its approach in December.",
            EventKind::Meeting
        ),
        Some(None)
    );
}

#[test]
fn a_thing_attacked_stands_for_its_owner() {
    let e = only(
        "The Liberal Democrat spokesman also attacked Labour's unfair taxes on pensioners.",
        EventKind::Accusation,
    );
    let names: Vec<&str> = e.actors.iter().map(|a| a.name.as_str()).collect();
    assert!(names.contains(&"Labour"), "{names:?}");
}

#[test]
fn a_day_is_no_party() {
    let e = only(
        "The fishing quotas will be reviewed at Friday's summit of Nordic prime ministers in Oslo.",
        EventKind::Meeting,
    );
    assert!(
        e.actors.iter().all(|a| a.name != "Friday"),
        "{:?}",
        e.actors
    );
}

#[test]
fn rulings_transfers_and_descriptions_are_no_events() {
    none(
        "The court could declare the airline bankrupt next week.",
        EventKind::Statement,
    );
    none(
        "The judges declared him the winner of the contest.",
        EventKind::Statement,
    );
    only(
        "The rebels declared a ceasefire on Sunday.",
        EventKind::Statement,
    );
    none(
        "He has since signed over his shares to one of his partners.",
        EventKind::Agreement,
    );
    none(
        "The trip follows reports of a rift inside the cabinet.",
        EventKind::Meeting,
    );
    let e = only(
        "The drills involved about 3,000 troops from both countries.",
        EventKind::Exercise,
    );
    assert_eq!(e.kind, EventKind::Exercise);
}
