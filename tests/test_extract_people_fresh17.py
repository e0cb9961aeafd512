"""Names the finder missed in fresh multi-person news (session 12, ppl17): dotted minority names
after a title, and exactly counted runs of names without a Han surname."""

from __future__ import annotations

from loaders.extract.names import find_person_mentions


def _names(text: str) -> list[str]:
    return [m.name for m in find_person_mentions(text)]


def test_dotted_name_after_a_title_the_match_opens_inside() -> None:
    # the dotted-name pattern takes six characters before the dot: 事长阿不力孜 → the title is 董事长
    text = "被评为全国见义勇为模范的和田市残疾人工贸发展中心董事长阿不力孜·买买提尼牙孜24年来救助了70多名群众。"
    assert "阿不力孜·买买提尼牙孜" in _names(text)


def test_dotted_name_wins_over_its_first_part() -> None:
    # a title rule and the tagger agree on 沙吾尔; the dotted reading is the whole name
    text = (
        "被评为全国敬业奉献模范的尉犁县兴平乡达西村党支部书记沙吾尔·芒力克带领村民把达西村从一个贫困村建成南疆第一村。"
    )
    names = _names(text)
    assert "沙吾尔·芒力克" in names
    assert "沙吾尔" not in names


def test_dotted_title_outside_a_name_stays_out() -> None:
    assert _names("人民铁道报·东北版刊发了这篇报道。") == []


def test_counted_run_of_names_without_surnames() -> None:
    text = "现场，罗布斯达、蒋良文、格桑罗布、禹代林、扎西尼玛、平措、解钊7人荣膺2018年度“西藏工匠”称号。"
    names = _names(text)
    for name in ("禹代林", "扎西尼玛", "平措", "解钊"):
        assert name in names


def test_counted_run_of_places_is_no_list_of_names() -> None:
    assert _names("北京、上海、广州3人获奖后返回。") == []


def test_counted_run_needs_the_exact_count() -> None:
    # 5人 counts more people than the three pieces: no piece is taken whole
    assert "扎西尼玛" not in _names("会上，次仁、扎西尼玛、平措5人获得表彰。")
