//! Integration tests of `sitrep_clean::clean` (one test binary).

mod bbc;
mod charsets;
mod corpus;
mod properties;
mod shared;
