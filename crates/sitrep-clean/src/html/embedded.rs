//! Markup that browsers only show without JavaScript or after a script
//! runs: `<noscript>` fallbacks and `<script type="text/template">` bodies
//! (Blogger and similar platforms ship the whole post this way). With
//! scripting enabled, html5ever keeps both as raw text, so the arena never
//! sees them; a page whose visible tree holds no article gets a second look
//! at this markup.

use scraper::node::Node;
use scraper::Html;

/// Script types whose content is HTML to be inserted by a script.
const TEMPLATE_SCRIPT_TYPES: &[&str] = &["text/template", "text/html", "text/x-template"];

/// Most bytes of embedded markup considered (bounds the re-parse).
const MAX_EMBEDDED_BYTES: usize = 2_000_000;

/// The raw markup inside `<noscript>` elements and HTML template scripts,
/// joined in document order; `None` when there is none.
pub fn embedded_markup(document: &Html) -> Option<String> {
    let mut markup = String::new();
    for node in document.tree.root().descendants() {
        let Node::Element(element) = node.value() else {
            continue;
        };
        let holds_markup = match element.name() {
            "noscript" => true,
            "script" => element.attr("type").is_some_and(|kind| {
                TEMPLATE_SCRIPT_TYPES
                    .iter()
                    .any(|t| kind.trim().eq_ignore_ascii_case(t))
            }),
            _ => false,
        };
        if !holds_markup {
            continue;
        }
        for child in node.children() {
            if let Node::Text(text) = child.value() {
                if markup.len() + text.len() > MAX_EMBEDDED_BYTES {
                    break;
                }
                markup.push_str(text);
                markup.push('\n');
            }
        }
    }
    // Only markup with tags can hold an article; plain "enable JavaScript"
    // notices cannot.
    markup.contains('<').then_some(markup)
}
