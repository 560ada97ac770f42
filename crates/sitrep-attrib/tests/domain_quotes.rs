//! Speakers the domain gold's dev articles (`gold/domain/quotes`) showed
//! going wrong, on invented text through the full pipeline: a quotation
//! split around its cue, a relative clause between speaker and verb, a
//! portfolio that tells two ministers apart, a long apposition before a
//! final "said", a double-barrelled surname, participles and doing verbs
//! that quote nobody.
// The shared PolNeAR support module exports more than these tests use.
#![allow(clippy::unwrap_used, unused_imports, dead_code)]

#[path = "support/polnear.rs"]
mod polnear;

#[path = "support/analyze.rs"]
mod support_analyze;
use support_analyze::{analyze, quotes, speaker_of};

#[test]
fn both_halves_of_a_split_quotation_have_the_speaker() {
    let text = "Interior Minister Jan Nowak visited the border on Monday.\n\
                \"This is not spontaneous migration,\" he said, \"but groups organised with the help of foreign services.\"\n";
    assert_eq!(
        speaker_of(text, "spontaneous").as_deref(),
        Some("Jan Nowak")
    );
    assert_eq!(
        speaker_of(text, "groups organised").as_deref(),
        Some("Jan Nowak")
    );
}

#[test]
fn a_relative_clause_between_speaker_and_verb_is_skipped() {
    let text = "Ambassador to Belarus Pavel Orlov, who attended the ceremony, said that Moscow would keep helping Minsk.\n";
    assert_eq!(
        speaker_of(text, "keep helping").as_deref(),
        Some("Pavel Orlov")
    );
}

#[test]
fn the_portfolio_tells_two_ministers_apart() {
    let text = "Defence Minister Anna Berg and Interior Minister Piotr Lis visited the fence.\n\
                Interior Minister Piotr Lis said the crossings were calm.\n\
                The defence minister also warned that the border could be closed.\n";
    assert_eq!(
        speaker_of(text, "could be closed").as_deref(),
        Some("Anna Berg")
    );
}

#[test]
fn a_long_apposition_before_a_final_said_is_the_speaker() {
    let text = "MINSK, 20 December (BelTA) - Belarus signed 27 cooperation documents this year, \
                Major General Oleg Sidorov, Assistant to the Defence Minister - Head of the International Department, said in an interview.\n";
    assert_eq!(
        speaker_of(text, "27 cooperation").as_deref(),
        Some("Oleg Sidorov")
    );
}

#[test]
fn a_double_barrelled_surname_is_one_speaker() {
    let text = "Defence Minister Adam Nowicki-Lis visited the barrier.\n\
                \"The soldiers will arrive by August,\" Nowicki-Lis told reporters.\n";
    assert_eq!(
        speaker_of(text, "arrive by August").as_deref(),
        Some("Adam Nowicki-Lis")
    );
}

#[test]
fn announced_events_and_doings_quote_nobody() {
    let doc = analyze(
        "Lithuania may close two checkpoints if an exercise announced for later this month is held near the border.\n\
         Before the meeting, the minister laid a wreath at the memorial.\n\
         About 8,000 troops are expected to take part in the drills.\n",
    );
    let q = quotes(&doc);
    assert!(
        q.iter().all(|(_, _, c)| !c.contains("later this month")
            && !c.contains("wreath")
            && !c.contains("take part")),
        "{q:#?}"
    );
}

#[test]
fn a_long_opening_paragraph_does_not_cut_off_the_next_ones() {
    // Four sentences in the first paragraph, left open as the convention
    // for a quotation running over paragraphs asks.
    let text = "MINSK, 3 May (BelTA) - The President met the governor of Kaluga Region.\n\n\
                Opening the talks, the head of state said: “We value these ties. Our plants \
                share thousands of orders. Trade grew last year. That is not the limit.\n\n\
                “The sanctions hurt us both. We will build the parts ourselves.\n\n\
                “Set firm dates, and I will check them myself.”\n";
    let opener = speaker_of(text, "We value");
    assert!(opener.is_some(), "{opener:?}");
    for words in ["sanctions hurt", "firm dates"] {
        assert_eq!(speaker_of(text, words), opener, "{words}");
    }
}
