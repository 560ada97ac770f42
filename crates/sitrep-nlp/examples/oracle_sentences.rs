//! Raw-text scores with gold sentence boundaries imposed on sitrep's own
//! tokens: how much the sentence splitter costs.
//!
//! `cargo run --release -p sitrep-nlp --example oracle_sentences [-- SPLIT [MODEL_DIR]]`

use std::io::BufReader;

use sitrep_eval::conllu::ConlluSentence;
use sitrep_nlp::corpus::shared_dir;
use sitrep_nlp::{analyze_words, treebank_text, CoreModels};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let split = std::env::args().nth(1).unwrap_or_else(|| "dev".into());
    let models = match std::env::args().nth(2) {
        Some(dir) => CoreModels::load_dir(std::path::Path::new(&dir))?,
        None => CoreModels::embedded()?,
    };
    let data = shared_dir().join("data/ud-english-ewt");
    let file = std::fs::File::open(data.join(format!("en_ewt-ud-{split}.conllu")))?;
    let gold = sitrep_eval::conllu::read_conllu(BufReader::new(file))?;
    let text = treebank_text(&gold);
    // Where each gold sentence ends in `text`, joined as `treebank_text`
    // joins them.
    let mut ends = Vec::with_capacity(gold.len());
    let mut pos = 0;
    for (i, sentence) in gold.iter().enumerate() {
        if i > 0 {
            pos += if sentence.newpar || sentence.newdoc {
                2
            } else {
                1
            };
        }
        pos += sentence.raw_text().len();
        ends.push(pos);
    }
    let (tokens, _) = sitrep_text::sentences::tokenize_and_split(&text);
    let mut system = Vec::with_capacity(gold.len());
    let mut forms: Vec<&str> = Vec::new();
    let mut next_end = ends.iter().peekable();
    for token in &tokens {
        while next_end.next_if(|&&end| token.span.start >= end).is_some() {
            push_sentence(&models, &mut forms, &mut system);
        }
        forms.push(&text[token.span.start..token.span.end]);
    }
    push_sentence(&models, &mut forms, &mut system);
    println!("{}", sitrep_eval::ud::evaluate(&gold, &system)?.table());
    Ok(())
}

fn push_sentence(models: &CoreModels, forms: &mut Vec<&str>, out: &mut Vec<ConlluSentence>) {
    if forms.is_empty() {
        return;
    }
    out.push(ConlluSentence {
        words: analyze_words(models, forms),
        ..ConlluSentence::default()
    });
    forms.clear();
}
