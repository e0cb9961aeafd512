"""Loading profile files: validation first, one transaction per document, idempotent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.errors import InputError
from graph.store import GraphStore
from loaders.pipeline import graph_counts, load_files
from tests.conftest import SAMPLE_PROFILE


def test_loading_the_sample_twice_leaves_counts_unchanged(store: GraphStore) -> None:
    load_files(store, [SAMPLE_PROFILE])
    first = graph_counts(store)
    report = load_files(store, [SAMPLE_PROFILE])
    assert graph_counts(store) == first and report.changes() == {}
    assert first["Person"] == 7 and first["Award"] >= 14


def _broken_copy(tmp_path: Path, mutate) -> Path:
    profile = json.loads(SAMPLE_PROFILE.read_text(encoding="utf-8"))
    mutate(profile)
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(profile, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_malformed_file_names_file_and_field_and_changes_nothing(store: GraphStore, tmp_path: Path) -> None:
    load_files(store, [SAMPLE_PROFILE])
    before = graph_counts(store)
    broken = _broken_copy(tmp_path, lambda p: p["people"][0]["honors"][6].__setitem__("year", "二〇二一"))
    with pytest.raises(InputError) as err:
        load_files(store, [broken])
    assert "broken.json" in str(err.value) and "people[0].honors[6].year" in str(err.value)
    assert graph_counts(store) == before


def test_a_bad_file_among_good_ones_stops_the_load_before_any_write(store: GraphStore, tmp_path: Path) -> None:
    broken = _broken_copy(tmp_path, lambda p: p["people"][1].pop("name"))
    with pytest.raises(InputError, match=r"people\[1\]"):
        load_files(store, [SAMPLE_PROFILE, broken])
    assert graph_counts(store).get("Person", 0) == 0


def test_invalid_json_names_the_line(store: GraphStore, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"document": {}, "people": [\n{"name": "张伟",}\n]}', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.json.*line 2"):
        load_files(store, [path])


def test_same_name_people_at_different_employers_stay_apart(store: GraphStore, tmp_path: Path) -> None:
    def two_zhang_wei(p):
        p["people"] = [
            {"name": "张伟", "employers": ["焦煤集团九里山矿"]},
            {"name": "张伟", "employers": ["郑州煤矿机械集团"]},
        ]

    load_files(store, [_broken_copy(tmp_path, two_zhang_wei)])
    rows = store.read("MATCH (p:Person {name: '张伟'})-[:WORKS_AT]->(o) RETURN p.id AS id, o.name AS org").rows
    assert len({r["id"] for r in rows}) == 2


def test_every_award_has_its_evidence_sentence(seeded: GraphStore) -> None:
    rows = seeded.read(
        "MATCH (a:Award) OPTIONAL MATCH (a)-[e:EVIDENCED_BY]->(d:Document) RETURN a.raw AS raw, e.sentence AS sentence"
    ).rows
    assert rows and all(r["sentence"] and (r["raw"][-3:] in r["sentence"] or "屆" in r["raw"]) for r in rows)


def test_a_fact_seen_in_two_documents_keeps_both_sources(store: GraphStore, tmp_path: Path) -> None:
    def reprint(p):
        p["document"]["sha256"] = "0" * 64
        p["document"]["title"] = "转载"
        p["document"]["source"] = "reprints/jiaozuo-daily-2023-02-10.txt"  # the same source would replace it

    load_files(store, [SAMPLE_PROFILE, _broken_copy(tmp_path, reprint)])
    rows = store.read(
        "MATCH (a:Award {raw: '第三屆焦作工匠'})-[:EVIDENCED_BY]->(d:Document) "
        "RETURN count(DISTINCT d) AS docs, count(DISTINCT a) AS awards"
    ).rows
    assert rows == [{"docs": 2, "awards": 1}]
