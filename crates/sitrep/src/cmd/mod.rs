mod data;
pub mod eval;
pub mod extract;
pub mod ingest;
pub mod show;
pub mod stats;
pub mod train;
pub mod train_events;
mod unlabelled;

use sitrep_ingest::{InputSpec, Limits};

/// How a command that processes a batch ended: the exit status says whether
/// anything failed, while the rest of the batch still ran.
pub enum Outcome {
    Clean,
    SomeFailed,
}

pub fn input_specs(inputs: &[String]) -> Vec<InputSpec> {
    inputs.iter().map(|s| InputSpec::parse(s)).collect()
}

pub fn default_limits() -> Limits {
    Limits::default()
}
