"""Employers and posts of honoured people read from fresh real pages: words read into a unit
that name no part of it — a headline's greeting, the writer's own 我省, a parent's 旗下 chain.
Sentences follow the shapes of real pages; names and units are invented."""

from __future__ import annotations

from loaders.extract.posts import parse_post
from tests.conftest import employers_of, posts_of

# ---------------------------------------------------------------- 我省 / 热烈祝贺 / 旗下 before a unit


def test_the_writers_province_before_a_company_is_no_part_of_the_employer() -> None:
    text = (
        "11月16日,人力资源社会保障部下发决定。我省中石化股份有限公司华东油田分公司测井中心周建明、"
        "中车南京某某车辆有限公司孙立新荣获“中华技能大奖”。"
    )
    assert employers_of(text, "周建明") == ["中石化股份有限公司华东油田分公司"]


def test_a_headline_greeting_is_no_part_of_the_unit() -> None:
    text = (
        "热烈祝贺西安某某建设集团有限公司王立栋同志荣获“西安市劳动模范”荣誉称号\n12月23日,西安市劳动模范表彰大会举行。"
    )
    assert employers_of(text, "王立栋") == ["西安某某建设集团有限公司"]


def test_the_plant_a_parent_owns_is_the_employer() -> None:
    text = "44岁的冯立斌是中国某某汽车集团有限公司旗下某某解放汽车有限公司卡车厂的模具钳工,先后获得“全国五一劳动奖章”。"
    assert employers_of(text, "冯立斌") == ["某某解放汽车有限公司卡车厂"]


def test_a_parent_before_the_plant_is_no_part_of_the_posts_organisation() -> None:
    text = "44岁的冯立斌是中国某某汽车集团有限公司旗下某某解放汽车有限公司卡车厂的模具钳工,先后获得“全国五一劳动奖章”。"
    assert posts_of(text, "冯立斌") == [("模具钳工", "某某解放汽车有限公司卡车厂")]


def test_a_greeting_in_a_mirror_is_cut_too() -> None:
    text = "熱烈祝賀西安某某建設集團有限公司王立棟同志榮獲「西安市勞動模範」榮譽稱號\n12月23日,西安市勞動模範表彰大會舉行。"
    assert employers_of(text, "王立棟") == ["西安某某建設集團有限公司"]


def test_a_features_subtitle_with_the_honour_before_the_unit_is_cut() -> None:
    text = (
        "市民心中一盏“灯”——记全国劳模某某供电公司何长明\n"
        "4月27日上午,记者在某某供电公司市中抢修二班见到了何长明,这位全国劳动模范即将进京受奖。"
    )
    assert employers_of(text, "何长明") == ["某某供电公司"]


# ---------------------------------------------------------------- 是一名客车驾驶员: a trade with no unit


def test_one_of_a_trade_is_the_persons_job_without_a_unit() -> None:
    text = "近日,省总工会授予张国利河南省劳动模范称号。被授予省劳模称号的张国利是一名客车驾驶员,在平时,张国利一直以服务人民为己任。"
    assert posts_of(text, "张国利") == [("客车驾驶员", None)]


def test_one_of_a_membership_is_no_job() -> None:
    text = "王建强荣获全国劳动模范称号。王建强是一名老党员,几十年如一日扎根基层。"
    assert posts_of(text, "王建强") == []


# ---------------------------------------------------------------- 作为某公司的一名员工: the body employs


def test_one_of_a_companys_staff_names_the_employer() -> None:
    text = "近日,王秀兰荣获全国五一劳动奖章。作为某某药业股份有限公司的一名员工,她把热情投入到工作中。"
    assert employers_of(text, "王秀兰") == ["某某药业股份有限公司"]


def test_a_companys_staff_word_is_no_post() -> None:
    text = "近日,王秀兰荣获全国五一劳动奖章。作为某某药业股份有限公司的一名员工,她把热情投入到工作中。"
    assert posts_of(text, "王秀兰") == []


# ---------------------------------------------------------------- 被调入某公司时: the body moved to employs


def test_a_body_moved_to_employs_when_the_clause_goes_on_with_shi() -> None:
    text = "扎西平措荣获全国劳动模范。“2004年,我被调入国家电网某某供电公司时,电网仍处在缓慢发展阶段。”扎西平措说。"
    assert employers_of(text, "扎西平措") == ["国家电网某某供电公司"]


# ---------------------------------------------------------------- a dateline glued before a post


def test_a_headlines_dateline_is_no_part_of_the_post() -> None:
    text = (
        "全国人大代表洛桑尼玛:高原“光明”的守护者\n"
        "某某网拉萨3月3日电 全国人大代表洛桑尼玛:高原“光明”的守护者\n"
        "全国劳动模范洛桑尼玛被誉为“电力医生”。2023年,洛桑尼玛当选全国人大代表。"
    )
    assert ("全国人大代表", None) in posts_of(text, "洛桑尼玛")
    assert all("电" not in title for title, _ in posts_of(text, "洛桑尼玛"))


# ---------------------------------------------------------------- 所属 / 她是 before a unit; a run of units


def test_the_company_a_group_owns_is_the_employer() -> None:
    text = "受表彰的全国劳动模范有:某某集团所属北京某某陶瓷厂有限责任公司党委书记、总经理冯运强。"
    assert employers_of(text, "冯运强") == ["北京某某陶瓷厂有限责任公司"]


def test_a_pronoun_and_copula_are_no_part_of_the_unit() -> None:
    text = (
        "某某环境集团有限公司河道保洁管理员罗祥芳上榜全国劳动模范。\n"
        "罗祥芳\n"
        "她是福建某某环境集团有限公司的一名内河保洁员\n"
        "她是在环卫一线工作了23年的老环卫人"
    )
    assert all(not org.startswith("她") for _, org in posts_of(text, "罗祥芳") if org)


def test_a_run_of_memberships_read_as_one_unit_is_no_employer() -> None:
    text = (
        "颜景明荣获滕州市最美乡贤称号。颜景明现为山东省书法家协会员、中国书画研究会理事、山东大学书画研究院院士、"
        "滕州书法协会名誉主席、滕州颜氏联谊会副会长等。"
    )
    assert all("、" not in e for e in employers_of(text, "颜景明"))


# ---------------------------------------------------------------- a county read as a name inside a unit


def test_a_county_read_as_a_name_does_not_break_the_unit() -> None:
    text = (
        "日前,省卫计委对58名“湖南好医生”进行了表彰,我市宁远县人民医院谢群山、宁远县中医医院张凤林、"
        "蓝山县中医院刘莉芳3名医生获此殊荣。"
    )
    assert employers_of(text, "刘莉芳") == ["蓝山县中医院"]


def test_a_name_inside_a_unit_still_breaks_it() -> None:
    from loaders.extract.relations import _name_in_unit

    assert _name_in_unit("艾爱国", "湖南华菱湘潭钢铁有限公司焊接顾问艾爱国中交一航局")
    assert not _name_in_unit("蓝山", "蓝山县中医院")


# ---------------------------------------------------------------- a commission's numbered office before a post


def test_a_commissions_numbered_office_goes_into_the_posts_org() -> None:
    assert parse_post("阿拉善左旗纪委监委第二纪检监察室主任") == ("阿拉善左旗纪委监委第二纪检监察室", "主任")


def test_a_works_technical_room_goes_into_the_posts_org() -> None:
    assert parse_post("某某市公安局刑侦支队技术室主任") == ("某某市公安局刑侦支队技术室", "主任")


def test_the_office_of_the_post_is_kept_in_a_laudation() -> None:
    text = "获评十大感动人物的分别是:因公殉职的阿拉善左旗纪委监委第二纪检监察室主任王晓明;"
    assert ("主任", "阿拉善左旗纪委监委第二纪检监察室") in posts_of(text, "王晓明")


# ---------------------------------------------------------------- 某村第一书记、某局主任科员: each post at its own body


def test_a_later_post_at_another_body_is_held_there() -> None:
    text = "9名先进个人分别是单县县委书记穆建杰,单县某某镇柴庄村第一书记、山东省某某局主任科员王新民。"
    assert ("主任科员", "山东省某某局") in posts_of(text, "王新民")


def test_the_party_post_keeps_its_village() -> None:
    text = "9名先进个人分别是单县县委书记穆建杰,单县某某镇柴庄村第一书记、山东省某某局主任科员王新民。"
    assert ("第一书记", "单县某某镇柴庄村") in posts_of(text, "王新民")


def test_sheng_qian_wei_is_no_part_of_the_village() -> None:
    text = "9名先进个人分别是单县县委书记穆建杰,生前为单县某某镇柴庄村第一书记、山东省某某局主任科员王新民。"
    assert ("第一书记", "单县某某镇柴庄村") in posts_of(text, "王新民")


def test_a_later_seat_stays_a_title() -> None:
    from loaders.extract.relations import _own_body_post

    assert _own_body_post("某某市政协委员") == {}
    assert _own_body_post("山东省某某局主任科员") == {
        "title": "主任科员",
        "org": "山东省某某局",
        "raw_org": "山东省某某局",
    }


# ---------------------------------------------------------------- epithets and plainness before a job


def test_a_good_doctor_is_an_epithet_not_a_post() -> None:
    assert parse_post("好医生") is None


def test_plain_before_a_trade_is_no_part_of_it() -> None:
    assert parse_post("某某集团普通焊工") == ("某某集团", "焊工")


def test_a_shop_named_hao_keeps_its_post() -> None:
    assert parse_post("好运来超市店长") == ("好运来超市", "店长")


def test_a_village_first_secretary_before_a_cooperative_post_is_held_at_the_village() -> None:
    text = "荣获全国劳动模范的是:宾县某某镇兴隆村第一书记、兴隆村股份经济合作社理事长李长青等5人。"
    assert ("第一书记", "宾县某某镇兴隆村") in posts_of(text, "李长青")


# ---------------------------------------------------------------- 我院急诊科: a unit of the page's own body


def test_a_department_of_our_hospital_is_named_without_our() -> None:
    text = (
        "4月28日,西安市劳动模范和先进集体表彰大会举行。我院急诊科主任周立伟、儿科副主任王佳同志荣获西安市劳动模范称号。"
    )
    assert employers_of(text, "周立伟") == ["急诊科"]


def test_a_department_of_our_hospital_stays_the_posts_org() -> None:
    text = (
        "4月28日,西安市劳动模范和先进集体表彰大会举行。我院急诊科主任周立伟、儿科副主任王佳同志荣获西安市劳动模范称号。"
    )
    assert posts_of(text, "周立伟") == [("主任", "我院急诊科")]


def test_a_college_of_our_university_is_named_without_our_in_a_mirror() -> None:
    text = "會上,1670人被授予全國勞動模範稱號。我校材料科學與工程學院教師邢志國獲全國先進工作者稱號。"
    assert employers_of(text, "邢志國") == ["材料科學與工程學院"]


def test_a_unit_of_our_company_is_the_company_the_page_names() -> None:
    from loaders.extract.entries import own_body_employers

    assert own_body_employers(["我公司机修车间"], "某某重工有限公司") == ["某某重工有限公司"]


def test_a_unit_of_our_hospital_takes_no_enterprise_the_page_names() -> None:
    from loaders.extract.entries import own_body_employers

    assert own_body_employers(["我院急诊科"], "某某药业有限公司") == ["急诊科"]


def test_a_unit_that_only_opens_with_wo_stays() -> None:
    from loaders.extract.entries import own_body_employers

    assert own_body_employers(["本溪钢铁公司炼铁厂"], None) == ["本溪钢铁公司炼铁厂"]


# ---------------------------------------------------------------- 某医院、人民的好医生王某: a laud between unit and name


def test_a_laud_between_the_hospital_and_the_name_leaves_the_hospital_the_employer() -> None:
    text = "武汉市某某医院、人民的好医生陈秀兰同志荣获“全国三八红旗手标兵”称号。"
    assert employers_of(text, "陈秀兰") == ["武汉市某某医院"]


def test_a_laud_of_the_masses_before_a_cadre_leaves_the_company_the_employer() -> None:
    text = "近日,成都某某建设集团有限公司、职工的好班长赵德明荣获“四川省五一劳动奖章”。"
    assert employers_of(text, "赵德明") == ["成都某某建设集团有限公司"]


def test_the_laud_cut_leaves_a_head_without_one_as_it_is() -> None:
    from loaders.extract.entries import _epithet_cut

    assert _epithet_cut("其中,某某重工有限公司、某某集团") == "其中,某某重工有限公司、某某集团"


# ---------------------------------------------------------------- 我院院长: the head of the page's own body


def test_our_hospitals_head_is_a_president() -> None:
    assert parse_post("我院副院长") == ("我院", "副院长")


def test_a_department_of_our_hospital_is_still_cut_by_the_splitter() -> None:
    assert parse_post("我院急诊科主任") == ("我院急诊科", "主任")


def test_our_hospitals_president_and_secretary_are_two_posts() -> None:
    text = "“五一”前夕,山西省劳动模范表彰大会在太原召开。我院院长兼党委书记王立新同志被授予“山西省劳动模范”荣誉称号。"
    assert [t for t, _ in posts_of(text, "王立新")] == ["院长", "党委书记"]


def test_our_hospital_alone_is_no_employer() -> None:
    text = "我院院长王立新同志被授予“山西省劳动模范”荣誉称号。"
    assert employers_of(text, "王立新") == []
