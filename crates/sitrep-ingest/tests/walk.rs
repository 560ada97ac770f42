//! Directory inputs: recursive, sorted, hidden entries and loops skipped.

#![allow(clippy::unwrap_used)]

use std::fs;

use sitrep_ingest::{read_inputs, InputSpec, Limits};

#[test]
fn directories_are_walked_in_sorted_order_skipping_hidden_entries() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("b/nested")).unwrap();
    fs::create_dir_all(root.join(".git")).unwrap();
    fs::write(root.join("c.txt"), "Third report.").unwrap();
    fs::write(root.join("a.html"), "<html><body>First</body></html>").unwrap();
    fs::write(root.join("b/nested/deep.txt"), "Deep report.").unwrap();
    fs::write(
        root.join("b/b1.jsonl"),
        "{\"text\": \"one\"}\n{\"text\": \"two\"}\n",
    )
    .unwrap();
    fs::write(root.join(".hidden.txt"), "Should not be read.").unwrap();
    fs::write(root.join(".git/config"), "[core]").unwrap();
    fs::write(root.join("empty.txt"), "").unwrap();

    let mut inputs = read_inputs(vec![InputSpec::Path(root.to_path_buf())], Limits::default());
    let results: Vec<_> = inputs.by_ref().collect();
    let names: Vec<String> = results
        .iter()
        .map(|r| match r {
            Ok(doc) => format!("{}#{}", doc.source.path, doc.source.record),
            Err(err) => format!("ERR {}", err.path),
        })
        .map(|name| name.replace(&root.display().to_string(), ""))
        .collect();
    assert_eq!(
        names,
        [
            "/a.html#0",
            "/b/b1.jsonl#0",
            "/b/b1.jsonl#1",
            "/b/nested/deep.txt#0",
            "/c.txt#0",
            "ERR /empty.txt",
        ]
    );
    assert_eq!(inputs.stats().inputs, 5);
    assert_eq!(inputs.stats().documents, 5);
    assert_eq!(inputs.stats().errors, 1);
}

#[cfg(unix)]
#[test]
fn symlink_loops_are_walked_once() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("reports")).unwrap();
    fs::write(root.join("reports/one.txt"), "Only report.").unwrap();
    std::os::unix::fs::symlink(root, root.join("reports/loop")).unwrap();
    std::os::unix::fs::symlink(root.join("nowhere"), root.join("reports/broken")).unwrap();
    let results: Vec<_> =
        read_inputs(vec![InputSpec::Path(root.to_path_buf())], Limits::default()).collect();
    let docs: Vec<_> = results.iter().filter_map(|r| r.as_ref().ok()).collect();
    assert_eq!(docs.len(), 1);
    let errors: Vec<_> = results.iter().filter_map(|r| r.as_ref().err()).collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].path.ends_with("broken"));
}

#[test]
fn explicit_files_and_directories_mix_in_the_given_order() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("d")).unwrap();
    fs::write(root.join("d/x.txt"), "In the directory.").unwrap();
    fs::write(
        root.join(".explicit.txt"),
        "Named explicitly, so read although hidden.",
    )
    .unwrap();
    let inputs = vec![
        InputSpec::Path(root.join(".explicit.txt")),
        InputSpec::Path(root.join("d")),
    ];
    let docs: Vec<_> = read_inputs(inputs, Limits::default())
        .map(Result::unwrap)
        .collect();
    assert_eq!(docs.len(), 2);
    assert!(docs[0].source.path.ends_with(".explicit.txt"));
    assert!(docs[1].source.path.ends_with("x.txt"));
}
