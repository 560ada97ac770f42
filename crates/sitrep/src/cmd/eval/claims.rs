//! `sitrep eval claims --gold DIR [--split dev|test|all]`: the hand-built
//! claims gold in `gold/claims/` (see its README): which sentences are
//! claims (detection P/R/F1), with which attribution (labelled P/R/F1, per
//! class, confusion) and whether the cue is the right words. Each gold
//! document is ingested, cleaned and annotated exactly as `sitrep extract`
//! does it.

use std::path::Path;

use anyhow::Result;
use sitrep_eval::claims::{read_gold, ClaimScores, ATTRIBUTIONS};

use super::sources;

pub fn run(dir: &Path, shared: &Path, split: &str, show_errors: bool) -> Result<()> {
    let mut scores = ClaimScores::default();
    sources::score_gold(dir, shared, split, read_gold, |name, doc, g| {
        scores.add(name, doc, g)
    })?;
    println!(
        "split {split}: {} documents, {} gold claims, {} system claims, {} matched by sentence",
        scores.documents, scores.gold, scores.system, scores.matched
    );
    let (p, r, f) = scores.detection();
    println!("detection     P {p:.3} R {r:.3} F1 {f:.3}");
    let (p, r, f) = scores.labelled_prf();
    println!("attribution   P {p:.3} R {r:.3} F1 {f:.3}");
    for a in ATTRIBUTIONS {
        let (p, r, f) = scores.class_prf(a);
        let name = format!("{a:?}").to_lowercase();
        println!("  {name:<13}P {p:.3} R {r:.3} F1 {f:.3}");
    }
    let cue = if scores.cues_scored == 0 {
        0.0
    } else {
        scores.cues_right as f64 / scores.cues_scored as f64
    };
    println!(
        "cue overlaps  {cue:.3} ({}/{}) on labelled matches with a gold cue",
        scores.cues_right, scores.cues_scored
    );
    println!("confusion (rows gold, columns system: source hedged unattributed)");
    for (a, row) in ATTRIBUTIONS.iter().zip(&scores.confusion) {
        let name = format!("{a:?}").to_lowercase();
        println!("  {name:<13}{:>7}{:>7}{:>7}", row[0], row[1], row[2]);
    }
    if show_errors {
        for (doc, at, what) in &scores.errors {
            println!("ERR {doc} @{at}: {what}");
        }
    }
    Ok(())
}
