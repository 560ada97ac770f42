//! Debugging aid for the evaluation tools: shows why the blocks holding a
//! given text were kept or dropped (removal marks, chosen roots, scores).

use super::content::choose;
use super::dom::Dom;
use super::{blocks, boilerplate, dom};
use std::fmt::Write;

/// Describes every block whose text contains `needle` (whitespace-normalised):
/// its kind, size, link density, whether the chosen content holds it, and its
/// ancestor chain with tags, class/id, removal marks and content scores.
pub fn explain(html: &str, needle: &str) -> String {
    let document = scraper::Html::parse_document(html);
    let mut arena = Dom::from_document(&document);
    let mut removed = Vec::new();
    let page_blocks = blocks::collect(&arena);
    boilerplate::mark_hidden(&mut arena);
    let protected = super::content::main_content_wrappers(&arena, &page_blocks);
    boilerplate::mark(&mut arena, &protected, &mut removed);
    let choice = choose(&arena, &page_blocks, &mut removed);
    let mut needle_normalized = String::new();
    dom::append_normalized(&mut needle_normalized, needle);
    let needle_normalized = needle_normalized.trim();
    let mut out = String::new();
    if let Some(choice) = &choice {
        let _ = writeln!(
            out,
            "best {} included {:?} pruned {:?}",
            describe(&arena, choice.best, &choice.scores),
            choice.included,
            choice.pruned
        );
    }
    for block in &page_blocks {
        let mut text = String::new();
        dom::append_normalized(&mut text, &block.text);
        if !text.contains(needle_normalized) {
            continue;
        }
        let kept = choice
            .as_ref()
            .is_some_and(|c| c.keeps(&arena, block.owner));
        let _ = writeln!(
            out,
            "block {:?} chars {} link density {:.2} in chosen content: {kept}",
            block.kind,
            block.chars,
            block.link_density()
        );
        let scores = choice.as_ref().map(|c| c.scores.as_slice()).unwrap_or(&[]);
        for element in std::iter::once(block.owner).chain(arena.ancestors(block.owner)) {
            let _ = writeln!(out, "  {}", describe(&arena, element, scores));
        }
    }
    out
}

fn describe(dom: &Dom, index: usize, scores: &[Option<f64>]) -> String {
    let element = &dom.elements[index];
    format!(
        "#{index} <{} class/id={:?} itemprop={:?}> chars {} links {:.2} paragraphs {} removed {:?} score {:?}",
        element.tag,
        element.class_id.trim(),
        element.itemprop,
        element.text_chars,
        dom.link_density(index),
        element.paragraphs,
        element.removed,
        scores.get(index).copied().flatten().map(|s| (s * 10.0).round() / 10.0)
    )
}
