"""Re-importing a corrected document, removing a document, and dry runs — on both stores."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from graph import export
from graph.errors import InputError
from graph.store import GraphStore
from loaders.pipeline import graph_counts, load_files, load_profiles
from loaders.profile_io import normalise_profile
from loaders.removal import remove_document
from tests.conftest import SAMPLE_PROFILE


def doc(sha: str, source: str, persons: list[dict[str, Any]]) -> dict[str, Any]:
    return normalise_profile(
        {
            "document": {"title": f"名单 {source}", "source": source, "sha256": sha * 64, "date": "2023-05"},
            "people": copy.deepcopy(persons),
        }
    )


def honour(title: str, year: int) -> dict[str, Any]:
    sentence = f"张伟{year}年获评{title}。"
    return {"title": title, "year": year, "evidence": {"sentence": sentence, "start": 0, "end": len(sentence)}}


def zhang(*honours: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"name": "张伟", "employers": ["焦煤集团九里山矿"], "born": "1980-02", "honors": list(honours)}]


def honours_of_zhang(store: GraphStore) -> list[tuple[str, int, int]]:
    rows = store.read(
        "MATCH (:Person {name: '张伟'})-[:RECEIVED]->(a:Award)-[:OF_HONOR]->(h:Honor) "
        "MATCH (a)-[:EVIDENCED_BY]->(d:Document) RETURN h.name AS honour, a.year AS year, count(DISTINCT d) AS docs"
    ).rows
    return sorted((r["honour"], r["year"], r["docs"]) for r in rows)


def dump(store: GraphStore) -> str:
    return export.to_json(export.dump(store))


V1 = doc("a", "lists/2023-honours.json", zhang(honour("焦作工匠", 2021), honour("河南省劳动模范", 2022)))
V2 = doc("b", "corrected/2023-honours.json", zhang(honour("焦作工匠", 2021), honour("中原大工匠", 2022)))
OTHER = doc("c", "jiaozuo-daily.json", zhang(honour("焦作工匠", 2021)))


def test_a_corrected_document_replaces_its_facts_and_keeps_facts_supported_elsewhere(store: GraphStore) -> None:
    load_profiles(store, [OTHER, V1])
    assert honours_of_zhang(store) == [("河南省劳动模范", 2022, 1), ("焦作工匠", 2021, 2)]
    report = load_profiles(store, [V2])
    assert honours_of_zhang(store) == [("中原大工匠", 2022, 1), ("焦作工匠", 2021, 2)]
    docs = store.read("MATCH (d:Document) RETURN d.id AS id ORDER BY id").rows
    assert [d["id"] for d in docs] == ["doc-bbbbbbbbbbbbbbbb", "doc-cccccccccccccccc"]
    assert report.replaced == ["2023-honours.json: doc-aaaaaaaaaaaaaaaa → doc-bbbbbbbbbbbbbbbb"]
    assert store.read("MATCH (h:Honor {name: '河南省劳动模范'}) RETURN count(h) AS n").rows == [{"n": 0}]


def test_reloading_the_corrected_document_again_changes_nothing(store: GraphStore) -> None:
    load_profiles(store, [OTHER, V1, V2])
    after = dump(store)
    report = load_profiles(store, [V2])
    assert dump(store) == after and report.replaced == [] and report.documents_unchanged == 1


def test_removing_a_document_removes_only_what_no_other_document_supports(store: GraphStore) -> None:
    load_profiles(store, [OTHER, V1])
    [removal] = remove_document(store, "2023-honours.json")
    assert removal.nodes["Award"] and "Person" not in removal.nodes
    assert honours_of_zhang(store) == [("焦作工匠", 2021, 1)]
    remove_document(store, "doc-cccccccccccccccc")
    counts = graph_counts(store)
    assert counts.get("Person", 0) == 0 and counts.get("Award", 0) == 0 and counts.get("Document", 0) == 0
    assert counts.get("Honor", 0) == 0 and counts.get("WORKS_AT", 0) == 0


def test_removing_the_sample_page_leaves_an_empty_graph(store: GraphStore) -> None:
    load_files(store, [SAMPLE_PROFILE])
    sample = json.loads(SAMPLE_PROFILE.read_text(encoding="utf-8"))
    remove_document(store, sample["document"]["source"])
    assert {k: v for k, v in graph_counts(store).items() if v} == {}
    # graph_counts shows facts only; the people-search keys must go with their people too
    assert store.read("MATCH (k:NameKey) RETURN count(k) AS n").rows[0]["n"] == 0


def test_removing_an_unknown_document_is_bad_input_and_changes_nothing(seeded: GraphStore) -> None:
    before = dump(seeded)
    with pytest.raises(InputError, match="no document"):
        remove_document(seeded, "nowhere.json")
    assert dump(seeded) == before


def test_a_dry_run_writes_nothing_and_reports_what_a_load_would_do(store: GraphStore) -> None:
    load_profiles(store, [OTHER])
    before = dump(store)
    dry = load_profiles(store, [V1], dry_run=True)
    assert dump(store) == before
    real = load_profiles(store, [V1])
    assert dry.dry_run and not real.dry_run
    assert dry.as_dict() | {"dry_run": None} == real.as_dict() | {"dry_run": None}
    assert dry.people_by_action() == {"new": 0, "merge": 0, "review": 0, "same": 1}
    assert dry.nodes["Award"] == {"added": 1, "updated": 0, "unchanged": 1}
    assert dry.facts_added > 0 and dry.facts_unchanged > 0
    assert "预演" in dry.summary_lines()[0]


def test_a_dry_run_of_a_corrected_document_reports_what_it_would_remove(store: GraphStore) -> None:
    load_profiles(store, [OTHER, V1])
    before = dump(store)
    report = load_profiles(store, [V2], dry_run=True)
    assert dump(store) == before
    assert report.removed == {"Award": 1, "Honor": 1}
    assert any(line.startswith("移除") for line in report.summary_lines())


def test_a_dry_run_sees_earlier_documents_of_the_same_load(store: GraphStore) -> None:
    report = load_profiles(store, [OTHER, doc("d", "reprint.json", zhang(honour("焦作工匠", 2021)))], dry_run=True)
    assert report.people_by_action() == {"new": 1, "merge": 0, "review": 0, "same": 1}
    assert graph_counts(store).get("Person", 0) == 0


def test_the_cli_removes_a_document_and_lists_review_items(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from laomo.cli import main

    db = str(tmp_path / "cli.lbug")
    path = tmp_path / "2023-honours.json"
    path.write_text(json.dumps(V1, ensure_ascii=False), encoding="utf-8")
    assert main(["load", "--db", db, str(path)]) == 0
    assert main(["people", "review", "--db", db, "--format", "json"]) == 0
    capsys.readouterr()
    assert main(["remove-document", "--db", db, "--dry-run", "2023-honours.json"]) == 0
    assert "would remove doc-aaaaaaaaaaaaaaaa" in capsys.readouterr().out
    assert main(["remove-document", "--db", db, "2023-honours.json"]) == 0
    assert main(["remove-document", "--db", db, "2023-honours.json"]) == 2
