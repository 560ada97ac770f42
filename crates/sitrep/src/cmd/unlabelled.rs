//! The unlabelled English text under `../shared/data` that word clusters
//! are learned from, read in a fixed order so the cluster file is
//! reproducible. Evaluation text is left out: EWT dev/test, CoNLL++ test,
//! the TempEval-3 test documents. Web pages (trafilatura, newspaper4k) are
//! left out too: they are mostly not English and need HTML cleaning.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use anyhow::{Context, Result};
use sitrep_nlp::clusters::rough_tokens;

use super::data::read_text;

/// Token lists (paragraphs or treebank sentences) from every source, with
/// a one-line description of how many came from each.
pub fn read_corpus(data: &Path) -> Result<(Vec<Vec<String>>, Vec<String>)> {
    let mut sentences = Vec::new();
    let mut summary = Vec::new();
    let mut note = |name: &str, before: usize, sentences: &Vec<Vec<String>>| {
        let tokens: usize = sentences[before..].iter().map(Vec::len).sum();
        summary.push(format!(
            "{name}: {} segments, {tokens} tokens",
            sentences.len() - before
        ));
    };

    let before = sentences.len();
    for text in archive_texts(&data.join("bbc-news/bbc-fulltext.tar.xz"), ".txt")?.values() {
        paragraphs(text, &mut sentences);
    }
    note("bbc-news", before, &sentences);

    let before = sentences.len();
    for text in archive_texts(&data.join("polnear/train-and-extra.tar.xz"), ".txt")?.values() {
        paragraphs(text, &mut sentences);
    }
    for text in folder_texts(&data.join("polnear/dev/text"), ".txt")?.values() {
        paragraphs(text, &mut sentences);
    }
    note("polnear", before, &sentences);

    let before = sentences.len();
    for dir in ["AQUAINT", "TimeBank"] {
        for text in folder_texts(&data.join("tempeval3/TBAQ-cleaned").join(dir), ".tml")?.values() {
            paragraphs(&strip_tags(text), &mut sentences);
        }
    }
    note("tempeval3 (AQUAINT, TimeBank)", before, &sentences);

    let before = sentences.len();
    for file in ["conllpp_train.txt.gz", "conllpp_dev.txt"] {
        let text = read_text(&data.join("conll2003").join(file))?;
        column_sentences(&text, ' ', "-DOCSTART-", &mut sentences);
    }
    note("conll2003 train+dev", before, &sentences);

    let before = sentences.len();
    let ewt = data.join("ud-english-ewt/en_ewt-ud-train.conllu.xz");
    let ewt = sitrep_nlp::corpus::read_conllu_path(&ewt)
        .with_context(|| format!("reading {}", ewt.display()))?;
    for sentence in ewt {
        sentences.push(sentence.words.into_iter().map(|w| w.form).collect());
    }
    note("ud-english-ewt train", before, &sentences);
    Ok((sentences, summary))
}

fn paragraphs(text: &str, out: &mut Vec<Vec<String>>) {
    for line in text.lines() {
        let mut tokens = Vec::new();
        rough_tokens(line, &mut tokens);
        if !tokens.is_empty() {
            out.push(tokens);
        }
    }
}

/// One token per line in the first `sep`-separated column; blank lines end sentences.
fn column_sentences(text: &str, sep: char, skip: &str, out: &mut Vec<Vec<String>>) {
    let mut current = Vec::new();
    for line in text.lines() {
        let form = line.split(sep).next().unwrap_or("").trim();
        if form.is_empty() || form == skip {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
        } else {
            current.push(form.to_string());
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
}

/// Text of an XML document without its tags (entities left as written).
fn strip_tags(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len());
    let mut in_tag = false;
    for c in xml.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn archive_texts(path: &Path, suffix: &str) -> Result<BTreeMap<String, String>> {
    let file = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut tar = tar::Archive::new(xz2::read::XzDecoder::new(file));
    let mut out = BTreeMap::new();
    for entry in tar
        .entries()
        .with_context(|| format!("reading {}", path.display()))?
    {
        let mut entry = entry?;
        let name = entry.path()?.to_string_lossy().into_owned();
        if !name.ends_with(suffix) || name.ends_with("README.TXT") {
            continue;
        }
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes)?;
        out.insert(name, String::from_utf8_lossy(&bytes).into_owned());
    }
    Ok(out)
}

fn folder_texts(dir: &Path, suffix: &str) -> Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(dir).with_context(|| format!("listing {}", dir.display()))? {
        let path = entry?.path();
        let name = path.to_string_lossy().into_owned();
        if name.ends_with(suffix) {
            let bytes = std::fs::read(&path).with_context(|| format!("reading {name}"))?;
            out.insert(name, String::from_utf8_lossy(&bytes).into_owned());
        }
    }
    Ok(out)
}
