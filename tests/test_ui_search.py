"""The people search on the overview and in the explore pickers, run headless with AppTest.

The store holds ``namesakes_profile``: 25 张伟 (24 at the mines and teams of 焦煤集团, one at
平煤神马集团一矿), 赵伟, 周伟, 张卫 and 张伟明.  A reader types as at a union office's desk:
a name, then a unit to tell namesakes apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from loaders.pipeline import load_profiles
from tests.conftest import EDITORS, NAMESAKE_MINES, NAMESAKE_TEAMS, embedded_store, namesakes_profile, signed_in

APP = Path(__file__).resolve().parents[1] / "ui" / "app.py"


@pytest.fixture(scope="module")
def namesakes_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ui-search") / "namesakes.lbug"
    store = embedded_store(path)
    load_profiles(store, [namesakes_profile()])
    store.close()
    return path


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch, namesakes_db: Path) -> Iterator[AppTest]:
    for var in ("LAOMO_READER", "LAOMO_STORE", "NEO4J_URI", "LAOMO_CONSOLE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LAOMO_EDITORS", EDITORS)
    monkeypatch.setenv("LAOMO_DB", str(namesakes_db))
    at = signed_in(AppTest.from_file(str(APP), default_timeout=120))
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    yield at


def _search(at: AppTest, text: str) -> AppTest:
    at.text_input(key="overview.q").input(text).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _people(at: AppTest) -> list[tuple[str, str]]:
    """(label, query string) of the person links on the page, in order."""
    return [(p.proto.label, p.proto.query_string) for p in at.get("page_link") if p.proto.page == "person"]


def _texts(at: AppTest) -> str:
    return "\n".join(str(e.value) for e in [*at.markdown, *at.caption, *at.info])


def test_a_common_name_shows_the_total_and_the_first_page_with_units_honours_and_years(app: AppTest) -> None:
    at = _search(app, "张伟")
    assert "共找到 26 人 · 其中 同名 25、开头相符 1" in _texts(at)
    assert "第 1–20 人" in _texts(at)
    people = _people(at)
    assert len(people) == 20
    for label, _ in people:  # 张伟（焦煤集团 › 九里山矿 › 机电运转队 · 省部级 · 河南省劳动模范 2015）
        assert re.fullmatch(r"张伟（(\S+ › )+\S+ · \S+级 · \S+劳动模范 20\d\d）", label), label


def test_the_next_page_shows_the_rest_without_repeating_anyone(app: AppTest) -> None:
    at = _search(app, "张伟")
    first = {qs for _, qs in _people(at)}
    at.number_input(key="overview.page").set_value(2).run()
    second = _people(at)
    assert "第 21–26 人" in _texts(at)
    assert len(second) == 6 and not first & {qs for _, qs in second}
    assert second[-1][0].startswith("张伟明（焦作市总工会")


def test_a_unit_word_narrows_the_namesakes_to_that_mine(app: AppTest) -> None:
    at = _search(app, "张伟 九里山")
    assert "共找到 4 人（单位含“九里山”）" in _texts(at)
    labels = [label for label, _ in _people(at)]
    assert len(labels) == 4 and all(label.startswith("张伟（焦煤集团 › 九里山矿 › ") for label in labels)


def test_initials_list_whole_names_in_pinyin_order_before_longer_names(app: AppTest) -> None:
    at = _search(app, "zw")
    at.number_input(key="overview.page").set_value(2).run()
    names = [label.split("（")[0] for label, _ in _people(at)]
    assert names == ["张伟"] * 5 + ["张卫", "赵伟", "周伟", "张伟明"]


def test_a_new_search_starts_again_on_the_first_page(app: AppTest) -> None:
    at = _search(app, "张伟")
    at.number_input(key="overview.page").set_value(2).run()
    at = _search(at, "zw")
    assert "第 1–20 人" in _texts(at)


def test_a_name_nobody_has_says_so(app: AppTest) -> None:
    at = _search(app, "尉迟恭")
    assert "没有找到姓名为“尉迟恭”的人物。" in _texts(at) and _people(at) == []


def test_the_explore_pickers_offer_the_people_found_with_their_units(app: AppTest) -> None:
    app.switch_page("views/explore.py").run()
    app.text_input(key="explore.find_person").input(f"张伟 {NAMESAKE_MINES[2][:3]}").run()
    assert not app.exception, [e.value for e in app.exception]
    assert "找到 4 人，前 4 人已加入选择框" in _texts(app)
    options = app.selectbox(key="explore.source").options
    assert sorted(options[:4]) == sorted(f"张伟（焦煤集团 › 古汉山矿 › {team}）" for team in NAMESAKE_TEAMS)
