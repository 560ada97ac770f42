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
