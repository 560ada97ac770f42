//! Raw-text scores with gold sentence boundaries imposed on our tokens:
//! how much the sentence splitter costs. `-- SPLIT [MODEL_DIR]`
use std::io::BufReader;

use sitrep_eval::conllu::{ConlluSentence, ConlluWord};
use sitrep_nlp::corpus::shared_dir;
use sitrep_nlp::{treebank_text, CoreModels};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let split = std::env::args().nth(1).unwrap_or_else(|| "dev".into());
    let models = match std::env::args().nth(2) {
        Some(d) => CoreModels::load_dir(std::path::Path::new(&d))?,
        None => CoreModels::embedded()?,
    };
    let data = shared_dir().join("data/ud-english-ewt");
    let file = std::fs::File::open(data.join(format!("en_ewt-ud-{split}.conllu")))?;
    let gold = sitrep_eval::conllu::read_conllu(BufReader::new(file))?;
    let text = treebank_text(&gold);
    // Gold sentence end offsets: recompute by walking raw texts.
    let mut ends = Vec::new();
    let mut pos = 0;
    for (i, s) in gold.iter().enumerate() {
        if i > 0 {
            pos += if s.newpar || s.newdoc { 2 } else { 1 };
        }
        pos += s.raw_text().len();
        ends.push(pos);
    }
    let (tokens, _) = sitrep_text::sentences::tokenize_and_split(&text);
    let mut out = Vec::new();
    let mut cur: Vec<&str> = Vec::new();
    let mut e = 0;
    let flush = |cur: &mut Vec<&str>, out: &mut Vec<ConlluSentence>| {
        if cur.is_empty() {
            return;
        }
        let a = models.analyze(cur);
        let words = cur
            .iter()
            .zip(&a)
            .enumerate()
            .map(|(i, (f, a))| ConlluWord {
                id: i as u32 + 1,
                form: f.to_string(),
                lemma: a.lemma.clone(),
                upos: a.upos.clone(),
                xpos: a.xpos.clone(),
                feats: "_".into(),
                head: Some(a.head.map_or(0, |h| h + 1)),
                deprel: a.deprel.clone(),
                deps: "_".into(),
                misc: "_".into(),
            })
            .collect();
        out.push(ConlluSentence {
            words,
            ..Default::default()
        });
        cur.clear();
    };
    for t in &tokens {
        while e < ends.len() && t.span.start >= ends[e] {
            flush(&mut cur, &mut out);
            e += 1;
        }
        cur.push(&text[t.span.start..t.span.end]);
    }
    flush(&mut cur, &mut out);
    let scores = sitrep_eval::ud::evaluate(&gold, &out)?;
    println!("{}", scores.table());
    Ok(())
}
