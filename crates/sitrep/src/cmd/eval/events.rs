//! `sitrep eval events --gold DIR [--split dev|test|all]`: the hand-built
//! events gold in `gold/events/` (see its README): detection and kind P/R/F1,
//! and accuracy of actors, date, place, status, stage, PLOVER type and
//! `attributed_to` on the events found. Each gold document is ingested,
//! cleaned and annotated exactly as `sitrep extract` does it.

use std::path::Path;

use anyhow::{Context, Result};
use sitrep_events::eval::{read_gold, GoldDoc, Ratio, Scores};
use sitrep_pipeline::{Depth, Pipeline};

use super::sources::{self, Sources};

pub fn run(dir: &Path, shared: &Path, split: &str, show_errors: bool) -> Result<()> {
    let mut gold: Vec<GoldDoc> = Vec::new();
    for (f, text) in sources::gold_files(dir, "jsonl")? {
        gold.extend(read_gold(&text).with_context(|| f.display().to_string())?);
    }
    gold.retain(|g| split == "all" || g.split == split);
    let pipeline = Pipeline::standard(Depth::Full)?;
    let mut sources = Sources::new(shared);
    let mut scores = Scores::default();
    for g in &gold {
        let doc = sources.process(&pipeline, &g.source, g.member.as_deref())?;
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
    let line =
        |name: &str, x: &Ratio| println!("{name:<14} {:.3} ({}/{})", x.value(), x.correct, x.total);
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
