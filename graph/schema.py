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

from dataclasses import dataclass, field

STRING, INT, FLOAT, STRINGS = "STRING", "INT64", "DOUBLE", "STRING[]"


@dataclass(frozen=True)
class Prop:
    name: str
    type: str = STRING
    doc: str = ""


@dataclass(frozen=True)
class NodeType:
    label: str
    doc: str
    props: tuple[Prop, ...]
    indexed: tuple[str, ...] = ()
    key: str = "id"

    @property
    def prop_names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.props)


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

# Evidence of a fact: the sentence and its character offsets [span_start, span_end) in the
# decoded source (``end`` is a reserved word in ladybug's Cypher).
EVIDENCE_PROPS = (
    Prop("sentence", STRING),
    Prop("span_start", INT),
    Prop("span_end", INT),
    Prop("confidence", FLOAT),
)
# Relationship facts carry their source document and its evidence.
SOURCED = (Prop("doc", STRING, "id of the Document the fact was read from"),) + EVIDENCE_PROPS

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
        ),
        indexed=("name",),
    ),
    NodeType(
        "Organization",
        "An employer, union, government body or association; PART_OF forms 集团 → 矿 → 队.",
        (_ID, Prop("name"), Prop("aliases", STRINGS), Prop("kind"), _SEARCH),
        indexed=("name",),
    ),
    NodeType(
        "Honor",
        "An honour series such as 焦作工匠 or 全国五一劳动奖章.",
        (
            _ID,
            Prop("name"),
            Prop("level", STRING, "国家/省/市/县/行业/企业"),
            Prop("category", STRING, "劳动模范, 工匠, 技能大师, 五一劳动奖章, 最美 …"),
            _SEARCH,
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
        SOURCED + (Prop("role"),),
        ("doc",),
    ),
    RelType(
        "WORKED_ON",
        "A person led or took part in a project.",
        (("Person", "Project"),),
        SOURCED + (Prop("role"), Prop("year", INT)),
        ("doc",),
    ),
    RelType(
        "REPORTED_PATENTS",
        "A count of unnamed patents a document reports for a person.",
        (("Person", "Document"),),
        (Prop("count", INT), Prop("kind")) + EVIDENCE_PROPS,
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

NODE_BY_LABEL = {n.label: n for n in NODES}
REL_BY_TYPE = {r.type: r for r in RELS}


def node(label: str) -> NodeType:
    """The declaration of a node label; KeyError names unknown labels."""
    return NODE_BY_LABEL[label]


def rel(rel_type: str) -> RelType:
    return REL_BY_TYPE[rel_type]


@dataclass(frozen=True)
class SchemaSummary:
    labels: list[str] = field(default_factory=lambda: [n.label for n in NODES])
    rel_types: list[str] = field(default_factory=lambda: [r.type for r in RELS])


def mermaid() -> str:
    """A mermaid diagram of the schema (used in the README and the UI)."""
    lines = ["graph LR"]
    for r in RELS:
        if r.type == "EVIDENCED_BY":
            lines.append("  Fact[Person / Award / Position / Patent / …] -- EVIDENCED_BY --> Document")
            continue
        for a, b in r.pairs:
            lines.append(f"  {a} -- {r.type} --> {b}")
    return "\n".join(lines)
