//! Quantity accuracy on the hand-built gold (`gold/quantities/*.tsv`).
//!
//! `cargo run --release -p sitrep-time --example eval_quantities -- gold/quantities [--errors]`
//!
//! For every gold row the predicted quantity overlapping the annotated number
//! (largest overlap) is compared: value (and upper bound for ranges),
//! qualifier, and object (normalized unit). A gold row with no overlapping
//! prediction counts as wrong on all three.

#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::io::Read;

use sitrep_core::{Approx, Quantity};
use sitrep_time::find_quantities;

fn shared_dir() -> std::path::PathBuf {
    match std::env::var_os("SITREP_SHARED") {
        Some(p) => p.into(),
        None => std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared"),
    }
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

struct Row {
    path: String,
    start: usize,
    end: usize,
    value: f64,
    value_max: Option<f64>,
    qualifier: String,
    object: String,
}

fn load_text(
    shared: &std::path::Path,
    spec: &str,
    archives: &mut BTreeMap<String, BTreeMap<String, String>>,
) -> Result<String, Box<dyn std::error::Error>> {
    match spec.split_once('#') {
        None => Ok(std::fs::read_to_string(shared.join(spec))?),
        Some((archive, member)) => {
            if !archives.contains_key(archive) {
                let file = std::fs::File::open(shared.join(archive))?;
                let mut tar = tar::Archive::new(xz2::read::XzDecoder::new(file));
                let mut members = BTreeMap::new();
                for entry in tar.entries()? {
                    let mut entry = entry?;
                    let name = entry.path()?.to_string_lossy().to_string();
                    let mut bytes = Vec::new();
                    entry.read_to_end(&mut bytes)?;
                    members.insert(name, String::from_utf8_lossy(&bytes).to_string());
                }
                archives.insert(archive.to_string(), members);
            }
            archives
                .get(archive)
                .and_then(|m| m.get(member))
                .cloned()
                .ok_or_else(|| format!("{member} not in {archive}").into())
        }
    }
}

fn char_to_byte(text: &str, c: usize) -> usize {
    text.char_indices().nth(c).map_or(text.len(), |(b, _)| b)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .cloned()
        .unwrap_or_else(|| "gold/quantities".into());
    let show_errors = args.iter().any(|a| a == "--errors");
    let shared = shared_dir();
    let mut rows = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
        .collect();
    files.sort();
    for f in &files {
        for (n, line) in std::fs::read_to_string(f)?.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let c: Vec<&str> = line.split('\t').collect();
            if c.len() != 6 {
                return Err(format!("{}:{}: expected 6 columns", f.display(), n + 1).into());
            }
            let (value, value_max) = match c[3].split_once("..") {
                Some((a, b)) => (a.parse()?, Some(b.parse()?)),
                None => (c[3].parse()?, None),
            };
            rows.push(Row {
                path: c[0].into(),
                start: c[1].parse()?,
                end: c[2].parse()?,
                value,
                value_max,
                qualifier: c[4].into(),
                object: c[5].to_lowercase(),
            });
        }
    }
    let mut archives = BTreeMap::new();
    let mut cache: BTreeMap<String, (String, Vec<Quantity>)> = BTreeMap::new();
    let (mut found, mut value_ok, mut qual_ok, mut obj_ok) = (0, 0, 0, 0);
    for r in &rows {
        if !cache.contains_key(&r.path) {
            let text = load_text(&shared, &r.path, &mut archives)?;
            let qs = find_quantities(&text, &[]);
            cache.insert(r.path.clone(), (text, qs));
        }
        let (text, qs) = &cache[&r.path];
        let (a, b) = (char_to_byte(text, r.start), char_to_byte(text, r.end));
        let best = qs
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
        let v = close(q.value, r.value)
            && match (q.value_max, r.value_max) {
                (None, None) => true,
                (Some(x), Some(y)) => close(x, y),
                _ => false,
            };
        let ql = approx_name(q.approx) == r.qualifier;
        let pred_obj = q
            .unit
            .as_deref()
            .map(str::to_lowercase)
            .unwrap_or_else(|| "-".into());
        let o = pred_obj == r.object;
        value_ok += usize::from(v);
        qual_ok += usize::from(ql);
        obj_ok += usize::from(o);
        if show_errors && !(v && ql && o) {
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
                pred_obj
            );
        }
    }
    let n = rows.len().max(1) as f64;
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
