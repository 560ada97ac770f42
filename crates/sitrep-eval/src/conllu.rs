//! CoNLL-U reader and writer (the Universal Dependencies file format).
//!
//! Ten tab-separated columns per word (`ID FORM LEMMA UPOS XPOS FEATS HEAD
//! DEPREL DEPS MISC`), `#` comment lines, a blank line after each sentence.
//! Multiword tokens (`3-4 don't`) are kept as ranges next to the words;
//! empty nodes (`5.1`, enhanced graphs only) are skipped, as the CoNLL 2018
//! evaluator does.

use std::io::{BufRead, Write};

/// Errors while reading CoNLL-U, with the line they occurred on.
#[derive(Debug, thiserror::Error)]
pub enum ConlluError {
    #[error("reading CoNLL-U: {0}")]
    Io(#[from] std::io::Error),
    #[error("CoNLL-U line {line}: expected 10 tab-separated columns, found {found}")]
    Columns { line: usize, found: usize },
    #[error("CoNLL-U line {line}: cannot parse {what} {value:?}")]
    Field {
        line: usize,
        what: &'static str,
        value: String,
    },
    #[error("CoNLL-U line {line}: word id {found} out of order (expected {expected})")]
    Order {
        line: usize,
        expected: u32,
        found: u32,
    },
}

/// One syntactic word (a line with an integer ID).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ConlluWord {
    /// 1-based position in the sentence.
    pub id: u32,
    pub form: String,
    pub lemma: String,
    pub upos: String,
    pub xpos: String,
    pub feats: String,
    /// Head word id (0 = root); `None` when the column is `_`.
    pub head: Option<u32>,
    pub deprel: String,
    pub deps: String,
    pub misc: String,
}

/// A multiword token: the surface form of words `first..=last`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MultiwordToken {
    pub first: u32,
    pub last: u32,
    pub form: String,
    pub misc: String,
}

/// One sentence with its comments.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ConlluSentence {
    /// The `# text = ...` comment.
    pub text: Option<String>,
    /// The `# sent_id = ...` comment.
    pub sent_id: Option<String>,
    /// A `# newdoc` comment precedes the sentence.
    pub newdoc: bool,
    /// A `# newpar` comment precedes the sentence.
    pub newpar: bool,
    /// Other comment lines, verbatim without the leading `# `.
    pub comments: Vec<String>,
    pub words: Vec<ConlluWord>,
    /// Multiword token ranges, in order.
    pub multiword_tokens: Vec<MultiwordToken>,
}

impl ConlluWord {
    /// Whether MISC says no whitespace follows (`SpaceAfter=No`).
    pub fn no_space_after(&self) -> bool {
        misc_has_no_space(&self.misc)
    }
}

impl MultiwordToken {
    /// Whether MISC says no whitespace follows (`SpaceAfter=No`).
    pub fn no_space_after(&self) -> bool {
        misc_has_no_space(&self.misc)
    }
}

fn misc_has_no_space(misc: &str) -> bool {
    misc.split('|').any(|m| m == "SpaceAfter=No")
}

impl ConlluSentence {
    /// The sentence's surface tokens: `(form, no_space_after)` for each
    /// multiword token or plain word, in order.
    pub fn surface_tokens(&self) -> Vec<(&str, bool)> {
        let mut out = Vec::with_capacity(self.words.len());
        let mut mwt = self.multiword_tokens.iter().peekable();
        let mut i = 0;
        while i < self.words.len() {
            let word = &self.words[i];
            match mwt.peek() {
                Some(m) if m.first == word.id => {
                    out.push((m.form.as_str(), m.no_space_after()));
                    let span = (m.last.saturating_sub(m.first) as usize) + 1;
                    i += span;
                    mwt.next();
                }
                _ => {
                    out.push((word.form.as_str(), word.no_space_after()));
                    i += 1;
                }
            }
        }
        out
    }

    /// The sentence text: `# text` when present, else rebuilt from the tokens
    /// and their `SpaceAfter=No` marks.
    pub fn raw_text(&self) -> String {
        if let Some(text) = &self.text {
            return text.clone();
        }
        let mut out = String::new();
        let tokens = self.surface_tokens();
        for (i, (form, no_space)) in tokens.iter().enumerate() {
            out.push_str(form);
            if !no_space && i + 1 < tokens.len() {
                out.push(' ');
            }
        }
        out
    }
}

/// Reads all sentences of a CoNLL-U stream.
pub fn read_conllu<R: BufRead>(reader: R) -> Result<Vec<ConlluSentence>, ConlluError> {
    let mut sentences = Vec::new();
    let mut current = ConlluSentence::default();
    let mut started = false;
    for (index, line) in reader.lines().enumerate() {
        let line = line?;
        let line_no = index + 1;
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if started {
                sentences.push(std::mem::take(&mut current));
                started = false;
            }
            continue;
        }
        started = true;
        if let Some(comment) = line.strip_prefix('#') {
            read_comment(comment.trim_start(), &mut current);
            continue;
        }
        read_word_line(line, line_no, &mut current)?;
    }
    if started {
        sentences.push(current);
    }
    Ok(sentences)
}

fn read_comment(comment: &str, sentence: &mut ConlluSentence) {
    let key_value = comment
        .split_once('=')
        .map(|(k, v)| (k.trim(), v.trim_start()));
    match key_value {
        Some(("text", value)) => sentence.text = Some(value.to_string()),
        Some(("sent_id", value)) => sentence.sent_id = Some(value.to_string()),
        _ if comment.starts_with("newdoc") => sentence.newdoc = true,
        _ if comment.starts_with("newpar") => sentence.newpar = true,
        _ => {}
    }
    sentence.comments.push(comment.to_string());
}

fn parse_u32(value: &str, line: usize, what: &'static str) -> Result<u32, ConlluError> {
    value.parse().map_err(|_| ConlluError::Field {
        line,
        what,
        value: value.to_string(),
    })
}

fn read_word_line(
    line: &str,
    line_no: usize,
    sentence: &mut ConlluSentence,
) -> Result<(), ConlluError> {
    let cols: Vec<&str> = line.split('\t').collect();
    if cols.len() != 10 {
        return Err(ConlluError::Columns {
            line: line_no,
            found: cols.len(),
        });
    }
    let id = cols[0];
    if id.contains('.') {
        return Ok(()); // empty node of an enhanced graph
    }
    if let Some((first, last)) = id.split_once('-') {
        let first = parse_u32(first, line_no, "multiword token range")?;
        let last = parse_u32(last, line_no, "multiword token range")?;
        let expected = sentence.words.len() as u32 + 1;
        if first != expected || last < first {
            return Err(ConlluError::Order {
                line: line_no,
                expected,
                found: first,
            });
        }
        sentence.multiword_tokens.push(MultiwordToken {
            first,
            last,
            form: cols[1].to_string(),
            misc: cols[9].to_string(),
        });
        return Ok(());
    }
    let id = parse_u32(id, line_no, "word id")?;
    let expected = sentence.words.len() as u32 + 1;
    if id != expected {
        return Err(ConlluError::Order {
            line: line_no,
            expected,
            found: id,
        });
    }
    let head = match cols[6] {
        "_" => None,
        h => Some(parse_u32(h, line_no, "head")?),
    };
    sentence.words.push(ConlluWord {
        id,
        form: cols[1].to_string(),
        lemma: cols[2].to_string(),
        upos: cols[3].to_string(),
        xpos: cols[4].to_string(),
        feats: cols[5].to_string(),
        head,
        deprel: cols[7].to_string(),
        deps: cols[8].to_string(),
        misc: cols[9].to_string(),
    });
    Ok(())
}

/// An empty column is written as `_`, as CoNLL-U requires.
fn col(value: &str) -> &str {
    if value.is_empty() {
        "_"
    } else {
        value
    }
}

/// Writes sentences as CoNLL-U (comments, multiword token ranges, words).
pub fn write_conllu<W: Write>(mut out: W, sentences: &[ConlluSentence]) -> std::io::Result<()> {
    for sentence in sentences {
        let mut wrote_text = false;
        for comment in &sentence.comments {
            writeln!(out, "# {comment}")?;
            wrote_text |= comment.starts_with("text ") || comment.starts_with("text=");
        }
        if !wrote_text {
            if let Some(text) = &sentence.text {
                writeln!(out, "# text = {text}")?;
            }
        }
        let mut mwt = sentence.multiword_tokens.iter().peekable();
        for word in &sentence.words {
            if let Some(m) = mwt.next_if(|m| m.first == word.id) {
                writeln!(
                    out,
                    "{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}",
                    m.first,
                    m.last,
                    col(&m.form),
                    col(&m.misc)
                )?;
            }
            let head = word.head.map_or_else(|| "_".to_string(), |h| h.to_string());
            writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                word.id,
                col(&word.form),
                col(&word.lemma),
                col(&word.upos),
                col(&word.xpos),
                col(&word.feats),
                head,
                col(&word.deprel),
                col(&word.deps),
                col(&word.misc)
            )?;
        }
        writeln!(out)?;
    }
    Ok(())
}
