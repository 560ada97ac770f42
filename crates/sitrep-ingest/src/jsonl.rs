//! JSON Lines: one object per line with `text` or `html` and optional
//! `url`, `title`, `published`, `author`.

use serde_json::{Map, Value};
use sitrep_core::{ContentKind, RawDocument, RawMetadata, Source, SourceFormat};

use crate::error::IngestError;
use crate::lines::{read_capped_line, Line};
use crate::open::{DynBufRead, RecordReader};
use crate::Limits;

/// Reads a JSONL input line by line. `Source.record` is the 0-based line
/// number (blank lines count but yield nothing), so record `n` is line
/// `n + 1` in an editor; a bad line is an error for its record only.
pub(crate) struct JsonlReader {
    name: String,
    input: DynBufRead,
    limits: Limits,
    line_number: u64,
    done: bool,
    line: Vec<u8>,
}

impl JsonlReader {
    pub(crate) fn new(name: String, input: DynBufRead, limits: Limits) -> JsonlReader {
        JsonlReader {
            name,
            input,
            limits,
            line_number: 0,
            done: false,
            line: Vec::new(),
        }
    }

    fn document(&self, record: u64) -> Result<RawDocument, String> {
        let text = std::str::from_utf8(&self.line)
            .map_err(|err| format!("line is not valid UTF-8 ({err})"))?;
        let value: Value =
            serde_json::from_str(text).map_err(|err| format!("invalid JSON ({err})"))?;
        let Value::Object(object) = value else {
            return Err("line is not a JSON object".to_string());
        };
        // The page as published is preferred over someone's extraction of
        // it: the cleaner finds title, date and boilerplate in the HTML.
        let (kind, body) = match (
            string_field(&object, "html")?,
            string_field(&object, "text")?,
        ) {
            (Some(html), _) => (ContentKind::Html, html),
            (None, Some(text)) => (ContentKind::Text, text),
            (None, None) => {
                return Err("object has neither a \"text\" nor an \"html\" string".to_string())
            }
        };
        if body.len() > self.limits.max_document_bytes {
            return Err(format!(
                "document larger than the limit of {} bytes",
                self.limits.max_document_bytes
            ));
        }
        let url = string_field(&object, "url")?;
        Ok(RawDocument {
            source: Source {
                path: self.name.clone(),
                url: url.clone(),
                format: SourceFormat::Jsonl,
                record,
            },
            kind,
            bytes: body.into_bytes(),
            meta: RawMetadata {
                url,
                title: string_field(&object, "title")?,
                published: string_field(&object, "published")?,
                author: string_field(&object, "author")?,
                // serde_json has decoded the line; the content is UTF-8 now.
                charset: Some("utf-8".to_string()),
            },
        })
    }
}

/// A string field; absent and `null` are `None`, other types are an error.
fn string_field(object: &Map<String, Value>, name: &str) -> Result<Option<String>, String> {
    match object.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(value)) => Ok(Some(value.clone())),
        Some(_) => Err(format!("field \"{name}\" is not a string")),
    }
}

impl RecordReader for JsonlReader {
    fn next_record(&mut self) -> Option<Result<RawDocument, IngestError>> {
        while !self.done {
            let record = self.line_number;
            let line =
                read_capped_line(&mut self.input, self.limits.max_line_bytes, &mut self.line);
            self.line_number += 1;
            match line {
                Ok(Line::Eof) => self.done = true,
                Ok(Line::TooLong { len }) => {
                    return Some(Err(IngestError::record(
                        self.name.clone(),
                        record,
                        format!(
                            "line of {len} bytes is longer than the limit of {} bytes",
                            self.limits.max_line_bytes
                        ),
                    )))
                }
                Ok(Line::Complete) if self.line.trim_ascii().is_empty() => {}
                Ok(Line::Complete) => {
                    // A byte-order mark may open the file.
                    if record == 0 && self.line.starts_with(b"\xef\xbb\xbf") {
                        self.line.drain(..3);
                    }
                    return Some(
                        self.document(record).map_err(|reason| {
                            IngestError::record(self.name.clone(), record, reason)
                        }),
                    );
                }
                Err(err) => {
                    self.done = true;
                    return Some(Err(IngestError::record(
                        self.name.clone(),
                        record,
                        err.to_string(),
                    )));
                }
            }
        }
        None
    }
}
