//! The sample corpus: every furniture line its README lists is removed, every
//! other line survives whole. The furniture list is read from the README at
//! test time, so no sentence of the corpus is copied into the project.

use sitrep_clean::{clean, normalize::normalize, CleanOptions};
use sitrep_core::{ContentKind, Doc, PublishedBasis};

use crate::shared::{raw, shared_path};

/// What the README says about one file.
#[derive(Debug, Default)]
struct Expectation {
    /// Lines that must be removed, matched whole.
    exact: Vec<String>,
    /// Lines that must be removed, matched by their beginning.
    prefixes: Vec<String>,
    /// The file's last line is furniture.
    last_line: bool,
    /// The title stated by the README.
    title: Option<String>,
}

impl Expectation {
    fn is_furniture(&self, line: &str, is_last: bool) -> bool {
        (self.last_line && is_last)
            || self.exact.iter().any(|e| e == line)
            || self.prefixes.iter().any(|p| line.starts_with(p.as_str()))
    }
}

/// Parses the README paragraph starting with `<prefix>:`.
fn expectation(readme: &str, prefix: &str) -> Expectation {
    let marker = format!("{prefix}:");
    let paragraph: String = readme
        .split("\n\n")
        .find(|p| p.trim_start().starts_with(&marker))
        .unwrap_or_default()
        .replace('\n', " ");
    let mut exp = Expectation::default();
    let pieces: Vec<&str> = paragraph.split('`').collect();
    // Odd pieces are the quoted strings; the even piece before each is its context.
    for k in (1..pieces.len()).step_by(2) {
        let quoted = normalize(pieces[k].trim_end_matches('…'));
        let context = pieces[k - 1];
        let tail: String = context
            .chars()
            .rev()
            .take(30)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if tail.contains("title is") {
            exp.title = Some(quoted);
        } else if tail.contains("beginning") {
            exp.prefixes.push(quoted);
        } else {
            exp.exact.push(quoted);
        }
    }
    exp.last_line = paragraph.contains("final") && paragraph.contains("line");
    exp
}

fn corpus_file(prefix: &str) -> Option<(String, Expectation)> {
    let dir = shared_path("corpus/README.md", "corpus test")?
        .parent()?
        .to_path_buf();
    let readme = std::fs::read_to_string(dir.join("README.md")).ok()?;
    let entry = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(Result::ok)
        .find(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with(&format!("{prefix}_"))
        })?;
    let text = std::fs::read_to_string(entry.path()).ok()?;
    Some((text, expectation(&readme, prefix)))
}

fn cleaned(text: &str) -> Doc {
    clean(
        raw(text.as_bytes().to_vec(), ContentKind::Text),
        &CleanOptions::default(),
    )
    .unwrap()
}

/// The README's contract for one file.
fn check_file(prefix: &str) -> Option<Doc> {
    let (text, exp) = corpus_file(prefix)?;
    assert!(
        !exp.exact.is_empty(),
        "README lists no furniture for {prefix}"
    );
    let doc = cleaned(&text);
    let kept: Vec<&str> = doc.text.lines().collect();
    let lines: Vec<String> = text
        .lines()
        .map(normalize)
        .filter(|l| !l.is_empty())
        .collect();
    let mut furniture_seen = 0;
    for (i, line) in lines.iter().enumerate() {
        if exp.is_furniture(line, i + 1 == lines.len()) {
            furniture_seen += 1;
            assert!(
                !kept.contains(&line.as_str()),
                "{prefix}: furniture kept: {line:?}"
            );
            assert!(
                doc.removed.iter().any(|r| &r.text == line),
                "{prefix}: not reported as removed: {line:?}"
            );
        } else {
            let is_title = doc.meta.title.as_deref() == Some(line.as_str());
            assert!(
                kept.contains(&line.as_str()) || is_title,
                "{prefix}: article line lost: {line:?}"
            );
        }
    }
    assert!(
        furniture_seen >= exp.exact.len(),
        "{prefix}: README furniture not found in the file"
    );
    if let Some(title) = &exp.title {
        assert_eq!(doc.meta.title.as_ref(), Some(title), "{prefix}: title");
    }
    assert_eq!(doc.meta.language.as_deref(), Some("en"));
    Some(doc)
}

#[test]
fn agency_report_with_yearless_dateline() {
    let Some(doc) = check_file("000") else { return };
    let published = doc.meta.published.expect("published");
    assert_eq!(published.value, "2025-10-15T17:34:00");
    assert_eq!(published.basis, PublishedBasis::Inferred);
    let evidence = published.evidence.unwrap_or_default();
    assert!(evidence.contains("2025"), "{evidence}");
    let reason_of = |t: &str| {
        doc.removed
            .iter()
            .find(|r| r.text.ends_with(t))
            .map(|r| r.reason.clone())
    };
    assert_eq!(reason_of("Share on VK").as_deref(), Some("share-widget"));
    assert_eq!(reason_of("15 October").as_deref(), Some("dateline"));
    assert!(doc.meta.title.is_some());
}

#[test]
fn aggregator_rewrite_with_widgets_and_teasers() {
    let Some(doc) = check_file("001") else { return };
    let teasers = doc.removed.iter().filter(|r| r.reason == "teaser").count();
    assert!(teasers >= 4, "{:?}", doc.removed);
    assert!(doc
        .removed
        .iter()
        .any(|r| r.text == "Get a summary" && r.reason == "widget"));
    // Paragraph breaks of the input survive as blank lines.
    assert!(doc.text.contains("\n\n"));
}

#[test]
fn broadcaster_page_with_captions_and_comments() {
    let Some(doc) = check_file("004") else { return };
    let reasons: Vec<&str> = doc.removed.iter().map(|r| r.reason.as_str()).collect();
    for expected in [
        "caption",
        "photo-credit",
        "subscribe",
        "navigation",
        "login-prompt",
        "foreign-script",
        "number",
    ] {
        assert!(reasons.contains(&expected), "no {expected} in {reasons:?}");
    }
    assert!(doc.removed.iter().any(|r| r.text == "Subscribe"));
    // Only caption dates exist: weak evidence, never "inferred".
    if let Some(p) = &doc.meta.published {
        assert_eq!(p.basis, PublishedBasis::Dateline);
        assert!(p
            .evidence
            .as_deref()
            .unwrap_or_default()
            .contains("caption"));
    }
}
