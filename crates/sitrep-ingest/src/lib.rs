//! Readers for every input form sitrep accepts: text, HTML, WARC/WET,
//! RSS/Atom, JSONL, directories, stdin.
//!
//! Everything is a stream: [`read_inputs`] returns an iterator that opens one
//! input at a time and reads one record at a time, so memory stays flat
//! however many documents a WARC or JSONL file holds. Formats are told apart
//! by content (gzip is unwrapped first), never by file name. Bad input never
//! stops the stream: it yields one [`IngestError`] and goes on.
//!
//! Ingest does not decode text: a [`RawDocument`] carries the undecoded
//! bytes and the charset its container declared; the cleaner decodes.
//!
//! | content | `Source.format` | one document per | `Source.record` |
//! |---|---|---|---|
//! | WARC/WET (`response` with HTML/text payload, `resource`, `conversion`) | `warc` | record | index among the documents yielded from the file |
//! | RSS 2.0 / RSS 1.0 / Atom | `feed` | `item` / `entry` | item position in the feed |
//! | JSONL (`text` or `html`, + `url`, `title`, `published`, `author`) | `jsonl` | line | 0-based line number |
//! | HTML page | `html` | file | 0 |
//! | anything else text-like | `text` | file | 0 |
//!
//! Any of these may be gzipped (one member or many). `WARC-Date` is the crawl
//! time, not the publication time, and is not reported.

mod error;
mod feed;
mod feed_item;
mod http;
mod jsonl;
mod lines;
mod open;
mod single;
mod sniff;
mod walk;
mod warc;

use std::collections::VecDeque;
use std::io::Cursor;
use std::path::PathBuf;

pub use error::IngestError;
pub use sitrep_core::{ContentKind, RawDocument, RawMetadata};
pub use sniff::{sniff, Sniffed};

use open::{reader_for, Failed, RecordReader};

/// One input as named on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputSpec {
    /// A file or a directory (read recursively).
    Path(PathBuf),
    /// Standard input, written `-`.
    Stdin,
}

impl InputSpec {
    /// `-` is standard input; anything else is a path.
    pub fn parse(arg: &str) -> InputSpec {
        if arg == "-" {
            InputSpec::Stdin
        } else {
            InputSpec::Path(PathBuf::from(arg))
        }
    }
}

/// Size limits that keep one bad input from exhausting memory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Largest single document (file, WARC payload, feed item, JSONL line
    /// content) that is read; larger ones are an error for that record.
    pub max_document_bytes: usize,
    /// Longest JSONL line (and WARC header line) kept in memory; longer lines
    /// are skipped without being stored.
    pub max_line_bytes: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_document_bytes: 64 * 1024 * 1024,
            max_line_bytes: 64 * 1024 * 1024,
        }
    }
}

/// Counts of what a stream has produced so far.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct IngestStats {
    /// Files (and stdin) opened.
    pub inputs: u64,
    /// Documents yielded.
    pub documents: u64,
    /// Errors yielded.
    pub errors: u64,
    /// Records read and deliberately left out without an error: WARC
    /// payloads that are not HTML or text (images, scripts), non-2xx HTTP
    /// responses, feed items without content.
    pub skipped_records: u64,
}

/// The stream of documents from a list of inputs, in order; directories are
/// expanded in sorted order. See [`read_inputs`].
pub struct Inputs {
    pending: VecDeque<InputSpec>,
    walker: Option<walk::Walker>,
    current: Option<Box<dyn RecordReader>>,
    limits: Limits,
    stats: IngestStats,
}

/// Reads `inputs` one after the other as a stream of raw documents.
pub fn read_inputs(inputs: Vec<InputSpec>, limits: Limits) -> Inputs {
    Inputs {
        pending: inputs.into(),
        walker: None,
        current: None,
        limits,
        stats: IngestStats::default(),
    }
}

/// Reads one in-memory input named `name` (used by tests and the fuzzer;
/// the bytes go through the same sniffing and readers as a file).
pub fn read_bytes(name: &str, bytes: &[u8], limits: Limits) -> Inputs {
    read_reader(name, Cursor::new(bytes.to_vec()), limits)
}

/// Reads one input from any byte stream, e.g. a socket or a decompressor.
pub fn read_reader<R: std::io::Read + Send + 'static>(
    name: &str,
    reader: R,
    limits: Limits,
) -> Inputs {
    let mut inputs = read_inputs(Vec::new(), limits);
    inputs.current = Some(reader_for(
        name.to_string(),
        Box::new(reader),
        &inputs.limits,
    ));
    inputs.stats.inputs = 1;
    inputs
}

impl Inputs {
    /// What the stream has produced so far.
    pub fn stats(&self) -> IngestStats {
        let mut stats = self.stats;
        if let Some(current) = &self.current {
            stats.skipped_records += current.skipped();
        }
        stats
    }

    fn open_file(&mut self, path: PathBuf) {
        let name = path.display().to_string();
        self.stats.inputs += 1;
        self.current = Some(match std::fs::File::open(&path) {
            Ok(file) => reader_for(name, Box::new(file), &self.limits),
            Err(err) => Failed::boxed(IngestError::input(
                name,
                format!("cannot open: {}", error::describe_io(&err)),
            )),
        });
    }

    fn open_next(&mut self) -> Option<Result<(), IngestError>> {
        if let Some(walker) = &mut self.walker {
            match walker.next() {
                Some(Ok(path)) => {
                    self.open_file(path);
                    return Some(Ok(()));
                }
                Some(Err(err)) => return Some(Err(err)),
                None => self.walker = None,
            }
        }
        match self.pending.pop_front()? {
            InputSpec::Stdin => {
                self.stats.inputs += 1;
                self.current = Some(reader_for(
                    "-".to_string(),
                    Box::new(std::io::stdin()),
                    &self.limits,
                ));
            }
            InputSpec::Path(path) => match std::fs::metadata(&path) {
                Ok(metadata) if metadata.is_dir() => self.walker = Some(walk::Walker::new(&path)),
                Ok(_) => self.open_file(path),
                Err(err) => {
                    return Some(Err(IngestError::input(
                        path.display().to_string(),
                        format!("cannot open: {}", error::describe_io(&err)),
                    )))
                }
            },
        }
        Some(Ok(()))
    }
}

impl Iterator for Inputs {
    type Item = Result<RawDocument, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(current) = &mut self.current {
                match current.next_record() {
                    Some(Ok(doc)) => {
                        self.stats.documents += 1;
                        return Some(Ok(doc));
                    }
                    Some(Err(err)) => {
                        self.stats.errors += 1;
                        return Some(Err(err));
                    }
                    None => {
                        self.stats.skipped_records += current.skipped();
                        self.current = None;
                    }
                }
            }
            if let Err(err) = self.open_next()? {
                self.stats.errors += 1;
                return Some(Err(err));
            }
        }
    }
}
