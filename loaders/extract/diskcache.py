"""Compiled forms of data files (word lists, dictionaries, tag tables) kept between runs.

Which compiled table can a new process reuse instead of parsing its sources again?  One whose
sources have the same paths, sizes and modification times as when it was written.  Tables live
in the user's cache directory (``$XDG_CACHE_HOME/laomo``, else ``~/.cache/laomo``; never inside
the repository); when that directory cannot be written the table is built and used without
being kept, quietly.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

# bump when a cached table's layout changes so old files are never read as new ones
FORMAT = 1


def cache_dir() -> Path:
    """Where compiled tables are kept: ``$LAOMO_CACHE_DIR``, ``$XDG_CACHE_HOME/laomo`` or ``~/.cache/laomo``."""
    explicit = os.environ.get("LAOMO_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "laomo"


def _key(name: str, sources: Sequence[Path]) -> str:
    parts = [name, str(FORMAT)]
    for src in sources:
        try:
            st = src.stat()
            parts.append(f"{src.resolve()}:{st.st_size}:{st.st_mtime_ns}")
        except OSError:
            parts.append(f"{src}:missing")
    return hashlib.sha1("\n".join(parts).encode("utf-8")).hexdigest()[:16]


def compiled(name: str, sources: Sequence[Path], build: Callable[[], T]) -> T:
    """``build()``'s result, read from the cache when ``sources`` are unchanged since it was kept.

    A missing, stale, unreadable or unwritable cache only costs the build.  The file name holds
    a digest of the sources' paths, sizes and modification times:

    >>> len(_key("posts", [Path("data/dictionaries/posts.yaml")]))
    16
    """
    path = cache_dir() / f"{name}-{_key(name, sources)}.pickle"
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)  # type: ignore[no-any-return]
    except Exception:  # missing, truncated or from another version: rebuild
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: a concurrent process never reads half a file
        for old in path.parent.glob(f"{name}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)  # an older version of the same table
    except OSError:
        pass  # read-only home or cache dir: use the table without keeping it
    return value
