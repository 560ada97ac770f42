//! Development loop for the learned attribution roles on PolNeAR *train*
//! only: trains on four fifths of the articles (every fifth left out, as
//! `train_attrib --heldout`), scores the held-out fifth for one or more cue
//! margins, and optionally writes one JSON line per gold and predicted
//! attribution for error analysis. Dev is never read.
//!
//! `cargo run --release -p sitrep-attrib --example attrib_heldout -- TRAIN_DIR [--epochs N] [--seed S] [--margins -10,-5] [--dump FILE]`

#[path = "../tests/support/polnear.rs"]
mod polnear;

use std::fmt::Write as _;
use std::path::PathBuf;

use sitrep_attrib::roles::{train, RoleModel};
use sitrep_core::{CharMap, Doc, Span};
use sitrep_eval::brat::{self, Attribution, AttributionCounts, Fragments};

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let mut dir: Option<PathBuf> = None;
    let mut epochs = 8usize;
    let mut seed = 7u64;
    let mut margins: Vec<f32> = vec![-10.0];
    let mut dump: Option<PathBuf> = None;
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .ok_or_else(|| anyhow::anyhow!("{name} needs a value"))
        };
        match arg.as_str() {
            "--epochs" => epochs = value("--epochs")?.parse()?,
            "--seed" => seed = value("--seed")?.parse()?,
            "--margins" => {
                margins = value("--margins")?
                    .split(',')
                    .map(str::parse)
                    .collect::<Result<_, _>>()?
            }
            "--dump" => dump = Some(PathBuf::from(value("--dump")?)),

            _ => dir = Some(PathBuf::from(arg)),
        }
    }
    let dir = dir.ok_or_else(|| anyhow::anyhow!("usage: attrib_heldout TRAIN_DIR"))?;
    let articles = polnear::load_split(&dir)?;
    let pipeline = sitrep_pipeline::Pipeline::standard(sitrep_pipeline::Depth::Full)?;
    let mut examples = Vec::new();
    let mut held: Vec<(Doc, &polnear::Article)> = Vec::new();
    for (k, a) in articles.iter().enumerate() {
        let mut doc = polnear::doc_for(&a.name, &a.text);
        pipeline.annotate(&mut doc);
        if k % 5 == 0 {
            held.push((doc, a));
            continue;
        }
        examples.push(train::examples(&doc, &gold_roles(&doc, &a.gold)));
    }
    let bytes = train::train(&examples, epochs, seed);
    println!("model {} bytes", bytes.len());
    let mut model =
        RoleModel::from_bytes(&bytes).ok_or_else(|| anyhow::anyhow!("model did not load"))?;
    for &m in &margins {
        model.set_cue_margin(m);
        let mut total = AttributionCounts::default();
        let mut lines = String::new();
        for (doc, a) in &held {
            let mut doc = doc.clone();
            let (quotes, claims) = sitrep_attrib::analyze_with(&doc, Some(&model));
            doc.layers.quotes = quotes;
            doc.layers.claims = claims;
            let predicted = polnear::to_brat(&doc);
            total.add(&brat::score_doc(&predicted, &a.gold));
            if dump.is_some() {
                let why = sitrep_attrib::roles::diagnose(&doc, &model);
                describe(&doc, &a.gold.attributions, &predicted, &why, &mut lines);
            }
        }
        println!("cue margin {m}\n{}", polnear::table(&total));
        if let Some(path) = &dump {
            std::fs::write(path, &lines)?;
        }
    }
    Ok(())
}

/// Gold attributions as byte spans of the document text.
fn gold_roles(doc: &Doc, gold: &brat::AnnDoc) -> Vec<train::GoldRoles> {
    let map = CharMap::new(&doc.text);
    let spans = |f: Option<&Fragments>| -> Vec<Span> {
        f.map(|f| {
            f.iter()
                .map(|&(s, e)| Span::new(map.byte_offset(s), map.byte_offset(e)))
                .collect()
        })
        .unwrap_or_default()
    };
    gold.attributions
        .iter()
        .map(|g| train::GoldRoles {
            cue: spans(g.cue.as_ref()),
            content: spans(g.content.as_ref()),
            source: spans(g.source.as_ref()),
        })
        .collect()
}

/// Token indices covered by `spans`.
fn tokens_of(doc: &Doc, spans: &[Span]) -> Vec<usize> {
    let tokens = &doc.layers.tokens;
    let mut out: Vec<usize> = tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| spans.iter().any(|s| s.overlaps(t.span)))
        .map(|(i, _)| i)
        .collect();
    out.dedup();
    out
}

fn overlaps(a: Option<&Fragments>, b: Option<&Fragments>) -> bool {
    let (Some(a), Some(b)) = (a, b) else {
        return false;
    };
    a.iter()
        .any(|&(s1, e1)| b.iter().any(|&(s2, e2)| s1 < e2 && s2 < e1))
}

fn json_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// One JSON line per gold attribution (with what the prediction found
/// around it) and per unmatched prediction.
fn describe(
    doc: &Doc,
    gold: &[Attribution],
    predicted: &[Attribution],
    why: &[Option<sitrep_attrib::roles::Rejected>],
    out: &mut String,
) {
    let map = CharMap::new(&doc.text);
    let chars: Vec<char> = doc.text.chars().collect();
    let text = |f: Option<&Fragments>| -> String {
        f.map(|f| {
            f.iter()
                .map(|&(s, e)| {
                    chars[s.min(chars.len())..e.min(chars.len())]
                        .iter()
                        .collect()
                })
                .collect::<Vec<String>>()
                .join(" … ")
        })
        .unwrap_or_default()
    };
    let spans = |f: Option<&Fragments>| -> Vec<Span> {
        f.map(|f| {
            f.iter()
                .map(|&(s, e)| Span::new(map.byte_offset(s), map.byte_offset(e)))
                .collect()
        })
        .unwrap_or_default()
    };
    let sentence = |f: Option<&Fragments>, last: bool| -> i64 {
        let s = spans(f);
        let at = if last {
            s.iter().map(|s| s.end.saturating_sub(1)).max()
        } else {
            s.iter().map(|s| s.start).min()
        };
        at.and_then(|b| doc.sentence_of(b)).map_or(-1, |i| i as i64)
    };
    let token_info = |f: Option<&Fragments>| -> String {
        let set = tokens_of(doc, &spans(f));
        set.iter()
            .map(|&i| {
                let t = &doc.layers.tokens[i];
                let why = match why[i] {
                    None => "CUE".to_string(),
                    Some(r) => format!("{r:?}"),
                };
                format!(
                    "{}/{}/{}/{}",
                    t.lemma,
                    t.upos,
                    t.deprel,
                    why.replace(' ', "")
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    for g in gold {
        let by_cue = predicted
            .iter()
            .find(|p| overlaps(p.cue.as_ref(), g.cue.as_ref()));
        // A missed cue inside a predicted content: what swallowed it.
        let swallowed = by_cue
            .is_none()
            .then(|| {
                predicted
                    .iter()
                    .find(|p| overlaps(p.content.as_ref(), g.cue.as_ref()))
            })
            .flatten()
            .map(|p| format!("{} | {}", text(p.cue.as_ref()), text(p.content.as_ref())))
            .unwrap_or_default();
        let any = |role: fn(&Attribution) -> Option<&Fragments>| {
            predicted.iter().any(|p| overlaps(role(p), role(g)))
        };
        let _ = writeln!(
            out,
            "{{\"kind\":\"gold\",\"doc\":{},\"cue\":{},\"cue_tok\":{},\"src\":{},\"src_tok\":{},\"content\":{},\"cue_sent\":{},\"src_sent\":{},\"c_first\":{},\"c_last\":{},\"cue_hit\":{},\"src_hit\":{},\"content_hit\":{},\"p_src\":{},\"p_content\":{},\"p_src_ok\":{},\"p_content_ok\":{},\"p_cue\":{},\"swallowed_by\":{}}}",
            json_str(&doc.id),
            json_str(&text(g.cue.as_ref())),
            json_str(&token_info(g.cue.as_ref())),
            json_str(&text(g.source.as_ref())),
            json_str(&token_info(g.source.as_ref())),
            json_str(&text(g.content.as_ref())),
            sentence(g.cue.as_ref(), false),
            sentence(g.source.as_ref(), false),
            sentence(g.content.as_ref(), false),
            sentence(g.content.as_ref(), true),
            any(|a| a.cue.as_ref()),
            any(|a| a.source.as_ref()),
            any(|a| a.content.as_ref()),
            json_str(&text(by_cue.and_then(|p| p.source.as_ref()))),
            json_str(&text(by_cue.and_then(|p| p.content.as_ref()))),
            by_cue.is_some_and(|p| overlaps(p.source.as_ref(), g.source.as_ref())),
            by_cue.is_some_and(|p| overlaps(p.content.as_ref(), g.content.as_ref())),
            json_str(&text(by_cue.and_then(|p| p.cue.as_ref()))),
            json_str(&swallowed),
        );
    }
    for p in predicted {
        if gold
            .iter()
            .any(|g| overlaps(p.cue.as_ref(), g.cue.as_ref()))
        {
            continue;
        }
        let _ = writeln!(
            out,
            "{{\"kind\":\"fp\",\"doc\":{},\"cue\":{},\"cue_tok\":{},\"src\":{},\"content\":{},\"content_hit\":{},\"src_hit\":{}}}",
            json_str(&doc.id),
            json_str(&text(p.cue.as_ref())),
            json_str(&token_info(p.cue.as_ref())),
            json_str(&text(p.source.as_ref())),
            json_str(&text(p.content.as_ref())),
            gold.iter().any(|g| overlaps(p.content.as_ref(), g.content.as_ref())),
            gold.iter().any(|g| overlaps(p.source.as_ref(), g.source.as_ref())),
        );
    }
}
