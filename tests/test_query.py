"""kg query: the README's example queries on a small hand-made graph, output formats, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
import typer
from typer.testing import CliRunner

from kg.cli.query import OutputFormat, query_cmd
from kg.errors import KgError, KgUsageError
from kg.exporters.turtle import write_turtle
from kg.graph import add_entity, add_relation, new_graph
from kg.model import Entity, Evidence, Relation, node_id
from kg.query import load_graph, plain, query_files, run_query, to_csv

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


def rows(ttl: Path, name: str) -> list[list[str]]:
    res = run_query(ttl, query_files()[name].read_text(encoding="utf-8"))
    return [[plain(v) for v in row] for row in res.rows]


def oxigraph_rows(ttl: Path, name: str) -> list[list[str]]:
    store = ox.Store()
    store.load(ttl.read_bytes(), format=ox.RdfFormat.TURTLE)
    solutions = store.query(query_files()[name].read_text(encoding="utf-8"))
    names = [v.value for v in solutions.variables]
    return [["" if s[n] is None else s[n].value for n in names] for s in solutions]


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
def test_queries_give_the_same_answer_in_oxigraph(ttl: Path, name: str) -> None:
    assert rows(ttl, name) == oxigraph_rows(ttl, name)


def test_prefixes_are_predeclared(ttl: Path) -> None:
    res = run_query(ttl, "SELECT ?n WHERE { ?p a schema:Person ; rdfs:label ?n ; kg:leads [] }")
    assert res.columns == ["n"]
    assert sorted(plain(r[0]) for r in res.rows) == ["梁文鋒", "蔡崇信"]


def test_rows_without_order_by_are_sorted(ttl: Path) -> None:
    res = run_query(ttl, "SELECT ?n ?t WHERE { ?x rdfs:label ?n ; a ?t }")
    keys = [[v.n3() for v in row] for row in res.rows]
    assert keys == sorted(keys) and len(keys) == 11


def test_ask_and_construct(ttl: Path) -> None:
    ask = run_query(ttl, "ASK { ?x kg:leads ?y }")
    assert ask.columns == ["ask"] and plain(ask.rows[0][0]) == "true"
    c = run_query(ttl, "CONSTRUCT { ?y kg:ledBy ?x } WHERE { ?x kg:leads ?y }")
    assert c.columns == ["subject", "predicate", "object"] and len(c.rows) == 2


def test_csv_escapes_and_unbound_values(ttl: Path) -> None:
    res = run_query(
        ttl,
        "SELECT ?n ?t WHERE { ?x a schema:Organization ; rdfs:label ?n OPTIONAL { ?x schema:tickerSymbol ?t } }",  # noqa: E501
    )
    assert to_csv(res) == "n,t\n[bold red]研究所[/],\n"
    res = run_query(ttl, 'SELECT ?m WHERE { BIND("a,\\"b\\"\\nc" AS ?m) }')
    assert to_csv(res) == 'm\n"a,""b""\nc"\n'


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
    assert res.output == "leader,led\n梁文鋒,ディープシーク\n蔡崇信,アリババ\n"


def test_cli_json(ttl: Path) -> None:
    res = invoke(str(ttl), "-f", str(query_files()["entities_by_degree"]), "--format", "json")
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data[0] == {"entity": "オープンソース", "type": "Technology", "degree": 4}


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


def test_missing_graph_file(tmp_path: Path) -> None:
    with pytest.raises(KgError, match="graph file not found") as err:
        run_query(tmp_path / "nope.ttl", "ASK {}")
    assert str(tmp_path / "nope.ttl") in str(err.value)


def test_broken_turtle_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix kg: <https://w3id.org/kg-news/ontology#> .\n\n<http://a> kg:x "unterminated .\n')
    with pytest.raises(KgError, match="not valid Turtle") as err:
        load_graph(bad)
    assert err.value.path == str(bad) and err.value.line == 3
    assert "\n" not in str(err.value)


def test_query_argument_errors(ttl: Path, tmp_path: Path) -> None:
    with pytest.raises(KgUsageError, match="not both"):
        query_cmd(ttl, "ASK {}", file=query_files()["who_leads_what"], format=OutputFormat.table)
    with pytest.raises(KgUsageError, match="missing SPARQL"):
        query_cmd(ttl, None, file=None, format=OutputFormat.table)
    with pytest.raises(KgUsageError, match="query file not found"):
        query_cmd(ttl, None, file=tmp_path / "none.rq", format=OutputFormat.csv)
