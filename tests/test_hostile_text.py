"""Hostile names and sentences through every exporter, each output read by a strict consumer (issue 7).

The payloads are the issue's list: quotes, backslashes, a literal ``\\u0027``, backticks,
``<script>``/``</script>``, ``<img src=x onerror=…>``, ``]]>``, newlines, tabs, zero-width and bidi
controls, emoji, combining marks and 500-character runs, plus C0 controls and U+2028 (which JSONL
input can carry). They are put everywhere article text can land: entity names and aliases,
evidence sentences, document ids, titles, paths, dates and URLs.

Consumers: Turtle is parsed by Oxigraph, graph.json by ``json``, the CSVs by ``csv``, the Cypher
script is both read by a model of Neo4j's literal parser and run on the real Neo4j of the Neo4j
tests (tests/conftest_neo4j.py), and graph.html is opened in real Chromium with the graph.html
tests' harness (tests/test_html_browser.py). Hypothesis then feeds arbitrary Unicode through the
Turtle, JSON, Cypher, CSV and HTML-data writers without a server or a browser.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
import pytest
from helpers import csv_rows
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from neo4j_server import Neo4jServer, snapshot
from test_html import DATA_RE, page_data
from test_html_browser import (  # noqa: F401 (browser is a fixture)
    browser,
    hover_node,
    open_page,
    panel_text,
)
from test_neo4j_export import strip_literals
from test_neo4j_live import PATHS, expected, split_statements

from kg.exporters.html import generate_html, graph_data, script_json
from kg.exporters.json import generate_json
from kg.exporters.neo4j import (
    ARRAY_DELIMITER,
    ARRAY_DELIMITER_SUBSTITUTE,
    NODE_HEADER,
    REL_HEADER,
    REL_TYPES,
    TYPE_LABELS,
    cypher_statements,
    graph_rows,
    node_csv_lines,
    relationship_csv_lines,
)
from kg.exporters.turtle import serialize_turtle, to_rdf
from kg.graph import KnowledgeGraph, add_entity, add_relation, canonical, new_graph
from kg.model import ENTITY_TYPES, PREDICATES, Entity, Evidence, Relation, node_id

pytest_plugins = ["conftest_neo4j"]

#: The issue's hostile strings, by what they attack. Script payloads set a window flag if run.
HOSTILE: dict[str, str] = {
    "double-quote": 'O"Neil "quoted"',
    "single-quote": "O'Reilly's",
    "backslash": "back\\slash\\",
    "unicode-escape": "\\u0027}) DETACH DELETE n //",
    "backtick": "`Robert`); DROP CONSTRAINT entity_id; //",
    "script": "<script>window.__kgPwned='script'</script>",
    "script-close": "</script><script>window.__kgPwned='close'</script>",
    "img": '<img src=x onerror="window.__kgPwned=\'img\';alert(1)">',
    "cdata": "]]><![CDATA[x]]>",
    "newline": "line one\nline two\r\nline three\rend",
    "tab": "col\tcol\t",
    "zero-width": "ゼロ\u200b幅\u200c結合\u200d\ufeff\u2060",
    "bidi": "\u202eevil\u202c \u2066isolate\u2069 \u200fRTL\u200e \u202a\u202b\u202d",
    "emoji": "絵文字😀🇯🇵👨\u200d👩\u200d👧👍🏽",
    "combining": "e\u0301か\u3099Z\u0351\u0352\u0357\u0489",
    "long-run": "長" * 500,
    "long-backslashes": "\\" * 500,
    "long-quotes": "'\"" * 250,
    "controls": "nul\x00bel\x07esc\x1b del\x7f nel\x85 ls\u2028ps\u2029",
    "semicolon": "semi;colon;;",
    "html-entity": "&amp; &lt;b&gt; &#x3c;script&#x3e;",
    "javascript-url": "javascript:window.__kgPwned='url'",
}
PAYLOADS = list(HOSTILE.values())


def hostile_graph() -> nx.MultiDiGraph:
    """Every payload as an entity name, an alias, a document (id, title, path) and evidence."""
    g = new_graph()
    ents: list[Entity] = []
    docs = []
    for i, (label, p) in enumerate(HOSTILE.items()):
        doc = f"docs/{label}/{p}.txt"
        docs.append(
            {
                "id": doc,
                "path": f"in/{p}.txt",
                "title": f"{p}の記事",
                "chars": len(p),
                "date": p if i % 3 == 0 else "2025-01-28",
                "url": p if i % 4 == 0 else None,
            }
        )
        etype = ENTITY_TYPES[i % len(ENTITY_TYPES)]
        ent = Entity(
            node_id(etype, p),
            etype,
            p,
            aliases={f"別名{p}", PAYLOADS[(i + 1) % len(PAYLOADS)]},
            mentions=i + 1,
            docs={doc},
        )
        add_entity(g, ent)
        ents.append(ent)
    g.graph["documents"] = sorted(docs, key=lambda d: d["id"])
    preds = sorted(PREDICATES)
    for i, ent in enumerate(ents):
        other = ents[(i + 1) % len(ents)]
        p = PAYLOADS[i]
        sentence = f"{ent.name}は{other.name}と「{p}」を発表した。"
        ev = Evidence(docs[i]["id"], sentence, 10 * i, 10 * i + len(sentence), f"rule-{i}", 0.5 + i / 100)
        add_relation(g, Relation(ent.id, preds[i % len(preds)], other.id, ev))
    return g


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> tuple[nx.MultiDiGraph, Path]:
    g = canonical(hostile_graph())
    out = tmp_path_factory.mktemp("hostile") / "out"
    KnowledgeGraph(g).write_all(out)
    return g, out


def doc_values(g: nx.MultiDiGraph, key: str) -> set[str]:
    return {d[key] for d in g.graph["documents"] if d[key] is not None}


# -- Turtle, JSON, CSV, Cypher files ----------------------------------------------------------------

RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
KG_SENTENCE = "https://w3id.org/kg-news/ontology#sentence"
KG_PATH = "https://w3id.org/kg-news/ontology#path"
SCHEMA_NAME = "https://schema.org/name"
SCHEMA_ID = "https://schema.org/identifier"
SCHEMA_DATE = "https://schema.org/datePublished"
SCHEMA_URL = "https://schema.org/url"


def turtle_values(data: bytes) -> tuple[dict[str, set[str]], set[str]]:
    """Literal values by predicate IRI, and every IRI, as Oxigraph reads the file."""
    values: dict[str, set[str]] = {}
    iris: set[str] = set()
    for t in ox.parse(data, format=ox.RdfFormat.TURTLE):
        for term in (t.subject, t.object):
            if isinstance(term, ox.NamedNode):
                iris.add(term.value)
        if isinstance(t.object, ox.Literal):
            values.setdefault(t.predicate.value, set()).add(t.object.value)
    return values, iris


def test_turtle_parses_in_oxigraph_with_every_string_exact(written) -> None:
    g, out = written
    values, iris = turtle_values((out / "graph.ttl").read_bytes())
    assert values[RDFS_LABEL] == {d["name"] for _, d in g.nodes(data=True)}
    assert values[SKOS_ALT] == {a for _, d in g.nodes(data=True) for a in d["aliases"]}
    assert values[KG_SENTENCE] == {ev["sentence"] for *_, d in g.edges(data=True) for ev in d["evidence"]}
    assert values[SCHEMA_ID] == doc_values(g, "id")
    assert values[SCHEMA_NAME] == doc_values(g, "title")
    assert values[KG_PATH] == doc_values(g, "path")
    assert values[SCHEMA_DATE] == doc_values(g, "date")
    assert values[SCHEMA_URL] == doc_values(g, "url")
    for iri in iris:  # no payload leaked into an IRI: only unreserved characters and %-escapes
        assert re.fullmatch(r"[A-Za-z0-9:/#._~%+-]+", iri), iri


def test_graph_json_parses_back_to_the_same_graph(written) -> None:
    g, out = written
    text = (out / "graph.json").read_text(encoding="utf-8")
    back = nx.node_link_graph(json.loads(text), directed=True, multigraph=True, edges="links")
    assert dict(back.nodes(data=True)) == dict(g.nodes(data=True))
    assert sorted(back.edges(keys=True, data=True)) == sorted(g.edges(keys=True, data=True))
    assert back.graph == g.graph


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:  # newline="": a \r inside a field stays
        header, *rows = csv_rows(fh.read())
    return [dict(zip(header, row, strict=True)) for row in rows]  # no row has more or fewer fields


def _array(values: list[str]) -> str:
    return ARRAY_DELIMITER.join(v.replace(ARRAY_DELIMITER, ARRAY_DELIMITER_SUBSTITUTE) for v in values)


def test_csvs_parse_with_every_field_exact(written) -> None:
    g, out = written
    nodes = {r["id:ID"]: r for r in _csv_rows(out / "neo4j" / "nodes.csv")}
    assert all(None not in r for r in nodes.values())  # no row has more fields than the header
    for n, d in g.nodes(data=True):
        assert nodes[n]["name"] == d["name"]
        assert nodes[n]["aliases:string[]"] == _array(d["aliases"])
    for doc in g.graph["documents"]:
        row = nodes[doc["id"]]
        assert (row["title"], row["path"]) == (doc["title"], doc["path"])
        assert row["url"] == (doc["url"] or "") and row["date"] == doc["date"]
    rels = [r for r in _csv_rows(out / "neo4j" / "relationships.csv") if r[":TYPE"] != "MENTIONS"]
    assert len(rels) == g.number_of_edges()
    for r in rels:
        (d,) = [d for s, o, d in g.edges(data=True) if (s, o) == (r[":START_ID"], r[":END_ID"])]
        assert r["evidence:string[]"] == _array([ev["sentence"] for ev in d["evidence"]])
    header = (out / "neo4j" / "nodes.csv").read_text(encoding="utf-8").split("\n", 1)[0]
    assert header == ",".join(NODE_HEADER)
    assert (out / "neo4j" / "relationships.csv").read_text(encoding="utf-8").startswith(",".join(REL_HEADER))


#: The shape of every statement once each string literal is replaced by ``$``: kg's fixed
#: vocabulary, and maps of fixed keys to literals, numbers, null and lists.
_LABEL = "|".join(TYPE_LABELS)
_TYPE = "|".join(REL_TYPES.values())
_MAP = r"\{[\w :,.\[\]$-]*\}"
STATEMENT_SHAPES = [
    re.compile(r"CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:(Entity|Document)\) REQUIRE n\.id IS UNIQUE"),
    re.compile(rf"MERGE \(n:Entity \{{id: \$\}}\) SET n:({_LABEL}), n \+= {_MAP}"),
    re.compile(rf"MERGE \(d:Document \{{id: \$\}}\) SET d \+= {_MAP}"),
    re.compile(
        rf"MATCH \(s:Entity \{{id: \$\}}\) MATCH \(o:Entity \{{id: \$\}}\) MERGE \(s\)-\[r:({_TYPE})\]->\(o\)"
        rf" SET r \+= {_MAP}"
    ),
    re.compile(
        r"MATCH \(d:Document \{id: \$\}\) MATCH \(e:Entity \{id: \$\}\) MERGE \(d\)-\[m:MENTIONS\]->\(e\)"
        r" SET m\.kgBuild = \$"
    ),
]


def check_statement(stmt: str) -> list[str]:
    """The statement's literals, after checking it is one line and nothing but kg's own code."""
    assert "\n" not in stmt and "\r" not in stmt
    code, values = strip_literals(stmt)
    code = code.replace("''", "$")
    assert any(p.fullmatch(code) for p in STATEMENT_SHAPES), code
    return values


def test_cypher_script_keeps_every_payload_inside_literals(written) -> None:
    g, out = written
    script = (out / "neo4j" / "import.cypher").read_text(encoding="utf-8")
    statements = split_statements(script)
    assert len(statements) == len([ln for ln in script.split("\n") if ln and not ln.startswith("//")])
    literals = {v for stmt in statements for v in check_statement(stmt)}
    assert set(PAYLOADS) <= literals
    assert {ev["sentence"] for *_, d in g.edges(data=True) for ev in d["evidence"]} <= literals


def test_html_page_holds_the_payloads_only_as_inert_data(written) -> None:
    g, out = written
    page = (out / "graph.html").read_text(encoding="utf-8")
    benign = generate_html(new_graph())
    # outside the one JSON data block the page is byte for byte the page of an empty graph ...
    assert DATA_RE.sub("", page) == DATA_RE.sub("", benign)
    # ... and inside it nothing can end the block or start markup
    block = DATA_RE.search(page).group(1)
    for ch in "<>&\u2028\u2029":
        assert ch not in block
    assert page_data(page) == json.loads(script_json(graph_data(g)))
    assert {n["name"] for n in page_data(page)["nodes"]} == set(PAYLOADS)


# -- the real consumers --------------------------------------------------------------------------


@pytest.mark.neo4j
@pytest.mark.parametrize("path", ["script", "push", "load_csv"])
def test_every_payload_reads_back_from_real_neo4j(
    path: str, neo4j_server: Neo4jServer, neo4j_driver: Any, tmp_path: Path
) -> None:
    """import.cypher (run statement by statement, as cypher-shell does), the driver push and LOAD
    CSV each leave exactly the expected nodes, relationships and properties, payloads and all."""
    g = hostile_graph()
    PATHS[path](neo4j_server, neo4j_driver, g, tmp_path)
    got = snapshot(neo4j_driver)
    assert got == expected(g, csv=path == "load_csv")
    names = {p["name"] for labels, p in got[0].values() if "Entity" in labels}
    assert names == set(PAYLOADS)
    constraints = {r["name"] for r in neo4j_driver.execute_query("SHOW CONSTRAINTS YIELD name").records}
    assert constraints >= {"entity_id", "document_id"}  # "DROP CONSTRAINT entity_id" stayed text


@pytest.mark.browser
def test_graph_html_in_chromium_shows_every_payload_as_text_and_runs_none(browser, written) -> None:  # noqa: F811
    g, out = written
    o = open_page(browser, out / "graph.html")
    dialogs: list[str] = []
    o.page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        assert o.js("network.body.data.nodes.length") == g.number_of_nodes()
        for n, d in g.nodes(data=True):
            o.js("(id) => kg.showNode(id)", n)
            text = panel_text(o)
            assert d["name"] in text, d["name"]
            assert all(a in text for a in d["aliases"]), d["aliases"]
        for eid in o.js("network.body.data.edges.getIds()"):
            o.js("(id) => kg.showEdge(id)", eid)
            text = panel_text(o)
            e = o.js("(id) => kg.data.edges.find(x => x.id === id)", eid)
            for ev in e["evidence"]:
                assert ev["sentence"] in text
        # the tooltip of the <img onerror> entity, shown by vis on hover, is text as well
        img = HOSTILE["img"]
        img_id = node_id(ENTITY_TYPES[list(HOSTILE).index("img") % len(ENTITY_TYPES)], img)
        assert img in hover_node(o, img_id, expect=img)
        o.page.wait_for_timeout(400)  # let any payload's handlers or timers fire
        assert o.js("window.__kgPwned") is None
        assert dialogs == []
        assert o.js("document.querySelectorAll('img, iframe, script[src], [onerror], [onload]').length") == 0
        assert o.js("Array.from(document.querySelectorAll('a')).map(a => a.href)") == []
        assert o.leaks() == [] and o.errors == []
    finally:
        o.page.close()


# -- properties: arbitrary Unicode through the writers ------------------------------------------------

#: Any code point a Python str read from a file can hold (lone surrogates cannot be read from
#: UTF-8, and kg.read replaces those that JSONL escapes can produce).
TEXT = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=40)
DOC_ID = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=20)


def tiny_graph(name: str, alias: str, other: str, sentence: str, doc: str, title: str) -> nx.MultiDiGraph:
    g = new_graph()
    g.graph["documents"] = [{"id": doc, "path": title, "title": title, "chars": 1, "date": None, "url": None}]
    a = Entity(node_id("Company", name), "Company", name, aliases={alias}, mentions=1, docs={doc})
    b = Entity(node_id("Person", other), "Person", other, mentions=1, docs={doc})
    add_entity(g, a)
    add_entity(g, b)
    add_relation(g, Relation(b.id, "leads", a.id, Evidence(doc, sentence, 0, len(sentence), "r", 0.9)))
    return canonical(g)


GRAPHS = st.builds(tiny_graph, TEXT, TEXT, TEXT, TEXT, DOC_ID, TEXT)
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(GRAPHS)
def test_property_turtle_round_trips_in_oxigraph(g: nx.MultiDiGraph) -> None:
    values, _ = turtle_values(serialize_turtle(to_rdf(g)))
    assert values[RDFS_LABEL] == {d["name"] for _, d in g.nodes(data=True)}
    assert values.get(SKOS_ALT, set()) == {a for _, d in g.nodes(data=True) for a in d["aliases"]}
    assert values[KG_SENTENCE] == {ev["sentence"] for *_, d in g.edges(data=True) for ev in d["evidence"]}
    assert values[SCHEMA_ID] == doc_values(g, "id")
    assert values[SCHEMA_NAME] == doc_values(g, "title")


@PROPERTY
@given(GRAPHS)
def test_property_graph_json_round_trips(g: nx.MultiDiGraph) -> None:
    text = generate_json(g)
    text.encode("utf-8")
    back = nx.node_link_graph(json.loads(text), directed=True, multigraph=True, edges="links")
    assert dict(back.nodes(data=True)) == dict(g.nodes(data=True))
    assert list(back.edges(keys=True, data=True)) == list(g.edges(keys=True, data=True))
    assert back.graph == g.graph


@PROPERTY
@given(GRAPHS)
def test_property_cypher_keeps_text_in_literals(g: nx.MultiDiGraph) -> None:
    statements = cypher_statements(graph_rows(g))
    literals = {v for stmt in statements for v in check_statement(stmt)}
    script = "".join(s + ";\n" for s in statements)
    assert split_statements(script) == statements
    assert {d["name"] for _, d in g.nodes(data=True)} <= literals
    assert {ev["sentence"] for *_, d in g.edges(data=True) for ev in d["evidence"]} <= literals
    assert doc_values(g, "id") | doc_values(g, "title") <= literals


@PROPERTY
@given(GRAPHS)
def test_property_csv_round_trips(g: nx.MultiDiGraph) -> None:
    rows = graph_rows(g)
    nodes = csv_rows("".join(node_csv_lines(rows)))
    rels = csv_rows("".join(relationship_csv_lines(rows)))
    assert all(len(r) == len(NODE_HEADER) for r in nodes) and all(len(r) == len(REL_HEADER) for r in rels)
    by_id = {r[0]: dict(zip(NODE_HEADER, r, strict=True)) for r in nodes[1:]}
    for n, d in g.nodes(data=True):
        assert by_id[n]["name"] == d["name"]
        assert by_id[n]["aliases:string[]"] == _array(d["aliases"])
    (doc,) = g.graph["documents"]
    assert by_id[doc["id"]]["title"] == doc["title"]
    (edge,) = [dict(zip(REL_HEADER, r, strict=True)) for r in rels[1:] if r[2] != "MENTIONS"]
    (data,) = [d for *_, d in g.edges(data=True)]
    assert edge["evidence:string[]"] == _array([ev["sentence"] for ev in data["evidence"]])


@PROPERTY
@given(GRAPHS)
def test_property_html_data_is_inert_and_exact(g: nx.MultiDiGraph) -> None:
    data = graph_data(g)
    block = script_json(data)
    for ch in "<>&\u2028\u2029":
        assert ch not in block
    assert json.loads(block) == json.loads(json.dumps(data))
