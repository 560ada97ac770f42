//! Agreement between two annotations of the same documents.
//!
//! `cargo run --release -p sitrep-events --example agreement -- FIRST SECOND`
//!
//! FIRST and SECOND are events gold files or folders of them (JSONL, see
//! `gold/events/README.md`); only documents both annotate are compared,
//! FIRST playing the gold.

use std::path::Path;

use sitrep_events::agreement::Agreement;
use sitrep_events::eval::{read_gold, GoldDoc};

fn load(path: &Path) -> Result<Vec<GoldDoc>, Box<dyn std::error::Error>> {
    let files: Vec<_> = if path.is_dir() {
        let mut v: Vec<_> = std::fs::read_dir(path)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
            .collect();
        v.sort();
        v
    } else {
        vec![path.to_path_buf()]
    };
    let mut docs = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).map_err(|e| format!("{}: {e}", f.display()))?;
        docs.extend(read_gold(&text).map_err(|e| format!("{}: {e}", f.display()))?);
    }
    Ok(docs)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [first, second] = args.as_slice() else {
        return Err("usage: agreement FIRST SECOND (gold files or folders)".into());
    };
    let first = load(Path::new(first))?;
    let second = load(Path::new(second))?;
    let mut agreement = Agreement::default();
    for b in &second {
        let same = first
            .iter()
            .find(|a| a.source == b.source && a.member == b.member);
        match same {
            Some(a) => agreement.add(a, b),
            None => eprintln!("not in FIRST: {} {:?}", b.source, b.member),
        }
    }
    let a = &agreement;
    println!(
        "{} documents: {} events in the first annotation, {} in the second, {} paired",
        a.documents, a.first, a.second, a.matched
    );
    println!(
        "kind F1 {:.3} (second against first: P {:.3} R {:.3})",
        a.kind_f1(),
        a.kind_agrees as f64 / a.second.max(1) as f64,
        a.kind_agrees as f64 / a.first.max(1) as f64
    );
    println!("on paired events (accuracy):");
    for (name, ratio) in [
        ("actors", a.actors),
        ("date", a.date),
        ("place", a.place),
        ("status", a.status),
        ("stage", a.stage),
        ("attributed_to", a.attribution),
    ] {
        println!("{name:<14} {ratio}");
    }
    Ok(())
}
