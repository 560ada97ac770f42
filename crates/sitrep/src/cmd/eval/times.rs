//! `sitrep eval times --gold DIR`: TempEval-3 task A on TimeML files.
//!
//! Every `*.tml` under DIR is anchored on its document creation time (which
//! is excluded from scoring, as TempEval-3 does); sitrep's recognizer runs on
//! the text of `<TEXT>`. Prints strict/relaxed extraction P/R/F1 and type and
//! value accuracy and F1, per top-level folder and overall.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use sitrep_eval::timeml::{read_timeml, score_timexes, TimeCounts, Timex};
use sitrep_time::{find_times, Anchor};

pub fn run(root: &Path, show_errors: bool) -> Result<()> {
    let mut files = Vec::new();
    collect(root, &mut files);
    if files.is_empty() {
        bail!("no .tml files under {}", root.display());
    }
    let mut groups: BTreeMap<String, (usize, TimeCounts)> = BTreeMap::new();
    let mut total = TimeCounts::default();
    let mut seen = HashSet::new();
    for path in &files {
        // The release repeats one TimeBank file as a sample: count each document once.
        if !seen.insert(path.file_name().map(|n| n.to_os_string())) {
            continue;
        }
        let xml =
            std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        let doc = read_timeml(&xml).with_context(|| format!("parsing {}", path.display()))?;
        let anchor = doc.dct.as_deref().and_then(Anchor::parse);
        let predicted: Vec<Timex> = find_times(&doc.text, anchor.as_ref())
            .into_iter()
            .map(|t| Timex {
                start: t.span.start,
                end: t.span.end,
                kind: type_name(t.kind).to_string(),
                value: t.value,
                creation_time: false,
            })
            .collect();
        let (counts, pairs) = score_timexes(&doc.timexes, &predicted);
        if show_errors {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
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
                            let dct = doc.dct.as_deref().unwrap_or("");
                            println!(
                                "VALUE\t{name}\t{} | {}\t{} {}\t{} {}\tdct {dct}",
                                slice(g),
                                slice(q),
                                g.kind,
                                g.value,
                                q.kind,
                                q.value
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
            .strip_prefix(root)
            .ok()
            .and_then(|p| p.components().next())
            .filter(|_| path.parent() != Some(root))
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
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

fn type_name(kind: sitrep_core::TimeType) -> &'static str {
    match kind {
        sitrep_core::TimeType::Date => "DATE",
        sitrep_core::TimeType::Time => "TIME",
        sitrep_core::TimeType::Duration => "DURATION",
        sitrep_core::TimeType::Set => "SET",
    }
}

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
        c.gold, c.predicted, s.strict_precision, s.strict_recall, s.strict_f1, s.relaxed_precision, s.relaxed_recall,
        s.relaxed_f1, s.type_accuracy, s.type_f1, s.value_accuracy, s.value_f1
    );
}
