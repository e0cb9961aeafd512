"""The one seam between the project and a graph database.

``GraphStore`` is deliberately small: run a read, run batched writes in one
transaction, close.  Everything store-specific (DDL dialect, value conversion,
read-only enforcement, timeouts) lives in ``store_ladybug`` and ``store_neo4j``.
Data crosses this boundary as plain dicts and dataclasses, never driver objects.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from graph.errors import ConfigError

DEFAULT_DB = Path(os.environ.get("LAOMO_DB", "data/laomo.lbug"))
# Every environment variable the app reads (docker-compose.yml is tested against this list).
ENV_VARS = (
    "LAOMO_STORE",
    "LAOMO_DB",
    "LAOMO_READER",
    "LAOMO_LOAD_SAMPLE",
    "NEO4J_URI",
    "NEO4J_USER",
    "NEO4J_PASSWORD",
    "NEO4J_DATABASE",
)
DEFAULT_TIMEOUT_S = 30.0
BATCH_ROWS = 1000


@dataclass(frozen=True)
class Batch:
    """One parameterised write: ``UNWIND $rows AS r …`` applied to ``rows``."""

    cypher: str
    rows: Sequence[dict[str, Any]]


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[dict[str, Any]]
    truncated: bool = False
    elapsed_s: float = 0.0

    def values(self, column: str) -> list[Any]:
        return [r[column] for r in self.rows]


@dataclass
class WriteSummary:
    statements: int = 0
    rows: int = 0
    elapsed_s: float = 0.0


@runtime_checkable
class GraphStore(Protocol):
    """A graph database the project can read from and write to."""

    name: str

    def read(
        self,
        cypher: str,
        params: dict[str, Any] | None = None,
        *,
        limit: int | None = None,
        timeout_s: float | None = None,
    ) -> QueryResult:
        """Run a query in a read-only transaction; writes are refused by the store."""

    def write(self, batches: Iterable[Batch]) -> WriteSummary:
        """Run all batches in one transaction: all of them take effect or none."""

    def ensure_schema(self) -> None:
        """Create the tables / constraints / indexes declared in ``graph.schema``."""

    def clear(self) -> None:
        """Delete every node and relationship (tests, import into a fresh store)."""

    def close(self) -> None: ...


# Macros let a named query say "shortest path" once; each store renders its dialect.
_MACRO = re.compile(r"«(\w+)((?:\s+[^»\s]+)*)\s*»")


# Relationship types that state facts (not provenance): paths between people use these.
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


def rel_types(arg: str) -> str:
    """``FACT_RELS`` → ``RECEIVED|OF_HONOR|…``; ``*`` → any type."""
    if arg == "*":
        return ""
    names = FACT_RELS if arg == "FACT_RELS" else tuple(arg.split("|"))
    return ":" + "|".join(names)


def render_macros(cypher: str, macros: dict[str, Any]) -> str:
    """Replace ``«name arg …»`` with ``macros[name](*args)``."""

    def sub(m: re.Match[str]) -> str:
        fn = macros[m.group(1)]
        return fn(*m.group(2).split())

    return _MACRO.sub(sub, cypher)


# A variable-length pattern is bounded when it says `*3`, `*1..6` or `* SHORTEST 1..8`.
_BOUNDED_OK = re.compile(r"\*\s*(?:SHORTEST\s+|ALL\s+SHORTEST\s+)?\d*\s*\.\.\s*\d+\s*\]|\*\s*\d+\s*\]", re.I)


def check_bounded_paths(cypher: str) -> None:
    """Refuse variable-length patterns without an upper bound (they can hang the embedded engine)."""
    from graph.errors import InputError

    for m in re.finditer(r"\[[^\[\]]*\*[^\[\]]*\]", cypher):
        if not _BOUNDED_OK.search(m.group(0)):
            raise InputError(f"bound every variable-length path, e.g. [:PART_OF*1..6], not {m.group(0)}")


def chunks(rows: Sequence[dict[str, Any]], size: int = BATCH_ROWS) -> Iterable[Sequence[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


@dataclass
class StoreConfig:
    kind: str = "embedded"
    db_path: Path = field(default_factory=lambda: DEFAULT_DB)
    uri: str | None = None
    user: str | None = None
    password: str | None = None
    database: str | None = None
    read_only: bool = False


def config_from_env(kind: str | None = None, db_path: str | Path | None = None, read_only: bool = False) -> StoreConfig:
    """Store settings from arguments, then LAOMO_STORE / LAOMO_DB / NEO4J_* variables."""
    kind = kind or os.environ.get("LAOMO_STORE", "embedded")
    if kind not in ("embedded", "neo4j"):
        raise ConfigError(f"unknown store {kind!r}: use embedded or neo4j")
    return StoreConfig(
        kind=kind,
        db_path=Path(db_path) if db_path else Path(os.environ.get("LAOMO_DB", str(DEFAULT_DB))),
        uri=os.environ.get("NEO4J_URI"),
        user=os.environ.get("NEO4J_USER", "neo4j"),
        password=os.environ.get("NEO4J_PASSWORD"),
        database=os.environ.get("NEO4J_DATABASE") or None,
        read_only=read_only,
    )


def open_store(config: StoreConfig) -> GraphStore:
    """Open the store a config names, with its schema in place."""
    if config.kind == "neo4j":
        from graph.store_neo4j import Neo4jStore

        if not config.uri:
            raise ConfigError("NEO4J_URI is not set (e.g. neo4j://host:7687 or bolt://127.0.0.1:7687)")
        store: GraphStore = Neo4jStore(
            config.uri, config.user or "neo4j", config.password or "", database=config.database
        )
    else:
        from graph.store_ladybug import LadybugStore

        store = LadybugStore(config.db_path, read_only=config.read_only)
    if not config.read_only:
        store.ensure_schema()
    return store
