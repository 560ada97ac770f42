//! The index behind the per-word-type score caches of the POS tagger and
//! the entity tagger, with frequency-aware eviction.
//!
//! Both taggers sum the weights of word-only features once per word type and
//! keep the sums in rows indexed by a small id. A full cache used to be
//! cleared outright, so on a long stream of news the commonest words ("the",
//! "said", "minister") were recomputed after every clear, which cost about a
//! quarter of the tagger's time. Eviction now keeps the most used half of
//! the entries (least-frequently-used, with hit counts halved at each
//! eviction so old favourites fade) and drops the rest.

use std::collections::HashMap;

use sitrep_model::BuildKeyHasher;

/// Word-type key to row id, with a hit count per id.
pub(crate) struct WordIndex {
    ids: HashMap<u64, u32, BuildKeyHasher>,
    /// The key of each id, to rebuild `ids` after an eviction.
    keys: Vec<u64>,
    hits: Vec<u32>,
    capacity: usize,
}

impl WordIndex {
    pub(crate) fn new(capacity: usize) -> Self {
        WordIndex {
            ids: HashMap::default(),
            keys: Vec::new(),
            hits: Vec::new(),
            capacity: capacity.max(2),
        }
    }

    /// The id of `key` if it is cached (counted as a use).
    #[inline]
    pub(crate) fn get(&mut self, key: u64) -> Option<u32> {
        let id = *self.ids.get(&key)?;
        if let Some(hits) = self.hits.get_mut(id as usize) {
            *hits = hits.saturating_add(1);
        }
        Some(id)
    }

    /// Registers a new key; its id is the number of entries before it, so
    /// the caller appends the key's rows at that position.
    pub(crate) fn insert(&mut self, key: u64) -> u32 {
        let id = self.keys.len() as u32;
        self.keys.push(key);
        self.hits.push(1);
        self.ids.insert(key, id);
        id
    }

    /// Makes room for `n` more entries, so the ids handed out for one
    /// sentence stay valid while it is decoded. When an eviction happens
    /// the surviving entries get new ids `0..kept.len()` and the returned
    /// `kept[new_id]` is each one's old id, in increasing order, for
    /// [`compact_rows`].
    pub(crate) fn make_room(&mut self, n: usize) -> Option<Vec<u32>> {
        if self.keys.len() + n <= self.capacity {
            return None;
        }
        let keep = (self.capacity / 2).min(self.capacity.saturating_sub(n));
        let mut by_use: Vec<u32> = (0..self.keys.len() as u32).collect();
        by_use.sort_by_key(|&id| std::cmp::Reverse(self.hits[id as usize]));
        by_use.truncate(keep);
        by_use.sort_unstable();
        let kept = by_use;
        let keys: Vec<u64> = kept.iter().map(|&id| self.keys[id as usize]).collect();
        let hits: Vec<u32> = kept.iter().map(|&id| self.hits[id as usize] / 2).collect();
        self.ids.clear();
        self.ids
            .extend(keys.iter().enumerate().map(|(id, &key)| (key, id as u32)));
        self.keys = keys;
        self.hits = hits;
        Some(kept)
    }
}

/// Moves the rows of the surviving entries (`stride` items per entry) to
/// their new ids and drops the rest. `kept` is increasing, so every row
/// moves towards the front and none is overwritten before it is read.
pub(crate) fn compact_rows<T: Copy>(rows: &mut Vec<T>, stride: usize, kept: &[u32]) {
    for (new, &old) in kept.iter().enumerate() {
        let old = old as usize;
        if old != new {
            rows.copy_within(old * stride..(old + 1) * stride, new * stride);
        }
    }
    rows.truncate(kept.len() * stride);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eviction_keeps_the_most_used_entries_and_their_rows() {
        let mut index = WordIndex::new(4);
        let mut rows: Vec<u64> = Vec::new();
        for key in [10u64, 20, 30, 40] {
            let id = index.insert(key);
            assert_eq!(id as usize, rows.len() / 2);
            rows.extend([key, key + 1]);
        }
        // 30 and 10 are used most.
        for key in [30, 30, 30, 10, 10, 20] {
            assert!(index.get(key).is_some());
        }
        assert!(index.make_room(0).is_none());
        let kept = index.make_room(1).expect("full cache evicts");
        assert_eq!(kept, vec![0, 2]);
        compact_rows(&mut rows, 2, &kept);
        assert_eq!(rows, vec![10, 11, 30, 31]);
        assert_eq!(index.get(10), Some(0));
        assert_eq!(index.get(30), Some(1));
        assert_eq!(index.get(20), None);
        assert_eq!(index.get(40), None);
        assert_eq!(index.insert(50), 2);
    }

    #[test]
    fn a_sentence_longer_than_half_the_cache_still_fits() {
        let mut index = WordIndex::new(10);
        for key in 1..=10u64 {
            index.insert(key);
        }
        let kept = index.make_room(8).expect("evicts");
        assert!(kept.len() + 8 <= 10);
    }
}
