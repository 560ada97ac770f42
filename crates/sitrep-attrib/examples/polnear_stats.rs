//! Development aid: how PolNeAR gold cues, contents and sources sit in the
//! parse (anchor part of speech, relation of content and source to the cue).
//! `cargo run --release -p sitrep-attrib --example polnear_stats -- DIR`

#[path = "../tests/support/polnear.rs"]
mod polnear;

use std::collections::HashMap;

use sitrep_core::{CharMap, Doc, Span};

fn tokens_in(doc: &Doc, spans: &[Span]) -> Vec<usize> {
    (0..doc.layers.tokens.len())
        .filter(|&i| spans.iter().any(|s| s.contains(doc.layers.tokens[i].span)))
        .collect()
}

/// Tokens of a set whose head lies outside it.
fn roots(doc: &Doc, set: &[usize]) -> Vec<usize> {
    set.iter()
        .copied()
        .filter(|&i| {
            doc.layers.tokens[i]
                .head
                .is_none_or(|h| !set.contains(&(h as usize)))
                && doc.layers.tokens[i].upos != "PUNCT"
        })
        .collect()
}

fn relation(doc: &Doc, anchor: usize, root: usize, set: &[usize]) -> String {
    let t = &doc.layers.tokens;
    if set.contains(&anchor) {
        return "contains-cue".into();
    }
    if t[root].head == Some(anchor as u32) {
        return format!("child:{}", t[root].deprel);
    }
    if t[anchor].head == Some(root as u32) {
        return format!("head:{}", t[anchor].deprel);
    }
    if let Some(h) = t[anchor].head {
        if t[root].head == Some(h) {
            return format!("sibling:{}/{}", t[anchor].deprel, t[root].deprel);
        }
    }
    if let Some(h) = t[root].head {
        if t[h as usize].head == Some(anchor as u32) {
            return format!("grandchild:{}>{}", t[h as usize].deprel, t[root].deprel);
        }
    }
    "other".into()
}

fn main() -> anyhow::Result<()> {
    let dir = std::env::args()
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("DIR"))?;
    let articles = polnear::load_split(std::path::Path::new(&dir))?;
    let pipeline = sitrep_pipeline::Pipeline::standard(sitrep_pipeline::Depth::Full)?;
    let mut anchors: HashMap<String, usize> = HashMap::new();
    let mut content_rel: HashMap<String, usize> = HashMap::new();
    let mut source_rel: HashMap<String, usize> = HashMap::new();
    for a in &articles {
        let mut doc = polnear::doc_for(&a.name, &a.text);
        pipeline.annotate(&mut doc);
        let map = CharMap::new(&doc.text);
        let bytes = |f: &Vec<(usize, usize)>| -> Vec<Span> {
            f.iter()
                .map(|&(s, e)| Span::new(map.byte_offset(s), map.byte_offset(e)))
                .collect()
        };
        for g in &a.gold.attributions {
            let Some(cue) = g.cue.as_ref() else { continue };
            let cue_tokens = tokens_in(&doc, &bytes(cue));
            let cue_roots = roots(&doc, &cue_tokens);
            let Some(&anchor) = cue_roots
                .iter()
                .find(|&&i| doc.layers.tokens[i].upos == "VERB")
                .or(cue_roots.first())
                .or(cue_tokens.first())
            else {
                continue;
            };
            let t = &doc.layers.tokens[anchor];
            *anchors
                .entry(format!("{} {}", t.upos, t.lemma.to_lowercase()))
                .or_default() += 1;
            for (role, slot, table) in [
                ("c", g.content.as_ref(), &mut content_rel),
                ("s", g.source.as_ref(), &mut source_rel),
            ] {
                let _ = role;
                let key = match slot {
                    None => "none".to_string(),
                    Some(f) => {
                        let set = tokens_in(&doc, &bytes(f));
                        let r = roots(&doc, &set);
                        match r.first() {
                            None => "empty".into(),
                            Some(&root) => relation(&doc, anchor, root, &set),
                        }
                    }
                };
                *table.entry(format!("{} {key}", t.upos)).or_default() += 1;
            }
        }
    }
    for (name, table) in [
        ("ANCHOR", &anchors),
        ("CONTENT", &content_rel),
        ("SOURCE", &source_rel),
    ] {
        let mut v: Vec<_> = table.iter().collect();
        v.sort_by(|a, b| b.1.cmp(a.1));
        println!("== {name}");
        for (k, n) in v.iter().take(70) {
            println!("{n}\t{k}");
        }
    }
    Ok(())
}
