//! The `sitrep` command line: wiring only. Every capability lives in a stage
//! crate; this binary parses arguments, reports progress and maps errors to
//! messages and exit codes.

mod cmd;
mod progress;
mod summary;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// Turn news reports into a cited, structured record of what happened.
#[derive(Parser)]
#[command(name = "sitrep", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read inputs, extract everything, and store the documents (idempotent).
    Ingest {
        /// Files, directories (recursive) or `-` for stdin.
        #[arg(required = true)]
        inputs: Vec<String>,
        #[command(flatten)]
        db: DbArg,
    },
    /// Extract and print one JSON object per document (no store needed).
    Extract {
        #[arg(required = true)]
        inputs: Vec<String>,
        #[arg(long, value_enum, default_value_t = ExtractFormat::Jsonl)]
        format: ExtractFormat,
        /// Extra layers to include: `tokens`.
        #[arg(long, value_delimiter = ',')]
        layers: Vec<String>,
        /// Only clean (text, metadata, language); skip the NLP stages.
        #[arg(long)]
        clean_only: bool,
    },
    /// Show a stored document by id (or unique id prefix).
    Show {
        id: String,
        #[command(flatten)]
        db: DbArg,
        #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
        format: ShowFormat,
    },
    /// Summarize what the store holds.
    Stats {
        #[command(flatten)]
        db: DbArg,
    },
    /// Train a model from gold data (deterministic given --seed).
    Train {
        /// clusters (--train = the shared data folder), tagger, lemma, parser, ner or events (--train gold/events --also-train gold/domain/events).
        component: String,
        /// Training file (CoNLL-U for tagger/lemma/parser, CoNLL-2003 for ner; .gz/.xz ok).
        #[arg(long)]
        train: PathBuf,
        /// Development file, used to pick the best epoch.
        #[arg(long)]
        dev: Option<PathBuf>,
        /// Where to write the model.
        #[arg(long)]
        out: PathBuf,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(long)]
        epochs: Option<usize>,
        /// GeoNames folder for the NER place gazetteer (../shared/data/geonames).
        #[arg(long)]
        geonames: Option<PathBuf>,
        /// Parser only: train on 5-fold jackknifed predicted tags instead of gold tags.
        #[arg(long)]
        jackknife: bool,
        /// Tagger and parser: word clusters file (models/clusters.bin).
        #[arg(long)]
        clusters: Option<PathBuf>,
        /// Tagger: a second training file appended to --train (the
        /// shipped tagger adds EWT dev, with the epochs chosen on dev by a
        /// train-only run; give no --dev then: the last epoch is kept).
        /// Events: a second gold folder (gold/domain/events).
        #[arg(long)]
        also_train: Option<PathBuf>,
        /// Parser with --jackknife: share of training sentences that get
        /// predicted tags each time they are seen (the rest keep gold tags).
        #[arg(long, default_value_t = 1.0)]
        predicted_share: f64,
        /// Parser with --jackknife: word clusters of the fold taggers
        /// (default: --clusters).
        #[arg(long)]
        tagger_clusters: Option<PathBuf>,
        /// Parser only: beam width; above 1 the transition classifier is
        /// trained globally for beam search and the width is stored in the
        /// model (1: greedy, the shipped parser).
        #[arg(long, default_value_t = 1)]
        beam: usize,
        /// Events only: the shared data folder the gold points into
        /// (articles under `examples/` are read from the workspace).
        #[arg(long, env = "SITREP_SHARED", default_value = "../shared")]
        shared: PathBuf,
        /// Events only: the classifier's run-time margin, stored in the
        /// model (4: the one cross-validation chose for the shipped model).
        #[arg(long, default_value_t = 4.0)]
        margin: f32,
        /// Events only: cross-validate over this many document folds first
        /// and print what each margin adds to the rules.
        #[arg(long)]
        folds: Option<usize>,
        /// Events only, with `--folds`: write every held-out miss and wrong
        /// field at `--margin` to this file, in `eval --errors` form.
        #[arg(long, requires = "folds")]
        fold_errors: Option<PathBuf>,
    },
    /// Score a component on a gold set and print the standard metrics.
    Eval {
        /// tagger, parser, lemma (CoNLL-U gold), ner (CoNLL-2003), times (TimeML dir), quantities (gold/quantities), quotes (PolNeAR folder), events (gold/events), claims (gold/claims), speakers (gold/domain/quotes, with --shared .).
        component: String,
        #[arg(long)]
        gold: PathBuf,
        /// Evaluate model files from this folder instead of the embedded ones.
        #[arg(long)]
        models: Option<PathBuf>,
        /// The shared data folder the hand-built gold points into.
        #[arg(long, env = "SITREP_SHARED", default_value = "../shared")]
        shared: PathBuf,
        /// List every miss and wrong value.
        #[arg(long)]
        errors: bool,
        /// Gold split to score, where the gold has splits: dev, test or all.
        #[arg(long, default_value = "test")]
        split: String,
    },
}

#[derive(clap::Args)]
struct DbArg {
    /// SQLite file (default `sitrep.db`) or a `postgres://` URL.
    #[arg(long, env = "SITREP_DB", default_value = "sitrep.db")]
    db: String,
}

#[derive(Clone, Copy, ValueEnum)]
enum ExtractFormat {
    Jsonl,
}

#[derive(Clone, Copy, ValueEnum)]
enum ShowFormat {
    Text,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Ingest { inputs, db } => cmd::ingest::run(&inputs, &db.db),
        Command::Extract {
            inputs,
            format: ExtractFormat::Jsonl,
            layers,
            clean_only,
        } => cmd::extract::run(&inputs, &layers, clean_only),
        Command::Show { id, db, format } => {
            cmd::show::run(&id, &db.db, matches!(format, ShowFormat::Json))
        }
        Command::Stats { db } => cmd::stats::run(&db.db),
        Command::Train {
            component,
            train,
            dev,
            out,
            seed,
            epochs,
            geonames,
            jackknife,
            clusters,
            also_train,
            predicted_share,
            tagger_clusters,
            beam,
            shared,
            margin,
            folds,
            fold_errors,
        } => cmd::train::run(&cmd::train::TrainArgs {
            component,
            train,
            dev,
            out,
            seed,
            epochs,
            geonames,
            jackknife,
            clusters,
            also_train,
            predicted_share,
            tagger_clusters,
            beam,
            shared,
            margin,
            folds,
            fold_errors,
        }),
        Command::Eval {
            component,
            gold,
            models,
            shared,
            errors,
            split,
        } => cmd::eval::run(&cmd::eval::EvalArgs {
            component,
            gold,
            models,
            shared,
            errors,
            split,
        }),
    };
    match result {
        Ok(cmd::Outcome::Clean) => ExitCode::SUCCESS,
        Ok(cmd::Outcome::SomeFailed) => ExitCode::from(1),
        Err(err) => {
            eprintln!("sitrep: error: {err:#}");
            ExitCode::from(2)
        }
    }
}
