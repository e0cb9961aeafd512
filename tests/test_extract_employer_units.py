"""Employers and posts read from fresh pages in the sixteenth session: the offices' party
committee (机关党委) of a body, schools named by a short kind word (盲校, 党校)."""

from __future__ import annotations

from loaders.extract.posts import is_skill_grade, parse_post
from loaders.orgs import employer_of, org_kind
from tests.conftest import employers_of, posts_of


def test_an_offices_party_committee_post_is_held_at_its_body() -> None:
    assert parse_post("国家税务总局沧州市税务局机关党委副书记") == ("国家税务总局沧州市税务局", "机关党委副书记")


def test_the_body_of_an_offices_party_committee_employs_its_secretary() -> None:
    text = "国家税务总局沧州市税务局机关党委副书记、工会主席张雪被评为河北省三八红旗手。"
    assert employers_of(text, "张雪") == ["国家税务总局沧州市税务局"]


def test_a_company_offices_party_branch_keeps_the_company_as_the_posts_body() -> None:
    assert parse_post("唐山三友化工股份有限公司机关党支部书记") == ("唐山三友化工股份有限公司", "机关党支部书记")


def test_a_bare_party_secretary_still_has_no_body() -> None:
    assert parse_post("村党支部书记") == (None, "村党支部书记")


def test_a_school_for_the_blind_employs_its_music_teacher() -> None:
    text = "福州市盲校音乐教师陈君恩荣获福建省五一劳动奖章。"
    assert employers_of(text, "陈君恩") == ["福州市盲校"]
    assert posts_of(text, "陈君恩") == [("音乐教师", "福州市盲校")]


def test_a_party_school_is_a_school_by_its_kind_word() -> None:
    assert org_kind("中共福州市委党校") == "学校"
    assert org_kind("邯郸市聋校") == "学校"


def test_a_township_station_employs_the_worker_named_after_its_trade() -> None:
    text = "城关镇环卫所环卫工刘芳被评为县三八红旗手。"
    assert employers_of(text, "刘芳") == ["城关镇环卫所"]


def test_a_county_station_a_feature_names_employs_its_head() -> None:
    text = "陈淑芳是县畜牧兽医总站站长，在乡村兽医岗位上奉献近30年，2013年荣获扬州大学兽医学博士学位。她被评为浙江省三八红旗手。"
    assert employers_of(text, "陈淑芳") == ["县畜牧兽医总站"]


def test_a_village_post_still_gives_no_employer() -> None:
    text = "城关镇东关村党支部书记刘芳被评为县三八红旗手。"
    assert employers_of(text, "刘芳") == []


def test_a_bus_station_of_a_transport_group_is_its_staffs_employer() -> None:
    text = "沧州运输集团股份公司汽车客运东站站长张莉莉被评为河北省三八红旗手。"
    assert employers_of(text, "张莉莉") == ["沧州运输集团股份公司汽车客运东站"]


def test_a_county_bus_station_is_a_body_of_its_own() -> None:
    assert employer_of("临沂交运集团有限公司沂水汽车站售票班") == "临沂交运集团有限公司沂水汽车站"


def test_a_court_division_holds_the_post_and_the_court_employs() -> None:
    text = "沧州市中级人民法院民二庭副庭长张梅被评为河北省三八红旗手。"
    assert employers_of(text, "张梅") == ["沧州市中级人民法院"]
    assert posts_of(text, "张梅") == [("副庭长", "沧州市中级人民法院民二庭")]


def test_a_trial_division_is_a_unit_of_its_court() -> None:
    assert employer_of("北京市第一中级人民法院刑事审判庭") == "北京市第一中级人民法院"


def test_an_academicians_membership_before_a_post_is_no_part_of_the_unit() -> None:
    assert parse_post("中科院院士、生物岛实验室主任") == ("生物岛实验室", "主任")
    assert parse_post("中国工程院院士、中科院上海硅酸盐研究所研究员") == ("中科院上海硅酸盐研究所", "研究员")


def test_an_academician_heading_a_laboratory_is_employed_by_the_laboratory() -> None:
    text = (
        "2020年，共有8位科学家被授予“全国先进工作者”称号，分别为中科院院士、中科院物理研究所所长方忠，"
        "中科院院士、生物岛实验室主任徐涛，中科院昆明植物研究所研究员杨祝良。"
    )
    assert employers_of(text, "徐涛") == ["生物岛实验室"]


def test_an_academicians_membership_glued_to_a_post_leaves_the_post() -> None:
    assert parse_post("武汉大学院士教授") == ("武汉大学", "教授")


def test_a_department_after_a_companys_short_name_in_a_list_gives_the_company() -> None:
    text = (
        "荣获全国五一劳动奖章的有鞍钢矿业齐大山铁矿生产技术室采场公路管理员郭明义、"
        "鞍钢矿业武装保卫部部长李增光、鞍钢股份冷轧厂产品研发室主任王越。"
    )
    assert employers_of(text, "李增光") == ["鞍钢矿业"]
    assert employers_of(text, "郭明义") == ["鞍钢矿业齐大山铁矿"]


def test_a_senior_police_rank_of_the_reformed_scale_is_no_post() -> None:
    assert is_skill_grade("三级高级警长")
    text = "安徽省女子监狱三级高级警长吴秋瑾被评为全国三八红旗手。"
    assert employers_of(text, "吴秋瑾") == ["安徽省女子监狱"]
    assert posts_of(text, "吴秋瑾") == []


def test_list_cells_each_a_whole_post_at_its_own_body_are_not_glued_into_one_unit() -> None:
    text = (
        "二、推荐全国三八红旗手候选人名单(9名,按姓氏笔画)\n"
        "王月英 宿州市农业科学院农业技术推广研究员\n"
        "石 琴 合肥工业大学教授,安徽省汽车行业协会会长,合工大-蔚来创新研究院院长\n"
        "张 晨 安庆市特殊教育学校教师"
    )
    assert employers_of(text, "石琴") == ["合肥工业大学"]
    assert [t for t, _ in posts_of(text, "石琴")] == ["会长", "院长"]
    assert employers_of(text, "张晨") == ["安庆市特殊教育学校"]


def test_a_place_led_unit_in_a_list_keeps_its_whole_name() -> None:
    text = (
        "荣获全国五一劳动奖章的有江苏省连云港市灌云县开山岛民兵哨所名誉所长王仕花、"
        "鞍钢矿业武装保卫部部长李增光、鞍钢股份冷轧厂产品研发室主任王越。"
    )
    assert employers_of(text, "王仕花") == ["江苏省连云港市灌云县开山岛民兵哨所"]
