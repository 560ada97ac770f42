//! CoNLL-2003 reading and the tag schemes the recognizer works in.
//!
//! Files hold one `TOKEN POS CHUNK NER` line per token, blank lines between
//! sentences and `-DOCSTART-` lines between documents. The NER column may be
//! IOB1 (original `eng.*` files) or IOB2 (CoNLL++); both are read into
//! entity spans, and the model works internally in BILOU, which makes span
//! ends explicit and lets the decoder forbid ill-formed sequences.

use sitrep_core::EntityLabel;

use super::NerError;

/// The four CoNLL entity types, in the order used by label indices.
pub const ENTITY_TYPES: [EntityLabel; 4] = [
    EntityLabel::Per,
    EntityLabel::Org,
    EntityLabel::Loc,
    EntityLabel::Misc,
];

/// Number of BILOU labels: `O` plus B, I, L, U for each entity type.
pub const NUM_LABELS: usize = 1 + 4 * ENTITY_TYPES.len();

/// Index of the outside label.
pub const OUTSIDE: u8 = 0;

/// Position of a token inside an entity in the BILOU scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bilou {
    Begin,
    Inside,
    Last,
    Unit,
}

/// The BILOU label index for a position and an entity-type index (0..4).
pub fn label_index(position: Bilou, type_index: usize) -> u8 {
    let offset = match position {
        Bilou::Begin => 1,
        Bilou::Inside => 2,
        Bilou::Last => 3,
        Bilou::Unit => 4,
    };
    (type_index * 4 + offset) as u8
}

/// The (position, type index) of a BILOU label, `None` for `O`.
pub fn label_parts(label: u8) -> Option<(Bilou, usize)> {
    if label == OUTSIDE || label as usize >= NUM_LABELS {
        return None;
    }
    let k = label as usize - 1;
    let position = match k % 4 {
        0 => Bilou::Begin,
        1 => Bilou::Inside,
        2 => Bilou::Last,
        _ => Bilou::Unit,
    };
    Some((position, k / 4))
}

/// Whether label `next` may follow label `prev` in a well-formed BILOU sequence.
/// `None` stands for the sentence boundary on either side.
pub fn transition_allowed(prev: Option<u8>, next: Option<u8>) -> bool {
    let open = |l: Option<u8>| -> Option<usize> {
        match l.and_then(label_parts) {
            Some((Bilou::Begin | Bilou::Inside, t)) => Some(t),
            _ => None,
        }
    };
    let continues = |l: Option<u8>| -> Option<usize> {
        match l.and_then(label_parts) {
            Some((Bilou::Inside | Bilou::Last, t)) => Some(t),
            _ => None,
        }
    };
    match (open(prev), continues(next)) {
        (Some(a), Some(b)) => a == b,
        (None, None) => true,
        _ => false,
    }
}

/// An entity over token positions `[start, end)` of one sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TokenSpan {
    pub start: usize,
    pub end: usize,
    pub type_index: usize,
}

/// BILOU labels for a sentence of `len` tokens with the given entities.
pub fn spans_to_bilou(len: usize, spans: &[TokenSpan]) -> Vec<u8> {
    let mut labels = vec![OUTSIDE; len];
    for s in spans {
        if s.start >= s.end || s.end > len {
            continue;
        }
        if s.end - s.start == 1 {
            labels[s.start] = label_index(Bilou::Unit, s.type_index);
            continue;
        }
        labels[s.start] = label_index(Bilou::Begin, s.type_index);
        for l in &mut labels[s.start + 1..s.end - 1] {
            *l = label_index(Bilou::Inside, s.type_index);
        }
        labels[s.end - 1] = label_index(Bilou::Last, s.type_index);
    }
    labels
}

/// Entities read from BILOU labels. Ill-formed runs are read leniently: a
/// run of same-type labels that never closes still ends where its type stops.
pub fn bilou_to_spans(labels: &[u8]) -> Vec<TokenSpan> {
    let mut spans = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for (i, &l) in labels.iter().enumerate() {
        let parts = label_parts(l);
        if let Some((start, t)) = open {
            let continues = matches!(parts, Some((Bilou::Inside | Bilou::Last, u)) if u == t);
            if !continues {
                spans.push(TokenSpan {
                    start,
                    end: i,
                    type_index: t,
                });
                open = None;
            }
        }
        match parts {
            Some((Bilou::Unit, t)) => spans.push(TokenSpan {
                start: i,
                end: i + 1,
                type_index: t,
            }),
            Some((Bilou::Begin, t)) => open = Some((i, t)),
            Some((Bilou::Inside, t)) if open.is_none() => open = Some((i, t)),
            Some((Bilou::Last, t)) => {
                let start = open.map_or(i, |(s, _)| s);
                spans.push(TokenSpan {
                    start,
                    end: i + 1,
                    type_index: t,
                });
                open = None;
            }
            _ => {}
        }
    }
    if let Some((start, t)) = open {
        spans.push(TokenSpan {
            start,
            end: labels.len(),
            type_index: t,
        });
    }
    spans
}

/// IOB2 tags (`B-PER`, `I-PER`, `O`) for a sentence's entities.
pub fn spans_to_iob2(len: usize, spans: &[TokenSpan]) -> Vec<String> {
    let mut tags = vec!["O".to_string(); len];
    for s in spans {
        let name = ENTITY_TYPES[s.type_index].as_str();
        for i in s.start..s.end.min(len) {
            let prefix = if i == s.start { "B" } else { "I" };
            tags[i] = format!("{prefix}-{name}");
        }
    }
    tags
}

/// Entities read from IOB1 or IOB2 tags, with conlleval's chunk rules: a
/// chunk starts at `B-`, or at `I-` after `O` or after another type.
pub fn iob_to_spans(tags: &[impl AsRef<str>]) -> Result<Vec<TokenSpan>, NerError> {
    let mut spans = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for (i, tag) in tags.iter().enumerate() {
        let tag = tag.as_ref();
        let (prefix, type_index) = if tag == "O" {
            ("O", usize::MAX)
        } else {
            let (p, name) = tag
                .split_once('-')
                .ok_or_else(|| NerError::BadTag(tag.to_string()))?;
            let label =
                EntityLabel::parse(name).ok_or_else(|| NerError::BadTag(tag.to_string()))?;
            let t = ENTITY_TYPES.iter().position(|&e| e == label).unwrap_or(0);
            (p, t)
        };
        let continues = prefix == "I" && open.is_some_and(|(_, t)| t == type_index);
        if !continues {
            if let Some((start, t)) = open.take() {
                spans.push(TokenSpan {
                    start,
                    end: i,
                    type_index: t,
                });
            }
            match prefix {
                "O" => {}
                "B" | "I" => open = Some((i, type_index)),
                _ => return Err(NerError::BadTag(tag.to_string())),
            }
        }
    }
    if let Some((start, t)) = open {
        spans.push(TokenSpan {
            start,
            end: tags.len(),
            type_index: t,
        });
    }
    Ok(spans)
}

/// One annotated sentence.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConllSentence {
    pub words: Vec<String>,
    /// The NER column as written in the file.
    pub tags: Vec<String>,
}

/// One `-DOCSTART-` document: the unit document-level features work over.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConllDocument {
    pub sentences: Vec<ConllSentence>,
}

impl ConllDocument {
    /// The sentences as word slices, the shape the tagger consumes.
    pub fn word_slices(&self) -> Vec<Vec<&str>> {
        self.sentences
            .iter()
            .map(|s| s.words.iter().map(String::as_str).collect())
            .collect()
    }
}

/// Parses CoNLL-2003 text into documents. The entity tag is the last column.
/// Text without `-DOCSTART-` lines is one document.
pub fn parse_conll(text: &str) -> Result<Vec<ConllDocument>, NerError> {
    let mut docs = Vec::new();
    let mut doc = ConllDocument::default();
    let mut sentence = ConllSentence::default();
    for (line_no, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() {
            if !sentence.words.is_empty() {
                doc.sentences.push(std::mem::take(&mut sentence));
            }
            continue;
        }
        let mut cols = line.split_whitespace();
        let word = cols.next().unwrap_or_default();
        let tag = cols.last().ok_or(NerError::BadLine { line: line_no + 1 })?;
        if word == "-DOCSTART-" {
            if !sentence.words.is_empty() {
                doc.sentences.push(std::mem::take(&mut sentence));
            }
            if !doc.sentences.is_empty() {
                docs.push(std::mem::take(&mut doc));
            }
            continue;
        }
        sentence.words.push(word.to_string());
        sentence.tags.push(tag.to_string());
    }
    if !sentence.words.is_empty() {
        doc.sentences.push(sentence);
    }
    if !doc.sentences.is_empty() {
        docs.push(doc);
    }
    Ok(docs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bilou_round_trip() {
        let tags = [
            "B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-LOC", "O", "B-MISC", "I-MISC",
        ];
        let spans = iob_to_spans(&tags).unwrap();
        assert_eq!(spans.len(), 4);
        let bilou = spans_to_bilou(tags.len(), &spans);
        assert_eq!(bilou_to_spans(&bilou), spans);
        assert_eq!(spans_to_iob2(tags.len(), &spans), tags);
        for w in bilou.windows(2) {
            assert!(transition_allowed(Some(w[0]), Some(w[1])));
        }
    }

    #[test]
    fn iob1_reads_like_iob2() {
        let iob1 = ["I-ORG", "I-ORG", "B-ORG", "O", "I-LOC"];
        let spans = iob_to_spans(&iob1).unwrap();
        assert_eq!(
            spans_to_iob2(5, &spans),
            ["B-ORG", "I-ORG", "B-ORG", "O", "B-LOC"]
        );
    }

    #[test]
    fn transitions_forbid_broken_spans() {
        let b_per = label_index(Bilou::Begin, 0);
        let l_org = label_index(Bilou::Last, 1);
        assert!(!transition_allowed(Some(b_per), Some(l_org)));
        assert!(!transition_allowed(Some(b_per), None));
        assert!(!transition_allowed(None, Some(l_org)));
        assert!(transition_allowed(None, Some(label_index(Bilou::Unit, 2))));
    }

    #[test]
    fn parses_documents_and_sentences() {
        let text = "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\n\
                    Peter NNP B-NP B-PER\n-DOCSTART- -X- -X- O\n\nBonn NNP B-NP B-LOC\n";
        let docs = parse_conll(text).unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].sentences.len(), 2);
        assert_eq!(docs[0].sentences[0].tags, ["B-ORG", "O"]);
        assert_eq!(docs[1].sentences[0].words, ["Bonn"]);
        assert!(matches!(iob_to_spans(&["X-PER"]), Err(NerError::BadTag(_))));
    }
}
