//! The end-of-run summary: what was read, skipped (with reasons), stored.

use std::collections::BTreeMap;
use std::fmt;

#[derive(Default)]
pub struct Summary {
    pub read: u64,
    pub stored: u64,
    pub duplicates: u64,
    pub failed: u64,
    pub bytes: u64,
    /// Failure reasons, grouped and counted (the message without the path).
    pub reasons: BTreeMap<String, u64>,
    /// Documents processed with a caveat (another language), grouped.
    pub notes: BTreeMap<String, u64>,
}

impl Summary {
    /// Report one failure on stderr now, and count it for the summary.
    pub fn fail(&mut self, message: &str, reason: &str) {
        eprintln!("sitrep: {message}");
        self.failed += 1;
        *self.reasons.entry(reason.to_string()).or_default() += 1;
    }
}

impl Summary {
    /// Count a document that was processed with a caveat.
    pub fn note(&mut self, note: String) {
        *self.notes.entry(note).or_default() += 1;
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} documents read", self.read)?;
        if self.stored > 0 || self.duplicates > 0 {
            write!(
                f,
                ", {} stored, {} already stored",
                self.stored, self.duplicates
            )?;
        }
        write!(f, ", {} failed", self.failed)?;
        for (reason, n) in &self.reasons {
            write!(f, "\n  {n} × {reason}")?;
        }
        for (note, n) in &self.notes {
            write!(f, "\n  note: {n} × {note}")?;
        }
        Ok(())
    }
}
