//! Shared by the `eval_tokenize` and `train_sentences` examples and the EWT
//! integration test: reading UD files, rebuilding raw text from them and
//! turning the tokenizer's output into CoNLL-U.

#![allow(dead_code)] // each user needs a different part

use sitrep_eval::ud::{ConlluSentence, ConlluWord, MultiwordToken};
use std::fs::File;
use std::io::BufReader;

use sitrep_eval::ud::read_conllu;
use sitrep_text::sentences::{tokenize_and_split_with, BoundaryModel};
use sitrep_text::tokenize::multiword_groups;

/// Reads a CoNLL-U file, plain or `.xz`-compressed.
pub fn read_ud_file(path: &str) -> Result<Vec<ConlluSentence>, Box<dyn std::error::Error>> {
    let file = File::open(path).map_err(|e| format!("{path}: {e}"))?;
    let sentences = if path.ends_with(".xz") {
        read_conllu(BufReader::new(xz2::read::XzDecoder::new(file)))?
    } else {
        read_conllu(BufReader::new(file))?
    };
    Ok(sentences)
}

/// Rebuilds the raw text of a UD file.
pub fn raw_text(gold: &[ConlluSentence]) -> String {
    raw_text_and_ends(gold).0
}

/// Rebuilds the raw text of a UD file: sentence texts joined by a space
/// (none after `SpaceAfter=No`), a blank line before a new paragraph or
/// document. Also returns where each sentence ends (byte offsets).
pub fn raw_text_and_ends(gold: &[ConlluSentence]) -> (String, Vec<usize>) {
    let mut ends = Vec::with_capacity(gold.len());
    let mut text = String::new();
    let mut glued = false;
    for (i, sentence) in gold.iter().enumerate() {
        if i > 0 {
            if sentence.newdoc || sentence.newpar {
                text.push_str("\n\n");
            } else if !glued {
                text.push(' ');
            }
        }
        text.push_str(&sentence.raw_text());
        ends.push(text.len());
        glued = sentence
            .surface_tokens()
            .last()
            .is_some_and(|&(_, no_space)| no_space);
    }
    text.push('\n');
    (text, ends)
}

/// The system's sentences as CoNLL-U (forms only, other columns `_`), with
/// the embedded boundary model.
pub fn system_conllu(text: &str) -> Vec<ConlluSentence> {
    system_conllu_with(BoundaryModel::embedded(), text)
}

/// [`system_conllu`] with a given boundary model (`None`: rules only).
pub fn system_conllu_with(model: Option<&BoundaryModel>, text: &str) -> Vec<ConlluSentence> {
    let (tokens, sentences) = tokenize_and_split_with(model, text);
    let groups = multiword_groups(text, &tokens);
    let mut group_at = vec![None; tokens.len()];
    for &(start, end) in &groups {
        group_at[start] = Some(end);
    }
    let mut out = Vec::with_capacity(sentences.len());
    for s in &sentences {
        let (first, end) = (s.tokens.0 as usize, s.tokens.1 as usize);
        let mut sentence = ConlluSentence {
            text: text
                .get(s.span.start..s.span.end)
                .map(|t| t.replace('\n', " ")),
            ..ConlluSentence::default()
        };
        for i in first..end {
            let id = (i - first + 1) as u32;
            let form = tokens[i].span.text(text).unwrap_or("").to_string();
            if let Some(group_end) = group_at[i].filter(|&e| e <= end) {
                let last = &tokens[group_end - 1];
                sentence.multiword_tokens.push(MultiwordToken {
                    first: id,
                    last: id + (group_end - i - 1) as u32,
                    form: text
                        .get(tokens[i].span.start..last.span.end)
                        .unwrap_or("")
                        .to_string(),
                    misc: if last.space_after {
                        String::new()
                    } else {
                        "SpaceAfter=No".into()
                    },
                });
            }
            let misc = if tokens[i].space_after {
                ""
            } else {
                "SpaceAfter=No"
            };
            sentence.words.push(ConlluWord {
                id,
                form,
                head: Some(if id == 1 { 0 } else { 1 }),
                deprel: if id == 1 { "root".into() } else { "dep".into() },
                misc: misc.into(),
                ..ConlluWord::default()
            });
        }
        out.push(sentence);
    }
    out
}
