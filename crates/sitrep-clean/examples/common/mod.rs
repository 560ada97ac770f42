//! Loading of the shared HTML evaluation corpora (used by the `eval_html`
//! and `bench_html` examples). Data is read from the shared folder at run
//! time, never copied into the repository.

#![allow(dead_code)]

use std::collections::HashMap;
use std::io::Read;
use std::path::PathBuf;

/// One annotated page of the trafilatura evaluation corpus.
pub struct SnippetPage {
    pub url: String,
    pub file: String,
    pub html: String,
    pub bytes: usize,
    pub with: Vec<String>,
    pub without: Vec<String>,
}

/// One newspaper4k test page with its expected text and metadata.
pub struct NewsPage {
    pub name: String,
    pub html: String,
    pub gold_text: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub authors: Vec<String>,
    pub date: Option<String>,
    pub has_metadata: bool,
}

/// `$SITREP_SHARED`, else `<workspace>/../shared`.
pub fn shared_dir() -> PathBuf {
    match std::env::var_os("SITREP_SHARED") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"),
    }
}

/// All regular files of a `.tar.xz` archive, keyed by path without `./`.
pub fn read_tar_xz(path: &std::path::Path) -> Result<HashMap<String, Vec<u8>>, String> {
    let file = std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut archive = tar::Archive::new(xz2::read::XzDecoder::new(std::io::BufReader::new(file)));
    let mut files = HashMap::new();
    for entry in archive
        .entries()
        .map_err(|e| format!("{}: {e}", path.display()))?
    {
        let mut entry = entry.map_err(|e| format!("{}: {e}", path.display()))?;
        if !entry.header().entry_type().is_file() {
            continue;
        }
        let name = entry
            .path()
            .map_err(|e| e.to_string())?
            .to_string_lossy()
            .trim_start_matches("./")
            .to_string();
        let mut content = Vec::new();
        entry
            .read_to_end(&mut content)
            .map_err(|e| format!("{name}: {e}"))?;
        files.insert(name, content);
    }
    Ok(files)
}

/// Decodes page bytes: BOM, then the declared charset, then UTF-8 when
/// valid, else windows-1252 (the web's legacy default).
pub fn decode(bytes: &[u8]) -> String {
    if let Some((encoding, bom_length)) = encoding_rs::Encoding::for_bom(bytes) {
        return encoding
            .decode_without_bom_handling(&bytes[bom_length..])
            .0
            .into_owned();
    }
    let declared = sitrep_clean::html::declared_charset(bytes)
        .and_then(|label| encoding_rs::Encoding::for_label(label.as_bytes()));
    if let Some(encoding) = declared {
        let encoding = if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
            encoding_rs::UTF_8
        } else {
            encoding
        };
        return encoding.decode_without_bom_handling(bytes).0.into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
    }
}

/// Loads the trafilatura evaluation corpus (990 pages).
pub fn load_trafilatura_eval() -> Result<Vec<SnippetPage>, String> {
    let path = shared_dir().join("data/trafilatura-eval/trafilatura-eval.tar.xz");
    let files = read_tar_xz(&path)?;
    let evaldata = files
        .get("evaldata.json")
        .ok_or("evaldata.json missing from archive")?;
    let evaldata: serde_json::Value =
        serde_json::from_slice(evaldata).map_err(|e| format!("evaldata.json: {e}"))?;
    let entries = evaldata
        .as_object()
        .ok_or("evaldata.json is not an object")?;
    let strings = |value: &serde_json::Value| -> Vec<String> {
        value
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut pages = Vec::new();
    for (url, item) in entries {
        let file = item
            .get("file")
            .and_then(|f| f.as_str())
            .unwrap_or_default()
            .to_string();
        let bytes = ["cache", "eval"]
            .iter()
            .find_map(|dir| files.get(&format!("{dir}/{file}")));
        let Some(bytes) = bytes else {
            return Err(format!("{file} missing from archive"));
        };
        pages.push(SnippetPage {
            url: url.clone(),
            file,
            html: decode(bytes),
            bytes: bytes.len(),
            with: strings(&item["with"]),
            without: strings(&item["without"]),
        });
    }
    pages.sort_by(|a, b| a.url.cmp(&b.url));
    Ok(pages)
}

/// Loads the newspaper4k test pages that have a gold text or metadata.
pub fn load_newspaper4k() -> Result<Vec<NewsPage>, String> {
    let path = shared_dir().join("data/newspaper4k-testpages/newspaper4k-testdata.tar.xz");
    let files = read_tar_xz(&path)?;
    let mut pages = Vec::new();
    let mut names: Vec<&String> = files
        .keys()
        .filter(|k| k.starts_with("data/html/") && k.ends_with(".html"))
        .collect();
    names.sort();
    for key in names {
        let name = key
            .trim_start_matches("data/html/")
            .trim_end_matches(".html")
            .to_string();
        let gold_text = files
            .get(&format!("data/txt/{name}.txt"))
            .map(|b| String::from_utf8_lossy(b).into_owned());
        let metadata = files
            .get(&format!("data/metadata/{name}.json"))
            .and_then(|b| serde_json::from_slice::<serde_json::Value>(b).ok());
        if gold_text.is_none() && metadata.is_none() {
            continue;
        }
        let field = |key: &str| {
            metadata
                .as_ref()
                .and_then(|m| m.get(key))
                .and_then(|v| v.as_str())
                .map(String::from)
        };
        let authors = metadata
            .as_ref()
            .and_then(|m| m.get("authors"))
            .and_then(|a| a.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default();
        pages.push(NewsPage {
            html: decode(&files[key]),
            gold_text,
            url: field("url"),
            title: field("title"),
            authors,
            date: field("publish_date").filter(|d| !d.is_empty()),
            has_metadata: metadata.is_some(),
            name,
        });
    }
    Ok(pages)
}

/// Deterministic 70/30 train/held-out split by URL (FNV-1a hash), so
/// tuning never looks at the held-out pages.
pub fn is_held_out(url: &str) -> bool {
    let mut hash: u64 = 0xcbf29ce484222325;
    for byte in url.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x100000001b3);
    }
    hash % 10 >= 7
}
