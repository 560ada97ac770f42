//! The embedded SQLite backend (the default store).

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};
use sitrep_core::{Doc, Removed};

use crate::error::{Context, StoreError};
use crate::rows::{
    normalize_key, prefix_query, resolve_prefix, DocRow, LayerRows, PrefixQuery, StoredDoc,
    AMBIGUOUS_SHOWN, DOC_COLUMNS,
};
use crate::schema::{Migration, LATEST_VERSION, LAYER_TABLES, SQLITE_MIGRATIONS};
use crate::{Failure, PutOutcome, Store, StoreStats};

/// How long a writer waits for another process's lock before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// A store in one SQLite file.
///
/// Opened in WAL mode with `synchronous=NORMAL`: a killed process never
/// loses or half-writes a committed document, and a power loss can at worst
/// roll back the last few commits while the file stays consistent. Foreign
/// keys are enforced.
#[derive(Debug)]
pub struct SqliteStore {
    conn: Connection,
    /// `None` for an in-memory store.
    path: Option<PathBuf>,
}

impl SqliteStore {
    /// Opens (creating if needed) the store at `path` and brings its schema
    /// up to date.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let where_ = path.display().to_string();
        let conn = Connection::open(path).ctx(format!("opening {where_}"))?;
        Self::init(conn, Some(path.to_path_buf()))
    }

    /// A private store in memory, gone when dropped (tests, one-shot runs).
    pub fn open_in_memory() -> Result<Self, StoreError> {
        let conn = Connection::open_in_memory().ctx("opening an in-memory database")?;
        Self::init(conn, None)
    }

    fn init(mut conn: Connection, path: Option<PathBuf>) -> Result<Self, StoreError> {
        conn.busy_timeout(BUSY_TIMEOUT)
            .ctx("setting busy_timeout")?;
        // journal_mode answers with the mode in force ("memory" for in-memory
        // databases, which cannot use WAL); either is fine.
        let _mode: String = conn
            .query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))
            .ctx("enabling WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .ctx("setting synchronous")?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .ctx("enabling foreign keys")?;
        migrate(&mut conn, SQLITE_MIGRATIONS)?;
        Ok(SqliteStore { conn, path })
    }

    /// The file this store lives in (`None` in memory).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        current_version(&self.conn)
    }

    /// Runs SQLite's `PRAGMA integrity_check`; `Ok(())` when it reports `ok`,
    /// otherwise [`StoreError::Corrupt`] with its findings.
    pub fn integrity_check(&self) -> Result<(), StoreError> {
        let mut stmt = self
            .conn
            .prepare("PRAGMA integrity_check")
            .ctx("integrity_check")?;
        let findings: Vec<String> = stmt
            .query_map([], |row| row.get(0))
            .ctx("integrity_check")?
            .collect::<Result<_, _>>()
            .ctx("integrity_check")?;
        if findings.len() == 1 && findings[0] == "ok" {
            Ok(())
        } else {
            Err(StoreError::Corrupt {
                id: "(database)".into(),
                reason: findings.join("; "),
            })
        }
    }

    /// Access to the connection for read-only queries over the normalized
    /// tables (brief, export). Writes must go through [`Store`].
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}

fn current_version(conn: &Connection) -> Result<i64, StoreError> {
    conn.query_row(
        "SELECT COALESCE(MAX(version), 0) FROM schema_version",
        [],
        |row| row.get(0),
    )
    .ctx("reading schema_version")
}

/// Applies the migrations the database lacks, each in its own transaction.
/// `BEGIN IMMEDIATE` takes the write lock first, so two processes opening a
/// fresh file at once cannot both apply version 1.
fn migrate(conn: &mut Connection, migrations: &[Migration]) -> Result<(), StoreError> {
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_version (
             version     INTEGER NOT NULL PRIMARY KEY,
             description TEXT NOT NULL,
             applied_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
         )",
    )
    .ctx("creating schema_version")?;
    let found = current_version(conn)?;
    if found > LATEST_VERSION {
        return Err(StoreError::SchemaTooNew {
            found,
            supported: LATEST_VERSION,
        });
    }
    for migration in migrations.iter().filter(|m| m.version > found) {
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .ctx("starting a migration")?;
        let found = current_version(&tx)?;
        if found > LATEST_VERSION {
            return Err(StoreError::SchemaTooNew {
                found,
                supported: LATEST_VERSION,
            });
        }
        if found >= migration.version {
            continue;
        }
        let what = format!("applying schema version {}", migration.version);
        tx.execute_batch(migration.sql).ctx(what.clone())?;
        tx.execute(
            "INSERT INTO schema_version (version, description) VALUES (?1, ?2)",
            params![migration.version, migration.description],
        )
        .ctx(what.clone())?;
        tx.commit().ctx(what)?;
    }
    Ok(())
}

/// Writes one document inside `tx`; `Duplicate` leaves `tx` untouched.
fn insert_doc(tx: &Transaction<'_>, doc: &Doc) -> Result<PutOutcome, StoreError> {
    let row = DocRow::from_doc(doc)?;
    let layers = LayerRows::from_doc(doc)?;
    let ctx = |table: &str| format!("storing document {} ({table})", doc.id);
    let inserted = tx
        .prepare_cached(
            "INSERT INTO documents (id, content_hash, source_path, source_url, source_format, \
             source_record, title, published, published_basis, published_evidence, language, \
             authors, site_name, canonical_url, text, layers_json, diagnostics_json) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17) \
             ON CONFLICT DO NOTHING",
        )
        .and_then(|mut stmt| {
            stmt.execute(params![
                row.id,
                row.content_hash,
                row.source_path,
                row.source_url,
                row.source_format,
                row.source_record,
                row.title,
                row.published,
                row.published_basis,
                row.published_evidence,
                row.language,
                row.authors_json,
                row.site_name,
                row.canonical_url,
                row.text,
                row.layers_json,
                row.diagnostics_json,
            ])
        })
        .ctx(ctx("documents"))?;
    if inserted == 0 {
        return Ok(PutOutcome::Duplicate);
    }
    let id = doc.id.as_str();

    let mut stmt = tx
        .prepare_cached("INSERT INTO removed (doc, ord, text, reason) VALUES (?1, ?2, ?3, ?4)")
        .ctx(ctx("removed"))?;
    for r in &layers.removed {
        stmt.execute(params![id, r.ord, r.text, r.reason])
            .ctx(ctx("removed"))?;
    }
    let mut stmt = tx
        .prepare_cached(
            "INSERT INTO sentences (doc, idx, start_byte, end_byte, token_start, token_end) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )
        .ctx(ctx("sentences"))?;
    for s in &layers.sentences {
        stmt.execute(params![
            id,
            s.idx,
            s.start_byte,
            s.end_byte,
            s.token_start,
            s.token_end
        ])
        .ctx(ctx("sentences"))?;
    }
    let mut stmt = tx
        .prepare_cached(
            "INSERT INTO entities (doc, idx, start_byte, end_byte, label, canonical) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )
        .ctx(ctx("entities"))?;
    for e in &layers.entities {
        stmt.execute(params![
            id,
            e.idx,
            e.start_byte,
            e.end_byte,
            e.label,
            e.canonical
        ])
        .ctx(ctx("entities"))?;
    }
    let mut stmt = tx
        .prepare_cached(
            "INSERT INTO times (doc, idx, start_byte, end_byte, kind, value, anchor) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )
        .ctx(ctx("times"))?;
    for t in &layers.times {
        stmt.execute(params![
            id,
            t.idx,
            t.start_byte,
            t.end_byte,
            t.kind,
            t.value,
            t.anchor
        ])
        .ctx(ctx("times"))?;
    }
    let mut stmt = tx
        .prepare_cached(
            "INSERT INTO quantities (doc, idx, start_byte, end_byte, value, value_max, approx, \
             unit, unit_start, unit_end) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )
        .ctx(ctx("quantities"))?;
    for q in &layers.quantities {
        stmt.execute(params![
            id,
            q.idx,
            q.start_byte,
            q.end_byte,
            q.value,
            q.value_max,
            q.approx,
            q.unit,
            q.unit_start,
            q.unit_end
        ])
        .ctx(ctx("quantities"))?;
    }
    let mut stmt = tx
        .prepare_cached(
            "INSERT INTO quotes (doc, idx, start_byte, end_byte, content_start, content_end, \
             direct, cue_start, cue_end, speaker, speaker_start, speaker_end, speaker_title, \
             outlet) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        )
        .ctx(ctx("quotes"))?;
    for q in &layers.quotes {
        stmt.execute(params![
            id,
            q.idx,
            q.start_byte,
            q.end_byte,
            q.content_start,
            q.content_end,
            q.direct,
            q.cue_start,
            q.cue_end,
            q.speaker,
            q.speaker_start,
            q.speaker_end,
            q.speaker_title,
            q.outlet
        ])
        .ctx(ctx("quotes"))?;
    }
    let mut stmt = tx
        .prepare_cached(
            "INSERT INTO claims (doc, idx, start_byte, end_byte, attribution, cue_start, cue_end) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )
        .ctx(ctx("claims"))?;
    for c in &layers.claims {
        stmt.execute(params![
            id,
            c.idx,
            c.start_byte,
            c.end_byte,
            c.attribution,
            c.cue_start,
            c.cue_end
        ])
        .ctx(ctx("claims"))?;
    }
    let mut stmt = tx
        .prepare_cached(
            "INSERT INTO events (doc, idx, kind, plover, trigger_start, trigger_end, start_byte, \
             end_byte, sentence, date, date_start, date_end, place, place_start, place_end, \
             status, stage, attributed_to, actors) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, \
             ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
        )
        .ctx(ctx("events"))?;
    for e in &layers.events {
        stmt.execute(params![
            id,
            e.idx,
            e.kind,
            e.plover,
            e.trigger_start,
            e.trigger_end,
            e.start_byte,
            e.end_byte,
            e.sentence,
            e.date,
            e.date_start,
            e.date_end,
            e.place,
            e.place_start,
            e.place_end,
            e.status,
            e.stage,
            e.attributed_to,
            e.actors
        ])
        .ctx(ctx("events"))?;
    }
    Ok(PutOutcome::Inserted)
}

impl SqliteStore {
    fn load(&self, id: &str) -> Result<Option<Doc>, StoreError> {
        let ctx = || format!("reading document {id}");
        let stored = self
            .conn
            .prepare_cached(&format!(
                "SELECT {DOC_COLUMNS} FROM documents WHERE id = ?1"
            ))
            .and_then(|mut stmt| {
                stmt.query_row([id], |r| {
                    Ok(StoredDoc {
                        id: r.get(0)?,
                        content_hash: r.get(1)?,
                        source_path: r.get(2)?,
                        source_url: r.get(3)?,
                        source_format: r.get(4)?,
                        source_record: r.get(5)?,
                        title: r.get(6)?,
                        published: r.get(7)?,
                        published_basis: r.get(8)?,
                        published_evidence: r.get(9)?,
                        language: r.get(10)?,
                        authors_json: r.get(11)?,
                        site_name: r.get(12)?,
                        canonical_url: r.get(13)?,
                        text: r.get(14)?,
                        layers_json: r.get(15)?,
                        diagnostics_json: r.get(16)?,
                    })
                })
                .optional()
            })
            .ctx(ctx())?;
        let Some(stored) = stored else {
            return Ok(None);
        };
        let removed: Vec<Removed> = self
            .conn
            .prepare_cached("SELECT text, reason FROM removed WHERE doc = ?1 ORDER BY ord")
            .and_then(|mut stmt| {
                stmt.query_map([id], |r| {
                    Ok(Removed {
                        text: r.get(0)?,
                        reason: r.get(1)?,
                    })
                })?
                .collect()
            })
            .ctx(ctx())?;
        stored.into_doc(removed).map(Some)
    }

    fn count(&self, sql: &str) -> Result<u64, StoreError> {
        let n: i64 = self
            .conn
            .query_row(sql, [], |r| r.get(0))
            .ctx(format!("stats: {sql}"))?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    fn grouped(&self, sql: &str) -> Result<Vec<(String, u64)>, StoreError> {
        let mut stmt = self.conn.prepare(sql).ctx(format!("stats: {sql}"))?;
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))
            .ctx(format!("stats: {sql}"))?
            .collect::<Result<Vec<_>, _>>()
            .ctx(format!("stats: {sql}"))?;
        Ok(rows
            .into_iter()
            .map(|(k, n)| (k, u64::try_from(n).unwrap_or(0)))
            .collect())
    }
}

impl Store for SqliteStore {
    fn put(&mut self, doc: &Doc) -> Result<PutOutcome, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .ctx(format!("starting transaction for {}", doc.id))?;
        let outcome = insert_doc(&tx, doc)?;
        if outcome == PutOutcome::Inserted {
            tx.commit().ctx(format!("committing document {}", doc.id))?;
        }
        Ok(outcome)
    }

    fn put_many(&mut self, docs: &[Doc]) -> Result<Vec<PutOutcome>, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .ctx("starting a batch transaction")?;
        let outcomes = docs
            .iter()
            .map(|doc| insert_doc(&tx, doc))
            .collect::<Result<Vec<_>, _>>()?;
        tx.commit()
            .ctx(format!("committing a batch of {} documents", docs.len()))?;
        Ok(outcomes)
    }

    fn contains_content(&self, content_hash: &str) -> Result<bool, StoreError> {
        self.conn
            .prepare_cached("SELECT 1 FROM documents WHERE content_hash = ?1")
            .and_then(|mut stmt| stmt.exists([content_hash]))
            .ctx("looking up a content hash")
    }

    fn get(&self, id_or_prefix: &str) -> Result<Option<Doc>, StoreError> {
        let key = normalize_key(id_or_prefix);
        if let Some(doc) = self.load(&key)? {
            return Ok(Some(doc));
        }
        match prefix_query(&key) {
            PrefixQuery::NotHex => Ok(None),
            PrefixQuery::TooShort => Err(StoreError::PrefixTooShort {
                prefix: key,
                min: crate::MIN_PREFIX_LEN,
            }),
            PrefixQuery::Range { low, high } => {
                let found: Vec<String> = self
                    .conn
                    .prepare_cached(
                        "SELECT id FROM documents WHERE id >= ?1 AND id < ?2 ORDER BY id LIMIT ?3",
                    )
                    .and_then(|mut stmt| {
                        stmt.query_map(params![low, high, AMBIGUOUS_SHOWN], |r| r.get(0))?
                            .collect()
                    })
                    .ctx(format!("looking up id prefix {key}"))?;
                match resolve_prefix(&key, found)? {
                    Some(id) => self.load(&id),
                    None => Ok(None),
                }
            }
        }
    }

    fn stats(&self) -> Result<StoreStats, StoreError> {
        let mut stats = StoreStats {
            documents: self.count("SELECT count(*) FROM documents")?,
            removed_lines: self.count("SELECT count(*) FROM removed")?,
            failures: self.count("SELECT count(*) FROM failures")?,
            ..StoreStats::default()
        };
        for table in LAYER_TABLES {
            let n = self.count(&format!("SELECT count(*) FROM {table}"))?;
            *layer_count(&mut stats, table) = n;
        }
        stats.by_format = self
            .grouped("SELECT source_format, count(*) FROM documents GROUP BY 1")?
            .into_iter()
            .collect();
        stats.by_language = self
            .grouped("SELECT COALESCE(language, 'unknown'), count(*) FROM documents GROUP BY 1")?
            .into_iter()
            .collect();
        let (first, last): (Option<String>, Option<String>) = self
            .conn
            .query_row(
                "SELECT MIN(published), MAX(published) FROM documents",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .ctx("stats: published range")?;
        stats.first_published = first;
        stats.last_published = last;
        let pages = self.count("PRAGMA page_count")?;
        let page_size = self.count("PRAGMA page_size")?;
        stats.db_size_bytes = Some(pages * page_size);
        Ok(stats)
    }

    fn ids(&self) -> Result<Vec<String>, StoreError> {
        self.conn
            .prepare_cached("SELECT id FROM documents ORDER BY id")
            .and_then(|mut stmt| stmt.query_map([], |r| r.get(0))?.collect())
            .ctx("listing ids")
    }

    fn record_failure(&mut self, input: &str, reason: &str) -> Result<(), StoreError> {
        self.conn
            .execute(
                "INSERT INTO failures (input, reason) VALUES (?1, ?2)",
                [input, reason],
            )
            .ctx(format!("recording the failure of {input}"))?;
        Ok(())
    }

    fn failures(&self) -> Result<Vec<Failure>, StoreError> {
        self.conn
            .prepare_cached("SELECT input, reason, recorded_at FROM failures ORDER BY id")
            .and_then(|mut stmt| {
                stmt.query_map([], |r| {
                    Ok(Failure {
                        input: r.get(0)?,
                        reason: r.get(1)?,
                        recorded_at: r.get(2)?,
                    })
                })?
                .collect()
            })
            .ctx("reading failures")
    }
}

/// The `StoreStats` field counting rows of a layer table.
pub(crate) fn layer_count<'s>(stats: &'s mut StoreStats, table: &str) -> &'s mut u64 {
    match table {
        "sentences" => &mut stats.sentences,
        "entities" => &mut stats.entities,
        "times" => &mut stats.times,
        "quantities" => &mut stats.quantities,
        "quotes" => &mut stats.quotes,
        "claims" => &mut stats.claims,
        _ => &mut stats.events,
    }
}
