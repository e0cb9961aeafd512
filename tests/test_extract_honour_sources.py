"""Where an honour comes from and who holds it: headlines and captions that only mention an honour,
officials handing awards over, column labels, the honour that introduces a run of profiles, a
notice that names its issuer, and the counted holders of an honour listed one by one."""

from __future__ import annotations

from loaders.honours import honour_level, parse_honour, phrase_kind
from tests.conftest import honours

# -- phrases that name an honour word without a holder


def test_a_headline_about_visiting_model_workers_is_no_honour() -> None:
    assert phrase_kind("大小记者访劳模 弘扬社会正能量") is None


def test_a_resolve_to_follow_model_workers_is_no_honour() -> None:
    assert phrase_kind("我也要向劳模看齐") is None


def test_a_column_of_interviews_with_model_workers_is_no_honour() -> None:
    assert phrase_kind("市总工会劳动者之歌劳模采访录") is None


def test_an_example_to_learn_from_is_no_honour() -> None:
    assert phrase_kind("专业上的努力更是大家学习的榜样") is None


def test_a_column_label_opening_a_headline_is_not_the_workers_honour() -> None:
    text = (
        "【青岛工匠】钢筋工宋德强：到人民大会堂领奖\n"
        "宋德强现为青岛某建筑集团高级技师，获得的荣誉包括全国技术能手、山东省首席技师。\n"
    )
    assert [title for title, _, _ in honours(text)["宋德强"]] == ["全国技术能手", "山东省首席技师"]


def test_an_official_handing_awards_to_unnamed_workers_holds_none() -> None:
    text = "宜兰市一一四年模范劳工表扬大会今天举行，宜兰市长陈美玲亲自颁奖给获奖的优秀模范劳工。\n"
    assert honours(text).get("陈美玲", []) == []


def test_a_laudation_line_ending_in_a_name_is_not_the_previous_persons_honour() -> None:
    text = (
        "近日，李明华、张建国等6人被评为2022年“西藏工匠”。他们中有：\n"
        "扎根高原三十年的电力工匠李明华；\n"
        "在雅江上筑就“无裂缝大坝”的水电先锋张建国；\n"
    )
    assert "水电先锋张建国" not in [title for title, _, _ in honours(text, document_date="2023-05-01")["李明华"]]


# -- the honour of a run of profiles, its issuer, its counted holders


def test_the_honour_named_just_before_the_profiles_is_theirs() -> None:
    text = (
        "2018年6月21日下午，西安市召开大会，隆重表彰2018年“西安十佳工匠之星”和“西安工匠”。\n"
        "2018年“西安十佳工匠之星”和90名“西安工匠”现场庄严宣誓。\n"
        "让我们先一睹“西安十佳工匠之星”的风采。\n"
        "航天卫士：杨峰\n"
        "西安某航天发动机有限公司钳工高级技师，从事航天制造业工作25年。\n"
        "航空报国：张凤奇\n"
        "西安某飞机工业有限责任公司铆装钳工技师，从事航空制造业工作16年。\n"
    )
    found = honours(text, document_date="2018-06-22")
    assert [title for title, _, _ in found["杨峰"]] == ["西安十佳工匠之星"]
    assert [title for title, _, _ in found["张凤奇"]] == ["西安十佳工匠之星"]


def test_the_government_issuing_a_commendation_notice_confers_its_honour() -> None:
    text = (
        "2018年6月21日，西安市召开大会，表彰2018年“西安十佳工匠之星”。"
        "市人社局局长宣读《西安市人民政府关于表彰2018年西安十佳工匠之星的通报》。"
        "西安某航天发动机有限公司钳工杨峰荣获“西安十佳工匠之星”称号。\n"
    )
    assert honours(text, document_date="2018-06-22")["杨峰"] == [("西安十佳工匠之星", 2018, ["西安市人民政府"])]


def test_the_counted_holders_of_an_honour_listed_after_include_each_hold_it() -> None:
    text = (
        "记者昨日从区妇联获悉，南海7人获评2016年度佛山市“三八红旗手”。"
        "南海荣获2016年度佛山市“三八红旗手”称号的7位标兵来自不同领域；"
        "包括佛山市某税务师事务所有限公司总经理李智，桂城中学副校长白惠冰，区疾病预防控制中心医生梁肖嫣。\n"
    )
    found = honours(text, document_date="2017-03-07")
    for name in ("李智", "白惠冰", "梁肖嫣"):
        assert [title for title, _, _ in found[name]] == ["佛山市三八红旗手"]


# -- the parser


def test_several_adverbs_before_an_award_verb_are_no_part_of_the_title() -> None:
    parsed = parse_honour("并先后获得洛阳市“五一劳动奖章”")
    assert parsed is not None and parsed.title == "洛阳市五一劳动奖章"


def test_the_red_banner_of_a_womens_honour_names_no_county() -> None:
    assert honour_level("三八红旗手") is None
    assert honour_level("达拉特旗劳动模范") == "县"


def test_a_community_workers_title_names_no_district() -> None:
    assert honour_level("优秀社区工作者") is None
    assert honour_level("南海区三八红旗手") == "县"


def test_rows_of_names_and_units_after_a_published_list_hold_its_honour() -> None:
    text = (
        "12月31日，烟台市人民政府办公室下发通知，2021年度烟台市首席技师53人名单公布，两家酒企各有一位酿酒师入选。\n"
        "周 攀 烟台某葡萄酒集团有限公司\n"
        "蹇木栋 某葡萄酒（蓬莱）有限公司\n"
    )
    found = honours(text, document_date="2022-01-05")
    for name in ("周攀", "蹇木栋"):
        assert [(title, year) for title, year, _ in found[name]] == [("烟台市首席技师", 2021)]


def test_an_outstanding_technician_of_a_province_is_an_honour_not_a_grade() -> None:
    text = "其中，江苏某机械制造有限公司葛兆星被评为江苏省卓越技师（A类）。\n"
    assert [title for title, _, _ in honours(text, document_date="2024-02-01")["葛兆星"]] == ["江苏省卓越技师"]


def test_each_holder_listed_with_a_year_before_the_name_holds_the_honour_from_that_year() -> None:
    text = (
        "杭锅集团容器车间班长于惠民光荣地出席了表彰大会并被授予“全国劳动模范”荣誉称号。"
        "这是杭锅历史上出现的第四位全国劳动模范，前三位分别是1959年陈有生、1989年俞如良、2005年蒋兴权。\n"
    )
    found = honours(text, document_date="2015-04-29")
    years = {name: [year for title, year, _ in found[name]] for name in ("陈有生", "俞如良", "蒋兴权")}
    assert years == {"陈有生": [1959], "俞如良": [1989], "蒋兴权": [2005]}


def test_an_epithet_in_the_list_of_a_groups_holders_is_no_honour() -> None:
    text = (
        "全国妇联决定授予在经济建设和社会发展中作出突出贡献的10位优秀女性全国三八红旗手标兵荣誉称号，"
        "其中包括“最美妈妈”吴菊萍、青蒿素的研发者屠呦呦等。\n"
    )
    found = honours(text, document_date="2012-03-07")
    assert all(title != "最美妈妈" for name in found for title, _, _ in found[name])


def test_a_person_picked_out_of_a_counted_group_of_honoured_workers_holds_its_honour() -> None:
    text = (
        "全国劳动模范和先进工作者表彰大会11月24日上午在北京人民大会堂隆重举行。"
        "中建集团有14名全国劳模受到表彰。其中，中建某公司总工程师陆建新同志作为51位代表之一上台领奖。\n"
    )
    assert [(title, year) for title, year, _ in honours(text, document_date="2020-11-25")["陆建新"]] == [
        ("全国劳动模范", 2020)
    ]
