"""Conferring bodies named in a notice's or an item's opening, in shapes read from fresh pages:
organisers written with a bare 等, a round sentence after 据悉 or in a later clause, results
published by a body (at its press conference, on a day in a city)"""

from __future__ import annotations

from loaders.extract.context import agents
from tests.conftest import conferrers


def test_a_bare_deng_after_the_named_body_is_no_part_of_it() -> None:
    assert agents("由中华全国青年联合会等") == ("中华全国青年联合会",)
    assert agents("省总工会、团省委等") == ("省总工会", "团省委")


def test_the_paper_naming_itself_among_organisers_leaves_the_named_bodies() -> None:
    assert agents("团省委、浙江日报、本报等10个单位") == ("团省委", "浙江日报")


def test_the_paper_naming_itself_alone_is_no_organiser() -> None:
    assert agents("本报") == ()


def test_a_person_before_deng_is_still_no_body() -> None:
    assert agents("王建国等") == ()


def test_the_selection_organised_by_a_body_and_others_is_its_to_confer() -> None:
    text = (
        "新华社北京12月18日电 由中华全国青年联合会等主办的第十六届中国十大杰出青年评选活动18日在京揭晓。"
        "荣获本届中国十大杰出青年称号的是：广州军区某部班长宗道辉。\n"
    )
    assert dict(conferrers(text)["宗道辉"])["中国十大杰出青年"] == ["中华全国青年联合会"]


def test_a_round_sentence_after_jvxi_names_the_organisers_of_the_selection() -> None:
    text = (
        "第三届贵州省“最美劳动者”发布仪式在贵阳举行，正式公布了漆丽等20名“最美劳动者”名单。"
        "据悉，此次活动以“致敬百年工运”为主题，由贵州省委宣传部、贵州省总工会联合主办，旨在大力弘扬劳模精神。\n"
    )
    assert dict(conferrers(text)["漆丽"])["贵州省最美劳动者"] == ["中共贵州省委宣传部", "贵州省总工会"]


def test_a_body_that_only_hosts_this_rounds_activity_confers_nothing() -> None:
    text = (
        "第三届贵州省“最美劳动者”发布仪式在贵阳举行，正式公布了漆丽等20名“最美劳动者”名单。"
        "此次活动在贵阳市工人文化宫举行，由贵阳市总工会承办。\n"
    )
    assert dict(conferrers(text)["漆丽"])["贵州省最美劳动者"] == []


def test_a_later_clause_about_this_round_names_its_organisers() -> None:
    text = (
        "昨日，第十届广州十大杰出青年评选揭晓，此次评选由团市委、市青联主办，评委会主席出席并主持了评选活动。"
        "龚海杰、张文生等十人获得“广州十大杰出青年”称号。\n"
    )
    assert dict(conferrers(text)["龚海杰"])["广州十大杰出青年"] == ["共青团广州市委", "广州市青年联合会"]


def test_a_count_before_quanguo_leaves_the_title_national() -> None:
    from loaders.extract.context import _level_fits

    assert _level_fits("十佳全国优秀科技工作者", ("中国科学技术协会",))
    assert not _level_fits("十佳全国优秀科技工作者", ("湖北省科学技术协会",))


def test_the_body_announcing_results_at_its_press_conference_confers_the_series() -> None:
    text = (
        "12月6日，中国科协召开新闻发布会，公布了“十佳全国优秀科技工作者”评选结果。"
        "获评“十佳全国优秀科技工作者”的分别是：海军工程大学电力电子技术研究所所长马伟明，北京大学物理学院院长王恩哥。\n"
    )
    assert dict(conferrers(text)["王恩哥"])["十佳全国优秀科技工作者"] == ["中国科学技术协会"]


def test_candidates_announced_at_a_press_conference_are_not_conferred() -> None:
    from loaders.extract.context import _press_publishers

    text = "5月13日，省文明办召开新闻发布会，公布了“湖北好人”候选人名单。"
    assert _press_publishers(text, 0, len(text)) == []


def test_a_body_publishing_results_in_a_city_on_a_day_confers_the_series() -> None:
    text = (
        "中国科学院(中科院)工会5月10日在北京发布中科院第四届“科苑名匠”评选结果，共有16个团队和4名个人被授予“科苑名匠”称号。"
        "这4名个人“科苑名匠”分别是：中科院武汉病毒研究所国家病毒资源库主任邓菲研究员。\n"
    )
    assert dict(conferrers(text)["邓菲"])["科苑名匠"] == ["中国科学院工会"]


def test_a_national_body_fits_a_title_naming_no_place_but_not_a_provinces() -> None:
    from loaders.extract.context import _level_fits

    assert _level_fits("科苑名匠", ("中国科学院工会",))
    assert not _level_fits("山东省劳动模范", ("中华全国总工会",))
    assert not _level_fits("省劳动模范", ("中华全国总工会",))


def test_a_body_acting_together_with_media_across_the_province_runs_the_selection() -> None:
    text = (
        "为表彰广大护理工作者，省卫生厅会同大河网、健康报等媒体，在全省开展了“感动中原十大优秀护士”评选活动。"
        "经过评选，河南省人民医院护士长孟玲玲当选“感动中原十大优秀护士”。\n"
    )
    assert dict(conferrers(text)["孟玲玲"])["感动中原十大优秀护士"] == ["河南省卫生厅", "大河网", "健康报"]


def test_the_lead_body_and_those_holding_the_selection_with_it_confer_its_series() -> None:
    text = (
        "由市委宣传部牵头，市文明办、市总工会、团市委(以上单位组成领导小组)共同举办了“最美新乡人”评选活动。"
        "经过评选，新乡市第一人民医院医生魏杰彪当选“最美新乡人”。\n"
    )
    got = dict(conferrers(text)["魏杰彪"])["最美新乡人"]
    assert got == ["中共新乡市委宣传部", "新乡市精神文明建设指导委员会办公室", "新乡市总工会", "共青团新乡市委"]


def test_a_lead_body_with_nobody_else_named_is_no_joint_run() -> None:
    from loaders.extract.context import joint_organisers

    text = "由市委宣传部牵头，各有关部门共同举办了“最美新乡人”评选活动。"
    assert joint_organisers(text, 0, len(text)) == []


def test_joint_organisers_of_an_unquoted_selection_beside_a_quoted_theme_confer_it() -> None:
    text = (
        "本报3月1日讯 2023年全省最美环卫工评选结果揭晓。"
        "2022年10月，吉林省住房和城乡建设厅联合省总工会、团省委共同开展“守护城市美”主题宣传活动暨寻找最美环卫工活动。"
        "经过严格评选，李秀芝、王德明等10名环卫工人被评为“最美环卫工”。\n"
    )
    assert dict(conferrers(text)["李秀芝"])["最美环卫工"] == [
        "吉林省住房和城乡建设厅",
        "吉林省总工会",
        "共青团吉林省委",
    ]


def test_a_quoted_theme_alone_still_names_the_joint_organisers_series() -> None:
    text = (
        "2022年10月，吉林省住房和城乡建设厅联合省总工会共同开展“守护城市美”主题宣传活动。"
        "经过严格评选，李秀芝等10名环卫工人被评为“吉林省优秀环卫工”。\n"
    )
    assert dict(conferrers(text)["李秀芝"])["吉林省优秀环卫工"] == []


def test_an_unquoted_selection_run_by_named_bodies_after_a_clause_of_when_is_theirs() -> None:
    text = (
        "10月13日，第五届全国道德模范授奖仪式在北京举行，某幼儿园园长周丽娜当选第五届全国道德模范。"
        "全国道德模范评选表彰活动从2007年开始举办，由中宣部、中央文明办、解放军总政治部等六家单位共同主办。\n"
    )
    assert dict(conferrers(text)["周丽娜"])["全国道德模范"] == [
        "中共中央宣传部",
        "中央精神文明建设指导委员会办公室",
        "解放军总政治部",
    ]


def test_an_unquoted_selection_defined_by_its_organisers_names_its_edition_apart() -> None:
    from loaders.extract.context import _defined_series

    found = _defined_series(0, "第五届全市道德模范评选活动由市委宣传部、市文明办、市总工会组织开展，经过群众推荐")
    assert [(s.bodies, s.phrases) for s in found] == [(("市委宣传部", "市文明办", "市总工会"), ("全市道德模范",))]


def test_an_unquoted_selection_that_a_body_only_hosts_has_no_organiser() -> None:
    from loaders.extract.context import _defined_series

    assert _defined_series(0, "全国道德模范评选表彰活动今年在北京举行，由北京市文明办承办") == []


def test_joint_organisers_of_a_long_named_activity_confer_the_honour_it_grants() -> None:
    text = (
        "本报讯(记者王红)为大力弘扬劳模精神，唱响“劳动美”的主旋律，近日，"
        "由白山市委宣传部、市总工会、长白山日报社联合举办了2015年第二季白山好人发布厅·最美职工和"
        "最美基层工会主席专场发布会活动，授予于美文等13名同志“白山好人·最美基层工会主席”荣誉称号。\n"
    )
    assert dict(conferrers(text)["于美文"])["白山好人·最美基层工会主席"] == [
        "中共白山市委宣传部",
        "白山市总工会",
        "长白山日报社",
    ]


def test_joint_givers_do_not_reach_the_honours_of_a_later_clause_that_another_gave() -> None:
    text = (
        "王新民，某煤电公司工程部金属专业主管，焊接高级技师。1992年参加工作以来，两次被共青团甘肃省委、"
        "甘肃省总工会联合授予“甘肃省岗位能手”，在神华工作期间，获“爱岗敬业”标兵以及集团“劳动模范”等荣誉称号。"
        "此次他荣获了“陕西省劳动模范”称号。\n"
    )
    given = dict(conferrers(text)["王新民"])
    assert given["甘肃省岗位能手"] == ["共青团甘肃省委", "甘肃省总工会"]
    assert given["爱岗敬业标兵"] == given["陕西省劳动模范"] == []


def test_this_rounds_organisers_with_the_reporting_paper_among_them_confer_its_series() -> None:
    text = (
        "本报讯 昨天，第十届浙江省十大杰出青年评选揭晓，宁波某公司总工程师王先锋等10人当选“浙江十大杰出青年”。"
        "本届评选活动由团省委、浙江日报、本报等10个单位联合举办。\n"
    )
    assert dict(conferrers(text)["王先锋"])["浙江十大杰出青年"] == ["共青团浙江省委", "浙江日报"]


def test_the_body_issuing_the_honours_certificate_confers_it() -> None:
    text = (
        "德州新闻网讯 4月17日，山东省首届“齐鲁工匠”评选活动结束，共有10名人选获评“齐鲁工匠”，"
        "某化工股份有限公司车间主管孙一倩名列其中。\n"
        "此次获评“齐鲁工匠”的10人都将获得由山东省总工会颁发的“齐鲁工匠”证书和奖金。\n"
    )
    assert dict(conferrers(text)["孙一倩"])["齐鲁工匠"] == ["山东省总工会"]


def test_an_official_handing_over_the_certificate_confers_nothing() -> None:
    text = "4月28日，全市劳模表彰大会召开，某公司焊工张建军获得“郑州市劳动模范”称号，由市委书记李某颁发的荣誉证书。\n"
    assert dict(conferrers(text)["张建军"])["郑州市劳动模范"] == []


def test_where_the_organisers_ran_the_selection_is_still_their_clause() -> None:
    text = (
        "日前，在由市委宣传部、市卫生局、温州医科大学联合主办，在全市卫生系统开展的“瓯越名医”、“医德模范”评选活动中，"
        "我院14人榜上有名。其中，心内科主任医师徐鲁白荣膺“医德模范”称号。\n"
    )
    assert dict(conferrers(text)["徐鲁白"])["医德模范"] == ["市委宣传部", "市卫生局", "温州医科大学"]


def test_each_kind_of_a_moral_model_selection_is_conferred_by_its_organisers() -> None:
    text = (
        "11月20日，我市召开第五届道德模范表彰大会，集中表彰了60名“全市道德模范”。"
        "第五届全市道德模范评选活动由德州市委宣传部、市文明办、市总工会组织开展，经过群众推荐评选产生。"
        "获评的60位全市道德模范共分5个类别，其中，王静霞等10人获称助人为乐模范。\n"
    )
    assert dict(conferrers(text)["王静霞"])["助人为乐模范"] == [
        "中共德州市委宣传部",
        "德州市精神文明建设指导委员会办公室",
        "德州市总工会",
    ]


def test_a_kind_of_moral_model_is_no_kind_of_another_series() -> None:
    from loaders.extract.context import _moral_category

    assert _moral_category(("全市道德模范",), "敬业奉献模范")
    assert not _moral_category(("全市劳动模范",), "敬业奉献模范")
    assert not _moral_category(("全市道德模范",), "劳动模范")


def test_a_body_that_started_two_selections_confers_both() -> None:
    from loaders.extract.context import statements

    text = "今年三月，汉台区文明委启动了全区第五届道德模范评选活动和第二届十佳美德少年评选活动，经社会推荐评出。"
    found = statements(text, 0, len(text))
    assert found[0].bodies == ("汉台区文明委",)
    assert {"全区道德模范", "十佳美德少年"} <= set(found[0].phrases)


def test_one_selection_started_alone_names_only_its_series() -> None:
    from loaders.extract.context import statements

    text = "今年三月，汉台区文明委启动了全区第五届道德模范评选活动，经社会推荐评出。"
    assert [s.phrases for s in statements(text, 0, len(text))] == [("全区道德模范", "汉台区道德模范")]
