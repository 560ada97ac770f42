//! Merging metadata from the container, the HTML page and the text itself.
//!
//! Authority, highest first:
//! 1. **Container** (feed item, JSONL fields, WARC headers): chosen by the
//!    publisher for machines; its `published` is `PublishedBasis::Metadata`.
//! 2. **Page** metadata from `html::extract` (meta tags, JSON-LD, `<time>`).
//! 3. **Text**: the title line, the dateline (`Dateline`, or `Inferred` when
//!    the year came from the content), and last the latest caption date.
//!
//! Each `published` carries its evidence so an analyst can check it.

use sitrep_core::{Doc, Published, PublishedBasis, RawMetadata};

use crate::dates::normalize_date;
use crate::html::HtmlExtract;
use crate::text::CleanedText;

/// The outputs of the cleaning steps for one document.
#[derive(Debug, Clone)]
pub struct Cleaned {
    pub lines: CleanedText,
    pub page: Option<HtmlExtract>,
}

/// Fills `doc`'s text, removed lines and metadata.
pub fn fill(doc: &mut Doc, cleaned: Cleaned, container: &RawMetadata) {
    let Cleaned { lines, page } = cleaned;
    let published_from_text = lines.published();
    let text_dateline_unresolved = lines.dateline.is_some() && published_from_text.is_none();

    let container_title = container
        .title
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty());
    doc.meta.title = container_title
        .map(str::to_string)
        .or_else(|| page.as_ref().and_then(|p| p.title.clone()))
        .or(lines.title);

    let container_published = container
        .published
        .as_deref()
        .filter(|p| !p.trim().is_empty());
    let mut published = None;
    if let Some(raw) = container_published {
        match normalize_date(raw) {
            Some(value) => {
                published = Some(Published {
                    value,
                    basis: PublishedBasis::Metadata,
                    evidence: Some(format!("container date \"{raw}\"")),
                })
            }
            None => doc.warn(
                "clean",
                format!("container date \"{raw}\" is not a date sitrep can read"),
            ),
        }
    }
    if published.is_none() {
        published = page
            .as_ref()
            .and_then(|p| p.published.as_ref())
            .map(|d| Published {
                value: d.value.clone(),
                basis: PublishedBasis::Metadata,
                evidence: Some(d.evidence.clone()),
            });
    }
    if published.is_none() {
        if text_dateline_unresolved {
            let evidence = lines
                .dateline
                .as_ref()
                .map(|d| d.evidence.as_str())
                .unwrap_or_default();
            doc.warn(
                "clean",
                format!("dateline \"{evidence}\" has no year and the content gives none"),
            );
        }
        published = published_from_text;
    }
    doc.meta.published = published;

    let mut authors: Vec<String> = Vec::new();
    let page_authors = page.as_ref().map(|p| p.authors.clone()).unwrap_or_default();
    for name in page_authors
        .into_iter()
        .chain(container.author.clone())
        .chain(lines.authors)
    {
        let name = name.trim().to_string();
        if !name.is_empty() && !authors.iter().any(|a| a.eq_ignore_ascii_case(&name)) {
            authors.push(name);
        }
    }
    doc.meta.authors = authors;

    doc.text = lines.text;
    doc.meta.language = sitrep_text::lang::detect(&doc.text);
    if let Some(page) = page {
        doc.meta.site_name = page.site_name;
        doc.meta.canonical_url = page.canonical_url;
        if doc.meta.language.is_none() {
            doc.meta.language = page.language.as_deref().and_then(primary_subtag);
        }
        doc.removed = page.removed;
    }
    doc.removed.extend(lines.removed);
}

/// `"en-GB"` -> `"en"`; `None` for anything that is not a two-letter code.
fn primary_subtag(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    (primary.len() == 2 && primary.bytes().all(|b| b.is_ascii_lowercase())).then_some(primary)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn language_tags() {
        assert_eq!(primary_subtag("en-GB").as_deref(), Some("en"));
        assert_eq!(primary_subtag("RU").as_deref(), Some("ru"));
        assert_eq!(primary_subtag("english"), None);
    }
}
