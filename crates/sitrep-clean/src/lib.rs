//! Turns raw documents into clean text plus metadata: charset, HTML main text, plain-text boilerplate, datelines, language.
//!
//! Owned modules: `html` (main-text extraction and metadata from HTML) and the
//! plain-text side (`charset`, `text`, `dateline`). The entry point is
//! `clean(RawDocument) -> Result<Doc, CleanError>`.

pub mod html;
