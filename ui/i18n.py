"""Interface strings in Chinese (the default) and English, and the sidebar language switch.

Data stays as written (names, honours, organisations are Chinese either way);
only the interface around it is translated.  ``t(key, **fields)`` looks a key
up in the current language; a key missing from the table shows as itself so a
gap is visible, and ``tests/test_ui_units.py`` checks every key the pages use.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

LANG_KEY = "app.lang"
LANGUAGES = {"zh": "中文", "en": "English"}

# key: (中文, English)
STRINGS: dict[str, tuple[str, str]] = {
    # app
    "app.title": ("劳模工匠图谱", "Model workers & craftsmen graph"),
    "app.language": ("语言", "Language"),
    "app.store": ("数据库：{store}", "Store: {store}"),
    "app.reader_mode": (
        "阅览模式：不显示导入与查询控制台，出生日期只到年月，证件号和电话已隐去。",
        "Reader mode: no import or console; birth dates to the month; ID and phone numbers hidden.",
    ),
    "app.server_time": ("页面服务器用时 {seconds} 秒", "Page served in {seconds} s"),
    # editors' sign-in (ui/auth.py)
    "auth.title": ("编辑登录", "Editor sign-in"),
    "auth.name": ("编辑用户名", "Editor name"),
    "auth.password": ("密码", "Password"),
    "auth.submit": ("登录", "Sign in"),
    "auth.sign_out": ("退出登录", "Sign out"),
    "auth.signed_in": ("已登录编辑：{name}", "Signed in as editor {name}"),
    "auth.wrong": ("用户名或密码不正确。", "Wrong name or password."),
    "auth.wait": ("登录失败次数过多，请 {seconds} 秒后再试。", "Too many failed sign-ins: try again in {seconds} s."),
    "auth.required": (
        "此页面仅限编辑使用，请先在侧栏登录。",
        "This page is for editors: sign in from the sidebar first.",
    ),
    "auth.reader_only": (
        "本站点未配置编辑账号，只供阅览：不提供导入、人物核对和修改。",
        "No editor is configured: this site is read-only (no import, review or changes).",
    ),
    "auth.bad_config": ("编辑账号配置有误：{error}", "The editor configuration is wrong: {error}"),
    # deep links to a record that does not exist (ui/components.py)
    "deeplink.not_found": (
        "未找到{kind}“{id}”：链接可能已过期或记录已合并。请在下方搜索。",
        "No {kind} “{id}”: the link may be out of date or the record merged. Search below.",
    ),
    "deeplink.kind.person": ("人物", "person"),
    "deeplink.kind.honor": ("荣誉", "honour"),
    "deeplink.kind.org": ("单位", "organisation"),
    "deeplink.no_match": ("没有找到“{q}”。", "Nothing matches “{q}”."),
    # recent loads on the import page
    "import.recent": ("最近导入", "Recent loads"),
    "import.recent_none": ("还没有记录导入人的导入。", "No load with its editor recorded yet."),
    "col.loaded_by": ("导入人", "Loaded by"),
    "col.loaded_at": ("导入时间", "Loaded at"),
    "store.embedded": ("嵌入式", "embedded"),
    "store.unavailable": ("无法打开图数据库：{error}", "Cannot open the graph store: {error}"),
    "query.failed": ("查询“{name}”失败：{error}", "Query “{name}” failed: {error}"),
    # pages
    "page.overview": ("总览", "Overview"),
    "page.person": ("人物", "People"),
    "page.honours": ("荣誉", "Honours"),
    "page.orgs": ("组织", "Organisations"),
    "page.explore": ("探索", "Explore"),
    "page.console": ("Cypher 控制台", "Cypher console"),
    "page.import": ("导入", "Import"),
    # common
    "common.all": ("全部", "All"),
    "common.undated": ("未注明年份", "undated"),
    "common.unknown": ("未知", "unknown"),
    # columns
    "col.year": ("年份", "Year"),
    "col.awards": ("获奖次数", "Awards"),
    "col.awards_rollup": ("获奖（含下级）", "Awards (incl. sub-units)"),
    "col.people": ("人数", "People"),
    "col.people_rollup": ("人数（含下级）", "People (incl. sub-units)"),
    "col.conferred": ("授予次数（含下级）", "Conferred (incl. sub-units)"),
    "col.level": ("级别", "Level"),
    "col.category": ("类别", "Category"),
    "col.organization": ("单位", "Organisation"),
    "col.honour": ("荣誉", "Honour"),
    "col.edition": ("届次", "Edition"),
    "col.conferred_by": ("授予单位", "Conferred by"),
    "col.raw": ("原文", "As written"),
    "col.position": ("职务", "Position"),
    "col.start": ("起始年份", "From"),
    "col.person": ("人物", "Person"),
    "col.recipients": ("获奖人数", "Recipients"),
    "col.first_year": ("最早年份", "First year"),
    "col.last_year": ("最近年份", "Latest year"),
    "col.kind": ("类型", "Kind"),
    "col.title": ("名称", "Title"),
    "col.subtype": ("细类", "Subtype"),
    "col.code": ("编号", "Number / code"),
    "col.count": ("数量", "Count"),
    "col.document": ("来源文献", "Source document"),
    "col.date": ("日期", "Date"),
    "col.sentence": ("证据句", "Evidence sentence"),
    "col.confidence": ("置信度", "Confidence"),
    "col.fact": ("事实", "Fact"),
    "col.via": ("经由单位", "Via unit"),
    "col.degree": ("度中心性", "Degree"),
    "col.betweenness": ("中介中心性", "Betweenness"),
    "col.community": ("群体", "Community"),
    "col.size": ("人数", "Size"),
    "col.members": ("成员", "Members"),
    # graph pictures and downloads
    "graph.empty": ("没有可画的节点。", "Nothing to draw."),
    "graph.legend": (
        "{nodes} 个节点 · {edges} 条关系 · {kinds}（点击节点看详情，拖动可调整）",
        "{nodes} nodes · {edges} relationships · {kinds} (click a node for details, drag to arrange)",
    ),
    "graph.expand_hint": ("；双击节点展开它的邻居", "; double-click a node to add its neighbours"),
    "download.csv": ("下载 CSV", "Download CSV"),
    "download.json": ("下载 JSON", "Download JSON"),
    # overview
    "overview.title": ("劳模工匠图谱 · 总览", "Model workers & craftsmen · overview"),
    "overview.intro": (
        "从工会报刊和表彰名单整理的劳动模范、工匠及其荣誉、单位与成果。",
        "Model workers and craftsmen from trade-union papers and award lists: their honours, organisations and work.",
    ),
    "overview.search": ("搜索人物、荣誉或单位", "Search people, honours or organisations"),
    "overview.search_hint": (
        "姓名、别名、繁体或拼音首字母，如 zw",
        "name, alias, traditional script or pinyin initials, e.g. zw",
    ),
    "overview.no_match": ("没有找到“{q}”。", "Nothing matches “{q}”."),
    "overview.no_org": ("单位不详", "organisation unknown"),
    "overview.same_name": ("同名", "same name"),
    # people search (graph.search; overview and explore)
    "search.people_hint": (
        "姓名、别名、繁体或拼音首字母（如 zw），可加单位缩小范围：张伟 九里山",
        "name, alias, traditional script or pinyin initials (e.g. zw); add a unit to narrow: 张伟 九里山",
    ),
    "search.people": ("人物", "People"),
    "search.total": ("共找到 {n} 人", "{n} people found"),
    "search.total_at": ("共找到 {n} 人（单位含“{units}”）", "{n} people found (unit matching “{units}”)"),
    "search.classes": ("其中 {parts}", "of whom {parts}"),
    "search.class.0": ("同名 {n}", "{n} same name"),
    "search.class.1": ("拼音相符 {n}", "{n} by pinyin"),
    "search.class.2": ("开头相符 {n}", "{n} starting so"),
    "search.class.3": ("包含 {n}", "{n} containing it"),
    "search.showing": ("第 {first}–{last} 人", "people {first}–{last}"),
    "search.page": ("页码（共 {pages} 页）", "Page (of {pages})"),
    "search.ignored": (
        "只按前三个单位词缩小范围，未用：{words}",
        "Only three unit words narrow the search; unused: {words}",
    ),
    "search.no_people": ("没有找到姓名为“{q}”的人物。", "No person named “{q}”."),
    "search.honours_orgs": ("荣誉与单位", "Honours and organisations"),
    "search.more_honours": ("等 {n} 项荣誉", "and {n} more honours"),
    "search.no_year": ("年份不详", "year unknown"),
    "explore.find_person": ("按姓名查找人物或单位", "Find a person or an organisation by name"),
    "explore.find_person_help": (
        "同名的人很多时，加上单位，如“张伟 九里山”；找到的人物和单位排在下面选择框的最前面，之前找到的也留在其中。",
        "With many namesakes add a unit, e.g. “张伟 九里山”; the people and organisations found come first "
        "in the pickers below, and those found earlier stay there.",
    ),
    "explore.found_people": (
        "找到 {n} 人，前 {shown} 人已加入选择框",
        "{n} found; the first {shown} are in the pickers",
    ),
    "explore.found_orgs": ("；另有 {n} 个单位", "; {n} organisations too"),
    "explore.honours_shown": (
        "列出获奖最多的 {shown} 个荣誉系列（共 {n} 个）；其余的可在荣誉页面查看。",
        "The {shown} most conferred honour series are listed (of {n}); the honours page lists them all.",
    ),
    "overview.per_year": ("历年荣誉", "Honours per year"),
    "overview.no_dated": ("还没有注明年份的荣誉。", "No dated honours yet."),
    "overview.by_level": ("按级别与类别", "By level and category"),
    "overview.top_orgs": ("荣誉最多的单位（含下级单位）", "Most honoured organisations (incl. sub-units)"),
    "overview.open_org": ("打开单位页面", "Open an organisation"),
    "overview.org_counts": ("{awards} 项荣誉 · {people} 人", "{awards} awards · {people} people"),
    "overview.empty": (
        "图谱还是空的：请先导入资料（导入页或 laomo load）。",
        "The graph is empty: import data first (Import page or `laomo load`).",
    ),
    # person
    "person.title": ("人物", "People"),
    "person.pick": ("选择人物", "Choose a person"),
    "person.find": ("按姓名查找人物", "Find a person by name"),
    "person.find_help": (
        "同名的人很多时，加上单位，如“张伟 九里山”；也可从总览、荣誉、组织页面的链接打开人物。",
        "With many namesakes add a unit, e.g. “张伟 九里山”; people also open from links on the other pages.",
    ),
    "person.found": ("找到 {n} 人，前 {shown} 人在下面的选择框中", "{n} found; the first {shown} are in the picker"),
    "person.search_first": (
        "在上面输入姓名查找人物，或从总览、荣誉、组织页面的链接打开。",
        "Type a name above, or open a person from a link on the overview, honours or organisations page.",
    ),
    "person.none": ("图谱中还没有人物。", "No people in the graph yet."),
    "person.not_found": ("找不到编号为 {id} 的人物。", "No person with id {id}."),
    "person.born": ("{born} 出生", "born {born}"),
    "person.aliases": ("别名：{aliases}", "Also known as: {aliases}"),
    "person.organisation": ("单位", "Organisation"),
    "person.open_orgs": ("打开所在单位", "Open the organisation"),
    "person.positions": ("职务", "Positions"),
    "person.timeline": ("荣誉时间线", "Honour timeline"),
    "person.undated": ("未注明年份的荣誉", "Undated honours"),
    "person.none_undated": ("无", "none"),
    "person.no_dated": ("没有注明年份的荣誉。", "No dated honours."),
    "person.not_stated": ("未说明", "not stated"),
    "person.open_honours": ("打开荣誉页面", "Open an honour"),
    "person.co_recipients": ("同批获奖者", "Received the same honour in the same edition"),
    "person.works": ("专利·标准·项目", "Patents · standards · projects"),
    "person.network": ("关系网络", "Network"),
    "person.network_help": (
        "此人一步之内的单位、荣誉、职务与成果（获奖展开到荣誉与授予单位）。",
        "Everything one step from this person (awards expanded to honours and conferrers).",
    ),
    "person.sources": ("事实来源", "Sources"),
    "person.export": ("导出名片", "Export"),
    "person.patents": ("专利", "Patents"),
    "person.patents_help": (
        "点名的专利 {named} 项；来源报道的总数 {reported} 项。取两者较大者。",
        "{named} patents named; sources report {reported} in all. The larger is shown.",
    ),
    "person.standards": ("标准规范", "Standards"),
    "person.projects": ("项目成果", "Projects"),
    "person.no_works": ("没有记录专利、标准或项目。", "No patents, standards or projects recorded."),
    "person.no_sources": ("没有记录来源。", "No sources recorded."),
    "person.png": ("下载名片 PNG", "Download card (PNG)"),
    "person.pdf": ("下载名片 PDF", "Download card (PDF)"),
    "person.json": ("下载名片数据 JSON", "Download card data (JSON)"),
    "person.font_missing": ("无法生成名片图片：{error}", "Cannot draw the card: {error}"),
    # honours
    "honours.title": ("荣誉", "Honours"),
    "honours.count": ("符合条件的荣誉系列：{n} 个", "{n} honour series match"),
    "honours.pick": ("选择荣誉系列", "Choose an honour series"),
    "honours.none": ("没有符合条件的荣誉。", "No honour matches."),
    "honours.per_edition": ("历届获奖人数", "Recipients per year and edition"),
    "honours.when": ("年份与届次", "Year and edition"),
    "honours.recipients": ("获奖名单", "Recipients"),
    "honours.recipient_count": ("共 {n} 人次", "{n} recipients"),
    "honours.network": ("同批获奖网络", "Co-recipient network"),
    "honours.network_help": (
        "连线表示两人在同一年、同一届获得此荣誉。",
        "A line joins two people who received this honour in the same year and edition.",
    ),
    "honours.network_truncated": (
        "只画出前 {n} 条同批获奖关系；完整网络的分析见“探索”页。",
        "Only the first {n} co-recipient links are drawn; the Explore page analyses the whole network.",
    ),
    "honours.network_sample": (
        "这是一个样本：此荣誉共 {all} 人次获奖，同批关系太多画不下，"
        "这里只画出 {when} 年的 {n} 人次；完整网络的分析见“探索”页。",
        "This is a sample: the honour has {all} recipients, too many links to draw, so only {n} recipients of {when} "
        "are drawn; the Explore page analyses the whole network.",
    ),
    "honours.no_pairs": (
        "此荣誉还没有同批获奖的两个人。",
        "No two people received this honour in the same edition yet.",
    ),
    # organisations
    "orgs.title": ("组织", "Organisations"),
    "orgs.intro": (
        "单位层级（集团 → 矿 → 队）；人数和获奖数包含全部下级单位。",
        "The hierarchy (group → mine → team); counts include every sub-unit.",
    ),
    "orgs.only_active": ("只显示有人员或荣誉的单位", "Only organisations with people or honours"),
    "orgs.pick": ("选择单位", "Choose an organisation"),
    "orgs.none": ("图谱中还没有单位。", "No organisations yet."),
    "orgs.belongs_to": ("隶属", "Part of"),
    "orgs.sub_units": ("下级单位", "Sub-units"),
    "orgs.people": ("人员（含下级单位）：{n} 人", "People (incl. sub-units): {n}"),
    "orgs.received": ("所属人员获得的荣誉（{n}）", "Honours its people received ({n})"),
    "orgs.given": ("本单位及下级授予的荣誉（{n}）", "Honours it and its sub-units conferred ({n})"),
    "orgs.nothing": ("无", "none"),
    "orgs.empty_hint": (
        "此单位及下级单位还没有人员或荣誉记录。{names}",
        "No people or honours recorded here yet. {names}",
    ),
    # honour ranks, rolls and anniversaries (graph.ranks, graph.reports)
    "col.rank": ("荣誉等级", "Rank"),
    "col.units": ("单位", "Unit"),
    "rank.filter": ("荣誉等级", "Rank"),
    "rank.help": (
        "按待遇等级筛选（规则见 data/dictionaries/honour_ranks.yaml）：全国五一劳动奖章按省部级计，"
        "全国先进工作者与全国劳模同为国家级，国务院或人社部与全总联合授予的为国家级。",
        "Filter by rank for treatment (rules in data/dictionaries/honour_ranks.yaml): the national May Day "
        "medal counts as 省部级, 全国先进工作者 ranks with 全国劳动模范, 国务院 or joint 人社部/全总 "
        "conferrals are national.",
    ),
    "rank.unranked": ("未定级", "unranked"),
    "person.highest_rank": ("最高荣誉等级：{rank}", "Highest rank: {rank}"),
    "orgs.rank_counts": (
        "各等级人数（含下级单位，每人按最高等级计）",
        "People by highest rank (incl. sub-units)",
    ),
    "orgs.at_or_above": ("省部级及以上（含同等待遇）", "省部级 and above (incl. equivalents)"),
    "orgs.ranked_people": ("人员及最高荣誉等级（{n} 人）", "People and their highest rank ({n})"),
    "orgs.roll": ("荣誉名册", "Honour roll"),
    "orgs.roll_intro": (
        "本单位及下级单位人员获得的荣誉，可按年份和等级筛选；每条附授予单位和来源，可下载 Excel、Word、CSV、JSON。",
        "Honours held by the people of this organisation and its sub-units, filtered by year and rank; "
        "each line with its conferrer and source. Download as Excel, Word, CSV or JSON.",
    ),
    "orgs.year_from": ("起始年份（0 为不限）", "From year (0 = any)"),
    "orgs.year_to": ("截止年份（0 为不限）", "To year (0 = any)"),
    "orgs.roll_count": ("名册共 {n} 条，涉及 {people} 人", "{n} lines, {people} people"),
    "orgs.download": ("下载 {fmt}", "Download {fmt}"),
    # long lists a page at a time (ui/paging.py) and pictures that draw a sample
    "paging.page": ("页码（共 {pages} 页）", "Page (of {pages})"),
    "paging.shown": ("第 {first}–{last} 条，共 {total} 条", "Rows {first}–{last} of {total}"),
    "orgs.tree_count": (
        "顶层单位共 {n} 个，每页 {per} 个，各带全部下级单位",
        "{n} top-level organisations, {per} a page, each with all its units",
    ),
    "orgs.graph_sample": (
        "图中画出本单位、上级和 {n} 个下级单位（共 {total} 个，按荣誉多少取前 {n} 个）。",
        "The picture shows this organisation, those above it and {n} of its {total} units (the most honoured).",
    ),
    "orgs.roll_page": ("下载的文件包含全部 {n} 条。", "Downloads hold all {n} lines."),
    "overview.on_this_day": ("历年今日", "On this day"),
    "overview.years_ago": ("几年前", "Years ago"),
    "overview.on_this_day_caption": (
        "{years} 年前的本月（{month}）获得的荣誉：授奖只记到年份，月份取同年同月发布的来源文献。",
        "Honours of {years} years ago this month ({month}): awards carry only a year, so the month is that "
        "of a source published the same year and month.",
    ),
    "overview.on_this_day_none": ("{month} 没有可查的授奖记录。", "No honours recorded for {month}."),
    # explore
    "explore.title": ("探索", "Explore"),
    "explore.shortest": ("最短关联", "Shortest connection"),
    "explore.shortest_help": (
        "两个人物或单位之间最短的事实链（最多 8 步，不经过来源文献）。",
        "The shortest chain of facts between two people or organisations (at most 8 steps).",
    ),
    "explore.too_few": ("至少需要两个人物或单位。", "Needs at least two people or organisations."),
    "explore.from": ("从", "From"),
    "explore.to": ("到", "To"),
    "explore.find": ("查找关联", "Find the connection"),
    "explore.same_node": ("起点和终点是同一个。", "Start and end are the same."),
    "explore.no_path": ("{a} 与 {b} 在 8 步之内没有关联。", "{a} and {b} are not connected within 8 steps."),
    "explore.path_len": ("{n} 步", "{n} steps"),
    "explore.search_stopped": (
        "{a} 与 {b}：搜索在读取 {read} 条关系后停止，其间没有找到 8 步以内的关联"
        "（经过大型荣誉或集团的关联要读取的关系很多）。",
        "{a} and {b}: the search stopped after reading {read} relationships without finding a chain of "
        "8 steps or fewer (chains through a large honour series or group need many more).",
    ),
    "explore.search_whole": ("搜索整个图（可能需要数秒）", "Search the whole graph (may take seconds)"),
    "explore.neighbourhood": ("逐步展开邻居", "Grow a neighbourhood step by step"),
    "explore.neighbourhood_help": (
        "从一个节点出发，双击图中节点或用下面的按钮展开它的邻居。",
        "Start from one node; double-click a node (or use the button) to add its neighbours.",
    ),
    "explore.start": ("起点", "Start at"),
    "explore.begin": ("重新开始", "Start over"),
    "explore.steps": ("已展开 {n} 个节点，图中共 {nodes} 个节点", "{n} nodes expanded, {nodes} shown"),
    "explore.expand_which": ("展开哪个节点", "Node to expand"),
    "explore.expand": ("展开", "Expand"),
    "explore.analytics": ("网络分析", "Network analytics"),
    "explore.network_of": ("同批获奖网络的范围", "Co-recipient network of"),
    "explore.run_analytics": ("计算网络分析", "Run the analytics"),
    "explore.analytics_on_demand": (
        "选择范围后点击“计算网络分析”：在大图上需要几秒钟。",
        "Pick a scope and press “Run the analytics”: it takes seconds on a large graph.",
    ),
    "explore.network_size": (
        "网络中 {nodes} 人，{edges} 条同批获奖关系。",
        "{nodes} people, {edges} co-recipient links.",
    ),
    "explore.network_sample": (
        "这是一个样本：网络过大，只读取了 {cohorts} 个获奖批次（共 {all_cohorts} 个）的 {awards} 项授奖"
        "（共 {all_awards} 项），级别高的荣誉和较近的年份优先；下面的分析只描述这个样本。"
        "选择单项荣誉可查看更完整的网络。",
        "This is a sample: the network is too large, so {cohorts} of {all_cohorts} cohorts were read "
        "({awards} of {all_awards} awards), higher-ranked honours and later years first; the analysis below "
        "describes this sample only. Pick one honour for a fuller network.",
    ),
    "explore.centrality": ("中心人物", "Central people"),
    "explore.communities": ("群体", "Communities"),
    "explore.conferrers": ("连接最多人的授予单位", "Conferrers linking most people"),
    # console
    "console.title": ("Cypher 查询控制台", "Cypher console"),
    "console.intro": (
        '只读：写入语句会被数据库拒绝。参数用 JSON，如 {"name": "张伟"}，在查询中写 $name。',
        'Read-only: the store refuses writes. Parameters as JSON, e.g. {"name": "张伟"}, used as $name.',
    ),
    "console.reader": ("阅览模式下不提供查询控制台。", "The console is not available in reader mode."),
    "console.examples": ("示例查询（各页面使用的命名查询）", "Saved example queries (the pages' named queries)"),
    "console.example": ("示例", "Example"),
    "console.use_example": ("载入到编辑器", "Load into the editor"),
    "console.cypher": ("Cypher 查询", "Cypher query"),
    "console.params": ("参数（JSON）", "Parameters (JSON)"),
    "console.params_help": ("一个 JSON 对象；键名对应查询中的 $参数。", "A JSON object; keys match the $parameters."),
    "console.limit": ("最多行数", "Row limit"),
    "console.timeout_s": ("超时（秒）", "Timeout (s)"),
    "console.run": ("运行", "Run"),
    "console.empty": ("请输入查询语句。", "Type a query first."),
    "console.bad_params": ("参数不是有效的 JSON 对象：{error}", "The parameters are not a JSON object: {error}"),
    "console.readonly": (
        "只读控制台拒绝了这条语句：不允许写入或修改数据（CREATE、MERGE、SET、DELETE 等）。详情：{error}",
        "Refused: the console is read-only and does not change data (CREATE, MERGE, SET, DELETE …). Details: {error}",
    ),
    "console.timed_out": (
        "查询超过 {seconds} 秒被中止。请缩小范围或限定路径长度。详情：{error}",
        "The query ran past {seconds} s and was stopped. Narrow it or bound path lengths. Details: {error}",
    ),
    "console.failed": ("查询出错：{error}", "The query failed: {error}"),
    "console.running": (
        "查询运行中（{seconds} 秒）……可以点“停止”中止。",
        "Running ({seconds} s)… press Stop to end it.",
    ),
    "console.stop": ("停止", "Stop"),
    "console.stopped": ("查询已停止。可以修改后重新运行。", "The query was stopped. Change it and run it again."),
    "console.rows": ("{n} 行，用时 {seconds} 秒", "{n} rows in {seconds} s"),
    "console.truncated": ("结果超过行数上限，只显示前 {n} 行。", "More rows than the limit: showing the first {n}."),
    "console.as_table": ("表格", "Table"),
    "console.as_graph": ("图", "Graph"),
    "console.no_graph": ("结果中没有节点、关系或路径。", "The result holds no nodes, relationships or paths."),
    # import
    "import.title": ("导入资料", "Import"),
    "import.intro": (
        "上传结构化档案（JSON/YAML）、名单（Excel/CSV）或中文文档（Word/PDF/网页/TXT）。"
        "逐条核对抽取的事实及其证据句，只导入勾选的内容。",
        "Upload a profile file (JSON/YAML), a list (Excel/CSV) or a Chinese document (Word/PDF/web page/TXT). "
        "Review each fact with its evidence; only ticked rows are loaded.",
    ),
    "import.reader": ("阅览模式下不提供导入。", "Import is not available in reader mode."),
    "import.date": ("文献日期（可选）", "Document date (optional)"),
    "import.date_help": ("YYYY 或 YYYY-MM，用于推算“去年”“今年”。", "YYYY or YYYY-MM; resolves 去年/今年."),
    "import.publisher": ("发布单位（可选）", "Publisher (optional)"),
    "import.url": ("原文网址（可选）", "Source address (optional)"),
    "import.url_help": (
        "文章发布的网页地址，如 http://www.jzrb.cn/news/2023/0428/123456.html。"
        "正文没有日期时，取网址中的日期推算“去年”“今年”；网址随文献保存。只用于文章（DOCX/PDF/HTML/TXT）。",
        "The address the article was published at, e.g. http://www.jzrb.cn/news/2023/0428/123456.html. "
        "When the text names no date, the address's date resolves 去年/今年; the address is kept with the document. "
        "Articles only (DOCX/PDF/HTML/TXT).",
    ),
    "import.url_invalid": (
        "“原文网址”不是网址：{url}。请填写以 http:// 或 https:// 开头的完整地址，或留空。",
        "“Source address” is not an address: {url}. Give a full address starting with http:// or https://, "
        "or leave it empty.",
    ),
    "import.url_not_used": (
        "“原文网址”只用于文章（DOCX/PDF/HTML/TXT），{name} 不是文章，未使用该网址。",
        "The source address applies to articles only (DOCX/PDF/HTML/TXT); {name} is not one, so it was not used.",
    ),
    "import.url_date": ("日期取自网址：{date}", "Date taken from the address: {date}"),
    "import.file": ("选择文件", "Choose a file"),
    "import.formats": (
        "结构化档案 JSON/YAML；名单 XLSX/XLS/ODS/CSV/TSV；文档 DOCX/PDF（须有文字层）/HTML/TXT。"
        "编码可为 UTF-8、GBK 或 UTF-16。.doc/.wps 请先另存为 .docx。",
        "Profiles JSON/YAML; lists XLSX/XLS/ODS/CSV/TSV; documents DOCX/PDF (with a text layer)/HTML/TXT. "
        "UTF-8, GBK or UTF-16. Save .doc/.wps as .docx first.",
    ),
    "import.skip_bad_rows": ("跳过有问题的行", "Skip bad rows"),
    "import.skip_bad_rows_help": (
        "名单中年份不可能、重复或缺姓名的行：勾选后跳过并逐行列出；不勾选则整份文件不导入。",
        "Rows with impossible years, repeats or no name: ticked, they are skipped and listed; "
        "unticked, the whole file is refused.",
    ),
    "import.rows": ("名单共读取 {rows} 行", "{rows} list rows read"),
    "import.collectives": (
        "{n} 个集体未导入（档案格式只记录个人荣誉）：{names}",
        "{n} collectives not loaded (the profile format holds people's honours only): {names}",
    ),
    "import.notes": ("读取说明（{n} 条）", "Reading notes ({n})"),
    "import.reading": ("正在读取……", "Reading …"),
    "import.no_extractor": (
        "文本抽取模块（loaders.extract）尚未安装，暂时只能导入 JSON/YAML 档案",
        "the text extractor (loaders.extract) is not installed yet: import a JSON/YAML profile",
    ),
    "import.invalid": ("文件无法导入：{error}", "Cannot import this file: {error}"),
    "import.document": ("文献", "Document"),
    "import.summary": ("{people} 人，共 {facts} 条待核对", "{people} people, {facts} rows to review"),
    "import.all": ("全选", "Accept all"),
    "import.none": ("全不选", "Reject all"),
    "import.accept": ("接受", "Accept"),
    "import.accept_help": (
        "取消勾选即拒绝这条事实；拒绝人物会连同其全部事实一起拒绝。",
        "Untick to reject; rejecting a person rejects all their facts.",
    ),
    "import.accepted": ("已接受 {n} / {total} 条", "{n} of {total} rows accepted"),
    "import.load": ("导入已接受的事实", "Load the accepted facts"),
    "import.loading": ("正在写入……", "Writing …"),
    "import.failed": ("导入失败，数据库未改动：{error}", "Import failed, nothing was changed: {error}"),
    "import.loaded": (
        "已导入 {name}：{people} 人，{facts} 条关系，用时 {seconds} 秒。",
        "Loaded {name}: {people} people, {facts} relationships in {seconds} s.",
    ),
    "import.what": ("类型", "What"),
    "import.change": ("变化", "Change"),
    "import.no_change": ("图谱没有变化：这些事实已经在库中。", "Nothing changed: these facts were already there."),
    # people review (loaders.resolve / loaders.people)
    "page.people_review": ("人物核对", "People review"),
    "review.title": ("同名人物核对", "Same-name people: review"),
    "review.intro": (
        "导入时无法确定是否为同一人的同名人物在此逐对核对：合并、保持为不同的人，或撤销已做的合并。",
        "Pairs of same-named people the loader could not decide: merge them, keep them apart, or undo a merge.",
    ),
    "review.reader": ("阅览模式下不提供人物核对。", "People review is not available in reader mode."),
    "review.show": ("显示", "Show"),
    "review.pending": ("待核对", "pending"),
    "review.all": ("全部（含已决定）", "all (decided too)"),
    "review.none": ("没有待核对的同名人物。", "No same-name pairs wait for review."),
    "review.item": ("{name}　得分 {score}　（{status}）", "{name}   score {score}   ({status})"),
    "review.status.pending": ("待核对", "pending"),
    "review.status.merged": ("已合并", "merged"),
    "review.status.separate": ("不同的人", "different people"),
    "review.existing": ("已有人物", "Already in the graph"),
    "review.incoming": ("新导入", "Newly loaded"),
    "review.born": ("出生：{born}", "born {born}"),
    "review.no_org": ("单位不详", "organisation unknown"),
    "review.gone": ("（已不在图中）", "(no longer in the graph)"),
    "review.reasons": ("理由", "Reasons"),
    "review.merge": ("合并为同一人", "Merge: same person"),
    "review.separate": ("保持为不同的人", "Keep separate"),
    "review.undo": ("撤销合并", "Undo the merge"),
    "review.merged": ("已合并 {b} → {a}。", "Merged {b} into {a}."),
    "review.separated": ("已标记 {a} 与 {b} 为不同的人。", "{a} and {b} marked as different people."),
    "review.undone": ("已撤销合并，{b} 恢复为单独的人物。", "Merge undone: {b} is a person of its own again."),
    "review.failed": ("操作未完成，图谱未改动：{error}", "Not done, nothing changed: {error}"),
    "review.records": ("最近的合并", "Recent merges"),
    "review.record": ("{absorbed} → {kept}（{name}，{at}）", "{absorbed} → {kept} ({name}, {at})"),
    "reason.name_match": ("同名", "same name"),
    "reason.common_name": ("常见姓名", "common name"),
    "reason.other_candidates": ("同名候选人数", "same-named candidates"),
    "reason.org_same": ("同一单位", "same organisation"),
    "reason.org_hierarchy": ("单位上下级", "organisation inside the other"),
    "reason.org_related": ("同属一个上级单位", "units of one group"),
    "reason.org_unrelated": ("单位无关", "unrelated organisations"),
    "reason.org_other_province": ("单位在不同省份", "organisations in different provinces"),
    "reason.born_same_month": ("出生年月相同", "same birth month"),
    "reason.born_same_year": ("出生年份相同", "same birth year"),
    "reason.born_differs": ("出生日期不同", "different birth dates"),
    "reason.gender_same": ("性别相同", "same gender"),
    "reason.gender_differs": ("性别不同", "different gender"),
    "reason.native_place_same": ("籍贯相同", "same native place"),
    "reason.native_place_differs": ("籍贯不同", "different native places"),
    "reason.honour_shared": ("同年获同一荣誉", "same honour, same year"),
    "reason.post_shared": ("担任相同职务", "same post"),
    "reason.same_document": ("同一文献中的两个人", "two people of one document"),
    "reason.ambiguous": ("多个候选都很接近", "several candidates fit"),
    "reason.editor": ("编辑决定", "editor's decision"),
    # import: who the incoming people are (a dry run of entity resolution)
    "import.people": ("人物比对", "Who are these people?"),
    "import.people_help": (
        "导入前先与图谱中已有的同名人物比对（不写入）。可以确认合并，或另立新人。",
        "Each incoming person is compared with same-named people already in the graph (nothing is written). "
        "Confirm a match or keep the person apart.",
    ),
    "import.match_same": ("{name}：已在图谱中（{other}）", "{name}: already in the graph ({other})"),
    "import.match_merge": ("{name}：与已有人物 {other} 相符（{reasons}）", "{name}: matches {other} ({reasons})"),
    "import.match_review": (
        "{name}：可能是已有人物 {other}（{reasons}），待核对",
        "{name}: may be {other} ({reasons}); for review",
    ),
    "import.match_new": ("{name}：新人物", "{name}: a new person"),
    "import.choice": ("处理", "Decision"),
    "import.choice_merge": ("确认合并", "Confirm: same person"),
    "import.choice_new": ("另立新人", "Keep separate"),
    "import.choice_later": ("稍后在“人物核对”中决定", "Decide later in People review"),
    # fact kinds in the review table
    "fact.person": ("人物", "person"),
    "fact.employers": ("单位", "employer"),
    "fact.positions": ("职务", "position"),
    "fact.honors": ("荣誉", "honour"),
    "fact.competitions": ("竞赛", "competition"),
    "fact.patents": ("专利", "patent"),
    "fact.patent_counts": ("专利数量", "patent count"),
    "fact.standards": ("标准规范", "standard"),
    "fact.projects": ("项目", "project"),
    "fact.organizations": ("组织", "organisation"),
}

LABELS: dict[str, tuple[str, str]] = {
    "Person": ("人物", "Person"),
    "Organization": ("单位", "Organisation"),
    "Honor": ("荣誉", "Honour"),
    "Award": ("获奖", "Award"),
    "Position": ("职务", "Position"),
    "Patent": ("专利", "Patent"),
    "Standard": ("标准", "Standard"),
    "Project": ("项目", "Project"),
    "Document": ("来源", "Document"),
    "ReviewItem": ("待核对人物", "Review item"),
    "MergeRecord": ("合并记录", "Merge record"),
}
RELS: dict[str, tuple[str, str]] = {
    "PART_OF": ("隶属", "part of"),
    "WORKS_AT": ("就职", "works at"),
    "RECEIVED": ("获得", "received"),
    "OF_HONOR": ("属于", "of honour"),
    "CONFERRED_BY": ("授予", "conferred by"),
    "HELD": ("担任", "held"),
    "AT": ("任职于", "at"),
    "INVENTED": ("发明", "invented"),
    "DRAFTED": ("起草", "drafted"),
    "WORKED_ON": ("参与", "worked on"),
    "REPORTED_PATENTS": ("报道专利", "reported patents"),
    "EVIDENCED_BY": ("出处", "evidenced by"),
    "CO_RECIPIENT": ("同批获奖", "co-recipient"),
    "HAS_UNIT": ("下级单位", "has unit"),
}
for _label, _names in LABELS.items():
    STRINGS[f"label.{_label}"] = _names
for _rel, _names in RELS.items():
    STRINGS[f"rel.{_rel}"] = _names


def lang() -> str:
    """The current language code: ``zh`` unless the reader switched to ``en``."""
    try:
        value = st.session_state.get(LANG_KEY, "zh")
    except Exception:  # outside a Streamlit run (unit tests, the CLI) there is no session
        value = "zh"
    return value if value in LANGUAGES else "zh"


def t(key: str, **fields: Any) -> str:
    """The interface string ``key`` in the current language, with ``{fields}`` filled in."""
    pair = STRINGS.get(key)
    if pair is None:
        return key
    text = pair[0] if lang() == "zh" else pair[1]
    return text.format(**fields) if fields else text


def label_name(label: str) -> str:
    pair = LABELS.get(label)
    return (pair[0] if lang() == "zh" else pair[1]) if pair else label


def rel_name(rel_type: str) -> str:
    pair = RELS.get(rel_type)
    return (pair[0] if lang() == "zh" else pair[1]) if pair else rel_type


def thing_name(name: str) -> str:
    """A node label or relationship type in the current language (for change reports)."""
    return label_name(name) if name in LABELS else rel_name(name)


def language_switch() -> None:
    """The 中文 / English switch (put it in the sidebar)."""
    st.session_state.setdefault(LANG_KEY, "zh")
    st.radio(t("app.language"), list(LANGUAGES), key=LANG_KEY, format_func=LANGUAGES.get, horizontal=True)
