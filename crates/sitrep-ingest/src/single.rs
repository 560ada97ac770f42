//! A whole input as one document: plain text and HTML files.

use std::io::Read;

use sitrep_core::{ContentKind, RawDocument, RawMetadata, Source, SourceFormat};

use crate::error::IngestError;
use crate::open::{DynBufRead, RecordReader};
use crate::Limits;

/// Reads an input whole (up to the size limit) as record 0.
pub(crate) struct SingleReader {
    name: String,
    input: Option<DynBufRead>,
    format: SourceFormat,
    kind: ContentKind,
    limits: Limits,
}

impl SingleReader {
    pub(crate) fn new(
        name: String,
        input: DynBufRead,
        format: SourceFormat,
        kind: ContentKind,
        limits: Limits,
    ) -> SingleReader {
        SingleReader {
            name,
            input: Some(input),
            format,
            kind,
            limits,
        }
    }
}

impl RecordReader for SingleReader {
    fn next_record(&mut self) -> Option<Result<RawDocument, IngestError>> {
        let input = self.input.take()?;
        let cap = self.limits.max_document_bytes as u64;
        let mut bytes = Vec::new();
        if let Err(err) = input.take(cap + 1).read_to_end(&mut bytes) {
            return Some(Err(IngestError::input(
                self.name.clone(),
                crate::error::describe_io(&err),
            )));
        }
        if bytes.len() as u64 > cap {
            return Some(Err(IngestError::input(
                self.name.clone(),
                format!("document larger than the limit of {cap} bytes"),
            )));
        }
        Some(Ok(RawDocument {
            source: Source {
                path: self.name.clone(),
                url: None,
                format: self.format,
                record: 0,
            },
            kind: self.kind,
            bytes,
            meta: RawMetadata::default(),
        }))
    }
}
