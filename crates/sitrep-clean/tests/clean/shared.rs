//! Locating the shared data folder (never committed; tests skip without it).

use std::path::PathBuf;

use sitrep_core::{ContentKind, RawDocument, RawMetadata, Source, SourceFormat};

/// `$SITREP_SHARED`, else `<workspace root>/../shared`, if it exists.
pub fn shared_dir() -> Option<PathBuf> {
    let dir = match std::env::var_os("SITREP_SHARED") {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"),
    };
    dir.is_dir().then_some(dir)
}

/// A path under the shared folder, or `None` (with the skip reason printed).
pub fn shared_path(relative: &str, test: &str) -> Option<PathBuf> {
    let path = shared_dir().map(|d| d.join(relative));
    match path {
        Some(p) if p.exists() => Some(p),
        _ => {
            eprintln!("skipping {test}: shared data `{relative}` not found (set SITREP_SHARED)");
            None
        }
    }
}

/// A raw document of the given kind with no container metadata.
pub fn raw(bytes: Vec<u8>, kind: ContentKind) -> RawDocument {
    RawDocument {
        source: Source {
            path: "test".to_string(),
            url: None,
            format: SourceFormat::Text,
            record: 0,
        },
        kind,
        bytes,
        meta: RawMetadata::default(),
    }
}
