//! The parts of one feed item as they are collected from XML events.

use quick_xml::events::BytesStart;
use sitrep_core::ContentKind;

use crate::feed::attribute;
use crate::sniff::looks_like_html_fragment;

/// Which item field an element holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FieldKind {
    Title,
    Link,
    Guid,
    Published,
    Updated,
    Author,
    /// Full content: RSS `content:encoded`, Atom `content`.
    Content,
    /// Short content: RSS `description`, Atom `summary`.
    Summary,
    Ignored,
}

impl FieldKind {
    /// Classifies an item child element by its qualified name.
    pub(crate) fn of(qname: &[u8], start: &BytesStart<'_>) -> FieldKind {
        let (prefix, local) = match memchr::memchr(b':', qname) {
            Some(at) => (&qname[..at], &qname[at + 1..]),
            None => (&b""[..], qname),
        };
        // Atom elements are unprefixed or `atom:`; RSS modules by convention
        // use `content:` and `dc:`.
        let plain = prefix.is_empty() || prefix == b"atom";
        match (prefix, local) {
            (_, b"title") if plain => FieldKind::Title,
            (_, b"link") if plain => FieldKind::Link,
            (_, b"guid") | (_, b"id") if plain => FieldKind::Guid,
            (_, b"pubDate") | (_, b"published") | (_, b"issued") if plain => FieldKind::Published,
            (b"dc", b"date") => FieldKind::Published,
            (_, b"updated") | (_, b"modified") if plain => FieldKind::Updated,
            (_, b"author") if plain => FieldKind::Author,
            (b"dc", b"creator") => FieldKind::Author,
            (b"content", b"encoded") => FieldKind::Content,
            (_, b"content") if plain && attribute(start, b"src").is_none() => FieldKind::Content,
            (_, b"description") | (_, b"summary") if plain => FieldKind::Summary,
            _ => FieldKind::Ignored,
        }
    }

    fn is_body(self) -> bool {
        matches!(self, FieldKind::Content | FieldKind::Summary)
    }
}

/// One field being collected.
pub(crate) struct Field {
    pub(crate) kind: FieldKind,
    /// Element depth of the field's own element.
    pub(crate) depth: usize,
    buf: Vec<u8>,
    /// Atom `type="xhtml"`: the content is inline markup, kept escaped.
    markup: bool,
    /// What the Atom `type` attribute says the content is, if anything.
    declared: Option<ContentKind>,
    /// Nested elements seen (Atom `<author><name>`, inline markup).
    nested: usize,
    in_author_name: bool,
    too_large: bool,
}

impl Field {
    pub(crate) fn new(kind: FieldKind, depth: usize, start: &BytesStart<'_>) -> Field {
        let declared_type = attribute(start, b"type").map(|t| t.to_ascii_lowercase());
        let declared = match declared_type.as_deref() {
            Some("html") | Some("xhtml") | Some("text/html") | Some("application/xhtml+xml") => {
                Some(ContentKind::Html)
            }
            Some("text") | Some("text/plain") => Some(ContentKind::Text),
            _ => None,
        };
        Field {
            kind,
            depth,
            buf: Vec::new(),
            markup: declared_type.as_deref() == Some("xhtml"),
            declared,
            nested: 0,
            in_author_name: false,
            too_large: false,
        }
    }

    fn push(&mut self, bytes: &[u8], max: usize) {
        if self.too_large || self.kind == FieldKind::Ignored {
            return;
        }
        if self.buf.len() + bytes.len() > max {
            self.too_large = true;
            self.buf = Vec::new();
            return;
        }
        self.buf.extend_from_slice(bytes);
    }

    fn wants_text(&self) -> bool {
        match self.kind {
            FieldKind::Author => self.nested == 0 || self.in_author_name,
            FieldKind::Ignored => false,
            _ => true,
        }
    }

    /// Escaped character data.
    pub(crate) fn text(&mut self, raw: &[u8], max: usize) {
        if !self.wants_text() {
            return;
        }
        if self.markup {
            self.push(raw, max);
        } else {
            let text = unescape(raw);
            self.push(&text, max);
        }
    }

    /// CDATA: already literal.
    pub(crate) fn cdata(&mut self, raw: &[u8], max: usize) {
        if self.wants_text() {
            self.push(raw, max);
        }
    }

    /// An element inside the field: markup of the content, or Atom's
    /// `<author><name>`.
    pub(crate) fn nested_start(
        &mut self,
        local: &[u8],
        start: &BytesStart<'_>,
        empty: bool,
        max: usize,
    ) {
        if self.kind.is_body() {
            self.push(b"<", max);
            self.push(start.as_ref(), max);
            self.push(if empty { b"/>" } else { b">" }, max);
        }
        if !empty {
            self.nested += 1;
            if self.kind == FieldKind::Author && local == b"name" {
                self.in_author_name = true;
            }
        }
    }

    pub(crate) fn nested_end(&mut self, local: &[u8], raw_name: &[u8], max: usize) {
        if self.kind.is_body() {
            self.push(b"</", max);
            self.push(raw_name, max);
            self.push(b">", max);
        }
        self.nested = self.nested.saturating_sub(1);
        if local == b"name" {
            self.in_author_name = false;
        }
    }
}

/// One item (RSS `item`, Atom `entry`) being collected.
pub(crate) struct Item {
    /// Element depth of the item element.
    pub(crate) depth: usize,
    pub(crate) field: Option<Field>,
    pub(crate) title: Option<String>,
    pub(crate) link: Option<String>,
    pub(crate) guid: Option<String>,
    pub(crate) published: Option<String>,
    pub(crate) updated: Option<String>,
    pub(crate) author: Option<String>,
    content: Option<(Option<ContentKind>, Vec<u8>)>,
    summary: Option<(Option<ContentKind>, Vec<u8>)>,
    pub(crate) too_large: bool,
}

impl Item {
    pub(crate) fn new(depth: usize) -> Item {
        Item {
            depth,
            field: None,
            title: None,
            link: None,
            guid: None,
            published: None,
            updated: None,
            author: None,
            content: None,
            summary: None,
            too_large: false,
        }
    }

    /// Stores the field being collected; the first of each kind wins.
    pub(crate) fn finish_field(&mut self) {
        let Some(field) = self.field.take() else {
            return;
        };
        if field.too_large {
            self.too_large = true;
            return;
        }
        let text = || {
            let value = String::from_utf8_lossy(&field.buf).trim().to_string();
            (!value.is_empty()).then_some(value)
        };
        let has_body = !field.buf.trim_ascii().is_empty();
        match field.kind {
            FieldKind::Title => self.title = self.title.take().or_else(text),
            FieldKind::Link => self.link = self.link.take().or_else(text),
            FieldKind::Guid => self.guid = self.guid.take().or_else(text),
            FieldKind::Published => self.published = self.published.take().or_else(text),
            FieldKind::Updated => self.updated = self.updated.take().or_else(text),
            FieldKind::Author => self.author = self.author.take().or_else(text),
            FieldKind::Content if has_body && self.content.is_none() => {
                self.content = Some((field.declared, field.buf))
            }
            FieldKind::Summary if has_body && self.summary.is_none() => {
                self.summary = Some((field.declared, field.buf))
            }
            FieldKind::Content | FieldKind::Summary | FieldKind::Ignored => {}
        }
    }

    /// The item's URL: its link, else a guid that is a URL.
    pub(crate) fn url(&self) -> Option<String> {
        self.link.clone().or_else(|| {
            self.guid
                .clone()
                .filter(|guid| guid.starts_with("http://") || guid.starts_with("https://"))
        })
    }

    /// Full content when the item has it, else its description or summary.
    pub(crate) fn body(&mut self) -> Option<(ContentKind, Vec<u8>)> {
        let (declared, bytes) = self.content.take().or_else(|| self.summary.take())?;
        let kind = declared.unwrap_or_else(|| {
            if looks_like_html_fragment(&bytes) {
                ContentKind::Html
            } else {
                ContentKind::Text
            }
        });
        Some((kind, bytes))
    }
}

/// Replaces the five XML entities and numeric character references in raw
/// bytes. Unknown entities (`&nbsp;` in double-escaped HTML) stay as they
/// are for the HTML parser; bytes are never decoded, so any charset passes.
pub(crate) fn unescape(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(at) = memchr::memchr(b'&', rest) {
        out.extend_from_slice(&rest[..at]);
        rest = &rest[at..];
        let end = rest.iter().take(12).position(|&b| b == b';');
        let replaced = end.and_then(|end| {
            let replacement = entity(&rest[1..end])?;
            Some((replacement, end))
        });
        match replaced {
            Some((replacement, end)) => {
                let mut utf8 = [0u8; 4];
                out.extend_from_slice(replacement.encode_utf8(&mut utf8).as_bytes());
                rest = &rest[end + 1..];
            }
            None => {
                out.push(b'&');
                rest = &rest[1..];
            }
        }
    }
    out.extend_from_slice(rest);
    out
}

fn entity(name: &[u8]) -> Option<char> {
    match name {
        b"lt" => Some('<'),
        b"gt" => Some('>'),
        b"amp" => Some('&'),
        b"quot" => Some('"'),
        b"apos" => Some('\''),
        [b'#', b'x' | b'X', hex @ ..] => {
            char::from_u32(u32::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?)
        }
        [b'#', decimal @ ..] => char::from_u32(std::str::from_utf8(decimal).ok()?.parse().ok()?),
        _ => None,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::unescape;

    #[test]
    fn entities_are_replaced_and_unknown_ones_kept() {
        assert_eq!(
            unescape(b"&lt;p&gt;A &amp; B&#39;s &#x41; &nbsp; &bogus & end"),
            b"<p>A & B's A &nbsp; &bogus & end"
        );
    }
}
