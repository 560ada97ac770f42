//! Shared by the examples: find `../shared`, read a gold source (a plain
//! file, or a member of a `.tar.xz` archive) and run the full pipeline on it.
#![allow(dead_code)]

use std::collections::HashMap;
use std::io::Read;
use std::path::PathBuf;

use anyhow::{anyhow, Context, Result};
use sitrep_core::{Doc, Stage};
use sitrep_pipeline::{Depth, Pipeline};

/// `SITREP_SHARED`, else `<workspace root>/../shared`.
pub fn shared_dir() -> PathBuf {
    match std::env::var_os("SITREP_SHARED") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"),
    }
}

/// Raw bytes of each wanted member of a `.tar.xz` archive, in one pass.
pub fn archive_members(archive: &str, wanted: &[String]) -> Result<HashMap<String, Vec<u8>>> {
    let path = shared_dir().join(archive);
    let file = std::fs::File::open(&path).with_context(|| format!("opening {}", path.display()))?;
    let mut tar = tar::Archive::new(xz2::read::XzDecoder::new(file));
    let mut found = HashMap::new();
    for entry in tar.entries()? {
        let mut entry = entry?;
        let name = entry.path()?.to_string_lossy().into_owned();
        if wanted.contains(&name) {
            let mut bytes = Vec::new();
            entry.read_to_end(&mut bytes)?;
            found.insert(name, bytes);
            if found.len() == wanted.len() {
                break;
            }
        }
    }
    Ok(found)
}

/// Bytes of one source: `member` inside the archive `source`, or the file.
pub fn source_bytes(source: &str, member: Option<&str>) -> Result<Vec<u8>> {
    match member {
        Some(m) => archive_members(source, &[m.to_string()])?
            .remove(m)
            .ok_or_else(|| anyhow!("{m} not in {source}")),
        None => {
            let path = shared_dir().join(source);
            std::fs::read(&path).with_context(|| format!("reading {}", path.display()))
        }
    }
}

/// Clean and annotate `bytes` named `name` with `pipeline`.
pub fn process(pipeline: &Pipeline, name: &str, bytes: &[u8]) -> Result<Doc> {
    let raw = sitrep_ingest::read_bytes(name, bytes, sitrep_ingest::Limits::default())
        .next()
        .ok_or_else(|| anyhow!("{name}: no document"))??;
    Ok(pipeline.process(raw)?)
}

/// The standard full pipeline (which may or may not already include the
/// attribution and events stages) and those stages to run after it when it
/// does not, so the examples score what the product will run.
pub struct Annotator {
    pub pipeline: Pipeline,
    pub attribution: Option<sitrep_attrib::AttributionStage>,
    pub events: Option<sitrep_events::EventStage>,
}

impl Annotator {
    pub fn new() -> Result<Annotator> {
        let pipeline = Pipeline::standard(Depth::Full)?;
        let names = pipeline.stage_names();
        let has_events = names.contains(&"events");
        let has_attribution = names.contains(&"attribution");
        Ok(Annotator {
            pipeline,
            attribution: (!has_attribution).then_some(sitrep_attrib::AttributionStage),
            events: (!has_events).then(sitrep_events::EventStage::new),
        })
    }

    pub fn process(&self, name: &str, bytes: &[u8]) -> Result<Doc> {
        let mut doc = process(&self.pipeline, name, bytes)?;
        if let Some(stage) = &self.attribution {
            stage.run(&mut doc);
        }
        if let Some(stage) = &self.events {
            stage.run(&mut doc);
        }
        Ok(doc)
    }
}

/// Code-point offset of each byte offset query, for gold offsets.
pub fn char_offset(text: &str, byte: usize) -> usize {
    text.get(..byte).map(|s| s.chars().count()).unwrap_or(0)
}
