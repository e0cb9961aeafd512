"""Documents (DOCX, PDF, HTML, TXT) → their prose and the tables inside them.

- DOCX: paragraphs and tables in body order (python-docx); the paragraph before
  a table is the table's heading.  The container is checked first (zip limits,
  no DTD/entities); python-docx's own lxml parser does not resolve entities.
- PDF: the text layer of every page (pypdf; fragments placed by position so
  table columns stay apart); a PDF without one is refused: OCR is not supported.
- HTML: the main text by trafilatura, tables by lxml; <script>, <style> and
  comments never reach either.
- TXT: tab-, bar- or wide-space-separated blocks under a 姓名 heading are tables.

Prose keeps its character offsets: table lines are blanked (spaces) in the text
the extractor reads, so evidence spans still point into the document's text.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Any

from graph.errors import InputError
from loaders.intake.decode import decode_bytes
from loaders.intake.headers import header_field
from loaders.intake.limits import MAX_TABLE_ROWS, check_lines, check_zip
from loaders.intake.roster import Table

_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)
# Where a saved page says it came from: the browser's "saved from url" mark, the page's canonical
# link, its Open Graph address (in that order of trust).
_PAGE_URL_RES = (
    re.compile(r"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+?)\s*-->", re.IGNORECASE),
    re.compile(r"""<link\b(?=[^>]*\brel=["']?canonical\b)[^>]*\bhref=["']?(https?://[^"'\s>]+)""", re.IGNORECASE),
    re.compile(r"""<meta\b(?=[^>]*\bproperty=["']?og:url\b)[^>]*\bcontent=["']?(https?://[^"'\s>]+)""", re.IGNORECASE),
)
_WIDE_SPLIT_RE = re.compile(r"[ \u3000]{2,}|\t")


@dataclass
class DocumentText:
    """What a document holds: prose for the extractor, tables for the 名单 loader."""

    prose: str
    tables: list[Table] = field(default_factory=list)
    title: str | None = None
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)
    url: str | None = None  # the address a saved web page was published at, when it says


def page_url(html: str) -> str | None:
    """The address a saved web page names for itself, or None.

    >>> page_url('<!-- saved from url=(0043)http://news.qtv.com.cn/system/2019/04/24/1.shtml -->')
    'http://news.qtv.com.cn/system/2019/04/24/1.shtml'
    """
    head = html[:20000]
    for pattern in _PAGE_URL_RES:
        found = pattern.search(head)
        if found:
            return found.group(1)
    return None


def read_docx(data: bytes, *, file: str) -> DocumentText:
    """Paragraphs and tables of a .docx, in order."""
    check_zip(data, file=file, kind="DOCX")
    try:
        import docx
        from docx.table import Table as DocxTable
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
    except InputError:
        raise
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors on damaged parts
        raise InputError(f"not a readable DOCX document ({type(exc).__name__}: {exc})", file=file) from exc
    paragraphs: list[str] = []
    tables: list[Table] = []
    last_text: str | None = None
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = Paragraph(child, document).text.strip()
            if text:
                paragraphs.append(text)
                last_text = text
        elif tag == "tbl":
            table = DocxTable(child, document)
            rows = [[cell.text.strip() for cell in row.cells] for row in table.rows]
            tables.append(Table(rows=rows[:MAX_TABLE_ROWS], sheet=f"表格{len(tables) + 1}", title_hint=last_text))
    title = (document.core_properties.title or "").strip() or (paragraphs[0] if paragraphs else None)
    return DocumentText(prose="\n".join(paragraphs), tables=tables, title=title)


def read_pdf(data: bytes, *, file: str) -> DocumentText:
    """The text layer of a PDF; InputError when there is none (a scan)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError("the PDF is password-protected: save an unprotected copy", file=file)
        pages = [_page_lines(page) for page in reader.pages]
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise InputError(f"not a readable PDF ({type(exc).__name__}: {exc})", file=file) from exc
    text = "\n".join(pages)
    if not re.search(r"[\u4e00-\u9fff\w]", text):
        raise InputError(
            f"the PDF has no text layer ({len(pages)} page(s) of images, a scan?): OCR is not supported; "
            "ask for the original document or a PDF with text",
            file=file,
        )
    prose, tables = split_text_tables(text)
    meta_title = (reader.metadata.title if reader.metadata else None) or None
    first = next((line.strip() for line in text.splitlines() if line.strip()), None)
    return DocumentText(prose=prose, tables=tables, title=meta_title or first)


def _page_lines(page: Any) -> str:
    """A page's text line by line, table cells apart by a tab.

    pypdf's own spacing misjudges the width of CJK glyphs, so text fragments are
    placed by their positions: fragments on one baseline form a line, and a gap
    wider than one character between two of them is a column break.
    """
    frags: list[tuple[float, float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: Any, size: float) -> None:
        text = text.replace("\x00", "")
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        frags.append((y, x, abs(size * tm[0] * cm[0]) or size or 10.0, text))

    plain = page.extract_text(visitor_text=visit) or ""
    if not frags:
        return str(plain).replace("\x00", "")
    frags.sort(key=lambda f: (-f[0], f[1]))
    lines: list[list[tuple[float, float, float, str]]] = []
    for frag in frags:
        if lines and abs(lines[-1][0][0] - frag[0]) <= frag[2] * 0.4:
            lines[-1].append(frag)
        else:
            lines.append([frag])
    out = []
    for line in lines:
        line.sort(key=lambda f: f[1])
        text, end = "", None
        for _, x, size, piece in line:
            if end is not None:
                text += "\t" if x - end > 1.0 * size else ""
            text += piece.strip() if end is not None else piece.rstrip()
            end = x + sum(size if ord(ch) > 0x2E80 else 0.55 * size for ch in piece)
        out.append(text)
    return "\n".join(out)


def read_html(data: bytes, *, file: str) -> DocumentText:
    """Main text (trafilatura) and tables (lxml) of a saved web page; scripts and styles dropped."""
    import lxml.html
    import trafilatura
    from lxml.html.clean import Cleaner

    declared = _META_CHARSET_RE.search(data[:4096])
    text, encoding = decode_bytes(data, file=file, declared=declared.group(1).decode("ascii") if declared else None)
    check_lines(text, file=file)
    url = page_url(text)
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses an encoding declaration in a str
    try:
        parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
        root = lxml.html.document_fromstring(text, parser=parser)
    except Exception as exc:  # lxml raises ParserError on an empty or binary page
        raise InputError(f"not a readable HTML page ({exc})", file=file) from exc
    root = Cleaner(
        scripts=True,
        javascript=True,
        style=True,
        comments=True,
        forms=True,
        embedded=True,
        frames=True,
        page_structure=False,  # keep <html>, <head> and <title>: the title names the list
        meta=False,
    ).clean_html(root)
    title_el = root.find(".//title")
    h1 = root.find(".//h1")
    title = (title_el.text_content().strip() if title_el is not None else "") or (
        h1.text_content().strip() if h1 is not None else ""
    )
    tables = []
    for i, tbl in enumerate(root.iter("table")):
        rows = []
        for tr in tbl.iter("tr"):
            cells: list[Any] = []
            for td in tr:
                if td.tag not in ("td", "th"):
                    continue
                value = re.sub(r"\s+", " ", td.text_content()).strip()
                span = int(td.get("colspan") or 1) if str(td.get("colspan") or "1").isdigit() else 1
                cells.extend([value] * max(1, min(span, 50)))
            rows.append(cells)
        heading = tbl.getprevious()
        hint = heading.text_content().strip() if heading is not None else None
        tables.append(Table(rows=rows[:MAX_TABLE_ROWS], sheet=f"表格{i + 1}", title_hint=hint or None))
    for tbl in list(root.iter("table")):
        tbl.drop_tree()
    cleaned = lxml.html.tostring(root, encoding="unicode")
    prose = trafilatura.extract(cleaned, include_tables=False, include_comments=False, favor_recall=True) or ""
    if not prose.strip():
        body = root.find(".//body")
        prose = re.sub(r"[ \t]+", " ", (body if body is not None else root).text_content()).strip()
    if not prose.strip() and not any(t.rows for t in tables):
        raise InputError(
            "the page holds no text outside its scripts and styles (a page drawn by JavaScript?): "
            "save the article's text, or the page after it has loaded, and load that",
            file=file,
        )
    return DocumentText(prose=prose, tables=tables, title=title or None, encoding=encoding, url=url)


def read_txt(data: bytes, *, file: str) -> DocumentText:
    """A plain-text article or list: prose with table blocks blanked, and the tables."""
    text, encoding = decode_bytes(data, file=file)
    check_lines(text, file=file)
    prose, tables = split_text_tables(text)
    first = next((line.strip() for line in text.splitlines() if line.strip()), None)
    return DocumentText(prose=prose, tables=tables, title=first, encoding=encoding)


def _cells(line: str) -> list[str]:
    s = line.strip()
    if s.count("|") >= 2:
        return [c.strip() for c in s.strip("|").split("|")]
    return [c.strip() for c in _WIDE_SPLIT_RE.split(s)] if s else []


def split_text_tables(text: str) -> tuple[str, list[Table]]:
    """Tables in plain text (a 姓名 header line, then rows of the same shape) and the text with them blanked.

    >>> prose, tables = split_text_tables("名单如下：\\n序号\\t姓名\\t单位\\n1\\t张伟\\t九里山矿\\n以上同志")
    >>> tables[0].rows, tables[0].first_row, prose.splitlines()[0]
    ([['序号', '姓名', '单位'], ['1', '张伟', '九里山矿']], 2, '名单如下：')
    """
    lines = text.split("\n")
    out = list(lines)
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        cells = _cells(lines[i])
        if len(cells) >= 2 and "name" in (header_field(c) for c in cells):
            j = i + 1
            rows = [cells]
            while j < len(lines):
                row = _cells(lines[j])
                if len(row) < 2 or re.fullmatch(r"[-|:\s+=]+", lines[j].strip() or "x"):
                    if re.fullmatch(r"[-|:\s+=]+", lines[j].strip() or "x"):  # a Markdown rule under the header
                        j += 1
                        continue
                    break
                rows.append(row)
                j += 1
            if len(rows) > 1:
                hint = next((lines[k].strip() for k in range(i - 1, -1, -1) if lines[k].strip()), None)
                tables.append(Table(rows=rows, sheet=None, first_row=i + 1, title_hint=hint))
                for k in range(i, j):
                    out[k] = " " * len(lines[k])
            i = j
        else:
            i += 1
    return "\n".join(out), tables
