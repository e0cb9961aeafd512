"""Names the docstring examples of graph/ and loaders/ may use (pytest --doctest-modules).

``store`` is an embedded store holding the sample profile (the seed page's seven people);
``empty_store`` is an embedded store with the schema only; ``rows`` is a small generated graph.
They are made only for doctests, in a temporary folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from _pytest.doctest import DoctestItem


@pytest.fixture(autouse=True)
def _doctest_stores(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    examples = request.node.dtest.examples if isinstance(request.node, DoctestItem) else []
    if not any(word in ex.source for ex in examples for word in ("store", "rows")):
        yield
        return
    from bench.generate import generate
    from graph.store import config_from_env, open_store
    from loaders.pipeline import load_files

    names = request.getfixturevalue("doctest_namespace")
    store = open_store(config_from_env("embedded", tmp_path / "sample.lbug"))
    store.ensure_schema()
    load_files(store, [Path(__file__).parent / "data" / "profiles" / "jiaozuo-union-2023-02.json"])
    empty = open_store(config_from_env("embedded", tmp_path / "empty.lbug"))
    empty.ensure_schema()
    names.update(store=store, empty_store=empty, rows=generate(200, seed=7))
    yield
    store.close()
    empty.close()
