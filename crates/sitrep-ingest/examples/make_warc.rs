//! Builds a large, realistic WARC for the ingest memory and throughput
//! benchmark: `cargo run --release -p sitrep-ingest --example make_warc -- OUT.warc.gz N`.
//!
//! N records are written, each as its own gzip member (as Common Crawl
//! does), cycling through the HTML pages of the trafilatura evaluation set
//! and the BBC news texts from the shared data folder:
//! 7 in 10 are HTML `response` records (every 7th chunked, every 7th with
//! gzip content-encoding), 2 in 10 are WET-style `conversion` records with
//! BBC text, 1 in 10 is an image response that ingest must skip.

use std::error::Error;
use std::fs::File;
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use flate2::write::GzEncoder;
use flate2::Compression;

fn shared_dir() -> PathBuf {
    match std::env::var_os("SITREP_SHARED") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared"),
    }
}

/// Every file in a tar.xz archive whose name ends with `suffix`.
/// A file's name and bytes.
type NamedFile = (String, Vec<u8>);

fn files_in_archive(archive: &Path, suffix: &str) -> Result<Vec<NamedFile>, Box<dyn Error>> {
    let decoder = xz2::read::XzDecoder::new(File::open(archive)?);
    let mut tar = tar::Archive::new(decoder);
    let mut files = Vec::new();
    for entry in tar.entries()? {
        let mut entry = entry?;
        let name = entry.path()?.display().to_string();
        if !entry.header().entry_type().is_file() || !name.ends_with(suffix) {
            continue;
        }
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes)?;
        files.push((name, bytes));
    }
    files.sort();
    Ok(files)
}

fn warc_record(record_type: &str, uri: &str, content_type: &str, block: &[u8], n: u64) -> Vec<u8> {
    let mut out = Vec::with_capacity(block.len() + 400);
    let header = format!(
        "WARC/1.1\r\nWARC-Type: {record_type}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{n:012x}>\r\n\
         WARC-Date: 2025-03-04T10:00:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Type: {content_type}\r\n\
         Content-Length: {}\r\n\r\n",
        block.len()
    );
    out.extend_from_slice(header.as_bytes());
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn http_message(content_type: &str, extra_headers: &str, body: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "HTTP/1.1 200 OK\r\nServer: bench\r\nContent-Type: {content_type}\r\n{extra_headers}\r\n"
    )
    .into_bytes();
    out.extend_from_slice(body);
    out
}

fn chunked(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() + 64);
    for piece in body.chunks(8192) {
        out.extend_from_slice(format!("{:x}\r\n", piece.len()).as_bytes());
        out.extend_from_slice(piece);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"0\r\n\r\n");
    out
}

fn gzip(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::fast());
    encoder.write_all(bytes)?;
    encoder.finish()
}

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [out_path, count] = args.as_slice() else {
        return Err("usage: make_warc OUT.warc.gz N".into());
    };
    let count: u64 = count.parse()?;
    let data = shared_dir().join("data");
    let pages = files_in_archive(
        &data.join("trafilatura-eval/trafilatura-eval.tar.xz"),
        ".html",
    )?;
    let texts = files_in_archive(&data.join("bbc-news/bbc-fulltext.tar.xz"), ".txt")?;
    if pages.is_empty() || texts.is_empty() {
        return Err("no HTML pages or BBC texts found in the shared data".into());
    }
    eprintln!("{} HTML pages, {} BBC texts", pages.len(), texts.len());
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";
    let mut out = BufWriter::new(File::create(out_path)?);
    let mut written_bytes = 0u64;
    for n in 0..count {
        let record = match n % 10 {
            0..=6 => {
                let (name, page) = &pages[(n as usize / 10 * 7 + n as usize % 10) % pages.len()];
                let uri = format!(
                    "https://bench.example/{}?n={n}",
                    name.trim_start_matches("./")
                );
                let http = match n % 7 {
                    1 => http_message(
                        "text/html; charset=utf-8",
                        "Transfer-Encoding: chunked\r\n",
                        &chunked(page),
                    ),
                    2 => http_message("text/html", "Content-Encoding: gzip\r\n", &gzip(page)?),
                    _ => http_message("text/html; charset=utf-8", "", page),
                };
                warc_record(
                    "response",
                    &uri,
                    "application/http; msgtype=response",
                    &http,
                    n,
                )
            }
            7 | 8 => {
                let (name, text) =
                    &texts[(n as usize / 10 * 2 + n as usize % 10 - 7) % texts.len()];
                let uri = format!(
                    "https://bench.example/{}?n={n}",
                    name.trim_start_matches("./")
                );
                warc_record("conversion", &uri, "text/plain", text, n)
            }
            _ => {
                let http = http_message("image/png", "", png);
                let uri = format!("https://bench.example/image-{n}.png");
                warc_record(
                    "response",
                    &uri,
                    "application/http; msgtype=response",
                    &http,
                    n,
                )
            }
        };
        written_bytes += record.len() as u64;
        out.write_all(&gzip(&record)?)?;
    }
    out.flush()?;
    eprintln!("wrote {count} records ({written_bytes} bytes uncompressed) to {out_path}");
    Ok(())
}
