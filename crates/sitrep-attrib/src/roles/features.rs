//! Candidates and features of the learned attribution roles, shared by
//! training and inference so that both see exactly the same inputs.
//!
//! Three decisions are learned, each a binary averaged perceptron:
//! - **cue**: is token `i` the head word of an attribution cue ("said",
//!   "criticized", "according", a headline colon)?
//! - **content**: given a cue head, is this neighbour (a dependent of the
//!   cue, or the word it depends on) the root of the content?
//! - **source**: given a cue head, is this neighbour (a dependent, the
//!   head, or the subject of the clause the cue hangs on) the source?

use sitrep_model::FeatureHasher;

use crate::lexicon::{self, CueKind};
use crate::tree::SentenceTree;

/// Feature template ids (stable: changing one invalidates the model).
mod t {
    pub const BIAS: u32 = 1;
    pub const LEMMA: u32 = 2;
    pub const UPOS: u32 = 3;
    pub const LEMMA_UPOS: u32 = 4;
    pub const DEPREL: u32 = 5;
    pub const LEMMA_DEPREL: u32 = 6;
    pub const XPOS: u32 = 7;
    pub const CHILD_REL: u32 = 8;
    pub const LEMMA_CHILD_REL: u32 = 9;
    pub const CHILD_REL_UPOS: u32 = 10;
    pub const HEAD: u32 = 11;
    pub const HEAD_LEMMA: u32 = 12;
    pub const PREV: u32 = 13;
    pub const NEXT: u32 = 14;
    pub const LEMMA_NEXT: u32 = 15;
    pub const PREV_LEMMA: u32 = 16;
    pub const IN_QUOTE: u32 = 17;
    pub const LEMMA_IN_QUOTE: u32 = 18;
    pub const LEXICON: u32 = 19;
    pub const HEADLINE: u32 = 20;
    pub const COLON: u32 = 21;
    pub const QUOTE_NEAR: u32 = 22;
    pub const LEMMA_FRAME: u32 = 23;
    pub const NEXT2: u32 = 24;
    pub const SUBJECT: u32 = 25;
    pub const LEMMA_SUBJECT: u32 = 26;
    pub const LEMMA_RELSET: u32 = 27;
    pub const SUFFIX: u32 = 28;
    pub const RELSET: u32 = 29;
    pub const CAND_REL: u32 = 40;
    pub const CAND_REL_LEMMA: u32 = 41;
    pub const CAND_REL_DIR: u32 = 42;
    pub const CAND_UPOS: u32 = 43;
    pub const CAND_REL_UPOS: u32 = 44;
    pub const CAND_MARK: u32 = 45;
    pub const CAND_SIZE: u32 = 46;
    pub const CAND_QUOTED: u32 = 47;
    pub const CAND_SIBLING: u32 = 48;
    pub const CAND_ANCHOR_REL: u32 = 49;
    pub const CAND_ANCHOR_UPOS: u32 = 50;
    pub const CAND_CASE: u32 = 51;
    pub const CAND_ENTITY: u32 = 52;
    pub const CAND_PRON: u32 = 53;
    pub const CAND_LEMMA_REL_DIR: u32 = 54;
    pub const CAND_ANCHOR_LEMMA_REL: u32 = 55;
    pub const CAND_PASSIVE: u32 = 56;
    pub const CAND_COLON: u32 = 57;
}

/// Per-sentence facts the features read besides the parse.
pub(crate) struct Context<'a> {
    pub tree: &'a SentenceTree<'a>,
    /// Whether each token of the sentence (offset from `tree.start`) lies in
    /// a quotation.
    pub in_quote: Vec<bool>,
    /// Entity label of each token ("PER", "ORG" ...; "" when none).
    pub entity: Vec<&'static str>,
    /// Whether this is the document's first sentence (a headline).
    pub headline: bool,
    /// Lower-cased word of each token.
    pub lower: Vec<String>,
    /// Lower-cased lemma of each token.
    pub lemmas: Vec<String>,
}

impl Context<'_> {
    pub fn word(&self, i: usize) -> &str {
        self.lower
            .get(i - self.tree.start)
            .map_or("", String::as_str)
    }

    pub fn quoted(&self, i: usize) -> bool {
        self.in_quote
            .get(i.wrapping_sub(self.tree.start))
            .copied()
            .unwrap_or(false)
    }

    fn entity_of(&self, i: usize) -> &'static str {
        self.entity
            .get(i.wrapping_sub(self.tree.start))
            .copied()
            .unwrap_or("")
    }

    pub fn lemma(&self, i: usize) -> &str {
        self.lemmas
            .get(i.wrapping_sub(self.tree.start))
            .map_or("", String::as_str)
    }
}

/// Parts of speech that never head a cue.
pub(crate) fn cue_candidate(ctx: &Context, i: usize) -> bool {
    let upos = ctx.tree.upos(i);
    if upos == "PUNCT" {
        return ctx.word(i) == ":";
    }
    !matches!(
        upos,
        "DET" | "CCONJ" | "SCONJ" | "PRON" | "NUM" | "SYM" | "X" | "PART" | "INTJ" | "PROPN"
    )
}

fn key(template: u32) -> FeatureHasher {
    FeatureHasher::new(template)
}

/// Features of token `i` as a possible cue head.
pub(crate) fn cue_features(ctx: &Context, i: usize, out: &mut Vec<u64>) {
    out.clear();
    let tree = ctx.tree;
    let lemma = ctx.lemma(i);
    let upos = tree.upos(i);
    let rel = tree.deprel(i);
    out.push(key(t::BIAS).finish());
    out.push(key(t::LEMMA).str(lemma).finish());
    out.push(key(t::UPOS).str(upos).finish());
    out.push(key(t::LEMMA_UPOS).str(lemma).str(upos).finish());
    out.push(key(t::DEPREL).str(rel).finish());
    out.push(key(t::LEMMA_DEPREL).str(lemma).str(rel).finish());
    out.push(key(t::XPOS).str(tree.xpos(i)).finish());
    let mut has_clause = false;
    let mut has_subject = false;
    for &c in tree.children(i) {
        let crel = tree.deprel(c);
        if crel == "punct" {
            continue;
        }
        has_clause |= matches!(crel, "ccomp" | "parataxis");
        has_subject |= crel.starts_with("nsubj");
        out.push(key(t::CHILD_REL).str(crel).finish());
        out.push(key(t::LEMMA_CHILD_REL).str(lemma).str(crel).finish());
        out.push(
            key(t::CHILD_REL_UPOS)
                .str(crel)
                .str(tree.upos(c))
                .str(ctx.entity_of(c))
                .finish(),
        );
        if crel == "case" || crel == "mark" {
            out.push(key(t::CAND_CASE).str(ctx.lemma(c)).finish());
        }
    }
    // The subject's kind (a person, an organisation, a pronoun, a common
    // noun, none): attitudes are held by people and institutions.
    let subject = tree
        .children(i)
        .iter()
        .copied()
        .find(|&c| tree.deprel(c).starts_with("nsubj"))
        .map_or("none", |c| match ctx.entity_of(c) {
            "" => tree.upos(c),
            e => e,
        });
    out.push(key(t::SUBJECT).str(subject).str(upos).finish());
    out.push(key(t::LEMMA_SUBJECT).str(lemma).str(subject).finish());
    // The whole frame: which relations the word governs, in order.
    let mut relset = String::new();
    for &c in tree.children(i) {
        let crel = tree.base_rel(c);
        if crel != "punct" && !relset.split_whitespace().any(|r| r == crel) {
            relset.push_str(crel);
            relset.push(' ');
        }
    }
    out.push(key(t::LEMMA_RELSET).str(lemma).str(&relset).finish());
    out.push(key(t::RELSET).str(upos).str(&relset).finish());
    // Word endings generalise to rare words ("-ize", "-tion", "-ed").
    let suffix: String = {
        let chars: Vec<char> = lemma.chars().collect();
        chars[chars.len().saturating_sub(3)..].iter().collect()
    };
    out.push(key(t::SUFFIX).str(&suffix).str(upos).finish());
    out.push(
        key(t::LEMMA_FRAME)
            .str(lemma)
            .int(u64::from(has_clause))
            .int(u64::from(has_subject))
            .finish(),
    );
    match tree.head(i) {
        Some(h) => {
            out.push(key(t::HEAD).str(rel).str(tree.upos(h)).finish());
            out.push(key(t::HEAD_LEMMA).str(ctx.lemma(h)).finish());
        }
        None => out.push(key(t::HEAD).str("root").finish()),
    }
    let prev = if i > tree.start {
        ctx.word(i - 1)
    } else {
        "<s>"
    };
    let next = if i + 1 < tree.end {
        ctx.word(i + 1)
    } else {
        "</s>"
    };
    let next2 = if i + 2 < tree.end {
        ctx.word(i + 2)
    } else {
        "</s>"
    };
    out.push(key(t::PREV).str(prev).finish());
    out.push(key(t::NEXT).str(next).finish());
    out.push(key(t::NEXT2).str(next).str(next2).finish());
    out.push(key(t::LEMMA_NEXT).str(lemma).str(next).finish());
    out.push(key(t::PREV_LEMMA).str(prev).str(lemma).finish());
    let quoted = ctx.quoted(i);
    out.push(key(t::IN_QUOTE).int(u64::from(quoted)).finish());
    out.push(
        key(t::LEMMA_IN_QUOTE)
            .str(lemma)
            .int(u64::from(quoted))
            .finish(),
    );
    let kind = match lexicon::cue_kind(lemma) {
        Some(CueKind::Speech) => "speech",
        Some(CueKind::Cognition) => "cognition",
        None => "none",
    };
    out.push(key(t::LEXICON).str(kind).str(upos).finish());
    if ctx.headline {
        out.push(key(t::HEADLINE).str(upos).str(lemma).finish());
    }
    if ctx.word(i) == ":" {
        let before = if i > tree.start { tree.upos(i - 1) } else { "" };
        let after = if i + 1 < tree.end {
            tree.upos(i + 1)
        } else {
            ""
        };
        out.push(
            key(t::COLON)
                .str(before)
                .str(after)
                .int(u64::from(ctx.headline))
                .int(((i - tree.start).min(8)) as u64)
                .finish(),
        );
    }
    // A quotation right before or after the word: “…,” she said / said: “…”.
    let quote_near = (i > tree.start && ctx.quoted(i - 1) && !quoted) as u64
        + 2 * (i + 1 < tree.end && ctx.quoted(i + 1) && !quoted) as u64;
    out.push(key(t::QUOTE_NEAR).int(quote_near).str(upos).finish());
}

/// Relations that never lead to a content or source phrase.
fn structural(rel: &str) -> bool {
    matches!(
        rel,
        "punct"
            | "aux"
            | "aux:pass"
            | "cop"
            | "mark"
            | "cc"
            | "compound:prt"
            | "fixed"
            | "flat"
            | "expl"
            | "discourse"
            | "reparandum"
            | "goeswith"
    )
}

/// How a candidate relates to the cue head.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Link {
    /// A dependent of the cue.
    Child,
    /// The word the cue depends on.
    Head,
    /// The subject of the word the cue depends on ("…, adding that").
    Sibling,
}

impl Link {
    fn as_str(self) -> &'static str {
        match self {
            Link::Child => "child",
            Link::Head => "head",
            Link::Sibling => "sibling",
        }
    }
}

/// A possible content or source root next to cue head `anchor`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Candidate {
    pub token: usize,
    pub link: Link,
}

/// Content candidates: dependents of the cue and the word it hangs on.
pub(crate) fn content_candidates(tree: &SentenceTree, anchor: usize) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = tree
        .children(anchor)
        .iter()
        .copied()
        .filter(|&c| !structural(tree.deprel(c)) && tree.deprel(c) != "case")
        .map(|token| Candidate {
            token,
            link: Link::Child,
        })
        .collect();
    if let Some(h) = tree.head(anchor) {
        out.push(Candidate {
            token: h,
            link: Link::Head,
        });
    }
    out
}

/// Source candidates: dependents, the head, and the subject the cue shares.
pub(crate) fn source_candidates(tree: &SentenceTree, anchor: usize) -> Vec<Candidate> {
    let mut out = content_candidates(tree, anchor);
    if let Some(h) = tree.head(anchor) {
        if matches!(
            tree.base_rel(anchor),
            "advcl" | "conj" | "xcomp" | "ccomp" | "parataxis" | "acl"
        ) {
            for &c in tree.children(h) {
                if c != anchor && matches!(tree.base_rel(c), "nsubj" | "csubj") {
                    out.push(Candidate {
                        token: c,
                        link: Link::Sibling,
                    });
                }
            }
        }
    }
    out
}

/// Features of `cand` as the content (`role = "c"`) or source (`"s"`) of
/// the cue headed by `anchor`; `others` are the competing candidates.
pub(crate) fn role_features(
    ctx: &Context,
    anchor: usize,
    cand: Candidate,
    others: &[Candidate],
    out: &mut Vec<u64>,
) {
    out.clear();
    let tree = ctx.tree;
    let c = cand.token;
    let link = cand.link.as_str();
    let rel = match cand.link {
        Link::Child | Link::Sibling => tree.deprel(c),
        Link::Head => tree.deprel(anchor),
    };
    let lemma = ctx.lemma(anchor);
    let anchor_upos = tree.upos(anchor);
    let after = c > anchor;
    let cupos = tree.upos(c);
    out.push(key(t::BIAS).str(link).finish());
    out.push(key(t::CAND_REL).str(link).str(rel).finish());
    out.push(
        key(t::CAND_REL_LEMMA)
            .str(link)
            .str(rel)
            .str(lemma)
            .finish(),
    );
    out.push(
        key(t::CAND_REL_DIR)
            .str(link)
            .str(rel)
            .int(u64::from(after))
            .finish(),
    );
    out.push(
        key(t::CAND_LEMMA_REL_DIR)
            .str(link)
            .str(rel)
            .int(u64::from(after))
            .str(lemma)
            .finish(),
    );
    out.push(key(t::CAND_UPOS).str(link).str(cupos).finish());
    out.push(key(t::CAND_REL_UPOS).str(link).str(rel).str(cupos).finish());
    out.push(
        key(t::CAND_ANCHOR_UPOS)
            .str(link)
            .str(rel)
            .str(anchor_upos)
            .finish(),
    );
    out.push(
        key(t::CAND_ANCHOR_REL)
            .str(link)
            .str(rel)
            .str(tree.deprel(anchor))
            .finish(),
    );
    out.push(
        key(t::CAND_ANCHOR_LEMMA_REL)
            .str(link)
            .str(lemma)
            .str(tree.deprel(anchor))
            .finish(),
    );
    out.push(
        key(t::CAND_ENTITY)
            .str(link)
            .str(rel)
            .str(ctx.entity_of(c))
            .finish(),
    );
    if cupos == "PRON" {
        out.push(key(t::CAND_PRON).str(rel).str(ctx.word(c)).finish());
    }
    for &k in tree.children(c) {
        match tree.deprel(k) {
            "mark" | "case" => {
                out.push(key(t::CAND_MARK).str(rel).str(ctx.lemma(k)).finish());
                out.push(
                    key(t::CAND_CASE)
                        .str(rel)
                        .str(ctx.lemma(k))
                        .str(lemma)
                        .finish(),
                );
            }
            "aux:pass" | "nsubj:pass" => {
                out.push(key(t::CAND_PASSIVE).str(rel).str(tree.deprel(k)).finish())
            }
            _ => {}
        }
    }
    if tree
        .children(anchor)
        .iter()
        .any(|&k| tree.deprel(k) == "aux:pass")
    {
        out.push(key(t::CAND_PASSIVE).str("cue").str(rel).finish());
    }
    let (lo, hi) = tree.subtree_range(c, &[anchor]);
    let size = hi - lo + 1;
    let bucket = match size {
        1 => 0u64,
        2..=3 => 1,
        4..=8 => 2,
        _ => 3,
    };
    out.push(key(t::CAND_SIZE).str(rel).int(bucket).finish());
    let quoted = (lo..=hi).filter(|&k| ctx.quoted(k)).count();
    let quoted_bucket = if quoted == 0 {
        0u64
    } else if quoted * 2 < size {
        1
    } else {
        2
    };
    out.push(key(t::CAND_QUOTED).str(rel).int(quoted_bucket).finish());
    for o in others {
        if o.token == c {
            continue;
        }
        let orel = match o.link {
            Link::Head => "HEAD",
            _ => tree.deprel(o.token),
        };
        out.push(key(t::CAND_SIBLING).str(rel).str(orel).finish());
    }
    // A colon between cue and candidate: "Trump: ...", "said: ...".
    let (a, b) = if after { (anchor, c) } else { (c, anchor) };
    let colon = (a + 1..b).any(|k| ctx.word(k) == ":") || ctx.word(anchor) == ":";
    out.push(
        key(t::CAND_COLON)
            .str(rel)
            .int(u64::from(colon))
            .int(u64::from(after))
            .finish(),
    );
}
