"""Neo4j's initial import (tools.neo4j.admin_import): CSV files from graph.schema, neo4j-admin, a real server."""

from __future__ import annotations

import csv
from pathlib import Path

from bench.generate import generate_chunks
from graph.export import dump
from graph.schema import node, rel
from graph.store import BulkTable
from loaders.pipeline import load_files
from tests.conftest import SAMPLE_PROFILE, embedded_store, neo4j_store
from tools.neo4j.admin_import import ARRAY_DELIMITER, finish, header, read_files, run_import, store_pieces, write_csv
from tools.neo4j.server import start


def test_headers_name_each_label_s_key_space_and_the_declared_types() -> None:
    person = header(BulkTable("Person", node("Person").props, []))
    assert person[0] == "id:ID(Person)" and "aliases:string[]" in person and "name" in person
    assert "year:long" in header(BulkTable("Award", node("Award").props, []))
    evidence = header(BulkTable("EVIDENCED_BY", rel("EVIDENCED_BY").props, [], "Award", "Document"))
    assert evidence[:2] == [":START_ID(Award)", ":END_ID(Document)"] and "confidence:double" in evidence


def test_generated_pieces_become_one_file_per_table_listed_in_the_manifest(tmp_path: Path) -> None:
    files = write_csv(generate_chunks(300, seed=4, chunk_people=100), tmp_path / "csv")
    again = read_files(tmp_path / "csv")
    assert again.nodes == files.nodes and again.rels == files.rels and again.rows == files.rows
    with open(files.nodes["Person"][1], encoding="utf-8", newline="") as f:
        people = list(csv.reader(f))
    assert len(people) == files.rows["Person"] == 300
    names = [row[1] for row in people]
    assert all(names) and len(set(names)) < len(names)  # common names repeat (张伟 …)


def test_an_embedded_store_exported_and_imported_with_neo4j_admin_is_the_same_graph(tmp_path: Path) -> None:
    source = embedded_store(tmp_path / "source.lbug")
    try:
        source.ensure_schema()
        load_files(source, [SAMPLE_PROFILE])
        files = write_csv(store_pieces(source, page=5), tmp_path / "csv", name_index=False)
        expected = dump(source)
    finally:
        source.close()
    aliases = [a for row in expected["nodes"]["Organization"] for a in row["aliases"] or []]
    assert aliases and ARRAY_DELIMITER not in "".join(aliases)  # list values travel joined, and come back whole
    run_import(files, tmp_path / "neo4j")
    with start(data_dir=tmp_path / "neo4j") as server:
        finish(server.uri, server.user, server.password)
        imported = neo4j_store({"uri": server.uri, "user": server.user, "password": server.password})
        try:
            assert dump(imported) == expected
        finally:
            imported.close()
