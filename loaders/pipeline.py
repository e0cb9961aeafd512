"""Loading profile files into a store: validate everything, then one transaction per document.

All files are read and validated before the first write, so a malformed file
in a batch of ten leaves the store untouched.  Each document's facts are then
written in a single transaction: all of them or none.  Writes are MERGEs on
content keys, so loading the same file twice changes nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.errors import InputError
from graph.store import GraphStore
from graph.writer import batches_for
from loaders.graph_rows import profile_rows
from loaders.profile_io import normalise_profile, read_profile, validate_profile

PROFILE_SUFFIXES = (".json", ".yaml", ".yml")


@dataclass
class LoadReport:
    documents: int = 0
    people: int = 0
    facts: int = 0
    elapsed_s: float = 0.0
    before: dict[str, int] = field(default_factory=dict)
    after: dict[str, int] = field(default_factory=dict)

    def changes(self) -> dict[str, int]:
        keys = sorted(set(self.before) | set(self.after))
        return {
            k: self.after.get(k, 0) - self.before.get(k, 0)
            for k in keys
            if self.after.get(k, 0) != self.before.get(k, 0)
        }


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; folders contribute their profile files, sorted."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(
                sorted(f for f in p.rglob("*") if f.suffix in PROFILE_SUFFIXES and not f.name.endswith(".schema.json"))
            )
        elif p.exists():
            out.append(p)
        else:
            raise InputError("no such file or folder", file=str(p))
    return out


def graph_counts(store: GraphStore) -> dict[str, int]:
    from graph.queries import run

    counts = {r["label"]: r["count"] for r in run(store, "counts").rows}
    counts.update({r["type"]: r["count"] for r in run(store, "rel_counts").rows})
    return counts


def load_profiles(
    store: GraphStore, profiles: list[dict[str, Any]], progress: Callable[[int, int, str], None] | None = None
) -> LoadReport:
    """Write already-validated profiles, one transaction per document."""
    report = LoadReport(before=graph_counts(store))
    started = time.perf_counter()
    for i, profile in enumerate(profiles):
        rows = profile_rows(profile)
        store.write(batches_for(rows.nodes, rows.rels))
        report.documents += 1
        report.people += len(profile.get("people", []))
        report.facts += sum(len(v) for v in rows.rels.values())
        if progress:
            progress(i + 1, len(profiles), profile["document"].get("source") or "")
    report.elapsed_s = time.perf_counter() - started
    report.after = graph_counts(store)
    return report


def load_files(
    store: GraphStore, paths: Iterable[str | Path], progress: Callable[[int, int, str], None] | None = None
) -> LoadReport:
    """Validate every file first, then load them; raises InputError before any write."""
    profiles = [read_profile(p) for p in expand_paths(paths)]
    if not profiles:
        raise InputError("no profile files (.json, .yaml) found in the given paths")
    return load_profiles(store, profiles, progress)


def load_profile_dict(store: GraphStore, profile: dict[str, Any], *, source: str = "<upload>") -> LoadReport:
    """Validate and load one profile held in memory (the UI's import page)."""
    validate_profile(profile, file=source)
    return load_profiles(store, [normalise_profile(profile)])
