"""`laomo load` takes a load a slice of documents at a time and holds one slice in memory.

A load split into slices (``slice_docs``) must give the graph and the report one slice gives:
people written by an earlier slice are found again by resolution, an earlier version of a
source written by an earlier slice is replaced, and a dry run counts what its earlier slices
would have written as existing.  The profiles may come from a generator, and only one slice
of graph rows is alive at a time.
"""

from __future__ import annotations

import copy
import gc
import json
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from graph.errors import InputError
from graph.store import GraphStore
from loaders import pipeline
from loaders.graph_rows import GraphRows, profile_rows
from loaders.pipeline import graph_counts, load_files, load_profiles
from loaders.profile_io import normalise_profile, read_profile
from tests.test_load_split import content, gongshi, report_of


def _restated(profile: dict[str, Any], sha: str) -> dict[str, Any]:
    """The first person of a 公示, named again by 焦作日报 under the mine's name alone."""
    person = copy.deepcopy(profile["people"][0])
    person["employers"] = [person["employers"][0].removesuffix("机电运转队")]
    person["positions"] = []
    return normalise_profile(
        {
            "document": {"title": "焦作日报 2021-06-02", "source": "jiaozuo-daily-2021-06-02.txt", "sha256": sha},
            "people": [person],
        }
    )


def _twice(store: GraphStore, profiles: list[dict[str, Any]], **kw: Any) -> list[tuple[dict[str, Any], Any]]:
    """The graph and report of one load in a single slice, then of the same load in slices of three."""
    out = []
    for slice_docs in (1000, 3):
        store.clear()
        report = load_profiles(store, copy.deepcopy(profiles), slice_docs=slice_docs, actor="王编辑", **kw)
        out.append((content(store), report_of(report)))
    return out


def test_a_load_in_slices_gives_the_graph_and_report_of_one_slice(store: GraphStore) -> None:
    profiles = [gongshi(n) for n in range(20)]
    profiles.append(_restated(profiles[4], "c" * 64))  # merges into a person an earlier slice wrote
    (whole, whole_report), (sliced, sliced_report) = _twice(store, profiles)
    assert sliced == whole
    assert sliced_report == whole_report
    assert [r["name"] for r in sliced["nodes"]["MergeRecord"]] == [profiles[4]["people"][0]["name"]]


def test_a_corrected_version_in_a_later_slice_replaces_the_one_an_earlier_slice_wrote(store: GraphStore) -> None:
    corrected = gongshi(1, source="gongshi-001.json", year=2022)  # same file, the year corrected
    profiles = [*(gongshi(n) for n in range(10)), corrected]
    (whole, whole_report), (sliced, sliced_report) = _twice(store, profiles)
    assert sliced == whole and sliced_report == whole_report
    assert len(sliced_report["replaced"]) == 1
    docs = {d["source"]: d["sha256"] for d in sliced["nodes"]["Document"]}
    assert docs["gongshi-001.json"] == corrected["document"]["sha256"] and len(docs) == 10


def test_a_dry_run_in_slices_reports_what_the_real_load_then_writes(store: GraphStore) -> None:
    load_profiles(store, [gongshi(n) for n in range(6)])
    more = [gongshi(n) for n in range(3, 24)]
    more.append(_restated(more[10], "d" * 64))
    planned = load_profiles(store, copy.deepcopy(more), dry_run=True, slice_docs=4)
    done = load_profiles(store, copy.deepcopy(more), slice_docs=4)
    assert report_of(planned) == report_of(done)
    assert done.nodes["Person"]["added"] == 90 and done.documents_unchanged == 3


def test_the_loader_holds_the_graph_rows_of_one_slice_at_a_time(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[weakref.ref[GraphRows]] = []
    most = [0]
    make = profile_rows

    def counted(*args: Any, **kw: Any) -> GraphRows:
        gc.collect()
        most[0] = max(most[0], sum(r() is not None for r in made) + 1)
        rows = make(*args, **kw)
        made.append(weakref.ref(rows))
        return rows

    monkeypatch.setattr("loaders.pipeline.profile_rows", counted)
    profiles = [gongshi(n) for n in range(24)]
    profiles.append(_restated(profiles[2], "e" * 64))  # a document whose rows are made twice (bound to 张…)
    load_profiles(store, copy.deepcopy(profiles), slice_docs=3)
    in_slices = most[0]
    store.clear()
    most[0] = 0
    load_profiles(store, copy.deepcopy(profiles), slice_docs=1000)
    assert in_slices <= 2 * 3  # a slice's first rows and, for documents resolution binds, their second
    assert most[0] >= len(profiles)  # one slice: every document's rows at once


def test_profiles_from_a_generator_are_read_a_slice_ahead_of_the_writes(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    taken = [0]
    at_writes: list[int] = []

    def announced() -> Iterator[dict[str, Any]]:
        for n in range(20):
            taken[0] += 1
            yield gongshi(n)

    write = store.write

    def noting(batches: Any) -> Any:
        at_writes.append(taken[0])
        return write(batches)

    monkeypatch.setattr(store, "write", noting)
    report = load_profiles(store, announced(), slice_docs=4)
    assert report.documents == 20 and report.nodes["Person"]["added"] == 100
    assert at_writes[0] <= 4 + 1  # the first slice and the next profile, no more


def test_a_large_load_of_files_reads_them_again_a_slice_at_a_time(
    store: GraphStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(12):
        (tmp_path / f"gongshi-{n:03d}.json").write_text(json.dumps(gongshi(n), ensure_ascii=False), encoding="utf-8")
    reads: list[str] = []
    read = read_profile

    def counting(path: Any) -> dict[str, Any]:
        reads.append(Path(path).name)
        return read(path)

    monkeypatch.setattr("loaders.pipeline.read_profile", counting)
    monkeypatch.setattr(pipeline, "KEEP_PEOPLE", 20)  # more people than this: not kept after validation
    report = load_files(store, [tmp_path])
    assert report.documents == 12 and graph_counts(store)["Person"] == 60
    assert len(reads) == 24  # once to validate every file, once as its slice is loaded


def test_a_bad_file_at_the_end_of_a_large_load_stops_it_before_any_write(
    store: GraphStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(12):
        (tmp_path / f"gongshi-{n:03d}.json").write_text(json.dumps(gongshi(n), ensure_ascii=False), encoding="utf-8")
    broken = gongshi(12)
    broken["people"][3].pop("name")
    (tmp_path / "gongshi-012.json").write_text(json.dumps(broken, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(pipeline, "KEEP_PEOPLE", 20)
    with pytest.raises(InputError, match=r"people\[3\]"):
        load_files(store, [tmp_path])
    assert graph_counts(store).get("Person", 0) == 0
