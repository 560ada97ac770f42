//! The pipeline stage.

use sitrep_core::{Doc, Layer, PublishedBasis, Stage};

use crate::anchor::Anchor;
use crate::lex::Scan;
use crate::quantities::quantities_in;
use crate::times::find_times_in;

/// Fills `times` and `quantities` from `Doc.text`, anchored on
/// `Doc.meta.published` (its year inferred from the content when missing).
///
/// Recognition does not depend on tokens; when the token layer carries a
/// dependency parse it is used for the counted object of quantities.
#[derive(Debug, Default, Clone, Copy)]
pub struct TimeStage;

impl TimeStage {
    /// The anchor for a document: `published` when known, else a year
    /// inferred from the text, else nothing.
    pub fn anchor_of(doc: &Doc) -> Option<Anchor> {
        let published = doc.meta.published.as_ref();
        let parsed = published
            .and_then(|p| Anchor::parse(&p.value))
            .map(|mut a| {
                if published.is_some_and(|p| p.basis == PublishedBasis::Inferred) {
                    a.year_inferred = true;
                    a.evidence = published.and_then(|p| p.evidence.clone());
                }
                a
            });
        match parsed {
            Some(a) if a.year.is_some() => Some(a),
            Some(a) => Some(a.with_inferred_year(&doc.text)),
            None => {
                let a = Anchor::default().with_inferred_year(&doc.text);
                a.year.is_some().then_some(a)
            }
        }
    }
}

impl Stage for TimeStage {
    fn name(&self) -> &'static str {
        "time"
    }

    fn requires(&self) -> &'static [Layer] {
        &[Layer::Text]
    }

    fn provides(&self) -> &'static [Layer] {
        &[Layer::Times, Layer::Quantities]
    }

    fn languages(&self) -> Option<&'static [&'static str]> {
        Some(&["en"])
    }

    fn run(&self, doc: &mut Doc) {
        let anchor = TimeStage::anchor_of(doc);
        let scan = Scan::new(&doc.text);
        let times = find_times_in(&scan, anchor.as_ref());
        let quantities = quantities_in(&scan, &doc.layers.tokens, &times);
        if let Some(a) = anchor
            .as_ref()
            .filter(|a| a.year_inferred && doc.meta.published.is_none())
        {
            let msg = format!(
                "document year {} inferred from the text ({})",
                a.year.unwrap_or(0),
                a.evidence.as_deref().unwrap_or("")
            );
            doc.diagnostics.push(sitrep_core::Diagnostic {
                stage: "time".into(),
                severity: sitrep_core::Severity::Info,
                message: msg,
            });
        }
        doc.layers.times = times;
        doc.layers.quantities = quantities;
    }
}
