#![allow(clippy::unwrap_used)]
//! "The company" for the firm a business story is about, pejorative labels
//! in quotes after the person or words labelled, and attacks in words
//! named by a noun between people. Phrasings the seventh session's review
//! of dev errors pointed at. Invented sentences, full pipeline.

use sitrep_core::{ActorRole, EventKind};

mod support;

use support::{assert_each_has, kinds, names_in_role as names};

#[test]
fn the_company_is_the_firm_the_story_is_about() {
    let text = "Thornbury Insurance, Europe's third largest insurer, has cut its bonus rates. \
        Thornbury Insurance said the cuts followed poor share returns. \
        Rival Castell Bank made similar cuts in March. \
        Thornbury Insurance has 2 million policyholders. \
        Last year, the company announced that it would float on the stock market.";
    let found = names(text, EventKind::Statement, ActorRole::Source);
    assert!(
        found.iter().any(|n| n == "Thornbury Insurance"),
        "{found:?}"
    );
}

#[test]
fn a_quoted_pejorative_after_the_object_is_an_accusation() {
    let text = "Mayor Dan Keller called Governor Ruth Amsel a \"blowhard\" on the radio.";
    let found = names(text, EventKind::Accusation, ActorRole::Target);
    assert!(found.iter().any(|n| n.contains("Amsel")), "{found:?}");
    let text = "Strategist Paul Ferris called Ruth Amsel's statements \"childish.\"";
    assert!(kinds(text).contains(&EventKind::Accusation), "{text}");
    // Judging someone's statements is not issuing one.
    assert!(!kinds(text).contains(&EventKind::Statement), "{text}");
}

#[test]
fn a_neutral_quoted_label_is_no_accusation() {
    let text = "The minister called the agreement a \"milestone\" for both countries.";
    assert!(!kinds(text).contains(&EventKind::Accusation), "{text}");
}

#[test]
fn attacks_between_people_are_accusations() {
    assert_each_has(
        EventKind::Accusation,
        &[
            "Senator Ted Marlow faced fresh attacks from Governor Jane Ruiz.",
            "Governor Jane Ruiz stepped up her attacks on Senator Ted Marlow this week.",
        ],
    );
    // Fighting in the sentence: an attack of arms.
    let text =
        "The troops repelled an attack by rebels under Commander Idris Musa near the border.";
    assert!(!kinds(text).contains(&EventKind::Accusation), "{text}");
}
