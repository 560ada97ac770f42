//! `sitrep eval speakers --gold DIR [--split dev|test|all]`: the hand-built
//! quotes gold (`gold/domain/quotes/`, see its README): are the quotations
//! found, are they direct or indirect, and is each given to the right
//! speaker. Each gold document is ingested, cleaned and annotated exactly
//! as `sitrep extract` does it. Gold speakers are spelt as sitrep spells
//! canonical names before they are compared: the annotators keep the
//! article's transliteration ("Aleksandr"), sitrep gives one form for all
//! of them ("Alexander").

use std::path::Path;

use anyhow::Result;
use sitrep_eval::speakers::{read_gold, SpeakerScores};
use sitrep_events::eval::Ratio;
use sitrep_nlp::ner::canonical::canonical_spelling;

use super::sources;

pub fn run(dir: &Path, shared: &Path, split: &str, show_errors: bool) -> Result<()> {
    let mut scores = SpeakerScores::default();
    sources::score_gold(dir, shared, split, read_gold, |name, doc, g| {
        let mut g = g.clone();
        for q in &mut g.quotes {
            q.speaker = canonical_spelling(&q.speaker);
        }
        scores.add(name, doc, &g)
    })?;
    println!(
        "split {split}: {} documents, {} gold quotes ({} direct), {} system quotes, {} matched ({} more parts of matched quotes)",
        scores.documents, scores.gold, scores.gold_direct, scores.system, scores.matched, scores.parts
    );
    let (p, r, f) = scores.detection();
    println!("found            P {p:.3} R {r:.3} F1 {f:.3}");
    let (p, r, f) = scores.attributed();
    println!("right speaker    P {p:.3} R {r:.3} F1 {f:.3}");
    let ratio = |correct: usize, total: usize| Ratio { correct, total };
    println!(
        "on matched quotes: speaker {}, direct/indirect {}",
        ratio(scores.speaker_right, scores.matched),
        ratio(scores.direct_right, scores.matched)
    );
    println!(
        "gold direct quotes found with the right speaker: {}",
        ratio(scores.direct_with_speaker, scores.gold_direct)
    );
    if show_errors {
        for (doc, at, what) in &scores.errors {
            println!("ERR {doc} @{at}: {what}");
        }
    }
    Ok(())
}
