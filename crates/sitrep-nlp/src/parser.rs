//! Labelled dependency parser: greedy arc-hybrid transitions scored by an
//! averaged perceptron, trained with a dynamic oracle and exploration.
//!
//! See [`state`] for the transition system and why it was chosen.
//! Non-projective training trees (about 1% of EWT sentences... those with
//! crossing arcs) are made projective by lifting the shortest crossing arc
//! to the grandparent until none crosses; the parser therefore only
//! outputs projective trees.

mod features;
mod state;
mod train;

use sitrep_model::{FeatureHasher, ModelError, ModelFile, Weights};

pub use train::{attachment_scores, train_parser, ParserReport};

use crate::tagger::words::WordScratch;
use features::{parser_features, SentenceKeys};
use state::{decode_class, Move, State, NONE};

pub const PARSER_KIND: &str = "parser";
pub const PARSER_VERSION: u32 = 1;

/// One parsed word: its head (0-based word index, `None` for the root) and
/// its relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Arc<'p> {
    pub head: Option<u32>,
    pub deprel: &'p str,
}

/// A trained parser.
#[derive(Debug, Clone)]
pub struct Parser {
    weights: Weights,
    /// Dependency relations, index = label id.
    deprels: Vec<String>,
}

/// Key of a tag for the parser's features.
pub(crate) fn tag_key(xpos: &str) -> u64 {
    FeatureHasher::new(20).str(xpos).finish()
}

pub(crate) fn sentence_keys(
    words: &[&str],
    xpos: &[&str],
    scratch: &mut WordScratch,
) -> SentenceKeys {
    let mut word_keys = Vec::with_capacity(words.len() + 1);
    let mut tag_keys = Vec::with_capacity(words.len() + 1);
    for (word, tag) in words.iter().zip(xpos) {
        let norm = scratch.normalize(word);
        word_keys.push(FeatureHasher::new(3).str(norm).finish());
        tag_keys.push(tag_key(tag));
    }
    word_keys.push(FeatureHasher::new(21).str("<root>").finish());
    tag_keys.push(FeatureHasher::new(21).str("ROOT").finish());
    SentenceKeys {
        words: word_keys,
        tags: tag_keys,
        none: FeatureHasher::new(22).finish(),
    }
}

impl Parser {
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ModelError> {
        Self::from_model(ModelFile::from_bytes_of_kind(bytes, PARSER_KIND)?)
    }

    pub(crate) fn from_model(model: ModelFile) -> Result<Self, ModelError> {
        if model.version != PARSER_VERSION {
            return Err(ModelError::Corrupt(format!(
                "parser version {}",
                model.version
            )));
        }
        if model.weights.n_classes() != 1 + 2 * model.labels.len() {
            return Err(ModelError::Corrupt(
                "parser class count does not match its labels".into(),
            ));
        }
        Ok(Parser {
            weights: model.weights,
            deprels: model.labels,
        })
    }

    /// Parses one sentence given its words and Penn Treebank tags (`xpos`;
    /// `upos` is accepted for API symmetry and currently unused by the
    /// features). Returns one arc per word.
    pub fn parse(&self, words: &[&str], _upos: &[&str], xpos: &[&str]) -> Vec<Arc<'_>> {
        let n = words.len().min(xpos.len());
        let mut scratch = WordScratch::default();
        let keys = sentence_keys(&words[..n], &xpos[..n], &mut scratch);
        let state = self.run(&keys, n);
        (0..n)
            .map(|i| {
                let head = state.heads[i];
                let label = usize::from(state.labels[i]);
                Arc {
                    head: (head != NONE && head < n as u32).then_some(head),
                    deprel: if head == NONE {
                        "dep"
                    } else if head >= n as u32 {
                        "root"
                    } else {
                        self.deprels.get(label).map_or("dep", String::as_str)
                    },
                }
            })
            .collect()
    }

    fn run(&self, keys: &SentenceKeys, n: usize) -> State {
        let mut state = State::new(n);
        let mut feats = Vec::with_capacity(80);
        let mut scores = vec![0.0f32; self.weights.n_classes()];
        let n_labels = self.deprels.len();
        while !state.is_terminal() {
            parser_features(&state, keys, &mut feats);
            self.weights.scores(&feats, &mut scores);
            let Some((kind, label)) = best_valid(&state, &scores, n_labels, |_, _| true) else {
                break;
            };
            state.apply(kind, label);
        }
        state
    }

    pub fn deprels(&self) -> &[String] {
        &self.deprels
    }

    pub fn memory_bytes(&self) -> usize {
        self.weights.memory_bytes()
    }
}

/// The highest-scoring valid transition accepted by `allow`.
pub(crate) fn best_valid(
    state: &State,
    scores: &[f32],
    n_labels: usize,
    allow: impl Fn(Move, u16) -> bool,
) -> Option<(Move, u16)> {
    let mut best: Option<(f32, Move, u16)> = None;
    for (class, &score) in scores.iter().enumerate() {
        let (kind, label) = decode_class(class, n_labels);
        if !state.can(kind) || !allow(kind, label) {
            continue;
        }
        if best.map_or(true, |(s, _, _)| score > s) {
            best = Some((score, kind, label));
        }
    }
    best.map(|(_, kind, label)| (kind, label))
}
