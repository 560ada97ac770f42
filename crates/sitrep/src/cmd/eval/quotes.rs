//! `sitrep eval quotes --gold DIR`: attribution on a PolNeAR split folder
//! (`text/` + `attributions/`, brat standoff): Source, Cue and Content span
//! P/R/F1, exact and overlap, and attribution-level F1. The full pipeline
//! runs on each article's text as is, so offsets are those of the files.

use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result};
use sitrep_eval::brat::polnear;
use sitrep_pipeline::{Depth, Pipeline};

pub fn run(dir: &Path) -> Result<()> {
    let articles = polnear::load_split(dir)
        .with_context(|| format!("reading PolNeAR folder {}", dir.display()))?;
    let pipeline = Pipeline::standard(Depth::Full)?;
    let start = Instant::now();
    let counts = polnear::evaluate(&articles, |doc| pipeline.annotate(doc));
    println!(
        "PolNeAR {}: {} articles, {:.1} s\n",
        dir.display(),
        articles.len(),
        start.elapsed().as_secs_f64()
    );
    print!("{}", polnear::table(&counts));
    Ok(())
}
