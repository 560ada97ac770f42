//! Second-pass arc labeller: relabels every arc once the tree is complete.
//!
//! Why a second pass: the first labeller ([`super::features::label_features`])
//! runs when the arc is made, so it cannot see the head's own head, the
//! dependent's later siblings or (for LEFT arcs) the head's right side.
//! Those decide many relations: `nsubj` vs `obj` by what else hangs on the
//! verb, `nmod` vs `obl` by whether the head is a noun or a verb, `conj` vs
//! `appos` by the siblings, `advcl` vs `ccomp` by the dependent's own
//! marker. The first-pass labels of the neighbours are features too (the
//! dependent's own first-pass label is not: on training sentences it is
//! better than it will be on new text).

use sitrep_model::FeatureHasher;

use super::features::SentenceKeys;
use super::state::NONE;

/// Children of every node of a complete tree, in word order (CSR layout).
pub(crate) struct Children {
    start: Vec<u32>,
    items: Vec<u32>,
}

impl Children {
    /// `heads[d]` is the head of word `d` (`n` = root, NONE = unattached);
    /// node `n` is the root.
    pub(crate) fn new(heads: &[u32], n: usize) -> Children {
        let mut start = vec![0u32; n + 2];
        for &h in &heads[..n] {
            if (h as usize) <= n {
                start[h as usize + 1] += 1;
            }
        }
        for i in 1..start.len() {
            start[i] += start[i - 1];
        }
        let mut fill = start.clone();
        let mut items = vec![0u32; start[n + 1] as usize];
        for (d, &h) in heads[..n].iter().enumerate() {
            if (h as usize) <= n {
                items[fill[h as usize] as usize] = d as u32;
                fill[h as usize] += 1;
            }
        }
        Children { start, items }
    }

    pub(crate) fn of(&self, node: u32) -> &[u32] {
        let i = node as usize;
        if i + 1 >= self.start.len() {
            return &[];
        }
        &self.items[self.start[i] as usize..self.start[i + 1] as usize]
    }
}

fn distance_bucket(a: u32, b: u32) -> u64 {
    match a.abs_diff(b) {
        d @ 0..=4 => u64::from(d),
        5..=6 => 5,
        7..=9 => 6,
        10..=14 => 7,
        _ => 8,
    }
}

/// Fills `out` with the second-pass features of the arc into `dep` of a
/// complete tree (`heads` as in [`Children::new`], `dep`'s head is a word,
/// not the root). `labels` are the first-pass labels.
pub(crate) fn relabel_features(
    heads: &[u32],
    labels: &[u16],
    children: &Children,
    k: &SentenceKeys,
    dep: u32,
    out: &mut Vec<u64>,
) {
    out.clear();
    let n = k.words.len() as u32 - 1;
    let head = heads[dep as usize];
    // First-pass label of a word; children of the root get their own value.
    let label = |i: u32| -> u64 {
        if i == NONE || i >= n {
            u64::MAX
        } else if heads[i as usize] >= n {
            u64::MAX - 1
        } else {
            u64::from(labels[i as usize])
        }
    };
    let dir = u64::from(dep > head);
    let grand = if head < n { heads[head as usize] } else { NONE };
    let (dw, dt, hw, ht) = (k.w(dep), k.t(dep), k.w(head), k.t(head));
    let gt = k.t(grand);
    let hl = label(head);
    let dist = distance_bucket(dep, head);
    let f = |template: u32| FeatureHasher::new(600 + template).int(dir);

    out.push(f(0).finish());
    out.push(f(1).key(dw).finish());
    out.push(f(2).key(dt).finish());
    out.push(f(3).key(dw).key(dt).finish());
    out.push(f(4).key(hw).finish());
    out.push(f(5).key(ht).finish());
    out.push(f(6).key(hw).key(ht).finish());
    out.push(f(7).key(ht).key(dt).finish());
    out.push(f(8).key(hw).key(dt).finish());
    out.push(f(9).key(ht).key(dw).finish());
    out.push(f(10).key(hw).key(dw).finish());
    out.push(f(11).key(ht).key(dt).int(dist).finish());
    out.push(f(12).key(dw).key(ht).int(dist).finish());
    // The head's own attachment: grandparent tag and the head's label.
    out.push(f(13).key(gt).key(ht).key(dt).finish());
    out.push(f(14).int(hl).key(ht).key(dt).finish());
    out.push(f(15).int(hl).key(dw).finish());
    out.push(f(16).int(hl).key(hw).key(dt).finish());
    // Surface neighbours.
    out.push(
        f(17)
            .key(dt)
            .key(k.t_near(dep, -1))
            .key(k.t_near(dep, 1))
            .finish(),
    );
    out.push(f(18).key(ht).key(k.t_near(head, 1)).key(dt).finish());
    out.push(f(19).key(ht).key(k.t_near(head, -1)).key(dt).finish());
    out.push(
        f(20)
            .key(dt)
            .int(u64::from(dep == 0))
            .int(u64::from(dep + 1 == n))
            .finish(),
    );

    // The dependent's children: markers (case, mark, cop, det), counts.
    let own = children.of(dep);
    let (mut n_left, mut n_right) = (0u64, 0u64);
    for &c in own {
        if c < dep {
            n_left += 1;
        } else {
            n_right += 1;
        }
    }
    out.push(
        f(21)
            .key(dt)
            .int(n_left.min(3))
            .int(n_right.min(3))
            .finish(),
    );
    let first = own.first().copied().unwrap_or(NONE);
    let last = own.last().copied().unwrap_or(NONE);
    out.push(f(22).key(dt).key(k.w(first)).finish());
    out.push(f(23).key(ht).key(dt).key(k.w(first)).finish());
    out.push(f(24).key(hw).key(k.w(first)).finish());
    out.push(f(25).key(dt).key(k.t(first)).int(label(first)).finish());
    out.push(f(26).key(dt).key(k.t(last)).int(label(last)).finish());
    for &c in own.iter().take(6) {
        let side = u64::from(c > dep);
        out.push(f(27).key(dt).key(k.t(c)).int(label(c)).int(side).finish());
        out.push(f(28).key(ht).key(dt).key(k.w(c)).int(side).finish());
    }

    // Siblings: what else hangs on the head, and where.
    let siblings = children.of(head);
    let mut between = 0u64;
    let mut left_sib = NONE;
    let mut right_sib = NONE;
    for &s in siblings.iter() {
        if s == dep {
            continue;
        }
        if s < dep {
            left_sib = s;
        } else if right_sib == NONE {
            right_sib = s;
        }
        if s > dep.min(head) && s < dep.max(head) {
            between += 1;
        }
    }
    out.push(f(29).key(ht).key(dt).int(between.min(3)).finish());
    out.push(
        f(30)
            .key(dt)
            .key(k.t(left_sib))
            .int(label(left_sib))
            .finish(),
    );
    out.push(
        f(31)
            .key(dt)
            .key(k.t(right_sib))
            .int(label(right_sib))
            .finish(),
    );
    out.push(
        f(32)
            .key(ht)
            .key(dt)
            .key(k.t(left_sib))
            .key(k.t(right_sib))
            .finish(),
    );
    for &s in siblings.iter().take(8) {
        if s == dep {
            continue;
        }
        let side = u64::from(s > dep);
        out.push(f(33).key(dt).int(label(s)).int(side).finish());
        out.push(f(34).key(ht).key(dt).key(k.t(s)).int(side).finish());
    }
    // Punctuation between head and dependent (appositions, parataxis).
    let (lo, hi) = if dep < head { (dep, head) } else { (head, dep) };
    let comma = k
        .tags
        .get(lo as usize + 1..hi as usize)
        .is_some_and(|span| span.contains(&k.comma));
    out.push(f(35).key(ht).key(dt).int(u64::from(comma)).finish());
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "The minister signed the agreement ." heads: 1 2 root 4 2 2.
    #[test]
    fn children_follow_word_order() {
        let n = 6;
        let heads = [1, 2, 6, 4, 2, 2, NONE];
        let children = Children::new(&heads, n);
        assert_eq!(children.of(2), &[1, 4, 5]);
        assert_eq!(children.of(1), &[0]);
        assert_eq!(children.of(6), &[2]);
        assert!(children.of(0).is_empty());
        assert!(children.of(NONE).is_empty());
    }
}
