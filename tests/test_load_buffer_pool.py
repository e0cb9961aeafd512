"""`laomo load` caps the embedded store's buffer pool (a long load otherwise fills 80 % of RAM)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import graph.store
from laomo.cli import LOAD_BUFFER_POOL_MB, main

PROFILES = Path(__file__).resolve().parents[1] / "data" / "profiles"


def _opened(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    seen: list[Any] = []
    real = graph.store.open_store

    def spy(config: Any) -> Any:
        seen.append(config)
        return real(config)

    monkeypatch.setattr(graph.store, "open_store", spy)
    return seen


def test_load_opens_the_embedded_store_with_a_two_gigabyte_pool(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LAOMO_BUFFER_POOL_MB", raising=False)
    seen = _opened(monkeypatch)
    assert main(["load", str(PROFILES), "--store", "embedded", "--db", str(tmp_path / "g.lbug")]) == 0
    assert [c.buffer_pool_mb for c in seen] == [LOAD_BUFFER_POOL_MB] == [2048]


def test_the_environment_setting_wins_over_the_load_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAOMO_BUFFER_POOL_MB", "512")
    seen = _opened(monkeypatch)
    assert main(["load", str(PROFILES), "--store", "embedded", "--db", str(tmp_path / "g.lbug")]) == 0
    assert [c.buffer_pool_mb for c in seen] == [None]  # the store reads LAOMO_BUFFER_POOL_MB itself


def test_other_commands_keep_the_default_pool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LAOMO_BUFFER_POOL_MB", raising=False)
    seen = _opened(monkeypatch)
    assert main(["stats", "--store", "embedded", "--db", str(tmp_path / "g.lbug")]) == 0
    assert [c.buffer_pool_mb for c in seen] == [None]
