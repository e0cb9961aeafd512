"""Moving from the embedded file to a Neo4j server is one command, and lossless."""

from __future__ import annotations

from pathlib import Path

from graph import export
from graph.store_ladybug import LadybugStore
from graph.store_neo4j import Neo4jStore
from loaders.pipeline import load_files
from tests.conftest import SAMPLE_PROFILE


def test_an_embedded_dump_imported_into_neo4j_exports_identically(tmp_path: Path, neo4j_server) -> None:
    embedded = LadybugStore(tmp_path / "e.lbug")
    embedded.ensure_schema()
    load_files(embedded, [SAMPLE_PROFILE])
    dumped = export.dump(embedded)
    server = Neo4jStore(neo4j_server["uri"], neo4j_server["user"], neo4j_server["password"])
    server.clear()
    server.ensure_schema()
    export.import_dump(server, dumped)
    assert export.to_json(export.dump(server)) == export.to_json(dumped)
    server.close()
    embedded.close()
