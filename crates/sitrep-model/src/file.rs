//! The model file: a small header, labels, weights and named extra blobs
//! (lexicons, tag dictionaries) in one little-endian byte layout.
//!
//! Layout (all integers little-endian):
//! ```text
//! magic "SITREPMF" | format u32 | kind str | version u32
//! labels: count u32, str*
//! weights: n_classes u32 | scale f32 | n_keys u32 | n_cells u32
//!          | keys u64*n_keys | row_len u16*n_keys | (class u16, weight i16)*n_cells
//! extras: count u32, (name str, len u64, bytes)*
//! checksum u64 over everything before it
//! str = len u32 + UTF-8 bytes
//! ```
//! Loading is one read plus one pass building the hash table (well under
//! 100 ms for multi-MB models).

use std::path::Path;

use crate::hash::FeatureHasher;
use crate::weights::{Cell, Weights};

const MAGIC: &[u8; 8] = b"SITREPMF";
/// Version of the byte layout above (not of the model inside).
pub const FORMAT_VERSION: u32 = 1;

/// Errors reading or writing a model file.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("cannot read model file {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("cannot write model file {path}: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
    #[error("not a sitrep model file (bad magic bytes)")]
    BadMagic,
    #[error("unsupported model file format version {0} (this build reads {FORMAT_VERSION})")]
    UnsupportedFormat(u32),
    #[error("model file truncated while reading {0}")]
    Truncated(&'static str),
    #[error("model file corrupt: {0}")]
    Corrupt(String),
    #[error("model file holds a {found:?} model, expected {expected:?}")]
    WrongKind { expected: String, found: String },
    #[error("model file lacks the {0:?} section")]
    MissingExtra(String),
}

/// A trained model as stored on disk.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelFile {
    /// What the model is for (`"tagger"`, `"parser"`, `"ner"` ...).
    pub kind: String,
    /// The component's own version of its feature set; a component refuses
    /// files whose version it does not know.
    pub version: u32,
    /// Class names, index = class id.
    pub labels: Vec<String>,
    pub weights: Weights,
    /// Named extra sections (lexicons, configuration).
    pub extra: Vec<(String, Vec<u8>)>,
}

impl ModelFile {
    /// Serializes the model.
    pub fn to_bytes(&self) -> Vec<u8> {
        let (scale, keys, row_starts, cells) = self.weights.parts();
        let mut out = Vec::with_capacity(64 + keys.len() * 10 + cells.len() * 4);
        out.extend_from_slice(MAGIC);
        put_u32(&mut out, FORMAT_VERSION);
        put_str(&mut out, &self.kind);
        put_u32(&mut out, self.version);
        put_u32(&mut out, self.labels.len() as u32);
        for label in &self.labels {
            put_str(&mut out, label);
        }
        put_u32(&mut out, self.weights.n_classes() as u32);
        out.extend_from_slice(&scale.to_le_bytes());
        put_u32(&mut out, keys.len() as u32);
        put_u32(&mut out, cells.len() as u32);
        for key in keys {
            out.extend_from_slice(&key.to_le_bytes());
        }
        for pair in row_starts.windows(2) {
            out.extend_from_slice(&((pair[1] - pair[0]) as u16).to_le_bytes());
        }
        for cell in cells {
            out.extend_from_slice(&cell.class.to_le_bytes());
            out.extend_from_slice(&cell.weight.to_le_bytes());
        }
        put_u32(&mut out, self.extra.len() as u32);
        for (name, bytes) in &self.extra {
            put_str(&mut out, name);
            out.extend_from_slice(&(bytes.len() as u64).to_le_bytes());
            out.extend_from_slice(bytes);
        }
        let sum = checksum(&out);
        out.extend_from_slice(&sum.to_le_bytes());
        out
    }

    /// Parses a model; never panics on malformed bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ModelError> {
        if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
            return Err(ModelError::BadMagic);
        }
        if bytes.len() < MAGIC.len() + 4 + 8 {
            return Err(ModelError::Truncated("header"));
        }
        let (body, tail) = bytes.split_at(bytes.len() - 8);
        let mut r = Reader {
            bytes: &body[MAGIC.len()..],
        };
        let format = r.u32("format version")?;
        if format != FORMAT_VERSION {
            return Err(ModelError::UnsupportedFormat(format));
        }
        let mut stored = [0u8; 8];
        stored.copy_from_slice(tail);
        if u64::from_le_bytes(stored) != checksum(body) {
            return Err(ModelError::Corrupt("checksum mismatch".into()));
        }
        let kind = r.string("kind")?;
        let version = r.u32("version")?;
        let n_labels = r.u32("label count")? as usize;
        let mut labels = Vec::with_capacity(n_labels.min(1 << 16));
        for _ in 0..n_labels {
            labels.push(r.string("label")?);
        }
        let n_classes = r.u32("class count")? as usize;
        if n_classes == 0 || n_classes > usize::from(u16::MAX) {
            return Err(ModelError::Corrupt(format!("class count {n_classes}")));
        }
        let scale = f32::from_le_bytes(r.array::<4>("scale")?);
        let n_keys = r.u32("key count")? as usize;
        let n_cells = r.u32("weight count")? as usize;
        let key_bytes = r.take(n_keys.saturating_mul(8), "keys")?;
        let len_bytes = r.take(n_keys.saturating_mul(2), "row lengths")?;
        let cell_bytes = r.take(n_cells.saturating_mul(4), "weights")?;
        let keys: Vec<u64> = key_bytes
            .chunks_exact(8)
            .map(|c| u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]))
            .collect();
        if keys.contains(&0) {
            return Err(ModelError::Corrupt("zero feature key".into()));
        }
        let mut row_starts = Vec::with_capacity(n_keys + 1);
        let mut at = 0u32;
        row_starts.push(0);
        for c in len_bytes.chunks_exact(2) {
            at = at.saturating_add(u32::from(u16::from_le_bytes([c[0], c[1]])));
            row_starts.push(at);
        }
        if at as usize != n_cells {
            return Err(ModelError::Corrupt("row lengths do not add up".into()));
        }
        let cells: Vec<Cell> = cell_bytes
            .chunks_exact(4)
            .map(|c| Cell {
                class: u16::from_le_bytes([c[0], c[1]]),
                weight: i16::from_le_bytes([c[2], c[3]]),
            })
            .collect();
        if cells.iter().any(|c| usize::from(c.class) >= n_classes) {
            return Err(ModelError::Corrupt("class id out of range".into()));
        }
        let weights = Weights::assemble(n_classes, scale, keys, row_starts, cells);
        let n_extra = r.u32("extra count")? as usize;
        let mut extra = Vec::with_capacity(n_extra.min(1024));
        for _ in 0..n_extra {
            let name = r.string("extra name")?;
            let len = u64::from_le_bytes(r.array::<8>("extra length")?);
            let len = usize::try_from(len).map_err(|_| ModelError::Truncated("extra section"))?;
            extra.push((name, r.take(len, "extra section")?.to_vec()));
        }
        if !r.bytes.is_empty() {
            return Err(ModelError::Corrupt(format!(
                "{} trailing bytes",
                r.bytes.len()
            )));
        }
        Ok(ModelFile {
            kind,
            version,
            labels,
            weights,
            extra,
        })
    }

    /// Like [`ModelFile::from_bytes`], also checking the model kind.
    pub fn from_bytes_of_kind(bytes: &[u8], expected: &str) -> Result<Self, ModelError> {
        let model = Self::from_bytes(bytes)?;
        if model.kind != expected {
            return Err(ModelError::WrongKind {
                expected: expected.to_string(),
                found: model.kind,
            });
        }
        Ok(model)
    }

    pub fn save(&self, path: impl AsRef<Path>) -> Result<(), ModelError> {
        let path = path.as_ref();
        std::fs::write(path, self.to_bytes()).map_err(|source| ModelError::Write {
            path: path.display().to_string(),
            source,
        })
    }

    pub fn load(path: impl AsRef<Path>) -> Result<Self, ModelError> {
        let path = path.as_ref();
        let bytes = std::fs::read(path).map_err(|source| ModelError::Read {
            path: path.display().to_string(),
            source,
        })?;
        Self::from_bytes(&bytes)
    }

    /// The extra section called `name`.
    pub fn extra(&self, name: &str) -> Option<&[u8]> {
        self.extra
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, b)| b.as_slice())
    }

    /// The extra section called `name`, or [`ModelError::MissingExtra`].
    pub fn require_extra(&self, name: &str) -> Result<&[u8], ModelError> {
        self.extra(name)
            .ok_or_else(|| ModelError::MissingExtra(name.to_string()))
    }
}

fn put_u32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_u32(out, s.len() as u32);
    out.extend_from_slice(s.as_bytes());
}

fn checksum(bytes: &[u8]) -> u64 {
    FeatureHasher::new(0x5EED).bytes(bytes).finish()
}

/// Bounds-checked cursor over the file body.
pub(crate) struct Reader<'a> {
    pub(crate) bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    pub(crate) fn take(&mut self, n: usize, what: &'static str) -> Result<&'a [u8], ModelError> {
        if self.bytes.len() < n {
            return Err(ModelError::Truncated(what));
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Ok(head)
    }

    fn array<const N: usize>(&mut self, what: &'static str) -> Result<[u8; N], ModelError> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N, what)?);
        Ok(a)
    }

    pub(crate) fn u32(&mut self, what: &'static str) -> Result<u32, ModelError> {
        Ok(u32::from_le_bytes(self.array::<4>(what)?))
    }

    pub(crate) fn string(&mut self, what: &'static str) -> Result<String, ModelError> {
        let len = self.u32(what)? as usize;
        let raw = self.take(len, what)?;
        String::from_utf8(raw.to_vec())
            .map_err(|_| ModelError::Corrupt(format!("{what} is not UTF-8")))
    }
}
