//! Gold annotations point into `../shared`: a plain file, or a member of a
//! `.tar.xz` archive written `archive.tar.xz#member`. Archives are read once.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use anyhow::{Context, Result};

pub struct Sources<'a> {
    shared: &'a Path,
    archives: BTreeMap<String, BTreeMap<String, Vec<u8>>>,
}

impl<'a> Sources<'a> {
    pub fn new(shared: &'a Path) -> Self {
        Sources {
            shared,
            archives: BTreeMap::new(),
        }
    }

    /// The bytes named by `spec` (`path` or `archive#member`).
    pub fn bytes(&mut self, spec: &str) -> Result<Vec<u8>> {
        match spec.split_once('#') {
            Some((archive, member)) => self.member(archive, member),
            None => {
                // The product's own articles (`examples/...`) live in the
                // workspace, not in the shared folder.
                let shared = self.shared.join(spec);
                let path = if !shared.exists() && Path::new(spec).exists() {
                    Path::new(spec).to_path_buf()
                } else {
                    shared
                };
                std::fs::read(&path).with_context(|| format!("reading {}", path.display()))
            }
        }
    }

    pub fn member(&mut self, archive: &str, member: &str) -> Result<Vec<u8>> {
        if !self.archives.contains_key(archive) {
            let path = self.shared.join(archive);
            let file = std::fs::File::open(&path)
                .with_context(|| format!("opening {}", path.display()))?;
            let mut tar = tar::Archive::new(xz2::read::XzDecoder::new(file));
            let mut members = BTreeMap::new();
            for entry in tar
                .entries()
                .with_context(|| format!("reading {}", path.display()))?
            {
                let mut entry = entry?;
                let name = entry.path()?.to_string_lossy().into_owned();
                let mut bytes = Vec::new();
                entry.read_to_end(&mut bytes)?;
                members.insert(name, bytes);
            }
            self.archives.insert(archive.to_string(), members);
        }
        self.archives
            .get(archive)
            .and_then(|m| m.get(member))
            .cloned()
            .with_context(|| format!("{member} not found in {archive}"))
    }
}

/// The text of every file of `dir` whose name ends in `.{extension}`, in
/// name order, with its path (for error messages).
pub fn gold_files(dir: &Path, extension: &str) -> Result<Vec<(std::path::PathBuf, String)>> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == extension))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|f| {
            let text =
                std::fs::read_to_string(&f).with_context(|| format!("reading {}", f.display()))?;
            Ok((f, text))
        })
        .collect()
}

impl Sources<'_> {
    /// A gold document (`source`, or `member` of the archive `source`)
    /// ingested, cleaned and annotated exactly as `sitrep extract` does it.
    pub fn process(
        &mut self,
        pipeline: &sitrep_pipeline::Pipeline,
        source: &str,
        member: Option<&str>,
    ) -> Result<sitrep_core::Doc> {
        let (name, bytes) = match member {
            Some(m) => (m, self.member(source, m)?),
            None => (source, self.bytes(source)?),
        };
        let raw = sitrep_ingest::read_bytes(name, &bytes, sitrep_ingest::Limits::default())
            .next()
            .with_context(|| format!("{name}: no document"))??;
        pipeline
            .process(raw)
            .with_context(|| format!("processing {name}"))
    }
}

/// Where a hand-built gold document's text is, and which split it is in.
pub trait GoldDocument {
    fn source(&self) -> &str;
    fn member(&self) -> Option<&str>;
    fn split(&self) -> &str;
}

macro_rules! gold_document {
    ($($t:ty),*) => {$(
        impl GoldDocument for $t {
            fn source(&self) -> &str {
                &self.source
            }
            fn member(&self) -> Option<&str> {
                self.member.as_deref()
            }
            fn split(&self) -> &str {
                &self.split
            }
        }
    )*};
}

gold_document!(
    sitrep_events::eval::GoldDoc,
    sitrep_eval::claims::GoldClaimsDoc,
    sitrep_eval::speakers::GoldQuotesDoc
);

/// The gold documents of `dir` in `split` (`all` keeps every one), read
/// with `read`.
pub fn read_split<G, E>(
    dir: &Path,
    split: &str,
    read: impl Fn(&str) -> Result<Vec<G>, E>,
) -> Result<Vec<G>>
where
    G: GoldDocument,
    E: std::error::Error + Send + Sync + 'static,
{
    let mut gold: Vec<G> = Vec::new();
    for (f, text) in gold_files(dir, "jsonl")? {
        gold.extend(read(&text).with_context(|| f.display().to_string())?);
    }
    gold.retain(|g| split == "all" || g.split() == split);
    Ok(gold)
}

/// Reads every JSONL gold file of `dir` with `read`, keeps the documents
/// of `split` (`all` keeps every one), annotates each exactly as `sitrep
/// extract` does and hands it to `score` with its name (the archive member
/// or the source path) and its gold.
pub fn score_gold<G, E>(
    dir: &Path,
    shared: &Path,
    split: &str,
    read: impl Fn(&str) -> Result<Vec<G>, E>,
    mut score: impl FnMut(&str, &sitrep_core::Doc, &G),
) -> Result<()>
where
    G: GoldDocument,
    E: std::error::Error + Send + Sync + 'static,
{
    let gold = read_split(dir, split, read)?;
    let pipeline = sitrep_pipeline::Pipeline::standard(sitrep_pipeline::Depth::Full)?;
    let mut sources = Sources::new(shared);
    for g in &gold {
        let doc = sources.process(&pipeline, g.source(), g.member())?;
        score(g.member().unwrap_or(g.source()), &doc, g);
    }
    Ok(())
}
