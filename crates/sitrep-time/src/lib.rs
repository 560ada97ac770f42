//! Time expressions (TIMEX3) and quantities, recognized and normalized
//! against the document date.
//!
//! * [`find_times`]: dates, times, durations and sets with TIMEX3 values,
//!   resolved against the document date ([`Anchor`]) or, for anaphoric
//!   expressions, against the last absolute date of the narrative.
//! * [`find_quantities`]: numbers with their qualifier and counted object.
//! * [`infer_document_year`]: the year a text was written, from its content.
//! * [`TimeStage`]: the pipeline stage filling `Doc.layers.times` and
//!   `Doc.layers.quantities`.
//!
//! Everything is a single linear scan over words with small lookup tables;
//! nothing here does IO or panics on odd input.

mod anchor;
mod date;
mod lex;
mod mentions;
mod numbers;
mod quantities;
mod stage;
mod times;

pub use anchor::{infer_document_year, Anchor};
pub use mentions::{find_numbers, NumberMention};
pub use quantities::find_quantities;
pub use stage::TimeStage;
pub use times::find_times;
