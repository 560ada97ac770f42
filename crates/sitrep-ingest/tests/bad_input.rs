//! Every kind of bad input yields one clear error and the stream goes on.

#![allow(clippy::unwrap_used)]

mod common;

use std::fs;
use std::io::Read;

use common::*;
use sitrep_ingest::{read_inputs, read_reader, InputSpec, Limits};

#[test]
fn binary_files_are_named_by_what_they_look_like() {
    let cases: [(&[u8], &str); 6] = [
        (
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
            "binary content (looks like PNG image)",
        ),
        (
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
            "binary content (looks like PDF document)",
        ),
        (
            b"PK\x03\x04\x14\0\0\0\x08\0",
            "binary content (looks like ZIP archive)",
        ),
        (
            b"Some text\0with a NUL byte",
            "binary content (contains NUL bytes)",
        ),
        (
            b"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13\x14\x15abc",
            "binary content (too many control characters)",
        ),
        (b"\x1f\x8b\x08\0\0\0\0\0", "truncated gzip stream"),
    ];
    for (bytes, reason) in cases {
        let results = read_all("junk.bin", bytes);
        assert_eq!(results.len(), 1);
        let err = single_error(&results);
        assert_eq!(err.reason, reason);
        assert_eq!(err.record, None);
        assert_eq!(err.to_string(), format!("junk.bin: {reason}"));
    }
    // The same junk gzipped is still named after gunzipping.
    let results = read_all("junk.png.gz", &gzip(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"));
    assert_eq!(
        single_error(&results).reason,
        "binary content (looks like PNG image)"
    );
}

#[test]
fn empty_and_whitespace_files_are_errors() {
    for bytes in [&b""[..], b"  \n\r\n\t", &gzip(b"")] {
        let results = read_all("empty.txt", bytes);
        assert_eq!(results.len(), 1);
        assert_eq!(single_error(&results).reason, "empty file");
    }
}

#[test]
fn text_after_a_long_run_of_whitespace_is_not_empty() {
    let padded = format!("{}Statement issued at noon.", " \n".repeat(10_000));
    let results = read_all("padded.txt", padded.as_bytes());
    assert_eq!(results.len(), 1);
    assert_eq!(results[0].as_ref().unwrap().bytes, padded.as_bytes());
}

#[test]
fn document_over_the_limit_is_an_error() {
    let limits = Limits {
        max_document_bytes: 100,
        ..Limits::default()
    };
    let (results, _) = read_with("long.txt", "word ".repeat(100).as_bytes(), limits.clone());
    assert!(single_error(&results)
        .reason
        .contains("larger than the limit of 100 bytes"));
    let (results, _) = read_with("fits.txt", "word ".repeat(20).as_bytes(), limits);
    assert!(results[0].is_ok());
}

/// A JSONL stream whose first line is `len` bytes long, produced on the fly
/// so that the test itself never holds it.
struct HugeLine {
    remaining: u64,
    tail: &'static [u8],
}

impl Read for HugeLine {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.remaining > 0 {
            let n = (buf.len() as u64).min(self.remaining) as usize;
            buf[..n].fill(b'a');
            if self.remaining == 200_000_000 {
                buf[..2].copy_from_slice(b"{\"");
            }
            self.remaining -= n as u64;
            return Ok(n);
        }
        let n = buf.len().min(self.tail.len());
        buf[..n].copy_from_slice(&self.tail[..n]);
        self.tail = &self.tail[n..];
        Ok(n)
    }
}

#[test]
fn two_hundred_megabyte_line_is_skipped_without_holding_it() {
    let huge = HugeLine {
        remaining: 200_000_000,
        tail: b"\n{\"text\": \"after the huge line\"}\n",
    };
    let limits = Limits {
        max_line_bytes: 1024 * 1024,
        ..Limits::default()
    };
    let results: Vec<_> = read_reader("huge.jsonl", huge, limits).collect();
    assert_eq!(results.len(), 2);
    let err = single_error(&results);
    assert_eq!(err.record, Some(0));
    assert!(err.reason.contains("line of 200000000 bytes"), "{err}");
    assert_eq!(text_of(results[1].as_ref().unwrap()), "after the huge line");
}

#[test]
fn missing_and_unreadable_inputs_are_errors_and_later_inputs_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    fs::write(&good, "The ministry issued a statement.").unwrap();
    let missing = dir.path().join("missing.txt");
    let inputs = vec![
        InputSpec::Path(missing.clone()),
        InputSpec::Path(good.clone()),
    ];
    let results: Vec<_> = read_inputs(inputs, Limits::default()).collect();
    assert_eq!(results.len(), 2);
    let err = single_error(&results);
    assert_eq!(err.path, missing.display().to_string());
    assert!(err.reason.contains("no such file"), "{err}");
    assert_eq!(
        results[1].as_ref().unwrap().source.path,
        good.display().to_string()
    );
}

#[cfg(unix)]
#[test]
fn permission_denied_is_an_error() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let locked = dir.path().join("locked.txt");
    fs::write(&locked, "secret").unwrap();
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::File::open(&locked).is_ok() {
        eprintln!("skipping: running as a user who can read mode-000 files (root)");
        return;
    }
    let results: Vec<_> = read_inputs(vec![InputSpec::Path(locked)], Limits::default()).collect();
    assert!(single_error(&results).reason.contains("permission denied"));
}

#[test]
fn input_spec_parses_dash_as_stdin() {
    assert_eq!(InputSpec::parse("-"), InputSpec::Stdin);
    assert_eq!(InputSpec::parse("a.warc"), InputSpec::Path("a.warc".into()));
}

#[test]
fn the_stream_can_move_to_another_thread() {
    fn assert_send<T: Send>(_: &T) {}
    let inputs = sitrep_ingest::read_bytes("x.txt", b"text", Limits::default());
    assert_send(&inputs);
    let handle = std::thread::spawn(move || inputs.count());
    assert_eq!(handle.join().unwrap(), 1);
}
