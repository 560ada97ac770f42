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
