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
    "explore.no_analytics": (
        "网络分析模块（graph.analytics）尚未安装。",
        "The analytics module (graph.analytics) is not installed yet.",
    ),
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
    "console.rows": ("{n} 行，用时 {seconds} 秒", "{n} rows in {seconds} s"),
    "console.truncated": ("结果超过行数上限，只显示前 {n} 行。", "More rows than the limit: showing the first {n}."),
    "console.as_table": ("表格", "Table"),
    "console.as_graph": ("图", "Graph"),
    "console.no_graph": ("结果中没有节点、关系或路径。", "The result holds no nodes, relationships or paths."),
    # import
    "import.title": ("导入资料", "Import"),
    "import.intro": (
        "上传结构化档案（JSON/YAML）或一篇中文报道（.txt）。逐条核对抽取的事实及其证据句，只导入勾选的内容。",
        "Upload a profile file (JSON/YAML) or a Chinese article (.txt). Review each fact with its "
        "evidence; only ticked rows are loaded.",
    ),
    "import.reader": ("阅览模式下不提供导入。", "Import is not available in reader mode."),
    "import.date": ("文献日期（可选）", "Document date (optional)"),
    "import.date_help": ("YYYY 或 YYYY-MM，用于推算“去年”“今年”。", "YYYY or YYYY-MM; resolves 去年/今年."),
    "import.publisher": ("发布单位（可选）", "Publisher (optional)"),
    "import.file": ("选择文件", "Choose a file"),
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
