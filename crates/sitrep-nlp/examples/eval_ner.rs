//! Scores the committed NER model (statistical tagger only, as conlleval
//! expects) on CoNLL-2003 files.
//!
//! `cargo run --release -p sitrep-nlp --example eval_ner -- FILE...`
//! e.g. `../shared/data/conll2003/conllpp_dev.txt ../shared/data/conll2003/conllpp_test.txt`

use sitrep_nlp::ner::{evaluate_ner, parse_conll, Ner};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let ner = Ner::embedded()?;
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
        let gold = parse_conll(&text)?;
        println!("== {path} ==\n{}", evaluate_ner(&ner, &gold).report());
    }
    Ok(())
}
