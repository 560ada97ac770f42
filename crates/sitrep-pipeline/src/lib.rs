//! Composes the stage crates into the sitrep pipeline: raw document in,
//! annotated [`Doc`] out.
//!
//! The pipeline is a list of [`Stage`]s run in order after cleaning. Each
//! stage declares the layers it needs and provides; [`Pipeline::new`] checks
//! the order once, so a mis-wired pipeline fails at start-up rather than
//! producing silently empty layers.

mod stages;

use std::time::{Duration, Instant};

use sitrep_core::{Diagnostic, Doc, Layer, RawDocument, Severity, Stage};
use thiserror::Error;

pub use sitrep_clean::CleanOptions;
pub use stages::TokenizeStage;

#[derive(Debug, Error)]
pub enum PipelineError {
    #[error("{0}")]
    Clean(#[from] sitrep_clean::CleanError),
    #[error("stage `{stage}` needs layer {layer:?}, which no earlier stage provides")]
    MissingLayer { stage: &'static str, layer: Layer },
    #[error("loading models: {0}")]
    Models(String),
}

/// Which stages to run after cleaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Depth {
    /// Cleaning only: text, metadata, language.
    Clean,
    /// Everything the product has.
    #[default]
    Full,
}

pub struct Pipeline {
    clean: CleanOptions,
    stages: Vec<Box<dyn Stage>>,
}

impl Pipeline {
    /// A pipeline from explicit stages; fails if a stage's required layers
    /// are not provided by cleaning or an earlier stage.
    pub fn new(
        clean: CleanOptions,
        stages: Vec<Box<dyn Stage>>,
    ) -> Result<Pipeline, PipelineError> {
        let mut have = vec![Layer::Text, Layer::Language];
        for stage in &stages {
            for layer in stage.requires() {
                if !have.contains(layer) {
                    return Err(PipelineError::MissingLayer {
                        stage: stage.name(),
                        layer: *layer,
                    });
                }
            }
            have.extend_from_slice(stage.provides());
        }
        Ok(Pipeline { clean, stages })
    }

    /// The standard English pipeline with the models embedded in the binary.
    pub fn standard(depth: Depth) -> Result<Pipeline, PipelineError> {
        let stages = match depth {
            Depth::Clean => Vec::new(),
            Depth::Full => stages::standard()?,
        };
        Pipeline::new(CleanOptions::default(), stages)
    }

    pub fn stage_names(&self) -> Vec<&'static str> {
        self.stages.iter().map(|s| s.name()).collect()
    }

    /// Clean one raw document and run every stage over it.
    pub fn process(&self, raw: RawDocument) -> Result<Doc, PipelineError> {
        let mut doc = sitrep_clean::clean(raw, &self.clean)?;
        self.annotate(&mut doc);
        Ok(doc)
    }

    /// Run the stages over an already-cleaned document.
    pub fn annotate(&self, doc: &mut Doc) {
        let skipped = self.skipped_for(doc);
        for (stage, skip) in self.stages.iter().zip(&skipped) {
            if !skip {
                stage.run(doc);
            }
        }
        self.note_skipped(doc, &skipped);
    }

    /// Which stages do not apply to the document's detected language. A
    /// document whose language is unknown (too short to tell) runs them all.
    fn skipped_for(&self, doc: &Doc) -> Vec<bool> {
        let language = doc.meta.language.as_deref();
        self.stages
            .iter()
            .map(|stage| match (language, stage.languages()) {
                (Some(lang), Some(supported)) => !supported.contains(&lang),
                _ => false,
            })
            .collect()
    }

    fn note_skipped(&self, doc: &mut Doc, skipped: &[bool]) {
        let names: Vec<&str> = self
            .stages
            .iter()
            .zip(skipped)
            .filter(|(_, skip)| **skip)
            .map(|(stage, _)| stage.name())
            .collect();
        if names.is_empty() {
            return;
        }
        doc.diagnostics.push(Diagnostic {
            stage: "pipeline".to_string(),
            severity: Severity::Warning,
            message: format!(
                "text detected as `{}`: skipped the English-only stages {}; only sentences and tokens are given",
                doc.meta.language.as_deref().unwrap_or("?"),
                names.join(", ")
            ),
        });
    }

    /// [`Pipeline::process`], adding each step's wall time to `times`
    /// (cleaning first, then the stages in order). For benchmarks.
    pub fn process_timed(
        &self,
        raw: RawDocument,
        times: &mut StageTimes,
    ) -> Result<Doc, PipelineError> {
        let start = Instant::now();
        let mut doc = sitrep_clean::clean(raw, &self.clean)?;
        times.add("clean", start.elapsed());
        let skipped = self.skipped_for(&doc);
        for (stage, skip) in self.stages.iter().zip(&skipped) {
            if !skip {
                let start = Instant::now();
                stage.run(&mut doc);
                times.add(stage.name(), start.elapsed());
            }
        }
        self.note_skipped(&mut doc, &skipped);
        Ok(doc)
    }
}

/// Accumulated wall time per pipeline step, in pipeline order.
#[derive(Debug, Default, Clone)]
pub struct StageTimes {
    pub steps: Vec<(&'static str, Duration)>,
}

impl StageTimes {
    pub fn add(&mut self, name: &'static str, took: Duration) {
        match self.steps.iter_mut().find(|(n, _)| *n == name) {
            Some((_, total)) => *total += took,
            None => self.steps.push((name, took)),
        }
    }

    pub fn total(&self) -> Duration {
        self.steps.iter().map(|(_, d)| *d).sum()
    }
}
