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
                let path = self.shared.join(spec);
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
