"""``laomo load`` resolves in two stages (``PeopleIndex.load`` given the slice's incoming people)
and decides every person as reading every candidate's facts and comparing every pair does.

The store holds the 焦煤集团 honour list of many 张伟 and 王芳 (tests/test_resolve_two_stage.py);
the two later lists name some of them again.  Store tests run on the embedded store and on the
real Neo4j server.
"""

from __future__ import annotations

from typing import Any

import pytest

from bench.resolution import resolve_profiles
from graph.store import GraphStore
from loaders.pipeline import load_profiles
from loaders.resolve import MERGE, NEW, REVIEW, SAME
from tests.test_resolve_two_stage import incoming_lists, stored_lists


@pytest.fixture
def honoured(store: GraphStore) -> GraphStore:
    load_profiles(store, stored_lists())
    return store


def _without_document(decisions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The report's decisions as ``resolve_profiles`` gives them (the report adds each one's
    document, and the loader the names of the candidates it shows)."""
    return [{k: v for k, v in d.items() if k not in ("doc", "candidate_names")} for d in decisions]


@pytest.mark.parametrize("slice_docs", [1, 100])
def test_load_decides_every_namesake_as_the_exhaustive_resolution_does(
    honoured: GraphStore,
    slice_docs: int,
) -> None:
    exhaustive = resolve_profiles(honoured, incoming_lists(), two_stage=False, every_pair=True)
    loaded = load_profiles(honoured, incoming_lists(), slice_docs=slice_docs)
    assert {d["action"] for d in exhaustive.decisions} == {NEW, SAME, MERGE, REVIEW}
    assert _without_document(loaded.decisions) == _without_document(exhaustive.decisions)
