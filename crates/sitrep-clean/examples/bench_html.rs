//! Single-thread throughput of `sitrep_clean::html::extract` on the 990
//! trafilatura-eval pages (already decoded; parsing + scoring + metadata).
//!
//! ```text
//! cargo run --release -p sitrep-clean --example bench_html -- [ROUNDS]
//! ```

mod common;

use std::time::Instant;

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|r| r.parse().ok())
        .unwrap_or(3);
    let pages = match common::load_trafilatura_eval() {
        Ok(pages) => pages,
        Err(reason) => {
            eprintln!("bench_html: skipped: {reason}");
            return;
        }
    };
    let bytes: usize = pages.iter().map(|p| p.html.len()).sum();
    let mut best = f64::INFINITY;
    let mut checksum = 0usize;
    for round in 1..=rounds {
        let started = Instant::now();
        for page in &pages {
            checksum = checksum.wrapping_add(
                sitrep_clean::html::extract(&page.html, Some(&page.url))
                    .text
                    .len(),
            );
        }
        let seconds = started.elapsed().as_secs_f64();
        best = best.min(seconds);
        eprintln!("round {round}: {seconds:.3} s");
    }
    println!(
        "extract: {} pages, {:.1} MB decoded HTML, best of {rounds}: {:.3} s = {:.1} docs/s, {:.2} MB/s (checksum {checksum})",
        pages.len(),
        bytes as f64 / 1e6,
        best,
        pages.len() as f64 / best,
        bytes as f64 / 1e6 / best
    );
}
