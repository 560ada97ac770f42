//! Throughput of the time + quantity stage on the BBC News texts (single thread).
//!
//! `cargo run --release -p sitrep-time --example bench -- [PATH.tar.xz] [ROUNDS]`
//!
//! Runs `TimeStage` on each of the 2,225 articles, `ROUNDS` times (default 5),
//! and prints the best round in documents/s, MB/s and words/s (words =
//! whitespace-separated tokens, a proxy for the tokenizer's count).

#![allow(clippy::unwrap_used)]

use std::io::Read;
use std::time::Instant;

use sitrep_core::{Doc, Source, SourceFormat, Stage};
use sitrep_time::TimeStage;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let default = match std::env::var_os("SITREP_SHARED") {
        Some(p) => std::path::PathBuf::from(p),
        None => std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared"),
    }
    .join("data/bbc-news/bbc-fulltext.tar.xz");
    let path = args
        .first()
        .map(std::path::PathBuf::from)
        .unwrap_or(default);
    let rounds: usize = args.get(1).and_then(|r| r.parse().ok()).unwrap_or(5);
    let mut tar = tar::Archive::new(xz2::read::XzDecoder::new(std::fs::File::open(&path)?));
    let mut texts = Vec::new();
    for entry in tar.entries()? {
        let mut entry = entry?;
        if entry.path()?.extension().is_some_and(|e| e == "txt") {
            let mut bytes = Vec::new();
            entry.read_to_end(&mut bytes)?;
            texts.push(String::from_utf8_lossy(&bytes).to_string());
        }
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
    let source = Source {
        path: "bench".into(),
        url: None,
        format: SourceFormat::Text,
        record: 0,
    };
    let mut docs: Vec<Doc> = texts
        .into_iter()
        .map(|t| Doc::new(String::new(), source.clone(), String::new(), t))
        .collect();
    let mut best = f64::MAX;
    let (mut times, mut quantities) = (0, 0);
    for _ in 0..rounds {
        let start = Instant::now();
        for d in docs.iter_mut() {
            TimeStage.run(d);
        }
        best = best.min(start.elapsed().as_secs_f64());
        times = docs.iter().map(|d| d.layers.times.len()).sum();
        quantities = docs.iter().map(|d| d.layers.quantities.len()).sum();
    }
    // Regression check between builds: `SITREP_TIME_DUMP=FILE` writes every
    // expression (document, span, type, value) so two builds can be diffed.
    if let Some(path) = std::env::var_os("SITREP_TIME_DUMP") {
        let mut dump = String::new();
        for (k, d) in docs.iter().enumerate() {
            for t in &d.layers.times {
                dump.push_str(&format!(
                    "{k}\t{}\t{}\t{:?}\t{}\n",
                    t.span.start, t.span.end, t.kind, t.value
                ));
            }
        }
        std::fs::write(path, dump)?;
    }
    println!(
        "{} docs, {:.1} MB, {} words; {} times, {} quantities",
        docs.len(),
        bytes as f64 / 1e6,
        words,
        times,
        quantities
    );
    println!(
        "best of {rounds}: {:.3} s = {:.0} docs/s, {:.1} MB/s, {:.2} M words/s",
        best,
        docs.len() as f64 / best,
        bytes as f64 / 1e6 / best,
        words as f64 / 1e6 / best
    );
    Ok(())
}
