//! The charset an HTML page declares about itself, for the decoder.

/// Bytes scanned: the HTML standard's prescan looks at the first 1024; we
/// allow more because real pages put long comments and scripts first.
const PRESCAN_BYTES: usize = 8192;

/// The charset label declared by `<meta charset>`, `<meta http-equiv=
/// "Content-Type" content="...; charset=...">` or an XML declaration in the
/// first bytes of a page, lower-cased (`"utf-8"`, `"windows-1252"`).
/// The label is returned as written; mapping it to an encoding (and
/// treating `utf-16` as `utf-8`, as browsers do) is the decoder's job.
pub fn declared_charset(head_bytes: &[u8]) -> Option<String> {
    let head = &head_bytes[..head_bytes.len().min(PRESCAN_BYTES)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    if lower.starts_with(b"<?xml") {
        let end = find(&lower, b"?>", 0).unwrap_or(lower.len());
        if let Some(label) = value_after(&lower[..end], b"encoding") {
            return Some(label);
        }
    }
    let mut from = 0;
    while let Some(start) = find(&lower, b"<meta", from) {
        let end = find(&lower, b">", start).unwrap_or(lower.len());
        let tag = &lower[start..end];
        if let Some(label) = value_after(tag, b"charset") {
            return Some(label);
        }
        from = end;
    }
    None
}

fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if from >= haystack.len() {
        return None;
    }
    haystack[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// The value following `name` `=` (quoted or not) inside `tag`.
fn value_after(tag: &[u8], name: &[u8]) -> Option<String> {
    let mut from = 0;
    while let Some(position) = find(tag, name, from) {
        let mut rest = &tag[position + name.len()..];
        from = position + name.len();
        while rest.first().is_some_and(u8::is_ascii_whitespace) {
            rest = &rest[1..];
        }
        let Some(after_equals) = rest.strip_prefix(b"=") else {
            continue;
        };
        let value = after_equals
            .iter()
            .skip_while(|b| b.is_ascii_whitespace() || **b == b'"' || **b == b'\'');
        let label: Vec<u8> = value
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
            .copied()
            .collect();
        if !label.is_empty() {
            return String::from_utf8(label).ok();
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_forms() {
        assert_eq!(
            declared_charset(b"<html><head><META CharSet=\"ISO-8859-1\">").as_deref(),
            Some("iso-8859-1")
        );
        assert_eq!(
            declared_charset(
                b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
            )
            .as_deref(),
            Some("windows-1251")
        );
        assert_eq!(
            declared_charset(b"<?xml version=\"1.0\" encoding='UTF-8'?><html>").as_deref(),
            Some("utf-8")
        );
        assert_eq!(
            declared_charset(b"<html><meta name=\"x\" content=\"y\">"),
            None
        );
        assert_eq!(declared_charset(b""), None);
    }
}
