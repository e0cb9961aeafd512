"""The import page's 人物比对 block: who each incoming person is, from a dry run of entity resolution.

For every person of the upload: "already in the graph", "matches existing person X
(reasons)", "may be X — for review" or "a new person", with the editor's choice:
confirm the match or keep the person separate (review pairs may also be decided now
or left for the 人物核对 page).  Nothing is written until the import button.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

import streamlit as st

from graph.errors import LaomoError
from graph.store import GraphStore
from loaders import people
from loaders.pipeline import LoadReport, preview_people
from ui import auth
from ui.i18n import t

PREVIEW = "import.people_preview"  # {"sig", "decisions"}: the dry run, kept across reruns


@dataclass
class Choices:
    keep_apart: set[str] = field(default_factory=set)  # names to load as new people
    merge_review: list[tuple[str, str]] = field(default_factory=list)  # (existing, incoming) to merge after
    separate_review: list[tuple[str, str]] = field(default_factory=list)


def _reasons(reasons: list[str]) -> str:
    shown = [r for r in reasons if not r.startswith(("name_match", "common_name", "other_candidates"))]
    return "；".join(f"{t('reason.' + r.split(':')[0])} {r.split(':', 2)[2]}".strip() for r in shown) or t(
        "reason.name_match"
    )


def people_choices(store: GraphStore, profile: dict[str, Any]) -> Choices:
    """Show the block for ``profile`` (the accepted part of the upload); return the editor's choices."""
    sig = hashlib.sha256(json.dumps(profile, ensure_ascii=False, sort_keys=True, default=str).encode()).hexdigest()
    cached = st.session_state.get(PREVIEW)
    if not cached or cached["sig"] != sig:
        try:
            decisions = preview_people(store, profile) if profile.get("people") else []
        except LaomoError:
            decisions = []  # the load itself will report the problem
        cached = st.session_state[PREVIEW] = {"sig": sig, "decisions": decisions}
    choices = Choices()
    decisions = cached["decisions"]
    if not decisions:
        return choices
    st.subheader(t("import.people"), help=t("import.people_help"))
    for d in decisions:
        other = d["candidate_names"].get(d["candidate"] or "", d["candidate"] or "")
        key = f"import.match.{sig[:10]}.{d['index']}"
        if d["action"] == "same":
            st.markdown("- " + t("import.match_same", name=d["name"], other=other))
        elif d["action"] == "merge":
            st.markdown("- " + t("import.match_merge", name=d["name"], other=other, reasons=_reasons(d["reasons"])))
            pick = st.radio(t("import.choice"), ["merge", "new"], key=key, horizontal=True, format_func=_choice)
            if pick == "new":
                choices.keep_apart.add(d["name"])
        elif d["action"] == "review":
            st.markdown("- " + t("import.match_review", name=d["name"], other=other, reasons=_reasons(d["reasons"])))
            pick = st.radio(
                t("import.choice"), ["later", "merge", "new"], key=key, horizontal=True, format_func=_choice
            )
            if pick == "merge" and d["candidate"]:
                choices.merge_review.append((d["candidate"], d["person"]))
            elif pick == "new" and d["candidate"]:
                choices.separate_review.append((d["candidate"], d["person"]))
        else:
            st.markdown("- " + t("import.match_new", name=d["name"]))
    return choices


def _choice(value: str) -> str:
    return t(f"import.choice_{value}")


def apply_choices(store: GraphStore, report: LoadReport, choices: Choices) -> None:
    """After the load: the review pairs the editor decided on the import page."""
    created = {d["person"] for d in report.decisions if d["action"] == "review"}
    for existing, incoming in choices.merge_review:
        if incoming in created:
            people.merge(store, existing, incoming, actor=auth.current_editor())
    for existing, incoming in choices.separate_review:
        if incoming in created:
            people.keep_separate(store, existing, incoming)
    st.session_state.pop(PREVIEW, None)
