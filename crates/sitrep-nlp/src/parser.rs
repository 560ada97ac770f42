//! Labelled dependency parser: greedy arc-hybrid transitions scored by an
//! averaged perceptron, trained with a dynamic oracle and exploration.
//!
//! See [`state`] for the transition system and why it was chosen.
//! Non-projective training trees (about 1% of EWT sentences... those with
//! crossing arcs) are made projective by lifting the shortest crossing arc
//! to the grandparent until none crosses; the parser therefore only
//! outputs projective trees.

mod beam;
mod beam_train;
mod features;
pub(crate) mod fronted;
mod jackknife;
mod relabel;
mod state;
mod train;

use sitrep_model::{FeatureHasher, InlineWeights, ModelError, ModelFile, Weights};

pub use jackknife::jackknife_tags;
pub use train::{
    attachment_scores, train_parser, train_parser_beam, train_parser_jackknifed,
    train_parser_jackknifed_mixed, train_parser_mixed_tags, train_parser_on_tags, ParserReport,
};

use crate::clusters::WordClusters;
use crate::tagger::words::WordScratch;
use features::{label_features, parser_features, SentenceKeys, CLUSTER_COARSE};
use relabel::{relabel_features, Children};
use state::{Move, State, NONE};

pub const PARSER_KIND: &str = "parser";
/// Version 2: unlabelled transition classifier + separate arc labeller;
/// 3: word-cluster features; 4: a `beam` section (beam width, trained with
/// global updates). Greedy models (width 1) are still written as version 3,
/// so the shipped greedy file reproduces byte for byte and older builds
/// keep reading it; a build that only knows version 3 refuses a beam model
/// instead of decoding it greedily.
pub const PARSER_VERSION: u32 = 4;
/// The version of files without a beam section (greedy decoding).
pub const PARSER_GREEDY_VERSION: u32 = 3;
/// Name of the extra section holding the beam width (u32, little-endian).
const BEAM_SECTION: &str = "beam";
/// Widest beam a model file may ask for (a corrupt width must not make
/// decoding allocate without bound).
pub const MAX_BEAM: usize = 64;
/// `kind` of the arc-label classifier nested in a parser model file.
pub const LABELER_KIND: &str = "parser-labels";
/// Name of the extra section holding the nested label model.
const LABELER_SECTION: &str = "labeler";
/// Name of the optional extra section holding the second-pass labeller
/// (same kind and labels as the first).
const RELABELER_SECTION: &str = "relabeler";

/// One parsed word: its head (0-based word index, `None` for the root) and
/// its relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Arc<'p> {
    pub head: Option<u32>,
    pub deprel: &'p str,
}

/// A trained parser: two classifiers.
///
/// Why two stages: choosing among SHIFT / LEFT / RIGHT needs the full
/// template set, but only three weights per feature, which fit inline in
/// the hash slot ([`InlineWeights`]); the relation (51 classes) is chosen
/// by a second, much smaller feature set only when an arc is made. Scoring
/// 103 joint classes for every transition cost 4x more per lookup.
#[derive(Debug, Clone)]
pub struct Parser {
    transitions: InlineWeights<3>,
    labeler: Weights,
    /// Second-pass labeller over the complete tree (absent in older files).
    relabeler: Option<Weights>,
    /// Dependency relations, index = label id.
    deprels: Vec<String>,
    /// Word clusters the parser was trained with (stored in its file).
    clusters: WordClusters,
    /// Beam width of decoding; 1 is greedy.
    beam: usize,
}

/// Model file version for a parser decoded with beam `width`.
pub(crate) fn file_version(width: usize) -> u32 {
    if width > 1 {
        PARSER_VERSION
    } else {
        PARSER_GREEDY_VERSION
    }
}

/// Key of a tag for the parser's features.
pub(crate) fn tag_key(xpos: &str) -> u64 {
    FeatureHasher::new(20).str(xpos).finish()
}

pub(crate) fn sentence_keys(
    words: &[&str],
    xpos: &[&str],
    scratch: &mut WordScratch,
    clusters: &WordClusters,
) -> SentenceKeys {
    let norm_keys: Vec<u64> = words
        .iter()
        .map(|word| FeatureHasher::new(3).str(scratch.normalize(word)).finish())
        .collect();
    keys_from_norms(&norm_keys, xpos, clusters)
}

/// Parser keys from normalized-form keys (`WordKeys::norm`) and tags.
fn keys_from_norms(norm_keys: &[u64], xpos: &[&str], clusters: &WordClusters) -> SentenceKeys {
    let n = norm_keys.len().min(xpos.len());
    let mut words = Vec::with_capacity(n + 1);
    let mut tags = Vec::with_capacity(n + 1);
    let mut cluster_keys = Vec::with_capacity(n + 1);
    words.extend_from_slice(&norm_keys[..n]);
    tags.extend(xpos[..n].iter().map(|x| tag_key(x)));
    cluster_keys.extend(norm_keys[..n].iter().map(|&k| {
        clusters.get(k).map_or([u64::MAX; 2], |c| {
            [c.prefix(CLUSTER_COARSE), c.prefix(u8::MAX)]
        })
    }));
    words.push(FeatureHasher::new(21).str("<root>").finish());
    tags.push(FeatureHasher::new(21).str("ROOT").finish());
    cluster_keys.push([u64::MAX - 1; 2]);
    SentenceKeys {
        words,
        tags,
        clusters: cluster_keys,
        none: FeatureHasher::new(22).finish(),
        comma: tag_key(","),
    }
}

/// Move of transition class `class` (0 SHIFT, 1 LEFT, 2 RIGHT).
pub(crate) const MOVES: [Move; 3] = [Move::Shift, Move::Left, Move::Right];

impl Parser {
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ModelError> {
        Self::from_model(ModelFile::from_bytes_of_kind(bytes, PARSER_KIND)?)
    }

    pub(crate) fn from_model(model: ModelFile) -> Result<Self, ModelError> {
        if model.version != PARSER_VERSION && model.version != PARSER_GREEDY_VERSION {
            return Err(ModelError::Corrupt(format!(
                "parser version {} (this build reads {PARSER_GREEDY_VERSION} and {PARSER_VERSION})",
                model.version
            )));
        }
        let beam = match model.extra(BEAM_SECTION) {
            _ if model.version == PARSER_GREEDY_VERSION => 1,
            Some(&[a, b, c, d]) => u32::from_le_bytes([a, b, c, d]) as usize,
            _ => {
                return Err(ModelError::Corrupt(
                    "parser version 4 needs a 4-byte beam section".into(),
                ))
            }
        };
        if beam == 0 || beam > MAX_BEAM {
            return Err(ModelError::Corrupt(format!(
                "parser beam width {beam} (1..={MAX_BEAM})"
            )));
        }
        if model.weights.n_classes() != MOVES.len() {
            return Err(ModelError::Corrupt(
                "parser transition model must have 3 classes".into(),
            ));
        }
        let labeler =
            ModelFile::from_bytes_of_kind(model.require_extra(LABELER_SECTION)?, LABELER_KIND)?;
        if labeler.weights.n_classes() != model.labels.len() {
            return Err(ModelError::Corrupt(
                "parser label count does not match its labeller".into(),
            ));
        }
        let relabeler = match model.extra(RELABELER_SECTION) {
            Some(bytes) => {
                let file = ModelFile::from_bytes_of_kind(bytes, LABELER_KIND)?;
                if file.weights.n_classes() != model.labels.len() {
                    return Err(ModelError::Corrupt(
                        "parser label count does not match its second-pass labeller".into(),
                    ));
                }
                Some(file.weights)
            }
            None => None,
        };
        let clusters = match (model.extra("clusters.forms"), model.extra("clusters.paths")) {
            (Some(forms), Some(paths)) => WordClusters::from_sections(forms, paths)?,
            _ => WordClusters::default(),
        };
        Ok(Parser {
            clusters,
            transitions: InlineWeights::from_weights(&model.weights),
            labeler: labeler.weights,
            relabeler,
            deprels: model.labels,
            beam,
        })
    }

    /// The beam width this parser decodes with (1: greedy).
    pub fn beam_width(&self) -> usize {
        self.beam
    }

    /// The same model decoding with beam `width` (clamped to 1..=[`MAX_BEAM`]),
    /// e.g. to measure a greedy-trained model under beam search.
    pub fn with_beam(self, width: usize) -> Self {
        Parser {
            beam: width.clamp(1, MAX_BEAM),
            ..self
        }
    }

    /// Parses one sentence given its words and Penn Treebank tags (`xpos`;
    /// `upos` is accepted for API symmetry and currently unused by the
    /// features). Returns one arc per word.
    pub fn parse(&self, words: &[&str], _upos: &[&str], xpos: &[&str]) -> Vec<Arc<'_>> {
        let n = words.len().min(xpos.len());
        let mut scratch = WordScratch::default();
        let keys = sentence_keys(&words[..n], &xpos[..n], &mut scratch, &self.clusters);
        self.parse_sentence_keys(&keys, n)
    }

    /// Parses words whose normalized-form keys the tagger already computed
    /// (`WordKeys::norm`, the same key [`sentence_keys`] builds).
    pub(crate) fn parse_norm_keys(&self, norm_keys: &[u64], xpos: &[&str]) -> Vec<Arc<'_>> {
        let n = norm_keys.len().min(xpos.len());
        let keys = keys_from_norms(norm_keys, xpos, &self.clusters);
        self.parse_sentence_keys(&keys, n)
    }

    fn parse_sentence_keys(&self, keys: &SentenceKeys, n: usize) -> Vec<Arc<'_>> {
        let mut state = self.run(keys, n);
        if let Some(relabeler) = &self.relabeler {
            relabel_tree(relabeler, &mut state, keys, n);
        }
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
        if self.beam > 1 {
            return self.run_beam(keys, n, self.beam);
        }
        self.run_greedy(keys, n)
    }

    fn run_greedy(&self, keys: &SentenceKeys, n: usize) -> State {
        let mut state = State::new(n);
        let mut feats = Vec::with_capacity(80);
        let mut label_feats = Vec::with_capacity(64);
        let mut label_scores = vec![0i32; self.deprels.len()];
        while !state.is_terminal() {
            parser_features(&state, keys, &mut feats);
            let mut scores = [0i32; 3];
            self.transitions.accumulate(&feats, &mut scores);
            let Some(kind) = best_move(&state, &scores) else {
                break;
            };
            let label = self.label(&state, kind, keys, &mut label_feats, &mut label_scores);
            state.apply(kind, label);
        }
        state
    }

    /// The relation for the arc `kind` would make (0 for SHIFT and for the
    /// root arc, whose label is fixed).
    fn label(
        &self,
        state: &State,
        kind: Move,
        keys: &SentenceKeys,
        feats: &mut Vec<u64>,
        scores: &mut [i32],
    ) -> u16 {
        if kind == Move::Shift || (kind == Move::Left && state.b == state.n) {
            return 0;
        }
        label_features(state, kind, keys, feats);
        scores.iter_mut().for_each(|s| *s = 0);
        self.labeler.accumulate(feats, scores);
        argmax_i32(scores) as u16
    }

    pub fn deprels(&self) -> &[String] {
        &self.deprels
    }

    pub fn memory_bytes(&self) -> usize {
        self.transitions.memory_bytes()
            + self.labeler.memory_bytes()
            + self.relabeler.as_ref().map_or(0, Weights::memory_bytes)
            + self.clusters.memory_bytes()
    }
}

/// Replaces the first-pass label of every non-root arc of the finished
/// `state` by the second-pass labeller's choice. All arcs are scored with
/// the first-pass labels of their neighbours, so the order does not matter.
fn relabel_tree(relabeler: &Weights, state: &mut State, keys: &SentenceKeys, n: usize) {
    let children = Children::new(&state.heads, n);
    let mut feats = Vec::with_capacity(64);
    let mut scores = vec![0i32; relabeler.n_classes()];
    let mut labels = state.labels.clone();
    for (dep, &head) in state.heads[..n].iter().enumerate() {
        if head as usize >= n {
            continue;
        }
        relabel_features(
            &state.heads,
            &state.labels,
            &children,
            keys,
            dep as u32,
            &mut feats,
        );
        scores.iter_mut().for_each(|s| *s = 0);
        relabeler.accumulate(&feats, &mut scores);
        labels[dep] = argmax_i32(&scores) as u16;
    }
    state.labels = labels;
}

/// The highest-scoring valid move (ties: lowest class).
pub(crate) fn best_move<S: PartialOrd + Copy>(state: &State, scores: &[S; 3]) -> Option<Move> {
    let mut best: Option<(S, Move)> = None;
    for (class, &score) in scores.iter().enumerate() {
        let kind = MOVES[class];
        if !state.can(kind) {
            continue;
        }
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, kind));
        }
    }
    best.map(|(_, kind)| kind)
}

/// Index of the largest integer score (ties: lowest index).
pub(crate) fn argmax_i32(scores: &[i32]) -> usize {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = i;
        }
    }
    best
}

#[cfg(test)]
mod tests;
