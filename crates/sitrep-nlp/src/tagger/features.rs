//! The tagger's feature templates.

use sitrep_model::FeatureHasher;

use super::words::{padding_keys, WordKeys};
use super::TagOut;

/// What the feature templates see at one position.
pub(crate) struct TagContext<'a> {
    keys: &'a [WordKeys],
    i: usize,
    /// Tags predicted so far (positions `0..i`).
    history: &'a [TagOut],
    /// First-pass tags of the whole sentence (empty in the first pass).
    first_pass: &'a [TagOut],
}

impl<'a> TagContext<'a> {
    pub(crate) fn new(keys: &'a [WordKeys], i: usize, history: &'a [TagOut]) -> Self {
        TagContext {
            keys,
            i,
            history,
            first_pass: &[],
        }
    }

    /// A second-pass context: `first_pass` gives the tags to the right.
    pub(crate) fn with_first_pass(mut self, first_pass: &'a [TagOut]) -> Self {
        self.first_pass = first_pass;
        self
    }

    /// First-pass tag `ahead` positions after `i` (`u64::MAX - 1` = past the end).
    fn next_tag(&self, ahead: usize) -> u64 {
        self.first_pass
            .get(self.i + ahead)
            .map_or(u64::MAX - 1, |t| u64::from(t.class))
    }

    pub(crate) fn word(&self, offset: isize) -> WordKeys {
        let at = self.i as isize + offset;
        if at < 0 {
            padding_keys(true)
        } else if at as usize >= self.keys.len() {
            padding_keys(false)
        } else {
            self.keys[at as usize]
        }
    }

    /// Previous tag `back` positions before `i` (`u64::MAX` = before start).
    fn tag(&self, back: usize) -> u64 {
        if back > self.i {
            return u64::MAX;
        }
        self.history
            .get(self.i - back)
            .map_or(u64::MAX, |t| u64::from(t.class))
    }
}

/// Offsets of the neighbour-word features, in cache-slot order.
pub(crate) const CONTEXT_OFFSETS: [isize; 4] = [-2, -1, 1, 2];

/// Fills `out` with the feature keys at the context's position: the
/// word's own features, its neighbours' word features and the features
/// over tags and word pairs (the split lets the tagger cache the first two
/// per word type; the feature set is the same).
pub(crate) fn tagger_features(c: &TagContext<'_>, out: &mut Vec<u64>) {
    out.clear();
    own_word_features(&c.word(0), out);
    for (slot, &k) in CONTEXT_OFFSETS.iter().enumerate() {
        context_word_features(slot, &c.word(k), out);
    }
    contextual_features(c, out);
}

/// Features of the word being tagged that depend on nothing else.
pub(crate) fn own_word_features(w0: &WordKeys, out: &mut Vec<u64>) {
    let f = |template: u32| FeatureHasher::new(100 + template);
    out.push(f(0).finish());
    out.push(f(1).key(w0.norm).finish());
    for (n, &suffix) in w0.suffix.iter().enumerate() {
        out.push(f(6 + n as u32).key(suffix).finish());
    }
    for (n, &prefix) in w0.prefix.iter().enumerate() {
        out.push(f(10 + n as u32).key(prefix).finish());
    }
    out.push(f(13).key(w0.shape).finish());
    out.push(f(14).int(u64::from(w0.flags)).finish());
    out.push(f(25).key(w0.exact).finish());
    for (n, bits) in CLUSTER_PREFIXES.iter().enumerate() {
        out.push(f(30 + n as u32).int(w0.cluster_prefix(*bits)).finish());
    }
}

/// Cluster path prefixes (bits) used for the word being tagged.
const CLUSTER_PREFIXES: [u8; 4] = [4, 6, 10, 16];

/// Features of the neighbour `w` at offset `CONTEXT_OFFSETS[slot]`.
pub(crate) fn context_word_features(slot: usize, w: &WordKeys, out: &mut Vec<u64>) {
    let f = |template: u32| FeatureHasher::new(100 + template);
    match CONTEXT_OFFSETS[slot] {
        -2 => {
            out.push(f(4).key(w.norm).finish());
            out.push(f(40).int(w.cluster_prefix(16)).finish());
        }
        -1 => {
            out.push(f(2).key(w.norm).finish());
            out.push(f(20).key(w.suffix[2]).finish());
            out.push(f(23).key(w.shape).finish());
            out.push(f(41).int(w.cluster_prefix(6)).finish());
            out.push(f(42).int(w.cluster_prefix(16)).finish());
        }
        1 => {
            out.push(f(3).key(w.norm).finish());
            out.push(f(21).key(w.suffix[2]).finish());
            out.push(f(22).key(w.shape).finish());
            out.push(f(43).int(w.cluster_prefix(6)).finish());
            out.push(f(44).int(w.cluster_prefix(16)).finish());
        }
        _ => {
            out.push(f(5).key(w.norm).finish());
            out.push(f(45).int(w.cluster_prefix(16)).finish());
        }
    }
}

/// Features over predicted tags and word pairs (appended to `out`).
pub(crate) fn contextual_features(c: &TagContext<'_>, out: &mut Vec<u64>) {
    let w0 = c.word(0);
    let wm1 = c.word(-1);
    let wp1 = c.word(1);
    let t1 = c.tag(1);
    let t2 = c.tag(2);
    let f = |template: u32| FeatureHasher::new(100 + template);
    out.push(f(15).int(t1).finish());
    out.push(f(16).int(t2).int(t1).finish());
    out.push(f(17).int(t1).key(w0.norm).finish());
    out.push(f(18).key(wm1.norm).key(w0.norm).finish());
    out.push(f(19).key(w0.norm).key(wp1.norm).finish());
    out.push(f(24).int(t1).key(w0.suffix[2]).finish());
    out.push(f(26).int(t2).finish());
    out.push(f(27).int(t1).key(wp1.norm).finish());
    out.push(f(28).key(wp1.suffix[1]).key(w0.suffix[2]).finish());
}

/// Second pass only: features over the first pass's tags to the right
/// (and at the word itself), scored by the second pass's own weights.
pub(crate) fn right_tag_features(c: &TagContext<'_>, out: &mut Vec<u64>) {
    let w0 = c.word(0);
    let wp1 = c.word(1);
    let t1 = c.tag(1);
    let f = |template: u32| FeatureHasher::new(100 + template);
    let n1 = c.next_tag(1);
    let n2 = c.next_tag(2);
    out.push(f(60).int(n1).finish());
    out.push(f(61).int(n1).int(n2).finish());
    out.push(f(62).int(t1).int(n1).finish());
    out.push(f(63).int(n1).key(w0.norm).finish());
    out.push(f(64).int(n1).key(w0.suffix[2]).finish());
    out.push(f(65).int(t1).int(n1).key(w0.suffix[2]).finish());
    out.push(f(66).int(n1).key(wp1.norm).finish());
    out.push(f(67).int(n2).finish());
    out.push(f(68).int(c.next_tag(0)).finish());
}
