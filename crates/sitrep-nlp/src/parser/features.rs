//! The parser's feature templates, after Zhang & Nivre (2011) adapted to
//! arc-hybrid: words and tags of s0..s2 and b0..b2, the two left/rightmost
//! children of s0, s1 and b0 with their labels, distance and valency, and
//! conjunctions of them.

use sitrep_model::FeatureHasher;

use super::state::{Move, State, NONE};

/// Per-sentence keys: index `n` is the root; `none` fills absent slots.
pub(crate) struct SentenceKeys {
    pub(crate) words: Vec<u64>,
    pub(crate) tags: Vec<u64>,
    /// Word-cluster path prefixes ([`CLUSTER_COARSE`] bits, whole path).
    pub(crate) clusters: Vec<[u64; 2]>,
    pub(crate) none: u64,
    /// Tag key of `,` (the second-pass labeller looks for commas).
    pub(crate) comma: u64,
}

/// Bits of the coarse cluster prefix.
pub(crate) const CLUSTER_COARSE: u8 = 6;

impl SentenceKeys {
    /// Word key of `i`; `none` for `NONE` or past the root.
    #[inline]
    pub(crate) fn w(&self, i: u32) -> u64 {
        self.words.get(i as usize).copied().unwrap_or(self.none)
    }
    /// Cluster of word `i`: `which` 0 = coarse prefix, 1 = whole path.
    #[inline]
    fn c(&self, i: u32, which: usize) -> u64 {
        if i == NONE {
            self.none
        } else {
            self.clusters[i as usize][which]
        }
    }
    /// Tag key of `i`; `none` for `NONE` or past the root.
    #[inline]
    pub(crate) fn t(&self, i: u32) -> u64 {
        self.tags.get(i as usize).copied().unwrap_or(self.none)
    }
    /// Tag key of the word `delta` places from `i` (surface neighbours).
    #[inline]
    pub(crate) fn t_near(&self, i: u32, delta: i64) -> u64 {
        if i == NONE {
            return self.none;
        }
        usize::try_from(i64::from(i) + delta).map_or(self.none, |j| {
            self.tags.get(j).copied().unwrap_or(self.none)
        })
    }
}

/// Label of `i` (its relation to its head) as a feature value.
#[inline]
fn label(state: &State, i: u32) -> u64 {
    if i == NONE || state.heads[i as usize] == NONE {
        u64::MAX
    } else {
        u64::from(state.labels[i as usize])
    }
}

#[inline]
fn child(children: &[[u32; 2]], i: u32, which: usize) -> u32 {
    if i == NONE {
        NONE
    } else {
        children[i as usize][which]
    }
}

#[inline]
fn count(counts: &[u8], i: u32) -> u64 {
    if i == NONE {
        u64::MAX
    } else {
        u64::from(counts[i as usize])
    }
}

fn distance_bucket(s0: u32, b0: u32) -> u64 {
    if s0 == NONE || b0 == NONE {
        return u64::MAX;
    }
    match b0.saturating_sub(s0) {
        d @ 0..=4 => u64::from(d),
        5..=7 => 5,
        8..=12 => 6,
        _ => 7,
    }
}

/// Fills `out` with the feature keys of `state`.
pub(crate) fn parser_features(state: &State, k: &SentenceKeys, out: &mut Vec<u64>) {
    out.clear();
    let (s0, s1, s2) = (state.s(0), state.s(1), state.s(2));
    let (b0, b1, b2) = (state.buffer(0), state.buffer(1), state.buffer(2));
    let s0l = child(&state.left, s0, 0);
    let s0l2 = child(&state.left, s0, 1);
    let s0r = child(&state.right, s0, 0);
    let s0r2 = child(&state.right, s0, 1);
    let s1l = child(&state.left, s1, 0);
    let s1r = child(&state.right, s1, 0);
    let b0l = child(&state.left, b0, 0);
    let b0l2 = child(&state.left, b0, 1);
    let (s0w, s0t, s1w, s1t) = (k.w(s0), k.t(s0), k.w(s1), k.t(s1));
    let (b0w, b0t, b1w, b1t) = (k.w(b0), k.t(b0), k.w(b1), k.t(b1));
    let b2t = k.t(b2);
    let s2t = k.t(s2);
    let d = distance_bucket(s0, b0);
    let f = |template: u32| FeatureHasher::new(200 + template);

    out.push(f(0).finish());
    // Unigrams.
    out.push(f(1).key(s0w).finish());
    out.push(f(2).key(s0t).finish());
    out.push(f(3).key(s0w).key(s0t).finish());
    out.push(f(4).key(b0w).finish());
    out.push(f(5).key(b0t).finish());
    out.push(f(6).key(b0w).key(b0t).finish());
    out.push(f(7).key(b1w).finish());
    out.push(f(8).key(b1t).finish());
    out.push(f(9).key(b1w).key(b1t).finish());
    out.push(f(10).key(s1w).finish());
    out.push(f(11).key(s1t).finish());
    out.push(f(12).key(s1w).key(s1t).finish());
    out.push(f(13).key(b2t).finish());
    out.push(f(14).key(s2t).finish());
    // Pairs.
    out.push(f(15).key(s0w).key(s0t).key(b0w).key(b0t).finish());
    out.push(f(16).key(s0w).key(s0t).key(b0w).finish());
    out.push(f(17).key(s0w).key(b0w).key(b0t).finish());
    out.push(f(18).key(s0w).key(s0t).key(b0t).finish());
    out.push(f(19).key(s0t).key(b0w).key(b0t).finish());
    out.push(f(20).key(s0w).key(b0w).finish());
    out.push(f(21).key(s0t).key(b0t).finish());
    out.push(f(22).key(b0t).key(b1t).finish());
    out.push(f(23).key(s1w).key(s0w).finish());
    out.push(f(24).key(s1t).key(s0w).finish());
    out.push(f(25).key(s1w).key(s0t).finish());
    out.push(f(26).key(s1t).key(s0t).finish());
    // Tag trigrams.
    out.push(f(27).key(b0t).key(b1t).key(b2t).finish());
    out.push(f(28).key(s0t).key(b0t).key(b1t).finish());
    out.push(f(29).key(s1t).key(s0t).key(b0t).finish());
    out.push(f(30).key(s0t).key(k.t(s0l)).key(b0t).finish());
    out.push(f(31).key(s0t).key(k.t(s0r)).key(b0t).finish());
    out.push(f(32).key(s0t).key(b0t).key(k.t(b0l)).finish());
    out.push(f(33).key(s1t).key(k.t(s1r)).key(s0t).finish());
    out.push(f(34).key(s1t).key(s0t).key(k.t(s0l)).finish());
    out.push(f(35).key(s2t).key(s1t).key(s0t).finish());
    // Distance.
    out.push(f(36).key(s0w).int(d).finish());
    out.push(f(37).key(s0t).int(d).finish());
    out.push(f(38).key(b0w).int(d).finish());
    out.push(f(39).key(b0t).int(d).finish());
    out.push(f(40).key(s0w).key(b0w).int(d).finish());
    out.push(f(41).key(s0t).key(b0t).int(d).finish());
    // Valency.
    let (s0vl, s0vr, b0vl) = (
        count(&state.n_left, s0),
        count(&state.n_right, s0),
        count(&state.n_left, b0),
    );
    out.push(f(42).key(s0w).int(s0vr).finish());
    out.push(f(43).key(s0t).int(s0vr).finish());
    out.push(f(44).key(s0w).int(s0vl).finish());
    out.push(f(45).key(s0t).int(s0vl).finish());
    out.push(f(46).key(b0w).int(b0vl).finish());
    out.push(f(47).key(b0t).int(b0vl).finish());
    // Children.
    out.push(f(48).key(k.w(s0l)).finish());
    out.push(f(49).key(k.t(s0l)).finish());
    out.push(f(50).int(label(state, s0l)).finish());
    out.push(f(51).key(k.w(s0r)).finish());
    out.push(f(52).key(k.t(s0r)).finish());
    out.push(f(53).int(label(state, s0r)).finish());
    out.push(f(54).key(k.w(b0l)).finish());
    out.push(f(55).key(k.t(b0l)).finish());
    out.push(f(56).int(label(state, b0l)).finish());
    out.push(f(57).key(k.t(s1l)).int(label(state, s1l)).finish());
    out.push(f(58).key(k.t(s1r)).int(label(state, s1r)).finish());
    out.push(f(59).key(k.t(s0l2)).int(label(state, s0l2)).finish());
    out.push(f(60).key(k.t(s0r2)).int(label(state, s0r2)).finish());
    out.push(f(61).key(k.t(b0l2)).int(label(state, b0l2)).finish());
    out.push(f(62).key(s0t).key(k.t(s0l)).key(k.t(s0l2)).finish());
    out.push(f(63).key(s0t).key(k.t(s0r)).key(k.t(s0r2)).finish());
    out.push(f(64).key(b0t).key(k.t(b0l)).key(k.t(b0l2)).finish());
    // Label sets of s0 and b0 (first two children's labels).
    out.push(
        f(65)
            .key(s0w)
            .int(label(state, s0l))
            .int(label(state, s0r))
            .finish(),
    );
    out.push(
        f(66)
            .key(s0t)
            .int(label(state, s0l))
            .int(label(state, s0l2))
            .finish(),
    );
    out.push(
        f(67)
            .key(s0t)
            .int(label(state, s0r))
            .int(label(state, s0r2))
            .finish(),
    );
    out.push(
        f(68)
            .key(b0t)
            .int(label(state, b0l))
            .int(label(state, b0l2))
            .finish(),
    );
    out.push(f(69).key(s1w).key(s1t).key(s0w).key(s0t).finish());
    out.push(f(70).key(b0w).key(b1t).finish());
    out.push(f(71).key(s0t).key(b0w).key(b1t).finish());
    // Word clusters: word-like evidence for words rare in the treebank.
    out.push(f(72).int(k.c(s0, 1)).finish());
    out.push(f(73).int(k.c(b0, 1)).finish());
    out.push(f(74).int(k.c(b1, 1)).finish());
    out.push(f(75).int(k.c(s1, 1)).finish());
    out.push(f(76).int(k.c(s0, 0)).int(k.c(b0, 0)).finish());
    out.push(f(77).int(k.c(s0, 1)).key(b0t).finish());
    out.push(f(78).key(s0t).int(k.c(b0, 1)).finish());
    out.push(f(79).int(k.c(s1, 0)).int(k.c(s0, 0)).finish());
}

/// Fills `out` with the label classifier's features for the arc `kind`
/// about to be made in `state` (LEFT: `b0 -> s0`; RIGHT: `s1 -> s0`).
/// The dependent `s0` is complete when it is attached, so its children are
/// final; the head's children seen so far tell e.g. a second object apart.
pub(crate) fn label_features(state: &State, kind: Move, k: &SentenceKeys, out: &mut Vec<u64>) {
    out.clear();

    let dep = state.s(0);
    let (head, dir) = match kind {
        Move::Left => (state.buffer(0), 0u64),
        _ => (state.s(1), 1u64),
    };
    let (dw, dt, hw, ht) = (k.w(dep), k.t(dep), k.w(head), k.t(head));
    let dl = child(&state.left, dep, 0);
    let dr = child(&state.right, dep, 0);
    // The head's nearest child on the dependent's side so far.
    let hc = if dir == 0 {
        child(&state.left, head, 0)
    } else {
        child(&state.right, head, 0)
    };
    let d = if dir == 0 {
        distance_bucket(dep, head)
    } else {
        distance_bucket(head, dep)
    };
    let f = |template: u32| FeatureHasher::new(400 + template).int(dir);
    out.push(f(0).finish());
    out.push(f(1).key(dw).finish());
    out.push(f(2).key(dt).finish());
    out.push(f(3).key(dw).key(dt).finish());
    out.push(f(4).key(hw).finish());
    out.push(f(5).key(ht).finish());
    out.push(f(6).key(ht).key(dt).finish());
    out.push(f(7).key(hw).key(dt).finish());
    out.push(f(8).key(ht).key(dw).finish());
    out.push(f(9).key(hw).key(dw).finish());
    out.push(f(10).key(ht).key(dt).int(d).finish());
    out.push(f(11).key(dt).int(label(state, dl)).finish());
    out.push(f(12).key(dt).int(label(state, dr)).finish());
    out.push(f(13).key(dt).key(k.t(dl)).key(k.t(dr)).finish());
    out.push(f(14).key(dw).key(k.w(dl)).finish());
    out.push(f(15).key(ht).key(dt).int(label(state, hc)).finish());
    out.push(
        f(16)
            .key(dt)
            .key(k.t_near(dep, -1))
            .key(k.t_near(dep, 1))
            .finish(),
    );
    out.push(f(17).key(ht).key(dt).key(k.t_near(head, 1)).finish());
    out.push(
        f(18)
            .key(dt)
            .int(count(&state.n_left, dep))
            .int(count(&state.n_right, dep))
            .finish(),
    );
    out.push(f(19).key(ht).key(k.w(dl)).finish());
    out.push(f(20).key(dw).key(ht).int(d).finish());
    out.push(f(21).key(ht).key(k.t_near(head, -1)).key(dt).finish());
    // nmod vs obl vs nsubj: the case marker (first child) under this head.
    out.push(f(22).key(ht).key(dt).key(k.w(dl)).finish());
    out.push(f(23).key(hw).key(k.w(dl)).finish());
    // What lies beyond the arc: s1 for LEFT, b0 for RIGHT.
    let beyond = if dir == 0 {
        state.s(1)
    } else {
        state.buffer(0)
    };
    out.push(f(24).key(ht).key(dt).key(k.t(beyond)).finish());
    out.push(f(25).key(dt).key(k.w(dr)).finish());
    out.push(f(26).int(k.c(dep, 1)).key(ht).finish());
    out.push(f(27).key(dt).int(k.c(head, 1)).finish());
    out.push(f(28).int(k.c(dep, 0)).int(k.c(head, 0)).finish());
}
