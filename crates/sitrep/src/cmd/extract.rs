//! `sitrep extract`: the contract's JSONL on stdout, one object per document
//! in input order; failures on stderr, and the batch carries on.

use std::io::{self, BufWriter, Write};

use anyhow::{Context, Result};
use sitrep_core::{ContractOptions, DocJson};
use sitrep_pipeline::{Depth, Pipeline};

use super::Outcome;
use crate::progress;
use crate::summary::Summary;

pub fn run(inputs: &[String], layers: &[String], clean_only: bool) -> Result<Outcome> {
    let mut opts = ContractOptions::default();
    for layer in layers {
        match layer.as_str() {
            "tokens" => opts.tokens = true,
            other => anyhow::bail!("unknown layer `{other}` for --layers (known: tokens)"),
        }
    }
    let depth = if clean_only {
        Depth::Clean
    } else {
        Depth::Full
    };
    let pipeline = Pipeline::standard(depth).context("starting the pipeline")?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let bar = progress::spinner("extract");
    let mut summary = Summary::default();

    for item in sitrep_ingest::read_inputs(super::input_specs(inputs), super::default_limits()) {
        let raw = match item {
            Ok(raw) => raw,
            Err(err) => {
                summary.fail(&err.to_string(), &err.reason);
                continue;
            }
        };
        summary.read += 1;
        summary.bytes += raw.bytes.len() as u64;
        let label = describe(&raw.source);
        match pipeline.process(raw) {
            Ok(doc) => {
                if doc.diagnostics.iter().any(|d| d.stage == "pipeline") {
                    summary.note(
                        "not English: English-only stages skipped (see each document's `diagnostics`)"
                            .to_string(),
                    );
                }
                let json = DocJson::from_doc(&doc, opts);
                let written = serde_json::to_writer(&mut out, &json)
                    .map_err(io::Error::from)
                    .and_then(|_| out.write_all(b"\n"));
                if let Err(err) = written {
                    if err.kind() == io::ErrorKind::BrokenPipe {
                        return Ok(Outcome::Clean);
                    }
                    return Err(err).context("writing to stdout");
                }
            }
            Err(err) => {
                let reason = err.to_string();
                summary.fail(&format!("{label}: {reason}"), &reason);
            }
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    match out.flush() {
        Err(err) if err.kind() != io::ErrorKind::BrokenPipe => {
            return Err(err).context("writing to stdout")
        }
        _ => {}
    }
    eprintln!("sitrep extract: {summary}");
    Ok(if summary.failed > 0 {
        Outcome::SomeFailed
    } else {
        Outcome::Clean
    })
}

/// `path` or `path (record N)` for messages about one document.
pub fn describe(source: &sitrep_core::Source) -> String {
    match source.format {
        sitrep_core::SourceFormat::Warc
        | sitrep_core::SourceFormat::Feed
        | sitrep_core::SourceFormat::Jsonl => {
            format!("{} (record {})", source.path, source.record)
        }
        _ => source.path.clone(),
    }
}
