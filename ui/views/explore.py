"""探索 Explore: how two people or organisations connect, a neighbourhood grown step by step, analytics."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from graph import analytics, connections
from graph.search import exact_people, normalise_query, parse_people_query, people_cards
from ui.components import (
    ROW_LAYOUT,
    STAR_LAYOUT,
    graph_elements,
    join,
    merge_elements,
    node_caption,
    show_graph,
    table,
)
from ui.data import first, get_store, rows
from ui.i18n import label_name, rel_name, t
from ui.people_search import PAGE_SIZE, total_of, unit_label

EXPANDED = "explore.expanded"  # ids of the nodes whose neighbours are shown, in click order
GRAPH_KEY = "explore.graph"
FOUND = "explore.found"  # nodes the find box put into the pickers this session, newest first
LABELS = "explore.labels"  # the label of every node the page has shown: its neighbours are found by key
FOUND_KEPT = 200
HONOURS_SHOWN = 100

st.title(t("explore.title"))

# --- find people and organisations: they go first into the pickers below ----------------------
# The pickers never list the whole graph (at a million people that list alone took seconds):
# they hold what the find box found this session, then the most honoured organisations.
typed = st.text_input(
    t("explore.find_person"),
    key="explore.find_person",
    placeholder=t("search.people_hint"),
    help=t("explore.find_person_help"),
)
wanted = parse_people_query(typed)
new_nodes: dict[str, str] = {}
labels: dict[str, str] = st.session_state.setdefault(LABELS, {})
if wanted.name:
    if wanted.terms:
        totals = rows("people_search_at_total", **wanted.params())
        hits = rows("people_search_at", **wanted.params(), skip=0, top=PAGE_SIZE)
    else:
        totals = rows("people_search_total", **wanted.params())
        hits = rows("people_search", **wanted.params(), exact=exact_people(totals), skip=0, top=PAGE_SIZE)
    found_ids = [r["id"] for r in hits]
    new_nodes = {c["id"]: unit_label(c) for c in people_cards(rows("people_cards", ids=found_ids), found_ids)}
    labels.update(dict.fromkeys(new_nodes, "Person"))
    units = [
        r for r in rows("search_honours_orgs", q=normalise_query(typed), top=PAGE_SIZE) if r["kind"] == "Organization"
    ]
    new_nodes.update((r["id"], f"{r['name']}（{label_name('Organization')}）") for r in units)
    labels.update((r["id"], "Organization") for r in units)
    said = t("explore.found_people", n=total_of(totals), shown=len(new_nodes) - len(units))
    st.caption(said + (t("explore.found_orgs", n=len(units)) if units else ""))
earlier = {k: v for k, v in st.session_state.get(FOUND, {}).items() if k not in new_nodes}
st.session_state[FOUND] = dict(list({**new_nodes, **earlier}.items())[:FOUND_KEPT])
nodes: dict[str, str] = dict(st.session_state[FOUND])
for r in rows("org_top", top=10):
    nodes.setdefault(r["id"], f"{r['name']}（{label_name('Organization')}）")
    labels[r["id"]] = "Organization"
ids = list(nodes)

# --- shortest connection -------------------------------------------------------------
st.subheader(t("explore.shortest"))
st.caption(t("explore.shortest_help"))
if len(ids) < 2:
    st.info(t("explore.too_few"))
else:
    c1, c2 = st.columns(2)
    source = c1.selectbox(t("explore.from"), ids, key="explore.source", format_func=nodes.__getitem__)
    target = c2.selectbox(
        t("explore.to"), ids, index=min(1, len(ids) - 1), key="explore.target", format_func=nodes.__getitem__
    )
    if st.button(t("explore.find"), key="explore.find"):
        # searched from both ends within a bounded number of reads (graph.connections)
        connection = connections.shortest_connection(get_store(), source, target)
        st.session_state["explore.path"] = {
            "source": source,
            "target": target,
            "rows": connection.rows,
            "complete": connection.complete,
            "read": connection.read,
        }
    found = st.session_state.get("explore.path")
    if found and not found["rows"] and not found.get("complete", True):
        a, b = nodes.get(found["source"], ""), nodes.get(found["target"], "")
        st.info(t("explore.search_stopped", a=a, b=b, read=f"{found['read']:,}"))
        if st.button(t("explore.search_whole"), key="explore.search_whole"):
            found["rows"] = rows("shortest_connection", source=found["source"], target=found["target"])
            found["complete"] = True
    if found and found.get("complete", True):
        if found["source"] == found["target"]:
            st.info(t("explore.same_node"))
        elif not found["rows"]:
            st.info(t("explore.no_path", a=nodes.get(found["source"], ""), b=nodes.get(found["target"], "")))
        else:
            path = found["rows"][0]["path"]
            steps = []
            for i, node in enumerate(path["nodes"]):
                steps.append(f"**{node_caption(node)}**")
                if i < len(path["rels"]):
                    steps.append(f"—{rel_name(path['rels'][i]['_type'])}—")
            st.markdown(t("explore.path_len", n=len(path["rels"])) + "：" + " ".join(steps))
            show_graph(graph_elements(found["rows"]), key="explore.path_graph", height=260, layout=ROW_LAYOUT)

# --- neighbourhood, step by step ------------------------------------------------------------
st.divider()
st.subheader(t("explore.neighbourhood"))
st.caption(t("explore.neighbourhood_help"))


def _on_graph_event() -> None:
    # st-link-analysis reports {"action": "expand", "data": {"node_ids": [...]}} on double-click
    event: Any = st.session_state.get(GRAPH_KEY)
    if isinstance(event, dict) and event.get("action") == "expand":
        for node_id in event.get("data", {}).get("node_ids", []):
            if node_id not in st.session_state[EXPANDED]:
                st.session_state[EXPANDED].append(node_id)


if ids:
    c1, c2 = st.columns([3, 1])
    start = c1.selectbox(t("explore.start"), ids, key="explore.start", format_func=nodes.__getitem__)
    c2.write("")
    if c2.button(t("explore.begin"), key="explore.begin") or EXPANDED not in st.session_state:
        st.session_state[EXPANDED] = [start]
    parts = [
        graph_elements(rows("neighbourhood", node=n, label=labels.get(n, ""), top=200))
        for n in st.session_state[EXPANDED]
    ]
    elements = merge_elements(*parts)
    labels.update((n["data"]["id"], n["data"]["label"]) for n in elements["nodes"])
    shown = {n["data"]["id"]: f"{n['data']['name']}（{n['data']['kind']}）" for n in elements["nodes"]}
    more = [n for n in shown if n not in st.session_state[EXPANDED]]
    st.caption(t("explore.steps", n=len(st.session_state[EXPANDED]), nodes=len(shown)))
    if more:
        e1, e2 = st.columns([3, 1])
        pick = e1.selectbox(t("explore.expand_which"), more, key="explore.expand_which", format_func=shown.__getitem__)
        e2.write("")
        if e2.button(t("explore.expand"), key="explore.expand"):
            st.session_state[EXPANDED].append(pick)
            st.rerun()
    show_graph(elements, key=GRAPH_KEY, height=520, layout=STAR_LAYOUT, expandable=True, on_change=_on_graph_event)

# --- analytics -------------------------------------------------------------------------------
st.divider()
st.subheader(t("explore.analytics"))
store = get_store()


def _say(describe: Callable[..., str], *args: Any) -> None:
    try:
        st.markdown(f"> {describe(*args)}")
    except Exception as exc:  # an explanation must never take the numbers down with it
        st.caption(str(exc))


honours = rows("honour_list", skip=0, top=HONOURS_SHOWN)
series = int((first("honour_list_count") or {"total": 0})["total"])
honour_names = {"": t("common.all")} | {r["id"]: r["name"] for r in honours}
honour = st.selectbox(
    t("explore.network_of"), list(honour_names), key="explore.honour", format_func=honour_names.__getitem__
)
if series > len(honours):
    st.caption(t("explore.honours_shown", shown=len(honours), n=f"{series:,}"))
# Network analytics read a subgraph and run networkx: seconds on a large graph,
# so they run when asked, not on every visit to the page.
if st.button(t("explore.run_analytics"), key="explore.run_analytics"):
    st.session_state["explore.analysed"] = honour
if st.session_state.get("explore.analysed") != honour:
    st.caption(t("explore.analytics_on_demand"))
else:
    graph = analytics.co_recipient_graph(store, honour or "")
    st.caption(t("explore.network_size", nodes=graph.number_of_nodes(), edges=graph.number_of_edges()))
    if graph.graph.get("truncated"):  # a bounded sample of cohorts (graph.analytics)
        (cohorts, all_cohorts), (awards, all_awards) = graph.graph["cohorts"], graph.graph["awards"]
        st.caption(
            t(
                "explore.network_sample",
                cohorts=f"{cohorts:,}",
                all_cohorts=f"{all_cohorts:,}",
                awards=f"{awards:,}",
                all_awards=f"{all_awards:,}",
            )
        )
    tab_c, tab_m, tab_k = st.tabs([t("explore.centrality"), t("explore.communities"), t("explore.conferrers")])
    with tab_c:
        central = analytics.centrality(graph, top=10)
        _say(analytics.describe_centrality, central)
        if central:
            table(
                central,
                {"name": "col.person", "degree": "col.degree", "betweenness": "col.betweenness"},
                key="explore.central",
            )
    with tab_m:
        groups = analytics.communities(graph)
        _say(analytics.describe_communities, groups, graph)
        names = {n: graph.nodes[n].get("name", n) for n in graph.nodes}
        table(
            [{"n": i + 1, "size": len(g), "members": join(names.get(x, x) for x in g)} for i, g in enumerate(groups)],
            {"n": "col.community", "size": "col.size", "members": "col.members"},
            key="explore.communities",
        )
    with tab_k:
        conferrers = analytics.connecting_conferrers(store, top=10)
        _say(analytics.describe_conferrers, conferrers)
        if conferrers:
            table(
                conferrers,
                {"name": "col.organization", "people": "col.people", "awards": "col.awards"},
                key="explore.conferrers",
            )
