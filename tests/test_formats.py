"""The optional outputs: JSON-LD (same triples as graph.ttl), GraphML (flattened lists), the Oxigraph
store (atomic replacement), and how they are asked for (kg build --with, kg export)."""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic
from test_hostile_text import PAYLOADS, hostile_graph

from kg.exporters import exporters, optional_exporters, output_files
from kg.exporters.graphml import BAR_SUBSTITUTE, SEPARATOR, generate_graphml, xml_text
from kg.exporters.jsonld import generate_jsonld, packaged_context
from kg.exporters.store import replace_store
from kg.exporters.turtle import generate_turtle
from kg.graph import KnowledgeGraph, canonical
from kg.neo4j_push import read_graph
from kg.query import STORE_DIR, is_store, run_query
from kg.schema import active_schema

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "output"


def kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def seed() -> nx.MultiDiGraph:
    return read_graph(OUTPUT)


@pytest.fixture(scope="module")
def hostile() -> nx.MultiDiGraph:
    return canonical(hostile_graph())


@pytest.fixture(scope="module")
def dated() -> nx.MultiDiGraph:
    """The README's dated corpus: entities and relations with kg:firstSeen / kg:lastSeen."""
    import kg as kg_api

    examples = ROOT / "examples"
    g = kg_api.build([examples / "news.jsonl"], dates=examples / "dates.csv", use_cache=False).graph
    assert any(d.get("first_seen") for _, _, d in g.edges(data=True))
    return g


def triples(text: str, fmt: ox.RdfFormat) -> set[ox.Quad]:
    return set(ox.parse(text.encode("utf-8"), format=fmt))


# -- JSON-LD -----------------------------------------------------------------------------------------


def test_graph_json_gives_back_the_committed_turtle(seed: nx.MultiDiGraph) -> None:
    """kg export reads graph.json: what it writes must be the graph kg build wrote."""
    assert "".join(generate_turtle(seed)) == (OUTPUT / "graph.ttl").read_text(encoding="utf-8")


@pytest.mark.parametrize("graph", ["seed", "hostile", "dated"])
def test_jsonld_has_exactly_the_turtle_triples(graph: str, request: pytest.FixtureRequest) -> None:
    g = request.getfixturevalue(graph)
    jsonld, turtle = "".join(generate_jsonld(g)), "".join(generate_turtle(g))
    assert triples(jsonld, ox.RdfFormat.JSON_LD) == triples(turtle, ox.RdfFormat.TURTLE)
    # a second, independent JSON-LD processor
    assert isomorphic(rdflib.Graph().parse(data=jsonld, format="json-ld"), rdflib.Graph().parse(data=turtle))


def test_jsonld_is_deterministic_and_uses_the_packaged_context(seed: nx.MultiDiGraph) -> None:
    first = "".join(generate_jsonld(seed))
    assert first == "".join(generate_jsonld(read_graph(OUTPUT)))
    assert '"label": "ディープシーク"' in first and '"leads": [' in first
    assert first.count('"@version": 1.1') == 1  # the context is embedded, not fetched


def test_the_context_names_every_predicate_of_the_schema() -> None:
    context = packaged_context()
    for p in active_schema().predicate_names:
        assert context.get(p) == {"@id": f"kg:{p}", "@type": "@id", "@container": "@set"}, p


# -- GraphML -----------------------------------------------------------------------------------------


def read_graphml(data: bytes, tmp_path: Path) -> nx.MultiDiGraph:
    path = tmp_path / "g.graphml"
    path.write_bytes(data)
    return nx.read_graphml(path, force_multigraph=True)


def split(value: str) -> set[str]:
    return set(value.split(SEPARATOR)) if value else set()


def test_graphml_reads_back_in_networkx(seed: nx.MultiDiGraph, tmp_path: Path) -> None:
    data = generate_graphml(seed)
    assert data.startswith(b"<?xml version='1.0' encoding='utf-8'?>") and "ディープシーク".encode() in data
    g = read_graphml(data, tmp_path)
    assert (g.number_of_nodes(), g.number_of_edges()) == (seed.number_of_nodes(), seed.number_of_edges())
    for node, d in seed.nodes(data=True):
        got = g.nodes[node]
        assert (got["label"], got["type"], got["mentions"]) == (d["name"], d["type"], d["mentions"])
        assert split(got["aliases"]) == set(d["aliases"]) and split(got["docs"]) == set(d["docs"])
    for s, o, p, d in seed.edges(keys=True, data=True):
        got = g.edges[s, o, p]
        assert got["predicate"] == p and got["confidence"] == pytest.approx(d["confidence"])
        assert got["evidence_count"] == len(d["evidence"])
        assert split(got["sentences"]) == {ev["sentence"] for ev in d["evidence"]}
    assert generate_graphml(read_graph(OUTPUT)) == data


def test_graphml_keeps_hostile_text_as_documented(hostile: nx.MultiDiGraph, tmp_path: Path) -> None:
    g = read_graphml(generate_graphml(hostile), tmp_path)

    def as_read(text: str) -> str:  # XML 1.0: no C0 controls; CR and CRLF read as LF
        return xml_text(text).replace("\r\n", "\n").replace("\r", "\n")

    assert {d["label"] for _, d in g.nodes(data=True)} == {as_read(p) for p in PAYLOADS}
    aliases = {a for _, d in g.nodes(data=True) for a in split(d["aliases"])}
    all_aliases = {a for _, d in hostile.nodes(data=True) for a in d["aliases"]}
    expected = {as_read(a).replace("|", BAR_SUBSTITUTE) for a in all_aliases}
    assert aliases == expected


# -- the store ---------------------------------------------------------------------------------------


def test_a_rebuilt_store_replaces_the_old_one_atomically(tmp_path: Path) -> None:
    small = tmp_path / "small.ttl"
    small.write_text("<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n")
    path = tmp_path / STORE_DIR
    replace_store(path, OUTPUT / "graph.ttl")
    first = path.resolve()
    assert is_store(path) and path.is_symlink() and not os.readlink(path).startswith("/")
    leftover = tmp_path / f".{STORE_DIR}.killedrun"  # what a killed run leaves
    leftover.mkdir()
    replace_store(path, small)
    assert path.resolve() != first and not first.exists() and not leftover.exists()
    assert [plain_rows(run_query(path, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"))] == [[["1"]]]
    # a load that fails leaves the previous store in place
    bad = tmp_path / "bad.ttl"
    bad.write_text("<http://a> <http://b> .\n")
    with pytest.raises(SyntaxError):
        replace_store(path, bad)
    assert plain_rows(run_query(path, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")) == [["1"]]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == [path.resolve().name]


def plain_rows(res) -> list[list[str]]:
    return [[v.value for v in row] for row in res.rows]


def test_a_directory_in_the_way_of_the_store_is_an_error(tmp_path: Path) -> None:
    (tmp_path / STORE_DIR).mkdir()
    with pytest.raises(OSError, match="in the way"):
        replace_store(tmp_path / STORE_DIR, OUTPUT / "graph.ttl")


# -- asking for them ---------------------------------------------------------------------------------


def test_optional_outputs_are_not_written_by_default(tmp_path: Path, seed: nx.MultiDiGraph) -> None:
    assert [e.name for e in optional_exporters()] == ["jsonld", "graphml", "store"]
    assert not {"graph.jsonld", "graph.graphml", STORE_DIR} & set(output_files())
    written = KnowledgeGraph(seed).write_all(tmp_path, extra=["store", "jsonld"])
    assert written == [tmp_path / e.path for e in exporters(["jsonld", "store"])]
    assert (tmp_path / "graph.jsonld").is_file() and is_store(tmp_path / STORE_DIR)
    assert not (tmp_path / "graph.graphml").exists()


def test_kg_export_adds_outputs_to_a_build(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for name in ("graph.json", "graph.ttl"):
        (out / name).write_bytes((OUTPUT / name).read_bytes())
    proc = kg("export", str(out), "jsonld", "graphml", "store")
    assert proc.returncode == 0, proc.stderr
    assert {p.name for p in out.iterdir() if not p.name.startswith(".")} == {
        "graph.json", "graph.ttl", "graph.jsonld", "graph.graphml", STORE_DIR,
    }
    proc = kg("export", str(out), "rdfxml")
    assert proc.returncode == 2 and proc.stderr.startswith("kg: error: unknown output 'rdfxml'")


@pytest.mark.slow
def test_kg_build_with_optional_outputs(tmp_path: Path) -> None:
    out = tmp_path / "out"
    proc = kg("build", "seeds", "--out", str(out), "--quiet", "--with", "jsonld,graphml", "--with", "store")
    assert proc.returncode == 0, proc.stderr
    for name in output_files():
        assert filecmp.cmp(out / name, OUTPUT / name, shallow=False), name
    ttl = (out / "graph.ttl").read_text(encoding="utf-8")
    jsonld = (out / "graph.jsonld").read_text(encoding="utf-8")
    assert triples(jsonld, ox.RdfFormat.JSON_LD) == triples(ttl, ox.RdfFormat.TURTLE)
    assert (out / "graph.graphml").is_file()
    count = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"
    assert plain_rows(run_query(out / STORE_DIR, count)) == plain_rows(run_query(out / "graph.ttl", count))
    proc = kg("build", "seeds", "--out", str(out), "--quiet", "--with", "rdfxml")
    assert proc.returncode == 2 and "unknown output 'rdfxml' for --with" in proc.stderr
