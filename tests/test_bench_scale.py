"""Benchmarks at a million people (bench.scale): parameters picked from the stream, percentiles."""

from __future__ import annotations

from bench.generate import generate, generate_chunks
from bench.run import pick_params
from bench.scale import ParamsCollector, percentiles


def test_parameters_picked_from_the_stream_are_those_picked_from_the_whole_graph() -> None:
    collector = ParamsCollector()
    for piece in collector.watch(generate_chunks(1500, seed=8, chunk_people=400)):
        assert piece.nodes  # the pieces pass through unchanged
    assert collector.params(8) == pick_params(generate(1500, seed=8), 8)


def test_p95_is_the_nearest_rank_of_the_timed_runs() -> None:
    runs = [0.10, 0.12, 0.11, 0.50, 0.13, 0.12, 0.11, 0.10, 0.12, 0.14]
    assert percentiles(runs) == (0.12, 0.50)
    assert percentiles([0.2]) == (0.2, 0.2)
