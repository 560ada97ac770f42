//! Cuts the visible text of the arena into blocks.
//!
//! A block is the inline text between two block-level boundaries, owned by
//! the nearest block-level element (a `<p>`, an `<li>`, or a `<div>` with
//! bare text). `<br>` stays a line break inside its block.

use super::dom::{Child, Dom};

/// Tags that start a new block.
const BLOCK_TAGS: &[&str] = &[
    "#root",
    "html",
    "body",
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "tbody",
    "thead",
    "tfoot",
    "caption",
    "figure",
    "figcaption",
    "header",
    "footer",
    "nav",
    "aside",
    "address",
    "form",
    "fieldset",
    "hr",
    "center",
    "details",
    "summary",
    "legend",
    "menu",
    "hgroup",
    "output",
];

/// What kind of block this is, for filtering and output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Heading,
    Paragraph,
    ListItem,
    Quote,
    Cell,
    Preformatted,
    /// Bare text in a container element (`<div>`, `<section>` ...).
    Other,
}

/// One block of visible text.
#[derive(Debug, Clone)]
pub struct Block {
    /// Whitespace-normalised text; `<br>` kept as `'\n'`.
    pub text: String,
    /// Arena index of the owning block element.
    pub owner: usize,
    pub kind: BlockKind,
    /// Characters (not bytes) of `text`.
    pub chars: usize,
    /// Characters inside `<a>`.
    pub link_chars: usize,
}

impl Block {
    /// Share of the block's characters that are link text.
    pub fn link_density(&self) -> f64 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f64 / self.chars as f64
        }
    }
}

/// Whether elements with this tag start a new block.
pub fn is_block_tag(tag: &str) -> bool {
    BLOCK_TAGS.contains(&tag)
}

fn kind_of(tag: &str) -> BlockKind {
    match tag {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
        "p" | "address" | "summary" | "figcaption" | "caption" | "dd" | "dt" => {
            BlockKind::Paragraph
        }
        "li" => BlockKind::ListItem,
        "blockquote" => BlockKind::Quote,
        "td" | "th" => BlockKind::Cell,
        "pre" => BlockKind::Preformatted,
        _ => BlockKind::Other,
    }
}

struct Collector<'a> {
    dom: &'a Dom,
    blocks: Vec<Block>,
    text: String,
    link_chars: usize,
}

/// All text blocks of the page in document order, removed ones included
/// (their owners carry the removal mark).
pub fn collect(dom: &Dom) -> Vec<Block> {
    let mut collector = Collector {
        dom,
        blocks: Vec::new(),
        text: String::new(),
        link_chars: 0,
    };
    collector.walk(0, 0, false);
    collector.flush(0);
    collector.blocks
}

impl Collector<'_> {
    /// Depth is bounded by `dom::MAX_DEPTH`, so recursion is safe.
    fn walk(&mut self, index: usize, owner: usize, in_link: bool) {
        let element = &self.dom.elements[index];
        let is_block = index == 0 || is_block_tag(&element.tag);
        let owner_here = if is_block {
            self.flush(owner);
            index
        } else {
            owner
        };
        if element.tag == "br" {
            if !self.text.is_empty() && !self.text.ends_with('\n') {
                trim_trailing_space(&mut self.text);
                self.text.push('\n');
            }
            return;
        }
        let in_link = in_link || element.tag == "a";
        for child in &element.children {
            match child {
                Child::Element(child_index) => self.walk(*child_index, owner_here, in_link),
                Child::Text(text) => self.push_text(text, in_link),
            }
        }
        if is_block {
            self.flush(owner_here);
        } else if matches!(element.tag.as_str(), "td" | "th") {
            self.text.push(' ');
        }
    }

    fn push_text(&mut self, text: &str, in_link: bool) {
        for c in text.chars() {
            if c.is_whitespace() {
                if !self.text.is_empty() && !self.text.ends_with(' ') && !self.text.ends_with('\n')
                {
                    self.text.push(' ');
                }
            } else {
                self.text.push(c);
                if in_link {
                    self.link_chars += 1;
                }
            }
        }
    }

    fn flush(&mut self, owner: usize) {
        let text = self.text.trim();
        if !text.is_empty() {
            let text = text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join("\n");
            let chars = text.chars().count();
            let kind = kind_of(&self.dom.elements[owner].tag);
            self.blocks.push(Block {
                text,
                owner,
                kind,
                chars,
                link_chars: self.link_chars.min(chars),
            });
        }
        self.text.clear();
        self.link_chars = 0;
    }
}

fn trim_trailing_space(text: &mut String) {
    while text.ends_with(' ') {
        text.pop();
    }
}
