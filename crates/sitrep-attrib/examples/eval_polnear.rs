//! Scores the attribution stage on a PolNeAR split folder.
//!
//! `cargo run --release -p sitrep-attrib --example eval_polnear -- DIR [--limit N] [--misses] [--only NAMES_FILE]`
//! where DIR holds `text/` and `attributions/` (the dev folder as shipped,
//! or the train folder unpacked from `train-and-extra.tar.xz`). Runs the
//! full pipeline on each article's text and prints span P/R/F1 per role
//! (exact and overlap) and attribution-level F1.

#[path = "../tests/support/polnear.rs"]
mod polnear;

use std::path::PathBuf;
use std::time::Instant;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let mut dir: Option<PathBuf> = None;
    let mut limit = usize::MAX;
    // Print unmatched gold and predicted contents (error analysis).
    let mut show_misses = false;
    // Only the articles named in this file, one per line (held-out train).
    let mut only: Option<PathBuf> = None;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--misses" => show_misses = true,
            "--only" => {
                only = Some(PathBuf::from(
                    args.next()
                        .ok_or_else(|| anyhow::anyhow!("--only needs a file"))?,
                ))
            }
            "--limit" => {
                limit = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .ok_or_else(|| anyhow::anyhow!("--limit needs a number"))?
            }
            _ => dir = Some(PathBuf::from(arg)),
        }
    }
    let dir = dir.ok_or_else(|| anyhow::anyhow!("usage: eval_polnear DIR [--limit N]"))?;
    let mut articles = polnear::load_split(&dir)?;
    if let Some(list) = only {
        let names = std::fs::read_to_string(&list)?;
        let names: Vec<&str> = names.lines().collect();
        articles.retain(|a| names.contains(&a.name.as_str()));
    }
    articles.truncate(limit);
    let pipeline = sitrep_pipeline::Pipeline::standard(sitrep_pipeline::Depth::Full)?;
    if show_misses {
        for a in &articles {
            for line in polnear::misses(&pipeline, a) {
                println!("{}\t{line}", a.name);
            }
        }
    }
    let start = Instant::now();
    let counts = polnear::evaluate(&pipeline, &articles);
    println!(
        "PolNeAR {}: {} articles, {:.1} s\n",
        dir.display(),
        articles.len(),
        start.elapsed().as_secs_f64()
    );
    print!("{}", polnear::table(&counts));
    Ok(())
}
