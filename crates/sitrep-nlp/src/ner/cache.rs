//! Per-word-type score cache for the entity tagger's emissions.
//!
//! Most emission features depend on one word only: its own word, shape,
//! affixes and flags, and the word/shape features it contributes to its
//! neighbours at offsets -2..+2. Their summed weights are the same at every
//! occurrence of the word, so they are computed once per word type and
//! cached; a token's emission is then five cached vectors plus the few
//! truly contextual features (bigrams, gazetteer, document evidence).
//!
//! The cache is thread-local (the recognizer is shared between threads
//! read-only) and keyed by model id, so it needs no locking; it is cleared
//! when it holds [`MAX_ENTRIES`] words, which bounds its memory.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};

use sitrep_model::{BuildKeyHasher, Weights};

use super::data::NUM_LABELS;
use super::features::{context_word_features, word_features, TokenInfo, CONTEXT_OFFSETS};

/// Word types cached per model before the cache is cleared (~340 bytes each).
const MAX_ENTRIES: usize = 40_000;
/// Models whose caches a thread keeps at once.
const MAX_MODELS: usize = 4;

/// Integer emission scores of one label set.
pub type IntScores = [i32; NUM_LABELS];

/// A fresh id for a loaded model.
pub fn next_model_id() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Cached partial scores of one word type: its own features, then its
/// contribution at each context offset of [`CONTEXT_OFFSETS`].
#[derive(Clone, Copy)]
pub struct WordRows {
    pub own: IntScores,
    pub context: [IntScores; 4],
}

/// The cache of one model.
pub struct WordScoreCache {
    model_id: u64,
    index: HashMap<u64, u32, BuildKeyHasher>,
    rows: Vec<WordRows>,
    feats: Vec<u64>,
    scratch: String,
}

impl WordScoreCache {
    fn new(model_id: u64) -> Self {
        WordScoreCache {
            model_id,
            index: HashMap::default(),
            rows: Vec::new(),
            feats: Vec::with_capacity(32),
            scratch: String::new(),
        }
    }

    /// Makes room for `n` more words (clears the cache when it would overflow),
    /// so ids handed out for one sentence stay valid while it is decoded.
    pub fn reserve(&mut self, n: usize) {
        if self.rows.len() + n > MAX_ENTRIES {
            self.index.clear();
            self.rows.clear();
        }
    }

    /// The row id of `word` (computed on first sight).
    pub fn id(&mut self, weights: &Weights, word: &str, info: &TokenInfo) -> u32 {
        // The own-word features see the sentence-initial flag, so it is part of the key.
        let key = info.exact ^ u64::from(info.flags).rotate_left(48);
        if let Some(&id) = self.index.get(&key) {
            return id;
        }
        let mut rows = WordRows {
            own: [0; NUM_LABELS],
            context: [[0; NUM_LABELS]; 4],
        };
        self.feats.clear();
        word_features(word, info, &mut self.scratch, &mut self.feats);
        weights.accumulate(&self.feats, &mut rows.own);
        for slot in 0..CONTEXT_OFFSETS.len() {
            self.feats.clear();
            context_word_features(slot, info, &mut self.feats);
            weights.accumulate(&self.feats, &mut rows.context[slot]);
        }
        let id = self.rows.len() as u32;
        self.rows.push(rows);
        self.index.insert(key, id);
        id
    }

    pub fn rows(&self, id: u32) -> &WordRows {
        &self.rows[id as usize]
    }
}

thread_local! {
    static CACHES: RefCell<Vec<WordScoreCache>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` with this thread's cache for model `model_id`.
pub fn with_cache<R>(model_id: u64, f: impl FnOnce(&mut WordScoreCache) -> R) -> R {
    CACHES.with(|caches| {
        let mut caches = caches.borrow_mut();
        let at = match caches.iter().position(|c| c.model_id == model_id) {
            Some(at) => at,
            None => {
                if caches.len() >= MAX_MODELS {
                    caches.remove(0);
                }
                caches.push(WordScoreCache::new(model_id));
                caches.len() - 1
            }
        };
        f(&mut caches[at])
    })
}
