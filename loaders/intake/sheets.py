"""Spreadsheets (XLSX, XLS, ODS through python-calamine) and CSV/TSV → tables of cells.

Formats are told by their bytes as well as their suffix: an ``.xls`` that is
really an XLSX (a zip) or an HTML table saved by a web system is read as what it
is.  Zip containers pass ``limits.check_zip`` (size, ratio, no DTD) first.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from graph.errors import InputError
from loaders.intake.decode import decode_bytes
from loaders.intake.limits import MAX_TABLE_ROWS, check_lines, check_zip
from loaders.intake.roster import Table

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"


def read_workbook(data: bytes, *, file: str, kind: str) -> tuple[list[Table], list[str]]:
    """Every visible worksheet as a Table, and warnings (hidden sheets skipped, rows cut)."""
    from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

    if data.startswith(ZIP_MAGIC):
        check_zip(data, file=file, kind=kind)
    elif kind == "XLS" and not data.startswith(OLE2_MAGIC):
        raise InputError("not an Excel 97–2003 workbook (.xls): the file does not start like one", file=file)
    elif kind != "XLS":
        raise InputError(f"not an {kind} workbook: it is not a zip container", file=file)
    warnings: list[str] = []
    try:
        wb = CalamineWorkbook.from_filelike(io.BytesIO(data))
        tables = []
        for meta in wb.sheets_metadata:
            if meta.typ != SheetTypeEnum.WorkSheet:
                continue
            if meta.visible != SheetVisibleEnum.Visible:
                warnings.append(f"{file} [{meta.name}]: hidden sheet, not read")
                continue
            sheet = wb.get_sheet_by_name(meta.name)
            rows: list[list[Any]] = sheet.to_python(skip_empty_area=False, nrows=MAX_TABLE_ROWS + 1)
            if len(rows) > MAX_TABLE_ROWS:
                raise InputError(
                    f"more than {MAX_TABLE_ROWS:,} rows: split the list into smaller files",
                    file=f"{file} [{meta.name}]",
                )
            r0, c0 = sheet.start or (0, 0)
            merged = [
                (a[0] - r0, a[1] - c0, b[0] - r0, b[1] - c0)
                for a, b in (sheet.merged_cell_ranges or [])
                if a[0] >= r0 and a[1] >= c0
            ]
            tables.append(Table(rows=rows, sheet=meta.name, first_row=r0 + 1, merged=merged))
    except InputError:
        raise
    except Exception as exc:  # calamine raises its own errors (CalamineError, ZipError, XmlError) and ValueError
        raise InputError(f"not a readable {kind} workbook ({type(exc).__name__}: {exc})", file=file) from exc
    return tables, warnings


def read_delimited(data: bytes, *, file: str, delimiter: str | None = None) -> tuple[Table, str]:
    """A CSV/TSV file as one Table (and the encoding it was in); ``delimiter`` None sniffs , ; or tab."""
    text, encoding = decode_bytes(data, file=file)
    check_lines(text, file=file)
    if delimiter is None:
        head = "\n".join(text.splitlines()[:10])
        counts = {d: head.count(d) for d in (",", "\t", ";", "，")}
        delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise InputError(f"not a readable CSV file: {exc}", file=file) from exc
    if len(rows) > MAX_TABLE_ROWS:
        raise InputError(f"more than {MAX_TABLE_ROWS:,} rows: split the list into smaller files", file=file)
    return Table(rows=[list(r) for r in rows]), encoding
