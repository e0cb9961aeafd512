"""The graph schema, declared once.

Labels, keys, properties, relationship types, constraints and indexes live here
and nowhere else: the DDL of both stores, the loader, the exporters and the UI
read these declarations.

Modelling choices (why, not what):

* An honour *series* (``Honor``: 焦作工匠) is separate from one *conferral*
  (``Award``: 张伟, 2021, 第三届).  "All 2021 recipients of 焦作工匠", "all
  recipients of the third edition" and "everything 焦作市总工会 conferred" are
  then single MATCH patterns.
* Facts that are relationships (WORKS_AT, INVENTED, …) carry the document they
  came from in ``doc`` and are merged on (source, target, doc): a fact seen in
  two documents keeps two edges, one per source, each with its evidence.
* Facts that are nodes (Award, Position, Patent, …) point to their documents
  through ``EVIDENCED_BY`` edges carrying the evidence sentence and offsets.
* Every node has a string ``id`` key derived deterministically from its content
  (see ``loaders.ids``) so loads are idempotent; people are never keyed on the
  name alone.
"""

from __future__ import annotations

from dataclasses import dataclass

STRING, INT, FLOAT, STRINGS = "STRING", "INT64", "DOUBLE", "STRING[]"

# The levels an honour series (Honor.level) is conferred at, broadest first: the loaders
# classify into these (loaders.honours.honour_level), the UI orders and colours them so.
LEVELS = ("国家", "省", "市", "县", "行业", "企业")


@dataclass(frozen=True)
class Prop:
    name: str
    type: str = STRING
    doc: str = ""
    # A roll-up derived from the facts (graph.rollups recomputes it after every write): stored
    # and queried like any property, but left out of ``prop_names`` (exports, diffs, merges).
    derived: bool = False


@dataclass(frozen=True)
class NodeType:
    label: str
    doc: str
    props: tuple[Prop, ...]
    indexed: tuple[str, ...] = ()
    key: str = "id"
    # Matched with CONTAINS (graph.search): a Neo4j TEXT index each; ladybug has none (it scans).
    text_indexed: tuple[str, ...] = ()

    @property
    def prop_names(self) -> tuple[str, ...]:
        """The stated properties (roll-ups excluded: they are recomputed, never exported)."""
        return tuple(p.name for p in self.props if not p.derived)

    @property
    def derived_names(self) -> tuple[str, ...]:
        """The roll-up properties ``graph.rollups`` maintains."""
        return tuple(p.name for p in self.props if p.derived)


@dataclass(frozen=True)
class RelType:
    type: str
    doc: str
    pairs: tuple[tuple[str, str], ...]
    props: tuple[Prop, ...] = ()
    merge_on: tuple[str, ...] = ()

    @property
    def prop_names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.props)


_ID = Prop("id", STRING, "stable key, derived from content")
_SEARCH = Prop("search", STRING, "lower-case search text: names, aliases, simplified spelling, pinyin and initials")

# Roll-up counts (graph.rollups): whole-graph pages read these instead of walking PART_OF*0..6
# for every person.  "Including sub-units" means through PART_OF*0..6, as the named queries do.
ORG_ROLLUPS = (
    Prop("people_total", INT, "people working in it or any sub-unit", derived=True),
    Prop("awards_total", INT, "awards those people hold", derived=True),
    Prop("holders_total", INT, "those people who hold at least one award", derived=True),
    Prop("high_total", INT, "those people whose highest honour is 省部级及以上 (rank_order >= 5)", derived=True),
    Prop("conferred_total", INT, "awards it or any sub-unit conferred", derived=True),
)
# rank_order values (graph.ranks: 0 unknown, 1 企业 … 6 国家级).  Per organisation and rank, the
# people whose highest honour has that rank and the honour-roll lines (award, series) of that
# rank: the organisations page pages its people and roll rank by rank from these.
RANK_ORDERS = tuple(range(7))
ORG_RANK_ROLLUPS = tuple(
    Prop(f"people_rank{r}", INT, f"its people (and sub-units') whose highest honour has rank_order {r}", derived=True)
    for r in RANK_ORDERS
) + tuple(
    Prop(f"awards_rank{r}", INT, f"their awards (one per series an award is of) of rank_order {r}", derived=True)
    for r in RANK_ORDERS
)
# Per organisation, the rows of its conferral list (``org_conferred``) per honour series and year:
# a page of that list reads only the series and years it reaches (graph.conferrals).
ORG_CONFERRAL_ROLLUPS = (
    Prop(
        "conferred_series",
        STRINGS,
        "rows of its conferral list (award × recipient) per honour series and year, each 'count|year|series name' "
        "('' for no year; graph.conferrals)",
        derived=True,
    ),
)
HONOR_ROLLUPS = (
    Prop("awards_total", INT, "conferrals of this series", derived=True),
    Prop("recipients_total", INT, "distinct people who received it", derived=True),
    Prop("first_year", INT, "earliest dated conferral", derived=True),
    Prop("last_year", INT, "latest dated conferral", derived=True),
    Prop(
        "year_awards",
        STRINGS,
        "dated conferrals per year, each the number year × 10,000,000 + count (graph.honour_years)",
        derived=True,
    ),
    Prop(
        "edition_recipients",
        STRINGS,
        "distinct recipients per year and edition, each 13 digits (null flags, year, count) then the edition "
        "(graph.honour_years)",
        derived=True,
    ),
)

# Evidence of a fact: the sentence and its character offsets [span_start, span_end) in the
# decoded source (``end`` is a reserved word in ladybug's Cypher).
EVIDENCE_PROPS = (
    Prop("sentence", STRING),
    Prop("span_start", INT),
    Prop("span_end", INT),
    Prop("confidence", FLOAT),
)
# Relationship facts carry their source document and its evidence.
SOURCED = (Prop("doc", STRING, "id of the Document the fact was read from"), *EVIDENCE_PROPS)

NODES: tuple[NodeType, ...] = (
    NodeType(
        "Person",
        "A worker: model worker, craftsman or other honouree.",
        (
            _ID,
            Prop("name"),
            Prop("aliases", STRINGS),
            Prop("gender"),
            Prop("born", STRING, "YYYY or YYYY-MM"),
            Prop("native_place"),
            Prop("ethnicity"),
            Prop("summary"),
            _SEARCH,
            Prop("keys", STRINGS, "mention keys this node has absorbed (loaders.resolve): a reload lands here"),
            Prop("top_rank", INT, "rank_order of the highest honour held, 0 for none (graph.rollups)", derived=True),
            Prop(
                "rank_keys",
                STRINGS,
                "the organisations page's rank keys holding this person (graph.rankkeys)",
                derived=True,
            ),
        ),
        indexed=("name",),
    ),
    NodeType(
        "Organization",
        "An employer, union, government body or association; PART_OF forms 集团 → 矿 → 队.",
        (
            _ID,
            Prop("name"),
            Prop("aliases", STRINGS),
            Prop("kind"),
            _SEARCH,
            *ORG_ROLLUPS,
            *ORG_RANK_ROLLUPS,
            *ORG_CONFERRAL_ROLLUPS,
        ),
        indexed=("name",),
        text_indexed=("search",),
    ),
    NodeType(
        "Honor",
        "An honour series such as 焦作工匠 or 全国五一劳动奖章.",
        (
            _ID,
            Prop("name"),
            Prop("level", STRING, "/".join(LEVELS)),
            Prop("category", STRING, "劳动模范, 工匠, 技能大师, 五一劳动奖章, 最美 …"),
            _SEARCH,
            Prop("rank", STRING, "国家级/省部级/地市级/县级/行业/企业 after equivalences (graph.ranks)"),
            Prop("rank_order", INT, "comparable rank: 6 国家级 … 1 企业, 0 unknown; 省部级及以上 is rank_order >= 5"),
            *HONOR_ROLLUPS,
        ),
        indexed=("name", "level"),
    ),
    NodeType(
        "Award",
        "One conferral of an honour on one person.",
        (
            _ID,
            Prop("year", INT),
            Prop("edition", STRING, "第三届, 首批 …"),
            Prop("raw", STRING, "the phrase as written"),
        ),
        indexed=("year", "edition"),
    ),
    NodeType(
        "Position",
        "A post held: title, organisation (AT), start and end year.",
        (_ID, Prop("title"), Prop("start_year", INT), Prop("end_year", INT)),
    ),
    NodeType(
        "Patent",
        "A patent named in a profile.",
        (_ID, Prop("title"), Prop("kind", STRING, "发明/实用新型/外观设计"), Prop("number")),
        indexed=("number",),
    ),
    NodeType(
        "Standard",
        "A standard, technical rule or management rule the person helped write.",
        (
            _ID,
            Prop("title"),
            Prop("code", STRING, "GB/T …, MT/T …, DB41/T …"),
            Prop("kind", STRING, "国家/行业/地方/团体/企业/管理办法"),
        ),
        indexed=("code",),
    ),
    NodeType("Project", "An achievement or R&D item.", (_ID, Prop("title"))),
    NodeType(
        "Document",
        "A source: newspaper page, article, list or spreadsheet.",
        (
            _ID,
            Prop("title"),
            Prop("publisher"),
            Prop("date", STRING, "YYYY, YYYY-MM or YYYY-MM-DD"),
            Prop("source", STRING, "file path or address"),
            Prop("sha256"),
            Prop("kind"),
            Prop("loaded_by", STRING, "who loaded it: the signed-in editor, or the CLI user"),
            Prop("loaded_at", STRING, "when it was last written (UTC, ISO 8601)"),
        ),
    ),
)

# Entity resolution's own records (loaders.resolve, loaders.people): not facts, no evidence edges.
# People are referred to by id so an item outlives the merge that removes one of them.
REVIEW_NODES: tuple[NodeType, ...] = (
    NodeType(
        "ReviewItem",
        "A possible same-person pair the resolver was not sure about, waiting for an editor.",
        (
            _ID,
            Prop("status", STRING, "pending / merged / separate"),
            Prop("person_a", STRING, "id of the person already in the graph"),
            Prop("person_b", STRING, "id of the person the load created"),
            Prop("name"),
            Prop("score", FLOAT, "log-likelihood ratio (bits) of the same-person hypothesis"),
            Prop("reasons", STRINGS, "machine-readable reasons, code:weight:detail"),
            Prop("doc", STRING, "id of the Document whose load raised the item"),
            Prop("merge", STRING, "id of the MergeRecord when status is merged"),
        ),
        indexed=("status",),
    ),
    NodeType(
        "MergeRecord",
        "What one merge of two people did, exactly enough to undo it (laomo people split).",
        (
            _ID,
            Prop("kept", STRING, "id of the person that stayed"),
            Prop("absorbed", STRING, "id of the person merged into it"),
            Prop("name"),
            Prop("score", FLOAT),
            Prop("reasons", STRINGS),
            Prop("review", STRING, "id of the ReviewItem this merge decided, if any"),
            Prop("undo", STRING, "JSON: the nodes and relationships to restore"),
            Prop("at", STRING, "when (UTC, ISO 8601; a load-time merge: the document's id)"),
            Prop("by", STRING, "who merged: the signed-in editor, the CLI user, or empty for a load-time merge"),
            Prop("doc", STRING, "for a merge a load made: the id of that Document"),
        ),
    ),
)

FACT_LABELS = ("Person", "Organization", "Honor", "Award", "Position", "Patent", "Standard", "Project")

RELS: tuple[RelType, ...] = (
    RelType(
        "PART_OF",
        "Organisation hierarchy: 机电运转队 PART_OF 九里山矿 PART_OF 焦煤集团.",
        (("Organization", "Organization"),),
        SOURCED,
        ("doc",),
    ),
    RelType("WORKS_AT", "Employment as stated by a source.", (("Person", "Organization"),), SOURCED, ("doc",)),
    RelType("RECEIVED", "A person received an award (one conferral).", (("Person", "Award"),)),
    RelType("OF_HONOR", "The honour series an award belongs to.", (("Award", "Honor"),)),
    RelType(
        "CONFERRED_BY",
        "A body that conferred an award (several allowed).",
        (("Award", "Organization"),),
        SOURCED,
        ("doc",),
    ),
    RelType("HELD", "A person held a position.", (("Person", "Position"),)),
    RelType("AT", "The organisation of a position.", (("Position", "Organization"),)),
    RelType("INVENTED", "A person is named as an inventor of a patent.", (("Person", "Patent"),), SOURCED, ("doc",)),
    RelType(
        "DRAFTED",
        "A person helped draft a standard or rule.",
        (("Person", "Standard"),),
        (*SOURCED, Prop("role")),
        ("doc",),
    ),
    RelType(
        "WORKED_ON",
        "A person led or took part in a project.",
        (("Person", "Project"),),
        (*SOURCED, Prop("role"), Prop("year", INT)),
        ("doc",),
    ),
    RelType(
        "REPORTED_PATENTS",
        "A count of unnamed patents a document reports for a person.",
        (("Person", "Document"),),
        (Prop("count", INT), Prop("kind"), *EVIDENCE_PROPS),
        ("kind",),
    ),
    RelType(
        "EVIDENCED_BY",
        "Provenance of a fact node: the document and the sentence.",
        tuple((label, "Document") for label in FACT_LABELS),
        EVIDENCE_PROPS,
        ("sentence",),
    ),
)

# The people-search index (graph.search): one node per spelling a reader may type for a name
# (simplified name or alias, full pinyin, pinyin initials), pointing at the people of that name.
# ladybug has no secondary index: a key node's id is its primary key, so "张伟" is a hash lookup
# and its people an adjacency list, where a scan of Person.search costs ~70 ms at a million
# people.  Derived from Person rows by the write paths (graph.writer, graph.bulk); not a fact.
SEARCH_NODES: tuple[NodeType, ...] = (
    NodeType(
        "NameKey",
        "A spelling of a person's name as searched (张伟, zhangwei, zw): the people-search index.",
        (Prop("id", STRING, "the spelling: simplified and lower-case"),),
        text_indexed=("id",),
    ),
)
SEARCH_RELS: tuple[RelType, ...] = (
    RelType(
        "KEY_OF",
        "A search spelling names this person (graph.search).",
        (("NameKey", "Person"),),
        (
            Prop("kind", STRING, "name / alias / pinyin / initials"),
            Prop("sort", STRING, "the person's name in pinyin then characters: the order of equal matches"),
        ),
    ),
)

# The organisations page's rank keys (graph.rankkeys): per organisation and highest rank held, one
# key node listing every person of it or its sub-units with that highest rank, so a page of its
# people or its roll reads only the ranks it reaches (a primary-key lookup, then each person by id,
# on both stores) instead of walking every member of a group (115,871 at a million people).
# Derived from WORKS_AT, PART_OF*0..6 and Person.top_rank by the roll-up refresh; no relationship
# (neighbourhoods, paths and merges never see it); an index like the name keys, so it is kept with
# them: counted nowhere, left out of GraphML and of dumps (rebuilt by ensure_rollups after an import).
RANK_KEY_NODES: tuple[NodeType, ...] = (
    NodeType(
        "OrgRankKey",
        "An organisation's people (its sub-units' included) whose highest honour has one rank: an index.",
        (
            Prop(
                "id",
                STRING,
                "'<organisation id>|<rank_order>' (graph.rankkeys.key); one key '|filling' while a refresh "
                "that writes in several transactions is under way, so a stopped fill is redone on the next "
                "writable open",
            ),
            Prop("people", STRINGS, "ids of those people (graph.rankkeys)", derived=True),
        ),
    ),
)
SEARCH_NODES = SEARCH_NODES + RANK_KEY_NODES  # the derived indexes: name keys and rank keys

NODES = NODES + REVIEW_NODES + SEARCH_NODES
RELS = RELS + SEARCH_RELS
NODE_BY_LABEL = {n.label: n for n in NODES}
REL_BY_TYPE = {r.type: r for r in RELS}

# Relationship types that state facts (not provenance): paths between people use these
# (a named query says ``«shortest path a b 8 FACT_RELS»``).
FACT_RELS = (
    "RECEIVED",
    "OF_HONOR",
    "CONFERRED_BY",
    "WORKS_AT",
    "PART_OF",
    "HELD",
    "AT",
    "INVENTED",
    "DRAFTED",
    "WORKED_ON",
)


def node(label: str) -> NodeType:
    """The declaration of a node label; KeyError names unknown labels."""
    return NODE_BY_LABEL[label]


def rel(rel_type: str) -> RelType:
    return REL_BY_TYPE[rel_type]


def mermaid() -> str:
    """A mermaid diagram of the schema (used in the README and the UI)."""
    lines = ["graph LR"]
    for r in RELS:
        if r in SEARCH_RELS:  # an index, not part of the model
            continue
        if r.type == "EVIDENCED_BY":
            lines.append("  Fact[Person / Award / Position / Patent / …] -- EVIDENCED_BY --> Document")
            continue
        for a, b in r.pairs:
            lines.append(f"  {a} -- {r.type} --> {b}")
    return "\n".join(lines)
