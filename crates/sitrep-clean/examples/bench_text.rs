//! Single-core throughput of plain-text cleaning on the BBC News articles.
//!
//! `cargo run --release -p sitrep-clean --example bench_text [-- PATH_TO_bbc-fulltext.tar.xz]`
//!
//! Loads every article into memory first, then times, on one thread, the
//! full `clean()` (decode, normalize, line classification, dateline, merge,
//! language id, hashing) and the line classifier alone (`text::clean_text`).
//! Each is run several times and the fastest pass is reported.

use std::io::Read;
use std::path::PathBuf;
use std::time::Instant;

use sitrep_core::{ContentKind, RawDocument, RawMetadata, Source, SourceFormat};

const PASSES: usize = 5;

fn default_archive() -> PathBuf {
    let shared = std::env::var_os("SITREP_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
    shared.join("data/bbc-news/bbc-fulltext.tar.xz")
}

fn load(path: &PathBuf) -> std::io::Result<Vec<(String, Vec<u8>)>> {
    let file = std::fs::File::open(path)?;
    let mut archive = tar::Archive::new(xz2::read::XzDecoder::new(file));
    let mut out = Vec::new();
    for entry in archive.entries()? {
        let mut entry = entry?;
        let name = entry.path()?.to_string_lossy().into_owned();
        if name.ends_with(".txt") && !name.ends_with("README.TXT") {
            let mut bytes = Vec::new();
            entry.read_to_end(&mut bytes)?;
            out.push((name, bytes));
        }
    }
    Ok(out)
}

fn main() {
    let path = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(default_archive);
    let articles = match load(&path) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("cannot read {}: {e}", path.display());
            std::process::exit(1);
        }
    };
    let total_bytes: usize = articles.iter().map(|(_, b)| b.len()).sum();
    let mb = total_bytes as f64 / 1e6;
    println!(
        "{} articles, {:.2} MB, {PASSES} passes, best pass reported",
        articles.len(),
        mb
    );

    let mut best_full = f64::MAX;
    let mut failed = 0;
    let mut removed = 0;
    for _ in 0..PASSES {
        failed = 0;
        removed = 0;
        let start = Instant::now();
        for (name, bytes) in &articles {
            let raw = RawDocument {
                source: Source {
                    path: name.clone(),
                    url: None,
                    format: SourceFormat::Text,
                    record: 0,
                },
                kind: ContentKind::Text,
                bytes: bytes.clone(),
                meta: RawMetadata::default(),
            };
            match sitrep_clean::clean(raw, &sitrep_clean::CleanOptions::default()) {
                Ok(doc) => removed += doc.removed.len(),
                Err(_) => failed += 1,
            }
        }
        best_full = best_full.min(start.elapsed().as_secs_f64());
    }
    println!(
        "clean():            {:>8.0} docs/s  {:>6.2} MB/s  ({failed} refused, {removed} lines removed)",
        articles.len() as f64 / best_full,
        mb / best_full
    );

    let texts: Vec<String> = articles
        .iter()
        .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
        .collect();
    let mut best_lines = f64::MAX;
    for _ in 0..PASSES {
        let start = Instant::now();
        let mut kept = 0usize;
        for text in &texts {
            kept += sitrep_clean::text::clean_text(text).text.len();
        }
        std::hint::black_box(kept);
        best_lines = best_lines.min(start.elapsed().as_secs_f64());
    }
    println!(
        "text::clean_text(): {:>8.0} docs/s  {:>6.2} MB/s",
        texts.len() as f64 / best_lines,
        mb / best_lines
    );
}
