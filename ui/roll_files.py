"""Honour rolls as files a publicity office opens: XLSX, DOCX, CSV and JSON.

Pure functions from a ``graph.reports.Roll`` to bytes, without Streamlit, so the
organisations page and ``laomo report roll`` write identical files.  They live here,
not in graph/, to keep file-format libraries (openpyxl, python-docx) out of the graph
package; ui/ may import graph and the CLI may import ui (docs/architecture.md).

What makes them open right in WPS, Excel and Word:

* Chinese text is set in a CJK font by name (宋体 for text, 黑体 for headings): in DOCX
  through ``w:eastAsia`` (Word otherwise picks a Latin font and falls back per glyph),
  in XLSX through the cell font name.
* Column widths follow the text, counting a CJK character as two columns; long
  sentences wrap.
* Nothing from the data becomes a formula: XLSX cells holding text are written as text
  (and marked with a quote prefix, so editing one keeps it text); CSV cells go through
  ``graph.csv_cells.safe_cell``.  CSV is UTF-8 with a byte-order mark, which Excel and
  WPS need to read UTF-8 Chinese.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from graph.csv_cells import FORMULA_STARTS, safe_cell
from graph.reports import ROLL_COLUMNS, Roll, roll_table

BODY_FONT = "宋体"
HEAD_FONT = "黑体"
MAX_WIDTH = 60  # columns; longer text wraps
FORMATS = ("xlsx", "docx", "csv", "json")
MIME = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "csv": "text/csv",
    "json": "application/json",
}
# The columns of the DOCX tables (a page is narrower than a sheet): key → header.
DOC_COLUMNS = (
    ("name", "姓名"),
    ("units", "单位"),
    ("honour", "荣誉"),
    ("year", "年份"),
    ("edition", "届次"),
    ("conferred_by", "授予单位"),
    ("document", "来源"),
)


def display_width(text: Any) -> int:
    """Columns a value takes in a sheet: a CJK character counts two.

    >>> display_width("焦作工匠"), display_width(2021), display_width(None)
    (8, 4, 0)
    """
    if text is None:
        return 0
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in str(text))


def write(roll: Roll, fmt: str) -> bytes:
    """The roll in one of ``FORMATS``."""
    writers = {"xlsx": to_xlsx, "docx": to_docx, "csv": to_csv, "json": to_json}
    return writers[fmt](roll)


def file_name(roll: Roll, fmt: str) -> str:
    """A file name for the roll: its title without characters file systems refuse."""
    safe = "".join(ch for ch in roll.title if ch not in '\\/:*?"<>|')
    return f"{safe}.{fmt}"


# --- XLSX ---------------------------------------------------------------------------
def to_xlsx(roll: Roll) -> bytes:
    """A workbook: 汇总 (counts per rank) first, then one sheet per rank with its lines."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.utils.indexed_list import IndexedList

    # GB2312 charset (134) tells Excel and WPS the font is a Chinese one
    body = Font(name=BODY_FONT, size=11, charset=134)
    bold = Font(name=HEAD_FONT, size=11, bold=True, charset=134)
    fill = PatternFill("solid", start_color="F2E4E3")
    wrap = Alignment(wrap_text=True, vertical="top")
    wrapped = frozenset(j for j, (k, _) in enumerate(ROLL_COLUMNS, 1) if k in ("units", "raw", "document", "sentence"))

    def put(ws: Any, row: int, col: int, value: Any) -> Any:
        cell = ws.cell(row=row, column=col, value=value)
        if isinstance(value, str) and value.startswith(FORMULA_STARTS):
            cell.data_type = "s"  # openpyxl takes a leading = for a formula: this one is text
            cell.quotePrefix = True  # and stays text when someone edits the cell
        return cell

    def sheet(
        ws: Any, header: list[str], rows: list[list[Any]], start: int = 1, wrap_cols: frozenset[int] = frozenset()
    ) -> None:
        for j, h in enumerate(header, 1):
            cell = put(ws, start, j, h)
            cell.font, cell.fill = bold, fill
        for i, values in enumerate(rows, start + 1):
            for j, v in enumerate(values, 1):
                cell = put(ws, i, j, v)
                if j in wrap_cols:
                    cell.alignment = wrap
        for j, h in enumerate(header, 1):
            widest = max([display_width(h), *(display_width(r[j - 1]) for r in rows)])
            ws.column_dimensions[get_column_letter(j)].width = min(MAX_WIDTH, widest + 2)
        ws.freeze_panes = ws.cell(row=start + 1, column=1)

    wb = Workbook()
    # The workbook's default font (font 0, the Normal style) is the CJK body font: every cell
    # without a style of its own uses it, and styling 50,000 cells one by one takes seconds.
    wb._fonts = IndexedList([body])
    wb._named_styles["Normal"].font = body
    ws = wb.active
    ws.title = "汇总"
    put(ws, 1, 1, roll.title).font = Font(name=HEAD_FONT, size=14, bold=True, charset=134)
    put(ws, 2, 1, f"制表日期：{roll.made_on}；来源：laomo-graph 劳模工匠知识图谱")
    summary = roll.summary()
    sheet(
        ws,
        ["级别", "最高级别人数", "获该级别荣誉人数", "荣誉项数"],
        [[s["rank"], s["people_highest"], s["people"], s["awards"]] for s in summary],
        start=4,
    )
    ws.column_dimensions["A"].width = max(ws.column_dimensions["A"].width, 12)
    header = [h for _, h in ROLL_COLUMNS]
    by_line = {id(line): row for line, row in zip(roll.lines, roll_table(roll), strict=True)}
    groups = roll.by_rank()
    for rank, lines in groups.items():
        rows = [[by_line[id(line)][k] for k, _ in ROLL_COLUMNS] for line in lines]
        sheet(wb.create_sheet(rank[:31]), header, rows, wrap_cols=wrapped)
    if not groups:
        sheet(wb.create_sheet("名册"), header, [])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# --- DOCX ---------------------------------------------------------------------------
def _east_asian(run_or_style: Any, name: str) -> None:
    """Set the Latin and the East Asian font (w:eastAsia) of a run or a style."""
    from docx.oxml.ns import qn

    run_or_style.font.name = name
    rpr = run_or_style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        fonts.set(qn(attr), name)


def _docx_table(doc: Any, header: Sequence[str], rows: Sequence[Sequence[Any]], widths_cm: Sequence[float]) -> None:
    """A grid table made in one piece and filled through its XML: python-docx's add_row and
    row.cells walk the whole table on each call (over a minute for a few thousand lines)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    t = doc.add_table(rows=len(rows) + 1, cols=len(header))
    t.style = doc.styles["Table Grid"]
    t.autofit = False
    for column, w in zip(t.columns, widths_cm, strict=True):
        column.width = Cm(w)  # the grid, which LibreOffice and WPS read
    twips = [str(int(Cm(w).twips)) for w in widths_cm]
    w_val, space = qn("w:w"), "{http://www.w3.org/XML/1998/namespace}space"
    for i, tr in enumerate(t._tbl.tr_lst):
        values = header if i == 0 else rows[i - 1]
        for tc, value, width in zip(tr.tc_lst, values, twips, strict=True):
            tc.tcPr.find(qn("w:tcW")).set(w_val, width)  # the cell widths, which Word reads
            text = "" if value is None else str(value)
            if not text:
                continue
            run = OxmlElement("w:r")
            if i == 0:
                props = OxmlElement("w:rPr")
                props.append(OxmlElement("w:b"))
                run.append(props)
            w_t = OxmlElement("w:t")
            w_t.text = text
            w_t.set(space, "preserve")
            run.append(w_t)
            tc.find(qn("w:p")).append(run)


def to_docx(roll: Roll) -> bytes:
    """A landscape A4 document to edit into a publicity piece: heading, counts per rank,
    then per rank a table of who received what, and the source sentences at the end."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(1.8))
    usable = 29.7 - 3.6  # cm between the margins
    _east_asian(doc.styles["Normal"], BODY_FONT)
    doc.styles["Normal"].font.size = Pt(10.5)
    for style in ("Title", "Heading 1", "Heading 2"):
        _east_asian(doc.styles[style], HEAD_FONT)

    doc.add_heading(roll.title, level=0)
    doc.add_paragraph(f"制表日期：{roll.made_on}。资料来自 laomo-graph 劳模工匠知识图谱，每条均附来源文献。")

    doc.add_heading("各级别人数", level=1)
    _docx_table(
        doc,
        ("级别", "最高级别人数", "获该级别荣誉人数", "荣誉项数"),
        [(s["rank"], s["people_highest"], s["people"], s["awards"]) for s in roll.summary()],
        (4.0, 4.0, 4.5, 4.0),
    )

    table = roll_table(roll)
    by_line = {id(line): row for line, row in zip(roll.lines, table, strict=True)}
    for rank, lines in roll.by_rank().items():
        doc.add_heading(f"{rank}（{len(lines)}项）", level=1)
        rows = [by_line[id(line)] for line in lines]
        widths = [min(40, max([display_width(h), *(display_width(r[k]) for r in rows)])) + 2 for k, h in DOC_COLUMNS]
        _docx_table(
            doc,
            [h for _, h in DOC_COLUMNS],
            [[r[k] for k, _ in DOC_COLUMNS] for r in rows],
            [w * usable / sum(widths) for w in widths],
        )

    doc.add_heading("资料来源", level=1)
    # the style's id is looked up once: python-docx resolves a style name anew for each paragraph
    bullet = doc.styles["List Bullet"].style_id
    for r in table:
        if r["sentence"]:
            where = r["document"] + (f"，{r['date']}" if r["date"] else "")
            paragraph = doc.add_paragraph(f"{r['name']}，{r['honour']}：{r['sentence']}（{where}）")
            paragraph._p.get_or_add_pPr().style = bullet
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


# --- CSV and JSON -------------------------------------------------------------------
def to_csv(roll: Roll) -> bytes:
    """One line per award, Chinese headers, UTF-8 with BOM; no cell is ever a formula."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow([h for _, h in ROLL_COLUMNS])
    for r in roll_table(roll):
        w.writerow([safe_cell(r[k]) for k, _ in ROLL_COLUMNS])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def to_json(roll: Roll) -> bytes:
    """The roll with its filters, summary and every line with its sources, as UTF-8 JSON."""
    data = {
        "title": roll.title,
        "organization": {"id": roll.org_id, "name": roll.org_name},
        "filters": {"from": roll.year_from or None, "to": roll.year_to or None, "rank": roll.rank_filter or None},
        "made_on": roll.made_on,
        "summary": roll.summary(),
        "lines": [asdict(line) for line in roll.lines],
    }
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
