"""Who is a person, who is a subject: names found by context, bylines and officials left out."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.extract.document import parse_document
from loaders.extract.people import OPENING_CREDIT_RE, find_people, name_at


def people_of(text: str) -> dict[str, dict]:
    return {p["name"]: p for p in extract_text(text, document_date="2023-05")["people"]}


def test_a_name_after_a_post_is_found_and_its_length_decided_by_what_follows() -> None:
    doc = parse_document("1980年2月出生的队长张伟擦了一把脸上的煤灰。快递员王晓峰日前在接受采访时说。")
    assert {"张伟", "王晓峰"} <= find_people(doc).names()


def test_surnames_that_are_common_words_are_names_only_in_context() -> None:
    text = (
        "——记全国劳动模范、中建八局第一建设有限公司钢筋工高级技师和国庆\n\n"
        "和国庆说，矿井生产和工人的安全都要顾及。他的徒弟向文涛去年也被评为“济南市技术能手”。"
    )
    names = find_people(parse_document(text)).names()
    assert {"和国庆", "向文涛"} <= names
    assert not any(n.startswith("和工") for n in names)


def test_bylines_are_never_subjects() -> None:
    text = (
        "## 修武县总工会举行评先授奖仪式\n\n本报讯（记者李新和 通讯员王影）2月7日上午，"
        "被授予“最美外卖送餐员”称号的县雁子电子商务有限公司外卖送餐员王来宾激动地说。"
    )
    found = people_of(text)
    assert "王来宾" in found and "李新和" not in found and "王影" not in found


def test_officials_who_only_speak_are_not_subjects_but_honoured_officials_are() -> None:
    text = (
        "## 颁奖仪式举行\n\n本报讯（记者李新和）2月7日，仪式举行。市一级巡视员、市总工会主席许竹英出席会议并讲话。"
        "颁奖仪式上，省级劳模、县总工会副主席李军萍勉励大家。"
    )
    found = people_of(text)
    assert "许竹英" not in found
    assert [h["title"] for h in found["李军萍"]["honors"]] == ["省级劳模"]


def test_names_listed_after_a_quoted_honour_each_get_it() -> None:
    text = (
        "## 评先授奖仪式\n\n本报讯 2月7日上午，在修武县总工会举行的评先授奖仪式上，"
        "一起受到表彰奖励的“最美货车司机”孙宏亮、秦建军，“最美家政服务员”孙芳芳等。"
    )
    found = people_of(text)
    assert [h["title"] for h in found["秦建军"]["honors"]] == ["最美货车司机"]
    assert [h["title"] for h in found["孙芳芳"]["honors"]] == ["最美家政服务员"]


def test_an_apprentice_who_only_placed_in_a_competition_is_not_a_subject() -> None:
    text = (
        "——记全国五一劳动奖章获得者、河钢集团唐钢公司炼钢部转炉作业区作业长赵铁军\n\n"
        "赵铁军带出的徒弟中，徒弟刘洋在全国钢铁行业职业技能竞赛中获得三等奖。"
    )
    assert set(people_of(text)) == {"赵铁军"}


def test_a_subtitle_name_with_a_rare_surname_counts_when_the_text_repeats_it() -> None:
    text = (
        "焊花里的青春\n——记全国五一劳动奖章获得者、兰州石化公司检修车间班长禚建军\n"
        "禚建军是兰州石化公司的一名焊工。2021年，禚建军获得全国五一劳动奖章。禚建军说，焊接是一门手艺。\n"
    )
    assert set(people_of(text)) == {"禚建军"}


def test_a_subtitle_ending_in_a_post_and_a_word_said_once_names_nobody() -> None:
    text = "矿山脊梁\n——记靖远煤业集团综放二队的好队长\n他在井下干了十四年。\n"
    assert people_of(text) == {}


def test_a_post_that_goes_on_after_a_trade_word_starts_no_name() -> None:
    text = "中建三局第一建设工程有限责任公司钢筋工班长简德明荣获“湖北省五一劳动奖章”。"
    assert set(people_of(text)) == {"简德明"}


def test_a_magazine_reporters_credit_under_the_headline_is_a_byline() -> None:
    text = "十位最美职工揭晓\n本刊记者-邢立新\n4月24日，全国总工会召开新闻发布会，焊工宋文斌荣获“最美职工”称号。\n"
    assert set(people_of(text)) == {"宋文斌"}


def test_a_titled_name_closing_its_clause_keeps_a_last_character_that_can_be_a_verb() -> None:
    text = "获得“全国先进工作者”称号的有：吉林市实验小学党支部书记、校长方秀会，吉林市中心医院护士长王丽。"
    assert "方秀会" in people_of(text)


def test_names_after_the_news_items_own_place_are_its_honoured_people() -> None:
    text = "全省50人获得表彰，其中我市赵立新、钱文华荣获“全国劳动模范”称号，我市孙志远荣获“全国先进工作者”称号。"
    found = people_of(text)
    assert {"赵立新", "钱文华", "孙志远"} <= set(found)
    assert [h["title"] for h in found["孙志远"]["honors"]] == ["全国先进工作者"]


def test_a_name_after_a_posthumous_award_verb_is_found() -> None:
    doc = parse_document("决定追授李长河同志“全省优秀共产党员”称号。")
    assert "李长河" in find_people(doc).names()


def test_a_titled_name_before_a_comma_keeps_a_last_character_that_cannot_close_a_clause() -> None:
    doc = parse_document("荣获先进工作者的是：市公安局巡警支队四级警长杨国将，县文化馆馆长刘芳。")
    names = find_people(doc).names()
    assert "杨国将" in names and "杨国" not in names


def test_rare_surnames_lead_names_in_a_list() -> None:
    doc = parse_document("矫德明、蹇文涛、王立等3人被授予“市劳动模范”称号。")
    assert {"矫德明", "蹇文涛"} <= find_people(doc).names()


def test_a_bracketed_name_closing_the_last_paragraph_is_its_writer() -> None:
    text = "本报讯 近日，市总工会命名了8个劳模创新工作室，焊工周建平荣获“市技术能手”称号。\n全市职工学习劳模的氛围更加浓厚。（刘晓峰）\n"
    found = people_of(text)
    assert "周建平" in found and "刘晓峰" not in found


def test_a_frequent_noun_after_a_title_is_no_name() -> None:
    text = "2.孙桂珍，80岁，话剧《红色列车》中的列车长原型。1958年被评为全国劳模。\n"
    found = people_of(text)
    assert "原型" not in found and "孙桂珍" in found


def test_a_surname_character_opening_a_frequent_word_and_one_more_character_is_no_name() -> None:
    doc = parse_document("根据《市首席技师选拔管理办法》，市首席技师管理期为4年，纳入市高层次人才库。")
    assert not find_people(doc).names()


def test_a_brand_the_text_also_names_as_a_company_is_no_person() -> None:
    text = (
        "林阳、长丰酿酒师分获2021年度市首席技师称号\n"
        "12月31日，市政府办公室下发通知，2021年度市首席技师53人名单公布，林阳、长丰各有一位酿酒师入选。\n"
        "赵 攀　烟台林阳集团有限公司\n蔡木栋　长丰葡萄酒有限公司\n"
    )
    assert "林阳" not in find_people(parse_document(text)).names()


def test_a_line_naming_a_person_and_their_post_opens_that_persons_section() -> None:
    text = (
        "为表彰先进，授予丁淑华等121名护理工作者2025年度“优秀护士”荣誉称号。\n"
        "无影灯下的品质先锋\n周晓红　新乡市中心医院护士长\n她是手术室里的“指挥官”，深知每一台手术都关乎患者的生命。\n"
    )
    assert "周晓红" in people_of(text)


def test_consecutive_name_and_unit_lines_are_a_roster_not_sections() -> None:
    text = (
        "市卫生局关于表彰第二届“市优秀护士”的决定\n"
        "经单位推荐、党委会研究，评选出王小琴等3名第二届“市优秀护士”，现予以表彰。\n"
        "一、优秀护士\n王小琴 市人民医院\n冯爱素 市人民医院\n钟尧仙 市妇保院\n"
    )
    found = people_of(text)
    assert {"王小琴", "冯爱素", "钟尧仙"} <= set(found)
    assert all(found[n]["honors"] for n in ("冯爱素", "钟尧仙"))


def test_a_very_frequent_word_before_a_trigger_like_word_is_no_name() -> None:
    doc = parse_document("全市不断弘扬劳模精神，努力营造“劳动光荣”的良好社会风尚。")
    assert not find_people(doc).names()


def test_a_place_that_counts_its_honoured_people_is_no_person() -> None:
    text = (
        "记者昨日从区妇联获悉，南海7人获评2016年度佛山市“三八红旗手”。\n"
        "南海荣获2016年度佛山市“三八红旗手”的有7个个人、2个集体。\n"
    )
    assert "南海" not in people_of(text)


def test_every_name_of_a_line_made_only_of_credits_is_a_byline() -> None:
    text = (
        "2021年10位“南粤工匠”亮相，我市2位名列其中\n"
        "特区报驻穗记者 刘良军 通讯员 陈立伟 林景华 文/图\n2022-01-07 21:55\n\n"
        "1月7日，由省总工会主办的2021年“南粤工匠”发布仪式举行。我市有两人成为2021年“南粤工匠”学习宣传人选。\n"
    )
    assert not {"刘良军", "陈立伟", "林景华"} & set(people_of(text))


def test_a_padded_name_after_a_quoted_label_heads_its_section() -> None:
    text = (
        "2018年“十佳工匠之星”名单揭晓\n"
        "让我们先一睹“十佳工匠之星”的风采\n"
        "航天卫士：杨 峰\n某航天发动机有限公司钳工高级技师，从事航天制造业工作25年。\n"
        "“钻头”传奇：杨 岗\n某钻探机具制造有限公司工程师，从事钻探工程制造业26年。\n"
    )
    assert {"杨峰", "杨岗"} <= set(people_of(text))


def test_a_word_of_a_quoted_slogan_that_only_the_tagger_reads_as_a_name_is_no_name() -> None:
    doc = parse_document("今年以“劳动新纪元，劳耀您创造”为主题，表彰51位模范劳工。")
    assert not find_people(doc).names()


def test_a_name_heading_a_news_lead_that_never_names_it_again_is_a_credit() -> None:
    text = "■ 刘立平\n近日，市总工会命名了8个基层劳模创新工作室，每个工作室给予2万元经费补助。\n"
    assert "刘立平" not in people_of(text)


def test_an_issuing_office_before_a_document_number_is_no_person() -> None:
    text = (
        "焦作市人民政府关于表彰2023年焦作市劳动模范和先进工作者的决定\n焦政〔2023〕12号\n"
        "市人民政府决定，授予下列同志2023年焦作市劳动模范或先进工作者称号。\n"
    )
    assert "焦政" not in people_of(text)


LEADER_SPEAKS = (
    "4月28日，青川市庆祝五一国际劳动节暨劳动模范表彰大会隆重举行。市委书记林国栋在会上发表重要讲话，"
    "向全市劳动者致以节日的祝贺。林国栋还代表市委市政府向劳动模范致以崇高的敬意。\n"
    "决定指出，市委市政府决定授予120人青川市劳动模范荣誉称号。\n"
)


def test_a_leader_who_speaks_at_the_meeting_is_not_the_subject_of_an_unnamed_commendation() -> None:
    assert not people_of(LEADER_SPEAKS).get("林国栋", {}).get("honors")


def test_officials_attending_and_reporting_are_not_the_subject_of_a_units_honour() -> None:
    text = (
        "4月27日，青川县庆祝五一国际劳动节表彰大会召开。县领导林国栋、周卫民等出席会议。\n"
        "会上，县总工会主席林国栋做工作报告。周卫民对工会工作提出希望和要求。\n"
        "青川纺织公司工会荣获青川县“先进基层工会”\n"
    )
    got = people_of(text)
    assert not got.get("林国栋", {}).get("honors")
    assert not got.get("周卫民", {}).get("honors")


def test_a_worker_elected_a_deputy_is_a_subject_without_an_honour() -> None:
    text = (
        "青川市着力提高环卫工人社会地位，在各类评先评优中向一线环卫工人倾斜。"
        "目前全市已有30名环卫工人当选省、市级劳模，其中，南桥区一线环卫工人冯建国当选为“青川省第十四届人大代表”。\n"
    )
    person = people_of(text).get("冯建国")
    assert person is not None
    assert any("人大代表" in p["title"] for p in person["positions"])


def test_a_deputy_only_written_before_an_officials_name_makes_no_subject() -> None:
    text = "会上，全国人大代表、青川市副市长冯建国宣读了表彰决定，南桥区环卫工孙立平荣获“青川市五一劳动奖章”。\n"
    people = people_of(text)
    assert "冯建国" not in people
    assert "孙立平" in people


def test_a_pronoun_before_any_name_is_the_person_the_excerpt_then_names_most() -> None:
    text = (
        "如今，他又获得“青川省劳动模范”的殊荣。\n"
        "冯建国说，机械专业毕业的他，第一次走进车间就爱上了这份工作。\n"
        "“荣誉催人进步。”冯建国说，自己对这份工作有一种使命感。\n"
        "孙立平现任青川重工集团车间主任，曾获“全国五一劳动奖章”。\n"
    )
    people = people_of(text)
    assert "青川省劳动模范" in {h["title"] for h in people["冯建国"]["honors"]}
    assert "青川省劳动模范" not in {h["title"] for h in people["孙立平"]["honors"]}


def test_an_introduction_before_a_nationality_takes_a_given_name_with_a_numeral() -> None:
    # 石四海 opens its paragraph before “，回族，”: a name, though 四 is a numeral
    text = (
        "周长根，一个出生在贫苦农家的孩子，十岁开始下煤窑。解放后，周长根成为第一代矿工。"
        "周长根创造了手工掘进的全国纪录。1956年，周长根被评为全国劳动模范。\n"
        "石四海，回族，青川煤矿掘进一队副队长，人称“井下铁汉”。一天，顶板突然出现裂缝，石四海冲了上去。"
        "一年冬天，水泵不上水，石四海跳进了水仓。\n"
    )
    assert "青川煤矿" in people_of(text)["石四海"]["employers"]


def test_an_item_heading_naming_a_person_after_a_dash_opens_their_section() -> None:
    text = (
        "我国有哪些著名的劳动模范？\n\n"
        "1、扎根一线的修鞋师傅--鲍春生。是一位“修好每一双鞋”的手艺人，浙江省青川人，中共党员，"
        "曾在青川市东城区便民服务站工作，被誉为“百姓鞋匠”。\n\n"
        "2、心系乘客的司机——闻晓燕。青川市人，1990年参加工作，先后在青川公交集团第三分公司任驾驶员。\n"
    )
    names = {p["name"] for p in extract_text(text, document_date="2023-05")["people"]}
    assert {"鲍春生", "闻晓燕"} <= names


def test_a_post_ending_in_a_compound_surnames_first_character_is_not_read_into_the_name() -> None:
    # 工长 + 孙某, never the compound surname 长孙
    doc = parse_document("青川工务段线路车间工长孙伟，青川车务段客运车间值班员马晓丛荣获全国劳动模范称号。")
    names = find_people(doc).names()
    assert "孙伟" in names and "长孙伟" not in names


def test_a_news_sites_dateline_is_no_person_and_its_bracketed_reporters_are_bylines() -> None:
    text = (
        "青川矿业重奖两名全国劳模\n"
        "青川网(钱素梅  吕本领)   11月25日，青川矿业集团两名全国劳动模范、青川总医院主任医师荣良群和"
        "采煤机维护员马志奔载誉归来。\n"
    )
    people = find_people(parse_document(text))
    assert "青川网" not in people.names()
    assert {"钱素梅", "吕本领"} <= people.bylines


def test_leaders_who_attend_or_read_out_the_decision_are_not_subjects() -> None:
    text = (
        "4月28日，青川市庆祝五一国际劳动节暨表彰大会隆重举行。\n"
        "周正平主持大会，吴海涛、郑立新、孙国庆出席，钱文山宣读表彰决定。\n"
        "决定指出，市委、市政府决定授予120人青川市劳动模范荣誉称号。\n"
    )
    names = {p["name"] for p in extract_text(text, document_date="2023-05")["people"]}
    assert not names & {"周正平", "吴海涛", "郑立新", "孙国庆", "钱文山"}


def test_an_award_verb_before_a_quoted_title_ends_the_name_before_it() -> None:
    text = "市人民医院副院长、主任医师邱建国，市妇幼保健院副院长、主任医师苗丽获“全国卫生健康系统先进工作者”称号。"
    doc = parse_document(text)
    names = find_people(doc).names()
    assert "苗丽" in names
    assert "苗丽获" not in names


def test_a_bracketed_reporting_credit_closing_the_article_is_no_person() -> None:
    text = "我公司党委副书记、副总经理姜建明被授予江州市劳动模范称号。\n(报道:李红梅)"
    assert set(people_of(text)) == {"姜建明"}


def test_a_reporting_credit_with_a_converter_gloss_inside_is_no_person() -> None:
    text = "我公司黨委副書記、副總經理姜建明被授予江州市勞動模范稱號。\n(報(bào)道:李紅梅)"
    assert set(people_of(text)) == {"姜建明"}


def test_a_full_name_keeps_its_last_character_before_a_professional_title() -> None:
    # 苏某来教授荣获…: 来 would end no name before a verb, but before 教授 it is the name's own
    text = "国务院特贴专家苏长来教授荣获“全国先进工作者”荣誉称号。"
    assert name_at(text, text.index("苏")) == "苏长来"


def test_a_full_name_keeps_its_last_character_before_校友() -> None:
    # 董事长某某兴校友被授予…: 兴 would end no name before a verb, but before 校友 it is the name's own
    text = "安徽某文化产业集团有限公司董事长夏云兴校友被授予“安徽省五一劳动奖章”。"
    assert name_at(text, text.index("夏")) == "夏云兴"
    assert [p["name"] for p in extract_text(text)["people"]] == ["夏云兴"]


def test_a_full_name_keeps_a_last_和_before_an_award_verb() -> None:
    text = "国有林场护林员李景和荣获“全国绿化劳动模范”称号。"
    assert name_at(text, text.index("李")) == "李景和"
    assert [p["name"] for p in extract_text(text)["people"]] == ["李景和"]


def test_a_name_before_和_and_获奖者_keeps_two_characters() -> None:
    text = "护林员李景和获奖者们一起合影。"
    assert name_at(text, text.index("李")) == "李景"


def test_a_bracketed_department_and_name_opening_a_paragraph_is_the_writers_credit() -> None:
    # （新闻中心 某某）5月15日…: the school's news office signs the lead; the writer takes no honour
    text = (
        "（新闻中心 成晓杰）5月15日下午2点，我校五四综合表彰大会在报告厅隆重举行。"
        "我院在过去的一年里团学工作成果显著，获得了“优秀学生会”等七个奖项。"
    )
    assert extract_text(text)["people"] == []


def test_a_bracketed_name_without_a_department_opening_a_line_is_no_credit() -> None:
    # （张某）alone is no signed department: the opening-credit shape needs the office before the name
    assert OPENING_CREDIT_RE.match("（李强）近日，公司职工荣获“技术能手”称号。") is None
    m = OPENING_CREDIT_RE.match("（党委宣传部：李强）近日，公司职工荣获“技术能手”称号。")
    assert m is not None and m.group(1) == "李强"
