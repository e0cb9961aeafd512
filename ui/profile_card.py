"""The publicity profile card: one page about one person, as PNG, PDF or JSON.

Pure functions over plain data (the rows of the named queries), so they can be
tested without Streamlit or a store.  Both pictures use the locally installed
Noto Sans CJK font (Debian ``fonts-noto-cjk``); without it Chinese would come
out as boxes, so a missing font is an error, not a silent fallback.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from graph.errors import ConfigError
from ui.privacy import born_for_reader, redact

FONT_FAMILY = "Noto Sans CJK SC"
KNOWN_FONT_FILES = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
)
# Face index of the simplified-Chinese face inside the NotoSansCJK collection (JP, KR, SC, TC, HK).
SC_FACE = 2
ACCENT = "#b3261e"


@dataclass
class ProfileCard:
    """What the card says; every field is already display text."""

    name: str
    gender: str | None = None
    born: str | None = None
    rank: str | None = None  # the highest honour rank (graph.ranks), e.g. 省部级
    organisations: list[str] = field(default_factory=list)
    positions: list[str] = field(default_factory=list)
    honours: list[tuple[str, str]] = field(default_factory=list)  # (year, text), dated first
    patents: int = 0
    patent_titles: list[str] = field(default_factory=list)
    standards: list[str] = field(default_factory=list)
    projects: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)


def _honour_text(row: dict[str, Any]) -> str:
    parts = [row.get("honor") or row.get("raw") or ""]
    if row.get("edition"):
        parts.append(f"（{row['edition']}）")
    if row.get("conferred_by"):
        parts.append(f" — {'、'.join(row['conferred_by'])}")
    return "".join(parts)


def highest_rank(timeline: Iterable[dict[str, Any]]) -> str | None:
    """The highest rank among a person's honours (rows of honour_timeline), None when none is ranked.

    >>> highest_rank([{"rank": "地市级", "rank_order": 4}, {"rank": "省部级", "rank_order": 5}, {"rank": None}])
    '省部级'
    """
    ranked = [r for r in timeline if r.get("rank") and r.get("rank_order")]
    return max(ranked, key=lambda r: r["rank_order"])["rank"] if ranked else None


def build_card(
    profile: dict[str, Any],
    *,
    chains: Iterable[str] = (),
    positions: Iterable[dict[str, Any]] = (),
    timeline: Iterable[dict[str, Any]] = (),
    works: Iterable[dict[str, Any]] = (),
    patent_counts: Iterable[dict[str, Any]] = (),
    sources: Iterable[dict[str, Any]] = (),
    reader: bool = False,
) -> ProfileCard:
    """A card from the rows of person_profile, org_chain, person_positions, honour_timeline,
    person_works, person_patent_counts and person_sources.

    The patent figure is the larger of the named patents and the largest count a source
    reports ("九项成果先后获得国家专利"): sources often name some patents and count all.
    """
    works, timeline = list(works), list(timeline)
    named = [w["title"] for w in works if w.get("kind") == "Patent"]
    reported = max((c.get("count") or 0 for c in patent_counts), default=0)
    born = profile.get("born")
    card = ProfileCard(
        name=profile["name"],
        gender=profile.get("gender"),
        born=born_for_reader(born) if reader else born,
        rank=highest_rank(timeline),
        organisations=[c for c in chains if c],
        positions=[
            f"{p['title']}"
            + (f" · {p['org']}" if p.get("org") else "")
            + (f"（{p['start']}）" if p.get("start") else "")
            for p in positions
        ],
        honours=[(str(r["year"]) if r.get("year") else "", _honour_text(r)) for r in timeline],
        patents=max(len(named), reported),
        patent_titles=named,
        standards=[w["title"] for w in works if w.get("kind") == "Standard"],
        projects=[w["title"] for w in works if w.get("kind") == "Project"],
        sources=sorted(
            {f"{s.get('document') or s.get('doc')}" + (f"（{s['date']}）" if s.get("date") else "") for s in sources}
        ),
    )
    if reader:
        card.positions = [redact(p) or "" for p in card.positions]
    return card


# --- font ---------------------------------------------------------------------------
@lru_cache(maxsize=1)
def find_cjk_font() -> Path:
    """The Noto Sans CJK collection file; ConfigError naming the package when it is missing."""
    if shutil.which("fc-match"):
        try:
            out = subprocess.run(
                ["fc-match", "-f", "%{file}", f"{FONT_FAMILY}:style=Regular"],
                capture_output=True,
                text=True,
                timeout=10,
                check=False,
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            out = ""
        if out and "CJK" in Path(out).name and Path(out).exists():
            return Path(out)
    for candidate in KNOWN_FONT_FILES:
        if Path(candidate).exists():
            return Path(candidate)
    raise ConfigError(
        "no Chinese font for the profile card: install the Debian package fonts-noto-cjk "
        "(apt-get install fonts-noto-cjk), which provides Noto Sans CJK"
    )


def _lines(card: ProfileCard) -> list[tuple[str, str]]:
    """The card as (style, text) lines, shared by the PNG and the PDF."""
    out: list[tuple[str, str]] = [("name", card.name)]
    facts = " · ".join(x for x in (card.gender, f"{card.born} 出生" if card.born else None) if x)
    if facts:
        out.append(("sub", facts))
    if card.rank:
        out.append(("sub", f"最高荣誉等级：{card.rank}"))
    for org in card.organisations:
        out.append(("sub", org))
    if card.honours:
        out.append(("head", "荣誉"))
        out.extend(("item", f"{year}  {text}" if year else f"—  {text}") for year, text in card.honours)
    if card.positions:
        out.append(("head", "职务"))
        out.extend(("item", p) for p in card.positions)
    works = []
    if card.patents:
        works.append(f"专利 {card.patents} 项")
    if card.standards:
        works.append(f"参与编写标准规范 {len(card.standards)} 部")
    if card.projects:
        works.append(f"项目成果 {len(card.projects)} 项")
    if works:
        out.append(("head", "成果"))
        out.append(("item", "，".join(works)))
    if card.sources:
        out.append(("head", "来源"))
        out.extend(("small", s) for s in card.sources)
    return out


def _wrap(text: str, width: int) -> list[str]:
    """Wrap by characters (Chinese has no spaces to break at); CJK counts double width."""
    lines, current, used = [], "", 0
    for ch in text:
        w = 2 if ord(ch) > 0x2E80 else 1
        if used + w > width and current:
            lines.append(current)
            current, used = "", 0
        current += ch
        used += w
    if current:
        lines.append(current)
    return lines or [""]


# --- PNG ----------------------------------------------------------------------------
def card_png(card: ProfileCard, *, dpi: int = 150) -> bytes:
    """The card as a PNG picture (1080 px wide at the default 150 dpi)."""
    from matplotlib import font_manager
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle

    font_file = find_cjk_font()
    font_manager.fontManager.addfont(str(font_file))
    styles = {
        "name": (26, "bold", "#1b1b1b", 44),
        "sub": (12.5, "normal", "#444444", 64),
        "head": (15, "bold", ACCENT, 56),
        "item": (11.5, "normal", "#1b1b1b", 70),
        "small": (9.5, "normal", "#666666", 84),
    }
    spacing = {"name": 0.62, "sub": 0.30, "head": 0.46, "item": 0.27, "small": 0.23}  # inches per line
    wrapped = [(style, part) for style, text in _lines(card) for part in _wrap(text, styles[style][3])]
    height = 1.1 + sum(spacing[s] for s, _ in wrapped) + 0.5
    fig = Figure(figsize=(7.2, max(height, 5.0)), dpi=dpi, facecolor="white")
    total = fig.get_figheight()
    fig.patches.append(Rectangle((0, 1 - 0.35 / total), 1, 0.35 / total, transform=fig.transFigure, color=ACCENT))
    fig.text(0.06, 1 - 0.22 / total, "劳模工匠名片", color="white", fontsize=11, family=FONT_FAMILY, va="center")
    y = 0.75
    for style, text in wrapped:
        size, weight, colour, _ = styles[style]
        if style == "head":
            y += 0.12
        fig.text(0.06, 1 - y / total, text, fontsize=size, weight=weight, color=colour, family=FONT_FAMILY, va="top")
        y += spacing[style]
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, facecolor="white")
    return buf.getvalue()


# --- PDF ----------------------------------------------------------------------------
def card_pdf(card: ProfileCard) -> bytes:
    """The card as an A5 PDF with a real text layer (the CJK font subset is embedded)."""
    from fpdf import FPDF
    from fpdf.enums import WrapMode, XPos, YPos

    pdf = FPDF(format=(148, 210))  # A5 in mm; the "A5" name warns about a 2.8.5 size fix
    pdf.set_auto_page_break(auto=True, margin=12)
    pdf.set_title(f"{card.name} 名片")
    pdf.add_font("cjk", fname=str(find_cjk_font()), collection_font_number=SC_FACE)
    pdf.add_page()
    pdf.set_fill_color(179, 38, 30)
    pdf.rect(0, 0, pdf.w, 10, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("cjk", size=9)
    pdf.set_xy(10, 2.5)
    pdf.cell(text="劳模工匠名片")
    pdf.set_y(16)
    sizes = {"name": 22, "sub": 10.5, "head": 13, "item": 10, "small": 8}
    colours = {
        "name": (27, 27, 27),
        "sub": (68, 68, 68),
        "head": (179, 38, 30),
        "item": (27, 27, 27),
        "small": (102, 102, 102),
    }
    for style, text in _lines(card):
        if style == "head":
            pdf.ln(2.5)
        pdf.set_font("cjk", size=sizes[style])
        pdf.set_text_color(*colours[style])
        pdf.multi_cell(0, sizes[style] * 0.5, text, wrapmode=WrapMode.CHAR, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    return bytes(pdf.output())


# --- JSON ---------------------------------------------------------------------------
def card_json(card: ProfileCard) -> bytes:
    """The card's data as UTF-8 JSON (names kept readable, not \\u-escaped)."""
    data = asdict(card)
    data["honours"] = [{"year": y or None, "honour": text} for y, text in card.honours]
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
