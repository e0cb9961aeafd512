"""A store written before a roll-up property existed gets it filled when opened for writing."""

from __future__ import annotations

from pathlib import Path

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
