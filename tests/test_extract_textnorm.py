"""Layout repair and script conversion that keep their way back to the source text."""

from __future__ import annotations

from loaders.textnorm import ITEM_START, blank_clauses, normalise, repair_layout, to_simplified

BROKEN = "要把学习宣传贯彻党的二十大精神同工会具体工作结合起来，紧密联系工作实\n\n际，找准切入点和落脚点。\n"


def test_a_line_broken_inside_a_word_is_joined() -> None:
    assert "工作实际，找准切入点" in repair_layout(BROKEN).text


def test_headings_and_short_lines_are_not_joined() -> None:
    text = "## 煤海深处的最美劳动者\n\n——记中原大工匠、九里山矿机电运转队队长张伟\n\n本报记者 李新和\n\n寒风刺骨，雨雪交加。"
    assert repair_layout(text).text == text


def test_a_line_ending_a_sentence_is_not_joined() -> None:
    text = (
        "他已经在输电线路上干了整整二十年，经验丰富，技术过硬，深受工友信赖和敬佩。\n\n把危险活变成技术活，是他的心愿。"
    )
    assert repair_layout(text).text == text


def test_a_long_line_before_a_heading_is_not_joined_to_it() -> None:
    text = (
        "据了解，武陟县总工会下一步将继续搭建就业服务平台，充分利用微信公众号、微信小程序等线上\n\n"
        "修武县总工会举行“新业态最美劳动者”评先授奖仪式\n\n本报讯（记者李新和）2月7日上午，仪式举行。"
    )
    assert "线上\n\n修武县" in repair_layout(text).text


def test_offsets_map_back_to_the_source() -> None:
    norm = normalise(BROKEN)
    i = norm.text.index("实际")
    start, end = norm.span(i, i + 2)
    assert BROKEN[start:end].replace("\n", "") == "实际"
    assert norm.raw(i, i + 2) == "实际"


def test_traditional_becomes_simplified_but_raw_keeps_the_source_spelling() -> None:
    source = "2021年被授予第三屆焦作工匠"
    norm = normalise(source)
    i = norm.text.index("第三届焦作工匠")
    assert norm.raw(i, i + 7) == "第三屆焦作工匠"


def test_t2s_is_character_for_character() -> None:
    text = "賈國強，1971年10月生，山西洪洞人，現任霍州煤電集團辛置煤礦綜採一隊電工班班長。"
    assert len(to_simplified(text)) == len(text)


def test_fullwidth_codes_become_ascii() -> None:
    assert "GB/T 40367" in normalise("国家标准ＧＢ／Ｔ　40367").text


def test_a_line_cut_inside_quotes_the_next_line_closes_is_joined() -> None:
    from loaders.textnorm import normalise

    text = "2018年入选农业农村部首届“全\n国十佳农民”（见通知），2019年获得“最美农民”称号。\n"
    assert "首届“全国十佳农民”" in normalise(text).text


# One person a line: 单位、职务 then a blank and the name.  The name closes the row.
ROSTER_ROWS = (
    "国网河北省电力有限公司衡水供电分公司输电运检中心带电作业班班长、高级技师　程旭\n\n"
    "国网河北省电力有限公司邯郸供电分公司变电检修中心检修一班班长、高级技师　王彦军\n"
)


def test_a_list_row_ending_in_a_blank_and_a_name_is_not_joined_to_the_next_row() -> None:
    assert repair_layout(ROSTER_ROWS).text == ROSTER_ROWS


def test_a_broken_prose_line_ending_in_a_comma_a_blank_and_a_name_is_still_joined() -> None:
    text = "在全省职工技能大赛中，他带领的班组连续三年夺得团体第一名，其中， 李明\n\n获得个人第一名。\n"
    assert "其中， 李明获得个人第一名" in repair_layout(text).text


def test_a_pinyin_gloss_left_by_a_mirror_site_is_dropped_but_kept_in_raw() -> None:
    norm = normalise("福建省海洋與漁業(yè)廳應急指揮中心")
    assert norm.text == "福建省海洋与渔业厅应急指挥中心"
    assert norm.raw(0, len(norm.text)) == "福建省海洋與漁業(yè)廳應急指揮中心"
    assert norm.span(8, 9) == (12, 13)  # 厅 is the source's 廳, after 業(yè)


def test_brackets_without_a_tone_mark_are_not_taken_for_a_gloss() -> None:
    assert normalise("第一(a)组和第二(b)组").text == "第一(a)组和第二(b)组"


def test_a_spam_mirrors_gloss_with_a_blank_before_its_bracket_closes_is_dropped() -> None:
    norm = normalise("该公司中压加氢装置操作(zuò )工、高级(jí )技师，群众中的(de )杰出代表")
    assert norm.text == "该公司中压加氢装置操作工、高级技师，群众中的杰出代表"


def test_a_bracketed_emoji_is_dropped_even_inside_a_gloss() -> None:
    norm = normalise("廖(😚)代均在有限(😶)公司任高(gā(🈵)o )级工程师")
    assert norm.text == "廖代均在有限公司任高级工程师"
    assert norm.raw(0, 3) == "廖(😚)代均"  # raw keeps what the source wrote between the kept characters


def test_a_markup_tag_left_in_a_page_copy_is_dropped_with_offsets_kept() -> None:
    text = '教师文亮荣获湖南省五一劳动奖章</SPAN>，湘潭大学<span class="x">第一教研室</span>'
    norm = normalise(text)
    assert norm.text == "教师文亮荣获湖南省五一劳动奖章，湘潭大学第一教研室"
    comma = norm.text.index("，")
    assert text[norm.span(comma, comma + 1)[0]] == "，"


def test_a_closing_tag_whose_bracket_a_mirror_lost_is_dropped_after_a_character() -> None:
    assert normalise("榮獲湖南省五一勞動獎章/SPAN>，").text == "荣获湖南省五一劳动奖章，"


def test_ascii_slashes_and_angle_brackets_that_are_no_tags_stay() -> None:
    assert normalise("比值a/b>1时，见1<2").text == "比值a/b>1时，见1<2"


def test_a_bracketed_abbreviation_without_a_blank_or_tone_is_no_gloss() -> None:
    assert normalise("中国(cn)网和某(de)公司").text == "中国(cn)网和某(de)公司"


NAME_FIRST_ROWS = (
    "廖某均 北京某某新材料科技股份有限公司设备工程师，高级技师\n"
    "张某(女) 北京某某路网管理有限公司设备技术检测中心主任，高级工程师\n"
    "刘某松 中国石油化工股份有限公司北京某某分公司炼油厂第一作业区操作工，首席技师\n"
)


def test_name_first_rows_with_a_grade_after_a_comma_stay_one_row_a_line() -> None:
    assert repair_layout(NAME_FIRST_ROWS).text == NAME_FIRST_ROWS


def test_a_single_line_opening_with_a_name_is_still_joined_when_broken() -> None:
    text = "王某某 同志在全省职工技能大赛中带领班组连续三年夺得团体第一名，其中\n个人获得第一名。\n"
    assert "其中个人获得第一名" in repair_layout(text).text


def test_a_numbered_item_after_an_unfinished_line_starts_its_own_line() -> None:
    text = "现将有关事项通知如下，各单位要认真组织申报工作并按时上报推荐材料\n一、评选范围\n（二）评选条件"
    assert normalise(text).text == text


def test_a_decimal_at_the_start_of_a_line_is_not_a_numbered_item() -> None:
    assert not ITEM_START.match("2.5倍。") and ITEM_START.match("2.王五")


def test_a_zero_width_space_inside_a_name_is_dropped_and_not_written() -> None:
    norm = normalise("张\u200b伟荣获全国五一劳动奖章。")
    assert norm.text == "张伟荣获全国五一劳动奖章。"
    assert norm.written(0, 2) == "张伟"
    assert norm.quote(0, 2) == "张\u200b伟"


def test_a_variant_form_opencc_leaves_is_folded_to_its_simplified_character() -> None:
    assert to_simplified("首屆陜西省職工職業道德建設標兵") == "首届陕西省职工职业道德建设标兵"


def test_a_year_of_the_republic_is_read_as_the_common_era_year() -> None:
    text = "民國103年5月1日，臺北市政府表揚模範勞工王志明。\n"
    norm = normalise(text)
    at = norm.text.index("2014年")
    assert norm.text.startswith("2014年5月1日")
    assert norm.quote(at, at + 5) == "民國103年"


def test_a_two_digit_year_of_the_republic_keeps_one_place_for_each_character() -> None:
    assert normalise("民國89年獲選全國模範勞工。\n").text == "2000年获选全国模范劳工。\n"


def test_a_year_of_the_republic_in_chinese_numerals_is_left_as_written() -> None:
    assert normalise("民國三十八年，他進廠當學徒。\n").text == "民国三十八年，他进厂当学徒。\n"


# 獎章，四川誠電器實業 as a big5 mirror stores it when 章 lost its first byte and the realigned run
# lost the comma's second byte with 四's first: the run reads Ｄ川誠電器, 實 is a ? and its gloss
# lost its opening bracket
LOST_COMMA = "技術部負責人王麗獲得了全國五一勞動獎?wù)拢拇ǔ想娖鲗?shí)業有限公司裝配車間組獲得了全國工人先鋒號。\n"


def test_a_full_width_letter_opening_a_realigned_run_is_read_as_a_clause_break() -> None:
    assert "全国五一劳动奖章，川诚电器" in normalise(LOST_COMMA).text


def test_the_gloss_of_a_character_lost_in_a_realigned_run_is_dropped() -> None:
    text = normalise(LOST_COMMA).text
    assert "电器业有限公司" in text and "shí" not in text


def test_blanks_between_the_clauses_of_a_prose_line_are_read_as_commas() -> None:
    text = "5月1日 全省劳动模范表彰大会 在太原市隆重举行 会上 128人被授予山西省劳动模范称号 晋能控股集团综采队队长王建军作了发言。\n"
    assert normalise(text).text == (
        "5月1日 全省劳动模范表彰大会，在太原市隆重举行 会上 128人被授予山西省劳动模范称号，晋能控股集团综采队队长王建军作了发言。\n"
    )


def test_blanks_in_a_list_row_without_a_full_stop_are_kept() -> None:
    text = "国网太原供电公司变电检修室 变电检修班班长 张志伟\n"
    assert normalise(text).text == text


def test_a_blank_after_shi_introducing_the_winners_is_not_read_as_a_comma() -> None:
    line = "本报北京5月8日电 中国农林水利气象工会今天举行表彰会。获得第二届全国农林水利优秀职工的是 黑龙江省某林场护林员赵长海。\n"
    assert "的是 黑龙江" in blank_clauses(line)


def test_a_unit_composed_from_two_places_is_respelled_part_by_part_with_its_gloss() -> None:
    norm = normalise("象山縣委書記會見了縣中醫(yī)院主任醫(yī)師黃某。")
    assert norm.respell("象山县中医院") == "象山縣中醫(yī)院"


def test_a_composed_unit_in_a_simplified_text_is_unchanged() -> None:
    norm = normalise("象山县委书记会见了县中医院主任医师黄某。")
    assert norm.respell("象山县中医院") == "象山县中医院"


# name-first rows of a glossed mirror: the glosses lengthen each row past the broken-line length and
# split the name cell (周總(zǒng)光), yet the rows are as complete as their plain counterparts
GLOSSED_ROWS = (
    "周總(zǒng)光 四川大學(xué)華西醫(yī)院 主任醫(yī)師(shī)、胃腸外科中心主任\n"
    "王文海 四川大學(xué)華西醫(yī)院 主任醫(yī)師(shī)、肝臟外科副主任\n"
    "李秀英 四川省人民醫(yī)院 主任護(hù)師(shī)、科護(hù)士長(zhǎng)\n"
)


def test_glossed_name_first_rows_stay_one_row_a_line() -> None:
    assert repair_layout(GLOSSED_ROWS).text == GLOSSED_ROWS


def test_a_glossed_row_reads_like_its_plain_counterpart() -> None:
    lines = normalise(GLOSSED_ROWS).text.splitlines()
    assert lines[0] == "周总光 四川大学华西医院 主任医师、胃肠外科中心主任"
    assert lines[1].startswith("王文海 ")


def test_glosses_do_not_make_a_short_line_look_like_a_broken_paragraph() -> None:
    # 12 characters as read, over 30 with its glosses: kept apart, as its plain counterpart is
    plain = "该公司技术员张伟、李明获奖\n全厂职工向他们学习，表示祝贺。"
    glossed = (
        "該公司(sī)技術(shù)員(yuán)張偉(wěi)、李明獲(huò)獎(jiǎng)\n全廠(chǎng)職工向他們學(xué)習(xí)，表示祝賀。"
    )
    assert repair_layout(plain).text == plain
    assert repair_layout(glossed).text == glossed


def test_a_padded_name_before_its_verb_is_read_whole() -> None:
    norm = normalise("会上，市第三人民医院护士长杨　辉荣获2021年度“最美护士”称号。")
    at = norm.text.index("杨辉荣获")
    assert norm.written(at, at + 2) == "杨辉"


def test_a_name_split_by_a_blank_before_its_count_is_read_whole() -> None:
    norm = normalise("同时表彰了一批先进个人，钱学 平等6位老师获得“优秀辅导员”称号。")
    assert "钱学平等6位老师" in norm.text


def test_a_name_split_at_a_line_end_is_joined() -> None:
    norm = normalise("本报讯 今年“五一”前夕，县供电公司线路工区班长刘德\n明荣获全省五一劳动奖章。")
    assert "班长刘德明荣获" in norm.text


def test_two_names_apart_keep_their_blank() -> None:
    assert "张海涛 李红梅荣获" in normalise("在本次技能大赛中，张海涛 李红梅荣获一等奖。").text


def test_padded_names_in_a_comma_list_are_read_whole() -> None:
    norm = normalise("2023年度县级劳动模范名单：周　敏、石  磊、黄建军。")
    assert "名单：周敏、石磊、黄建军。" in norm.text
    at = norm.text.index("石磊")
    assert norm.written(at, at + 2) == "石磊"


def test_a_padded_name_before_its_bracket_is_read_whole() -> None:
    assert "宋玺（女）" in normalise("授予以下同志“最美退役军人”称号：\n宋 玺（女） 北京某大学学生\n").text


def test_a_line_ending_before_one_character_and_a_comma_is_kept() -> None:
    # 姓名：张某⏎男，汉族: a new field, not the rest of a split name
    assert "姓名：邓小军\n男，汉族" in normalise("姓名：邓小军\n男，汉族，1975年生。").text


def test_a_photo_credit_keeps_its_blank() -> None:
    assert "（陈国栋 摄）" in normalise("劳模代表在台上领奖。新华社发（陈国栋 摄）\n").text


def test_a_long_text_folds_alike_whole_or_from_its_remembered_lines() -> None:
    from graph.hanzi import _simplified, forget_long

    page = "第三屆焦作工匠名單公佈\n勞動模範王某某，霍州煤電集團高級技師。\r\n" * 4 + "乾隆年間的後來者"
    forget_long()
    assert to_simplified(page) == _simplified(page)
    assert to_simplified(page[9:]) == _simplified(page[9:])  # its lines remembered from the page
    assert to_simplified(page)[:11] == "第三届焦作工匠名单公布"


PROFILE_ROWS = (
    "钱某贵：男，35岁，大学学历，中共党员，青川石油管理局勘探开发研究院高级工程师\n"
    "孟某：男，38岁，大专学历，中共党员，北山液压机械厂数控车间工人\n"
    "艾某蓉：女，土家族，27岁，中师学历，中共党员，北山县某乡中心小学教师\n"
)


def test_name_colon_profile_rows_stay_one_row_a_line() -> None:
    # long and full of commas, each reads like a broken prose line; side by side they are rows
    assert repair_layout(PROFILE_ROWS).text == PROFILE_ROWS


def test_life_dates_open_a_profile_row_too() -> None:
    text = (
        "柯某：（1968——2019），男，生前系北山县某镇卫生院副院长、主治医师\n"
        "邝某：（1971——2020），女，生前系青川市某街道社区党委书记\n"
    )
    assert repair_layout(text).text == text


def test_a_single_broken_line_after_a_speaker_and_colon_is_still_joined() -> None:
    text = "记者：男，今年在全市职工技能大赛中连续三年夺得团体第一名的班组长们，其中\n个人获得第一名的有五位。\n"
    assert "其中个人获得第一名" in repair_layout(text).text


UNIT_COLON_ROWS = (
    "龚某雅: 北山大学院士，教授\n"
    "李某武 : 中国某科学院油料作物研究所农产品质量安全创新团队首席，研究员\n"
    "杨某和 : 中国某科学院岩土力学研究所油气中心负责人，研究员\n"
)


def test_name_colon_unit_rows_stay_one_row_a_line() -> None:
    # the second row is long and has a comma: alone it reads like a broken line, in the block a row
    assert repair_layout(UNIT_COLON_ROWS).text == UNIT_COLON_ROWS


def test_a_blank_before_a_companys_bracketed_word_and_legal_form_is_dropped() -> None:
    text = "其中，青山生态环境 (集团)股份有限公司、兴元新材料 (包头)有限公司等集体获奖。"
    assert "青山生态环境(集团)股份有限公司" in normalise(text).text
    assert "兴元新材料(包头)有限公司" in normalise(text).text


def test_a_blank_inside_a_legal_form_is_dropped_but_a_padded_name_keeps_its_blank() -> None:
    assert "山海关船舶重工有限责任公司" in normalise("山海关船舶重工有限 责任公司技师马新").text
    assert "刘 芳" in normalise("名单：刘 芳 北方公司").text
