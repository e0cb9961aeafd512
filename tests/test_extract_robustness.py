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
from functools import cache
from pathlib import Path

import pytest

from loaders.extract import decode_bytes, extract_text

DATA = Path(__file__).parent / "data"
SEED = DATA / "seed" / "000_64891347c8508dc7.txt"
TEXTS = [SEED, *sorted((DATA / "extraction").glob("*.txt")), *sorted((DATA / "extraction_holdout").glob("*.txt"))]


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
        return "\n".join([*lines[: i + 1], line, *lines[i + 1 :]])

    return perturb


def _add_heading_marks(text: str) -> str:
    lines = text.split("\n")
    i = _first_line(lines)
    if not lines[i].lstrip().startswith("#"):
        lines[i] = "# " + lines[i].strip()
    return "\n".join(lines)


def _drop_heading_marks(text: str) -> str:
    return re.sub(r"(?m)^#+\s*", "", text)


def _move_masthead_under_headline(text: str) -> str:
    """河南工人日报　2022年10月18日　第4版 on top → the same line under the headline."""
    lines = text.split("\n")
    i = _first_line(lines)
    rest = lines[i + 1 :]
    j = next((k for k, line in enumerate(rest) if line.strip()), None)
    if j is None or not re.search(r"(?:报|工会)\s.*\d{4}", lines[i]):
        return _insert_after(_first_line, "2024年5月6日　星期一")(text)
    return "\n".join(lines[:i] + rest[: j + 1] + [lines[i]] + rest[j + 1 :])


def _indent_paragraphs(text: str) -> str:
    """Newspaper copies open every paragraph with two full-width blanks."""
    return "\n".join("　　" + line if len(line.strip()) > 40 else line for line in text.split("\n"))


def _hard_wrap(text: str, width: int = 38) -> str:
    """A copy from a PDF: long paragraphs broken into lines of ``width`` characters."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width * 2 or "。" not in line:
            out.append(line)
            continue
        out.extend(line[k : k + width] for k in range(0, len(line), width))
    return "\n".join(out)


PERTURBATIONS: dict[str, Callable[[str], str]] = {
    "masthead after headline": _insert_after(_first_line, "江淮工人日报　2024年5月6日　第2版"),
    "masthead after subtitle": _insert_after(_subtitle_or_headline, "江淮工人日报　2024年5月6日　第2版"),
    "ascii-spaced masthead": _insert_after(_subtitle_or_headline, "江淮工人日报 2024年5月6日 第2版"),
    "masthead with section": _insert_after(_first_line, "江淮工人日报·第3版·要闻　2024年11月19日"),
    "bracketed masthead": _insert_after(_subtitle_or_headline, "《江淮工人日报》2024年11月19日第3版"),
    "publishing time line": _insert_after(_first_line, "发布时间：2024-11-19 08:00"),
    "masthead moved under headline": _move_masthead_under_headline,
    "page line after headline": _insert_after(_first_line, "第3版：劳模风采"),
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
    "indented paragraphs": _indent_paragraphs,
    "hard-wrapped paragraphs": _hard_wrap,
    "trailing blanks": lambda t: re.sub(r"(?m)$", "  ", t),
    "byline before headline": lambda t: "本报记者　周明远\n\n" + t,
    "separator lines": lambda t: re.sub(r"\n\n(?=\S)", "\n\n* * *\n\n", t, count=3),
    "photo credit line": _insert_after(_subtitle_or_headline, "（图片来源：江淮工会）"),
    "read-more footer": lambda t: t.rstrip("\n") + "\n\n阅读原文\n点个“在看”，分享给更多工友\n",
}


@cache
def _text(path: Path) -> str:
    return decode_bytes(path.read_bytes(), file=str(path))


@cache
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
    assert perturbed != original or name in ("heading marks added", "heading marks dropped", "CRLF line ends")
    lost = _pairs(original) - _pairs(perturbed)
    assert not lost, f"{name} lost {sorted(lost)}"


# ---------------------------------------------------------------- the rules behind the checks above
from loaders.extract.document import is_meta_line, parse_document  # noqa: E402

MASTHEAD_UNDER_HEADLINE = """\
“桥吊状元”秦海涛：在四十米高空“穿针”
江淮工人日报　2024年5月6日　第2版
本报记者　周明远　通讯员　韩雪
秦海涛是港口集团集装箱码头的桥吊司机，2021年荣获全国五一劳动奖章。
"""


def test_masthead_date_page_and_credit_lines_are_layout_lines() -> None:
    for line in (
        "江淮工人日报　2024年5月6日　第2版",
        "江淮工人日报 2024年5月6日 星期一",
        "第3版：劳模风采",
        "2024年5月6日　星期一",
        "来源：江淮工人报",
        "责任编辑：林晓雨",
        "原创 江淮工会 2024-05-06 08:00 河南",
        "江淮工人日报·第3版·要闻　2024年11月19日",
        "《江淮工人日报》2024年11月19日第3版",
        "江淮工人报 2024.11.19 第03版",
        "发布时间：2024-11-19 08:00",
        "江淮工会 2024年11月19日 08:00 安徽",
        "（图片来源：江淮工会）",
        "原创　江淮工会",
        "中工网 2024-11-19 09:12",
    ):
        assert is_meta_line(line), line


def test_headlines_bylines_and_prose_are_not_layout_lines() -> None:
    for line in (
        "“桥吊状元”秦海涛：在四十米高空“穿针”",
        "本报记者　周明远　通讯员　韩雪",
        "2021年，他荣获全国五一劳动奖章。",
        "江淮日报社举办职工技能大赛",
        "2024年11月19日，市总工会召开表彰大会",
        "市总工会2024年表彰大会举行",
        "会议于2024年11月19日举行",
    ):
        assert not is_meta_line(line), line


def test_a_masthead_under_the_headline_keeps_the_headline_and_gives_the_date() -> None:
    doc = parse_document(MASTHEAD_UNDER_HEADLINE)
    assert doc.articles[0].title is not None and doc.articles[0].title.text.startswith("“桥吊状元”")
    assert doc.publisher == "江淮工人日报" and doc.date == "2024-05-06"
    people = {p["name"]: p for p in extract_text(MASTHEAD_UNDER_HEADLINE)["people"]}
    assert set(people) == {"秦海涛"}
    assert [h["title"] for h in people["秦海涛"]["honors"]] == ["全国五一劳动奖章"]


SPACED_SECTIONS = """\
走进班组｜电缆附件小组

01｜领衔人：许志豪

1976年出生，电缆附件高级技师。

🏅 全国技术能手（2018年）


02｜技术骨干：沈佳怡

附件车间检验组组长。

🏅 南京市技术能手（2022年）
"""


def test_in_a_copy_with_blank_lines_between_all_lines_a_section_runs_to_the_double_break() -> None:
    people = {p["name"]: p for p in extract_text(SPACED_SECTIONS)["people"]}
    assert [h["title"] for h in people["许志豪"]["honors"]] == ["全国技术能手"]
    assert [h["title"] for h in people["沈佳怡"]["honors"]] == ["南京市技术能手"]


def test_a_disambiguating_note_after_a_name_is_no_honour() -> None:
    text = "韩立伟（中国工匠）\n\n韩立伟（1980年3月－），男，汉族，高级技师。2019年获全国技术能手称号。\n"
    people = {p["name"]: p for p in extract_text(text)["people"]}
    assert [h["title"] for h in people["韩立伟"]["honors"]] == ["全国技术能手"]


def test_a_long_credits_line_gives_the_date_its_label_names() -> None:
    # 70 characters of credits: too long for a masthead, but 发布日期： names the page's date
    text = (
        "稿件来源:附属第一医院、附属第二医院、附属第三医院 作者:附属第一医院宣传科、附属第二医院宣传科 "
        "编辑:林晓雨 发布日期:2013-05-14 阅读量:\n"
        "5月9日，市红十字会公布了36位“南丁格尔式优秀护士”名单，我院王丽护师荣获此项殊荣。\n"
    )
    assert parse_document(text).date == "2013-05-14"


def test_a_headline_carrying_its_publishing_time_gives_the_date() -> None:
    text = "刻中国石，传爱国情——护边员王阿依古丽 发布时间:2020-07-13 来源:光明网 央视新闻客户端\n她守边五十年。\n"
    assert parse_document(text).date == "2020-07-13"
