#!/usr/bin/env python3
"""Extraction throughput on one core: a thin wrapper of ``laomo bench extract``.

python3 scripts/bench_extract.py [--rounds 5] [--report docs/benchmarks.md]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.run import main

if __name__ == "__main__":
    sys.exit(main(["extract", *sys.argv[1:]]))
