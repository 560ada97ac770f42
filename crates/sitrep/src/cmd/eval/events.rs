//! `sitrep eval events --gold DIR [--split dev|test|all]`: the hand-built
//! events gold in `gold/events/` (see its README): detection and kind P/R/F1
//! (overall and per kind), and accuracy of actors, date, place, status, stage, PLOVER type and
//! `attributed_to` on the events found. Each gold document is ingested,
//! cleaned and annotated exactly as `sitrep extract` does it.

use std::path::Path;

use anyhow::Result;
use sitrep_events::eval::{read_gold, Scores};

use super::sources;

pub fn run(dir: &Path, shared: &Path, split: &str, show_errors: bool) -> Result<()> {
    let mut scores = Scores::default();
    sources::score_gold(dir, shared, split, read_gold, |_, doc, g| {
        scores.add(doc, g)
    })?;
    let (p, r, f) = scores.detection();
    let (kp, kr, kf) = scores.kind();
    let (ap, ar, af) = scores.actor_prf();
    println!(
        "split {split}: {} documents, {} gold events, {} system events, {} matched",
        scores.documents, scores.gold, scores.system, scores.matched
    );
    println!("detection   P {p:.3} R {r:.3} F1 {f:.3}");
    println!("kind        P {kp:.3} R {kr:.3} F1 {kf:.3}");
    println!("on matched events (accuracy):");
    for (name, ratio) in [
        ("actors", scores.actors),
        ("actor roles", scores.roles),
        ("date", scores.date),
        ("place", scores.place),
        ("status", scores.status),
        ("stage", scores.stage),
        ("plover", scores.plover),
        ("attributed_to", scores.attribution),
    ] {
        println!("{name:<14} {ratio}");
    }
    println!("actor mentions P {ap:.3} R {ar:.3} F1 {af:.3}");
    println!("by kind (gold / system / right):");
    for (kind, counts) in &scores.by_kind {
        let (p, r, f) = counts.prf();
        println!(
            "  {kind:<11} {:>4} {:>4} {:>4}  P {p:.3} R {r:.3} F1 {f:.3}",
            counts.gold, counts.system, counts.correct
        );
    }
    if show_errors {
        for (doc, field, gold, sys) in &scores.errors {
            println!("ERR {doc} {field}: gold {gold} | system {sys}");
        }
    }
    Ok(())
}
