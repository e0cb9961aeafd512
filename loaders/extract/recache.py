"""Compiled regular expressions kept between runs: the start-up of a one-file ``laomo extract``.

The extractor's rules are about 500 regular expressions, compiled at import and on the first
document.  Python's ``re`` compiles a pattern in Python code (parse, then code generation), about
0.25 ms a pattern: ~0.13 s of every short run.  :func:`install` (called by ``laomo extract``, the
composition root; the library itself never calls it) keeps the compiled form of the patterns this
project's code compiles in the user cache (``loaders.extract.diskcache.cache_dir``) and, in a later
process, builds the pattern object from it directly, skipping parse and code generation.

The result is the same pattern object: ``re``'s own last step (``_sre.compile``) is called with
the same arguments ``re._compiler.compile`` would compute (CPython 3.11–3.13 share that step).
Anything unexpected turns it off: another Python implementation, ``re`` internals that differ
(:func:`install` first checks a probe pattern against ``re``'s own compile), an unreadable or
unwritable cache.  The cache file is keyed by the exact Python build and the regex engine's
version and holds the patterns the last run used (at most ``LIMIT``); a run that used exactly
those does not write it.
"""

from __future__ import annotations

import atexit
import hashlib
import importlib
import marshal
import os
import sys
import threading
from pathlib import Path
from typing import Any

LIMIT = 4000  # patterns kept at most (a long run's per-document patterns)
_ROOT = str(Path(__file__).resolve().parents[2]) + os.sep  # this project's code: loaders/, graph/ …
_RE_DIR = os.path.dirname(os.path.abspath(os.__file__)) + os.sep + "re" + os.sep  # the standard library's re

_lock = threading.Lock()
_installed = False


def _engine() -> tuple[Any, Any, Any] | None:
    """``(re._compiler, re._parser, _sre)`` when this Python has the internals used here, else None."""
    if sys.implementation.name != "cpython" or sys.version_info < (3, 11):
        return None
    try:
        import _sre

        _compiler = importlib.import_module("re._compiler")
        _parser = importlib.import_module("re._parser")
    except ImportError:
        return None
    if not all(hasattr(m, a) for m, a in ((_compiler, "compile"), (_compiler, "_code"), (_parser, "parse"))):
        return None
    return _compiler, _parser, _sre


def _arguments(compiler: Any, parser: Any, pattern: str, flags: int) -> tuple[Any, ...]:
    """What ``re._compiler.compile(pattern, flags)`` hands to ``_sre.compile`` after the pattern."""
    p = parser.parse(pattern, flags)
    code = [int(c) for c in compiler._code(p, flags)]  # opcodes are int subclasses marshal cannot write
    groupindex = dict(p.state.groupdict)
    indexgroup: list[str | None] = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return flags | p.state.flags, code, p.state.groups - 1, groupindex, tuple(indexgroup)


def cache_file() -> Path:
    """The cache of this Python build and regex engine (``regex-<digest>.marshal`` in the cache dir)."""
    import _sre

    from loaders.extract.diskcache import cache_dir

    key = f"{sys.version}|{sys.executable}|{_sre.MAGIC}|{_sre.CODESIZE}|{_sre.MAXREPEAT}|{_sre.MAXGROUPS}"
    return cache_dir() / f"regex-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}.marshal"


def install() -> bool:
    """Let ``re`` reuse compiled patterns kept by earlier runs; True when active.  Idempotent.

    Set ``LAOMO_REGEX_CACHE=0`` to turn it off.
    """
    global _installed
    with _lock:
        if _installed:
            return True
        if os.environ.get("LAOMO_REGEX_CACHE", "1") == "0":
            return False
        engine = _engine()
        if engine is None:
            return False
        compiler, parser, sre = engine
        original = compiler.compile
        probe = r"(?P<unit>[\u4e00-\u9fff]{2,20}?(?:公司|工会))(?:、(?P=unit))*(?<!副)(?i:gb/t)\s*$"
        try:
            if sre.compile(probe, *_arguments(compiler, parser, probe, 0)) != original(probe, 0):
                return False  # re's internals are not the ones this module knows
        except Exception:
            return False
        path = cache_file()
        try:
            loaded = marshal.loads(path.read_bytes())
            table: dict[tuple[str, int], tuple[Any, ...]] = loaded if isinstance(loaded, dict) else {}
        except Exception:  # missing, truncated, from another version: start empty
            table = {}
        used: set[tuple[str, int]] = set()
        new: dict[tuple[str, int], tuple[Any, ...]] = {}

        def compile(p: Any, flags: int = 0) -> Any:
            if type(p) is str and not flags & compiler.SRE_FLAG_DEBUG:
                key = (p, int(flags))
                args = table.get(key) or new.get(key)
                if args is None and _ours(sys._getframe(1)):
                    args = new[key] = _arguments(compiler, parser, p, flags)
                if args is not None:
                    try:
                        pattern = sre.compile(p, *args)
                    except Exception:  # a damaged entry: re's own compile, and it is not kept
                        table.pop(key, None)
                        new.pop(key, None)
                    else:
                        used.add(key)
                        return pattern
            return original(p, flags)

        def save() -> None:
            if not new and len(used) == len(table):
                return  # the file holds exactly what this run used
            # what this run used: module patterns are used by every run, a document's own
            # patterns only by runs on that document, so the file never grows past one run's
            keep: dict[tuple[str, int], tuple[Any, ...]] = {}
            for k in used:
                args = new.get(k) or table.get(k)
                if args is not None and len(keep) < LIMIT:
                    keep[k] = args
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
                tmp.write_bytes(marshal.dumps(keep))
                os.replace(tmp, path)  # atomic: a concurrent process never reads half a file
            except (OSError, ValueError):
                pass  # read-only cache (or an entry marshal cannot write): compile as usual next time

        compiler.compile = compile
        atexit.register(save)
        _installed = True
        return True


def _ours(frame: Any) -> bool:
    """Whether a pattern is compiled by this project's code (not by a library's regexes)."""
    while frame is not None and frame.f_code.co_filename.startswith(_RE_DIR):
        frame = frame.f_back  # re._compile, re.compile / re.search …
    if frame is None:
        return False
    name = frame.f_code.co_filename
    return name.startswith(_ROOT) and "site-packages" not in name
