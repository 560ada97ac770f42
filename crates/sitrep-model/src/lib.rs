//! Averaged-perceptron learner, feature hashing and the compact model file
//! format shared by sitrep's trained components (tagger, lemmatizer, parser,
//! named-entity recognizer).
//!
//! - [`feature_hash`] / [`FeatureHasher`]: deterministic 64-bit feature keys
//!   built from byte slices, no allocation.
//! - [`Trainer`]: multiclass averaged perceptron with sparse rows and lazy
//!   averaging; [`Trainer::finish`] prunes and quantizes into [`Weights`].
//! - [`ModelFile`]: header + labels + weights + named extra blobs, with
//!   [`encode_strings`] / [`decode_strings`] for lexicon-like extras and
//!   [`frequent_strings`] for the lemma gates written into them.
//! - [`SplitMix64`]: the seeded PRNG every trainer uses for shuffling, so a
//!   seed fully determines a trained model.

#![cfg_attr(test, allow(clippy::unwrap_used))]

mod dense;
mod file;
mod hash;
mod rng;
mod strings;
mod trainer;
mod weights;

pub use dense::InlineWeights;
pub use file::{ModelError, ModelFile, FORMAT_VERSION};
pub use hash::{feature_hash, BuildKeyHasher, FeatureHasher, KeyHasher};
pub use rng::SplitMix64;
pub use strings::{decode_strings, encode_strings, frequent_strings};
pub use trainer::{argmax, Trainer};
pub use weights::Weights;

#[cfg(test)]
mod tests;
