//! Trains the tagger, lemmatizer or parser on UD English EWT.
//!
//! `cargo run --release -p sitrep-nlp --example train -- tagger|lemma|parser [--seed N] [--epochs N] [--out FILE]`
//! Reads `$SITREP_SHARED/data/ud-english-ewt/` (train .conllu.xz, dev .conllu).

use std::time::Instant;

use sitrep_nlp::corpus::{read_conllu_path, shared_dir};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let what = args.first().cloned().unwrap_or_default();
    let flag = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let seed: u64 = flag("--seed").map_or(Ok(1), |s| s.parse())?;
    let data = shared_dir().join("data/ud-english-ewt");
    let train = read_conllu_path(data.join("en_ewt-ud-train.conllu.xz"))?;
    let dev = read_conllu_path(data.join("en_ewt-ud-dev.conllu"))?;
    let models = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../models");
    let started = Instant::now();
    match what.as_str() {
        "tagger" => {
            let epochs: usize = flag("--epochs").map_or(Ok(8), |s| s.parse())?;
            let (bytes, report) = sitrep_nlp::tagger::train_tagger(&train, &dev, seed, epochs);
            let out = flag("--out").map_or_else(|| models.join("tagger.bin"), Into::into);
            std::fs::write(&out, &bytes)?;
            println!("{report:#?}");
            println!("wrote {} ({} bytes)", out.display(), bytes.len());
        }
        "lemma" => {
            let epochs: usize = flag("--epochs").map_or(Ok(8), |s| s.parse())?;
            let (bytes, report) = sitrep_nlp::lemma::train_lemmatizer(&train, &dev, seed, epochs);
            let out = flag("--out").map_or_else(|| models.join("lemma.bin"), Into::into);
            std::fs::write(&out, &bytes)?;
            println!("{report:#?}");
            println!("wrote {} ({} bytes)", out.display(), bytes.len());
        }
        "parser" => {
            let epochs: usize = flag("--epochs").map_or(Ok(10), |s| s.parse())?;
            // `--jackknife` trains on 5-fold jackknifed tags instead of gold tags.
            let (bytes, report) = if args.iter().any(|a| a == "--jackknife") {
                sitrep_nlp::parser::train_parser_jackknifed(&train, &dev, seed, epochs)
            } else {
                sitrep_nlp::parser::train_parser(&train, &dev, seed, epochs)
            };
            let out = flag("--out").map_or_else(|| models.join("parser.bin"), Into::into);
            std::fs::write(&out, &bytes)?;
            println!("{report:#?}");
            println!("wrote {} ({} bytes)", out.display(), bytes.len());
        }
        other => {
            return Err(format!("unknown component {other:?}: use tagger, lemma or parser").into())
        }
    }
    println!("trained in {:.1} s", started.elapsed().as_secs_f64());
    Ok(())
}
