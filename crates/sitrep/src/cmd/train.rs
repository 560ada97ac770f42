//! `sitrep train clusters|tagger|lemma|parser|ner|events`: reproduce the committed models.
//!
//! Training is deterministic given `--seed`; the figures each model reached
//! are recorded in `docs/models/`.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result};

use super::data::read_text;
use super::Outcome;

pub struct TrainArgs {
    pub component: String,
    pub train: PathBuf,
    pub dev: Option<PathBuf>,
    pub out: PathBuf,
    pub seed: u64,
    pub epochs: Option<usize>,
    pub geonames: Option<PathBuf>,
    /// Parser only: train on 5-fold jackknifed tags instead of gold tags.
    pub jackknife: bool,
    /// Tagger and parser: word clusters file (`sitrep train clusters`).
    pub clusters: Option<PathBuf>,
    /// Tagger: more training sentences, appended to `train`; events: a
    /// second gold folder.
    pub also_train: Option<PathBuf>,
    /// Parser with `jackknife`: share of sentence visits with predicted tags.
    pub predicted_share: f64,
    /// Parser with `jackknife`: clusters of the fold taggers (default: `clusters`).
    pub tagger_clusters: Option<PathBuf>,
    /// Parser only: beam width (1: greedy).
    pub beam: usize,
    /// Events only: the shared data folder the gold points into.
    pub shared: PathBuf,
    /// Events only: run-time margin stored in the model.
    pub margin: f32,
    /// Events only: cross-validate over this many folds first.
    pub folds: Option<usize>,
    /// Events only, with `folds`: where to write the held-out errors.
    pub fold_errors: Option<PathBuf>,
}

pub fn run(args: &TrainArgs) -> Result<Outcome> {
    let started = Instant::now();
    let bytes = match args.component.as_str() {
        "tagger" | "lemma" | "parser" => train_ud(args)?,
        "ner" => train_ner(args)?,
        "clusters" => train_clusters(&args.train)?,
        "events" => super::train_events::run(&super::train_events::EventsTrainArgs {
            golds: std::iter::once(args.train.clone())
                .chain(args.also_train.clone())
                .collect(),
            shared: &args.shared,
            seed: args.seed,
            epochs: args.epochs.unwrap_or(10),
            margin: args.margin,
            folds: args.folds,
            fold_errors: args.fold_errors.clone(),
        })?,
        other => {
            anyhow::bail!(
                "unknown component `{other}`: use clusters, tagger, lemma, parser, ner or events"
            )
        }
    };
    std::fs::write(&args.out, &bytes).with_context(|| format!("writing {}", args.out.display()))?;
    eprintln!(
        "wrote {} ({:.2} MB) in {:.1} s",
        args.out.display(),
        bytes.len() as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );
    Ok(Outcome::Clean)
}

/// Word clusters from the unlabelled text under `data` (`../shared/data`).
fn train_clusters(data: &Path) -> Result<Vec<u8>> {
    let (sentences, summary) = super::unlabelled::read_corpus(data)?;
    for line in summary {
        println!("{line}");
    }
    let (bytes, report) = sitrep_nlp::clusters::train_clusters(&sentences);
    println!("{report:#?}");
    Ok(bytes)
}

fn train_ud(args: &TrainArgs) -> Result<Vec<u8>> {
    use sitrep_nlp::corpus::read_conllu_path;
    let load_clusters = |path: &Option<PathBuf>| -> Result<_> {
        Ok(match path {
            Some(p) => sitrep_nlp::clusters::WordClusters::from_bytes(
                &std::fs::read(p).with_context(|| format!("reading {}", p.display()))?,
            )
            .with_context(|| format!("loading clusters {}", p.display()))?,
            None => sitrep_nlp::clusters::WordClusters::default(),
        })
    };
    let clusters = load_clusters(&args.clusters)?;
    let load = |p: &Path| read_conllu_path(p).with_context(|| format!("reading {}", p.display()));
    let mut train = load(&args.train)?;
    if let Some(extra) = &args.also_train {
        anyhow::ensure!(
            args.component == "tagger",
            "--also-train is only for the tagger"
        );
        train.extend(load(extra)?);
    }
    let dev = match &args.dev {
        Some(p) => load(p)?,
        None => Vec::new(),
    };
    let (bytes, report) = match args.component.as_str() {
        "tagger" => {
            let (b, r) = sitrep_nlp::tagger::train_tagger(
                &train,
                &dev,
                args.seed,
                args.epochs.unwrap_or(10),
                &clusters,
            );
            (b, format!("{r:#?}"))
        }
        "lemma" => {
            let (b, r) = sitrep_nlp::lemma::train_lemmatizer(
                &train,
                &dev,
                args.seed,
                args.epochs.unwrap_or(8),
            );
            (b, format!("{r:#?}"))
        }
        _ => {
            let epochs = args.epochs.unwrap_or(15);
            anyhow::ensure!(
                args.beam <= 1 || !args.jackknife,
                "--beam is only for gold-tag training (no --jackknife)"
            );
            let (b, r) = if args.beam > 1 {
                sitrep_nlp::parser::train_parser_beam(
                    &train, &dev, args.seed, epochs, &clusters, args.beam,
                )
            } else if args.jackknife
                && (args.predicted_share < 1.0 || args.tagger_clusters.is_some())
            {
                let tagger_clusters = match &args.tagger_clusters {
                    Some(_) => load_clusters(&args.tagger_clusters)?,
                    None => clusters.clone(),
                };
                sitrep_nlp::parser::train_parser_jackknifed_mixed(
                    &train,
                    &dev,
                    args.seed,
                    epochs,
                    &clusters,
                    &tagger_clusters,
                    args.predicted_share,
                )
            } else if args.jackknife {
                sitrep_nlp::parser::train_parser_jackknifed(
                    &train, &dev, args.seed, epochs, &clusters,
                )
            } else {
                sitrep_nlp::parser::train_parser(&train, &dev, args.seed, epochs, &clusters)
            };
            (b, format!("{r:#?}"))
        }
    };
    println!("{report}");
    Ok(bytes)
}

fn train_ner(args: &TrainArgs) -> Result<Vec<u8>> {
    use sitrep_nlp::ner::{parse_conll, Gazetteer};
    let train = parse_conll(&read_text(&args.train)?).context("parsing the training file")?;
    let dev = match &args.dev {
        Some(p) => parse_conll(&read_text(p)?).context("parsing the dev file")?,
        None => Vec::new(),
    };
    let places = match &args.geonames {
        Some(dir) => Gazetteer::from_geonames(
            &read_text(&dir.join("countries.json"))?,
            &read_text(&dir.join("cities15000.json.xz"))?,
            &read_text(&dir.join("continents.json"))?,
            &read_text(&dir.join("us_states.json"))?,
        )
        .context("building the place gazetteer")?,
        None => Gazetteer::new(),
    };
    let (bytes, report) =
        sitrep_nlp::ner::train_ner(&train, &dev, args.seed, args.epochs.unwrap_or(15), &places)
            .context("training the NER model")?;
    println!("{}", report.summary());
    Ok(bytes)
}
