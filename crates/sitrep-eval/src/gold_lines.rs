//! What the hand-built gold files (`gold/claims`, `gold/domain/quotes`)
//! share: one JSON object per line, checked as it is read.

use serde::de::DeserializeOwned;
use thiserror::Error;

/// A gold line that does not parse or does not pass its checks.
#[derive(Debug, Error)]
#[error("gold line {line}: {reason}")]
pub struct GoldLineError {
    pub line: usize,
    pub reason: String,
}

/// Parses every non-blank line of `text` as `R` and turns it into `T`
/// with `check`; errors name the line (from 1) and what is wrong.
pub fn read_lines<R: DeserializeOwned, T>(
    text: &str,
    check: impl Fn(R) -> Result<T, String>,
) -> Result<Vec<T>, GoldLineError> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            let line = i + 1;
            let raw: R = serde_json::from_str(l).map_err(|e| GoldLineError {
                line,
                reason: e.to_string(),
            })?;
            check(raw).map_err(|reason| GoldLineError { line, reason })
        })
        .collect()
}
