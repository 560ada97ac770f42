//! Property tests: no input makes the sniffer or any reader panic, and every
//! stream ends.

#![allow(clippy::unwrap_used)]

mod common;

use common::*;
use proptest::prelude::*;
use sitrep_ingest::{read_bytes, sniff, Limits};

fn small_limits() -> Limits {
    Limits {
        max_document_bytes: 300,
        max_line_bytes: 200,
    }
}

/// Reads everything, with default and with tiny limits.
fn exercise(bytes: &[u8]) {
    let _ = sniff(bytes);
    for limits in [Limits::default(), small_limits()] {
        let mut inputs = read_bytes("fuzz", bytes, limits);
        let mut yielded = 0usize;
        for result in inputs.by_ref() {
            if let Err(err) = result {
                assert!(!err.reason.is_empty());
            }
            yielded += 1;
            assert!(yielded <= bytes.len() + 1, "more results than input bytes");
        }
        let stats = inputs.stats();
        assert_eq!(stats.documents + stats.errors, yielded as u64);
    }
}

/// Valid inputs of every format, to be cut and mutated.
fn seeds() -> Vec<Vec<u8>> {
    let warc = {
        let mut w = html_page_record("https://a.example/", "Seed page one");
        w.extend(warc_record(
            "conversion",
            &[("Content-Type", "text/plain")],
            b"Seed text record",
        ));
        let chunked = http_response(
            "200 OK",
            &[
                ("Content-Type", "text/html"),
                ("Transfer-Encoding", "chunked"),
                ("Content-Encoding", "gzip"),
            ],
            &{
                let zipped = gzip(b"<p>zipped</p>");
                let mut body = format!("{:x}\r\n", zipped.len()).into_bytes();
                body.extend(zipped);
                body.extend_from_slice(b"\r\n0\r\n\r\n");
                body
            },
        );
        w.extend(response_record("https://b.example/", &chunked));
        w
    };
    let rss = b"<?xml version=\"1.0\"?><rss><channel><item><title>T &amp; U</title><link>https://c.example/</link>\
        <content:encoded><![CDATA[<p>Body</p>]]></content:encoded></item><item><description>&lt;b&gt;x&lt;/b&gt;</description></item></channel></rss>"
        .to_vec();
    let atom = b"<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>A</title><link href=\"https://d.example/\"/>\
        <author><name>N</name></author><content type=\"xhtml\"><div><p>x<br/></p></div></content></entry></feed>"
        .to_vec();
    let jsonl = b"{\"text\": \"one\", \"url\": \"u\"}\n{\"html\": \"<p>two</p>\"}\nbad\n".to_vec();
    let html = b"\xef\xbb\xbf<!-- c --><!DOCTYPE html><html><body>page</body></html>".to_vec();
    let gz_warc = gzip(&warc);
    vec![warc, gz_warc, rss, atom, jsonl, html]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        exercise(&bytes);
    }

    #[test]
    fn random_bytes_after_a_format_prefix_never_panic(
        prefix in prop::sample::select(vec![
            &b"WARC/1.1\r\n"[..], b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 40\r\n\r\nHTTP/1.1 200 OK\r\n",
            b"<rss><channel><item>", b"<feed><entry><content type=\"xhtml\">", b"{\"text\": ",
            b"<!DOCTYPE html>", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03",
        ]),
        bytes in proptest::collection::vec(any::<u8>(), 0..1024),
    ) {
        let mut input = prefix.to_vec();
        input.extend(bytes);
        exercise(&input);
    }

    #[test]
    fn mutated_valid_inputs_never_panic(
        seed in 0usize..6,
        cut in any::<prop::sample::Index>(),
        flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..8),
    ) {
        let mut input = seeds().swap_remove(seed);
        for (at, byte) in flips {
            let at = at.index(input.len());
            input[at] = byte;
        }
        let keep = cut.index(input.len() + 1);
        input.truncate(keep);
        exercise(&input);
    }
}
