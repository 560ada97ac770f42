#!/usr/bin/env python3
"""Prints candidate numbers with context, to annotate quantities by hand.

usage: candidates.py SHARED_RELATIVE_PATH[#member] ...
  e.g. candidates.py 'data/bbc-news/bbc-fulltext.tar.xz#bbc/business/001.txt' corpus/000_c1b9d8535207b91c.txt

For each number-looking token it prints: path, char start, char end, and the
text around it. It proposes nothing about value, qualifier or object: those
are typed by the annotator into a .tsv row (see README.md).
"""
import os, re, sys, tarfile

SHARED = os.environ.get("SITREP_SHARED") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared")
WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozens?|hundreds|thousands|millions|half|third|quarter|several"
PATTERN = re.compile(r"[$£€]?\d[\d,.]*(?:bn|m|%)?|\b(?:" + WORDS + r")\b", re.I)

def read(spec):
    path, _, member = spec.partition("#")
    full = os.path.join(SHARED, path)
    if member:
        with tarfile.open(full) as tar:
            return tar.extractfile(member).read().decode("utf-8", "replace")
    return open(full, encoding="utf-8").read()

for spec in sys.argv[1:]:
    text = read(spec)
    for m in PATTERN.finditer(text):
        a, b = m.start(), m.end()
        ctx = text[max(0, a - 50):a] + "[[" + text[a:b] + "]]" + text[b:b + 50]
        print(f"{spec}\t{a}\t{b}\t{ctx.replace(chr(10), ' ')}")
