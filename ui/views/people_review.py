"""人物核对 People review: same-named pairs the loader could not decide, with the resolver's reasons.

Each pair shows both people (organisations, birth) and the scorer's reasons; the editor
merges them, keeps them apart, or undoes a merge.  The page only calls
``loaders.people``; every action is one transaction and can be undone.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from graph.errors import LaomoError
from loaders import people
from ui import auth
from ui.components import join
from ui.data import get_store, graph_changed
from ui.i18n import t
from ui.privacy import reader_mode

DONE = "review.done"  # the last action's message, shown after the rerun

st.title(t("review.title"))
if reader_mode():
    st.error(t("review.reader"))
    st.stop()
auth.require_editor()  # server-side: a writing page never runs without a signed-in editor (ui/auth.py)
st.caption(t("review.intro"))

message = st.session_state.pop(DONE, None)
if message:
    (st.error if message[0] == "error" else st.success)(message[1])

show = st.radio(
    t("review.show"),
    ["pending", ""],
    format_func=lambda s: t("review.pending") if s else t("review.all"),
    horizontal=True,
    key="review.show",
)


def reason_text(reason: str) -> str:
    """``org_same:+6:九里山矿`` → 同一单位 九里山矿 (+6)."""
    code, weight, detail = [*reason.split(":", 2), "", ""][:3]
    label = t(f"reason.{code}")
    return f"{label} {detail} ({weight})".replace("  ", " ")


def side(title: str, pid: str, orgs: list[str], born: Any) -> None:
    st.markdown(f"**{title}** · [`{pid}`](/?person={pid})")
    st.caption(
        " · ".join(x for x in (join(orgs) or t("review.no_org"), t("review.born", born=born) if born else "") if x)
    )


def act(kind: str, item: dict[str, Any]) -> None:
    store = get_store()
    a, b = item.get("person_a") or item["kept"], item.get("person_b") or item["absorbed"]
    try:
        if kind == "merge":
            people.merge(store, a, b, actor=auth.current_editor())
            st.session_state[DONE] = ("ok", t("review.merged", a=a, b=b))
        elif kind == "separate":
            people.keep_separate(store, a, b)
            st.session_state[DONE] = ("ok", t("review.separated", a=a, b=b))
        else:
            people.split(store, a, b)
            st.session_state[DONE] = ("ok", t("review.undone", a=a, b=b))
    except LaomoError as exc:
        st.session_state[DONE] = ("error", t("review.failed", error=str(exc)))
    else:
        graph_changed()  # the cached listings of every page are recomputed on the next click


try:
    items = people.review_items(get_store(), status=show)
except LaomoError as exc:
    st.error(t("review.failed", error=str(exc)))
    items = []
if not items:
    st.info(t("review.none"))
for item in items:
    with st.container(border=True):
        score = "—" if item["score"] is None else f"{item['score']:+.1f}"
        st.subheader(t("review.item", name=item["name"], score=score, status=t(f"review.status.{item['status']}")))
        c1, c2 = st.columns(2)
        with c1:
            side(t("review.existing"), item["person_a"], item["orgs_a"], item["born_a"])
        with c2:
            side(t("review.incoming"), item["person_b"], item["orgs_b"], item["born_b"])
        st.markdown(f"{t('review.reasons')}：" + "；".join(reason_text(r) for r in item["reasons"] or []))
        b1, b2, b3, _ = st.columns([1, 1, 1, 2])
        key = item["id"]
        if item["status"] == "pending":
            if b1.button(t("review.merge"), key=f"review.merge.{key}", type="primary"):
                act("merge", item)
                st.rerun()
            if b2.button(t("review.separate"), key=f"review.separate.{key}"):
                act("separate", item)
                st.rerun()
        elif item["status"] == "merged" and b3.button(t("review.undo"), key=f"review.undo.{key}"):
            act("undo", item)
            st.rerun()

# Merges made here, on the command line (laomo people merge) or from the import page: undo any of them.
records = people.merge_records(get_store())
if records:
    st.subheader(t("review.records"))
    for rec in records:
        c1, c2 = st.columns([4, 1])
        c1.markdown(t("review.record", absorbed=rec["absorbed"], kept=rec["kept"], name=rec["name"], at=rec["at"]))
        if c2.button(t("review.undo"), key=f"review.undo_record.{rec['id']}"):
            act("undo", rec)
            st.rerun()
