//! Throughput of the core models (tagger + lemmatizer + parser) on the BBC
//! news texts, single thread. Tokenization and sentence splitting happen
//! before the clock starts.
//!
//! `cargo run --release -p sitrep-nlp --example bench_core`

use std::io::Read;
use std::time::Instant;

use sitrep_nlp::corpus::shared_dir;
use sitrep_nlp::CoreModels;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = shared_dir().join("data/bbc-news/bbc-fulltext.tar.xz");
    let mut archive = tar::Archive::new(xz2::read::XzDecoder::new(std::fs::File::open(&path)?));
    let mut texts = Vec::new();
    for entry in archive.entries()? {
        let mut entry = entry?;
        if entry.path()?.extension().is_some_and(|e| e == "txt") {
            let mut raw = Vec::new();
            entry.read_to_end(&mut raw)?;
            texts.push(String::from_utf8_lossy(&raw).into_owned());
        }
    }
    let mut sentences: Vec<Vec<&str>> = Vec::new();
    for text in &texts {
        let (tokens, spans) = sitrep_text::sentences::tokenize_and_split(text);
        for s in spans {
            let words = tokens[s.tokens.0 as usize..s.tokens.1 as usize]
                .iter()
                .map(|t| &text[t.span.start..t.span.end])
                .collect();
            sentences.push(words);
        }
    }
    let n_tokens: usize = sentences.iter().map(Vec::len).sum();

    let started = Instant::now();
    let models = CoreModels::embedded()?;
    let load = started.elapsed();
    println!(
        "{} articles, {} sentences, {} tokens; models loaded in {:.1} ms (~{:.1} MB)",
        texts.len(),
        sentences.len(),
        n_tokens,
        load.as_secs_f64() * 1e3,
        models.memory_bytes() as f64 / 1e6
    );

    let mut tags = Vec::new();
    let started = Instant::now();
    for words in &sentences {
        models.tagger.tag(words, &mut tags);
    }
    report("tagger", n_tokens, started);

    let tagged: Vec<(Vec<&str>, Vec<&str>)> = sentences
        .iter()
        .map(|words| {
            models.tagger.tag(words, &mut tags);
            (
                tags.iter().map(|&t| models.tagger.upos(t)).collect(),
                tags.iter().map(|&t| models.tagger.xpos(t)).collect(),
            )
        })
        .collect();
    let started = Instant::now();
    let mut lemma = String::new();
    for (words, (upos, xpos)) in sentences.iter().zip(&tagged) {
        for i in 0..words.len() {
            models
                .lemmatizer
                .lemmatize_into(words[i], upos[i], xpos[i], &mut lemma);
        }
    }
    report("lemmatizer", n_tokens, started);

    let started = Instant::now();
    for (words, (upos, xpos)) in sentences.iter().zip(&tagged) {
        std::hint::black_box(models.parser.parse(words, upos, xpos));
    }
    report("parser", n_tokens, started);

    let started = Instant::now();
    for words in &sentences {
        std::hint::black_box(models.analyze(words));
    }
    report("tag+lemma+parse (CoreModels::analyze)", n_tokens, started);
    Ok(())
}

fn report(what: &str, n_tokens: usize, started: Instant) {
    let secs = started.elapsed().as_secs_f64();
    println!(
        "{what}: {:.2} s, {:.0} tokens/s",
        secs,
        n_tokens as f64 / secs
    );
}
