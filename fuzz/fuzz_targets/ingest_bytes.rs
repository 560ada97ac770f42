//! Feeds arbitrary bytes through format sniffing and every ingest reader.
//! The first byte picks the limits, so that the size-limit paths are
//! exercised as well as the parsers.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sitrep_ingest::{read_bytes, sniff, Limits};

fuzz_target!(|data: &[u8]| {
    let (limits, input) = match data.split_first() {
        Some((selector, rest)) if selector & 1 == 1 => (
            Limits {
                max_document_bytes: 64 + usize::from(*selector) * 4,
                max_line_bytes: 32 + usize::from(*selector),
            },
            rest,
        ),
        Some((_, rest)) => (Limits::default(), rest),
        None => (Limits::default(), data),
    };
    let _ = sniff(input);
    let mut inputs = read_bytes("fuzz", input, limits);
    let mut yielded = 0u64;
    for result in inputs.by_ref() {
        if let Err(err) = result {
            assert!(!err.reason.is_empty());
        }
        yielded += 1;
        assert!(yielded <= input.len() as u64 + 1);
    }
    let stats = inputs.stats();
    assert_eq!(stats.documents + stats.errors, yielded);
});
