//! A minimal CoNLL-U reader for training and evaluating the tagger,
//! lemmatizer and parser: basic-dependency words only (multiword-token
//! ranges and empty nodes are skipped), plus the `# text` comment.
//!
//! Scoring lives in `sitrep-eval`; this module only turns treebank files
//! into training instances.

use std::io::Read;
use std::path::Path;

/// One syntactic word of a treebank sentence.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TreeWord {
    pub form: String,
    pub lemma: String,
    pub upos: String,
    pub xpos: String,
    /// 1-based head index, 0 for the root.
    pub head: u32,
    pub deprel: String,
}

/// One treebank sentence.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TreeSentence {
    /// The `# text` comment, when present.
    pub text: Option<String>,
    pub words: Vec<TreeWord>,
}

impl TreeSentence {
    /// The word forms as string slices.
    pub fn forms(&self) -> Vec<&str> {
        self.words.iter().map(|w| w.form.as_str()).collect()
    }
}

/// Errors reading a treebank file.
#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    #[error("cannot read treebank {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("treebank {path} line {line}: {message}")]
    Malformed {
        path: String,
        line: usize,
        message: String,
    },
}

/// Reads a `.conllu` or `.conllu.xz` file.
pub fn read_conllu_path(path: impl AsRef<Path>) -> Result<Vec<TreeSentence>, CorpusError> {
    let path = path.as_ref();
    let read_error = |source| CorpusError::Read {
        path: path.display().to_string(),
        source,
    };
    let raw = std::fs::read(path).map_err(read_error)?;
    let text = if path.extension().is_some_and(|e| e == "xz") {
        let mut out = String::new();
        xz2::read::XzDecoder::new(raw.as_slice())
            .read_to_string(&mut out)
            .map_err(read_error)?;
        out
    } else {
        String::from_utf8(raw)
            .map_err(|e| read_error(std::io::Error::new(std::io::ErrorKind::InvalidData, e)))?
    };
    parse_conllu(&text).map_err(|(line, message)| CorpusError::Malformed {
        path: path.display().to_string(),
        line,
        message,
    })
}

/// Parses CoNLL-U text; the error is `(1-based line, message)`.
pub fn parse_conllu(text: &str) -> Result<Vec<TreeSentence>, (usize, String)> {
    let mut sentences = Vec::new();
    let mut current = TreeSentence::default();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            if !current.words.is_empty() {
                sentences.push(std::mem::take(&mut current));
            }
            current.text = None;
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            if let Some(text) = comment.trim_start().strip_prefix("text =") {
                current.text = Some(text.trim().to_string());
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err((
                number + 1,
                format!("expected 10 columns, found {}", cols.len()),
            ));
        }
        if cols[0].contains('-') || cols[0].contains('.') {
            continue;
        }
        let head = cols[6]
            .parse::<u32>()
            .map_err(|_| (number + 1, format!("bad HEAD {:?}", cols[6])))?;
        current.words.push(TreeWord {
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos: cols[3].to_string(),
            xpos: cols[4].to_string(),
            head,
            deprel: cols[7].to_string(),
        });
    }
    if !current.words.is_empty() {
        sentences.push(current);
    }
    Ok(sentences)
}

/// Where the shared data folder is: `$SITREP_SHARED`, else
/// `<workspace>/../shared`. Used by tests and examples.
pub fn shared_dir() -> std::path::PathBuf {
    match std::env::var_os("SITREP_SHARED") {
        Some(dir) => dir.into(),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared"),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn reads_words_and_skips_ranges() {
        let text = "# text = Don't go.\n1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tDo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
        let s = parse_conllu(text).unwrap();
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].forms(), vec!["Do", "n't", "go", "."]);
        assert_eq!(s[0].words[2].head, 0);
        assert_eq!(s[0].text.as_deref(), Some("Don't go."));
        assert!(parse_conllu("1\tx\n").is_err());
    }
}
