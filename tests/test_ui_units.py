"""The UI's pure parts: the profile card, the import review, reader-mode scrubbing, strings, graph elements."""

from __future__ import annotations

import io
import json
import re
import zlib
from pathlib import Path
from typing import Any

import pytest

from graph.errors import ConfigError
from loaders.profile_io import read_profile, validate_profile
from tests.conftest import SAMPLE_PROFILE
from ui import profile_card
from ui.components import graph_elements, merge_elements, pair_elements
from ui.data import shown_path
from ui.i18n import STRINGS
from ui.privacy import born_for_reader, redact, scrub_row
from ui.review import apply_decisions, fact_rows

UI = Path(__file__).resolve().parents[1] / "ui"

TIMELINE = [
    {"year": 2019, "honor": "全国煤炭行业技能大师", "edition": "第六批", "conferred_by": [], "dated": True},
    {
        "year": 2021,
        "honor": "焦作工匠",
        "edition": "第三届",
        "conferred_by": ["焦作市总工会", "焦作市人力资源和社会保障局"],
        "dated": True,
    },
    {"year": None, "honor": "劳动模范", "edition": None, "conferred_by": ["焦煤集团"], "dated": False},
]


def _card(**profile: object) -> profile_card.ProfileCard:
    base = {"name": "张伟", "gender": "男", "born": "1980-02-14"}
    base.update(profile)
    return profile_card.build_card(
        base,
        chains=["焦煤集团 › 九里山矿"],
        timeline=TIMELINE,
        positions=[{"title": "队长", "org": "机电运转队", "start": None}],
        works=[{"kind": "Patent", "title": "矿用自清洗过滤器"}, {"kind": "Standard", "title": "煤矿电气设备试验规范"}],
        patent_counts=[{"count": 9, "kind": None}],
        sources=[{"document": "焦作市总工会报 2023年2月", "date": "2023-02"}],
    )


# --- the profile card ------------------------------------------------------------------
def test_the_card_counts_reported_patents_when_a_source_names_fewer() -> None:
    card = _card()
    assert card.patents == 9 and card.patent_titles == ["矿用自清洗过滤器"]
    assert card.honours[1] == ("2021", "焦作工匠（第三届） — 焦作市总工会、焦作市人力资源和社会保障局")
    assert card.honours[2][0] == ""  # undated honours keep their place, without a year


def test_the_card_png_decodes_as_a_picture_1080_pixels_wide() -> None:
    from PIL import Image

    png = profile_card.card_png(_card())
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    with Image.open(io.BytesIO(png)) as image:
        assert image.width == 1080 and image.height > 700


def _pdf_text(pdf: bytes) -> str:
    """The text layer of an fpdf2 PDF: glyph codes mapped through the embedded ToUnicode CMap."""
    streams = []
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            streams.append(zlib.decompress(m.group(1)))
        except zlib.error:
            streams.append(m.group(1))
    cmap: dict[int, str] = {}
    for s in streams:
        for block in re.findall(rb"beginbfchar(.*?)endbfchar", s, re.S):
            for code, uni in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
                cmap[int(code, 16)] = bytes.fromhex(uni.decode()).decode("utf-16-be")
    escapes = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
    text = []
    for s in streams:
        for raw in re.findall(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", s, re.S):
            data = re.sub(
                rb"\\([0-7]{1,3}|.)",
                lambda e: (
                    escapes.get(e.group(1)) or (bytes([int(e.group(1), 8)]) if e.group(1)[:1].isdigit() else e.group(1))
                ),
                raw,
            )
            text.append("".join(cmap.get(int.from_bytes(data[i : i + 2], "big"), "?") for i in range(0, len(data), 2)))
    return "\n".join(text)


def test_the_card_pdf_embeds_the_cjk_font_and_has_the_name_in_its_text_layer() -> None:
    pdf = profile_card.card_pdf(_card())
    assert pdf.startswith(b"%PDF")
    assert re.search(rb"/BaseFont /[A-Z]{6}\+NotoSansCJKSC", pdf)
    text = _pdf_text(pdf)
    assert "张伟" in text and "2021  焦作工匠（第三届）" in text and "专利 9 项" in text


def test_the_card_json_keeps_chinese_readable() -> None:
    data = json.loads(profile_card.card_json(_card()))
    assert data["name"] == "张伟" and data["honours"][0] == {"year": "2019", "honour": "全国煤炭行业技能大师（第六批）"}
    assert "\\u" not in profile_card.card_json(_card()).decode("utf-8")


def test_a_reader_mode_card_gives_the_birth_month_only() -> None:
    card = profile_card.build_card({"name": "张伟", "born": "1980-02-14"}, reader=True)
    assert card.born == "1980-02"


def test_a_missing_cjk_font_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(profile_card.shutil, "which", lambda name: None)
    monkeypatch.setattr(profile_card, "KNOWN_FONT_FILES", (str(tmp_path / "none.ttc"),))
    profile_card.find_cjk_font.cache_clear()
    try:
        with pytest.raises(ConfigError, match="fonts-noto-cjk"):
            profile_card.card_pdf(_card())
    finally:
        profile_card.find_cjk_font.cache_clear()


# --- the import review -------------------------------------------------------------------
def test_review_rows_start_with_the_person_and_carry_evidence() -> None:
    rows = fact_rows(read_profile(SAMPLE_PROFILE))
    assert rows[0]["key"] == "p0" and rows[0]["fact"].startswith("张伟")
    jz = next(r for r in rows if r["kind"] == "honors" and "焦作工匠" in r["fact"])
    assert jz["year"] == 2021 and "授予第三屆焦作工匠" in jz["sentence"] and jz["accept"] is True
    assert any(r["kind"] == "organizations" and r["fact"] == "九里山矿 ⊂ 焦煤集团" for r in rows)


def test_rejecting_one_honour_keeps_everything_else() -> None:
    profile = read_profile(SAMPLE_PROFILE)
    rows = fact_rows(profile)
    jz = next(r["key"] for r in rows if r["kind"] == "honors" and "焦作工匠" in r["fact"])
    kept = apply_decisions(profile, {r["key"] for r in rows} - {jz})
    validate_profile(kept)
    titles = [h["title"] for h in kept["people"][0]["honors"]]
    assert "焦作工匠" not in titles and "中原大工匠" in titles and len(titles) == 7
    assert len(kept["people"]) == 7 and profile["people"][0]["honors"][6]["title"] == "焦作工匠"  # original intact


def test_rejecting_a_person_drops_all_their_facts() -> None:
    profile = read_profile(SAMPLE_PROFILE)
    keys = {r["key"] for r in fact_rows(profile)}
    kept = apply_decisions(profile, keys - {"p0"})
    assert "张伟" not in [p["name"] for p in kept["people"]] and len(kept["people"]) == 6


# --- reader mode ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "电话13812345678",
        "电话 138-1234-5678",
        "+86 138 1234 5678",
        "身份证410802198002140023",
        "身份证41080219800214002X",
        "座机0391-2345678",
        "（0391）23456789",
    ],
)
def test_identity_and_phone_numbers_are_masked(text: str) -> None:
    masked = redact(text)
    assert "＊＊＊" in masked and not re.search(r"\d{7}", masked)


def test_years_counts_and_codes_are_not_mistaken_for_numbers_to_hide() -> None:
    text = "2021年获评第三届焦作工匠，9项专利，标准 GB/T 3836.1-2021。"
    assert redact(text) == text


def test_scrubbing_reaches_nodes_inside_a_row() -> None:
    row = {
        "person": {"_label": "Person", "id": "p-1", "born": "1975-06-12", "summary": "电话13812345678"},
        "path": {"nodes": [{"_label": "Person", "born": "1975-06-12"}], "rels": []},
    }
    scrubbed = scrub_row(row)
    assert scrubbed["person"] == {"_label": "Person", "id": "p-1", "born": "1975-06", "summary": "电话＊＊＊"}
    assert scrubbed["path"]["nodes"][0]["born"] == "1975-06" and row["person"]["born"] == "1975-06-12"


def test_scrubbing_a_row_cuts_birth_to_the_month() -> None:
    assert born_for_reader("1980-02-14") == "1980-02" and born_for_reader("1980") == "1980"
    assert scrub_row({"born": "1980-02-14", "sentence": "电话13812345678"}) == {
        "born": "1980-02",
        "sentence": "电话＊＊＊",
    }


# --- interface strings ------------------------------------------------------------------------
def test_every_string_the_pages_use_exists_in_both_languages() -> None:
    used = set()
    for path in UI.rglob("*.py"):
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_]+\.[A-Za-z_]+)["']""", path.read_text(encoding="utf-8")))
    assert used and not used - set(STRINGS), sorted(used - set(STRINGS))


def test_both_languages_fill_the_same_fields() -> None:
    for key, (zh, en) in STRINGS.items():
        assert set(re.findall(r"{(\w+)}", zh)) == set(re.findall(r"{(\w+)}", en)), key
        assert zh and en, key


# --- graph pictures ----------------------------------------------------------------------------
PATH_ROW = {
    "path": {
        "nodes": [
            {"_label": "Person", "_eid": "0:0", "id": "p-1", "name": "张伟", "search": "张伟|zw"},
            {"_label": "Award", "_eid": "3:6", "id": "a-1", "year": 2021, "raw": "第三屆焦作工匠"},
            {"_label": "Organization", "_eid": "1:5", "id": "o-1", "name": "焦作市总工会", "aliases": ["市总工会"]},
        ],
        "rels": [
            {"_type": "RECEIVED", "_eid": "13:6", "_src": "0:0", "_dst": "3:6"},
            {"_type": "CONFERRED_BY", "_eid": "17:13", "_src": "3:6", "_dst": "1:5", "doc": "doc-1"},
        ],
    }
}


def test_graph_elements_key_nodes_by_their_stable_id_and_name_them() -> None:
    el = graph_elements([PATH_ROW])
    nodes = {n["data"]["id"]: n["data"] for n in el["nodes"]}
    assert nodes["a-1"]["name"] == "2021 第三屆焦作工匠" and nodes["o-1"]["aliases"] == "市总工会"
    assert "search" not in nodes["p-1"]
    assert [(e["data"]["source"], e["data"]["target"], e["data"]["rel"]) for e in el["edges"]] == [
        ("p-1", "a-1", "获得"),
        ("a-1", "o-1", "授予"),
    ]


def test_graph_elements_drop_relationships_whose_end_is_missing() -> None:
    row = {"r": {"_type": "WORKS_AT", "_eid": "11:0", "_src": "0:0", "_dst": "9:9"}, "p": PATH_ROW["path"]["nodes"][0]}
    assert graph_elements([row]) == {"nodes": graph_elements([row])["nodes"], "edges": []}


def _cohort_picture() -> None:
    """A page drawing one cohort of 26 最美货车司机 of 2023: 325 links, every pair of them."""
    from itertools import combinations

    from ui.components import pair_elements, show_graph

    names = [f"{surname}建军" for surname in "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许"]
    pairs = [
        {"source": f"p-{a}", "source_name": names[a], "target": f"p-{b}", "target_name": names[b]}
        | {"honor": "最美货车司机", "year": 2023, "edition": ""}
        for a, b in combinations(range(len(names)), 2)
    ]
    show_graph(pair_elements(pairs), key="cohort.graph")


def test_a_picture_with_more_links_than_can_be_read_draws_them_without_captions() -> None:
    from streamlit.testing.v1 import AppTest

    from ui.components import EDGE_CAPTIONS_MAX

    at = AppTest.from_function(_cohort_picture).run()
    args = json.loads(at.get("component_instance")[0].proto.json_args)
    assert len(args["elements"]["edges"]) > EDGE_CAPTIONS_MAX
    link_styles = [s["style"] for s in args["style"] if s["selector"].startswith("edge")]
    assert link_styles and all(style["label"] == "" for style in link_styles)
    assert all(e["data"]["rel"] == "最美货车司机 2023" for e in args["elements"]["edges"])  # kept in the details


def _drivers(cohorts: dict[int, list[str]]) -> list[dict[str, Any]]:
    """co_recipient_network rows: every two 最美货车司机 of the same year."""
    from itertools import combinations

    return [
        {"source": f"p-{a}", "source_name": a, "target": f"p-{b}", "target_name": b}
        | {"honor": "最美货车司机", "year": year, "edition": ""}
        for year, names in cohorts.items()
        for a, b in combinations(names, 2)
    ]


def test_a_network_of_several_cohorts_is_laid_out_by_force_so_each_shows_as_a_cluster() -> None:
    from ui.components import cohort_layout

    rows = _drivers({2022: ["王建军", "李秀英", "张伟"], 2023: ["张伟", "孙宏亮", "秦建军"]})
    layout = cohort_layout(pair_elements(rows))
    assert layout["name"] == "cose" and layout["animate"] is False


def test_a_network_of_one_cohort_where_everyone_is_linked_is_drawn_on_rings() -> None:
    from ui.components import cohort_layout

    layout = cohort_layout(pair_elements(_drivers({2023: ["孙宏亮", "秦建军", "王建军", "李秀英"]})))
    assert layout["name"] == "concentric" and layout["animate"] is False


def test_merged_elements_are_a_union_by_id() -> None:
    a = graph_elements([PATH_ROW])
    b = pair_elements(
        [
            {
                "source": "p-1",
                "source_name": "张伟",
                "target": "p-2",
                "target_name": "李军萍",
                "honor": "焦作工匠",
                "year": 2021,
                "edition": "第三届",
            }
        ]
    )
    merged = merge_elements(a, b)
    assert sorted(n["data"]["id"] for n in merged["nodes"]) == ["a-1", "o-1", "p-1", "p-2"]
    assert len(merged["edges"]) == 3


def test_the_graph_version_that_keys_cached_listings_changes_with_every_load(store) -> None:
    from loaders.pipeline import load_files
    from tests.conftest import SAMPLE_PROFILE
    from ui.data import graph_version

    empty = graph_version(store)
    load_files(store, [SAMPLE_PROFILE])
    loaded = graph_version(store)
    assert set(empty) == {0} and loaded[0] == 1 and loaded[1] > 0  # one document, its people
    load_files(store, [SAMPLE_PROFILE])
    assert graph_version(store) == loaded  # an idempotent reload keeps the cache valid


def test_only_whole_graph_aggregates_are_cacheable() -> None:
    from graph.queries import REGISTRY

    assert REGISTRY["top_organizations"].whole_graph and REGISTRY["org_tree_counts"].whole_graph
    assert not any(REGISTRY[n].whole_graph for n in ("honour_timeline", "search", "org_rollup", "co_recipients"))


def test_the_sidebar_names_a_store_under_the_working_folder_relative_to_it() -> None:
    assert shown_path(Path("/srv/laomo/data/laomo.lbug"), Path("/srv/laomo")) == "data/laomo.lbug"


def test_the_sidebar_names_a_store_elsewhere_by_its_folder_and_file_only() -> None:
    assert shown_path(Path("/var/lib/工会/劳模.lbug"), Path("/srv/laomo")) == "…/工会/劳模.lbug"
