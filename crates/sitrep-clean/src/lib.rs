//! Turns raw documents into clean text plus metadata: charset, HTML main
//! text, plain-text boilerplate, datelines, language.
//!
//! The entry point is [`clean`]: a [`RawDocument`] (undecoded bytes plus
//! container metadata) in, a [`Doc`] with its final `text` out. Every later
//! stage points spans into that text, so nothing after `clean` changes it.
//!
//! Steps:
//! 1. [`charset::decode`]: BOM, then the container's charset, then the
//!    page's `<meta>` ([`html::declared_charset`]), then detection (HTML
//!    only); plain text must be UTF-8 unless declared otherwise, and
//!    binary-looking content is refused.
//! 2. HTML goes through [`html::extract`] (main text + page metadata);
//!    plain text through [`text`] (line-level boilerplate removal).
//! 3. [`normalize::normalize`] fixes characters and whitespace.
//! 4. Metadata is merged ([`merge`]): container metadata (feed, JSONL, WARC)
//!    wins, then the page's, then what the text itself shows (title line,
//!    dateline, with a missing year inferred from the content).
//! 5. Language is identified on the final text.
//!
//! Modules: `html` (main-text extraction from HTML), and the plain-text side:
//! `charset`, `normalize`, `text`, `dateline`, `dates`, `merge`.

pub mod charset;
pub mod dateline;
pub mod dates;
pub mod html;
pub mod merge;
pub mod normalize;
pub mod text;

use sitrep_core::{content_hash, doc_id, ContentKind, Doc, RawDocument};
use thiserror::Error;

/// Why a document could not be cleaned.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{reason}")]
pub struct CleanError {
    /// Human-readable reason, e.g. "invalid UTF-8 at byte 12 and no charset
    /// declared" or "no text left after cleaning".
    pub reason: String,
}

impl CleanError {
    fn new(reason: impl Into<String>) -> CleanError {
        CleanError {
            reason: reason.into(),
        }
    }
}

/// Options for [`clean`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CleanOptions {
    /// Keep page furniture in the text of plain-text documents (they are
    /// still analysed for title and dateline). HTML main-text extraction is
    /// not affected.
    pub keep_boilerplate: bool,
}

/// Cleans one raw document into a [`Doc`] with final text and metadata.
///
/// Never panics; fails only when no text can be obtained (undecodable or
/// binary input, or nothing left after cleaning).
pub fn clean(raw: RawDocument, opts: &CleanOptions) -> Result<Doc, CleanError> {
    let hash = content_hash(&raw.bytes);
    let kind = match raw.kind {
        ContentKind::Unknown => sniff_kind(&raw.bytes),
        known => known,
    };
    let declared = raw
        .meta
        .charset
        .clone()
        .filter(|c| !c.trim().is_empty())
        .or_else(|| {
            if kind == ContentKind::Html {
                html::declared_charset(&raw.bytes)
            } else {
                None
            }
        });
    let (decoded, encoding) = charset::decode(&raw.bytes, declared.as_deref(), kind)?;
    if charset::looks_binary(&decoded) {
        return Err(CleanError::new(
            "binary content (control characters or NUL bytes), not text",
        ));
    }

    let url = raw.source.url.clone().or_else(|| raw.meta.url.clone());
    let mut source = raw.source;
    source.url = url.clone();
    let id = doc_id(url.as_deref(), &hash);

    let cleaned = match kind {
        ContentKind::Html => {
            let page = html::extract(&decoded, url.as_deref());
            let text_opts = text::TextOptions {
                keep_boilerplate: false,
                extracted: true,
                known_title: raw.meta.title.clone().or_else(|| page.title.clone()),
            };
            let lines = text::clean_normalized(&normalize::normalize(&page.text), &text_opts);
            merge::Cleaned {
                lines,
                page: Some(page),
            }
        }
        ContentKind::Text | ContentKind::Unknown => {
            let text_opts = text::TextOptions {
                keep_boilerplate: opts.keep_boilerplate,
                extracted: false,
                known_title: raw.meta.title.clone(),
            };
            merge::Cleaned {
                lines: text::clean_normalized(&normalize::normalize(&decoded), &text_opts),
                page: None,
            }
        }
    };

    if cleaned.lines.text.trim().is_empty() {
        return Err(CleanError::new("no text left after cleaning"));
    }

    let mut doc = Doc::new(id, source, hash, String::new());
    merge::fill(&mut doc, cleaned, &raw.meta);
    if encoding != "UTF-8" {
        doc.diagnostics.push(sitrep_core::Diagnostic {
            stage: "clean".to_string(),
            severity: sitrep_core::Severity::Info,
            message: format!("decoded as {encoding}"),
        });
    }
    Ok(doc)
}

/// Decides between HTML and text for content the reader could not type:
/// markup near the start (a doctype, `<html>`, `<head>`, `<body>`, or a few
/// common block tags) means HTML.
pub fn sniff_kind(bytes: &[u8]) -> ContentKind {
    let head = &bytes[..bytes.len().min(2048)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let start = lower
        .iter()
        .position(|b| !b.is_ascii_whitespace() && *b != 0xEF && *b != 0xBB && *b != 0xBF);
    let opens_with_markup = start.is_some_and(|s| {
        ["<!doctype html", "<html", "<head", "<body", "<!--", "<?xml"]
            .iter()
            .any(|p| lower[s..].starts_with(p.as_bytes()))
    });
    let contains = |needle: &str| lower.windows(needle.len()).any(|w| w == needle.as_bytes());
    let tag_hits = [
        "<p>", "<p ", "</p>", "<div", "</div>", "<br>", "<br/>", "<a href", "<meta ",
    ]
    .iter()
    .filter(|t| contains(t))
    .count();
    if opens_with_markup || tag_hits >= 2 {
        ContentKind::Html
    } else {
        ContentKind::Text
    }
}
