//! Load time and memory of the committed models (embedded copies: parsing
//! the model files and building their lookup tables): the first (cold)
//! load of this process and the best of 5.
//!
//! `cargo run --release -p sitrep-nlp --example load_models`

use std::time::{Duration, Instant};

use sitrep_nlp::ner::Ner;
use sitrep_nlp::CoreModels;

/// (first, best) load time over `runs` loads, and the last value.
fn time_loads<T>(runs: usize, mut load: impl FnMut() -> T) -> (Duration, Duration, T) {
    let started = Instant::now();
    let mut value = load();
    let first = started.elapsed();
    let mut best = first;
    for _ in 1..runs {
        let started = Instant::now();
        value = load();
        best = best.min(started.elapsed());
    }
    (first, best, value)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (core_first, core_best, core) = time_loads(5, CoreModels::embedded);
    let core = core?;
    let (ner_first, ner_best, ner) = time_loads(5, Ner::embedded);
    ner?;
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "core (tagger + lemmatizer + parser): first {:.1} ms, best {:.1} ms, ~{:.1} MB of tables",
        ms(core_first),
        ms(core_best),
        core.memory_bytes() as f64 / 1e6
    );
    println!(
        "NER: first {:.1} ms, best {:.1} ms",
        ms(ner_first),
        ms(ner_best)
    );
    println!(
        "total: first {:.1} ms, best {:.1} ms",
        ms(core_first + ner_first),
        ms(core_best + ner_best)
    );
    Ok(())
}
