//! Scores the tokenizer and sentence splitter from raw text against a UD
//! CoNLL-U file with the CoNLL 2018 metrics (Tokens, Sentences, Words).
//!
//! The raw text is rebuilt from the gold file: sentence texts (`# text`)
//! joined by a space (none after `SpaceAfter=No`), paragraphs (`# newpar`)
//! and documents (`# newdoc`) separated by a blank line.
//!
//! ```text
//! cargo run --release -p sitrep-text --example eval_tokenize -- GOLD.conllu [--out SYS.conllu] [--errors N] [--model MODEL | --rules-only]
//! ```
//!
//! `--model` scores another sentence boundary model than the embedded one;
//! `--rules-only` splits sentences with the hand-written rules alone.

use std::fs::File;
use std::io::{BufReader, BufWriter};

use sitrep_eval::ud::{evaluate, read_conllu, write_conllu, ConlluSentence};

#[path = "support/ud.rs"]
mod ud;
use sitrep_text::sentences::BoundaryModel;
use ud::{raw_text, system_conllu_with};

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// Prints up to `limit` places where gold and system tokens differ.
fn print_token_errors(gold: &[ConlluSentence], system: &[ConlluSentence], limit: usize) {
    let forms = |file: &[ConlluSentence]| -> Vec<String> {
        file.iter()
            .flat_map(|s| s.surface_tokens().into_iter().map(|(f, _)| f.to_string()))
            .collect()
    };
    let (g, s) = (forms(gold), forms(system));
    let (mut gi, mut si, mut shown) = (0, 0, 0);
    let (mut gpos, mut spos) = (0usize, 0usize);
    while gi < g.len() && si < s.len() && shown < limit {
        if g[gi] == s[si] && gpos == spos {
            gpos += g[gi].chars().count();
            spos += s[si].chars().count();
            gi += 1;
            si += 1;
            continue;
        }
        let (g0, s0) = (gi, si);
        loop {
            if gpos <= spos && gi < g.len() {
                gpos += g[gi].chars().count();
                gi += 1;
            } else if si < s.len() {
                spos += s[si].chars().count();
                si += 1;
            } else {
                break;
            }
            if gpos == spos {
                break;
            }
        }
        println!("gold {:?}  system {:?}", &g[g0..gi], &s[s0..si]);
        shown += 1;
    }
}

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let mut gold_path = None;
    let mut out_path = None;
    let mut errors = 0usize;
    let mut model_path = None;
    let mut rules_only = false;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--out" => out_path = args.next(),
            "--model" => model_path = args.next(),
            "--rules-only" => rules_only = true,
            "--errors" => errors = args.next().and_then(|n| n.parse().ok()).unwrap_or(50),
            _ => gold_path = Some(arg),
        }
    }
    let gold_path =
        gold_path.ok_or("usage: eval_tokenize GOLD.conllu [--out SYS.conllu] [--errors N] [--model MODEL | --rules-only]")?;
    let gold = read_conllu(BufReader::new(File::open(&gold_path)?))?;
    let text = raw_text(&gold);
    let loaded = match model_path {
        Some(path) => Some(BoundaryModel::from_bytes(&std::fs::read(path)?)?),
        None => None,
    };
    let model = match (&loaded, rules_only) {
        (_, true) => None,
        (Some(model), false) => Some(model),
        (None, false) => BoundaryModel::embedded(),
    };
    let system = system_conllu_with(model, &text);
    if let Some(path) = out_path {
        write_conllu(BufWriter::new(File::create(path)?), &system)?;
    }
    if errors > 0 {
        print_token_errors(&gold, &system, errors);
    }
    let scores = evaluate(&gold, &system)?;
    println!("{gold_path}");
    for (name, score) in scores.rows().into_iter().take(3) {
        println!(
            "{name:<10} P {:6.2}  R {:6.2}  F1 {:6.2}  (gold {}, system {}, correct {})",
            100.0 * score.precision(),
            100.0 * score.recall(),
            100.0 * score.f1(),
            score.gold,
            score.system,
            score.correct
        );
    }
    Ok(())
}
