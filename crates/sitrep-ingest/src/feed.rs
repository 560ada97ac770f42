//! RSS 2.0, RSS 1.0 (RDF) and Atom feeds, read as a stream of XML events:
//! each `item`/`entry` becomes a document as soon as it is closed.

use std::io::{self, BufRead, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use sitrep_core::{RawDocument, RawMetadata, Source, SourceFormat};

use crate::error::IngestError;
use crate::feed_item::{Field, FieldKind, Item};
use crate::open::{DynBufRead, RecordReader};
use crate::Limits;

/// Reads feed items one at a time. `Source.record` is the item's 0-based
/// position in the feed (items without content are skipped but counted).
pub(crate) struct FeedReader {
    name: String,
    reader: Reader<Budget>,
    limits: Limits,
    buf: Vec<u8>,
    depth: usize,
    item: Option<Item>,
    items_seen: u64,
    skipped: u64,
    charset: String,
    done: bool,
}

impl FeedReader {
    pub(crate) fn new(name: String, input: DynBufRead, limits: Limits) -> FeedReader {
        // quick-xml buffers a whole text node; the budget bounds what one
        // item may make it buffer (content plus escaping and markup).
        let budget = (limits.max_document_bytes as u64).saturating_mul(2) + 1024 * 1024;
        let mut reader = Reader::from_reader(Budget {
            inner: input,
            used: 0,
            limit: budget,
        });
        let config = reader.config_mut();
        // Real feeds are sloppy; a mismatched end tag must not end the feed.
        config.check_end_names = false;
        config.allow_unmatched_ends = true;
        config.trim_text(false);
        FeedReader {
            name,
            reader,
            limits,
            buf: Vec::new(),
            depth: 0,
            item: None,
            items_seen: 0,
            skipped: 0,
            charset: "utf-8".to_string(),
            done: false,
        }
    }

    fn error(&self, reason: String) -> IngestError {
        match self.item {
            Some(_) => IngestError::record(self.name.clone(), self.items_seen, reason),
            None => IngestError::input(self.name.clone(), reason),
        }
    }

    /// Handles one event; returns a finished item's result when one closes.
    fn handle(&mut self, event: Event<'_>) -> Option<Result<RawDocument, IngestError>> {
        let max = self.limits.max_document_bytes;
        match event {
            Event::Decl(decl) => {
                if let Some(Ok(encoding)) = decl.encoding() {
                    let encoding = String::from_utf8_lossy(&encoding)
                        .trim()
                        .to_ascii_lowercase();
                    if !encoding.is_empty() {
                        self.charset = encoding;
                    }
                }
            }
            Event::Start(start) => {
                self.depth += 1;
                self.start_element(&start, false);
            }
            Event::Empty(start) => self.start_element(&start, true),
            Event::End(end) => {
                let depth = self.depth;
                self.depth = self.depth.saturating_sub(1);
                let item = self.item.as_mut()?;
                if let Some(field) = &mut item.field {
                    if field.depth == depth {
                        item.finish_field();
                    } else {
                        field.nested_end(end.local_name().as_ref(), end.as_ref(), max);
                    }
                } else if item.depth == depth {
                    self.reader.get_mut().used = 0;
                    return self.finish_item();
                }
            }
            Event::Text(text) => {
                if let Some(field) = self.item.as_mut().and_then(|item| item.field.as_mut()) {
                    field.text(&text, max);
                }
            }
            Event::CData(data) => {
                if let Some(field) = self.item.as_mut().and_then(|item| item.field.as_mut()) {
                    field.cdata(&data, max);
                }
            }
            Event::Eof => {
                self.done = true;
                if self.item.is_some() {
                    return Some(Err(
                        self.error("feed ends inside an item (truncated input)".to_string())
                    ));
                }
            }
            Event::Comment(_) | Event::PI(_) | Event::DocType(_) => {}
        }
        None
    }

    fn start_element(&mut self, start: &BytesStart<'_>, empty: bool) {
        let max = self.limits.max_document_bytes;
        let depth = self.depth;
        let qname = start.name();
        let local = start.local_name();
        let Some(item) = &mut self.item else {
            if !empty && matches!(local.as_ref(), b"item" | b"entry") {
                self.item = Some(Item::new(depth));
            }
            return;
        };
        if let Some(field) = &mut item.field {
            field.nested_start(local.as_ref(), start, empty, max);
            return;
        }
        let is_child = if empty {
            depth == item.depth
        } else {
            depth == item.depth + 1
        };
        if !is_child {
            return;
        }
        let kind = FieldKind::of(qname.as_ref(), start);
        if kind == FieldKind::Link {
            if let Some(href) = attribute(start, b"href") {
                // Atom: <link rel="alternate" href="..."/>; no rel means alternate.
                let rel = attribute(start, b"rel");
                if rel.as_deref().is_none_or(|rel| rel == "alternate") && item.link.is_none() {
                    item.link = Some(href);
                }
                return;
            }
        }
        if !empty {
            item.field = Some(Field::new(kind, depth, start));
        }
    }

    fn finish_item(&mut self) -> Option<Result<RawDocument, IngestError>> {
        let mut item = self.item.take()?;
        let record = self.items_seen;
        self.items_seen += 1;
        if item.too_large {
            return Some(Err(IngestError::record(
                self.name.clone(),
                record,
                format!(
                    "feed item larger than the limit of {} bytes",
                    self.limits.max_document_bytes
                ),
            )));
        }
        let url = item.url();
        let Some((kind, bytes)) = item.body() else {
            self.skipped += 1;
            return None;
        };
        Some(Ok(RawDocument {
            source: Source {
                path: self.name.clone(),
                url: url.clone(),
                format: SourceFormat::Feed,
                record,
            },
            kind,
            bytes,
            meta: RawMetadata {
                url,
                title: item.title,
                published: item.published.or(item.updated),
                author: item.author,
                charset: Some(self.charset.clone()),
            },
        }))
    }
}

/// The value of the attribute `name` (unescaped, lossily as UTF-8).
pub(crate) fn attribute(start: &BytesStart<'_>, name: &[u8]) -> Option<String> {
    start
        .attributes()
        .with_checks(false)
        .flatten()
        .find(|attr| attr.key.as_ref() == name)
        .map(|attr| {
            String::from_utf8_lossy(&crate::feed_item::unescape(&attr.value))
                .trim()
                .to_string()
        })
}

impl RecordReader for FeedReader {
    fn next_record(&mut self) -> Option<Result<RawDocument, IngestError>> {
        while !self.done {
            // The event borrows the buffer, `handle` borrows `self`: lend
            // the buffer out for the duration.
            let mut buf = std::mem::take(&mut self.buf);
            buf.clear();
            let result = match self.reader.read_event_into(&mut buf) {
                Ok(event) => self.handle(event),
                Err(err) => {
                    self.done = true;
                    Some(Err(self.error(format!("malformed feed XML ({err})"))))
                }
            };
            self.buf = buf;
            if result.is_some() {
                return result;
            }
        }
        None
    }

    fn skipped(&self) -> u64 {
        self.skipped
    }
}

/// Counts the bytes read since the last item closed and fails past a limit,
/// so that one endless element cannot make the XML reader buffer it all.
struct Budget {
    inner: DynBufRead,
    used: u64,
    limit: u64,
}

impl Budget {
    fn check(&self) -> io::Result<()> {
        if self.used > self.limit {
            return Err(io::Error::other(format!(
                "feed item larger than the limit ({} bytes read without the item ending)",
                self.used
            )));
        }
        Ok(())
    }
}

impl Read for Budget {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.check()?;
        let read = self.inner.read(buf)?;
        self.used += read as u64;
        Ok(read)
    }
}

impl BufRead for Budget {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.check()?;
        self.inner.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        self.used += amount as u64;
        self.inner.consume(amount);
    }
}
