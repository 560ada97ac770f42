//! `sitrep train` is deterministic given its seed, and `sitrep eval` prints
//! the standard metrics. Small slices of the public data keep this cheap (CI
//! never retrains the committed models); skipped when ../shared is absent.

use std::path::PathBuf;
use std::process::Command;

fn shared_data() -> Option<PathBuf> {
    let dir = std::env::var_os("SITREP_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"))
        .join("data");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipping: {} not found (set SITREP_SHARED)", dir.display());
        None
    }
}

/// The first `n` sentences (blocks) of a CoNLL-style file.
fn head_blocks(text: &str, n: usize) -> String {
    text.split("\n\n").take(n).collect::<Vec<_>>().join("\n\n") + "\n\n"
}

fn sitrep(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(args)
        .output()
        .expect("running sitrep")
}

#[test]
fn tagger_training_is_deterministic_and_evaluable() {
    let Some(data) = shared_data() else { return };
    let dev =
        std::fs::read_to_string(data.join("ud-english-ewt/en_ewt-ud-dev.conllu")).expect("EWT dev");
    let dir = tempfile::tempdir().expect("tempdir");
    let train = dir.path().join("train.conllu");
    std::fs::write(&train, head_blocks(&dev, 300)).expect("write slice");
    let train = train.to_str().expect("utf-8 path");
    let out = |name: &str| {
        dir.path()
            .join(name)
            .to_str()
            .expect("utf-8 path")
            .to_string()
    };
    for name in ["a.bin", "b.bin"] {
        let o = sitrep(&[
            "train",
            "tagger",
            "--train",
            train,
            "--out",
            &out(name),
            "--seed",
            "7",
            "--epochs",
            "2",
        ]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    let a = std::fs::read(out("a.bin")).expect("model a");
    assert!(!a.is_empty());
    assert_eq!(
        a,
        std::fs::read(out("b.bin")).expect("model b"),
        "same seed, same model"
    );

    let o = sitrep(&["eval", "tagger", "--gold", train]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let table = String::from_utf8_lossy(&o.stdout);
    for metric in [
        "Tokens",
        "Sentences",
        "UPOS",
        "XPOS",
        "Lemmas",
        "UAS",
        "LAS",
    ] {
        assert!(table.contains(metric), "{metric} missing from\n{table}");
    }
}

#[test]
fn ner_training_is_deterministic_and_eval_prints_conlleval() {
    let Some(data) = shared_data() else { return };
    let dev = std::fs::read_to_string(data.join("conll2003/conllpp_dev.txt")).expect("CoNLL dev");
    let dir = tempfile::tempdir().expect("tempdir");
    let train = dir.path().join("train.txt");
    // Documents are separated by -DOCSTART- blocks; a few hundred sentences suffice.
    std::fs::write(&train, head_blocks(&dev, 400)).expect("write slice");
    let train = train.to_str().expect("utf-8 path");
    let out = |name: &str| {
        dir.path()
            .join(name)
            .to_str()
            .expect("utf-8 path")
            .to_string()
    };
    for name in ["a.model", "b.model"] {
        let o = sitrep(&[
            "train",
            "ner",
            "--train",
            train,
            "--out",
            &out(name),
            "--seed",
            "3",
            "--epochs",
            "2",
        ]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    assert_eq!(
        std::fs::read(out("a.model")).ok(),
        std::fs::read(out("b.model")).ok()
    );

    let o = sitrep(&["eval", "ner", "--gold", train]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let report = String::from_utf8_lossy(&o.stdout);
    for label in ["precision", "recall", "FB1", "LOC", "MISC", "ORG", "PER"] {
        assert!(report.contains(label), "{label} missing from\n{report}");
    }
}

#[test]
fn unknown_components_are_refused_with_a_hint() {
    let o = sitrep(&["eval", "sentiment", "--gold", "x"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("use tagger, parser"));
}
