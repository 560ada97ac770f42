//! Main-text extraction and metadata from already-decoded HTML.
//!
//! Parsing uses `scraper`, i.e. Servo's `html5ever`: a spec-compliant HTML5
//! tree builder. Real news pages are full of unclosed `<p>`s, stray `</div>`s
//! and misnested formatting tags; only the HTML5 error-recovery algorithm
//! builds the same tree a browser shows, which is what the content scoring
//! below reasons about. It never fails on input: any string yields a tree.
//!
//! The pipeline is:
//! 1. [`dom`] converts the parse tree into a compact arena (dropping scripts,
//!    styles, form controls) with per-element text and link statistics.
//! 2. [`boilerplate`] marks navigation, share widgets, related links,
//!    comments, cookie notices, ads, hidden elements by tag, ARIA role and
//!    class/id tokens, and records the notable removals.
//! 3. [`blocks`] cuts the visible text into blocks (paragraphs, headings,
//!    list items, cells ...), each owned by its nearest block element.
//! 4. [`content`] scores candidate containers (paragraph text, commas,
//!    link density, class hints, `<article>` / `itemprop=articleBody`),
//!    picks the best one plus content-like siblings, and filters its blocks;
//!    it falls back to all dense paragraphs when no container stands out.
//! 5. [`meta`] and [`date`] read title, dates, authors, site name,
//!    canonical URL, language and description from meta tags, JSON-LD,
//!    microdata, `<time>` and the URL.

mod blocks;
mod boilerplate;
mod charset_sniff;
mod content;
mod date;
mod dom;
mod embedded;
mod explain;
mod jsonld;
mod meta;

use sitrep_core::Removed;

pub use charset_sniff::declared_charset;

/// Debugging aid for the evaluation tools (not a stable API): why the
/// blocks holding `needle` were kept or dropped.
#[doc(hidden)]
pub use explain::explain;

/// Main text and metadata extracted from one HTML page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HtmlExtract {
    /// Main text: one block (paragraph, heading, list item, quote, table
    /// cell row) per line, separated by `"\n"`. Headings are their own lines.
    pub text: String,
    /// Article title (og:title, JSON-LD headline, `<h1>`, or `<title>` with
    /// the site-name suffix stripped).
    pub title: Option<String>,
    /// Publication date with the evidence it was read from.
    pub published: Option<HtmlDate>,
    /// Author names, deduplicated, in order of discovery.
    pub authors: Vec<String>,
    /// Name of the publishing site (og:site_name, JSON-LD publisher).
    pub site_name: Option<String>,
    /// `<link rel=canonical>` or og:url, resolved against `url` when relative.
    pub canonical_url: Option<String>,
    /// Language tag from `<html lang>` or a language meta tag.
    pub language: Option<String>,
    /// Meta / og description.
    pub description: Option<String>,
    /// Notable removed blocks with their reasons (bounded, text truncated).
    pub removed: Vec<Removed>,
}

/// A publication date found in the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HtmlDate {
    /// ISO 8601: `2025-10-15T17:34:00`, `2025-10-15T17:34:00+02:00` or `2025-10-15`.
    pub value: String,
    /// Where it came from, e.g. `"meta article:published_time"`.
    pub evidence: String,
}

/// Extracts the main text and metadata of an HTML page.
///
/// `url` (the page address, when known) resolves a relative canonical link
/// and serves as the last-resort date source (`/2025/10/15/` patterns).
/// Never panics, whatever the input.
pub fn extract(html: &str, url: Option<&str>) -> HtmlExtract {
    let document = scraper::Html::parse_document(html);
    let page_meta = meta::read_metadata(&document, url);
    let hints = content::Hints {
        article_body: page_meta.article_body.as_deref(),
    };
    let mut removed = Vec::new();
    let mut text = main_text(&document, &hints, &mut removed);
    if text.chars().count() < content::MIN_MAIN_CHARS {
        // The visible tree holds no article: look at the markup a script
        // would have inserted.
        if let Some(markup) = embedded::embedded_markup(&document) {
            let embedded_document = scraper::Html::parse_document(&markup);
            let mut embedded_removed = Vec::new();
            let embedded_text = main_text(&embedded_document, &hints, &mut embedded_removed);
            if embedded_text.chars().count() > text.chars().count() {
                text = embedded_text;
                removed = embedded_removed;
            }
        }
    }
    HtmlExtract {
        text,
        title: page_meta.title,
        published: page_meta.published,
        authors: page_meta.authors,
        site_name: page_meta.site_name,
        canonical_url: page_meta.canonical_url,
        language: page_meta.language,
        description: page_meta.description,
        removed,
    }
}

/// Main text of a parsed document (arena, boilerplate marks, blocks,
/// container choice).
fn main_text(
    document: &scraper::Html,
    hints: &content::Hints<'_>,
    removed: &mut Vec<sitrep_core::Removed>,
) -> String {
    let mut arena = dom::Dom::from_document(document);
    let page_blocks = blocks::collect(&arena);
    boilerplate::mark_hidden(&mut arena);
    let protected = content::main_content_wrappers(&arena, &page_blocks);
    boilerplate::mark(&mut arena, &protected, removed);
    content::main_text(&arena, &page_blocks, hints, removed)
}

#[cfg(test)]
mod tests;
