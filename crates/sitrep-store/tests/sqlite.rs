//! The shared behaviour suite on SQLite, plus SQLite-specific checks.

#![allow(clippy::unwrap_used)]

mod common;

use sitrep_store::synthetic::synthetic_doc;
use sitrep_store::{schema, PutOutcome, SqliteStore, Store};

fn fresh_file_store() -> (tempfile::TempDir, SqliteStore) {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&dir.path().join("sitrep.db")).unwrap();
    (dir, store)
}

macro_rules! suite {
    ($($case:ident),* $(,)?) => {
        mod on_file {
            $(#[test] fn $case() {
                let (_dir, mut store) = super::fresh_file_store();
                super::common::$case(&mut store);
                store.integrity_check().unwrap();
            })*
        }
        mod in_memory {
            $(#[test] fn $case() {
                let mut store = sitrep_store::SqliteStore::open_in_memory().unwrap();
                super::common::$case(&mut store);
            })*
        }
    };
}

suite!(
    round_trip,
    duplicates_are_no_ops,
    batches,
    prefix_lookup,
    stats_and_ids,
    failures_are_logged,
    invalid_documents_are_refused,
);

#[test]
fn reopening_keeps_documents_and_settings() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested.db");
    let doc = common::hand_built_doc();
    {
        let mut store = SqliteStore::open(&path).unwrap();
        assert_eq!(store.put(&doc).unwrap(), PutOutcome::Inserted);
    }
    let mut store = sitrep_store::open(path.to_str().unwrap()).unwrap();
    assert_eq!(store.get(&doc.id).unwrap(), Some(doc.clone()));
    assert_eq!(store.put(&doc).unwrap(), PutOutcome::Duplicate);

    let store = SqliteStore::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), schema::LATEST_VERSION);
    let conn = store.connection();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let sync: i64 = conn
        .query_row("PRAGMA synchronous", [], |r| r.get(0))
        .unwrap();
    assert_eq!(sync, 1, "NORMAL");
    let fk: i64 = conn
        .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
        .unwrap();
    assert_eq!(fk, 1);
}

#[test]
fn normalized_tables_hold_byte_offsets_into_the_text() {
    let (_dir, mut store) = fresh_file_store();
    let doc = synthetic_doc(4); // Гродно dateline and Минск: multi-byte text.
    store.put(&doc).unwrap();
    let conn = store.connection();
    let text: String = conn
        .query_row("SELECT text FROM documents WHERE id = ?1", [&doc.id], |r| {
            r.get(0)
        })
        .unwrap();
    let mut stmt = conn
        .prepare("SELECT start_byte, end_byte, label, canonical FROM entities WHERE doc = ?1 ORDER BY idx")
        .unwrap();
    let rows: Vec<(i64, i64, String, String)> = stmt
        .query_map([&doc.id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(rows.len(), doc.layers.entities.len());
    let minsk = rows.iter().find(|r| r.3 == "Minsk").unwrap();
    assert_eq!(&text[minsk.0 as usize..minsk.1 as usize], "Минск");
    assert_eq!(minsk.2, "LOC");

    let (kind, status, stage, actors): (String, String, Option<String>, String) = conn
        .query_row(
            "SELECT kind, status, stage, actors FROM events WHERE doc = ?1 AND idx = 1",
            [&doc.id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(
        (kind.as_str(), status.as_str(), stage.as_deref()),
        ("agreement", "planned", Some("approved"))
    );
    assert_eq!(actors, "[]");
    let (trigger_start, trigger_end): (i64, i64) = conn
        .query_row(
            "SELECT trigger_start, trigger_end FROM events WHERE doc = ?1 AND idx = 0",
            [&doc.id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(&text[trigger_start as usize..trigger_end as usize], "met");
    let approx: String = conn
        .query_row(
            "SELECT approx FROM quantities WHERE doc = ?1 AND idx = 0",
            [&doc.id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(approx, "about");
    let removed: Vec<String> = conn
        .prepare("SELECT reason FROM removed WHERE doc = ?1 ORDER BY ord")
        .unwrap()
        .query_map([&doc.id], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(removed, vec!["boilerplate", "related-links"]);
}

#[test]
fn a_newer_schema_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.db");
    {
        let store = SqliteStore::open(&path).unwrap();
        store
            .connection()
            .execute(
                "INSERT INTO schema_version (version, description) VALUES (99, 'future')",
                [],
            )
            .unwrap();
    }
    match SqliteStore::open(&path) {
        Err(sitrep_store::StoreError::SchemaTooNew { found: 99, .. }) => {}
        other => panic!("expected SchemaTooNew, got {other:?}"),
    }
}

#[test]
fn a_corrupt_layers_blob_is_an_error_not_a_panic() {
    let (_dir, mut store) = fresh_file_store();
    let doc = synthetic_doc(5);
    store.put(&doc).unwrap();
    store
        .connection()
        .execute(
            "UPDATE documents SET layers_json = '{\"sentences\": 3' WHERE id = ?1",
            [&doc.id],
        )
        .unwrap();
    assert!(matches!(
        store.get(&doc.id),
        Err(sitrep_store::StoreError::Corrupt { .. })
    ));
}

#[test]
fn two_processes_worth_of_connections_share_one_file() {
    // A second connection (as a second process would have) sees committed
    // documents and deduplicates against them.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.db");
    let mut first = SqliteStore::open(&path).unwrap();
    let mut second = SqliteStore::open(&path).unwrap();
    let doc = synthetic_doc(6);
    assert_eq!(first.put(&doc).unwrap(), PutOutcome::Inserted);
    assert!(second.contains_content(&doc.content_hash).unwrap());
    assert_eq!(second.put(&doc).unwrap(), PutOutcome::Duplicate);
}
