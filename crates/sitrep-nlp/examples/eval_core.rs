//! Scores the committed core models (tagger, lemmatizer, parser) on UD
//! English EWT dev and test, from gold tokens and from raw text.
//!
//! `cargo run --release -p sitrep-nlp --example eval_core [-- MODEL_DIR]`

use std::io::BufReader;
use std::time::Instant;

use sitrep_nlp::corpus::shared_dir;
use sitrep_nlp::{evaluate_gold_tokens, evaluate_raw_text, CoreModels};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let models_dir = std::env::args().nth(1).map_or_else(
        || std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../models"),
        Into::into,
    );
    let started = Instant::now();
    let models = CoreModels::load_dir(&models_dir)?;
    println!(
        "loaded {} in {:.1} ms, ~{:.1} MB in memory",
        models_dir.display(),
        started.elapsed().as_secs_f64() * 1000.0,
        models.memory_bytes() as f64 / 1e6
    );
    let data = shared_dir().join("data/ud-english-ewt");
    for split in ["dev", "test"] {
        let file = std::fs::File::open(data.join(format!("en_ewt-ud-{split}.conllu")))?;
        let gold = sitrep_eval::conllu::read_conllu(BufReader::new(file))?;
        let gold_scores = evaluate_gold_tokens(&models, &gold)?;
        println!(
            "== EWT {split}, gold tokenization ==\n{}",
            gold_scores.table()
        );
        let raw_scores = evaluate_raw_text(&models, &gold)?;
        println!("== EWT {split}, raw text ==\n{}", raw_scores.table());
    }
    Ok(())
}
