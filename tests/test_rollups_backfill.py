"""A store written before a roll-up property existed gets it filled when opened for writing."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph import rollups
from graph.queries import run
from graph.rollups import ensure_rollups
from graph.store import Batch, GraphStore, StoreConfig, open_store
from loaders.pipeline import load_files

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "profiles"


def _forget_year_counts(store: GraphStore) -> None:
    # as a release before the per-year counts left it
    store.write([Batch("UNWIND $rows AS r MATCH (h:Honor) SET h.year_awards = r.empty", [{"empty": []}])])


def test_missing_year_counts_are_filled_and_the_years_come_back(store: GraphStore) -> None:
    load_files(store, [SAMPLE])
    years = run(store, "honours_per_year").rows
    _forget_year_counts(store)
    assert run(store, "honours_per_year").rows == []
    assert ensure_rollups(store) is True
    assert run(store, "honours_per_year").rows == years


def test_a_store_with_its_counts_in_place_is_left_alone(store: GraphStore) -> None:
    load_files(store, [SAMPLE])
    assert ensure_rollups(store) is False


def test_opening_an_older_embedded_file_for_writing_fills_the_counts(tmp_path: Path) -> None:
    config = StoreConfig(kind="embedded", db_path=tmp_path / "old.lbug")
    store = open_store(config)
    load_files(store, [SAMPLE])
    years = run(store, "honours_per_year").rows
    _forget_year_counts(store)
    store.close()
    reopened = open_store(config)
    try:
        assert run(reopened, "honours_per_year").rows == years != []
    finally:
        reopened.close()


def test_missing_per_edition_counts_are_recounted_for_those_series_alone(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_files(store, [SAMPLE])
    editions = run(store, "recipients_by_year_edition", honor=_busiest_series(store)).rows
    assert editions
    # as a release before the per-edition counts left it
    store.write([Batch("UNWIND $rows AS r MATCH (h:Honor) SET h.edition_recipients = r.empty", [{"empty": []}])])

    def whole_refresh(*args: object, **kwargs: object) -> None:
        raise AssertionError("a whole refresh for counts of the honour series alone")

    monkeypatch.setattr(rollups, "refresh_rollups", whole_refresh)
    assert ensure_rollups(store) is True
    assert run(store, "recipients_by_year_edition", honor=_busiest_series(store)).rows == editions
    assert ensure_rollups(store) is False


def _busiest_series(store: GraphStore) -> str:
    return str(
        store.read("MATCH (h:Honor) RETURN h.id AS id ORDER BY h.recipients_total DESC, id LIMIT 1").rows[0]["id"]
    )
