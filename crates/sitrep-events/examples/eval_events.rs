//! Scores the events stage against the hand-built gold in `gold/events/`.
//!
//! `cargo run --release -p sitrep-events --example eval_events -- gold/events [--split dev|test|all] [--errors]`

mod common;

use std::collections::BTreeMap;

use anyhow::{Context, Result};
use sitrep_events::eval::{read_gold, GoldDoc, Scores};

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .cloned()
        .unwrap_or_else(|| "gold/events".into());
    let split = args
        .iter()
        .position(|a| a == "--split")
        .and_then(|i| args.get(i + 1))
        .cloned()
        .unwrap_or_else(|| "all".into());
    let show_errors = args.iter().any(|a| a == "--errors");
    let mut gold: Vec<GoldDoc> = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .with_context(|| format!("reading {dir}"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    for f in files {
        let text = std::fs::read_to_string(&f)?;
        gold.extend(read_gold(&text).with_context(|| f.display().to_string())?);
    }
    gold.retain(|g| split == "all" || g.split == split);
    if !common::shared_dir().exists() {
        eprintln!(
            "skipping: shared data folder {} not found",
            common::shared_dir().display()
        );
        return Ok(());
    }
    // Archive members, read in one pass per archive.
    let mut wanted: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for g in &gold {
        if let Some(m) = &g.member {
            wanted.entry(g.source.clone()).or_default().push(m.clone());
        }
    }
    let mut members = BTreeMap::new();
    for (archive, names) in &wanted {
        members.insert(archive.clone(), common::archive_members(archive, names)?);
    }
    let annotator = common::Annotator::new()?;
    let mut scores = Scores::default();
    for g in &gold {
        let bytes = match &g.member {
            Some(m) => members
                .get(&g.source)
                .and_then(|found| found.get(m))
                .cloned()
                .with_context(|| format!("{m} not in {}", g.source))?,
            None => common::source_bytes(&g.source, None)?,
        };
        let doc = annotator.process(g.member.as_deref().unwrap_or(&g.source), &bytes)?;
        scores.add(&doc, g);
    }
    let (p, r, f) = scores.detection();
    let (kp, kr, kf) = scores.kind();
    let (ap, ar, af) = scores.actor_prf();
    println!(
        "split {split}: {} documents, {} gold events, {} system events, {} matched",
        scores.documents, scores.gold, scores.system, scores.matched
    );
    println!("detection   P {p:.3} R {r:.3} F1 {f:.3}");
    println!("kind        P {kp:.3} R {kr:.3} F1 {kf:.3}");
    let line = |name: &str, x: &sitrep_events::eval::Ratio| {
        println!("{name:<14} {:.3} ({}/{})", x.value(), x.correct, x.total)
    };
    println!("on matched events (accuracy):");
    line("actors", &scores.actors);
    line("actor roles", &scores.roles);
    line("date", &scores.date);
    line("place", &scores.place);
    line("status", &scores.status);
    line("stage", &scores.stage);
    line("plover", &scores.plover);
    line("attributed_to", &scores.attribution);
    println!("actor mentions P {ap:.3} R {ar:.3} F1 {af:.3}");
    if show_errors {
        for (doc, field, gold, sys) in &scores.errors {
            println!("ERR {doc} {field}: gold {gold} | system {sys}");
        }
    }
    Ok(())
}
