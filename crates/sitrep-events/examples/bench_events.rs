//! Throughput of the full pipeline (clean, tokenize, tag/parse, NER, time)
//! with and without the attribution and events stages on BBC News texts
//! from the shared folder (the first N members of the archive).
//!
//! `cargo run --release -p sitrep-events --example bench_events [-- N]`

mod common;

use std::io::Read;
use std::time::{Duration, Instant};

use anyhow::Result;
use sitrep_core::Stage;
use sitrep_pipeline::{Depth, Pipeline};

fn main() -> Result<()> {
    let limit: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(300);
    let path = common::shared_dir().join("data/bbc-news/bbc-fulltext.tar.xz");
    let Ok(file) = std::fs::File::open(&path) else {
        eprintln!("skipping: {} not found", path.display());
        return Ok(());
    };
    let mut texts = Vec::new();
    let mut tar = tar::Archive::new(xz2::read::XzDecoder::new(file));
    for entry in tar.entries()? {
        let mut entry = entry?;
        let name = entry.path()?.to_string_lossy().into_owned();
        if name.ends_with(".txt") && !name.ends_with("README.TXT") {
            let mut bytes = Vec::new();
            entry.read_to_end(&mut bytes)?;
            texts.push((name, bytes));
            if texts.len() == limit {
                break;
            }
        }
    }
    let pipeline = Pipeline::standard(Depth::Full)?;
    let events = sitrep_events::EventStage::new();
    let attribution = sitrep_attrib::AttributionStage;
    let (mut base, mut extra, mut attrib) = (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    let mut found = 0;
    for (name, bytes) in &texts {
        let start = Instant::now();
        let mut doc = common::process(&pipeline, name, bytes)?;
        base += start.elapsed();
        let start = Instant::now();
        attribution.run(&mut doc);
        attrib += start.elapsed();
        let start = Instant::now();
        events.run(&mut doc);
        extra += start.elapsed();
        found += doc.layers.events.len();
    }
    let n = texts.len() as f64;
    println!("documents {}, events {found}", texts.len());
    println!(
        "pipeline without events: {:.1} docs/s ({:.2?})",
        n / base.as_secs_f64(),
        base
    );
    println!(
        "pipeline with events:    {:.1} docs/s ({:.2?})",
        n / (base + extra).as_secs_f64(),
        base + extra
    );
    println!(
        "events stage adds {:.2} % ({:.2?})",
        100.0 * extra.as_secs_f64() / base.as_secs_f64(),
        extra
    );
    println!(
        "attribution + events add {:.2} % ({:.2?})",
        100.0 * (attrib + extra).as_secs_f64() / base.as_secs_f64(),
        attrib + extra
    );
    Ok(())
}
