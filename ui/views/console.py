"""Cypher 控制台 Console: read-only queries with parameters, as a table and a graph, with downloads.

The store classifies and limits every console query (``read(…, console=True)``:
graph.cypher_guard, then ladybug's read-only, memory-capped database or Neo4j's
EXPLAIN plus a READ transaction), so the console only has to explain refusals.
The query runs in a worker thread while this script polls it: a click on Stop
(or any rerun, or leaving the page) interrupts it, and other sessions' pages
keep running on their own connections meanwhile.
Saved examples are the named-query registry itself: what the other pages ask.
"""

from __future__ import annotations

import json
import time
from typing import Any

import streamlit as st

from graph.errors import InputError, LaomoError, QueryStopped, QueryTimeout, ReadOnlyError
from graph.queries import REGISTRY
from graph.store import PendingRead
from ui import auth
from ui.components import download_buttons, graph_elements, plain_frame, show_graph
from ui.data import get_store
from ui.i18n import t
from ui.privacy import reader_mode

DEFAULT_CYPHER = "MATCH (p:Person)-[r:RECEIVED]->(a:Award)-[o:OF_HONOR]->(h:Honor)\nRETURN p, r, a, o, h LIMIT 50"
RESULT = "console.result"

st.title(t("console.title"))
if reader_mode():
    st.error(t("console.reader"))
    st.stop()
if not auth.console_open():  # the console is for editors unless LAOMO_CONSOLE=readers (ui/auth.py)
    auth.require_editor()
st.caption(t("console.intro"))

st.session_state.setdefault("console.cypher", DEFAULT_CYPHER)
st.session_state.setdefault("console.params", "{}")


def _load_example() -> None:
    nq = REGISTRY[st.session_state["console.example"]]
    st.session_state["console.cypher"] = nq.cypher
    st.session_state["console.params"] = json.dumps(nq.params, ensure_ascii=False)
    st.session_state.pop(RESULT, None)


with st.expander(t("console.examples"), expanded=False):
    names = sorted(REGISTRY, key=lambda n: REGISTRY[n].title_zh)
    example = st.selectbox(
        t("console.example"), names, key="console.example", format_func=lambda n: f"{REGISTRY[n].title_zh} · {n}"
    )
    st.caption(REGISTRY[example].question)
    st.code(REGISTRY[example].cypher, language="cypher")
    st.button(t("console.use_example"), key="console.use", on_click=_load_example)

cypher = st.text_area(t("console.cypher"), key="console.cypher", height=160)
c1, c2, c3 = st.columns([3, 1, 1])
params_text = c1.text_area(t("console.params"), key="console.params", height=68, help=t("console.params_help"))
limit = c2.number_input(t("console.limit"), min_value=1, max_value=100_000, value=1000, step=100, key="console.limit")
timeout = c3.number_input(
    t("console.timeout_s"), min_value=1.0, max_value=300.0, value=15.0, step=5.0, key="console.timeout"
)


def _stopped() -> None:
    # Runs before the rerun the click causes; that rerun interrupts the query (the finally in _run).
    st.session_state[RESULT] = {"error": t("console.stopped")}


def _run(cypher: str, params_text: str, limit: int, timeout: float) -> dict[str, Any]:
    """Run one console query; the outcome (rows or a translated error) is kept for reruns."""
    try:
        params = json.loads(params_text or "{}")
        if not isinstance(params, dict):
            raise InputError('parameters must be a JSON object such as {"name": "张伟"}')
    except (json.JSONDecodeError, InputError) as exc:
        return {"error": t("console.bad_params", error=str(exc))}
    pending = PendingRead(get_store(), cypher, params, limit=int(limit), timeout_s=float(timeout), console=True)
    started = time.monotonic()
    status, stop = st.empty(), st.empty()
    try:
        if not pending.wait(0.2):
            stop.button(t("console.stop"), key="console.stop", on_click=_stopped)
            # Each update gives Streamlit a chance to deliver Stop or a rerun as an exception here.
            while not pending.wait(0.25):
                status.info(t("console.running", seconds=f"{time.monotonic() - started:.0f}"))
    finally:
        if not pending.wait(0):
            pending.stop()  # Stop, a rerun or leaving the page: interrupt, never leave it running
    status.empty()
    stop.empty()
    try:
        result = pending.result()
    except ReadOnlyError as exc:
        return {"error": t("console.readonly", error=str(exc))}
    except QueryTimeout as exc:
        return {"error": t("console.timed_out", seconds=timeout, error=str(exc))}
    except QueryStopped:
        return {"error": t("console.stopped")}
    except LaomoError as exc:  # limits (unbounded paths, memory), syntax errors, an unreachable store
        return {"error": t("console.failed", error=str(exc))}
    return {"columns": result.columns, "rows": result.rows, "truncated": result.truncated, "elapsed": result.elapsed_s}


if st.button(t("console.run"), type="primary", key="console.run"):
    if not cypher.strip():
        st.session_state[RESULT] = {"error": t("console.empty")}
    else:
        st.session_state[RESULT] = _run(cypher, params_text, limit, timeout)

outcome = st.session_state.get(RESULT)
if outcome:
    if "error" in outcome:
        st.error(outcome["error"])
    else:
        records, columns = outcome["rows"], outcome["columns"]
        st.success(t("console.rows", n=len(records), seconds=f"{outcome['elapsed']:.3f}"))
        if outcome["truncated"]:
            st.warning(t("console.truncated", n=len(records)))
        tab_table, tab_graph = st.tabs([t("console.as_table"), t("console.as_graph")])
        with tab_table:
            st.dataframe(plain_frame(records, columns), hide_index=True, key="console.table")
        with tab_graph:
            elements = graph_elements(records)
            if elements["nodes"]:
                show_graph(elements, key="console.graph", height=520)
            else:
                st.caption(t("console.no_graph"))
        download_buttons(records, columns, "laomo-query", key="console.download")
