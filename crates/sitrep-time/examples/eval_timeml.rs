//! TempEval-3 task A on TimeML files.
//!
//! `cargo run --release -p sitrep-time --example eval_timeml -- DIR [--errors]`
//!
//! Reads every `*.tml` under DIR, anchors each document on its creation time,
//! runs the recognizer on the text of `<TEXT>` and prints strict/relaxed
//! extraction P/R/F1, type and value accuracy and F1, per top-level folder
//! and overall. `--errors` lists misses, false alarms and wrong values.

#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use sitrep_eval::timeml::{read_timeml, score_timexes, TimeCounts, Timex};
use sitrep_time::{find_times, Anchor};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "tml") {
            out.push(p);
        }
    }
}

fn print_row(name: &str, docs: usize, c: &TimeCounts) {
    let s = c.scores();
    println!(
        "{name:<10} docs {docs:>4} gold {:>5} pred {:>5} | strict P {:.3} R {:.3} F1 {:.3} | relaxed P {:.3} R {:.3} F1 {:.3} | type acc {:.3} F1 {:.3} | value acc {:.3} F1 {:.3}",
        c.gold, c.predicted, s.strict_precision, s.strict_recall, s.strict_f1, s.relaxed_precision, s.relaxed_recall, s.relaxed_f1, s.type_accuracy, s.type_f1, s.value_accuracy, s.value_f1
    );
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .ok_or("usage: eval_timeml DIR [--errors]")?;
    let show_errors = args.iter().any(|a| a == "--errors");
    let root = PathBuf::from(dir);
    let mut files = Vec::new();
    collect(&root, &mut files);
    if files.is_empty() {
        return Err(format!("no .tml files under {dir}").into());
    }
    let mut groups: std::collections::BTreeMap<String, (usize, TimeCounts)> = Default::default();
    let mut total = TimeCounts::default();
    let mut seen = std::collections::HashSet::new();
    for path in &files {
        // The release repeats one TimeBank file as a pipeline sample: count each document once.
        if !seen.insert(path.file_name().map(|n| n.to_os_string())) {
            continue;
        }
        let xml = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let doc = read_timeml(&xml).map_err(|e| format!("{}: {e}", path.display()))?;
        let anchor = doc.dct.as_deref().and_then(Anchor::parse);
        let predicted: Vec<Timex> = find_times(&doc.text, anchor.as_ref())
            .into_iter()
            .map(|t| Timex {
                start: t.span.start,
                end: t.span.end,
                kind: serde_json::to_value(t.kind)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default(),
                value: t.value,
                creation_time: false,
            })
            .collect();
        let (counts, pairs) = score_timexes(&doc.timexes, &predicted);
        if show_errors {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            let slice = |t: &Timex| {
                doc.text
                    .get(t.start..t.end)
                    .unwrap_or("")
                    .replace('\n', " ")
            };
            for (gi, g) in doc.timexes.iter().enumerate() {
                match pairs.iter().find(|p| p.gold == gi) {
                    None => println!("MISS\t{name}\t{}\t{}\t{}", slice(g), g.kind, g.value),
                    Some(p) => {
                        let q = &predicted[p.predicted];
                        if q.value != g.value || q.kind != g.kind {
                            println!(
                                "VALUE\t{name}\t{} | {}\t{} {}\t{} {}\tdct {}",
                                slice(g),
                                slice(q),
                                g.kind,
                                g.value,
                                q.kind,
                                q.value,
                                doc.dct.as_deref().unwrap_or("")
                            );
                        }
                    }
                }
            }
            for (pi, q) in predicted.iter().enumerate() {
                if !pairs.iter().any(|p| p.predicted == pi) {
                    println!("FALSE\t{name}\t{}\t{}\t{}", slice(q), q.kind, q.value);
                }
            }
        }
        let group = path
            .strip_prefix(&root)
            .ok()
            .and_then(|p| p.components().next())
            .filter(|_| path.parent() != Some(root.as_path()))
            .map(|c| c.as_os_str().to_string_lossy().to_string())
            .unwrap_or_else(|| ".".into());
        let entry = groups.entry(group).or_default();
        entry.0 += 1;
        entry.1.add(counts);
        total.add(counts);
    }
    for (name, (docs, c)) in &groups {
        print_row(name, *docs, c);
    }
    print_row("all", seen.len(), &total);
    Ok(())
}
