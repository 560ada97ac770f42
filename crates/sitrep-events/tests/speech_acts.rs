#![allow(clippy::unwrap_used)]
//! Accusations, statements and what is not an event, in phrasings the
//! second-generation dev batches (`bbc-dev3`, `polnear-dev`) showed the
//! rules missing: criticism in words, official documents published,
//! habits, receptions. Invented sentences, full pipeline.

use sitrep_core::{ActorRole, EventKind};

mod support;

use support::{assert_each_has, assert_no_events, assert_none_has, first, kinds};

#[test]
fn disparaging_someone_in_words_is_an_accusation() {
    assert_each_has(
        EventKind::Accusation,
        &[
            "Senator Ruth Hale mocked Governor Dan Price at a rally in Houston on Monday.",
            "The opposition leader ridiculed the finance minister over the budget.",
            "Terrorism experts rebuked the candidate for his proposal.",
            "The proposal drew rebukes from the Pentagon.",
            "The Hale family clashed with Governor Dan Price on Monday.",
        ],
    );
}

#[test]
fn the_one_clashed_with_is_the_target_and_experts_are_a_source() {
    let e = first(
        "The Hale family clashed with Governor Dan Price on Monday.",
        EventKind::Accusation,
    );
    assert!(
        e.actors
            .iter()
            .any(|a| a.role == ActorRole::Target && a.name.contains("Price")),
        "{e:?}"
    );
    let e = first(
        "Terrorism experts rebuked the candidate for his proposal.",
        EventKind::Accusation,
    );
    assert!(
        e.actors
            .iter()
            .any(|a| a.role == ActorRole::Source && a.name.contains("experts")),
        "{e:?}"
    );
}

#[test]
fn fighting_and_physical_clashes_are_not_accusations() {
    assert_none_has(
        EventKind::Accusation,
        &[
            "Protesters clashed with police outside the parliament on Friday.",
            "Eleven people were prosecuted after attacking intruders in their homes.",
        ],
    );
}

#[test]
fn an_alleged_report_is_a_hedge_not_an_accusation() {
    let text = "In the book the minister is alleged to have told his deputy to resign.";
    assert!(!kinds(text).contains(&EventKind::Accusation), "{text}");
    let text = "The company alleges that the bank hid its losses from investors.";
    assert!(kinds(text).contains(&EventKind::Accusation), "{text}");
}

#[test]
fn publishing_an_official_document_is_a_statement() {
    assert_each_has(
        EventKind::Statement,
        &[
            "The Defence Ministry published new guidance on reservists on Tuesday.",
            "The government launched its new security strategy on Wednesday.",
            "The chancellor delivered the Budget in the Commons.",
        ],
    );
    // Launching talks or a product is something else.
    let text = "The company launched a new smartphone in Berlin.";
    assert!(!kinds(text).contains(&EventKind::Statement), "{text}");
    let text = "He has firmly declared his innocence.";
    assert!(!kinds(text).contains(&EventKind::Statement), "{text}");
}

#[test]
fn habits_and_receptions_are_not_events() {
    assert_no_events(&[
        "Two million tourists visit Cuba every year.",
        "The two defence ministers meet regularly to review cooperation.",
        "I was met with warm applause.",
        "The proposals would confer large benefits on the affluent.",
        "Both sides agreed on one thing: the vote will be close.",
        "Even economists who favour the tax agree that the change will be slow.",
    ]);
}

#[test]
fn a_speech_act_is_not_attributed_to_its_own_maker() {
    let e = first(
        "Governor Dan Price spoke for an hour in Austin, criticising his rivals for their plans.",
        EventKind::Accusation,
    );
    assert_eq!(e.attributed_to, None, "{e:?}");
}

#[test]
fn entering_into_an_agreement_and_reaching_a_compromise_are_agreements() {
    assert_each_has(
        EventKind::Agreement,
        &[
            "The campaign entered into an agreement with a data firm in May.",
            "The two parties reached a compromise on the budget on Friday.",
        ],
    );
}

#[test]
fn routine_figures_views_and_words_had_are_not_events() {
    assert_no_events(&[
        "Essential news, delivered daily.",
        "The daily rise in deaths announced in the capital on Friday was 77.",
        "Voters seemed to agree the race for the nomination remains wide open.",
        "Her lawyer had a more succinct statement after the ruling on Thursday.",
    ]);
}

#[test]
fn an_announcement_that_came_was_made() {
    let text = "The minister's announcement came before the final deadline on Friday.";
    assert!(kinds(text).contains(&EventKind::Statement), "{text}");
}

/// A participle clause happens when and where the clause it hangs on does.
#[test]
fn a_participle_takes_the_date_and_place_of_its_clause() {
    let e = first(
        "Tuesday, the senator opened a rally in Rochester blasting Clinton for her record.",
        EventKind::Accusation,
    );
    assert_eq!(e.date.as_deref(), Some("XXXX-WXX-2"), "{e:?}");
    assert_eq!(e.place.as_deref(), Some("Rochester"), "{e:?}");
}

#[test]
fn a_speech_delivered_and_guidance_issued_are_statements() {
    assert_each_has(
        EventKind::Statement,
        &[
            "Chancellor Erik Dahl delivered a rousing speech to the party conference on Saturday.",
            "The Association of Chief Police Officers has issued guidance to forces on the new rules.",
        ],
    );
    assert_none_has(
        EventKind::Statement,
        &[
            "The former minister delivered paid speeches to two banks last year.",
            "The bank issued new shares last year.",
        ],
    );
}

#[test]
fn joining_forces_is_an_agreement_and_a_group_meeting_is_a_meeting() {
    let e = first(
        "Sony and Philips are joining forces to develop screens for televisions.",
        EventKind::Agreement,
    );
    let names: Vec<&str> = e.actors.iter().map(|a| a.name.as_str()).collect();
    assert!(
        names.contains(&"Sony") && names.contains(&"Philips"),
        "{names:?}"
    );
    assert!(!names.contains(&"forces"), "{names:?}");
    assert!(
        !kinds("Belarusian troops joined the exercise on Monday.").contains(&EventKind::Agreement)
    );
    // The tagger once read "met" here as a noun.
    assert!(
        kinds("Journalists at the firm met on Friday afternoon to discuss the announcement.")
            .contains(&EventKind::Meeting)
    );
}

#[test]
fn a_label_that_scorns_an_act_is_an_accusation_however_parsed() {
    assert_each_has(
        EventKind::Accusation,
        &[
            "In Minsk, the Foreign Ministry called the decision unfriendly and legally void.",
            "The State Secretary called the NATO build-up \"a deliberate provocation\".",
            "Minsk denied the reports, calling them \"information sabotage\".",
            "The committee called the claims of the ministers \"an attempt to justify the \
             militarisation of the border.\"",
        ],
    );
    assert_none_has(
        EventKind::Accusation,
        &["The minister called the talks a useful exchange of views."],
    );
}
