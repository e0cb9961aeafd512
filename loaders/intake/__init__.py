"""One intake for every format union offices publish: ``read_document`` → a profile to load.

    from loaders.intake import read_document
    result = read_document(Path("2023年焦作市劳动模范名单.xlsx"))
    result.profile        # data/profile.schema.json shape, validated
    result.warnings       # unknown columns, collectives not loaded, sections …
    result.skipped        # blank, 合计 and footnote rows; bad rows with skip_bad_rows

The CLI (``laomo load``) and the UI's import page both call it, so a file reads
the same way everywhere.  Formats:

- profile JSON/YAML (``loaders.profile_io``), as they are;
- tables: XLSX, XLS, ODS, CSV, TSV → the 名单 loader (``loaders.intake.roster``);
- documents: DOCX, PDF with a text layer, HTML, TXT → tables inside them to the
  名单 loader, prose to ``loaders.extract.extract_text``; people both name are merged;
- .doc/.wps and anything else: InputError saying what to do.

Every file becomes one Document keyed by the sha256 of its bytes.  Nothing here
writes to a store: callers validate every file first, then load.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.errors import InputError
from loaders.intake.documents import DocumentText, read_docx, read_html, read_pdf, read_txt
from loaders.intake.limits import check_size
from loaders.intake.roster import RosterContext, RosterResult, read_roster
from loaders.intake.sheets import read_delimited, read_workbook
from loaders.profile_io import FORMAT, normalise_profile, parse_profile_bytes, validate_profile

PROFILE_SUFFIXES = (".json", ".yaml", ".yml")
TABLE_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv")
DOCUMENT_SUFFIXES = (".docx", ".pdf", ".html", ".htm", ".txt")
SUPPORTED_SUFFIXES = PROFILE_SUFFIXES + TABLE_SUFFIXES + DOCUMENT_SUFFIXES
"""Every suffix ``read_document`` reads (lower case, with the dot)."""
_OLD_WORD = (".doc", ".wps", ".wpt", ".dot")
_OLD_OTHER = {".et": "XLSX", ".dps": "PDF", ".ppt": "PDF", ".pptx": "PDF", ".rtf": "DOCX"}

__all__ = ["SUPPORTED_SUFFIXES", "IntakeResult", "expand_inputs", "read_document"]


@dataclass
class IntakeResult:
    """One file read: its profile (validated), and what the reader should be told about it."""

    name: str
    kind: str
    """profile, table or document."""
    profile: dict[str, Any]
    warnings: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    collectives: list[dict[str, Any]] = field(default_factory=list)
    rows: int = 0
    """Data rows read from tables (a row naming two people counts once)."""
    encoding: str | None = None

    @property
    def people(self) -> int:
        return len(self.profile.get("people", []))

    @property
    def honours(self) -> int:
        return sum(len(p.get("honors") or []) for p in self.profile.get("people", []))


def _suffix(name: str) -> str:
    return Path(name).suffix.lower()


def expand_inputs(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; folders contribute every supported file below them, sorted (schemas and answer keys excluded)."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(
                sorted(
                    f
                    for f in p.rglob("*")
                    if f.is_file()
                    and _suffix(f.name) in SUPPORTED_SUFFIXES
                    and not f.name.endswith((".schema.json", ".gold.json"))
                    and not f.name.startswith((".", "~$"))
                )
            )
        elif p.exists():
            out.append(p)
        else:
            raise InputError("no such file or folder", file=str(p))
    return out


def read_document(
    source: str | Path | bytes,
    name: str | None = None,
    *,
    document_date: str | None = None,
    publisher: str | None = None,
    skip_bad_rows: bool = False,
    url: str | None = None,
) -> IntakeResult:
    """Read one file (a path, or its bytes and name) into a validated profile; InputError names file/sheet/row/field.

    ``url``: the address the text was published at (a saved web page names its own); its date
    stands in for a text that gives none.
    """
    if isinstance(source, bytes):
        if not name:
            raise InputError("a name (with its suffix) is needed to read uploaded bytes")
        data = source
    else:
        path = Path(source)
        name = name or str(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror}", file=name) from exc
    suffix = _suffix(name)
    if suffix in _OLD_WORD:
        raise InputError(
            f"{suffix} (Word 97–2003 / WPS) is not read: open it and save it as .docx (Word document), then load that",
            file=name,
        )
    if suffix in _OLD_OTHER:
        raise InputError(f"{suffix} files are not read: save it as {_OLD_OTHER[suffix]} and load that", file=name)
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(
            f"unsupported file type {suffix or '(no suffix)'!r}: laomo load reads "
            + ", ".join(s.lstrip(".") for s in SUPPORTED_SUFFIXES),
            file=name,
        )
    if not data.strip():
        raise InputError("the file is empty", file=name)
    check_size(data, file=name)
    sha = hashlib.sha256(data).hexdigest()
    doc_year = int(document_date[:4]) if document_date and document_date[:4].isdigit() else None

    if suffix in PROFILE_SUFFIXES:
        profile = parse_profile_bytes(data, file=name)
        validate_profile(profile, file=name)
        doc = profile.setdefault("document", {})
        doc.setdefault("source", name)
        if document_date and not doc.get("date"):
            doc["date"] = document_date
        if publisher and not doc.get("publisher"):
            doc["publisher"] = publisher
        if not doc.get("sha256"):
            doc["sha256"] = sha  # a hand-written profile with no source text is identified by its own bytes
        return IntakeResult(name=name, kind="profile", profile=normalise_profile(profile))

    ctx = RosterContext(file=name, title=Path(name).stem, document_year=doc_year, skip_bad_rows=skip_bad_rows)
    if suffix in TABLE_SUFFIXES:
        return _read_tables(data, name, suffix, sha, ctx, document_date, publisher)
    return _read_document(data, name, suffix, sha, ctx, document_date, publisher, url)


def _empty_profile(
    name: str, sha: str, title: str | None, kind: str, date: str | None, pub: str | None
) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "document": {"title": title, "source": name, "sha256": sha, "kind": kind, "date": date, "publisher": pub},
        "people": [],
        "organizations": [],
    }


def _collect(result: IntakeResult, roster: RosterResult) -> None:
    result.profile["people"].extend(roster.people)
    result.warnings.extend(roster.warnings)
    result.skipped.extend(roster.skipped)
    result.collectives.extend(roster.collectives)
    result.rows += roster.rows


def _finish(result: IntakeResult) -> IntakeResult:
    validate_profile(result.profile, file=result.name)
    result.profile = normalise_profile(result.profile)
    return result


def _read_tables(
    data: bytes, name: str, suffix: str, sha: str, ctx: RosterContext, date: str | None, pub: str | None
) -> IntakeResult:
    warnings: list[str] = []
    encoding = None
    if suffix in (".csv", ".tsv") and not data.startswith(b"PK\x03\x04"):
        table, encoding = read_delimited(data, file=name, delimiter="\t" if suffix == ".tsv" else None)
        tables = [table]
    elif suffix == ".xls" and data.lstrip()[:1] == b"<":  # web systems save HTML tables as .xls
        doc = read_html(data, file=name)
        tables, encoding = doc.tables, doc.encoding
        warnings.append(f"{name}: an HTML page saved as .xls: its tables were read")
    else:
        kind = {".ods": "ODS", ".xls": "XLS"}.get(suffix, "XLSX")
        tables, warnings = read_workbook(data, file=name, kind=kind)
    result = IntakeResult(
        name=name, kind="table", profile=_empty_profile(name, sha, None, "名单", date, pub), encoding=encoding
    )
    result.warnings.extend(warnings)
    rosters = [read_roster(t, ctx) for t in tables]
    if not any(r.is_roster for r in rosters):
        raise InputError(
            "no sheet has a header row with a 姓名 column in its first rows "
            "(expected headings such as 序号, 姓名, 性别, 工作单位, 荣誉称号)",
            file=name,
            field="姓名",
        )
    for r in rosters:
        _collect(result, r)
    result.profile["document"]["title"] = next((r.title for r in rosters if r.title), None) or Path(name).stem
    return _finish(result)


def _read_document(
    data: bytes,
    name: str,
    suffix: str,
    sha: str,
    ctx: RosterContext,
    date: str | None,
    pub: str | None,
    url: str | None = None,
) -> IntakeResult:
    reader = {".docx": read_docx, ".pdf": read_pdf, ".txt": read_txt}.get(suffix, read_html)
    doc: DocumentText = reader(data, file=name)
    url = url or doc.url
    ctx.title = doc.title or ctx.title
    ctx.require_header = False
    result = IntakeResult(
        name=name,
        kind="document",
        profile=_empty_profile(name, sha, doc.title, "公告" if doc.tables else "报道", date, pub),
        encoding=doc.encoding,
    )
    result.warnings.extend(doc.warnings)
    fallback_title = Path(name).stem
    for table in doc.tables:
        roster = read_roster(table, ctx)
        if roster.is_roster:
            _collect(result, roster)
        elif table.rows:
            result.warnings.append(
                f"{name} [{table.sheet or 'table'}]: a table without a 姓名 column: not read as a 名单"
            )
    if doc.prose.strip():
        prose_profile = _extract(doc.prose, name, date, pub, url)
        _merge_prose(result.profile, prose_profile)
    doc_info = result.profile["document"]
    if url:
        doc_info["url"] = url
    doc_info["title"] = doc_info.get("title") or fallback_title
    return _finish(result)


def _extract(text: str, name: str, date: str | None, pub: str | None, url: str | None = None) -> dict[str, Any]:
    from loaders.extract import extract_text

    return extract_text(text, source=name, document_date=date, publisher=pub, url=url)


def _merge_prose(profile: dict[str, Any], prose: dict[str, Any]) -> None:
    """Add the extractor's people to the tables' people; a name both give is one person when employers agree."""
    doc, pdoc = profile["document"], prose.get("document") or {}
    for key in ("title", "date", "publisher"):
        if pdoc.get(key) and not doc.get(key):
            doc[key] = pdoc[key]
    profile["organizations"] = list(prose.get("organizations") or [])
    by_name: dict[str, list[dict[str, Any]]] = {}
    for person in profile["people"]:
        by_name.setdefault(person["name"], []).append(person)
    for person in prose.get("people") or []:
        same = [
            p
            for p in by_name.get(person["name"], [])
            if not person.get("employers") or not p.get("employers") or set(person["employers"]) & set(p["employers"])
        ]
        if len(same) != 1:
            profile["people"].append(person)
            continue
        target = same[0]
        for key, value in person.items():
            if key in ("name", "id", "evidence"):
                continue
            if isinstance(value, list):
                have = target.setdefault(key, [])
                for item in value:
                    if key == "honors" and any(_same_honour(h, item) for h in have):
                        continue
                    if item not in have:
                        have.append(item)
            elif value and not target.get(key):
                target[key] = value


def _same_honour(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """One honour told twice (the table and the prose): same series, years equal or one unknown."""
    return a.get("title") == b.get("title") and (not a.get("year") or not b.get("year") or a["year"] == b["year"])
