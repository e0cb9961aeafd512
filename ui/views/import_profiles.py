"""导入 Import: upload a profile file or a Chinese article, review every fact with its evidence, load.

Profile files (JSON/YAML in data/profile.schema.json shape) are validated as
they are; a .txt article goes through the text extractor first.  Nothing is
written until the reviewer presses the load button, and then only the accepted
rows, in one transaction per document.
"""

from __future__ import annotations

import hashlib
from typing import Any

import pandas as pd
import streamlit as st

from graph.errors import InputError, LaomoError
from loaders.pipeline import load_profile_dict
from loaders.profile_io import parse_profile_bytes, validate_profile
from ui.data import get_store
from ui.i18n import t, thing_name
from ui.privacy import reader_mode
from ui.review import apply_decisions, fact_rows

PARSED = "import.parsed"  # {"sig", "name", "profile"} of the uploaded file
REPORT = "import.report"  # the last load's outcome, shown after the rerun
EDITOR_ROUND = "import.round"  # bumping it gives the review table a fresh key (select all / none)

st.title(t("import.title"))
if reader_mode():
    st.error(t("import.reader"))
    st.stop()
st.caption(t("import.intro"))

c1, c2 = st.columns(2)
doc_date = c1.text_input(t("import.date"), key="import.date", placeholder="2023-02", help=t("import.date_help"))
publisher = c2.text_input(t("import.publisher"), key="import.publisher", placeholder="焦作市总工会")
upload = st.file_uploader(t("import.file"), type=["json", "yaml", "yml", "txt"], key="import.file")


def _parse(name: str, data: bytes) -> dict[str, Any]:
    """A profile from an uploaded file; raises InputError with the file and field."""
    if name.lower().endswith(".txt"):
        try:
            from loaders.extract import extract_text
        except ImportError as exc:
            raise InputError(t("import.no_extractor"), file=name) from exc
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(f"not UTF-8 text (byte {exc.start})", file=name) from exc
        profile = extract_text(
            text, source=name, document_date=doc_date.strip() or None, publisher=publisher.strip() or None
        )
    else:
        profile = parse_profile_bytes(data, file=name)
        doc = profile.setdefault("document", {})
        if doc_date.strip() and not doc.get("date"):
            doc["date"] = doc_date.strip()
        if publisher.strip() and not doc.get("publisher"):
            doc["publisher"] = publisher.strip()
    validate_profile(profile, file=name)
    doc = profile.setdefault("document", {})
    doc.setdefault("source", name)
    if not doc.get("sha256"):
        doc["sha256"] = hashlib.sha256(data).hexdigest()
    return profile


if upload is None:
    st.session_state.pop(PARSED, None)
else:
    data = upload.getvalue()
    sig = hashlib.sha256(data + f"|{doc_date}|{publisher}".encode()).hexdigest()
    if st.session_state.get(PARSED, {}).get("sig") != sig:
        try:
            with st.spinner(t("import.reading")):
                st.session_state[PARSED] = {"sig": sig, "name": upload.name, "profile": _parse(upload.name, data)}
        except LaomoError as exc:
            st.session_state.pop(PARSED, None)
            st.error(t("import.invalid", error=str(exc)))

parsed = st.session_state.get(PARSED)
if parsed:
    profile = parsed["profile"]
    doc = profile.get("document", {})
    st.subheader(t("import.document"))
    st.markdown(" · ".join(x for x in (doc.get("title"), doc.get("publisher"), doc.get("date"), parsed["name"]) if x))
    facts = fact_rows(profile)
    st.caption(t("import.summary", people=len(profile.get("people", [])), facts=len(facts)))

    round_no = st.session_state.setdefault(EDITOR_ROUND, 0)
    b1, b2, _ = st.columns([1, 1, 4])
    if b1.button(t("import.all"), key="import.all"):
        st.session_state["import.default"] = True
        st.session_state[EDITOR_ROUND] = round_no + 1
        st.rerun()
    if b2.button(t("import.none"), key="import.none"):
        st.session_state["import.default"] = False
        st.session_state[EDITOR_ROUND] = round_no + 1
        st.rerun()
    default = st.session_state.get("import.default", True)
    frame = pd.DataFrame(
        [
            {**f, "accept": default, "kind": t(f"fact.{f['kind']}"), "year": str(f["year"]) if f["year"] else ""}
            for f in facts
        ],
        columns=["key", "accept", "person", "kind", "fact", "year", "sentence", "confidence"],
    )
    edited = st.data_editor(
        frame,
        key=f"import.editor.{parsed['sig'][:12]}.{round_no}",
        hide_index=True,
        height=420,
        disabled=["key", "person", "kind", "fact", "year", "sentence", "confidence"],
        column_order=["accept", "person", "kind", "fact", "year", "sentence", "confidence"],
        column_config={
            "accept": st.column_config.CheckboxColumn(t("import.accept"), help=t("import.accept_help")),
            "person": st.column_config.TextColumn(t("col.person")),
            "kind": st.column_config.TextColumn(t("col.kind")),
            "fact": st.column_config.TextColumn(t("col.fact"), width="large"),
            "year": st.column_config.TextColumn(t("col.year")),
            "sentence": st.column_config.TextColumn(t("col.sentence"), width="large"),
            "confidence": st.column_config.ProgressColumn(
                t("col.confidence"), min_value=0.0, max_value=1.0, format="%.2f"
            ),
        },
    )
    accepted = set(edited.loc[edited["accept"].astype(bool), "key"])
    st.caption(t("import.accepted", n=len(accepted), total=len(facts)))
    if st.button(t("import.load"), type="primary", key="import.load", disabled=not accepted):
        chosen = apply_decisions(profile, accepted)
        try:
            with st.spinner(t("import.loading")):
                report = load_profile_dict(get_store(), chosen, source=parsed["name"])
        except LaomoError as exc:
            st.session_state[REPORT] = {"error": str(exc)}
        else:
            st.session_state[REPORT] = {
                "changes": report.changes(),
                "people": report.people,
                "facts": report.facts,
                "seconds": report.elapsed_s,
                "name": parsed["name"],
            }

outcome = st.session_state.get(REPORT)
if outcome:
    if "error" in outcome:
        st.error(t("import.failed", error=outcome["error"]))
    else:
        st.success(
            t(
                "import.loaded",
                name=outcome["name"],
                people=outcome["people"],
                facts=outcome["facts"],
                seconds=f"{outcome['seconds']:.2f}",
            )
        )
        if outcome["changes"]:
            st.table(
                pd.DataFrame(
                    [
                        {t("import.what"): f"{thing_name(k)}（{k}）", t("import.change"): f"{v:+d}"}
                        for k, v in outcome["changes"].items()
                    ]
                ),
                hide_index=True,
            )
        else:
            st.info(t("import.no_change"))
