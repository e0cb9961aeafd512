"""Metamorphic robustness: layout that carries no facts must not cost any.

Each perturbation below is a change real copies of a profile show (a masthead or
date line pasted between headline and body, a byline spaced with full-width or
ASCII blanks, markdown headings added or dropped, CRLF line ends, doubled blank
lines, an editor's block at the end, a WeChat header on top).  Over the seed page,
the annotated corpus and the held-out texts, the (person, honour title) pairs of a
perturbed text must include every pair of the original.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import pytest

from loaders.extract import decode_bytes, extract_text

DATA = Path(__file__).parent / "data"
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_64891347c8508dc7.txt"
TEXTS = [SEED] + sorted((DATA / "extraction").glob("*.txt")) + sorted((DATA / "extraction_holdout").glob("*.txt"))


def _first_line(lines: list[str]) -> int:
    return next(i for i, line in enumerate(lines) if line.strip())


def _subtitle_or_headline(lines: list[str]) -> int:
    """The subtitle line (——记…) when the text has one in its first lines, else the headline."""
    first = _first_line(lines)
    for i in range(first, min(first + 4, len(lines))):
        if lines[i].strip().startswith(("——", "—")):
            return i
    return first


def _insert_after(index: Callable[[list[str]], int], line: str) -> Callable[[str], str]:
    def perturb(text: str) -> str:
        lines = text.split("\n")
        i = index(lines)
        return "\n".join(lines[:i + 1] + [line] + lines[i + 1:])
    return perturb


def _add_heading_marks(text: str) -> str:
    lines = text.split("\n")
    i = _first_line(lines)
    if not lines[i].lstrip().startswith("#"):
        lines[i] = "# " + lines[i].strip()
    return "\n".join(lines)


def _drop_heading_marks(text: str) -> str:
    return re.sub(r"(?m)^#+\s*", "", text)


PERTURBATIONS: dict[str, Callable[[str], str]] = {
    "masthead after headline": _insert_after(_first_line, "江淮工人日报　2024年5月6日　第2版"),
    "masthead after subtitle": _insert_after(_subtitle_or_headline, "江淮工人日报　2024年5月6日　第2版"),
    "ascii-spaced masthead": _insert_after(_subtitle_or_headline, "江淮工人日报 2024年5月6日 第2版"),
    "source line after headline": _insert_after(_first_line, "来源：江淮工人报"),
    "editor line after headline": _insert_after(_first_line, "编辑：林晓雨"),
    "full-width byline": _insert_after(_subtitle_or_headline, "本报记者　周明远　通讯员　韩雪"),
    "ascii byline": _insert_after(_subtitle_or_headline, "本报记者 周明远 通讯员 韩雪"),
    "heading marks added": _add_heading_marks,
    "heading marks dropped": _drop_heading_marks,
    "CRLF line ends": lambda t: t.replace("\r\n", "\n").replace("\n", "\r\n"),
    "extra blank lines": lambda t: re.sub(r"\n(?=\S)", "\n\n", t),
    "trailing editor block": lambda t: t.rstrip("\n") + "\n\n责任编辑：林晓雨\n来源：江淮工人报\n",
    "WeChat header": lambda t: "原创 江淮工会 2024-05-06 08:00 河南\n\n" + t,
}


@lru_cache(maxsize=None)
def _text(path: Path) -> str:
    return decode_bytes(path.read_bytes(), file=str(path))


@lru_cache(maxsize=None)
def _pairs(text: str) -> frozenset[tuple[str, str]]:
    """(person, honour title) pairs, plus (person, "") so people without honours count too."""
    out = set()
    for person in extract_text(text)["people"]:
        out.add((person["name"], ""))
        out.update((person["name"], h["title"]) for h in person["honors"])
    return frozenset(out)


@pytest.mark.parametrize("name", list(PERTURBATIONS))
@pytest.mark.parametrize("path", TEXTS, ids=lambda p: f"{p.parent.name[-7:]}-{p.stem[:12]}")
def test_a_layout_change_loses_no_person_or_honour(path: Path, name: str) -> None:
    original = _text(path)
    perturbed = PERTURBATIONS[name](original)
    assert perturbed != original or name in ("heading marks dropped", "CRLF line ends")
    lost = _pairs(original) - _pairs(perturbed)
    assert not lost, f"{name} lost {sorted(lost)}"
