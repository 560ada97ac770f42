//! Prints a document's cleaned text one sentence per line with character
//! (code point) offsets, to annotate the events gold quickly; with
//! `--events`, also what the events stage finds (`--rules-only`: without
//! the trigger classifier).
//!
//! `cargo run -p sitrep-events --example show_doc -- SOURCE [MEMBER] [--events]`
//! where SOURCE is relative to the shared folder.

mod common;

use anyhow::Result;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show_events = args.iter().any(|a| a == "--events");
    let positional: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let Some(source) = positional.first() else {
        anyhow::bail!("usage: show_doc SOURCE [MEMBER] [--events]");
    };
    let member = positional.get(1).map(|s| s.as_str());
    let bytes = common::source_bytes(source, member)?;
    let annotator = common::Annotator::new()?;
    let mut doc = annotator.process(member.unwrap_or(source), &bytes)?;
    // `--rules-only`: the events the rules find without the trigger
    // classifier, to see what they miss on documents it was trained on.
    if args.iter().any(|a| a == "--rules-only") {
        doc.layers.events = sitrep_events::EventStage::new()
            .with_triggers(None)
            .extract(&doc);
    }
    println!(
        "published: {:?}",
        doc.meta.published.as_ref().map(|p| &p.value)
    );
    for (i, s) in doc.layers.sentences.iter().enumerate() {
        let start = common::char_offset(&doc.text, s.span.start);
        println!("#{i} @{start} {}", doc.slice(s.span).replace('\n', " "));
    }
    // `--tokens=N`: the parse of sentence N, to debug the extractors.
    if let Some(n) = args.iter().find_map(|a| a.strip_prefix("--tokens=")) {
        let n: usize = n.parse()?;
        if let Some(s) = doc.layers.sentences.get(n) {
            for i in s.tokens.0..s.tokens.1 {
                let t = &doc.layers.tokens[i as usize];
                println!(
                    "  {i}\t{}\t{}\t{}\t{}\t{:?}\t{}",
                    doc.slice(t.span),
                    t.lemma,
                    t.upos,
                    t.xpos,
                    t.head,
                    t.deprel
                );
            }
        }
        for e in &doc.layers.entities {
            if s_contains(&doc, n, e.span.start) {
                println!(
                    "  ENT {:?} {} -> {}",
                    e.label,
                    doc.slice(e.span),
                    e.canonical
                );
            }
        }
        for t in &doc.layers.times {
            if s_contains(&doc, n, t.span.start) {
                println!("  TIME {:?} {} -> {}", t.kind, doc.slice(t.span), t.value);
            }
        }
    }
    if show_events {
        for e in &doc.layers.events {
            let at = common::char_offset(&doc.text, e.trigger.start);
            println!(
                "EV s{} @{at} {:?} {} {:?} {:?} {:?} {:?} {:?} {:?}",
                e.sentence,
                e.kind,
                doc.slice(e.trigger),
                e.status,
                e.date,
                e.place,
                e.stage,
                e.attributed_to,
                e.actors
                    .iter()
                    .map(|a| format!(
                        "{:?}:{}:{}",
                        a.role,
                        a.name,
                        a.country.as_deref().unwrap_or("-")
                    ))
                    .collect::<Vec<_>>()
            );
        }
    }
    Ok(())
}

fn s_contains(doc: &sitrep_core::Doc, n: usize, at: usize) -> bool {
    doc.sentence_of(at) == Some(n)
}
