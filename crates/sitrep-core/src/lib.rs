//! The document model every sitrep stage reads and extends.
//!
//! A [`Doc`] owns exactly one string, its cleaned `text`. Everything a stage
//! finds in it (sentences, tokens, entities, times, quotes, events) is stored
//! as a [`Span`] into that string plus typed data, never as a copy of the
//! text. That is what makes every fact citable: a span, the document id and
//! the sentence index are the citation.
//!
//! Spans are **byte** offsets internally (cheap slicing in Rust); the public
//! JSON contract uses Unicode code-point offsets, and [`CharMap`] converts at
//! the output edge only.
//!
//! This crate does no IO and has no knowledge of any particular stage.

pub mod calendar;
mod contract;
pub mod dateline;
mod doc;
mod id;
mod layers;
mod raw;
pub mod shapes;
mod span;

pub use contract::{ContractOptions, DocJson};
pub use doc::{
    Diagnostic, Doc, Metadata, Published, PublishedBasis, Removed, Severity, Source, SourceFormat,
};
pub use id::{content_hash, doc_id};
pub use layers::*;
pub use raw::{ContentKind, RawDocument, RawMetadata};
pub use span::{CharMap, Span};
