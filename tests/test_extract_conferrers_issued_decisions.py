"""The bodies that issued the decision an article reports confer its honours, wherever the
sentence names them (loaders/extract/context.py: issued_decisions): a joint issue split by the
level of each honour, a clause opened by 根据/按照, bodies listed before 等N个部门."""

from __future__ import annotations

from loaders.extract.context import issued_decisions
from tests.conftest import conferrers


def test_a_joint_decision_gives_each_honour_the_bodies_of_its_level() -> None:
    text = (
        "为表彰先进，河南省总工会及洛阳市委市政府下发了相关表彰决定，"
        "授予我公司刘志刚河南省“五一劳动奖章”、陈建洛阳市“劳动模范”荣誉称号。"
    )
    given = {title: bodies for held in conferrers(text).values() for title, bodies in held}
    assert given == {"河南省五一劳动奖章": ["河南省总工会"], "洛阳市劳动模范": ["中共洛阳市委", "洛阳市人民政府"]}


def test_a_decision_named_after_genju_is_the_bodys() -> None:
    text = (
        "根据江苏省总工会发布《关于表彰2023年度江苏省五一劳动奖的决定》，"
        "我校校友、南京某科技有限公司董事长孙立新被授予“江苏省五一劳动奖章”。"
    )
    assert conferrers(text)["孙立新"] == [("江苏省五一劳动奖章", ["江苏省总工会"])]


def test_bodies_listed_before_a_count_of_departments_issue_the_decision() -> None:
    text = "近日，省委宣传部等6个部门联合发出《关于表彰第四届湖南省道德模范的决定》，我市3人榜上有名。"
    found = issued_decisions(text, 0, len(text))
    assert [s.bodies for s in found] == [("省委宣传部",)]


def test_a_decision_that_is_only_proposed_names_no_issuer() -> None:
    text = "市总工会发布《关于拟表彰2024年度五一劳动奖章人选的公示》的决定。"
    assert issued_decisions(text, 0, len(text)) == []


def test_a_decision_cited_after_genju_names_its_issuer_by_short_name() -> None:
    text = (
        "2019年9月，根据全国人大常委会关于授予国家勋章和国家荣誉称号的决定，"
        "大庆油田公司高级工程师王启民被授予“人民楷模”国家荣誉称号。"
    )
    assert conferrers(text)["王启民"] == [("人民楷模", ["全国人民代表大会常务委员会"])]


def test_quoted_titles_written_side_by_side_before_deng_are_held_before() -> None:
    text = (
        "2019年9月，根据全国人大常委会关于授予国家荣誉称号的决定，大庆油田王启民被授予“人民楷模”国家荣誉称号。"
        "他曾荣获“全国先进工作者”“改革先锋”等称号。"
    )
    found = dict(conferrers(text)["王启民"])
    assert found["全国先进工作者"] == [] and found["改革先锋"] == []


def test_a_traditional_resume_with_converter_glosses_is_held_before() -> None:
    text = (
        "根據全國人大常委會關於授予國家榮譽稱號的決定，大慶油田王啟民被授予“人民楷模”國家榮譽稱號。"
        "他主持的項目作出重要貢獻，榮獲“全國(guó)先進(jìn)工作者”“改革先鋒”等稱號(hào)。"
    )
    found = dict(conferrers(text)["王啟民"])
    assert found["全国先进工作者"] == []


def test_bodies_that_decided_to_name_a_group_confer_the_title_its_members_receive() -> None:
    text = (
        "日前，三明市委、市政府决定命名一批为全市经济社会发展做出突出贡献的人才为“三明市第五批优秀人才”，"
        "我公司高级工程师吴建华、技师郑海波等3位同志获此殊荣。"
    )
    found = conferrers(text)
    assert found["吴建华"] == [("三明市优秀人才", ["中共三明市委", "三明市人民政府"])]


def test_a_body_that_decided_to_commend_and_reward_confers_the_series_named_after() -> None:
    text = (
        "日前\n宁海县人民政府决定表彰奖励\n张建国、王小军2人\n为见义勇为先进个人\n"
        "张建国\n2024年6月，张建国路过桃源街道时跳入河中，救起落水儿童。\n"
    )
    found = conferrers(text)
    assert [bodies for _, bodies in found["张建国"]] == [["宁海县人民政府"]]


def test_the_count_of_departments_after_the_last_issuer_is_no_part_of_its_name() -> None:
    text = (
        "近日，全国绿化委员会、人力资源社会保障部、国家林业和草原局三部门联合印发《关于表彰全国绿化先进集体、"
        "劳动模范和先进工作者的决定》。福建省永安林业公司护林员陈永福被授予“全国绿化劳动模范”称号。"
    )
    assert conferrers(text)["陈永福"] == [
        ("全国绿化劳动模范", ["全国绿化委员会", "人力资源和社会保障部", "国家林业和草原局"])
    ]
