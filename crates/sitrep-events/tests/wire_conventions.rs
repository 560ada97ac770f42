#![allow(clippy::unwrap_used)]
//! Conventions of wire reporting found on the eighteenth session's dev
//! articles, each on an invented sentence through the real pipeline.

use sitrep_core::{AgreementStage, EventKind, EventStatus};

mod support;

use support::{assert_each_has, assert_none_has, kinds, only};

#[test]
fn echelons_detachments_and_a_battery_that_arrive_are_deployed() {
    assert_each_has(
        EventKind::Deployment,
        &[
            "The first echelons with equipment have already arrived at railway stations near Grodno.",
            "A battery of HIMARS launchers arrived at the Adazi base on Sunday.",
            "According to the ministry, units of the 11th Brigade, which arrived at a camp near Gomel in May, are now returning to their base.",
        ],
    );
}

#[test]
fn a_document_approved_after_a_long_phrase_is_an_approved_agreement() {
    let e = only(
        "The general recalled that the roadmap of military-technical cooperation until 2030 was approved at a joint session in Moscow in March.",
        EventKind::Agreement,
    );
    assert_eq!(e.stage, Some(AgreementStage::Approved));
    // A sanctions package adopted is no agreement.
    assert_none_has(
        EventKind::Agreement,
        &["The national ban goes further than the 20th sanctions package, which was adopted in February."],
    );
}

#[test]
fn the_upper_chamber_approving_after_a_ratification_completes_it() {
    let agreements: Vec<_> = support::events(
        "The lower house ratified the document on 17 June, and the Council of the Republic approved it on 26 June.",
    )
    .1
    .into_iter()
    .filter(|e| e.kind == EventKind::Agreement)
    .collect();
    assert_eq!(agreements.len(), 2, "{agreements:?}");
    assert!(agreements
        .iter()
        .all(|e| e.stage == Some(AgreementStage::Ratified)));
}

#[test]
fn a_working_visit_a_phone_call_and_a_summons_are_meetings() {
    assert_each_has(
        EventKind::Meeting,
        &[
            "The Russian minister arrived in Minsk on a working visit on Thursday.",
            "The two ministers first spoke by phone on 12 October.",
            "The Foreign Ministry on Monday summoned the charge d'affaires of Belarus, Alexei Petrov.",
        ],
    );
    assert_none_has(
        EventKind::Meeting,
        &["She summoned the courage to ask for a second opinion."],
    );
}

#[test]
fn a_command_staff_training_is_an_exercise() {
    assert!(kinds(
        "A command-staff training of the joint regional group of forces is being held in Belarus from 15 to 18 September."
    )
    .contains(&EventKind::Exercise));
}

#[test]
fn threats_read_from_readiness_and_a_response_described_as_immediate() {
    assert_each_has(
        EventKind::Threat,
        &[
            "Foreign Minister Jonas Petraitis warned that Vilnius was ready to go further.",
            "\"But if someone crosses the line, the response will be immediate,\" the president said.",
        ],
    );
    // The warning that carries a response already counted adds no second threat.
    let threats = kinds(
        "\"If the build-up continues, Russia and Belarus will respond with all the means at their disposal,\" he warned.",
    )
    .into_iter()
    .filter(|k| *k == EventKind::Threat)
    .count();
    assert_eq!(threats, 1);
}

#[test]
fn forces_deployed_and_due_to_return_are_two_deployments() {
    let deployments = kinds(
        "The commander noted that the crews had been deployed to Belarus by rail in June and would return to their permanent base in Bryansk Region by the end of the month.",
    )
    .into_iter()
    .filter(|k| *k == EventKind::Deployment)
    .count();
    assert_eq!(deployments, 2);
}

#[test]
fn tallies_and_strengthening_an_army_are_no_events() {
    assert_none_has(
        EventKind::Exercise,
        &["NATO has conducted more than forty exercises near our borders since January."],
    );
    assert_none_has(
        EventKind::Deployment,
        &["Moscow will continue to assist in strengthening the Belarusian army."],
    );
    let e = only(
        "Belarus and Russia held two joint exercises in 2025.",
        EventKind::Exercise,
    );
    assert_eq!(e.status, EventStatus::Occurred);
}

#[test]
fn crossings_closed_shut_or_kept_closed_are_sanctions() {
    assert_each_has(
        EventKind::Sanction,
        &[
            "Lithuania already shut two of its six crossings with Belarus in 2025.",
            "Lithuania may close its remaining checkpoints on the border with Belarus if the exercise is held near the frontier.",
            "Ukraine has kept all crossing points on its border with Belarus closed since February 2022.",
        ],
    );
    assert_none_has(
        EventKind::Sanction,
        &["The two agencies will close ranks with the border guards."],
    );
}
