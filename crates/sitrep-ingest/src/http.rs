//! The HTTP response inside a WARC `response` record: status, headers,
//! chunked transfer coding and gzip/deflate content coding.

use std::io::Read;

use flate2::read::{DeflateDecoder, MultiGzDecoder, ZlibDecoder};
use sitrep_core::ContentKind;

/// What a WARC payload turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Payload {
    /// A document worth cleaning.
    Document {
        kind: ContentKind,
        bytes: Vec<u8>,
        charset: Option<String>,
    },
    /// Not a document (an image, a redirect, an error page): left out
    /// without an error.
    Skip,
    /// A document that cannot be read; the reason says why.
    Broken(String),
}

/// Decides from a media type (`Content-Type` without parameters) whether a
/// payload is a document: HTML and plain text are, everything else is not.
/// A missing type is left to the cleaner's sniffing.
pub(crate) fn kind_of_media_type(content_type: Option<&str>) -> Option<ContentKind> {
    let Some(content_type) = content_type else {
        return Some(ContentKind::Unknown);
    };
    let media_type = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    match media_type.as_str() {
        "text/html" | "application/xhtml+xml" => Some(ContentKind::Html),
        "text/plain" => Some(ContentKind::Text),
        "" => Some(ContentKind::Unknown),
        _ => None,
    }
}

/// The `charset` parameter of a `Content-Type` value, lowercased.
pub(crate) fn charset_of(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|param| {
        let (key, value) = param.split_once('=')?;
        if !key.trim().eq_ignore_ascii_case("charset") {
            return None;
        }
        let value = value.trim().trim_matches(|c| c == '"' || c == '\'').trim();
        (!value.is_empty()).then(|| value.to_ascii_lowercase())
    })
}

/// Response headers that decide what the body is.
#[derive(Default)]
struct Head {
    status: u16,
    content_type: Option<String>,
    transfer_encoding: String,
    content_encoding: String,
}

fn parse_head(head: &[u8]) -> Result<Head, String> {
    let head = String::from_utf8_lossy(head);
    let mut lines = head.lines();
    let status_line = lines.next().unwrap_or("");
    let Some(status) = parse_status(status_line) else {
        return Err(format!(
            "malformed HTTP status line {:?}",
            truncate(status_line, 80)
        ));
    };
    let mut parsed = Head {
        status,
        ..Head::default()
    };
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let name = name.trim();
        let value = value.trim();
        if name.eq_ignore_ascii_case("content-type") {
            parsed.content_type = Some(value.to_string());
        } else if name.eq_ignore_ascii_case("transfer-encoding") {
            parsed.transfer_encoding = value.to_ascii_lowercase();
        } else if name.eq_ignore_ascii_case("content-encoding") {
            parsed.content_encoding = value.to_ascii_lowercase();
        }
    }
    Ok(parsed)
}

/// Parses an HTTP response message and returns its body as a document, if
/// it is one. `max` caps the decoded body size. The message buffer becomes
/// the body where no decoding is needed, so a page is not copied.
pub(crate) fn parse_response(mut message: Vec<u8>, max: usize) -> Payload {
    let Some((head_end, body_start)) = split_head(&message) else {
        return Payload::Broken("HTTP response without an end of headers".to_string());
    };
    let head = match parse_head(&message[..head_end]) {
        Ok(head) => head,
        Err(reason) => return Payload::Broken(reason),
    };
    if !(200..300).contains(&head.status) {
        return Payload::Skip;
    }
    let Some(kind) = kind_of_media_type(head.content_type.as_deref()) else {
        return Payload::Skip;
    };
    let charset = head.content_type.as_deref().and_then(charset_of);
    // Crawlers often store the body already de-chunked (and decoded) but keep
    // the original headers, so a body that does not parse as chunks is taken
    // as it is.
    let dechunked = if head.transfer_encoding.contains("chunked") {
        decode_chunked(&message[body_start..], max)
    } else {
        None
    };
    let body = match dechunked {
        Some(body) => body,
        None => {
            message.drain(..body_start);
            message
        }
    };
    let body = match decode_content(&head.content_encoding, body, max) {
        Ok(body) => body,
        Err(reason) => return Payload::Broken(reason),
    };
    if body.len() > max {
        return Payload::Broken(format!("document larger than the limit of {max} bytes"));
    }
    if body.iter().all(u8::is_ascii_whitespace) {
        return Payload::Skip;
    }
    Payload::Document {
        kind,
        bytes: body,
        charset,
    }
}

fn truncate(text: &str, max_chars: usize) -> String {
    text.chars().take(max_chars).collect()
}

/// Where the head ends and the body starts: at the first empty line
/// (`\r\n\r\n`, or bare `\n\n`).
fn split_head(message: &[u8]) -> Option<(usize, usize)> {
    let crlf = memchr::memmem::find(message, b"\r\n\r\n").map(|at| (at, 4));
    let lf = memchr::memmem::find(message, b"\n\n").map(|at| (at, 2));
    let (at, len) = match (crlf, lf) {
        (Some(a), Some(b)) => {
            if a.0 <= b.0 {
                a
            } else {
                b
            }
        }
        (a, b) => a.or(b)?,
    };
    Some((at, at + len))
}

/// `HTTP/1.1 200 OK` -> 200.
fn parse_status(line: &str) -> Option<u16> {
    let mut parts = line.split_whitespace();
    let version = parts.next()?;
    if !version.starts_with("HTTP/") {
        return None;
    }
    parts.next()?.parse().ok()
}

/// Decodes a chunked body; `None` when it is not validly chunked.
fn decode_chunked(mut body: &[u8], max: usize) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let line_end = memchr::memchr(b'\n', body)?;
        let size_line = std::str::from_utf8(&body[..line_end]).ok()?;
        let size_text = size_line.split(';').next()?.trim();
        let size = usize::from_str_radix(size_text, 16).ok()?;
        body = &body[line_end + 1..];
        if size == 0 {
            // Trailers may follow; they carry nothing we need.
            return Some(out);
        }
        if size > body.len() || out.len().saturating_add(size) > max.saturating_add(1) {
            return None;
        }
        out.extend_from_slice(&body[..size]);
        body = &body[size..];
        body = body
            .strip_prefix(b"\r\n")
            .or_else(|| body.strip_prefix(b"\n"))
            .unwrap_or(body);
    }
}

/// Undoes `Content-Encoding`, reading at most `max + 1` decoded bytes.
fn decode_content(encoding: &str, body: Vec<u8>, max: usize) -> Result<Vec<u8>, String> {
    let cap = max as u64 + 1;
    let mut out = Vec::new();
    let result = match encoding.trim() {
        "" | "identity" | "none" => return Ok(body),
        "gzip" | "x-gzip" => {
            if !body.starts_with(&[0x1f, 0x8b]) {
                // Stored already decoded (see `parse_response`).
                return Ok(body);
            }
            MultiGzDecoder::new(&body[..])
                .take(cap)
                .read_to_end(&mut out)
        }
        "deflate" => {
            // Servers send both zlib-wrapped and raw deflate as "deflate".
            let zlib = ZlibDecoder::new(&body[..]).take(cap).read_to_end(&mut out);
            if zlib.is_err() {
                out.clear();
                DeflateDecoder::new(&body[..])
                    .take(cap)
                    .read_to_end(&mut out)
            } else {
                zlib
            }
        }
        other => return Err(format!("unsupported HTTP content-encoding {other:?}")),
    };
    match result {
        Ok(_) => Ok(out),
        Err(err) => Err(format!("cannot decode {encoding} HTTP body ({err})")),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn charset_parameter_is_found_in_any_position_and_case() {
        assert_eq!(
            charset_of("text/html; Charset=\"ISO-8859-1\"").as_deref(),
            Some("iso-8859-1")
        );
        assert_eq!(charset_of("text/html"), None);
    }

    #[test]
    fn chunked_body_is_joined() {
        let body = b"5\r\nHello\r\n7;ext=1\r\n, world\r\n0\r\n\r\n";
        assert_eq!(decode_chunked(body, 100).unwrap(), b"Hello, world");
        assert_eq!(decode_chunked(b"zz\r\nnope", 100), None);
    }
}
