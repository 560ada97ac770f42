//! Trained NLP components over the document model: POS tagger, lemmatizer, dependency parser, named-entity recognizer.

pub mod lemma;
pub mod ner;
pub mod parser;
pub mod tagger;
