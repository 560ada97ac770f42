//! The PostgreSQL backend: the same schema and semantics as SQLite, for
//! corpora shared between analysts or too large for one file.

use std::cell::RefCell;

use postgres::types::ToSql;
use postgres::{Client, GenericClient, NoTls, Statement};
use serde::Serialize;
use sitrep_core::{Doc, Removed};

use crate::error::{Context, StoreError};
use crate::postgres_sql::put_doc_sql;
use crate::rows::{
    normalize_key, prefix_query, resolve_prefix, DocRow, LayerRows, PrefixQuery, StoredDoc,
    AMBIGUOUS_SHOWN,
};
use crate::schema::{LATEST_VERSION, LAYER_TABLES, POSTGRES_MIGRATIONS};
use crate::sqlite_store::layer_count;
use crate::{Failure, PutOutcome, Store, StoreStats};

/// Advisory lock key serializing concurrent migrations ("sitrep" in ASCII).
const MIGRATION_LOCK: i64 = 0x7369_7472_6570;

const SELECT_DOC: &str = "SELECT id, content_hash, source_path, source_url, source_format, \
     source_record, title, published, published_basis, published_evidence, language, \
     authors::text, site_name, canonical_url, text, layers_json::text, diagnostics_json::text \
     FROM documents WHERE id = $1";

/// Statements prepared once per connection.
struct Prepared {
    /// See [`put_doc_sql`].
    put_doc: Statement,
    select_doc: Statement,
}

/// A store in a PostgreSQL database (or one schema of it).
pub struct PostgresStore {
    client: RefCell<Client>,
    prepared: Prepared,
}

impl std::fmt::Debug for PostgresStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostgresStore").finish_non_exhaustive()
    }
}

impl PostgresStore {
    /// Connects to `url` (`postgres://user:pass@host:port/db`, without TLS)
    /// and brings the schema in the connection's default schema up to date.
    pub fn connect(url: &str) -> Result<Self, StoreError> {
        let client = Client::connect(url, NoTls).ctx("connecting")?;
        Self::init(client)
    }

    /// Like [`PostgresStore::connect`], but keeps every table in the named
    /// schema (created if missing), so several stores can share a database.
    /// `schema` must be a plain lower-case identifier.
    pub fn connect_with_schema(url: &str, schema: &str) -> Result<Self, StoreError> {
        let plain = schema
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
            && schema
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !plain || schema.len() > 63 {
            return Err(StoreError::Invalid(format!(
                "unusable schema name {schema:?}"
            )));
        }
        let mut client = Client::connect(url, NoTls).ctx("connecting")?;
        client
            .batch_execute(&format!(
                "CREATE SCHEMA IF NOT EXISTS {schema}; SET search_path TO {schema}"
            ))
            .ctx(format!("selecting schema {schema}"))?;
        Self::init(client)
    }

    fn init(mut client: Client) -> Result<Self, StoreError> {
        migrate(&mut client)?;
        let prepared = Prepared {
            put_doc: client
                .prepare(&put_doc_sql())
                .ctx("preparing the document insert")?,
            select_doc: client
                .prepare(SELECT_DOC)
                .ctx("preparing the document select")?,
        };
        Ok(PostgresStore {
            client: RefCell::new(client),
            prepared,
        })
    }

    /// The schema version of the connected database.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        let row = self
            .client
            .borrow_mut()
            .query_one(
                "SELECT COALESCE(MAX(version), 0)::bigint FROM schema_version",
                &[],
            )
            .ctx("reading schema_version")?;
        Ok(row.get(0))
    }

    fn load(&self, id: &str) -> Result<Option<Doc>, StoreError> {
        let ctx = || format!("reading document {id}");
        let mut client = self.client.borrow_mut();
        let Some(r) = client
            .query_opt(&self.prepared.select_doc, &[&id])
            .ctx(ctx())?
        else {
            return Ok(None);
        };
        let stored = StoredDoc {
            id: r.try_get(0).ctx(ctx())?,
            content_hash: r.try_get(1).ctx(ctx())?,
            source_path: r.try_get(2).ctx(ctx())?,
            source_url: r.try_get(3).ctx(ctx())?,
            source_format: r.try_get(4).ctx(ctx())?,
            source_record: r.try_get(5).ctx(ctx())?,
            title: r.try_get(6).ctx(ctx())?,
            published: r.try_get(7).ctx(ctx())?,
            published_basis: r.try_get(8).ctx(ctx())?,
            published_evidence: r.try_get(9).ctx(ctx())?,
            language: r.try_get(10).ctx(ctx())?,
            authors_json: r.try_get(11).ctx(ctx())?,
            site_name: r.try_get(12).ctx(ctx())?,
            canonical_url: r.try_get(13).ctx(ctx())?,
            text: r.try_get(14).ctx(ctx())?,
            layers_json: r.try_get(15).ctx(ctx())?,
            diagnostics_json: r.try_get(16).ctx(ctx())?,
        };
        let removed = client
            .query(
                "SELECT text, reason FROM removed WHERE doc = $1 ORDER BY ord",
                &[&id],
            )
            .ctx(ctx())?
            .iter()
            .map(|r| {
                Ok(Removed {
                    text: r.try_get(0)?,
                    reason: r.try_get(1)?,
                })
            })
            .collect::<Result<Vec<_>, postgres::Error>>()
            .ctx(ctx())?;
        stored.into_doc(removed).map(Some)
    }

    fn count(&self, sql: &str) -> Result<u64, StoreError> {
        let row = self
            .client
            .borrow_mut()
            .query_one(sql, &[])
            .ctx(format!("stats: {sql}"))?;
        let n: Option<i64> = row.try_get(0).ctx(format!("stats: {sql}"))?;
        Ok(n.and_then(|n| u64::try_from(n).ok()).unwrap_or(0))
    }

    fn grouped(&self, sql: &str) -> Result<Vec<(String, u64)>, StoreError> {
        let rows = self
            .client
            .borrow_mut()
            .query(sql, &[])
            .ctx(format!("stats: {sql}"))?;
        rows.iter()
            .map(|r| {
                let key: String = r.try_get(0)?;
                let n: i64 = r.try_get(1)?;
                Ok((key, u64::try_from(n).unwrap_or(0)))
            })
            .collect::<Result<Vec<_>, postgres::Error>>()
            .ctx(format!("stats: {sql}"))
    }
}

/// Applies missing migrations in one transaction under an advisory lock, so
/// concurrent first connections cannot race each other.
fn migrate(client: &mut Client) -> Result<(), StoreError> {
    let mut tx = client.transaction().ctx("starting the migration")?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
        .ctx("migration lock")?;
    tx.batch_execute(
        "CREATE TABLE IF NOT EXISTS schema_version (
             version     BIGINT NOT NULL PRIMARY KEY,
             description TEXT NOT NULL,
             applied_at  TIMESTAMPTZ NOT NULL DEFAULT now()
         )",
    )
    .ctx("creating schema_version")?;
    let found: i64 = tx
        .query_one(
            "SELECT COALESCE(MAX(version), 0)::bigint FROM schema_version",
            &[],
        )
        .ctx("reading schema_version")?
        .get(0);
    if found > LATEST_VERSION {
        return Err(StoreError::SchemaTooNew {
            found,
            supported: LATEST_VERSION,
        });
    }
    for migration in POSTGRES_MIGRATIONS.iter().filter(|m| m.version > found) {
        let what = format!("applying schema version {}", migration.version);
        tx.batch_execute(migration.sql).ctx(what.clone())?;
        tx.execute(
            "INSERT INTO schema_version (version, description) VALUES ($1, $2)",
            &[&migration.version, &migration.description],
        )
        .ctx(what)?;
    }
    tx.commit().ctx("committing the migration")
}

/// PostgreSQL text cannot hold NUL; say so plainly instead of failing with
/// an encoding error deep inside the insert.
fn check_no_nul(doc: &Doc) -> Result<(), StoreError> {
    let nul_in = |s: &str| s.contains('\0');
    if nul_in(&doc.text)
        || doc.meta.title.as_deref().is_some_and(nul_in)
        || doc.removed.iter().any(|r| nul_in(&r.text))
    {
        return Err(StoreError::InvalidDocument {
            id: doc.id.clone(),
            reason: "contains a NUL character, which PostgreSQL text cannot hold".into(),
        });
    }
    Ok(())
}

fn layer_json<T: Serialize>(rows: &[T], table: &str) -> Result<String, StoreError> {
    serde_json::to_string(rows).ctx(format!("encoding {table} rows"))
}

fn insert_doc(
    client: &mut impl GenericClient,
    prepared: &Prepared,
    doc: &Doc,
) -> Result<PutOutcome, StoreError> {
    check_no_nul(doc)?;
    let row = DocRow::from_doc(doc)?;
    let layers = LayerRows::from_doc(doc)?;
    let encoded = [
        layer_json(&layers.removed, "removed")?,
        layer_json(&layers.sentences, "sentences")?,
        layer_json(&layers.entities, "entities")?,
        layer_json(&layers.times, "times")?,
        layer_json(&layers.quantities, "quantities")?,
        layer_json(&layers.quotes, "quotes")?,
        layer_json(&layers.claims, "claims")?,
        layer_json(&layers.events, "events")?,
    ];
    let params: [&(dyn ToSql + Sync); 25] = [
        &row.id,
        &row.content_hash,
        &row.source_path,
        &row.source_url,
        &row.source_format,
        &row.source_record,
        &row.title,
        &row.published,
        &row.published_basis,
        &row.published_evidence,
        &row.language,
        &row.authors_json,
        &row.site_name,
        &row.canonical_url,
        &row.text,
        &row.layers_json,
        &row.diagnostics_json,
        &encoded[0],
        &encoded[1],
        &encoded[2],
        &encoded[3],
        &encoded[4],
        &encoded[5],
        &encoded[6],
        &encoded[7],
    ];
    let inserted: i64 = client
        .query_one(&prepared.put_doc, &params)
        .and_then(|r| r.try_get(0))
        .ctx(format!("storing document {}", doc.id))?;
    Ok(if inserted == 0 {
        PutOutcome::Duplicate
    } else {
        PutOutcome::Inserted
    })
}

impl Store for PostgresStore {
    fn put(&mut self, doc: &Doc) -> Result<PutOutcome, StoreError> {
        // One statement, so no explicit transaction is needed for atomicity.
        insert_doc(self.client.get_mut(), &self.prepared, doc)
    }

    fn put_many(&mut self, docs: &[Doc]) -> Result<Vec<PutOutcome>, StoreError> {
        let client = self.client.get_mut();
        let mut tx = client.transaction().ctx("starting a batch transaction")?;
        let mut outcomes = Vec::with_capacity(docs.len());
        for doc in docs {
            outcomes.push(insert_doc(&mut tx, &self.prepared, doc)?);
        }
        tx.commit()
            .ctx(format!("committing a batch of {} documents", docs.len()))?;
        Ok(outcomes)
    }

    fn contains_content(&self, content_hash: &str) -> Result<bool, StoreError> {
        let row = self
            .client
            .borrow_mut()
            .query_opt(
                "SELECT 1 FROM documents WHERE content_hash = $1",
                &[&content_hash],
            )
            .ctx("looking up a content hash")?;
        Ok(row.is_some())
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
                let rows = self
                    .client
                    .borrow_mut()
                    .query(
                        "SELECT id FROM documents WHERE id >= $1 AND id < $2 ORDER BY id LIMIT $3",
                        &[&low, &high, &AMBIGUOUS_SHOWN],
                    )
                    .ctx(format!("looking up id prefix {key}"))?;
                let found = rows
                    .iter()
                    .map(|r| r.try_get(0))
                    .collect::<Result<Vec<String>, _>>()
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
        let row = self
            .client
            .borrow_mut()
            .query_one("SELECT MIN(published), MAX(published) FROM documents", &[])
            .ctx("stats: published range")?;
        stats.first_published = row.try_get(0).ctx("stats: published range")?;
        stats.last_published = row.try_get(1).ctx("stats: published range")?;
        // Tables with their indexes and TOAST, in the schema the store uses.
        stats.db_size_bytes = Some(self.count(
            "SELECT sum(pg_total_relation_size(c.oid))::bigint FROM pg_class c \
             JOIN pg_namespace n ON n.oid = c.relnamespace \
             WHERE n.nspname = current_schema() AND c.relkind = 'r'",
        )?);
        Ok(stats)
    }

    fn ids(&self) -> Result<Vec<String>, StoreError> {
        let rows = self
            .client
            .borrow_mut()
            .query("SELECT id FROM documents ORDER BY id", &[])
            .ctx("listing ids")?;
        rows.iter()
            .map(|r| r.try_get(0))
            .collect::<Result<Vec<_>, _>>()
            .ctx("listing ids")
    }

    fn record_failure(&mut self, input: &str, reason: &str) -> Result<(), StoreError> {
        // NUL cannot be stored; the rest of the message is what matters.
        let input = input.replace('\0', "\u{FFFD}");
        let reason = reason.replace('\0', "\u{FFFD}");
        self.client
            .get_mut()
            .execute(
                "INSERT INTO failures (input, reason) VALUES ($1, $2)",
                &[&input, &reason],
            )
            .ctx(format!("recording the failure of {input}"))?;
        Ok(())
    }

    fn failures(&self) -> Result<Vec<Failure>, StoreError> {
        let rows = self
            .client
            .borrow_mut()
            .query(
                "SELECT input, reason, to_char(recorded_at AT TIME ZONE 'UTC', \
                 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') FROM failures ORDER BY id",
                &[],
            )
            .ctx("reading failures")?;
        rows.iter()
            .map(|r| {
                Ok(Failure {
                    input: r.try_get(0)?,
                    reason: r.try_get(1)?,
                    recorded_at: r.try_get(2)?,
                })
            })
            .collect::<Result<Vec<_>, postgres::Error>>()
            .ctx("reading failures")
    }
}
