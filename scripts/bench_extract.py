#!/usr/bin/env python3
"""Extraction throughput on one core, in seed-length articles per minute.

Method: warm up once (jieba's dictionary loads on first use, about 2 s), then
extract the seed page and every text of tests/data/extraction for ``--rounds``
rounds in this single process, clearing the extractor's cache of jieba windows
before each text so repeated texts are not answered from it.  Throughput is
characters per second over all texts, expressed as articles of the seed's
length per minute; the seed alone is timed too.

    python3 scripts/bench_extract.py [--rounds 5]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SEED = REPO.parent / "shared" / "seed" / "000_64891347c8508dc7.txt"
CORPUS = REPO / "tests" / "data" / "extraction"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    from loaders.extract import extract_text, nlp

    seed = SEED.read_text(encoding="utf-8")
    texts = [seed] + [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    extract_text(seed)  # warm-up: dictionaries and jieba load here

    chars, started = 0, time.perf_counter()
    for _ in range(args.rounds):
        for text in texts:
            nlp.cut.cache_clear()
            extract_text(text)
            chars += len(text)
    elapsed = time.perf_counter() - started
    per_minute = chars / elapsed * 60 / len(seed)

    started = time.perf_counter()
    for _ in range(args.rounds):
        nlp.cut.cache_clear()
        extract_text(seed)
    seed_s = (time.perf_counter() - started) / args.rounds

    print(f"texts: {len(texts)} ({chars // args.rounds} characters), rounds: {args.rounds}")
    print(f"throughput: {chars / elapsed:,.0f} characters/s = {per_minute:,.0f} seed-length articles/min")
    print(f"seed page alone: {seed_s * 1000:.1f} ms = {60 / seed_s:,.0f} pages/min")
    return 0


if __name__ == "__main__":
    sys.exit(main())
