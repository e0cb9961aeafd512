"""What the explorer accepts from an upload and what it hands out as CSV.

Uploads: the server, the import page's uploader and the readers share one size
limit (loaders.intake.limits.MAX_FILE_BYTES); office files with a DTD are refused
before any XML parser sees them; a web page's entity never reads a local file.
Exports: every CSV writer (the CLI's ``query --format csv``, the pages' CSV
downloads, the honour roll) writes a cell beginning with = + - @ as text.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from graph.errors import InputError
from loaders.intake import read_document
from loaders.intake.documents import read_html
from loaders.intake.limits import MAX_FILE_BYTES
from tests.conftest import EDITORS, REPO, embedded_store, signed_in
from ui.components import csv_bytes

MIB = 1024 * 1024


# --- size ----------------------------------------------------------------------------------------------
def test_the_server_accepts_uploads_up_to_the_readers_own_limit() -> None:
    config = tomllib.loads((REPO / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["maxUploadSize"] == MAX_FILE_BYTES // MIB == 20


def test_the_import_uploader_offers_the_same_limit(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for var in ("LAOMO_READER", "LAOMO_STORE", "NEO4J_URI"):
        monkeypatch.delenv(var, raising=False)
    db = tmp_path / "uploads.lbug"
    embedded_store(db).close()
    monkeypatch.setenv("LAOMO_DB", str(db))
    monkeypatch.setenv("LAOMO_EDITORS", EDITORS)
    at = signed_in(AppTest.from_file(str(REPO / "ui" / "app.py"), default_timeout=120))
    at.run()
    at.switch_page("views/import_profiles.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.get("file_uploader")[0].proto.max_upload_size_mb == MAX_FILE_BYTES // MIB


def test_a_file_over_the_limit_is_refused_before_it_is_parsed() -> None:
    oversized = b"\xef\xbb\xbf" + "姓名,工作单位\n".encode() + b"x" * MAX_FILE_BYTES
    with pytest.raises(InputError, match="over the 20 MB limit"):
        read_document(oversized, "焦作工匠名单.csv")


# --- no entities, no macros ---------------------------------------------------------------------------
def _with_dtd(data: bytes, part: str) -> bytes:
    """The same office file with a DTD declaring an external entity put into one XML part."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == part:
                head, sep, rest = body.partition(b"?>")
                body = head + sep + b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>' + rest
            dst.writestr(info, body)
    return out.getvalue()


def _xlsx() -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "工作单位", "荣誉"])
    ws.append(["张伟", "九里山矿", "焦作工匠"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_a_workbook_declaring_an_entity_is_refused() -> None:
    with pytest.raises(InputError, match="<!DOCTYPE/<!ENTITY"):
        read_document(_with_dtd(_xlsx(), "xl/workbook.xml"), "焦作工匠名单.xlsx")


def test_a_macro_workbook_gives_its_cell_values_and_its_macros_are_left_unread() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_xlsx())) as src, zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr("xl/vbaProject.bin", b'Attribute VB_Name = "Module1"\nSub Auto_Open()\nShell "calc"\nEnd Sub')
    read = read_document(buf.getvalue(), "焦作工匠名单.xlsm")  # calamine reads cell values; it has no VBA engine
    assert [p["name"] for p in read.profile["people"]] == ["张伟"]
    assert "Auto_Open" not in json.dumps(read.profile, ensure_ascii=False)


def test_an_entity_in_a_web_page_never_reads_a_local_file(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("机密口令XYZ", encoding="utf-8")
    page = (
        f'<!DOCTYPE html [<!ENTITY s SYSTEM "file://{secret}">]>'
        "<html><head><title>焦作工匠公示</title></head><body><p>张伟获评焦作工匠。&s;</p></body></html>"
    ).encode()
    read = read_html(page, file="公示.html")
    assert "机密口令" not in read.prose and "张伟获评焦作工匠" in read.prose


# --- CSV exports --------------------------------------------------------------------------------------
HOSTILE = ['=HYPERLINK("http://example.com","点击")', "+1+1", "-2+3", "@SUM(A1)"]


def test_the_cli_query_csv_writes_formulas_as_text(tmp_path: Path) -> None:
    db = tmp_path / "csv.lbug"
    embedded_store(db).close()
    cells = ", ".join(f"{json.dumps(v, ensure_ascii=False)} AS c{i}" for i, v in enumerate(HOSTILE))
    done = subprocess.run(
        [sys.executable, "-m", "laomo.cli", "query", "--db", str(db), "--format", "csv", f"RETURN {cells}, -3 AS n"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    import csv

    row = list(csv.reader(io.StringIO(done.stdout)))[1]
    assert row == [*("'" + v for v in HOSTILE), "-3"]


def test_a_page_csv_download_writes_formulas_as_text() -> None:
    import csv

    records = [{"name": v, "awards": 2} for v in HOSTILE] + [{"name": "张伟", "awards": -1}]
    text = csv_bytes(records, ["name", "awards"]).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert [r[0] for r in rows[1:]] == [*("'" + v for v in HOSTILE), "张伟"]
    assert rows[-1][1] == "-1"  # a number stays a number
