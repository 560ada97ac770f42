//! Integration tests of `sitrep_clean::clean` (one test binary).

#![allow(clippy::unwrap_used)]

mod bbc;
mod charsets;
mod corpus;
mod metadata;
mod properties;
mod shared;
mod wet;
mod wet_eval;
