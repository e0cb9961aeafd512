"""Small shared pieces of the pages: graph pictures, deep links, formatting.

Graph pictures use ``st-link-analysis`` (cytoscape.js bundled in the wheel:
no request leaves the machine).  Query rows come back from either store in the
same plain shape (node = {_label, _eid, props…}, rel = {_type, _src, _dst, …},
path = {nodes, rels}); ``graph_elements`` turns any mix of them into the
component's elements, keyed by the nodes' stable ``id`` so that a click on a
node can be fed straight back into a named query.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable, Iterable
from typing import Any, Literal

import pandas as pd
import streamlit as st

from graph import ranks
from graph.csv_cells import safe_cell
from graph.ranks import RankFilter
from graph.schema import LEVELS
from ui.i18n import label_name, rel_name, t

# Page files, relative to ui/app.py (st.page_link resolves them against the entry script).
PAGE_FILES = {
    "overview": "views/overview.py",
    "person": "views/person.py",
    "honours": "views/honours.py",
    "orgs": "views/organizations.py",
    "explore": "views/explore.py",
    "console": "views/console.py",
    "import": "views/import_profiles.py",
    "people_review": "views/people_review.py",
}
# Deep-link query parameter → page that opens it.
DEEP_LINKS = {"person": "person", "honor": "honours", "org": "orgs"}
# Search result kind → deep-link parameter.
SEARCH_KINDS = {"Person": "person", "Honor": "honor", "Organization": "org"}

NODE_COLOURS = {
    "Person": "#d9480f",
    "Organization": "#1c7ed6",
    "Honor": "#e0a800",
    "Award": "#f59f00",
    "Position": "#7048e8",
    "Patent": "#2f9e44",
    "Standard": "#0c8599",
    "Project": "#5c940d",
    "Document": "#868e96",
}
NODE_ICONS = {
    "Person": "person",
    "Organization": "factory",
    "Honor": "flag",
    "Award": "badge",
    "Position": "key",
    "Patent": "science",
    "Standard": "description",
    "Project": "analytics",
    "Document": "folder",
}
SEP = "、"
# One colour per honour level (graph.schema.LEVELS order), apart on a white page.
LEVEL_COLOURS = ("#c92a2a", "#e8590c", "#1971c2", "#0c8599", "#7048e8", "#2f9e44")


def level_scale() -> Any:
    """The Altair colour scale every chart uses for honour levels (unknown levels grey)."""
    import altair as alt

    from ui.i18n import t

    return alt.Scale(domain=[*LEVELS, t("common.unknown")], range=[*LEVEL_COLOURS, "#868e96"])


def rank_filter(key: str, container: Any = None) -> RankFilter:
    """A 荣誉等级 select (全部, 省部级及以上, …, 国家级, …) wherever a level filter is offered."""
    where = container or st
    text = where.selectbox(
        t("rank.filter"),
        ranks.choices(),
        key=key,
        format_func=lambda v: v or t("common.all"),
        help=t("rank.help"),
    )
    return RankFilter.parse(text)


# --- formatting -----------------------------------------------------------------
def join(values: Iterable[Any] | None, sep: str = SEP) -> str:
    """Non-empty values joined the Chinese way (、)."""
    return sep.join(str(v) for v in (values or []) if v not in (None, ""))


def year_text(year: Any) -> str:
    return str(year) if year not in (None, "", 0) else t("common.undated")


def clip(text: str | None, width: int = 18) -> str:
    if not text:
        return ""
    return text if len(text) <= width else text[: width - 1] + "…"


def node_caption(node: dict[str, Any]) -> str:
    """What a node is called in a picture: a name, a title, or an award's year and phrase."""
    label = node.get("_label")
    if label == "Award":
        year = node.get("year")
        phrase = node.get("raw") or node.get("edition") or label_name("Award")
        return f"{year} {phrase}" if year else phrase
    for key in ("name", "title", "raw", "id"):
        if node.get(key):
            return clip(str(node[key]))
    return label_name(str(label))


def table(
    records: list[dict[str, Any]],
    columns: dict[str, str],
    *,
    key: str | None = None,
    height: int | Literal["auto", "stretch", "content"] = "auto",
    static: bool = False,
) -> None:
    """Show rows as a table with translated headers (``columns`` maps field → i18n key).

    ``static`` draws a plain HTML table (short lists people read and copy, like a
    timeline); otherwise an interactive grid that sorts and scrolls.
    """
    frame = pd.DataFrame(
        {t(label): _column([r.get(field) for r in records]) for field, label in columns.items()},
        columns=[t(label) for label in columns.values()],
    )
    if static:
        st.table(frame, hide_index=True)
    else:
        st.dataframe(frame, hide_index=True, key=key, height=height)


def _column(values: list[Any]) -> list[Any]:
    """Cells of one column; a number column with gaps becomes text so blanks need no "None"."""
    cells = [_cell(v) for v in values]
    if any(v is None for v in values) and any(isinstance(v, (int, float)) for v in values):
        return [str(c) if c != "" else "" for c in cells]
    return cells


def _cell(value: Any) -> Any:
    if value is None:
        return ""  # a blank cell reads better than "None" in Chinese tables
    if isinstance(value, list):
        return join(value)
    if isinstance(value, dict):
        if "_label" in value:
            return f"{label_name(value['_label'])}：{node_caption(value)}"
        if "_type" in value:
            return rel_name(value["_type"])
        if "nodes" in value:
            return " → ".join(node_caption(n) for n in value["nodes"])
        return json.dumps(value, ensure_ascii=False)
    return value


def plain_frame(records: list[dict[str, Any]], columns: list[str]) -> pd.DataFrame:
    """Raw rows as a frame (console results): nodes, rels and paths as short text."""
    return pd.DataFrame([{c: _cell(r.get(c)) for c in columns} for r in records], columns=columns)


# --- deep links -------------------------------------------------------------------
def link(kind: str, node_id: str, label: str, *, key: str | None = None, help: str | None = None) -> None:
    """A link that opens the person / honour / organisation page on one node (``?person=<id>``)."""
    page = DEEP_LINKS[kind]
    st.page_link(PAGE_FILES[page], label=label, query_params={kind: node_id}, help=help)


def person_link(node_id: str, name: str, extra: str = "") -> None:
    link("person", node_id, f"{name}（{extra}）" if extra else name)


def honour_link(node_id: str, name: str, extra: str = "") -> None:
    link("honor", node_id, f"{name}（{extra}）" if extra else name)


def org_link(node_id: str, name: str, extra: str = "") -> None:
    link("org", node_id, f"{name}（{extra}）" if extra else name)


def not_found(param: str, wanted: str) -> None:
    """Stop the page with "not found" for a deep link to a missing record, and a search box.

    The address keeps the missing id (it is what the reader followed); the search offers
    links to what does exist, and nothing is opened in its place.
    """
    from graph.search import normalise_query
    from ui.data import rows

    st.warning(t("deeplink.not_found", kind=t(f"deeplink.kind.{param}"), id=wanted))
    query = st.text_input(t("overview.search"), key=f"deeplink.{param}.q", placeholder=t("overview.search_hint"))
    if query.strip():
        found = rows("search", q=normalise_query(query), top=20)
        if not found:
            st.info(t("deeplink.no_match", q=query))
        for r in found:
            kind = SEARCH_KINDS.get(r["kind"])
            if kind:
                link(kind, r["id"], f"{r['name']}（{label_name(r['kind'])}）")
    st.stop()


def picked(
    param: str, state_key: str, options: dict[str, str], label: str, *, format_func: Callable[[str], str] | None = None
) -> str | None:
    """The node a page shows: the deep-link parameter wins, else the page's own picker.

    The picker writes its choice back into the URL so the address can be shared.
    """
    wanted = st.query_params.get(param)
    if wanted and wanted not in options:
        # a link to a record that is not there: say so, never show (or address) another one
        not_found(param, wanted)
    if not options:
        return None
    # ``.url`` remembers the last node shown: a new address wins over the picker, an old one
    # does not (else the picker could never move), and it survives page switches, which
    # drop the selectbox's own state.
    seen_key = f"{state_key}.url"
    current = st.session_state.get(state_key)
    if wanted in options and (wanted != st.session_state.get(seen_key) or current not in options):
        st.session_state[state_key] = wanted
    elif current not in options:
        remembered = st.session_state.get(seen_key)
        st.session_state[state_key] = remembered if remembered in options else next(iter(options))
    chosen = st.selectbox(label, list(options), key=state_key, format_func=format_func or (lambda k: options[k]))
    st.session_state[seen_key] = chosen
    if chosen:
        # set even when unchanged: a page link to the page already shown (a not-found page's search)
        # reruns it with the new id, but the browser keeps showing the old address until told
        st.query_params[param] = chosen
    return chosen


# --- graph pictures -------------------------------------------------------------------
def _walk(value: Any, nodes: dict[str, dict[str, Any]], rels: dict[str, dict[str, Any]]) -> None:
    if isinstance(value, dict):
        if "_label" in value and "_eid" in value:
            nodes.setdefault(value["_eid"], value)
        elif "_type" in value and "_src" in value:
            rels.setdefault(value.get("_eid") or f"{value['_src']}>{value['_type']}>{value['_dst']}", value)
        elif "nodes" in value and "rels" in value:
            for item in list(value["nodes"]) + list(value["rels"]):
                _walk(item, nodes, rels)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _walk(item, nodes, rels)


def graph_elements(records: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Cytoscape elements from any query rows holding nodes, relationships or paths.

    Nodes are keyed by their ``id`` property (stable across stores); a relationship
    whose endpoint is not among the nodes is dropped (the component cannot draw it).
    """
    nodes: dict[str, dict[str, Any]] = {}
    rels: dict[str, dict[str, Any]] = {}
    for record in records:
        _walk(list(record.values()), nodes, rels)
    key_of = {eid: str(n.get("id") or eid) for eid, n in nodes.items()}
    out_nodes, seen = [], set()
    for eid, n in nodes.items():
        nid = key_of[eid]
        if nid in seen:
            continue
        seen.add(nid)
        data = {k: v for k, v in n.items() if not k.startswith("_") and k != "search" and v not in (None, [], "")}
        data.update(id=nid, label=n["_label"], name=node_caption(n), kind=label_name(n["_label"]))
        out_nodes.append({"data": {k: _scalar(v) for k, v in data.items()}})
    out_edges = []
    for rid, r in rels.items():
        src, dst = key_of.get(r["_src"]), key_of.get(r["_dst"])
        if src is None or dst is None:
            continue
        data = {k: v for k, v in r.items() if not k.startswith("_") and v not in (None, [], "")}
        data.update(id=f"e{rid}", label=r["_type"], source=src, target=dst, rel=rel_name(r["_type"]))
        out_edges.append({"data": {k: _scalar(v) for k, v in data.items()}})
    return {"nodes": out_nodes, "edges": out_edges}


def simple_elements(
    nodes: Iterable[tuple[str, str, str]], edges: Iterable[tuple[str, str, str, str]]
) -> dict[str, list[dict[str, Any]]]:
    """Elements from (id, label, name) nodes and (source, target, type, caption) edges."""
    out_nodes = {
        nid: {"data": {"id": nid, "label": label, "name": clip(name), "kind": label_name(label)}}
        for nid, label, name in nodes
    }
    out_edges = []
    for i, (src, dst, rel_type, caption) in enumerate(edges):
        if src in out_nodes and dst in out_nodes:
            out_edges.append({"data": {"id": f"s{i}", "label": rel_type, "source": src, "target": dst, "rel": caption}})
    return {"nodes": list(out_nodes.values()), "edges": out_edges}


def pair_elements(pairs: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The co-recipient network from ``co_recipient_network`` rows (one edge per shared award)."""
    nodes = {(r["source"], "Person", r["source_name"]) for r in pairs} | {
        (r["target"], "Person", r["target_name"]) for r in pairs
    }
    edges = [
        (r["source"], r["target"], "CO_RECIPIENT", " ".join(str(x) for x in (r["honor"], r["year"], r["edition"]) if x))
        for r in pairs
    ]
    return simple_elements(sorted(nodes), edges)


def _scalar(value: Any) -> Any:
    return join(value) if isinstance(value, list) else value


def merge_elements(*parts: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """Union of several element sets (by id), for step-by-step expansion."""
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[str, dict[str, Any]] = {}
    for part in parts:
        for n in part.get("nodes", []):
            nodes.setdefault(n["data"]["id"], n)
        for e in part.get("edges", []):
            edges.setdefault(e["data"]["id"], e)
    ids = set(nodes)
    return {
        "nodes": list(nodes.values()),
        "edges": [e for e in edges.values() if e["data"]["source"] in ids and e["data"]["target"] in ids],
    }


# A chain of facts reads left to right; the component's own layouts would stack it vertically
# and shrink the names to fit.
ROW_LAYOUT = {"name": "grid", "rows": 1, "fit": True, "padding": 40, "avoidOverlap": True, "animate": False}
# A centre and its neighbours (explore's neighbourhood, 201 nodes around the most honoured unit at 1M): the
# centre in the middle, the rest on rings by degree.  Cytoscape's force layout (``cose``) kept the tab's
# one main thread busy 1.0–1.8 s drawing it and piled the leaves into an oval; this costs a few
# milliseconds.  No animation: the picture is drawn once, at its place.
STAR_LAYOUT = {
    "name": "concentric",
    "fit": True,
    "padding": 20,
    "minNodeSpacing": 10,
    "avoidOverlap": True,
    "nodeDimensionsIncludeLabels": False,
    "animate": False,
}
# Several cohorts of an honour: the force layout draws each as a cluster; drawn once, not animated.
COHORTS_LAYOUT = {
    "name": "cose",
    "fit": True,
    "padding": 20,
    "nodeRepulsion": 2024,
    "nodeDimensionsIncludeLabels": True,
    "animate": False,
}


def cohort_layout(elements: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """The layout of a co-recipient network: rings (``STAR_LAYOUT``) when every two people in it are
    linked (one cohort, as at a million people: 55 people, 1,485 links, which the force layout piled
    on one another for 1–3 s of the tab's main thread), else ``COHORTS_LAYOUT`` (one cluster a cohort)."""
    people = len(elements["nodes"])
    pairs = {frozenset((e["data"]["source"], e["data"]["target"])) for e in elements["edges"]}
    return STAR_LAYOUT if len(pairs) >= people * (people - 1) // 2 else COHORTS_LAYOUT


# Above this many links a picture's link captions are not drawn: they overlap into grey, and cytoscape
# measures every one (a 55-person cohort has 1,485 links).  The caption stays in the link's details.
EDGE_CAPTIONS_MAX = 300
TREE_LAYOUT = {
    "name": "breadthfirst",
    "directed": True,
    "fit": True,
    "padding": 30,
    "spacingFactor": 0.9,
    "animate": False,
    "nodeDimensionsIncludeLabels": True,
}


def show_graph(
    elements: dict[str, list[dict[str, Any]]],
    *,
    key: str,
    height: int = 460,
    layout: str | dict[str, Any] = "cose",
    expandable: bool = False,
    on_change: Callable[[], None] | None = None,
) -> Any:
    """Draw elements with st-link-analysis; returns the component's last event (expand clicks)."""
    if not elements.get("nodes"):
        st.info(t("graph.empty"))
        return None
    from st_link_analysis import st_link_analysis

    labels = sorted({n["data"]["label"] for n in elements["nodes"]})
    types = sorted({e["data"]["label"] for e in elements["edges"]})
    node_styles = [_node_style(lb) for lb in labels]
    captions = len(elements["edges"]) <= EDGE_CAPTIONS_MAX
    edge_styles = [_edge_style(ty, captions=captions) for ty in types]
    legend = t(
        "graph.legend",
        nodes=len(elements["nodes"]),
        edges=len(elements["edges"]),
        kinds=join(label_name(lb) for lb in labels),
    )
    st.caption(legend + (t("graph.expand_hint") if expandable else ""))
    return st_link_analysis(
        elements,
        layout,
        node_styles,
        edge_styles,
        height=height,
        key=key,
        node_actions=["expand"] if expandable else [],
        on_change=on_change,
    )


def _node_style(label: str) -> Any:
    from st_link_analysis import NodeStyle

    class _Readable(NodeStyle):
        # The component's captions are 3.6 px and hidden below 10 px on screen, so a whole
        # graph shows no names; these sizes keep Chinese names readable at fit-to-screen zoom.
        def dump(self) -> dict[str, Any]:
            out = super().dump()
            out["style"].update(
                {"font-size": 9, "min-zoomed-font-size": 5, "text-margin-y": 2, "width": 24, "height": 24}
            )
            return out

    return _Readable(label, NODE_COLOURS.get(label, "#495057"), "name", NODE_ICONS.get(label))


def _edge_style(rel_type: str, *, captions: bool = True) -> Any:
    from st_link_analysis import EdgeStyle

    class _Readable(EdgeStyle):
        def dump(self) -> dict[str, Any]:
            out = super().dump()
            out["style"].update({"font-size": 6, "min-zoomed-font-size": 6})
            if not captions:
                out["style"]["label"] = ""
            return out

    with warnings.catch_warnings():
        # st-link-analysis 0.4.0 warns about its own deprecated `labeled` default on every EdgeStyle
        warnings.simplefilter("ignore")
        return _Readable(rel_type, caption="rel", directed=True)


def csv_bytes(records: list[dict[str, Any]], columns: list[str]) -> bytes:
    """Query rows as a UTF-8 CSV (with BOM, for Excel) in which no cell opens as a formula."""
    return plain_frame(records, columns).map(safe_cell).to_csv(index=False).encode("utf-8-sig")


def download_buttons(records: list[dict[str, Any]], columns: list[str], stem: str, *, key: str) -> None:
    """CSV and JSON downloads of query rows."""
    c1, c2 = st.columns(2)
    c1.download_button(
        t("download.csv"),
        csv_bytes(records, columns),
        file_name=f"{stem}.csv",
        mime="text/csv",
        key=f"{key}.csv",
        on_click="ignore",
    )
    c2.download_button(
        t("download.json"),
        json.dumps(records, ensure_ascii=False, indent=1, default=str),
        file_name=f"{stem}.json",
        mime="application/json",
        key=f"{key}.json",
        on_click="ignore",
    )
