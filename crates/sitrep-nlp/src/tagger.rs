//! Part-of-speech tagger: greedy left-to-right averaged perceptron that
//! predicts the joint (UPOS, XPOS) pair of each word in one pass.
//!
//! Why joint: one decision per word instead of two keeps tagging fast, and
//! the pair is more informative history for the next word (`VERB VBD` vs
//! `VERB VBN`). Frequent words that almost always carry one tag in the
//! training data are tagged from a tag dictionary without scoring at all.

mod cache;
mod features;
mod train;
pub(crate) mod words;

use std::collections::HashMap;

use sitrep_model::{decode_strings, BuildKeyHasher, ModelError, ModelFile, Weights};

pub use train::{tag_accuracy, train_tagger, TaggerReport};

use cache::{next_model_id, with_cache};
use features::{context_word_features, contextual_features, TagContext, CONTEXT_OFFSETS};
use words::{padding_keys, sentence_keys, WordKeys, WordScratch};

/// Model kind string in the tagger's model file.
pub const TAGGER_KIND: &str = "tagger";
/// Version of the tagger's feature set.
pub const TAGGER_VERSION: u32 = 1;

/// The predicted tag of one word: an index into the tagger's joint tag set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TagOut {
    pub class: u16,
}

/// A trained tagger.
#[derive(Debug, Clone)]
pub struct Tagger {
    weights: Weights,
    upos: Vec<String>,
    xpos: Vec<String>,
    /// Exact-form key -> class, for frequent unambiguous words.
    tag_dict: HashMap<u64, u16, BuildKeyHasher>,
    /// Joint labels as stored (`UPOS\tXPOS`).
    labels: Vec<String>,
    /// Identifies this model's per-thread word score cache.
    cache_id: u64,
    /// Neighbour-word scores of the padding before/after a sentence, one
    /// row of `n_tags` per context slot.
    outside: Vec<i32>,
}

impl Tagger {
    /// Loads a tagger from model-file bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ModelError> {
        Self::from_model(ModelFile::from_bytes_of_kind(bytes, TAGGER_KIND)?)
    }

    pub(crate) fn from_model(model: ModelFile) -> Result<Self, ModelError> {
        if model.version != TAGGER_VERSION {
            return Err(ModelError::Corrupt(format!(
                "tagger feature version {} (this build knows {TAGGER_VERSION})",
                model.version
            )));
        }
        let mut upos = Vec::with_capacity(model.labels.len());
        let mut xpos = Vec::with_capacity(model.labels.len());
        for label in &model.labels {
            let (u, x) = label
                .split_once('\t')
                .ok_or_else(|| ModelError::Corrupt(format!("tag label {label:?} lacks a tab")))?;
            upos.push(u.to_string());
            xpos.push(x.to_string());
        }
        let forms = decode_strings(model.require_extra("tagdict.forms")?)?;
        let classes = model.require_extra("tagdict.classes")?;
        if classes.len() != forms.len() * 2 {
            return Err(ModelError::Corrupt("tag dictionary sizes differ".into()));
        }
        let mut tag_dict =
            HashMap::with_capacity_and_hasher(forms.len(), BuildKeyHasher::default());
        for (form, class) in forms.iter().zip(classes.chunks_exact(2)) {
            let class = u16::from_le_bytes([class[0], class[1]]);
            if usize::from(class) >= upos.len() {
                return Err(ModelError::Corrupt(
                    "tag dictionary class out of range".into(),
                ));
            }
            tag_dict.insert(WordScratch::default().keys(form, false).exact, class);
        }
        if model.weights.n_classes() != model.labels.len() {
            return Err(ModelError::Corrupt(
                "tagger class count differs from labels".into(),
            ));
        }
        let n_tags = model.labels.len();
        let mut outside = vec![0i32; CONTEXT_OFFSETS.len() * n_tags];
        let mut feats = Vec::new();
        for (slot, &k) in CONTEXT_OFFSETS.iter().enumerate() {
            feats.clear();
            context_word_features(slot, &padding_keys(k < 0), &mut feats);
            model
                .weights
                .accumulate(&feats, &mut outside[slot * n_tags..(slot + 1) * n_tags]);
        }
        Ok(Tagger {
            weights: model.weights,
            upos,
            xpos,
            tag_dict,
            labels: model.labels,
            cache_id: next_model_id(),
            outside,
        })
    }

    /// Tags `words` into `out` (cleared first; one entry per word).
    pub fn tag(&self, words: &[&str], out: &mut Vec<TagOut>) {
        let mut scratch = WordScratch::default();
        let mut keys = Vec::with_capacity(words.len());
        sentence_keys(words, &mut scratch, &mut keys);
        self.tag_keys(&keys, out);
    }

    /// Tags words whose keys are already computed.
    pub(crate) fn tag_keys(&self, keys: &[WordKeys], out: &mut Vec<TagOut>) {
        out.clear();
        let n_tags = self.labels.len();
        with_cache(self.cache_id, n_tags, |cache| {
            cache.reserve(keys.len());
            let ids: Vec<u32> = keys.iter().map(|k| cache.id(&self.weights, k)).collect();
            let mut feats = Vec::with_capacity(16);
            let mut scores = vec![0i32; n_tags];
            for i in 0..keys.len() {
                if let Some(&class) = self.tag_dict.get(&keys[i].exact) {
                    out.push(TagOut { class });
                    continue;
                }
                scores.copy_from_slice(cache.row(ids[i], 0));
                for (slot, &k) in CONTEXT_OFFSETS.iter().enumerate() {
                    let j = i as isize + k;
                    let row = if j < 0 || j as usize >= keys.len() {
                        &self.outside[slot * n_tags..(slot + 1) * n_tags]
                    } else {
                        cache.row(ids[j as usize], 1 + slot)
                    };
                    for (s, &r) in scores.iter_mut().zip(row) {
                        *s += r;
                    }
                }
                feats.clear();
                contextual_features(&TagContext::new(keys, i, out), &mut feats);
                self.weights.accumulate(&feats, &mut scores);
                let class = argmax_i32(&scores) as u16;
                out.push(TagOut { class });
            }
        });
    }

    /// Universal POS tag of a prediction.
    pub fn upos(&self, tag: TagOut) -> &str {
        self.upos
            .get(usize::from(tag.class))
            .map_or("X", String::as_str)
    }

    /// Penn Treebank tag of a prediction.
    pub fn xpos(&self, tag: TagOut) -> &str {
        self.xpos
            .get(usize::from(tag.class))
            .map_or("", String::as_str)
    }

    /// Number of joint tags.
    pub fn n_tags(&self) -> usize {
        self.labels.len()
    }

    /// Approximate memory held by the loaded model.
    pub fn memory_bytes(&self) -> usize {
        self.weights.memory_bytes() + self.tag_dict.capacity() * 24
    }
}

/// Convenience: tag a sentence and return `(upos, xpos)` strings.
pub fn tag_strings<'t>(tagger: &'t Tagger, words: &[&str]) -> Vec<(&'t str, &'t str)> {
    let mut out = Vec::with_capacity(words.len());
    tagger.tag(words, &mut out);
    out.iter()
        .map(|&t| (tagger.upos(t), tagger.xpos(t)))
        .collect()
}

/// Index of the largest score (ties: lowest index), as `sitrep_model::argmax`.
fn argmax_i32(scores: &[i32]) -> usize {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = i;
        }
    }
    best
}
