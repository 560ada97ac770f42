//! Per-word-type score cache for the tagger.
//!
//! Most tagger features depend on a single word: the word's own form,
//! affixes, shape and flags, and what a word contributes as the left or
//! right neighbour (offsets -2..+2) of the word being tagged. Their summed
//! weights are fixed per word type, so they are computed once and cached;
//! tagging a token then adds five cached rows and scores only the features
//! that involve predicted tags or word pairs.
//!
//! Thread-local and keyed by model id (no locks; the tagger is shared
//! read-only); cleared when it holds [`MAX_ENTRIES`] words, which bounds
//! memory to about `MAX_ENTRIES * 5 * n_tags * 4` bytes (~33 MB).

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};

use sitrep_model::{BuildKeyHasher, Weights};

use super::features::{context_word_features, own_word_features, CONTEXT_OFFSETS};
use super::words::WordKeys;

const MAX_ENTRIES: usize = 16_000;
/// Rows per word: its own features, then one per context offset.
pub(crate) const ROWS_PER_WORD: usize = 1 + CONTEXT_OFFSETS.len();

pub(crate) fn next_model_id() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// The cache of one tagger model on one thread.
pub(crate) struct TagScoreCache {
    model_id: u64,
    n_tags: usize,
    index: HashMap<u64, u32, BuildKeyHasher>,
    /// `ROWS_PER_WORD * n_tags` integer scores per cached word.
    rows: Vec<i32>,
    feats: Vec<u64>,
}

impl TagScoreCache {
    fn new(model_id: u64, n_tags: usize) -> Self {
        TagScoreCache {
            model_id,
            n_tags,
            index: HashMap::default(),
            rows: Vec::new(),
            feats: Vec::with_capacity(16),
        }
    }

    /// Makes room for `n` more words so ids of one sentence stay valid.
    pub(crate) fn reserve(&mut self, n: usize) {
        if self.index.len() + n > MAX_ENTRIES {
            self.index.clear();
            self.rows.clear();
        }
    }

    /// The id of the word with `keys` (rows computed on first sight).
    pub(crate) fn id(&mut self, weights: &Weights, keys: &WordKeys) -> u32 {
        // Own-word features see the sentence-initial flag.
        let key = keys.exact ^ u64::from(keys.flags).rotate_left(40);
        if let Some(&id) = self.index.get(&key) {
            return id;
        }
        let id = self.index.len() as u32;
        let start = self.rows.len();
        self.rows.resize(start + ROWS_PER_WORD * self.n_tags, 0);
        let rows = &mut self.rows[start..];
        self.feats.clear();
        own_word_features(keys, &mut self.feats);
        weights.accumulate(&self.feats, &mut rows[..self.n_tags]);
        for slot in 0..CONTEXT_OFFSETS.len() {
            self.feats.clear();
            context_word_features(slot, keys, &mut self.feats);
            let at = (1 + slot) * self.n_tags;
            weights.accumulate(&self.feats, &mut rows[at..at + self.n_tags]);
        }
        self.index.insert(key, id);
        id
    }

    /// Row `which` (0 = own, 1 + slot = context) of word `id`.
    #[inline]
    pub(crate) fn row(&self, id: u32, which: usize) -> &[i32] {
        let at = (id as usize * ROWS_PER_WORD + which) * self.n_tags;
        &self.rows[at..at + self.n_tags]
    }
}

thread_local! {
    static CACHES: RefCell<Vec<TagScoreCache>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` with this thread's cache for model `model_id`.
pub(crate) fn with_cache<R>(
    model_id: u64,
    n_tags: usize,
    f: impl FnOnce(&mut TagScoreCache) -> R,
) -> R {
    CACHES.with(|caches| {
        let mut caches = caches.borrow_mut();
        let at = match caches.iter().position(|c| c.model_id == model_id) {
            Some(at) => at,
            None => {
                if caches.len() >= 4 {
                    caches.remove(0);
                }
                caches.push(TagScoreCache::new(model_id, n_tags));
                caches.len() - 1
            }
        };
        f(&mut caches[at])
    })
}
