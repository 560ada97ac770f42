//! `sitrep eval quantities --gold DIR`: value, qualifier and counted-object
//! accuracy on the hand-built gold in `gold/quantities/` (see its README).
//!
//! Each gold text is annotated by the full pipeline, so the counted object
//! comes from the dependency parse as it does in `sitrep extract`. For every
//! gold row the predicted quantity overlapping it most is compared; a row
//! with no overlapping prediction counts as wrong on all three.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{bail, Context, Result};
use sitrep_core::{content_hash, doc_id, Approx, Doc, Quantity, Source, SourceFormat};
use sitrep_pipeline::{Depth, Pipeline};

use super::sources::Sources;

struct Row {
    path: String,
    start: usize,
    end: usize,
    value: f64,
    value_max: Option<f64>,
    qualifier: String,
    object: String,
}

pub fn run(gold_dir: &Path, shared: &Path, show_errors: bool) -> Result<()> {
    let rows = read_rows(gold_dir)?;
    if rows.is_empty() {
        bail!("no gold rows in {}", gold_dir.display());
    }
    let pipeline = Pipeline::standard(Depth::Full)?;
    let mut texts = Sources::new(shared);
    let mut annotated: BTreeMap<String, (String, Vec<Quantity>)> = BTreeMap::new();
    let (mut found, mut value_ok, mut qual_ok, mut obj_ok) = (0usize, 0usize, 0usize, 0usize);
    for r in &rows {
        if !annotated.contains_key(&r.path) {
            let text = String::from_utf8_lossy(&texts.bytes(&r.path)?).into_owned();
            let mut doc = Doc::new(
                doc_id(None, &content_hash(text.as_bytes())),
                Source {
                    path: r.path.clone(),
                    url: None,
                    format: SourceFormat::Text,
                    record: 0,
                },
                content_hash(text.as_bytes()),
                text.clone(),
            );
            pipeline.annotate(&mut doc);
            annotated.insert(r.path.clone(), (text, doc.layers.quantities));
        }
        let (text, quantities) = &annotated[&r.path];
        let (a, b) = (char_to_byte(text, r.start), char_to_byte(text, r.end));
        let best = quantities
            .iter()
            .filter(|q| q.span.start < b && a < q.span.end)
            .max_by_key(|q| q.span.end.min(b).saturating_sub(q.span.start.max(a)));
        let Some(q) = best else {
            if show_errors {
                println!("MISS\t{}\t{:?}", r.path, text.get(a..b).unwrap_or(""));
            }
            continue;
        };
        found += 1;
        let value = close(q.value, r.value)
            && match (q.value_max, r.value_max) {
                (None, None) => true,
                (Some(x), Some(y)) => close(x, y),
                _ => false,
            };
        let qualifier = approx_name(q.approx) == r.qualifier;
        let predicted_object = q
            .unit
            .as_deref()
            .map(str::to_lowercase)
            .unwrap_or_else(|| "-".into());
        let object = predicted_object == r.object;
        value_ok += usize::from(value);
        qual_ok += usize::from(qualifier);
        obj_ok += usize::from(object);
        if show_errors && !(value && qualifier && object) {
            println!(
                "WRONG\t{}\t{:?}\tgold {} {:?} {} {}\tpred {} {:?} {} {}",
                r.path,
                text.get(q.span.start..q.span.end).unwrap_or(""),
                r.value,
                r.value_max,
                r.qualifier,
                r.object,
                q.value,
                q.value_max,
                approx_name(q.approx),
                predicted_object
            );
        }
    }
    let n = rows.len() as f64;
    println!(
        "gold quantities {}  found {} ({:.1} %)",
        rows.len(),
        found,
        100.0 * found as f64 / n
    );
    println!("value accuracy     {:.1} %", 100.0 * value_ok as f64 / n);
    println!("qualifier accuracy {:.1} %", 100.0 * qual_ok as f64 / n);
    println!("object accuracy    {:.1} %", 100.0 * obj_ok as f64 / n);
    Ok(())
}

fn read_rows(dir: &Path) -> Result<Vec<Row>> {
    let mut rows = Vec::new();
    for (f, content) in super::sources::gold_files(dir, "tsv")? {
        for (n, line) in content.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let at = || format!("{}:{}", f.display(), n + 1);
            let c: Vec<&str> = line.split('\t').collect();
            if c.len() != 6 {
                bail!("{}: expected 6 tab-separated columns", at());
            }
            let number = |s: &str| {
                s.parse::<f64>()
                    .with_context(|| format!("{}: bad number {s:?}", at()))
            };
            let (value, value_max) = match c[3].split_once("..") {
                Some((a, b)) => (number(a)?, Some(number(b)?)),
                None => (number(c[3])?, None),
            };
            rows.push(Row {
                path: c[0].into(),
                start: c[1]
                    .parse()
                    .with_context(|| format!("{}: bad start", at()))?,
                end: c[2].parse().with_context(|| format!("{}: bad end", at()))?,
                value,
                value_max,
                qualifier: c[4].into(),
                object: c[5].to_lowercase(),
            });
        }
    }
    Ok(rows)
}

fn approx_name(a: Approx) -> &'static str {
    match a {
        Approx::Exact => "exact",
        Approx::MoreThan => "more_than",
        Approx::LessThan => "less_than",
        Approx::About => "about",
        Approx::AtLeast => "at_least",
        Approx::AtMost => "at_most",
        Approx::Range => "range",
    }
}

fn char_to_byte(text: &str, c: usize) -> usize {
    text.char_indices().nth(c).map_or(text.len(), |(b, _)| b)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}
