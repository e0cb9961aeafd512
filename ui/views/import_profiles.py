"""导入 Import: upload a profile, a 名单 or a Chinese document, review every fact with its evidence, load.

Files are read by ``loaders.intake.read_document``, the same reader as
``laomo load``: profiles (JSON/YAML), 名单 (XLSX/XLS/ODS/CSV/TSV) and documents
(DOCX/PDF/HTML/TXT, in UTF-8, GBK or UTF-16).  Nothing is
written until the reviewer presses the load button, and then only the accepted
rows, in one transaction per document.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from urllib.parse import urlsplit

import pandas as pd
import streamlit as st

from graph.errors import LaomoError
from loaders.extract.urldate import date_from_url
from loaders.intake import DOCUMENT_SUFFIXES, SUPPORTED_SUFFIXES, IntakeResult, read_document
from loaders.intake.limits import MAX_FILE_BYTES
from loaders.pipeline import load_profile_dict
from ui import auth
from ui.components import table
from ui.data import get_store, graph_changed, rows
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
auth.require_editor()  # server-side: a writing page never runs without a signed-in editor (ui/auth.py)
st.caption(t("import.intro"))

c1, c2 = st.columns(2)
doc_date = c1.text_input(t("import.date"), key="import.date", placeholder="2023-02", help=t("import.date_help"))
publisher = c2.text_input(t("import.publisher"), key="import.publisher", placeholder="焦作市总工会")
source_url = st.text_input(
    t("import.url"),
    key="import.url",
    placeholder="http://www.jzrb.cn/news/2023/0428/123456.html",
    help=t("import.url_help"),
).strip()
skip_bad = st.checkbox(t("import.skip_bad_rows"), key="import.skip_bad", help=t("import.skip_bad_rows_help"))
upload = st.file_uploader(
    t("import.file"),
    type=[s.lstrip(".") for s in SUPPORTED_SUFFIXES],
    key="import.file",
    help=t("import.formats"),
    max_upload_size=MAX_FILE_BYTES // 1048576,  # the reader's own limit (loaders.intake.limits), in MB
)


def _is_address(text: str) -> bool:
    """An http(s) address with a host: what a reader can open (``www.jzrb.cn/…`` without a scheme is not)."""
    try:
        parts = urlsplit(text)
        host = parts.hostname  # ValueError on a broken [IPv6] host or port
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(host) and not any(c.isspace() for c in text)


_MARKDOWN = frozenset("\\`*_{}[]()<>#+-.!|~$")  # ASCII punctuation markdown (or Streamlit's $…$ LaTeX) acts on


def _plain(text: str) -> str:
    """``text`` shown as it is in markdown: a title's leading ``# `` or an address's ``_`` format nothing."""
    return "".join("\\" + c if c in _MARKDOWN else c for c in text)


def _is_article(name: str) -> bool:
    """The source address is used for articles only: a 名单 or a profile has no page of its own."""
    return Path(name).suffix.lower() in DOCUMENT_SUFFIXES


def _parse(name: str, data: bytes) -> IntakeResult:
    """The uploaded file read exactly as `laomo load` reads it; raises InputError naming file, sheet, row, field."""
    return read_document(
        data,
        name,
        document_date=doc_date.strip() or None,
        publisher=publisher.strip() or None,
        skip_bad_rows=skip_bad,
        url=(source_url or None) if _is_article(name) else None,
    )


url_ok = not source_url or _is_address(source_url)
if not url_ok:
    st.error(t("import.url_invalid", url=source_url))
if upload is None or not url_ok:
    st.session_state.pop(PARSED, None)
else:
    data = upload.getvalue()
    sig = hashlib.sha256(data + f"|{doc_date}|{publisher}|{skip_bad}|{source_url}".encode()).hexdigest()
    if st.session_state.get(PARSED, {}).get("sig") != sig:
        try:
            with st.spinner(t("import.reading")):
                intake = _parse(upload.name, data)
                st.session_state[PARSED] = {
                    "sig": sig,
                    "name": upload.name,
                    "profile": intake.profile,
                    "intake": {
                        "rows": intake.rows,
                        "warnings": intake.warnings,
                        "skipped": intake.skipped,
                        "collectives": [c["name"] for c in intake.collectives],
                        "encoding": intake.encoding,
                    },
                }
        except LaomoError as exc:
            st.session_state.pop(PARSED, None)
            st.error(t("import.invalid", error=str(exc)))

parsed = st.session_state.get(PARSED)
if parsed:
    profile = parsed["profile"]
    doc = profile.get("document", {})
    st.subheader(t("import.document"))
    line = (doc.get("title"), doc.get("publisher"), doc.get("date"), parsed["name"], doc.get("url"))
    st.markdown(" · ".join(_plain(x) for x in line if x))
    # the date the address gave: no date typed in, and the document's date is the address's (loaders.extract)
    if doc.get("url") and not doc_date.strip() and doc.get("date") and doc["date"] == date_from_url(doc["url"]):
        st.caption(t("import.url_date", date=doc["date"]))
    if source_url and not _is_article(parsed["name"]):
        st.info(t("import.url_not_used", name=parsed["name"]))
    facts = fact_rows(profile)
    st.caption(t("import.summary", people=len(profile.get("people", [])), facts=len(facts)))
    # intake notes: rows read, collectives not loaded, warnings and skipped rows (loaders.intake)
    notes = parsed.get("intake") or {}
    if notes.get("rows"):
        st.caption(t("import.rows", rows=notes["rows"]))
    if notes.get("collectives"):
        st.warning(t("import.collectives", n=len(notes["collectives"]), names="、".join(notes["collectives"])))
    if notes.get("warnings") or notes.get("skipped"):
        with st.expander(t("import.notes", n=len(notes.get("warnings", [])) + len(notes.get("skipped", [])))):
            st.text("\n".join([*notes.get("warnings", []), *notes.get("skipped", [])]))

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
    # --- 人物比对 who the incoming people are (entity resolution, owner: ui/people_match.py) ---
    from ui.people_match import apply_choices, people_choices

    people_picked = people_choices(get_store(), apply_decisions(profile, accepted))
    # --- end 人物比对 ---
    if st.button(t("import.load"), type="primary", key="import.load", disabled=not accepted):
        chosen = apply_decisions(profile, accepted)
        try:
            with st.spinner(t("import.loading")):
                report = load_profile_dict(
                    get_store(),
                    chosen,
                    source=parsed["name"],
                    keep_apart=people_picked.keep_apart,
                    actor=auth.current_editor(),
                )
                apply_choices(get_store(), report, people_picked)  # 人物比对: review pairs decided here
        except LaomoError as exc:
            st.session_state[REPORT] = {"error": str(exc)}
        else:
            graph_changed()  # the cached listings of every page are recomputed on the next click
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

# --- who loaded what, when (Document loaded_by / loaded_at) -----------------------------------
st.subheader(t("import.recent"))
# Stamps are stored to the microsecond (a total order); people read them to the second (UTC).
recent = [{**r, "loaded_at": (r.get("loaded_at") or "")[:19].replace("T", " ")} for r in rows("recent_loads", top=10)]
if recent:
    table(
        recent,
        {"document": "col.document", "loaded_by": "col.loaded_by", "loaded_at": "col.loaded_at"},
        key="import.recent",
        static=True,
    )
else:
    st.caption(t("import.recent_none"))
