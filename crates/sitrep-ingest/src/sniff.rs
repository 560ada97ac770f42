//! Format detection from the first bytes of an input, never from its name.

use sitrep_core::ContentKind;

/// How many leading bytes the sniffer looks at.
pub(crate) const SNIFF_LEN: usize = 8 * 1024;

/// What the first bytes of an input say it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sniffed {
    /// No bytes at all, or only whitespace.
    Empty,
    /// A gzip stream: gunzip it and sniff again.
    Gzip,
    /// A WARC file (WARC/1.0, WARC/1.1, or Common Crawl WET).
    Warc,
    /// An RSS 2.0, RSS 1.0 (RDF) or Atom feed.
    Feed,
    /// JSON objects, one per line.
    Jsonl,
    /// A single HTML page.
    Html,
    /// Anything else that reads as text. `Unknown` when the bytes are text in
    /// an encoding this sniffer does not read (UTF-16 with a byte-order mark).
    Text(ContentKind),
    /// Not text: the reason names what it looks like.
    Binary(String),
}

/// Decides the format of an input from its first bytes (`prefix`, at most
/// 8 KiB of them; fewer only when the input is that short).
pub fn sniff(prefix: &[u8]) -> Sniffed {
    if prefix.starts_with(&[0x1f, 0x8b]) {
        return Sniffed::Gzip;
    }
    if let Some(what) = binary_magic(prefix) {
        return Sniffed::Binary(format!("binary content (looks like {what})"));
    }
    if prefix.starts_with(&[0xff, 0xfe]) || prefix.starts_with(&[0xfe, 0xff]) {
        // UTF-16 text has NUL bytes everywhere; the cleaner decodes it.
        return Sniffed::Text(ContentKind::Unknown);
    }
    let body = strip_bom(prefix);
    // A full prefix of whitespace may still be followed by text.
    if prefix.len() < SNIFF_LEN && body.iter().all(u8::is_ascii_whitespace) {
        return Sniffed::Empty;
    }
    if skip_whitespace(body).starts_with(b"WARC/") {
        return Sniffed::Warc;
    }
    if let Some(reason) = binary_reason(body) {
        return Sniffed::Binary(reason);
    }
    let after_prolog = skip_prolog(body);
    if is_feed_root(after_prolog) {
        return Sniffed::Feed;
    }
    if is_html_start(after_prolog) {
        return Sniffed::Html;
    }
    // Before the loose HTML check: JSONL lines often carry whole pages.
    if looks_like_jsonl(body) {
        return Sniffed::Jsonl;
    }
    if contains_document_tag(body) {
        return Sniffed::Html;
    }
    Sniffed::Text(ContentKind::Text)
}

/// Why `bytes` are not text, if they are not: NUL bytes, or too many
/// control characters for any human-written text.
pub(crate) fn binary_reason(bytes: &[u8]) -> Option<String> {
    if let Some(what) = binary_magic(bytes) {
        return Some(format!("binary content (looks like {what})"));
    }
    let sample = &bytes[..bytes.len().min(SNIFF_LEN)];
    if memchr::memchr(0, sample).is_some() {
        return Some("binary content (contains NUL bytes)".to_string());
    }
    let controls = sample
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b)) || b == 0x7f)
        .count();
    // Real text has next to no control characters; 10% is far beyond any
    // legacy-encoded page yet well below random bytes (about 13%).
    if sample.len() >= 16 && controls * 10 > sample.len() {
        return Some("binary content (too many control characters)".to_string());
    }
    None
}

/// Names the file type of well-known binary formats by their magic bytes.
fn binary_magic(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1a\n", "PNG image"),
        (b"%PDF-", "PDF document"),
        (b"PK\x03\x04", "ZIP archive"),
        (b"PK\x05\x06", "ZIP archive"),
        (b"GIF87a", "GIF image"),
        (b"GIF89a", "GIF image"),
        (b"\xff\xd8\xff", "JPEG image"),
        (b"\xfd7zXZ\x00", "xz archive"),
        (b"BZh", "bzip2 archive"),
        (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
        (b"\x28\xb5\x2f\xfd", "zstd archive"),
        (b"\x7fELF", "ELF executable"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
        (b"SQLite format 3\x00", "SQLite database"),
        (b"\x00\x00\x01\x00", "ICO image"),
        (b"wOFF", "WOFF font"),
        (b"wOF2", "WOFF2 font"),
        (b"OggS", "Ogg media"),
        (b"ID3", "MP3 audio"),
        (b"\x1a\x45\xdf\xa3", "Matroska/WebM video"),
    ];
    if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        return Some("WebP image");
    }
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        return Some("MP4 media");
    }
    if bytes.len() >= 262 && &bytes[257..262] == b"ustar" {
        return Some("tar archive");
    }
    MAGIC
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, what)| *what)
}

pub(crate) fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes)
}

fn skip_whitespace(bytes: &[u8]) -> &[u8] {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    &bytes[start..]
}

/// Skips what may precede the root element of an XML or HTML document:
/// whitespace, the XML declaration, processing instructions, comments and a
/// non-HTML doctype. Stops at the first element (or at anything else).
fn skip_prolog(mut bytes: &[u8]) -> &[u8] {
    loop {
        bytes = skip_whitespace(bytes);
        let terminator: &[u8] = if bytes.starts_with(b"<?") {
            b"?>"
        } else if bytes.starts_with(b"<!--") {
            b"-->"
        } else if bytes.starts_with(b"<!") && !starts_with_ignore_case(bytes, b"<!doctype html") {
            b">"
        } else {
            return bytes;
        };
        match memchr::memmem::find(bytes, terminator) {
            Some(at) => bytes = &bytes[at + terminator.len()..],
            None => return &[],
        }
    }
}

fn starts_with_ignore_case(bytes: &[u8], prefix: &[u8]) -> bool {
    bytes.len() >= prefix.len() && bytes[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// The name of the element `bytes` starts with (`<name ...`), if it does.
fn element_name(bytes: &[u8]) -> Option<&[u8]> {
    name_prefix(bytes.strip_prefix(b"<")?)
}

/// The XML name `rest` starts with, if any.
fn name_prefix(rest: &[u8]) -> Option<&[u8]> {
    let len = rest
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b':' | b'-' | b'_' | b'.')))
        .unwrap_or(rest.len());
    (len > 0).then(|| &rest[..len])
}

fn is_feed_root(bytes: &[u8]) -> bool {
    match element_name(bytes) {
        Some(name) => {
            name == b"rss"
                || name == b"feed"
                || name.ends_with(b":feed")
                || name == b"RDF"
                || name.ends_with(b":RDF")
        }
        None => false,
    }
}

/// Elements that only an HTML document or fragment starts with.
const HTML_START_TAGS: &[&[u8]] = &[
    b"html", b"head", b"body", b"meta", b"title", b"link", b"base", b"script", b"style", b"div",
    b"p", b"article", b"section", b"main", b"header", b"nav", b"table", b"h1", b"h2", b"h3",
    b"span", b"a", b"br", b"img", b"ul", b"form",
];

fn is_html_start(bytes: &[u8]) -> bool {
    if starts_with_ignore_case(bytes, b"<!doctype html") {
        return true;
    }
    match element_name(bytes) {
        Some(name) => HTML_START_TAGS
            .iter()
            .any(|tag| name.eq_ignore_ascii_case(tag)),
        None => false,
    }
}

/// `<html`, `<head` or `<body` within the first kilobyte: pages that open
/// with a stray line of text or a server banner before the markup.
fn contains_document_tag(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    let lower: Vec<u8> = head.to_ascii_lowercase();
    [&b"<html"[..], b"<head>", b"<body"]
        .iter()
        .any(|tag| memchr::memmem::find(&lower, tag).is_some())
}

/// The first line is a JSON object on its own: `{ ... }` that parses. A
/// pretty-printed JSON document (first line `{`) is not JSONL and stays text.
fn looks_like_jsonl(bytes: &[u8]) -> bool {
    let body = skip_whitespace(bytes);
    if !body.starts_with(b"{") {
        return false;
    }
    match memchr::memchr(b'\n', body) {
        Some(end) => is_json_object(&body[..end]),
        // The input is one line, or its first line runs past the sniffed
        // prefix: a long object line starts with a key.
        None if body.len() >= SNIFF_LEN.saturating_sub(4) => {
            skip_whitespace(&body[1..]).starts_with(b"\"")
        }
        None => is_json_object(body),
    }
}

/// A line that parses as a JSON object, or is shaped like one (`{"...}`)
/// but broken: a bad first line is an error for that line, not a reason to
/// read the whole file as text.
fn is_json_object(line: &[u8]) -> bool {
    let line = line.trim_ascii();
    let shaped = line.ends_with(b"}")
        && line
            .strip_prefix(b"{")
            .is_some_and(|rest| skip_whitespace(rest).starts_with(b"\""));
    shaped
        || matches!(
            serde_json::from_slice::<serde_json::Value>(line),
            Ok(serde_json::Value::Object(_))
        )
}

/// Whether feed content (after unescaping) is HTML rather than plain text:
/// it has at least one tag of a common HTML element or an HTML entity.
pub(crate) fn looks_like_html_fragment(bytes: &[u8]) -> bool {
    const FRAGMENT_TAGS: &[&[u8]] = &[
        b"p",
        b"br",
        b"a",
        b"div",
        b"span",
        b"img",
        b"b",
        b"i",
        b"em",
        b"strong",
        b"ul",
        b"ol",
        b"li",
        b"h1",
        b"h2",
        b"h3",
        b"h4",
        b"blockquote",
        b"figure",
        b"table",
        b"iframe",
        b"hr",
        b"pre",
        b"code",
        b"section",
        b"article",
        b"html",
        b"body",
    ];
    let mut rest = bytes;
    while let Some(at) = memchr::memchr(b'<', rest) {
        let after = &rest[at + 1..];
        let after = after.strip_prefix(b"/").unwrap_or(after);
        if let Some(name) = name_prefix(after) {
            if FRAGMENT_TAGS
                .iter()
                .any(|known| name.eq_ignore_ascii_case(known))
            {
                return true;
            }
        }
        rest = &rest[at + 1..];
    }
    false
}
