//! Page metadata: title, publication date, authors, site name, canonical
//! URL, language and description, from meta tags, JSON-LD, microdata,
//! `<time>`, bylines and the URL, in decreasing order of reliability.

use super::date::{date_from_url, parse_date};
use super::jsonld;
use super::HtmlDate;
use scraper::{ElementRef, Html};

/// Everything `extract` needs from the page head and markup.
#[derive(Debug, Clone, Default)]
pub struct PageMeta {
    pub title: Option<String>,
    pub published: Option<HtmlDate>,
    pub authors: Vec<String>,
    pub site_name: Option<String>,
    pub canonical_url: Option<String>,
    pub language: Option<String>,
    pub description: Option<String>,
    /// JSON-LD `articleBody`, a hint for the content choice.
    pub article_body: Option<String>,
}

/// Raw evidence gathered in one pass over the document.
#[derive(Debug, Default)]
struct Evidence {
    /// (lower-cased property/name/itemprop, content) of `<meta>` tags.
    metas: Vec<(String, String)>,
    title_tag: Option<String>,
    h1s: Vec<String>,
    json_ld: Vec<String>,
    canonical: Option<String>,
    html_lang: Option<String>,
    /// (evidence, raw value) of microdata / `<time>` date candidates.
    markup_dates: Vec<(&'static str, String)>,
    markup_authors: Vec<String>,
}

/// Meta names that carry the publication date, best first.
const DATE_METAS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "date",
    "dc.date.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "dc.date.created",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "publication_date",
    "original-publish-date",
    "cxenseparse:recs:publishtime",
    "article_date_original",
    "og:updated_time",
    "article:modified_time",
    "last-modified",
];

/// Meta names that carry author names.
const AUTHOR_METAS: &[&str] = &[
    "author",
    "article:author",
    "dc.creator",
    "sailthru.author",
    "parsely-author",
    "byl",
    "citation_author",
];

/// Title separators between the headline and the site name.
const TITLE_SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ", " / ", " : ",
];

/// Reads all metadata of `document`; `url` resolves relative links and
/// provides a last-resort date.
pub fn read_metadata(document: &Html, url: Option<&str>) -> PageMeta {
    let evidence = gather(document);
    let ld = jsonld::read(&evidence.json_ld);
    let site_name = meta(
        &evidence,
        &["og:site_name", "application-name", "twitter:site"],
    )
    .map(|s| s.trim_start_matches('@').to_string())
    .or_else(|| ld.publisher.clone());
    let title = choose_title(&evidence, ld.headline.as_deref(), site_name.as_deref());
    let published = choose_date(&evidence, ld.date_published.as_deref(), url);
    let authors = choose_authors(&evidence, &ld.authors);
    let canonical_url = evidence
        .canonical
        .clone()
        .or_else(|| meta(&evidence, &["og:url"]))
        .map(|c| resolve(&c, url));
    let language = evidence
        .html_lang
        .clone()
        .or_else(|| meta(&evidence, &["content-language", "dc.language", "language"]))
        .or_else(|| ld.language.clone())
        .or_else(|| meta(&evidence, &["og:locale"]).map(|l| l.replace('_', "-")));
    let description = meta(
        &evidence,
        &["description", "og:description", "twitter:description"],
    )
    .or(ld.description);
    PageMeta {
        title,
        published,
        authors,
        site_name,
        canonical_url,
        language,
        description,
        article_body: ld.article_body,
    }
}

fn gather(document: &Html) -> Evidence {
    let mut evidence = Evidence::default();
    let root = document.root_element();
    evidence.html_lang = root
        .value()
        .attr("lang")
        .or_else(|| root.value().attr("xml:lang"))
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from);
    for node in root.descendants() {
        let Some(element) = ElementRef::wrap(node) else {
            continue;
        };
        let value = element.value();
        let tag = value.name();
        let itemprop = value.attr("itemprop").unwrap_or("").to_ascii_lowercase();
        match tag {
            "meta" => {
                let key = value
                    .attr("property")
                    .or_else(|| value.attr("name"))
                    .or_else(|| value.attr("itemprop"))
                    .or_else(|| value.attr("http-equiv"));
                if let (Some(key), Some(content)) = (key, value.attr("content")) {
                    let content = content.trim();
                    if !content.is_empty() {
                        evidence
                            .metas
                            .push((key.trim().to_ascii_lowercase(), content.to_string()));
                    }
                }
                continue;
            }
            "title" if evidence.title_tag.is_none() => {
                evidence.title_tag = Some(normalize(&text_of(element)))
            }
            "h1" if evidence.h1s.len() < 5 => evidence.h1s.push(normalize(&text_of(element))),
            "script"
                if value
                    .attr("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) =>
            {
                evidence.json_ld.push(text_of(element));
            }
            "link" => {
                let rel = value.attr("rel").unwrap_or("").to_ascii_lowercase();
                if rel.split_whitespace().any(|r| r == "canonical") && evidence.canonical.is_none()
                {
                    evidence.canonical = value
                        .attr("href")
                        .map(|h| h.trim().to_string())
                        .filter(|h| !h.is_empty());
                }
            }
            "time" => {
                if let Some(datetime) = value.attr("datetime") {
                    let evidence_name = if value.attr("pubdate").is_some() {
                        "time pubdate"
                    } else {
                        "time datetime"
                    };
                    evidence
                        .markup_dates
                        .push((evidence_name, datetime.to_string()));
                }
            }
            "a" => {
                let rel = value.attr("rel").unwrap_or("");
                if rel
                    .split_whitespace()
                    .any(|r| r.eq_ignore_ascii_case("author"))
                {
                    evidence.markup_authors.push(normalize(&text_of(element)));
                }
            }
            _ => {}
        }
        if itemprop == "datepublished" {
            if let Some(raw) = value.attr("datetime").or_else(|| value.attr("content")) {
                evidence
                    .markup_dates
                    .insert(0, ("itemprop datePublished", raw.to_string()));
            } else {
                evidence
                    .markup_dates
                    .insert(0, ("itemprop datePublished", normalize(&text_of(element))));
            }
        }
        if itemprop == "author" || itemprop == "creator" {
            let name = element
                .descendants()
                .filter_map(ElementRef::wrap)
                .find(|e| {
                    e.value()
                        .attr("itemprop")
                        .is_some_and(|p| p.eq_ignore_ascii_case("name"))
                })
                .map(|e| {
                    e.value()
                        .attr("content")
                        .map(String::from)
                        .unwrap_or_else(|| text_of(e))
                })
                .unwrap_or_else(|| text_of(element));
            evidence.markup_authors.push(normalize(&name));
        }
    }
    evidence
}

fn text_of(element: ElementRef<'_>) -> String {
    element.text().collect::<String>()
}

/// Collapses whitespace runs to single spaces and trims.
fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// First non-empty meta value among `keys`, in key order.
fn meta(evidence: &Evidence, keys: &[&str]) -> Option<String> {
    keys.iter()
        .find_map(|key| {
            evidence
                .metas
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| normalize(v))
        })
        .filter(|v| !v.is_empty())
}

fn choose_title(
    evidence: &Evidence,
    headline: Option<&str>,
    site_name: Option<&str>,
) -> Option<String> {
    let title_tag = evidence.title_tag.as_deref().filter(|t| !t.is_empty());
    let declared = [
        meta(evidence, &["og:title"]),
        meta(evidence, &["twitter:title"]),
        headline.map(normalize),
    ];
    // An <h1> that agrees with a declared title or the <title> is the
    // cleanest form (no site suffix, no SEO rewrite).
    for h1 in evidence.h1s.iter().filter(|h| h.chars().count() >= 4) {
        let agrees = declared.iter().flatten().any(|d| same_title(d, h1))
            || title_tag.is_some_and(|t| {
                strip_site_suffix(t, site_name) == *h1 || t.starts_with(h1.as_str())
            });
        if agrees {
            return Some(h1.clone());
        }
    }
    if let Some(first) = declared.into_iter().flatten().next() {
        return Some(strip_site_suffix(&first, site_name));
    }
    title_tag
        .map(|t| strip_site_suffix(t, site_name))
        .or_else(|| evidence.h1s.first().cloned())
        .filter(|t| !t.is_empty())
}

fn same_title(a: &str, b: &str) -> bool {
    let simplify = |s: &str| {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect::<String>()
    };
    simplify(a) == simplify(b)
}

/// Removes a trailing (or leading) site-name segment such as
/// `"Headline | Site"`, `"Headline - Site"` or `"Site: Headline"`.
pub fn strip_site_suffix(title: &str, site_name: Option<&str>) -> String {
    if let (Some(site), Some((lead, rest))) = (site_name, title.split_once(": ")) {
        if same_title(site, lead) {
            return rest.trim().to_string();
        }
    }
    for separator in TITLE_SEPARATORS {
        let Some(position) = title.rfind(separator) else {
            continue;
        };
        let (head, tail) = (&title[..position], &title[position + separator.len()..]);
        let tail_is_site = site_name.is_some_and(|s| {
            same_title(s, tail) || tail.to_lowercase().contains(&s.to_lowercase())
        });
        // Without a known site name, a short last segment after a long
        // head is the site name by convention.
        let tail_words = tail.split_whitespace().count();
        if tail_is_site
            || (tail_words <= 4
                && head.split_whitespace().count() >= tail_words + 2
                && *separator != " : ")
        {
            return head.trim().to_string();
        }
        if let Some(first) = title.find(separator) {
            let (lead, rest) = (&title[..first], &title[first + separator.len()..]);
            if site_name.is_some_and(|s| same_title(s, lead)) {
                return rest.trim().to_string();
            }
        }
    }
    title.trim().to_string()
}

fn choose_date(evidence: &Evidence, ld_date: Option<&str>, url: Option<&str>) -> Option<HtmlDate> {
    let found = |value: Option<String>, source: String| {
        value.map(|value| HtmlDate {
            value,
            evidence: source,
        })
    };
    for key in DATE_METAS.iter().take(3) {
        if let Some(date) = meta(evidence, &[key]).and_then(|v| parse_date(&v)) {
            return found(Some(date), format!("meta {key}"));
        }
    }
    if let Some(date) = ld_date.and_then(parse_date) {
        return found(Some(date), "json-ld datePublished".to_string());
    }
    for (source, raw) in evidence
        .markup_dates
        .iter()
        .filter(|(s, _)| *s != "time datetime")
    {
        if let Some(date) = parse_date(raw) {
            return found(Some(date), (*source).to_string());
        }
    }
    for key in DATE_METAS.iter().skip(3) {
        if let Some(date) = meta(evidence, &[key]).and_then(|v| parse_date(&v)) {
            return found(Some(date), format!("meta {key}"));
        }
    }
    if let Some(date) = url.and_then(date_from_url) {
        return found(Some(date), "url path".to_string());
    }
    for (source, raw) in &evidence.markup_dates {
        if let Some(date) = parse_date(raw) {
            return found(Some(date), (*source).to_string());
        }
    }
    None
}

fn choose_authors(evidence: &Evidence, ld_authors: &[String]) -> Vec<String> {
    let mut raw: Vec<String> = Vec::new();
    if let Some(value) = meta(evidence, AUTHOR_METAS).filter(|v| !v.starts_with("http")) {
        raw.push(value);
    }
    if raw.is_empty() {
        raw.extend(ld_authors.iter().cloned());
    }
    if raw.is_empty() {
        raw.extend(evidence.markup_authors.iter().cloned());
    }
    let mut authors: Vec<String> = Vec::new();
    for entry in raw {
        for name in split_names(&entry) {
            if !authors.iter().any(|a| a.eq_ignore_ascii_case(&name)) {
                authors.push(name);
            }
        }
    }
    authors.truncate(20);
    authors
}

/// Splits "By Jane Doe, John Roe and Max Mustermann" into names.
fn split_names(entry: &str) -> Vec<String> {
    let entry = normalize(entry);
    let lowered = entry.to_lowercase();
    let entry = if lowered.starts_with("by ") || lowered.starts_with("von ") {
        entry.split_once(' ').map_or("", |(_, r)| r)
    } else {
        &entry
    };
    entry
        .split([',', ';', '&', '|'])
        .flat_map(|part| part.split(" and ").flat_map(|p| p.split(" und ")))
        .map(|name| {
            name.trim()
                .trim_matches(|c: char| !c.is_alphanumeric() && c != '.')
                .trim()
                .to_string()
        })
        .filter(|name| {
            !name.is_empty() && name.chars().count() <= 60 && name.split_whitespace().count() <= 6
        })
        .collect()
}

/// Resolves a possibly relative link against the page URL.
fn resolve(link: &str, base: Option<&str>) -> String {
    if link.contains("://") {
        return link.to_string();
    }
    let Some(base) = base else {
        return link.to_string();
    };
    let Some((scheme, rest)) = base.split_once("://") else {
        return link.to_string();
    };
    if let Some(stripped) = link.strip_prefix("//") {
        return format!("{scheme}://{stripped}");
    }
    let host = rest.split('/').next().unwrap_or(rest);
    if link.starts_with('/') {
        format!("{scheme}://{host}{link}")
    } else {
        let directory = base
            .rfind('/')
            .filter(|&i| i > scheme.len() + 2)
            .map_or(base, |i| &base[..i]);
        format!("{directory}/{link}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_suffixes_are_stripped() {
        assert_eq!(
            strip_site_suffix("Storm hits coast | Daily Planet", Some("Daily Planet")),
            "Storm hits coast"
        );
        assert_eq!(
            strip_site_suffix("Storm hits the coast again - Planet", None),
            "Storm hits the coast again"
        );
        assert_eq!(
            strip_site_suffix("Daily Planet: Storm hits coast", Some("Daily Planet")),
            "Storm hits coast"
        );
        assert_eq!(strip_site_suffix("Short - Title", None), "Short - Title");
    }

    #[test]
    fn names_are_split() {
        assert_eq!(
            split_names("By Jane Doe, John Roe and Max Mustermann"),
            vec!["Jane Doe", "John Roe", "Max Mustermann"]
        );
    }

    #[test]
    fn links_are_resolved() {
        assert_eq!(
            resolve("/a/b", Some("https://x.org/c/d")),
            "https://x.org/a/b"
        );
        assert_eq!(
            resolve("//y.org/a", Some("https://x.org/")),
            "https://y.org/a"
        );
    }
}
