//! No input makes the recognizers panic, and every span they return lies on
//! character boundaries of the text. Also: objects read from a dependency parse.

#![allow(clippy::unwrap_used)]

use proptest::prelude::*;
use sitrep_core::{Doc, Source, SourceFormat, Span, Stage, Token};
use sitrep_time::{
    find_numbers, find_quantities, find_times, infer_document_year, Anchor, TimeStage,
};

const WORDS: &[&str] = &[
    "15",
    "October",
    "Oct",
    ".",
    ",",
    "2025",
    "-",
    "2030",
    "last",
    "next",
    "year",
    "the",
    "a",
    "years",
    "ago",
    "later",
    "more",
    "than",
    "400",
    "of",
    "623",
    "events",
    "half",
    "third",
    "quarter",
    "Q3",
    "summer",
    "every",
    "other",
    "daily",
    "17:34",
    "10",
    "a.m.",
    "p",
    "m",
    "Tuesday",
    "on",
    "$",
    "5",
    "million",
    "€",
    "%",
    "between",
    "and",
    "to",
    "several",
    "thousand",
    "dozens",
    "1990s",
    "13.12.2023",
    "2025-10-15",
    "’",
    "Минск",
    "twenty",
    "-",
    "first",
    "century",
    "up",
    "at",
    "least",
    "nearly",
    "in",
    "weeks",
    "following",
    "day",
    "30SM",
    "SU",
    "9999",
    "0",
    "00:00",
];

fn check(text: &str, anchor: Option<&Anchor>) {
    for t in find_times(text, anchor) {
        assert!(
            text.get(t.span.start..t.span.end).is_some(),
            "time span {:?} in {text:?}",
            t.span
        );
        assert!(t.span.start < t.span.end);
    }
    for q in find_quantities(text, &[]) {
        assert!(
            text.get(q.span.start..q.span.end).is_some(),
            "quantity span {:?} in {text:?}",
            q.span
        );
        if let Some(u) = q.unit_span {
            assert!(text.get(u.start..u.end).is_some());
        }
    }
    for n in find_numbers(text) {
        assert!(text.get(n.span.start..n.span.end).is_some());
    }
    let _ = infer_document_year(text);
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,80}", y in 1i32..9999, m in 0u8..14, d in 0u8..33) {
        let anchor = Anchor::parse(&format!("{y:04}-{m:02}-{d:02}"));
        check(&text, anchor.as_ref());
        check(&text, None);
    }

    #[test]
    fn word_salad_never_panics(idx in proptest::collection::vec(0usize..WORDS.len(), 0..30), spaces in proptest::collection::vec(any::<bool>(), 30)) {
        let mut text = String::new();
        for (k, i) in idx.iter().enumerate() {
            if spaces[k] { text.push(' '); }
            text.push_str(WORDS[*i]);
        }
        check(&text, Anchor::parse("2025-10-15").as_ref());
        check(&text, None);
        // The stage with a garbage token layer (heads out of range) must cope too.
        let tokens: Vec<Token> = (0..idx.len()).map(|k| Token { span: Span::new(k, k + 1), upos: "NUM".into(), head: Some((k * 7 + 3) as u32), deprel: "nummod".into(), ..Token::default() }).collect();
        let mut doc = Doc::new("x".into(), Source { path: "-".into(), url: None, format: SourceFormat::Text, record: 0 }, String::new(), text.clone());
        doc.layers.tokens = tokens;
        TimeStage.run(&mut doc);
    }
}

fn tok(text: &str, word: &str, from: usize, upos: &str, head: Option<u32>, deprel: &str) -> Token {
    let start = text[from..].find(word).map(|p| p + from).unwrap_or(0);
    Token {
        span: Span::new(start, start + word.len()),
        upos: upos.into(),
        head,
        deprel: deprel.into(),
        ..Token::default()
    }
}

#[test]
fn object_from_parse_follows_nummod_and_compounds() {
    // "Russia sent two reinforced tank battalions ." with a UD parse.
    let text = "Russia sent two reinforced tank battalions .";
    let tokens = vec![
        tok(text, "Russia", 0, "PROPN", Some(1), "nsubj"),
        tok(text, "sent", 0, "VERB", None, "root"),
        tok(text, "two", 0, "NUM", Some(5), "nummod"),
        tok(text, "reinforced", 0, "ADJ", Some(5), "amod"),
        tok(text, "tank", 0, "NOUN", Some(5), "compound"),
        tok(text, "battalions", 0, "NOUN", Some(1), "obj"),
        tok(text, ".", 0, "PUNCT", Some(1), "punct"),
    ];
    let qs = find_quantities(text, &tokens);
    assert_eq!(qs.len(), 1);
    assert_eq!(qs[0].unit.as_deref(), Some("tank battalions"));
    let span = qs[0].unit_span.expect("unit span");
    assert_eq!(&text[span.start..span.end], "tank battalions");
}

#[test]
fn object_from_parse_for_partitives() {
    let text = "more than 300 of the 623 events";
    let tokens = vec![
        tok(text, "more", 0, "ADJ", Some(2), "advmod"),
        tok(text, "than", 0, "ADP", Some(0), "fixed"),
        tok(text, "300", 0, "NUM", None, "root"),
        tok(text, "of", 0, "ADP", Some(6), "case"),
        tok(text, "the", 0, "DET", Some(6), "det"),
        tok(text, "623", 0, "NUM", Some(6), "nummod"),
        tok(text, "events", 0, "NOUN", Some(2), "nmod"),
    ];
    let qs = find_quantities(text, &tokens);
    let q300 = qs.iter().find(|q| q.value == 300.0).expect("300");
    assert_eq!(q300.unit.as_deref(), Some("events"));
    let q623 = qs.iter().find(|q| q.value == 623.0).expect("623");
    assert_eq!(q623.unit.as_deref(), Some("events"));
}

#[test]
fn object_from_parse_leaves_out_names_and_reads_number_words_as_modifiers() {
    // "49 Belarusian Armed Forces instructors": the names say whose.
    let text = "49 Belarusian Armed Forces instructors trained";
    let tokens = vec![
        tok(text, "49", 0, "NUM", Some(4), "nummod"),
        tok(text, "Belarusian", 0, "ADJ", Some(4), "amod"),
        tok(text, "Armed", 0, "PROPN", Some(4), "compound"),
        tok(text, "Forces", 0, "PROPN", Some(4), "compound"),
        tok(text, "instructors", 0, "NOUN", Some(5), "nsubj"),
        tok(text, "trained", 0, "VERB", None, "root"),
    ];
    let qs = find_quantities(text, &tokens);
    assert_eq!(qs[0].unit.as_deref(), Some("instructors"));
    // "several thousand soldiers" with "thousand" tagged as an adjective.
    let text = "of several thousand soldiers";
    let tokens = vec![
        tok(text, "of", 0, "ADP", Some(3), "case"),
        tok(text, "several", 0, "ADJ", Some(3), "amod"),
        tok(text, "thousand", 0, "ADJ", Some(3), "amod"),
        tok(text, "soldiers", 0, "NOUN", None, "root"),
    ];
    let qs = find_quantities(text, &tokens);
    assert_eq!(qs[0].unit.as_deref(), Some("soldiers"), "{qs:?}");
}
