//! Feature hashing: a feature is a template id plus a few string parts,
//! folded into one 64-bit key without building any `String`.
//!
//! The hash must be deterministic across runs and machines (model files
//! store the keys), so it is a fixed multiply-rotate mix over 8-byte words
//! followed by a murmur3-style finaliser; no random seeds.

const MIX: u64 = 0x9E37_79B9_7F4A_7C15;
const PART_SEPARATOR: u64 = 0xA076_1D64_78BD_642F;

/// Incremental builder of one feature key.
///
/// `FeatureHasher::new(t).str("the").str("NOUN").finish()` equals
/// `feature_hash(t, &["the", "NOUN"])`. Every part is length-delimited, so
/// `["ab", "c"]` and `["a", "bc"]` hash differently.
#[derive(Debug, Clone, Copy)]
pub struct FeatureHasher {
    state: u64,
}

impl FeatureHasher {
    /// Starts a key for feature template `template`.
    #[inline]
    pub fn new(template: u32) -> Self {
        FeatureHasher {
            state: (u64::from(template) + 1).wrapping_mul(MIX),
        }
    }

    #[inline]
    fn mix(&mut self, word: u64) {
        self.state = (self.state.rotate_left(23) ^ word).wrapping_mul(MIX);
    }

    /// Appends a byte-string part.
    #[inline]
    pub fn bytes(mut self, part: &[u8]) -> Self {
        let mut chunks = part.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.mix(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        let mut word = [0u8; 8];
        word[..rest.len()].copy_from_slice(rest);
        self.mix(u64::from_le_bytes(word) ^ ((part.len() as u64) << 56) ^ PART_SEPARATOR);
        self
    }

    /// Appends a string part.
    #[inline]
    pub fn str(self, part: &str) -> Self {
        self.bytes(part.as_bytes())
    }

    /// Appends an integer part (a class id, a distance bucket, a flag).
    #[inline]
    pub fn int(mut self, part: u64) -> Self {
        self.mix(part ^ PART_SEPARATOR.rotate_left(17));
        self
    }

    /// Appends an already computed key (e.g. a cached word hash).
    #[inline]
    pub fn key(mut self, part: u64) -> Self {
        self.mix(part);
        self
    }

    /// The finished key; never 0 (0 marks empty slots in [`crate::Weights`]).
    #[inline]
    pub fn finish(self) -> u64 {
        let mut h = self.state;
        h ^= h >> 33;
        h = h.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
        h ^= h >> 33;
        h = h.wrapping_mul(0xC4CE_B9FE_1A85_EC53);
        h ^= h >> 33;
        if h == 0 {
            1
        } else {
            h
        }
    }
}

/// Hashes feature template `template` with string `parts` into a key.
#[inline]
pub fn feature_hash(template: u32, parts: &[&str]) -> u64 {
    let mut hasher = FeatureHasher::new(template);
    for part in parts {
        hasher = hasher.str(part);
    }
    hasher.finish()
}

/// A `std` hasher for maps keyed by already-mixed feature keys: passes the
/// key through instead of hashing it again, and is deterministic.
#[derive(Debug, Default, Clone, Copy)]
pub struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(MIX);
        }
    }
    fn write_u64(&mut self, key: u64) {
        self.0 = key;
    }
}

/// `BuildHasher` for [`KeyHasher`].
pub type BuildKeyHasher = std::hash::BuildHasherDefault<KeyHasher>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_delimited_and_templates_distinct() {
        assert_ne!(feature_hash(1, &["ab", "c"]), feature_hash(1, &["a", "bc"]));
        assert_ne!(feature_hash(1, &["word"]), feature_hash(2, &["word"]));
        assert_ne!(feature_hash(1, &[""]), feature_hash(1, &[]));
        assert_eq!(
            feature_hash(7, &["the", "NOUN"]),
            FeatureHasher::new(7).str("the").str("NOUN").finish()
        );
    }

    #[test]
    fn long_parts_use_every_byte() {
        let a = feature_hash(3, &["internationalization"]);
        let b = feature_hash(3, &["internationalizatioN"]);
        assert_ne!(a, b);
    }

    #[test]
    fn stable_across_runs() {
        // Model files store these keys: the value must never change.
        assert_eq!(feature_hash(0, &["a"]), feature_hash(0, &["a"]));
        let fixed = feature_hash(42, &["sitrep"]);
        assert_eq!(fixed, 0x5578_52be_1524_c8e7);
        assert_eq!(fixed, FeatureHasher::new(42).bytes(b"sitrep").finish());
    }
}
