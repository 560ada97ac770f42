//! Adapters that present each stage crate as a [`Stage`], and the standard
//! order they run in.

use sitrep_core::{Doc, Layer, Stage};

use crate::PipelineError;

/// Tokens and sentences (`sitrep-text`).
pub struct TokenizeStage;

impl Stage for TokenizeStage {
    fn name(&self) -> &'static str {
        "tokenize"
    }
    fn requires(&self) -> &'static [Layer] {
        &[Layer::Text]
    }
    fn provides(&self) -> &'static [Layer] {
        &[Layer::Tokens, Layer::Sentences]
    }
    fn run(&self, doc: &mut Doc) {
        let (tokens, sentences) = sitrep_text::sentences::tokenize_and_split(&doc.text);
        doc.layers.tokens = tokens;
        doc.layers.sentences = sentences;
    }
}

/// The standard English stages, with the models embedded in the binary.
pub(crate) fn standard() -> Result<Vec<Box<dyn Stage>>, PipelineError> {
    let core =
        sitrep_nlp::CoreModels::embedded().map_err(|e| PipelineError::Models(e.to_string()))?;
    let ner = sitrep_nlp::ner::Ner::embedded().map_err(|e| PipelineError::Models(e.to_string()))?;
    Ok(vec![
        Box::new(TokenizeStage),
        Box::new(core),
        Box::new(ner),
        Box::new(sitrep_time::TimeStage),
        Box::new(sitrep_attrib::AttributionStage),
        Box::new(sitrep_events::EventStage::new()),
    ])
}
