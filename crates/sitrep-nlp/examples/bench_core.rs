//! Throughput of the core models (tagger + lemmatizer + parser) on the BBC
//! news texts, single thread. Per-component figures are timed on
//! pre-tokenized sentences; the two end-to-end figures at the end start
//! from the raw text (tokenize + split + tag + NER, and the full core:
//! tokenize + split + tag + lemmatize + parse + NER, as pipeline stages).
//!
//! `cargo run --release -p sitrep-nlp --example bench_core [-- MODEL_DIR]`

use std::io::Read;
use std::time::Instant;

use sitrep_core::{Doc, Source, SourceFormat, Stage};
use sitrep_nlp::corpus::shared_dir;
use sitrep_nlp::ner::Ner;
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
    // An optional argument names a model directory instead of the embedded models.
    let models = match std::env::args().nth(1) {
        Some(dir) => CoreModels::load_dir(std::path::Path::new(&dir))?,
        None => CoreModels::embedded()?,
    };
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
    let started = Clock::now();
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
    let started = Clock::now();
    let mut lemma = String::new();
    for (words, (upos, xpos)) in sentences.iter().zip(&tagged) {
        for i in 0..words.len() {
            models
                .lemmatizer
                .lemmatize_into(words[i], upos[i], xpos[i], &mut lemma);
        }
    }
    report("lemmatizer", n_tokens, started);

    let started = Clock::now();
    for (words, (upos, xpos)) in sentences.iter().zip(&tagged) {
        std::hint::black_box(models.parser.parse(words, upos, xpos));
    }
    report("parser", n_tokens, started);

    let started = Clock::now();
    for words in &sentences {
        std::hint::black_box(models.analyze(words));
    }
    report("tag+lemma+parse (CoreModels::analyze)", n_tokens, started);

    let started = Instant::now();
    let ner = Ner::embedded()?;
    println!(
        "NER model loaded in {:.1} ms",
        started.elapsed().as_secs_f64() * 1e3
    );
    let new_doc = |text: &String| {
        Doc::new(
            String::new(),
            Source {
                path: path.display().to_string(),
                url: None,
                format: SourceFormat::Text,
                record: 0,
            },
            String::new(),
            text.clone(),
        )
    };
    // Warm the per-word caches once, as a long-running process would be.
    for text in texts.iter().take(200) {
        let mut doc = new_doc(text);
        let (tokens, spans) = sitrep_text::sentences::tokenize_and_split(text);
        doc.layers.tokens = tokens;
        doc.layers.sentences = spans;
        models.run(&mut doc);
        ner.run(&mut doc);
    }
    let docs: Vec<Doc> = texts.iter().map(new_doc).collect();

    let mut timed = docs.clone();
    let started = Clock::now();
    let mut counted = 0usize;
    for doc in &mut timed {
        let (tokens, spans) = sitrep_text::sentences::tokenize_and_split(&doc.text);
        doc.layers.tokens = tokens;
        doc.layers.sentences = spans;
        for s in &doc.layers.sentences {
            let words: Vec<&str> = doc.layers.tokens[s.tokens.0 as usize..s.tokens.1 as usize]
                .iter()
                .map(|t| &doc.text[t.span.start..t.span.end])
                .collect();
            models.tagger.tag(&words, &mut tags);
        }
        ner.run(doc);
        counted += doc.layers.tokens.len();
    }
    report("tokenize+split+tag+NER (from raw text)", counted, started);

    let mut timed = docs.clone();
    let started = Clock::now();
    let mut counted = 0usize;
    for doc in &mut timed {
        let (tokens, spans) = sitrep_text::sentences::tokenize_and_split(&doc.text);
        doc.layers.tokens = tokens;
        doc.layers.sentences = spans;
        models.run(doc);
        ner.run(doc);
        counted += doc.layers.tokens.len();
    }
    report(
        "full core: tokenize+split+tag+lemma+parse+NER (stages, from raw text)",
        counted,
        started,
    );
    Ok(())
}

fn report(what: &str, n_tokens: usize, started: Clock) {
    let wall = started.wall.elapsed().as_secs_f64();
    let cpu = cpu_seconds().map(|now| now - started.cpu);
    match cpu {
        Some(cpu) if cpu > 0.0 => println!(
            "{what}: {wall:.2} s wall, {cpu:.2} s CPU; {:.0} tokens/s wall, {:.0} tokens/s CPU",
            n_tokens as f64 / wall,
            n_tokens as f64 / cpu
        ),
        _ => println!(
            "{what}: {wall:.2} s, {:.0} tokens/s",
            n_tokens as f64 / wall
        ),
    }
}

/// Wall clock and process CPU time at the start of a measurement. On a
/// shared machine the CPU-time figure is the fairer single-core number.
#[derive(Clone, Copy)]
struct Clock {
    wall: Instant,
    cpu: f64,
}

impl Clock {
    fn now() -> Clock {
        Clock {
            wall: Instant::now(),
            cpu: cpu_seconds().unwrap_or(0.0),
        }
    }
}

/// User + system CPU seconds of this process (Linux `/proc/self/stat`,
/// clock ticks of 1/100 s); `None` elsewhere.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the parenthesised command name; utime and stime are 14 and 15.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split(' ').collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}
