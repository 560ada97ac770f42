//! Deterministic recursive directory walking.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use crate::error::{describe_io, IngestError};

/// Yields the regular files under a directory in sorted order (by name,
/// depth first), skipping hidden entries (names starting with `.`) and
/// directories already visited through another path (symlink loops).
pub(crate) struct Walker {
    /// One sorted, not yet visited listing per open directory level.
    stack: Vec<std::vec::IntoIter<PathBuf>>,
    /// Canonical paths of the directories entered so far.
    visited: HashSet<PathBuf>,
    /// An error found while opening the root, reported first.
    pending: Option<IngestError>,
}

impl Walker {
    pub(crate) fn new(root: &Path) -> Walker {
        let mut walker = Walker {
            stack: Vec::new(),
            visited: HashSet::new(),
            pending: None,
        };
        if let Err(err) = walker.enter(root) {
            walker.pending = Some(err);
        }
        walker
    }

    /// Lists `dir` and pushes its entries, unless it was visited already.
    fn enter(&mut self, dir: &Path) -> Result<(), IngestError> {
        let dir_error = |reason: String| IngestError::input(dir.display().to_string(), reason);
        let canonical = fs::canonicalize(dir)
            .map_err(|err| dir_error(format!("cannot read directory: {}", describe_io(&err))))?;
        if !self.visited.insert(canonical) {
            return Ok(());
        }
        let entries = fs::read_dir(dir)
            .map_err(|err| dir_error(format!("cannot read directory: {}", describe_io(&err))))?;
        let mut paths = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|err| {
                dir_error(format!("cannot read directory: {}", describe_io(&err)))
            })?;
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            paths.push(entry.path());
        }
        paths.sort();
        self.stack.push(paths.into_iter());
        Ok(())
    }
}

impl Iterator for Walker {
    type Item = Result<PathBuf, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(err) = self.pending.take() {
            return Some(Err(err));
        }
        loop {
            let level = self.stack.last_mut()?;
            let Some(path) = level.next() else {
                self.stack.pop();
                continue;
            };
            // `metadata` follows symlinks: a link to a file is that file, a
            // link to a directory is walked (once, thanks to `visited`).
            let metadata = match fs::metadata(&path) {
                Ok(metadata) => metadata,
                Err(err) => {
                    return Some(Err(IngestError::input(
                        path.display().to_string(),
                        format!("cannot read: {}", describe_io(&err)),
                    )))
                }
            };
            if metadata.is_dir() {
                if let Err(err) = self.enter(&path) {
                    return Some(Err(err));
                }
            } else if metadata.is_file() {
                return Some(Ok(path));
            }
            // Sockets, FIFOs and devices are not documents; reading a FIFO
            // could block forever, so they are passed over.
        }
    }
}
