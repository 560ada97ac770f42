//! Bytes to text: byte-order marks, declared charsets, detection.
//!
//! The order of authority follows the HTML standard's encoding sniffing: a
//! byte-order mark beats everything, then a declared charset (the
//! container's HTTP header, then the page's own `<meta>`), and only then a
//! guess. Plain text gets no guess: a text file that is not UTF-8 and says
//! nothing about its encoding is refused with a clear reason rather than
//! decoded into plausible-looking mojibake that every later stage would
//! then cite.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};
use sitrep_core::ContentKind;

use crate::CleanError;

/// Decodes `bytes` into a `String`, returning it with the name of the
/// encoding used (`"UTF-8"`, `"windows-1251"` ...).
///
/// * A byte-order mark (UTF-8, UTF-16LE/BE) decides the encoding outright.
/// * `declared` (a charset label such as `"cp1251"`, `"ISO-8859-1"`) is used
///   next; an unknown label is ignored. As browsers do, a declared UTF-16
///   without a BOM is read as UTF-8 (pages that say `utf-16` in a `<meta>`
///   are in practice ASCII-compatible).
/// * HTML with no usable declaration is read as UTF-8 when valid, else the
///   encoding is guessed with `chardetng` (the detector Firefox uses).
/// * Text (and `Unknown`) with no declaration must be valid UTF-8.
///
/// Legacy single-byte encodings cannot fail to decode; UTF-8 can, and a
/// declared UTF-8 that is not valid is treated like no declaration.
///
/// ```
/// use sitrep_core::ContentKind;
/// let (text, enc) = sitrep_clean::charset::decode(b"caf\xe9", Some("latin1"), ContentKind::Text).unwrap();
/// assert_eq!((text.as_str(), enc), ("café", "windows-1252"));
/// assert!(sitrep_clean::charset::decode(b"caf\xe9", None, ContentKind::Text).is_err());
/// ```
pub fn decode(
    bytes: &[u8],
    declared: Option<&str>,
    kind: ContentKind,
) -> Result<(String, &'static str), CleanError> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return Ok((text.into_owned(), encoding.name()));
    }

    let declared_encoding = declared.and_then(|label| Encoding::for_label(label.trim().as_bytes()));
    if let Some(encoding) = declared_encoding {
        let encoding = if encoding == UTF_16LE || encoding == UTF_16BE {
            UTF_8
        } else {
            encoding
        };
        if encoding != UTF_8 {
            let (text, _) = encoding.decode_without_bom_handling(bytes);
            return Ok((text.into_owned(), encoding.name()));
        }
    }

    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_string(), UTF_8.name()));
    }

    match kind {
        ContentKind::Html => {
            let mut detector = chardetng::EncodingDetector::new();
            detector.feed(bytes, true);
            let encoding = detector.guess(None, true);
            let (text, _) = encoding.decode_without_bom_handling(bytes);
            Ok((text.into_owned(), encoding.name()))
        }
        ContentKind::Text | ContentKind::Unknown => {
            let position = first_invalid_utf8(bytes);
            let reason = match (declared, declared_encoding) {
                (Some(label), None) => format!(
                    "invalid UTF-8 at byte {position} and the declared charset `{label}` is unknown"
                ),
                (Some(label), Some(_)) => {
                    format!("invalid UTF-8 at byte {position} although `{label}` was declared")
                }
                (None, _) => format!("invalid UTF-8 at byte {position} and no charset declared"),
            };
            Err(CleanError { reason })
        }
    }
}

/// Byte offset of the first invalid UTF-8 sequence (for the error message).
fn first_invalid_utf8(bytes: &[u8]) -> usize {
    match std::str::from_utf8(bytes) {
        Ok(_) => bytes.len(),
        Err(e) => e.valid_up_to(),
    }
}

/// Whether decoded text looks like binary data rather than writing: NUL
/// characters, or a high share of control characters other than whitespace
/// (a PDF, an image or a zip read as text). Checked on the first 8 KiB.
pub fn looks_binary(text: &str) -> bool {
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars().take(8192) {
        total += 1;
        if c == '\0' {
            return true;
        }
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{0c}') {
            control += 1;
        }
        // U+FFFD in bulk means the bytes were not text in the chosen encoding.
        if c == '\u{FFFD}' {
            control += 1;
        }
    }
    total > 0 && control * 10 > total
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn bom_wins_over_declaration() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Минск".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        let (text, enc) = decode(&bytes, Some("windows-1251"), ContentKind::Text).unwrap();
        assert_eq!(text, "Минск");
        assert_eq!(enc, "UTF-16LE");
    }

    #[test]
    fn utf8_bom_is_stripped() {
        let (text, enc) = decode(b"\xEF\xBB\xBFhello", None, ContentKind::Text).unwrap();
        assert_eq!((text.as_str(), enc), ("hello", "UTF-8"));
    }

    #[test]
    fn declared_utf16_without_bom_reads_as_utf8() {
        let (text, enc) = decode(b"plain", Some("utf-16"), ContentKind::Html).unwrap();
        assert_eq!((text.as_str(), enc), ("plain", "UTF-8"));
    }

    #[test]
    fn undeclared_html_is_detected() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251
            .encode("<p>Министр обороны провёл встречу с делегацией в Москве.</p>");
        let (text, enc) = decode(&bytes, None, ContentKind::Html).unwrap();
        assert_eq!(enc, "windows-1251");
        assert!(text.contains("Министр обороны"));
    }

    #[test]
    fn text_errors_name_the_problem() {
        let err = decode(
            b"ok \xff\xfe no",
            Some("no-such-charset"),
            ContentKind::Text,
        )
        .unwrap_err();
        assert!(err.reason.contains("unknown"), "{}", err.reason);
        assert!(err.reason.contains("byte 3"), "{}", err.reason);
        let err = decode(b"\x80abc", None, ContentKind::Unknown).unwrap_err();
        assert!(err.reason.contains("no charset declared"), "{}", err.reason);
    }

    #[test]
    fn binary_detection() {
        assert!(looks_binary("PK\u{3}\u{4}\0\0\u{14}"));
        assert!(looks_binary("\u{1}\u{2}\u{3}\u{5}\u{6}abc"));
        assert!(!looks_binary("A normal line.\nAnother\tline.\r\n"));
        assert!(!looks_binary(""));
    }
}
