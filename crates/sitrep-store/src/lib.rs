//! The Store trait with an embedded SQLite backend (default) and a PostgreSQL backend.
