"""Article dates (kg/dates.py): every source, validation, and how they reach the facts.

Sources: JSONL ``date``, Markdown front matter, a dateline in the text, ``--dates FILE``. The
built graph's edges and entities carry first/last seen and article counts; Turtle writes them as
xsd:date (checked with the SHACL shapes in kg/data/shapes.ttl), graph.json and Neo4j too.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from rdflib import RDF, Graph, Literal, URIRef

import kg
from kg.dates import BadDate, find_dateline, parse_date, read_dates_csv, split_front_matter
from kg.errors import KgError
from kg.exporters.neo4j import graph_rows
from kg.model import node_id
from kg.read import read_documents
from kg.vocab import KG

pytest_plugins = ["conftest_neo4j"]

ROOT = Path(__file__).resolve().parents[1]
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")
XSD_INTEGER = URIRef("http://www.w3.org/2001/XMLSchema#integer")
SHAPES = [ROOT / "kg" / "data" / "shapes.ttl"]


def read_all(paths: list[Path]) -> tuple[list[Any], list[str]]:
    warnings: list[str] = []
    return list(read_documents(paths, warn=warnings.append)), warnings


# -- ISO 8601 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2025-03-14", "2025-03-14"),
        ("20250314", "2025-03-14"),
        (" 2025-03-14 ", "2025-03-14"),
        ("2025-03-14T10:30:00+09:00", "2025-03-14"),
        ("2025-03-14T23:59:59.123Z", "2025-03-14"),
        ("2025-03-14 10:30", "2025-03-14"),
        ("20250314T103000Z", "2025-03-14"),
        ("2024-02-29", "2024-02-29"),
        (dt.date(2025, 3, 14), "2025-03-14"),
        (dt.datetime(2025, 3, 14, 23, 0), "2025-03-14"),
    ],
)
def test_iso_dates_are_read(value: Any, iso: str) -> None:
    assert parse_date(value) == iso


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("2025-03", "not a full date"),  # the day is unknown: never guessed as the 1st
        ("2025", "not a full date"),
        ("2025-3-14", "not an ISO 8601 date"),
        ("2025/03/14", "not an ISO 8601 date"),
        ("14.03.2025", "not an ISO 8601 date"),
        ("2025年3月14日", "not an ISO 8601 date"),
        ("2025-02-29", "not a valid date"),
        ("2025-13-01", "not a valid date"),
        ("2025-03-14T25:00", "invalid time"),
        ("2025-03-14T10:61", "invalid time"),
        ("2025-0314", "not an ISO 8601 date"),
        ("yesterday", "not an ISO 8601 date"),
        (20250314, "must be a string"),
    ],
)
def test_bad_dates_say_why(value: Any, why: str) -> None:
    with pytest.raises(BadDate, match=why):
        parse_date(value)


# -- datelines --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("見出し\n2025年3月14日\n本文。", "2025-03-14"),
        ("見出し\n\n２０２５年３月１４日（金）１０時３０分\n本文。", "2025-03-14"),
        ("見出し\n［東京 2025年3月14日 ロイター］ - トヨタ自動車は14日、発表した。", "2025-03-14"),
        ("【ワシントン=2025年3月14日】米商務省は発表した。", "2025-03-14"),
        ("見出し\n配信日時: 2025/03/14 15:30 JST\n本文。", "2025-03-14"),
        ("見出し\nPublished 2025-03-14\n本文。", "2025-03-14"),
        ("見出し\n令和7年3月14日\n本文。", "2025-03-14"),
        ("見出し\n平成元年1月8日\n本文。", "1989-01-08"),
        # no full date: unknown, never guessed
        ("見出し\n［東京 14日 ロイター］ - トヨタ自動車は14日、発表した。", None),
        ("見出し\n3月14日\n本文。", None),
        # a date in a sentence or a headline is about an event, not the article
        ("トヨタ自動車は2025年3月3日、新型車を発表した。", None),
        ("2025年3月14日の東京株式市場\n本文。", None),
        # only the first lines are a dateline's place
        ("一\n二\n三\n四\n五\n2025年3月14日\n本文。", None),
    ],
)
def test_datelines(text: str, date: str | None) -> None:
    found = find_dateline(text)
    assert (found.date if found else None) == date


def test_an_impossible_dateline_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("見出し\n2025年2月30日\n本文。", encoding="utf-8")
    (doc,), warnings = read_all([path])
    assert doc.date is None
    assert len(warnings) == 1 and warnings[0].startswith(f"{path.as_posix()}: bad date: the dateline")
    assert "2025年2月30日" in warnings[0]


# -- Markdown front matter ----------------------------------------------------------------------------


def test_front_matter_gives_date_title_and_url_and_is_not_parsed(tmp_path: Path) -> None:
    body = "日立製作所は14日、米マイクロソフトとの提携を拡大すると発表した。\n"
    text = (
        "---\ntitle: 日立とマイクロソフト\ndate: 2024-11-14\nurl: https://news.example/h\ntags: [ai]\n---\n"
        + body
    )
    path = tmp_path / "h.md"
    path.write_text(text, encoding="utf-8")
    (doc,), warnings = read_all([path])
    assert warnings == []
    assert (doc.date, doc.title, doc.url) == ("2024-11-14", "日立とマイクロソフト", "https://news.example/h")
    assert doc.text == body
    start = text.index(body)
    assert doc.offsets[0] == start  # offsets still point into the file, front matter included
    assert text[doc.offsets[3]] == doc.text[3]


@pytest.mark.parametrize(
    ("front", "warning"),
    [
        ("date: 2025-02-30\n", "bad date: '2025-02-30' is not a valid date"),
        ('date: "2025"\n', "bad date: '2025' is not a full date"),
        ("date: [1, 2\n", "front matter is not valid YAML (line 3): read as text"),
        ("- a list\n", "front matter is not a mapping of fields: read as text"),
    ],
)
def test_bad_front_matter_is_a_warning_naming_the_file(tmp_path: Path, front: str, warning: str) -> None:
    path = tmp_path / "x.md"
    path.write_text(f"---\n{front}---\n本文。\n", encoding="utf-8")
    (doc,), warnings = read_all([path])
    assert doc.date is None
    assert len(warnings) == 1 and warnings[0].startswith(f"{path.as_posix()}: {warning}")


def test_front_matter_with_windows_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "w.md"
    path.write_bytes("---\r\ndate: '2025-03-14'\r\ntitle: 窓\r\n---\r\n本文です。\r\n".encode())
    (doc,), warnings = read_all([path])
    assert (warnings, doc.date, doc.title, doc.text) == ([], "2025-03-14", "窓", "本文です。\n")
    raw = path.read_bytes().decode()
    assert raw[doc.offsets[0] : doc.offsets[0] + 5] == "本文です。"


def test_front_matter_only_in_markdown_and_only_at_the_start(tmp_path: Path) -> None:
    assert split_front_matter("本文\n---\ndate: 2025-01-01\n---\n", "x", print) is None
    txt = tmp_path / "a.txt"
    txt.write_text("---\ntitle: 別の見出し\n---\n本文。", encoding="utf-8")
    (doc,), _ = read_all([txt])
    assert doc.title == "---" and doc.text.startswith("---\ntitle:")


# -- JSONL and --dates --------------------------------------------------------------------------------


def test_jsonl_dates_are_validated_and_a_bad_one_names_the_article(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    lines = [
        {"id": "ok", "text": "本文。", "date": "2025-04-01T09:30:00+09:00"},
        {"id": "bad", "text": "本文。", "date": "2025-04-31"},
        {"id": "number", "text": "本文。", "date": 20250401},
        {"id": "dateline", "text": "見出し\n2025年4月2日\n本文。", "date": "April"},
        {"id": "none", "text": "本文。"},
    ]
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    docs, warnings = read_all([path])
    assert {d.id: d.date for d in docs} == {
        "ok": "2025-04-01",
        "bad": None,
        "number": None,
        "dateline": "2025-04-02",
        "none": None,
    }
    where = path.as_posix()
    assert warnings == [
        f"{where}:2: article 'bad': bad date: '2025-04-31' is not a valid date"
        " (day is out of range for month);"
        " the date is left unknown",
        f"{where}:3: article 'number': bad date: a date must be a string, not int; the date is left unknown",
        f"{where}:4: article 'dateline': bad date: 'April' is not an ISO 8601 date (YYYY-MM-DD);"
        " the date is left unknown",
    ]


def test_dates_csv(tmp_path: Path) -> None:
    path = tmp_path / "dates.csv"
    path.write_text(
        "id,date\n"
        "a.txt,2025-01-02\n"
        "\n"
        "# a comment\n"
        '"b, with comma.txt",20250103\n'
        "c.txt,2025-02-30\n"
        "a.txt,2025-01-09\n"
        "lonely\n",
        encoding="utf-8",
    )
    warnings: list[str] = []
    table = read_dates_csv(path, warnings.append)
    assert table.dates == {"a.txt": "2025-01-02", "b, with comma.txt": "2025-01-03"}
    p = str(path)
    assert warnings == [
        f"{p}:6: document 'c.txt': bad date: '2025-02-30' is not a valid date"
        " (day is out of range for month);"
        " the date is left unknown",
        f"{p}:7: document 'a.txt' already has a date on line 2: skipped",
        f"{p}:8: expected two fields, id,date: skipped",
    ]
    assert table.unused({"a.txt"}) == ["b, with comma.txt"]


def test_a_missing_dates_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(KgError, match="cannot read the --dates file"):
        read_dates_csv(tmp_path / "nope.csv", print)
    bad = tmp_path / "latin1.csv"
    bad.write_bytes("a.txt,2025-01-01\né.txt,2025-01-01\n".encode("latin-1"))
    with pytest.raises(KgError, match="not UTF-8"):
        read_dates_csv(bad, print)


def test_cli_dates_file_missing_is_one_error_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    (tmp_path / "a.txt").write_text("本文。", encoding="utf-8")
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "kg",
            "build",
            str(tmp_path / "a.txt"),
            "--out",
            str(tmp_path / "out"),
            "--dates",
            str(tmp_path / "missing.csv"),
            "--no-cache",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert r.returncode == 1
    assert r.stderr.strip().splitlines()[-1].startswith("kg: error: cannot read the --dates file")
    assert not (tmp_path / "out").exists()


# -- every source reaches the facts ---------------------------------------------------------------------

HITACHI = "日立製作所は14日、米マイクロソフトとの生成AI分野での提携を拡大すると発表した。"
HITACHI_EU = "日立製作所は5日、米マイクロソフトとの提携の対象を欧州に広げると発表した。"
ANTHROPIC = "米アンソロピックは21日、楽天グループと生成AI分野で戦略提携を結んだと発表した。"
SOFTBANK = "ソフトバンクグループは1日、オープンAIに出資すると発表した。"
EXPORT = "米商務省は2日、中国への半導体製造装置の輸出規制を強化すると発表した。"


def dated_corpus(root: Path) -> tuple[list[Path], Path]:
    """One article per date source, plus one that stays undated; the paths and the --dates file."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "news.jsonl").write_text(
        json.dumps(
            {"id": "anthropic", "title": "提携", "text": ANTHROPIC, "date": "2025-01-21"}, ensure_ascii=False
        )
        + "\n",
        encoding="utf-8",
    )
    (root / "hitachi.md").write_text(f"---\ndate: 2024-11-14\n---\n# 日立\n\n{HITACHI}\n", encoding="utf-8")
    (root / "hitachi-eu.txt").write_text(
        f"日立、提携を欧州に\n2025年3月5日\n{HITACHI_EU}\n", encoding="utf-8"
    )
    (root / "softbank.txt").write_text(
        f"ソフトバンクG\n［東京 1日 ロイター］ - {SOFTBANK}\n", encoding="utf-8"
    )
    (root / "export.txt").write_text(f"輸出規制\n{EXPORT}\n", encoding="utf-8")
    dates = root / "dates.csv"
    dates.write_text("softbank.txt,2025-04-01\n", encoding="utf-8")
    return [
        root / n for n in ("news.jsonl", "hitachi.md", "hitachi-eu.txt", "softbank.txt", "export.txt")
    ], dates


@pytest.fixture(scope="module")
def dated(tmp_path_factory: pytest.TempPathFactory) -> kg.KnowledgeGraph:
    root = tmp_path_factory.mktemp("dated")
    paths, dates = dated_corpus(root / "in")
    warnings: list[str] = []
    result = kg.build(paths, dates=dates, warn=warnings.append, cache_dir=root / "cache")
    assert warnings == []
    result.write_all(root / "out")
    return result


def edge(g: Any, s: tuple[str, str], p: str, o: tuple[str, str]) -> dict[str, Any]:
    return g.edges[node_id(*s), node_id(*o), p]


HITACHI_MS = (("Company", "日立製作所"), "partnersWith", ("Company", "マイクロソフト"))
ANTHROPIC_RAKUTEN = (("Company", "アンソロピック"), "partnersWith", ("Company", "楽天グループ"))
SOFTBANK_OPENAI = (("Company", "ソフトバンクグループ"), "investsIn", ("Company", "オープンAI"))
EXPORT_CHINA = (("Government", "米商務省"), "restricts", ("Country", "中国"))


def test_every_source_dates_its_documents(dated: kg.KnowledgeGraph) -> None:
    docs = {d["id"]: d["date"] for d in dated.graph.graph["documents"]}
    assert docs == {
        "anthropic": "2025-01-21",  # JSONL
        "hitachi.md": "2024-11-14",  # front matter
        "hitachi-eu.txt": "2025-03-05",  # dateline
        "softbank.txt": "2025-04-01",  # --dates (its Reuters dateline has no year or month)
        "export.txt": None,  # unknown stays unknown
    }


def test_edges_and_entities_carry_first_and_last_seen(dated: kg.KnowledgeGraph) -> None:
    g = dated.graph
    facts = lambda d: (d.get("first_seen"), d.get("last_seen"), d["articles"])  # noqa: E731
    assert facts(edge(g, *HITACHI_MS)) == ("2024-11-14", "2025-03-05", 2)  # front matter + dateline
    assert facts(edge(g, *ANTHROPIC_RAKUTEN)) == ("2025-01-21", "2025-01-21", 1)
    assert facts(edge(g, *SOFTBANK_OPENAI)) == ("2025-04-01", "2025-04-01", 1)
    assert facts(edge(g, *EXPORT_CHINA)) == (None, None, 1)
    assert "first_seen" not in edge(g, *EXPORT_CHINA)
    assert facts(g.nodes[node_id("Company", "マイクロソフト")]) == ("2024-11-14", "2025-03-05", 2)
    us = g.nodes[node_id("Country", "米国")]  # 米マイクロソフト, 米アンソロピック: three dated articles
    assert facts(us) == ("2024-11-14", "2025-03-05", 3)


def test_turtle_has_xsd_dates_and_conforms_to_the_shapes(dated: kg.KnowledgeGraph, tmp_path: Path) -> None:
    import pyshacl

    path = dated.to_turtle(tmp_path / "graph.ttl")
    data = Graph().parse(path, format="turtle")
    rows = data.query(
        """SELECT ?first ?last ?n WHERE {
            ?a rdf:subject ?s ; rdf:predicate kg:partnersWith ; rdf:object ?o ;
               kg:firstSeen ?first ; kg:lastSeen ?last ; kg:articleCount ?n .
            ?s kg:nodeId ?sid . ?o kg:nodeId ?oid . FILTER (?sid = $sid && ?oid = $oid) }""",
        initNs={"kg": KG, "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
        initBindings={"sid": Literal(node_id(*HITACHI_MS[0])), "oid": Literal(node_id(*HITACHI_MS[2]))},
    )
    assert [tuple(r) for r in rows] == [
        (
            Literal("2024-11-14", datatype=XSD_DATE),
            Literal("2025-03-05", datatype=XSD_DATE),
            Literal(2, datatype=XSD_INTEGER),
        )
    ]
    shapes = Graph()
    for shape_file in SHAPES:
        if shape_file.is_file():
            shapes.parse(shape_file, format="turtle")
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, advanced=True)
    assert conforms, text
    # the shapes do catch a date that is not the evidence's
    tampered = Graph().parse(path, format="turtle")
    (a,) = {
        a
        for a in tampered.subjects(RDF.predicate, KG.partnersWith)
        if tampered.value(a, KG.firstSeen) == Literal("2025-01-21", datatype=XSD_DATE)
    }
    tampered.set((a, KG.firstSeen, Literal("2025-01-01", datatype=XSD_DATE)))
    conforms, _, text = pyshacl.validate(tampered, shacl_graph=shapes, advanced=True)
    assert not conforms and "is not the earliest date" in text


def test_the_partnerships_query_of_the_readme(dated: kg.KnowledgeGraph, tmp_path: Path) -> None:
    import pyoxigraph as ox

    from kg.query import query_files

    store = ox.Store()
    store.load(dated.to_turtle(tmp_path / "g.ttl").read_bytes(), format=ox.RdfFormat.TURTLE)
    text = query_files()["partnerships_first_reported"].read_text(encoding="utf-8")
    solutions = store.query(text)  # the file declares its prefixes
    names = [v.value for v in solutions.variables]
    got = [[s[n].value for n in names] for s in solutions]
    # 日立–マイクロソフト is in the corpus but was first reported in 2024
    assert got == [["アンソロピック", "楽天グループ", "2025-01-21", "2025-01-21", "1"]]


def test_graph_json_and_neo4j_rows_carry_the_facts(dated: kg.KnowledgeGraph, tmp_path: Path) -> None:
    path = dated.to_json(tmp_path / "graph.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    (link,) = [
        x
        for x in data["links"]
        if (x["source"], x["key"], x["target"])
        == (node_id(*HITACHI_MS[0]), "partnersWith", node_id(*HITACHI_MS[2]))
    ]
    assert (link["first_seen"], link["last_seen"], link["articles"]) == ("2024-11-14", "2025-03-05", 2)
    rows = graph_rows(dated.graph)
    (rel,) = [
        r for r in rows.relationships if r["type"] == "PARTNERS_WITH" and r["s"] == node_id(*HITACHI_MS[0])
    ]
    assert (rel["props"]["firstSeen"], rel["props"]["lastSeen"]) == (
        dt.date(2024, 11, 14),
        dt.date(2025, 3, 5),
    )


@pytest.mark.neo4j
def test_dates_reach_neo4j(dated: kg.KnowledgeGraph, neo4j_server: Any, neo4j_driver: Any) -> None:
    from kg.neo4j_push import push_graph

    push_graph(dated.graph, neo4j_server.uri, neo4j_server.user, neo4j_server.password)
    got = neo4j_driver.execute_query(
        "MATCH (s:Entity {id: $s})-[r:PARTNERS_WITH]-(o:Entity {id: $o}) "
        "RETURN r.firstSeen AS first, r.lastSeen AS last, r.articles AS n",
        s=node_id(*HITACHI_MS[0]),
        o=node_id(*HITACHI_MS[2]),
    ).records
    assert [(r["first"].to_native(), r["last"].to_native(), r["n"]) for r in got] == [
        (dt.date(2024, 11, 14), dt.date(2025, 3, 5), 2)
    ]
    undated = neo4j_driver.execute_query(
        "MATCH (:Entity {id: $s})-[r:RESTRICTS]->(:Entity {id: $o}) RETURN keys(r) AS k",
        s=node_id(*EXPORT_CHINA[0]),
        o=node_id(*EXPORT_CHINA[2]),
    ).records
    assert [sorted(undated[0]["k"])] == [["articles", "confidence", "docs", "evidence", "kgBuild", "rules"]]
    in_2025 = neo4j_driver.execute_query(
        "MATCH (s)-[r:PARTNERS_WITH]-(o) WHERE r.firstSeen >= date('2025-01-01') AND s.id < o.id "
        "RETURN s.name + '/' + o.name AS pair"
    ).records
    assert sorted(r["pair"] for r in in_2025) in (
        ["アンソロピック/楽天グループ"],
        ["楽天グループ/アンソロピック"],
    )


# -- no dates anywhere ----------------------------------------------------------------------------------


def test_a_corpus_without_dates_has_no_date_properties(tmp_path: Path) -> None:
    from kg.exporters.html import graph_data

    (tmp_path / "a.txt").write_text(f"見出し\n［東京 14日 ロイター］ - {HITACHI}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(ANTHROPIC, encoding="utf-8")
    result = kg.build([tmp_path / "a.txt", tmp_path / "b.txt"], cache_dir=tmp_path / "cache")
    g = result.graph
    assert g.number_of_edges() >= 2
    assert all(d["date"] is None for d in g.graph["documents"])
    for _, d in g.nodes(data=True):
        assert "first_seen" not in d and "last_seen" not in d and d["articles"] >= 1
    for *_, d in g.edges(data=True):
        assert "first_seen" not in d and "last_seen" not in d and d["articles"] == 1
    ttl = "".join(result.to_turtle(tmp_path / "g.ttl").read_text(encoding="utf-8"))
    assert "kg:firstSeen" not in ttl and "kg:lastSeen" not in ttl and "xsd:date" not in ttl
    rows = graph_rows(g)
    assert all(r["props"]["firstSeen"] is None for r in rows.relationships + rows.entities)
    assert not any("first_seen" in x for x in graph_data(g)["edges"])
    assert graph_data(g)["dates"] == []
