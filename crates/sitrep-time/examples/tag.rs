//! Prints the time expressions and quantities of a text.
//!
//! `cargo run -p sitrep-time --example tag -- "TEXT" [ANCHOR]`

#![allow(clippy::unwrap_used)]

use sitrep_time::{find_quantities, find_times, Anchor};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let text = args.first().cloned().unwrap_or_default();
    let anchor = args.get(1).and_then(|a| Anchor::parse(a));
    for t in find_times(&text, anchor.as_ref()) {
        println!(
            "TIME\t{}\t{:?}\t{}\t{}",
            &text[t.span.start..t.span.end],
            t.kind,
            t.value,
            t.anchor
        );
    }
    for q in find_quantities(&text, &[]) {
        println!(
            "QTY\t{}\t{}\t{:?}\t{:?}\t{:?}",
            &text[q.span.start..q.span.end],
            q.value,
            q.value_max,
            q.approx,
            q.unit
        );
    }
}
