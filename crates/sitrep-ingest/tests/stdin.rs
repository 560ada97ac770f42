//! `-` reads standard input. The test re-runs its own test binary as a
//! child process with a gzipped JSONL stream piped into its stdin.

#![allow(clippy::unwrap_used)]

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use sitrep_ingest::{read_inputs, InputSpec, Limits};

const CHILD_ENV: &str = "SITREP_INGEST_STDIN_CHILD";

/// Runs only inside the child: reads stdin and prints what it found.
#[test]
fn stdin_child() {
    if std::env::var_os(CHILD_ENV).is_none() {
        return;
    }
    for result in read_inputs(vec![InputSpec::parse("-")], Limits::default()) {
        match result {
            Ok(doc) => println!(
                "DOC {} {} {:?} {}",
                doc.source.path,
                doc.source.record,
                doc.source.format,
                String::from_utf8_lossy(&doc.bytes)
            ),
            Err(err) => println!("ERR {err}"),
        }
    }
}

#[test]
fn dash_reads_standard_input() {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "stdin_child", "--nocapture", "--test-threads=1"])
        .env(CHILD_ENV, "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let input = common::gzip(
        b"{\"text\": \"Piped report one.\"}\nnot json\n{\"text\": \"Piped report two.\"}\n",
    );
    child.stdin.take().unwrap().write_all(&input).unwrap();
    let output = child.wait_with_output().unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = stdout
        .lines()
        // The harness may print `test stdin_child ... ` on the first line.
        .filter_map(|line| {
            line.find("DOC ")
                .or_else(|| line.find("ERR "))
                .map(|at| &line[at..])
        })
        .collect();
    assert_eq!(
        lines,
        [
            "DOC - 0 Jsonl Piped report one.",
            "ERR - (record 1): invalid JSON (expected ident at line 1 column 2)",
            "DOC - 2 Jsonl Piped report two.",
        ],
        "child output:\n{stdout}"
    );
}
