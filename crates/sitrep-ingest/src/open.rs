//! Opening one input: peek at its first bytes, gunzip transparently, and
//! hand it to the reader for its format.

use std::io::{self, BufRead, BufReader, Cursor, Read};

use flate2::bufread::MultiGzDecoder;
use sitrep_core::SourceFormat;

use crate::error::IngestError;
use crate::sniff::{sniff, Sniffed, SNIFF_LEN};
use crate::{feed, jsonl, single, warc, Limits};

/// An input's byte stream, boxed so that every format reader is one type.
pub(crate) type DynRead = Box<dyn Read + Send>;
/// The same, buffered.
pub(crate) type DynBufRead = Box<dyn BufRead + Send>;

/// A reader of the documents in one input.
pub(crate) trait RecordReader: Send {
    /// The next document or error of this input; `None` when it is done.
    fn next_record(&mut self) -> Option<Result<sitrep_core::RawDocument, IngestError>>;
    /// Records that were read and deliberately left out (non-HTML WARC
    /// payloads, redirects, feed items without content).
    fn skipped(&self) -> u64 {
        0
    }
}

/// A reader that has nothing to give but one error.
pub(crate) struct Failed(Option<IngestError>);

impl Failed {
    pub(crate) fn boxed(err: IngestError) -> Box<dyn RecordReader> {
        Box::new(Failed(Some(err)))
    }
}

impl RecordReader for Failed {
    fn next_record(&mut self) -> Option<Result<sitrep_core::RawDocument, IngestError>> {
        self.0.take().map(Err)
    }
}

/// Picks the reader for `input` from its content. `name` is the path as the
/// analyst gave it, used in every `Source` and error.
pub(crate) fn reader_for(name: String, input: DynRead, limits: &Limits) -> Box<dyn RecordReader> {
    let (prefix, input) = match peek(input) {
        Ok(peeked) => peeked,
        Err(err) => {
            return Failed::boxed(IngestError::input(name, crate::error::describe_io(&err)))
        }
    };
    match sniff(&prefix) {
        Sniffed::Gzip => {
            let gunzipped: DynRead = Box::new(Gunzip::new(input));
            let (prefix, input) = match peek(gunzipped) {
                Ok(peeked) => peeked,
                Err(err) => return Failed::boxed(IngestError::input(name, err.to_string())),
            };
            match sniff(&prefix) {
                Sniffed::Gzip => Failed::boxed(IngestError::input(
                    name,
                    "binary content (looks like gzip inside gzip)",
                )),
                plain => reader_for_format(name, plain, input, limits),
            }
        }
        plain => reader_for_format(name, plain, input, limits),
    }
}

fn reader_for_format(
    name: String,
    sniffed: Sniffed,
    input: DynRead,
    limits: &Limits,
) -> Box<dyn RecordReader> {
    let buffered: DynBufRead = Box::new(BufReader::with_capacity(64 * 1024, input));
    match sniffed {
        Sniffed::Empty => Failed::boxed(IngestError::input(name, "empty file")),
        Sniffed::Binary(reason) => Failed::boxed(IngestError::input(name, reason)),
        Sniffed::Warc => Box::new(warc::WarcReader::new(name, buffered, limits.clone())),
        Sniffed::Feed => Box::new(feed::FeedReader::new(name, buffered, limits.clone())),
        Sniffed::Jsonl => Box::new(jsonl::JsonlReader::new(name, buffered, limits.clone())),
        Sniffed::Html => Box::new(single::SingleReader::new(
            name,
            buffered,
            SourceFormat::Html,
            sitrep_core::ContentKind::Html,
            limits.clone(),
        )),
        Sniffed::Text(kind) => Box::new(single::SingleReader::new(
            name,
            buffered,
            SourceFormat::Text,
            kind,
            limits.clone(),
        )),
        // `reader_for` unwraps one gzip layer before calling here.
        Sniffed::Gzip => Failed::boxed(IngestError::input(
            name,
            "binary content (looks like gzip inside gzip)",
        )),
    }
}

/// Reads up to [`SNIFF_LEN`] bytes and returns them with a reader that
/// yields the same stream from its start. A read error after some bytes is
/// kept for later, so that the records before it are still read; an error
/// before the first byte is returned.
fn peek(mut input: DynRead) -> io::Result<(Vec<u8>, DynRead)> {
    let mut prefix = vec![0u8; SNIFF_LEN];
    let mut filled = 0;
    let mut pending_error = None;
    while filled < SNIFF_LEN {
        match input.read(&mut prefix[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
            Err(err) if filled == 0 => return Err(err),
            Err(err) => {
                pending_error = Some(err);
                break;
            }
        }
    }
    prefix.truncate(filled);
    let rest: DynRead = match pending_error {
        Some(err) => Box::new(FailAfter(Some(err))),
        None => input,
    };
    let replay: DynRead = Box::new(Cursor::new(prefix.clone()).chain(rest));
    Ok((prefix, replay))
}

/// A reader that fails with a stored error (once; then reports end of input).
struct FailAfter(Option<io::Error>);

impl Read for FailAfter {
    fn read(&mut self, _buf: &mut [u8]) -> io::Result<usize> {
        match self.0.take() {
            Some(err) => Err(err),
            None => Ok(0),
        }
    }
}

/// Gunzips every gzip member in a row (per-record gzipped WARCs are many
/// members) and words its errors for the analyst.
struct Gunzip {
    decoder: MultiGzDecoder<BufReader<DynRead>>,
}

impl Gunzip {
    fn new(input: DynRead) -> Gunzip {
        Gunzip {
            decoder: MultiGzDecoder::new(BufReader::with_capacity(64 * 1024, input)),
        }
    }
}

impl Read for Gunzip {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.decoder.read(buf).map_err(|err| match err.kind() {
            io::ErrorKind::UnexpectedEof => {
                io::Error::new(io::ErrorKind::UnexpectedEof, "truncated gzip stream")
            }
            io::ErrorKind::Interrupted => err,
            _ => io::Error::new(
                io::ErrorKind::InvalidData,
                format!("corrupt gzip stream ({err})"),
            ),
        })
    }
}
