//! A sentence of a parsed document with the lookups the extractors need:
//! children by relation, entity and time expression under a token.

use sitrep_core::{Doc, Entity, Event, Span, TimeExpr, Token};

/// One sentence's tokens `[lo, hi)` (document indices) with its tree.
pub(crate) struct SentenceView<'a> {
    pub doc: &'a Doc,
    pub index: usize,
    pub lo: usize,
    pub hi: usize,
    children: Vec<Vec<usize>>,
    /// Lower-cased lemma (or form when the lemma is missing) per token.
    lemmas: Vec<String>,
    /// Entity index covering each token, if any.
    entity_of: Vec<Option<usize>>,
    /// Events of the document's earlier sentences, for descriptions that
    /// refer back to them ("the participants").
    prior: &'a [Event],
    /// Events of this sentence built so far ("X met Y, and the two signed
    /// a plan": a later event may refer back to an earlier one).
    here: Vec<Event>,
}

impl<'a> SentenceView<'a> {
    pub fn new(doc: &'a Doc, index: usize) -> Option<SentenceView<'a>> {
        let sentence = doc.layers.sentences.get(index)?;
        let (lo, hi) = (sentence.tokens.0 as usize, sentence.tokens.1 as usize);
        if lo >= hi || hi > doc.layers.tokens.len() {
            return None;
        }
        let mut children = vec![Vec::new(); hi - lo];
        for i in lo..hi {
            if let Some(h) = doc.layers.tokens[i].head.map(|h| h as usize) {
                if (lo..hi).contains(&h) && h != i {
                    children[h - lo].push(i);
                }
            }
        }
        let lemmas = doc.layers.tokens[lo..hi]
            .iter()
            .map(|t| {
                let base = if t.lemma.is_empty() || t.lemma == "_" {
                    doc.slice(t.span)
                } else {
                    &t.lemma
                };
                base.to_lowercase()
            })
            .collect();
        let entities = &doc.layers.entities;
        let entity_of = doc.layers.tokens[lo..hi]
            .iter()
            .map(|t| {
                let at = entities.partition_point(|e| e.span.end <= t.span.start);
                (at < entities.len() && entities[at].span.overlaps(t.span)).then_some(at)
            })
            .collect();
        Some(SentenceView {
            doc,
            index,
            lo,
            hi,
            children,
            lemmas,
            entity_of,
            prior: &[],
            here: Vec::new(),
        })
    }

    /// Byte offset where the sentence before this one starts (this
    /// sentence's own start for the first).
    pub fn previous_sentence_start(&self) -> usize {
        let sentences = &self.doc.layers.sentences;
        let at = self.index.saturating_sub(1);
        sentences.get(at).map_or(0, |s| s.span.start)
    }

    /// The same view, aware of the events found in earlier sentences.
    pub fn with_prior(self, prior: &'a [Event]) -> SentenceView<'a> {
        SentenceView { prior, ..self }
    }

    /// Events found before this point of the document, latest first: this
    /// sentence's events built so far, then the earlier sentences'.
    pub fn earlier_events(&self) -> impl Iterator<Item = &Event> {
        self.here.iter().rev().chain(self.prior.iter().rev())
    }

    /// Records an event of this sentence once it is built.
    pub fn record(&mut self, event: Event) {
        self.here.push(event);
    }

    /// This sentence's events, in the order they were recorded.
    pub fn into_events(self) -> Vec<Event> {
        self.here
    }

    pub fn tokens(&self) -> std::ops::Range<usize> {
        self.lo..self.hi
    }

    pub fn tok(&self, i: usize) -> &'a Token {
        &self.doc.layers.tokens[i]
    }

    pub fn lemma(&self, i: usize) -> &str {
        &self.lemmas[i - self.lo]
    }

    pub fn form(&self, i: usize) -> &'a str {
        self.doc.slice(self.tok(i).span)
    }

    /// The lower-case hyphenated word ending at `i` that the tokenizer
    /// split, as the treebank does ("large - scale", "live - fire"): word
    /// lists name such modifiers whole.
    pub fn hyphenated(&self, i: usize) -> Option<String> {
        self.ends_hyphenated(i)
            .then(|| format!("{}-{}", self.form(i - 2).to_lowercase(), self.lemma(i)))
    }

    /// Whether `i` ends a word the tokenizer split at its hyphen ("live -
    /// fire"): the three tokens touch.
    pub fn ends_hyphenated(&self, i: usize) -> bool {
        if i < self.lo + 2 || self.form(i - 1) != "-" {
            return false;
        }
        let (first, hyphen, last) = (self.tok(i - 2).span, self.tok(i - 1).span, self.tok(i).span);
        first.end == hyphen.start && hyphen.end == last.start
    }

    pub fn upos(&self, i: usize) -> &'a str {
        &self.tok(i).upos
    }

    /// Whether `i` is a common noun: a NOUN, or a "proper noun" in lower
    /// case, which is a tagging slip ("both states").
    pub fn is_common_noun(&self, i: usize) -> bool {
        let upos = self.upos(i);
        upos == "NOUN" || upos == "PROPN" && self.form(i).starts_with(char::is_lowercase)
    }

    pub fn xpos(&self, i: usize) -> &'a str {
        &self.tok(i).xpos
    }

    /// Relation to the head, without subtype ("obl:tmod" -> "obl").
    pub fn rel(&self, i: usize) -> &'a str {
        let full = self.tok(i).deprel.as_str();
        full.split(':').next().unwrap_or(full)
    }

    pub fn full_rel(&self, i: usize) -> &'a str {
        self.tok(i).deprel.as_str()
    }

    pub fn head(&self, i: usize) -> Option<usize> {
        self.tok(i)
            .head
            .map(|h| h as usize)
            .filter(|h| (self.lo..self.hi).contains(h) && *h != i)
    }

    pub fn kids(&self, i: usize) -> &[usize] {
        &self.children[i - self.lo]
    }

    /// Children whose relation is one of `rels`: a plain name ("nsubj")
    /// takes every subtype, a subtyped one ("nsubj:pass") only its own.
    pub fn kids_by<'s>(&'s self, i: usize, rels: &'s [&str]) -> impl Iterator<Item = usize> + 's {
        self.kids(i)
            .iter()
            .copied()
            .filter(move |k| rels.contains(&self.rel(*k)) || rels.contains(&self.full_rel(*k)))
    }

    /// The token and its `conj` dependents ("Belarus and Russia").
    pub fn with_conjuncts(&self, i: usize) -> Vec<usize> {
        let mut all = vec![i];
        let mut at = 0;
        while at < all.len() && all.len() < 16 {
            // `list`: items the parser chained without a conjunction.
            let next: Vec<usize> = self.kids_by(all[at], &["conj", "list"]).collect();
            all.extend(next);
            at += 1;
        }
        all
    }

    /// The first of the conjuncts `i` belongs to ("Russia" for "Belarus"
    /// in "Russia and Belarus").
    pub fn first_conjunct(&self, mut i: usize) -> usize {
        while self.rel(i) == "conj" {
            match self.head(i) {
                Some(h) => i = h,
                None => break,
            }
        }
        i
    }

    /// Lemma of the `case` marker of a nominal ("in", "with", "according").
    /// Read from the form: the lemmatizer's output for function words is
    /// not always their dictionary form.
    pub fn case_of(&self, i: usize) -> Option<String> {
        self.kids_by(i, &["case"])
            .next()
            .map(|k| self.form(k).to_lowercase())
    }

    /// The `case` marker of a name, also where the parser hung it on a
    /// word inside the name's phrase ("with Belarusian President
    /// Alexander Lukashenko", "with" on "Alexander"): the preposition the
    /// phrase opens with.
    pub fn case_of_name(&self, i: usize) -> Option<String> {
        self.case_of(i).or_else(|| {
            let first = *self.tokens_in(self.subtree_span(i)).first()?;
            (self.rel(first) == "case").then(|| self.form(first).to_lowercase())
        })
    }

    /// The "of" phrases hung on `i` ("a session of the commission", "a
    /// batch of fighters").
    pub fn of_phrases(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.kids_by(i, &["nmod"])
            .filter(move |&n| self.case_of(n).as_deref() == Some("of"))
    }

    /// The "of" phrases below `i`, down a chain of `levels` ("the session
    /// of the CSTO Council of Defence Ministers": Council, then Ministers).
    pub fn of_chain(&self, i: usize, levels: usize) -> Vec<usize> {
        let mut found: Vec<usize> = self.of_phrases(i).collect();
        let mut level_start = 0;
        for _ in 1..levels {
            let deeper: Vec<usize> = found[level_start..]
                .iter()
                .flat_map(|&n| self.of_phrases(n))
                .filter(|k| !found.contains(k))
                .collect();
            level_start = found.len();
            found.extend(deeper);
        }
        found
    }

    /// Whether verb `i` is in the passive voice (it has a passive
    /// auxiliary: "was signed", "will be held").
    pub fn is_passive(&self, i: usize) -> bool {
        self.kids(i).iter().any(|&k| self.full_rel(k) == "aux:pass")
    }

    pub fn entity(&self, i: usize) -> Option<&'a Entity> {
        self.entity_of[i - self.lo].map(|e| &self.doc.layers.entities[e])
    }

    /// Whether `i` is `anc` or lies below it in the tree.
    pub fn descends_from(&self, mut i: usize, anc: usize) -> bool {
        for _ in 0..(self.hi - self.lo) {
            if i == anc {
                return true;
            }
            match self.head(i) {
                Some(h) => i = h,
                None => return false,
            }
        }
        false
    }

    /// Steps from `i` up to `anc`, if `anc` is an ancestor.
    pub fn depth_below(&self, mut i: usize, anc: usize) -> Option<usize> {
        for steps in 0..(self.hi - self.lo) {
            if i == anc {
                return Some(steps);
            }
            i = self.head(i)?;
        }
        None
    }

    /// Tokens of the subtree of `i`, following only `rels` below `i`.
    pub fn phrase(&self, i: usize, rels: &[&str]) -> Vec<usize> {
        let mut all = vec![i];
        let mut at = 0;
        while at < all.len() && all.len() < 64 {
            let next: Vec<usize> = self.kids_by(all[at], rels).collect();
            all.extend(next);
            at += 1;
        }
        all.sort_unstable();
        all
    }

    /// Span from the first to the last of `tokens`.
    pub fn span_of(&self, tokens: &[usize]) -> Span {
        let first = tokens.iter().min().copied().unwrap_or(self.lo);
        let last = tokens.iter().max().copied().unwrap_or(first);
        self.tok(first).span.cover(self.tok(last).span)
    }

    /// The full subtree span of `i` (the clause an event was read from).
    pub fn subtree_span(&self, i: usize) -> Span {
        let mut span = self.tok(i).span;
        for t in self.tokens() {
            if self.descends_from(t, i) {
                span = span.cover(self.tok(t).span);
            }
        }
        span
    }

    /// Time expressions of the DATE or TIME type inside this sentence.
    pub fn dates(&self) -> Vec<&'a TimeExpr> {
        let span = self.doc.layers.sentences[self.index].span;
        self.doc
            .layers
            .times
            .iter()
            .filter(|t| {
                span.contains(t.span)
                    && matches!(
                        t.kind,
                        sitrep_core::TimeType::Date | sitrep_core::TimeType::Time
                    )
            })
            .collect()
    }

    /// "were airlifted to Tajikistan and concentrated there": the first
    /// of two joined verbs, when the second has no subject of its own and
    /// shares the first one's.
    pub fn shares_subject_of(&self, verb: usize) -> Option<usize> {
        let own = self.kids_by(verb, &["nsubj", "expl"]).next().is_some();
        self.head(verb).filter(|_| self.rel(verb) == "conj" && !own)
    }

    /// "a delegation headed by the deputy minister", "troops led by a
    /// colonel": a participle clause that only says who heads or makes up
    /// a group. It happens nowhere and at no time of its own, so the
    /// date and place the parser hung inside it belong to the clause
    /// around the group.
    pub fn describes_members(&self, i: usize) -> bool {
        self.rel(i) == "acl"
            && matches!(self.xpos(i), "VBN" | "VBG")
            && matches!(
                self.lemma(i),
                "head" | "lead" | "accompany" | "comprise" | "consist" | "include" | "compose"
            )
    }

    /// Tokens covered by `span`.
    pub fn tokens_in(&self, span: Span) -> Vec<usize> {
        self.tokens()
            .filter(|t| span.overlaps(self.tok(*t).span))
            .collect()
    }
}
