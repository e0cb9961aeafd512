"""`laomo load` inserts what is new and updates what exists, several documents per transaction.

Each test loads the same documents through the split path (new rows inserted without MERGE,
existing ones MATCHed and SET, documents written together) and through the MERGE path
(``split=False``: every added or updated row MERGEd, one transaction per document), and
compares the graphs: they must be the same, on both stores.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from graph import export
from graph.errors import StoreError
from graph.store import Batch, BulkTable, GraphStore
from loaders import pipeline
from loaders.pipeline import LoadReport, load_profiles
from loaders.profile_io import normalise_profile

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英"
MINES = ("九里山矿", "古汉山矿", "演马庄矿", "赵固二矿")


def _evidence(sentence: str) -> dict[str, Any]:
    return {"sentence": sentence, "start": 0, "end": len(sentence), "confidence": 0.95}


def gongshi(n: int, people: int = 5, *, source: str | None = None, year: int = 2021) -> dict[str, Any]:
    """公示 number ``n`` of 焦作市总工会: ``people`` 焦作工匠 of one mine with posts, patents and projects."""
    mine = MINES[n % len(MINES)]
    named = []
    for k in range(people):
        name = SURNAMES[(n * people + k) % 20] + GIVEN[(n * people + k) // 20 % 24]
        named.append(
            {
                "name": name,
                "gender": "男" if k % 2 else "女",
                "born": f"{1970 + k}-0{1 + k % 9}",
                "employers": [f"焦煤集团{mine}机电运转队"],
                "positions": [{"title": "班长", "org": f"焦煤集团{mine}机电运转队", "start": 2015}],
                "honors": [
                    {
                        "title": "焦作工匠",
                        "raw": "第三届焦作工匠",
                        "year": year,
                        "edition": "第三届",
                        "conferred_by": ["焦作市总工会"],
                        "evidence": _evidence(f"{name}获评第三届焦作工匠。"),
                    }
                ],
                "patents": [
                    {"title": f"一种矿用{name}式清洗装置", "kind": "实用新型", "number": f"ZL2020{n:04d}{k:04d}.5"}
                ]
                if k % 2
                else [],
                "projects": [{"title": f"{mine}智能化升级项目", "role": "主持", "year": 2020}] if k == 0 else [],
                "evidence": _evidence(f"{mine}{name}，{1970 + k}年出生。"),
            }
        )
    return normalise_profile(
        {
            "document": {
                "title": f"焦作市总工会关于第三届焦作工匠的公示（第{n}号）",
                "source": source or f"gongshi-{n:03d}.json",
                "sha256": f"{n:08x}{year:04x}" + "a" * 52,
                "date": f"{year}-05",
                "publisher": "焦作市总工会",
            },
            "people": named,
        }
    )


def content(store: GraphStore) -> dict[str, Any]:
    """The graph without the times of loads and merges (two loads never share those)."""
    data = export.dump(store)
    for d in data["nodes"]["Document"]:
        d.pop("loaded_at", None)
    for m in data["nodes"].get("MergeRecord", []):
        m.pop("at", None)
        m.pop("undo", None)  # holds the time of the document's load too
    return data


def load_both_ways(store: GraphStore, loads: list[list[dict[str, Any]]]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The graph the MERGE path builds from ``loads`` (one after the other), then the split path's."""
    out = []
    for split in (False, True):
        store.clear()
        for profiles in loads:
            load_profiles(store, copy.deepcopy(profiles), split=split, actor="王编辑")
        out.append(content(store))
    return out[0], out[1]


def report_of(report: LoadReport) -> dict[str, Any]:
    return {k: v for k, v in report.as_dict().items() if k != "dry_run"}


def test_a_fresh_load_of_forty_documents_gives_the_graph_the_merge_path_gives(store: GraphStore) -> None:
    merged, split = load_both_ways(store, [[gongshi(n) for n in range(40)]])
    assert split == merged
    assert len(split["nodes"]["Person"]) == 200 and len(split["nodes"]["Document"]) == 40


def test_forty_documents_are_written_in_at_most_sixteen_transactions_of_whole_documents(
    store: GraphStore, document_transactions: list[int]
) -> None:
    load_profiles(store, [gongshi(n) for n in range(40)])
    assert len(document_transactions) <= pipeline.TX_STEPS and sum(document_transactions) == 40


def test_loading_the_same_documents_again_writes_nothing_and_leaves_the_graph_as_it_was(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    profiles = [gongshi(n) for n in range(20)]
    load_profiles(store, copy.deepcopy(profiles))
    before = content(store)
    writes: list[list[Any]] = []
    write = store.write

    def recording(batches: Any) -> Any:
        writes.append(list(batches))
        return write(writes[-1])

    monkeypatch.setattr(store, "write", recording)
    again = load_profiles(store, copy.deepcopy(profiles))
    document_writes = [w for w in writes if any(isinstance(b, BulkTable) or "loaded_at" in b.cypher for b in w)]
    assert document_writes == [] and again.facts_added == again.facts_updated == 0
    assert again.documents_unchanged == 20
    monkeypatch.undo()
    assert content(store) == before


def test_a_corrected_document_among_new_ones_gives_the_graph_the_merge_path_gives(store: GraphStore) -> None:
    first = [gongshi(n) for n in range(12)]
    corrected = gongshi(3, source="gongshi-003.json", year=2022)  # same file, the year corrected
    merged, split = load_both_ways(store, [first, [gongshi(n) for n in range(12, 30)] + [corrected]])
    assert split == merged
    docs = {d["source"]: d["sha256"] for d in split["nodes"]["Document"]}
    assert docs["gongshi-003.json"] == corrected["document"]["sha256"] and len(docs) == 30


def test_a_person_resolution_merges_into_an_existing_node_gives_the_graph_the_merge_path_gives(
    store: GraphStore,
) -> None:
    first = [gongshi(n) for n in range(6)]
    restated = copy.deepcopy(first[1]["people"][0])  # the same 焦作工匠, named by a city paper under the mine's name
    restated["employers"] = [restated["employers"][0].removesuffix("机电运转队")]
    restated["positions"] = []
    paper = normalise_profile(
        {
            "document": {"title": "焦作日报 2021-06-02", "source": "jiaozuo-daily-2021-06-02.txt", "sha256": "b" * 64},
            "people": [restated],
        }
    )
    merged, split = load_both_ways(store, [first, [gongshi(n) for n in range(6, 24)] + [paper]])
    assert split == merged
    records = split["nodes"]["MergeRecord"]
    assert [r["name"] for r in records] == [restated["name"]]


def test_a_dry_run_reports_exactly_what_the_load_then_does(store: GraphStore) -> None:
    load_profiles(store, [gongshi(n) for n in range(8)])
    more = [gongshi(n) for n in range(4, 30)]
    planned = load_profiles(store, copy.deepcopy(more), dry_run=True)
    done = load_profiles(store, copy.deepcopy(more))
    assert report_of(planned) == report_of(done)
    assert done.nodes["Person"]["added"] == 110 and done.documents_unchanged == 4


def test_a_load_whose_transaction_fails_leaves_none_of_its_documents(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_profiles(store, [gongshi(n) for n in range(2)])
    newcomer = gongshi(7)
    patent = next(p["patents"][0] for p in newcomer["people"] if p["patents"])
    fetch = pipeline._Diff.fetch

    def another_writer_comes_first(self: Any, plans: Any) -> None:
        fetch(self, plans)  # the load saw no such patent … then another editor wrote it
        pid = next(r["id"] for r in plans[0].rows.nodes["Patent"].values() if r["number"] == patent["number"])
        store.write(
            [Batch("UNWIND $rows AS r CREATE (:Patent {id: r.id, title: r.title})", [{"id": pid, "title": "x"}])]
        )

    monkeypatch.setattr(pipeline._Diff, "fetch", another_writer_comes_first)
    before = content(store)
    with pytest.raises(StoreError) as failure:
        load_profiles(store, [newcomer])
    assert "not written: gongshi-007.json" in str(failure.value)  # the message names the document
    after = content(store)
    assert [p for p in after["nodes"]["Patent"] if p["title"] == "x"]  # the other editor's node
    after["nodes"]["Patent"] = [p for p in after["nodes"]["Patent"] if p["title"] != "x"]
    assert after == before  # nothing of the document: people, honours, evidence, its Document
