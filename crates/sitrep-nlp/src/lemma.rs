//! Lemmatizer: an exception lexicon learned from the treebank, backed by a
//! perceptron that picks a suffix edit script for unseen words.
//!
//! An edit script says: lowercase the form or keep its case, remove the
//! last `n` characters, append a string (`running` -> lowercase, strip 4,
//! add "" -> `run`... computed as the longest common prefix rewrite). The
//! classifier sees the tag and the word's suffixes, so it learns English
//! inflection (`-ies` + NNS -> `-y`); the lexicon covers irregular forms
//! (`went` -> `go`) that the classifier gets wrong on the training data.

mod train;

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};

use sitrep_model::{decode_strings, BuildKeyHasher, FeatureHasher, ModelError, ModelFile, Weights};

pub use train::{lemma_accuracy, train_lemmatizer, LemmaReport};

use crate::tagger::words::WordScratch;

pub const LEMMA_KIND: &str = "lemma";
pub const LEMMA_VERSION: u32 = 1;

/// A suffix rewrite: optionally lowercase, drop `strip` chars, append `add`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct EditScript {
    pub(crate) lowercase: bool,
    pub(crate) strip: usize,
    pub(crate) add: String,
}

impl EditScript {
    /// The script turning `form` into `lemma`.
    pub(crate) fn between(form: &str, lemma: &str) -> EditScript {
        let lower = form.to_lowercase();
        let (base, lowercase) =
            if lemma.starts_with(form.chars().next().unwrap_or(' ')) || lower == form {
                (form.to_string(), false)
            } else {
                (lower, true)
            };
        let common = base
            .chars()
            .zip(lemma.chars())
            .take_while(|(a, b)| a == b)
            .count();
        EditScript {
            lowercase,
            strip: base.chars().count() - common,
            add: lemma.chars().skip(common).collect(),
        }
    }

    pub(crate) fn encode(&self) -> String {
        format!("{}|{}|{}", u8::from(self.lowercase), self.strip, self.add)
    }

    pub(crate) fn decode(s: &str) -> Option<EditScript> {
        let mut parts = s.splitn(3, '|');
        let lowercase = parts.next()? == "1";
        let strip = parts.next()?.parse().ok()?;
        let add = parts.next()?.to_string();
        Some(EditScript {
            lowercase,
            strip,
            add,
        })
    }

    /// Applies the script; `None` when the form is too short for it.
    pub(crate) fn apply(&self, form: &str, out: &mut String) -> bool {
        out.clear();
        let n_chars = form.chars().count();
        if self.strip > n_chars || (self.strip == n_chars && self.add.is_empty()) {
            return false;
        }
        for c in form.chars().take(n_chars - self.strip) {
            if self.lowercase {
                out.extend(c.to_lowercase());
            } else {
                out.push(c);
            }
        }
        out.push_str(&self.add);
        true
    }
}

/// A trained lemmatizer.
#[derive(Debug, Clone)]
pub struct Lemmatizer {
    weights: Weights,
    scripts: Vec<EditScript>,
    /// Key of (form, xpos) -> lemma index into `lemmas`.
    lexicon: HashMap<u64, u32, BuildKeyHasher>,
    lemmas: Vec<String>,
    /// Identifies this model's entries in the thread-local script cache.
    cache_id: u64,
}

/// Script class meaning "no script fits: the lemma is the form".
const KEEP_FORM: u16 = u16::MAX;
/// Words whose script choice a thread remembers before starting over.
const LEMMA_CACHE_ENTRIES: usize = 200_000;

thread_local! {
    /// (model id, (form, upos, xpos) key -> script class).
    static LEMMA_CACHE: RefCell<(u64, HashMap<u64, u16, BuildKeyHasher>)> =
        RefCell::new((0, HashMap::default()));
}

fn next_lemmatizer_id() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Lexicon key of a word form with its tag.
pub(crate) fn lexicon_key(form: &str, xpos: &str) -> u64 {
    FeatureHasher::new(900).str(form).str(xpos).finish()
}

impl Lemmatizer {
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ModelError> {
        Self::from_model(ModelFile::from_bytes_of_kind(bytes, LEMMA_KIND)?)
    }

    pub(crate) fn from_model(model: ModelFile) -> Result<Self, ModelError> {
        if model.version != LEMMA_VERSION {
            return Err(ModelError::Corrupt(format!(
                "lemmatizer version {}",
                model.version
            )));
        }
        let scripts = model
            .labels
            .iter()
            .map(|l| {
                EditScript::decode(l)
                    .ok_or_else(|| ModelError::Corrupt(format!("edit script {l:?}")))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let entries = decode_strings(model.require_extra("lexicon")?)?;
        if entries.len() % 3 != 0 {
            return Err(ModelError::Corrupt(
                "lexicon is not (form, xpos, lemma) triples".into(),
            ));
        }
        let mut lexicon =
            HashMap::with_capacity_and_hasher(entries.len() / 3, BuildKeyHasher::default());
        let mut lemmas = Vec::with_capacity(entries.len() / 3);
        for triple in entries.chunks_exact(3) {
            lexicon.insert(lexicon_key(&triple[0], &triple[1]), lemmas.len() as u32);
            lemmas.push(triple[2].clone());
        }
        add_past_tag_slips(&entries, &mut lexicon, &mut lemmas);
        Ok(Lemmatizer {
            weights: model.weights,
            scripts,
            lexicon,
            lemmas,
            cache_id: next_lemmatizer_id(),
        })
    }

    /// The lemma of `form` tagged `upos`/`xpos`, written into `out`.
    ///
    /// The classifier's choice depends only on (form, upos, xpos), so it is
    /// remembered in a thread-local cache (bounded, keyed by model).
    pub fn lemmatize_into(&self, form: &str, upos: &str, xpos: &str, out: &mut String) {
        if let Some(&i) = self.lexicon.get(&lexicon_key(form, xpos)) {
            out.clear();
            out.push_str(&self.lemmas[i as usize]);
            return;
        }
        let key = FeatureHasher::new(901)
            .str(form)
            .str(upos)
            .str(xpos)
            .finish();
        let cached = LEMMA_CACHE.with(|cache| {
            let cache = cache.borrow();
            (cache.0 == self.cache_id)
                .then(|| cache.1.get(&key).copied())
                .flatten()
        });
        let class = match cached {
            Some(class) => class,
            None => {
                let class = self.choose_script(form, upos, xpos, out);
                LEMMA_CACHE.with(|cache| {
                    let mut cache = cache.borrow_mut();
                    if cache.0 != self.cache_id || cache.1.len() >= LEMMA_CACHE_ENTRIES {
                        cache.0 = self.cache_id;
                        cache.1.clear();
                    }
                    cache.1.insert(key, class);
                });
                class
            }
        };
        let applied = self
            .scripts
            .get(usize::from(class))
            .is_some_and(|s| s.apply(form, out));
        if !applied {
            out.clear();
            out.push_str(form);
        }
        undouble_verb_ending(xpos, out);
    }

    /// The edit script the classifier picks for `form` (the best one that
    /// fits the form), or `KEEP_FORM`.
    fn choose_script(&self, form: &str, upos: &str, xpos: &str, out: &mut String) -> u16 {
        let mut scratch = WordScratch::default();
        let mut feats = Vec::with_capacity(16);
        lemma_features(form, upos, xpos, &mut scratch, &mut feats);
        let mut scores = vec![0.0f32; self.scripts.len()];
        self.weights.scores(&feats, &mut scores);
        let best = sitrep_model::argmax(&scores);
        if self.scripts.get(best).is_some_and(|s| s.apply(form, out)) {
            return best as u16;
        }
        // Rarely the best script does not fit (form too short): try the
        // next best ones, then keep the form.
        let mut order: Vec<usize> = (0..scores.len()).collect();
        order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
        for class in order.into_iter().take(8) {
            if self.scripts[class].apply(form, out) {
                return class as u16;
            }
        }
        KEEP_FORM
    }

    /// The lemma of `form` tagged `upos`/`xpos`.
    pub fn lemmatize(&self, form: &str, upos: &str, xpos: &str) -> String {
        let mut out = String::new();
        self.lemmatize_into(form, upos, xpos, &mut out);
        out
    }

    pub fn memory_bytes(&self) -> usize {
        self.weights.memory_bytes()
            + self.lexicon.capacity() * 16
            + self.lemmas.iter().map(|l| l.len() + 24).sum::<usize>()
    }
}

/// "panning" -> "pann", "slamming" -> "slamm": a script that strips
/// "-ing"/"-ed" from a word the training data never showed leaves the
/// doubled consonant of the spelling rule. No English verb ends in "nn",
/// "mm" or "pp", and "bb", "gg" only in "ebb", "egg", so one goes.
fn undouble_verb_ending(xpos: &str, lemma: &mut String) {
    if !matches!(xpos, "VBG" | "VBD" | "VBN") || lemma.len() < 4 {
        return;
    }
    let doubled = ["nn", "mm", "pp", "bb", "gg"]
        .iter()
        .any(|pair| lemma.ends_with(pair));
    if doubled && !matches!(lemma.as_str(), "ebb" | "egg") {
        lemma.pop();
    }
}

/// Features for choosing an edit script.
pub(crate) fn lemma_features(
    form: &str,
    upos: &str,
    xpos: &str,
    scratch: &mut WordScratch,
    out: &mut Vec<u64>,
) {
    out.clear();
    let keys = scratch.keys(form, false);
    let tag = FeatureHasher::new(0).str(upos).str(xpos).finish();
    let f = |template: u32| FeatureHasher::new(800 + template);
    out.push(f(0).key(tag).finish());
    for (n, &suffix) in keys.suffix.iter().enumerate() {
        out.push(f(1 + n as u32).key(suffix).finish());
        out.push(f(5 + n as u32).key(suffix).key(tag).finish());
    }
    out.push(f(9).key(keys.norm).key(tag).finish());
    out.push(f(10).key(keys.shape).key(tag).finish());
    out.push(f(11).int(u64::from(keys.flags)).key(tag).finish());
    // Longer suffixes matter for derivation-like rewrites (-ization).
    let norm = scratch.normalize(form);
    let start = norm.char_indices().rev().nth(5).map_or(0, |(i, _)| i);
    out.push(f(12).str(&norm[start..]).key(tag).finish());
}

/// Forms that are only ever a simple past ("spoke", never a participle),
/// with their base.
const PRETERITE_ONLY: &[(&str, &str)] = &[
    ("spoke", "speak"),
    ("broke", "break"),
    ("chose", "choose"),
    ("wrote", "write"),
    ("took", "take"),
    ("gave", "give"),
    ("drove", "drive"),
    ("rode", "ride"),
    ("rose", "rise"),
    ("flew", "fly"),
    ("froze", "freeze"),
    ("stole", "steal"),
    ("woke", "wake"),
    ("began", "begin"),
    ("sang", "sing"),
    ("swam", "swim"),
    ("drank", "drink"),
    ("ran", "run"),
    ("came", "come"),
    ("became", "become"),
    ("went", "go"),
    ("saw", "see"),
    ("knew", "know"),
    ("grew", "grow"),
    ("threw", "throw"),
    ("drew", "draw"),
    ("shook", "shake"),
    ("withdrew", "withdraw"),
    ("undertook", "undertake"),
    ("underwent", "undergo"),
    ("overthrew", "overthrow"),
    ("forbade", "forbid"),
    ("foresaw", "foresee"),
    ("oversaw", "oversee"),
];

/// Lexicon entries for the tagger's slips between the two past tags, made
/// once at load so that lemmatizing stays one lookup: "first spoke by
/// phone" tagged as a participle. A past form the treebank lists under one
/// past tag gets the same lemma under the other, and a form that is only
/// ever a simple past gets its base under both past tags (the edit
/// scripts, learned on real participles, would keep the form; a form
/// the treebank lacks has no entry at all). Entries the
/// treebank has stay as they are.
fn add_past_tag_slips(
    entries: &[String],
    lexicon: &mut HashMap<u64, u32, BuildKeyHasher>,
    lemmas: &mut Vec<String>,
) {
    for (i, triple) in entries.chunks_exact(3).enumerate() {
        let other = match triple[1].as_str() {
            "VBN" => "VBD",
            "VBD" => "VBN",
            _ => continue,
        };
        lexicon
            .entry(lexicon_key(&triple[0], other))
            .or_insert(i as u32);
    }
    for (past, base) in PRETERITE_ONLY {
        let mut title = past.to_string();
        title[..1].make_ascii_uppercase();
        // Both tags: a form the treebank never shows ("froze") has no
        // simple-past entry either.
        for form in [past.to_string(), title, past.to_ascii_uppercase()] {
            for tag in ["VBN", "VBD"] {
                if let std::collections::hash_map::Entry::Vacant(slot) =
                    lexicon.entry(lexicon_key(&form, tag))
                {
                    slot.insert(lemmas.len() as u32);
                    lemmas.push((*base).to_string());
                }
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn preterite_only(form: &str) -> Option<&'static str> {
        PRETERITE_ONLY
            .iter()
            .find(|(past, _)| past.eq_ignore_ascii_case(form))
            .map(|(_, base)| *base)
    }

    #[test]
    fn a_simple_past_tagged_as_participle_keeps_its_verb() {
        assert_eq!(preterite_only("spoke"), Some("speak"));
        assert_eq!(preterite_only("Began"), Some("begin"));
        assert_eq!(preterite_only("spoken"), None);
    }

    #[test]
    fn edit_scripts() {
        let s = EditScript::between("running", "run");
        assert_eq!((s.lowercase, s.strip, s.add.as_str()), (false, 4, ""));
        let mut out = String::new();
        assert!(s.apply("gunning", &mut out));
        assert_eq!(out, "gun");
        let s = EditScript::between("Studies", "study");
        assert!(s.lowercase);
        assert!(s.apply("Flies", &mut out));
        assert_eq!(out, "fly");
        let s = EditScript::between("Moscow", "Moscow");
        assert_eq!((s.lowercase, s.strip, s.add.as_str()), (false, 0, ""));
        assert_eq!(EditScript::decode(&s.encode()), Some(s));
        assert!(!EditScript::between("went", "go").apply("x", &mut out));
    }
}
