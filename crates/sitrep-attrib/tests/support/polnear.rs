//! PolNeAR helpers for the tests and examples: the pure parts live in
//! `sitrep_eval::brat::polnear`; this adds running the pipeline.

// Each test or example that includes this module uses a different part of it.
#![allow(dead_code, unused_imports)]

use std::path::{Path, PathBuf};

pub use sitrep_eval::brat::polnear::{doc_for, load_split, table, to_brat, Article};
use sitrep_eval::brat::{self, AttributionCounts, Fragments};

/// The shared data folder: `SITREP_SHARED`, else `<workspace>/../shared`.
pub fn shared_dir() -> PathBuf {
    match std::env::var_os("SITREP_SHARED") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared"),
    }
}

/// Runs `pipeline` and the attribution stage on every article and adds up the counts.
pub fn evaluate(pipeline: &sitrep_pipeline::Pipeline, articles: &[Article]) -> AttributionCounts {
    use sitrep_core::Stage;
    let mut total = AttributionCounts::default();
    for a in articles {
        let mut doc = doc_for(&a.name, &a.text);
        pipeline.annotate(&mut doc);
        if !pipeline.stage_names().contains(&"attribution") {
            sitrep_attrib::AttributionStage.run(&mut doc);
        }
        total.add(&brat::score_doc(&to_brat(&doc), &a.gold));
    }
    total
}

/// Gold attributions whose content no prediction overlaps, as
/// `(cue text, source text, content start)` for error analysis.
pub fn misses(pipeline: &sitrep_pipeline::Pipeline, article: &Article) -> Vec<String> {
    use sitrep_core::Stage;
    let mut doc = doc_for(&article.name, &article.text);
    pipeline.annotate(&mut doc);
    sitrep_attrib::AttributionStage.run(&mut doc);
    let predicted = to_brat(&doc);
    let chars: Vec<char> = article.text.chars().collect();
    let text_of = |f: Option<&Fragments>| {
        f.map(|f| {
            f.iter()
                .map(|&(s, e)| {
                    chars
                        .get(s..e.min(chars.len()))
                        .map(|c| c.iter().collect::<String>())
                        .unwrap_or_default()
                })
                .collect::<Vec<_>>()
                .join(" … ")
        })
        .unwrap_or_default()
    };
    let overlaps = |a: &Fragments, b: &Fragments| {
        a.iter()
            .any(|&(s1, e1)| b.iter().any(|&(s2, e2)| s1 < e2 && s2 < e1))
    };
    let mut out = Vec::new();
    for g in &article.gold.attributions {
        let Some(gc) = g.content.as_ref() else {
            continue;
        };
        if predicted
            .iter()
            .any(|p| p.content.as_ref().is_some_and(|pc| overlaps(pc, gc)))
        {
            continue;
        }
        let content: String = text_of(Some(gc)).chars().take(90).collect();
        out.push(format!(
            "MISS cue={:?} src={:?} content={:?}",
            text_of(g.cue.as_ref()),
            text_of(g.source.as_ref()),
            content
        ));
    }
    for p in &predicted {
        let Some(pc) = p.content.as_ref() else {
            continue;
        };
        if article
            .gold
            .attributions
            .iter()
            .any(|g| g.content.as_ref().is_some_and(|gc| overlaps(pc, gc)))
        {
            continue;
        }
        let content: String = text_of(Some(pc)).chars().take(90).collect();
        out.push(format!(
            "FALSE cue={:?} src={:?} content={:?}",
            text_of(p.cue.as_ref()),
            text_of(p.source.as_ref()),
            content
        ));
    }
    out
}
