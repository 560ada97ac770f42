//! Trains the learned attribution roles (`models/attrib-cue.bin`) on
//! PolNeAR train.
//!
//! `cargo run --release -p sitrep-attrib --example train_attrib -- TRAIN_DIR [--out FILE] [--heldout] [--epochs N] [--seed S]`
//!
//! TRAIN_DIR is the `train` folder unpacked from
//! `<shared>/data/polnear/train-and-extra.tar.xz`. Each article runs through
//! the standard pipeline (tokenizer, tagger, parser, NER) so that the
//! features are those the stage sees at run time. `--heldout` trains on
//! four fifths of the articles (every fifth left out) and writes the left-out
//! names to `<out>.heldout`, for development scoring without touching dev.
//! Training is deterministic: the same data, epochs and seed give the same bytes.

#[path = "../tests/support/polnear.rs"]
mod polnear;

use std::path::PathBuf;

use sitrep_attrib::roles::train::{self, GoldRoles};
use sitrep_core::{CharMap, Span};

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let mut dir: Option<PathBuf> = None;
    let mut out = PathBuf::from("models/attrib-cue.bin");
    let mut heldout = false;
    let mut epochs = 8usize;
    let mut seed = 7u64;
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .ok_or_else(|| anyhow::anyhow!("{name} needs a value"))
        };
        match arg.as_str() {
            "--out" => out = PathBuf::from(value("--out")?),
            "--heldout" => heldout = true,
            "--epochs" => epochs = value("--epochs")?.parse()?,
            "--seed" => seed = value("--seed")?.parse()?,
            _ => dir = Some(PathBuf::from(arg)),
        }
    }
    let dir = dir.ok_or_else(|| anyhow::anyhow!("usage: train_attrib TRAIN_DIR [--out FILE]"))?;
    let articles = polnear::load_split(&dir)?;
    let pipeline = sitrep_pipeline::Pipeline::standard(sitrep_pipeline::Depth::Full)?;
    let mut docs = Vec::new();
    let mut left_out = Vec::new();
    for (k, a) in articles.iter().enumerate() {
        if heldout && k % 5 == 0 {
            left_out.push(a.name.clone());
            continue;
        }
        let mut doc = polnear::doc_for(&a.name, &a.text);
        pipeline.annotate(&mut doc);
        let map = CharMap::new(&doc.text);
        let spans = |f: Option<&Vec<(usize, usize)>>| -> Vec<Span> {
            f.map(|f| {
                f.iter()
                    .map(|&(s, e)| Span::new(map.byte_offset(s), map.byte_offset(e)))
                    .collect()
            })
            .unwrap_or_default()
        };
        let gold: Vec<GoldRoles> = a
            .gold
            .attributions
            .iter()
            .map(|g| GoldRoles {
                cue: spans(g.cue.as_ref()),
                content: spans(g.content.as_ref()),
                source: spans(g.source.as_ref()),
            })
            .collect();
        docs.push(train::examples(&doc, &gold));
    }
    let [cue, content, source] = train::counts(&docs);
    println!(
        "{} articles; examples (total, positive): cue {cue:?}, content {content:?}, source {source:?}",
        docs.len()
    );
    let bytes = train::train(&docs, epochs, seed);
    std::fs::write(&out, &bytes)?;
    println!("wrote {} ({} bytes)", out.display(), bytes.len());
    if heldout {
        let list = out.with_extension("heldout");
        std::fs::write(&list, left_out.join("\n"))?;
        println!("held-out article names in {}", list.display());
    }
    Ok(())
}
