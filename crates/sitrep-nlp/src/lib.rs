//! Trained NLP components over the document model: POS tagger, lemmatizer, dependency parser, named-entity recognizer.
//!
//! The core (tagger, lemmatizer, parser) is trained on UD English EWT; see
//! `docs/models/tagger-parser.md`. [`CoreModels`] bundles the three committed
//! models and runs them as one pipeline stage.

pub mod clusters;
mod core_eval;
mod core_models;
pub mod corpus;
pub mod lemma;
pub mod ner;
pub mod parser;
pub mod tagger;

pub use core_eval::{
    analyze_text, analyze_words, evaluate_gold_tokens, evaluate_raw_text, treebank_text,
};
pub use core_models::{
    CoreModelError, CoreModels, WordAnalysis, LEMMA_FILE, PARSER_FILE, TAGGER_FILE,
};
