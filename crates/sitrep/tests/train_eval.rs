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

/// Trains `component` twice on `slice` with one seed and asserts the two
/// model files are identical and not empty; then runs `sitrep eval` on the
/// same slice and asserts every name in `metrics` appears in its report.
fn check_deterministic_training(component: &str, slice: &str, seed: &str, metrics: &[&str]) {
    let dir = tempfile::tempdir().expect("tempdir");
    let train = dir.path().join("train.txt");
    std::fs::write(&train, slice).expect("write slice");
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
            component,
            "--train",
            train,
            "--out",
            &out(name),
            "--seed",
            seed,
            "--epochs",
            "2",
        ]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    let a = std::fs::read(out("a.model")).expect("model a");
    assert!(!a.is_empty());
    assert_eq!(
        a,
        std::fs::read(out("b.model")).expect("model b"),
        "same seed, same model"
    );

    let o = sitrep(&["eval", component, "--gold", train]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let report = String::from_utf8_lossy(&o.stdout);
    for metric in metrics {
        assert!(report.contains(metric), "{metric} missing from\n{report}");
    }
}

#[test]
fn tagger_training_is_deterministic_and_evaluable() {
    let Some(data) = shared_data() else { return };
    let dev =
        std::fs::read_to_string(data.join("ud-english-ewt/en_ewt-ud-dev.conllu")).expect("EWT dev");
    let metrics = [
        "Tokens",
        "Sentences",
        "UPOS",
        "XPOS",
        "Lemmas",
        "UAS",
        "LAS",
    ];
    check_deterministic_training("tagger", &head_blocks(&dev, 300), "7", &metrics);
}

#[test]
fn ner_training_is_deterministic_and_eval_prints_conlleval() {
    let Some(data) = shared_data() else { return };
    let dev = std::fs::read_to_string(data.join("conll2003/conllpp_dev.txt")).expect("CoNLL dev");
    // A few hundred sentences (documents start with -DOCSTART- blocks) suffice.
    let metrics = ["precision", "recall", "FB1", "LOC", "MISC", "ORG", "PER"];
    check_deterministic_training("ner", &head_blocks(&dev, 400), "3", &metrics);
}

#[test]
fn unknown_components_are_refused_with_a_hint() {
    let o = sitrep(&["eval", "sentiment", "--gold", "x"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("use tagger, parser"));
}

/// The trigger classifier trains from the domain gold in the repository
/// (no ../shared needed): deterministic for a seed, cross-validation
/// printed, and the file loads as a trigger model.
#[test]
fn events_classifier_training_is_deterministic_and_cross_validated() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dir = tempfile::tempdir().expect("tempdir");
    let gold = root.join("gold/domain/events");
    let train = |out: &std::path::Path, folds: Option<&str>| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_sitrep"));
        cmd.args(["train", "events", "--train"])
            .arg(&gold)
            .arg("--shared")
            .arg(&root)
            .arg("--out")
            .arg(out)
            .args(["--seed", "3", "--epochs", "3", "--margin", "6"]);
        if let Some(k) = folds {
            cmd.args(["--folds", k])
                .arg("--fold-errors")
                .arg(out.with_extension("errors"));
        }
        cmd.output().expect("running sitrep")
    };
    let (a, b) = (dir.path().join("a.bin"), dir.path().join("b.bin"));
    let first = train(&a, Some("2"));
    let stdout = String::from_utf8_lossy(&first.stdout);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(stdout.contains("252 dev documents"), "{stdout}");
    assert!(
        stdout.contains("rules alone") && stdout.contains("margin 6"),
        "{stdout}"
    );
    // The held-out misses, in `eval --errors` form, name dev documents.
    let errors = std::fs::read_to_string(a.with_extension("errors")).expect("fold errors");
    assert!(
        errors
            .lines()
            .next()
            .is_some_and(|l| l.starts_with("ERR examples/domain/")),
        "{errors}"
    );
    assert!(stdout.contains("by kind at margin 6"), "{stdout}");
    assert!(train(&b, None).status.success());
    let bytes = std::fs::read(&a).expect("model a");
    assert_eq!(
        bytes,
        std::fs::read(&b).expect("model b"),
        "same seed, same file"
    );
    let model = sitrep_events::TriggerModel::from_bytes(&bytes).expect("a trigger model");
    assert_eq!(model.margin(), 6.0);
}
