//! Evaluating the trained core with the CoNLL 2018 metrics
//! (`sitrep_eval::ud`), from gold tokens and from raw text.

use sitrep_eval::conllu::{ConlluSentence, ConlluWord, MultiwordToken};
use sitrep_eval::ud::{evaluate, UdError, UdScores};

use crate::core_models::{CoreModels, WordAnalysis};

fn system_word(id: u32, form: &str, a: &WordAnalysis) -> ConlluWord {
    ConlluWord {
        id,
        form: form.to_string(),
        lemma: a.lemma.clone(),
        upos: a.upos.clone(),
        xpos: a.xpos.clone(),
        feats: "_".into(),
        head: Some(a.head.map_or(0, |h| h + 1)),
        deprel: a.deprel.clone(),
        deps: "_".into(),
        misc: "_".into(),
    }
}

/// Scores the core on `gold` using the gold tokenization and sentences
/// (tagging, lemmatization and parsing errors only).
pub fn evaluate_gold_tokens(
    models: &CoreModels,
    gold: &[ConlluSentence],
) -> Result<UdScores, UdError> {
    let system: Vec<ConlluSentence> = gold
        .iter()
        .map(|sentence| {
            let forms: Vec<&str> = sentence.words.iter().map(|w| w.form.as_str()).collect();
            let analysis = models.analyze(&forms);
            ConlluSentence {
                words: sentence
                    .words
                    .iter()
                    .zip(&analysis)
                    .map(|(w, a)| system_word(w.id, &w.form, a))
                    .collect(),
                multiword_tokens: sentence.multiword_tokens.clone(),
                ..ConlluSentence::default()
            }
        })
        .collect();
    evaluate(gold, &system)
}

/// Tags, lemmatizes and parses one sentence of `forms` into CoNLL-U words
/// numbered from 1.
pub fn analyze_words(models: &CoreModels, forms: &[&str]) -> Vec<ConlluWord> {
    let analysis = models.analyze(forms);
    forms
        .iter()
        .zip(&analysis)
        .enumerate()
        .map(|(i, (form, a))| system_word(i as u32 + 1, form, a))
        .collect()
}

/// The raw text of a treebank: sentences joined by a space, paragraphs and
/// documents by a blank line (as in the CoNLL 2018 shared task's `.txt`).
pub fn treebank_text(gold: &[ConlluSentence]) -> String {
    let mut text = String::new();
    for (i, sentence) in gold.iter().enumerate() {
        if i > 0 {
            text.push_str(if sentence.newpar || sentence.newdoc {
                "\n\n"
            } else {
                " "
            });
        }
        text.push_str(&sentence.raw_text());
    }
    text
}

/// Runs the whole chain from raw text: `sitrep_text` tokenizer and sentence
/// splitter, then tagger, lemmatizer and parser. Returns CoNLL-U sentences.
pub fn analyze_text(models: &CoreModels, text: &str) -> Vec<ConlluSentence> {
    let (tokens, sentences) = sitrep_text::sentences::tokenize_and_split(text);
    let groups = sitrep_text::tokenize::multiword_groups(text, &tokens);
    let mut out = Vec::with_capacity(sentences.len());
    for sentence in &sentences {
        let (first, last) = (sentence.tokens.0 as usize, sentence.tokens.1 as usize);
        let Some(slice) = tokens.get(first..last) else {
            continue;
        };
        let forms: Vec<&str> = slice
            .iter()
            .map(|t| span_text(text, t.span.start, t.span.end))
            .collect();
        let words = analyze_words(models, &forms);
        let multiword_tokens = groups
            .iter()
            // Groups are half-open token ranges.
            .filter(|&&(a, b)| a >= first && b <= last && b > a + 1)
            .map(|&(a, b)| MultiwordToken {
                first: (a - first + 1) as u32,
                last: (b - first) as u32,
                form: span_text(text, tokens[a].span.start, tokens[b - 1].span.end).to_string(),
                misc: "_".into(),
            })
            .collect();
        out.push(ConlluSentence {
            words,
            multiword_tokens,
            ..ConlluSentence::default()
        });
    }
    out
}

fn span_text(text: &str, start: usize, end: usize) -> &str {
    text.get(start..end).unwrap_or("")
}

/// Scores the full chain from raw text against `gold`.
pub fn evaluate_raw_text(
    models: &CoreModels,
    gold: &[ConlluSentence],
) -> Result<UdScores, UdError> {
    let system = analyze_text(models, &treebank_text(gold));
    evaluate(gold, &system)
}
