//! Per-word feature keys computed once per sentence and shared by the
//! tagger, lemmatizer and parser: normalized form, affixes, shape, flags.
//! Hashing works on byte slices of one reusable lowercase buffer, so no
//! `String` is built per token.

use sitrep_model::FeatureHasher;

use crate::clusters::ClusterPath;

/// Flag bits of [`WordKeys::flags`].
pub(crate) const FLAG_UPPER_INITIAL: u8 = 1;
pub(crate) const FLAG_ALL_UPPER: u8 = 2;
pub(crate) const FLAG_HAS_DIGIT: u8 = 4;
pub(crate) const FLAG_HAS_HYPHEN: u8 = 8;
pub(crate) const FLAG_FIRST: u8 = 16;
pub(crate) const FLAG_HAS_LETTER: u8 = 32;

/// Hashed views of one word.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct WordKeys {
    /// Lowercased form with digits mapped to `0`.
    pub(crate) norm: u64,
    /// The exact form (case kept).
    pub(crate) exact: u64,
    /// Prefixes of 1..=3 characters of the normalized form.
    pub(crate) prefix: [u64; 3],
    /// Suffixes of 1..=4 characters of the normalized form.
    pub(crate) suffix: [u64; 4],
    /// Compressed character-class shape (`Xxx`, `dd.dd`).
    pub(crate) shape: u64,
    pub(crate) flags: u8,
    /// Word cluster of the normalized form (`None`: rare or unseen in the
    /// unlabelled text); filled by the tagger, which holds the table.
    pub(crate) cluster: Option<ClusterPath>,
}

impl WordKeys {
    /// Feature value of the first `bits` bits of the cluster path.
    #[inline]
    pub(crate) fn cluster_prefix(&self, bits: u8) -> u64 {
        self.cluster.map_or(u64::MAX, |c| c.prefix(bits))
    }
}

/// Keys for the padding positions before/after the sentence.
pub(crate) fn padding_keys(before: bool) -> WordKeys {
    let marker = if before { "<s>" } else { "</s>" };
    let key = FeatureHasher::new(0).str(marker).finish();
    WordKeys {
        norm: key,
        exact: key,
        prefix: [key; 3],
        suffix: [key; 4],
        shape: key,
        flags: 0,
        cluster: None,
    }
}

/// Reusable buffers for computing [`WordKeys`].
#[derive(Debug, Default)]
pub(crate) struct WordScratch {
    norm: String,
    shape: Vec<u8>,
}

impl WordScratch {
    /// Lowercased, digit-normalized form of `word` (valid until next call).
    pub(crate) fn normalize<'a>(&'a mut self, word: &str) -> &'a str {
        self.norm.clear();
        for c in word.chars() {
            if c.is_ascii_digit() {
                self.norm.push('0');
            } else if c.is_ascii() {
                self.norm.push(c.to_ascii_lowercase());
            } else {
                self.norm.extend(c.to_lowercase());
            }
        }
        &self.norm
    }

    pub(crate) fn keys(&mut self, word: &str, first: bool) -> WordKeys {
        let mut keys = WordKeys {
            exact: FeatureHasher::new(1).str(word).finish(),
            ..WordKeys::default()
        };
        let mut flags = if first { FLAG_FIRST } else { 0 };
        let mut all_upper = true;
        let mut any_letter = false;
        self.shape.clear();
        for (i, c) in word.chars().enumerate() {
            let class = if c.is_uppercase() {
                any_letter = true;
                if i == 0 {
                    flags |= FLAG_UPPER_INITIAL;
                }
                b'X'
            } else if c.is_alphabetic() {
                any_letter = true;
                all_upper = false;
                b'x'
            } else if c.is_numeric() {
                flags |= FLAG_HAS_DIGIT;
                b'd'
            } else {
                if c == '-' {
                    flags |= FLAG_HAS_HYPHEN;
                }
                if c.is_ascii() {
                    c as u8
                } else {
                    b'*'
                }
            };
            // Keep at most two repeats of a class: "Xxxxxx" -> "Xxx".
            let n = self.shape.len();
            let repeated = n >= 2 && self.shape[n - 1] == class && self.shape[n - 2] == class;
            if !repeated && n < 24 {
                self.shape.push(class);
            }
        }
        if any_letter {
            flags |= FLAG_HAS_LETTER;
            if all_upper {
                flags |= FLAG_ALL_UPPER;
            }
        }
        keys.flags = flags;
        keys.shape = FeatureHasher::new(2).bytes(&self.shape).finish();
        let norm = self.normalize(word);
        keys.norm = FeatureHasher::new(3).str(norm).finish();
        let bounds: [usize; 5] = char_bounds(norm);
        let len = norm.len();
        for n in 0..3 {
            keys.prefix[n] = FeatureHasher::new(4 + n as u32)
                .str(&norm[..bounds[n + 1].min(len)])
                .finish();
        }
        let tail = suffix_bounds(norm);
        for n in 0..4 {
            keys.suffix[n] = FeatureHasher::new(8 + n as u32)
                .str(&norm[tail[n]..])
                .finish();
        }
        keys
    }
}

/// Byte offsets after the first 0..=4 characters (capped at the length).
fn char_bounds(s: &str) -> [usize; 5] {
    let mut out = [s.len(); 5];
    out[0] = 0;
    for (n, (i, _)) in s.char_indices().enumerate().take(5) {
        out[n] = i;
    }
    out
}

/// Byte offsets where the last 1..=4 characters start (0 if shorter).
fn suffix_bounds(s: &str) -> [usize; 4] {
    let mut out = [0; 4];
    for (n, (i, _)) in s.char_indices().rev().enumerate().take(4) {
        out[n] = i;
    }
    for n in 1..4 {
        if out[n] > out[n - 1] {
            out[n] = out[n - 1];
        }
    }
    // Shorter words: the remaining entries are the whole word.
    let count = s.chars().count().min(4);
    for slot in out.iter_mut().skip(count) {
        *slot = 0;
    }
    out
}

/// Computes keys for every word of a sentence into `out` (cleared first).
pub(crate) fn sentence_keys(words: &[&str], scratch: &mut WordScratch, out: &mut Vec<WordKeys>) {
    out.clear();
    out.extend(
        words
            .iter()
            .enumerate()
            .map(|(i, w)| scratch.keys(w, i == 0)),
    );
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn affixes_and_shape() {
        let mut s = WordScratch::default();
        let a = s.keys("Running", true);
        let b = s.keys("running", false);
        assert_eq!(a.norm, b.norm);
        assert_ne!(a.exact, b.exact);
        assert_eq!(a.suffix, b.suffix);
        assert_ne!(a.shape, b.shape);
        assert!(a.flags & FLAG_UPPER_INITIAL != 0 && b.flags & FLAG_UPPER_INITIAL == 0);
        let c = s.keys("2024", false);
        let d = s.keys("1999", false);
        assert_eq!(c.norm, d.norm);
        assert!(c.flags & FLAG_HAS_DIGIT != 0);
        // A one-character word: every suffix is the whole word.
        assert_eq!(suffix_bounds("é"), [0, 0, 0, 0]);
        assert_eq!(suffix_bounds("abcdef"), [5, 4, 3, 2]);
        assert_eq!(suffix_bounds("ab"), [1, 0, 0, 0]);
        assert_eq!(char_bounds("ab"), [0, 1, 2, 2, 2]);
        assert_eq!(s.normalize("ÉTÉ-42"), "été-00");
    }
}
