//! `sitrep ingest`: extract and store, skipping content already stored.
//!
//! Each document is committed on its own, so an interrupted run (even
//! `kill -9`) leaves only whole documents behind, and running the same
//! command again stores exactly what is missing.

use anyhow::{Context, Result};
use sitrep_core::content_hash;
use sitrep_pipeline::{Depth, Pipeline};
use sitrep_store::PutOutcome;

use super::extract::describe;
use super::Outcome;
use crate::progress;
use crate::summary::Summary;

pub fn run(inputs: &[String], db: &str) -> Result<Outcome> {
    let mut store = sitrep_store::open(db).with_context(|| format!("opening the store {db}"))?;
    let pipeline = Pipeline::standard(Depth::Full).context("starting the pipeline")?;
    let bar = progress::spinner("ingest");
    let mut summary = Summary::default();

    for item in sitrep_ingest::read_inputs(super::input_specs(inputs), super::default_limits()) {
        let raw = match item {
            Ok(raw) => raw,
            Err(err) => {
                summary.fail(&err.to_string(), &err.reason);
                store
                    .record_failure(&err.path, &err.reason)
                    .context("recording a failure in the store")?;
                continue;
            }
        };
        summary.read += 1;
        summary.bytes += raw.bytes.len() as u64;
        bar.inc(1);
        // Skip the expensive stages for content the store already has.
        if store
            .contains_content(&content_hash(&raw.bytes))
            .context("querying the store")?
        {
            summary.duplicates += 1;
            continue;
        }
        let label = describe(&raw.source);
        match pipeline.process(raw) {
            Ok(doc) => match store
                .put(&doc)
                .with_context(|| format!("storing {label}"))?
            {
                PutOutcome::Inserted => summary.stored += 1,
                PutOutcome::Duplicate => summary.duplicates += 1,
            },
            Err(err) => {
                let reason = err.to_string();
                summary.fail(&format!("{label}: {reason}"), &reason);
                store
                    .record_failure(&label, &reason)
                    .context("recording a failure in the store")?;
            }
        }
    }
    bar.finish_and_clear();
    eprintln!("sitrep ingest: {summary}\nstore: {db}");
    Ok(if summary.failed > 0 {
        Outcome::SomeFailed
    } else {
        Outcome::Clean
    })
}
