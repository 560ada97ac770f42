//! `sitrep eval COMPONENT --gold FILE|DIR`: score sitrep on a public gold set.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

mod claims;
mod events;
mod quantities;
mod quotes;
pub(crate) mod sources;
mod speakers;
mod times;

use super::data::{read_conllu, read_text};
use super::Outcome;

pub struct EvalArgs {
    pub component: String,
    pub gold: PathBuf,
    /// Directory with model files to evaluate instead of the embedded ones.
    pub models: Option<PathBuf>,
    /// The shared data folder that gold annotations point into.
    pub shared: PathBuf,
    /// Print every miss and wrong value.
    pub errors: bool,
    /// Gold split to score where the gold has splits (`dev`, `test`, `all`).
    pub split: String,
}

pub fn run(args: &EvalArgs) -> Result<Outcome> {
    match args.component.as_str() {
        "tagger" | "parser" | "lemma" | "ud" => eval_ud(&args.gold, args.models.as_deref()),
        "ner" => eval_ner(&args.gold, args.models.as_deref()),
        "times" => times::run(&args.gold, args.errors),
        "quantities" => quantities::run(&args.gold, &args.shared, args.errors),
        "quotes" => quotes::run(&args.gold),
        "events" => events::run(&args.gold, &args.shared, &args.split, args.errors),
        "claims" => claims::run(&args.gold, &args.shared, &args.split, args.errors),
        "speakers" => speakers::run(&args.gold, &args.shared, &args.split, args.errors),
        other => anyhow::bail!(
            "unknown component `{other}`: use tagger, parser, lemma, ner, times, quantities, quotes, events, claims or speakers"
        ),
    }?;
    Ok(Outcome::Clean)
}

/// CoNLL 2018 shared-task metrics, from raw text (the gold file's `# text`)
/// and from gold tokens.
fn eval_ud(gold: &Path, models: Option<&Path>) -> Result<()> {
    let gold = read_conllu(gold)?;
    let core = match models {
        Some(dir) => sitrep_nlp::CoreModels::load_dir(dir)?,
        None => sitrep_nlp::CoreModels::embedded()?,
    };
    let raw = sitrep_nlp::evaluate_raw_text(&core, &gold).context("evaluating from raw text")?;
    println!(
        "From raw text (sitrep tokenizer and sentence splitter):\n{}",
        raw.table()
    );
    let tokens =
        sitrep_nlp::evaluate_gold_tokens(&core, &gold).context("evaluating on gold tokens")?;
    println!("From gold tokenization:\n{}", tokens.table());
    Ok(())
}

/// conlleval exact-span P/R/F1 per type.
fn eval_ner(gold: &Path, models: Option<&Path>) -> Result<()> {
    use sitrep_nlp::ner::{evaluate_ner, parse_conll, Ner};
    let docs = parse_conll(&read_text(gold)?).context("parsing the gold file")?;
    let ner = match models {
        Some(dir) => {
            let path = dir.join("ner.model");
            let bytes =
                std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
            Ner::from_bytes(&bytes)?
        }
        None => Ner::embedded()?,
    };
    println!("{}", evaluate_ner(&ner, &docs).report());
    Ok(())
}
