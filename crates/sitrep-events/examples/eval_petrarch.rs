//! Runs sitrep's events stage on the PETRARCH2 unit-test sentences and
//! compares its PLOVER types with their CAMEO codes mapped to PLOVER.
//!
//! `cargo run --release -p sitrep-events --example eval_petrarch [-- --list]`
//!
//! Reads `data/petrarch2/text/PETR.UnitTest.records.xml` and the actor
//! dictionary `data/petrarch2/dictionaries/PETR.Validate.actors.txt` from
//! the shared folder (skips when absent).

mod common;

use std::collections::{BTreeMap, HashMap};

use anyhow::Result;
use sitrep_core::{ActorRole, Doc, Published, PublishedBasis, Source, SourceFormat};
use sitrep_pipeline::{Depth, Pipeline};

/// CAMEO root (two digits) to PLOVER. Statements (01) have no PLOVER type.
fn cameo_root_to_plover(root: u32) -> Option<&'static str> {
    Some(match root {
        1 => "",
        2 | 10 => "REQUEST",
        3 => "AGREE",
        4 => "CONSULT",
        5 | 6 => "COOPERATE",
        7 => "AID",
        8 => "CONCEDE",
        9 | 11 => "ACCUSE",
        12 => "REJECT",
        13 => "THREATEN",
        14 => "PROTEST",
        15 => "MOBILIZE",
        16 => "SANCTION",
        17 => "COERCE",
        18..=20 => "ASSAULT",
        _ => return None,
    })
}

/// CAMEO code to PLOVER, with the sub-codes the ontologies split
/// differently: 036 (intent to meet) is CONSULT, 057 (sign formal
/// agreement) SUPPORT, as sitrep codes signed agreements.
fn cameo_to_plover(code: &str) -> Option<&'static str> {
    match code {
        "036" => return Some("CONSULT"),
        "057" => return Some("SUPPORT"),
        _ => {}
    }
    let root: u32 = match code.as_bytes().first()? {
        b'0' => code.get(1..2)?.parse().ok()?,
        _ => code.get(0..2)?.parse().ok()?,
    };
    cameo_root_to_plover(root)
}

struct Record {
    id: String,
    date: String,
    text: String,
    /// (source, target, CAMEO code)
    codings: Vec<(String, String, String)>,
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!("{name}=\"");
    let at = tag.find(&key)? + key.len();
    let end = tag[at..].find('"')? + at;
    Some(tag[at..end].to_string())
}

fn records(xml: &str) -> Vec<Record> {
    let mut out = Vec::new();
    for chunk in xml.split("<Sentence ").skip(1) {
        let Some(head_end) = chunk.find('>') else {
            continue;
        };
        let head = &chunk[..head_end];
        let text = chunk
            .split("<Text>")
            .nth(1)
            .and_then(|t| t.split("</Text>").next())
            .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
            .unwrap_or_default();
        let codings = chunk
            .split("<EventCoding ")
            .skip(1)
            .filter_map(|c| {
                let tag = &c[..c.find('>')?];
                Some((
                    attr(tag, "sourcecode")?,
                    attr(tag, "targetcode")?,
                    attr(tag, "eventcode")?,
                ))
            })
            .collect();
        out.push(Record {
            id: attr(head, "id").unwrap_or_default(),
            date: attr(head, "date").unwrap_or_default(),
            text,
            codings,
        });
    }
    out
}

/// Actor dictionary: NAME (underscores for spaces) to its code.
fn actor_codes(dict: &str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    let mut last_code = String::new();
    for line in dict.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() || line.starts_with('<') {
            continue;
        }
        let (name, rest) = match line.find('[') {
            Some(i) => (line[..i].trim(), &line[i + 1..]),
            None => (line, ""),
        };
        if let Some(end) = rest.find(']') {
            last_code = rest[..end]
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_string();
        }
        let name = name
            .trim_start_matches('+')
            .trim_end_matches('_')
            .replace('_', " ");
        if !name.is_empty() && !last_code.is_empty() {
            out.insert(name.to_uppercase(), last_code.clone());
        }
    }
    out
}

fn main() -> Result<()> {
    let list = std::env::args().any(|a| a == "--list");
    let dir = common::shared_dir().join("data/petrarch2");
    let Ok(xml) = std::fs::read_to_string(dir.join("text/PETR.UnitTest.records.xml")) else {
        eprintln!("skipping: {} not found", dir.display());
        return Ok(());
    };
    let dict = std::fs::read_to_string(dir.join("dictionaries/PETR.Validate.actors.txt"))?;
    let codes = actor_codes(&dict);
    let pipeline = Pipeline::standard(Depth::Full)?;
    let events = (!pipeline.stage_names().contains(&"events")).then(sitrep_events::EventStage::new);
    let records = records(&xml);
    let (mut coded, mut code_hits, mut noevent, mut noevent_fp) = (0, 0, 0, 0);
    let (mut tp, mut sys_n, mut gold_n) = (0usize, 0usize, 0usize);
    let mut confusion: BTreeMap<(String, String), usize> = BTreeMap::new();
    for r in &records {
        let mut doc = Doc::new(
            r.id.clone(),
            Source {
                path: r.id.clone(),
                url: None,
                format: SourceFormat::Text,
                record: 0,
            },
            String::new(),
            r.text.clone(),
        );
        if r.date.len() == 8 {
            doc.meta.published = Some(Published {
                value: format!("{}-{}-{}", &r.date[..4], &r.date[4..6], &r.date[6..]),
                basis: PublishedBasis::Metadata,
                evidence: None,
            });
        }
        doc.meta.language = Some("en".into());
        pipeline.annotate(&mut doc);
        if let Some(stage) = &events {
            sitrep_core::Stage::run(stage, &mut doc);
        }
        let code_of = |name: &str| -> String {
            let key = name.to_uppercase();
            codes
                .get(&key)
                .map(|c| c.chars().take(3).collect())
                .unwrap_or_else(|| "---".into())
        };
        // CAMEO codes a symmetric event once per direction (A->B and B->A),
        // sitrep once with participants: expand participants to both
        // directions. Negated events are not events to CAMEO.
        let mut sys: Vec<(String, String, String)> = Vec::new();
        for e in doc.layers.events.iter() {
            if e.plover.is_empty() || e.status == sitrep_core::EventStatus::Negated {
                continue;
            }
            let codes_with = |roles: &[ActorRole]| -> Vec<String> {
                let mut out: Vec<String> = e
                    .actors
                    .iter()
                    .filter(|a| roles.contains(&a.role))
                    .map(|a| code_of(&a.name))
                    .collect();
                out.dedup();
                out
            };
            let sources = codes_with(&[ActorRole::Source]);
            let targets = codes_with(&[ActorRole::Target]);
            let participants = codes_with(&[ActorRole::Participant]);
            let before = sys.len();
            for s in sources.iter().chain(participants.iter()) {
                for t in targets
                    .iter()
                    .chain(participants.iter())
                    .filter(|t| *t != s)
                {
                    sys.push((s.clone(), t.clone(), e.plover.clone()));
                }
            }
            if sys.len() == before {
                let s = sources
                    .first()
                    .or(participants.first())
                    .cloned()
                    .unwrap_or_else(|| "---".into());
                let t = targets.first().cloned().unwrap_or_else(|| "---".into());
                sys.push((s, t, e.plover.clone()));
            }
        }
        let gold: Vec<(String, String, String)> = r
            .codings
            .iter()
            .filter_map(|(s, t, c)| {
                let p = cameo_to_plover(c)?;
                (!p.is_empty()).then(|| {
                    (
                        s.chars().take(3).collect(),
                        t.chars().take(3).collect(),
                        p.to_string(),
                    )
                })
            })
            .collect();
        if r.codings.is_empty() {
            noevent += 1;
            noevent_fp += usize::from(!sys.is_empty());
        }
        if !gold.is_empty() {
            coded += 1;
            let gold_type = &gold[0].2;
            let hit = sys.iter().any(|s| &s.2 == gold_type);
            code_hits += usize::from(hit);
            let got = sys
                .first()
                .map(|s| s.2.clone())
                .unwrap_or_else(|| "(none)".into());
            *confusion
                .entry((
                    gold_type.clone(),
                    if hit { gold_type.clone() } else { got.clone() },
                ))
                .or_default() += 1;
            if list && !hit {
                println!("MISS {} gold {:?} system {:?}", r.id, gold, sys);
            }
        }
        gold_n += gold.len();
        sys_n += sys.len();
        let mut used = vec![false; sys.len()];
        for g in &gold {
            if let Some(i) = (0..sys.len()).find(|i| !used[*i] && sys[*i] == *g) {
                used[i] = true;
                tp += 1;
            }
        }
    }
    let p = if sys_n == 0 {
        0.0
    } else {
        tp as f64 / sys_n as f64
    };
    let rr = if gold_n == 0 {
        0.0
    } else {
        tp as f64 / gold_n as f64
    };
    let f = if p + rr == 0.0 {
        0.0
    } else {
        2.0 * p * rr / (p + rr)
    };
    println!(
        "records {} (with a PLOVER-mappable gold coding: {coded}; noevents: {noevent})",
        records.len()
    );
    println!(
        "PLOVER type agreement (root level): {:.3} ({code_hits}/{coded})",
        code_hits as f64 / coded.max(1) as f64
    );
    println!("noevents records with a sitrep event: {noevent_fp}/{noevent}");
    println!("(source, target, PLOVER) triples: P {p:.3} R {rr:.3} F1 {f:.3} (tp {tp}, system {sys_n}, gold {gold_n})");
    println!("gold PLOVER -> sitrep (first event, or the gold type when any event agrees):");
    for ((g, s), n) in &confusion {
        println!("  {g:<10} -> {s:<10} {n}");
    }
    Ok(())
}
