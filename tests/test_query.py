"""kg query (Oxigraph): the README's example queries on a small hand-made graph, from Turtle and from
the store, the W3C result formats, errors."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib
import typer
from typer.testing import CliRunner

from kg.cli.query import OutputFormat, query_cmd
from kg.errors import KgError, KgUsageError
from kg.evaluate import load_graph
from kg.exporters.store import replace_store
from kg.exporters.turtle import write_turtle
from kg.graph import add_entity, add_relation, new_graph
from kg.model import Entity, Evidence, Relation, node_id
from kg.query import (
    STORE_DIR,
    ResultFormat,
    execute,
    load_turtle,
    open_store,
    plain,
    query_files,
    resolve_graph,
    run_query,
    write_results,
)

DOC = "news/a.txt"


def ent(etype: str, name: str, **kw) -> Entity:
    return Entity(id=node_id(etype, name), type=etype, name=name, docs={DOC}, **kw)


@pytest.fixture(scope="module")
def ttl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    g = new_graph()
    g.graph["documents"] = [{"id": DOC, "path": DOC, "title": "t", "chars": 9, "date": None, "url": None}]
    e = {
        "alibaba": ent("Company", "アリババ", tickers={"9988.HK", "BABA.N"}),
        "tencent": ent("Company", "テンセント", tickers={"0700.HK"}),
        "deepseek": ent("Company", "ディープシーク"),
        "liang": ent("Person", "梁文鋒"),
        "tsai": ent("Person", "蔡崇信"),
        "cn_gov": ent("Government", "中国政府"),
        "us_gov": ent("Government", "米政府"),
        "oss": ent("Technology", "オープンソース"),
        "chip": ent("Technology", "AIチップ"),
        "china": ent("Country", "中国"),
        "markup": ent("Organization", "[bold red]研究所[/]"),
    }
    for x in e.values():
        add_entity(g, x)

    def rel(s: str, p: str, o: str, sentence: str, start: int, rule: str = "r1", conf: float = 0.8) -> None:
        ev = Evidence(DOC, sentence, start, start + len(sentence), rule, conf)
        add_relation(g, Relation(e[s].id, p, e[o].id, ev))

    rel("liang", "leads", "deepseek", "ディープシークの梁文鋒CEO", 0, "title_leads", 0.9)
    rel("tsai", "leads", "alibaba", "アリババの蔡崇信会長", 20, "title_leads", 0.9)
    rel("cn_gov", "supports", "oss", "中国政府はオープンソースを支持", 40)
    rel("us_gov", "restricts", "chip", "米政府はAIチップを規制", 60)
    rel("us_gov", "restricts", "china", "米政府は中国を規制", 80)
    rel("alibaba", "uses", "oss", "アリババはオープンソースを採用", 100)
    rel("tencent", "uses", "oss", "テンセントもオープンソースを採用", 120, "verb_cue", 0.6)
    rel("tencent", "uses", "oss", "テンセントはオープンソースを採用した", 140, "noun_cue", 0.7)
    rel("markup", "supports", "oss", "[bold red]研究所[/]は支持", 160)
    path = tmp_path_factory.mktemp("q") / "graph.ttl"
    return write_turtle(g, path)


def rows(graph: Path, name: str) -> list[list[str]]:
    res = run_query(graph, query_files()[name].read_text(encoding="utf-8"))
    return [[plain(v) for v in row] for row in res.rows]


def rdflib_rows(ttl: Path, name: str) -> list[list[str]]:
    """The same query through rdflib, the engine kg query used before Oxigraph."""
    g = rdflib.Graph()
    g.parse(ttl, format="turtle")
    result = g.query(query_files()[name].read_text(encoding="utf-8"))
    return [["" if v is None else str(v) for v in row] for row in result]


@pytest.fixture(scope="module")
def store(ttl: Path) -> Path:
    """The same graph as an Oxigraph store directory, as `kg build --with store` writes it."""
    return replace_store(ttl.parent / STORE_DIR, ttl)


def test_the_readme_queries_ship_with_the_package() -> None:
    assert set(query_files()) == {
        "companies_with_tickers",
        "who_leads_what",
        "government_actions",
        "edge_evidence",
        "entities_by_degree",
        "partnerships_first_reported",  # run on a dated corpus in tests/test_dates.py
    }


def test_companies_with_tickers(ttl: Path) -> None:
    assert rows(ttl, "companies_with_tickers") == [
        ["アリババ", "9988.HK"],
        ["アリババ", "BABA.N"],
        ["テンセント", "0700.HK"],
    ]


def test_who_leads_what(ttl: Path) -> None:
    assert rows(ttl, "who_leads_what") == [["梁文鋒", "ディープシーク"], ["蔡崇信", "アリババ"]]


def test_what_governments_restrict_or_support(ttl: Path) -> None:
    assert rows(ttl, "government_actions") == [
        ["中国政府", "supports", "オープンソース"],
        ["米政府", "restricts", "AIチップ"],
        ["米政府", "restricts", "中国"],
    ]


def test_evidence_sentence_behind_an_edge(ttl: Path) -> None:
    got = rows(ttl, "edge_evidence")
    assert len(got) == 9  # one row per evidence item
    tencent = [r for r in got if r[0] == "テンセント"]
    assert tencent == [
        [
            "テンセント",
            "uses",
            "オープンソース",
            "テンセントもオープンソースを採用",
            DOC,
            "120",
            "136",
            "verb_cue",
            "0.6",
        ],
        [
            "テンセント",
            "uses",
            "オープンソース",
            "テンセントはオープンソースを採用した",
            DOC,
            "140",
            "158",
            "noun_cue",
            "0.7",
        ],
    ]


def test_entities_by_degree(ttl: Path) -> None:
    got = rows(ttl, "entities_by_degree")
    assert got[0] == ["オープンソース", "Technology", "4"]
    assert ["米政府", "Government", "2"] in got
    assert ["中国", "Country", "1"] in got
    assert len(got) == 11  # every entity takes part in at least one relation
    degrees = [int(r[2]) for r in got]
    assert degrees == sorted(degrees, reverse=True)


@pytest.mark.parametrize("name", sorted(query_files()))
def test_queries_give_the_same_answer_as_rdflib(ttl: Path, name: str) -> None:
    assert rows(ttl, name) == rdflib_rows(ttl, name)


@pytest.mark.parametrize("name", sorted(query_files()))
def test_the_store_answers_as_the_turtle_file(ttl: Path, store: Path, name: str) -> None:
    assert rows(store, name) == rows(ttl, name)
    assert rows(store.parent, name) == rows(ttl, name)  # the build directory: its store


def test_prefixes_are_predeclared(ttl: Path) -> None:
    res = run_query(ttl, "SELECT ?n WHERE { ?p a schema:Person ; rdfs:label ?n ; kg:leads [] }")
    assert res.columns == ["n"]
    assert sorted(plain(r[0]) for r in res.rows) == ["梁文鋒", "蔡崇信"]


def test_rows_come_in_the_same_order_every_time(ttl: Path, store: Path) -> None:
    q = "SELECT ?n ?t WHERE { ?x rdfs:label ?n ; a ?t }"
    first = [[plain(v) for v in row] for row in run_query(ttl, q).rows]
    assert len(first) == 11
    assert [[plain(v) for v in row] for row in run_query(ttl, q).rows] == first


def test_ask_and_construct(ttl: Path) -> None:
    ask = run_query(ttl, "ASK { ?x kg:leads ?y }")
    assert ask.columns == ["ask"] and plain(ask.rows[0][0]) == "true"
    c = run_query(ttl, "CONSTRUCT { ?y kg:ledBy ?x } WHERE { ?x kg:leads ?y }")
    assert c.columns == ["subject", "predicate", "object"] and len(c.rows) == 2


def test_csv_escapes_and_unbound_values(ttl: Path) -> None:
    """W3C SPARQL 1.1 CSV: CRLF line ends, RFC 4180 quoting, empty for unbound."""
    q = "SELECT ?n ?t { ?x a schema:Organization ; rdfs:label ?n OPTIONAL { ?x schema:tickerSymbol ?t } }"
    assert serialized(ttl, q, ResultFormat.csv) == "n,t\r\n[bold red]研究所[/],\r\n"
    q = 'SELECT ?m WHERE { BIND("a,\\"b\\"\\nc" AS ?m) }'
    assert serialized(ttl, q, ResultFormat.csv) == 'm\r\n"a,""b""\nc"\r\n'


def serialized(graph: Path, sparql: str, fmt: ResultFormat) -> str:
    buf = io.BytesIO()
    write_results(execute(open_store(graph), sparql), fmt, buf)
    return buf.getvalue().decode("utf-8")


def test_tsv_writes_terms(ttl: Path) -> None:
    q = "SELECT ?n ?d WHERE { ?x a schema:Person ; rdfs:label ?n ; kg:mentionCount ?d } ORDER BY ?n"
    lines = serialized(ttl, q, ResultFormat.tsv).splitlines()
    assert lines[0] == "?n\t?d"
    assert lines[1] == '"梁文鋒"@ja\t0'


def test_json_is_the_w3c_results_format(ttl: Path) -> None:
    leaders = query_files()["who_leads_what"].read_text(encoding="utf-8")
    doc = json.loads(serialized(ttl, leaders, ResultFormat.json))
    assert doc["head"]["vars"] == ["leader", "led"]
    assert doc["results"]["bindings"][0] == {
        "leader": {"type": "literal", "value": "梁文鋒", "xml:lang": "ja"},
        "led": {"type": "literal", "value": "ディープシーク", "xml:lang": "ja"},
    }
    ask = json.loads(serialized(ttl, "ASK { ?x kg:leads ?y }", ResultFormat.json))
    assert ask == {"head": {}, "boolean": True}


# -- the Typer command -------------------------------------------------------------------------


def app() -> typer.Typer:
    a = typer.Typer()
    a.command("query")(query_cmd)

    @a.command("other")
    def other() -> None:  # a second command keeps "query" a sub-command, as in the real CLI
        pass

    return a


def invoke(*args: str):
    return CliRunner().invoke(app(), ["query", *args], env={"COLUMNS": "200"})


def test_cli_table_shows_text_literally(ttl: Path) -> None:
    res = invoke(str(ttl), "SELECT ?n WHERE { ?x a schema:Organization ; rdfs:label ?n }")
    assert res.exit_code == 0, res.output
    assert "[bold red]研究所[/]" in res.output  # not swallowed as console markup
    assert "1 row" in res.output


def test_cli_file_and_csv(ttl: Path) -> None:
    res = invoke(str(ttl), "--file", str(query_files()["who_leads_what"]), "--format", "csv")
    assert res.exit_code == 0, res.output
    assert res.stdout_bytes.decode("utf-8") == "leader,led\r\n梁文鋒,ディープシーク\r\n蔡崇信,アリババ\r\n"


def test_cli_json(ttl: Path) -> None:
    res = invoke(str(ttl), "-f", str(query_files()["entities_by_degree"]), "--format", "json")
    assert res.exit_code == 0, res.output
    first = json.loads(res.output)["results"]["bindings"][0]
    values = {k: v["value"] for k, v in first.items()}
    assert values == {"entity": "オープンソース", "type": "Technology", "degree": "4"}
    assert first["degree"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"


def test_cli_construct_prints_turtle(ttl: Path) -> None:
    res = invoke(str(ttl), "CONSTRUCT { ?y kg:ledBy ?x } WHERE { ?x kg:leads ?y }")
    assert res.exit_code == 0, res.output
    g = rdflib.Graph().parse(data=res.output, format="turtle")
    assert len(g) == 2 and "@prefix kg:" in res.output
    res = invoke(str(ttl), "DESCRIBE ?x WHERE { ?x kg:leads ?y }", "--format", "csv")
    assert isinstance(res.exception, KgUsageError) and "use --format turtle" in str(res.exception)


def test_cli_rejects_an_unknown_format(ttl: Path) -> None:
    res = invoke(str(ttl), "ASK {}", "--format", "xml")
    assert res.exit_code == 2


# -- errors ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sparql",
    [
        "SELEC ?x WHERE { ?x ?p ?o }",
        "SELECT ?x WHERE { ?x foo:bar ?o }",
        "INSERT DATA { <http://a> <http://b> <http://c> }",
        "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT * FROM <http://example.org/data.ttl> WHERE { ?s ?p ?o }",
    ],
)
def test_bad_or_unsafe_sparql_is_a_one_line_usage_error(ttl: Path, sparql: str) -> None:
    with pytest.raises(KgUsageError, match="^invalid SPARQL") as err:
        run_query(ttl, sparql)
    assert "\n" not in str(err.value)


def test_a_syntax_error_gives_the_parsers_position(ttl: Path) -> None:
    with pytest.raises(KgUsageError, match=r"^invalid SPARQL: error at 2:21: expected one of "):
        run_query(ttl, "SELECT ?x\nWHERE { ?x ?y FILTER }")
    with pytest.raises(KgUsageError, match=r"error at 1:29: undeclared prefix \(kg:, schema:"):
        run_query(ttl, "SELECT ?x WHERE { ?x foo:bar ?o }")


def test_a_bad_query_is_refused_before_the_graph_is_read(tmp_path: Path) -> None:
    """A typo must not wait for a big graph to load: here the graph is not even there."""
    with pytest.raises(KgUsageError, match="invalid SPARQL"):
        run_query(tmp_path / "missing.ttl", "SELEC ?x")


def test_cli_bad_sparql_exits_2_with_one_line(ttl: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "kg", "query", str(ttl), "SELECT ?x WHERE { ?x ?y }"],
        capture_output=True, text=True,
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith("kg: error: invalid SPARQL: error at 1:")
    assert proc.stderr.count("\n") == 1


def test_missing_graph_file(tmp_path: Path) -> None:
    with pytest.raises(KgError, match="graph file not found") as err:
        run_query(tmp_path / "nope.ttl", "ASK {}")
    assert str(tmp_path / "nope.ttl") in str(err.value)


@pytest.mark.parametrize("load", [load_turtle, load_graph], ids=["oxigraph", "rdflib (kg eval)"])
def test_broken_turtle_names_file_and_line(tmp_path: Path, load) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix kg: <https://w3id.org/kg-news/ontology#> .\n\n<http://a> kg:x "unterminated .\n')
    with pytest.raises(KgError, match="not valid Turtle") as err:
        load(bad)
    assert err.value.path == str(bad) and err.value.line == 3
    assert "\n" not in str(err.value)


def test_a_directory_without_a_graph(tmp_path: Path) -> None:
    with pytest.raises(KgError, match="neither an Oxigraph store nor graph.ttl"):
        run_query(tmp_path, "ASK {}")


def test_a_store_older_than_graph_ttl_is_not_used(ttl: Path, tmp_path: Path) -> None:
    """`kg build` without --with store leaves an old store behind: kg query reads graph.ttl then."""
    out = tmp_path / "out"
    out.mkdir()
    replace_store(out / STORE_DIR, ttl)
    (out / "graph.ttl").write_text("<http://a> <http://b> <http://c> .\n", encoding="utf-8")
    os.utime(out / STORE_DIR, (1, 1), follow_symlinks=False)
    notes: list[str] = []
    assert resolve_graph(out, notes.append) == out / "graph.ttl"
    assert "older than graph.ttl" in notes[0]
    os.utime(out / STORE_DIR, None, follow_symlinks=False)
    assert resolve_graph(out, notes.append) == out / STORE_DIR


def test_query_argument_errors(ttl: Path, tmp_path: Path) -> None:
    with pytest.raises(KgUsageError, match="not both"):
        query_cmd(ttl, "ASK {}", file=query_files()["who_leads_what"], format=OutputFormat.table)
    with pytest.raises(KgUsageError, match="missing SPARQL"):
        query_cmd(ttl, None, file=None, format=OutputFormat.table)
    with pytest.raises(KgUsageError, match="query file not found"):
        query_cmd(ttl, None, file=tmp_path / "none.rq", format=OutputFormat.csv)


# -- a big Turtle file: only the triples a query reads are loaded -----------------------------------

SELECTIVE_QUERIES = {
    "two-hop": "SELECT (COUNT(*) AS ?n) WHERE { ?p kg:leads ?o . ?o kg:uses ?t }",
    "paths": "SELECT ?a ?b WHERE { ?a kg:leads/kg:uses|^kg:restricts ?b } ORDER BY ?a ?b",
    "one-or-more": "SELECT ?a ?b WHERE { ?a (kg:leads|kg:uses)+ ?b } ORDER BY ?a ?b",
    "exists": "SELECT ?n WHERE { ?x rdfs:label ?n FILTER NOT EXISTS { ?x kg:uses ?t } } ORDER BY ?n",
    "subquery": "SELECT ?n WHERE { ?x a schema:Person { SELECT ?x ?n WHERE { ?x rdfs:label ?n } } }",
}


@pytest.mark.parametrize(
    ("sparql", "expected"),
    [
        ("SELECT * WHERE { ?p kg:leads ?o . ?o kg:uses ?t }", {"kg:leads", "kg:uses"}),
        ("SELECT * WHERE { ?p kg:leads/^kg:uses|kg:a+ ?o }", {"kg:leads", "kg:uses", "kg:a"}),
        ("ASK { ?x a schema:Person FILTER NOT EXISTS { ?x kg:leads [] } }", {"rdf:type", "kg:leads"}),
        ("CONSTRUCT { ?s ?p ?o } WHERE { ?s kg:leads ?o BIND(kg:x AS ?p) }", {"kg:leads"}),
        ("SELECT * WHERE { ?s ?p ?o }", None),  # a variable predicate reads every triple
        ("SELECT * WHERE { ?s kg:leads ?o FILTER EXISTS { ?o ?p [] } }", None),
        ("SELECT * WHERE { ?s kg:leads* ?o }", None),  # length zero: every node of the graph
        ("SELECT * WHERE { ?s kg:leads? ?o }", None),
        ("SELECT * WHERE { ?s !kg:leads ?o }", None),
        ("DESCRIBE ?s WHERE { ?s kg:leads ?o }", None),
        ("SELECT * WHERE { ?s kg:leads ?o", None),  # rdflib cannot parse it: load everything
    ],
)
def test_the_predicates_a_query_reads(sparql: str, expected: set[str] | None) -> None:
    from kg.query import QUERY_PREFIXES
    from kg.sparql import predicates_read

    got = predicates_read(sparql, QUERY_PREFIXES)
    if expected is None:
        assert got is None
    else:
        assert got == {QUERY_PREFIXES[p] + local for p, local in (e.split(":") for e in expected)}


@pytest.mark.parametrize("name", sorted(SELECTIVE_QUERIES))
def test_a_big_turtle_file_answers_as_if_loaded_whole(
    ttl: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    sparql = SELECTIVE_QUERIES[name]
    whole = run_query(ttl, sparql)
    monkeypatch.setattr("kg.query.SELECTIVE_LOAD_BYTES", 0)
    selective = open_store(ttl, sparql=sparql)
    assert len(selective) < len(open_store(ttl))  # fewer triples were loaded…
    got = run_query(selective, sparql)  # …and the answer is the same
    assert [[plain(v) for v in r] for r in got.rows] == [[plain(v) for v in r] for r in whole.rows]
    assert whole.rows  # the query does find something


def test_the_readme_queries_on_a_big_turtle_file(ttl: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = {name: rows(ttl, name) for name in query_files()}
    monkeypatch.setattr("kg.query.SELECTIVE_LOAD_BYTES", 0)
    assert {name: rows(ttl, name) for name in query_files()} == expected
