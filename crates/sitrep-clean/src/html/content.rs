//! Finds the main-content container and emits its blocks.
//!
//! Scoring follows the readability family of extractors: every prose block
//! credits its ancestors (parent fully, grandparent half, further up less),
//! with more credit for longer, comma-rich text; a candidate's score is then
//! scaled by its share of non-link text and nudged by its tag, class/id
//! tokens and article markup. The best candidate's content-like siblings
//! join it, link-heavy sub-containers inside it are pruned, and when no
//! container stands out the page falls back to all dense paragraphs.

use super::blocks::{Block, BlockKind};
use super::boilerplate::{class_reason, has_content_part, report};
use super::dom::Dom;
use sitrep_core::Removed;

/// Page-level evidence that helps the choice.
#[derive(Debug, Clone, Copy, Default)]
pub struct Hints<'a> {
    /// JSON-LD `articleBody`, when the page publishes it.
    pub article_body: Option<&'a str>,
}

/// Blocks shorter than this do not vote for containers.
const MIN_SCORING_CHARS: usize = 25;
/// Ancestor levels that receive a block's vote.
const SCORE_LEVELS: usize = 5;
/// A main text shorter than this is considered a failed container choice.
pub(super) const MIN_MAIN_CHARS: usize = 250;
/// Link-heavy blocks above this density are dropped.
const MAX_BLOCK_LINK_DENSITY: f64 = 0.25;
/// Climbing to a parent stops when the text it adds is this link-heavy.
const MAX_EXPANSION_LINK_DENSITY: f64 = 0.3;
/// ... unless the links it adds are this short in total (a "read more" or
/// an accordion toggle is not a link list).
const MIN_EXPANSION_LINK_CHARS: usize = 60;
/// Blocks outside the best container shorter than this need a sentence end.
const MIN_OUTSIDE_BEST_CHARS: usize = 100;
/// Sub-containers above this link density (and with at most one
/// paragraph) are pruned as link lists.
const MAX_CONTAINER_LINK_DENSITY: f64 = 0.25;

/// Extracts the main text as one block per line.
pub fn main_text(
    dom: &Dom,
    blocks: &[Block],
    hints: &Hints<'_>,
    removed: &mut Vec<Removed>,
) -> String {
    let choice = choose(dom, blocks, removed);
    let mut lines = match &choice {
        Some(choice) => emit(dom, blocks, MAX_BLOCK_LINK_DENSITY, |block| {
            choice.keeps(dom, block.owner)
                && (dom.is_within(block.owner, choice.best) || outside_best_ok(block))
        }),
        None => Vec::new(),
    };
    if char_count(&lines) < MIN_MAIN_CHARS {
        // Too little prose: either the container choice failed (take all
        // dense paragraphs of the page) or the best container's content is
        // itself a list of links (a link roll, a list of press releases),
        // which the link filters removed.
        let mut alternatives = vec![fallback_lines(dom, blocks)];
        if let Some(choice) = &choice {
            alternatives.push(emit(dom, blocks, 1.0, |block| {
                dom.is_within(block.owner, choice.best)
            }));
        }
        for alternative in alternatives {
            if char_count(&alternative) > char_count(&lines) {
                lines = alternative;
            }
        }
        if lines.is_empty() {
            // Nothing voted (every block is short or link text): the page's
            // remaining text is still better than none.
            lines = emit(dom, blocks, 1.0, |_| true);
        }
    }
    if let Some(body) = hints.article_body {
        let body_lines: Vec<String> = body
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect();
        let body_chars: usize = body_lines.iter().map(|l| l.chars().count()).sum();
        let extracted_chars: usize = lines.iter().map(|l| l.chars().count()).sum();
        // The DOM choice clearly missed the article that the page itself
        // declares: trust the declaration.
        if body_chars >= MIN_MAIN_CHARS && extracted_chars * 2 < body_chars {
            lines = body_lines;
        }
    }
    lines.join("\n")
}

/// The chosen content: root containers and pruned sub-containers.
pub(super) struct Choice {
    /// Content score per element (`None` for elements without votes).
    pub scores: Vec<Option<f64>>,
    /// Best-scoring candidate before climbing.
    pub best: usize,
    /// Roots whose blocks are emitted.
    pub included: Vec<usize>,
    /// Link-list containers inside the roots, not emitted.
    pub pruned: Vec<usize>,
}

impl Choice {
    /// Whether blocks owned by `owner` belong to the chosen content.
    pub fn keeps(&self, dom: &Dom, owner: usize) -> bool {
        self.included.iter().any(|&root| dom.is_within(owner, root))
            && !self.pruned.iter().any(|&p| dom.is_within(owner, p))
    }
}

/// Picks the best container, climbs, adds siblings and prunes link lists.
pub(super) fn choose(dom: &Dom, blocks: &[Block], removed: &mut Vec<Removed>) -> Option<Choice> {
    let scores = score_candidates(dom, blocks);
    let (best, best_score) = scores
        .iter()
        .enumerate()
        .filter_map(|(index, score)| score.map(|s| (index, s)))
        .max_by(|a, b| a.1.total_cmp(&b.1))?;
    let kept = kept_stats(dom, blocks);
    let top = expand_upwards(dom, &kept, best);
    let included = included_roots(dom, &scores, top, best_score);
    let pruned = prune_link_lists(dom, &included, removed);
    Some(Choice {
        scores,
        best,
        included,
        pruned,
    })
}

/// Elements that wrap the main content as the text alone sees it, before
/// any class/id rule has run: the ancestors of the best-scoring container
/// and of a declared `itemprop=articleBody` holding text. Comment sections
/// vote like articles, so a best container inside a comments-named
/// element protects nothing; nor does one that is itself named as
/// furniture (a cookie-consent text can outvote a short article).
pub(super) fn main_content_wrappers(dom: &Dom, blocks: &[Block]) -> Vec<bool> {
    let mut protected = vec![false; dom.elements.len()];
    let scores = score_candidates(dom, blocks);
    let best = scores
        .iter()
        .enumerate()
        .filter_map(|(index, score)| score.map(|s| (index, s)))
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(index, _)| index);
    let declared = (1..dom.elements.len()).filter(|&index| {
        let element = &dom.elements[index];
        element.itemprop == "articlebody"
            && element.removed.is_none()
            && element.text_chars >= MIN_MAIN_CHARS
    });
    for start in best.into_iter().chain(declared) {
        let chain: Vec<usize> = std::iter::once(start).chain(dom.ancestors(start)).collect();
        let start_named_furniture = class_reason(&dom.elements[start].class_id).is_some();
        if start_named_furniture
            || chain
                .iter()
                .any(|&e| class_reason(&dom.elements[e].class_id) == Some("comments"))
        {
            continue;
        }
        for element in chain {
            protected[element] = true;
        }
    }
    protected
}

/// Content score per element (`None` for elements that got no vote).
fn score_candidates(dom: &Dom, blocks: &[Block]) -> Vec<Option<f64>> {
    let mut scores: Vec<Option<f64>> = vec![None; dom.elements.len()];
    for block in blocks {
        if dom.elements[block.owner].removed.is_some() || block.chars < MIN_SCORING_CHARS {
            continue;
        }
        if block.kind == BlockKind::Heading || block.link_density() > MAX_BLOCK_LINK_DENSITY {
            continue;
        }
        let commas = block
            .text
            .chars()
            .filter(|c| matches!(c, ',' | '،' | '，' | '、' | '。'))
            .count();
        let mut vote = 1.0 + commas as f64 + (block.chars as f64 / 100.0).min(3.0);
        if block.kind == BlockKind::ListItem || block.kind == BlockKind::Cell {
            vote *= 0.5;
        }
        // Bare text in a container votes for the container itself.
        let first = if block.kind == BlockKind::Other {
            Some(block.owner)
        } else {
            dom.elements[block.owner].parent
        };
        let chain = first
            .into_iter()
            .chain(first.into_iter().flat_map(|f| dom.ancestors(f)));
        for (level, ancestor) in chain.take(SCORE_LEVELS).enumerate() {
            if ancestor == 0 || dom.elements[ancestor].removed.is_some() {
                break;
            }
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                _ => level as f64 * 3.0,
            };
            let entry = scores[ancestor].get_or_insert_with(|| initial_score(dom, ancestor));
            *entry += vote / divider;
        }
    }
    for (index, score) in scores.iter_mut().enumerate() {
        if let Some(value) = score {
            *value *= 1.0 - dom.link_density(index);
        }
    }
    scores
}

/// Prior for a candidate from its tag, role, microdata and class/id.
fn initial_score(dom: &Dom, index: usize) -> f64 {
    let element = &dom.elements[index];
    let mut score = match element.tag.as_str() {
        "article" => 10.0,
        "div" | "main" => 5.0,
        "section" | "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    };
    if element.itemprop == "articlebody" || element.itemprop == "text" {
        score += 30.0;
    }
    if element.role == "main" || element.role == "article" {
        score += 10.0;
    }
    if has_content_part(&element.class_id) {
        score += 25.0;
    } else if class_reason(&element.class_id).is_some() {
        score -= 25.0;
    }
    score
}

/// (characters, link characters) of the non-removed text below each element.
fn kept_stats(dom: &Dom, blocks: &[Block]) -> Vec<(usize, usize)> {
    let mut kept = vec![(0usize, 0usize); dom.elements.len()];
    for block in blocks {
        if dom.elements[block.owner].removed.is_some() {
            continue;
        }
        for element in std::iter::once(block.owner).chain(dom.ancestors(block.owner)) {
            kept[element].0 += block.chars;
            kept[element].1 += block.link_chars;
        }
    }
    kept
}

/// Climbs from the best candidate while the text its parent adds is prose
/// rather than links: articles are often split over sibling containers
/// (lead, body, info boxes) that the paragraph votes credit separately.
/// Furniture has already been removed, so what remains is mostly content.
fn expand_upwards(dom: &Dom, kept: &[(usize, usize)], top: usize) -> usize {
    let mut current = top;
    while let Some(parent) = dom.elements[current].parent {
        if parent == 0
            || matches!(dom.elements[parent].tag.as_str(), "body" | "html")
            || dom.elements[parent].removed.is_some()
        {
            break;
        }
        let extra_chars = kept[parent].0.saturating_sub(kept[current].0);
        let extra_links = kept[parent].1.saturating_sub(kept[current].1);
        if extra_links > MIN_EXPANSION_LINK_CHARS
            && extra_links as f64 / extra_chars as f64 > MAX_EXPANSION_LINK_DENSITY
        {
            break;
        }
        current = parent;
    }
    current
}

/// The top candidate plus siblings that look like content.
fn included_roots(dom: &Dom, scores: &[Option<f64>], top: usize, top_score: f64) -> Vec<usize> {
    let Some(parent) = dom.elements[top].parent else {
        return vec![top];
    };
    let threshold = (top_score * 0.2).max(10.0);
    let top_class = dom.elements[top].class_id.clone();
    let mut roots = Vec::new();
    for child in &dom.elements[parent].children {
        let super::dom::Child::Element(sibling) = *child else {
            continue;
        };
        if sibling == top {
            roots.push(sibling);
            continue;
        }
        let element = &dom.elements[sibling];
        if element.removed.is_some() || element.text_chars == 0 {
            continue;
        }
        let bonus = if !top_class.trim().is_empty() && element.class_id == top_class {
            top_score * 0.2
        } else {
            0.0
        };
        let score = scores[sibling].unwrap_or(0.0) + bonus;
        let link_density = dom.link_density(sibling);
        let prose_paragraph = element.tag == "p"
            && ((element.text_chars > 80 && link_density < 0.25)
                || (link_density == 0.0 && element.text_chars > 0));
        if score >= threshold || prose_paragraph {
            roots.push(sibling);
        }
    }
    roots
}

/// Link-list sub-containers inside the included roots.
fn prune_link_lists(dom: &Dom, roots: &[usize], removed: &mut Vec<Removed>) -> Vec<usize> {
    let mut pruned: Vec<usize> = Vec::new();
    for index in 1..dom.elements.len() {
        let element = &dom.elements[index];
        if roots.contains(&index) || element.removed.is_some() || element.text_chars == 0 {
            continue;
        }
        if !matches!(
            element.tag.as_str(),
            "div" | "ul" | "ol" | "section" | "table" | "dl" | "span" | "p"
        ) {
            continue;
        }
        if element.paragraphs > 2 || dom.link_density(index) <= MAX_CONTAINER_LINK_DENSITY {
            continue;
        }
        if !roots.iter().any(|&root| dom.is_within(index, root)) {
            continue;
        }
        if pruned.iter().any(|&p| dom.is_within(index, p)) {
            continue;
        }
        // A lone inline link inside running prose is not a link list.
        if element.text_chars < 20 && element.tag == "span" {
            continue;
        }
        report(dom, index, "link-list", removed);
        pruned.push(index);
    }
    pruned
}

/// Blocks that only climbing or sibling inclusion brought in need more
/// evidence of being text than those inside the best container: a long
/// line, a finished sentence, or a link-free list item, cell, quote or code
/// line (ingredients, facts, specifications). Short unfinished lines out there
/// are widget labels, teaser titles and calls to action.
fn outside_best_ok(block: &Block) -> bool {
    block.chars >= MIN_OUTSIDE_BEST_CHARS
        || ends_sentence(&block.text)
        || (matches!(
            block.kind,
            BlockKind::ListItem | BlockKind::Cell | BlockKind::Preformatted | BlockKind::Quote
        ) && block.link_chars == 0)
}

/// Whether the text ends like a sentence (or a quotation or aside does).
fn ends_sentence(text: &str) -> bool {
    text.trim_end().ends_with([
        '.', '!', '?', '。', '！', '？', '"', '”', '“', '»', '«', ')',
    ])
}

/// Characters over all lines.
fn char_count(lines: &[String]) -> usize {
    lines.iter().map(|l| l.chars().count()).sum()
}

/// Lines of the blocks accepted by `keep_block` that pass the block
/// filters; short blocks above `max_link_density` are dropped.
pub(super) fn emit(
    dom: &Dom,
    blocks: &[Block],
    max_link_density: f64,
    keep_block: impl Fn(&Block) -> bool,
) -> Vec<String> {
    let mut kept: Vec<&Block> = Vec::new();
    for block in blocks {
        if dom.elements[block.owner].removed.is_some() || !keep_block(block) {
            continue;
        }
        if block.link_density() > max_link_density && block.chars < 300 {
            continue;
        }
        if kept.last().is_some_and(|last| last.text == block.text) || is_date_line(&block.text) {
            continue;
        }
        kept.push(block);
    }
    drop_orphan_headings(&mut kept);
    kept.into_iter().map(|block| block.text.clone()).collect()
}

/// A short line that is just a date or time stamp ("31. Mai 2012",
/// "Published: 2020-05-19 19:49"): page metadata, not text.
fn is_date_line(text: &str) -> bool {
    if text.chars().count() > 40 || text.split_whitespace().count() > 6 {
        return false;
    }
    let digits = text.chars().filter(char::is_ascii_digit).count();
    if digits == 0 {
        return false;
    }
    let start = text
        .find(|c: char| c.is_ascii_digit() || c.is_alphabetic())
        .unwrap_or(0);
    super::date::parse_date(&text[start..]).is_some()
        || text.split_whitespace().all(|w| {
            w.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | '/' | '-' | ','))
        })
}

/// Headings longer than this are standfirsts or pull quotes set as headings:
/// text in their own right, kept even when nothing follows them.
const MAX_LABEL_HEADING_CHARS: usize = 100;

/// Removes headings (and short label lines such as "Tags:") that head
/// nothing: their section was a link list or widget that has been dropped,
/// so the next kept block is another heading or the end of the text.
fn drop_orphan_headings(kept: &mut Vec<&Block>) {
    let is_label = |block: &Block| {
        (block.kind == BlockKind::Heading && block.chars <= MAX_LABEL_HEADING_CHARS)
            || (block.chars <= 40 && block.text.trim_end().ends_with(':'))
    };
    let mut index = kept.len();
    while index > 0 {
        index -= 1;
        let followed_by_content = kept.get(index + 1).is_some_and(|next| !is_label(next));
        if is_label(kept[index]) && !followed_by_content {
            kept.remove(index);
        }
    }
}

/// All dense prose blocks of the page, for pages without a clear container.
fn fallback_lines(dom: &Dom, blocks: &[Block]) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for block in blocks {
        if dom.elements[block.owner].removed.is_some() || block.kind == BlockKind::Heading {
            continue;
        }
        if block.chars < 60 || block.link_density() > 0.3 {
            continue;
        }
        if lines.last().is_some_and(|last| *last == block.text) {
            continue;
        }
        lines.push(block.text.clone());
    }
    lines
}
