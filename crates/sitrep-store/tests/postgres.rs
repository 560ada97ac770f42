//! The shared behaviour suite on PostgreSQL.
//!
//! Needs a server: `export SITREP_TEST_PG_URL="$(scripts/pg.sh start)"`.
//! Without the variable every test prints why it skipped and passes. Each
//! test works in a schema of its own, dropped afterwards, so tests can run in
//! parallel against one database.

#![allow(clippy::unwrap_used)]

mod common;

use sitrep_store::synthetic::synthetic_doc;
use sitrep_store::{PostgresStore, PutOutcome, Store};

/// A private schema in the test database, dropped when the test ends.
pub struct Scratch {
    pub url: String,
    pub schema: String,
}

impl Scratch {
    /// `None` (after printing why) when no test server is configured.
    pub fn new(test: &str) -> Option<Scratch> {
        let Ok(url) = std::env::var("SITREP_TEST_PG_URL") else {
            eprintln!("skipping {test}: SITREP_TEST_PG_URL is not set (see scripts/pg.sh)");
            return None;
        };
        let schema = format!("t_{}_{}", test, std::process::id());
        let scratch = Scratch { url, schema };
        scratch.drop_schema();
        Some(scratch)
    }

    pub fn store(&self) -> PostgresStore {
        PostgresStore::connect_with_schema(&self.url, &self.schema).unwrap()
    }

    pub fn client(&self) -> postgres::Client {
        let mut client = postgres::Client::connect(&self.url, postgres::NoTls).unwrap();
        client
            .batch_execute(&format!("SET search_path TO {}", self.schema))
            .unwrap();
        client
    }

    fn drop_schema(&self) {
        if let Ok(mut client) = postgres::Client::connect(&self.url, postgres::NoTls) {
            let _ = client.batch_execute(&format!("DROP SCHEMA IF EXISTS {} CASCADE", self.schema));
        }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        self.drop_schema();
    }
}

macro_rules! suite {
    ($($case:ident),* $(,)?) => {
        $(#[test] fn $case() {
            let Some(scratch) = Scratch::new(stringify!($case)) else { return };
            let mut store = scratch.store();
            common::$case(&mut store);
        })*
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
fn open_dispatches_on_the_url_scheme() {
    let Some(_scratch) = Scratch::new("open_dispatches") else {
        return;
    };
    let url = std::env::var("SITREP_TEST_PG_URL").unwrap();
    // The default schema (`public`) of the test database: only read from it.
    let store = sitrep_store::open(&url).unwrap();
    store.stats().unwrap();
    let alt = url.replacen("postgres://", "postgresql://", 1);
    sitrep_store::open(&alt).unwrap().ids().unwrap();
}

#[test]
fn a_second_connection_migrates_nothing_and_deduplicates() {
    let Some(scratch) = Scratch::new("second_connection") else {
        return;
    };
    let mut first = scratch.store();
    let mut second = scratch.store();
    assert_eq!(
        second.schema_version().unwrap(),
        sitrep_store::schema::LATEST_VERSION
    );
    let doc = common::hand_built_doc();
    assert_eq!(first.put(&doc).unwrap(), PutOutcome::Inserted);
    assert_eq!(second.put(&doc).unwrap(), PutOutcome::Duplicate);
    assert_eq!(second.get(&doc.id).unwrap(), Some(doc));
    let versions: i64 = scratch
        .client()
        .query_one("SELECT count(*) FROM schema_version", &[])
        .unwrap()
        .get(0);
    assert_eq!(versions, 1);
}

#[test]
fn normalized_tables_hold_byte_offsets_into_the_text() {
    let Some(scratch) = Scratch::new("normalized") else {
        return;
    };
    let mut store = scratch.store();
    let doc = synthetic_doc(4);
    store.put(&doc).unwrap();
    let mut client = scratch.client();
    let row = client
        .query_one(
            "SELECT d.text, e.start_byte, e.end_byte, e.label FROM entities e \
             JOIN documents d ON d.id = e.doc WHERE e.doc = $1 AND e.canonical = 'Minsk'",
            &[&doc.id],
        )
        .unwrap();
    let text: String = row.get(0);
    let (start, end): (i64, i64) = (row.get(1), row.get(2));
    assert_eq!(&text[start as usize..end as usize], "Минск");
    assert_eq!(row.get::<_, String>(3), "LOC");
    let row = client
        .query_one(
            "SELECT kind, status, stage, actors->0->>'name', jsonb_array_length(actors) \
             FROM events WHERE doc = $1 AND idx = 0",
            &[&doc.id],
        )
        .unwrap();
    assert_eq!(row.get::<_, String>(0), "meeting");
    assert_eq!(row.get::<_, String>(1), "occurred");
    assert_eq!(row.get::<_, Option<String>>(2), None);
    assert_eq!(row.get::<_, String>(3), doc.layers.events[0].actors[0].name);
    assert_eq!(row.get::<_, i32>(4), 2);
    let row = client
        .query_one(
            "SELECT value, value_max, direct FROM quantities q JOIN quotes o USING (doc) \
                    WHERE q.doc = $1 AND q.idx = 1",
            &[&doc.id],
        )
        .unwrap();
    assert_eq!(row.get::<_, f64>(0), doc.layers.quantities[1].value);
    assert_eq!(
        row.get::<_, Option<f64>>(1),
        doc.layers.quantities[1].value_max
    );
    assert!(row.get::<_, bool>(2));
}

#[test]
fn nul_characters_are_refused_with_a_reason() {
    let Some(scratch) = Scratch::new("nul") else {
        return;
    };
    let mut store = scratch.store();
    let mut doc = synthetic_doc(8);
    doc.text.push('\0');
    assert!(matches!(
        store.put(&doc),
        Err(sitrep_store::StoreError::InvalidDocument { .. })
    ));
    store.record_failure("bad\0input", "has a NUL").unwrap();
    assert_eq!(store.failures().unwrap()[0].input, "bad\u{FFFD}input");
    assert_eq!(store.put(&synthetic_doc(9)).unwrap(), PutOutcome::Inserted);
}
