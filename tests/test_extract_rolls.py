"""Rolls (loaders/extract/rolls.py): every person of a list shares the list's honour, whatever words
introduce it — a unit line naming two people after its colon, a run of names in one sentence,
items separated by semicolons that each close on a name.  Every name, unit and place is invented."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.extract.rolls import roll_line


def honours_of(text: str) -> dict[str, set[str]]:
    return {p["name"]: {h["title"] for h in p["honors"]} for p in extract_text(text)["people"]}


UNIT_ROLL = (
    "附件：\n"
    "青川区“十佳护士长”名单\n"
    "一、青川区“十佳护士长”\n"
    "青川区人民医院：林秀娟、周美华\n"
    "青川区中医医院：钱丽萍\n"
    "南桥镇卫生院：马晓燕、宋雅琴\n"
)


def test_every_name_after_a_units_colon_holds_the_lists_honour() -> None:
    got = honours_of(UNIT_ROLL)
    for name in ("林秀娟", "周美华", "马晓燕", "宋雅琴"):
        assert any("十佳护士长" in t for t in got.get(name, set())), name


def test_a_roll_line_reads_the_unit_and_each_name() -> None:
    text = "南桥镇卫生院：马晓燕、宋雅琴"
    line = roll_line(text, 0, len(text))
    assert line is not None
    assert line.unit == "南桥镇卫生院"
    assert [name for name, _, _ in line.items] == ["马晓燕", "宋雅琴"]


def test_a_line_of_prose_is_no_roll_line() -> None:
    text = "南桥镇卫生院：马晓燕说，今年护理工作再上新台阶。"
    assert roll_line(text, 0, len(text)) is None


SEMICOLON_ITEMS = (
    "2023年青川“工匠之星”发布仪式日前举行。\n"
    "此次评选出的4位“青川工匠之星”分别是：数控车床操作工林建华；"
    "传统木雕技艺传承人周德明；在一线守护电网的检修班长钱卫东；扎根乡村的农技员孙海燕。\n"
)


def test_items_closing_on_a_name_share_the_honour_before_the_list() -> None:
    got = honours_of(SEMICOLON_ITEMS)
    for name in ("林建华", "周德明", "钱卫东", "孙海燕"):
        assert any("青川工匠之星" in t for t in got.get(name, set())), name


def test_a_descriptor_inside_one_item_stays_with_that_item() -> None:
    text = SEMICOLON_ITEMS.replace("在一线守护电网的检修班长钱卫东", "在一线守护电网的“电网先锋”钱卫东")
    got = honours_of(text)
    assert not any("电网先锋" in t for t in got.get("孙海燕", set()))


def test_officials_attending_a_ceremony_get_no_honour() -> None:
    text = (
        "4月28日，青川区“最美职工”发布会举行。区领导林国强、周文斌、钱志远出席活动。\n"
        "周德明、孙海燕、宋雅琴荣获“青川区最美职工”称号。\n"
    )
    got = honours_of(text)
    assert "钱志远" not in got and "林国强" not in got


NOTICE = (
    "近日，青川市总工会印发决定，表彰一批先进个人。获奖情况如下：\n"
    "【青川市五一劳动奖章】：林建华 青川市第一人民医院急诊科主任\n"
    "【青川市优秀工会积极分子】：周德明、孙海燕\n"
)


def test_a_bracketed_honour_label_gives_its_honour_to_the_name_after_the_colon() -> None:
    got = honours_of(NOTICE)
    assert any("五一劳动奖章" in t for t in got.get("林建华", set()))


def test_every_name_after_an_honour_label_holds_it() -> None:
    got = honours_of(NOTICE)
    for name in ("周德明", "孙海燕"):
        assert any("优秀工会积极分子" in t for t in got.get(name, set())), name


def test_a_label_that_names_no_honour_opens_no_list() -> None:
    text = "会议地点：青川市职工服务中心\n主持人：林建华 青川市总工会副主席\n"
    assert "林建华" not in honours_of(text)


def test_officials_named_in_the_sentence_of_a_ceremony_get_no_honour() -> None:
    text = "4月28日，青川区2023年度“最美职工”发布会举行，区领导林国强、周文斌、钱志远出席活动。\n"
    assert honours_of(text) == {}


HEADED_ROLL = (
    "经评选，决定对林秀娟等3名“青川区优秀护士”予以表彰。\n"
    "附件：\n"
    "三、青川区“优秀护士”\n"
    "青川区人民医院：林秀娟、周美华\n"
    "南桥镇卫生院：马晓燕\n"
)


def test_names_beside_one_named_in_prose_take_the_honour_of_their_heading() -> None:
    got = honours_of(HEADED_ROLL)
    assert any("优秀护士" in t for t in got.get("周美华", set()))


BARE_HEADING_ROLL = (
    "青川日报讯 近日，青川市护理工作先进个人评选结果揭晓。\n"
    "2023年度青川市优秀护士\n"
    "林秀娟　青川区人民医院护士长\n"
    "周美华　南桥镇卫生院护士\n"
    "马晓燕　青川市中医院护理部主任\n"
)


def test_a_line_that_only_names_an_honour_heads_the_person_lines_below_it() -> None:
    people = {p["name"]: p for p in extract_text(BARE_HEADING_ROLL)["people"]}
    for name in ("林秀娟", "周美华", "马晓燕"):
        assert [h["title"] for h in people[name]["honors"]] == ["青川市优秀护士"], name


def test_a_person_line_under_a_bare_heading_keeps_its_unit() -> None:
    people = {p["name"]: p for p in extract_text(BARE_HEADING_ROLL)["people"]}
    assert people["周美华"]["employers"] == ["南桥镇卫生院"]


def test_person_lines_under_a_heading_that_names_no_honour_hold_nothing() -> None:
    text = (
        "近日，青川市召开护理工作座谈会。\n"
        "出席会议的领导\n"
        "林秀娟　青川市总工会主席\n"
        "周美华　青川市卫健委主任\n"
        "马晓燕　青川市人民医院院长\n"
    )
    assert honours_of(text) == {}


def test_people_after_an_honour_label_may_be_separated_by_semicolons() -> None:
    text = (
        "近日，青川市总工会印发决定。获奖情况如下：\n"
        "【青川市五一劳动奖章】：林建华 青川市第一人民医院急诊科主任；周德明 南桥机械有限公司钳工\n"
    )
    people = {p["name"]: p for p in extract_text(text)["people"]}
    assert [h["title"] for h in people["周德明"]["honors"]] == ["青川市五一劳动奖章"]
    assert people["周德明"]["employers"] == ["南桥机械有限公司"]
