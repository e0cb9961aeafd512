"""Units, employers and posts read from fresh real pages about one or a few workers (the sixteenth
round, second set): a page stored with ASCII commas, the lowest of two employers, 时任 before a
unit, and the holder's ordinal and a named team inside a post.  Sentences follow the shapes of
real features and notices; names are invented."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.extract.entries import lowest_employers
from loaders.extract.posts import parse_post
from loaders.orgs import split_org
from loaders.textnorm import normalise
from tests.conftest import people_of

# ---------------------------------------------------------------- ASCII punctuation


def test_ascii_commas_between_clauses_read_as_chinese_commas() -> None:
    assert normalise("她进入邵东市杨桥邮政支局,从事乡线投递工作;每天往返六十公里").text == (
        "她进入邵东市杨桥邮政支局，从事乡线投递工作；每天往返六十公里"
    )


def test_ascii_commas_and_colons_inside_numbers_stay() -> None:
    assert normalise("累计投递1,200万件,早上6:30出发").text == "累计投递1,200万件，早上6:30出发"


def test_a_body_joined_before_an_ascii_comma_employs_the_person() -> None:
    text = "周海燕2012年3月进入邵东市杨桥邮政支局,从事乡线投递工作。2022年,周海燕喜获邵东市“五一劳动奖章”。"
    assert people_of(text)["周海燕"]["employers"] == ["邵东市杨桥邮政支局"]


# ---------------------------------------------------------------- which employer


def test_a_body_and_its_own_plant_as_employers_keep_the_plant() -> None:
    text = "2020年，来自白玉县国有林业局的胡国林荣获全国劳动模范称号。胡国林现任白玉县国有林业局拉龙林场副厂长。"
    assert people_of(text)["胡国林"]["employers"] == ["白玉县国有林业局拉龙林场"]


def test_a_body_and_its_department_both_stay_employers() -> None:
    employers = ["光大银行重庆分行", "光大银行重庆分行营业部"]
    assert lowest_employers(employers) == employers


def test_a_glossed_time_word_before_a_unit_is_no_part_of_the_employer() -> None:
    text = (
        "在2020年江西省勞動模范表彰大會上，時(shí)任郵儲銀行吉安市分行行長(cháng)、黨委書(shū)記彭曉明"
        "獲評“江西省勞動模范”稱號。"
    )
    assert people_of(text)["彭曉明"]["employers"] == ["郵儲銀行吉安市分行"]


# ---------------------------------------------------------------- what a post's title holds


def test_the_holders_ordinal_is_no_part_of_the_title() -> None:
    assert parse_post("湘潭钢铁公司炼钢厂第五任厂长") == ("湘潭钢铁公司炼钢厂", "厂长")


def test_a_named_team_before_the_ordinal_goes_into_the_posts_unit() -> None:
    assert parse_post("咸阳纺织集团有限公司一分厂纺部车间赵梦桃小组第13任生产组长") == (
        "咸阳纺织集团有限公司一分厂纺部车间赵梦桃小组",
        "生产组长",
    )


def test_a_workshop_named_by_its_department_is_no_bare_kind() -> None:
    assert parse_post("咸阳纺织集团有限公司一分厂纺部车间主任") == ("咸阳纺织集团有限公司一分厂纺部车间", "主任")


def test_a_bare_workshop_stays_in_the_title() -> None:
    assert parse_post("某某集团公司车间主任") == ("某某集团公司", "车间主任")


# ---------------------------------------------------------------- a known brand and its trade word


def test_a_trade_word_after_a_known_brand_stays_with_the_brand() -> None:
    assert [p.name for p in split_org("京东物流广东佛山鄱阳营业部")] == ["京东物流", "广东佛山鄱阳营业部"]


def test_an_express_brand_keeps_its_trade_word_before_a_branch() -> None:
    assert [p.name for p in split_org("顺丰速运广州分公司")] == ["顺丰速运", "广州分公司"]


def test_a_brand_and_trade_word_with_a_legal_form_stays_one_name() -> None:
    assert [p.name for p in split_org("顺丰速运有限公司")] == ["顺丰速运有限公司"]


# ---------------------------------------------------------------- 段 after a post


def test_a_surname_after_a_post_opens_no_depot() -> None:
    orgs = {
        o["name"] for o in extract_text("河北省阜平县东风林场护林员段金龙荣获全国最美护林员称号。")["organizations"]
    }
    assert orgs == {"河北省阜平县东风林场"}


def test_a_depot_named_before_a_post_stays_a_depot() -> None:
    assert people_of("太原机务段司机长段明获得全国劳动模范称号。")["段明"]["employers"] == ["太原机务段"]


# ---------------------------------------------------------------- a direction word before a body


def test_a_direction_word_ending_in_bu_is_no_department() -> None:
    text = "东部机场集团南京禄口国际机场动力能源部工程师李晓明荣获江苏省五一劳动奖章。"
    orgs = {o["name"] for o in extract_text(text)["organizations"]}
    assert "东部机场集团" in orgs
    assert "东部" not in orgs
