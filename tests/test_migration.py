"""Moving from the embedded file to a Neo4j server is one command, and lossless."""

from __future__ import annotations

from pathlib import Path

from graph import export
from loaders.pipeline import load_files
from tests.conftest import SAMPLE_PROFILE, embedded_store, neo4j_store


def test_an_embedded_dump_imported_into_neo4j_exports_identically(tmp_path: Path, neo4j_server) -> None:
    embedded = embedded_store(tmp_path / "e.lbug")
    load_files(embedded, [SAMPLE_PROFILE])
    dumped = export.dump(embedded)
    server = neo4j_store(neo4j_server)
    server.clear()
    export.import_dump(server, dumped)
    assert export.to_json(export.dump(server)) == export.to_json(dumped)
    server.close()
    embedded.close()
