//! Question-and-answer write-ups, a pronoun speaker carried across a long
//! quotation, and opinions framed by "In her view": invented text through
//! the full pipeline.
// The shared PolNeAR support module exports more than these tests use.
#![allow(clippy::unwrap_used, unused_imports, dead_code)]

#[path = "support/polnear.rs"]
mod polnear;

#[path = "support/analyze.rs"]
mod support_analyze;
use support_analyze::{analyze, quote_with, speaker_of};

const PRESS_CONFERENCE: &str = "Air force chief says no new bases\n\
    2 May 2026\n\n\
    MINSK, May 2 (Interfax) - Commander of the Air Force Major General Andrei Lukyanovich \
    gave a press conference in Minsk on Saturday. Interfax publishes his answers.\n\n\
    Interfax: Will Russian aircraft be based at Lida this year?\n\n\
    \u{2014} No such plans exist. Our own squadrons fly from Lida, and they will go on doing so.\n\n\
    Olga Petrova, Zvezda TV: Polish media report a new radar near Brest. Is that true?\n\n\
    \u{2014} The radar was moved there in March during a routine exercise.\n\n\
    Asked about the Su-30SM2 deliveries, Lukyanovich replied:\n\n\
    \u{2014} Four more fighters will arrive before the end of the year.\n";

#[test]
fn questions_belong_to_their_askers() {
    assert_eq!(
        speaker_of(PRESS_CONFERENCE, "Will Russian aircraft").as_deref(),
        Some("Interfax")
    );
    assert_eq!(
        speaker_of(PRESS_CONFERENCE, "new radar near Brest").as_deref(),
        Some("Olga Petrova")
    );
}

#[test]
fn dash_answers_belong_to_the_interviewee() {
    for answer in [
        "No such plans exist",
        "moved there in March",
        "Four more fighters",
    ] {
        assert_eq!(
            speaker_of(PRESS_CONFERENCE, answer).as_deref(),
            Some("Andrei Lukyanovich"),
            "{answer:?}"
        );
    }
    let doc = analyze(PRESS_CONFERENCE);
    let answer = quote_with(&doc, "No such plans").unwrap();
    assert!(answer.direct);
    // The answer's span is the answer, not a stretch back to the name.
    assert!(
        doc.slice(answer.span).starts_with("No such plans"),
        "{answer:?}"
    );
}

#[test]
fn dashes_outside_an_interview_stay_unattributed() {
    let text = "Exercise plan approved\n\n\
        The ministers approved the plan for 2027.\n\n\
        \u{2014} The first stage will be held in March near Brest.\n";
    let doc = analyze(text);
    assert!(
        !doc.layers
            .quotes
            .iter()
            .any(|q| doc.slice(q.content).contains("first stage") && q.speaker.is_some()),
        "{:?}",
        doc.layers.quotes
    );
}

#[test]
fn a_pronoun_speaker_carries_through_a_long_quotation() {
    let text = "Anna Kowalska, an analyst in Warsaw, expects more drills. \"The pace will grow,\" she said.\n\n\
        Igor Markov, a retired colonel who served in the air force until 2019 and now teaches \
        at a private academy in Vilnius, is more cautious about the coming year. He argues that \
        the drills are mostly political, because the command remains in other hands. 'The crews \
        trained on new launchers in 2023, and the pilots were retrained at two ranges the same \
        year, but every decision still runs through the capital,' he said.\n";
    assert_eq!(
        speaker_of(text, "every decision").as_deref(),
        Some("Igor Markov")
    );
}

#[test]
fn in_her_view_frames_an_opinion() {
    let text = "Anna Kowalska, an analyst in Warsaw, spoke to reporters. In her view, \
        the next exercise will be larger than the last one.\n";
    assert_eq!(
        speaker_of(text, "next exercise will be larger").as_deref(),
        Some("Anna Kowalska")
    );
}

#[test]
fn a_transcript_question_is_quoted_once() {
    let text = "Interview with the air force chief\n\
        2 May 2026\n\n\
        Commander of the Air Force Andrei Lukyanovich spoke to Olga Petrova of Zvezda TV.\n\n\
        Olga Petrova: Will Russian aircraft be based at Lida this year?\n\n\
        \u{2014} No such plans exist.\n";
    let doc = analyze(text);
    let asked = doc
        .layers
        .quotes
        .iter()
        .filter(|q| doc.slice(q.content).contains("Russian aircraft"))
        .count();
    assert_eq!(asked, 1, "{:?}", doc.layers.quotes);
    assert_eq!(
        speaker_of(text, "Russian aircraft").as_deref(),
        Some("Olga Petrova")
    );
    // Named more often than the interviewee, the asker still does not answer.
    assert_eq!(
        speaker_of(text, "No such plans").as_deref(),
        Some("Andrei Lukyanovich")
    );
}
