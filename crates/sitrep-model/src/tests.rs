//! Unit tests of the learner and the file format.

use crate::*;

/// A toy problem: class = which of three "signal" words the instance holds,
/// plus random noise features. Linearly separable.
fn toy_instances(seed: u64, n: usize) -> Vec<(Vec<u64>, usize)> {
    let mut rng = SplitMix64::new(seed);
    let signals = ["red", "green", "blue"];
    (0..n)
        .map(|_| {
            let class = rng.below(3);
            let mut feats = vec![
                feature_hash(0, &["bias"]),
                feature_hash(1, &[signals[class]]),
            ];
            for _ in 0..3 {
                let noise = format!("n{}", rng.below(50));
                feats.push(feature_hash(2, &[&noise]));
            }
            (feats, class)
        })
        .collect()
}

/// Asserts that `weights` classify a fresh sample of the toy problem
/// without error.
fn assert_separates(weights: &Weights) {
    let test = toy_instances(2, 200);
    let correct = test
        .iter()
        .filter(|(f, t)| weights.predict(f) == *t)
        .count();
    assert_eq!(correct, test.len(), "toy problem is separable");
}

fn train(seed: u64) -> Weights {
    let mut data = toy_instances(1, 300);
    let mut rng = SplitMix64::new(seed);
    let mut trainer = Trainer::new(3);
    for _ in 0..5 {
        rng.shuffle(&mut data);
        for (feats, truth) in &data {
            let guess = trainer.predict(feats);
            trainer.update(feats, *truth, guess);
            trainer.tick();
        }
    }
    trainer.finish(0.0)
}

#[test]
fn learns_a_separable_problem() {
    let weights = train(9);
    assert_separates(&weights);
    assert_eq!(weights.n_classes(), 3);
    assert!(weights.n_features() > 3);
    assert!(weights.weight(feature_hash(1, &["red"]), 0) > 0.0);
}

#[test]
fn averaging_is_a_time_average() {
    let mut trainer = Trainer::new(2);
    let f = [feature_hash(0, &["x"])];
    trainer.update_with(&f, 0, 1.0); // weight 1 during instance 0..4
    for _ in 0..4 {
        trainer.tick();
    }
    trainer.update_with(&f, 0, -1.0); // weight 0 during instance 4..8
    for _ in 0..4 {
        trainer.tick();
    }
    let weights = trainer.finish(0.0);
    assert!((weights.weight(f[0], 0) - 0.5).abs() < 1e-3);
}

#[test]
fn pruning_drops_small_weights() {
    let mut trainer = Trainer::new(2);
    trainer.update_with(&[11], 0, 0.01);
    trainer.update_with(&[12], 1, 2.0);
    trainer.tick();
    let weights = trainer.finish(0.1);
    assert_eq!(weights.n_features(), 1);
    assert_eq!(weights.weight(11, 0), 0.0);
    assert!(weights.weight(12, 1) > 1.9);
}

#[test]
fn same_seed_same_model_different_seed_differs() {
    let a = train(5);
    let b = train(5);
    assert_eq!(a, b);
    let model = |w: Weights| ModelFile {
        kind: "toy".into(),
        version: 1,
        labels: vec![],
        weights: w,
        extra: vec![],
    };
    assert_eq!(model(a.clone()).to_bytes(), model(b).to_bytes());
    let c = train(6);
    assert_ne!(model(a).to_bytes(), model(c).to_bytes());
}

#[test]
fn save_load_round_trip() {
    let weights = train(3);
    let model = ModelFile {
        kind: "toy".into(),
        version: 4,
        labels: vec!["red".into(), "green".into(), "blue".into()],
        weights,
        extra: vec![("lexicon".into(), encode_strings(&["a", "bé", ""]))],
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("toy.model");
    model.save(&path).unwrap();
    let loaded = ModelFile::load(&path).unwrap();
    assert_eq!(loaded, model);
    assert_eq!(
        decode_strings(loaded.extra("lexicon").unwrap()).unwrap(),
        vec!["a", "bé", ""]
    );
    let test = toy_instances(4, 50);
    for (feats, _) in &test {
        let mut x = [0.0; 3];
        let mut y = [0.0; 3];
        model.weights.scores(feats, &mut x);
        loaded.weights.scores(feats, &mut y);
        assert_eq!(x, y);
    }
    assert!(ModelFile::from_bytes_of_kind(&model.to_bytes(), "toy").is_ok());
    assert!(matches!(
        ModelFile::from_bytes_of_kind(&model.to_bytes(), "parser"),
        Err(ModelError::WrongKind { .. })
    ));
}

#[test]
fn malformed_files_are_errors_not_panics() {
    let model = ModelFile {
        kind: "toy".into(),
        version: 1,
        labels: vec!["a".into()],
        weights: train(1),
        extra: vec![],
    };
    let bytes = model.to_bytes();
    assert!(matches!(
        ModelFile::from_bytes(b"nope"),
        Err(ModelError::BadMagic)
    ));
    for cut in [8, 12, 20, bytes.len() / 2, bytes.len() - 1] {
        assert!(
            ModelFile::from_bytes(&bytes[..cut]).is_err(),
            "cut at {cut}"
        );
    }
    let mut flipped = bytes.clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 0x40;
    assert!(ModelFile::from_bytes(&flipped).is_err());
    assert!(decode_strings(&[5, 0, 0, 0, 1]).is_err());
    assert!(matches!(
        ModelFile::load("/nonexistent/dir/model.bin"),
        Err(ModelError::Read { .. })
    ));
}

#[test]
fn fit_learns_the_toy_problem_deterministically() {
    let data = toy_instances(1, 300);
    let fit = |seed| {
        Trainer::fit(
            3,
            data.len(),
            |k| (data[k].0.as_slice(), data[k].1),
            5,
            seed,
        )
        .finish(0.0)
    };
    let weights = fit(9);
    assert_separates(&weights);
    let key = feature_hash(1, &["red"]);
    assert_eq!(
        weights.weight(key, 0),
        fit(9).weight(key, 0),
        "same seed, same weights"
    );
}

#[test]
fn frequent_strings_keeps_those_seen_often_enough_sorted() {
    let seen = ["sign", "meet", "sign", "ratify", "meet", "sign", "host"];
    assert_eq!(frequent_strings(seen, 2), vec!["meet", "sign"]);
    assert_eq!(
        frequent_strings(seen, 1),
        vec!["host", "meet", "ratify", "sign"]
    );
    assert!(frequent_strings(seen, 4).is_empty());
}
