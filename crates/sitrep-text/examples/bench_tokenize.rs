//! Throughput of `tokenize_and_split` on the BBC News full-text articles
//! (single thread). Reads the `.tar.xz` into memory first, then times only
//! the tokenizer and sentence splitter (`--rules-only`: without the learned
//! boundary classifier, for comparison).
//!
//! ```text
//! cargo run --release -p sitrep-text --example bench_tokenize -- /work/shared/data/bbc-news/bbc-fulltext.tar.xz [--rounds 5] [--show N] [--dump | --dump-tokens] [--rules-only | --model FILE]
//! ```

use std::fs::File;
use std::io::Read;
use std::time::Instant;

use sitrep_core::{Sentence, Token};
use sitrep_text::sentences::{tokenize_and_split_with, BoundaryModel};

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

fn read_articles(path: &str) -> Result<Vec<String>> {
    let mut archive = tar::Archive::new(xz2::read::XzDecoder::new(File::open(path)?));
    let mut texts = Vec::new();
    for entry in archive.entries()? {
        let mut entry = entry?;
        let name = entry.path()?.to_string_lossy().into_owned();
        if !name.ends_with(".txt") || name.ends_with("README.TXT") {
            continue;
        }
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes)?;
        texts.push(String::from_utf8_lossy(&bytes).into_owned());
    }
    Ok(texts)
}

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let mut path = None;
    let mut rounds = 5usize;
    let mut show = 0usize;
    let mut dump = false;
    let mut dump_tokens = false;
    let mut model_path = None;
    let mut rules_only = false;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--rounds" => rounds = args.next().and_then(|n| n.parse().ok()).unwrap_or(5),
            "--dump" => dump = true,
            "--dump-tokens" => dump_tokens = true,
            "--rules-only" => rules_only = true,
            "--model" => model_path = args.next(),
            "--show" => show = args.next().and_then(|n| n.parse().ok()).unwrap_or(20),
            _ => path = Some(arg),
        }
    }
    let path = path.ok_or("usage: bench_tokenize BBC.tar.xz [--rounds N] [--show N]")?;
    let texts = read_articles(&path)?;
    let loaded = match &model_path {
        Some(path) => Some(BoundaryModel::from_bytes(&std::fs::read(path)?)?),
        None => None,
    };
    let model = match (&loaded, rules_only) {
        (_, true) => None,
        (Some(model), false) => Some(model),
        (None, false) => {
            Some(BoundaryModel::embedded().ok_or("the embedded sentence model is corrupt")?)
        }
    };
    let tokenize_and_split =
        |text: &str| -> (Vec<Token>, Vec<Sentence>) { tokenize_and_split_with(model, text) };
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut timings = Vec::new();
    let (mut tokens, mut sentences) = (0usize, 0usize);
    for _ in 0..rounds.max(1) {
        let start = Instant::now();
        tokens = 0;
        sentences = 0;
        for text in &texts {
            let (t, s) = tokenize_and_split(text);
            tokens += t.len();
            sentences += s.len();
        }
        timings.push(start.elapsed().as_secs_f64());
    }
    timings.sort_by(f64::total_cmp);
    let median = timings[timings.len() / 2];
    println!(
        "{} articles, {:.1} MB, {tokens} tokens, {sentences} sentences",
        texts.len(),
        bytes as f64 / 1e6
    );
    println!(
        "median of {} rounds: {:.3} s = {:.2} M tokens/s, {:.1} MB/s (best {:.3} s)",
        timings.len(),
        median,
        tokens as f64 / median / 1e6,
        bytes as f64 / median / 1e6,
        timings[0]
    );
    if dump || dump_tokens {
        // Every sentence on its own line (newlines inside shown as `⏎`), for
        // inspection; with `--dump-tokens` its tokens separated by `|`.
        for text in &texts {
            let (t, s) = tokenize_and_split(text);
            for sentence in &s {
                let line = if dump_tokens {
                    let range = sentence.tokens.0 as usize..sentence.tokens.1 as usize;
                    t[range]
                        .iter()
                        .map(|tok| &text[tok.span.start..tok.span.end])
                        .collect::<Vec<_>>()
                        .join("|")
                } else {
                    text[sentence.span.start..sentence.span.end].to_string()
                };
                println!("{}", line.replace('\n', "⏎"));
            }
        }
    }
    if show > 0 {
        if let Some(text) = texts.first() {
            let (_, s) = tokenize_and_split(text);
            for sentence in s.iter().take(show) {
                println!("| {}", &text[sentence.span.start..sentence.span.end]);
            }
        }
    }
    Ok(())
}
