//! Part-of-speech tagger: greedy left-to-right averaged perceptron that
//! predicts the joint (UPOS, XPOS) pair of each word, in two passes: the
//! second pass sees the first pass's tags to the right and rescores the
//! words the first pass was unsure of. Word-cluster features (from
//! [`crate::clusters`], stored in the model file) generalize to words the
//! treebank lacks.
//!
//! Why joint: one decision per word instead of two keeps tagging fast, and
//! the pair is more informative history for the next word (`VERB VBD` vs
//! `VERB VBN`). Frequent words that almost always carry one tag in the
//! training data are tagged from a tag dictionary without scoring at all.

mod augment;
mod cache;
mod counted_plurals;
mod demonyms;
mod features;
mod participle_adjectives;
mod train;
mod verb_forms;
pub(crate) mod words;

use std::collections::HashMap;

use crate::clusters::WordClusters;
use sitrep_model::{decode_strings, BuildKeyHasher, ModelError, ModelFile, Weights};

pub use train::{tag_accuracy, train_tagger, TaggerReport};

use cache::{next_model_id, with_cache};
use features::{
    context_word_features, contextual_features, right_tag_features, TagContext, CONTEXT_OFFSETS,
};
use words::{padding_keys, sentence_keys, WordKeys, WordScratch};

/// Model kind string in the tagger's model file.
pub const TAGGER_KIND: &str = "tagger";
/// Version of the tagger's feature set (2: word-cluster features).
pub const TAGGER_VERSION: u32 = 2;

/// The predicted tag of one word: an index into the tagger's joint tag set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TagOut {
    pub class: u16,
}

/// A trained tagger.
#[derive(Debug, Clone)]
pub struct Tagger {
    /// Left-to-right pass over left tags and words.
    first: Pass,
    /// Optional second left-to-right pass that also sees the first pass's
    /// tags to the right (a word's tag often depends on the next word's):
    second: Option<Pass>,
    upos: Vec<String>,
    xpos: Vec<String>,
    /// Exact-form key -> class, for frequent unambiguous words.
    tag_dict: HashMap<u64, u16, BuildKeyHasher>,
    /// Joint labels as stored (`UPOS\tXPOS`).
    labels: Vec<String>,
    /// Word clusters the tagger was trained with (stored in its file).
    clusters: WordClusters,
    /// The PROPN/NNP class, which hyphenated name codes get.
    proper_noun: Option<TagOut>,
    /// NUM/CD, given to magnitudes after a number ("1.8 bn").
    cardinal: Option<TagOut>,
    /// VERB/VBD and VERB/VBN, given back to irregular past forms the model
    /// took for nouns ("the firm met").
    past_tense: Option<TagOut>,
    past_participle: Option<TagOut>,
    /// VERB/VB, given to a common noun right after a modal ("would station").
    base_verb: Option<TagOut>,
    /// VERB/VBZ, given to "plans" in "the ministry plans to receive".
    present_third: Option<TagOut>,
    /// ADJ/JJ and NOUN/NN, given to "live firing" read as a verb phrase.
    adjective: Option<TagOut>,
    common_noun: Option<TagOut>,
    /// NOUN/NNS, given to "sets" in "two battalion sets".
    plural_noun: Option<TagOut>,
    /// PUNCT/",", given to a dash the model read as a word.
    dash: Option<TagOut>,
}

/// The weights of one tagging pass.
#[derive(Debug, Clone)]
struct Pass {
    weights: Weights,
    /// Identifies this pass's per-thread word score cache.
    cache_id: u64,
    /// Neighbour-word scores of the padding before/after a sentence, one
    /// row of `n_tags` per context slot.
    outside: Vec<i32>,
}

impl Pass {
    fn new(weights: Weights) -> Self {
        let n_tags = weights.n_classes();
        let mut outside = vec![0i32; CONTEXT_OFFSETS.len() * n_tags];
        let mut feats = Vec::new();
        for (slot, &k) in CONTEXT_OFFSETS.iter().enumerate() {
            feats.clear();
            context_word_features(slot, &padding_keys(k < 0), &mut feats);
            weights.accumulate(&feats, &mut outside[slot * n_tags..(slot + 1) * n_tags]);
        }
        Pass {
            weights,
            cache_id: next_model_id(),
            outside,
        }
    }
}

/// Name of the extra section holding the second pass's weights.
pub(crate) const SECOND_PASS_SECTION: &str = "pass2";
/// `kind` of the nested second-pass model.
pub(crate) const SECOND_PASS_KIND: &str = "tagger-pass2";

impl Tagger {
    /// Loads a tagger from model-file bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ModelError> {
        Self::from_model(ModelFile::from_bytes_of_kind(bytes, TAGGER_KIND)?)
    }

    pub(crate) fn from_model(model: ModelFile) -> Result<Self, ModelError> {
        if model.version != TAGGER_VERSION {
            return Err(ModelError::Corrupt(format!(
                "tagger feature version {} (this build knows {TAGGER_VERSION})",
                model.version
            )));
        }
        let mut upos = Vec::with_capacity(model.labels.len());
        let mut xpos = Vec::with_capacity(model.labels.len());
        for label in &model.labels {
            let (u, x) = label
                .split_once('\t')
                .ok_or_else(|| ModelError::Corrupt(format!("tag label {label:?} lacks a tab")))?;
            upos.push(u.to_string());
            xpos.push(x.to_string());
        }
        let forms = decode_strings(model.require_extra("tagdict.forms")?)?;
        let classes = model.require_extra("tagdict.classes")?;
        if classes.len() != forms.len() * 2 {
            return Err(ModelError::Corrupt("tag dictionary sizes differ".into()));
        }
        let mut tag_dict =
            HashMap::with_capacity_and_hasher(forms.len(), BuildKeyHasher::default());
        for (form, class) in forms.iter().zip(classes.chunks_exact(2)) {
            let class = u16::from_le_bytes([class[0], class[1]]);
            if usize::from(class) >= upos.len() {
                return Err(ModelError::Corrupt(
                    "tag dictionary class out of range".into(),
                ));
            }
            tag_dict.insert(WordScratch::default().keys(form, false).exact, class);
        }
        if model.weights.n_classes() != model.labels.len() {
            return Err(ModelError::Corrupt(
                "tagger class count differs from labels".into(),
            ));
        }
        let clusters = match (model.extra("clusters.forms"), model.extra("clusters.paths")) {
            (Some(forms), Some(paths)) => WordClusters::from_sections(forms, paths)?,
            _ => WordClusters::default(),
        };
        let second = match model.extra(SECOND_PASS_SECTION) {
            Some(bytes) => {
                let nested = ModelFile::from_bytes_of_kind(bytes, SECOND_PASS_KIND)?;
                if nested.weights.n_classes() != model.labels.len() {
                    return Err(ModelError::Corrupt(
                        "tagger second pass class count differs".into(),
                    ));
                }
                Some(Pass::new(nested.weights))
            }
            None => None,
        };
        // The classes post-model corrections assign (`correct_word_shapes`).
        let class_of = |u: &str, x: &str| {
            (0..upos.len())
                .find(|&c| upos[c] == u && xpos[c] == x)
                .and_then(|c| u16::try_from(c).ok())
                .map(|class| TagOut { class })
        };
        let proper_noun = class_of("PROPN", "NNP");
        let cardinal = class_of("NUM", "CD");
        let past_tense = class_of("VERB", "VBD");
        let past_participle = class_of("VERB", "VBN");
        let base_verb = class_of("VERB", "VB");
        let present_third = class_of("VERB", "VBZ");
        let adjective = class_of("ADJ", "JJ");
        let common_noun = class_of("NOUN", "NN");
        let plural_noun = class_of("NOUN", "NNS");
        let dash = class_of("PUNCT", ",");
        Ok(Tagger {
            dash,
            plural_noun,
            adjective,
            common_noun,
            proper_noun,
            cardinal,
            past_tense,
            past_participle,
            base_verb,
            present_third,
            first: Pass::new(model.weights),
            second,
            upos,
            xpos,
            tag_dict,
            labels: model.labels,
            clusters,
        })
    }

    /// Fills the cluster of every word (the table lives in the tagger).
    pub(crate) fn assign_clusters(&self, keys: &mut [WordKeys]) {
        assign_clusters(&self.clusters, keys);
    }

    /// The word clusters this tagger uses.
    pub fn clusters(&self) -> &WordClusters {
        &self.clusters
    }

    /// Tags `words` into `out` (cleared first; one entry per word).
    pub fn tag(&self, words: &[&str], out: &mut Vec<TagOut>) {
        let mut scratch = WordScratch::default();
        let mut keys = Vec::with_capacity(words.len());
        sentence_keys(words, &mut scratch, &mut keys);
        self.assign_clusters(&mut keys);
        self.tag_keys(&keys, out);
        self.correct_word_shapes(words, out);
    }

    /// Word-shape corrections the treebank cannot teach, applied after the
    /// model: name codes, magnitudes and irregular past forms.
    pub(crate) fn correct_word_shapes(&self, words: &[&str], tags: &mut [TagOut]) {
        self.name_codes(words, tags);
        self.dashes(words, tags);
        self.magnitudes(words, tags);
        self.irregular_pasts(words, tags);
        self.finite_pasts(words, tags);
        self.interrupting_participles(words, tags);
        self.intransitive_pasts(words, tags);
        self.participles_after_objects(words, tags);
        self.verbs_after_modals(words, tags);
        self.counted_plurals(words, tags);
        self.coordinated_demonyms(words, tags);
        self.equipment_participles(words, tags);
        self.intentions_before_infinitives(words, tags);
        self.live_fire(words, tags);
        self.gerunds_undergone(words, tags);
    }

    /// "the units completed live firing": military reports speak of live
    /// firing, live fire and live rounds far more often than the web text
    /// the tagger learned from, where "live" before "-ing" is a verb ("they
    /// live working"). "live" before these words is the adjective, and a
    /// "firing" after it the noun.
    fn live_fire(&self, words: &[&str], tags: &mut [TagOut]) {
        let (Some(adjective), Some(noun)) = (self.adjective, self.common_noun) else {
            return;
        };
        const FIRE_WORDS: &[&str] = &[
            "firing",
            "firings",
            "fire",
            "fires",
            "rounds",
            "ammunition",
            "shooting",
        ];
        for i in 1..words.len().min(tags.len()) {
            if !words[i - 1].eq_ignore_ascii_case("live") {
                continue;
            }
            let Some(fire) = FIRE_WORDS.iter().find(|f| words[i].eq_ignore_ascii_case(f)) else {
                continue;
            };
            tags[i - 1] = adjective;
            if matches!(*fire, "firing" | "shooting") {
                tags[i] = noun;
            }
        }
    }

    /// "Journalists at the firm met on Friday": an irregular past form is
    /// never a noun in lower case (the noun is "the Met"), but a rare
    /// context can make the model say so; after a form of "have" or "be"
    /// it is the participle.
    fn irregular_pasts(&self, words: &[&str], tags: &mut [TagOut]) {
        let (Some(past), Some(participle)) = (self.past_tense, self.past_participle) else {
            return;
        };
        for i in 0..words.len().min(tags.len()) {
            // A closed-class reading ("froze" as a preposition) is a guess
            // at an unseen word, as much as a noun one.
            let misread = matches!(self.upos(tags[i]), "NOUN" | "ADP")
                && is_irregular_past(words[i])
                || self.upos(tags[i]) != "VERB" && is_rare_past(words[i]);
            if !misread {
                continue;
            }
            let after_auxiliary = i > 0 && is_perfect_or_passive_auxiliary(words[i - 1]);
            tags[i] = if after_auxiliary { participle } else { past };
        }
    }

    /// "Zapad-2025", "Shield-2027", "Covid-19": a capitalized word glued to
    /// a number by a hyphen is a name. UD splits such words, so the
    /// treebank never shows the tagger one and it may call it a number.
    fn name_codes(&self, words: &[&str], tags: &mut [TagOut]) {
        let Some(proper) = self.proper_noun else {
            return;
        };
        for (word, tag) in words.iter().zip(tags.iter_mut()) {
            // A determiner is a closed class: "Arbalet-2" read as one is
            // a name the model never saw.
            if matches!(self.upos(*tag), "NUM" | "DET") && is_name_code(word) {
                *tag = proper;
            }
        }
    }

    /// "– We see increased activity near our border": the dialogue dash
    /// that opens a quoted answer in Russian and Belarusian reporting is
    /// rare in the treebank, and at the start of a sentence the model took
    /// it for a modal. A word made of dashes alone is punctuation.
    fn dashes(&self, words: &[&str], tags: &mut [TagOut]) {
        let Some(dash) = self.dash else {
            return;
        };
        for (word, tag) in words.iter().zip(tags.iter_mut()) {
            if is_dash_word(word) && !matches!(self.upos(*tag), "PUNCT" | "SYM") {
                *tag = dash;
            }
        }
    }

    /// "1.8bn", "£40m": the tokenizer splits a magnitude from its number
    /// as UD does, and the treebank has too few of them for the tagger to
    /// know "bn" (it guessed a verb); after a number it is a number.
    fn magnitudes(&self, words: &[&str], tags: &mut [TagOut]) {
        let Some(cardinal) = self.cardinal else {
            return;
        };
        for i in 1..words.len().min(tags.len()) {
            if is_magnitude(words[i]) && is_plain_number(words[i - 1]) {
                tags[i] = cardinal;
            }
        }
    }

    /// Tags words whose keys are already computed.
    pub(crate) fn tag_keys(&self, keys: &[WordKeys], out: &mut Vec<TagOut>) {
        match &self.second {
            None => self.run_pass(&self.first, keys, &[], &mut Vec::new(), out),
            Some(second) => {
                let mut first = Vec::with_capacity(keys.len());
                let mut margins = Vec::with_capacity(keys.len());
                self.run_pass(&self.first, keys, &[], &mut margins, &mut first);
                self.run_pass(second, keys, &first, &mut margins, out);
            }
        }
    }

    /// One greedy left-to-right pass (`first_pass` is empty in the first
    /// pass and holds the first pass's tags in the second).
    fn run_pass(
        &self,
        pass: &Pass,
        keys: &[WordKeys],
        first_pass: &[TagOut],
        margins: &mut Vec<f32>,
        out: &mut Vec<TagOut>,
    ) {
        out.clear();
        let rescoring = !first_pass.is_empty();
        if !rescoring {
            margins.clear();
        }
        let n_tags = self.labels.len();
        let scale = pass.weights.scale();
        with_cache(pass.cache_id, n_tags, |cache| {
            cache.reserve(keys.len());
            // Rows are looked up only for words that are scored and their
            // neighbours: the second pass rescores few words.
            let mut ids = vec![NOT_LOOKED_UP; keys.len()];
            let mut id_at = |cache: &mut cache::TagScoreCache, j: usize| {
                if ids[j] == NOT_LOOKED_UP {
                    ids[j] = cache.id(&pass.weights, &keys[j]);
                }
                ids[j]
            };
            let mut feats = Vec::with_capacity(32);
            let mut scores = vec![0i32; n_tags];
            for i in 0..keys.len() {
                if let Some(&class) = self.tag_dict.get(&keys[i].exact) {
                    out.push(TagOut { class });
                    if !rescoring {
                        margins.push(f32::INFINITY);
                    }
                    continue;
                }
                // The second pass rescores only words the first pass was
                // unsure of: that keeps most of its gain at a fraction of
                // its cost.
                if rescoring && margins[i] >= SECOND_PASS_MARGIN {
                    out.push(first_pass[i]);
                    continue;
                }
                let own = id_at(cache, i);
                scores.copy_from_slice(cache.row(own, 0));
                for (slot, &k) in CONTEXT_OFFSETS.iter().enumerate() {
                    let j = i as isize + k;
                    let row = if j < 0 || j as usize >= keys.len() {
                        &pass.outside[slot * n_tags..(slot + 1) * n_tags]
                    } else {
                        let id = id_at(cache, j as usize);
                        cache.row(id, 1 + slot)
                    };
                    for (s, &r) in scores.iter_mut().zip(row) {
                        *s += r;
                    }
                }
                feats.clear();
                let context = TagContext::new(keys, i, out);
                contextual_features(&context, &mut feats);
                if !first_pass.is_empty() {
                    right_tag_features(&context.with_first_pass(first_pass), &mut feats);
                }
                pass.weights.accumulate(&feats, &mut scores);
                let (class, margin) = argmax_margin(&scores);
                out.push(TagOut {
                    class: class as u16,
                });
                if !rescoring {
                    margins.push(margin as f32 * scale);
                }
            }
        });
    }

    /// Universal POS tag of a prediction.
    pub fn upos(&self, tag: TagOut) -> &str {
        self.upos
            .get(usize::from(tag.class))
            .map_or("X", String::as_str)
    }

    /// Penn Treebank tag of a prediction.
    pub fn xpos(&self, tag: TagOut) -> &str {
        self.xpos
            .get(usize::from(tag.class))
            .map_or("", String::as_str)
    }

    /// Number of joint tags.
    pub fn n_tags(&self) -> usize {
        self.labels.len()
    }

    /// Approximate memory held by the loaded model.
    pub fn memory_bytes(&self) -> usize {
        self.first.weights.memory_bytes()
            + self.second.as_ref().map_or(0, |p| p.weights.memory_bytes())
            + self.tag_dict.capacity() * 24
            + self.clusters.memory_bytes()
    }
}

pub(crate) fn assign_clusters(clusters: &WordClusters, keys: &mut [WordKeys]) {
    if clusters.is_empty() {
        return;
    }
    for k in keys {
        k.cluster = clusters.get(k.norm);
    }
}

/// Convenience: tag a sentence and return `(upos, xpos)` strings.
pub fn tag_strings<'t>(tagger: &'t Tagger, words: &[&str]) -> Vec<(&'t str, &'t str)> {
    let mut out = Vec::with_capacity(words.len());
    tagger.tag(words, &mut out);
    out.iter()
        .map(|&t| (tagger.upos(t), tagger.xpos(t)))
        .collect()
}

/// Index of the largest score (ties: lowest index) and its lead over the
/// runner-up.
fn argmax_margin(scores: &[i32]) -> (usize, i64) {
    // Branch-free maxima (vectorized) instead of one comparison per tag.
    let Some(&top) = scores.iter().max() else {
        return (0, 0);
    };
    let best = scores.iter().position(|&s| s == top).unwrap_or(0);
    let tied = scores.iter().filter(|&&s| s == top).count() > 1;
    let runner_up = if tied {
        top
    } else {
        scores
            .iter()
            .map(|&s| if s == top { i32::MIN } else { s })
            .max()
            .filter(|_| scores.len() > 1)
            .unwrap_or(top)
    };
    (best, i64::from(top) - i64::from(runner_up))
}

/// First-pass words whose best tag leads the runner-up by at least this
/// (averaged-perceptron score units) keep their tag in the second pass.
/// EWT dev UPOS: 95.34 at 10, 95.37 when rescoring every word, 95.25 at 3;
/// at 10 most words skip the second pass (see docs/models/tagger-parser.md).
const SECOND_PASS_MARGIN: f32 = 10.0;
/// Marks a word whose cached rows are not looked up yet.
const NOT_LOOKED_UP: u32 = u32::MAX;

/// Lower-case irregular past forms that are never nouns.
fn is_irregular_past(word: &str) -> bool {
    matches!(
        word,
        "met"
            | "said"
            | "told"
            | "went"
            | "took"
            | "gave"
            | "held"
            | "sent"
            | "spoke"
            | "came"
            | "knew"
            | "brought"
            | "sought"
            | "began"
            | "chose"
            | "wrote"
            | "grew"
            | "flew"
            | "fought"
            | "taught"
            | "ate"
            | "stole"
            | "froze"
    )
}

/// Past forms of verbs the treebank hardly shows ("the crews underwent
/// retraining"): the model guesses at them from their shape and may read
/// an adjective, but they have no reading other than the verb's.
fn is_rare_past(word: &str) -> bool {
    matches!(
        word,
        "underwent" | "undertook" | "withdrew" | "oversaw" | "foresaw" | "forbade" | "overthrew"
    )
}

fn is_perfect_or_passive_auxiliary(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "has"
            | "have"
            | "had"
            | "having"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "is"
            | "are"
            | "'ve"
            | "'d"
            | "get"
            | "got"
    )
}

/// Magnitude abbreviations news writes glued to a number ("1.8bn").
fn is_magnitude(word: &str) -> bool {
    matches!(
        word,
        "bn" | "mn" | "m" | "tn" | "trn" | "billion" | "million" | "trillion"
    )
}

/// "1.8", "40", "2,000": digits with decimal or group separators.
fn is_plain_number(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
        && word
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

/// A capitalized word, a hyphen, then a number with an optional suffix
/// ("Shield-2027", "Su-30SM"; not "2026-2030" or "mid-2025").
fn is_name_code(word: &str) -> bool {
    let Some((name, code)) = word.split_once('-') else {
        return false;
    };
    name.chars().next().is_some_and(char::is_uppercase)
        && name.chars().all(char::is_alphabetic)
        && code.chars().next().is_some_and(|c| c.is_ascii_digit())
        && code.chars().all(|c| c.is_ascii_alphanumeric())
}

/// A word made only of figure, en or em dashes or a horizontal bar (not a
/// hyphen-minus, which the treebank also tags SYM in ranges).
pub(crate) fn is_dash_word(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| matches!(c, '‒' | '–' | '—' | '―'))
}
