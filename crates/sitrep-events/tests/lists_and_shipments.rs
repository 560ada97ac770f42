#![allow(clippy::unwrap_used)]
//! Sanctions written as lists, goods shipped or sent, and movements the
//! rules leave to the trigger classifier in a military story: invented
//! texts through the real tagger, parser, NER and time stages.

use sitrep_core::EventKind;

mod support;
use support::{assert_each_has, assert_none_has, kinds, last_sentence};

#[test]
fn parties_listed_or_barred_are_sanctioned() {
    assert_each_has(
        EventKind::Sanction,
        &[
            "Britain on Tuesday added four Belarusian plants and a Latvian freight company \
             to its sanctions list.",
            "The U.S. Commerce Department added seven Belarusian firms to its Entity List.",
            "Estonia has sanctioned more than 900 individuals and entities since 2022.",
            "The Lithuanian government expanded its national sanctions list with nine \
             Belarusian officials.",
            "In March it barred two Belarusian banks from the UK financial system.",
        ],
    );
    // Listing or designating outside a sanctions story.
    assert_none_has(
        EventKind::Sanction,
        &[
            "The brochure lists the minister and two generals as honorary guests.",
            "The club designated a new captain for the season.",
        ],
    );
}

#[test]
fn assets_frozen_after_a_listing_and_controls_imposed_are_sanctions() {
    let text = "Canada sanctioned five Belarusian defence firms on Friday. The Treasury \
                separately froze the assets of two of them.";
    assert!(kinds(text).len() >= 2, "{:?}", kinds(text));
    let last = last_sentence(text);
    assert!(
        last.iter().any(|e| e.kind == EventKind::Sanction),
        "{last:?}"
    );
    assert_each_has(
        EventKind::Sanction,
        &["Washington imposed export controls on Belarus in February 2022."],
    );
}

#[test]
fn a_sanctions_package_adopted_is_no_agreement() {
    let found = kinds(
        "The Council of the European Union on Thursday adopted a new sanctions package \
         against Belarus.",
    );
    assert!(found.contains(&EventKind::Sanction), "{found:?}");
    assert!(!found.contains(&EventKind::Agreement), "{found:?}");
}

#[test]
fn parts_shipped_or_sent_to_arms_plants_are_delivered() {
    assert_each_has(
        EventKind::Delivery,
        &[
            "The firms had shipped fire-control modules and gearboxes to Russian defence \
             plants.",
            "The plant has sent engines and transmissions for T-72 tanks to Russian repair \
             units.",
            "Lithuania has received another NASAMS air defence battery from Norway.",
        ],
    );
    // Forces sent are deployed; prices sent up are neither.
    assert_none_has(
        EventKind::Delivery,
        &[
            "Moscow sent two battalions to Brest.",
            "The decision sent Reynolds shares up 4.5%.",
        ],
    );
}

#[test]
fn answering_questions_threatens_nobody() {
    assert_none_has(
        EventKind::Threat,
        &["The company will respond to questions from investors on Monday."],
    );
}

#[test]
fn goods_told_before_are_delivered_in_passives_and_relatives() {
    let text = "A new battalion set of Tor-M2 air defence systems has arrived in Belarus from \
                Russia. The systems were delivered under a contract and were shipped by rail \
                from Izhevsk. The systems were then formally handed over to the 120th \
                Anti-Aircraft Missile Regiment. Everything is being supplied on schedule, and \
                the next batch will be sent in the autumn.";
    let (_, found) = support::events(text);
    let deliveries = found
        .iter()
        .filter(|e| e.kind == EventKind::Delivery)
        .count();
    // arrived, delivered, shipped, handed over, supplied, sent.
    assert!(deliveries >= 6, "{found:?}");
}

#[test]
fn a_package_that_bars_airlines_from_eu_airspace_is_a_sanction() {
    let text = "The EU adopted its 20th sanctions package against Belarus on Monday. The \
                package also bars national carrier Belavia and two cargo airlines from EU \
                airspace.";
    let last = last_sentence(text);
    assert!(
        last.iter().any(|e| e.kind == EventKind::Sanction),
        "{last:?}"
    );
}

#[test]
fn receiving_before_a_course_is_a_step_not_a_delivery() {
    assert_none_has(
        EventKind::Delivery,
        &[
            "Before receiving the equipment, the crews of the battery underwent \
           retraining at a training centre in Russia.",
        ],
    );
    // With its own date it is news.
    let delivery = support::last_of(
        "After receiving the first Tor-M2 systems in March 2024, the regiment began \
         live firing.",
        EventKind::Delivery,
    );
    assert_eq!(delivery.date.as_deref(), Some("2024-03"), "{delivery:?}");
}
