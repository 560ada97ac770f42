//! Plain text, HTML, JSONL and feeds, gzipped and not.

#![allow(clippy::unwrap_used)]

mod common;

use common::*;
use sitrep_core::SourceFormat;
use sitrep_ingest::{sniff, ContentKind, Limits, Sniffed};

const REPORT: &str = "Defence ministry officials met in Vilnius on Thursday.\n\n\
    The ministry said the talks covered air defence and fuel supplies.\n";

#[test]
fn plain_text_is_one_document() {
    for bytes in [REPORT.as_bytes().to_vec(), gzip(REPORT.as_bytes())] {
        let docs = docs(read_all("report.txt", &bytes));
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].source.format, SourceFormat::Text);
        assert_eq!(docs[0].source.record, 0);
        assert_eq!(docs[0].kind, ContentKind::Text);
        assert_eq!(docs[0].bytes, REPORT.as_bytes());
    }
}

#[test]
fn invalid_utf8_text_is_passed_through_undecoded() {
    // Latin-1 bytes: decoding is the cleaner's business.
    let latin1 = b"Le minist\xe8re de la D\xe9fense a confirm\xe9 la r\xe9union.";
    let docs = docs(read_all("rapport.txt", latin1));
    assert_eq!(docs[0].bytes, latin1);
}

#[test]
fn html_is_recognised_after_bom_whitespace_and_comments() {
    let variants: [&[u8]; 5] = [
        b"<!DOCTYPE html><html><body><p>Talks.</p></body></html>",
        b"\xef\xbb\xbf  \n<!-- saved page -->\n<html lang=\"en\"><head></head></html>",
        b"<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">\n<html/>",
        b"\n\n<HEAD><TITLE>Old page</TITLE></HEAD><BODY>Text</BODY>",
        b"Server banner line\n<html><body>late markup</body></html>",
    ];
    for variant in variants {
        assert_eq!(
            sniff(variant),
            Sniffed::Html,
            "{}",
            String::from_utf8_lossy(variant)
        );
        let docs = docs(read_all("page.html", &gzip(variant)));
        assert_eq!(docs[0].source.format, SourceFormat::Html);
        assert_eq!(docs[0].kind, ContentKind::Html);
        assert_eq!(docs[0].bytes, variant);
    }
}

#[test]
fn text_that_mentions_tags_later_stays_text() {
    let text = format!(
        "{}\nA reader wrote about <b> tags far down the page.",
        "line\n".repeat(400)
    );
    assert_eq!(sniff(text.as_bytes()), Sniffed::Text(ContentKind::Text));
}

#[test]
fn text_opening_with_a_brace_is_not_jsonl() {
    let text = b"{Draft} The minister said the talks went well.\nMore text follows.";
    assert_eq!(sniff(text), Sniffed::Text(ContentKind::Text));
    let pretty_json = b"{\n  \"text\": \"pretty printed\"\n}\n";
    assert_eq!(sniff(pretty_json), Sniffed::Text(ContentKind::Text));
}

#[test]
fn utf16_text_with_bom_is_left_to_the_cleaner() {
    let mut utf16 = vec![0xff, 0xfe];
    for unit in "Ministry statement".encode_utf16() {
        utf16.extend(unit.to_le_bytes());
    }
    let docs = docs(read_all("utf16.txt", &utf16));
    assert_eq!(docs[0].kind, ContentKind::Unknown);
    assert_eq!(docs[0].bytes, utf16);
}

#[test]
fn jsonl_lines_become_documents_and_a_bad_line_is_one_error() {
    let jsonl = concat!(
        r#"{"text": "The minister visited the base.", "url": "https://n.example/1", "title": "Visit", "published": "2025-02-03", "author": "A. Writer"}"#,
        "\n",
        r#"{"html": "<p>Exercise <b>ended</b>.</p>", "title": null}"#,
        "\r\n\n",
        r#"{"text": "unterminated"#,
        "\n",
        r#"{"title": "no body"}"#,
        "\n",
        r#"["not", "an", "object"]"#,
        "\n",
        r#"{"text": 42}"#,
        "\n",
        r#"{"text": "Final line without newline."}"#
    );
    assert_eq!(sniff(jsonl.as_bytes()), Sniffed::Jsonl);
    for bytes in [jsonl.as_bytes().to_vec(), gzip(jsonl.as_bytes())] {
        let results = read_all("items.jsonl", &bytes);
        assert_eq!(results.len(), 7);
        let first = results[0].as_ref().unwrap();
        assert_eq!(first.source.format, SourceFormat::Jsonl);
        assert_eq!(first.kind, ContentKind::Text);
        assert_eq!(text_of(first), "The minister visited the base.");
        assert_eq!(first.source.url.as_deref(), Some("https://n.example/1"));
        assert_eq!(first.meta.title.as_deref(), Some("Visit"));
        assert_eq!(first.meta.published.as_deref(), Some("2025-02-03"));
        assert_eq!(first.meta.author.as_deref(), Some("A. Writer"));
        let second = results[1].as_ref().unwrap();
        assert_eq!(second.kind, ContentKind::Html);
        assert_eq!(second.source.record, 1);
        assert_eq!(second.meta.title, None);
        // Records are line numbers from 0; the blank line 2 yields nothing.
        let errors: Vec<_> = results.iter().filter_map(|r| r.as_ref().err()).collect();
        assert_eq!(errors.len(), 4);
        assert_eq!(errors[0].record, Some(3));
        assert!(errors[0].reason.contains("invalid JSON"), "{}", errors[0]);
        assert!(errors[1].reason.contains("neither"), "{}", errors[1]);
        assert!(errors[2].reason.contains("not a JSON object"));
        assert!(errors[3].reason.contains("\"text\" is not a string"));
        let last = results[6].as_ref().unwrap();
        assert_eq!(last.source.record, 7);
        assert_eq!(text_of(last), "Final line without newline.");
    }
}

#[test]
fn jsonl_carrying_whole_pages_is_not_taken_for_html() {
    let jsonl = concat!(
        r#"{"title": "Short", "text": "Brief."}"#,
        "\n",
        r#"{"html": "<html><body><p>Officers will study abroad.</p></body></html>"}"#,
        "\n"
    );
    assert_eq!(sniff(jsonl.as_bytes()), Sniffed::Jsonl);
    let docs = docs(read_all("briefs.jsonl", jsonl.as_bytes()));
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[1].kind, ContentKind::Html);
}

#[test]
fn jsonl_line_over_the_limit_is_skipped_to_the_next_line() {
    let long = format!(
        "{{\"text\": \"{}\"}}\n{{\"text\": \"short\"}}\n",
        "y".repeat(10_000)
    );
    let limits = Limits {
        max_line_bytes: 1000,
        ..Limits::default()
    };
    let (results, _) = read_with("long.jsonl", long.as_bytes(), limits);
    assert_eq!(results.len(), 2);
    let err = single_error(&results);
    assert_eq!(err.record, Some(0));
    assert!(
        err.reason.contains("longer than the limit of 1000 bytes"),
        "{err}"
    );
    assert_eq!(text_of(results[1].as_ref().unwrap()), "short");
}

#[test]
fn jsonl_line_must_be_utf8() {
    let results = read_all(
        "bad.jsonl",
        b"{\"text\": \"caf\xe9\"}\n{\"text\": \"ok\"}\n",
    );
    let err = single_error(&results);
    assert!(err.reason.contains("not valid UTF-8"));
    assert!(results[1].is_ok());
}

const RSS: &str = r#"<?xml version="1.0" encoding="ISO-8859-1"?>
<!-- generated by hand -->
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Example Defence Desk</title>
  <link>https://desk.example/</link>
  <description>Channel description, not an item</description>
  <item>
    <title>Ministers agree on air defence &amp; logistics</title>
    <link>https://desk.example/air-defence</link>
    <pubDate>Tue, 04 Mar 2025 09:30:00 GMT</pubDate>
    <dc:creator>Jane Reporter</dc:creator>
    <description>Short teaser.</description>
    <content:encoded><![CDATA[<p>Ministers <b>agreed</b> on Tuesday.</p>]]></content:encoded>
  </item>
  <item>
    <title>Escaped HTML description</title>
    <guid isPermaLink="true">https://desk.example/escaped</guid>
    <description>&lt;p&gt;The exercise ends on &lt;em&gt;Friday&lt;/em&gt;.&lt;/p&gt;</description>
    <author>desk@desk.example (Desk)</author>
  </item>
  <item>
    <title>Plain description only</title>
    <link>https://desk.example/plain</link>
    <description>Officials said 40 vehicles took part.</description>
  </item>
  <item>
    <title>Title without any content</title>
  </item>
</channel>
</rss>
"#;

#[test]
fn rss_items_prefer_full_content_and_carry_metadata() {
    for bytes in [RSS.as_bytes().to_vec(), gzip(RSS.as_bytes())] {
        let (results, inputs) = read_with("desk.rss", &bytes, Limits::default());
        let docs = docs(results);
        assert_eq!(docs.len(), 3);
        let first = &docs[0];
        assert_eq!(first.source.format, SourceFormat::Feed);
        assert_eq!(first.kind, ContentKind::Html);
        assert_eq!(text_of(first), "<p>Ministers <b>agreed</b> on Tuesday.</p>");
        assert_eq!(
            first.meta.title.as_deref(),
            Some("Ministers agree on air defence & logistics")
        );
        assert_eq!(
            first.source.url.as_deref(),
            Some("https://desk.example/air-defence")
        );
        assert_eq!(
            first.meta.published.as_deref(),
            Some("Tue, 04 Mar 2025 09:30:00 GMT")
        );
        assert_eq!(first.meta.author.as_deref(), Some("Jane Reporter"));
        assert_eq!(first.meta.charset.as_deref(), Some("iso-8859-1"));
        let second = &docs[1];
        assert_eq!(second.kind, ContentKind::Html);
        assert_eq!(
            text_of(second),
            "<p>The exercise ends on <em>Friday</em>.</p>"
        );
        assert_eq!(
            second.source.url.as_deref(),
            Some("https://desk.example/escaped")
        );
        assert_eq!(
            second.meta.author.as_deref(),
            Some("desk@desk.example (Desk)")
        );
        assert_eq!(second.source.record, 1);
        let third = &docs[2];
        assert_eq!(third.kind, ContentKind::Text);
        assert_eq!(text_of(third), "Officials said 40 vehicles took part.");
        assert_eq!(inputs.stats().skipped_records, 1);
    }
}

const ATOM: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom desk</title>
  <author><name>Feed Author</name></author>
  <entry>
    <title type="text">Naval drills begin</title>
    <link rel="self" href="https://atom.example/self/1"/>
    <link rel="alternate" type="text/html" href="https://atom.example/drills"/>
    <id>tag:atom.example,2025:1</id>
    <updated>2025-03-05T08:00:00Z</updated>
    <published>2025-03-04T18:00:00Z</published>
    <author><name>Ivan Correspondent</name><email>ivan@atom.example</email></author>
    <summary>Drills teaser</summary>
    <content type="html">&lt;p&gt;Twelve ships &amp;amp; two submarines.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Inline XHTML</title>
    <link href="https://atom.example/xhtml"/>
    <updated>2025-03-06T08:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Fuel &amp; spares<br/>arrived.</p></div></content>
  </entry>
  <entry>
    <title>Summary only</title>
    <summary type="text">Talks postponed to April.</summary>
  </entry>
</feed>
"#;

#[test]
fn atom_entries_read_html_xhtml_and_text_content() {
    let docs = docs(read_all("desk.atom", ATOM.as_bytes()));
    assert_eq!(docs.len(), 3);
    let first = &docs[0];
    assert_eq!(first.kind, ContentKind::Html);
    assert_eq!(text_of(first), "<p>Twelve ships &amp; two submarines.</p>");
    assert_eq!(
        first.source.url.as_deref(),
        Some("https://atom.example/drills")
    );
    assert_eq!(
        first.meta.published.as_deref(),
        Some("2025-03-04T18:00:00Z")
    );
    assert_eq!(first.meta.author.as_deref(), Some("Ivan Correspondent"));
    assert_eq!(first.meta.title.as_deref(), Some("Naval drills begin"));
    assert_eq!(first.meta.charset.as_deref(), Some("utf-8"));
    let second = &docs[1];
    assert_eq!(second.kind, ContentKind::Html);
    assert_eq!(
        text_of(second),
        r#"<div xmlns="http://www.w3.org/1999/xhtml"><p>Fuel &amp; spares<br/>arrived.</p></div>"#
    );
    // No published date: updated is the best the feed gives.
    assert_eq!(
        second.meta.published.as_deref(),
        Some("2025-03-06T08:00:00Z")
    );
    let third = &docs[2];
    assert_eq!(third.kind, ContentKind::Text);
    assert_eq!(text_of(third), "Talks postponed to April.");
    assert_eq!(third.source.url, None);
}

#[test]
fn rdf_feed_items_are_read() {
    let rdf = r#"<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rdf.example/"><title>RDF desk</title></channel>
  <item rdf:about="https://rdf.example/1">
    <title>Border checkpoint reopens</title>
    <link>https://rdf.example/1</link>
    <dc:date>2025-01-09</dc:date>
    <description>The checkpoint reopened at noon.</description>
  </item>
</rdf:RDF>"#;
    let docs = docs(read_all("desk.rdf", rdf.as_bytes()));
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].meta.published.as_deref(), Some("2025-01-09"));
    assert_eq!(text_of(&docs[0]), "The checkpoint reopened at noon.");
}

#[test]
fn truncated_feed_yields_complete_items_then_one_error() {
    let cut = &RSS[..RSS.find("Plain description only").unwrap()];
    let results = read_all("cut.rss", cut.as_bytes());
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 2);
    let err = single_error(&results);
    assert_eq!(err.record, Some(2));
    assert!(err.reason.contains("truncated"), "{err}");
}

#[test]
fn oversized_feed_item_is_an_error_and_later_items_are_read() {
    let feed = format!(
        "<rss><channel><item><title>Big</title><description>{}</description></item>\
         <item><title>Small</title><description>fine</description></item></channel></rss>",
        "z".repeat(5000)
    );
    let limits = Limits {
        max_document_bytes: 1000,
        ..Limits::default()
    };
    let (results, _) = read_with("big.rss", feed.as_bytes(), limits);
    assert_eq!(results.len(), 2);
    let err = single_error(&results);
    assert_eq!(err.record, Some(0));
    assert_eq!(text_of(results[1].as_ref().unwrap()), "fine");
}
