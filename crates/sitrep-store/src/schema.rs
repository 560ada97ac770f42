//! Versioned schema migrations for both backends.
//!
//! A migration is applied once, inside a transaction together with its row
//! in `schema_version`, so a crash mid-migration leaves the previous version
//! intact. Migrations are only ever appended; an applied one never changes.
//!
//! All `start_byte`/`end_byte` and `*_start`/`*_end` columns are byte
//! offsets into `documents.text` (half-open ranges), as in
//! [`sitrep_core::Span`]. Enum-valued columns hold the JSON contract's
//! spelling (`occurred`, `PER`, `more_than` ...).

/// The schema version this build writes and understands.
pub const LATEST_VERSION: i64 = 1;

/// One schema change: its version and the SQL that brings the previous
/// version to it.
#[derive(Debug, Clone, Copy)]
pub struct Migration {
    pub version: i64,
    pub description: &'static str,
    pub sql: &'static str,
}

/// SQLite migrations, oldest first.
pub const SQLITE_MIGRATIONS: &[Migration] = &[Migration {
    version: 1,
    description: "documents, removed lines, annotation layers, failures",
    sql: SQLITE_V1,
}];

/// PostgreSQL migrations, oldest first. Same tables and columns as SQLite,
/// in PostgreSQL's types: `bigint` offsets, `jsonb` JSON columns, ids in the
/// `C` collation so that prefix ranges use the primary-key index.
pub const POSTGRES_MIGRATIONS: &[Migration] = &[Migration {
    version: 1,
    description: "documents, removed lines, annotation layers, failures",
    sql: POSTGRES_V1,
}];

const SQLITE_V1: &str = r#"
CREATE TABLE documents (
    id                 TEXT NOT NULL PRIMARY KEY,
    content_hash       TEXT NOT NULL UNIQUE,
    source_path        TEXT NOT NULL,
    source_url         TEXT,
    source_format      TEXT NOT NULL,
    source_record      INTEGER NOT NULL,
    title              TEXT,
    published          TEXT,
    published_basis    TEXT NOT NULL,
    published_evidence TEXT,
    language           TEXT,
    authors            TEXT NOT NULL,
    site_name          TEXT,
    canonical_url      TEXT,
    text               TEXT NOT NULL,
    layers_json        TEXT NOT NULL,
    diagnostics_json   TEXT NOT NULL,
    ingested_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX documents_published ON documents (published);

CREATE TABLE removed (
    doc    TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord    INTEGER NOT NULL,
    text   TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (doc, ord)
);

CREATE TABLE sentences (
    doc         TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    start_byte  INTEGER NOT NULL,
    end_byte    INTEGER NOT NULL,
    token_start INTEGER NOT NULL,
    token_end   INTEGER NOT NULL,
    PRIMARY KEY (doc, idx)
);

CREATE TABLE entities (
    doc        TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    start_byte INTEGER NOT NULL,
    end_byte   INTEGER NOT NULL,
    label      TEXT NOT NULL,
    canonical  TEXT NOT NULL,
    PRIMARY KEY (doc, idx)
);
CREATE INDEX entities_canonical ON entities (canonical, label);

CREATE TABLE times (
    doc        TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    start_byte INTEGER NOT NULL,
    end_byte   INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    value      TEXT NOT NULL,
    anchor     TEXT NOT NULL,
    PRIMARY KEY (doc, idx)
);

CREATE TABLE quantities (
    doc        TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    start_byte INTEGER NOT NULL,
    end_byte   INTEGER NOT NULL,
    value      REAL NOT NULL,
    value_max  REAL,
    approx     TEXT NOT NULL,
    unit       TEXT,
    unit_start INTEGER,
    unit_end   INTEGER,
    PRIMARY KEY (doc, idx)
);

CREATE TABLE quotes (
    doc           TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx           INTEGER NOT NULL,
    start_byte    INTEGER NOT NULL,
    end_byte      INTEGER NOT NULL,
    content_start INTEGER NOT NULL,
    content_end   INTEGER NOT NULL,
    direct        INTEGER NOT NULL,
    cue_start     INTEGER,
    cue_end       INTEGER,
    speaker       TEXT,
    speaker_start INTEGER,
    speaker_end   INTEGER,
    speaker_title TEXT,
    outlet        TEXT,
    PRIMARY KEY (doc, idx)
);

CREATE TABLE claims (
    doc         TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    start_byte  INTEGER NOT NULL,
    end_byte    INTEGER NOT NULL,
    attribution TEXT NOT NULL,
    cue_start   INTEGER,
    cue_end     INTEGER,
    PRIMARY KEY (doc, idx)
);

CREATE TABLE events (
    doc           TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx           INTEGER NOT NULL,
    kind          TEXT NOT NULL,
    plover        TEXT NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end   INTEGER NOT NULL,
    start_byte    INTEGER NOT NULL,
    end_byte      INTEGER NOT NULL,
    sentence      INTEGER NOT NULL,
    date          TEXT,
    date_start    INTEGER,
    date_end      INTEGER,
    place         TEXT,
    place_start   INTEGER,
    place_end     INTEGER,
    status        TEXT NOT NULL,
    stage         TEXT,
    attributed_to TEXT,
    actors        TEXT NOT NULL,
    PRIMARY KEY (doc, idx)
);
CREATE INDEX events_kind ON events (kind);

CREATE TABLE failures (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    input       TEXT NOT NULL,
    reason      TEXT NOT NULL,
    recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
"#;

const POSTGRES_V1: &str = r#"
CREATE TABLE documents (
    id                 TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    content_hash       TEXT NOT NULL UNIQUE,
    source_path        TEXT NOT NULL,
    source_url         TEXT,
    source_format      TEXT NOT NULL,
    source_record      BIGINT NOT NULL,
    title              TEXT,
    published          TEXT COLLATE "C",
    published_basis    TEXT NOT NULL,
    published_evidence TEXT,
    language           TEXT,
    authors            JSONB NOT NULL,
    site_name          TEXT,
    canonical_url      TEXT,
    text               TEXT NOT NULL,
    layers_json        JSONB NOT NULL,
    diagnostics_json   JSONB NOT NULL,
    ingested_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX documents_published ON documents (published);

CREATE TABLE removed (
    doc    TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord    BIGINT NOT NULL,
    text   TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (doc, ord)
);

CREATE TABLE sentences (
    doc         TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx         BIGINT NOT NULL,
    start_byte  BIGINT NOT NULL,
    end_byte    BIGINT NOT NULL,
    token_start BIGINT NOT NULL,
    token_end   BIGINT NOT NULL,
    PRIMARY KEY (doc, idx)
);

CREATE TABLE entities (
    doc        TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx        BIGINT NOT NULL,
    start_byte BIGINT NOT NULL,
    end_byte   BIGINT NOT NULL,
    label      TEXT NOT NULL,
    canonical  TEXT NOT NULL,
    PRIMARY KEY (doc, idx)
);
CREATE INDEX entities_canonical ON entities (canonical, label);

CREATE TABLE times (
    doc        TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx        BIGINT NOT NULL,
    start_byte BIGINT NOT NULL,
    end_byte   BIGINT NOT NULL,
    kind       TEXT NOT NULL,
    value      TEXT NOT NULL,
    anchor     TEXT NOT NULL,
    PRIMARY KEY (doc, idx)
);

CREATE TABLE quantities (
    doc        TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx        BIGINT NOT NULL,
    start_byte BIGINT NOT NULL,
    end_byte   BIGINT NOT NULL,
    value      DOUBLE PRECISION NOT NULL,
    value_max  DOUBLE PRECISION,
    approx     TEXT NOT NULL,
    unit       TEXT,
    unit_start BIGINT,
    unit_end   BIGINT,
    PRIMARY KEY (doc, idx)
);

CREATE TABLE quotes (
    doc           TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx           BIGINT NOT NULL,
    start_byte    BIGINT NOT NULL,
    end_byte      BIGINT NOT NULL,
    content_start BIGINT NOT NULL,
    content_end   BIGINT NOT NULL,
    direct        BOOLEAN NOT NULL,
    cue_start     BIGINT,
    cue_end       BIGINT,
    speaker       TEXT,
    speaker_start BIGINT,
    speaker_end   BIGINT,
    speaker_title TEXT,
    outlet        TEXT,
    PRIMARY KEY (doc, idx)
);

CREATE TABLE claims (
    doc         TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx         BIGINT NOT NULL,
    start_byte  BIGINT NOT NULL,
    end_byte    BIGINT NOT NULL,
    attribution TEXT NOT NULL,
    cue_start   BIGINT,
    cue_end     BIGINT,
    PRIMARY KEY (doc, idx)
);

CREATE TABLE events (
    doc           TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx           BIGINT NOT NULL,
    kind          TEXT NOT NULL,
    plover        TEXT NOT NULL,
    trigger_start BIGINT NOT NULL,
    trigger_end   BIGINT NOT NULL,
    start_byte    BIGINT NOT NULL,
    end_byte      BIGINT NOT NULL,
    sentence      BIGINT NOT NULL,
    date          TEXT,
    date_start    BIGINT,
    date_end      BIGINT,
    place         TEXT,
    place_start   BIGINT,
    place_end     BIGINT,
    status        TEXT NOT NULL,
    stage         TEXT,
    attributed_to TEXT,
    actors        JSONB NOT NULL,
    PRIMARY KEY (doc, idx)
);
CREATE INDEX events_kind ON events (kind);

CREATE TABLE failures (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    input       TEXT NOT NULL,
    reason      TEXT NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
"#;

/// Names of the normalized layer tables, for counting in `stats`.
pub(crate) const LAYER_TABLES: [&str; 7] = [
    "sentences",
    "entities",
    "times",
    "quantities",
    "quotes",
    "claims",
    "events",
];

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_numbered_consecutively_up_to_latest() {
        for list in [SQLITE_MIGRATIONS, POSTGRES_MIGRATIONS] {
            for (i, m) in list.iter().enumerate() {
                assert_eq!(m.version, i as i64 + 1);
            }
            assert_eq!(list.last().map(|m| m.version), Some(LATEST_VERSION));
        }
    }

    #[test]
    fn both_dialects_create_the_same_tables() {
        let tables = |sql: &str| -> Vec<String> {
            sql.lines()
                .filter_map(|l| l.strip_prefix("CREATE TABLE "))
                .map(|l| l.split_whitespace().next().unwrap_or("").to_string())
                .collect()
        };
        assert_eq!(tables(SQLITE_V1), tables(POSTGRES_V1));
        assert_eq!(tables(SQLITE_V1).len(), 10);
    }
}
