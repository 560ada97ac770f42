//! PolNeAR loading and the conversion of sitrep quotes to brat
//! attributions, shared by the `eval_polnear` example and the tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use sitrep_core::{CharMap, Doc, Quote, Source, SourceFormat, Span};
use sitrep_eval::brat::{self, AnnDoc, Attribution, AttributionCounts, Fragments};

/// The shared data folder: `SITREP_SHARED`, else `<workspace>/../shared`.
pub fn shared_dir() -> PathBuf {
    match std::env::var_os("SITREP_SHARED") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared"),
    }
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
pub fn load_split(dir: &Path) -> anyhow::Result<Vec<Article>> {
    let mut anns: Vec<PathBuf> = std::fs::read_dir(dir.join("attributions"))?
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
        let text = std::fs::read_to_string(dir.join("text").join(format!("{name}.txt")))?;
        let gold = brat::parse_ann(&std::fs::read_to_string(&ann)?)
            .map_err(|e| anyhow::anyhow!("{}: {e}", ann.display()))?;
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
/// continues an earlier one (same source span) joins that attribution's
/// content as another fragment, as PolNeAR annotates it.
pub fn to_brat(doc: &Doc) -> Vec<Attribution> {
    let map = CharMap::new(&doc.text);
    let mut out: Vec<Attribution> = Vec::new();
    let mut last_source: Vec<Option<Span>> = Vec::new();
    for q in &doc.layers.quotes {
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

/// Runs `pipeline` and the attribution stage on every article and adds up the counts.
pub fn evaluate(pipeline: &sitrep_pipeline::Pipeline, articles: &[Article]) -> AttributionCounts {
    use sitrep_core::Stage;
    let mut total = AttributionCounts::default();
    for a in articles {
        let mut doc = doc_for(&a.name, &a.text);
        pipeline.annotate(&mut doc);
        if !pipeline.stage_names().contains(&"attribution") {
            sitrep_attrib::AttributionStage.run(&mut doc);
        }
        total.add(&brat::score_doc(&to_brat(&doc), &a.gold));
    }
    total
}

/// The score table as Markdown.
pub fn table(c: &AttributionCounts) -> String {
    let mut s = String::from("| role | exact P | exact R | exact F1 | overlap P | overlap R | overlap F1 | gold | predicted |\n|---|---|---|---|---|---|---|---|---|\n");
    for role in brat::Role::ALL {
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

/// Gold attributions whose content no prediction overlaps, as
/// `(cue text, source text, content start)` for error analysis.
pub fn misses(pipeline: &sitrep_pipeline::Pipeline, article: &Article) -> Vec<String> {
    use sitrep_core::Stage;
    let mut doc = doc_for(&article.name, &article.text);
    pipeline.annotate(&mut doc);
    sitrep_attrib::AttributionStage.run(&mut doc);
    let predicted = to_brat(&doc);
    let chars: Vec<char> = article.text.chars().collect();
    let text_of = |f: Option<&Fragments>| {
        f.map(|f| {
            f.iter()
                .map(|&(s, e)| {
                    chars
                        .get(s..e.min(chars.len()))
                        .map(|c| c.iter().collect::<String>())
                        .unwrap_or_default()
                })
                .collect::<Vec<_>>()
                .join(" … ")
        })
        .unwrap_or_default()
    };
    let overlaps = |a: &Fragments, b: &Fragments| {
        a.iter()
            .any(|&(s1, e1)| b.iter().any(|&(s2, e2)| s1 < e2 && s2 < e1))
    };
    let mut out = Vec::new();
    for g in &article.gold.attributions {
        let Some(gc) = g.content.as_ref() else {
            continue;
        };
        if predicted
            .iter()
            .any(|p| p.content.as_ref().is_some_and(|pc| overlaps(pc, gc)))
        {
            continue;
        }
        let content: String = text_of(Some(gc)).chars().take(90).collect();
        out.push(format!(
            "MISS cue={:?} src={:?} content={:?}",
            text_of(g.cue.as_ref()),
            text_of(g.source.as_ref()),
            content
        ));
    }
    for p in &predicted {
        let Some(pc) = p.content.as_ref() else {
            continue;
        };
        if article
            .gold
            .attributions
            .iter()
            .any(|g| g.content.as_ref().is_some_and(|gc| overlaps(pc, gc)))
        {
            continue;
        }
        let content: String = text_of(Some(pc)).chars().take(90).collect();
        out.push(format!(
            "FALSE cue={:?} src={:?} content={:?}",
            text_of(p.cue.as_ref()),
            text_of(p.source.as_ref()),
            content
        ));
    }
    out
}
