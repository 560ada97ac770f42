#![allow(clippy::unwrap_used)]
//! Background documents and sittings mentioned in passing: "under a
//! contract concluded with the Russian side in 2023", "a contract worth
//! about $200 million was concluded in Minsk", "approved at a session of
//! the commission on 10 February". Invented texts through the real
//! tagger, parser, NER and time stages.

use sitrep_core::{AgreementStage, EventKind, EventStatus};

mod support;
use support::{assert_none_has, events, last_of, only};

/// The words of the event's trigger in the processed text.
fn trigger_of(text: &str, kind: EventKind) -> String {
    let (doc, all) = events(text);
    let event = all.iter().find(|e| e.kind == kind).unwrap();
    event.trigger.text(&doc.text).unwrap().to_string()
}

#[test]
fn a_contract_concluded_in_a_participle_is_one_dated_agreement() {
    let text = "The systems were handed over to Belarus under a contract \
                concluded with the Russian side in 2023.";
    let contract = only(text, EventKind::Agreement);
    assert_eq!(trigger_of(text, EventKind::Agreement), "concluded");
    assert_eq!(contract.date.as_deref(), Some("2023"), "{contract:?}");
    assert_eq!(contract.stage, Some(AgreementStage::Signed), "{contract:?}");
}

#[test]
fn a_passive_conclusion_reaches_back_over_the_price() {
    let text =
        "A contract for 12 helicopters worth about $200 million was concluded in Minsk in May.";
    let contract = only(text, EventKind::Agreement);
    assert_eq!(contract.stage, Some(AgreementStage::Signed), "{contract:?}");
}

#[test]
fn talks_or_drills_that_concluded_are_no_agreement() {
    assert_none_has(
        EventKind::Agreement,
        &[
            "The talks between the two delegations concluded on Friday without a statement.",
            "The exercise had concluded by the time the observers arrived.",
        ],
    );
}

#[test]
fn a_dated_session_of_a_body_is_a_meeting() {
    let text = "The deputy chairman noted that the document had been discussed in detail \
                at a session of the commission on 10 February.";
    let session = last_of(text, EventKind::Meeting);
    assert_eq!(trigger_of(text, EventKind::Meeting), "session");
    assert_eq!(session.status, EventStatus::Occurred, "{session:?}");
    let text = "The plan is expected to be approved at a session of the joint board of \
                the defence ministries in Moscow at the end of November.";
    let session = last_of(text, EventKind::Meeting);
    assert_eq!(session.status, EventStatus::Planned, "{session:?}");
    assert_eq!(session.place.as_deref(), Some("Moscow"), "{session:?}");
}

#[test]
fn a_session_without_a_body_or_a_date_stays_background() {
    assert_none_has(
        EventKind::Meeting,
        &[
            "Shares fell sharply at the session on the exchange.",
            "The question was raised at a session of the commission.",
        ],
    );
}
