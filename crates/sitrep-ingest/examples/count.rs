//! Reads inputs through `read_inputs` and reports counts and throughput;
//! used to measure ingest's memory and speed:
//! `cargo run --release -p sitrep-ingest --example count -- [--list] INPUT...`
//! (`--list` prints one line per document: source, kind, size, metadata).

use std::time::Instant;

use sitrep_ingest::{read_inputs, InputSpec, Limits};

fn main() {
    let mut list = false;
    let mut inputs = Vec::new();
    for arg in std::env::args().skip(1) {
        if arg == "--list" {
            list = true;
        } else {
            inputs.push(InputSpec::parse(&arg));
        }
    }
    let started = Instant::now();
    let mut payload_bytes = 0u64;
    let mut largest = 0usize;
    let mut shown_errors = 0;
    let mut stream = read_inputs(inputs, Limits::default());
    for result in stream.by_ref() {
        match result {
            Ok(doc) => {
                if list {
                    println!(
                        "{}#{} {:?} {:?} {} bytes {:?}",
                        doc.source.path,
                        doc.source.record,
                        doc.source.format,
                        doc.kind,
                        doc.bytes.len(),
                        doc.meta
                    );
                }
                payload_bytes += doc.bytes.len() as u64;
                largest = largest.max(doc.bytes.len());
            }
            Err(err) => {
                if shown_errors < 5 {
                    eprintln!("error: {err}");
                }
                shown_errors += 1;
            }
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    let stats = stream.stats();
    println!(
        "inputs {} documents {} errors {} skipped {} payload_bytes {} largest {} seconds {:.3} docs_per_s {:.0} payload_mb_per_s {:.1}",
        stats.inputs,
        stats.documents,
        stats.errors,
        stats.skipped_records,
        payload_bytes,
        largest,
        seconds,
        stats.documents as f64 / seconds,
        payload_bytes as f64 / seconds / 1e6,
    );
}
