#![allow(clippy::unwrap_used)]
//! Military routine as events: drills practised, forces relocated or
//! airlifted, officers studying at academies, the parts of an exercise,
//! sessions chaired or due to be held, the EU named by its seat, forces
//! massed, placed or staying somewhere, and trade banned:
//! invented one-sentence texts through the real tagger, parser, NER and
//! time stages.

use sitrep_core::EventKind;

mod support;

use support::{assert_each_has, assert_none_has, first};

#[test]
fn crews_practising_strikes_exercise_but_a_doctor_practising_does_not() {
    let crews = "Crews of the Belarusian Air Force will practise delivering strikes against a \
                 mock enemy at the Ruzhany range.";
    assert_each_has(EventKind::Exercise, &[crews]);
    assert_none_has(EventKind::Delivery, &[crews]);
    assert_none_has(
        EventKind::Exercise,
        &["She practised medicine in Grodno for twenty years."],
    );
}

#[test]
fn a_brigade_relocated_or_airlifted_is_deployed() {
    assert_each_has(
        EventKind::Deployment,
        &[
            "The 38th Separate Air Assault Brigade relocated to the Brestsky training \
             ground overnight.",
            "The Russian contingent was airlifted to Vitebsk by military transport aircraft.",
        ],
    );
    assert_none_has(
        EventKind::Deployment,
        &["The bank relocated its headquarters to Warsaw."],
    );
}

#[test]
fn officers_studying_at_military_academies_are_in_training() {
    assert_each_has(
        EventKind::Training,
        &["More than 300 Belarusian officers are studying at Russian military academies."],
    );
    assert_none_has(
        EventKind::Training,
        &["Her daughter is studying at a university in Vilnius."],
    );
}

#[test]
fn the_parts_of_an_exercise_are_exercises() {
    assert_each_has(
        EventKind::Exercise,
        &[
            "The active phase of the exercise will take place from 14 to 20 September.",
            "A snap inspection of the combat readiness of the armed forces began on Tuesday.",
            "The units will perform tactical episodes with live firing.",
        ],
    );
    // A stage of something else is no exercise.
    assert_none_has(
        EventKind::Exercise,
        &["The second stage of the bridge repairs began on Monday."],
    );
}

#[test]
fn a_session_chaired_or_due_to_be_held_is_a_meeting() {
    assert_each_has(
        EventKind::Meeting,
        &[
            "The session was co-chaired by the defence ministers of the two countries.",
            "The next joint session of the collegia is due to be held in Minsk in December.",
        ],
    );
}

#[test]
fn brussels_as_an_actor_is_the_european_union() {
    let sanction = first(
        "Brussels has sanctioned Belarusian arms suppliers before.",
        EventKind::Sanction,
    );
    let names: Vec<&str> = sanction.actors.iter().map(|a| a.name.as_str()).collect();
    assert!(names.contains(&"European Union"), "{sanction:?}");
    assert!(
        sanction
            .actors
            .iter()
            .all(|a| a.country.as_deref() != Some("BEL")),
        "{sanction:?}"
    );
}

#[test]
fn forces_massed_rotated_based_or_transferred_are_deployed() {
    assert_each_has(
        EventKind::Deployment,
        &[
            "Russia has massed troops near the Ukrainian border, the ministry said.",
            "The Russian battalions will rotate out of Belarus in October.",
            "Russian jets based at the Machulishchy airfield flew patrols on Monday.",
            "Moscow transferred two motorised rifle battalions to Belarus in March.",
        ],
    );
    assert_none_has(
        EventKind::Deployment,
        &[
            "The ministry concentrated its efforts on logistics.",
            "The bank transferred its shares to a new owner in March.",
            "The report is based on satellite images.",
        ],
    );
    // Hardware handed on by "transfer" stays a delivery.
    assert_each_has(
        EventKind::Delivery,
        &["Russia transferred two S-400 systems to Belarus in March."],
    );
}

#[test]
fn nouns_of_forces_on_the_move_are_deployments_when_forces_are_named() {
    assert_each_has(
        EventKind::Deployment,
        &[
            "The rotation of the Russian contingent in Belarus began on Monday.",
            "A troop buildup near the border began in May.",
            "The arrival of Russian units in Belarus was completed on Friday.",
        ],
    );
    assert_none_has(
        EventKind::Deployment,
        &[
            "The arrival of the Russian delegation in Minsk was delayed on Friday.",
            "Investors approved the transfer of the company's domicile to Delaware.",
        ],
    );
}

#[test]
fn trade_and_transit_banned_are_sanctions_but_smoking_banned_is_not() {
    assert_each_has(
        EventKind::Sanction,
        &[
            "Latvia banned exports of dual-use goods to Belarus on Monday.",
            "Belarusian trucks will be banned from entering Lithuania from 1 December.",
            "The government prohibited the transit of Belarusian fertiliser through its ports.",
        ],
    );
    assert_none_has(
        EventKind::Sanction,
        &["The city banned smoking in bars and restaurants in 2007."],
    );
}

#[test]
fn forces_placed_reaching_or_staying_somewhere_and_presence_grown_are_deployed() {
    assert_each_has(
        EventKind::Deployment,
        &[
            "Russia has placed a second missile system on combat duty in Belarus.",
            "The new soldiers will reach the border by mid-August.",
            "Part of the Russian units could stay in Belarus for the winter.",
            "Lithuania will ask its allies for help if Russia expands its missile presence in \
             Belarus.",
        ],
    );
    assert_none_has(
        EventKind::Deployment,
        &[
            "The ministers reached an agreement on Friday.",
            "The deal will boost the company's presence in the US market.",
            "The centre will strengthen the regional air defence system of the two countries.",
        ],
    );
}

#[test]
fn troops_going_home_or_leaving_are_deployed_but_not_a_company_or_a_guest() {
    assert_each_has(
        EventKind::Deployment,
        &[
            "The contingents will start returning to their permanent bases on 19 September.",
            "The Russian battalion is due to leave Baranovichi by air on Friday.",
            "An air assault company from Kazakhstan reached Brest by rail.",
        ],
    );
    assert_none_has(
        EventKind::Deployment,
        &[
            "The chief executive returned to London on Friday.",
            "The company will leave the Russian market by December.",
        ],
    );
}

#[test]
fn a_crossing_kept_closed_and_an_export_ban_approved_are_sanctions() {
    assert_each_has(
        EventKind::Sanction,
        &[
            "Poland will keep the Bobrowniki crossing on its border with Belarus closed for \
             three more months.",
            "The government on Tuesday approved a ban on exports of dual-use goods to Belarus.",
        ],
    );
    assert_none_has(
        EventKind::Sanction,
        &["The city council approved a ban on smoking in parks."],
    );
}

#[test]
fn the_exercise_named_before_is_the_exercise_held_later() {
    let text = "Officers of the two general staffs completed talks on the preparation of the \
                joint exercise Union Shield-2027. The exercise will be held in September 2027.";
    let found = support::last_sentence(text);
    assert!(
        found.iter().any(|e| e.kind == EventKind::Exercise),
        "{found:?}"
    );
}

#[test]
fn forces_transported_or_concentrated_after_a_first_move_are_deployed() {
    let found = support::last_sentence(
        "The contingents were airlifted to Kyrgyzstan and concentrated in the \
         designated areas.",
    );
    let deployments = found
        .iter()
        .filter(|e| e.kind == EventKind::Deployment)
        .count();
    assert_eq!(deployments, 2, "{found:?}");
    let moved = support::only(
        "A battalion of the 38th Air Assault Brigade was transported from Vitebsk \
         airfield to Bishkek on board Il-76 aircraft.",
        EventKind::Deployment,
    );
    assert_eq!(moved.place.as_deref(), Some("Bishkek"), "{moved:?}");
}

#[test]
fn joint_air_patrols_flown_or_carried_out_are_deployments() {
    assert_each_has(
        EventKind::Deployment,
        &[
            "Crews of the Belarusian Air Force and the Russian Aerospace Forces carried out a \
             joint air patrol over the Union State.",
            "Two Russian fighters were flying a joint air patrol over the Baltic Sea.",
        ],
    );
    assert_none_has(
        EventKind::Deployment,
        &["Volunteers organised a night patrol of the park."],
    );
}

#[test]
fn an_exercise_with_its_own_date_is_reported_outside_a_light_verb() {
    assert_each_has(
        EventKind::Exercise,
        &[
            "Troops improved their skills during the Zapad-2025 exercise in September 2025.",
            "The Zapad-2025 strategic exercise in September 2025 confirmed the readiness of \
             the troops.",
            "On Monday, the battalion completed live firing at the Gozhsky training ground.",
        ],
    );
}

#[test]
fn forces_moving_rotating_or_stationed_by_a_modal_are_deployed() {
    assert_each_has(
        EventKind::Deployment,
        &[
            "Units of the 19th Mechanised Brigade moved to designated areas near Slutsk.",
            "Russian aviation units are likely rotating through the Lida airbase.",
            "Moscow said it would station new launchers in Belarus.",
            "The Russian crews had arrived at the Baranovichi airbase on Monday.",
        ],
    );
    assert_none_has(
        EventKind::Deployment,
        &[
            "The talks moved to Minsk after the first round.",
            "Her group will be working to place its candidates on the ballot.",
        ],
    );
}
