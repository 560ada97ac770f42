//! Inter-annotator agreement on PolNeAR: the articles of a split folder
//! annotated twice, the second annotator scored against the first with the
//! same scorer as `sitrep eval quotes` (overlap and exact span F1). A
//! ceiling for what a system can be expected to reach.
//!
//! `cargo run --release -p sitrep-attrib --example polnear_agreement -- DIR`
//! (DIR holds `attributions/`, e.g. the `train` folder of
//! `<shared>/data/polnear/train-and-extra.tar.xz` or `<shared>/data/polnear/dev`).

use std::collections::BTreeMap;
use std::path::PathBuf;

use sitrep_eval::brat::{parse_ann, polnear, score_doc, AttributionCounts};

fn main() -> anyhow::Result<()> {
    let dir = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .ok_or_else(|| anyhow::anyhow!("usage: polnear_agreement DIR"))?;
    let ann_dir = dir.join("attributions");
    let mut by_article: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    for entry in std::fs::read_dir(&ann_dir)? {
        let path = entry?.path();
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        if let Some((article, _annotator)) = stem.rsplit_once('_') {
            if path.extension().is_some_and(|x| x == "ann") {
                by_article
                    .entry(article.to_string())
                    .or_default()
                    .push(path);
            }
        }
    }
    let mut total = AttributionCounts::default();
    let mut pairs = 0;
    for files in by_article.values_mut() {
        if files.len() < 2 {
            continue;
        }
        files.sort();
        let read = |p: &PathBuf| -> anyhow::Result<_> {
            let text = std::fs::read_to_string(p)?;
            parse_ann(&text).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))
        };
        let (first, second) = (read(&files[0])?, read(&files[1])?);
        total.add(&score_doc(&second.attributions, &first));
        pairs += 1;
    }
    println!(
        "{}: {pairs} double-annotated articles (second annotator scored against the first)\n",
        dir.display()
    );
    print!("{}", polnear::table(&total));
    Ok(())
}
