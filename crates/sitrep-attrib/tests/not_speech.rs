//! Attributions that need someone speaking (see `src/screen.rs`), the
//! speaker of "the statement", and polls as sources; invented text through
//! the full pipeline.
// The shared PolNeAR support module exports more than these tests use.
#![allow(clippy::unwrap_used, unused_imports, dead_code)]

#[path = "support/polnear.rs"]
mod polnear;

use sitrep_core::{Attribution, Doc};

#[path = "support/analyze.rs"]
mod support_analyze;
use support_analyze::{analyze, quote_with, quotes};

/// The claim of the sentence holding `needle`.
fn claim_of(doc: &Doc, needle: &str) -> Option<Attribution> {
    doc.layers
        .claims
        .iter()
        .find(|c| doc.slice(c.span).contains(needle))
        .map(|c| c.attribution)
}

/// "described as X by senior diplomats": the agent is the speaker and the
/// content is the whole characterisation up to it.
#[test]
fn a_passive_characterisation_is_quoted_from_its_agent() {
    let doc = analyze(
        "Finland and Estonia keep close naval ties that are described as pragmatic and mutually useful by senior diplomats.\n",
    );
    let q = quotes(&doc);
    assert!(
        q.iter()
            .any(|(s, _, c)| s.as_deref() == Some("senior diplomats")
                && c == "pragmatic and mutually useful"),
        "{q:#?}"
    );
}

/// "is framed as" with nobody framing it quotes nobody; the sentence is
/// a hedged claim.
#[test]
fn a_passive_characterisation_without_agent_is_no_quote() {
    let doc = analyze(
        "Overall, the Nordic security arrangement is framed as a calming force in the Baltic, resting on shared rules.\n",
    );
    let q = quotes(&doc);
    assert!(q.iter().all(|(_, _, c)| !c.contains("calming")), "{q:#?}");
    assert_eq!(claim_of(&doc, "framed"), Some(Attribution::Hedged));
}

/// "The statement signaled" is the statement of whoever spoke just
/// before; a statement with nobody before it has no speaker, and is
/// still an attributed claim.
#[test]
fn a_statement_speaks_for_who_made_it() {
    let doc = analyze(
        "Speaking in Tallinn, Defence Minister Kaarel Tamm praised the readiness of the coastal units. The statement signaled a firm commitment to coastal defence.\n",
    );
    let speaker_of = |needle: &str| quote_with(&doc, needle).map(|q| q.speaker.clone());
    assert_eq!(
        speaker_of("firm commitment"),
        Some(Some("Kaarel Tamm".to_string())),
        "{:#?}",
        quotes(&doc)
    );
    let doc =
        analyze("The statement signaled a firm commitment to coastal defence and self-reliance.\n");
    let q = quotes(&doc);
    assert!(
        q.iter().all(|(s, _, _)| s.as_deref() != Some("statement")),
        "{q:#?}"
    );
    assert_eq!(claim_of(&doc, "signaled"), Some(Attribution::Source));
}

/// "exercises … illustrate an approach" describes the world; people and
/// records that show something are still quoted.
#[test]
fn evidence_verbs_need_a_speaking_subject() {
    let doc = analyze(
        "The regular exercises and joint procurement in radar, shipbuilding, and logistics capabilities illustrate a broad approach to maritime security for both countries.\n",
    );
    let q = quotes(&doc);
    assert!(
        q.iter().all(|(_, _, c)| !c.contains("broad approach")),
        "{q:#?}"
    );
    let doc = analyze(
        "The new survey shows that most Estonians back higher defence spending. Officials in Helsinki illustrated the point with new figures.\n",
    );
    let q = quotes(&doc);
    assert!(
        q.iter().any(|(_, _, c)| c.contains("most Estonians back")),
        "{q:#?}"
    );
    assert!(q.iter().any(|(_, _, c)| c.contains("the point")), "{q:#?}");
    // A person by the ending of the noun, and "it" for an organisation.
    let doc = analyze(
        "The former lecturer confirmed that he had met the group twice. The Baltic Audit Office published its review on Monday. It also suggests that the ministry should cut its fleet of cars.\n",
    );
    let q = quotes(&doc);
    assert!(
        q.iter().any(|(_, _, c)| c.contains("met the group")),
        "{q:#?}"
    );
    assert!(
        q.iter().any(|(_, _, c)| c.contains("fleet of cars")),
        "{q:#?}"
    );
}

/// "In a survey released Monday, most Estonians backed …": the survey is
/// the source, the clause after the comma the content; "in the polls" in
/// mid-sentence is not an attribution.
#[test]
fn a_poll_opening_the_sentence_is_its_source() {
    let doc = analyze(
        "In a new Eurobarometer survey released Monday, most Estonians backed higher defence spending. He still trails in the polls.\n",
    );
    let q = &doc.layers.quotes;
    let poll = q
        .iter()
        .find(|q| q.cue.is_some_and(|c| doc.slice(c) == "In"))
        .unwrap_or_else(|| panic!("{:#?}", quotes(&doc)));
    assert_eq!(
        poll.speaker_span.map(|s| doc.slice(s)),
        Some("a new Eurobarometer survey released Monday")
    );
    assert_eq!(
        doc.slice(poll.content),
        "most Estonians backed higher defence spending"
    );
    assert!(q.iter().all(|q| !doc.slice(q.content).contains("trails")));
}

/// “…,” NAME, apposition, said: the stretch between quotation and cue is
/// the source, also when the parse hung it inside the complement.
#[test]
fn a_name_with_apposition_between_quotation_and_cue_is_the_source() {
    let doc = analyze(
        "Talks in Riga ended without a deal on Tuesday.\n\n“Children who flee the fighting are required to wait for months in the camps,” Andris Liepa, refugee program director at the Baltic Aid Network, said in a statement.\n\n\"Both candidates scare me,\" Karlis Vitols, 30, of Jelgava, who was among those polled, said.\n",
    );
    let source_of = |needle: &str| {
        quote_with(&doc, needle).map(|q| {
            (
                q.speaker.clone(),
                q.speaker_span.map(|s| doc.slice(s).to_string()),
                doc.slice(q.content).to_string(),
            )
        })
    };
    let (speaker, span, _) =
        source_of("flee the fighting").unwrap_or_else(|| panic!("{:#?}", quotes(&doc)));
    assert_eq!(speaker.as_deref(), Some("Andris Liepa"));
    assert_eq!(
        span.as_deref(),
        Some("Andris Liepa, refugee program director at the Baltic Aid Network")
    );
    let (speaker, _, content) =
        source_of("scare me").unwrap_or_else(|| panic!("{:#?}", quotes(&doc)));
    assert_eq!(speaker.as_deref(), Some("Karlis Vitols"));
    assert_eq!(content, "\"Both candidates scare me,\"");
}

/// "issued the following statement:" announces the quotation after the
/// colon, in the next paragraph too; the announcing object is not content.
#[test]
fn the_following_statement_is_the_quotation_after_the_colon() {
    let doc = analyze(
        "The Latvian foreign ministry issued the following statement:\n\n“Latvia condemns the incursion and has summoned the ambassador.”\n",
    );
    let q = quotes(&doc);
    assert!(
        q.iter()
            .any(|(_, d, c)| *d && c.contains("condemns the incursion")),
        "{q:#?}"
    );
    assert!(
        q.iter().all(|(_, _, c)| c != "the following statement"),
        "{q:#?}"
    );
}

/// "Blake: No one …" in a transcript is Blake speaking; "Update: …" is
/// not.
#[test]
fn a_transcript_line_is_its_speaker_talking() {
    let doc = analyze(
        "A panel led by the television host Daniel Harwood and the reporter Susan Blake met in London on Saturday.\n\nHarwood: Well, speculation is bad.\n\nBlake: No one calls their pension speculation.\n\nHarwood: Here is the irony of our time: everybody hates bankers.\n\nUpdate: The meeting ended early.\n",
    );
    let q = quotes(&doc);
    let said = |who: &str, what: &str| {
        q.iter()
            .any(|(s, _, c)| s.as_deref() == Some(who) && c.contains(what))
    };
    assert!(said("Susan Blake", "No one calls"), "{q:#?}");
    assert!(said("Daniel Harwood", "the irony of our time"), "{q:#?}");
    assert!(
        q.iter().all(|(_, _, c)| !c.contains("ended early")),
        "{q:#?}"
    );
}

/// A date is never the speaker ("One month after announcing her
/// candidacy, …" once made "One month" announce it).
#[test]
fn a_date_is_no_speaker() {
    let doc = analyze(
        "Riga was quiet.\n\nOne month after announcing her candidacy, Susan Blake believes that the race is still open.\n",
    );
    let q = quotes(&doc);
    assert!(
        q.iter().all(|(s, _, _)| s.as_deref() != Some("One month")),
        "{q:#?}"
    );
    assert!(
        q.iter()
            .any(|(s, _, c)| s.as_deref() == Some("Susan Blake") && c.contains("still open")),
        "{q:#?}"
    );
}

/// A programme name in quotation marks next to the cue ("said on Latvian
/// Radio's “Morning Panorama,” that …") is not what was said, and the
/// clause after it keeps its "that".
#[test]
fn a_quoted_programme_name_is_not_the_content() {
    let doc = analyze(
        "Riga was quiet on Sunday.\n\nOzols said on Latvian Radio’s “Morning Panorama,” that Kalnins showed poor judgment.\n",
    );
    let q = quotes(&doc);
    assert!(
        q.iter()
            .any(|(_, _, c)| c == "that Kalnins showed poor judgment"),
        "{q:#?}"
    );
    assert!(
        q.iter().all(|(_, _, c)| !c.contains("Morning Panorama")),
        "{q:#?}"
    );
}

/// "concluded the final round of negotiations" is an event inside what the
/// Commission said; "concluded that" stays a report.
#[test]
fn concluding_talks_is_no_quote() {
    let doc = analyze(
        "BRUSSELS, 18 June (Reuters) - Latvia and Estonia concluded the final round of negotiations on a joint defence procurement agreement in Tallinn on Tuesday, the European Commission said in a statement. The auditors concluded that the costs had doubled.\n",
    );
    let q = quotes(&doc);
    assert!(
        q.iter()
            .any(|(_, _, c)| c.starts_with("Latvia and Estonia concluded the final round")),
        "{q:#?}"
    );
    assert!(
        q.iter().all(|(_, _, c)| !c.starts_with("the final round")),
        "{q:#?}"
    );
    assert!(
        q.iter().any(|(_, _, c)| c.contains("costs had doubled")),
        "{q:#?}"
    );
}

/// A nationality in a description must fit the person it resolves to: "the
/// Lithuanian minister" is not the head of the Polish delegation, while
/// "the Belarusian minister" may be a defence minister whose title states
/// no nationality.
#[test]
fn a_description_with_another_nationality_is_not_the_last_titled_person() {
    let doc = analyze(
        "Marta Nowak, head of the Polish delegation, said the two countries would set up a joint unit. \
         According to the Lithuanian minister, the sides also discussed drone incursions.\n",
    );
    let q = quotes(&doc);
    let according = q
        .iter()
        .find(|(_, _, content)| content.contains("drone"))
        .expect("the according-to attribution");
    assert_ne!(according.0.as_deref(), Some("Marta Nowak"), "{q:#?}");
    let doc = analyze(
        "Defence Minister Viktor Khrenin met a Chinese delegation. The Belarusian minister said the talks were useful.\n",
    );
    let q = quotes(&doc);
    assert!(
        q.iter()
            .any(|(s, _, _)| s.as_deref() == Some("Viktor Khrenin")),
        "{q:#?}"
    );
}

/// Going over something is an activity, not a report of what was said;
/// a clause of findings still makes it one.
#[test]
fn reviewing_and_discussing_a_thing_is_not_a_quote() {
    for text in [
        "The parties reviewed the progress of the joint programme.\n",
        "The ministers discussed improvements to joint air defence systems.\n",
        "Inspectors will monitor the withdrawal of heavy weapons.\n",
    ] {
        let doc = analyze(text);
        assert!(quotes(&doc).is_empty(), "{text}: {:#?}", quotes(&doc));
    }
    let doc = analyze("The auditors reviewed the accounts and said the ministry had overspent.\n");
    assert!(!quotes(&doc).is_empty());
}
