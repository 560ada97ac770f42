//! Reading a speaker phrase's words: titles before a name, appositions
//! after it, the naming part of an unnamed source, a description with its
//! organisation's canonical name, where a title stands in the text, the
//! offices a description names and the nouns for something said.

use sitrep_core::{Doc, Entity, EntityLabel, Span};

use crate::lexicon;
use crate::tree::SentenceTree;

/// Where `text` occurs closest to `around` (within a few hundred bytes):
/// the span that cites a title read from the source phrase or next to it.
pub(crate) fn text_near(doc: &Doc, text: &str, around: Span) -> Option<Span> {
    const REACH: usize = 300;
    let mut lo = around.start.saturating_sub(REACH);
    while !doc.text.is_char_boundary(lo) {
        lo -= 1;
    }
    let mut hi = (around.end + REACH).min(doc.text.len());
    while !doc.text.is_char_boundary(hi) {
        hi += 1;
    }
    doc.text
        .get(lo..hi)?
        .match_indices(text)
        .map(|(at, _)| Span::new(lo + at, lo + at + text.len()))
        .min_by_key(|s| s.start.abs_diff(around.start))
}

/// Whether token `t` lies in a person's name.
fn is_person_token(doc: &Doc, t: usize) -> bool {
    let span = doc.layers.tokens[t].span;
    doc.layers
        .entities
        .iter()
        .any(|e| e.label == EntityLabel::Per && e.span.contains(span))
}

/// Capitalised office words right before token `first`: "Defense Minister".
pub(crate) fn title_before(doc: &Doc, first: usize) -> Option<String> {
    let tokens = &doc.layers.tokens;
    let mut lo = first;
    let mut has_title = false;
    while lo > 0 {
        let t = &tokens[lo - 1];
        let word = doc.slice(t.span);
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        let title_word = lexicon::is_title_noun(&word.to_lowercase());
        // "Minister of National Defence Władysław Kosiniak-Kamysz": a
        // connecting word inside a capitalised title, never its first word.
        // So are "the" after such a word and a possessive ending: "State
        // Secretary of the Security Council", "Governor of Russia's
        // Ulyanovsk Oblast".
        let before = lo.checked_sub(2).map(|b| doc.slice(tokens[b].span));
        let after_capital =
            before.is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
        let connector = lo < first
            && match word {
                // "Russian Ambassador to Belarus Alexander Lavrinenko".
                "of" | "for" | "to" | "at" => after_capital,
                // "Chief of the General Staff and First Deputy Defence
                // Minister Major General Dmitry Sokolovsky", but not
                // "President Vladimir Putin and Defence Minister …".
                "and" => {
                    after_capital && !lo.checked_sub(2).is_some_and(|b| is_person_token(doc, b))
                }
                "the" => before.is_some_and(|w| matches!(w, "of" | "for" | "to" | "at")),
                "'s" | "’s" => after_capital,
                _ => false,
            };
        if !(capital && matches!(t.upos.as_str(), "PROPN" | "NOUN" | "ADJ")
            || title_word
            || connector)
            || first - lo >= 12
        {
            break;
        }
        // A sentence-initial word followed by a title is still part of it; a
        // preceding entity of another kind is not.
        has_title |= title_word;
        lo -= 1;
    }
    if !has_title || lo == first {
        return None;
    }
    // Trim a trailing non-title word ("Russian Defense Minister" keeps all).
    Some(
        doc.text
            .get(tokens[lo].span.start..tokens[first - 1].span.end)?
            .to_string(),
    )
}

/// ", head of the X Department," right after a name (tokens `first..last`).
pub(crate) fn apposition_after(doc: &Doc, first: usize, last: usize) -> Option<String> {
    let tokens = &doc.layers.tokens;
    if last >= tokens.len() || doc.slice(tokens[last].span) != "," {
        return None;
    }
    let head = (first..last)
        .find(|&i| {
            tokens[i]
                .head
                .is_some_and(|h| (h as usize) < first || h as usize >= last)
        })
        .unwrap_or(first);
    let appos = (last + 1..tokens.len().min(last + 40)).find(|&i| {
        tokens[i].deprel == "appos"
            && tokens[i]
                .head
                .is_some_and(|h| h as usize >= first && (h as usize) < last || h as usize == head)
    });
    let Some(appos) = appos else {
        return capitalised_title_after(doc, last);
    };
    let sentence = doc.sentence_of(tokens[appos].span.start)?;
    let s = doc.layers.sentences.get(sentence)?;
    let tree = SentenceTree::new(doc, s.tokens.0 as usize, s.tokens.1 as usize);
    let (lo, hi) = tree.subtree_range(appos, &[]);
    let span = tree.span_of(lo.max(last + 1), hi)?;
    let text = doc.slice(span);
    // An apposition is a title only when it names a role.
    let has_role = text
        .split(|c: char| !c.is_alphanumeric() && c != '.')
        .any(|w| lexicon::is_title_noun(&w.to_lowercase()));
    has_role.then(|| strip_article(text))
}

/// "the Commander of the Moscow Military District, Colonel General Sergei
/// Kuzovlev": a capitalised title holding a title noun, closed by a comma
/// right before the name (or before the rank words in front of it, which
/// start at token `lo`).
pub(crate) fn title_phrase_before(doc: &Doc, lo: usize) -> Option<String> {
    let tokens = &doc.layers.tokens;
    let comma = lo.checked_sub(1)?;
    if doc.slice(tokens.get(comma)?.span) != "," {
        return None;
    }
    let mut start = comma;
    while start > 0 && comma - start < 14 {
        let word = doc.slice(tokens[start - 1].span);
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        if !(capital || matches!(word, "of" | "for" | "and" | "-" | "the" | "on")) {
            break;
        }
        start -= 1;
    }
    while start < comma && matches!(doc.slice(tokens[start].span), "the" | "of" | "and" | "-") {
        start += 1;
    }
    let words: Vec<&str> = (start..comma).map(|t| doc.slice(tokens[t].span)).collect();
    let first_is_title = words
        .first()
        .is_some_and(|w| lexicon::is_title_noun(&w.to_lowercase()));
    // "Anatoly Sidorenko, Chief of the CSTO Joint Staff, Major General
    // Dmitry Lazovsky, ...": in a list of people, a title between commas
    // right after a name is that name's apposition, not the next one's.
    let after_a_name = start
        .checked_sub(2)
        .filter(|&before| doc.slice(tokens[before + 1].span) == ",")
        .is_some_and(|before| {
            let at = tokens[before].span.end;
            doc.layers
                .entities
                .iter()
                .any(|e| e.label == EntityLabel::Per && e.span.end == at)
        });
    (first_is_title && words.len() >= 3 && !after_a_name).then(|| {
        doc.text
            .get(tokens[start].span.start..tokens[comma - 1].span.end)
            .unwrap_or("")
            .to_string()
    })
}

/// ", Deputy Defence Minister for International Military Cooperation, told"
/// with the title misparsed: a run of capitalised words (joined by "of",
/// "for", "and", "-", an abbreviation in brackets) holding a title noun
/// between the comma after a name and the next comma.
fn capitalised_title_after(doc: &Doc, comma: usize) -> Option<String> {
    let tokens = &doc.layers.tokens;
    let mut end = comma + 1;
    while end < tokens.len().min(comma + 14) {
        let word = doc.slice(tokens[end].span);
        // "chairman of the State Authority for Military Industry
        // (Goskomvoenprom)": a lower-case title noun may open it.
        let capital = word.chars().next().is_some_and(char::is_uppercase)
            || end == comma + 1 && lexicon::is_title_noun(word);
        // "Chairman of the Standing Commission on National Security".
        let connector = matches!(word, "of" | "for" | "and" | "-" | "the" | "on" | "(" | ")")
            && end > comma + 1;
        if !(capital || connector) {
            break;
        }
        end += 1;
    }
    // "led by Major General Andrei Lukyanovich, Commander of the Air
    // Force." closes at the sentence's end.
    let closed = end > comma + 1
        && end < tokens.len()
        && matches!(doc.slice(tokens[end].span), "," | "." | ";");
    let words: Vec<&str> = (comma + 1..end)
        .map(|t| doc.slice(tokens[t].span))
        .collect();
    let has_role = words
        .iter()
        .any(|w| lexicon::is_title_noun(&w.to_lowercase()));
    (closed && has_role).then(|| {
        doc.text
            .get(tokens[comma + 1].span.start..tokens[end - 1].span.end)
            .unwrap_or("")
            .to_string()
    })
}

/// "the press service of the Belarusian Defense Ministry" with the ORG
/// mention replaced by its canonical name, without a leading article.
pub(crate) fn describe_with_canonical(doc: &Doc, span: Span, e: &Entity) -> String {
    let before = doc
        .text
        .get(span.start..e.span.start.max(span.start))
        .unwrap_or("");
    let after = doc
        .text
        .get(e.span.end.min(span.end)..span.end)
        .unwrap_or("");
    // Keep only the part up to the end of the organisation name: relative
    // clauses and appositions after it are not part of the speaker's name.
    let after = if after.starts_with([',', ' ']) && after.trim_start_matches(' ').starts_with(',') {
        ""
    } else {
        after
    };
    let before = before.strip_suffix("the ").unwrap_or(before);
    let needs_article = !before.is_empty();
    let joined = format!(
        "{before}{}{}{after}",
        if needs_article { "the " } else { "" },
        e.canonical
    );
    strip_article(joined.trim())
}

/// The naming part of an unnamed source: the noun phrase up to the head
/// and its prepositional modifiers ("a source in the ministry", "sources
/// close to the government"), without what describes why it is unnamed
/// (", speaking on condition of anonymity", "who asked not to be named").
pub(crate) fn vague_name_span(tree: &SentenceTree, head: usize, span: Span) -> Span {
    let doc_tokens = &tree.tokens;
    let in_span = |k: usize| span.contains(doc_tokens[k].span);
    let first = (tree.start..tree.end).find(|&k| in_span(k));
    let Some(first) = first else { return span };
    // "close to", "involved in": a word the tagger may read as a verb that
    // takes a preposition still describes who the source is; a gerund
    // ("speaking on condition of anonymity") says why it is unnamed.
    let modifier = |k: usize| {
        matches!(tree.xpos(k), "VBP" | "VBN") && k + 1 < tree.end && tree.upos(k + 1) == "ADP"
    };
    let stop = (head + 1..tree.end).take_while(|&k| in_span(k)).find(|&k| {
        tree.upos(k) == "PUNCT"
            || matches!(tree.upos(k), "VERB" | "AUX") && !modifier(k)
            || matches!(tree.xpos(k), "WP" | "WDT" | "WP$")
    });
    match stop {
        Some(stop) if stop > first => tree.span_of(first, stop - 1).unwrap_or(span),
        _ => span,
    }
}

pub(crate) fn has_determiner(tree: &SentenceTree, head: usize, det: &str) -> bool {
    tree.children(head)
        .iter()
        .any(|&c| tree.deprel(c) == "det" && tree.lemma(c).eq_ignore_ascii_case(det))
}

/// The phrase without a leading "the"/"a"/"an" and trailing punctuation.
pub(crate) fn strip_article(s: &str) -> String {
    let mut s = s.trim().trim_end_matches([',', '.', ';', ':']);
    // "was told by the press service", "As the press service reported":
    // the marker the source span began with is not part of the name.
    for marker in ["by ", "By ", "as ", "As ", "from ", "From "] {
        if let Some(rest) = s.strip_prefix(marker) {
            s = rest.trim_start();
            break;
        }
    }
    for article in ["the ", "The ", "a ", "A ", "an ", "An "] {
        if let Some(rest) = s.strip_prefix(article) {
            return rest.trim().to_string();
        }
    }
    s.to_string()
}

/// Whether a title (lower case) holds the office a description's head
/// noun names: "the leader" and "the head of state" are the president or
/// the prime minister the text named with those titles.
pub(crate) fn holds_office(title: &str, noun: &str) -> bool {
    let offices: &[&str] = match noun {
        "leader" => &[
            "leader",
            "president",
            "prime minister",
            "premier",
            "chairman",
        ],
        "head of state" => &["head of state", "president"],
        "premier" => &["premier", "prime minister"],
        "diplomat" | "envoy" => &[
            "diplomat",
            "envoy",
            "ambassador",
            "consul",
            "attaché",
            "attache",
            "chargé",
            "charge d'affaires",
            "foreign minister",
        ],
        // A parliament's deputy, never a deputy minister or commander.
        "lawmaker" | "mp" | "parliamentarian" | "legislator" => &[
            "lawmaker",
            "mp",
            "member of parliament",
            "parliamentarian",
            "senator",
            "duma",
            "parliament",
            "house of representatives",
            "national assembly",
        ],
        _ => return title.contains(noun),
    };
    offices.iter().any(|o| title.contains(o))
}

/// Nouns naming something said or issued ("the statement", "his remarks").
pub(crate) fn is_statement_noun(lemma: &str) -> bool {
    matches!(
        lemma,
        "statement"
            | "remark"
            | "comment"
            | "message"
            | "announcement"
            | "communique"
            | "communiqué"
            | "declaration"
            | "speech"
            | "address"
            | "word"
            | "response"
            | "reply"
            | "note"
            | "letter"
    )
}

/// The head and extent of a speaker phrase, mended where the parse went
/// astray: a phrase cut to its article, a participle clause before the
/// speaker, a title whose "of" phrase the parse made the head.
pub(crate) fn phrase_head(
    doc: &Doc,
    tree: &SentenceTree,
    head: usize,
    span: Span,
) -> (usize, Span) {
    // "the general added" with "general" read as an adjective: the
    // phrase's last word is its head.
    // The phrase may have been cut to the article alone.
    let (head, span) = if tree.upos(head) == "DET" {
        let last = (head + 1..tree.end)
            .take_while(|&t| {
                tree.tokens[t].span.end <= span.end
                    || matches!(tree.upos(t), "ADJ" | "NOUN" | "PROPN")
            })
            .last()
            .unwrap_or(head);
        (last, span.cover(tree.tokens[last].span))
    } else {
        (head, span)
    };
    // "Opening the talks, the head of state said": a participle
    // clause before the comma is no part of the speaker, whichever of
    // the two the parse made the subject.
    let (head, span) = (tree.start..tree.end)
        .find(|&t| span.contains(tree.tokens[t].span))
        .filter(|&first| tree.upos(first) == "VERB")
        .and_then(|first| {
            (first..tree.end)
                .take_while(|&t| tree.tokens[t].span.end <= span.end)
                .filter(|&t| doc.slice(tree.tokens[t].span) == ",")
                .last()
        })
        .and_then(|comma| {
            let rest = Span::new(tree.tokens.get(comma + 1)?.span.start, span.end);
            let noun = (comma + 1..tree.end)
                .take_while(|&t| tree.tokens[t].span.end <= span.end)
                .find(|&t| matches!(tree.upos(t), "NOUN" | "PROPN" | "PRON"))?;
            Some((if head < comma { noun } else { head }, rest))
        })
        .unwrap_or((head, span));
    // "the Chief of the Joint Staff stressed": a title before "of" heads
    // the phrase, whether the parse made the "of" noun the head or the
    // source was cut to the "of" phrase alone.
    let is_title = |t: usize| lexicon::is_title_noun(&tree.lemma(t).to_lowercase());
    let is_of = |t: usize| tree.lemma(t).eq_ignore_ascii_case("of");
    let Some(first) = (tree.start..tree.end).find(|&t| span.contains(tree.tokens[t].span)) else {
        return (head, span);
    };
    let cut_after_title = first >= tree.start + 2 && is_of(first - 1) && is_title(first - 2);
    if cut_after_title {
        let title = first - 2;
        let start = title
            .checked_sub(1)
            .filter(|&d| d >= tree.start && tree.upos(d) == "DET")
            .unwrap_or(title);
        return (title, span.cover(tree.tokens[start].span));
    }
    let title = first + 1;
    let title_heads =
        tree.upos(first) == "DET" && title + 1 < head && is_title(title) && is_of(title + 1);
    (if title_heads { title } else { head }, span)
}
