"""The exporter registry (kg.exporters): write_all writes exactly the registered files, and every
exporter's generate function gives the text its write function writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import make_entity

from kg.exporters import exporter, exporters, output_files, register
from kg.exporters.html import generate_html
from kg.exporters.json import generate_json
from kg.exporters.neo4j import generate_neo4j
from kg.exporters.turtle import generate_turtle
from kg.graph import KnowledgeGraph, add_entity, add_relation, new_graph
from kg.model import Evidence, Relation


def small_graph() -> KnowledgeGraph:
    g = new_graph()
    g.graph["documents"] = [
        {"id": "a.txt", "path": "a.txt", "title": "t", "chars": 20, "date": None, "url": None}
    ]
    person, company = (
        make_entity("Person", "梁文鋒", docs=["a.txt"]),
        make_entity("Company", "ディープシーク"),
    )
    add_entity(g, person)
    add_entity(g, company)
    ev = Evidence("a.txt", "梁文鋒氏が率いるディープシーク。", 0, 16, "test", 0.9)
    add_relation(g, Relation(person.id, "leads", company.id, ev))
    return KnowledgeGraph(g)


def files_under(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def test_write_all_writes_exactly_the_registered_files(tmp_path: Path) -> None:
    written = small_graph().write_all(tmp_path)
    assert written == [tmp_path / e.path for e in exporters()]
    assert files_under(tmp_path) == set(output_files())
    assert output_files() == (
        "graph.ttl",
        "graph.json",
        "graph.html",
        "neo4j/import.cypher",
        "neo4j/nodes.csv",
        "neo4j/relationships.csv",
    )


def test_each_exporter_writes_what_its_generate_function_gives(tmp_path: Path) -> None:
    kgraph = small_graph()
    g = kgraph.graph
    kgraph.write_all(tmp_path)
    assert (tmp_path / "graph.ttl").read_text(encoding="utf-8") == "".join(generate_turtle(g))
    assert (tmp_path / "graph.json").read_text(encoding="utf-8") == generate_json(g)
    assert (tmp_path / "graph.html").read_text(encoding="utf-8") == generate_html(g)
    neo4j = generate_neo4j(g)
    assert tuple(neo4j) == exporter("neo4j").files
    for name, lines in neo4j.items():
        assert (tmp_path / "neo4j" / name).read_text(encoding="utf-8") == "".join(lines)


def test_knowledge_graph_methods_use_the_registry(tmp_path: Path) -> None:
    kgraph = small_graph()
    assert kgraph.to_turtle(tmp_path / "x.ttl") == tmp_path / "x.ttl"
    assert kgraph.export("json", tmp_path / "x.json").read_text(encoding="utf-8") == generate_json(
        kgraph.graph
    )


def test_a_name_is_registered_once() -> None:
    with pytest.raises(ValueError, match="already registered"):
        register("turtle", "other.ttl", "kg.exporters.turtle:write_turtle")
    assert exporter("turtle").path == "graph.ttl"
