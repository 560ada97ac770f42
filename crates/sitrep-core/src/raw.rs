use crate::doc::Source;

/// What the bytes of a raw document are, as far as the reader could tell.
///
/// Readers decide from content (a WARC response's HTTP headers, a feed's
/// `content:encoded`, a JSONL `html` field), not from file names; `Unknown`
/// leaves the decision to the cleaner's sniffing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContentKind {
    Html,
    Text,
    Unknown,
}

/// Metadata a container format carried beside the content (feed item title,
/// JSONL fields, WARC target URI and date). The cleaner prefers these over
/// what it finds in the page itself only where the page has nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawMetadata {
    pub url: Option<String>,
    pub title: Option<String>,
    /// As written in the container (RFC 2822, ISO 8601, WARC-Date ...).
    pub published: Option<String>,
    pub author: Option<String>,
    /// Charset declared by the container (HTTP `Content-Type`), if any.
    pub charset: Option<String>,
}

/// One document as a reader produced it: undecoded bytes plus provenance.
///
/// This is the boundary between `sitrep-ingest` (which knows containers) and
/// `sitrep-clean` (which knows text): ingest never decodes or cleans, clean
/// never opens files.
#[derive(Debug, Clone)]
pub struct RawDocument {
    pub source: Source,
    pub kind: ContentKind,
    pub bytes: Vec<u8>,
    pub meta: RawMetadata,
}
