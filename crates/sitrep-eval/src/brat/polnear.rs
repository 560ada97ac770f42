//! PolNeAR (brat standoff, `text/` + `attributions/` folders): loading a
//! split and turning sitrep's quotes into brat attributions for scoring.
//! Pure functions; running the pipeline is the caller's business.

use std::path::{Path, PathBuf};

use sitrep_core::{CharMap, Doc, Quote, Source, SourceFormat, Span};

use super::{parse_ann, score_doc, AnnDoc, Attribution, AttributionCounts, Fragments, Role};

/// Errors reading a PolNeAR folder.
#[derive(Debug, thiserror::Error)]
pub enum PolnearError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: {reason}")]
    Ann { path: String, reason: String },
}

/// One article: name, text and gold annotations.
pub struct Article {
    pub name: String,
    pub text: String,
    pub gold: AnnDoc,
}

/// Articles of a PolNeAR split folder (`text/` and `attributions/`). When
/// an article was annotated twice, the first annotator's file (by name) is
/// the gold.
pub fn load_split(dir: &Path) -> Result<Vec<Article>, PolnearError> {
    let io = |path: &Path| {
        let path = path.display().to_string();
        move |source| PolnearError::Io { path, source }
    };
    let ann_dir = dir.join("attributions");
    let mut anns: Vec<PathBuf> = std::fs::read_dir(&ann_dir)
        .map_err(io(&ann_dir))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ann"))
        .collect();
    anns.sort();
    let mut out: Vec<Article> = Vec::new();
    for ann in anns {
        let stem = ann.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        // `<article>_<annotator>.ann`
        let Some((name, _annotator)) = stem.rsplit_once('_') else {
            continue;
        };
        if out.last().is_some_and(|a| a.name == name) {
            continue;
        }
        let text_path = dir.join("text").join(format!("{name}.txt"));
        let text = std::fs::read_to_string(&text_path).map_err(io(&text_path))?;
        let ann_text = std::fs::read_to_string(&ann).map_err(io(&ann))?;
        let gold = parse_ann(&ann_text).map_err(|e| PolnearError::Ann {
            path: ann.display().to_string(),
            reason: e.to_string(),
        })?;
        out.push(Article {
            name: name.to_string(),
            text,
            gold,
        });
    }
    Ok(out)
}

/// A document over `text` as given (no cleaning, so offsets stay those of the file).
pub fn doc_for(name: &str, text: &str) -> Doc {
    let source = Source {
        path: name.to_string(),
        url: None,
        format: SourceFormat::Text,
        record: 0,
    };
    Doc::new(name.to_string(), source, String::new(), text.to_string())
}

fn fragments(map: &CharMap, span: Span) -> Fragments {
    let (s, e) = map.char_span(span);
    vec![(s, e)]
}

/// sitrep quotes as brat attributions. A quotation with no cue that
/// continues an earlier one (same source span), or the second half of a
/// quotation split around its cue ("“A,” he said, “B”": same cue span),
/// joins that attribution's content as another fragment, as PolNeAR
/// annotates it.
pub fn to_brat(doc: &Doc) -> Vec<Attribution> {
    let map = CharMap::new(&doc.text);
    let mut out: Vec<Attribution> = Vec::new();
    let mut last_source: Vec<Option<Span>> = Vec::new();
    let mut cues: Vec<Option<Span>> = Vec::new();
    for q in &doc.layers.quotes {
        if let Some(i) = q.cue.and_then(|c| cues.iter().rposition(|x| *x == Some(c))) {
            if let Some(content) = out[i].content.as_mut() {
                content.extend(fragments(&map, q.content));
                continue;
            }
        }
        if q.cue.is_none() {
            if let Some(i) = last_source
                .iter()
                .rposition(|s| s.is_some() && *s == q.speaker_span)
            {
                if let Some(content) = out[i].content.as_mut() {
                    content.extend(fragments(&map, q.content));
                    continue;
                }
            }
        }
        out.push(quote_to_brat(&map, q));
        last_source.push(q.speaker_span);
        cues.push(q.cue);
    }
    out
}

fn quote_to_brat(map: &CharMap, q: &Quote) -> Attribution {
    Attribution {
        source: q.speaker_span.map(|s| fragments(map, s)),
        cue: q.cue.map(|s| fragments(map, s)),
        content: Some(fragments(map, q.content)),
    }
}

/// The score table as Markdown.
pub fn table(c: &AttributionCounts) -> String {
    let mut s = String::from("| role | exact P | exact R | exact F1 | overlap P | overlap R | overlap F1 | gold | predicted |\n|---|---|---|---|---|---|---|---|---|\n");
    for role in Role::ALL {
        let r = c.role(role);
        s += &format!(
            "| {} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {} | {} |\n",
            role.as_str(),
            r.exact.precision(),
            r.exact.recall(),
            r.exact.f1(),
            r.overlap.precision(),
            r.overlap.recall(),
            r.overlap.f1(),
            r.overlap.gold,
            r.overlap.predicted
        );
    }
    let a = c.attribution;
    s += &format!(
        "| Attribution | | | | {:.3} | {:.3} | {:.3} | {} | {} |\n",
        a.precision(),
        a.recall(),
        a.f1(),
        a.gold,
        a.predicted
    );
    s
}

/// Scores every article, annotating each with `annotate` first (a document
/// over the article text exactly, so offsets stay those of the file).
pub fn evaluate(articles: &[Article], mut annotate: impl FnMut(&mut Doc)) -> AttributionCounts {
    let mut total = AttributionCounts::default();
    for a in articles {
        let mut doc = doc_for(&a.name, &a.text);
        annotate(&mut doc);
        total.add(&score_doc(&to_brat(&doc), &a.gold));
    }
    total
}
