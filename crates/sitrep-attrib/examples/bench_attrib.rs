//! Throughput of the attribution stage against the rest of the pipeline on
//! the BBC news articles.
//!
//! `cargo run --release -p sitrep-attrib --example bench_attrib [-- TARBALL]`
//! (default `<shared>/data/bbc-news/bbc-fulltext.tar.xz`). Each article's
//! text goes through the standard pipeline's stages (tokenize, tagger and
//! parser, NER, time), then the attribution stage; wall time is summed per part.

#[path = "../tests/support/polnear.rs"]
mod polnear;

use std::io::Read;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use sitrep_core::Stage;

fn main() -> anyhow::Result<()> {
    let path = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| polnear::shared_dir().join("data/bbc-news/bbc-fulltext.tar.xz"));
    let file =
        std::fs::File::open(&path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    let mut archive = tar::Archive::new(xz2::read::XzDecoder::new(file));
    let mut texts: Vec<(String, String)> = Vec::new();
    for entry in archive.entries()? {
        let mut entry = entry?;
        let name = entry.path()?.display().to_string();
        if !name.ends_with(".txt") || name.contains("README") {
            continue;
        }
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes)?;
        texts.push((name, String::from_utf8_lossy(&bytes).into_owned()));
    }
    let pipeline = sitrep_pipeline::Pipeline::standard(sitrep_pipeline::Depth::Full)?;
    let (mut before, mut attribution) = (Duration::ZERO, Duration::ZERO);
    let (mut quotes, mut claims, mut bytes) = (0usize, 0usize, 0usize);
    for (name, text) in &texts {
        let mut doc = polnear::doc_for(name, text);
        let start = Instant::now();
        pipeline.annotate(&mut doc);
        before += start.elapsed();
        let start = Instant::now();
        sitrep_attrib::AttributionStage.run(&mut doc);
        attribution += start.elapsed();
        quotes += doc.layers.quotes.len();
        claims += doc.layers.claims.len();
        bytes += text.len();
    }
    let n = texts.len() as f64;
    println!("{} BBC articles, {:.1} MB", texts.len(), bytes as f64 / 1e6);
    println!(
        "pipeline before attribution: {:.2} s ({:.0} docs/s)",
        before.as_secs_f64(),
        n / before.as_secs_f64()
    );
    println!(
        "attribution stage: {:.3} s ({:.0} docs/s)",
        attribution.as_secs_f64(),
        n / attribution.as_secs_f64()
    );
    println!(
        "attribution share of pipeline time: {:.1} %",
        100.0 * attribution.as_secs_f64() / (before + attribution).as_secs_f64()
    );
    println!("{quotes} quotes, {claims} claims");
    Ok(())
}
