//! `sitrep train events`: the trigger classifier of `sitrep-events`
//! (`models/event-triggers.bin`), learned from the dev halves of the
//! hand-built events golds. With `--folds K` it first cross-validates over
//! the documents and prints, for each candidate margin, what the
//! classifier adds to the rules on the held-out folds — the figures the
//! shipped margin was chosen by.

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Context, Result};
use sitrep_events::eval::{read_gold, GoldDoc, Scores};
use sitrep_events::learned::train::{examples, train, DocExamples};
use sitrep_events::{EventStage, TriggerModel};

use super::eval::sources::{read_split, Sources};

pub struct EventsTrainArgs<'a> {
    /// Gold folders (`gold/events`, `gold/domain/events`); their dev
    /// documents are the training data.
    pub golds: Vec<PathBuf>,
    pub shared: &'a std::path::Path,
    pub seed: u64,
    pub epochs: usize,
    /// Run-time margin stored in the model.
    pub margin: f32,
    /// Cross-validate over this many document folds first.
    pub folds: Option<usize>,
    /// Where to write the held-out misses and wrong fields at `margin`.
    pub fold_errors: Option<PathBuf>,
}

struct GoldExample {
    group: usize,
    doc: sitrep_core::Doc,
    gold: GoldDoc,
    examples: DocExamples,
}

/// Margins tried by cross-validation.
const MARGINS: [f32; 7] = [0.0, 2.0, 4.0, 6.0, 8.0, 10.0, 15.0];

pub fn run(args: &EventsTrainArgs) -> Result<Vec<u8>> {
    let pipeline = sitrep_pipeline::Pipeline::standard(sitrep_pipeline::Depth::Full)?;
    let mut sources = Sources::new(args.shared);
    let mut data = Vec::new();
    for (group, dir) in args.golds.iter().enumerate() {
        for gold in read_split(dir, "dev", read_gold)? {
            let doc = sources
                .process(&pipeline, &gold.source, gold.member.as_deref())
                .with_context(|| format!("{}: {}", dir.display(), gold.source))?;
            let examples = examples(&doc, &gold);
            data.push(GoldExample {
                group,
                doc,
                gold,
                examples,
            });
        }
    }
    let instances: usize = data.iter().map(|d| d.examples.instances.len()).sum();
    let positives: usize = data.iter().map(|d| d.examples.trigger_lemmas.len()).sum();
    let unplaced: usize = data.iter().map(|d| d.examples.unplaced).sum();
    println!(
        "{} dev documents, {instances} instances, {positives} trigger heads, {unplaced} gold triggers not placed on a token",
        data.len()
    );
    if let Some(k) = args.folds {
        cross_validate(&data, k.max(2), args)?;
    }
    let all: Vec<&DocExamples> = data.iter().map(|d| &d.examples).collect();
    let bytes = train(&all, args.epochs, args.seed, args.margin);
    let model = TriggerModel::from_bytes(&bytes).context("reading the trained model back")?;
    println!(
        "gate: {} lemmas; margin {}",
        model.gate_size(),
        model.margin()
    );
    Ok(bytes)
}

fn cross_validate(data: &[GoldExample], k: usize, args: &EventsTrainArgs) -> Result<()> {
    let groups = args.golds.len();
    // The candidate margins and the one asked for, each scored once.
    let mut margins = MARGINS.to_vec();
    if !margins.contains(&args.margin) {
        margins.push(args.margin);
        margins.sort_by(f32::total_cmp);
    }
    // Stage 0 is the rules alone, stage s the classifier at margins[s - 1].
    let asked = 1 + margins
        .iter()
        .position(|&m| m == args.margin)
        .context("the asked margin is among those scored")?;
    // [group][stage]
    let mut scores: Vec<Vec<Scores>> = (0..groups)
        .map(|_| (0..=margins.len()).map(|_| Scores::default()).collect())
        .collect();
    for fold in 0..k {
        let training: Vec<&DocExamples> = data
            .iter()
            .enumerate()
            .filter(|(i, _)| i % k != fold)
            .map(|(_, d)| &d.examples)
            .collect();
        let bytes = train(&training, args.epochs, args.seed, 0.0);
        let model = TriggerModel::from_bytes(&bytes).context("reading the fold model")?;
        let mut stages = vec![EventStage::new().with_triggers(None)];
        stages.extend(margins.iter().map(|&m| {
            EventStage::new().with_triggers(Some(Arc::new(model.clone().with_margin(m))))
        }));
        for d in data
            .iter()
            .enumerate()
            .filter(|(i, _)| i % k == fold)
            .map(|(_, d)| d)
        {
            let mut doc = d.doc.clone();
            for (s, stage) in stages.iter().enumerate() {
                doc.layers.events = stage.extract(&d.doc);
                scores[d.group][s].add(&doc, &d.gold);
            }
        }
    }
    if let Some(path) = &args.fold_errors {
        let shipped: Vec<&Scores> = scores.iter().map(|g| &g[asked]).collect();
        write_errors(path, &shipped)?;
    }
    for (group, dir) in args.golds.iter().enumerate() {
        println!("held-out {} ({k} folds):", dir.display());
        for (s, score) in scores[group].iter().enumerate() {
            let (p, r, f) = score.kind();
            let label = match s {
                0 => "rules alone".to_string(),
                _ => format!("+ classifier, margin {}", margins[s - 1]),
            };
            println!(
                "  {label:<28} kind P {p:.3} R {r:.3} F1 {f:.3}  actors {}  date {}  status {}",
                score.actors, score.date, score.status
            );
        }
        println!("  by kind at margin {}:", args.margin);
        for (kind, counts) in &scores[group][asked].by_kind {
            let (p, r, f) = counts.prf();
            println!(
                "    {kind:<11} {:>4} {:>4} {:>4}  P {p:.3} R {r:.3} F1 {f:.3}",
                counts.gold, counts.system, counts.correct
            );
        }
    }
    Ok(())
}

/// The held-out misses and wrong fields, one line each as `eval --errors`
/// prints them, for error analysis on documents the classifier never saw.
fn write_errors(path: &std::path::Path, scores: &[&Scores]) -> Result<()> {
    let lines: String = scores
        .iter()
        .flat_map(|s| &s.errors)
        .map(|(doc, field, gold, system)| {
            format!("ERR {doc} {field}: gold {gold} | system {system}\n")
        })
        .collect();
    std::fs::write(path, lines).with_context(|| format!("writing {}", path.display()))
}
