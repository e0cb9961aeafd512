"""Document context that the entries of an award list or notice inherit.

An official list, decision or notice names its honour, its date and its conferring bodies once —
in the headline, the decision's issuer, a lead (``X公布…名单`` / ``X决定，授予…`` / ``由A、B联合…``),
the meeting (``…于1988年5月24日召开…表彰大会。会上，授予…``) or the signature under the text — and
then lists people under it.  This stage runs once per article, after every reader gave its facts,
and hands that context to each honour that does not state its own (``inherit`` returns new facts):

- **year**, in order of trust: the decision's own date (the signature date under a 关于…的决定 or a
  〔2012〕 file number), the date of the commendation meeting, a year the headline gives the
  list; the document date comes last and is handled by ``relations.event_year``.  Honours held
  earlier (曾获, 先后荣获, a résumé of titles) are never dated from the context;
- **conferrers**: the bodies a statement makes the agents of the series (``X近日授予的…名单``,
  ``X公布/发布…名单``, ``X进行/开展…评选``, ``X组织/主办的…表彰大会``, ``X为…颁奖``, ``X表彰…``);
  a body written with its place left out (``广东省总工会、省委宣传部``) takes the place of the
  body before it, else the document's province or city;
- **title**: a list honour named short (``获先进工作者表彰的有：``) takes the full name of the one
  series the document announces with that ending (``全国卫生健康系统先进集体、先进工作者…表彰名单``
  → 全国卫生健康系统先进工作者).

Nothing here names a person, a text or a series: only the shapes official lists are written in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from graph.hanzi import forget_long
from loaders.extract.nlp import clear_with
from loaders.honours import edition_numerals
from loaders.scoring import fold
from loaders.textnorm import PINYIN_GLOSS_RE, to_simplified

# what the agent run before a verb may not cross
AGENT_CUT_RE = re.compile(r"[，,。；;！？：:“”「」『』\s()（）《》]|被")
# words that may open the agent run without being part of a body's name
AGENT_LEAD_RE = re.compile(
    # …作出突出贡献而获得中华全国总工会专项授予…: the clause up to 获得, whose giver is the agent
    r"^[^，,。；;]*?(?:而|并|並)(?:获得|獲得)"
    r"|^(?:(?:19|20)\d\d年(?:度)?(?:\d{1,2}月)?(?:\d{1,2}日)?|今年|去年|近日|日前|近期|\d{1,2}月\d{1,2}日|在|由|经|据|是)+"
)
AGENT_TAIL_RE = re.compile(
    r"(?:日前|近日|近期|正式|今天|今日|昨天|昨日|联合|共同|分别|还|也|又|于|在京|向全社会|向社会|公开|专项|專項|"
    r"命名|通报|隆重|集中|评选|"  # X命名表彰了… / X通报表彰: the first verb of a compound one
    # A、B、C等部门开展了… / 太原市总工会、市委宣传部等5部门 / 人社廳等部門: the bodies listed
    r"等(?:[\d一二三四五六七八九十]+[个個]?)?(?:部门|部門|单位|單位|部委|机构|機構)|"
    # 全国绿化委员会、人社部、国家林业和草原局三部门联合印发…: the count of those listed, after the last
    r"(?<=[会會部局厅廳委办辦府联聯])[两兩二三四五六七八九十\d]+[个個]?(?:部门|部門|单位|單位|部委)|"
    r"等$|"  # 由中华全国青年联合会等主办的…: the body named, the others left unnamed
    r"(?:自|从)(?:19|20)\d\d年(?:起|以来|开始)?|"  # X自2014年起实施…遴选
    r"(?:(?:19|20)\d\d年)?(?:\d{1,2}月)?\d{1,2}日|上午|下午|晚间|"  # 中华全国总工会13日决定
    r"通过[\u4e00-\u9fff]{2,12}|"  # X通过中国文明网(向全社会正式发布…): the means, no part of the body
    # 省政府发文表彰 / 省人社厅、团省委作出表彰决定
    r"(?:专门|正式)?(?:发文|行文|下发|印发|发出|作出|做出|发布)(?:了)?(?:表彰)?(?:通知|文件|决定|通报)?)+$"
)

# where the bodies act, between them and the verb: 市文明办、市妇联在全市卫生计生系统(组织开展了…)
LOCATIVE_TAIL_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?:近日|日前|近期)?在全[国省市县区州][^、在]{0,12}?$")

# a verb's clause that holds nothing but 联合/共同 before the verb (…，联合开展了…): the agents are
# named in the clause before, which opens with them and goes on with the rule they act on
JOINT_ONLY_RE = re.compile(r"\s*(?:还|又|也)?(?:联合|共同)?\s*")
MANNER_CLAUSE_RE = re.compile(r"^\s*(?:今年以来|近年来|近日|日前)?([^，,。；;]{2,60}?)(?:按照|根据|依据|依照|遵照)")

# adverbs between a body and its verb: 全国总工会一共表彰了… / 省总工会先后授予… / 中华全国总工会此次共表彰…
# (此次/本次/这次 point at the conferral the item reports: the body before them still acts)
ADVERB_TAIL_RE = re.compile(r"(?:此次|本次|这次|這次|一共|总共|總共|(?<!中)共|累计|先后|再次|首次|已经|已)+$")

# an office known by its short name, with the level or place before it (省文明办, 自治区网信办)
OFFICE_RE = re.compile(r"(?:[\u4e00-\u9fff]{2,6}?)?(?:自治区|省|市|县|区|州)[\u4e00-\u9fff]{1,4}办")
# statements that make bodies the agents of a series: (agent before, verb, the series after)
STATEMENT_RE = re.compile(
    r"""
    (?P<verb>
      (?:日前|近日|近期|正式|今天|今日|昨天|昨日)?(?:联合|共同)?
      (?:
        # X近日授予的全国五一劳动奖章和…名单中 / 由X命名的…名单
        (?:授予|命名)的(?P<o1>[^。；;！？]{2,80}?)(?:名单|称号|荣誉)
        # X公布2017年度…名单 / X发布二月份“中国好人榜” / X向全社会公开发布2025年“最美医生”。(the
        # quoted series closing the sentence: its holders follow)
        | (?:公布|发布|揭晓|印发)了?(?P<o2>[^。；;！？]{2,80}?(?:名单|榜单|榜(?![样首])|先进事迹)
            | (?:(?:19|20)\d\d年度?)?[“「][^”」。；;！？]{2,30}[”」](?=\s*(?:[。！？\n]|$)))
        # X进行了…“齐鲁工匠”评选 / X自2014年起实施“全国十佳农民”遴选
        | (?:进行|开展|组织开展|组织|实施|启动)了?(?P<o3>[^。；;！？]{2,80}?)(?:评选|选树|推选|遴选|评比)
        # X组织的…表彰大会
        | (?:组织|主办|举办|召开)的(?P<o4>[^。；;！？，,]{2,80}?)(?:表彰大会|表彰会|评选|发布仪式|颁奖)
        | 为(?P<o5>[^。；;！？，,]{2,60}?)颁奖  # X共同为…“十大金牌工人”颁奖
        | (?<!为)(?<!为了)(?<!关于)表彰(?P<o6>[^。；;！？]{2,80})  # 全国总工会表彰全国五一劳动奖状255个 (not 为表彰…)
        # X授予A…；授予B…；授予C…: one agent for every clause of the run
        # X决定命名一批…为“Y” (the decision's naming verb, as 授予)
        | (?:(?:研究)?决定[，,：:]?\s*)?(?:授予|(?<=决定)命名)(?P<o7>[^。！？，,]{2,300})
        # 人社部、卫生部近日评选产生了一批…先进工作者和“白求恩奖章”获得者 / X评选出…
        | 评选(?:产生|出)了?(?P<o8>[^。；;！？]{2,80})
        # X下发通知，…，2021年度烟台市首席技师53人名单公布: the list made public by the body opening the sentence
        | (?<=[，,])(?P<o9>[^。；;！？，,]{2,60}?)名单(?:正式)?(?:公布|揭晓|出炉)
        # X颁发了2017、2018年度科技进步贡献奖 / X向某某颁发… / X共同颁授第24届“中国青年五四奖章”:
        # the body that hands the award over
        | (?<![为的])(?:颁发|颁授)了?(?!的)(?P<o10>[^。；;！？]{2,80})
      )
    )
    """,
    re.VERBOSE,
)
# a second selection the body started with the first (启动了第五届道德模范评选活动和第二届十佳美德少年评选活动)
FURTHER_SELECTION_RE = re.compile(
    r"""
    (?:活动)?(?:和|及|与|以及|、)
    (?P<obj>[^，,。；;！？、和]{2,40}?)
    (?:评选|选树|推选|遴选|评比)
    """,
    re.VERBOSE,
)
# what a body commends when it names no series, only who was found worthy (X下发决定，表彰…大赛中
# 涌现出的先进集体和获奖选手 / X表彰了一批先进集体和先进个人): the honours follow in later sentences
GENERIC_COMMENDED_RE = re.compile(
    r"""
    ^(?:奖励|和奖励|并奖励)$  # 北仑区人民政府决定表彰奖励 (a headline line; the names and series follow)
    | ^了?(?:[^，,。；;“”「」]{0,40}?涌现(?:出来?)?的)?  # …职业技能大赛中涌现出的
    (?:一批|一大批|部分)?
    (?:(?:和|及|与|、|以及)?(?:优秀|先进|突出|模范)?
       (?:集体|个人|单位|典型|人物|选手|获奖选手|获奖者|团队|班组|职工|同志))+
    (?=[，,]|$)
    """,
    re.VERBOSE,
)
# words in brackets inside a series' name (煤炭行业(工程技术人员)技能大师)
BRACKETED_RE = re.compile(r"[（(][^（）()]{1,20}[）)]")
STATEMENT_NEED_RE = re.compile(
    r"授予|公布|发布|揭晓|印发|评选|选树|推选|遴选|评比|表彰|颁奖|颁发|颁授|命名大会|授称大会|决定命名"
)
# joint organisers: (此次评选活动)由A联合B、C于2022年7月启动 / A联合B共同主办…
JOINT_RE = re.compile(
    r"""
    (?P<a>[^，,。；;！？“”「」\s]{2,40}?)(?:联合|会同)(?P<b>[^，,。；;！？“”「」\s]{2,80}?)
    (?:[，,]?\s*在全[国省市县区州][^，,。；;！？]{0,10}?)?  # 省卫生厅会同…等媒体，在全省开展了…
    (?:于[^，,。；;！？]{0,12}?)?(?:共同)?(?:启动|主办|举办|开展|组织(?!部)|发起|评选|推出)
    # 由市委宣传部牵头，市文明办、…、新乡广播电视台(以上单位组建成…领导小组)共同举办了…: the lead body and the rest
    | 由(?P<lead>[^，,。；;！？“”「」\s]{2,30}?)牵头[，,]\s*(?P<rest>[^，,。；;！？“”「」\s]{2,120}?)
    (?:[(（][^()（）]{0,60}[)）])?共同(?:举办|主办|开展|组织|发起)
    """,
    re.VERBOSE,
)
# the bodies holding a commendation meeting confer the series it is named for: X召开…表彰大会 /
# 省委、省政府2012年劳动模范…表彰大会在…隆重举行 (the bodies, then the meeting's year and series)
HELD_MEETING_RE = re.compile(
    r"(?:(?:召开|举行|举办)了?(?P<o1>[^。；;！？，,]{2,80}?)|(?P<o2>(?:19|20)\d\d年度?[^。；;！？，,]{2,80}?))"
    r"(?:表彰大会|表彰会|颁奖大会|颁奖典礼|命名大会|授称大会)"
)
# 经哈尔滨市第九届人民代表大会常务委员会第四次会议审议通过， / 经市政府第15次常务会议研究决定，: the
# sitting and its term go, the body that sat decides
SITTING_RE = re.compile(
    r"(?:第[一二三四五六七八九十百\d]+届(?=[\u4e00-\u9fff]{2,}(?:委员会|大会|政府)))"
    r"|(?:第[一二三四五六七八九十百\d]+次)?(?:常务会议|常委会议|常委会会议|全体会议|会议|常务会|全会)"
    r"(?:(?:审议|研究|讨论)?(?:通过|决定)[，,：:]?\s*)?$"
)
# the reporter's bracket after a dateline (本报讯(记者 某某)日前，…): no part of the sentence's body
BYLINE = r"(?:[(（][^()（）]{1,24}[)）])?"
# the body a sentence opens with, before where or when it acts (X在…举办…，发布…)
OPENING_BODY_RE = re.compile(
    rf"^(?:[^，,。；;]{{0,12}}?(?:讯|电)\s*{BYLINE}\s*)?(?:(?:近日|日前|近期|今天|昨天|\d{{1,2}}月\d{{1,2}}日|(?:19|20)\d\d年\d{{1,2}}月)[，,]?)?"
    r"([^，,。；;]{2,40}?)(?=在|于|召开|举行|举办)"
)
# …or before the notice it issued (烟台市人民政府办公室下发通知，…名单公布 / 市人社局、市总工会联合发文，授予…)
NOTICE_OPENING_RE = re.compile(
    rf"^(?:[^，,。；;]{{0,12}}?(?:讯|电)\s*{BYLINE}\s*)?(?:(?:近日|日前|近期|今天|昨天|\d{{1,2}}月\d{{1,2}}日|(?:19|20)\d\d年\d{{1,2}}月)[，,]?)?"
    r"([^，,。；;]{2,40}?)(?=(?:近日|日前)?(?:联合|共同)?"
    r"(?:(?:下发|印发|发出|发布)了?(?:通知|决定|文件)|发文|行文|(?:作出|做出)了?(?:表彰)?决定)[，,])"
)
# X根据《…》要求，对先进集体和劳动模范进行表彰: the body opening the sentence commends what 对 names
OBJECT_FIRST_RE = re.compile(
    r"[，,]\s*对(?P<obj>[^，,。；;]{2,60}?)(?:进行|予以|给予)了?表彰"
    # 人力资源社会保障部对全国30名中华技能大奖获得者…进行了隆重表彰: the body right before 对
    r"|(?<=[会部局府厅委联办])对(?P<obj2>[^，,。；;]{2,80}?)(?:进行|予以|给予)了?(?:隆重|集中|通报)?表彰"
)
BODY_PLACE_RE = re.compile(r"^(?:中共)?([\u4e00-\u9fff]{2,6}?(?:省|市|自治区|县|区|州))")
OPENING_AGENT_RE = re.compile(
    r"^\s*(?:(?:近日|日前|近期|今年|去年|\d{1,2}月\d{1,2}日|(?:19|20)\d\d年\d{1,2}月)[，,]?)?"
    r"([^，,。；;《》]{2,40}?)(?=根据|按照|依据|依照|[，,])"
)
# the decision an issuer is said to have made, named by its title (全国总工会《关于表彰…的决定》，授予…)
DECISION_NAMED_RE = re.compile(r"(?:印发|发布|下发|作出|做出|出台)?了?《[^《》]{2,120}?(?:决定|通报|通知)》[，,]?\s*$")
# the body that approved a grant, in the clause before 授予 (经省卫生厅批准， / 省政府研究同意，)
APPROVED_RE = re.compile(
    r"(?:^|(?<=[，,\s]))经?(?P<run>[^，,。；;：:“”]{2,30}?)(?:研究|审核|审定)?(?:批准|同意)[，,]\s*$"
)
GRANT_JOIN_RE = re.compile(r"[，,；;、\s]*(?:并|同时|另|还|又|也)?")
PERIOD_LEAD_RE = re.compile(r"^[-—–~～至]?(?:(?:19|20)\d\d\s*[-—–~～至]\s*)?(?:19|20)\d\d\s*年度?")
# a series' nominee award, conferred with the series (“最美护士”提名奖, 最美水利人提名奖)
NOMINEE_TAIL_RE = re.compile(r"(?<=[\u4e00-\u9fff”」』]{3})(?:提名奖|提名人选|提名)$")
# a series' top rank or special award, conferred by the series' bodies when no statement names it apart
RANK_TAIL_RE = re.compile(r"(?<=[\u4e00-\u9fff”」』]{3})(?:标兵|特别奖)$")
THIS_ROUND_RE = re.compile(r"^(?:本次|此次|这次|本届|此届|这届|该次)")
NOMINATION_RE = re.compile(r"拟(?:表彰|授予|命名|推荐|评选|认定|入选|对象|人选)|候选|推荐|公示")

# the decision's own date: a signature line under the text (2012年4月12日 / 二○一二年四月十二日)
# or the year of its file number (沪工总经〔2012〕98号)
DECISION_HEAD_RE = re.compile(r"关于(?:表彰|授予|命名|表扬|通报表扬|公布)[^。\n]{2,80}?的(?:决定|通报|通知)")
CN_DIGIT = "〇○零一二三四五六七八九"
CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
SIGNATURE_RE = re.compile(
    rf"(?m)^\s*(?P<y>(?:19|20)\d\d|[一二][{CN_DIGIT}]{{3}})\s*年\s*(?:\d{{1,2}}|[{CN_DIGIT}十]{{1,3}})\s*月"
    rf"\s*(?:\d{{1,2}}|[{CN_DIGIT}十]{{1,3}})\s*日\s*$"
)
# the issuers signing a decision or notice: a body a line (or apart by spaces, or spaced out letter by
# letter: 教 育 部) right above the date line that closes it
SIGNED_DATE_RE = re.compile(
    rf"(?m)^[ \t\u3000]*(?:(?:19|20)\d\d|[一二][{CN_DIGIT}0]{{3}})[ \t\u3000]*年[ \t\u3000]*"
    rf"(?:\d{{1,2}}|[{CN_DIGIT}十]{{1,3}})[ \t\u3000]*月[ \t\u3000]*"
    rf"(?:\d{{1,2}}|[{CN_DIGIT}十]{{1,3}})[ \t\u3000]*日[ \t\u3000]*$"
)
SPACED_OUT_RE = re.compile(r"(?:[\u4e00-\u9fff][ \t\u3000]+)+[\u4e00-\u9fff]+")
CANDIDATES_RE = re.compile(r"拟(?:表彰|授予|命名|推荐|评选|认定)|候选人|候选单位|推荐对象|公示期")
FILE_NUMBER_RE = re.compile(r"[〔\[［(（]((?:19|20)\d\d)[〕\]］)）]\s*\d{1,4}\s*号")
# a commendation meeting with its date: …于1988年5月24日…召开…代表大会 / 2023年全国五一巾帼奖表彰大会在北京召开
MEETING_WORD_RE = re.compile(r"表彰大会|表彰会|代表大会|颁奖大会|颁奖典礼|命名大会|授称大会|表彰活动")
MEETING_VERB_RE = re.compile(r"召开|举行|举办|隆重")
FULL_DATE_RE = re.compile(r"((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
NAMED_YEAR_RE = re.compile(
    r"((?:19|20)\d\d)\s*年(?!度)(?![\d月])[^，,。；;！？“”]{0,30}?(?:" + MEETING_WORD_RE.pattern + ")"
)
# a headline that gives the list's year (2019年全国五一劳动奖章名单公布); a 年度 year dates the
# honour itself and is read by the honour parser, not here
HEADLINE_LIST_RE = re.compile(r"名单|决定|表彰|授予|命名|公示|通报")
HEADLINE_EVENT_RE = re.compile(r"名单|决定|表彰|授予|命名|获评|荣获|荣膺|被评为|获得?")
HEADLINE_YEAR_RE = re.compile(r"((?:19|20)\d\d)\s*年(?!度)")
# 授予A、B等24人为X / 授予A等同志X: an enumeration's head read into the honour (一等功 is none)
ENUMERATION_HEAD_RE = re.compile(
    r"^[^“”「」]*?等\s*(?:[\d一二三四五六七八九十百千两]+\s*(?:人|名|位)(?:同志|职工|个人)?|同志|职工|个人)为?"
)
# 授予A、B四位同志为2012年度X / 授予某同志为X: the 为 of a grant read into the honour when no 等 precedes
# the head (为侨服务先进个人 is an honour of its own, so only a 为 right after 同志 or a count goes)
GRANT_AS_RE = re.compile(r"(?:同志|[\d一二三四五六七八九十两]\s*(?:人|名|位))$")
RESUME_RE = re.compile(
    r"""(?:、|[”」』]\s*[“「『])  # A、B等 / “A”“B”等: a run of names, quoted ones written side by side
        [^。！？；;]{0,40}?等(?:多项|多个|一系列)?(?:荣誉|称号|奖项|殊荣)|先后|曾
        |荣誉(?:包括|有)|所获荣誉  # 获得的荣誉包括A、B: a list of what is held
        |^\s*[他她](?:也|还|更|又)?是[^，,。；;！？]*$|是[^，,。；;！？]{2,30}获得者
        # 她是全国五一巾帼标兵 (a clause of its own) / 是X获得者: what she is, not a conferral""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class ContextYear:
    """The year a list's undated entries inherit, where it was read and from where it holds."""

    year: int
    source: str  # "decision" | "meeting" | "headline"
    start: int  # entries at or after this offset inherit it


@dataclass(frozen=True)
class Statement:
    """Bodies a statement makes the agents of the series it names."""

    bodies: tuple[str, ...]
    phrases: tuple[str, ...]  # the series named, folded (see relations.series_phrases)
    start: int
    pieces: tuple[str, ...] = ()  # the series as written, one a coordination item, folded


def cn_year(text: str) -> int | None:
    """2012 / 二○一二 / 二〇一二 → 2012."""
    if text.isdigit():
        return int(text)
    digits = "".join(str(CN_DIGITS[c]) for c in text if c in CN_DIGITS)
    return int(digits) if len(digits) == 4 else None


# a notice whose title the page lost: 市文明委决定，授予… / 经研究，决定对…予以表彰 — the decision's own words
DECIDED_GRANT_RE = re.compile(r"[决決]定[，,]?\s*(?:授予|命名|对)")


def decision_year(text: str, lo: int, hi: int) -> ContextYear | None:
    """The date of a decision or notice the article holds: its signature line, else its file number.
    A decision whose title is lost is found by its own words (决定，授予…) with a signature under them."""
    head = DECISION_HEAD_RE.search(text, lo, hi) or DECIDED_GRANT_RE.search(text, lo, hi)
    number = FILE_NUMBER_RE.search(text, lo, min(hi, lo + 600))
    if head is None and number is None:
        return None
    start = head.start() if head else lo
    sign = SIGNATURE_RE.search(text, start, hi)
    if sign is not None:
        year = cn_year(sign.group("y"))
        if year:
            return ContextYear(year, "decision", start)
    if number is not None:
        return ContextYear(int(number.group(1)), "decision", min(start, number.start()))
    return None


# how far past an article's end its signature may stand (附件：…名单 / 某局 / 2022年12月30日, read apart)
SIGNATURE_REACH = 120


def signature_end(text: str, end: int) -> int:
    """Where the date line closing a signature that stands right after ``end`` ends (a notice whose
    attachment line and signature were read as a part of their own), else ``end``."""
    m = SIGNED_DATE_RE.search(text, end, end + SIGNATURE_REACH)
    return m.end() if m else end


def signatories(text: str, lo: int, hi: int) -> tuple[str, ...]:
    """The bodies that sign a decision or notice: the lines right above its date line, each a body
    (``常 州 市 武 进 区 卫生局`` / ``共青团常州市武进区委员会`` / ``二〇〇九年五月十一日``); () when the
    text proposes candidates (拟推荐…候选人) or no body signs."""
    from loaders.extract.frames import is_body

    if CANDIDATES_RE.search(text, lo, hi):
        return ()
    for m in SIGNED_DATE_RE.finditer(text, lo, hi):
        lines = text[lo : m.start()].split("\n")
        found: list[str] = []
        for line in reversed(lines[-5:]):
            line = line.strip(" \t\u3000")
            if not line:
                continue
            spaced = SPACED_OUT_RE.fullmatch(line)
            names = [re.sub(r"[ \t\u3000]+", "", line)] if spaced else line.split()
            if not all(is_body(n) and len(n) <= 30 for n in names):
                break
            found[:0] = names
        if found:
            return tuple(dict.fromkeys(found))
    return ()


# the title of a decision, notice or bulletin (关于表彰2020年度…先进个人的决定)
DOCUMENT_TITLE_RE = re.compile(r"(?m)^[ \t\u3000]*关于[^\n。！？]{2,80}?的(?:决定|通知|通报)[ \t\u3000]*$")
ISSUER_SCAN = 600  # how far before the article a title that heads it may stand


def headed_issuers(text: str, lo: int, hi: int) -> tuple[str, ...]:
    r"""The bodies that issue a decision, written on the line right below (or above) its title and
    nothing else there (关于表彰…的决定 / 中共竹溪县委　竹溪县人民政府); () when no such line.

    >>> headed_issuers("关于表彰劳动模范的决定\n中共竹溪县委 竹溪县人民政府\n各乡镇:\n", 0, 30)
    ('中共竹溪县委', '竹溪县人民政府')
    """
    from loaders.extract.frames import is_body

    m = DOCUMENT_TITLE_RE.search(text, max(0, lo - ISSUER_SCAN), hi)
    if m is None:
        return ()
    lines = text[: m.start()].rstrip("\n").split("\n")[-1:] + text[m.end() :].lstrip("\n").split("\n")[:1]
    for line in reversed(lines):  # the line below first: a web page's title, then its issuer
        names = line.strip(" \t\u3000").split()
        if names and all(is_body(n) and len(n) <= 30 for n in names):
            return tuple(dict.fromkeys(names))
    return ()


def meeting_year(text: str, lo: int, hi: int) -> ContextYear | None:
    """The year of the first dated commendation meeting of the article (a full date in its sentence,
    or a year written into the meeting's name); its entries from that sentence on inherit it."""
    for s in re.finditer(r"[^。！？\n]+", text[lo:hi]):
        sent = s.group()
        if not MEETING_WORD_RE.search(sent) or not MEETING_VERB_RE.search(sent):
            continue
        dates = list(FULL_DATE_RE.finditer(sent))
        named = NAMED_YEAR_RE.search(sent)
        if dates:
            return ContextYear(int(dates[-1].group(1)), "meeting", lo + s.start())
        if named:
            return ContextYear(int(named.group(1)), "meeting", lo + s.start())
    return None


def headline_year(titles: list[str], start: int) -> ContextYear | None:
    """A year the headline gives a list (2019年全国五一劳动奖章获得者名单), not a 年度."""
    for title in titles:
        if HEADLINE_LIST_RE.search(title):
            m = HEADLINE_YEAR_RE.search(title)
            if m:
                return ContextYear(int(m.group(1)), "headline", start)
    return None


def agents(run: str, context: str = "") -> tuple[str, ...]:
    """The bodies a run of text ends with, when every 、-item of it is a body, else ().

    >>> agents("鲁南网12月25日讯 (记者 吴慧)山东省人民政府办公厅")
    ('山东省人民政府办公厅',)
    >>> agents("为表彰先进")
    ()
    """
    from loaders.extract.frames import split_bodies

    pieces = AGENT_CUT_RE.split(run)
    run = pieces[-1]
    if len(pieces) > 1 and JOINT_ONLY_RE.fullmatch(run):
        # X、Y按照…的统一部署，联合开展了…评选: the clause before names them, ahead of how they act
        manner = MANNER_CLAUSE_RE.match(pieces[-2])
        return agents(manner.group(1), context) if manner else ()
    run = AGENT_TAIL_RE.sub("", AGENT_LEAD_RE.sub("", run))
    run = AGENT_TAIL_RE.sub("", ADVERB_TAIL_RE.sub("", run))
    run = LOCATIVE_TAIL_RE.sub("", run)  # X、Y在全市卫生系统(开展了…评选): where they act goes
    media = MEDIA_RUN_RE.search(run)
    if media:
        run = run[: media.start()]
    if len(run) < 2 or len(run) > 160 or (len(run) > 80 and not media):
        return ()
    out: list[str] = []
    for piece in (p for p in re.split(r"、|与|和|及" if media else "、", run) if p):
        bodies = split_bodies(piece, context)
        if bodies:
            out.extend(bodies)
        elif OFFICE_RE.fullmatch(piece):
            out.append(piece)  # 自治区网信办: an office known by its short name, its level before it
        elif media and MEDIA_NAME_RE.fullmatch(piece):
            out.append(piece)  # 解放军报、大河网…等媒体: the text says the item is a news body
        elif SELF_MEDIA_RE.fullmatch(piece):
            continue  # 团省委、浙江日报、本报等10个单位: the paper speaking of itself, a body the text leaves unnamed
        else:
            return ()
    return tuple(dict.fromkeys(out))


# the publishing paper, station or site naming itself among the organisers (…、本报等10个单位联合举办)
SELF_MEDIA_RE = re.compile(r"(?:本|我)(?:报|刊|台|网|站|社)")


# a run the text closes as news bodies (…等媒体 / …等首都10家新闻单位): its items are papers, stations
# and sites whose names the bodies' lexicon need not know
MEDIA_RUN_RE = re.compile(
    r"等(?:首都|中央|省级|省内|市级|主流|多家)?(?:[\d一二三四五六七八九十]+[家个個])?(?:新闻单位|新闻媒体|媒体)$"
)
MEDIA_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,12}(?:报|网|台|社|刊|杂志|频道|网谈)")


# a document's issuer speaking of itself (我部决定授予…), and the body a document number is issued
# under (人社部发〔2010〕18号, 劳社部发[2004]4号): a national ministry's short name before 发/函
SELF_REFERENCE_RE = re.compile(r"(?:^|[，,])\s*(?:经研究[，,]?)?(?:我|本)(?:部|委|局|厅|会|办|院|署)$")
DOC_NUMBER_BODY_RE = re.compile(r"([\u4e00-\u9fff]{1,8}?部)(?:发|函|令)\s*[〔\[［(（]\s*(?:19|20)\d\d")


def own_issuer(text: str, lo: int, hi: int) -> tuple[str, ...]:
    """The body a document is issued by, for its 我部/本委: the bodies that sign it, else the ministry
    its document number names (人社部发〔2010〕18号 → 人社部); () when neither is written."""
    from loaders.extract.frames import is_body

    signed = signatories(text, lo, hi)
    if signed:
        return signed
    m = DOC_NUMBER_BODY_RE.search(text, lo, hi)
    return (m.group(1),) if m and is_body(m.group(1)) else ()


def statements(text: str, lo: int, hi: int) -> list[Statement]:
    """Every statement of ``text[lo:hi]`` that names bodies as the agents of a series."""
    from loaders.extract.relations import series_phrases

    out: list[Statement] = []
    for s in re.finditer(r"[^。！？\n]+", text[lo:hi]):
        sent = s.group()
        if not STATEMENT_NEED_RE.search(sent):
            continue
        granted: tuple[int, tuple[str, ...]] | None = None  # where the last 授予 clause ended, its agents
        pos = 0
        while (m := STATEMENT_RE.search(sent, pos)) is not None:
            # a match that names no agent does not hide a later verb it ran over (…暨表彰全国劳动模范…
            # 大会…举行，2968名同志被党中央和国务院授予…): the search goes on from its next character
            pos = m.start() + 1
            groups = (m["o1"], m["o2"], m["o3"], m["o4"], m["o5"], m["o6"], m["o7"], m["o8"], m["o9"], m["o10"])
            obj = next(g for g in groups if g is not None)
            if m["o9"] is not None:
                obj = re.sub(r"[\d一二三四五六七八九十百]+(?:人|名|位|个|家)$", "", obj)  # …首席技师53人
            if m["o3"] is not None and (more := FURTHER_SELECTION_RE.match(sent, m.end())):
                obj += "和" + more["obj"]  # 启动了A评选活动和B评选活动: both selections are the body's
            if NOMINATION_RE.search(obj):
                continue
            before = sent[: m.start()]
            if m["o10"] is not None:  # X向某公司工程师某某颁发…: who receives it is no part of the agent
                before = re.sub(r"向[^，,。；;]{2,60}$", "", before)
            if m["o7"] is not None:  # 经X第四次会议审议通过，授予 / X《关于表彰…的决定》，授予: X decides
                before = DECISION_NAMED_RE.sub("", SITTING_RE.sub("", before))
            bodies = agents(before, text[lo : lo + s.start()] + before)
            if not bodies and re.search(r"[，,]\s*$", before):
                # 中央文明办在安徽举办…活动，发布二月份“中国好人榜”: the body opening the sentence
                opening = OPENING_BODY_RE.match(before) or NOTICE_OPENING_RE.match(before)
                bodies = agents(opening.group(1), text[lo : lo + s.start()]) if opening else ()
            approved = APPROVED_RE.search(before) if not bodies and m["o7"] is not None else None
            if approved:  # 经市卫生局推荐，省卫生厅批准，授予…: the approving body grants
                bodies = agents(approved["run"], text[lo : lo + s.start()])
            if not bodies and SELF_REFERENCE_RE.search(before):
                bodies = own_issuer(text, lo, hi)  # …，我部决定授予…: the body whose document this is
            if not bodies and m["o7"] is not None and granted and GRANT_JOIN_RE.fullmatch(sent, granted[0], m.start()):
                bodies = granted[1]  # X授予A…称号，授予B…称号: a further 授予 clause of the same agent
            if not bodies:
                continue
            pos = max(pos, m.end())
            if m["o7"] is not None:
                granted = (m.end(), bodies)
            obj = re.sub(r"(?:19|20)\d\d年度?|第[一二三四五六七八九十\d]+[届批]|首届|首批", "", obj)
            # 煤炭行业(工程技术人员)技能大师: a title is read without its bracketed words, so is the series
            obj = BRACKETED_RE.sub("", obj)
            pieces = tuple(fold(p) for p in re.split(r"[、和及与暨]|以及", obj) if fold(p))
            phrases = placed_phrases(series_phrases(obj), bodies)
            if m["o6"] is not None and GENERIC_COMMENDED_RE.match(to_simplified(m["o6"])):
                phrases, pieces = [], ()  # 表彰…涌现出的先进集体和个人: a decider, its series named later
            out.append(Statement(bodies, tuple(phrases), lo + s.start() + m.start(), pieces))
        out += _object_first(text, lo, s.start(), sent)
        out += _meeting_holders(text, lo, s.start(), sent)
        out += _defined_series(lo + s.start(), sent)
    return without_venues(out, venues_named(text, lo, hi))


def without_venues(found: list[Statement], venues: list[str]) -> list[Statement]:
    """The statements with the halls the document names as venues taken out of their bodies (a
    statement left with none is dropped)."""
    if not venues:
        return found
    out = []
    for st in found:
        kept = tuple(b for b in st.bodies if not is_venue(b, venues))
        if kept:
            out.append(st if kept == st.bodies else replace(st, bodies=kept))
    return out


# the whole of the acting body's own place: 全省 / 我省 / 本市 (江苏省委对全省…先进个人予以表彰)
OWN_AREA_RE = re.compile(r"^(?:全|我|本)(省|市|县|区|州)")


def placed_phrases(phrases: list[str], bodies: tuple[str, ...]) -> list[str]:
    """The series as named, and a series a body names by its own area (全省脱贫攻坚先进个人, by
    江苏省委) also under that place's name (江苏省脱贫攻坚先进个人)."""
    out = list(phrases)
    places = {m.group(1) for b in bodies if (m := BODY_PLACE_RE.match(to_simplified(b)))}
    for p in phrases:
        area = OWN_AREA_RE.match(p)
        if area is None:
            continue
        out += [place + p[2:] for place in sorted(places) if place.endswith(area.group(1))]
    return out


def _object_first(text: str, lo: int, at: int, sent: str) -> list[Statement]:
    """X根据《…》要求，对先进集体和劳动模范进行表彰: the sentence's opening body commends the series 对 names."""
    from loaders.extract.relations import series_phrases

    m = OBJECT_FIRST_RE.search(sent)
    obj = (m["obj"] or m["obj2"]) if m else ""
    opening = OPENING_AGENT_RE.match(sent, 0, m.start()) if m and m["obj"] else None
    if m is None or (opening is None and m["obj"]) or NOMINATION_RE.search(obj):
        return []
    bodies = agents(opening.group(1), text[lo : lo + at]) if opening else ()
    if not bodies:  # 近日，江苏省委、省政府印发通报，对… / X对…进行了表彰: the clause right before 对
        bodies = agents(re.split(r"[，,]", sent[: m.start()])[-1], text[lo : lo + at])
    if not bodies:
        return []
    pieces = tuple(fold(p) for p in re.split(r"[、和及与暨]|以及", obj) if fold(p))
    phrases = placed_phrases(series_phrases(obj), bodies)
    place = BODY_PLACE_RE.match(bodies[0])
    if place:  # 徐州市委、市政府…对劳动模范进行表彰: the city's 劳动模范
        phrases += [place.group(1) + p for p in phrases]
    return [Statement(bodies, tuple(phrases), lo + at + m.start(), pieces)]


# 中国传统工艺大师是由A、B主办的金牌大师评选活动: a series defined by the bodies that run it
DEFINED_SERIES_RE = re.compile(
    r"""
    (?:^|(?<=[，,；;]))\s*[“「『]?
    (?P<h>[^，,。；;“”「」『』]{3,24}?)[”」』]?  # the series opening its clause
    (?:评选|评选活动|活动)?是由
    (?P<run>[^，,。；;]{2,120}?)(?:联合|共同)?(?:主办|举办|发起|设立|组织)的
    # “中国十大杰出青年”评选活动由A、B与C…等首都10家新闻单位联合主办，: the quoted series' selection
    | (?:^|(?<=[，,；;]))\s*[“「『](?P<q>[^，,。；;“”「」『』]{2,24})[”」』]
    (?:评选表彰活动|评选活动|评选)由
    (?P<qrun>[^，,。；;]{2,160}?)(?:联合|共同)?(?:主办|发起|组织)(?=[，,。；;]|$)
    # 全国道德模范评选表彰活动从2007年开始举办，由A、B、C等六家单位共同主办: the unquoted series whose
    # selection the clause opens with, one clause of when or how between it and its organisers
    | (?:^|(?<=[，,；;]))\s*(?P<u>[^，,。；;“”「」『』由]{3,24}?)(?:评选表彰活动|评选活动)
    (?:[，,]?[^，,。；;由]{0,24}?[，,])?\s*由
    (?P<urun>[^，,。；;]{2,160}?)(?:联合|共同)?(?:主办|发起|组织开展|组织)(?=[，,。；;]|$)
    """,
    re.VERBOSE,
)


# a year or edition before a series' name (2019年度 / 第五届 / 首批): no part of the series
EDITION_LEAD_RE = re.compile(r"^(?:(?:19|20)\d\d年度?|第[一二三四五六七八九十\d]+[届批]|首届|首批)+")


def _defined_series(start: int, sent: str) -> list[Statement]:
    """X是由A、B主办的…评选活动: the bodies that run the series X, the clause's subject, confer it."""
    from loaders.extract.relations import series_phrases

    out: list[Statement] = []
    for m in DEFINED_SERIES_RE.finditer(sent):
        bodies = agents(m["run"] or m["qrun"] or m["urun"])
        if bodies:
            unquoted = EDITION_LEAD_RE.sub("", THIS_ROUND_RE.sub("", m["u"] or ""))  # 第五届全市道德模范
            phrases = tuple(series_phrases(m["h"] or m["q"] or unquoted))
            out.append(Statement(bodies, phrases, start + m.start(), phrases))
    return out


def _meeting_holders(text: str, lo: int, at: int, sent: str) -> list[Statement]:
    """X召开…表彰大会 / 省委、省政府2012年…表彰大会在…举行: the holders of a commendation meeting, as
    the agents of the series it names; a series written without its level (劳动模范) is also read
    with the level of bare bodies (省委、省政府 → 省劳动模范)."""
    from loaders.extract.relations import series_phrases

    out: list[Statement] = []
    for m in HELD_MEETING_RE.finditer(sent):
        obj = m["o1"] or m["o2"]
        if NOMINATION_RE.search(obj) or (m["o2"] and not MEETING_VERB_RE.search(sent, m.end())):
            continue
        before = sent[: m.start()]
        bodies = agents(before, text[lo : lo + at] + before)
        if not bodies:
            continue
        obj = re.sub(r"(?:19|20)\d\d年度?|第[一二三四五六七八九十\d]+[届批]|首届|首批", "", obj)
        phrases = series_phrases(obj)
        levels = {b[0] for b in bodies}
        if len(levels) == 1 and levels <= {"省", "市"}:
            phrases += [next(iter(levels)) + p for p in phrases]
        out.append(Statement(bodies, tuple(phrases), lo + at + m.start()))
    return out


# 启动了第三批“港城工匠”推荐活动 / “广西工匠”推荐宣传学习活动: a selection named by its 推荐, no nomination
SELECTION_NAMED_RE = re.compile(r"(?<=[”」』])推荐(?:宣传|学习|评选)*活动")


# what a run of organisers held, when it is a contest and not a selection
CONTEST_RE = re.compile(r"竞赛|大赛|比赛|技能赛|比武|擂台赛")


def joint_organisers(text: str, lo: int, hi: int) -> list[Statement]:
    """由A联合B、C…启动/主办: every body of the run organises the series the sentence names, or,
    when it names none (此次评选活动由…), every series of the article (``phrases`` empty)."""
    from loaders.extract.relations import series_phrases

    out: list[Statement] = []
    for s in re.finditer(r"[^。！？\n]+", text[lo:hi]):
        sent = s.group()
        if not re.search("联合|会同|牵头", sent):
            continue
        for m in JOINT_RE.finditer(sent):
            first = agents((m["a"] or m["lead"]).split("由")[-1])
            rest = agents(m["b"] or m["rest"])
            if not first or not rest or NOMINATION_RE.search(SELECTION_NAMED_RE.sub("", sent)):
                continue
            named = re.findall(r"[“「『]([^”」』]{2,30})[”」』]", sent)
            phrases = tuple(p for n in named for p in series_phrases(n))
            held = re.match(r"[^，,。；;！？]{0,40}", sent[m.end() :]).group()  # type: ignore[union-attr]
            if phrases:
                phrases += _held_activity(sent[m.end() :])
            if not phrases and CONTEST_RE.search(held):
                # …联合市人社局等部门于9月举办了2021年天门市职业技能竞赛: they ran a contest, which names
                # no honour of the article (its winners' medals are another body's to give)
                phrases = (fold(held),)
            out.append(Statement(first + rest, phrases, lo + s.start() + m.start()))
    return out


# the activity the joint organisers held, to the end of its clause, when it is a selection:
# …共同开展“某某”主题宣传活动暨点赞“小蜜蜂”——寻找最美快递员活动
HELD_ACTIVITY_RE = re.compile(
    r"""
    ^了?(?P<obj>[^，,。；;！？]{2,120}?
    (?:活动|评选|选树|推选|遴选|评比|寻访))
    (?=[，,。；;！？]|$)
    """,
    re.VERBOSE,
)


def _held_activity(after: str) -> tuple[str, ...]:
    """The series named, quoted or not, by the selection the joint organisers held (the words after
    their verb), folded: a quoted theme elsewhere in the sentence (“非凡十年”主题宣传活动暨…寻找最美快递员
    活动) must not hide the series the activity names unquoted."""
    from loaders.extract.relations import series_phrases

    m = HELD_ACTIVITY_RE.match(after)
    return tuple(series_phrases(m["obj"])) if m else ()


# 此次评选表彰活动由A和B联合举行 / 本次表彰由X组织: the bodies that ran this round of the selection
ROUND_SUBJECT_RE = re.compile(r"评选|评比|表彰|选树|推选")
ROUND_BY_RE = re.compile(
    r"由(?P<run>[^，,。；;！？“”「」由]{2,120}?)(?:联合|共同)?"
    r"(?:举行|举办|主办|开展|组织|评选|表彰|颁发|发起|实施)"
)


# words that report where the news comes from, before the sentence about this round (据悉，此次…)
ROUND_LEAD_RE = re.compile(r"^(?:据悉|据了解|另悉|又悉|据介绍|记者了解到|记者获悉)[，,]?\s*")
# a later clause of the sentence about this round: 第十届…评选揭晓，此次评选由…主办
ROUND_CLAUSE_RE = re.compile(r"[，,]\s*(?=(?:本次|此次|这次|本届|此届|这届|该次)[^，,。；;]{0,12}?由)")
# 此次活动…由A、B联合主办: an activity the bodies organise (not merely hold or host) is the selection
ACTIVITY_RE = re.compile(r"^(?:本次|此次|这次|本届|此届|这届|该次)活动")
ORGANISED_RE = re.compile(r"(?:联合|共同)?(?:主办|发起|组织开展)$")


def _organised_activity(sent: str, m: re.Match[str]) -> bool:
    """此次活动…由X联合主办: the round's activity, said to be organised (主办/发起) by the bodies."""
    return bool(ACTIVITY_RE.match(sent)) and bool(ORGANISED_RE.search(m.group()))


def round_organisers(text: str, lo: int, hi: int) -> list[Statement]:
    """此次评选表彰活动由A和B联合举行: a sentence about this round of the selection (本次/此次…) that
    says who ran it names the conferrers of every series the article lists (``phrases`` empty)."""
    out: list[Statement] = []
    for s in re.finditer(r"[^。！？\n]+", text[lo:hi]):
        sent = ROUND_LEAD_RE.sub("", s.group().strip())  # 据悉，此次活动由…: the source of the news goes
        clause = ROUND_CLAUSE_RE.search(sent)  # 昨日，第十届…评选揭晓，此次评选由团市委、市青联主办
        sent = sent[clause.end() :] if clause else sent
        at = s.group().find(sent) if sent else 0
        if not THIS_ROUND_RE.match(sent) or NOMINATION_RE.search(sent):
            continue
        m = ROUND_BY_RE.search(sent)
        if m is None or not (ROUND_SUBJECT_RE.search(sent, 0, m.start()) or _organised_activity(sent, m)):
            continue
        bodies = agents(m["run"])
        if bodies:
            out.append(Statement(bodies, (), lo + s.start() + at + m.start()))
    return out


# a credit line naming the organisers of the selection (主办单位：A、B / 主办：A): they confer its series
CREDIT_LINE_RE = re.compile(
    r"(?m)^[ \t\u3000]*(?:主办单位|主办方|主办|评选单位|表彰单位)[ \t\u3000]*[：:][ \t\u3000]*"
    r"(?P<run>[^\n]{2,120}?)[ \t\u3000。]*$"
)


def credited_organisers(text: str, lo: int, hi: int) -> list[Statement]:
    """主办单位：A、B: a line crediting the organisers names the conferrers of every series the
    article lists (``phrases`` empty), like a statement about this round of the selection."""
    out: list[Statement] = []
    for m in CREDIT_LINE_RE.finditer(text, lo, hi):
        run = re.sub(r"[ \t\u3000]+", "、", m["run"].strip())
        bodies = agents(run)
        if bodies:
            out.append(Statement(bodies, (), m.start()))
    return out


# the bodies that held a commendation event: 由X组织的…表彰大会 / 该活动是由X主办的 /
# X在北京隆重召开表彰会，对…进行了表彰 / X近日在北京召开的“…大会”上
EVENT_BY_RE = re.compile(
    r"(?:由|是[由有])(?P<run>[^，,。；;！？“”「」由]{2,60}?)(?:联合|共同)?(?:组织|主办|举办|承办|召开|举行)"
    r"(?:的(?:[^。；;！？]{0,60}?(?:表彰|颁奖|授称|命名|评选|选树)|$|[，,。]"  # …的表彰大会 / 会议由X主办。
    r"|[^。；;！？]{0,80}?(?:大会|会议|典礼|仪式|分享会|座谈会|报告会|晚会)在[^，,。；;]{1,16}?(?:隆重)?(?:举行|召开))|$)"
)
EVENT_HELD_RE = re.compile(
    r"(?:^|(?<=[，,】\s]))(?:[^，,。；;]{0,12}?(?:讯|电)\s*)?(?:(?:近日|日前|近期|今天|昨天|(?:\d{1,2}月)?\d{1,2}日|"
    r"(?:19|20)\d\d年\d{1,2}月(?:\d{1,2}日)?)(?:上午|下午|晚上|晚)?[，,]?)?"
    r"(?P<run>[^，,。；;“”]{2,40}?)(?:近日|日前)?(?:在[^，,。；;“”]{1,16}?)?(?:隆重)?(?:召开|举行|举办)(?:了|的)?"
    r"[^。；;！？，,]{0,40}?(?:表彰会|表彰大会|颁奖大会|颁奖典礼|授称大会|命名大会|表彰暨|大会上|会议上"
    # X在…召开庆祝大会，对…进行了隆重表彰: a meeting of any name that commends
    r"|(?:大会|会议)[，,]\s*对[^。；;！？]{2,80}?(?:进行|予以|给予)了?(?:隆重|集中)?表彰)"
    # X开展首次“…荣誉授予日”活动 / X举办…评选表彰活动: an activity that confers honours
    r"|(?:^|(?<=[，,】\s]))(?:(?:近日|日前|近期|今天|昨天|(?:\d{1,2}月)?\d{1,2}日)(?:上午|下午|晚上|晚)?[，,]?)?"
    r"(?P<by>[^，,。；;“”]{2,40}?)(?:近日|日前)?(?:在[^，,。；;“”]{1,16}?)?(?:首次|集中)?(?:开展|举办|举行)了?"
    r"[^。；;！？，,]{0,40}?(?:表彰|颁奖|授予|命名|评选)[^。；;！？，,]{0,12}?活动"
)


# a body's own sitting: 山东省建设工会四届六次全委(扩大)会议在济南召开 (its meeting commends)
EVENT_SITTING_RE = re.compile(
    r"(?:^|(?<=[，,】\s]))(?:(?:\d{1,2}月\d{1,2}日(?:至\d{1,2}日)?|近日|日前)[，,]?)?"
    r"(?P<run>[^，,。；;“”]{2,30}?)(?:第?[一二三四五六七八九十\d]+届)?(?:[一二三四五六七八九十\d]+次)?"
    r"(?:全委|全体|常委|执委)?(?:[(（]扩大[)）])?(?:会议|全会|代表大会)在[^，,。；;]{1,12}?(?:隆重)?(?:召开|举行)"
)


# at a body's own sitting: 在日前召开的中国钢铁工业协会四届八次常务理事(扩大)会议暨劳模表彰大会上
EVENT_AT_RE = re.compile(
    r"在[^，,。；;]{0,6}?(?:召开|举行)的(?P<run>[^，,。；;“”]{2,30}?)第?[一二三四五六七八九十\d]+届"
    r"(?:[一二三四五六七八九十\d]+次)?[^，,。；;]{0,24}?(?:会议|大会)[^，,。；;]{0,24}?上"
    # 在陕西省咸阳市委视频会议上，…被授予: a body's own meeting, named by the body
    r"|(?:^|(?<=[，,】\s]))(?:(?:近日|日前|近期|今天|昨天)[，,]?)?在(?P<run2>[^，,。；;“”在的]{2,20}?)"
    r"(?:视频|电视电话|专题|全体|常务|工作|全委)?会议上"
)

# one of these is in every match of EVENT_BY_RE, EVENT_HELD_RE, EVENT_SITTING_RE and EVENT_AT_RE (由 / 是有,
# a verb of holding or carrying out, 会议上): a sentence without any is not searched (keep them in step)
EVENT_WORDS = ("由", "是有", "召开", "举行", "举办", "开展", "会议上")


# a hall the document says an event was held in (…表彰大会在工人文化宫隆重举行): not its organiser
# (在市总工会举行的仪式上 names the body that held it, and stays one)
VENUE_RE = re.compile(
    r"""在(?P<v>[^，,。；;！？“”在]{0,16}?
        (?:文化宫|体育馆|体育中心|剧院|礼堂|会堂|会议中心|会展中心|展览馆|展览中心|宾馆|酒店|饭店|报告厅|广场))
        (?:隆重|盛大)?(?:举行|召开|举办)""",
    re.VERBOSE,
)


def venues_named(text: str, lo: int, hi: int) -> list[str]:
    """The halls ``text[lo:hi]`` names as where an event was held, folded."""
    return [fold(m["v"]) for m in VENUE_RE.finditer(text, lo, hi)]


def is_venue(body: str, venues: list[str]) -> bool:
    """Whether ``body`` is a hall the document names as an event's venue (张家口市工人文化宫 for
    在工人文化宫隆重举行)."""
    key = fold(body)
    return any(key.endswith(v) for v in venues)


def event_organisers(text: str, lo: int, hi: int) -> list[Statement]:
    """The bodies that held or organised a commendation event (由X组织的…表彰大会, X召开表彰会): the
    conferrers, as a last resort, of the honours the article reports after it (``phrases`` empty)."""
    out: list[Statement] = []
    venues = venues_named(text, lo, hi)
    for s in re.finditer(r"[^。！？\n]+", text[lo:hi]):
        sent = s.group()
        if not any(w in sent for w in EVENT_WORDS) or NOMINATION_RE.search(sent):
            continue  # (each pattern needs one of EVENT_WORDS)
        for rx in (EVENT_BY_RE, EVENT_HELD_RE, EVENT_SITTING_RE, EVENT_AT_RE):
            m = rx.search(sent.strip())
            if m is None:
                continue
            run = next(m[g] for g in ("run", "by", "run2") if g in rx.groupindex and m[g] is not None)
            bodies = tuple(b for b in agents(run, text[lo : lo + s.start()]) if not is_venue(b, venues))
            if bodies:
                out.append(Statement(bodies, (), lo + s.start() + m.start()))
                break
    return out


# 在省人才办近日通报的…入选名单中，: the honours the sentence goes on to report are on the body's list
IN_LIST_RE = re.compile(
    r"在(?P<run>[^，,。；;“”在的]{2,30}?)(?:近日|日前|近期|最新)?(?:通报|公布|发布|印发|确定)的"
    r"[^，,。；;！？]{2,80}?名单(?:中|里|上)[，,]"
)
# 特区政府今天(7月1日)公布2024年度授勋名单，某某荣获…: a sentence opening with the list its body made public
OPENING_LIST_RE = re.compile(
    r"(?:^|(?<=[。！？\n]))\s*(?:[^，,。；;\n]{0,12}?(?:讯|电)\s*)?(?P<run>[^，,。；;“”\n]{2,30}?)"
    r"(?:今天|今日|近日|日前|昨天|昨日)?(?:[(（][^()（）]{1,12}[)）])?(?:正式)?(?:公布|发布|印发)了?"
    r"[^，,。；;！？“”]{2,60}?名单[，,]"
)
SENTENCE_END_RE = re.compile(r"[。！？\n]")
# a body's short name given in brackets inside its full name (中国科学院(中科院)工会)
ALIAS_BRACKET_RE = re.compile(r"(?<=[\u4e00-\u9fff])[(（][\u4e00-\u9fff]{2,8}[)）](?=[\u4e00-\u9fff])")
# 12月6日，中国科协召开新闻发布会，公布了“十佳全国优秀科技工作者”评选结果: the body that announces the
# results of a selection at its own press conference confers the series it names
PRESS_LIST_RE = re.compile(
    r"""
    (?:^|(?<=[。！？\n]))\s*
    (?:[^，,。；;\n]{0,12}?(?:讯|电)\s*)?
    (?:(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日|近日|日前|今天|今日|昨天|昨日)?(?:上午|下午)?[，,]?\s*
    (?P<run>[^，,。；;“”\n]{2,30}?)
    (?:(?:\d{1,2}月)?\d{1,2}日|近日|日前|今天|今日|昨天|昨日)?(?:上午|下午)?
    (?:在[^，,。；;“”\n]{1,12}?)?  # 5月10日在北京发布…
    (?:(?:召开|举行)(?:了)?(?:新闻发布会|发布会)[，,]?\s*)?
    (?:正式|向社会)?(?:公布|发布)了?
    (?P<what>[^，,。；;！？\n]{2,60}?)(?:评选结果|名单|榜单)
    """,
    re.VERBOSE,
)


# the bodies that issued the decision a sentence reports, wherever in it and whatever follows (河南省总工会
# 及洛阳市委市政府下发了相关表彰决定，授予… / 根据安徽省总工会发布《关于表彰…的决定》，某某被授予… /
# 省委宣传部等7个部门联合发出《关于表彰第五届道德模范的决定》表彰文件)
ISSUED_DECISION_RE = re.compile(
    r"""
    (?P<run>[^，,。；;！？：:“”\n《》]{2,60}?)
    (?:近日|日前|近期)?(?:联合|共同)?
    (?:下发|印发|发出|发布|作出|做出|出台)了?的?\s*
    (?:相关|有关)?(?:表彰|命名)?
    (?:决定|《[^《》\n]{2,120}?(?:决定|通报)》)
    """,
    re.VERBOSE,
)
# words that open a clause before its agent (根据X发布的… / 按照X下发的…): no part of the body's name
ISSUED_LEAD_RE = re.compile(r"^.*?(?:根据|按照|依据|依照|根據|依據)")


def issued_decisions(text: str, lo: int, hi: int) -> list[Statement]:
    """X下发/印发/发布/作出…表彰决定: the bodies issuing the decision the article reports (``phrases``
    empty: the level of each honour picks which of them confer it, as for a decision's signatories)."""
    out: list[Statement] = []
    if not _has_any(text, lo, hi, ("决定", "決定")):
        return out  # the pattern needs the word (tried at every character otherwise)
    simple = to_simplified(text[lo:hi])  # 總工會…下發…決定: the pattern is read in simplified script
    for m in ISSUED_DECISION_RE.finditer(simple):
        if NOMINATION_RE.search(m.group()):
            continue
        run = ISSUED_LEAD_RE.sub("", m["run"])
        bodies = agents(run, simple[: m.start()])
        if bodies:
            out.append(Statement(bodies, (), lo + m.start()))
    return out


def list_publishers(text: str, lo: int, hi: int) -> list[Statement]:
    """在X通报的…名单中，…: the body that made public the list a sentence reports from (``start`` where
    the sentence goes on, ``phrases`` empty: it confers what that sentence reports)."""
    out: list[Statement] = []
    found = [*IN_LIST_RE.finditer(text, lo, hi), *OPENING_LIST_RE.finditer(text, lo, hi)]
    for m in sorted(found, key=lambda m: m.end()):
        if NOMINATION_RE.search(m.group()):
            continue
        bodies = agents(m["run"], text[lo : m.start()])
        if bodies:
            out.append(Statement(bodies, (), m.end()))
    return out + _press_publishers(text, lo, hi)


def _has_any(text: str, lo: int, hi: int, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` is written whole within ``text[lo:hi]`` (no slice copied)."""
    return any(text.find(w, lo, hi) >= 0 for w in words)


def _press_publishers(text: str, lo: int, hi: int) -> list[Statement]:
    """X召开新闻发布会，公布了“S”评选结果 / X5月10日在北京发布“S”评选结果: the body, with the series the
    results or list are of (quoted)."""
    from loaders.extract.relations import series_phrases

    out: list[Statement] = []
    if not _has_any(text, lo, hi, ("公布", "发布")) or not _has_any(text, lo, hi, ("评选结果", "名单", "榜单")):
        return out  # the pattern needs both words (tried at every character otherwise)
    for m in PRESS_LIST_RE.finditer(text, lo, hi):
        named = re.findall(r"[“「『]([^”」』]{2,30})[”」』]", m["what"])
        run = ALIAS_BRACKET_RE.sub("", m["run"])  # 中国科学院(中科院)工会: the short name in brackets goes
        bodies = agents(run, text[lo : m.start()])
        if bodies and named and not NOMINATION_RE.search(m.group()):
            out.append(Statement(bodies, tuple(p for n in named for p in series_phrases(n)), m.end()))
    return out


AT_MEETING_RE = re.compile(
    r"\s*(?:(?:在|于)?(?:会上|大会上|会议上|仪式上|典礼上|活动中|颁奖仪式上|表彰会上)|(?:会议|大会)(?:还|并)?(?:通报)?表彰)"
)


def _at_event(text: str, start: int, pos: int) -> bool:
    """An honour reported after the event in its paragraph, or in the next paragraph when that one
    opens at the event (会上，…被授予…)."""
    if pos < start:
        return False
    end = text.find("\n", start)
    if end < 0 or pos < end:
        return True
    nxt = text.find("\n", end + 1)
    if nxt >= 0 and pos >= nxt:
        return False
    # the paragraph, or the honour's own sentence in it, opens at the event (…欢聚一堂。会上，…)
    opens = max(text.rfind(c, end + 1, pos) for c in "。！？") + 1
    return any(AT_MEETING_RE.match(text, at) is not None for at in {end + 1, max(opens, end + 1)})


def _level_fits(title: str, bodies: tuple[str, ...]) -> bool:
    """A national honour (全国…) wants national bodies; a place's honour wants bodies of no other place."""
    simple = to_simplified(title)
    for b in bodies:
        body = to_simplified(b)
        # 十佳全国优秀科技工作者: a count before the level leaves the title national
        national_title = NATIONAL_HEAD_RE.match(TITLE_COUNT_HEAD_RE.sub("", simple))
        national_body = NATIONAL_HEAD_RE.match(body)
        if national_title and not national_body and not MINISTRY_RE.fullmatch(body):
            return False  # 全国… by a province's body (a ministry named without 国家 is national)
        if national_body and not national_title and (LEADING_PLACE_RE.match(simple) or BARE_LEVEL_RE.match(simple)):
            return False  # 山东省… / 省劳动模范 by a national one (科苑名匠, no place named, may be its own)
        place = BODY_PLACE_RE.match(body)
        named = LEADING_PLACE_RE.match(simple)
        if (
            place
            and named
            and named.group() not in ("自治区", "自治州")  # the level word alone names no place
            and not (named.group().startswith(place.group(1)) or place.group(1).startswith(named.group()))
        ):
            return False
        level = BARE_LEVEL_RE.match(simple)  # 省劳动模范: a province's honour, whichever province
        if place and level and _place_rank(place.group(1)) < _place_rank(level.group(1)):
            return False  # 省劳动模范 by 金华市金东区总工会: a district confers no province's honour
    return True


# a head count or rank that opens a title before its level (十佳全国…, 百名全国…)
TITLE_COUNT_HEAD_RE = re.compile(r"^[十百千](?:佳|大|名|优)(?=全国|中国|中华)")
# a title that opens with its level word alone (省劳动模范, 市五一劳动奖章, 自治区劳动模范)
BARE_LEVEL_RE = re.compile(r"^(省|自治区|市|州|县|区)(?=[\u4e00-\u9fff“「]{3})")
PLACE_RANK = {"省": 3, "市": 2, "州": 2, "县": 1, "区": 1}


def _place_rank(place: str) -> int:
    """How high a place's level is, by the word its name ends in (an autonomous region is a province)."""
    return 3 if place.endswith("自治区") else PLACE_RANK[place[-1]]


GLUED_BARE_RE = re.compile(r"((?:中共)?(?P<lv>[省市县区州])委)(?P=lv)(?:人民)?政府")


def joined_apart(body: str) -> list[str]:
    """中国质量协会联合中华全国总工会 → both: two bodies read as one across 联合."""
    from loaders.extract.frames import is_body

    glued = GLUED_BARE_RE.fullmatch(to_simplified(body))
    if glued:  # 市委市政府 → 市委, 市政府: the place's committee and government
        return [body[: glued.end(1)], body[glued.end(1) :]]
    parts = [p for p in re.split(r"联合|会同", body) if p]
    if len(parts) > 1 and all(is_body(p) for p in parts):
        return parts
    return [body]


def full_local_body(body: str, restored: bool = True) -> str:
    from loaders.extract.frames import full_local_body as full

    return full(body, restored)


# the Youth League committee of a place left unnamed (团省委, 团市委)
YOUTH_BARE_RE = re.compile(r"^团(省|市)委$")


# a department written with no place at all (工信委, 科技廳, 人社厅), and the place a completed name opens with
BARE_DEPARTMENT_RE = re.compile(r"^[\u4e00-\u9fff]{1,5}(?:厅|委|局|办)$")
PLACED_HEAD_RE = re.compile(r"^(?:中共|中国|中华|全国|国家|国务院|中央|共青团|团|省|市|县|区|州|自治区|党委$|团委$)")
# a county's own name (竹山县), not a phrase read as one (2005年度全县 → 年度全县)
COUNTY_NAME_RE = re.compile(r"[^全年度各本该我每此其]{1,4}[县区]")
AREA_RE = re.compile(r"^(?:中共)?([\u4e00-\u9fff]{2,8}?(?:自治区|省|市))")


def place_completed(
    bodies: list[str],
    province: str | None,
    city: str | None,
    known: tuple[str, ...] = (),
    county: str | None = None,
    prefecture: str | None = None,
) -> list[str]:
    """省委宣传部 beside 广东省总工会 → 广东省委宣传部: a body written with its place left out takes the
    place of the body named before it in the same list, else the document's province (an autonomous
    region's too: 自治区总工会 → 广西壮族自治区总工会), city or county (县委 → 竹山县委); a department
    written with no place at all after such a body shares its place (自治区总工会、工信委、科技厅 →
    广西壮族自治区工信委 …: one list, one place)."""
    out: list[str] = []
    lead: tuple[str, str] | None = None
    for body in known:  # bodies already named for the same honour lend their place first
        m = re.match(r"^(中共)?([\u4e00-\u9fff]{2,4}?)(省|市|自治区)", to_simplified(body))
        if m and lead is None:
            lead = (body[m.start(2) : m.end(2)], m.group(3))
    area: str | None = None  # the place the body before this one was completed with or written with
    for body in bodies:
        simple = to_simplified(body)
        youth = YOUTH_BARE_RE.match(simple)
        if youth:  # 团省委 / 团市委: the Youth League committee of the place, 共青团陕西省委
            level = youth.group(1)
            place = lead[0] if lead and lead[1] == level else None
            if place is None and level == "省" and province:
                place = province.removesuffix("省")
            elif place is None and level == "市" and city:
                place = city.removesuffix("市")
            out.append(f"共青团{place}{level}委" if place else body)
            area = None
            continue
        m = re.match(r"^(中共)?([\u4e00-\u9fff]{2,4}?)(省|市|自治区)", simple)
        bare = next((lv for lv in ("自治区", "自治州", "省", "市", "县", "区", "州") if simple.startswith(lv)), None)
        if m and bare is None:
            lead = (body[m.start(2) : m.end(2)], m.group(3))
        if (
            bare
            and (len(simple) > len(bare) + 1 or simple in ("省委", "市委", "区委", "县委", "州委"))
            and not simple.startswith(("市场", "省份", "区域", "县域"))
        ):
            if lead and lead[1] == bare:
                body = full_local_body(lead[0] + body)
            elif bare == "省" and province:
                body = full_local_body(province.removesuffix("省") + body)
            elif bare == "自治区" and province and province.endswith("自治区"):
                body = full_local_body(province + body[len(bare) :])
            elif bare == "市" and city:
                body = full_local_body(city.removesuffix("市") + body)
            elif bare in ("县", "区") and county and county.endswith(bare) and COUNTY_NAME_RE.fullmatch(county):
                body = county + body[1:]  # 县委 → 竹山县委; its full name follows in canonical_conferrers
            elif bare in ("州", "自治州") and prefecture:
                body = full_local_body(prefecture + body[len(bare) :])  # 州政府 → 凉山彝族自治州政府
        elif area and _bare_department(simple, area):
            body = full_local_body(area + body)
        placed = AREA_RE.match(to_simplified(body))
        area = placed.group(1) if placed else None
        out.append(body)
    return list(dict.fromkeys(out))


# the county, district or county-level city an honour's title opens with (郧西县劳动模范, 攸县技能能手,
# 十堰市郧西县…, 乐陵市金牌职工); 社区/园区/新区… and 全县/本区 are no place's name
TITLE_LOCAL_PLACE_RE = re.compile(
    r"""
    ^(?:[一-鿿]{2,3}(?:省|市)(?=[一-鿿]{2,3}[县区]))?  # 十堰市(郧西县): the city before its county
    (?P<place>[^全年度各本该我每此其市县区省]{2,3}[县区市]|[^全年度各本该我每此其郡外市县区省]县)
    (?=[一-鿿“「]{3})
    """,
    re.VERBOSE,
)
NOT_LOCAL_PLACE_RE = re.compile(r"(?:社|园|景|校|新|城|矿|厂|片|街|郊|山|林|牧|辖|特|湾)区$|城市$|都市$")


def title_local_place(title: str, known_city: str | None) -> tuple[str | None, str | None]:
    """(county, county-level city) an honour's title opens with: 郧西县劳动模范 → (郧西县, None),
    乐陵市金牌职工 → (None, 乐陵市); a prefecture city (``known_city``, or one the place list knows)
    is left to the callers' own city.

    >>> title_local_place("攸县技能能手", None), title_local_place("乐陵市金牌职工", None)
    (('攸县', None), (None, '乐陵市'))
    >>> title_local_place("社区优秀工作者", None), title_local_place("襄阳市技术能手", None)
    ((None, None), (None, None))
    """
    from loaders.extract.document import _place_of

    m = TITLE_LOCAL_PLACE_RE.match(to_simplified(title))
    if m is None or NOT_LOCAL_PLACE_RE.search(m["place"]):
        return None, None
    place = m["place"]
    if place.endswith("市"):
        if place == known_city or _place_of(place)[0]:
            return None, None  # a prefecture city: the callers place its bodies already
        return None, place
    return place, None


def _bare_department(simple: str, area: str) -> bool:
    """工信委 / 科技厅 after a body of ``area``: a department that names no place of its own (a 厅 is
    a province's or an autonomous region's only)."""
    if not BARE_DEPARTMENT_RE.fullmatch(simple) or PLACED_HEAD_RE.match(simple):
        return False
    if LEADING_PLACE_RE.match(simple):
        return False  # 宁波市经信局: its place is written
    return not simple.endswith("厅") or area.endswith(("省", "自治区"))


def headlines(art: Any) -> list[str]:
    """The article's headline lines: its title and subtitle, or the heading lines above its first
    paragraph when the page gave it no title."""
    out: list[str] = []
    for s in art.sentences:
        if s.kind == "prose":
            break
        if s.kind in ("title", "subtitle", "heading"):
            out.append(s.text)
    return out[:2]


def _resume(f: Any) -> bool:
    """先后荣获A、B、C等荣誉称号 / 曾获…: honours held before, not the list's."""
    # 榮獲“全國(guó)先進(jìn)工作者”…等稱號(hào): a traditional sentence, converter glosses and all, is read simplified
    return bool(RESUME_RE.search(to_simplified(PINYIN_GLOSS_RE.sub("", f.sent.text))))


def inherit(ctx: Any, facts: list[Any]) -> list[Any]:
    """The article's facts with its honours given the year, conferrers and full title their list's
    context states (as new facts; the facts given are not edited)."""
    from loaders.extract.relations import covers, series_phrases

    t = ctx.text
    art = ctx.art
    honours = [k for k, f in enumerate(facts) if f.kind == "honor"]
    if not honours:
        return facts
    heads = headlines(art)
    years = [
        y
        for y in (
            decision_year(t, art.start, art.end),
            meeting_year(t, art.start, art.end),
            headline_year(heads, art.start),
        )
        if y is not None
    ]
    said = statements(t, art.start, art.end)
    joint = joint_organisers(t, art.start, art.end)
    rounds = sorted(
        round_organisers(t, art.start, art.end) + credited_organisers(t, art.start, art.end), key=lambda r: r.start
    )
    events = event_organisers(t, art.start, art.end)
    published = list_publishers(t, art.start, art.end)
    signed = signatories(t, art.start, art.end) or signatories(t, art.start, signature_end(t, art.end))
    named = most_named_places(t, art.start, art.end)
    # a headline that reports a conferral (…授予吴某等10人全国三八红旗手标兵荣誉称号): its series
    reported = [p for h in heads if HEADLINE_EVENT_RE.search(h) for p in series_phrases(h)]
    out = list(facts)
    for k in honours:
        f = facts[k]
        v = dict(f.value)
        _grant_as_stripped(v, t, f.pos)
        _short_title(v, said)
        if v.get("year") is None and not v.get("_past") and not _resume(f):
            held = next((y for y in years if f.pos >= y.start), None)
            if held is not None:
                v["year"] = held.year
            elif ctx.doc.year and reported and covers(reported, v.get("title") or ""):
                v["year"] = ctx.doc.year  # the dated page reports this conferral in its headline
        stated = False  # the conferrers come from a statement of the document, not the honour's sentence
        if not v.get("conferred_by"):
            title = v.get("title") or ""
            title = THIS_ROUND_RE.sub("", title)  # 本次省劳动模范: the series is 省劳动模范
            title = PERIOD_LEAD_RE.sub("", title)  # 2016-2018年徐州市劳动模范: the series is 徐州市劳动模范
            title = NOMINEE_TAIL_RE.sub("", title)  # 最美护士提名奖: a nominee award of the series 最美护士
            if RANK_TAIL_RE.search(title) and not any(covers(list(s.phrases), title) for s in said):
                title = RANK_TAIL_RE.sub("", title)  # 全国青年岗位能手标兵: the top rank of 全国青年岗位能手
            before = [s for s in said if s.start <= f.pos and covers(list(s.phrases), title)]
            after = [s for s in said if s.start > f.pos and covers(list(s.phrases), title)]
            chosen = before[-1] if before else (after[0] if after else None)
            if chosen is not None:
                v["conferred_by"] = [ctx.resolve_org(b, f.pos) or b for b in chosen.bodies]
                stated = True
            elif signed and not v.get("_past") and not _resume(f):
                v["conferred_by"] = list(signed)  # the notice's signatories confer what it lists
                stated = True
            elif rounds and not v.get("_past") and not _resume(f):
                run = [r for r in rounds if r.start <= f.pos] or rounds
                v["conferred_by"] = list(run[-1 if run is not rounds else 0].bodies)  # named in full there
                stated = True
            elif not v.get("_past") and not _resume(f):
                at = [e for e in events if _at_event(t, e.start, f.pos) and _level_fits(title, e.bodies)]
                if at:  # 由X组织的…表彰大会…举行。会上，某某被授予…: the event's holders confer it
                    v["conferred_by"] = list(at[-1].bodies)  # named in full there
                    stated = True
                else:
                    inside = [
                        p for p in published if p.start <= f.pos and not SENTENCE_END_RE.search(t, p.start, f.pos)
                    ]
                    if inside:  # 在省人才办通报的…入选名单中，某某喜获…: the list's publisher confers it
                        v["conferred_by"] = list(inside[-1].bodies)
                        stated = True
        for j in joint:
            if j.phrases and not covers(list(j.phrases), v.get("title") or ""):
                continue
            mine = {fold(b) for b in place_completed(list(v.get("conferred_by") or []), None, None)}
            known = tuple(v.get("conferred_by") or ())
            theirs = place_completed(list(j.bodies), ctx.doc.province, ctx.doc.city, known)
            if mine and mine < {fold(b) for b in theirs}:
                v["conferred_by"] = [ctx.resolve_org(b, f.pos) or b for b in theirs]
                break
        if v.get("conferred_by"):  # full names follow in relations.canonical_conferrers
            v["conferred_by"] = [x for b in v["conferred_by"] for x in joined_apart(b)]
            province, city = ctx.doc.province, ctx.doc.city
            if not province or not city:  # “安徽工匠” by 省总工会: the place the honour's title names
                from loaders.extract.document import _place_of

                named_city, named_province = _place_of(to_simplified(v.get("title") or ""))
                province, city = province or named_province, city or named_city
            split = len(v["conferred_by"]) > len(f.value.get("conferred_by") or [])
            if stated or split:  # a bare 省委 of the document's statement: else the place the article names most
                province, city = province or named[0], city or named[1]
            if not province and city:  # 省委宣传部 in a text naming only 齐齐哈尔市
                province = province_of_city(city)
            county, local_city = title_local_place(v.get("title") or "", city)  # 县委 for 郧西县劳动模范
            v["conferred_by"] = place_completed(
                list(v["conferred_by"]),
                province,
                local_city or city,
                county=county or ctx.art.county,
                prefecture=prefecture_named(t, art.start, art.end),
            )
            v["conferred_by"] = list(dict.fromkeys(full_local_body(b, restored=False) for b in v["conferred_by"]))
        if v != f.value:
            out[k] = replace(f, value=v)
    return out


def most_named_places(text: str, lo: int, hi: int) -> tuple[str | None, str | None]:
    """The province and the city the article names most often (我省… 陕西省先进集体 → 陕西省), for a
    bare 省委 / 市总工会 when the document's own place is unknown; ties go to the first named."""
    from loaders.extract.document import SPECIAL_PROVINCES
    from loaders.orgs import places

    p = places()
    counts: dict[tuple[str, str], int] = {}
    simple = to_simplified(text[lo:hi])
    for short, full in SPECIAL_PROVINCES.items():
        # 宁夏回族自治区 / 新疆维吾尔自治区: the people's name between place and 自治区 hides the place
        # from the pattern below, so such a region is counted by its full name
        if full.endswith("自治区") and full != short + "自治区" and (n := simple.count(full)):
            counts[("省", full)] = n
    for m in re.finditer(r"([\u4e00-\u9fff]{2,4})(省|自治区|市)", simple):  # 齐齐哈尔市
        name, level = m.group(1), m.group(2)
        for k in range(len(name) - 1):
            stem = name[k:]
            if (level == "市" and stem in p["cities"]) or (level != "市" and stem in p["provinces"]):
                key = ("市" if level == "市" else "省", stem + level)
                counts[key] = counts.get(key, 0) + 1
                break
    best: dict[str, str] = {}
    for (level, name), n in counts.items():
        if level not in best or n > counts[(level, best[level])]:
            best[level] = name
    if "市" not in best:
        best.update(_bare_city(simple, p["cities"]))
    if "省" not in best:
        best.update(_bare_province(simple, p["provinces"], SPECIAL_PROVINCES))
    county_city = _county_city_named(simple, counts.get(("市", best.get("市", "")), 0))
    return best.get("省"), county_city or best.get("市")


def _county_city_named(simple: str, prefecture_count: int) -> str | None:
    """A county-level city (宜兴市) the article names with 市 at least twice and more often than any
    prefecture city: a page about 宜兴 that mentions 无锡市 once means 宜兴市 by its bare 市总工会."""
    from loaders.orgs import places

    county_cities = places()["county_cities"]
    counts: dict[str, int] = {}
    for m in re.finditer(r"([\u4e00-\u9fff]{2,4})市", simple):
        name = m.group(1)
        stem = next((name[k:] for k in range(len(name) - 1) if name[k:] in county_cities), None)
        if stem:
            counts[stem] = counts.get(stem, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda c: (counts[c], -simple.find(c)))
    return best + "市" if counts[best] >= 2 and counts[best] > prefecture_count else None


def _bare_province(simple: str, provinces: list[str], special: dict[str, str]) -> dict[str, str]:
    """{'省': 浙江省} for a text that names its province only short (最美浙江人, 浙江工匠, 浙江日报) at least
    twice, for its bare 省委宣传部 / 省总工会; a municipality or region (北京, 广西) has no 省 bodies.

    >>> _bare_province("省委宣传部发布“最美浙江人”名单，百名“浙江工匠”", ["浙江", "江西"], {})
    {'省': '浙江省'}
    """
    counts = {prov: simple.count(prov) for prov in provinces if prov not in special}
    best = max(counts, key=lambda k: (counts[k], -simple.find(k)), default=None)
    return {"省": best + "省"} if best and counts[best] >= 2 else {}


# an autonomous prefecture written in full (凉山彝族自治州, 延边朝鲜族自治州)
PREFECTURE_RE = re.compile(r"(?<![州省])((?:[\u4e00-\u9fff]{2,3}?)(?:[\u4e00-\u9fff]{1,3}族){1,2}自治州)")


def prefecture_named(text: str, lo: int, hi: int) -> str | None:
    """The autonomous prefecture an article names most often in full, for its bare 州委 / 州政府
    (凉山州的州委、州政府 → 凉山彝族自治州…); None when it names none.

    >>> prefecture_named("中共凉山彝族自治州州委决定。州委、州政府号召…", 0, 30)
    '凉山彝族自治州'
    """
    simple = to_simplified(text[lo:hi])
    if "自治州" not in simple:  # every match ends so: the pattern is not tried at each character
        return None
    counts: dict[str, int] = {}
    for m in PREFECTURE_RE.finditer(simple):
        name = m.group(1).removeprefix("中共")  # 中共凉山彝族自治州委: the party before the place
        counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda k: (counts[k], -simple.find(k))) if counts else None


def _bare_city(simple: str, cities: Any) -> dict[str, str]:
    """A city a text names only without 市 (建设幸福泰安 … 泰安高新区), at least twice: the city of its
    bare 市委宣传部 / 市总工会 when no city is named with 市 (the most often named; ties: the first)."""
    seen = [(simple.count(c), -simple.find(c), c) for c in cities if len(c) >= 2 and simple.count(c) >= 2]
    return {"市": max(seen)[2] + "市"} if seen else {}


def province_of_city(city: str) -> str | None:
    """齐齐哈尔市 → 黑龙江省: the province a prefecture-level city lies in (loaders.orgs gazetteer)."""
    from loaders.orgs import places

    p = places()
    stem = city.removesuffix("市")
    province: str | None = p["city_to_province"].get(stem) or p["county_city_to_province"].get(stem)
    if province is None or province in ("内蒙古", "广西", "西藏", "宁夏", "新疆"):
        return None  # an autonomous region's bodies are no 省 bodies
    return province + "省"


def _grant_as_stripped(v: dict[str, Any], text: str, pos: int) -> None:
    """为院优秀共产党员 → 院优秀共产党员 when the text reads 授予…同志为 / …四位同志为(2012年度) before it."""
    title = v.get("title") or ""
    if not title.startswith("为") or len(title) < 4:
        return
    granted = re.compile(r"为\s*(?:(?:19|20)\d\d\s*年度?)?" + re.escape(title[1:]))
    for m in granted.finditer(text, max(0, pos - 60), min(len(text), pos + 200)):
        if GRANT_AS_RE.search(text, max(0, m.start() - 12), m.start()):
            v["title"] = title[1:]
            v["raw"] = re.sub(r"^.*?为", "", v.get("raw") or "") or title[1:]
            return


def _short_title(v: dict[str, Any], said: list[Statement]) -> bool:
    """获先进工作者表彰的有： → 全国卫生健康系统先进工作者: a list honour named short, without a level,
    is the one series a statement names with that ending, its level words restored from the item
    before it (全国卫生健康系统先进集体、先进工作者 → 全国卫生健康系统 + 先进工作者)."""
    from loaders.honours import honour_level

    # 授予A、B等24人为X荣誉称号: the enumeration's head count is no part of the honour
    title = ENUMERATION_HEAD_RE.sub("", v.get("title") or "")
    title = re.sub(r"表彰$", "", title)
    if title != v.get("title") and len(title) >= 3:
        v["title"] = title
        v["raw"] = re.sub(r"表彰$", "", ENUMERATION_HEAD_RE.sub("", v.get("raw") or "")) or title
    if not v.get("_list") or len(title) < 3 or honour_level(title) is not None:
        return False
    key = fold(title)
    found: set[str] = set()
    for s in said:
        for prev, piece in zip(s.pieces, s.pieces[1:], strict=False):
            if piece != key:
                continue
            cut = prev.find(key[:2])
            if cut >= 2 and honour_level(prev[:cut] + key) is not None:
                found.add(prev[:cut] + key)
    if len(found) != 1:
        return False
    v["title"] = found.pop()
    return True


# the names whose short form the document may also write elsewhere are organisations' names;
# these heads never stand for a longer name (中华全国总工会 is not 中华全国铁路总工会)
NATIONAL_HEAD_RE = re.compile(r"^(?:中华|中国|全国|中共中央|中央|国务院|国家|共青团中央)")
# a ministry of the state, named without 国家 (人社部, 教育部, 劳动和社会保障部, 铁道部): no place,
# unit or committee in its name
MINISTRY_RE = re.compile(r"(?:(?!省|市|县|区|州|公司|集团|厂|矿|局|委|院|校|会)[\u4e00-\u9fff]){1,10}部")
BARE_KIND_RE = re.compile(r"^(?:集团)?总?公司$|^集团$")  # 集团公司: the group the document is about
# a group's own body written with the bare kind word (集团工会, 集团公司团委), and a group's name
GROUP_BODY_RE = re.compile(r"(?:集团公司|集团)(工会|团委|党委|妇委会|工会委员会)")
GROUP_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,12}集团")
NOT_A_PLACE_RE = re.compile(r"[全年度各每]")  # what a place's name before a body never holds
HONOUR_WORD_RE = re.compile(r"先进|优秀|模范|标兵|示范|红旗|最美|十佳")
PEOPLE_END_RE = re.compile(r"(?:干部|职工|员工|人员|群众|同志|代表|工人|党员|会员)$")
LEADING_PLACE_RE = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:省|市|自治区|自治州|州|县|区)")
NATIONAL_PREFIX_RE = re.compile(r"^全国(?=[\u4e00-\u9fff]{3})")


def _subsequence(short: str, full: str) -> bool:
    it = iter(full)
    return all(ch in it for ch in short)


# a joining word between two bodies' names (共青团山东省委和聊城市委)
BODY_JOIN_RE = re.compile(r"[和与及、]")


def _two_bodies(name: str) -> bool:
    """Whether ``name`` is two bodies joined by 和/与/及/、, each a body on its own (共青团山东省委和聊城市委);
    人力资源和社会保障厅 is one body, since 人力资源 alone names none."""
    from loaders.extract.frames import is_body

    return any(is_body(name[: m.start()]) and is_body(name[m.end() :]) for m in BODY_JOIN_RE.finditer(name))


def fuller_body(body: str, names: list[str]) -> str:
    """The one longer name the document writes for a conferring body it also writes short: the
    short name's characters in order within the full name, which ends alike (市人力社保局 →
    重庆市人力资源和社会保障局 when the heading names it; 公交集团党委 → 洛阳市公交集团有限公司党委;
    集团公司 → the one group company named in full).  A body with no such name, or with two, or a
    national body (全国总工会 is resolved from the alias list instead), stays as written.

    >>> fuller_body("市妇联", ["重庆市人力资源和社会保障局", "重庆市妇女联合会"])
    '重庆市妇女联合会'
    >>> fuller_body("集团公司", ["甲集团有限公司", "乙集团股份有限公司"])
    '集团公司'
    """
    simple = to_simplified(body)
    if len(simple) < 2 or NATIONAL_HEAD_RE.match(simple):
        return body
    inner = GROUP_BODY_RE.fullmatch(simple)
    if inner:  # 集团工会 → 玉柴集团工会: the one group the document names, and its body
        groups = [n for n in dict.fromkeys(names) if GROUP_NAME_RE.fullmatch(to_simplified(n))]
        return groups[0] + body[-len(inner.group(1)) :] if len(groups) == 1 else body
    core = simple[1:] if simple[0] in "省市县区" else simple
    own = BARE_COMMITTEE_RE.fullmatch(simple)
    found: list[str] = []
    for name in names:
        full = to_simplified(name)
        if own and not re.fullmatch(rf"(?:中共)?[\u4e00-\u9fff]{{2,12}}?{own['level']}(?:人民)?{own['kind']}", full):
            continue  # 州委 is the prefecture's party committee, never its 州民宗委
        if len(full) <= len(simple) or (full.endswith(simple) and simple[0] not in "省市县区"):
            continue  # 焦作市总工会 for 总工会: a bare kind word is not a short name
        if PEOPLE_END_RE.search(full):
            continue  # 农业系统广大干部: people, not a body
        if full[1:] == simple and full[0] in "经由被对向将":
            continue  # 经市人民政府(研究决定): a clause's first word read into the name
        if GLUED_BARE_RE.fullmatch(full) or _two_bodies(full):
            continue  # 市委市政府 for 市政府, 共青团山东省委和聊城市委: two bodies, not one's full name
        if HONOUR_WORD_RE.search(full) and not HONOUR_WORD_RE.search(simple):
            continue  # 山东省建设系统先进工会 for 山东省建设工会: an honour's name, not the body's
        if full.startswith(simple):
            continue  # 某电力有限公司县公司 for 某电力有限公司: a unit under the body, not its full name
        if simple[-1] not in full[-3:] or not _subsequence(core, full):
            continue  # 人社厅 / 人力资源和社会保障厅, 妇联 / 妇女联合会: the ends agree
        if (
            full[-1] != simple[-1]
            and not full.endswith("联合会")
            and not _league_committee(simple, full)
            and not _office_short(simple, full)
            and not _party_committee(simple, full)
        ):
            continue
        if simple[0] in "省市县区" and simple[0] not in full[: len(full) - len(core) + 1]:
            continue  # 市妇联 wants a city's body
        if simple[0] in "省市县区" and NOT_A_PLACE_RE.search(full[: len(full) - len(core)]):
            continue  # 年度全县总工会 (2005年度全县…) for 县总工会: a phrase before the body, no place
        if (
            simple[0] not in "省市县区"
            and not BARE_KIND_RE.match(simple)
            and not _led_by(full, simple[0])
            and not _league_committee(simple, full)
            and not _party_committee(simple, full)
        ):
            continue  # 公交集团党委 wants a name that starts (after its place) as it does
        found.append(name)
    distinct = list(dict.fromkeys(found))
    return distinct[0] if len(distinct) == 1 else body


# the party committee or government of a level named without its place (州委, 市政府)
BARE_COMMITTEE_RE = re.compile(r"(?P<level>自治区|自治州|省|市|县|区|州)(?P<kind>委|政府)")
# 文明委 / 精神文明建设指导委员会, 文明办 / …办公室: a committee or office written by its first word;
# a party committee (市委, 党委) is written 中共X市委 and is left to the alias list
COMMITTEE_SHORT_RE = re.compile(r"(?<![省市县区州党])委$")


def _office_short(short: str, full: str) -> bool:
    """Whether ``short`` ends a committee or office the ``full`` name spells out (文明委 → …委员会)."""
    return (bool(COMMITTEE_SHORT_RE.search(short)) and full.endswith("委员会")) or (
        short.endswith("办") and full.endswith("办公室")
    )


def _league_committee(short: str, full: str) -> bool:
    """团区委 / 团市委 for 共青团常州市武进区委员会: a Youth League committee's usual short name."""
    league = short[0] == "团" and short[-1] == "委"
    return league and full.startswith("共青团") and full.endswith("委员会")


def _party_committee(short: str, full: str) -> bool:
    """农工党湖南省委 for 中国农工民主党湖南省委员会: a democratic party's committee by its usual short name."""
    from loaders.extract.relations import OTHER_PARTY

    return bool(re.match(OTHER_PARTY, short)) and short.endswith("委") and full.endswith("委员会")


def _led_by(full: str, first: str) -> bool:
    """The full name starts with ``first``, or with a place and then ``first`` (洛阳市公交…)."""
    if full.startswith(first):
        return True
    m = LEADING_PLACE_RE.match(full)
    return m is not None and full[m.end() : m.end() + 1] == first


def fuller_conferrers(ctx: Any, facts: list[Any]) -> list[Any]:
    """Conferring bodies the document also names in full take that name (see :func:`fuller_body`);
    the full names are the organisation names the document writes (its heading, signature, text)."""
    names = list(dict.fromkeys(n for m in ctx.orgs.mentions for n in (m.name, m.resolved) if n))
    if not names:
        return facts
    out = []
    key = tuple(names)
    for f in facts:
        bodies = f.value.get("conferred_by") if f.kind == "honor" else None
        if bodies:
            new = list(dict.fromkeys(_fuller_body(city_initial_expanded(b, ctx.text), key) for b in bodies))
            new = list(dict.fromkeys(local_full_name(former_body(b)) for b in new))
            if new != list(bodies):
                f = replace(f, value={**f.value, "conferred_by": new})
        out.append(f)
    return out


# fuller_body's answers for the page (its bodies come back in every article's honours, each time
# compared with every organisation name); forgotten with ``nlp.clear_caches``
@lru_cache(maxsize=4096)
def _fuller_body(body: str, names: tuple[str, ...]) -> str:
    """:func:`fuller_body`, remembered."""
    return fuller_body(body, list(names))


clear_with(_fuller_body.cache_clear)
clear_with(forget_long)  # the whole page folded to simplified script, remembered by graph.hanzi


# a city written by its first character (哈市道外区总工会 for 哈尔滨市…, 齐市 for 齐齐哈尔市)
CITY_INITIAL_RE = re.compile(r"^(?:中共)?(?P<initial>[\u4e00-\u9fff])市(?=[\u4e00-\u9fff]{2})")


def city_initial_expanded(body: str, text: str) -> str:
    """哈市道外区总工会 → 哈尔滨市道外区总工会 when the document names exactly one city (X市) that
    opens with that character; else the body as written.

    >>> city_initial_expanded("哈市道外区总工会", "哈尔滨市道外区20名能工巧匠获表彰")
    '哈尔滨市道外区总工会'
    """
    from loaders.orgs import places

    m = CITY_INITIAL_RE.match(to_simplified(body))
    if m is None:
        return body
    initial = m["initial"]
    named: set[str] = {
        str(c) for c in places()["cities"] if len(c) > 1 and c[0] == initial and f"{c}市" in to_simplified(text)
    }
    if len(named) != 1:
        return body
    return body[: m.start("initial")] + named.pop() + body[m.start("initial") + 1 :]


def local_full_name(body: str) -> str:
    """A local body written with its place and a short name the dictionary knows for every spelling
    (data/dictionaries/local_body_short_names.yaml, ``written``), in the script it was written in:
    西藏自治區人社廳 → 西藏自治區人力資源和社會保障廳, 长沙市文明办 → 长沙市精神文明建设指导委员会办公室.

    >>> local_full_name("山东省人社厅"), local_full_name("焦作市总工会")
    ('山东省人力资源和社会保障厅', '焦作市总工会')
    """
    from loaders.extract.relations import _s2t

    simple = to_simplified(body)
    full = full_local_body(simple, restored=False)
    if full == simple:
        return body
    return str(_s2t()(full)) if simple != body else full


# 原国家卫生部 / 原铁道部: a body named as it was before a reform, its 原 (former) left out
FORMER_RE = re.compile(r"^原(?=国家|中央|中华|中国|[\u4e00-\u9fff]{1,8}部$)")


def former_body(body: str) -> str:
    """原国家卫生部 → 卫生部: a conferring body written as a former one is named as the body itself
    (a national ministry without its 国家; see :func:`loaders.extract.relations.canonical_body`).

    >>> former_body("原国家卫生部"), former_body("原平市总工会")
    ('卫生部', '原平市总工会')
    """
    from loaders.extract.relations import canonical_body

    simple = to_simplified(body)
    if not FORMER_RE.match(simple):
        return body
    rest = body[1:]
    if re.fullmatch(r"国家[\u4e00-\u9fff]{2,12}部", to_simplified(rest)):
        rest = rest[2:]  # 国家卫生部: a ministry's name has no 国家
    return canonical_body(rest)


def late_conferrers(ctx: Any, facts: list[Any]) -> list[Any]:
    """Conferrers the last readers add (a news item's dateline body) get their full names too."""
    from loaders.extract.relations import canonical_conferrers

    facts = bare_bodies_placed(ctx, clause_bodies_cut(self_named_bodies(ctx, shared_prefix_bodies(ctx, facts))))
    facts = sar_government_placed(ctx, city_bodies_unprefixed(facts))
    return granted_units_dropped(ctx, fuller_conferrers(ctx, canonical_conferrers(facts)))


# what a body's name never holds: a clause's locative, its verb of holding, a head count, a blank, or
# a ceremony's verbs (a caption run into the next line: …为某某等劳模颁奖并合影留念广州市委、市政府授予…)
CLAUSE_IN_BODY_RE = re.compile(r"在|组织(?!部)|举行|召开|举办|会上|\s|\d+(?:人|名)|颁奖|合影|留念|接见|致辞|宣读")


def clause_bodies_cut(facts: list[Any]) -> list[Any]:
    """A conferrer read as a run of a clause (某某老师在中央电视台, X社区组织…劳动者在Y社区): the first
    body of the run's pieces, else none (在北京人民大会堂隆重举行会上1689人)."""
    from loaders.extract.frames import is_body

    out = []
    for f in facts:
        bodies = list(f.value.get("conferred_by") or []) if f.kind == "honor" else []
        if not any(CLAUSE_IN_BODY_RE.search(to_simplified(b)) for b in bodies):
            out.append(f)
            continue
        new: list[str] = []
        for b in bodies:
            simple = to_simplified(b)
            if CLAUSE_IN_BODY_RE.search(simple) is None:
                new.append(b)
                continue
            at = 0
            for m in [*CLAUSE_IN_BODY_RE.finditer(simple), None]:
                end = m.start() if m else len(b)
                piece = b[at:end].strip()
                if len(piece) >= 2 and is_body(piece) and not MEETING_BODY_RE.match(to_simplified(piece)):
                    new.append(piece)
                    break
                at = m.end() if m else at
        out.append(replace(f, value={**f.value, "conferred_by": list(dict.fromkeys(new))}))
    return out


# a city's body written after its province (陕西省咸阳市委): a conferrer is named by its city alone
PROVINCE_BEFORE_CITY_RE = re.compile(r"^(中共)?[\u4e00-\u9fff]{2,3}(?:省|自治区)(?=[\u4e00-\u9fff]{1,4}市(?!场))")


def city_bodies_unprefixed(facts: list[Any]) -> list[Any]:
    """中共陕西省咸阳市委 → 中共咸阳市委, 广东省深圳市总工会 → 深圳市总工会: the province before a
    city's body goes (one name per body; every key names a city's bodies without it)."""
    out = []
    for f in facts:
        bodies = list(f.value.get("conferred_by") or []) if f.kind == "honor" else []
        new = []
        for b in bodies:
            m = PROVINCE_BEFORE_CITY_RE.match(to_simplified(b))
            new.append((m.group(1) or "") + b[m.end() :] if m else b)
        out.append(replace(f, value={**f.value, "conferred_by": list(dict.fromkeys(new))}) if new != bodies else f)
    return out


SAR_GOVERNMENT_RE = re.compile(r"^(香港|澳门)?特区(?:人民)?政府$")  # 人民: read by rule as a city district's


def sar_government_placed(ctx: Any, facts: list[Any]) -> list[Any]:
    """特区政府 as a conferrer: the government of the one special administrative region the article
    names (香港 → 香港特别行政区政府, in the script it was written in); else it stays as written."""
    from loaders.extract.relations import _s2t

    text = ctx.text[ctx.art.start : ctx.art.end]
    regions = [r for r in ("香港", "澳门") if r in text]
    out = []
    for f in facts:
        bodies = list(f.value.get("conferred_by") or []) if f.kind == "honor" else []
        new = []
        for b in bodies:
            m = SAR_GOVERNMENT_RE.match(to_simplified(b))
            region = (m.group(1) or (regions[0] if len(regions) == 1 else None)) if m else None
            full = f"{region}特别行政区政府" if region else b
            new.append(full if to_simplified(b) == b or full == b else str(_s2t()(full)))
        out.append(replace(f, value={**f.value, "conferred_by": list(dict.fromkeys(new))}) if new != bodies else f)
    return out


def bare_bodies_placed(ctx: Any, facts: list[Any]) -> list[Any]:
    """A bare local body the last readers add (市总工会宣读了《关于…的决定》, a host, a dateline) takes
    the place the honour's title names, else the document's, else the one the article names most,
    as the bodies of a statement do in :func:`inherit` (省人社厅 → 山东省人社厅 → its full name)."""
    from loaders.extract.document import _place_of

    named: tuple[str | None, str | None] | None = None
    out = []
    for f in facts:
        bodies = list(f.value.get("conferred_by") or []) if f.kind == "honor" else []
        if not any(to_simplified(b)[:1] in "省市县区自" or YOUTH_BARE_RE.match(to_simplified(b)) for b in bodies):
            out.append(f)
            continue
        title_city, title_province = _place_of(to_simplified(f.value.get("title") or ""))
        if named is None:
            named = most_named_places(ctx.text, ctx.art.start, ctx.art.end)
        province = title_province or ctx.doc.province or named[0]
        city = title_city or ctx.doc.city or named[1]
        if not province and city:
            province = province_of_city(city)
        county, local_city = title_local_place(f.value.get("title") or "", city)  # 县人社局 for 攸县技能能手
        completed = place_completed(
            bodies,
            province,
            local_city or city,
            county=county or ctx.art.county,
            prefecture=prefecture_named(ctx.text, ctx.art.start, ctx.art.end),
        )
        new = [full_local_body(b, restored=False) for b in completed]
        out.append(replace(f, value={**f.value, "conferred_by": list(dict.fromkeys(new))}) if new != bodies else f)
    return out


def shared_prefix_bodies(ctx: Any, facts: list[Any]) -> list[Any]:
    """某公司劳动模范、优秀共产党员: an honour of a 、-run that names no level or body of its own
    shares the body that heads the run (the company prefixed to the first item confers each)."""
    t = ctx.text
    honours = sorted((f for f in facts if f.kind == "honor"), key=lambda f: f.pos)
    by_pos = {(f.pos, tuple(f.persons or ())): f for f in honours}
    given: dict[int, list[str]] = {}
    for f in honours:
        v = f.value
        bodies = given.get(id(f)) or list(v.get("conferred_by") or [])
        raw = v.get("raw") or ""
        if not bodies or not (given.get(id(f)) or _prefixed_by(raw, bodies)):
            continue
        if t[f.pos : f.pos + len(raw)] != raw or t[f.pos + len(raw) : f.pos + len(raw) + 1] != "、":
            continue
        nxt = by_pos.get((f.pos + len(raw) + 1, tuple(f.persons or ())))
        if nxt is None or nxt.value.get("conferred_by") or nxt.value.get("level") or nxt.value.get("year"):
            continue
        given[id(nxt)] = bodies
    if not given:
        return facts
    return [replace(f, value={**f.value, "conferred_by": given[id(f)]}) if id(f) in given else f for f in facts]


def _prefixed_by(raw: str, bodies: list[str]) -> bool:
    """国网浙江省电力有限公司劳动模范 with its company as the one body: the body heads the title."""
    return len(bodies) == 1 and fold(raw).startswith(fold(bodies[0])) and len(fold(raw)) > len(fold(bodies[0]))


# the issuer speaking of itself (经研究，我部决定授予…): the body that signs the document
SELF_BODY_RE = re.compile(r"^(?:我|本)(?P<kind>部|局|委|厅|会|院|办|署|司|处)$")
# a meeting that 授予 (会议还授予…): the meeting is no body; its holder is named elsewhere or not at all
MEETING_BODY_RE = re.compile(
    r"^(?:本次|此次|这次|该)?(?:[^，,。；;]{0,8}?(?:表彰|颁奖|命名|授称|庆祝|总结))?(?:会议|大会|全会|会)上?$"
)  # 此次表彰大会上，授予…: the meeting, not a body


def self_named_bodies(ctx: Any, facts: list[Any]) -> list[Any]:
    """我部/本局 as a conferrer is the body that signs the document (its one signatory of that kind),
    else it is dropped; a bare meeting (会议还授予…) is the body that held the event the article
    reported before it (由省妇联主办的…大会在广州举行。会议…授予…), else it is dropped."""
    signed: tuple[str, ...] | None = None
    held: list[Statement] | None = None
    out = []
    for f in facts:
        bodies = f.value.get("conferred_by") if f.kind == "honor" else None
        if bodies and any(SELF_BODY_RE.match(b) or MEETING_BODY_RE.match(b) for b in bodies):
            if signed is None:
                signed = signatories(ctx.text, ctx.art.start, ctx.art.end)
            new: list[str] = []
            for b in bodies:
                me = SELF_BODY_RE.match(b)
                if me:
                    mine = [x for x in signed if to_simplified(x).endswith(me["kind"])]
                    new += mine[:1] if len(mine) == 1 else []
                elif not MEETING_BODY_RE.match(b):
                    new.append(b)
                else:
                    if held is None:
                        held = event_organisers(ctx.text, ctx.art.start, ctx.art.end)
                    new += _event_holders(ctx, [e for e in held if e.start <= f.pos])
            f = replace(f, value={**f.value, "conferred_by": list(dict.fromkeys(new))})
        out.append(f)
    return out


def _event_holders(ctx: Any, events: list[Statement]) -> list[str]:
    """The bodies of the last event held before a meeting that confers, their place completed."""
    if not events:
        return []
    named = most_named_places(ctx.text, ctx.art.start, ctx.art.end)
    province, city = ctx.doc.province or named[0], ctx.doc.city or named[1]
    if not province and city:
        province = province_of_city(city)
    return place_completed(list(events[-1].bodies), province, city)


def _granted_object(text: str, body: str) -> bool:
    """The body is written as what 授予 is given to (授予甲医院骨科、乙医院妇产科“先进病区”称号), never as
    the one that gives (…授予 / …决定 / …表彰)."""
    if len(body) < 4:
        return False
    # string search with fixed patterns: a pattern built per body would be compiled on every call
    starts = _occurrences(text, body)
    if any(_AGENT_VERB_RE.match(text, i + len(body)) for i in starts):
        return False
    for i in starts:
        if text[i + len(body) : i + len(body) + 1] not in ("、", "“", "「"):
            continue
        j = text.rfind("授予", max(0, i - 82), i)
        while j >= 0:
            if i - (j + 2) <= 80 and not _GRANT_STOP_RE.search(text, j + 2, i):
                return True
            j = text.rfind("授予", max(0, i - 82), j)
    return False


_AGENT_VERB_RE = re.compile(r"(?:研究)?(?:授予|决定|表彰|命名|评选|批准)")
_GRANT_STOP_RE = re.compile(r"[，,。；;！？“”「」\s]")


def _occurrences(text: str, part: str) -> list[int]:
    """Where ``part`` starts in ``text`` (overlaps included)."""
    out, i = [], text.find(part)
    while i >= 0:
        out.append(i)
        i = text.find(part, i + 1)
    return out


def granted_units_dropped(ctx: Any, facts: list[Any]) -> list[Any]:
    """A winner's own unit is no conferrer: bodies the text names as the objects of 授予 are dropped."""
    out = []
    for f in facts:
        bodies = f.value.get("conferred_by") if f.kind == "honor" else None
        if bodies:
            kept = [b for b in bodies if not _granted_object(ctx.text, to_simplified(b))]
            if len(kept) != len(bodies):
                f = replace(f, value={**f.value, "conferred_by": kept})
        out.append(f)
    return out


def document_statements(ctx: Any, decisions: list[tuple[str, list[str]]]) -> list[Statement]:
    """Every body the article names as deciding, announcing, organising or commending a conferral
    (its statements, joint organisers, rounds, events, published lists, signatories and the issuers of
    the decisions it names), each with where it is said (a decision's and a signature's: the start)."""
    t, art = ctx.text, ctx.art
    found = [
        *statements(t, art.start, art.end),
        *joint_organisers(t, art.start, art.end),
        *round_organisers(t, art.start, art.end),
        *credited_organisers(t, art.start, art.end),
        *event_organisers(t, art.start, art.end),
        *list_publishers(t, art.start, art.end),
        *issued_decisions(t, art.start, art.end),
    ]
    signed = signatories(t, art.start, art.end) or signatories(t, art.start, signature_end(t, art.end))
    signed = signed or headed_issuers(t, art.start, art.end)  # 关于表彰…的决定 / 竹溪县人民政府 (no signature)
    if signed:
        found.append(Statement(signed, (), art.start))
    found += [Statement(tuple(orgs), (), art.start) for _, orgs in decisions if orgs]
    return found


def _document_bodies(found: list[Statement], title: str, pos: int) -> tuple[str, ...] | None:
    """The one set of bodies the article names, before ``pos``, that could confer ``title`` (its level
    fits), else None (none, or two that differ)."""
    from loaders.extract.relations import covers

    # 四川省总工会、绵阳市总工会分别表彰了一批先进个人: of a statement's bodies, those whose level fits
    fitting = [fitted for s in found if (fitted := _fitting_part(s, title)) is not None]
    # 宁波市港城工匠 is the series 港城工匠 its organisers name without their city (said before or after);
    # 全国最美职工 the series 最美职工 its national bodies name without the level (their level fits);
    # …港城工匠提名奖 a nominee award of the series
    bare = NOMINEE_TAIL_RE.sub("", NATIONAL_PREFIX_RE.sub("", LEADING_PLACE_RE.sub("", title)))
    named = [
        s
        for s in fitting
        if s.phrases
        and (covers(list(s.phrases), title) or covers(list(s.phrases), bare) or _moral_category(s.phrases, title))
    ]
    fitting = [s for s in fitting if s.start <= pos]
    if not named and any(s.phrases for s in fitting):
        return None  # a body said to confer another series: this honour is not said to be its
    sets = {tuple(fold(b) for b in s.bodies): s.bodies for s in named or fitting}
    return next(iter(sets.values())) if len(sets) == 1 else None


# the five kinds a 道德模范 selection names its models by (评选分为“助人为乐模范”…五类): each is of the series
MORAL_CATEGORY_RE = re.compile(
    r"""
    ^(?:全国|全省|全市|全县|全区|[\u4e00-\u9fff]{1,7}?(?:省|市|县|区|州))?
    (?:助人为乐|见义勇为|诚实守信|敬业奉献|孝老爱亲)模范$
    """,
    re.VERBOSE,
)


def _moral_category(phrases: tuple[str, ...], title: str) -> bool:
    """Whether ``title`` is one kind of the 道德模范 series the statement names (王某等10人获称助人为乐模范
    under 第五届全市道德模范评选活动由A、B组织开展): the series' bodies confer each of its kinds."""
    return MORAL_CATEGORY_RE.match(title) is not None and any(p.endswith("道德模范") for p in phrases)


def _fitting_part(s: Statement, title: str) -> Statement | None:
    """The statement with only the bodies whose level fits ``title`` (all of them, when the title
    names no place or level), else None."""
    if not s.bodies:
        return None
    if _level_fits(title, s.bodies):
        return s
    if not _placed_title(title):
        return None
    kept = tuple(b for b in s.bodies if _level_fits(title, (b,)))
    return replace(s, bodies=kept) if kept else None


def _placed_title(title: str) -> bool:
    """Whether a title names its place or the nation (湖北省五一劳动奖章, 全国劳动模范)."""
    simple = to_simplified(title)
    return bool(LEADING_PLACE_RE.match(simple) or NATIONAL_HEAD_RE.match(simple))


# 王某去年被评为… / 此前荣获…: a conferral the sentence dates before the document's
EARLIER_RE = re.compile(r"去年|前年|此前|早在|以前|之前|当年|那年")


def _held_before(ctx: Any, f: Any) -> bool:
    """The honour is one the document mentions as held before its own conferral: its sentence says
    so (去年, 此前…), or it is dated before the document's year by anything but a 年度."""
    if EARLIER_RE.search(f.sent.text):
        return True
    year, raw = f.value.get("year"), f.value.get("raw") or ""
    return bool(year and ctx.doc.year and year < ctx.doc.year and "年度" not in raw)


# the giver named after an honour's name in its own sentence (被评为“湖北省劳动模范”，由湖北省委、省政府授予)
TRAILING_GIVER_RE = re.compile(
    r"""
    [”」』]?(?:荣誉|光荣)?(?:称号)?[，,]\s*(?:该|这一)?(?:称号|荣誉)?(?:是)?(?:并|均|都)?
    由(?P<body>[^，,。；;！？“”「」]{2,40}?)(?:联合|共同)?(?:授予|颁发|评选|命名|表彰|评定)的?
    (?=[。！；;\n]|$)
    """,
    re.VERBOSE,
)


def trailing_givers(ctx: Any, facts: list[Any]) -> list[Any]:
    """An honour without a conferrer whose own sentence names who gave it right after the name
    (2019年，张某被评为“湖北省劳动模范”，由湖北省委、省政府授予) takes those bodies."""
    from loaders.extract.frames import split_bodies

    out = []
    for f in facts:
        raw = str(f.value.get("raw") or "") if f.kind == "honor" else ""
        if not raw or f.value.get("conferred_by"):
            out.append(f)
            continue
        end = ctx.text.find(raw, f.pos, f.sent.end)
        m = TRAILING_GIVER_RE.match(ctx.text, end + len(raw)) if end >= 0 else None
        bodies = split_bodies(m["body"], ctx.text[ctx.art.start : f.pos]) if m else ()
        out.append(replace(f, value={**f.value, "conferred_by": list(bodies)}) if bodies else f)
    return out


def document_conferrers(ctx: Any, facts: list[Any], decisions: list[tuple[str, list[str]]]) -> list[Any]:
    """An honour the article reports conferring, still without a conferrer after every other step
    (the fallback's included), takes the bodies the document names as its one decider, announcer or
    organiser (由哈市道外区总工会主办的…表彰奖励大会举行。… 最终评选出10名“道外名匠”…), when their level
    fits the honour's title; honours held earlier (曾获, 先后荣获…) and honours another body confers
    keep theirs.  The bodies are named as written: :func:`late_conferrers` gives their full names."""
    facts = trailing_givers(ctx, facts)  # …被评为“X”，由A、B授予: the sentence names the giver after it
    open_honours = [
        f
        for f in facts
        if f.kind == "honor"
        and not f.value.get("conferred_by")
        and not f.value.get("_past")
        and not _resume(f)
        and not _held_before(ctx, f)
    ]
    if not open_honours:
        return facts
    found = document_statements(ctx, decisions)
    if not found:
        return facts
    given: dict[int, list[str]] = {}
    for f in open_honours:
        bodies = _document_bodies(found, to_simplified(f.value.get("title") or ""), f.pos)
        if bodies:
            given[id(f)] = [ctx.resolve_org(b, f.pos) or b for b in bodies]
    if not given:
        return facts
    return [replace(f, value={**f.value, "conferred_by": given[id(f)]}) if id(f) in given else f for f in facts]


def same_title_conferrers(ctx: Any, facts: list[Any]) -> list[Any]:
    """An honour still without a conferrer (a row of a 名单 under its heading: 二、全国关心下一代工作先进工作者 /
    兰玉华 李金保 …) takes the conferrers the article gives the same title where it tells the conferral
    (中国关工委、中央文明办…表彰大会。…51名同志被授予“全国关心下一代工作先进工作者”荣誉称号), when every such
    mention gives one set of bodies; honours held earlier (曾获, 先后荣获, 去年…) keep theirs."""
    from loaders.extract.steps import norm_title

    given: dict[str, set[tuple[str, ...]]] = {}
    for f in facts:
        if f.kind == "honor" and f.value.get("conferred_by") and not f.value.get("_past") and not _resume(f):
            given.setdefault(norm_title(f.value.get("title")), set()).add(tuple(f.value["conferred_by"]))
    if not given:
        return facts
    out = []
    for f in facts:
        v = f.value
        if f.kind != "honor" or v.get("conferred_by") or v.get("_past") or _resume(f) or _held_before(ctx, f):
            out.append(f)
            continue
        found = given.get(norm_title(v.get("title")), set())
        out.append(replace(f, value={**v, "conferred_by": list(next(iter(found)))}) if len(found) == 1 else f)
    return out


# 集团公司 / 公司工会 / 集团党委 / 党支部: a unit word with no name of its own
UNNAMED_BODY_RE = re.compile(
    r"""^(?:本|我|该)?
    (?:集团公司|集团|总公司|股份公司|分公司|公司|党支部|党总支|党委)
    (?:党委|工会|团委|纪委|党支部)?$""",
    re.VERBOSE,
)


def unnamed_bodies_dropped(facts: list[Any]) -> list[Any]:
    """A conferrer still written only as a unit word once every step has tried to name it (集团公司劳动模范
    where the text names no group) is no conferrer: the conventions key nothing from outside the text."""
    out = []
    for f in facts:
        bodies = list(f.value.get("conferred_by") or []) if f.kind == "honor" else []
        kept = [b for b in bodies if not UNNAMED_BODY_RE.match(to_simplified(b))]
        out.append(replace(f, value={**f.value, "conferred_by": kept}) if kept != bodies else f)
    return out


# 东莞市庆祝“五一”…暨第七届劳动模范和先进集体表彰大会: the edition of the series the meeting commends
MEETING_EDITION_RE = re.compile(
    r"""
    (?P<edition>第[一二三四五六七八九十百\d]{1,4}届|首届)
    (?P<series>[^，,。；;！？：:\s“”「」『』《》]{2,30}?)  # 劳动模范和先进集体
    (?:表彰大会|表彰会|颁奖大会|颁奖典礼|颁奖晚会|颁奖仪式|命名大会)
    """,
    re.VERBOSE,
)
# 第二届职代会暨…表彰大会, 第九届委员会第三次会议: the edition is a sitting's, no series'
SITTING_SERIES_RE = re.compile(r"暨|代表大会|职代会|会议|委员会|[次期]")
PLACE_PREFIX_RE = re.compile(r"^(?:全国|全省|全市|全县|[\u4e00-\u9fff]{1,7}?(?:自治区|省|市|县|区|州|旗))?")


def meeting_editions(ctx: Any, facts: list[Any]) -> list[Any]:
    """Honours read after a meeting that commends the N-th edition of their series (…第七届劳动模范和
    先进集体表彰大会…。袁某等77位同志被授予“东莞市劳动模范”称号) take that edition, when the
    honour has none, is not one held earlier, and its place (东莞市) is the meeting's.  A series
    two meetings give different editions keeps none."""
    t = to_simplified(ctx.text)
    meetings = [m for m in MEETING_EDITION_RE.finditer(t, ctx.art.start, ctx.art.end)]
    meetings = [m for m in meetings if not SITTING_SERIES_RE.search(m["series"])]
    if not meetings:
        return facts
    out = list(facts)
    for k, f in enumerate(facts):
        if f.kind != "honor" or f.value.get("edition") or f.value.get("_past") or _resume(f):
            continue
        title = to_simplified(str(f.value.get("title") or ""))
        editions = {edition_numerals(m["edition"]) for m in meetings if m.start() < f.pos and _commends(t, m, title)}
        if len(editions) == 1:
            out[k] = replace(f, value={**f.value, "edition": editions.pop()})
    return out


def _commends(text: str, meeting: re.Match[str], title: str) -> bool:
    """Whether the meeting's series (劳动模范和先进集体, 劳模 written short) names the honour
    ``title`` (东莞市劳动模范) and the title's place, if any, is named in the meeting's sentence
    (东莞市…, or 全市/我市 for a city's honour)."""
    from loaders.extract.relations import series_phrases

    place = PLACE_PREFIX_RE.match(title)
    prefix = place.group() if place else ""
    core = fold(title[len(prefix) :])
    if len(core) < 3:
        return False
    pieces = {fold(PLACE_PREFIX_RE.sub("", p)) for p in series_phrases(meeting["series"].replace("劳模", "劳动模范"))}
    if core not in pieces:
        return False
    if not prefix or prefix.startswith("全") or prefix in meeting["series"]:
        return True
    lo = max(text.rfind(c, 0, meeting.start()) for c in "。！？\n")
    before = text[lo + 1 : meeting.start()]
    return prefix in before or bool(re.search("[全我本]" + prefix[-1], before))  # 全市第12届劳模表彰大会
