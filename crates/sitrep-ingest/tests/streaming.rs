//! A 20,000-record WARC goes through the iterator one record at a time: the
//! input is generated on the fly and the test checks, after every document,
//! that the reader has pulled no more than that document's share of bytes
//! plus a fixed buffer allowance.

#![allow(clippy::unwrap_used)]

mod common;

use std::io::Read;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use common::{gzip, html_page_record};
use sitrep_ingest::{read_reader, Limits};

const RECORDS: u64 = 20_000;
/// Read-ahead the readers may hold: the sniff prefix, two 64 KiB buffers
/// (gzip input and decompressed output) and a little more.
const BUFFER_ALLOWANCE: u64 = 256 * 1024;

/// Produces `RECORDS` WARC records lazily and counts the bytes handed out.
struct GeneratedWarc {
    next_record: u64,
    pending: Vec<u8>,
    offset: usize,
    gzipped: bool,
    pulled: Arc<AtomicU64>,
}

fn record(n: u64) -> Vec<u8> {
    html_page_record(
        &format!("https://news.example/story/{n:05}"),
        &format!("Story {n:05}: the ministry briefed reporters on convoy movements"),
    )
}

impl Read for GeneratedWarc {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.offset == self.pending.len() {
            if self.next_record == RECORDS {
                return Ok(0);
            }
            let plain = record(self.next_record);
            self.pending = if self.gzipped { gzip(&plain) } else { plain };
            self.offset = 0;
            self.next_record += 1;
        }
        let n = buf.len().min(self.pending.len() - self.offset);
        buf[..n].copy_from_slice(&self.pending[self.offset..self.offset + n]);
        self.offset += n;
        self.pulled.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

fn check_streaming(gzipped: bool) {
    let pulled = Arc::new(AtomicU64::new(0));
    let input = GeneratedWarc {
        next_record: 0,
        pending: Vec::new(),
        offset: 0,
        gzipped,
        pulled: Arc::clone(&pulled),
    };
    let record_len = if gzipped {
        gzip(&record(0)).len()
    } else {
        record(0).len()
    } as u64;
    let mut count = 0u64;
    for result in read_reader("generated.warc", input, Limits::default()) {
        let doc = result.unwrap();
        assert_eq!(doc.source.record, count);
        let expected_url = format!("https://news.example/story/{count:05}");
        assert_eq!(doc.source.url.as_deref(), Some(expected_url.as_str()));
        count += 1;
        // Records vary by a few bytes; allow 16 per record.
        let allowed = count * (record_len + 16) + BUFFER_ALLOWANCE;
        let read_so_far = pulled.load(Ordering::Relaxed);
        assert!(
            read_so_far <= allowed,
            "after {count} documents the reader pulled {read_so_far} bytes (allowed {allowed})"
        );
    }
    assert_eq!(count, RECORDS);
    assert!(
        pulled.load(Ordering::Relaxed) > BUFFER_ALLOWANCE * 10,
        "the input is far larger than the buffers"
    );
}

#[test]
fn plain_warc_streams_record_by_record() {
    check_streaming(false);
}

#[test]
fn per_record_gzipped_warc_streams_record_by_record() {
    check_streaming(true);
}
