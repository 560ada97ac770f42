//! Arbitrary text through every analysis stage (tokens, tags, parse,
//! entities, times, quantities, quotes, claims, events). No stage may panic,
//! and every span any stage emits must slice the text on character
//! boundaries: spans are the citations, so a bad one is a wrong citation.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use sitrep_core::{Doc, Source, SourceFormat, Span};
use sitrep_pipeline::{Depth, Pipeline};

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| match Pipeline::standard(Depth::Full) {
        Ok(p) => p,
        Err(e) => panic!("the embedded models must load: {e}"),
    })
}

fn check(text: &str, span: Span) {
    assert!(span.start <= span.end && span.text(text).is_some(), "bad span {span:?}");
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let source = Source { path: "fuzz".into(), url: None, format: SourceFormat::Text, record: 0 };
    let mut doc = Doc::new("0".repeat(16), source, String::new(), text.to_string());
    pipeline().annotate(&mut doc);
    let l = &doc.layers;
    l.sentences.iter().for_each(|s| check(text, s.span));
    l.tokens.iter().for_each(|t| check(text, t.span));
    l.entities.iter().for_each(|e| check(text, e.span));
    l.times.iter().for_each(|t| check(text, t.span));
    l.quantities.iter().for_each(|q| check(text, q.span));
    for q in &l.quotes {
        check(text, q.span);
        check(text, q.content);
        q.cue
            .into_iter()
            .chain(q.speaker_span)
            .chain(q.speaker_title_span)
            .for_each(|s| check(text, s));
    }
    for e in &l.events {
        check(text, e.trigger);
        check(text, e.span);
        assert!((e.sentence as usize) < l.sentences.len().max(1));
    }
    let heads_ok = l.tokens.iter().all(|t| t.head.map_or(true, |h| (h as usize) < l.tokens.len()));
    assert!(heads_ok, "a head points outside the document");
});
