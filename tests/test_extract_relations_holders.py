"""Who holds an honour a sentence names for a group: the relation-stage readers of
loaders/extract/relations.py (holders after 的有, a head count closing a run of names, examples after
如, a medal handed with a title, a place's share of a higher list) and the 在其列 trigger."""

from __future__ import annotations

from typing import Any

from loaders.extract import extract_text


def _honours(profile: dict[str, Any]) -> dict[str, list[str]]:
    return {p["name"]: [h["title"] for h in p.get("honors", [])] for p in profile["people"]}


NAMED_AFTER_DE_YOU = (
    "日前，晋江市总工会公布“晋江工匠”名单。被命名为“晋江工匠”的有福建恒安集团有限公司吴志强、"
    "晋江市金泰纺织有限公司许文彬、泉州港务集团有限公司洪德胜等20人。"
)


def test_every_name_of_a_unit_list_after_de_you_holds_the_honour() -> None:
    got = _honours(extract_text(NAMED_AFTER_DE_YOU))
    for name in ("吴志强", "许文彬", "洪德胜"):
        assert got.get(name) == ["晋江工匠"]


COUNTED_RUN = (
    "经过推荐申报、集中评审等环节，最终从全省职工中选出了国网青海省电力公司检修工程师马建军、"
    "青海盐湖工业股份有限公司电工李秀芳等10名青海省“最美职工”。"
)


def test_names_closed_by_a_head_count_hold_the_honour_that_follows_the_count() -> None:
    got = _honours(extract_text(COUNTED_RUN))
    assert got.get("李秀芳") == ["青海省最美职工"]


EXAMPLES_OF_HOLDERS = (
    "今年全省有300名职工获得“五一劳动奖章”。这些获奖者来自各行各业，"
    "如长沙公交集团售票员刘美华、湘潭钢铁集团有限公司炉前工张国庆等。"
)


def test_names_given_as_examples_of_the_holders_hold_the_articles_honour() -> None:
    got = _honours(extract_text(EXAMPLES_OF_HOLDERS))
    assert "五一劳动奖章" in got.get("刘美华", [])
    assert "五一劳动奖章" in got.get("张国庆", [])


EXAMPLES_WITHOUT_HOLDERS = (
    "公司重视技能培训，如长沙公交集团售票员刘美华、湘潭钢铁集团有限公司炉前工张国庆等都参加了培训。"
)


def test_examples_in_a_paragraph_that_speaks_of_no_holders_hold_no_honour() -> None:
    got = _honours(extract_text(EXAMPLES_WITHOUT_HOLDERS))
    assert not any(got.values())


IN_THEIR_RANKS = (
    "今年的“五一劳动奖章”授予了全国一千余名先进人物。"
    "长江航运集团船长赵明德、武汉理工大学副教授孙立平等知名人士的名字也在其列。"
)


def test_zai_qi_lie_gives_the_honour_named_before_to_the_names_of_its_clause() -> None:
    got = _honours(extract_text(IN_THEIR_RANKS))
    assert got.get("孙立平") and all("劳动奖章" in t for t in got["孙立平"])


MEDAL_WITH_TITLE = (
    "省劳动竞赛委员会、省总工会决定：授予李建华等30位同志2023年度江西省劳动竞赛先进个人，并颁发江西省五一劳动奖章。"
)


def test_a_medal_handed_with_a_granted_title_goes_to_the_same_people() -> None:
    got = _honours(extract_text(MEDAL_WITH_TITLE))
    assert "江西省五一劳动奖章" in got.get("李建华", [])


LOCAL_SHARE = """5·12护士节 我市3名护士获省级表彰
省卫生健康委决定授予100名护士“浙江省优秀护士”荣誉称号。其中，我市共有3名护士获表彰。
他们分别是：
温州优秀护士名单(3名)
陈晓燕 温州医科大学附属第一医院
周丽萍 温州市中心医院
林海燕 温州市人民医院
"""


def test_a_list_heading_with_a_place_below_the_honours_level_means_the_honour_named_in_full() -> None:
    got = _honours(extract_text(LOCAL_SHARE))
    for name in ("陈晓燕", "周丽萍", "林海燕"):
        assert got.get(name) == ["浙江省优秀护士"]


TWO_CLASSES = (
    "其中：江苏华耀机械制造有限公司葛兆星被评为江苏省卓越技师(A类)，盐城清迈信息科技有限公司许文彬、"
    "盐城市崇达石化机械有限公司陈文华和江苏福吉特有限公司肖玉旺等3名同志被评选为江苏省卓越技师(B类)。"
)


def test_a_second_frame_of_the_same_honour_gives_it_to_its_own_subjects_not_the_first_ones() -> None:
    got = _honours(extract_text(TWO_CLASSES))
    for name in ("葛兆星", "许文彬", "陈文华", "肖玉旺"):
        assert got.get(name) == ["江苏省卓越技师"]
