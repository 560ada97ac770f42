//! The one error type of the store, with enough context to act on.

/// Everything that can go wrong storing or reading documents.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A SQLite call failed; `context` says what the store was doing.
    #[error("sqlite: {context}: {source}")]
    Sqlite {
        context: String,
        #[source]
        source: rusqlite::Error,
    },
    /// A PostgreSQL call failed; `context` says what the store was doing.
    #[error("postgres: {context}: {source}")]
    Postgres {
        context: String,
        #[source]
        source: postgres::Error,
    },
    /// A JSON column could not be written or read back.
    #[error("json: {context}: {source}")]
    Json {
        context: String,
        #[source]
        source: serde_json::Error,
    },
    /// An id prefix matched more than one document.
    #[error("id prefix {prefix:?} is ambiguous; it matches {}", candidates.join(", "))]
    Ambiguous {
        prefix: String,
        /// Some of the matching ids (at most ten), sorted.
        candidates: Vec<String>,
    },
    /// An id prefix too short to look up (fewer than [`crate::MIN_PREFIX_LEN`] hex digits).
    #[error("id prefix {prefix:?} is too short; give at least {min} hex digits")]
    PrefixTooShort { prefix: String, min: usize },
    /// The database was written by a newer sitrep than this one.
    #[error("database schema version {found} is newer than this sitrep supports ({supported}); upgrade sitrep")]
    SchemaTooNew { found: i64, supported: i64 },
    /// The document cannot be stored faithfully (for example a NaN quantity,
    /// which JSON cannot carry, or a NUL character, which PostgreSQL text cannot).
    #[error("document {id} cannot be stored: {reason}")]
    InvalidDocument { id: String, reason: String },
    /// A stored row does not decode into the document model (a corrupt or
    /// hand-edited database).
    #[error("stored document {id} is malformed: {reason}")]
    Corrupt { id: String, reason: String },
    /// The store specification or an argument is unusable.
    #[error("{0}")]
    Invalid(String),
}

/// Attaches "what was being done" to backend errors.
pub(crate) trait Context<T> {
    fn ctx(self, context: impl Into<String>) -> Result<T, StoreError>;
}

impl<T> Context<T> for Result<T, rusqlite::Error> {
    fn ctx(self, context: impl Into<String>) -> Result<T, StoreError> {
        self.map_err(|source| StoreError::Sqlite {
            context: context.into(),
            source,
        })
    }
}

impl<T> Context<T> for Result<T, postgres::Error> {
    fn ctx(self, context: impl Into<String>) -> Result<T, StoreError> {
        self.map_err(|source| StoreError::Postgres {
            context: context.into(),
            source,
        })
    }
}

impl<T> Context<T> for Result<T, serde_json::Error> {
    fn ctx(self, context: impl Into<String>) -> Result<T, StoreError> {
        self.map_err(|source| StoreError::Json {
            context: context.into(),
            source,
        })
    }
}
