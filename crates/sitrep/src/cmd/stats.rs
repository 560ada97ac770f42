//! `sitrep stats`: what the store holds.

use std::fmt::Write;

use anyhow::{Context, Result};
use sitrep_store::StoreStats;

use super::Outcome;

pub fn run(db: &str) -> Result<Outcome> {
    let store = sitrep_store::open(db).with_context(|| format!("opening the store {db}"))?;
    let stats = store.stats().context("reading store statistics")?;
    print!("store: {db}\n{}", render(&stats));
    Ok(Outcome::Clean)
}

fn render(s: &StoreStats) -> String {
    let mut out = String::new();
    let join = |m: &std::collections::BTreeMap<String, u64>| {
        m.iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let _ = writeln!(out, "documents:       {}", s.documents);
    let _ = writeln!(out, "  by format:     {}", join(&s.by_format));
    let _ = writeln!(out, "  by language:   {}", join(&s.by_language));
    if let (Some(a), Some(b)) = (&s.first_published, &s.last_published) {
        let _ = writeln!(out, "  published:     {a} .. {b}");
    }
    let _ = writeln!(out, "removed lines:   {}", s.removed_lines);
    let _ = writeln!(
        out,
        "annotations:     {} sentences, {} entities, {} times, {} quantities, {} quotes, {} claims, {} events",
        s.sentences, s.entities, s.times, s.quantities, s.quotes, s.claims, s.events
    );
    let _ = writeln!(out, "failed inputs:   {}", s.failures);
    if let Some(bytes) = s.db_size_bytes {
        let _ = writeln!(
            out,
            "size on disk:    {:.1} MiB",
            bytes as f64 / (1024.0 * 1024.0)
        );
    }
    out
}
