"""What a load keeps between slices stays small: a million people must fit 4 GB.

The people index remembers the ids of a person's facts only for people read from the store
(their fact ids are the store's); a person the load made gets the same ids from its own id
and the fact's natural key, so the index keeps none for it.  The report keeps each decision
as a tuple and gives it back as the dict ``Decision.as_dict`` made.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from graph.store import GraphStore
from loaders import pipeline
from loaders.pipeline import load_profiles
from loaders.profile_io import normalise_profile
from tests.test_load_split import content, gongshi


def _named_again(profile: dict[str, Any], sha: str) -> dict[str, Any]:
    """The first person of a 公示 named again by 焦作日报, with the same award, project and post."""
    return normalise_profile(
        {
            "document": {"title": "焦作日报 2021-06-02", "source": "jiaozuo-daily-2021-06-02.txt", "sha256": sha},
            "people": [copy.deepcopy(profile["people"][0])],
        }
    )


@pytest.fixture
def kept_index(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The people index of each load, as it is after its last slice."""
    indexes: list[Any] = []
    run = pipeline._Load.run

    def keep(self: Any, batch: Any, last: bool) -> None:
        run(self, batch, last)
        if last:
            indexes.append(self.index)

    monkeypatch.setattr(pipeline._Load, "run", keep)
    return indexes


def test_a_person_named_again_in_a_later_slice_lands_on_the_award_project_and_post_it_has(
    store: GraphStore, kept_index: list[Any]
) -> None:
    first = gongshi(0)
    report = load_profiles(store, [first, gongshi(1), _named_again(first, "e" * 64)], slice_docs=1)
    assert report.decisions[-1]["action"] == "same"
    person = report.decisions[-1]["person"]
    assert kept_index[0].by_id[person].facts == {}  # nothing remembered for a person this load made
    held = {
        label: store.read(
            f"MATCH (:Person {{id: $id}})-[:{rel}]->(f:{label})-[:EVIDENCED_BY]->(d:Document) "
            "RETURN count(DISTINCT f) AS facts, count(DISTINCT d) AS docs",
            {"id": person},
        ).rows[0]
        for rel, label in (("RECEIVED", "Award"), ("WORKED_ON", "Project"), ("HELD", "Position"))
    }
    assert held == {label: {"facts": 1, "docs": 2} for label in ("Award", "Project", "Position")}


def test_a_load_in_slices_of_one_document_gives_the_graph_of_one_slice(store: GraphStore) -> None:
    profiles = [gongshi(n) for n in range(8)]
    profiles.append(_named_again(profiles[2], "f" * 64))
    graphs = []
    for slice_docs in (1000, 1):
        store.clear()
        load_profiles(store, copy.deepcopy(profiles), slice_docs=slice_docs, actor="王编辑")
        graphs.append(content(store))
    assert graphs[1] == graphs[0]


def test_the_report_gives_each_decision_with_its_reasons_review_list_and_document(store: GraphStore) -> None:
    bare = {"name": "郜卫东", "employers": [], "born": "1975"}
    elsewhere = {"name": "郜卫东", "employers": ["郑州煤矿机械集团"], "born": "1969"}
    placed = {"name": "郜卫东", "employers": ["焦煤集团九里山矿"]}
    docs = [
        normalise_profile({"document": {"title": f"焦作日报 {i}", "sha256": f"{i}" * 64}, "people": [p]})
        for i, p in enumerate((bare, elsewhere, placed), start=1)
    ]
    report = load_profiles(store, docs)
    first, review = report.decisions[0], report.decisions[2]
    assert first == {
        "index": 0,
        "name": "郜卫东",
        "action": "new",
        "person": first["person"],
        "candidate": None,
        "score": None,
        "reasons": [],
        "review": [],
        "candidate_names": {},
        "doc": first["doc"],
    }
    assert review["action"] == "review" and review["review"][0]["candidate"] == review["candidate"]
    assert all(isinstance(r["reasons"], list) and r["reasons"] for r in review["review"])
    assert set(review["candidate_names"]) == {r["candidate"] for r in review["review"]}
    assert len({d["doc"] for d in report.decisions}) == 3
    assert json.loads(json.dumps(report.as_dict()["decisions"], ensure_ascii=False)) == report.decisions
    assert report.people_by_action() == {"new": 2, "merge": 0, "review": 1, "same": 0}
