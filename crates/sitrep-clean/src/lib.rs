//! Turns raw documents into clean text plus metadata: charset, HTML main text, plain-text boilerplate, datelines, language.
