"""The sentence stage of the extraction: which finders read a sentence, in which order.

Every finder is a function ``(ctx, sentence) -> list[Fact]`` over a read-only context (the
document, the article, its people and organisations): it returns the facts it found and sees no
other finder's.  ``sentence_facts`` concatenates their results in a fixed order; the later steps
of ``loaders.extract.profile.run_stages`` read that list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from loaders.extract import awards, fallback, falsehonours, rolls, titledruns
from loaders.extract.context import (
    document_conferrers,
    fuller_conferrers,
    inherit,
    late_conferrers,
    meeting_editions,
    same_title_conferrers,
    unnamed_bodies_dropped,
)
from loaders.extract.document import Sentence
from loaders.extract.entries import (
    bracket_employers,
    copula_posts,
    counted_members,
    deputy_posts,
    entry_facts_in,
    founded_employers,
    graded_employers,
    joined_employers,
    kin_clauses_dropped,
    laudation_lists,
    next_line_employers,
    of_unit_employers,
    roster_employers,
    shared_body_employers,
    status_employers,
    status_posts_dropped,
    this_editions,
    unit_name_employers,
    unit_roster_employers,
    verb_led_units_cut,
    village_employers_dropped,
)
from loaders.extract.facts import (
    Context,
    Fact,
    competitions_in,
    conferrer_notes,
    counted_group_heads,
    decisions_in,
    descriptors,
    employers_in,
    honours_in,
    host_in,
    intro_items,
    line_honours,
    org_relations_in,
    personal_in,
    positions_in,
    projects_in,
    rows_in,
    section_item,
    section_of,
    works_in,
)
from loaders.extract.posts import counted_trade_posts, shared_post_names
from loaders.extract.relations import (
    broken_employers,
    canonical_conferrers,
    clean_posts,
    counted_groups,
    counted_list,
    dated_by_mention,
    event_year,
    frame_honours,
    fuller_titles,
    headed_in_full,
    list_titles_cut,
    organisers_confer,
    posts_at_units_dropped,
    raw_and_bodies_cleaned,
    roster_lines,
    unquoted_full_titles,
    written_conferrers,
)
from loaders.extract.steps import (
    SAME_HONOUR_RE,
    among_count_years,
    announced_to_sections,
    announced_year,
    ceremony_chain_holders,
    counted_run_holders,
    dated_by_qualified_mention,
    dated_event_year,
    descriptions_held_before,
    epithets_dropped,
    glued_year_raws,
    honours_tidied,
    level_run_honours,
    list_intro_year,
    meeting_year,
    month_day_years,
    named_holders,
    news_year_and_conferrers,
    noted_conferrers,
    published_holders_year,
    repeated_years,
    same_honour,
    same_title_year,
    section_roles,
    semicolon_chain_years,
    series_organisers_confer,
    share_within_sentence,
    signed_decision_year,
    stated_conferrers,
    tailed_titles,
    units_under_bodies,
    yearless_document_year,
    yearly_series_years,
)

Finder = Callable[[Context, Sentence], list[Fact]]

# a headline: honours and the posts/honours written before a name
HEADLINE_FINDERS: Sequence[Finder] = (descriptors, honours_in)
# a table row (columns apart by spaces or ｜): its honour columns, then birth and the like
ROW_FINDERS: Sequence[Finder] = (rows_in, personal_in)
# a sentence of prose (or a heading or list line)
PROSE_FINDERS: Sequence[Finder] = (
    line_honours,  # a line that is only an honour (🏅 全国劳动模范（2020年）)
    intro_items,  # 白振宇，男，回族，…，装配钳工，…: each comma item of an introduction
    descriptors,  # 省级劳模、县总工会副主席李军萍: honours and posts before a name
    counted_group_heads,  # 彭某等30名优秀工会工作者: the head of a counted group holds its honour
    honours_in,  # quoted honours and the objects of award verbs
    positions_in,  # 被聘为 / 现任 / 是…队长, first jobs
    employers_in,  # 来自 / 就职于 / 在…工作
    competitions_in,  # a competition and its placing
    works_in,  # 《…》 patents and standards, ZL numbers, patent counts
    projects_in,  # projects led or completed
    personal_in,  # birth, gender, ethnicity, native place
)


def finders_for(sent: Sentence) -> Sequence[Finder]:
    """The finders that read a sentence of this kind."""
    if sent.kind in ("subtitle", "title"):
        return HEADLINE_FINDERS
    if sent.kind == "row":
        return ROW_FINDERS
    return PROSE_FINDERS


def sentence_facts(ctx: Context, sent: Sentence) -> list[Fact]:
    """Every finder's facts for one sentence, in finder order."""
    return [fact for finder in finders_for(sent) for fact in finder(ctx, sent)]


@dataclass
class SentenceReading:
    """What the sentence stage gathers: decisions named (their text and issuers), the body hosting
    a ceremony, (organisation, parent) links, and the facts."""

    decisions: list[tuple[str, list[str]]] = field(default_factory=list)
    host: str | None = None
    relations: list[tuple[str, str | None]] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)


# sections whose lines are about other texts (references, footers)
SKIPPED_SECTIONS = ("参考资料", "参考文献", "注释", "目录", "相关链接", "延伸阅读", "往期推荐", "往期回顾")
POST_SECTIONS = ("社会任职", "社会兼职", "任职情况")


def read_sentences(ctx: Context, facts: list[Fact]) -> SentenceReading:
    """The sentence stage: each sentence's finders, then the relation readers of that sentence
    (trigger frames, roster lines, list entries) over the facts gathered so far, starting from
    ``facts``.  Each reader returns the sentence stage's list with its facts added, completed (as
    new facts) or dropped; ``roster`` carries an open list from line to line."""
    reading = SentenceReading()
    prev_honours: list[Fact] = []
    roster: dict[str, Any] = {}  # the list a heading or a line ending in a colon opened
    section = None
    for sent in ctx.art.sentences:
        if sent.kind in ("byline", "meta"):
            continue
        opened = section_of(sent)
        if opened:
            section = opened
            continue
        if section in SKIPPED_SECTIONS:
            continue
        if section in POST_SECTIONS and sent.kind in ("heading", "prose", "row"):
            facts = facts + section_item(ctx, sent, section)
            continue
        before = len(facts)
        reading.decisions += decisions_in(ctx, sent)
        reading.host = reading.host or host_in(ctx, sent)
        bodies = conferrer_notes(ctx, sent)
        if bodies:
            noted = noted_conferrers(ctx, facts, prev_honours, bodies, sent.start)
            swapped = {id(a): b for a, b in zip(facts, noted, strict=True) if a is not b}
            facts = noted
            prev_honours = [swapped.get(id(f), f) for f in prev_honours]
            if "heading_facts" in roster:  # a roster heading's honours, now conferred, are still its own
                roster["heading_facts"] = [swapped.get(id(f), f) for f in roster["heading_facts"]]
        facts = facts + sentence_facts(ctx, sent)
        if sent.kind in ("subtitle", "title", "prose", "heading"):
            facts = frame_honours(ctx, sent, facts, before)  # trigger frames complete or add honours
        sentence_honours = [f for f in facts[before:] if f.kind == "honor"]
        facts = roster_lines(ctx, sent, facts, sentence_honours, roster)  # one person a line under X：
        if sent.kind == "prose":
            facts = entry_facts_in(ctx, sent, facts)  # …的有：张某 某医院院长，李某 …
        if SAME_HONOUR_RE.search(sent.text):
            facts = facts + same_honour(ctx, facts, sent, before)
        reading.relations += [(child, parent) for child, parent, _ in org_relations_in(ctx, sent)]
        new = [f for f in facts[before:] if f.kind == "honor"]
        if new:
            prev_honours = new
    reading.facts = facts
    return reading


@dataclass(frozen=True)
class ArticleFacts:
    """An article's facts, ready to be given to people, and the organisation links read from it."""

    facts: list[Fact]
    relations: list[tuple[str, str | None]]


def run_stages(ctx: Context, issuers: list[str]) -> ArticleFacts:
    """Every stage of one article, in order.  After the sentence stage each step takes the
    article's facts and returns new facts or an updated list (an updated fact is a new object);
    none edits a fact it was given."""
    reading = read_sentences(ctx, section_roles(ctx))  # 01｜领衔人：张伟: the label's post first
    facts, links = units_under_bodies(ctx, reading.facts)  # 总装车间班长 in a profile of one company
    facts = facts + awards.lists_in(ctx, issuers)  # row lists and enumerations under an honour
    facts = laudation_lists(ctx, facts)  # 她们是：…的某公司职工吴某；…: honour, unit, posts
    facts = facts + counted_members(ctx, facts)  # 28人荣获X，其中…工长陈某等11人…: they hold X
    # employers of people no reader placed
    facts = facts + status_employers(ctx, facts)  # 某供电公司员工胡某
    facts = facts + roster_employers(ctx, facts)  # 陈某（某专业合作社）, one a line
    facts = facts + unit_roster_employers(ctx, facts)  # 某人民医院：沈某、周某, a unit a line
    facts = facts + bracket_employers(ctx, facts)  # 王某（某公司盾构机主司机）、李某（某供电公司）荣获…
    facts = facts + next_line_employers(ctx, facts)  # 孙某 / 某公司研发中心主任, a line each
    facts = facts + copula_posts(ctx, facts)  # 张某为某店主任: the formal copula after a name
    facts = facts + founded_employers(ctx, facts)  # 他创办了某蔬菜专业合作社
    facts = facts + joined_employers(ctx, facts)  # 1948年进入某机务段工作 / 来到某公司从事…工作
    facts = shared_body_employers(ctx, facts)  # 某厂五车间王某、二车间李某: one body for the list
    facts = facts + shared_post_names(ctx, facts)  # 某厂车间主任王某、李某: the post for the run of names
    facts = facts + counted_trade_posts(ctx, facts)  # 彭某等10名环卫工人获得…: the trade is the job
    facts = facts + unit_name_employers(ctx, facts)  # 沭阳公司丁某被授予…
    facts = facts + of_unit_employers(ctx, facts)  # 分别是某公司的张某、某学校的李某
    facts = facts + deputy_posts(ctx, facts)  # 当选党的十九大代表 / 第十二届全国人大代表等荣誉称号
    # honours: who holds them, their titles, years and conferrers
    facts = facts + announced_to_sections(ctx, facts)  # 10位…获评X。以下是其中6位的简介 + sections
    facts = counted_list(ctx, facts)  # 我市16名全省劳动模范… 附：名单 / 陈某（某合作社）…: they hold it
    facts = rolls.headed_entries(ctx, facts)  # rolls.py: ●“某奖” / 某局某所二级警长张某 — the heading's holders
    facts = facts + rolls.roll_honours(ctx, facts)  # rolls.py: 某医院：沈某、周某 — the list's honour for names missed
    facts = facts + rolls.chain_honours(ctx, facts)  # rolls.py: 甲、乙、丙…荣获X — every name of the run holds X
    facts = facts + rolls.listed_honours(ctx, facts)  # rolls.py: “X”名单揭晓，甲、乙10名青工上榜 — they hold X
    facts = titledruns.titled_runs(ctx, facts)  # 特殊优良教师为某国中甲老师、某国小乙老师: unit, name, post
    facts = facts + ceremony_chain_holders(ctx, facts)  # 为A模范甲、乙；B模范丙…等10名X颁奖: all hold X
    facts = facts + counted_run_holders(ctx, facts)  # 甲、乙…等10名个人和…: an announced honour nobody holds
    facts = facts + named_holders(ctx, facts)  # X获得者，她们分别是甲、乙: they hold X
    facts = fallback.superlative_members(ctx, facts)  # X平均年龄…，年龄最大的是…甲: 甲 holds X
    facts = series_organisers_confer(ctx, facts)  # 由A、B联合主办的2024年“X”发布活动
    facts = list_titles_cut(facts)  # 最美职工分别是 → 最美职工
    facts = posts_at_units_dropped(facts)  # 某公司轧钢厂首席技师: a post, not an honour
    facts = broken_employers(ctx, facts)  # an employer run over a list: dropped
    facts = clean_posts(ctx, facts)  # 党委书记、总经理 → two posts; 工人、高级技师 → none
    facts = graded_employers(facts)  # 某公司高级技师张某: the body employs them, the grade is no post
    facts = village_employers_dropped(facts)  # 某村农民张某: a village employs no resident
    facts = verb_led_units_cut(facts)  # 某委员会决定授予某局李某: the unit is what follows the verb
    facts = status_posts_dropped(facts)  # 某公司职工吴某, 湖南女工彭某: a status, no post
    facts = kin_clauses_dropped(ctx, facts)  # 张某父亲是某公司一名老钳工: the relative's unit and job
    facts = counted_groups(ctx, facts)  # 10位“最美职工”: the group's honour, not one person's
    facts = fuller_titles(ctx, facts)  # 10位“最美职工” after 10位2017年全国“最美职工”
    facts = this_editions(ctx, facts)  # 荣获本届X称号的是： after 第16届“X”评选揭晓: 第16届
    facts = meeting_editions(ctx, facts)  # context.py: …第七届劳动模范表彰大会。袁某被授予东莞市劳动模范: 第七届
    facts = headed_in_full(ctx, facts)  # 一、优秀护士 under 关于表彰…“上虞市优秀护士”…的决定
    facts = dated_by_mention(ctx, facts)  # the year an earlier mention or the signature gives
    facts = dated_by_qualified_mention(ctx, facts)  # 表彰2016年度玉柴“金牌工人” … 分别为…
    facts = honours_tidied(facts)  # 优先推荐参评“X” dropped; 同志喜获“X” → “X” (raw)
    facts = epithets_dropped(ctx, facts)  # 著名的拥军模范某某, 老劳模某某: a description, no honour
    facts = falsehonours.descriptions_dropped(ctx, facts)  # 新时代的劳模, 新中国第一代劳模: described, not named
    facts = falsehonours.events_dropped(ctx, facts)  # “寻找最美教师2017”大型公益活动: an event, no honour
    facts = falsehonours.collectives_dropped(ctx, facts)  # 巾帼标兵岗, 劳动奖状: a collective's honour
    facts = falsehonours.nicknames_dropped(ctx, facts)  # 被誉为“航空工匠”, 1，金牌工人许振超: nicknames
    facts = organisers_confer(ctx, facts)  # organisers, commendation scopes, same series
    facts = stated_conferrers(ctx, facts)  # 人社部在其官网公布了…名单 / 每五年评选表彰一次的 / 命名28名…为
    facts = raw_and_bodies_cleaned(facts)  # raw without body or head count; 被 cut from bodies
    facts = descriptions_held_before(ctx, facts)  # 荣获X称号的杨某 / X获得者米某 in an item telling Y: X held before
    facts = inherit(ctx, facts)  # context.py: the list's decision date, meeting, statements, series
    facts = event_year(ctx, facts)  # a dated news item reporting the day's commendation
    facts = written_conferrers(ctx, facts)  # conferrers in the source's script (國務院)
    facts = canonical_conferrers(facts)  # 中宣部 → 中共中央宣传部
    facts = fuller_conferrers(ctx, facts)  # context.py: 市妇联 → 重庆市妇女联合会 when the document names it
    facts = share_within_sentence(facts)  # a series named twice in a sentence: the second as the first
    facts = awards.recent_list_year(ctx, facts)  # 日前…公布…名单: the document's year
    facts = announced_year(ctx, facts)  # 2010年…受表彰的全国劳动模范共有20人 under 甲、乙等20人被评为全国劳模
    facts = dated_event_year(ctx, facts)  # 2022年12月底，…公布…名单，共表彰…X … 此次…获此殊荣
    facts = signed_decision_year(ctx, facts)  # 决定对…予以表彰 … 二〇〇九年五月十一日 … 附件：名单
    facts = news_year_and_conferrers(ctx, facts, reading.decisions, reading.host)
    facts = published_holders_year(ctx, facts)  # 新华社…电 …发布了张某等一批“X”先进事迹: the page's year
    facts = list_intro_year(ctx, facts)  # …于2012年3月设立“X”。…获奖名单如下: the list's year
    facts = same_title_year(ctx, facts)  # …荣获全国五一劳动奖章 (2016) … 某某荣获全国五一劳动奖章: 2016 too
    facts = meeting_year(ctx, facts)  # 武汉市2017年庆祝“五一”…大会召开。…余某被授予武汉五一劳动奖章: 2017
    facts = yearless_document_year(ctx, facts)  # a dated page that writes no year: its honours are of its year
    facts = month_day_years(ctx, facts)  # 2017年4月25日，…；5月13日，…授予…: the chronicle's year
    facts = semicolon_chain_years(ctx, facts)  # 2024年，甲被授予X；乙被授予Y: the sentence's year
    facts = among_count_years(ctx, facts)  # 今年，全市共有省劳动模范23名…。其中，…是甲和乙: that year
    facts = late_conferrers(ctx, facts)  # context.py: full names for the bodies added last
    facts = tailed_titles(facts)  # 自治区劳动模范的31人中 → 自治区劳动模范
    facts = repeated_years(ctx, facts)  # 2015年、2018年两次获得X: one for each year
    facts = level_run_honours(ctx, facts)  # 先后被评为市、省劳动模范: one for each level
    facts = glued_year_raws(ctx, facts)  # 2021年“南粤工匠” in a headline: raw keeps the glued year
    facts = yearly_series_years(ctx, facts)  # 2022年度“X” in the body: the headline's X on a 2023 page is of 2022
    facts = fallback.plural_antecedents(ctx, facts)  # fallback.py: …甲、乙等。他们都获得了X: they hold X
    facts = fallback.fallback_holders(ctx, facts)  # fallback.py: honours that reach nobody: the names beside them
    # context.py: an honour still without a conferrer takes the document's one decider or organiser
    facts = late_conferrers(ctx, document_conferrers(ctx, facts, reading.decisions))
    facts = unquoted_full_titles(ctx, facts)  # 全国脱贫攻坚先进个人 … 9名先进个人分别是: the full one
    facts = same_title_conferrers(ctx, facts)  # context.py: a list row takes its title's stated conferrers
    facts = unnamed_bodies_dropped(facts)  # context.py: 集团公司 where the text names no group: no conferrer
    return ArticleFacts(facts, reading.relations + links)
