"""The Neo4j files (import.cypher, nodes.csv, relationships.csv) without a server.

The Cypher checks model the two ways Neo4j reads a literal: it first decodes ``\\uXXXX``
anywhere in the query (Java-style, only after an even run of backslashes), then parses string
escapes. Both models were checked against a real Neo4j 5.26 in test_neo4j_live.py.
"""

from __future__ import annotations

import csv
import gc
import json
import re
import socket
import urllib.parse
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from neo4j_graphs import HOSTILE, hostile_graph, seed_graph

from kg.cli.neo4j import neo4j_app
from kg.errors import KgError, KgUsageError
from kg.exporters.neo4j import (
    ARRAY_DELIMITER_SUBSTITUTE,
    CONSTRAINTS,
    NODE_HEADER,
    REL_HEADER,
    REL_TYPES,
    TYPE_LABELS,
    _csv_field,
    cypher_string,
    cypher_value,
    graph_rows,
    load_csv_statements,
    write_neo4j,
)
from kg.graph import add_entity, add_relation, canonical, new_graph
from kg.model import Entity, Evidence, Relation, node_id
from kg.neo4j_push import push_graph, push_plan, read_graph

pytest_plugins = ["conftest_neo4j"]

FILES = ("import.cypher", "nodes.csv", "relationships.csv")
ALLOWED_LABELS = {"Entity", "Document", *TYPE_LABELS}
ALLOWED_TYPES = {"MENTIONS", *REL_TYPES.values()}


# -- a model of how Neo4j reads a Cypher string literal ------------------------------------------


def java_unicode_predecode(query: str) -> str:
    """Decode ``\\uXXXX`` where the backslash is preceded by an even run of backslashes."""
    out: list[str] = []
    i = 0
    while i < len(query):
        ch = query[i]
        if ch == "\\":
            run = len(query[i:]) - len(query[i:].lstrip("\\"))
            # in a run of n backslashes, only the last one can start an escape, if n is odd
            if run % 2 == 1 and query[i + run : i + run + 1] == "u":
                j = i + run
                while j < len(query) and query[j] == "u":
                    j += 1
                hexpart = query[j : j + 4]
                if re.fullmatch(r"[0-9a-fA-F]{4}", hexpart):
                    out.append("\\" * (run - 1) + chr(int(hexpart, 16)))
                    i = j + 4
                    continue
            out.append("\\" * run)
            i += run
            continue
        out.append(ch)
        i += 1
    return "".join(out)


_SIMPLE = {"\\": "\\", "'": "'", '"': '"', "n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}


def read_literal(src: str, pos: int) -> tuple[str, int]:
    """Parse the single-quoted literal starting at ``src[pos]``; return (value, end position)."""
    assert src[pos] == "'"
    out: list[str] = []
    i = pos + 1
    while True:
        ch = src[i]
        if ch == "'":
            return "".join(out), i + 1
        if ch == "\\":
            nxt = src[i + 1]
            if nxt in _SIMPLE:
                out.append(_SIMPLE[nxt])
                i += 2
            elif nxt == "u":
                out.append(chr(int(src[i + 2 : i + 6], 16)))
                i += 6
            else:
                raise ValueError(f"bad escape \\{nxt}")
        else:
            out.append(ch)
            i += 1


def strip_literals(stmt: str) -> tuple[str, list[str]]:
    """The statement with every string literal replaced by ``''``, and the literals' values."""
    src = java_unicode_predecode(stmt)
    code: list[str] = []
    values: list[str] = []
    i = 0
    while i < len(src):
        if src[i] == "'":
            value, i = read_literal(src, i)
            values.append(value)
            code.append("''")
        else:
            code.append(src[i])
            i += 1
    return "".join(code), values


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_cypher_string_reads_back_exactly(text: str) -> None:
    lit = cypher_string(text)
    assert "\n" not in lit and "\r" not in lit
    code, values = strip_literals(lit)
    assert code == "''"
    assert values == [text]


@pytest.mark.parametrize("text", HOSTILE + ["\\u0027", "\\\\\\u0027", "\\U0001F600", "a\\", "\u2028"])
def test_hostile_literals_stay_one_literal(text: str) -> None:
    stmt = f"RETURN {cypher_string(text)} AS v"
    code, values = strip_literals(stmt)
    assert code == "RETURN '' AS v"
    assert values == [text]


def test_backslash_is_escaped_before_anything_else() -> None:
    # "\u0027" in the text must not become a quote: its backslash is doubled first.
    assert cypher_string("\\u0027") == "'\\\\u0027'"
    assert cypher_string("it's") == "'it\\'s'"
    assert cypher_string("a\nb") == "'a\\nb'"
    assert cypher_string("`x`") == "'`x`'"
    assert cypher_string("😀") == "'😀'"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(), max_size=5))
def test_list_literal_equals_one_literal_per_element(values: list[str]) -> None:
    # the whole-list fast path must give exactly the element-by-element literal
    lit = cypher_value(values)
    assert lit == "[" + ", ".join(cypher_string(v) for v in values) + "]"
    code, read = strip_literals(lit)
    assert read == values
    assert code == "[" + ", ".join("''" for _ in values) + "]"


def test_list_literals_of_other_values() -> None:
    assert cypher_value([]) == "[]"
    assert cypher_value([""]) == "['']"
    assert cypher_value(["a", "b'c"]) == "['a', 'b\\'c']"
    assert cypher_value([1, "a", None, 0.5, True]) == "[1, 'a', null, 0.5, true]"
    assert cypher_value(("x",)) == "['x']"
    with pytest.raises(TypeError):
        cypher_value([b"bytes"])
    with pytest.raises(ValueError):
        cypher_value([float("nan")])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from('a;"\\,\n；日')), max_size=4))
def test_csv_array_field_matches_reference(values: list[str]) -> None:
    joined = ";".join(v.replace(";", ARRAY_DELIMITER_SUBSTITUTE) for v in values)
    assert _csv_field(values) == '"' + joined.replace('"', '""') + '"'
    row = next(csv.reader([_csv_field(values)]))
    assert row == [joined]


def test_csv_scalar_fields() -> None:
    assert [_csv_field(v) for v in (None, "", 'a"b', 3, 0.25, True, [1, "x"])] == [
        "",
        '""',
        '"a""b"',
        "3",
        "0.25",
        "true",
        '"1;x"',
    ]


def test_export_restores_the_garbage_collector(tmp_path: Path) -> None:
    # the exporter pauses the cyclic GC for speed; it must leave it as it found it, even on error
    assert gc.isenabled()
    write_neo4j(seed_graph(), tmp_path / "a")
    assert gc.isenabled()
    bad = new_graph()
    bad.add_node("x", type="Nope", name="x")
    with pytest.raises(KgError):
        write_neo4j(bad, tmp_path / "b")
    assert gc.isenabled()
    graph_rows(seed_graph())
    assert gc.isenabled()
    gc.disable()
    try:
        write_neo4j(seed_graph(), tmp_path / "c")
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert (tmp_path / "a" / "import.cypher").read_bytes() == (tmp_path / "c" / "import.cypher").read_bytes()


# -- relationship types and labels ----------------------------------------------------------------


def test_relationship_types_are_upper_snake_case() -> None:
    assert REL_TYPES == {
        "leads": "LEADS",
        "worksFor": "WORKS_FOR",
        "subsidiaryOf": "SUBSIDIARY_OF",
        "develops": "DEVELOPS",
        "uses": "USES",
        "supports": "SUPPORTS",
        "restricts": "RESTRICTS",
        "investsIn": "INVESTS_IN",
        "acquires": "ACQUIRES",
        "partnersWith": "PARTNERS_WITH",
        "competesWith": "COMPETES_WITH",
        "meets": "MEETS",
        "supplies": "SUPPLIES",
        "partOf": "PART_OF",
        "basedIn": "BASED_IN",
    }


def _labels_and_types(code: str) -> tuple[set[str], set[str]]:
    labels = set(re.findall(r"\((?:\w+)?((?::\w+)+)", code))
    label_names = {x for group in labels for x in group.split(":") if x}
    label_names |= set(re.findall(r"SET \w+:(\w+)", code))
    types = set(re.findall(r"\[\w*:(\w+)\]", code))
    return label_names, types


def _statements(directory: Path) -> list[str]:
    lines = (directory / "import.cypher").read_text(encoding="utf-8").split("\n")
    assert lines[-1] == ""
    body = [ln for ln in lines[:-1] if not ln.startswith("//")]
    assert all(ln.endswith(";") for ln in body)
    return [ln[:-1] for ln in body]


def test_hostile_text_never_reaches_query_code(tmp_path: Path) -> None:
    g = hostile_graph()
    write_neo4j(g, tmp_path)
    literals: list[str] = []
    for stmt in _statements(tmp_path):
        code, values = strip_literals(stmt)
        literals += values
        labels, types = _labels_and_types(code)
        assert labels <= ALLOWED_LABELS, stmt
        assert types <= ALLOWED_TYPES, stmt
        assert "DELETE" not in code and "DROP" not in code and "//" not in code, stmt
    for i, text in enumerate(HOSTILE):
        assert text in literals, f"hostile string {i} lost"
    # the push sends data only as parameters
    for query, rows in push_plan(graph_rows(g)):
        for text in HOSTILE:
            assert text not in query
        labels, types = _labels_and_types(query)
        assert labels <= ALLOWED_LABELS and types <= ALLOWED_TYPES
        assert "$rows" in query and rows


def test_unknown_type_or_predicate_is_refused(tmp_path: Path) -> None:
    g = new_graph()
    g.add_node("x", type="Evil`) DETACH DELETE n //", name="x")
    with pytest.raises(KgError, match="unknown entity type"):
        write_neo4j(g, tmp_path)
    g = seed_graph()
    s, o = sorted(g.nodes)[:2]
    g.add_edge(s, o, key="DELETE", predicate="DELETE", confidence=0.5, evidence=[], rules=[])
    with pytest.raises(KgError, match="unknown predicate"):
        write_neo4j(g, tmp_path)
    assert not (tmp_path / "import.cypher").exists()


# -- the script ------------------------------------------------------------------------------------


def test_script_shape_and_counts(tmp_path: Path) -> None:
    g = seed_graph()
    write_neo4j(g, tmp_path)
    stmts = _statements(tmp_path)
    assert stmts[: len(CONSTRAINTS)] == list(CONSTRAINTS)
    assert "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE" in stmts
    n_mentions = sum(len(d["docs"]) for _, d in g.nodes(data=True))
    n_docs = len(g.graph["documents"])
    body = stmts[len(CONSTRAINTS) :]
    assert len(body) == g.number_of_nodes() + n_docs + g.number_of_edges() + n_mentions
    assert all(s.startswith(("MERGE", "MATCH")) for s in body)
    assert sum(s.startswith("MERGE (n:Entity") for s in body) == g.number_of_nodes()
    assert sum("MERGE (d)-[m:MENTIONS]->(e) SET m.kgBuild = " in s for s in body) == n_mentions
    liang = node_id("Person", "梁文峰")
    assert any(
        s.startswith(f"MATCH (s:Entity {{id: '{liang}'}})") and "MERGE (s)-[r:LEADS]->(o)" in s for s in body
    )
    ent = next(s for s in body if f"'{liang}'" in s and s.startswith("MERGE"))
    assert (
        "SET n:Person, n += {name: '梁文峰', aliases: ['リャン・ウェンフォン'], tickers: null, mentions: 3"
        in ent
    )
    assert f"iri: 'https://kg.example.org/entity/{liang}'" in ent


def test_output_is_deterministic(tmp_path: Path) -> None:
    g = seed_graph()
    write_neo4j(g, tmp_path / "a")
    # the same graph with nodes and edges inserted in reverse order
    rev = nx.MultiDiGraph()
    rev.graph.update(g.graph)
    rev.graph["documents"] = list(reversed(g.graph["documents"]))
    for n in reversed(list(g.nodes)):
        rev.add_node(n, **g.nodes[n])
    for s, o, k in reversed(list(g.edges(keys=True))):
        rev.add_edge(s, o, key=k, **g.edges[s, o, k])
    write_neo4j(rev, tmp_path / "b")
    write_neo4j(canonical(g), tmp_path / "c")
    for name in FILES:
        a = (tmp_path / "a" / name).read_bytes()
        assert a == (tmp_path / "b" / name).read_bytes() == (tmp_path / "c" / name).read_bytes(), name
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == sorted(FILES)  # no temp files left


# -- the CSVs --------------------------------------------------------------------------------------


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_csv_headers_and_rows(tmp_path: Path) -> None:
    g = seed_graph()
    write_neo4j(g, tmp_path)
    text = (tmp_path / "nodes.csv").read_text(encoding="utf-8")
    assert text.split("\n", 1)[0] == ",".join(NODE_HEADER)
    assert "id:ID" in NODE_HEADER and ":LABEL" in NODE_HEADER and "aliases:string[]" in NODE_HEADER
    assert (tmp_path / "relationships.csv").read_text(encoding="utf-8").split("\n", 1)[0] == ",".join(
        REL_HEADER
    )
    assert REL_HEADER[:3] == (":START_ID", ":END_ID", ":TYPE")

    nodes = _read_csv(tmp_path / "nodes.csv")
    by_id = {r["id:ID"]: r for r in nodes}
    alibaba = by_id[node_id("Company", "アリババ")]
    assert alibaba[":LABEL"] == "Entity;Company"
    assert alibaba["aliases:string[]"] == "阿里巴巴"
    assert alibaba["tickers:string[]"] == "9988.HK;BABA"
    assert alibaba["mentions:long"] == "4"
    assert alibaba["iri"] == "https://kg.example.org/entity/" + node_id("Company", "アリババ")
    doc = by_id["seeds/001_second.txt"]
    assert doc[":LABEL"] == "Document" and doc["chars:long"] == "900" and doc["date"] == "2025-01-28"
    assert doc["iri"] == "https://kg.example.org/doc/" + urllib.parse.quote("seeds/001_second.txt", safe="")
    assert len(nodes) == g.number_of_nodes() + len(g.graph["documents"])

    rels = _read_csv(tmp_path / "relationships.csv")
    types = [r[":TYPE"] for r in rels]
    assert types.count("MENTIONS") == sum(len(d["docs"]) for _, d in g.nodes(data=True))
    assert len(rels) - types.count("MENTIONS") == g.number_of_edges()
    dev = next(r for r in rels if r[":TYPE"] == "DEVELOPS")
    assert dev["rules:string[]"] == "verb-develop;verb-release"
    assert dev["evidence:string[]"] == "ディープシークはR1を公開した。"  # one sentence, two rules
    assert dev["confidence:double"] == "0.8"
    # missing values are empty and unquoted; present strings are always quoted
    assert '"Entity;Company"' in (tmp_path / "nodes.csv").read_text(encoding="utf-8")
    mention_line = next(
        ln for ln in (tmp_path / "relationships.csv").read_text().splitlines() if "MENTIONS" in ln
    )
    assert mention_line.endswith(f'"MENTIONS",,,,,,,,"{graph_rows(g).build}"')


def test_csv_round_trips_hostile_text(tmp_path: Path) -> None:
    g = hostile_graph()
    write_neo4j(g, tmp_path)
    raw = (tmp_path / "nodes.csv").read_text(encoding="utf-8")
    assert "\\u0027" in raw and "😀" in raw  # written as is, not escaped
    nodes = {r["id:ID"]: r for r in _read_csv(tmp_path / "nodes.csv")}
    for n, d in g.nodes(data=True):
        row = nodes[n]
        assert row["name"] == d["name"]
        assert row["aliases:string[]"].split(";") == [
            a.replace(";", ARRAY_DELIMITER_SUBSTITUTE) for a in d["aliases"]
        ] or (not d["aliases"] and row["aliases:string[]"] == "")
    rels = [r for r in _read_csv(tmp_path / "relationships.csv") if r[":TYPE"] != "MENTIONS"]
    assert len(rels) == g.number_of_edges()
    for r in rels:
        ev = g.edges[r[":START_ID"], r[":END_ID"], "leads" if r[":TYPE"] == "LEADS" else "worksFor"][
            "evidence"
        ]
        assert r["evidence:string[]"] == ev[0]["sentence"].replace(";", ARRAY_DELIMITER_SUBSTITUTE)


def test_documents_known_only_from_nodes_get_nodes(tmp_path: Path) -> None:
    g = new_graph("http://x.test/kg/")
    e = Entity(id=node_id("Place", "杭州"), type="Place", name="杭州", docs={"a b/c.txt"}, mentions=1)
    add_entity(g, e)
    rows = graph_rows(g)
    assert [d["id"] for d in rows.documents] == ["a b/c.txt"]
    assert rows.documents[0]["props"]["iri"] == "http://x.test/kg/doc/a%20b%2Fc.txt"
    assert rows.mentions == [{"doc": "a b/c.txt", "entity": e.id}]
    assert rows.entities[0]["props"]["iri"] == f"http://x.test/kg/entity/{e.id}"


def test_load_csv_statements_use_whitelist_only() -> None:
    stmts = load_csv_statements()
    assert len(stmts) == 4
    for s in stmts:
        assert "IN TRANSACTIONS OF" in s and s.startswith("LOAD CSV WITH HEADERS FROM 'file:///")
        code, _ = strip_literals(s)
        labels, types = _labels_and_types(code)
        assert labels <= ALLOWED_LABELS and types <= ALLOWED_TYPES
    for rtype in REL_TYPES.values():
        assert f"[r:{rtype}]" in stmts[2]


# -- reading graph.json and the CLI's own errors ---------------------------------------------------


def _write_graph_json(g: nx.MultiDiGraph, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    data = nx.node_link_data(g, edges="links")
    (out / "graph.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_read_graph_round_trip_and_errors(tmp_path: Path) -> None:
    g = hostile_graph()
    _write_graph_json(g, tmp_path / "out")
    back = read_graph(tmp_path / "out")
    assert graph_rows(back) == graph_rows(g)
    with pytest.raises(KgError, match="run `kg build` first"):
        read_graph(tmp_path)
    with pytest.raises(KgError, match="not a directory"):
        read_graph(tmp_path / "nope")
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "graph.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(KgError, match="not a kg graph"):
        read_graph(tmp_path / "bad")


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_server_is_one_line_error() -> None:
    uri = f"bolt://127.0.0.1:{_closed_port()}"
    with pytest.raises(KgError) as info:
        push_graph(seed_graph(), uri, "neo4j", "pw")
    msg = str(info.value)
    assert msg.startswith(f"cannot reach Neo4j at {uri}") and "\n" not in msg


@pytest.mark.parametrize("uri", ["http://127.0.0.1:1", "localhost:7687", "bolt:/x"])
def test_bad_uri_is_one_line_error(uri: str) -> None:
    with pytest.raises(KgUsageError) as info:
        push_graph(seed_graph(), uri, "neo4j", "pw")
    assert uri in str(info.value) and "\n" not in str(info.value)


def test_cli_needs_a_password_and_a_graph(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    runner = CliRunner()
    res = runner.invoke(neo4j_app, ["push", str(tmp_path)])
    assert isinstance(res.exception, KgUsageError) and "NEO4J_PASSWORD" in str(res.exception)
    res = runner.invoke(neo4j_app, ["push", str(tmp_path), "--password", "x"])
    assert isinstance(res.exception, KgError) and "graph.json" in str(res.exception)
    res = runner.invoke(neo4j_app, ["--help"])
    assert res.exit_code == 0 and "push" in res.output
    _write_graph_json(seed_graph(), tmp_path / "out")
    uri = f"bolt://127.0.0.1:{_closed_port()}"
    res = runner.invoke(neo4j_app, ["push", str(tmp_path / "out"), "--uri", uri, "--password", "x", "-q"])
    assert isinstance(res.exception, KgError) and str(res.exception).startswith("cannot reach Neo4j")


def test_relations_evidence_merges_into_one_row() -> None:
    g = new_graph()
    a = Entity(id=node_id("Company", "A"), type="Company", name="A")
    b = Entity(id=node_id("Company", "B"), type="Company", name="B")
    add_entity(g, a)
    add_entity(g, b)
    for doc, start, rule in (("d2", 5, "r2"), ("d1", 9, "r1"), ("d1", 1, "r1")):
        add_relation(
            g, Relation(a.id, "acquires", b.id, Evidence(doc, f"{doc}:{start}", start, start + 3, rule, 0.4))
        )
    rows = graph_rows(g)
    (rel,) = rows.relationships
    assert rel["type"] == "ACQUIRES"
    assert rel["props"] == {
        "evidence": ["d1:1", "d1:9", "d2:5"],
        "docs": ["d1", "d2"],
        "rules": ["r1", "r2"],
        "confidence": 0.4,
        "articles": None,  # a hand-built graph without add_seen_dates has no time facts
        "firstSeen": None,
        "lastSeen": None,
        "kgBuild": rows.build,
    }
    assert graph_rows(g).documents == []
