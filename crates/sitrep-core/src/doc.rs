use serde::{Deserialize, Serialize};

use crate::layers::Layers;
use crate::span::Span;

/// The container format a document came from (contract field `source.format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceFormat {
    Text,
    Html,
    Warc,
    Feed,
    Jsonl,
}

impl SourceFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceFormat::Text => "text",
            SourceFormat::Html => "html",
            SourceFormat::Warc => "warc",
            SourceFormat::Feed => "feed",
            SourceFormat::Jsonl => "jsonl",
        }
    }
}

/// Where a document came from: enough to find its bytes again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The input path as given (`-` for stdin).
    pub path: String,
    /// The document's URL, when the container or the page names one.
    pub url: Option<String>,
    pub format: SourceFormat,
    /// Index of the record within a multi-document container (WARC record,
    /// feed item, JSONL line), counting from 0; 0 for single documents.
    pub record: u64,
}

/// How `published` was established (contract field `published_basis`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum PublishedBasis {
    /// From structured metadata: meta tags, JSON-LD, feed dates, WARC dates.
    Metadata,
    /// From a dateline or caption date in the text, with its year.
    Dateline,
    /// From a dateline whose year was missing and was inferred from content.
    Inferred,
    #[default]
    None,
}

/// A publication date or date-time, normalized to ISO 8601
/// (`2025-10-15T17:34:00` or `2025-10-15`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Published {
    pub value: String,
    pub basis: PublishedBasis,
    /// Where in the original input the evidence was (a dateline's text), for audit.
    pub evidence: Option<String>,
}

/// Document-level metadata established by the cleaner.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    pub title: Option<String>,
    pub published: Option<Published>,
    pub authors: Vec<String>,
    pub site_name: Option<String>,
    pub canonical_url: Option<String>,
    /// ISO 639-1 code, or `None` when the text is too short to tell.
    pub language: Option<String>,
}

/// A piece of the input the cleaner dropped, and why (contract `removed`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    pub text: String,
    pub reason: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
}

/// Something a stage wants the user to know without failing the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub stage: String,
    pub severity: Severity,
    pub message: String,
}

/// One document: provenance, metadata, cleaned text and annotation layers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Doc {
    /// Stable id (see [`crate::doc_id`]).
    pub id: String,
    pub source: Source,
    /// SHA-256 of the raw input bytes (see [`crate::content_hash`]).
    pub content_hash: String,
    pub meta: Metadata,
    /// The cleaned main text. Every span in `layers` points into it.
    pub text: String,
    pub removed: Vec<Removed>,
    pub layers: Layers,
    pub diagnostics: Vec<Diagnostic>,
}

impl Doc {
    /// A document with text and provenance and no annotations yet.
    pub fn new(id: String, source: Source, content_hash: String, text: String) -> Doc {
        Doc {
            id,
            source,
            content_hash,
            meta: Metadata::default(),
            text,
            removed: Vec::new(),
            layers: Layers::default(),
            diagnostics: Vec::new(),
        }
    }

    /// The text under `span`, or `""` when the span does not fit the text.
    pub fn slice(&self, span: Span) -> &str {
        span.text(&self.text).unwrap_or("")
    }

    /// Index of the sentence containing byte offset `at`, if sentences exist.
    pub fn sentence_of(&self, at: usize) -> Option<usize> {
        let s = &self.layers.sentences;
        let idx = s.partition_point(|x| x.span.end <= at);
        (idx < s.len() && s[idx].span.start <= at).then_some(idx)
    }

    pub fn warn(&mut self, stage: &str, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic {
            stage: stage.to_string(),
            severity: Severity::Warning,
            message: message.into(),
        });
    }
}
