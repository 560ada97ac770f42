//! Measures NER throughput on the BBC News texts (tokens per second, one core).
//!
//! ```text
//! cargo run --release -p sitrep-nlp --example bench_ner -- ../shared/data/bbc-news/bbc-fulltext.tar.xz
//! ```
//! Tokenization and sentence splitting are timed separately from the NER
//! stage, which is what this figure is about.

use std::io::Read;
use std::time::{Duration, Instant};

use sitrep_core::{Doc, Source, SourceFormat};
use sitrep_nlp::ner::Ner;

/// The `.txt` members of an uncompressed tar archive (ustar headers).
fn tar_texts(archive: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    let mut at = 0;
    while at + 512 <= archive.len() {
        let header = &archive[at..at + 512];
        if header.iter().all(|&b| b == 0) {
            break;
        }
        let name = String::from_utf8_lossy(&header[..100])
            .trim_end_matches('\0')
            .to_string();
        let size_field = String::from_utf8_lossy(&header[124..136])
            .trim_matches(|c: char| c == '\0' || c == ' ')
            .to_string();
        let size = usize::from_str_radix(&size_field, 8).unwrap_or(0);
        let body = at + 512;
        if name.ends_with(".txt") && header[156] != b'5' && body + size <= archive.len() {
            out.push(String::from_utf8_lossy(&archive[body..body + size]).into_owned());
        }
        at = body + size.div_ceil(512) * 512;
    }
    out
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: bench_ner BBC_TAR_XZ [ROUNDS]")?;
    let rounds: usize = std::env::args()
        .nth(2)
        .map(|r| r.parse())
        .transpose()?
        .unwrap_or(3);
    let mut archive = Vec::new();
    xz2::read::XzDecoder::new(std::fs::File::open(&path)?).read_to_end(&mut archive)?;
    let texts = tar_texts(&archive);
    let ner = Ner::embedded()?;

    let mut docs = Vec::with_capacity(texts.len());
    let started = Instant::now();
    for text in &texts {
        let mut doc = Doc::new(
            String::new(),
            Source {
                path: path.clone(),
                url: None,
                format: SourceFormat::Text,
                record: 0,
            },
            String::new(),
            text.clone(),
        );
        let (tokens, sentences) = sitrep_text::sentences::tokenize_and_split(text);
        doc.layers.tokens = tokens;
        doc.layers.sentences = sentences;
        docs.push(doc);
    }
    let split_time = started.elapsed();
    let tokens: usize = docs.iter().map(|d| d.layers.tokens.len()).sum();

    let mut best = Duration::MAX;
    let mut entities = 0;
    for _ in 0..rounds {
        let started = Instant::now();
        entities = 0;
        for doc in &mut docs {
            ner.recognize(doc);
            entities += doc.layers.entities.len();
        }
        best = best.min(started.elapsed());
    }
    println!(
        "{} documents, {} tokens, {} entities\ntokenize+split: {:.3}s ({:.0} tokens/s)\nNER (best of {}): {:.3}s ({:.0} tokens/s)",
        docs.len(),
        tokens,
        entities,
        split_time.as_secs_f64(),
        tokens as f64 / split_time.as_secs_f64(),
        rounds,
        best.as_secs_f64(),
        tokens as f64 / best.as_secs_f64()
    );
    Ok(())
}
