//! Marks elements that are page furniture rather than article content.
//!
//! Three kinds of evidence, all generic (no per-site rules):
//! - the element's tag (`nav`, `aside`, `footer`, page-level `header`),
//! - its ARIA role (`navigation`, `banner`, `contentinfo`, `complementary`),
//! - its class/id tokens (`share-buttons`, `related-posts`, `cookie-banner`).
//!
//! A class/id match is overruled when the same element also carries a
//! content token (`article-body`, `entry-content`) or holds most of the
//! page's paragraph text: real sites name wrappers `page-with-sidebar` and
//! the cost of dropping the whole article is far higher than keeping a
//! widget.

use super::dom::{truncate_chars, Dom};
use sitrep_core::Removed;

/// Most removals reported per page.
const MAX_REPORTED: usize = 50;
/// Characters of removed text kept in a report.
const REPORT_CHARS: usize = 160;

/// Class/id keyword groups. Class and id values are split into parts on
/// every non-alphanumeric character (`share-buttons` → `share`,
/// `buttons`). A keyword of five or more letters matches a part that starts
/// with it (`comment` catches `comments`, `commentlist`); shorter keywords
/// must equal the part, since as prefixes they hit ordinary words.
#[rustfmt::skip]
const PART_RULES: &[(&str, &[&str])] = &[
    ("comments", &["comment", "disqus", "respond", "reply", "replies", "discussion"]),
    ("share-widget", &["share", "sharing", "social", "sociable", "addthis", "shariff", "sharethis", "addtoany", "shares"]),
    ("related-links", &["related", "recommend", "readmore", "moreabout", "morestories", "outbrain", "taboola", "trending", "popular", "mostread"]),
    ("cookie-notice", &["cookie", "consent", "gdpr", "cmp"]),
    ("login", &["login", "signin", "signup", "register", "paywall", "subscri", "newsletter", "registration"]),
    ("advertising", &["ad", "ads", "adv", "advert", "sponsor", "adslot", "adunit", "adsense", "adblock", "dfp", "promo", "banner", "commercial", "werbung", "anzeige"]),
    ("navigation", &["nav", "navi", "navbar", "navigation", "menu", "menus", "menubar", "breadcrumb", "pagination", "pager", "skiplink", "toolbar", "topbar"]),
    ("sidebar", &["sidebar", "widget", "rail", "aside"]),
    ("footer", &["footer", "copyright", "colophon", "impressum"]),
    ("header", &["masthead", "header"]),
    ("byline-meta", &["byline", "dateline", "postmeta", "entrymeta", "metadata", "timestamp", "published", "author", "tagcloud", "categories", "caption", "credit"]),
];

/// Keywords that only count as the last part of a token (`post-tags`,
/// `entry-date`, `article-meta`): as a first part they usually qualify
/// something else (WordPress puts `tag-<name>` on every post).
#[rustfmt::skip]
const LAST_PART_RULES: &[(&str, &[&str])] = &[
    ("byline-meta", &["meta", "date", "info", "keywords", "tag", "tags"]),
    ("share-widget", &["print", "email", "mail", "tools"]),
];

/// Parts that a prefix keyword would catch but that name a kind of
/// article: an opinion piece is a "commentary", not reader comments.
const GENRE_PARTS: &[&str] = &["commentary", "commentaries", "kommentar"];

/// Parts that mark an element as (part of) the content itself.
const CONTENT_PARTS: &[&str] = &[
    "article", "content", "entry", "main", "post", "text", "body", "story", "blog", "artikel",
    "inhalt", "beitrag", "hentry",
];

/// Marks hidden elements (and everything below them) as removed.
pub fn mark_hidden(dom: &mut Dom) {
    for index in 1..dom.elements.len() {
        let parent_hidden = dom.elements[index]
            .parent
            .is_some_and(|p| dom.elements[p].removed == Some("hidden"));
        if parent_hidden || dom.elements[index].hidden {
            dom.elements[index].removed = Some("hidden");
        }
    }
}

/// Marks removed elements in `dom` and records the notable ones.
///
/// `protected[i]` says that element `i` wraps what the text evidence alone
/// takes for the main content: a class/id match there names the page
/// layout (`container sidebar-right`), not furniture, so it does not remove
/// the element (tags and ARIA roles still do).
pub fn mark(dom: &mut Dom, protected: &[bool], removed: &mut Vec<Removed>) {
    let page_prose = prose_chars(dom, 0).max(1);
    for index in 1..dom.elements.len() {
        let parent_removed = dom.elements[index]
            .parent
            .and_then(|p| dom.elements[p].removed);
        if let Some(reason) = parent_removed {
            dom.elements[index].removed = Some(reason);
            continue;
        }
        if dom.elements[index].removed.is_some() {
            continue;
        }
        let is_protected = protected.get(index).copied().unwrap_or(false);
        let Some(reason) = classify(dom, index, page_prose, is_protected) else {
            continue;
        };
        dom.elements[index].removed = Some(reason);
        if reason != "hidden" {
            report(dom, index, reason, removed);
        }
    }
}

/// Records the removal of element `index` (bounded count, truncated text).
pub fn report(dom: &Dom, index: usize, reason: &str, removed: &mut Vec<Removed>) {
    if removed.len() >= MAX_REPORTED || dom.elements[index].text_chars == 0 {
        return;
    }
    let text = dom.subtree_text(index, REPORT_CHARS);
    if !text.is_empty() {
        removed.push(Removed {
            text: truncate_chars(&text, REPORT_CHARS),
            reason: reason.to_string(),
        });
    }
}

fn classify(
    dom: &Dom,
    index: usize,
    page_prose: usize,
    is_protected: bool,
) -> Option<&'static str> {
    let element = &dom.elements[index];
    if element.hidden {
        return Some("hidden");
    }
    let inside_article = dom
        .ancestors(index)
        .any(|a| matches!(dom.elements[a].tag.as_str(), "article" | "main"));
    let by_tag = match element.tag.as_str() {
        "nav" => Some("navigation"),
        "aside" => Some("sidebar"),
        "footer" if !inside_article => Some("footer"),
        "footer" => Some("byline-meta"),
        "header" if !inside_article => Some("header"),
        "form" if element.paragraphs == 0 => Some("form"),
        // Captions and credits describe pictures, not the story.
        "figcaption" => Some("caption"),
        _ => None,
    };
    let by_role = match element.role.as_str() {
        "navigation" | "menu" | "menubar" => Some("navigation"),
        "banner" => Some("header"),
        "contentinfo" => Some("footer"),
        "complementary" => Some("sidebar"),
        "dialog" | "alertdialog" => Some("cookie-notice"),
        _ => None,
    };
    let structural = by_tag.or(by_role);
    let by_class = class_reason(&element.class_id);
    let reason = structural.or(by_class)?;
    if element.itemprop == "articlebody" || element.tag == "body" || element.tag == "html" {
        return None;
    }
    if is_protected && structural.is_none() {
        return None;
    }
    // The pattern evidence is weaker than the text evidence: an element
    // holding most of the page's prose is not furniture, whatever its
    // name (themes wrap whole pages in `has-sidebar`, `comments-open` ...).
    let prose = prose_chars(dom, index);
    let share = prose as f64 / page_prose as f64;
    let link_density = dom.link_density(index);
    let limit = match (structural.is_some(), reason) {
        (_, "comments") => 0.75,
        (true, _) => 0.5,
        (false, _) if link_density > 0.35 => 0.5,
        (false, _) => 0.25,
    };
    if share > limit && prose > 150 {
        return None;
    }
    // Weak class evidence (an "article-header" holding the lead, a
    // "teaser-text" paragraph) does not outweigh text that reads as prose.
    let weak = structural.is_none()
        && matches!(
            reason,
            "related-links" | "header" | "advertising" | "sidebar"
        );
    if weak && looks_like_prose(dom, index) {
        return None;
    }
    // A content token ("article-body") overrules a class match only on
    // an element that really holds prose: "related-articles" does not.
    let holds_prose = element.paragraphs >= 3 && link_density < 0.3;
    if structural.is_none()
        && holds_prose
        && has_content_part(&element.class_id)
        && reason != "comments"
    {
        return None;
    }
    Some(reason)
}

/// Long, link-poor text with at least one sentence end.
fn looks_like_prose(dom: &Dom, index: usize) -> bool {
    prose_chars(dom, index) >= 150 && dom.link_density(index) < 0.15 && has_sentence_end(dom, index)
}

/// Whether any text directly or indirectly below ends a sentence.
fn has_sentence_end(dom: &Dom, index: usize) -> bool {
    let mut stack = vec![index];
    while let Some(current) = stack.pop() {
        for child in &dom.elements[current].children {
            match child {
                super::dom::Child::Element(e) => stack.push(*e),
                super::dom::Child::Text(t) => {
                    if t.contains(". ") || t.trim_end().ends_with(['.', '!', '?', '。', '！', '？'])
                    {
                        return true;
                    }
                }
            }
        }
    }
    false
}

/// Characters of non-link text below the element.
fn prose_chars(dom: &Dom, index: usize) -> usize {
    let element = &dom.elements[index];
    element.text_chars.saturating_sub(element.link_chars)
}

/// The removal reason suggested by class/id tokens, if any.
pub fn class_reason(class_id: &str) -> Option<&'static str> {
    for token in class_id.split_whitespace() {
        let parts: Vec<&str> = token
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|p| !p.is_empty())
            .collect();
        for part in &parts {
            if GENRE_PARTS.contains(part) {
                continue;
            }
            for (reason, keywords) in PART_RULES {
                let matches = keywords.iter().any(|k| {
                    if k.len() >= 5 {
                        part.starts_with(k)
                    } else {
                        part == k
                    }
                });
                if matches {
                    return Some(reason);
                }
            }
        }
        if let Some(last) = parts.last() {
            for (reason, keywords) in LAST_PART_RULES {
                if keywords.contains(last) {
                    return Some(reason);
                }
            }
        }
    }
    None
}

/// Whether a class/id token names the content itself.
pub fn has_content_part(class_id: &str) -> bool {
    token_parts(class_id).any(|part| CONTENT_PARTS.iter().any(|c| part.starts_with(c)))
}

fn token_parts(class_id: &str) -> impl Iterator<Item = &str> {
    class_id
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_tokens_map_to_reasons() {
        assert_eq!(class_reason("share-buttons "), Some("share-widget"));
        assert_eq!(class_reason("related_posts"), Some("related-links"));
        assert_eq!(class_reason("comment-list "), Some("comments"));
        assert_eq!(class_reason("cookie-banner"), Some("cookie-notice"));
        assert_eq!(class_reason("ad-slot"), Some("advertising"));
        // "ad" must be a whole part: "header", "load", "read" are not ads.
        assert_eq!(class_reason("loader readable"), None);
        assert_eq!(class_reason("article-body"), None);
    }

    #[test]
    fn content_parts_are_recognised() {
        assert!(has_content_part("entry-content"));
        assert!(!has_content_part("share-buttons"));
    }
}
