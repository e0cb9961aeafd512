"""Network analytics on subgraphs read from a store through named queries.

networkx is the calculator, not a store: each function reads the rows it needs
with ``graph.queries.run`` (so it works on either store), builds a small
``networkx`` graph in memory and computes on that.  The ``describe_*`` helpers
turn the numbers into one Chinese sentence for the UI.

The co-recipient network joins two people when they received the same honour
in the same year and edition (焦作工匠 第三届, 2021): a "class" of honourees.

On the sample page (``store`` holds it), two of the seven people share an award:

    >>> G = co_recipient_graph(store)
    >>> sorted(G.nodes[n]["name"] for n in G)
    ['孙宏亮', '秦建军']
    >>> [row["name"] for row in centrality(G, top=3)]
    ['孙宏亮', '秦建军']
    >>> len(communities(G)[0])
    2
    >>> connecting_conferrers(store, top=1)[0]["name"]
    '修武县总工会'
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx

from graph.honour_years import YEAR_SCALE
from graph.queries import run
from graph.store import GraphStore

# Above this many nodes betweenness is estimated from a seeded sample of sources:
# exact betweenness is O(n·m) and takes minutes on a 100k-person network.
EXACT_BETWEENNESS_MAX = 2000
BETWEENNESS_SAMPLES = 500
# ... and above this much work (sources × edges: each source is one walk over the edges): a
# 651-person sample with 20,000 pairs took 5.9 s exact; fewer sources keep it near a second.
BETWEENNESS_WORK = 2_000_000
BETWEENNESS_MIN_SAMPLES = 50
SEED = 7
# The co-recipient network of a whole 100k-person graph has over ten million pairs (every
# yearly company title makes a clique of its year's recipients).  The network is built from
# whole cohorts (a series' recipients of one year) chosen before any award is read, as many as
# fit in this many pairs (a cohort of n people makes n(n-1)/2 of them): the highest-ranked
# series first, the latest years first; a cohort too large to fit is left out.  Reading the
# first 20,000 pairs the store gave instead took 5–20 s (the store paired far more first).
MAX_PAIRS = 20_000
# ... and from series holding this many awards in all (the store walks a series' awards to find a
# year's): the read stays bounded however large the graph.
MAX_SERIES_AWARDS = 30_000
# Conferring bodies whose reach is counted per query (connecting_conferrers).
REACH_BATCH = 10


def co_recipient_graph(
    store: GraphStore,
    honor: str = "",
    *,
    max_pairs: int = MAX_PAIRS,
    max_series_awards: int = MAX_SERIES_AWARDS,
    timeout_s: float | None = 120.0,
) -> nx.Graph:
    """People joined by the awards they shared (same honour, year and edition).

    Nodes are person ids with attribute ``name``; an edge's ``weight`` is the
    number of awards the two shared and ``honours`` names them.  ``honor``
    (an Honor id) limits the network to one series.  Whole cohorts are read, the
    highest-ranked series and latest years first, as long as their pairs fit in
    ``max_pairs`` and their series hold at most ``max_series_awards`` awards (sizes
    from the stored ``Honor.year_awards``, so nothing else is read first).
    ``G.graph["truncated"]`` says whether cohorts were left out — then the network
    is a sample and ``G.graph["cohorts"]`` / ``G.graph["awards"]`` say how much of
    it was read (read, of all); its centrality and communities describe that
    sample only.

    >>> G = co_recipient_graph(store)
    >>> [(a, b)] = G.edges
    >>> G.nodes[a]["name"] in ("孙宏亮", "秦建军"), G[a][b]["weight"]
    (True, 1)
    >>> G.graph["truncated"], G.graph["cohorts"]
    (False, (13, 13))
    """
    series = run(store, "co_recipient_cohorts", honor=honor, timeout_s=timeout_s).rows
    cohorts = _cohorts(series)
    size_of = {h["id"]: int(h["awards"] or 0) for h in series}
    chosen: list[tuple[int, str, int, int, int]] = []
    pairs, walked, touched = 0, set[str](), 0
    for cohort in cohorts:
        size, honour_id = cohort[3], cohort[1]
        fits = pairs + size * (size - 1) // 2 <= max_pairs
        # the store walks the whole series to find a year's awards: bound the series walked too
        walk = 0 if honour_id in walked else size_of[honour_id]
        if fits and touched + walk <= max_series_awards:
            chosen.append(cohort)
            pairs += size * (size - 1) // 2
            walked.add(honour_id)
            touched += walk
    years_of: dict[str, list[int]] = defaultdict(list)
    for _, honour_id, _, _, year in chosen:
        years_of[honour_id].append(year)
    G = nx.Graph(
        truncated=len(chosen) < len(cohorts),
        cohorts=(len(chosen), len(cohorts)),
        awards=(sum(c[3] for c in chosen), sum(c[3] for c in cohorts)),
    )
    series = [{"honor": h, "years": sorted(years)} for h, years in years_of.items()]
    got = run(store, "co_recipient_awards", series=series, timeout_s=timeout_s).rows if series else []
    by_cohort: dict[tuple[str, int, str], list[dict[str, Any]]] = defaultdict(list)
    for row in got:
        year = -1 if row["year"] is None else int(row["year"])
        by_cohort[(row["honor_id"], year, row["edition"] or "")].append(row)
    for key in sorted(by_cohort):
        _pair(G, sorted(by_cohort[key], key=lambda r: r["person"]))
    return G


def _cohorts(series: list[dict[str, Any]]) -> list[tuple[int, str, int, int, int]]:
    """(-rank, honour id, -year, awards, year) per series and year (-1: its undated awards), in
    the order the network takes them: highest rank first, then series by series, latest year
    first (a series' cohorts are read by one query)."""
    out = []
    for h in series:
        dated = {int(x) // YEAR_SCALE: int(x) % YEAR_SCALE for x in h["year_awards"] or []}
        undated = int(h["awards"] or 0) - sum(dated.values())
        if undated > 0:
            dated[-1] = undated
        out += [(-int(h["rank_order"] or 0), h["id"], -year, n, year) for year, n in dated.items() if n > 0]
    return sorted(out)


def _pair(G: nx.Graph, cohort: list[dict[str, Any]]) -> None:
    """Join every two people of one cohort (rows sorted by person), once per award they shared."""
    for i, row in enumerate(cohort):
        a = row["person"]
        for other in cohort[i + 1 :]:
            b = other["person"]
            if a == b:
                continue
            G.add_node(a, name=row["name"])
            G.add_node(b, name=other["name"])
            label = _award_label(row)
            if G.has_edge(a, b):
                G[a][b]["weight"] += 1
                G[a][b]["honours"].append(label)
            else:
                G.add_edge(a, b, weight=1, honours=[label])


def _award_label(row: dict[str, Any]) -> str:
    parts = [str(row["year"]) if row.get("year") is not None else "", row.get("edition") or "", row["honor"]]
    return " ".join(p for p in parts if p)


def centrality(G: nx.Graph, top: int = 10, *, seed: int = SEED) -> list[dict[str, Any]]:
    """The best-connected people: degree (distinct co-recipients), weighted degree and betweenness.

    Ranked by betweenness (who bridges otherwise separate groups), then degree.
    Betweenness is exact up to 2000 nodes and 2,000,000 node × edge steps, and
    estimated from seeded sample sources above that (at most 500, fewer on a
    dense network: as many as that work allows, at least 50).

    >>> G = nx.Graph([("a", "b"), ("b", "c")]); nx.set_node_attributes(G, "张伟", "name")
    >>> centrality(G, top=1)[0]["id"]
    'b'
    """
    if G.number_of_nodes() == 0:
        return []
    n, m = G.number_of_nodes(), max(1, G.number_of_edges())
    k: int | None = None
    if n > EXACT_BETWEENNESS_MAX or n * m > BETWEENNESS_WORK:
        k = min(n, BETWEENNESS_SAMPLES, max(BETWEENNESS_MIN_SAMPLES, BETWEENNESS_WORK // m))
    between = nx.betweenness_centrality(G, k=k, seed=seed, normalized=True)
    weighted = dict(G.degree(weight="weight"))
    ranked = sorted(G.nodes, key=lambda n: (-between[n], -G.degree(n), n))[:top]
    return [
        {
            "id": n,
            "name": G.nodes[n].get("name", ""),
            "degree": G.degree(n),
            "weighted_degree": weighted[n],
            "betweenness": round(between[n], 6),
        }
        for n in ranked
    ]


def communities(G: nx.Graph, *, seed: int = SEED) -> list[list[str]]:
    """Groups of people who share awards among themselves more than with others.

    Louvain on the weighted graph with a fixed seed, so the same graph gives the
    same groups; largest group first, ids sorted inside each group.

    >>> G = nx.Graph([("a", "b"), ("b", "c"), ("a", "c"), ("x", "y")])
    >>> communities(G)
    [['a', 'b', 'c'], ['x', 'y']]
    """
    if G.number_of_nodes() == 0:
        return []
    found = nx.community.louvain_communities(G, weight="weight", seed=seed)
    return sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))


def connecting_conferrers(store: GraphStore, top: int = 10) -> list[dict[str, Any]]:
    """The conferring bodies that connect most people: everyone who received an award
    the body conferred is one hop from it (as the named query ``connecting_conferrers``).

    Exact, without reading every conferral: bodies are taken most conferrals first
    (``conferrer_candidates``, from adjacency lists), their people and awards counted
    (``conferrer_reach``) until no body left could rank, since neither count can pass
    its number of conferrals.

    >>> [(r["name"], r["people"], r["awards"]) for r in connecting_conferrers(store, top=2)]
    [('修武县总工会', 4, 4), ('焦煤集团', 1, 5)]
    """
    ranked: list[dict[str, Any]] = []
    candidates = run(store, "conferrer_candidates").rows  # most conferrals first
    i = 0
    while i < len(candidates):
        if len(ranked) >= top:
            # no body left can pass the last one ranked: its people and awards are at most its conferrals
            last, bound = ranked[top - 1], int(candidates[i]["conferrals"])
            if (bound, bound) < (last["people"], last["awards"]):
                break
        batch = [c["id"] for c in candidates[i : i + REACH_BATCH]]
        i += REACH_BATCH
        ranked += [dict(r) for r in run(store, "conferrer_reach", ids=batch).rows if r["awards"]]
        ranked.sort(key=lambda r: (-r["people"], -r["awards"], r["name"] or "", r["id"]))
    return ranked[:top]


# --- one sentence each, for the UI ---------------------------------------------------
def describe_centrality(rows: list[dict[str, Any]]) -> str:
    """One Chinese sentence on what the centrality figures mean.

    >>> describe_centrality([{"id": "p", "name": "张伟", "degree": 12, "weighted_degree": 14, "betweenness": 0.2}])
    '张伟与12人同批获得过荣誉，中介中心度0.200最高：在同批获奖网络中，他（她）最常处在不同获奖群体之间的连接路径上。'
    """
    if not rows:
        return "同批获奖网络为空：还没有两人在同一年同一届获得同一荣誉。"
    best = rows[0]
    return (
        f"{best['name']}与{best['degree']}人同批获得过荣誉，中介中心度{best['betweenness']:.3f}最高："
        "在同批获奖网络中，他（她）最常处在不同获奖群体之间的连接路径上。"
    )


def describe_communities(groups: list[list[str]], G: nx.Graph | None = None) -> str:
    """One Chinese sentence on the communities found.

    >>> describe_communities([["a", "b", "c"], ["x", "y"]])
    '同批获奖网络分成2个群体，最大的群体有3人：同一群体的人彼此同批获奖的次数多于与群体外的人。'
    """
    if not groups:
        return "同批获奖网络为空，无法划分群体。"
    people = f"（共{G.number_of_nodes()}人）" if G is not None else ""
    sample = (
        "（网络过大，只读取了部分同批关系，请选择单项荣誉查看完整网络）"
        if G is not None and G.graph.get("truncated")
        else ""
    )
    return (
        f"同批获奖网络{people}分成{len(groups)}个群体，最大的群体有{len(groups[0])}人："
        f"同一群体的人彼此同批获奖的次数多于与群体外的人。{sample}"
    )


def describe_conferrers(rows: list[dict[str, Any]]) -> str:
    """One Chinese sentence on the bodies that connect most people.

    >>> describe_conferrers([{"id": "o", "name": "焦作市总工会", "people": 40, "awards": 42}])
    '焦作市总工会授予的42项荣誉涉及40人，是连接获奖者最多的授奖机构：这些人通过它在图中相互关联。'
    """
    if not rows:
        return "图中还没有记载授奖机构的荣誉。"
    top = rows[0]
    return (
        f"{top['name']}授予的{top['awards']}项荣誉涉及{top['people']}人，是连接获奖者最多的授奖机构："
        "这些人通过它在图中相互关联。"
    )
