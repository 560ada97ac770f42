//! Crash-resume: an ingest killed with SIGKILL mid-way leaves only whole
//! documents, and rerunning it stores each remaining document exactly once.
//!
//! The ingest is this test binary itself, re-executed to run the ignored
//! `crash_child_ingest_loop` test, which stores synthetic documents one per
//! transaction the way `sitrep ingest` does (skip known content, then put)
//! and prints `stored <n>` after each commit.

#![allow(clippy::unwrap_used)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use sitrep_core::Doc;
use sitrep_store::synthetic::synthetic_doc;
use sitrep_store::{PostgresStore, PutOutcome, SqliteStore, Store};

const SPEC_VAR: &str = "SITREP_CRASH_SPEC";
const COUNT_VAR: &str = "SITREP_CRASH_N";
/// Documents per transaction (`put_many`); 1 means `put`.
const BATCH_VAR: &str = "SITREP_CRASH_BATCH";

/// The `application_name` of the child's PostgreSQL session. After a
/// SIGKILL the server may still be finishing a COMMIT the child had sent,
/// so the parent waits for that session to end before it counts rows.
const CHILD_APPLICATION: &str = "sitrep_crash_child";

/// `sqlite:<path>` or `pg:<schema>` (server from `SITREP_TEST_PG_URL`).
fn open_spec(spec: &str) -> Box<dyn Store> {
    open_spec_as(spec, None)
}

fn open_spec_as(spec: &str, application: Option<&str>) -> Box<dyn Store> {
    if let Some(schema) = spec.strip_prefix("pg:") {
        let mut url = std::env::var("SITREP_TEST_PG_URL").unwrap();
        if let Some(name) = application {
            let sep = if url.contains('?') { '&' } else { '?' };
            url = format!("{url}{sep}application_name={name}");
        }
        Box::new(PostgresStore::connect_with_schema(&url, schema).unwrap())
    } else {
        let path = spec.strip_prefix("sqlite:").unwrap();
        Box::new(SqliteStore::open(std::path::Path::new(path)).unwrap())
    }
}

#[test]
#[ignore = "helper: run as a child process by the crash-resume tests"]
fn crash_child_ingest_loop() {
    let (Ok(spec), Ok(count)) = (std::env::var(SPEC_VAR), std::env::var(COUNT_VAR)) else {
        eprintln!("crash_child_ingest_loop only runs as a child of the crash-resume tests");
        return;
    };
    let count: u64 = count.parse().unwrap();
    let batch: usize = std::env::var(BATCH_VAR).map_or(1, |b| b.parse().unwrap());
    let mut store = open_spec_as(&spec, Some(CHILD_APPLICATION));
    // libtest has printed "test crash_child_ingest_loop ... " without a line
    // break; start our protocol on a fresh line.
    println!();
    let mut pending: Vec<(u64, Doc)> = Vec::new();
    for n in 0..count {
        let doc = synthetic_doc(n);
        if store.contains_content(&doc.content_hash).unwrap() {
            println!("skipped {n}");
            continue;
        }
        pending.push((n, doc));
        if pending.len() >= batch || n + 1 == count {
            let docs: Vec<Doc> = pending.iter().map(|(_, d)| d.clone()).collect();
            let outcomes = if batch == 1 {
                vec![store.put(&docs[0]).unwrap()]
            } else {
                store.put_many(&docs).unwrap()
            };
            for ((n, _), outcome) in pending.drain(..).zip(outcomes) {
                match outcome {
                    PutOutcome::Inserted => println!("stored {n}"),
                    PutOutcome::Duplicate => println!("duplicate {n}"),
                }
            }
        }
    }
    println!("done");
}

/// What one child run printed before it ended.
#[derive(Debug, Default)]
struct Run {
    stored: Vec<u64>,
    skipped: usize,
    duplicates: usize,
    finished: bool,
}

/// How many commits a child reports before the test starts its kill timer.
const COMMITS_BEFORE_KILL: usize = 50;

/// Runs the child; with `kill_after`, SIGKILLs it that long after it has
/// reported [`COMMITS_BEFORE_KILL`] commits. The delay (a few milliseconds,
/// different every round) puts the kill at an arbitrary point of the child's
/// put cycle, while waiting for commits first keeps each round's progress
/// small however fast the machine is.
fn run_child(spec: &str, count: u64, batch: usize, kill_after: Option<Duration>) -> Run {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "crash_child_ingest_loop",
            "--exact",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(SPEC_VAR, spec)
        .env(COUNT_VAR, count.to_string())
        .env(BATCH_VAR, batch.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (progress_tx, progress_rx) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        let mut run = Run::default();
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if let Some(n) = line.strip_prefix("stored ") {
                run.stored.push(n.parse().unwrap());
            } else if line.starts_with("skipped ") {
                run.skipped += 1;
            } else if line == "done" {
                run.finished = true;
            } else if line.starts_with("duplicate ") {
                run.duplicates += 1;
            }
            if run.stored.len() == COMMITS_BEFORE_KILL {
                let _ = progress_tx.send(());
            }
        }
        run
    });
    if let Some(delay) = kill_after {
        let _ = progress_rx.recv_timeout(Duration::from_secs(120));
        std::thread::sleep(delay);
        // SIGKILL on Unix; fails only if the child already exited, which the
        // caller's "was killed before finishing" check reports.
        let _ = child.kill();
    }
    let status = child.wait().unwrap();
    let run = reader.join().unwrap();
    if kill_after.is_none() {
        assert!(
            status.success() && run.finished,
            "the final run completes: {status}"
        );
    }
    assert_eq!(
        run.duplicates, 0,
        "nothing that passed contains_content was a duplicate"
    );
    run
}

/// A kill delay in `[0, 4)` ms that differs between runs and rounds: a few
/// put cycles of the child, so kills land anywhere within a cycle.
fn kill_delay(round: usize) -> Duration {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let spread = (u64::from(nanos) ^ (round as u64).wrapping_mul(0x9E37_79B9)) % 4_000;
    Duration::from_micros(spread)
}

/// Every stored document is one of the expected ones, whole, and the layer
/// tables hold exactly its rows.
fn verify_whole(store: &dyn Store, expected: &HashMap<String, Doc>) -> usize {
    let ids = store.ids().unwrap();
    let mut entities = 0;
    let mut removed = 0;
    for id in &ids {
        let want = expected
            .get(id)
            .unwrap_or_else(|| panic!("unexpected id {id}"));
        let got = store.get(id).unwrap();
        assert!(
            got.as_ref() == Some(want),
            "document {id} is not stored whole"
        );
        entities += want.layers.entities.len() as u64;
        removed += want.removed.len() as u64;
    }
    let stats = store.stats().unwrap();
    assert_eq!(stats.documents, ids.len() as u64);
    assert_eq!(
        stats.entities, entities,
        "no partial or orphaned layer rows"
    );
    assert_eq!(stats.removed_lines, removed);
    ids.len()
}

fn crash_and_resume(spec: &str, count: u64, integrity: impl Fn()) {
    let expected: HashMap<String, Doc> = (0..count)
        .map(synthetic_doc)
        .map(|d| (d.id.clone(), d))
        .collect();
    let mut reported = 0;
    // Alternate single-document transactions with batches of 25 (which keep
    // the child inside a transaction most of the time).
    let rounds = [1, 25, 1, 25, 1, 25, 1, 25];
    for (round, batch) in rounds.into_iter().enumerate() {
        let run = run_child(spec, count, batch, Some(kill_delay(round)));
        assert!(!run.finished, "round {round} was killed before finishing");
        reported += run.stored.len();
        integrity();
        let stored = verify_whole(open_spec(spec).as_ref(), &expected);
        assert!(
            stored >= reported,
            "every reported commit survived: {stored} < {reported}"
        );
        assert!(
            stored < count as usize,
            "killed mid-way ({stored} of {count})"
        );
    }
    let before_last = open_spec(spec).ids().unwrap().len();
    let last = run_child(spec, count, 1, None);
    assert_eq!(
        last.skipped, before_last,
        "the rerun skips exactly what is stored"
    );
    assert_eq!(
        last.skipped + last.stored.len(),
        count as usize,
        "and stores all the rest"
    );
    reported += last.stored.len();
    assert!(
        reported <= count as usize,
        "no document was reported stored twice"
    );
    integrity();
    let store = open_spec(spec);
    assert_eq!(verify_whole(store.as_ref(), &expected), count as usize);
    let mut ids = store.ids().unwrap();
    ids.dedup();
    assert_eq!(ids.len(), count as usize);
}

#[test]
fn sqlite_survives_sigkill_and_resumes_without_duplicates() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crash.db");
    let spec = format!("sqlite:{}", path.display());
    crash_and_resume(&spec, 1500, || {
        let store = SqliteStore::open(&path).unwrap();
        store.integrity_check().unwrap();
        let fk_violations: i64 = store
            .connection()
            .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(fk_violations, 0);
    });
}

#[test]
fn postgres_survives_sigkill_and_resumes_without_duplicates() {
    let Ok(url) = std::env::var("SITREP_TEST_PG_URL") else {
        eprintln!(
            "skipping postgres crash-resume: SITREP_TEST_PG_URL is not set (see scripts/pg.sh)"
        );
        return;
    };
    let schema = format!("t_crash_{}", std::process::id());
    let drop_schema = || {
        let mut client = postgres::Client::connect(&url, postgres::NoTls).unwrap();
        client
            .batch_execute(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"))
            .unwrap();
    };
    drop_schema();
    crash_and_resume(&format!("pg:{schema}"), 1000, || {
        wait_for_child_session_end(&url)
    });
    drop_schema();
}

/// Waits until the killed child's server session has gone (its last
/// COMMIT, if the server had received it, is then either in or out).
fn wait_for_child_session_end(url: &str) {
    let mut client = postgres::Client::connect(url, postgres::NoTls).unwrap();
    for _ in 0..600 {
        let open: i64 = client
            .query_one(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = $1",
                &[&CHILD_APPLICATION],
            )
            .unwrap()
            .get(0);
        if open == 0 {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("the killed child's PostgreSQL session did not end within 30 s");
}
