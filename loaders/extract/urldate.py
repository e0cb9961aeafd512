"""The publication date a web page's address gives (``…/2019/04/24/015341741.shtml`` → 2019-04-24).

News sites, government portals and union papers put the day of publication into the path
(``/2020/1126/``, ``/201704/t20170426_…``, ``/2022-04/29/``, ``nx2017-05-03``).  When a text
has no masthead or dateline of its own, this is the best date there is for 去年/今年 and for
the year of an honour announced "this year"; it is used only when the text gives none.

    >>> date_from_url("http://news.qtv.com.cn/system/2019/04/24/015341741.shtml")
    '2019-04-24'
    >>> date_from_url("https://m.yybnet.net/panzhihua/miyi/201104/4965806.html")
    '2011-04'
    >>> date_from_url("http://www.cyjfsw.com/zxgg/content/post_652360.html") is None
    True
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

# Oldest and newest plausible year of a page about honoured workers (the People's Republic's
# first model-worker conference was in 1950; a page is never dated far into the future).
FIRST_YEAR = 1949
_AHEAD = 1

_SEPARATED = re.compile(
    r"""(?<!\d)
    (?P<y>(?:19|20)\d{2})         # year
    (?P<s1>[-/_.])                # separator
    (?P<m>\d{1,2})                # month
    (?:
        (?:(?P=s1)|[-/_])?        # the same separator, another one, or none (2021/0909)
        (?P<d>\d{2})              # day
    )?
    (?!\d)""",
    re.VERBOSE,
)
_RUN = re.compile(r"(?<![0-9])\d{6,14}(?![0-9])")


def _valid(y: int, m: int, d: int | None = None) -> bool:
    if not FIRST_YEAR <= y <= dt.date.today().year + _AHEAD or not 1 <= m <= 12:
        return False
    if d is None:
        return True
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def _iso(y: int, m: int, d: int | None) -> str:
    return f"{y:04d}-{m:02d}" + (f"-{d:02d}" if d is not None else "")


def _from_separated(path: str) -> str | None:
    for match in _SEPARATED.finditer(path):
        y, m = int(match["y"]), int(match["m"])
        d = int(match["d"]) if match["d"] else None
        if d is not None and not _valid(y, m, d):
            d = None
        if _valid(y, m):
            return _iso(y, m, d)
    return None


def _from_runs(path: str) -> str | None:
    """Digit runs: ``20250429``, ``t20170426_…``, timestamps ``20220429171745``; a run of six at
    the start of a path segment (``/201104/``) gives the month."""
    best: str | None = None
    for match in _RUN.finditer(path):
        run = match.group()
        y, m = int(run[:4]), int(run[4:6])
        if len(run) >= 8 and _valid(y, m, int(run[6:8])):
            return _iso(y, m, int(run[6:8]))
        at_segment = match.start() == 0 or path[match.start() - 1] == "/"
        if best is None and at_segment and _valid(y, m):
            best = _iso(y, m, None)
    return best


def date_from_url(url: str | None) -> str | None:
    """The date (YYYY-MM-DD or YYYY-MM) in a page address's path, or None.

    A day written beside the month (``/2024/09/12/``, ``/2021/0909/``, ``/201505/06/``)
    is kept; a date that cannot exist (``20220335…``) falls back to its month.  Query
    strings and host names are not read: their numbers are ids, not dates.
    """
    if not url:
        return None
    path = urlsplit(url).path
    month_day = re.search(r"(?<![0-9])((?:19|20)\d{2})(\d{2})/(\d{2})(?![0-9])", path)  # /201505/06/
    if month_day:
        y, m, d = (int(g) for g in month_day.groups())
        if _valid(y, m, d):
            return _iso(y, m, d)
    found = _from_separated(path)
    runs = _from_runs(path)
    if found and runs and len(runs) > len(found) and runs.startswith(found):
        return runs  # /2022-04/29/20220429171745 → the day from the timestamp
    return found or runs
