"""Room on the disk before the embedded store writes: a full disk is refused, not met mid-write.

ladybug 0.22 does not survive running out of space inside a transaction: the
process aborts (``std::terminate`` on an ``IOException`` writing the WAL) and the
torn WAL fails its checksum, so the file no longer opens.  The embedded store
therefore asks for room before each write transaction and schema change: the
write's own size twice over (WAL, then checkpoint) plus a margin for the
checkpoint of what the WAL already holds.  Short of that it raises
``StoreError`` saying "disk full" and naming the store, before anything is written.

The margin is ``LAOMO_MIN_FREE_MB`` (default 64 MB: ladybug checkpoints its WAL
at 16 MB, and a checkpoint rewrites at most about as much again).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from graph.errors import StoreError

MIB = 1024 * 1024
DEFAULT_MIN_FREE_MB = 64


def min_free_bytes() -> int:
    """The margin kept free beyond a write's own size (``LAOMO_MIN_FREE_MB``, default 64).

    >>> min_free_bytes() == int(os.environ.get("LAOMO_MIN_FREE_MB", DEFAULT_MIN_FREE_MB)) * MIB
    True
    """
    raw = os.environ.get("LAOMO_MIN_FREE_MB", "").strip()
    try:
        mb = float(raw) if raw else DEFAULT_MIN_FREE_MB
    except ValueError as exc:
        raise StoreError(f"LAOMO_MIN_FREE_MB must be a number of megabytes, not {raw!r}") from exc
    return int(mb * MIB)


def write_size(rows: Iterable[Any]) -> int:
    """A rough byte size of the rows a write carries (their text form).

    >>> write_size([[{"id": "p-1", "name": "张伟"}]]) > 10
    True
    """
    return sum(len(str(r).encode("utf-8")) for r in rows)


def check_free(path: Path, *, need: int = 0) -> None:
    """Refuse with StoreError ("disk full", naming ``path``) unless ``2 × need`` + the margin is free."""
    where = Path(path).resolve()
    probe = where if where.is_dir() else where.parent
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    free = shutil.disk_usage(probe).free
    wanted = 2 * need + min_free_bytes()
    if free < wanted:
        raise StoreError(
            f"disk full: only {free / MIB:.1f} MB free on the disk of the embedded store {where}, "
            f"a write there needs {wanted / MIB:.1f} MB (LAOMO_MIN_FREE_MB={min_free_bytes() // MIB} plus the write); "
            "nothing was written: free some space and load again"
        )
