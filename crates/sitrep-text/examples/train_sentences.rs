//! Trains the sentence boundary classifier on a UD treebank rebuilt as raw
//! text, picks the decision threshold with the best sentence F1 on a dev
//! file, and writes the model. Deterministic for a given seed.
//!
//! ```text
//! cargo run --release -p sitrep-text --example train_sentences -- \
//!     --train ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu.xz \
//!     --dev ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu \
//!     --out models/sentences.bin [--epochs 8] [--seed 1] [--bits 18] [--runs 1] \
//!     [--news-train ../shared/data/conll2003/conllpp_train.txt.gz] \
//!     [--news-dev ../shared/data/conll2003/conllpp_dev.txt]
//! ```
//!
//! `--news-train` adds CoNLL-2003 news (detokenized, see `support/conll.rs`)
//! to the training texts; `--news-dev` also scores the splitter on news and
//! then picks the threshold with the best mean of the two dev F1 scores.

use sitrep_eval::ud::evaluate;
use sitrep_text::sentences::training::{train_boundary_model, TrainOptions, TrainingText};
use sitrep_text::sentences::{split_sentences_with, BoundaryModel};
use sitrep_text::tokenize::tokenize;

#[path = "support/conll.rs"]
mod conll;
#[path = "support/ud.rs"]
mod ud;
use ud::{raw_text_and_ends, read_ud_file, system_conllu_with};

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

const USAGE: &str = "usage: train_sentences --train TRAIN.conllu[.xz] --dev DEV.conllu --out MODEL [--epochs N] [--seed S] [--bits B] [--runs R] [--news-train CONLL] [--news-dev CONLL]";

/// News sentence P/R/F1 of a model on detokenized CoNLL-2003 text.
fn news_scores(
    model: Option<&BoundaryModel>,
    text: &str,
    gold: &[(usize, usize)],
) -> (f64, f64, f64) {
    let tokens = tokenize(text);
    let system: Vec<(usize, usize)> = split_sentences_with(model, text, &tokens)
        .iter()
        .map(|s| (s.span.start, s.span.end))
        .collect();
    conll::span_scores(gold, &system)
}

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let (mut train_path, mut dev_path, mut out_path) = (None, None, None);
    let (mut news_train_path, mut news_dev_path) = (None, None);
    let mut options = TrainOptions::default();
    while let Some(arg) = args.next() {
        let value = args.next().ok_or(USAGE)?;
        match arg.as_str() {
            "--train" => train_path = Some(value),
            "--dev" => dev_path = Some(value),
            "--out" => out_path = Some(value),
            "--news-train" => news_train_path = Some(value),
            "--news-dev" => news_dev_path = Some(value),
            "--epochs" => options.epochs = value.parse()?,
            "--seed" => options.seed = value.parse()?,
            "--bits" => options.table_bits = value.parse()?,
            "--runs" => options.runs = value.parse()?,
            _ => return Err(USAGE.into()),
        }
    }
    let (train_path, dev_path, out_path) = (
        train_path.ok_or(USAGE)?,
        dev_path.ok_or(USAGE)?,
        out_path.ok_or(USAGE)?,
    );

    let train = read_ud_file(&train_path)?;
    let (train_text, train_ends) = raw_text_and_ends(&train);
    let mut texts = vec![TrainingText {
        text: &train_text,
        sentence_ends: &train_ends,
    }];
    let news_train = match &news_train_path {
        Some(path) => {
            let (text, spans) = conll::news_text(&conll::read_conll2003(path)?);
            let ends: Vec<usize> = spans.iter().map(|s| s.1).collect();
            println!("{path}: {} sentences", ends.len());
            Some((text, ends))
        }
        None => None,
    };
    if let Some((text, ends)) = &news_train {
        texts.push(TrainingText {
            text,
            sentence_ends: ends,
        });
    }
    let (model, summary) = train_boundary_model(&texts, &options);
    println!(
        "{train_path}: {} sentences, {} candidate gaps ({} boundaries), {} sentence ends decided by rules or outside candidates; {} non-zero weights",
        train.len(),
        summary.candidates,
        summary.boundaries,
        summary.outside_candidates,
        model.non_zero()
    );

    let dev = read_ud_file(&dev_path)?;
    let dev_text = ud::raw_text(&dev);
    let rules_only = evaluate(&dev, &system_conllu_with(None, &dev_text))?;
    println!(
        "dev, rules only: sentences F1 {:.2}",
        100.0 * rules_only.sentences.f1()
    );
    let news_dev = match &news_dev_path {
        Some(path) => Some(conll::news_text(&conll::read_conll2003(path)?)),
        None => None,
    };
    if let Some((text, spans)) = &news_dev {
        let (p, r, f) = news_scores(None, text, spans);
        println!("news dev, rules only: sentences P {p:.2} R {r:.2} F1 {f:.2}");
    }
    let mut best = (f64::MIN, 0.0f32);
    // Thresholds below zero favour recall on web text at the expense of
    // news, where a wrong split breaks a name or a quotation: not tried.
    for step in 0..=12 {
        let threshold = step as f32 * 0.5;
        let candidate = model.clone().with_threshold(threshold);
        let scores = evaluate(&dev, &system_conllu_with(Some(&candidate), &dev_text))?;
        let sentences = &scores.sentences;
        let mut objective = 100.0 * sentences.f1();
        let mut news = String::new();
        if let Some((text, spans)) = &news_dev {
            let (p, r, f) = news_scores(Some(&candidate), text, spans);
            news = format!("; news P {p:.2} R {r:.2} F1 {f:.2}");
            objective = (objective + f) / 2.0;
        }
        println!(
            "threshold {threshold:5.1}: sentences P {:.2} R {:.2} F1 {:.2}{news}",
            100.0 * sentences.precision(),
            100.0 * sentences.recall(),
            100.0 * sentences.f1()
        );
        if objective > best.0 {
            best = (objective, threshold);
        }
    }
    let model = model.with_threshold(best.1);
    std::fs::write(&out_path, model.to_bytes())?;
    println!(
        "best threshold {:.1}: objective (dev sentences F1, or its mean with news) {:.2}; wrote {out_path} ({} bytes)",
        best.1,
        best.0,
        model.to_bytes().len()
    );
    Ok(())
}
