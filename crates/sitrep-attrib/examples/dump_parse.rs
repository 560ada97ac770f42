//! Prints the tokens, tags and dependency parse of a text file as the full
//! pipeline sees it, then the quotes and claims the attribution stage finds.
//! A development aid: `cargo run -p sitrep-attrib --example dump_parse -- FILE`.

use sitrep_core::{Doc, Source, SourceFormat, Stage};

fn main() -> anyhow::Result<()> {
    let path = std::env::args()
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("usage: dump_parse FILE"))?;
    let text = std::fs::read_to_string(&path)?;
    let pipeline = sitrep_pipeline::Pipeline::standard(sitrep_pipeline::Depth::Full)?;
    let source = Source {
        path: path.clone(),
        url: None,
        format: SourceFormat::Text,
        record: 0,
    };
    let mut doc = Doc::new("dev".into(), source, String::new(), text);
    pipeline.annotate(&mut doc);
    sitrep_attrib::AttributionStage.run(&mut doc);
    let tokens = &doc.layers.tokens;
    // Why each token is or is not a cue of the learned model.
    let why = sitrep_attrib::roles::RoleModel::embedded()
        .map(|m| sitrep_attrib::roles::diagnose(&doc, m))
        .unwrap_or_default();
    for (si, sentence) in doc.layers.sentences.iter().enumerate() {
        println!(
            "# sentence {si} [{}..{})",
            sentence.span.start, sentence.span.end
        );
        for i in sentence.tokens.0..sentence.tokens.1 {
            let t = &tokens[i as usize];
            let head = t.head.map(|h| h.to_string()).unwrap_or_else(|| "-".into());
            let cue = match why.get(i as usize) {
                Some(None) => "CUE".to_string(),
                Some(Some(sitrep_attrib::roles::Rejected::Margin(m))) => format!("margin {m:.1}"),
                _ => String::new(),
            };
            println!(
                "{i}\t{}\t{}\t{}\t{}\t{}\t{}\t{cue}",
                doc.slice(t.span),
                t.upos,
                t.xpos,
                t.lemma,
                head,
                t.deprel
            );
        }
    }
    for e in &doc.layers.entities {
        println!(
            "ENT {:?} {:?} -> {}",
            e.label,
            doc.slice(e.span),
            e.canonical
        );
    }
    for q in &doc.layers.quotes {
        println!(
            "QUOTE direct={} cue={:?} speaker={:?} title={:?} outlet={:?} src={:?}\n   content={:?}",
            q.direct,
            q.cue.map(|c| doc.slice(c)),
            q.speaker,
            q.speaker_title,
            q.outlet,
            q.speaker_span.map(|c| doc.slice(c)),
            doc.slice(q.content)
        );
    }
    for c in &doc.layers.claims {
        println!(
            "CLAIM {:?} cue={:?}: {:?}",
            c.attribution,
            c.cue.map(|x| doc.slice(x)),
            doc.slice(c.span)
        );
    }
    Ok(())
}
