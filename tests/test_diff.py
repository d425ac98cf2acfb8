"""``kg diff OLD_OUT NEW_OUT`` (kg/diff.py): added and removed entities and relations by stable id,
and relations whose evidence count or dates changed; tables or JSON; one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from neo4j_graphs import corpus_graph

from kg.diff import diff_graphs, edge_key
from kg.exporters.json import write_json
from kg.graph import KnowledgeGraph, add_entity, add_relation, new_graph
from kg.model import Entity, Evidence, Relation, node_id

ROOT = Path(__file__).resolve().parents[1]
A = ("a1", "a2")
AB = ("a1", "a2", "b1", "b2")


def kg_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=ROOT)


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("builds")
    out = {}
    for name, docs in (("a", A), ("ab", AB)):
        out[name] = root / name
        out[name].mkdir()
        write_json(KnowledgeGraph(corpus_graph(docs)).graph, out[name] / "graph.json")
    return out


def test_the_same_build_has_no_differences(builds: dict[str, Path]) -> None:
    assert not diff_graphs(corpus_graph(AB), corpus_graph(AB))
    r = kg_cli("diff", str(builds["ab"]), str(builds["ab"]), "--exit-code")
    assert (r.returncode, r.stdout.strip()) == (0, "no differences")


def test_adding_articles(builds: dict[str, Path]) -> None:
    a, ab = corpus_graph(A), corpus_graph(AB)
    d = diff_graphs(a, ab)
    assert [e.name for e in d.entities_added] == ["エヌビディア", "米政府"]  # by type (Company first), name
    assert {e.id for e in d.entities_added} == set(ab.nodes) - set(a.nodes)
    assert d.entities_removed == [] and d.relations_removed == []
    assert sorted((r.subject_name, r.predicate, r.object_name) for r in d.relations_added) == [
        ("エヌビディア", "supplies", "アリババ"),
        ("米政府", "restricts", "エヌビディア"),
        ("米政府", "restricts", "ディープシーク"),
    ]
    (uses,) = d.relations_changed  # b1 adds a sentence and a later date to アリババ uses R1
    assert (uses.subject_name, uses.predicate, uses.object_name) == ("アリババ", "uses", "R1")
    assert (uses.old_evidence, uses.new_evidence) == (1, 2)
    assert (uses.old_last_seen, uses.new_last_seen) == ("2025-02-20", "2025-03-05")
    undated = next(r for r in d.relations_added if r.object_name == "ディープシーク")
    assert (undated.new_first_seen, undated.new_last_seen, undated.new_evidence) == (None, None, 1)


def test_removing_articles_is_the_mirror_image(builds: dict[str, Path]) -> None:
    forward, back = (
        diff_graphs(corpus_graph(A), corpus_graph(AB)),
        diff_graphs(corpus_graph(AB), corpus_graph(A)),
    )
    assert [e.id for e in back.entities_removed] == [e.id for e in forward.entities_added]
    assert [(r.subject, r.predicate, r.object) for r in back.relations_removed] == [
        (r.subject, r.predicate, r.object) for r in forward.relations_added
    ]
    (uses,) = back.relations_changed
    assert (uses.old_evidence, uses.new_evidence) == (2, 1)


def test_a_symmetric_relation_stored_the_other_way_round_is_the_same_fact() -> None:
    def graph(reverse: bool) -> nx.MultiDiGraph:
        g = new_graph()
        a, b = (Entity(node_id("Company", n), "Company", n, docs={"d"}) for n in ("日立", "マイクロソフト"))
        add_entity(g, a)
        add_entity(g, b)
        s, o = (b, a) if reverse else (a, b)
        add_relation(g, Relation(s.id, "partnersWith", o.id, Evidence("d", "提携した。", 0, 5, "r", 0.8)))
        return g

    assert not diff_graphs(graph(False), graph(True))
    x, y = node_id("Company", "日立"), node_id("Company", "マイクロソフト")
    assert edge_key(x, "partnersWith", y) == edge_key(y, "partnersWith", x)
    assert edge_key(x, "acquires", y) != edge_key(y, "acquires", x)


def test_cli_tables_and_json(builds: dict[str, Path]) -> None:
    r = kg_cli("diff", str(builds["a"]), str(builds["ab"]))
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0] == "entities: 2 added, 0 removed; relations: 3 added, 0 removed, 1 changed"
    assert "entities added (2)" in r.stdout and "relations changed (evidence count or dates) (1)" in r.stdout
    assert "1 → 2" in r.stdout and "2025-02-20 → 2025-02-20/2025-03-05" in r.stdout
    assert "entities removed" not in r.stdout

    r = kg_cli("diff", str(builds["ab"]), str(builds["a"] / "graph.json"), "--json", "--exit-code")
    assert r.returncode == 1  # the builds differ
    data = json.loads(r.stdout)
    assert data["counts"] == {
        "entities_added": 0,
        "entities_removed": 2,
        "relations_added": 0,
        "relations_removed": 3,
        "relations_changed": 1,
    }
    assert {e["name"] for e in data["entities_removed"]} == {"米政府", "エヌビディア"}
    assert set(data["relations_changed"][0]) >= {
        "subject",
        "predicate",
        "object",
        "old_evidence",
        "new_evidence",
    }


def test_errors_are_one_line(builds: dict[str, Path], tmp_path: Path) -> None:
    r = kg_cli("diff", str(tmp_path / "nope"), str(builds["a"]))
    assert r.returncode == 1 and r.stderr.startswith("kg: error: no such build") and r.stdout == ""
    r = kg_cli("diff", str(tmp_path), str(builds["a"]))
    assert r.returncode == 1 and r.stderr.startswith("kg: error: no graph.json here")
    bad = tmp_path / "graph.json"
    bad.write_text("{not json", encoding="utf-8")
    r = kg_cli("diff", str(bad), str(builds["a"]))
    assert r.returncode == 1 and r.stderr.startswith("kg: error: not a kg graph.json")
    assert len(r.stderr.strip().splitlines()) == 1
