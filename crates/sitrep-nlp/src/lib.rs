//! Trained NLP components over the document model: POS tagger, lemmatizer, dependency parser, named-entity recognizer.
