//! Word alignment between a gold and a system file, as the CoNLL 2018
//! evaluator defines it.
//!
//! Words outside multiword tokens align when their character spans (over
//! the text without whitespace) are identical. Where either side has a
//! multiword token, the smallest region of words whose spans overlap it is
//! found on both sides, and words inside it are aligned by the longest
//! common subsequence of their lower-cased forms.

/// A word as the alignment sees it.
#[derive(Debug, Clone)]
pub(crate) struct AlignWord {
    /// Character span `[start, end)` of the word's token in the
    /// whitespace-free text (the whole multiword token for its words).
    pub start: usize,
    pub end: usize,
    pub is_multiword: bool,
    /// Lower-cased form, compared inside multiword regions.
    pub form_lower: String,
}

/// Aligns gold and system words; returns `system_of_gold[g]` for each gold word.
pub(crate) fn align_words(gold: &[AlignWord], system: &[AlignWord]) -> Vec<Option<usize>> {
    let mut system_of_gold = vec![None; gold.len()];
    let (mut gi, mut si) = (0, 0);
    while gi < gold.len() && si < system.len() {
        if gold[gi].is_multiword || system[si].is_multiword {
            let region = multiword_region(gold, system, gi, si);
            align_by_lcs(gold, system, &region, &mut system_of_gold);
            gi = region.gold_end;
            si = region.system_end;
        } else if gold[gi].start == system[si].start && gold[gi].end == system[si].end {
            system_of_gold[gi] = Some(si);
            gi += 1;
            si += 1;
        } else if gold[gi].start <= system[si].start {
            gi += 1;
        } else {
            si += 1;
        }
    }
    system_of_gold
}

/// Word index ranges `gold_start..gold_end`, `system_start..system_end`.
struct Region {
    gold_start: usize,
    gold_end: usize,
    system_start: usize,
    system_end: usize,
}

/// Whether word `i` lies past character `end` (or there is no word `i`).
fn beyond(words: &[AlignWord], i: usize, end: usize) -> bool {
    match words.get(i) {
        None => true,
        Some(w) if w.is_multiword => w.start >= end,
        Some(w) => w.end > end,
    }
}

/// A multiword token reaching past `end` pushes the region's end out.
fn extended_end(word: &AlignWord, end: usize) -> usize {
    if word.is_multiword && word.end > end {
        word.end
    } else {
        end
    }
}

/// The smallest region around the multiword token at `gi` or `si` such that
/// both sides end at a word boundary past every multiword token in it.
fn multiword_region(gold: &[AlignWord], system: &[AlignWord], gi: usize, si: usize) -> Region {
    let (mut gi, mut si) = (gi, si);
    let mut end;
    if gold[gi].is_multiword {
        end = gold[gi].end;
        if !system[si].is_multiword && system[si].start < gold[gi].start {
            si += 1;
        }
    } else {
        end = system[si].end;
        if !gold[gi].is_multiword && gold[gi].start < system[si].start {
            gi += 1;
        }
    }
    let (gold_start, system_start) = (gi, si);
    while !beyond(gold, gi, end) || !beyond(system, si, end) {
        let take_gold =
            gi < gold.len() && (si >= system.len() || gold[gi].start <= system[si].start);
        if take_gold {
            end = extended_end(&gold[gi], end);
            gi += 1;
        } else {
            end = extended_end(&system[si], end);
            si += 1;
        }
    }
    Region {
        gold_start,
        gold_end: gi,
        system_start,
        system_end: si,
    }
}

/// Aligns the words of a region by the LCS of their lower-cased forms.
fn align_by_lcs(
    gold: &[AlignWord],
    system: &[AlignWord],
    region: &Region,
    system_of_gold: &mut [Option<usize>],
) {
    let g_words = &gold[region.gold_start..region.gold_end];
    let s_words = &system[region.system_start..region.system_end];
    let (n, m) = (g_words.len(), s_words.len());
    if n == 0 || m == 0 {
        return;
    }
    // lcs[g][s]: LCS length of g_words[g..] and s_words[s..]; one extra row
    // and column of zeros.
    let width = m + 1;
    let mut lcs = vec![0usize; (n + 1) * width];
    for g in (0..n).rev() {
        for s in (0..m).rev() {
            let diagonal = if g_words[g].form_lower == s_words[s].form_lower {
                1 + lcs[(g + 1) * width + s + 1]
            } else {
                0
            };
            let best = diagonal
                .max(lcs[(g + 1) * width + s])
                .max(lcs[g * width + s + 1]);
            lcs[g * width + s] = best;
        }
    }
    let (mut g, mut s) = (0, 0);
    while g < n && s < m {
        if g_words[g].form_lower == s_words[s].form_lower {
            system_of_gold[region.gold_start + g] = Some(region.system_start + s);
            g += 1;
            s += 1;
        } else if lcs[g * width + s] == lcs[(g + 1) * width + s] {
            g += 1;
        } else {
            s += 1;
        }
    }
}
