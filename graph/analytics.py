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

from typing import Any

import networkx as nx

from graph.queries import run
from graph.store import GraphStore

# Above this many nodes betweenness is estimated from a seeded sample of sources:
# exact betweenness is O(n·m) and takes minutes on a 100k-person network.
EXACT_BETWEENNESS_MAX = 2000
BETWEENNESS_SAMPLES = 500
SEED = 7
# The co-recipient network of a whole 100k-person graph has over ten million pairs (every
# yearly company title makes a clique of its year's recipients): read at most this many,
# which keeps the explore page near a second; one honour's network is far smaller.
MAX_PAIRS = 20_000


def co_recipient_graph(
    store: GraphStore, honor: str = "", *, max_pairs: int = MAX_PAIRS, timeout_s: float | None = 120.0
) -> nx.Graph:
    """People joined by the awards they shared (same honour, year and edition).

    Nodes are person ids with attribute ``name``; an edge's ``weight`` is the
    number of awards the two shared and ``honours`` names them.  ``honor``
    (an Honor id) limits the network to one series.  At most ``max_pairs`` pairs
    are read; ``G.graph["truncated"]`` says whether more existed — then the
    network is a sample in the store's order, and its centrality and
    communities describe that sample only: pick one honour for exact figures.

    >>> G = co_recipient_graph(store)
    >>> [(a, b)] = G.edges
    >>> G.nodes[a]["name"] in ("孙宏亮", "秦建军"), G[a][b]["weight"]
    (True, 1)
    """
    result = run(store, "co_recipient_network", honor=honor, top=max_pairs, timeout_s=timeout_s)
    G = nx.Graph(truncated=result.truncated or len(result.rows) >= max_pairs)
    for row in result.rows:
        a, b = row["source"], row["target"]
        G.add_node(a, name=row["source_name"])
        G.add_node(b, name=row["target_name"])
        label = _award_label(row)
        if G.has_edge(a, b):
            G[a][b]["weight"] += 1
            G[a][b]["honours"].append(label)
        else:
            G.add_edge(a, b, weight=1, honours=[label])
    return G


def _award_label(row: dict[str, Any]) -> str:
    parts = [str(row["year"]) if row.get("year") is not None else "", row.get("edition") or "", row["honor"]]
    return " ".join(p for p in parts if p)


def centrality(G: nx.Graph, top: int = 10, *, seed: int = SEED) -> list[dict[str, Any]]:
    """The best-connected people: degree (distinct co-recipients), weighted degree and betweenness.

    Ranked by betweenness (who bridges otherwise separate groups), then degree.
    Betweenness is exact up to 2000 nodes and estimated from 500 seeded sample
    sources above that.

    >>> G = nx.Graph([("a", "b"), ("b", "c")]); nx.set_node_attributes(G, "张伟", "name")
    >>> centrality(G, top=1)[0]["id"]
    'b'
    """
    if G.number_of_nodes() == 0:
        return []
    k = None if G.number_of_nodes() <= EXACT_BETWEENNESS_MAX else BETWEENNESS_SAMPLES
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
    the body conferred is one hop from it (named query ``connecting_conferrers``).

    >>> [(r["name"], r["people"], r["awards"]) for r in connecting_conferrers(store, top=2)]
    [('修武县总工会', 4, 4), ('焦煤集团', 1, 5)]
    """
    return [dict(r) for r in run(store, "connecting_conferrers", top=top).rows]


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
