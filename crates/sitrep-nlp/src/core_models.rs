//! The trained core (tagger, lemmatizer, parser) as one pipeline stage.

use std::path::Path;

use sitrep_core::dateline::dateline_dash;
use sitrep_core::{Doc, Layer, Stage};
use sitrep_model::ModelError;

use crate::lemma::Lemmatizer;
use crate::parser::{fronted, Arc, Parser};
use crate::tagger::words::{sentence_keys, WordScratch};
use crate::tagger::{TagOut, Tagger};

/// File names of the committed models under `models/`.
pub const TAGGER_FILE: &str = "tagger.bin";
pub const LEMMA_FILE: &str = "lemma.bin";
pub const PARSER_FILE: &str = "parser.bin";

static EMBEDDED_TAGGER: &[u8] = include_bytes!("../../../models/tagger.bin");
static EMBEDDED_LEMMA: &[u8] = include_bytes!("../../../models/lemma.bin");
static EMBEDDED_PARSER: &[u8] = include_bytes!("../../../models/parser.bin");

/// Errors loading the core models.
#[derive(Debug, thiserror::Error)]
pub enum CoreModelError {
    #[error("loading the {component} model: {source}")]
    Model {
        component: &'static str,
        source: ModelError,
    },
}

/// Longest run of words parsed as one sentence; longer "sentences" (tables,
/// lists without punctuation) are cut into pieces of this size.
const MAX_SENTENCE_WORDS: usize = 256;

/// Tagger + lemmatizer + parser. As a [`Stage`] it fills `upos`, `xpos`,
/// `lemma`, `head` and `deprel` of every token, sentence by sentence.
#[derive(Debug, Clone)]
pub struct CoreModels {
    pub tagger: Tagger,
    pub lemmatizer: Lemmatizer,
    pub parser: Parser,
}

impl CoreModels {
    /// The models compiled into the binary (the committed `models/` files).
    pub fn embedded() -> Result<Self, CoreModelError> {
        Self::from_bytes(EMBEDDED_TAGGER, EMBEDDED_LEMMA, EMBEDDED_PARSER)
    }

    /// Loads `tagger.bin`, `lemma.bin` and `parser.bin` from `dir`.
    pub fn load_dir(dir: &Path) -> Result<Self, CoreModelError> {
        let read = |component: &'static str, file: &str| {
            let path = dir.join(file);
            std::fs::read(&path).map_err(|source| CoreModelError::Model {
                component,
                source: ModelError::Read {
                    path: path.display().to_string(),
                    source,
                },
            })
        };
        Self::from_bytes(
            &read("tagger", TAGGER_FILE)?,
            &read("lemma", LEMMA_FILE)?,
            &read("parser", PARSER_FILE)?,
        )
    }

    pub fn from_bytes(tagger: &[u8], lemma: &[u8], parser: &[u8]) -> Result<Self, CoreModelError> {
        let wrap = |component| move |source| CoreModelError::Model { component, source };
        Ok(CoreModels {
            tagger: Tagger::from_bytes(tagger).map_err(wrap("tagger"))?,
            lemmatizer: Lemmatizer::from_bytes(lemma).map_err(wrap("lemma"))?,
            parser: Parser::from_bytes(parser).map_err(wrap("parser"))?,
        })
    }

    /// Annotates one sentence of words; returns per word
    /// `(upos, xpos, lemma, head, deprel)` with heads 0-based within `words`.
    pub fn analyze(&self, words: &[&str]) -> Vec<WordAnalysis> {
        let model_words: Vec<&str> = words.iter().map(|w| model_form(w)).collect();
        // Word keys are computed once and shared by tagger and parser.
        let mut scratch = WordScratch::default();
        let mut keys = Vec::with_capacity(words.len());
        sentence_keys(&model_words, &mut scratch, &mut keys);
        self.tagger.assign_clusters(&mut keys);
        let mut tags: Vec<TagOut> = Vec::with_capacity(words.len());
        self.tagger.tag_keys(&keys, &mut tags);
        self.tagger.correct_word_shapes(&model_words, &mut tags);
        let upos: Vec<&str> = tags.iter().map(|&t| self.tagger.upos(t)).collect();
        let xpos: Vec<&str> = tags.iter().map(|&t| self.tagger.xpos(t)).collect();
        let norm_keys: Vec<u64> = keys.iter().map(|k| k.norm).collect();
        // "– We see increased activity near our border": the dash that
        // opens an answer in Russian and Belarusian reporting is no part of
        // the clause, and the treebank, which hardly has it, taught the
        // parser to make it the root. The clause is parsed without it and
        // the dash hung on its root.
        let skip = usize::from(words.len() > 1 && crate::tagger::is_dash_word(words[0]));
        let mut arcs = self.parse_clause(
            &model_words[skip..],
            &upos[skip..],
            &xpos[skip..],
            &norm_keys[skip..],
        );
        if skip == 1 {
            let root = arcs.iter().position(|a| a.head.is_none()).unwrap_or(0) as u32;
            for arc in arcs.iter_mut() {
                arc.head = arc.head.map(|h| h + 1);
            }
            arcs.insert(
                0,
                Arc {
                    head: Some(root + 1),
                    deprel: "punct",
                },
            );
        }
        let mut lemma = String::new();
        words
            .iter()
            .enumerate()
            .map(|(i, word)| {
                self.lemmatizer
                    .lemmatize_into(word, upos[i], xpos[i], &mut lemma);
                // A quote mark is its own lemma, whichever form it stands for.
                if model_words[i] != *word {
                    lemma.clear();
                    lemma.push_str(word);
                }
                WordAnalysis {
                    upos: upos[i].to_string(),
                    xpos: xpos[i].to_string(),
                    lemma: lemma.clone(),
                    head: arcs.get(i).and_then(|a| a.head),
                    deprel: arcs.get(i).map_or("dep", |a| a.deprel).to_string(),
                }
            })
            .collect()
    }

    /// Parses one clause, re-parsing a fronted phrase's clause apart
    /// (`fronted`).
    fn parse_clause(
        &self,
        words: &[&str],
        upos: &[&str],
        xpos: &[&str],
        norm_keys: &[u64],
    ) -> Vec<Arc<'_>> {
        let mut arcs = self.parser.parse_norm_keys(norm_keys, xpos);
        if let Some(comma) = fronted::clause_to_reparse(words, upos, xpos, &arcs) {
            let rest = comma + 1;
            let clause = self
                .parser
                .parse_norm_keys(&norm_keys[rest..], &xpos[rest..]);
            arcs = fronted::join(&arcs, &clause, comma, upos);
        }
        arcs
    }

    /// Approximate memory held by the loaded models.
    pub fn memory_bytes(&self) -> usize {
        self.tagger.memory_bytes() + self.lemmatizer.memory_bytes() + self.parser.memory_bytes()
    }
}

/// The form the models see for a word. The treebank they learned from
/// writes quotations with curly or straight quotes and dashes mostly as
/// "--": guillemets, low-9 quotes and horizontal bars, common in news
/// translated from Russian, Polish or Lithuanian, never occur in it, so
/// the tagger guessed at them ("»" as a proper noun) and the parse around
/// them broke. Each stands in for the curly quote of its direction.
pub(crate) fn model_form(word: &str) -> &str {
    match word {
        "«" | "„" | "‟" => "“",
        "»" => "”",
        "‹" | "‚" => "‘",
        "›" => "’",
        "―" => "--",
        _ => word,
    }
}

/// The analysis of one word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordAnalysis {
    pub upos: String,
    pub xpos: String,
    pub lemma: String,
    /// 0-based index of the head within the sentence, `None` for the root.
    pub head: Option<u32>,
    pub deprel: String,
}

impl CoreModels {
    /// "MINSK, 27 November (BelTA) - The ministers met ...": the dateline
    /// and the sentence are tagged and parsed apart, so that the dateline's
    /// place and date do not become the subject or object of the sentence;
    /// the dateline's root then hangs on the sentence's root as `dep`.
    fn analyze_after_dateline(&self, words: &[&str], dash: usize) -> Vec<WordAnalysis> {
        let mut dateline = self.analyze(&words[..=dash]);
        let mut body = self.analyze(&words[dash + 1..]);
        let offset = (dash + 1) as u32;
        let body_root = body.iter().position(|w| w.head.is_none());
        for word in &mut body {
            word.head = word.head.map(|h| h + offset);
        }
        if let Some(root) = body_root {
            for word in dateline.iter_mut().filter(|w| w.head.is_none()) {
                word.head = Some(root as u32 + offset);
                word.deprel = "dep".into();
            }
        }
        dateline.extend(body);
        dateline
    }
}

impl Stage for CoreModels {
    fn name(&self) -> &'static str {
        "nlp-core"
    }

    fn requires(&self) -> &'static [Layer] {
        &[Layer::Tokens, Layer::Sentences]
    }

    fn provides(&self) -> &'static [Layer] {
        &[Layer::Tags, Layer::Lemmas, Layer::Parse]
    }

    fn languages(&self) -> Option<&'static [&'static str]> {
        Some(&["en"])
    }

    fn run(&self, doc: &mut Doc) {
        let n_tokens = doc.layers.tokens.len();
        // Sentence token ranges; without sentences the whole text is one.
        let mut ranges: Vec<(usize, usize)> = doc
            .layers
            .sentences
            .iter()
            .map(|s| (s.tokens.0 as usize, (s.tokens.1 as usize).min(n_tokens)))
            .filter(|&(a, b)| a < b)
            .collect();
        if ranges.is_empty() && n_tokens > 0 {
            ranges.push((0, n_tokens));
        }
        let mut skipped = 0usize;
        for (start, end) in ranges {
            let mut piece = start;
            while piece < end {
                let piece_end = (piece + MAX_SENTENCE_WORDS).min(end);
                let words: Vec<&str> = doc.layers.tokens[piece..piece_end]
                    .iter()
                    .map(|t| doc.slice(t.span))
                    .collect();
                if words.iter().any(|w| w.is_empty()) {
                    skipped += 1;
                    piece = piece_end;
                    continue;
                }
                let analysis = match dateline_dash(&words).filter(|_| piece == start) {
                    Some(dash) => self.analyze_after_dateline(&words, dash),
                    None => self.analyze(&words),
                };
                for (token, word) in doc.layers.tokens[piece..piece_end].iter_mut().zip(analysis) {
                    token.upos = word.upos;
                    token.xpos = word.xpos;
                    token.lemma = word.lemma;
                    token.head = word.head.map(|h| h + piece as u32);
                    token.deprel = word.deprel;
                }
                piece = piece_end;
            }
        }
        if skipped > 0 {
            doc.warn(
                "nlp-core",
                format!("{skipped} sentence(s) with tokens outside the text were not analyzed"),
            );
        }
    }
}
