#![allow(clippy::unwrap_used)]
//! Hosts receiving guests, legal charges, arms given, truces, and the
//! look-alikes that are no event (enrolling, political manoeuvres,
//! adjectives, declaring that): phrasings the fifth-session dev batches
//! (`bbc-dev5`, `polnear-dev2`) and general news usage pointed at.
//! Invented sentences, full pipeline.

use sitrep_core::EventKind;

mod support;

use support::{assert_each_has, assert_no_events, assert_none_has, first, kinds};

#[test]
fn a_host_receiving_a_guest_is_a_meeting() {
    for text in [
        "President Alexander Lukashenko received the Russian defence minister in Minsk on Tuesday.",
        "Chancellor Olaf Brandt hosted the Polish delegation in Berlin.",
    ] {
        assert_eq!(kinds(text), vec![EventKind::Meeting], "{text}");
    }
    assert_none_has(
        EventKind::Meeting,
        &[
            "The ministry received a letter from the embassy on Tuesday.",
            "The city hosted the championship in 2019.",
        ],
    );
}

#[test]
fn legal_charges_and_complaints_about_someone_are_accusations() {
    assert_each_has(
        EventKind::Accusation,
        &[
            "Prosecutors charged the former mayor with fraud on Friday.",
            "A grand jury indicted the former governor last week.",
            "Employees complain of Mr Kowalski's lack of communication.",
            "The senator derided the governor's plan.",
            "Prosecutors allege that the company's top executives hid the losses.",
        ],
    );
    assert_none_has(
        EventKind::Accusation,
        &[
            "The bank charged a fee of 2%.",
            "They can complain about it, but the decision stands.",
            "I think it's a little bit insulting to the voters of Ohio.",
        ],
    );
}

#[test]
fn arms_given_or_exported_are_deliveries_but_legal_force_is_not() {
    assert!(kinds("Poland gave Ukraine 200 tanks last year.").contains(&EventKind::Delivery));
    assert!(kinds("The firm exported helicopters to Peru in May.").contains(&EventKind::Delivery));
    assert!(
        !kinds("The minister said the code would be given legal force by the new laws.")
            .contains(&EventKind::Delivery)
    );
}

#[test]
fn truces_and_deals_signed_up_to_are_agreements_but_enrolling_is_not() {
    assert!(kinds("The two sides agreed a truce on Sunday.").contains(&EventKind::Agreement));
    assert!(kinds("Japan finally signed up to the debt deal.").contains(&EventKind::Agreement));
    assert!(
        !kinds("Some 600 schools have already signed up for the mock elections.")
            .contains(&EventKind::Agreement)
    );
    assert!(
        kinds("In 2014 the senator worked out an accord with the committee chairman.")
            .contains(&EventKind::Agreement)
    );
}

#[test]
fn a_political_manoeuvre_is_no_exercise_but_a_naval_one_is() {
    assert!(
        !kinds("Such a maneuver would go against the popular vote.").contains(&EventKind::Exercise)
    );
    assert!(
        kinds("The Russian navy began naval manoeuvres in the Baltic Sea on Monday.")
            .contains(&EventKind::Exercise)
    );
}

#[test]
fn declaring_that_is_saying_and_declaring_a_thing_is_a_statement() {
    assert!(
        !kinds("Mr Trump has declared that he plans to repeal the act.")
            .contains(&EventKind::Statement)
    );
    assert!(kinds("The rebels declared a ceasefire on Friday.").contains(&EventKind::Statement));
    assert!(
        kinds("The minister unveiled plans to reform the pension system last week.")
            .contains(&EventKind::Statement)
    );
}

#[test]
fn a_noun_beside_a_light_verb_with_its_own_object_is_no_event() {
    assert!(
        !kinds("He was prone to making substantial changes with minimal consultation.")
            .contains(&EventKind::Meeting)
    );
}

#[test]
fn laying_into_someone_is_an_accusation() {
    assert!(
        kinds("The chancellor laid into the opposition's record in government.")
            .contains(&EventKind::Accusation)
    );
    assert!(
        kinds("The minister rounded on his critics in the party.").contains(&EventKind::Accusation)
    );
}

#[test]
fn figures_of_speech_are_no_events() {
    assert_no_events(&[
        "Divorce required proving adultery or life-threatening cruelty.",
        "He warned that the war could be illegal without a resolution sanctioning military action.",
        "Solomon's wisdom needs to be deployed to solve the problem.",
        "The firm said it would deliver a shareholder payout of $6 per share this year.",
    ]);
}

#[test]
fn rejecting_someones_words_and_being_critical_of_someone_are_accusations() {
    assert_each_has(
        EventKind::Accusation,
        &[
            "Netanyahu rejects Trump's remarks about Muslims.",
            "The senator has been highly critical of the FBI director.",
            "Clinton sparred with Sanders over trade on Sunday.",
            "Jack Straw has attacked the decision by Britain's highest court.",
        ],
    );
    assert_none_has(
        EventKind::Accusation,
        &[
            "The board rejected the offer on Monday.",
            "This is a critical moment for the talks' future.",
        ],
    );
}

#[test]
fn habits_policies_and_activities_are_no_events() {
    for text in [
        "The Israeli leader frequently meets with members of Congress.",
        "He will meet with any candidate who requests a meeting.",
        "Carers say they need more money to make ends meet.",
        "Delivering weapons to the rebels was a priority for the government.",
    ] {
        assert!(!kinds(text).contains(&EventKind::Meeting), "{text}");
        assert!(!kinds(text).contains(&EventKind::Delivery), "{text}");
    }
}

#[test]
fn people_charged_in_the_passive_are_accused_but_fees_are_not() {
    assert!(kinds("The buyers were not charged.").contains(&EventKind::Accusation));
    assert!(!kinds("Higher fees were charged last year.").contains(&EventKind::Accusation));
}

#[test]
fn things_piling_on_and_technology_supplied_are_no_events() {
    assert!(
        kinds("Packaging and delivery trips are all piling on to its carbon footprint.").is_empty()
    );
    assert!(
        !kinds("Workers demanded they stop supplying technology to oil companies.")
            .contains(&EventKind::Delivery)
    );
}

#[test]
fn two_sides_clashing_is_an_accusation_and_states_of_mind_are_not_threats() {
    assert!(
        kinds("Snowden and WikiLeaks clashed over the leaked emails on Thursday.")
            .contains(&EventKind::Accusation)
    );
    assert!(
        !kinds("People are very threatened by his rise in the polls.").contains(&EventKind::Threat)
    );
    assert!(
        !kinds("When you meet him, you see something special in his face.")
            .contains(&EventKind::Meeting)
    );
}

#[test]
fn budgets_presented_are_statements_but_targets_met_and_blame_owned_are_no_events() {
    assert!(
        kinds("Presenting his budget in parliament, the minister said growth was strong.")
            .contains(&EventKind::Statement)
    );
    assert_no_events(&[
        "He has to trim the deficit, a target he says he has now met.",
        "Crowded coastal towns were partly to blame for the rise in claims.",
        "The decision makes a mockery of the government's commitment.",
        "He asked whether the Home Office would deliver them.",
    ]);
}

#[test]
fn criticism_received_has_its_subject_for_target() {
    use sitrep_core::ActorRole;
    for text in [
        "Microsoft came under fire from activist workers on Monday.",
        "Kraft faced criticism from consumer groups over its adverts.",
    ] {
        let e = first(text, EventKind::Accusation);
        assert!(
            e.actors.iter().any(|a| a.role == ActorRole::Target
                && (a.name.contains("Microsoft") || a.name.contains("Kraft"))),
            "{text}: {:?}",
            e.actors
        );
        assert!(
            e.actors.iter().any(|a| a.role == ActorRole::Source),
            "{text}: {:?}",
            e.actors
        );
    }
    assert!(
        !kinds("Both countries now face a common threat from the West.")
            .contains(&EventKind::Threat)
    );
}

#[test]
fn calling_someone_names_is_an_accusation_and_accepting_an_offer_an_agreement() {
    assert!(
        kinds("They called him a political opportunist who has neglected his duties.")
            .contains(&EventKind::Accusation)
    );
    assert_none_has(
        EventKind::Accusation,
        &[
            "Turkey called the issue a red line.",
            "The host quit the party, calling it a joke.",
            "Unions called for talks on Monday.",
        ],
    );
    assert!(
        kinds("Indonesia accepted the Paris Club offer on Wednesday.")
            .contains(&EventKind::Agreement)
    );
    assert!(!kinds("The shop accepted the returned goods.").contains(&EventKind::Agreement));
}

#[test]
fn paid_speeches_petitions_and_surrogates_are_no_events() {
    assert_no_events(&[
        "Fiorina delivered a pair of paid speeches in October.",
        "Gun rights advocates started a petition, signed by more than 45,000 people.",
        "He deployed his father, Rafael Cruz, as a surrogate.",
        "In the advert he declares, 'The purpose of our life is to serve.'",
    ]);
    assert!(
        kinds("The chancellor delivered the Budget on Wednesday.").contains(&EventKind::Statement)
    );
}

#[test]
fn idioms_of_attack_in_words_are_accusations() {
    for text in [
        "Mr Bush questioned Mr Trump's judgment and his very decency.",
        "Clinton took direct aim at Trump on Monday.",
        "Then Trump went fully on the attack against the president.",
        "Clinton and Trump have traded barbs for weeks.",
    ] {
        assert!(
            kinds(text).contains(&EventKind::Accusation),
            "{text}: {:?}",
            kinds(text)
        );
    }
    assert_none_has(
        EventKind::Accusation,
        &[
            "Analysts questioned the figures released on Monday.",
            "The troops went on patrol near the border.",
        ],
    );
}

#[test]
fn statements_signed_and_labour_forces_are_no_events_but_buyouts_accepted_are() {
    assert_no_events(&[
        "The act obliges chief executives to sign a statement on the accounts.",
        "Migrants will provide an educated labour force for Europe.",
    ]);
    assert!(
        kinds("MCI accepted a $6.75bn buyout from Verizon on Monday.")
            .contains(&EventKind::Agreement)
    );
}

#[test]
fn judgements_in_as_phrases_and_heaped_criticism_are_accusations() {
    for text in [
        "Ben Carson and Ted Cruz have both attacked the program as a violation of free markets.",
        "Both women portrayed Mr Trump as a selfish corporate titan.",
        "Rivals heaped criticism on the president on Monday.",
        "Cruz questioned Trump's values and his readiness to be commander in chief.",
    ] {
        assert!(
            kinds(text).contains(&EventKind::Accusation),
            "{text}: {:?}",
            kinds(text)
        );
    }
    assert!(!kinds("The board dismissed the manager on Friday.").contains(&EventKind::Accusation));
}

#[test]
fn finger_pointing_railing_and_hammering_someone_are_accusations() {
    for text in [
        "The candidates are pointing fingers at each other over the crisis.",
        "Trump spent the rally railing against the Republican National Committee.",
        "Sanders hammered Clinton over her speeches to bankers.",
    ] {
        assert!(
            kinds(text).contains(&EventKind::Accusation),
            "{text}: {:?}",
            kinds(text)
        );
    }
    assert!(!kinds("Negotiators hammered out a deal on Friday.").contains(&EventKind::Accusation));
}
