//! Single-core throughput of plain-text cleaning on the BBC News articles.
//!
//! `cargo run --release -p sitrep-clean --example bench_text [-- PATH_TO_bbc-fulltext.tar.xz]`
//!
//! Loads every article into memory first, then times, on one thread, the
//! full `clean()` (decode, normalize, line classification, dateline, merge,
//! language id, hashing) and the line classifier alone (`text::clean_text`).
//! Each is run several times and the fastest pass is reported, by wall
//! clock and, on Linux, by the thread's CPU time (which a machine shared
//! with other jobs inflates far less).

use std::io::Read;
use std::path::PathBuf;
use std::time::Instant;

use sitrep_core::{ContentKind, RawDocument, RawMetadata, Source, SourceFormat};

const PASSES: usize = 5;

/// CPU seconds (user + system) this thread has used, from
/// `/proc/thread-self/stat` (Linux; `USER_HZ` = 100), or `None` elsewhere.
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // Fields after the parenthesised command name; utime and stime are the
    // 14th and 15th fields of the whole line.
    let after_name = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

/// Runs `pass` [`PASSES`] times; the fastest wall-clock and CPU seconds.
fn best_of(mut pass: impl FnMut()) -> (f64, Option<f64>) {
    let mut best_wall = f64::MAX;
    let mut best_cpu: Option<f64> = None;
    for _ in 0..PASSES {
        let cpu_start = thread_cpu_seconds();
        let start = Instant::now();
        pass();
        best_wall = best_wall.min(start.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (cpu_start, thread_cpu_seconds()) {
            best_cpu = Some(best_cpu.map_or(b - a, |c: f64| c.min(b - a)));
        }
    }
    (best_wall, best_cpu)
}

fn rates(label: &str, docs: usize, mb: f64, (wall, cpu): (f64, Option<f64>)) {
    print!(
        "{label:<20} wall: {:>7.0} docs/s {:>6.2} MB/s",
        docs as f64 / wall,
        mb / wall
    );
    match cpu {
        Some(cpu) if cpu > 0.0 => println!(
            "   cpu: {:>7.0} docs/s {:>6.2} MB/s",
            docs as f64 / cpu,
            mb / cpu
        ),
        _ => println!(),
    }
}

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

    let mut failed = 0;
    let mut removed = 0;
    let full = best_of(|| {
        failed = 0;
        removed = 0;
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
    });
    rates("clean()", articles.len(), mb, full);
    println!("  ({failed} refused, {removed} lines removed)");

    let texts: Vec<String> = articles
        .iter()
        .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
        .collect();
    let lines_only = best_of(|| {
        let mut kept = 0usize;
        for text in &texts {
            kept += sitrep_clean::text::clean_text(text).text.len();
        }
        std::hint::black_box(kept);
    });
    rates("text::clean_text()", texts.len(), mb, lines_only);
}
