"""The store every page shares, and the one way pages ask it questions.

The store is opened once per process (``st.cache_resource``) from the same
environment the CLI reads (LAOMO_STORE, LAOMO_DB, NEO4J_*).  Pages never hold
Cypher: they call ``rows("honour_timeline", person=…)`` and get plain dicts.
Answers about one person, honour or organisation are never cached; whole-graph
aggregates (``NamedQuery.whole_graph``: counts, listings, roll-ups) are cached
per graph version (``graph_version``: a few node counts, read at most every few seconds) so a
load from the import page shows up on the next click, one from the CLI within seconds, and a
large graph does not recompute its listings on every visit.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import streamlit as st

from graph import queries
from graph.errors import LaomoError
from graph.store import GraphStore, StoreConfig, config_from_env, open_store
from ui.i18n import t
from ui.privacy import reader_mode, scrub_row


def _release(store: GraphStore) -> None:
    store.close()  # a cleared cache closes the store: an embedded file reserves much address space


@st.cache_resource(show_spinner=False, on_release=_release)
def _open(
    kind: str,
    db_path: str,
    uri: str | None,
    user: str | None,
    password: str | None,
    database: str | None,
    read_only: bool,
) -> GraphStore:
    # Plain strings as arguments: they are the cache key, so another LAOMO_DB is another store.
    return open_store(
        StoreConfig(
            kind=kind,
            db_path=Path(db_path),
            uri=uri,
            user=user,
            password=password,
            database=database,
            read_only=read_only,
        )
    )


def store_config() -> StoreConfig:
    """The configured store; reader mode, or a site with no editor configured, opens it read-only
    (either store refuses every write)."""
    from ui.auth import editors_configured

    cfg = config_from_env()
    if reader_mode() or not editors_configured():
        cfg.read_only = True
    return cfg


def get_store() -> GraphStore:
    """The shared store; stops the page with a clear message when it cannot be opened."""
    cfg = store_config()
    try:
        return _open(
            cfg.kind, str(Path(cfg.db_path).resolve()), cfg.uri, cfg.user, cfg.password, cfg.database, cfg.read_only
        )
    except LaomoError as exc:
        st.error(t("store.unavailable", error=str(exc)))
        st.stop()
        raise  # unreachable: st.stop() raises; keeps type checkers honest


def store_label() -> str:
    """Which store the pages read: the cache key of every cached read."""
    cfg = store_config()
    return f"Neo4j {cfg.uri}" if cfg.kind == "neo4j" else f"{t('store.embedded')} {cfg.db_path}"


def shown_path(path: Path, cwd: Path) -> str:
    """A store file as the sidebar shows it: relative to the working folder, else its last two parts.

    The full path of a server's folders means nothing to a reader (and a screenshot would carry it).

    >>> shown_path(Path("/srv/laomo/data/laomo.lbug"), Path("/srv/laomo"))
    'data/laomo.lbug'
    >>> shown_path(Path("/var/lib/laomo/graph.lbug"), Path("/srv/laomo"))
    '…/laomo/graph.lbug'
    """
    try:
        return path.relative_to(cwd).as_posix()
    except ValueError:
        return "…/" + "/".join(path.parts[-2:])


def store_display() -> str:
    """The store as the sidebar names it (see :func:`shown_path`)."""
    cfg = store_config()
    if cfg.kind == "neo4j":
        return f"Neo4j {cfg.uri}"
    return f"{t('store.embedded')} {shown_path(Path(cfg.db_path).absolute(), Path.cwd())}"


# The graph's version stamp: how many nodes of each of these labels it holds.  A load adds
# documents (and facts), a removal takes them away, a merge absorbs a person and records it, a
# split adds one back: each changes a count.  One query of per-label counts (each a count-store
# read on Neo4j, a table's size on ladybug: milliseconds at a million people), where counting
# every EVIDENCED_BY relationship cost ladybug a scan of the largest relationship table.
VERSION_LABELS = ("Document", "Person", "Award", "Organization", "Honor", "MergeRecord", "ReviewItem")
_VERSION = " UNION ALL ".join(f"MATCH (n:{label}) RETURN count(n) AS n" for label in VERSION_LABELS)
VERSION_TTL_S = 5  # asked at most this often per store: once for a whole page, not per cached query


def graph_version(store: GraphStore) -> tuple[int, ...]:
    """This store's version stamp: ``VERSION_LABELS``' node counts, in one query.

    Changes when a load, removal, merge or split changes the graph; an idempotent reload
    leaves it as it was.  Pages read it through ``current_version`` (cached for seconds).
    """
    return tuple(int(r["n"]) for r in store.read(_VERSION).rows)


@st.cache_data(show_spinner=False, max_entries=8, ttl=VERSION_TTL_S)
def _version(store_key: str) -> tuple[int, ...]:
    return graph_version(get_store())


def current_version() -> tuple[int, ...]:
    """The shared store's version stamp, read at most every ``VERSION_TTL_S`` seconds: once for
    a whole page, not once per cached query.  The pages that write call ``graph_changed``, so
    their own changes show on the next click, a load from the CLI within seconds."""
    return _version(store_label())


def graph_changed() -> None:
    """Forget the version stamp after a write from a page: cached listings are recomputed."""
    _version.clear()


@st.cache_data(show_spinner=False, max_entries=256, ttl=3600)
def _cached_rows(
    store_key: str, version: tuple[int, ...], name: str, params: tuple[tuple[str, Any], ...]
) -> list[dict[str, Any]]:
    return queries.run(get_store(), name, **dict(params)).rows


def rows(name: str, **params: Any) -> list[dict[str, Any]]:
    """Run a named query; on failure show the error on the page and return no rows.

    In reader mode every row is scrubbed (birth to the month, numbers masked).
    """
    try:
        store = get_store()
        if name in queries.REGISTRY and queries.REGISTRY[name].whole_graph:
            result_rows = _cached_rows(store_label(), current_version(), name, tuple(sorted(params.items())))
        else:
            result_rows = queries.run(store, name, **params).rows
    except LaomoError as exc:
        st.error(
            t(
                "query.failed",
                name=queries.REGISTRY[name].title_zh if name in queries.REGISTRY else name,
                error=str(exc),
            )
        )
        return []
    if reader_mode():
        return [scrub_row(r) for r in result_rows]
    return result_rows


def first(name: str, **params: Any) -> dict[str, Any] | None:
    """The first row of a named query, or None."""
    found = rows(name, **params)
    return found[0] if found else None
