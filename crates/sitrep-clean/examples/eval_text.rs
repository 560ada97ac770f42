//! Scores the plain-text boilerplate classifier on pages it has never seen.
//!
//! The trafilatura evaluation pages (990 HTML pages, each with snippets that
//! must and must not survive) are flattened into WET-style text: every
//! visible text block of the page on its own line, navigation, footers,
//! share bars and all, exactly what a crawler's text export looks like.
//! `text::clean_text` then has to find the article in it, line by line,
//! without any markup. Scored with the trafilatura snippet metric
//! (`sitrep_eval::html::count_snippets`), against the uncleaned text.
//!
//! ```text
//! cargo run --release -p sitrep-clean --example eval_text -- [--failures N]
//! ```
//! `--failures N` prints N pages of the training split (the held-out 30% is
//! never looked at while tuning) with leaked and lost snippets.
//!
//! It also scores the full `sitrep_clean::clean` on the HTML itself against
//! `html::extract` alone, to show what the cleaner's pass over extracted
//! text (widget lines, title line, normalization) changes.

mod common;
#[path = "../tests/clean/wet.rs"]
mod wet;

use common::{is_held_out, load_trafilatura_eval};
use sitrep_clean::text::{clean_text, CleanedText};
use sitrep_core::{ContentKind, RawDocument, RawMetadata, Source, SourceFormat};
use sitrep_eval::html::{count_snippets, normalize_whitespace, SnippetCounts};

#[derive(Default)]
struct Split {
    raw: SnippetCounts,
    cleaned: SnippetCounts,
    with_title: SnippetCounts,
    html_extract: SnippetCounts,
    html_clean: SnippetCounts,
    pages: usize,
}

/// `clean()` on the page's HTML; `None` when it refuses the page. The page
/// is already decoded, so its bytes are declared UTF-8 as a container would.
fn clean_html(html: &str, url: &str) -> Option<String> {
    let raw = RawDocument {
        source: Source {
            path: url.to_string(),
            url: Some(url.to_string()),
            format: SourceFormat::Html,
            record: 0,
        },
        kind: ContentKind::Html,
        bytes: html.as_bytes().to_vec(),
        meta: RawMetadata {
            charset: Some("utf-8".to_string()),
            ..RawMetadata::default()
        },
    };
    sitrep_clean::clean(raw, &sitrep_clean::CleanOptions::default())
        .ok()
        .map(|doc| doc.text)
}

fn report(name: &str, split: &Split) {
    println!("{name} ({} pages)", split.pages);
    for (label, c) in [
        ("uncleaned text", &split.raw),
        ("clean_text", &split.cleaned),
        ("clean_text + title", &split.with_title),
        ("HTML: html::extract", &split.html_extract),
        ("HTML: clean()", &split.html_clean),
    ] {
        println!(
            "  {label:<20} P {:.3}  R {:.3}  F1 {:.3}  acc {:.3}",
            c.precision(),
            c.recall(),
            c.f1(),
            c.accuracy()
        );
    }
}

fn show_failures(url: &str, with: &[String], without: &[String], cleaned: &CleanedText) {
    let text = normalize_whitespace(&cleaned.text);
    let leaked: Vec<&String> = without
        .iter()
        .filter(|s| text.contains(&normalize_whitespace(s)))
        .collect();
    let lost: Vec<&String> = with
        .iter()
        .filter(|s| !text.contains(&normalize_whitespace(s)))
        .collect();
    if leaked.is_empty() && lost.is_empty() {
        return;
    }
    println!("--- {url}");
    for s in leaked {
        println!("  leaked: {s:?}");
    }
    for s in lost {
        let why = cleaned
            .removed
            .iter()
            .find(|r| normalize_whitespace(&r.text).contains(&normalize_whitespace(s)))
            .map(|r| {
                format!(
                    "[{}] {:?}",
                    r.reason,
                    r.text.chars().take(80).collect::<String>()
                )
            })
            .unwrap_or_else(|| "(not in the rendered text)".to_string());
        println!("  lost:   {s:?} <- {why}");
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut failures = 0usize;
    while let Some(arg) = args.next() {
        if arg == "--failures" {
            failures = args.next().and_then(|n| n.parse().ok()).unwrap_or(10);
        }
    }
    let pages = match load_trafilatura_eval() {
        Ok(pages) => pages,
        Err(e) => {
            eprintln!("eval_text: {e}");
            std::process::exit(1);
        }
    };
    let mut train = Split::default();
    let mut held_out = Split::default();
    let mut shown = 0;
    for page in &pages {
        let text = wet::page_as_text(&page.html);
        let cleaned = clean_text(&text);
        let titled = format!(
            "{}\n{}",
            cleaned.title.clone().unwrap_or_default(),
            cleaned.text
        );
        let split = if is_held_out(&page.url) {
            &mut held_out
        } else {
            &mut train
        };
        split.pages += 1;
        split
            .raw
            .add(count_snippets(&page.with, &page.without, Some(&text)));
        split.cleaned.add(count_snippets(
            &page.with,
            &page.without,
            Some(&cleaned.text),
        ));
        split
            .with_title
            .add(count_snippets(&page.with, &page.without, Some(&titled)));
        let extracted = sitrep_clean::html::extract(&page.html, Some(&page.url)).text;
        split
            .html_extract
            .add(count_snippets(&page.with, &page.without, Some(&extracted)));
        let cleaned_html = clean_html(&page.html, &page.url);
        split.html_clean.add(count_snippets(
            &page.with,
            &page.without,
            cleaned_html.as_deref(),
        ));
        if std::env::var_os("SHOW_HTML_LOSS").is_some() && !is_held_out(&page.url) {
            let norm = |t: &str| normalize_whitespace(t);
            for snippet in &page.with {
                let s = norm(snippet);
                let in_cleaned = cleaned_html
                    .as_deref()
                    .is_some_and(|t| norm(t).contains(&s));
                if norm(&extracted).contains(&s) && !in_cleaned {
                    let raw = RawDocument {
                        source: Source {
                            path: String::new(),
                            url: Some(page.url.clone()),
                            format: SourceFormat::Html,
                            record: 0,
                        },
                        kind: ContentKind::Html,
                        bytes: page.html.as_bytes().to_vec(),
                        meta: RawMetadata {
                            charset: Some("utf-8".to_string()),
                            ..RawMetadata::default()
                        },
                    };
                    let why = sitrep_clean::clean(raw, &sitrep_clean::CleanOptions::default())
                        .ok()
                        .and_then(|d| d.removed.into_iter().find(|r| norm(&r.text).contains(&s)))
                        .map(|r| {
                            format!(
                                "[{}] {:?}",
                                r.reason,
                                r.text.chars().take(90).collect::<String>()
                            )
                        })
                        .unwrap_or_default();
                    println!("html-loss {}: {snippet:?} <- {why}", page.url);
                }
            }
        }
        if shown < failures && !is_held_out(&page.url) {
            show_failures(&page.url, &page.with, &page.without, &cleaned);
            shown += 1;
        }
    }
    report("training split", &train);
    report("held-out split", &held_out);
}
