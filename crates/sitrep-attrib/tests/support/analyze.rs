//! The full pipeline plus attribution on invented text, shared by the
//! integration tests (each declares the `polnear` support module at its root).

use sitrep_core::{Doc, Quote, Stage};

pub fn analyze(text: &str) -> Doc {
    let pipeline = sitrep_pipeline::Pipeline::standard(sitrep_pipeline::Depth::Full)
        .expect("the embedded models load");
    let mut doc = crate::polnear::doc_for("test", text);
    pipeline.annotate(&mut doc);
    sitrep_attrib::AttributionStage.run(&mut doc);
    doc
}

/// (speaker, direct, content text) of every quote.
pub fn quotes(doc: &Doc) -> Vec<(Option<String>, bool, String)> {
    doc.layers
        .quotes
        .iter()
        .map(|q| {
            (
                q.speaker.clone(),
                q.direct,
                doc.slice(q.content).to_string(),
            )
        })
        .collect()
}

/// The speaker of the quote of `text` whose content holds `content_word`.
pub fn speaker_of(text: &str, content_word: &str) -> Option<String> {
    let doc = analyze(text);
    let q = quotes(&doc);
    q.iter()
        .find(|(_, _, c)| c.contains(content_word))
        .unwrap_or_else(|| panic!("no quote with {content_word:?}: {q:#?}"))
        .0
        .clone()
}

/// The first quote of `doc` whose content holds `needle`.
pub fn quote_with<'d>(doc: &'d Doc, needle: &str) -> Option<&'d Quote> {
    doc.layers
        .quotes
        .iter()
        .find(|q| doc.slice(q.content).contains(needle))
}
