//! `sitrep eval speakers --gold DIR [--split dev|test|all]`: the hand-built
//! quotes gold (`gold/domain/quotes/`, see its README): are the quotations
//! found, are they direct or indirect, and is each given to the right
//! speaker. Each gold document is ingested, cleaned and annotated exactly
//! as `sitrep extract` does it.

use std::path::Path;

use anyhow::Result;
use sitrep_eval::speakers::{read_gold, SpeakerScores};

use super::sources;

pub fn run(dir: &Path, shared: &Path, split: &str, show_errors: bool) -> Result<()> {
    let mut scores = SpeakerScores::default();
    sources::score_gold(dir, shared, split, read_gold, |name, doc, g| {
        scores.add(name, doc, g)
    })?;
    println!(
        "split {split}: {} documents, {} gold quotes ({} direct), {} system quotes, {} matched ({} more parts of matched quotes)",
        scores.documents, scores.gold, scores.gold_direct, scores.system, scores.matched, scores.parts
    );
    let (p, r, f) = scores.detection();
    println!("found            P {p:.3} R {r:.3} F1 {f:.3}");
    let (p, r, f) = scores.attributed();
    println!("right speaker    P {p:.3} R {r:.3} F1 {f:.3}");
    let share = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    println!(
        "on matched quotes: speaker {:.3} ({}/{}), direct/indirect {:.3} ({}/{})",
        share(scores.speaker_right, scores.matched),
        scores.speaker_right,
        scores.matched,
        share(scores.direct_right, scores.matched),
        scores.direct_right,
        scores.matched
    );
    println!(
        "gold direct quotes found with the right speaker: {:.3} ({}/{})",
        share(scores.direct_with_speaker, scores.gold_direct),
        scores.direct_with_speaker,
        scores.gold_direct
    );
    if show_errors {
        for (doc, at, what) in &scores.errors {
            println!("ERR {doc} @{at}: {what}");
        }
    }
    Ok(())
}
