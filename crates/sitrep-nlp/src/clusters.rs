//! Word clusters learned from unlabelled text, for the tagger's features.
//!
//! Why: EWT's 200k training words leave many news words unseen; words that
//! occur in the same left/right contexts in a few million words of raw news
//! mostly share their part of speech, so a cluster id generalizes from seen
//! to unseen words (Koo et al. 2008 used Brown clusters the same way).
//!
//! Method (deterministic): every word seen at least [`MIN_COUNT`] times gets
//! a context vector: the distribution of its left and of its right
//! neighbour over the most frequent [`CONTEXT_WORDS`] words (plus "rare"
//! and "sentence boundary"), square-rooted (Hellinger). Divisive 2-means
//! then splits the vocabulary top-down to [`MAX_DEPTH`] levels; a word's
//! cluster is its path of left/right choices, so prefixes of the path are
//! coarser clusters, as with Brown clusters.

use std::collections::HashMap;

use sitrep_model::{
    decode_strings, encode_strings, BuildKeyHasher, FeatureHasher, ModelError, ModelFile, Trainer,
};

use crate::tagger::words::WordScratch;

pub const CLUSTERS_KIND: &str = "clusters";
pub const CLUSTERS_VERSION: u32 = 1;
/// Words rarer than this get no cluster.
const MIN_COUNT: u32 = 3;
/// At most this many words are clustered (most frequent first).
const MAX_WORDS: usize = 60_000;
/// Context dimensions per side: the most frequent words.
const CONTEXT_WORDS: usize = 500;
/// Depth of the cluster tree (bits of a path).
const MAX_DEPTH: u32 = 16;
/// Clusters smaller than this are not split further.
const MIN_SPLIT: usize = 8;
/// Lloyd iterations per 2-means split.
const ITERATIONS: usize = 12;

/// A cluster path: `len` bits, most significant first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ClusterPath {
    pub bits: u32,
    pub len: u8,
}

impl ClusterPath {
    /// Feature value of the first `n` bits (the whole path if shorter);
    /// distinct from every other prefix length.
    #[inline]
    pub fn prefix(self, n: u8) -> u64 {
        let len = self.len.min(n);
        let bits = if len == 0 {
            0
        } else {
            self.bits >> (self.len - len)
        };
        (u64::from(len) << 32) | u64::from(bits)
    }
}

/// Word (normalized form key) -> cluster path.
#[derive(Debug, Clone, Default)]
pub struct WordClusters {
    paths: HashMap<u64, ClusterPath, BuildKeyHasher>,
    /// Forms and encoded paths as stored, for re-embedding in other models.
    forms: Vec<String>,
    encoded: Vec<u32>,
}

impl WordClusters {
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ModelError> {
        let model = ModelFile::from_bytes_of_kind(bytes, CLUSTERS_KIND)?;
        if model.version != CLUSTERS_VERSION {
            return Err(ModelError::Corrupt(format!(
                "clusters version {} (this build reads {CLUSTERS_VERSION})",
                model.version
            )));
        }
        Self::from_sections(
            model.require_extra("clusters.forms")?,
            model.require_extra("clusters.paths")?,
        )
    }

    /// Rebuilds the table from the two sections [`Self::sections`] wrote.
    pub(crate) fn from_sections(forms: &[u8], paths: &[u8]) -> Result<Self, ModelError> {
        let forms = decode_strings(forms)?;
        if paths.len() != forms.len() * 4 {
            return Err(ModelError::Corrupt("cluster table sizes differ".into()));
        }
        let encoded: Vec<u32> = paths
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        let mut table = HashMap::with_capacity_and_hasher(forms.len(), BuildKeyHasher::default());
        for (form, &code) in forms.iter().zip(&encoded) {
            let path = ClusterPath {
                bits: code & 0x00FF_FFFF,
                len: (code >> 24) as u8,
            };
            if path.len > 24 {
                return Err(ModelError::Corrupt("cluster path longer than 24".into()));
            }
            table.insert(norm_key(form), path);
        }
        Ok(WordClusters {
            paths: table,
            forms,
            encoded,
        })
    }

    /// The table as two extra sections (forms, paths).
    pub(crate) fn sections(&self) -> (Vec<u8>, Vec<u8>) {
        (
            encode_strings(&self.forms),
            self.encoded.iter().flat_map(|c| c.to_le_bytes()).collect(),
        )
    }

    /// Cluster of the word whose normalized-form key is `norm`.
    #[inline]
    pub fn get(&self, norm: u64) -> Option<ClusterPath> {
        self.paths.get(&norm).copied()
    }

    pub fn len(&self) -> usize {
        self.forms.len()
    }

    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }

    pub fn memory_bytes(&self) -> usize {
        self.paths.capacity() * 24
    }
}

/// Key of a normalized form, as `WordKeys::norm`.
fn norm_key(norm: &str) -> u64 {
    FeatureHasher::new(3).str(norm).finish()
}

/// Splits raw text into word tokens for clustering: whitespace, then
/// leading/trailing punctuation peeled off as tokens, and the clitics
/// `n't` / `'s`-style endings split as in UD English. Self-contained (not
/// the `sitrep-text` tokenizer) so the cluster file depends only on the
/// corpus.
pub fn rough_tokens(text: &str, out: &mut Vec<String>) {
    for chunk in text.split_whitespace() {
        let mut start = 0;
        let mut end = chunk.len();
        let mut tail = Vec::new();
        while let Some(c) = chunk[start..end].chars().next() {
            if c.is_alphanumeric() || end - start == c.len_utf8() {
                break;
            }
            out.push(c.to_string());
            start += c.len_utf8();
        }
        while let Some(c) = chunk[start..end].chars().next_back() {
            if c.is_alphanumeric() || end - start == c.len_utf8() {
                break;
            }
            tail.push(c.to_string());
            end -= c.len_utf8();
        }
        let word = &chunk[start..end];
        let lower = word.to_ascii_lowercase();
        let clitic = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "’s"]
            .iter()
            .find(|c| lower.ends_with(*c) && lower.len() > c.len());
        match clitic {
            Some(c) => {
                let cut = word.len() - c.len();
                out.push(word[..cut].to_string());
                out.push(word[cut..].to_string());
            }
            None if !word.is_empty() => out.push(word.to_string()),
            None => {}
        }
        out.extend(tail.into_iter().rev());
    }
}

/// What clustering produced.
#[derive(Debug, Clone, Default)]
pub struct ClusterReport {
    pub tokens: usize,
    pub sentences: usize,
    pub clustered_words: usize,
    pub leaves: usize,
    pub model_bytes: usize,
}

/// Clusters the words of `sentences` (each a list of tokens); returns the
/// model file bytes. Deterministic: depends only on the sentences' order
/// and content.
pub fn train_clusters(sentences: &[Vec<String>]) -> (Vec<u8>, ClusterReport) {
    let mut scratch = WordScratch::default();
    // Normalized sentences as vocabulary ids (first seen order, remapped below).
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut names: Vec<String> = Vec::new();
    let mut counts: Vec<u32> = Vec::new();
    let mut corpus: Vec<Vec<u32>> = Vec::with_capacity(sentences.len());
    let mut tokens = 0;
    for sentence in sentences {
        let mut row = Vec::with_capacity(sentence.len());
        for word in sentence {
            let norm = scratch.normalize(word);
            let id = match ids.get(norm) {
                Some(&id) => id,
                None => {
                    let id = names.len() as u32;
                    ids.insert(norm.to_string(), id);
                    names.push(norm.to_string());
                    counts.push(0);
                    id
                }
            };
            counts[id as usize] += 1;
            row.push(id);
        }
        tokens += row.len();
        corpus.push(row);
    }
    // Rank by frequency (ties: form) for a deterministic order.
    let mut order: Vec<u32> = (0..names.len() as u32).collect();
    order.sort_by(|&a, &b| {
        counts[b as usize]
            .cmp(&counts[a as usize])
            .then_with(|| names[a as usize].cmp(&names[b as usize]))
    });
    let mut rank = vec![u32::MAX; names.len()];
    for (r, &id) in order.iter().enumerate() {
        rank[id as usize] = r as u32;
    }
    let n_words = order
        .iter()
        .take(MAX_WORDS)
        .take_while(|&&id| counts[id as usize] >= MIN_COUNT)
        .count();
    // Context dimension of a word on one side: its rank among the context
    // words, else RARE; BOUNDARY before/after the sentence.
    let context_words = CONTEXT_WORDS;
    let rare = context_words;
    let boundary = context_words + 1;
    let side_dims = context_words + 2;
    let dim = |id: u32| -> usize {
        let r = rank[id as usize] as usize;
        if r < context_words {
            r
        } else {
            rare
        }
    };
    let mut context: Vec<HashMap<u16, u32>> = vec![HashMap::new(); n_words];
    for row in &corpus {
        for (i, &id) in row.iter().enumerate() {
            let r = rank[id as usize] as usize;
            if r >= n_words {
                continue;
            }
            let left = if i == 0 { boundary } else { dim(row[i - 1]) };
            let right = if i + 1 == row.len() {
                boundary
            } else {
                dim(row[i + 1])
            };
            *context[r].entry(left as u16).or_default() += 1;
            *context[r].entry((side_dims + right) as u16).or_default() += 1;
        }
    }
    // Hellinger vectors: sqrt of p(context | word) per side.
    let vectors: Vec<Vec<(u16, f32)>> = context
        .into_iter()
        .map(|ctx| {
            let mut entries: Vec<(u16, u32)> = ctx.into_iter().collect();
            entries.sort_unstable();
            let total: u32 = entries
                .iter()
                .filter(|(d, _)| usize::from(*d) < side_dims)
                .map(|(_, c)| c)
                .sum();
            let total = f64::from(total.max(1));
            entries
                .into_iter()
                .map(|(d, c)| (d, (f64::from(c) / total).sqrt() as f32))
                .collect()
        })
        .collect();
    let mut paths = vec![ClusterPath::default(); n_words];
    let mut leaves = 0;
    let members: Vec<u32> = (0..n_words as u32).collect();
    split(
        &vectors,
        2 * side_dims,
        members,
        ClusterPath::default(),
        &mut paths,
        &mut leaves,
    );
    let forms: Vec<String> = order[..n_words]
        .iter()
        .map(|&id| names[id as usize].clone())
        .collect();
    let encoded: Vec<u32> = paths
        .iter()
        .map(|p| (u32::from(p.len) << 24) | p.bits)
        .collect();
    let model = ModelFile {
        kind: CLUSTERS_KIND.into(),
        version: CLUSTERS_VERSION,
        labels: Vec::new(),
        weights: Trainer::new(1).finish(0.0),
        extra: vec![
            ("clusters.forms".into(), encode_strings(&forms)),
            (
                "clusters.paths".into(),
                encoded.iter().flat_map(|c| c.to_le_bytes()).collect(),
            ),
        ],
    };
    let bytes = model.to_bytes();
    let report = ClusterReport {
        tokens,
        sentences: sentences.len(),
        clustered_words: n_words,
        leaves,
        model_bytes: bytes.len(),
    };
    (bytes, report)
}

/// Splits `members` (frequency order) in two with 2-means and recurses;
/// leaves write their path.
fn split(
    vectors: &[Vec<(u16, f32)>],
    dims: usize,
    members: Vec<u32>,
    path: ClusterPath,
    paths: &mut [ClusterPath],
    leaves: &mut usize,
) {
    let leaf = |paths: &mut [ClusterPath], leaves: &mut usize, members: &[u32]| {
        for &m in members {
            paths[m as usize] = path;
        }
        *leaves += 1;
    };
    if u32::from(path.len) >= MAX_DEPTH || members.len() < MIN_SPLIT {
        leaf(paths, leaves, &members);
        return;
    }
    let dot = |v: &[(u16, f32)], c: &[f32]| -> f32 {
        v.iter().map(|&(d, x)| x * c[usize::from(d)]).sum()
    };
    let dense = |v: &[(u16, f32)]| -> Vec<f32> {
        let mut c = vec![0.0f32; dims];
        for &(d, x) in v {
            c[usize::from(d)] = x;
        }
        c
    };
    // Seeds: the most frequent member, and the member farthest from it
    // (every vector has the same norm, so farthest = smallest dot).
    let first = dense(&vectors[members[0] as usize]);
    let mut far = members[0];
    let mut far_dot = f32::INFINITY;
    for &m in &members[1..] {
        let d = dot(&vectors[m as usize], &first);
        if d < far_dot {
            far_dot = d;
            far = m;
        }
    }
    let mut centroids = [first, dense(&vectors[far as usize])];
    let mut side = vec![0u8; members.len()];
    for _ in 0..ITERATIONS {
        let norms: [f32; 2] = [
            centroids[0].iter().map(|x| x * x).sum(),
            centroids[1].iter().map(|x| x * x).sum(),
        ];
        let mut changed = false;
        for (k, &m) in members.iter().enumerate() {
            let v = &vectors[m as usize];
            // |v - c|^2 = |v|^2 - 2 v.c + |c|^2; |v|^2 is shared.
            let d0 = norms[0] - 2.0 * dot(v, &centroids[0]);
            let d1 = norms[1] - 2.0 * dot(v, &centroids[1]);
            let s = u8::from(d1 < d0);
            changed |= s != side[k];
            side[k] = s;
        }
        let mut sums = [vec![0.0f64; dims], vec![0.0f64; dims]];
        let mut sizes = [0usize; 2];
        for (k, &m) in members.iter().enumerate() {
            let s = usize::from(side[k]);
            sizes[s] += 1;
            for &(d, x) in &vectors[m as usize] {
                sums[s][usize::from(d)] += f64::from(x);
            }
        }
        if sizes[0] == 0 || sizes[1] == 0 {
            break;
        }
        for s in 0..2 {
            centroids[s] = sums[s]
                .iter()
                .map(|&x| (x / sizes[s] as f64) as f32)
                .collect();
        }
        if !changed {
            break;
        }
    }
    let half = |bit: u8| -> Vec<u32> {
        members
            .iter()
            .zip(&side)
            .filter(|&(_, &s)| s == bit)
            .map(|(&m, _)| m)
            .collect()
    };
    let (left, right) = (half(0), half(1));
    if left.is_empty() || right.is_empty() {
        leaf(paths, leaves, &members);
        return;
    }
    for (bit, members) in [(0u32, left), (1u32, right)] {
        let child = ClusterPath {
            bits: (path.bits << 1) | bit,
            len: path.len + 1,
        };
        split(vectors, dims, members, child, paths, leaves);
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn rough_tokens_split_punctuation_and_clitics() {
        let mut out = Vec::new();
        rough_tokens("\"He didn't go,\" she said (twice).", &mut out);
        assert_eq!(
            out,
            ["\"", "He", "did", "n't", "go", ",", "\"", "she", "said", "(", "twice", ")", "."]
        );
    }

    #[test]
    fn words_in_the_same_contexts_share_clusters() {
        let mut sentences = Vec::new();
        for noun in ["cat", "dog", "bird", "fish"] {
            for verb in ["runs", "sleeps", "eats", "waits"] {
                for det in ["the", "a"] {
                    sentences.push(vec![det.to_string(), noun.to_string(), verb.to_string()]);
                }
            }
        }
        let (bytes, report) = train_clusters(&sentences);
        assert_eq!(report.clustered_words, 10);
        let clusters = WordClusters::from_bytes(&bytes).unwrap();
        let path = |w: &str| clusters.get(norm_key(w)).unwrap();
        // The first split separates nouns from verbs from determiners at
        // some level: nouns agree with each other on their first bit.
        assert_eq!(path("cat").prefix(1), path("dog").prefix(1));
        assert_ne!(path("cat").prefix(2), path("runs").prefix(2));
        assert!(clusters.get(norm_key("unseen")).is_none());
    }
}
