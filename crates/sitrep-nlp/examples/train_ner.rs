//! Trains the named-entity recognizer on CoNLL-2003 and scores it.
//!
//! ```text
//! cargo run --release -p sitrep-nlp --example train_ner -- \
//!     --train ../shared/data/conll2003/conllpp_train.txt.gz \
//!     --dev ../shared/data/conll2003/conllpp_dev.txt \
//!     --test ../shared/data/conll2003/conllpp_test.txt \
//!     --geonames ../shared/data/geonames --out models/ner.model --seed 1 --epochs 10
//! ```

use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow_free::Result;
use sitrep_nlp::ner::{evaluate_ner, parse_conll, train_ner, Gazetteer, Ner};

/// Minimal error plumbing without adding a dependency.
mod anyhow_free {
    pub type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;
}

fn read_text(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut text = String::new();
    match path.extension().and_then(|e| e.to_str()) {
        Some("gz") => {
            flate2::read::GzDecoder::new(&bytes[..]).read_to_string(&mut text)?;
        }
        Some("xz") => {
            xz2::read::XzDecoder::new(&bytes[..]).read_to_string(&mut text)?;
        }
        _ => text = String::from_utf8(bytes)?,
    }
    Ok(text)
}

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let (mut train, mut dev, mut test, mut geonames, mut out) = (None, None, None, None, None);
    let (mut seed, mut epochs) = (1u64, 10usize);
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--train" => train = Some(PathBuf::from(value()?)),
            "--dev" => dev = Some(PathBuf::from(value()?)),
            "--test" => test = Some(PathBuf::from(value()?)),
            "--geonames" => geonames = Some(PathBuf::from(value()?)),
            "--out" => out = Some(PathBuf::from(value()?)),
            "--seed" => seed = value()?.parse()?,
            "--epochs" => epochs = value()?.parse()?,
            other => return Err(format!("unknown argument {other}").into()),
        }
    }
    let train = parse_conll(&read_text(&train.ok_or("--train is required")?)?)?;
    let dev = match dev {
        Some(p) => parse_conll(&read_text(&p)?)?,
        None => Vec::new(),
    };
    let places = match geonames {
        Some(dir) => Gazetteer::from_geonames(
            &read_text(&dir.join("countries.json"))?,
            &read_text(&dir.join("cities15000.json.xz"))?,
            &read_text(&dir.join("continents.json"))?,
            &read_text(&dir.join("us_states.json"))?,
        )?,
        None => Gazetteer::new(),
    };
    eprintln!("place gazetteer: {} entries", places.len());
    let (model, report) = train_ner(&train, &dev, seed, epochs, &places)?;
    println!("{}", report.summary());
    if let Some(out) = out {
        std::fs::write(&out, &model).map_err(|e| format!("{}: {e}", out.display()))?;
        eprintln!("wrote {} ({} bytes)", out.display(), model.len());
    }
    if let Some(test) = test {
        let gold = parse_conll(&read_text(&test)?)?;
        let ner = Ner::from_bytes(&model)?;
        println!("test:\n{}", evaluate_ner(&ner, &gold).report());
    }
    Ok(())
}
