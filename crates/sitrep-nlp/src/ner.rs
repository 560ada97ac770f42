//! Named-entity recognition: PER, ORG, LOC and MISC over tokenized documents.
//!
//! Two layers:
//! 1. A statistical tagger trained by sitrep on CoNLL-2003: an averaged
//!    structured perceptron over BILOU labels with Viterbi decoding
//!    ([`tagger`]), word, shape, affix, context, gazetteer and
//!    document-level features ([`features`], [`gazetteer`]).
//! 2. News rules layered on its output ([`rules`]): ministries and agencies,
//!    abbreviations defined in the text, exercise names with years,
//!    programme and treaty names, military hardware designations; then one
//!    canonical name per entity within the document ([`canonical`]).
//!
//! The stage reads `Doc.layers.tokens` and `sentences` and fills
//! `Doc.layers.entities` with byte spans. It does no IO and never panics.

mod cache;
pub mod canonical;
pub mod data;
pub mod features;
pub mod gazetteer;
pub mod rules;
pub mod tagger;
pub mod train;

use sitrep_core::{Doc, Entity, EntityLabel, Layer, Span, Stage};
use sitrep_model::ModelFile;

pub use data::{parse_conll, ConllDocument, ConllSentence};
pub use gazetteer::Gazetteer;
pub use train::{evaluate_ner, train_ner, TrainReport};

use data::{
    bilou_to_spans, label_parts, spans_to_iob2, Bilou, TokenSpan, ENTITY_TYPES, NUM_LABELS,
};
use tagger::{prepare_doc, DecodeScratch, SequenceModel};

/// `kind` of NER model files.
pub const MODEL_KIND: &str = "ner";
/// Version of the feature set; models of other versions are refused.
pub const MODEL_VERSION: u32 = 2;
/// Model-file section with the gazetteer's hashed key table.
pub const GAZETTEER_KEYS_SECTION: &str = "gazetteer.keys";
/// `kind` of the first-pass model nested in an NER model file.
pub const FIRST_PASS_KIND: &str = "ner-first-pass";

/// The model trained on CoNLL-2003 and shipped with sitrep (see `docs/models/ner.md`).
static EMBEDDED_MODEL: &[u8] = include_bytes!("../../../models/ner.model");

/// Errors loading or training the recognizer.
#[derive(Debug, thiserror::Error)]
pub enum NerError {
    #[error("NER model: {0}")]
    Model(#[from] sitrep_model::ModelError),
    #[error("NER model has {found} labels, expected {expected}")]
    Labels { found: usize, expected: usize },
    #[error("NER model file is not UTF-8 in section {0}")]
    NotUtf8(&'static str),
    #[error("bad entity tag {0:?} (expected O, B-TYPE or I-TYPE with PER, ORG, LOC or MISC)")]
    BadTag(String),
    #[error("malformed line {line}")]
    BadLine { line: usize },
    #[error("gazetteer: {0}")]
    Gazetteer(String),
}

/// BILOU label names in index order.
pub fn label_names() -> Vec<String> {
    (0..NUM_LABELS as u8)
        .map(|l| match label_parts(l) {
            None => "O".to_string(),
            Some((position, t)) => {
                let p = match position {
                    Bilou::Begin => "B",
                    Bilou::Inside => "I",
                    Bilou::Last => "L",
                    Bilou::Unit => "U",
                };
                format!("{p}-{}", ENTITY_TYPES[t].as_str())
            }
        })
        .collect()
}

/// The named-entity recognizer stage.
///
/// Two passes over each document: the first pass tags with local features;
/// the second adds what the first pass made of the same words elsewhere in
/// the document (Ratinov & Roth's "extended prediction history").
#[derive(Debug, Clone)]
pub struct Ner {
    first: SequenceModel,
    second: SequenceModel,
    gazetteer: Gazetteer,
}

impl Ner {
    /// Loads a model file written by [`train_ner`].
    pub fn from_bytes(model: &[u8]) -> Result<Self, NerError> {
        let file = ModelFile::from_bytes_of_kind(model, MODEL_KIND)?;
        if file.version != MODEL_VERSION || file.labels.len() != NUM_LABELS {
            return Err(NerError::Labels {
                found: file.labels.len(),
                expected: NUM_LABELS,
            });
        }
        // Current models store the hashed key table; older ones the phrases.
        let gazetteer = match file.extra(GAZETTEER_KEYS_SECTION) {
            Some(bytes) => Gazetteer::from_key_bytes(bytes)?,
            None => {
                let text = std::str::from_utf8(file.require_extra("gazetteer")?)
                    .map_err(|_| NerError::NotUtf8("gazetteer"))?;
                Gazetteer::from_text(text)?
            }
        };
        let first =
            ModelFile::from_bytes_of_kind(file.require_extra("first_pass")?, FIRST_PASS_KIND)?;
        Ok(Ner {
            first: SequenceModel::new(first.weights),
            second: SequenceModel::new(file.weights),
            gazetteer,
        })
    }

    /// The model shipped in `models/ner.model`.
    pub fn embedded() -> Result<Self, NerError> {
        Ner::from_bytes(EMBEDDED_MODEL)
    }

    /// The statistical model's BILOU labels for the sentences of one document.
    fn tag_labels<S: AsRef<[W]>, W: AsRef<str>>(&self, sentences: &[S]) -> Vec<Vec<u8>> {
        self.tag_labels_and_places(sentences).0
    }

    /// The BILOU labels, and per token whether it lies in a known place name
    /// (GeoNames country, city, region, or a CoNLL training location):
    /// evidence the news rules weigh.
    fn tag_labels_and_places<S: AsRef<[W]>, W: AsRef<str>>(
        &self,
        sentences: &[S],
    ) -> (Vec<Vec<u8>>, Vec<Vec<rules::Known>>) {
        let words: Vec<Vec<&str>> = sentences
            .iter()
            .map(|s| s.as_ref().iter().map(|w| w.as_ref()).collect())
            .collect();
        let prepared = prepare_doc(&words, &self.gazetteer);
        let mut scratch = DecodeScratch::default();
        let first = self.first.tag_doc(&prepared, &words, None, &mut scratch);
        let history = features::history_votes(&prepared.infos, &first);
        let labels = self
            .second
            .tag_doc(&prepared, &words, Some(&history), &mut scratch);
        let places = prepared
            .hits
            .iter()
            .zip(&words)
            .map(|(sentence, words)| {
                sentence
                    .iter()
                    .enumerate()
                    .map(|(i, h)| rules::Known {
                        nationality: words
                            .get(i + 1)
                            .is_some_and(|next| rules::is_nationality_head(next))
                            && self.gazetteer.is_country_demonym(words[i]),
                        place: gazetteer::PLACE_CATEGORIES
                            .iter()
                            .any(|&c| h.has_category(c)),
                        organization: h.has_category(gazetteer::TRAINED_ORG_CATEGORY),
                        person: gazetteer::PERSON_CATEGORIES
                            .iter()
                            .any(|&c| h.has_category(c)),
                    })
                    .collect()
            })
            .collect();
        (labels, places)
    }

    /// Entity spans (token positions) per sentence, statistical model only.
    pub fn tag_spans<S: AsRef<[W]>, W: AsRef<str>>(&self, sentences: &[S]) -> Vec<Vec<TokenSpan>> {
        self.tag_labels(sentences)
            .iter()
            .map(|l| bilou_to_spans(l))
            .collect()
    }

    /// IOB2 tags for a CoNLL document, statistical model only.
    pub fn tag_iob2(&self, doc: &ConllDocument) -> Vec<Vec<String>> {
        let words = doc.word_slices();
        self.tag_spans(&words)
            .iter()
            .zip(&words)
            .map(|(spans, w)| spans_to_iob2(w.len(), spans))
            .collect()
    }

    /// Fills `doc.layers.entities` from its tokens and sentences: the
    /// statistical tagger, then the news rules, then canonical names.
    pub fn recognize(&self, doc: &mut Doc) {
        let tokens = &doc.layers.tokens;
        if tokens.is_empty() {
            doc.layers.entities.clear();
            return;
        }
        // Sentences as token ranges; without a sentence layer the whole
        // document is one sentence.
        let mut ranges: Vec<(usize, usize)> = doc
            .layers
            .sentences
            .iter()
            .map(|s| (s.tokens.0 as usize, s.tokens.1 as usize))
            .filter(|&(a, b)| a < b && b <= tokens.len())
            .collect();
        if ranges.is_empty() {
            ranges.push((0, tokens.len()));
        }
        let text = doc.text.as_str();
        let word_of = |i: usize| tokens[i].span.text(text).unwrap_or("");
        let sentences: Vec<Vec<&str>> = ranges
            .iter()
            .map(|&(a, b)| (a..b).map(word_of).collect())
            .collect();
        let (labels, places) = self.tag_labels_and_places(&sentences);
        let token_spans: Vec<Span> = tokens.iter().map(|t| t.span).collect();
        let mut found = Vec::new();
        for (((&(first, _), words), sentence_labels), known) in
            ranges.iter().zip(&sentences).zip(&labels).zip(&places)
        {
            let offsets = &token_spans[first..first + words.len()];
            let sentence_spans = bilou_to_spans(sentence_labels);
            let ruled = rules::apply_with_places(text, words, offsets, sentence_spans, known);
            for s in ruled {
                found.push(rules::Found {
                    span: Span::new(offsets[s.start].start, offsets[s.end - 1].end),
                    first_token: first + s.start,
                    tokens: s.end - s.start,
                    label: ENTITY_TYPES[s.type_index],
                });
            }
        }
        places_are_not_people(text, &mut found, &ranges, &sentences, &places);
        let entities: Vec<Entity> = canonical::assign(text, &token_spans, &found);
        doc.layers.entities = entities;
    }
}

/// "told journalists in Vilnius": a lone word the model calls a person,
/// which the gazetteer knows only as a place and the document itself puts
/// after "in" or "near" somewhere, is that place at every mention (the
/// document-level votes can spread a first misreading). Without such a
/// mention the model is trusted: "Obama" and "Hitachi" are also towns.
fn places_are_not_people(
    text: &str,
    found: &mut [rules::Found],
    ranges: &[(usize, usize)],
    sentences: &[Vec<&str>],
    known: &[Vec<rules::Known>],
) {
    let at = |token: usize| -> Option<(usize, usize)> {
        let s = ranges.partition_point(|&(_, end)| end <= token);
        let &(first, _) = ranges.get(s)?;
        Some((s, token.checked_sub(first)?))
    };
    let located = |word: &str| {
        sentences.iter().any(|words| {
            words.windows(3).any(|w| {
                matches!(w[0], "in" | "near") && w[1] == word && w[2] != "'s" && w[2] != "’s"
            })
        })
    };
    for f in found.iter_mut() {
        if f.label != EntityLabel::Per || f.tokens != 1 {
            continue;
        }
        let Some((s, i)) = at(f.first_token) else {
            continue;
        };
        let Some(k) = known.get(s).and_then(|k| k.get(i)) else {
            continue;
        };
        let word = f.span.text(text).unwrap_or("");
        if k.place && !k.person && located(word) {
            f.label = EntityLabel::Loc;
        }
    }
}

impl Stage for Ner {
    fn name(&self) -> &'static str {
        "ner"
    }

    fn requires(&self) -> &'static [Layer] {
        &[Layer::Tokens, Layer::Sentences]
    }

    fn provides(&self) -> &'static [Layer] {
        &[Layer::Entities]
    }

    fn languages(&self) -> Option<&'static [&'static str]> {
        Some(&["en"])
    }

    fn run(&self, doc: &mut Doc) {
        self.recognize(doc);
    }
}

#[cfg(test)]
mod tests;
