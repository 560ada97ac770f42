//! Speaker resolution within one document: named speakers, titles and
//! appositions, descriptions ("the minister", "the press service") and
//! pronouns, all mapped to the entity's canonical name.

use sitrep_core::{Doc, Entity, EntityLabel, Span};

use crate::lexicon::{self, PronounClass};
pub(crate) use crate::speaker_phrases::strip_article;
use crate::speaker_phrases::{
    apposition_after, describe_with_canonical, has_determiner, is_statement_noun, phrase_head,
    text_near, title_before, title_phrase_before, vague_name_span,
};
use crate::tree::SentenceTree;

mod descriptions;

/// What a source resolved to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Resolved {
    pub name: Option<String>,
    pub label: Option<EntityLabel>,
    pub title: Option<String>,
    /// Where the title stands in the text (its first statement there).
    pub title_span: Option<Span>,
    /// The source is an unnamed group ("experts", "some observers").
    pub vague: bool,
}

/// A person resolved from a description, with no title of its own.
fn person(name: String) -> Resolved {
    Resolved {
        name: Some(name),
        label: Some(EntityLabel::Per),
        ..Resolved::default()
    }
}

/// How far back (bytes) "the statement" looks for the speaker who made
/// it: about two short paragraphs of news text.
const STATEMENT_REACH: usize = 600;

/// A speaker seen so far, for descriptions and pronouns later on.
#[derive(Debug, Clone)]
struct Known {
    name: String,
    label: EntityLabel,
    /// Lower-cased titles the text gave this speaker.
    titles: Vec<String>,
    /// Byte offset of the latest mention.
    last_seen: usize,
}

/// Document-level memory of people and organisations, fed in text order.
pub(crate) struct Resolver<'d> {
    doc: &'d Doc,
    known: Vec<Known>,
    /// Entity mentions in text order.
    entities: Vec<&'d Entity>,
    /// Inner spans of quotations: a name quoted is talked about, not the
    /// one talking, so pronouns do not resolve to it.
    quoted: Vec<Span>,
    /// End of the latest resolved source phrase and its speaker, for "the
    /// statement" that follows it.
    last_speaker: Option<(usize, String, Option<EntityLabel>)>,
}

impl<'d> Resolver<'d> {
    pub fn new(doc: &'d Doc) -> Resolver<'d> {
        let mut entities: Vec<&Entity> = doc
            .layers
            .entities
            .iter()
            .filter(|e| matches!(e.label, EntityLabel::Per | EntityLabel::Org))
            .collect();
        entities.sort_by_key(|e| e.span.start);
        let mut resolver = Resolver {
            doc,
            known: Vec::new(),
            entities,
            quoted: crate::quotes::find_regions(&doc.text)
                .into_iter()
                .map(|r| r.inner)
                .collect(),
            last_speaker: None,
        };
        resolver.learn_titles();
        resolver
    }

    /// Titles the text attaches to each person anywhere in the document:
    /// capitalised office words right before the name and appositions after it.
    fn learn_titles(&mut self) {
        let doc = self.doc;
        let tokens = &doc.layers.tokens;
        for e in &self.entities {
            let first = tokens.partition_point(|t| t.span.end <= e.span.start);
            let last = tokens.partition_point(|t| t.span.start < e.span.end);
            let mut titles = Vec::new();
            if e.label == EntityLabel::Per {
                let rank = title_before(doc, first);
                // Rank words in front of the name ("Colonel General") may
                // follow the office ("the Commander of …, Colonel General").
                let rank_start = rank.as_ref().map_or(first, |r| {
                    first.saturating_sub(r.split_whitespace().count())
                });
                if let Some(title) = rank {
                    titles.push(title.to_lowercase());
                }
                if let Some(title) = title_phrase_before(doc, rank_start) {
                    titles.push(title.to_lowercase());
                }
                if let Some(title) = apposition_after(doc, first, last) {
                    titles.push(title.to_lowercase());
                }
            }
            match self.known.iter_mut().find(|k| k.name == e.canonical) {
                Some(k) => k.titles.extend(titles),
                None => self.known.push(Known {
                    name: e.canonical.clone(),
                    label: e.label,
                    titles,
                    last_seen: 0,
                }),
            }
        }
    }

    /// The first title the document gives the person named `name`, in the
    /// text's own casing when it can be found.
    pub fn title_of(&self, name: &str) -> Option<(String, Option<Span>)> {
        let k = self
            .known
            .iter()
            .find(|k| k.name == name && k.label == EntityLabel::Per)?;
        let title = k.titles.first()?;
        let lower = self.doc.text.to_lowercase();
        // Lower-casing keeps byte offsets for the ASCII titles this finds.
        match lower.find(title.as_str()) {
            Some(at) if lower.len() == self.doc.text.len() => {
                let span = Span::new(at, at + title.len());
                self.doc
                    .text
                    .get(span.start..span.end)
                    .map(|t| (t.to_string(), Some(span)))
            }
            _ => Some((title.clone(), None)),
        }
    }

    /// Entities overlapping `span`, PER first.
    fn entities_in(&self, span: Span) -> Vec<&'d Entity> {
        let mut found: Vec<&Entity> = self
            .entities
            .iter()
            .copied()
            .filter(|e| e.span.overlaps(span))
            .collect();
        found.sort_by_key(|e| (e.label != EntityLabel::Per, e.span.start));
        found
    }

    /// Resolves the source noun phrase `span` headed by token `head`.
    pub fn resolve(&mut self, tree: &SentenceTree, head: usize, span: Span) -> Resolved {
        // A head taken by word order may sit inside the phrase ("the
        // commander of the district" headed at "district"): the phrase's
        // own head is the top of the tree within the span.
        let mut head = head;
        for _ in 0..6 {
            match tree.head(head) {
                Some(h)
                    if tree.contains(h)
                        && span.contains(tree.tokens[h].span)
                        && tree.base_rel(head) == "nmod" =>
                {
                    head = h
                }
                _ => break,
            }
        }
        let resolved = self.resolve_phrase(tree, head, span);
        if let Some(name) = &resolved.name {
            self.last_speaker = Some((span.end, name.clone(), resolved.label));
        }
        resolved
    }

    fn resolve_phrase(&mut self, tree: &SentenceTree, head: usize, span: Span) -> Resolved {
        let doc = self.doc;
        // "Boris Gryzlov, who attended the ceremony, said": the relative
        // pronoun stands for the name before its comma.
        if matches!(tree.lemma(head).to_lowercase().as_str(), "who" | "which") {
            let before = tree.tokens[head].span.start;
            let antecedent = self
                .entities
                .iter()
                .rev()
                .find(|e| {
                    e.span.end <= before
                        && doc
                            .text
                            .get(e.span.end..before)
                            .is_some_and(|gap| gap.trim().is_empty() || gap.trim() == ",")
                })
                .map(|e| e.span);
            if let Some(span) = antecedent {
                if let Some(first) =
                    (tree.start..head).find(|&t| tree.tokens[t].span.end > span.start)
                {
                    let last = (first..head)
                        .take_while(|&t| tree.tokens[t].span.end <= span.end)
                        .last()
                        .unwrap_or(first);
                    return self.resolve_phrase(tree, last, span);
                }
            }
        }
        let (head, span) = phrase_head(doc, tree, head, span);
        let head_span = tree.tokens[head].span;
        let head_word = doc.slice(head_span).to_lowercase();
        let head_lemma = tree.lemma(head).to_lowercase();
        // 1. A named entity in the phrase: prefer the one the head is part of.
        // "the MP told reporters" with "MP" read as an organisation: a
        // lone title word names no one, the description is resolved below.
        let in_phrase: Vec<&Entity> = self
            .entities_in(span)
            .into_iter()
            .filter(|e| {
                let word = doc.slice(e.span).to_lowercase();
                !(e.span == head_span && lexicon::is_title_noun(&word))
            })
            .collect();
        let named = in_phrase
            .iter()
            .copied()
            .find(|e| e.span.contains(head_span))
            .or_else(|| {
                // "the head of X, Valery Revenko" / "Defense Minister Viktor Khrenin": a person anywhere in it.
                in_phrase
                    .iter()
                    .copied()
                    .find(|e| e.label == EntityLabel::Per)
            });
        if let Some(e) = named {
            if e.label == EntityLabel::Per || e.span.contains(head_span) {
                let title = self.title_in_phrase(tree, head, span, e);
                self.remember(&e.canonical, e.label, title.as_deref(), span.end);
                let title_span = title.as_deref().and_then(|t| text_near(doc, t, span));
                return Resolved {
                    name: Some(e.canonical.clone()),
                    label: Some(e.label),
                    title,
                    title_span,
                    vague: false,
                };
            }
            // "the press service of the Defense Ministry": a unit of an organisation.
            let name = describe_with_canonical(doc, span, e);
            self.remember(&name, EntityLabel::Org, None, span.end);
            return Resolved {
                name: Some(name),
                label: Some(EntityLabel::Org),
                title: None,
                title_span: None,
                vague: false,
            };
        }
        // 2. Pronouns: the most recent compatible speaker or subject.
        if let Some(class) = lexicon::pronoun_class(&head_word) {
            return self.pronoun_speaker(class, span.start);
        }
        // "The statement signaled", "his remarks showed": a record of
        // speech is no speaker; whoever made it is.
        if is_statement_noun(&head_lemma) {
            return self.issuer_of(tree, head, span);
        }
        if lexicon::is_vague_source_head(&head_lemma) && !has_determiner(tree, head, "the") {
            return Resolved {
                name: Some(strip_article(doc.slice(vague_name_span(tree, head, span)))),
                label: None,
                title: None,
                title_span: None,
                vague: true,
            };
        }
        // 3. Descriptions: "the minister", "the Belarusian official", "the press service".
        if let Some(k) = self.person_described(tree, head, span) {
            self.remember(&k, EntityLabel::Per, None, span.end);
            return person(k);
        }
        if lexicon::is_org_noun(&head_lemma) {
            if let Some(unit) = self.unit_of_possessor(tree, head) {
                return unit;
            }
            if let Some(k) = self.by_org_word(doc.slice(span), &head_lemma, span.start) {
                return Resolved {
                    name: Some(k),
                    label: Some(EntityLabel::Org),
                    title: None,
                    title_span: None,
                    vague: false,
                };
            }
        }
        Resolved {
            name: Some(strip_article(doc.slice(span))),
            label: None,
            title: None,
            title_span: None,
            vague: false,
        }
    }

    /// "the ministry's press service", "the committee's press service": a
    /// unit of the organisation the possessor names, spelt "press service
    /// of <organisation>", not the latest organisation whose name holds
    /// "service".
    fn unit_of_possessor(&mut self, tree: &SentenceTree, head: usize) -> Option<Resolved> {
        let doc = self.doc;
        let owner = tree
            .children(head)
            .iter()
            .copied()
            .find(|&c| tree.deprel(c) == "nmod:poss" && tree.upos(c) != "PRON")?;
        let (lo, hi) = tree.subtree_range(owner, &[]);
        let hi = if hi > lo && tree.deprel(hi) == "case" {
            hi - 1
        } else {
            hi
        };
        let owner_span = tree.span_of(lo, hi)?;
        let owner_name = self.resolve(tree, owner, owner_span).name?;
        // The unit's own words after the possessive: "press service".
        let first_own = (hi + 1..head)
            .find(|&t| tree.deprel(t) != "case")
            .unwrap_or(head);
        let unit = doc
            .text
            .get(tree.tokens[first_own].span.start..tree.tokens[head].span.end)?;
        let name = format!("{} of the {}", unit.to_lowercase(), owner_name);
        self.remember(&name, EntityLabel::Org, None, tree.tokens[head].span.end);
        Some(Resolved {
            name: Some(name),
            label: Some(EntityLabel::Org),
            title: None,
            title_span: None,
            vague: false,
        })
    }

    /// Who made the statement headed by `head`: its possessor ("the
    /// minister's remarks"), its "by"/"from" phrase ("a statement from the
    /// ministry"), or for "the/this statement" the latest speaker, when one
    /// spoke within the last [`STATEMENT_REACH`] bytes. Nobody otherwise:
    /// the name of a document is not a speaker.
    fn issuer_of(&mut self, tree: &SentenceTree, head: usize, span: Span) -> Resolved {
        let doc = self.doc;
        let word_of = |k: usize| doc.slice(tree.tokens[k].span).to_lowercase();
        for &c in tree.children(head) {
            let by_phrase = tree.base_rel(c) == "nmod"
                && tree.children(c).iter().any(|&d| {
                    tree.deprel(d) == "case" && matches!(word_of(d).as_str(), "by" | "from")
                });
            if tree.deprel(c) != "nmod:poss" && !by_phrase {
                continue;
            }
            // "his remarks": the possessive pronoun stands for a speaker.
            let class = match word_of(c).as_str() {
                "his" | "her" | "my" => Some(PronounClass::Person),
                "their" | "its" | "our" => Some(PronounClass::Group),
                _ => None,
            };
            if let Some(class) = class {
                return self.pronoun_speaker(class, span.start);
            }
            let (lo, hi) = tree.subtree_range(c, &[]);
            // Without the "from" before it or the "'s" after it.
            let lo = if tree.deprel(lo) == "case" {
                lo + 1
            } else {
                lo
            };
            let hi = if hi > lo && tree.deprel(hi) == "case" {
                hi - 1
            } else {
                hi
            };
            if let Some(inner) = tree.span_of(lo, hi) {
                return self.resolve(tree, c, inner);
            }
        }
        let anaphoric = tree.children(head).iter().any(|&c| {
            tree.deprel(c) == "det"
                && matches!(
                    word_of(c).as_str(),
                    "the" | "this" | "that" | "these" | "those"
                )
        });
        match self.last_speaker.clone().filter(|(at, _, _)| {
            anaphoric && *at <= span.start && span.start - at <= STATEMENT_REACH
        }) {
            Some((_, name, label)) => {
                if let Some(label) = label {
                    self.remember(&name, label, None, span.end);
                }
                Resolved {
                    name: Some(name),
                    label,
                    title: None,
                    title_span: None,
                    vague: false,
                }
            }
            None => Resolved::default(),
        }
    }

    /// The title stated in the source phrase itself, around the entity.
    fn title_in_phrase(
        &self,
        tree: &SentenceTree,
        head: usize,
        span: Span,
        e: &Entity,
    ) -> Option<String> {
        let doc = self.doc;
        let tokens = &doc.layers.tokens;
        let first = tokens.partition_point(|t| t.span.end <= e.span.start);
        let last = tokens.partition_point(|t| t.span.start < e.span.end);
        if let Some(t) = title_before(doc, first)
            .filter(|_| first > 0 && span.start <= tokens[first - 1].span.start)
        {
            return Some(t);
        }
        if let Some(t) = apposition_after(doc, first, last)
            .filter(|_| last < tokens.len() && span.end > tokens[last].span.end)
        {
            return Some(t);
        }
        // "the chief executive of Showtime, David Nevins": the head is the title.
        if !e.span.contains(tree.tokens[head].span) && tree.tokens[head].span.start < e.span.start {
            let title = Span::new(span.start, tree.tokens[head].span.end);
            return Some(strip_article(doc.slice(title)));
        }
        None
    }

    /// A pronoun ("he", "their") as the most recent compatible speaker,
    /// who is then the latest speaker: "X is more cautious. He argues …
    /// '…,' he said" keeps to X however far the quotation runs.
    fn pronoun_speaker(&mut self, class: PronounClass, at: usize) -> Resolved {
        let name = self.salient(class, at);
        if let Some((n, label)) = &name {
            self.remember(n, *label, None, at);
        }
        Resolved {
            label: name.as_ref().map(|(_, l)| *l),
            name: name.map(|(n, _)| n),
            ..Resolved::default()
        }
    }

    /// Records a resolved speaker; `at` is the end of its source phrase, so
    /// that names inside the phrase ("X, an engineer who moved to Y") are
    /// not more recent than the speaker for a later pronoun.
    fn remember(&mut self, name: &str, label: EntityLabel, title: Option<&str>, at: usize) {
        match self.known.iter_mut().find(|k| k.name == name) {
            Some(k) => {
                k.last_seen = k.last_seen.max(at);
                if let Some(t) = title {
                    k.titles.push(t.to_lowercase());
                }
            }
            None => self.known.push(Known {
                name: name.to_string(),
                label,
                titles: title.map(|t| vec![t.to_lowercase()]).unwrap_or_default(),
                last_seen: at,
            }),
        }
    }

    /// Most recent person (he/she) or group (they/it) before `at`: the latest
    /// of remembered speakers and entity mentions in subject position.
    fn salient(&self, class: PronounClass, at: usize) -> Option<(String, EntityLabel)> {
        let want = match class {
            PronounClass::Person => EntityLabel::Per,
            PronounClass::Group => EntityLabel::Org,
        };
        let speaker = self
            .known
            .iter()
            .filter(|k| k.label == want && k.last_seen > 0 && k.last_seen < at)
            .max_by_key(|k| k.last_seen)
            .map(|k| (k.last_seen, k.name.clone()));
        let mention = self
            .entities
            .iter()
            .rfind(|e| {
                e.label == want
                    && e.span.end <= at
                    && !self.quoted.iter().any(|q| q.contains(e.span))
            })
            .map(|e| (e.span.start, e.canonical.clone()));
        // A name in the clause the speaker spoke ("X called Vilnius's
        // decision a provocation. '…,' he said") is what they spoke about.
        let sentence_of = |at: usize| {
            self.doc
                .layers
                .sentences
                .partition_point(|s| s.span.end <= at)
        };
        let pick = match (speaker, mention) {
            (Some(s), Some(m)) => Some(
                if m.0 > s.0 && at - m.0 < 400 && sentence_of(m.0) != sentence_of(s.0 - 1) {
                    m
                } else {
                    s
                },
            ),
            (s, m) => s.or(m),
        };
        pick.map(|(_, n)| (n, want))
    }
}
