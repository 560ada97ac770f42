//! The one error type ingest reports: which input, which record, and why.

use std::fmt;

/// A problem with one input or one record of it.
///
/// Ingest never stops on bad input: the iterator yields one `IngestError`
/// and goes on with the next record or the next input, so a single corrupt
/// file cannot hide the rest of an analyst's material.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct IngestError {
    /// The input path as given (`-` for stdin), or the file found inside a
    /// directory input.
    pub path: String,
    /// The record inside a multi-document container, when the problem is
    /// limited to one record (see `Source::record` for the numbering).
    pub record: Option<u64>,
    /// What went wrong, in words meant for the analyst.
    pub reason: String,
}

impl IngestError {
    /// An error about a whole input.
    pub fn input(path: impl Into<String>, reason: impl Into<String>) -> IngestError {
        IngestError {
            path: path.into(),
            record: None,
            reason: reason.into(),
        }
    }

    /// An error about one record of an input.
    pub fn record(path: impl Into<String>, record: u64, reason: impl Into<String>) -> IngestError {
        IngestError {
            path: path.into(),
            record: Some(record),
            reason: reason.into(),
        }
    }
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.record {
            Some(record) => write!(f, "{} (record {}): {}", self.path, record, self.reason),
            None => write!(f, "{}: {}", self.path, self.reason),
        }
    }
}

/// Turns an IO error into words: the kind's description when the message is
/// the platform's terse default, plus the message.
pub(crate) fn describe_io(err: &std::io::Error) -> String {
    match err.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => err.to_string(),
    }
}
