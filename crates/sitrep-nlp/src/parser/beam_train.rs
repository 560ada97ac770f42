//! Global training of the beam parser: a structured perceptron over whole
//! transition sequences with the max-violation update (Huang, Fayong & Guo
//! 2012), as Zhang & Nivre (2011) train theirs with early update.
//!
//! Why max-violation rather than early update: early update learns only
//! from the prefix up to where the gold sequence first leaves the beam, so
//! the ends of long sentences are rarely trained on and more epochs are
//! needed; max-violation updates at the prefix where the beam's best beats
//! the gold by the most, which is still a violation (a valid perceptron
//! step) and reaches later transitions.
//!
//! Why the gold sequence is latent: arc-hybrid can build one tree by more
//! than one sequence, so the gold hypothesis at each step is the
//! best-scoring hypothesis in the beam whose dynamic-oracle cost is still
//! zero (no gold arc lost); when none is left, the last one continues
//! outside the beam with its best zero-cost move.
//!
//! The arc labeller stays a local classifier: afterwards it learns from
//! the arcs of the beam's final best sequence whose head is right, like the
//! greedy trainer learns from the arcs of its explored path.

use sitrep_model::Trainer;

use super::beam::{keep_best, Candidate};
use super::features::{label_features, parser_features, SentenceKeys};
use super::state::{Move, State};
use super::MOVES;

/// Parent of the first transition of every sequence.
const START: u32 = u32::MAX;

/// One transition in the history shared by all hypotheses of a sentence.
#[derive(Debug, Clone, Copy)]
struct Step {
    parent: u32,
    class: u8,
    label: u16,
}

/// A training hypothesis: configuration, summed score with the current
/// weights, its last transition in the history, and whether the gold tree
/// is still reachable from it.
struct Hyp {
    state: State,
    score: f32,
    node: u32,
    zero: bool,
}

/// Where the gold hypothesis is.
enum Gold {
    InBeam(usize),
    Outside(Hyp),
}

/// Buffers reused from sentence to sentence.
#[derive(Default)]
pub(super) struct BeamScratch {
    feats: Vec<u64>,
    label_feats: Vec<u64>,
    label_scores: Vec<f32>,
    history: Vec<Step>,
    candidates: Vec<Candidate<f32>>,
    /// Transition scores and dynamic-oracle costs of each beam hypothesis.
    info: Vec<([f32; 3], [u32; 3])>,
    spare: Vec<State>,
}

/// The relation the labeller gives the arc `kind` would make (0 for SHIFT
/// and the root arc).
fn predict_label(
    labeler: &Trainer,
    state: &State,
    kind: Move,
    keys: &SentenceKeys,
    feats: &mut Vec<u64>,
    scores: &mut [f32],
) -> u16 {
    if kind == Move::Shift || (kind == Move::Left && state.b == state.n) {
        return 0;
    }
    label_features(state, kind, keys, feats);
    labeler.scores(feats, scores);
    sitrep_model::argmax(scores) as u16
}

/// The best-scoring valid zero-cost class (ties: lowest), if any.
fn best_zero_cost(state: &State, scores: &[f32; 3], costs: &[u32; 3]) -> Option<usize> {
    let mut best: Option<usize> = None;
    for class in 0..MOVES.len() {
        if costs[class] != 0 || !state.can(MOVES[class]) {
            continue;
        }
        if best.is_none_or(|b| scores[class] > scores[b]) {
            best = Some(class);
        }
    }
    best
}

/// The transitions leading to `node`, first to last.
fn path(history: &[Step], mut node: u32) -> Vec<Step> {
    let mut steps = Vec::new();
    while let Some(&step) = history.get(node as usize) {
        steps.push(step);
        node = step.parent;
    }
    steps.reverse();
    steps
}

/// Trains the transition classifier on one sentence (beam `width`, gold
/// heads `gold_heads` with `n` = root) and the labeller on the arcs of the
/// final best sequence. Returns that sequence's configuration, for the
/// second-pass labeller.
pub(super) fn train_sentence(
    transitions: &mut Trainer,
    labeler: &mut Trainer,
    keys: &SentenceKeys,
    gold_heads: &[u32],
    gold_labels: &[u16],
    width: usize,
    s: &mut BeamScratch,
) -> State {
    let n = gold_heads.len();
    let width = width.max(1);
    s.history.clear();
    s.label_scores.resize(labeler.n_classes(), 0.0);
    let mut beam = vec![Hyp {
        state: State::new(n),
        score: 0.0,
        node: START,
        zero: true,
    }];
    let mut next: Vec<Hyp> = Vec::with_capacity(width);
    let mut gold = Gold::InBeam(0);
    // (violation, best node, gold node) of the largest violation so far.
    let mut worst: Option<(f32, u32, u32)> = None;
    while beam.first().is_some_and(|h| !h.state.is_terminal()) {
        s.candidates.clear();
        s.info.clear();
        for (from, hyp) in beam.iter().enumerate() {
            parser_features(&hyp.state, keys, &mut s.feats);
            let mut scores = [0.0f32; 3];
            transitions.scores(&s.feats, &mut scores);
            // Costs only matter while the gold tree is still reachable.
            let costs = if hyp.zero {
                hyp.state.costs(gold_heads)
            } else {
                [u32::MAX; 3]
            };
            s.info.push((scores, costs));
            for (class, &score) in scores.iter().enumerate() {
                if hyp.state.can(MOVES[class]) {
                    s.candidates.push(Candidate {
                        from,
                        class,
                        score: hyp.score + score,
                    });
                }
            }
        }
        if s.candidates.is_empty() {
            break;
        }
        keep_best(&mut s.candidates, width);
        for c in &s.candidates {
            let parent = &beam[c.from];
            let kind = MOVES[c.class];
            let mut state = s.spare.pop().unwrap_or_else(|| State::new(n));
            state.copy_from(&parent.state);
            let label = predict_label(
                labeler,
                &state,
                kind,
                keys,
                &mut s.label_feats,
                &mut s.label_scores,
            );
            state.apply(kind, label);
            let node = s.history.len() as u32;
            s.history.push(Step {
                parent: parent.node,
                class: c.class as u8,
                label,
            });
            next.push(Hyp {
                state,
                score: c.score,
                node,
                zero: parent.zero && s.info[c.from].1[c.class] == 0,
            });
        }
        gold = match next.iter().position(|h| h.zero) {
            Some(j) => Gold::InBeam(j),
            None => {
                let (mut hyp, scores, costs) = match gold {
                    Gold::InBeam(j) => {
                        let parent = &beam[j];
                        let mut state = State::new(n);
                        state.copy_from(&parent.state);
                        let hyp = Hyp {
                            state,
                            score: parent.score,
                            node: parent.node,
                            zero: true,
                        };
                        (hyp, s.info[j].0, s.info[j].1)
                    }
                    Gold::Outside(hyp) => {
                        parser_features(&hyp.state, keys, &mut s.feats);
                        let mut scores = [0.0f32; 3];
                        transitions.scores(&s.feats, &mut scores);
                        let costs = hyp.state.costs(gold_heads);
                        (hyp, scores, costs)
                    }
                };
                // A zero-cost state always has a zero-cost move on a
                // projective tree; without one the sentence stops here.
                let Some(class) = best_zero_cost(&hyp.state, &scores, &costs) else {
                    break;
                };
                let kind = MOVES[class];
                let label = predict_label(
                    labeler,
                    &hyp.state,
                    kind,
                    keys,
                    &mut s.label_feats,
                    &mut s.label_scores,
                );
                hyp.state.apply(kind, label);
                s.history.push(Step {
                    parent: hyp.node,
                    class: class as u8,
                    label,
                });
                hyp.node = s.history.len() as u32 - 1;
                hyp.score += scores[class];
                Gold::Outside(hyp)
            }
        };
        if let Some(top) = next.first().filter(|h| !h.zero) {
            let (gold_score, gold_node) = match &gold {
                Gold::InBeam(j) => (next[*j].score, next[*j].node),
                Gold::Outside(h) => (h.score, h.node),
            };
            let violation = top.score - gold_score;
            // `>=`: with equal scores (all-zero weights at the start) the
            // longest violating prefix is the most informative.
            if violation >= 0.0 && worst.is_none_or(|(w, _, _)| violation >= w) {
                worst = Some((violation, top.node, gold_node));
            }
        }
        s.spare.extend(beam.drain(..).map(|h| h.state));
        std::mem::swap(&mut beam, &mut next);
    }
    let (top_node, top_zero) = beam.first().map_or((START, true), |h| (h.node, h.zero));
    if !top_zero {
        if let Some((_, predicted, gold_node)) = worst {
            update(
                transitions,
                keys,
                n,
                &s.history,
                predicted,
                gold_node,
                &mut s.feats,
            );
        }
    }
    // Averaging over transitions, as in greedy training, keeps averaged
    // weights on the scale the pruning threshold was chosen for.
    for _ in 0..2 * n {
        transitions.tick();
    }
    s.spare.extend(beam.drain(..).map(|h| h.state));
    train_labeler(
        labeler,
        keys,
        n,
        gold_heads,
        gold_labels,
        &path(&s.history, top_node),
        s,
    )
}

/// The perceptron step between the sequences ending at `predicted` and
/// `gold`: their shared prefix cancels out, so only the transitions after
/// it are penalised (predicted) and rewarded (gold).
fn update(
    transitions: &mut Trainer,
    keys: &SentenceKeys,
    n: usize,
    history: &[Step],
    predicted: u32,
    gold: u32,
    feats: &mut Vec<u64>,
) {
    let predicted = path(history, predicted);
    let gold = path(history, gold);
    let common = predicted
        .iter()
        .zip(&gold)
        .take_while(|(a, b)| a.class == b.class && a.label == b.label)
        .count();
    let mut state = State::new(n);
    for step in &predicted[..common] {
        state.apply(MOVES[usize::from(step.class)], step.label);
    }
    let mut other = state.clone();
    for (state, steps, delta) in [(&mut state, &predicted, -1.0), (&mut other, &gold, 1.0)] {
        for step in &steps[common..] {
            let class = usize::from(step.class);
            parser_features(state, keys, feats);
            transitions.update_with(feats, class, delta);
            state.apply(MOVES[class], step.label);
        }
    }
}

/// Replays `steps` and trains the labeller on every arc whose head is
/// right (the labels kept are those the search used, so the configuration
/// matches the one the beam built). Returns the final configuration.
fn train_labeler(
    labeler: &mut Trainer,
    keys: &SentenceKeys,
    n: usize,
    gold_heads: &[u32],
    gold_labels: &[u16],
    steps: &[Step],
    s: &mut BeamScratch,
) -> State {
    let mut state = State::new(n);
    for step in steps {
        let kind = MOVES[usize::from(step.class)];
        let root_arc = kind == Move::Left && state.b == state.n;
        if kind != Move::Shift && !root_arc {
            let dep = state.s(0) as usize;
            let head = if kind == Move::Left {
                state.b
            } else {
                state.s(1)
            };
            if gold_heads.get(dep) == Some(&head) {
                label_features(&state, kind, keys, &mut s.label_feats);
                labeler.scores(&s.label_feats, &mut s.label_scores);
                let guess = sitrep_model::argmax(&s.label_scores);
                let truth = gold_labels.get(dep).copied().unwrap_or(0);
                labeler.update(&s.label_feats, usize::from(truth), guess);
                labeler.tick();
            }
        }
        state.apply(kind, step.label);
    }
    state
}
