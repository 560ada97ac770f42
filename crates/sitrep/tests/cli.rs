//! End-to-end tests of the `sitrep` binary: the contract on stdout, one error
//! line per bad input on stderr, the exit status, and the store's
//! idempotence. One test binary for the whole CLI, as ripgrep does.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn sitrep() -> Command {
    Command::new(env!("CARGO_BIN_EXE_sitrep"))
}

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

fn run(cmd: &mut Command) -> (Output, String, String) {
    let out = cmd.output().expect("running sitrep");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (out, stdout, stderr)
}

/// The last number on the first line of a score table that starts with
/// `label` ("detection   P 0.943 R 0.822 F1 0.878" -> 0.878); 0 when none.
fn last_number_on(stdout: &str, label: &str) -> f64 {
    stdout
        .lines()
        .find_map(|l| l.strip_prefix(label))
        .and_then(|l| l.split_whitespace().last())
        .and_then(|f| f.parse().ok())
        .unwrap_or(0.0)
}

fn json_lines(stdout: &str) -> Vec<serde_json::Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each stdout line is JSON"))
        .collect()
}

#[test]
fn extract_reads_every_example_form_in_order() {
    let (out, stdout, stderr) = run(sitrep()
        .arg("extract")
        .arg(examples())
        .args(["--format", "jsonl"]));
    assert!(out.status.success(), "stderr: {stderr}");
    let docs = json_lines(&stdout);
    let formats: Vec<&str> = docs
        .iter()
        .map(|d| d["source"]["format"].as_str().unwrap_or(""))
        .collect();
    // Directory order is sorted: domain/ (the articles of the domain
    // gold), feed/, html/, jsonl/, text/, warc/.
    let mut expected = vec!["text"; 498];
    expected.extend([
        "feed", "feed", "html", "jsonl", "jsonl", "jsonl", "text", "text", "text", "text", "text",
        "warc", "warc",
    ]);
    assert_eq!(formats, expected);
    for doc in &docs {
        for field in [
            "id",
            "source",
            "title",
            "published",
            "published_basis",
            "language",
            "text",
            "removed",
            "sentences",
            "entities",
            "times",
            "quantities",
            "quotes",
            "claims",
            "events",
        ] {
            assert!(
                doc.get(field).is_some(),
                "missing contract field {field} in {doc}"
            );
        }
        assert_eq!(doc["id"].as_str().map(str::len), Some(16));
        assert!(!doc["text"].as_str().unwrap_or("").is_empty());
        // Sentence offsets are code points into `text`.
        let chars = doc["text"].as_str().unwrap_or("").chars().count() as u64;
        for s in doc["sentences"].as_array().into_iter().flatten() {
            assert!(s["start"].as_u64() < s["end"].as_u64() && s["end"].as_u64() <= Some(chars));
        }
    }
    let html = docs
        .iter()
        .find(|d| d["source"]["format"] == "html")
        .expect("the html example");
    assert_eq!(html["title"], "Zapad-2025 exercise concludes in Belarus");
    assert_eq!(html["published_basis"], "metadata");
    assert!(html["published"]
        .as_str()
        .unwrap_or("")
        .starts_with("2025-09-16"));
    let text = html["text"].as_str().unwrap_or("");
    assert!(text.contains("Borisov training ground"));
    assert!(
        !text.contains("Accept all") && !text.contains("All rights reserved"),
        "boilerplate left: {text}"
    );
}

#[test]
fn extract_ids_are_stable_across_runs() {
    let ids = || {
        let (_, stdout, _) = run(sitrep().arg("extract").arg(examples()).arg("--clean-only"));
        json_lines(&stdout)
            .iter()
            .map(|d| d["id"].to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(), ids());
}

#[test]
fn bad_inputs_fail_one_by_one_and_the_batch_carries_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    fs::write(
        d.join("a-good.txt"),
        "Minsk hosted defence talks on Tuesday. The ministers agreed a plan.\n",
    )
    .unwrap();
    fs::write(d.join("b-empty.txt"), "").unwrap();
    let junk: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    fs::write(d.join("c-junk.bin"), junk).unwrap();
    fs::write(d.join("d-image.png"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let warc = fs::read(examples().join("warc/sample.warc.gz")).unwrap();
    fs::write(d.join("e-truncated.warc.gz"), &warc[..warc.len() * 2 / 3]).unwrap();
    fs::write(
        d.join("f-latin1.txt"),
        b"Caf\xe9 in Minsk \xff text with bytes that are not UTF-8.\n",
    )
    .unwrap();
    // One 200 MB line: must be refused without reading it all into memory.
    {
        use std::io::Write;
        let mut big = std::io::BufWriter::new(fs::File::create(d.join("g-huge.txt")).unwrap());
        let chunk = "word ".repeat(1 << 18);
        for _ in 0..(200 * 1024 * 1024 / chunk.len()) {
            big.write_all(chunk.as_bytes()).unwrap();
        }
    }
    fs::write(
        d.join("h-good.jsonl"),
        "{\"text\": \"The delegation arrived in Moscow on Monday.\"}\nnot json\n",
    )
    .unwrap();

    let missing = d.join("missing.txt");
    let (out, stdout, stderr) = run(sitrep()
        .arg("extract")
        .arg(d)
        .arg(&missing)
        .arg("--clean-only"));
    assert_eq!(out.status.code(), Some(1), "stderr: {stderr}");
    let docs = json_lines(&stdout);
    let texts: Vec<&str> = docs
        .iter()
        .map(|d| d["text"].as_str().unwrap_or(""))
        .collect();
    assert!(
        texts
            .iter()
            .any(|t| t.contains("Minsk hosted defence talks")),
        "{texts:?}"
    );
    assert!(
        texts.iter().any(|t| t.contains("arrived in Moscow")),
        "{texts:?}"
    );
    for name in [
        "b-empty.txt",
        "c-junk.bin",
        "d-image.png",
        "e-truncated.warc.gz",
        "f-latin1.txt",
        "g-huge.txt",
        "h-good.jsonl",
        "missing.txt",
    ] {
        let line = stderr.lines().find(|l| l.contains(name));
        assert!(line.is_some(), "no error line naming {name} in:\n{stderr}");
    }
    assert!(stderr.contains("empty"), "{stderr}");
    assert!(stderr.contains("binary"), "{stderr}");
    assert!(
        stderr.contains("gzip") || stderr.contains("truncated"),
        "{stderr}"
    );
    assert!(stderr.contains("UTF-8"), "{stderr}");
    assert!(stderr.contains("larger than"), "{stderr}");
}

#[test]
fn ingest_is_idempotent_and_show_finds_documents_by_prefix() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("t.db");
    let db = db.to_str().expect("utf-8 temp path");
    let (out, _, stderr) = run(sitrep().arg("ingest").arg(examples()).args(["--db", db]));
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("511 stored"), "{stderr}");
    let (out, _, stderr) = run(sitrep().arg("ingest").arg(examples()).args(["--db", db]));
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("0 stored, 511 already stored"), "{stderr}");

    let (_, stats, _) = run(sitrep().args(["stats", "--db", db]));
    assert!(stats.contains("documents:       511"), "{stats}");

    let (_, stdout, _) = run(sitrep()
        .arg("extract")
        .arg(examples().join("html"))
        .arg("--clean-only"));
    let id = json_lines(&stdout)[0]["id"]
        .as_str()
        .unwrap_or("")
        .to_string();
    let (out, shown, stderr) = run(sitrep().args(["show", &id[..8], "--db", db]));
    assert!(out.status.success(), "{stderr}");
    assert!(
        shown.contains("Zapad-2025 exercise concludes in Belarus") && shown.contains(&id),
        "{shown}"
    );
    let (out, _, stderr) = run(sitrep().args(["show", "ffffffffffff", "--db", db]));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr.contains("no document"), "{stderr}");
}

#[test]
fn stdin_is_read_with_a_dash() {
    use std::io::Write;
    let mut child = sitrep()
        .args(["extract", "-", "--clean-only"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"Belarus and Russia held talks in Minsk on defence cooperation this week.\n")
        .expect("write");
    let out = child.wait_with_output().expect("wait");
    let docs = json_lines(&String::from_utf8_lossy(&out.stdout));
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["source"]["path"], "-");
}

/// The committed claims gold parses, every document it names is found in
/// the shared data, and the scores are printed. Skips without `../shared`.
#[test]
fn eval_claims_scores_the_committed_gold() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let shared = root.join("../shared");
    if !shared.join("data/bbc-news").exists() || !shared.join("corpus").exists() {
        eprintln!("skipped: {} has no shared data", shared.display());
        return;
    }
    let (out, stdout, stderr) = run(sitrep()
        .args(["eval", "claims", "--split", "all", "--gold"])
        .arg(root.join("gold/claims"))
        .arg("--shared")
        .arg(&shared));
    assert!(out.status.success(), "stderr: {stderr}");
    assert!(
        stdout.starts_with("split all: 33 documents, 494 gold claims"),
        "{stdout}"
    );
    let detection_f1 = last_number_on(&stdout, "detection");
    // Far below the measured 0.90: this catches a broken scorer or a gold
    // that no longer lines up with the cleaned text, not small regressions.
    assert!(detection_f1 > 0.6, "{stdout}");
}

/// The domain gold lives in the repository with its articles: both
/// scorers run on it from a clean clone and still line up with the text.
#[test]
fn eval_scores_the_domain_gold_in_the_repository() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let (out, stdout, stderr) = run(sitrep()
        .args(["eval", "events", "--split", "all", "--gold"])
        .arg(root.join("gold/domain/events"))
        .arg("--shared")
        .arg(&root));
    assert!(out.status.success(), "stderr: {stderr}");
    assert!(
        stdout.starts_with("split all: 498 documents, 5905 gold events"),
        "{stdout}"
    );
    let (out, stdout, stderr) = run(sitrep()
        .args(["eval", "speakers", "--split", "all", "--gold"])
        .arg(root.join("gold/domain/quotes"))
        .arg("--shared")
        .arg(&root));
    assert!(out.status.success(), "stderr: {stderr}");
    assert!(stdout.starts_with("split all: 498 documents"), "{stdout}");
    let found_f1 = last_number_on(&stdout, "found");
    // Far below the measured 0.89: a broken scorer or gold, not a regression.
    assert!(found_f1 > 0.6, "{stdout}");
}

/// English-only stages do not run on text in another language: the
/// document keeps its sentences, gets no English misreadings, and says why.
#[test]
fn text_in_another_language_skips_the_english_only_stages() {
    let dir = tempfile::tempdir().expect("tempdir");
    let german = dir.path().join("bericht.txt");
    fs::write(
        &german,
        "Die Verteidigungsminister beider Länder trafen sich am Dienstag in Berlin zu \
         Gesprächen über die gemeinsame Luftverteidigung. Sie vereinbarten eine gemeinsame \
         Übung im kommenden Jahr, an der bis zu 3000 Soldaten teilnehmen sollen. Der Minister \
         sagte, die Zusammenarbeit sei wichtiger denn je und werde weiter ausgebaut.\n",
    )
    .expect("writing the German report");
    let english = dir.path().join("report.txt");
    fs::write(
        &english,
        "The defence ministers of Latvia and Estonia met in Riga on Tuesday for talks on air \
         defence. They agreed to hold a joint exercise next year involving up to 3,000 troops.\n",
    )
    .expect("writing the English report");
    let (out, stdout, stderr) = run(sitrep().arg("extract").arg(dir.path()));
    assert!(out.status.success(), "stderr: {stderr}");
    assert!(stderr.contains("1 × not English"), "{stderr}");
    let docs = json_lines(&stdout);
    let by_name = |name: &str| {
        docs.iter()
            .find(|d| {
                d["source"]["path"]
                    .as_str()
                    .is_some_and(|p| p.ends_with(name))
            })
            .unwrap_or_else(|| panic!("{name} in {stdout}"))
    };
    let de = by_name("bericht.txt");
    assert_eq!(de["language"], "de");
    assert_eq!(de["sentences"].as_array().map(Vec::len), Some(3));
    for layer in ["entities", "times", "quotes", "claims", "events"] {
        assert_eq!(de[layer].as_array().map(Vec::len), Some(0), "{layer}: {de}");
    }
    let note = de["diagnostics"][0]["message"].as_str().unwrap_or("");
    assert!(note.contains("`de`") && note.contains("events"), "{note}");
    let en = by_name("report.txt");
    assert_eq!(en["diagnostics"].as_array().map(Vec::len), Some(0));
    assert!(
        en["events"].as_array().is_some_and(|e| !e.is_empty()),
        "{en}"
    );
}
