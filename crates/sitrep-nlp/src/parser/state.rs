//! The arc-hybrid transition system (Kuhlmann et al. 2011) with the root
//! at the END of the buffer (Ballesteros & Nivre 2013) and its dynamic
//! oracle (Goldberg & Nivre 2013).
//!
//! Why arc-hybrid: its dynamic oracle is arc-decomposable and each cost is
//! a couple of counts over the stack or buffer, so training with
//! exploration is cheap; every sentence takes exactly 2n transitions and
//! the buffer is always a contiguous suffix, which keeps the state small.
//! Putting the root last and allowing LEFT onto it only when the stack holds
//! one word guarantees exactly one root per sentence (UD requires it).
//!
//! Transitions (`s0` top of stack, `b` front of buffer):
//! - SHIFT: push `b` (not the root).
//! - LEFT_l: `b` becomes head of `s0` with label `l`; pop.
//! - RIGHT_l: `s1` becomes head of `s0` with label `l`; pop.

pub(crate) const NONE: u32 = u32::MAX;

/// Transition kinds; the label of an arc is chosen separately.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Move {
    Shift,
    Left,
    Right,
}

/// A parser configuration over `n` words; word `n` is the root.
#[derive(Debug, Clone)]
pub(crate) struct State {
    pub(crate) n: u32,
    pub(crate) stack: Vec<u32>,
    /// Front of the buffer; the buffer is `b..=n`.
    pub(crate) b: u32,
    pub(crate) heads: Vec<u32>,
    pub(crate) labels: Vec<u16>,
    /// Two leftmost / two rightmost children per node (NONE if absent).
    pub(crate) left: Vec<[u32; 2]>,
    pub(crate) right: Vec<[u32; 2]>,
    pub(crate) n_left: Vec<u8>,
    pub(crate) n_right: Vec<u8>,
}

impl State {
    pub(crate) fn new(n: usize) -> State {
        let size = n + 1;
        State {
            n: n as u32,
            stack: Vec::with_capacity(n),
            b: 0,
            heads: vec![NONE; size],
            labels: vec![0; size],
            left: vec![[NONE; 2]; size],
            right: vec![[NONE; 2]; size],
            n_left: vec![0; size],
            n_right: vec![0; size],
        }
    }

    /// An empty configuration that owns no memory, left behind when the
    /// beam moves a configuration out of a hypothesis.
    pub(crate) fn placeholder() -> State {
        State {
            n: 0,
            stack: Vec::new(),
            b: 0,
            heads: Vec::new(),
            labels: Vec::new(),
            left: Vec::new(),
            right: Vec::new(),
            n_left: Vec::new(),
            n_right: Vec::new(),
        }
    }

    /// Makes `self` a copy of `other`, reusing `self`'s buffers: the beam
    /// copies a configuration for every hypothesis it keeps at every step.
    pub(crate) fn copy_from(&mut self, other: &State) {
        self.n = other.n;
        self.stack.clone_from(&other.stack);
        self.b = other.b;
        self.heads.clone_from(&other.heads);
        self.labels.clone_from(&other.labels);
        self.left.clone_from(&other.left);
        self.right.clone_from(&other.right);
        self.n_left.clone_from(&other.n_left);
        self.n_right.clone_from(&other.n_right);
    }

    pub(crate) fn is_terminal(&self) -> bool {
        self.stack.is_empty() && self.b == self.n
    }

    pub(crate) fn s(&self, depth: usize) -> u32 {
        if depth < self.stack.len() {
            self.stack[self.stack.len() - 1 - depth]
        } else {
            NONE
        }
    }

    /// Buffer position `offset` from the front (the root counts; NONE past it).
    pub(crate) fn buffer(&self, offset: u32) -> u32 {
        let at = self.b + offset;
        if at <= self.n {
            at
        } else {
            NONE
        }
    }

    pub(crate) fn can(&self, kind: Move) -> bool {
        match kind {
            Move::Shift => self.b < self.n,
            Move::Left => !self.stack.is_empty() && (self.b < self.n || self.stack.len() == 1),
            Move::Right => self.stack.len() >= 2,
        }
    }

    pub(crate) fn apply(&mut self, kind: Move, label: u16) {
        match kind {
            Move::Shift => {
                self.stack.push(self.b);
                self.b += 1;
            }
            Move::Left => {
                if let Some(dep) = self.stack.pop() {
                    self.attach(self.b, dep, label);
                }
            }
            Move::Right => {
                if let Some(dep) = self.stack.pop() {
                    if let Some(&head) = self.stack.last() {
                        self.attach(head, dep, label);
                    }
                }
            }
        }
    }

    fn attach(&mut self, head: u32, dep: u32, label: u16) {
        let (h, d) = (head as usize, dep as usize);
        self.heads[d] = head;
        self.labels[d] = label;
        if dep < head {
            self.n_left[h] = self.n_left[h].saturating_add(1);
            let l = &mut self.left[h];
            if l[0] == NONE || dep < l[0] {
                l[1] = l[0];
                l[0] = dep;
            } else if l[1] == NONE || dep < l[1] {
                l[1] = dep;
            }
        } else {
            self.n_right[h] = self.n_right[h].saturating_add(1);
            let r = &mut self.right[h];
            if r[0] == NONE || dep > r[0] {
                r[1] = r[0];
                r[0] = dep;
            } else if r[1] == NONE || dep > r[1] {
                r[1] = dep;
            }
        }
    }

    /// Dynamic-oracle cost of each move (unlabelled): how many gold arcs
    /// become unreachable. `gold[d]` is the gold head (`n` = root).
    pub(crate) fn costs(&self, gold: &[u32]) -> [u32; 3] {
        let b = self.b;
        let n = self.n;
        let s0 = self.s(0);
        let s1 = self.s(1);
        let deps_in_buffer = |h: u32| (b..n).filter(|&d| gold[d as usize] == h).count() as u32;
        let mut shift = u32::MAX;
        if self.can(Move::Shift) {
            let g = gold[b as usize];
            let head_in_stack = self.stack.iter().rev().skip(1).any(|&x| x == g);
            let deps_in_stack = self
                .stack
                .iter()
                .filter(|&&x| gold[x as usize] == b)
                .count() as u32;
            shift = u32::from(head_in_stack) + deps_in_stack;
        }
        let mut left = u32::MAX;
        let mut right = u32::MAX;
        if s0 != NONE {
            let g = gold[s0 as usize];
            let deps = deps_in_buffer(s0);
            if self.can(Move::Left) {
                let head_lost = g != b && (g > b || (s1 != NONE && g == s1));
                left = u32::from(head_lost) + deps;
            }
            if self.can(Move::Right) {
                right = u32::from(g >= b) + deps;
            }
        }
        [shift, left, right]
    }
}

/// Lifts non-projective arcs (re-attaches the dependent to its head's head)
/// until the tree is projective, so the arc-hybrid oracle can reach it.
/// `heads` are 0-based with `n` for the root.
pub(crate) fn projectivize(heads: &mut [u32]) -> usize {
    let n = heads.len() as u32;
    let mut lifted = 0;
    for _ in 0..heads.len() * 2 {
        let Some(dep) = shortest_nonprojective(heads, n) else {
            return lifted;
        };
        let head = heads[dep as usize];
        if head >= n {
            return lifted;
        }
        heads[dep as usize] = heads[head as usize];
        lifted += 1;
    }
    lifted
}

fn dominates(heads: &[u32], n: u32, head: u32, mut node: u32) -> bool {
    for _ in 0..=heads.len() {
        if node == head {
            return true;
        }
        if node >= n {
            return false;
        }
        node = heads[node as usize];
    }
    false
}

fn shortest_nonprojective(heads: &[u32], n: u32) -> Option<u32> {
    let mut best: Option<(u32, u32)> = None;
    for (d, &h) in heads.iter().enumerate() {
        let d = d as u32;
        if h >= n {
            continue;
        }
        let (lo, hi) = if d < h { (d, h) } else { (h, d) };
        let crossing = (lo + 1..hi).any(|k| !dominates(heads, n, h, k));
        if crossing && best.is_none_or(|(len, _)| hi - lo < len) {
            best = Some((hi - lo, d));
        }
    }
    best.map(|(_, d)| d)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// Following zero-cost moves from the start rebuilds a projective tree.
    #[test]
    fn static_path_reaches_gold() {
        // "The minister signed the agreement ." heads: 1 2 root 4 2 2
        let gold = [1, 2, 6, 4, 2, 2];
        let mut state = State::new(6);
        while !state.is_terminal() {
            let costs = state.costs(&gold);
            let (i, _) = costs.iter().enumerate().min_by_key(|&(_, c)| *c).unwrap();
            assert_eq!(costs[i], 0);
            let kind = [Move::Shift, Move::Left, Move::Right][i];
            state.apply(kind, 0);
        }
        assert_eq!(&state.heads[..6], &gold);
    }

    #[test]
    fn lifting_makes_trees_projective() {
        // 0 <- 2 crosses 1 -> 3.
        let mut heads = vec![2, 3, 4, 4];
        assert!(shortest_nonprojective(&heads, 4).is_some());
        assert!(projectivize(&mut heads) > 0);
        assert!(shortest_nonprojective(&heads, 4).is_none());
        let mut fine = vec![1, 4, 1];
        assert_eq!(projectivize(&mut fine), 0);
    }
}
