"""Adding a predicate is a change of data only: the schema, the ontology and a relation rule.

The first tests copy the kg package and edit nothing in the copy but three data files, as a
developer adding the predicate ``sues`` (提訴) would: kg/data/schema.yaml gets the predicate,
kg/data/rules/relations.yaml a rule that reads it, kg/data/ontology.ttl its declaration. A
sentence built with the copy must then give the new edge in the graph and in every output
(graph.json, graph.ttl, the Neo4j CSV and script, graph.html's data), and the copy's ontology
must still agree with its schema.

The last test shows the KG_SCHEMA hook (kg.schema): a schema file outside the package adds the
predicate to the graph and the exporters of an unchanged package.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from rdflib import RDF, Graph
from test_html import page_data
from test_schema import assert_declared

import kg
from kg.schema import PACKAGED_SCHEMA, SCHEMA_ENV, load_schema
from kg.vocab import KG

PACKAGE = Path(kg.__file__).resolve().parent

NEW_PREDICATE = {
    "name": "sues",
    "label_ja": "提訴",
    "domain": ["Company"],
    "range": ["Company"],
    "style": {"color": "#7F3C8D", "dashes": [4, 2]},
}
NEW_RULE = {
    "id": "sues.sued",
    "predicate": "sues",
    "confidence": 0.8,
    "regex": "{CO:s}は、?{CO:o}を(?:提訴|訴え)",
}
NEW_DECLARATION = """
kg:sues a owl:ObjectProperty ;
    rdfs:label "提訴"@ja, "sues"@en ;
    rdfs:comment "企業が別の企業を提訴する。"@ja, "A company sues another company."@en ;
    rdfs:domain schema:Corporation ;
    rdfs:range schema:Corporation .
"""
SENTENCE = "アップルはサムスン電子を提訴した。"
EDITED = {"data/schema.yaml", "data/rules/relations.yaml", "data/ontology.ttl"}


def add_to_list(path: Path, key: str, item: dict, first: bool = False) -> None:
    """Add ``item`` to the list ``key`` of a YAML file (at the end, or first)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data[key] = [item, *data[key]] if first else [*data[key], item]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def files_of(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def env_without_schema(pythonpath: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != SCHEMA_ENV}
    return {**env, "PYTHONPATH": str(pythonpath), **extra}


@pytest.fixture(scope="module")
def edited_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the kg package with ``sues`` added to its schema, rules and ontology."""
    root = tmp_path_factory.mktemp("kg-with-sues")
    shutil.copytree(PACKAGE, root / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    data = root / "kg" / "data"
    add_to_list(data / "schema.yaml", "predicates", NEW_PREDICATE)
    add_to_list(data / "rules" / "relations.yaml", "patterns", NEW_RULE, first=True)
    with (data / "ontology.ttl").open("a", encoding="utf-8") as fh:
        fh.write(NEW_DECLARATION)
    return root


@pytest.fixture(scope="module")
def built(edited_copy: Path) -> Path:
    """``kg build`` of one sentence with the edited copy; returns the output directory."""
    (edited_copy / "in").mkdir()
    (edited_copy / "in" / "a.txt").write_text(SENTENCE + "\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "kg.cli", "build", "in", "--out", "out", "--no-cache", "--quiet"]
    run = subprocess.run(
        cmd, cwd=edited_copy, env=env_without_schema(edited_copy), capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    return edited_copy / "out"


def test_only_the_three_data_files_of_the_copy_differ(edited_copy: Path) -> None:
    mine, theirs = files_of(PACKAGE), files_of(edited_copy / "kg")
    assert set(mine) == set(theirs)
    assert {name for name in mine if mine[name] != theirs[name]} == EDITED


def test_the_copy_ontology_declares_the_new_predicate_as_its_schema_says(edited_copy: Path) -> None:
    schema = load_schema(edited_copy / "kg" / "data" / "schema.yaml")
    onto = Graph().parse(edited_copy / "kg" / "data" / "ontology.ttl", format="turtle")
    assert schema.predicate_names[-1] == "sues"
    for p in schema.predicates:
        assert_declared(onto, schema, p)


def assert_sues_everywhere(out: Path, subject: str, obj: str, rule: str) -> None:
    """The edge ``subject sues obj`` in graph.json, graph.ttl, the Neo4j files and graph.html."""
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    ids = {n["name"]: n["id"] for n in graph["nodes"]}
    s, o = ids[subject], ids[obj]
    links = [(e["source"], e["predicate"], e["target"], e["rules"]) for e in graph["links"]]
    assert (s, "sues", o, [rule]) in links

    rdf = Graph().parse(out / "graph.ttl", format="turtle")
    pairs = [(str(a).rsplit("/", 1)[1], str(b).rsplit("/", 1)[1]) for a, b in rdf.subject_objects(KG.sues)]
    assert pairs == [(s, o)]
    assert len(list(rdf.subjects(RDF.predicate, KG.sues))) == 1  # its provenance assertion

    with (out / "neo4j" / "relationships.csv").open(encoding="utf-8", newline="") as fh:
        rows = [(r[":START_ID"], r[":TYPE"], r[":END_ID"]) for r in csv.DictReader(fh)]
    assert (s, "SUES", o) in rows
    script = (out / "neo4j" / "import.cypher").read_text(encoding="utf-8")
    assert "MERGE (s)-[r:SUES]->(o)" in script

    page = page_data((out / "graph.html").read_text(encoding="utf-8"))
    legend = {p["id"]: p for p in page["predicates"]}
    assert legend["sues"] == {
        "id": "sues",
        "label": "提訴",
        "symmetric": False,
        "color": "#7F3C8D",
        "dashes": [4, 2],
    }
    assert [(e["from"], e["to"]) for e in page["edges"] if e["predicate"] == "sues"] == [(s, o)]


def test_a_rule_in_data_gives_the_new_edge_in_every_output(built: Path) -> None:
    assert_sues_everywhere(built, "アップル", "サムスン電子", "sues.sued")


GRAPH_SCRIPT = """
import sys
from kg.graph import KnowledgeGraph, add_entity, add_relation, new_graph
from kg.model import PREDICATES, Entity, Evidence, Relation, node_id

assert list(PREDICATES)[-1] == "sues", PREDICATES
g = new_graph()
g.graph["documents"] = [{"id": "a.txt", "path": "a.txt", "title": "", "chars": 17, "date": None, "url": None}]
for name in ("アップル", "サムスン電子"):
    add_entity(g, Entity(node_id("Company", name), "Company", name, mentions=1, docs={"a.txt"}))
ev = Evidence("a.txt", "アップルはサムスン電子を提訴した。", 0, 17, "hand", 0.9)
add_relation(g, Relation(node_id("Company", "アップル"), "sues", node_id("Company", "サムスン電子"), ev))
KnowledgeGraph(g).write_all(sys.argv[1])
"""


def test_kg_schema_adds_a_predicate_to_an_unchanged_package(tmp_path: Path) -> None:
    schema = tmp_path / "schema.yaml"
    shutil.copyfile(PACKAGED_SCHEMA, schema)
    add_to_list(schema, "predicates", NEW_PREDICATE)
    env = env_without_schema(PACKAGE.parent, **{SCHEMA_ENV: str(schema)})
    run = subprocess.run(
        [sys.executable, "-c", GRAPH_SCRIPT, str(tmp_path / "out")], env=env, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    assert_sues_everywhere(tmp_path / "out", "アップル", "サムスン電子", "hand")
