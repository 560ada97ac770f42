//! `sitrep-bench`: throughput of the whole pipeline and of each stage.
//!
//! ```text
//! cargo run --release -p sitrep --bin sitrep-bench -- ../shared/data/bbc-news/bbc-fulltext.tar.xz
//! cargo run --release -p sitrep --bin sitrep-bench -- --depth clean examples/
//! ```
//!
//! Inputs are read fully into memory first (a `.tar.xz` archive's members, or
//! anything `sitrep extract` reads), so the figures measure processing, not
//! disk or decompression. Runs on one thread: figures are single-core.

use std::io::Read;
use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use sitrep_core::RawDocument;
use sitrep_ingest::{InputSpec, Limits};
use sitrep_pipeline::{Depth, Pipeline, StageTimes};

fn main() -> Result<()> {
    let mut depth = Depth::Full;
    let mut repeat = 1usize;
    let mut inputs = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--depth" => {
                depth = match args.next().as_deref() {
                    Some("clean") => Depth::Clean,
                    Some("full") => Depth::Full,
                    other => bail!("--depth takes clean|full, not {other:?}"),
                }
            }
            "--repeat" => repeat = args.next().context("--repeat needs a number")?.parse()?,
            "-h" | "--help" => {
                println!("usage: sitrep-bench [--depth clean|full] [--repeat N] INPUT...");
                return Ok(());
            }
            _ => inputs.push(arg),
        }
    }
    if inputs.is_empty() {
        bail!("no inputs; try ../shared/data/bbc-news/bbc-fulltext.tar.xz");
    }

    let load_start = Instant::now();
    let pipeline = Pipeline::standard(depth)?;
    let load = load_start.elapsed();
    let docs = load_inputs(&inputs)?;
    let bytes: usize = docs.iter().map(|d| d.bytes.len()).sum();
    eprintln!(
        "loaded {} documents ({:.1} MB) in memory",
        docs.len(),
        bytes as f64 / 1e6
    );

    let mut times = StageTimes::default();
    let (mut tokens, mut failed, mut processed) = (0usize, 0usize, 0usize);
    let wall_start = Instant::now();
    for _ in 0..repeat {
        for raw in &docs {
            match pipeline.process_timed(raw.clone(), &mut times) {
                Ok(doc) => {
                    tokens += doc.layers.tokens.len();
                    processed += 1;
                }
                Err(_) => failed += 1,
            }
        }
    }
    let wall = wall_start.elapsed();
    report(
        &pipeline,
        load,
        wall,
        &times,
        processed,
        failed,
        bytes * repeat,
        tokens,
    );
    Ok(())
}

fn load_inputs(inputs: &[String]) -> Result<Vec<RawDocument>> {
    let mut docs = Vec::new();
    for input in inputs {
        if input.ends_with(".tar.xz") {
            let file = std::fs::File::open(input).with_context(|| format!("opening {input}"))?;
            let mut archive = tar::Archive::new(xz2::read::XzDecoder::new(file));
            for entry in archive
                .entries()
                .with_context(|| format!("reading {input}"))?
            {
                let mut entry = entry?;
                if !entry.header().entry_type().is_file() {
                    continue;
                }
                let name = format!("{input}/{}", entry.path()?.display());
                if !Path::new(&name)
                    .extension()
                    .is_some_and(|e| e == "txt" || e == "html" || e == "htm")
                {
                    continue;
                }
                let mut bytes = Vec::new();
                entry.read_to_end(&mut bytes)?;
                docs.extend(sitrep_ingest::read_bytes(&name, &bytes, Limits::default()).flatten());
            }
        } else {
            let spec = vec![InputSpec::parse(input)];
            docs.extend(sitrep_ingest::read_inputs(spec, Limits::default()).flatten());
        }
    }
    Ok(docs)
}

#[allow(clippy::too_many_arguments)]
fn report(
    pipeline: &Pipeline,
    load: Duration,
    wall: Duration,
    times: &StageTimes,
    docs: usize,
    failed: usize,
    bytes: usize,
    tokens: usize,
) {
    let secs = wall.as_secs_f64().max(1e-9);
    println!("stages: clean -> {}", pipeline.stage_names().join(" -> "));
    println!("model load: {:.1} ms", load.as_secs_f64() * 1e3);
    println!(
        "documents: {docs} ({failed} failed), {:.1} MB, {tokens} tokens in {secs:.2} s",
        bytes as f64 / 1e6
    );
    println!(
        "throughput: {:.1} docs/s, {:.2} MB/s, {:.0} tokens/s",
        docs as f64 / secs,
        bytes as f64 / 1e6 / secs,
        tokens as f64 / secs
    );
    let total = times.total().as_secs_f64().max(1e-9);
    println!(
        "{:<14} {:>9} {:>7} {:>14}",
        "step", "seconds", "share", "tokens/s"
    );
    for (name, took) in &times.steps {
        let s = took.as_secs_f64();
        println!(
            "{name:<14} {s:>9.3} {:>6.1}% {:>14.0}",
            100.0 * s / total,
            tokens as f64 / s.max(1e-9)
        );
    }
    if let Some(peak) = peak_rss_kib() {
        println!("peak RSS: {:.1} MiB", peak as f64 / 1024.0);
    }
}

/// Peak resident set size from `/proc/self/status` (Linux only).
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
