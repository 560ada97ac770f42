//! Regression floor for HTML main-text extraction on the shared gold sets.
//! Skips (with a message) when the shared data folder is absent.

#[path = "../examples/common/mod.rs"]
mod common;

use sitrep_clean::html::extract;
use sitrep_eval::html::{count_snippets, token_prf, Prf, SnippetCounts};

/// Measured 0.929 on 2026-11-23 (docs/bench/html.md); the floor leaves
/// room for harmless drift, not for a regression.
const TRAFILATURA_EVAL_F1_FLOOR: f64 = 0.92;
/// Measured 0.961 mean token F1 over the 23 pages with gold text.
const NEWSPAPER4K_TOKEN_F1_FLOOR: f64 = 0.94;

#[test]
fn trafilatura_eval_snippet_f1_stays_above_floor() {
    let pages = match common::load_trafilatura_eval() {
        Ok(pages) => pages,
        Err(reason) => {
            eprintln!("skipping trafilatura-eval floor: {reason}");
            return;
        }
    };
    assert_eq!(pages.len(), 990);
    let mut total = SnippetCounts::default();
    for page in &pages {
        let text = extract(&page.html, Some(&page.url)).text;
        total.add(count_snippets(&page.with, &page.without, Some(&text)));
    }
    eprintln!(
        "trafilatura-eval: P {:.4} R {:.4} F1 {:.4}",
        total.precision(),
        total.recall(),
        total.f1()
    );
    assert!(
        total.f1() >= TRAFILATURA_EVAL_F1_FLOOR,
        "snippet F1 {:.4} fell below {TRAFILATURA_EVAL_F1_FLOOR}",
        total.f1()
    );
}

#[test]
fn newspaper4k_token_f1_stays_above_floor() {
    let pages = match common::load_newspaper4k() {
        Ok(pages) => pages,
        Err(reason) => {
            eprintln!("skipping newspaper4k floor: {reason}");
            return;
        }
    };
    let scores: Vec<Prf> = pages
        .iter()
        .filter_map(|page| {
            let gold = page.gold_text.as_ref()?;
            Some(token_prf(
                &extract(&page.html, page.url.as_deref()).text,
                gold,
            ))
        })
        .collect();
    let mean = Prf::mean(&scores);
    eprintln!(
        "newspaper4k: {} pages, token F1 {:.4}",
        scores.len(),
        mean.f1
    );
    assert!(
        mean.f1 >= NEWSPAPER4K_TOKEN_F1_FLOOR,
        "token F1 {:.4} fell below {NEWSPAPER4K_TOKEN_F1_FLOOR}",
        mean.f1
    );
}
