//! A compact arena copy of the html5ever tree, holding only what content
//! scoring needs (tag, class/id tokens, a few attributes, text) plus
//! per-element text statistics computed bottom-up.
//!
//! Element indices are assigned in document (pre-)order, so a parent always
//! has a smaller index than its children: bottom-up sums are one reverse
//! pass, and "is X inside Y" is a walk up parent links.

use scraper::node::Node;
use scraper::Html;

/// Nesting deeper than this is flattened into the ancestor at this depth, so
/// the recursive walks elsewhere in this module tree stay bounded.
pub const MAX_DEPTH: usize = 200;

/// Elements whose content is never visible text.
const SKIPPED_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "select", "option", "textarea", "button", "input", "head", "link", "meta", "title",
    "video", "audio", "picture", "source", "map", "dialog",
];

/// A child of an element: another element or a text run.
#[derive(Debug, Clone)]
pub enum Child {
    Element(usize),
    Text(String),
}

/// One element of the arena.
#[derive(Debug, Clone, Default)]
pub struct Element {
    /// Lower-case local name.
    pub tag: String,
    pub parent: Option<usize>,
    pub children: Vec<Child>,
    /// Lower-cased `class` and `id` values joined by a space.
    pub class_id: String,
    pub role: String,
    pub itemprop: String,
    /// `hidden`, `aria-hidden=true` or an inline `display:none`.
    pub hidden: bool,
    /// Why this element (and its subtree) is not main content, if it is not.
    pub removed: Option<&'static str>,
    /// Whitespace-normalised character count of all text below.
    pub text_chars: usize,
    /// Characters of that text that sit inside `<a>`.
    pub link_chars: usize,
    /// Number of `<p>` elements below (inclusive).
    pub paragraphs: usize,
    /// Commas (any script) in the text below.
    pub commas: usize,
}

/// The arena; index 0 is a synthetic root holding the `<html>` element.
#[derive(Debug, Clone)]
pub struct Dom {
    pub elements: Vec<Element>,
}

impl Dom {
    /// Copies the parsed document into the arena and computes statistics.
    pub fn from_document(document: &Html) -> Dom {
        let mut elements = vec![Element {
            tag: "#root".to_string(),
            ..Element::default()
        }];
        // Explicit stack (node, arena parent, depth): no recursion on the
        // untrusted tree, whose depth is unbounded.
        let mut stack = Vec::new();
        for child in document.tree.root().children().rev() {
            stack.push((child, 0usize, 1usize));
        }
        while let Some((node, parent, depth)) = stack.pop() {
            match node.value() {
                Node::Text(text) => push_text(&mut elements[parent].children, &text[..]),
                Node::Element(element) => {
                    let tag = element.name().to_ascii_lowercase();
                    if SKIPPED_TAGS.contains(&tag.as_str()) {
                        continue;
                    }
                    let owner = if depth > MAX_DEPTH {
                        // Flatten: children attach to the deepest allowed ancestor.
                        parent
                    } else {
                        let index = elements.len();
                        elements.push(new_element(&tag, element, parent));
                        elements[parent].children.push(Child::Element(index));
                        index
                    };
                    if tag == "br" {
                        continue;
                    }
                    for child in node.children().rev() {
                        stack.push((child, owner, depth + 1));
                    }
                }
                _ => {}
            }
        }
        let mut dom = Dom { elements };
        dom.compute_stats();
        dom
    }

    fn compute_stats(&mut self) {
        for index in (0..self.elements.len()).rev() {
            let mut text_chars = 0;
            let mut commas = 0;
            for child in &self.elements[index].children {
                if let Child::Text(text) = child {
                    let (chars, comma_count) = count_text(text);
                    text_chars += chars;
                    commas += comma_count;
                }
            }
            let element = &mut self.elements[index];
            element.text_chars += text_chars;
            element.commas += commas;
            if element.tag == "a" {
                element.link_chars = element.text_chars;
            }
            if element.tag == "p" {
                element.paragraphs += 1;
            }
            let (chars, links, paragraphs, comma_total) = (
                element.text_chars,
                element.link_chars,
                element.paragraphs,
                element.commas,
            );
            if let Some(parent) = element.parent {
                let parent = &mut self.elements[parent];
                parent.text_chars += chars;
                parent.link_chars += links;
                parent.paragraphs += paragraphs;
                parent.commas += comma_total;
            }
        }
    }

    /// Share of the element's text that is link text.
    pub fn link_density(&self, index: usize) -> f64 {
        let element = &self.elements[index];
        if element.text_chars == 0 {
            return 0.0;
        }
        element.link_chars as f64 / element.text_chars as f64
    }

    /// Iterates over the element's ancestors, nearest first.
    pub fn ancestors(&self, index: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(self.elements[index].parent, move |&i| {
            self.elements[i].parent
        })
    }

    /// Whether `index` is `ancestor` or lies below it.
    pub fn is_within(&self, index: usize, ancestor: usize) -> bool {
        index == ancestor || self.ancestors(index).any(|a| a == ancestor)
    }

    /// Whitespace-normalised text of the subtree (for removal reports).
    pub fn subtree_text(&self, index: usize, limit: usize) -> String {
        let mut out = String::new();
        let mut stack = vec![index];
        let mut pieces: Vec<&str> = Vec::new();
        // Depth-first, document order, bounded by `limit` characters.
        while let Some(current) = stack.pop() {
            for child in self.elements[current].children.iter().rev() {
                match child {
                    Child::Element(e) => stack.push(*e),
                    Child::Text(t) => pieces.push(t),
                }
            }
            // Texts of `current` were pushed in reverse; emit them in order.
            for piece in pieces.drain(..).rev() {
                append_normalized(&mut out, piece);
            }
            if out.chars().count() >= limit {
                break;
            }
        }
        truncate_chars(out.trim(), limit)
    }
}

fn new_element(tag: &str, element: &scraper::node::Element, parent: usize) -> Element {
    let mut class_id = String::new();
    for name in ["class", "id"] {
        if let Some(value) = element.attr(name) {
            class_id.push_str(&value.to_lowercase());
            class_id.push(' ');
        }
    }
    let style = element
        .attr("style")
        .unwrap_or("")
        .to_ascii_lowercase()
        .replace(' ', "");
    let hidden = element.attr("hidden").is_some()
        || element
            .attr("aria-hidden")
            .is_some_and(|v| v.eq_ignore_ascii_case("true"))
        || style.contains("display:none")
        || style.contains("visibility:hidden");
    Element {
        tag: tag.to_string(),
        parent: Some(parent),
        class_id,
        role: element.attr("role").unwrap_or("").to_ascii_lowercase(),
        itemprop: element.attr("itemprop").unwrap_or("").to_ascii_lowercase(),
        hidden,
        ..Element::default()
    }
}

fn push_text(children: &mut Vec<Child>, text: &str) {
    if let Some(Child::Text(last)) = children.last_mut() {
        last.push_str(text);
    } else {
        children.push(Child::Text(text.to_string()));
    }
}

/// (non-whitespace-collapsed character count, comma count) of a text run.
fn count_text(text: &str) -> (usize, usize) {
    let mut chars = 0;
    let mut commas = 0;
    let mut previous_space = true;
    for c in text.chars() {
        if c.is_whitespace() {
            if !previous_space {
                chars += 1;
            }
            previous_space = true;
        } else {
            chars += 1;
            previous_space = false;
            if matches!(c, ',' | '،' | '，' | '、') {
                commas += 1;
            }
        }
    }
    (chars, commas)
}

/// Appends `text` to `out`, collapsing whitespace runs to one space.
pub fn append_normalized(out: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_whitespace() {
            if !out.is_empty() && !out.ends_with(' ') && !out.ends_with('\n') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
}

/// At most `limit` characters of `text`, with an ellipsis when cut.
pub fn truncate_chars(text: &str, limit: usize) -> String {
    match text.char_indices().nth(limit) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}
