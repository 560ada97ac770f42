//! The learned boundary classifier: hashed feature weights of a binary
//! averaged perceptron, and its compact file format.
//!
//! File layout (little-endian): the magic `SITSENT1`, the table size as a
//! power of two (`u32`), the decision threshold (`f32`), the number of
//! stored weights (`u32`), then that many `(slot: u32, weight: f32)` pairs.
//! Only non-zero slots are stored; loading expands them into a dense table
//! so that scoring is one array read per feature.

use std::sync::OnceLock;

use super::features::Features;

const MAGIC: &[u8; 8] = b"SITSENT1";

/// The model trained on UD English EWT train (see `docs/models/sentences.md`).
static EMBEDDED_MODEL: &[u8] = include_bytes!("../../../../models/sentences.bin");

/// Why a boundary model file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// The bytes do not start with the expected magic.
    #[error("not a sentence boundary model (bad magic)")]
    BadMagic,
    /// The file ends before the header says it should.
    #[error("sentence boundary model truncated at byte {0}")]
    Truncated(usize),
    /// A header field is out of range.
    #[error("sentence boundary model: {0}")]
    Invalid(String),
}

/// Weights of the boundary classifier: a gap ends a sentence when the sum of
/// its features' weights reaches `threshold`.
#[derive(Debug, Clone)]
pub struct BoundaryModel {
    bits: u32,
    weights: Vec<f32>,
    threshold: f32,
}

impl BoundaryModel {
    /// A model with a table of `2^bits` zero weights.
    pub(super) fn zeros(bits: u32) -> Self {
        BoundaryModel {
            bits,
            weights: vec![0.0; 1usize << bits],
            threshold: 0.0,
        }
    }

    pub(super) fn slot(&self, key: u64) -> usize {
        (key >> (64 - self.bits)) as usize
    }

    pub(super) fn weights_mut(&mut self) -> &mut [f32] {
        &mut self.weights
    }

    /// The classifier's score for a candidate (before the threshold).
    pub(super) fn score(&self, features: &Features) -> f32 {
        features
            .keys()
            .iter()
            .map(|&key| self.weights.get(self.slot(key)).copied().unwrap_or(0.0))
            .sum()
    }

    pub(super) fn decides_boundary(&self, features: &Features) -> bool {
        self.score(features) >= self.threshold
    }

    /// The decision threshold.
    pub fn threshold(&self) -> f32 {
        self.threshold
    }

    /// The same weights with another decision threshold (higher: fewer,
    /// surer boundaries).
    pub fn with_threshold(mut self, threshold: f32) -> Self {
        self.threshold = threshold;
        self
    }

    /// Number of non-zero weights.
    pub fn non_zero(&self) -> usize {
        self.weights.iter().filter(|w| **w != 0.0).count()
    }

    /// Encodes the model in its file format.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(20 + self.non_zero() * 8);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&self.bits.to_le_bytes());
        out.extend_from_slice(&self.threshold.to_le_bytes());
        out.extend_from_slice(&(self.non_zero() as u32).to_le_bytes());
        for (slot, weight) in self.weights.iter().enumerate() {
            if *weight != 0.0 {
                out.extend_from_slice(&(slot as u32).to_le_bytes());
                out.extend_from_slice(&weight.to_le_bytes());
            }
        }
        out
    }

    /// Decodes a model written by [`BoundaryModel::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ModelError> {
        if bytes.get(..8) != Some(MAGIC.as_slice()) {
            return Err(ModelError::BadMagic);
        }
        let mut reader = Reader { bytes, pos: 8 };
        let bits = reader.u32()?;
        if !(8..=24).contains(&bits) {
            return Err(ModelError::Invalid(format!("table bits {bits}")));
        }
        let threshold = f32::from_bits(reader.u32()?);
        let count = reader.u32()? as usize;
        let mut model = BoundaryModel::zeros(bits);
        model.threshold = threshold;
        for _ in 0..count {
            let slot = reader.u32()? as usize;
            let weight = f32::from_bits(reader.u32()?);
            let Some(target) = model.weights.get_mut(slot) else {
                return Err(ModelError::Invalid(format!("slot {slot} out of range")));
            };
            *target = weight;
        }
        Ok(model)
    }

    /// The embedded model trained on EWT, loaded once per process. `None`
    /// only if the embedded bytes were corrupt, in which case the splitter
    /// falls back to its rules.
    pub fn embedded() -> Option<&'static BoundaryModel> {
        static MODEL: OnceLock<Option<BoundaryModel>> = OnceLock::new();
        MODEL
            .get_or_init(|| BoundaryModel::from_bytes(EMBEDDED_MODEL).ok())
            .as_ref()
    }
}

struct Reader<'b> {
    bytes: &'b [u8],
    pos: usize,
}

impl Reader<'_> {
    fn u32(&mut self) -> Result<u32, ModelError> {
        let chunk = self
            .bytes
            .get(self.pos..self.pos + 4)
            .ok_or(ModelError::Truncated(self.pos))?;
        self.pos += 4;
        let mut word = [0u8; 4];
        word.copy_from_slice(chunk);
        Ok(u32::from_le_bytes(word))
    }
}
