//! Flattening HTML into the text a crawler's text export (a WET record)
//! holds: `<title>`, then every visible text block on its own line, menus,
//! footers and share bars included. Shared by the `wet_eval` test and the
//! `eval_text` example.

#![allow(dead_code)]

use scraper::{ElementRef, Html, Node};

/// Elements whose content is never visible text.
const INVISIBLE: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "iframe", "object", "canvas", "select",
    "option", "head",
];

/// Elements that start a new line in a text rendering.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "nav",
    "aside",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "tr",
    "td",
    "th",
    "blockquote",
    "figure",
    "figcaption",
    "form",
    "pre",
    "address",
    "hr",
    "br",
    "button",
    "label",
    "details",
    "summary",
    "time",
];

/// The page as a crawler's text export: `<title>`, then one visible block
/// per line.
pub fn page_as_text(html: &str) -> String {
    let document = Html::parse_document(html);
    let mut out = String::new();
    if let Ok(selector) = scraper::Selector::parse("title") {
        if let Some(title) = document.select(&selector).next() {
            out.push_str(
                &title
                    .text()
                    .collect::<String>()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
            );
            out.push('\n');
        }
    }
    render(document.root_element(), &mut out, 0);
    out
}

fn render(element: ElementRef, out: &mut String, depth: usize) {
    let name = element.value().name();
    if INVISIBLE.contains(&name) || depth > 400 {
        return;
    }
    let block = BLOCKS.contains(&name);
    if block {
        line_break(out);
    }
    for child in element.children() {
        match child.value() {
            Node::Text(text) => {
                for (i, piece) in text.split_whitespace().enumerate() {
                    if (i > 0 || text.starts_with(char::is_whitespace))
                        && !out.ends_with([' ', '\n'])
                    {
                        out.push(' ');
                    }
                    out.push_str(piece);
                }
                if text.ends_with(char::is_whitespace) && !out.ends_with([' ', '\n']) {
                    out.push(' ');
                }
            }
            Node::Element(_) => {
                if let Some(child_element) = ElementRef::wrap(child) {
                    render(child_element, out, depth + 1);
                }
            }
            _ => {}
        }
    }
    if block {
        line_break(out);
    }
}

fn line_break(out: &mut String) {
    while out.ends_with(' ') {
        out.pop();
    }
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}
