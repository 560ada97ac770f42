//! Snapshot tests of `sitrep extract` on the project's own `examples/`.
//!
//! Each example document is reduced to the facts an analyst reads (metadata,
//! what was removed and why, entities, times, quantities, quotes, claims,
//! events), with the cited text beside every offset, so a diff of a snapshot
//! reads as a diff of findings. Update with `cargo insta review` (or
//! `INSTA_UPDATE=always`) after a deliberate change, and read the diff.

use std::path::Path;
use std::process::Command;

use serde_json::{json, Value};

/// Runs from the repository root with a relative path, so the snapshots
/// hold `examples/...` paths that are the same on every machine.
fn extract(relative: &str) -> Vec<Value> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let out = Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .current_dir(root)
        .arg("extract")
        .arg(relative)
        .output()
        .expect("running sitrep extract");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect()
}

/// The citation check every fact must pass: its offsets slice `text` to
/// exactly the string it reports.
fn cited(text: &[char], item: &Value) -> String {
    let start = item["start"].as_u64().unwrap_or(0) as usize;
    let end = item["end"].as_u64().unwrap_or(0) as usize;
    let slice: String = text
        .get(start..end)
        .map(|c| c.iter().collect())
        .unwrap_or_default();
    if let Some(reported) = item["text"].as_str() {
        assert_eq!(reported, slice, "offsets do not cite the reported text");
    }
    slice
}

fn summarize(doc: &Value) -> Value {
    let text: Vec<char> = doc["text"].as_str().unwrap_or("").chars().collect();
    let list = |key: &str| doc[key].as_array().cloned().unwrap_or_default();
    json!({
        "title": doc["title"],
        "published": doc["published"],
        "published_basis": doc["published_basis"],
        "language": doc["language"],
        "source": doc["source"],
        "removed": list("removed").iter().map(|r| format!("[{}] {}", r["reason"].as_str().unwrap_or(""), r["text"].as_str().unwrap_or(""))).collect::<Vec<_>>(),
        "sentences": list("sentences").len(),
        "entities": list("entities").iter().map(|e| format!("{} {} -> {}", e["label"].as_str().unwrap_or(""), cited(&text, e), e["canonical"].as_str().unwrap_or(""))).collect::<Vec<_>>(),
        "times": list("times").iter().map(|t| format!("{} {} = {}", t["type"].as_str().unwrap_or(""), cited(&text, t), t["value"].as_str().unwrap_or(""))).collect::<Vec<_>>(),
        "quantities": list("quantities").iter().map(|q| format!("{} = {} {} {}", cited(&text, q), q["approx"].as_str().unwrap_or(""), q["value"], q["unit"].as_str().unwrap_or("-"))).collect::<Vec<_>>(),
        "quotes": list("quotes").iter().map(|q| json!({
            "speaker": q["speaker"], "cue": q["cue"], "direct": q["direct"],
            "content": q["content"].as_str().map(|c| c.chars().take(60).collect::<String>()),
        })).collect::<Vec<_>>(),
        "claims": list("claims").iter().map(|c| format!("[{}] {}", c["attribution"].as_str().unwrap_or(""), c["cue"].as_str().unwrap_or("-"))).collect::<Vec<_>>(),
        "events": list("events").iter().map(|e| json!({
            "kind": e["kind"], "plover": e["plover"], "trigger": e["trigger"], "status": e["status"],
            "stage": e["stage"], "date": e["date"], "place": e["place"], "attributed_to": e["attributed_to"],
            "actors": e["actors"].as_array().into_iter().flatten().map(|a| format!("{}: {} ({})", a["role"].as_str().unwrap_or(""), a["name"].as_str().unwrap_or(""), a["country"].as_str().unwrap_or("-"))).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}

fn check(folder: &str) {
    let docs = extract(&format!("examples/{folder}"));
    assert!(!docs.is_empty(), "no documents in {folder}");
    let summaries: Vec<Value> = docs.iter().map(summarize).collect();
    insta::assert_json_snapshot!(folder, summaries);
}

#[test]
fn text_export() {
    check("text");
}

#[test]
fn html_page() {
    check("html");
}

#[test]
fn rss_feed() {
    check("feed");
}

#[test]
fn warc_file() {
    check("warc");
}

#[test]
fn jsonl_lines() {
    check("jsonl");
}
