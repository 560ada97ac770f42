#!/usr/bin/env python3
"""Run trafilatura on the shared HTML gold sets and write its outputs as JSON.

Output shape (read by `cargo run -p sitrep-clean --example eval_html -- --trafilatura-json FILE`):
{"trafilatura-eval": {<file name>: <text or null>},
 "newspaper4k": {<page name>: {"text", "title", "author", "date"}},
 "versions": {...}, "seconds": {...}}

trafilatura settings match its own evaluation (include_comments=False,
include_tables=True, include_formatting=False, default "fallback" mode);
pages are passed as raw bytes so trafilatura does its own charset decoding.
"""
import argparse
import json
import os
import sys
import tarfile
import time

import trafilatura


def shared_dir():
    here = os.path.dirname(os.path.abspath(__file__))
    return os.environ.get("SITREP_SHARED", os.path.join(here, "..", "..", "shared"))


def read_archive(path):
    files = {}
    with tarfile.open(path, "r:xz") as archive:
        for member in archive.getmembers():
            if member.isfile():
                handle = archive.extractfile(member)
                if handle is not None:
                    files[member.name.lstrip("./") if member.name.startswith("./") else member.name] = handle.read()
    return files


def run_trafilatura_eval(root):
    files = read_archive(os.path.join(root, "data/trafilatura-eval/trafilatura-eval.tar.xz"))
    evaldata = json.loads(files["evaldata.json"])
    out = {}
    for url, item in evaldata.items():
        name = item["file"]
        raw = files.get("cache/" + name) or files.get("eval/" + name)
        try:
            out[name] = trafilatura.extract(raw, url=url, include_comments=False, include_tables=True,
                                            include_formatting=False)
        except Exception as exc:  # a crash counts as a full miss, as in trafilatura's own evaluation
            print(f"{name}: {exc}", file=sys.stderr)
            out[name] = None
    return out


def run_newspaper4k(root):
    files = read_archive(os.path.join(root, "data/newspaper4k-testpages/newspaper4k-testdata.tar.xz"))
    out = {}
    for key, raw in sorted(files.items()):
        if not (key.startswith("data/html/") and key.endswith(".html")):
            continue
        name = key[len("data/html/"):-len(".html")]
        meta_raw = files.get(f"data/metadata/{name}.json")
        url = json.loads(meta_raw).get("url") if meta_raw else None
        try:
            result = trafilatura.bare_extraction(raw, url=url, include_comments=False, include_tables=True,
                                                 with_metadata=True)
        except Exception as exc:
            print(f"{name}: {exc}", file=sys.stderr)
            result = None
        if result is not None and not isinstance(result, dict):
            result = result.as_dict() if hasattr(result, "as_dict") else vars(result)
        result = result or {}
        out[name] = {k: result.get(k) for k in ("text", "title", "author", "date")}
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="target/trafilatura-baseline.json")
    args = parser.parse_args()
    root = shared_dir()
    started = time.time()
    result = {"trafilatura-eval": run_trafilatura_eval(root)}
    eval_seconds = time.time() - started
    result["newspaper4k"] = run_newspaper4k(root)
    result["versions"] = {"trafilatura": trafilatura.__version__, "python": sys.version.split()[0]}
    result["seconds"] = {"trafilatura-eval": round(eval_seconds, 2)}
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as handle:
        json.dump(result, handle, ensure_ascii=False)
    print(f"wrote {args.out}: {len(result['trafilatura-eval'])} trafilatura-eval pages in {eval_seconds:.1f} s, "
          f"{len(result['newspaper4k'])} newspaper4k pages (trafilatura {trafilatura.__version__})")


if __name__ == "__main__":
    main()
