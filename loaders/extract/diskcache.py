"""Compiled forms of data files (word lists, dictionaries, tag tables) kept between runs.

Which compiled table can a new process reuse instead of parsing its sources again?  One whose
sources have the same paths, sizes and modification times as when it was written.  Tables live
in the user's cache directory (``$XDG_CACHE_HOME/laomo``, else ``~/.cache/laomo``; never inside
the repository); when that directory cannot be written the table is built and used without
being kept, quietly.
"""

from __future__ import annotations

import array
import hashlib
import os
import pickle
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar
from zlib import crc32

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


def parsed_yaml(path: Path) -> Any:
    """A YAML data file as parsed (libyaml's C loader when present), kept parsed in the user cache:
    parsing the word lists is ~20 ms CPU of a one-file ``laomo extract`` (start-up)."""
    return compiled(f"yaml-{path.stem}", [path], lambda: _parse_yaml(path))


def _parse_yaml(path: Path) -> Any:
    import yaml  # only when a file changed: a start that reads the cache never imports it

    return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


# ------------------------------------------------------------ packed word tables

_VALUE_BYTES = 8  # a word's value: ``freq << 8 | tag number``, little-endian
_MEMO_LIMIT = 1_000_000  # remembered look-ups (words and non-words) before the memo starts again


def pack_words(words: dict[str, int]) -> tuple[bytes, bytes]:
    """``words`` (values 0 ≤ v < 2**64) as two byte strings that load without building a string each.

    Records are ``[key length][UTF-8 key][value]`` after one pad byte; the index (uint32) holds
    each record's offset (0 = empty) at ``crc32(key) & mask``, probing on to the next slot.

    >>> table = PackedWords(*pack_words({"劳模": 7, "工匠": 0}))
    >>> table.get("劳模"), table.get("工匠", 5), table.get("工人", 5)
    (7, 0, 5)
    """
    size = 1 << max(4, (len(words) * 5 // 2).bit_length())  # load factor at most 0.4
    mask = size - 1
    index = [0] * size
    records = bytearray(b"\0")
    for word, value in words.items():
        key = word.encode("utf-8")
        if len(key) > 255:
            continue  # no dictionary word is this long; cut() never asks for one
        i = crc32(key) & mask
        while index[i]:
            i = (i + 1) & mask
        index[i] = len(records)
        records += bytes((len(key),)) + key + value.to_bytes(_VALUE_BYTES, "little")
    if len(records) >= 1 << 32:
        raise ValueError("word table too large for 32-bit offsets")
    return array.array("I", index).tobytes(), bytes(records)


class PackedWords:
    """A read-only ``dict.get`` over a packed table (see :func:`pack_words`); looked-up words
    (and non-words) are remembered, so a long run pays the index's cost once per distinct word."""

    def __init__(self, index: bytes, records: bytes) -> None:
        self._index = memoryview(index).cast("I")
        self._mask = len(self._index) - 1
        self._records = records
        self._memo: dict[str, int] = {}

    def get(self, word: str, default: int = 0) -> int:
        value = self.lookup(word)
        return value if value >= 0 else default

    def lookup(self, word: str) -> int:
        """``word``'s value, or -1 when the table does not hold it."""
        value = self._memo.get(word)
        if value is None:
            value = self._find(word)
            if len(self._memo) >= _MEMO_LIMIT:
                self._memo.clear()
            self._memo[word] = value
        return value

    def remembered(self) -> Callable[[str], int | None]:
        """The memo's ``get``: a remembered word's value (-1 for a non-word), None if not looked up
        yet (a caller in a tight loop tries it before :meth:`lookup`, saving a call per hit)."""
        return self._memo.get

    def clear_memo(self) -> None:
        """Forget the remembered look-ups (benchmarks measure a text as if it were the first)."""
        self._memo.clear()

    def _find(self, word: str) -> int:
        key = word.encode("utf-8")
        n = len(key)
        index, records, mask = self._index, self._records, self._mask
        i = crc32(key) & mask
        while True:
            off = index[i]
            if not off:
                return -1
            if records[off] == n and records[off + 1 : off + 1 + n] == key:
                return int.from_bytes(records[off + 1 + n : off + 1 + n + _VALUE_BYTES], "little")
            i = (i + 1) & mask
