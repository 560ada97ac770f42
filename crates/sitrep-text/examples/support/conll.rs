//! News text for the sentence splitter: CoNLL-2003 (Reuters, 1996-97)
//! sentences detokenized back into running text, with their gold spans.
//!
//! Reconstruction: tokens joined by a space except before closing
//! punctuation and clitics (`,` `.` `)` `'s` `n't` ...) and after opening
//! ones; straight double quotes alternate between opening and closing
//! within a sentence. A sentence that ends in terminal punctuation (or a
//! quote after it) is followed by a space, any other (headlines, datelines,
//! table rows) by a newline, as such lines stand in a news page; documents
//! are separated by a blank line.

#![allow(dead_code)] // each user needs a different part

use std::fs::File;
use std::io::{BufRead, BufReader, Read};

/// Reads a CoNLL-2003 file (plain or `.gz`) into documents of sentences of
/// tokens.
pub fn read_conll2003(path: &str) -> Result<Vec<Vec<Vec<String>>>, Box<dyn std::error::Error>> {
    let file = File::open(path).map_err(|e| format!("{path}: {e}"))?;
    let reader: Box<dyn Read> = if path.ends_with(".gz") {
        Box::new(flate2::read::GzDecoder::new(file))
    } else {
        Box::new(file)
    };
    let mut docs: Vec<Vec<Vec<String>>> = Vec::new();
    let mut sentence: Vec<String> = Vec::new();
    for line in BufReader::new(reader).lines() {
        let line = line?;
        let Some(form) = line.split(' ').next().filter(|f| !f.is_empty()) else {
            if !sentence.is_empty() {
                if docs.is_empty() {
                    docs.push(Vec::new());
                }
                if let Some(doc) = docs.last_mut() {
                    doc.push(std::mem::take(&mut sentence));
                }
            }
            continue;
        };
        if form == "-DOCSTART-" {
            docs.push(Vec::new());
            continue;
        }
        sentence.push(form.to_string());
    }
    if let (false, Some(doc)) = (sentence.is_empty(), docs.last_mut()) {
        doc.push(sentence);
    }
    docs.retain(|d| !d.is_empty());
    Ok(docs)
}

fn glued_to_previous(token: &str) -> bool {
    matches!(
        token,
        "," | "."
            | ";"
            | ":"
            | "!"
            | "?"
            | ")"
            | "]"
            | "}"
            | "%"
            | "'s"
            | "'S"
            | "n't"
            | "'re"
            | "'ve"
            | "'ll"
            | "'d"
            | "'m"
            | "'"
            | "..."
    )
}

fn glues_next(token: &str) -> bool {
    matches!(token, "(" | "[" | "{" | "$")
}

/// The running text of `docs` and the gold sentence spans (byte offsets).
pub fn news_text(docs: &[Vec<Vec<String>>]) -> (String, Vec<(usize, usize)>) {
    let mut text = String::new();
    let mut spans = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        if d > 0 {
            text.push_str("\n\n");
        }
        for (s, sentence) in doc.iter().enumerate() {
            let start = text.len();
            let mut quote_open = false;
            let mut glue_next = true;
            for token in sentence {
                let is_quote = token == "\"";
                let closing_quote = is_quote && quote_open;
                if !glue_next && !glued_to_previous(token) && !closing_quote {
                    text.push(' ');
                }
                text.push_str(token);
                glue_next = glues_next(token) || (is_quote && !quote_open);
                if is_quote {
                    quote_open = !quote_open;
                }
            }
            spans.push((start, text.len()));
            let last = sentence.last().map_or("", String::as_str);
            let before_last = sentence
                .len()
                .checked_sub(2)
                .map_or("", |i| sentence[i].as_str());
            let terminal = |t: &str| matches!(t, "." | "?" | "!" | "...");
            let ends_in_punctuation = terminal(last) || (last == "\"" && terminal(before_last));
            if s + 1 < doc.len() {
                text.push(if ends_in_punctuation { ' ' } else { '\n' });
            }
        }
    }
    text.push('\n');
    (text, spans)
}

/// Sentence precision, recall and F1 (in %) of `system` spans against `gold`.
pub fn span_scores(gold: &[(usize, usize)], system: &[(usize, usize)]) -> (f64, f64, f64) {
    let gold_set: std::collections::HashSet<_> = gold.iter().collect();
    let correct = system.iter().filter(|s| gold_set.contains(s)).count() as f64;
    let p = 100.0 * correct / system.len().max(1) as f64;
    let r = 100.0 * correct / gold.len().max(1) as f64;
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}
