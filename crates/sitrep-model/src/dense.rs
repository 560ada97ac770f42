//! Weights for classifiers with very few classes, stored inline in the
//! hash-table slot: one probe fetches the key and the whole row, so a
//! feature lookup costs one cache miss instead of two (slot, then row).
//!
//! Built at load time from [`Weights`]; the file format is unchanged.

use crate::weights::Weights;

/// One slot: a 16-bit fingerprint of the key and `N` quantized weights
/// (8 bytes for 3 classes, so a multi-MB model stays cache-friendly).
///
/// The table index comes from the low bits of the 64-bit key and the
/// fingerprint from the top 16 bits, so an absent feature is mistaken for a
/// present one only when both agree: about one probe in 65,536 of those
/// that land on an occupied slot, a small, deterministic noise term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct InlineSlot<const N: usize> {
    fingerprint: u16,
    weights: [i16; N],
}

/// Read-only weights of an `N`-class model with rows stored in the slots.
#[derive(Debug, Clone, PartialEq)]
pub struct InlineWeights<const N: usize> {
    scale: f32,
    table: Vec<InlineSlot<N>>,
    mask: usize,
}

/// Keys looked up together before probing (see [`InlineWeights::accumulate`]).
const TOUCH_CHUNK: usize = 32;

/// Fingerprint 0 marks an empty slot; real keys map to 1..=u16::MAX.
#[inline]
fn fingerprint(key: u64) -> u16 {
    let f = (key >> 48) as u16;
    if f == 0 {
        1
    } else {
        f
    }
}

impl<const N: usize> InlineWeights<N> {
    /// Copies `weights` (which must have at most `N` classes; extra classes
    /// are dropped) into an inline table.
    pub fn from_weights(weights: &Weights) -> Self {
        let (scale, keys, row_starts, cells) = weights.parts();
        // Load factor <= ~0.6 keeps probes short while slots stay small.
        let capacity = (keys.len() * 5 / 3 + 1).next_power_of_two().max(16);
        let mask = capacity - 1;
        let empty = InlineSlot {
            fingerprint: 0,
            weights: [0; N],
        };
        let mut table = vec![empty; capacity];
        for (i, &key) in keys.iter().enumerate() {
            let mut row = [0i16; N];
            let cells = &cells[row_starts[i] as usize..row_starts[i + 1] as usize];
            for cell in cells {
                if let Some(w) = row.get_mut(usize::from(cell.class)) {
                    *w = cell.weight;
                }
            }
            let mut at = (key as usize) & mask;
            while table[at].fingerprint != 0 {
                at = (at + 1) & mask;
            }
            table[at] = InlineSlot {
                fingerprint: fingerprint(key),
                weights: row,
            };
        }
        InlineWeights { scale, table, mask }
    }

    /// Adds the weights of every feature in `feats` into `out` (integer
    /// units; multiply by [`InlineWeights::scale`] for the real score).
    #[inline]
    pub fn accumulate(&self, feats: &[u64], out: &mut [i32; N]) {
        for chunk in feats.chunks(TOUCH_CHUNK) {
            // Touch every home slot first: the loads are independent, so the
            // CPU overlaps their cache misses instead of waiting for one
            // after another inside the branchy probe loop below.
            let mut home = [0u16; TOUCH_CHUNK];
            for (h, &key) in home.iter_mut().zip(chunk) {
                *h = self.table[(key as usize) & self.mask].fingerprint;
            }
            for (&h, &key) in home.iter().zip(chunk) {
                if h == 0 {
                    continue;
                }
                let want = fingerprint(key);
                let mut at = (key as usize) & self.mask;
                loop {
                    let slot = &self.table[at];
                    if slot.fingerprint == want {
                        for (o, &w) in out.iter_mut().zip(&slot.weights) {
                            *o += i32::from(w);
                        }
                        break;
                    }
                    if slot.fingerprint == 0 {
                        break;
                    }
                    at = (at + 1) & self.mask;
                }
            }
        }
    }

    /// Scores of every class for `feats` (dequantized).
    pub fn scores(&self, feats: &[u64]) -> [f32; N] {
        let mut sums = [0i32; N];
        self.accumulate(feats, &mut sums);
        sums.map(|s| s as f32 * self.scale)
    }

    /// The factor turning accumulated integer sums into scores.
    pub fn scale(&self) -> f32 {
        self.scale
    }

    /// Approximate heap bytes used.
    pub fn memory_bytes(&self) -> usize {
        self.table.len() * std::mem::size_of::<InlineSlot<N>>()
    }
}
