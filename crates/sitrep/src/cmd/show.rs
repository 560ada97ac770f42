//! `sitrep show ID`: one stored document, readable or as contract JSON.

use anyhow::{Context, Result};
use sitrep_core::{ContractOptions, Doc, DocJson};

use super::Outcome;

pub fn run(id: &str, db: &str, json: bool) -> Result<Outcome> {
    let store = sitrep_store::open(db).with_context(|| format!("opening the store {db}"))?;
    let doc = store
        .get(id)
        .with_context(|| format!("looking up {id}"))?
        .with_context(|| format!("no document with id {id} in {db} (see `sitrep stats`)"))?;
    if json {
        let out = DocJson::from_doc(&doc, ContractOptions::default());
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        print!("{}", render(&doc));
    }
    Ok(Outcome::Clean)
}

fn render(doc: &Doc) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let m = &doc.meta;
    let _ = writeln!(s, "{}", m.title.as_deref().unwrap_or("(untitled)"));
    let _ = writeln!(s, "id:        {}", doc.id);
    let _ = writeln!(
        s,
        "source:    {} [{} record {}]",
        doc.source.path,
        doc.source.format.as_str(),
        doc.source.record
    );
    if let Some(url) = &doc.source.url {
        let _ = writeln!(s, "url:       {url}");
    }
    if let Some(p) = &m.published {
        let _ = writeln!(s, "published: {} ({:?})", p.value, p.basis);
    }
    if let Some(lang) = &m.language {
        let _ = writeln!(s, "language:  {lang}");
    }
    let l = &doc.layers;
    let _ = writeln!(
        s,
        "layers:    {} sentences, {} entities, {} times, {} quantities, {} quotes, {} events",
        l.sentences.len(),
        l.entities.len(),
        l.times.len(),
        l.quantities.len(),
        l.quotes.len(),
        l.events.len()
    );
    let _ = writeln!(s, "\n{}\n", doc.text);
    if !doc.removed.is_empty() {
        let _ = writeln!(s, "removed:");
        for r in &doc.removed {
            let _ = writeln!(s, "  [{}] {}", r.reason, r.text);
        }
    }
    s
}
