//! The Store trait with an embedded SQLite backend (default) and a PostgreSQL backend.
//!
//! A store keeps fully processed [`Doc`]s. Both backends share one logical
//! schema (see [`schema`]):
//!
//! * `documents`: provenance, metadata, cleaned text, and the complete
//!   `Doc.layers` as a JSON blob (`layers_json`) so that [`Store::get`]
//!   returns exactly the document that was stored;
//! * `removed`: the lines the cleaner dropped, in order;
//! * one normalized table per annotation layer (`sentences`, `entities`,
//!   `times`, `quantities`, `quotes`, `claims`, `events`) for queries across
//!   documents;
//! * `failures`: inputs an ingest run could not process;
//! * `schema_version`: applied migrations.
//!
//! **Offsets.** Every `*_start` / `*_end` / `start_byte` / `end_byte` column
//! is a *byte* offset into `documents.text`, exactly as [`sitrep_core::Span`]
//! holds it (half-open, `[start, end)`); code-point offsets exist only in the
//! public JSON contract.
//!
//! **Durability and idempotence.** Each document is written in one
//! transaction (or one per batch with [`Store::put_many`]), so a process
//! killed mid-ingest leaves only whole documents behind. `documents.id` is the
//! primary key and `documents.content_hash` is `UNIQUE`; the insert is
//! `ON CONFLICT DO NOTHING`, so storing the same content twice changes
//! nothing and rerunning an interrupted ingest stores every document exactly
//! once.
//!
//! **Testing.** `cargo test -p sitrep-store` runs the behaviour suite
//! (`tests/common`) on SQLite and, when `SITREP_TEST_PG_URL` is set, on
//! PostgreSQL: `export SITREP_TEST_PG_URL="$(scripts/pg.sh start)"` starts a
//! throwaway server on 127.0.0.1; `scripts/pg.sh stop` removes it.

mod error;
mod postgres_sql;
mod postgres_store;
mod rows;
pub mod schema;
mod sqlite_store;
pub mod synthetic;

use std::collections::BTreeMap;

use serde::Serialize;
use sitrep_core::Doc;

pub use error::StoreError;
pub use postgres_store::PostgresStore;
pub use sqlite_store::SqliteStore;

/// The fewest hex digits [`Store::get`] accepts as an id prefix.
pub const MIN_PREFIX_LEN: usize = 6;

/// What [`Store::put`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PutOutcome {
    /// The document is new and is now stored.
    Inserted,
    /// A document with the same id or content hash was already stored;
    /// nothing changed.
    Duplicate,
}

/// One input an ingest run could not process.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Failure {
    pub input: String,
    pub reason: String,
    /// When it was recorded, as the database wrote it (UTC).
    pub recorded_at: String,
}

/// What a store holds, for `sitrep stats`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct StoreStats {
    pub documents: u64,
    /// Documents per source format (`text`, `html`, `warc`, `feed`, `jsonl`).
    pub by_format: BTreeMap<String, u64>,
    /// Documents per language code; `unknown` where none was detected.
    pub by_language: BTreeMap<String, u64>,
    /// Lines the cleaner removed, over all documents.
    pub removed_lines: u64,
    pub sentences: u64,
    pub entities: u64,
    pub times: u64,
    pub quantities: u64,
    pub quotes: u64,
    pub claims: u64,
    pub events: u64,
    /// Inputs recorded with [`Store::record_failure`].
    pub failures: u64,
    /// Bytes the store occupies, when the backend can tell.
    pub db_size_bytes: Option<u64>,
    /// Earliest and latest `published` value (ISO 8601 compares as text).
    pub first_published: Option<String>,
    pub last_published: Option<String>,
}

/// A place to keep processed documents.
///
/// Implementations are `Send` so a writer thread can own one; they are not
/// required to be `Sync`.
pub trait Store: Send {
    /// Stores a fully processed document in one transaction.
    ///
    /// Idempotent on content: if a document with the same `content_hash` (or
    /// the same `id`) is already stored, nothing changes and
    /// `Ok(PutOutcome::Duplicate)` is returned.
    fn put(&mut self, doc: &Doc) -> Result<PutOutcome, StoreError>;

    /// Stores several documents in a single transaction: all of them or, if
    /// the process dies first, none. Outcomes are in input order; a document
    /// repeated within `docs` is `Duplicate` on its second appearance.
    fn put_many(&mut self, docs: &[Doc]) -> Result<Vec<PutOutcome>, StoreError> {
        docs.iter().map(|doc| self.put(doc)).collect()
    }

    /// Whether a document with this content hash is stored (lets ingest skip
    /// cleaning and analysis of content it has already seen).
    fn contains_content(&self, content_hash: &str) -> Result<bool, StoreError>;

    /// The document with this id, or with this unique id prefix of at least
    /// [`MIN_PREFIX_LEN`] hex digits (case-insensitive).
    ///
    /// An exact id always wins; a prefix matching several documents is
    /// [`StoreError::Ambiguous`]; a hex prefix shorter than the minimum is
    /// [`StoreError::PrefixTooShort`].
    fn get(&self, id_or_prefix: &str) -> Result<Option<Doc>, StoreError>;

    /// Counts and ranges over the whole store.
    fn stats(&self) -> Result<StoreStats, StoreError>;

    /// Every stored document id, sorted ascending.
    fn ids(&self) -> Result<Vec<String>, StoreError>;

    /// Appends an input that could not be processed to the failure log.
    fn record_failure(&mut self, input: &str, reason: &str) -> Result<(), StoreError>;

    /// The failure log, oldest first.
    fn failures(&self) -> Result<Vec<Failure>, StoreError>;
}

/// Opens the store a user named: `postgres://...` or `postgresql://...`
/// connects to PostgreSQL, anything else is a SQLite file path (created if
/// missing, with its schema).
pub fn open(spec: &str) -> Result<Box<dyn Store>, StoreError> {
    if is_postgres_url(spec) {
        Ok(Box::new(PostgresStore::connect(spec)?))
    } else if spec.is_empty() {
        Err(StoreError::Invalid("empty store path".to_string()))
    } else {
        Ok(Box::new(SqliteStore::open(std::path::Path::new(spec))?))
    }
}

/// Whether `spec` names a PostgreSQL server rather than a SQLite file.
pub fn is_postgres_url(spec: &str) -> bool {
    spec.starts_with("postgres://") || spec.starts_with("postgresql://")
}
