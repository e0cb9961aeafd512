"""Cells written to CSV files that a spreadsheet program will open: never a formula.

A cell starting with ``= + - @`` (or a tab or carriage return before one) is a
formula to Excel, WPS and LibreOffice: a name list cell such as
``=HYPERLINK("http://…")`` would run when a colleague opens the export.  Such
cells are written with a leading apostrophe, which the programs show as text
(OWASP "CSV injection").  Numbers stay numbers: -3 is not a formula.
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """``value`` unchanged unless it is text a spreadsheet would run as a formula.

    >>> safe_cell("=1+1"), safe_cell("@SUM(A1)"), safe_cell("张伟"), safe_cell(-3), safe_cell("-3")
    ("'=1+1", "'@SUM(A1)", '张伟', -3, '-3')
    """
    if not isinstance(value, str) or not value.startswith(FORMULA_STARTS):
        return value
    try:
        float(value)
        return value  # a negative or signed number written as text is data, not a formula
    except ValueError:
        return "'" + value
