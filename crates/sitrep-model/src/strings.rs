//! A simple string-list codec for model extra sections (lexicons, tag
//! dictionaries): count u32, then (len u32, UTF-8 bytes) per string.

use crate::file::{ModelError, Reader};

/// Encodes a list of strings.
pub fn encode_strings<S: AsRef<str>>(items: &[S]) -> Vec<u8> {
    let mut out = Vec::with_capacity(4 + items.iter().map(|s| s.as_ref().len() + 4).sum::<usize>());
    out.extend_from_slice(&(items.len() as u32).to_le_bytes());
    for item in items {
        let s = item.as_ref();
        out.extend_from_slice(&(s.len() as u32).to_le_bytes());
        out.extend_from_slice(s.as_bytes());
    }
    out
}

/// The distinct strings seen at least `min_count` times, sorted: the
/// lemma gates that keep a classifier to words its training saw often.
pub fn frequent_strings<'a>(
    items: impl IntoIterator<Item = &'a str>,
    min_count: usize,
) -> Vec<&'a str> {
    let mut counts: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for item in items {
        *counts.entry(item).or_default() += 1;
    }
    counts
        .into_iter()
        .filter(|&(_, n)| n >= min_count)
        .map(|(s, _)| s)
        .collect()
}

/// Decodes what [`encode_strings`] wrote; errors on malformed input.
pub fn decode_strings(bytes: &[u8]) -> Result<Vec<String>, ModelError> {
    let mut r = Reader { bytes };
    let n = r.u32("string list length")? as usize;
    let mut out = Vec::with_capacity(n.min(bytes.len() / 4 + 1));
    for _ in 0..n {
        out.push(r.string("string list item")?);
    }
    if !r.bytes.is_empty() {
        return Err(ModelError::Corrupt(
            "trailing bytes after string list".into(),
        ));
    }
    Ok(out)
}
