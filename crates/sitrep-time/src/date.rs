//! Calendar arithmetic lives in the shared document model
//! ([`sitrep_core::calendar`]) so the cleaner's dateline reader and the time
//! layer agree on every day number; this module re-exports it under the name
//! the time layer has always used.

pub use sitrep_core::calendar::*;
