"""One unit, one node, whatever script the source is written in.

A traditional-script reprint (港鐵公司, or a mirror's 晉江市總工會(huì) with its pinyin gloss) and
a simplified page name the same body: the graph keys organisations in simplified script without
glosses, as it keys people and honours, and keeps the source's own spelling as an alias.
"""

from __future__ import annotations

from typing import Any

from graph.store import GraphStore
from loaders.graph_rows import profile_rows
from loaders.pipeline import load_profiles
from loaders.profile_io import normalise_profile


def _page(source: str, sha: str, employer: str, conferrer: str) -> dict[str, Any]:
    return normalise_profile(
        {
            "document": {"title": "晋江市劳动模范名单", "source": source, "sha256": sha * 64, "date": "2024-04"},
            "people": [
                {
                    "name": "蔣興權",
                    "employers": [employer],
                    "honors": [{"title": "晋江市劳动模范", "year": 2024, "conferred_by": [conferrer]}],
                }
            ],
        }
    )


TRADITIONAL = _page("big5-mirror.txt", "a", "晉江市恒安紙業有限公司", "晉江市總工會(huì)")
SIMPLIFIED = _page("jinjiang-news.txt", "b", "晋江市恒安纸业有限公司", "晋江市总工会")


def test_a_traditional_units_row_is_keyed_in_simplified_and_keeps_the_written_name_as_alias() -> None:
    units = {row["name"]: row for row in profile_rows(TRADITIONAL).nodes["Organization"].values()}
    assert set(units) == {"晋江市恒安纸业有限公司", "晋江市总工会"}
    assert units["晋江市总工会"]["aliases"] == ["晉江市總工會(huì)"]


def test_a_traditional_reprint_and_a_simplified_page_share_their_unit_nodes(store: GraphStore) -> None:
    load_profiles(store, [TRADITIONAL, SIMPLIFIED])
    names = store.read("MATCH (o:Organization) RETURN o.name AS name").rows
    assert sorted(r["name"] for r in names) == sorted(["晋江市恒安纸业有限公司", "晋江市总工会"])
    people = store.read(
        "MATCH (p:Person)-[:WORKS_AT]->(o:Organization) RETURN DISTINCT p.name AS name, o.name AS unit"
    ).rows
    assert people == [{"name": "蒋兴权", "unit": "晋江市恒安纸业有限公司"}]
