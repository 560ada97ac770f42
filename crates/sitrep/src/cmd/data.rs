//! Reading training and gold files, transparently decompressing `.gz`/`.xz`.

use std::io::Read;
use std::path::Path;

use anyhow::{Context, Result};

pub fn read_text(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let mut text = String::new();
    match path.extension().and_then(|e| e.to_str()) {
        Some("gz") => {
            flate2::read::MultiGzDecoder::new(&bytes[..])
                .read_to_string(&mut text)
                .with_context(|| format!("decompressing {}", path.display()))?;
        }
        Some("xz") => {
            xz2::read::XzDecoder::new(&bytes[..])
                .read_to_string(&mut text)
                .with_context(|| format!("decompressing {}", path.display()))?;
        }
        _ => {
            text = String::from_utf8(bytes)
                .with_context(|| format!("{} is not UTF-8", path.display()))?
        }
    }
    Ok(text)
}

pub fn read_conllu(path: &Path) -> Result<Vec<sitrep_eval::conllu::ConlluSentence>> {
    let text = read_text(path)?;
    sitrep_eval::conllu::read_conllu(text.as_bytes())
        .with_context(|| format!("parsing {} as CoNLL-U", path.display()))
}
