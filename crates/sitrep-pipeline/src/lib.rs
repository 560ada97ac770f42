//! Composes the stage crates into the sitrep pipeline: raw document in, annotated Doc out.
