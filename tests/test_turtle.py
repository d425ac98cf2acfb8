"""The Turtle exporter: the RDF contract, strict parsers, determinism and hostile text."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
import rdflib.compare
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef

from kg.errors import KgUsageError
from kg.exporters.turtle import (
    CLASSES,
    assertion_iri,
    document_iri,
    entity_iri,
    kg_terms,
    ontology_path,
    serialize_turtle,
    to_rdf,
    validate_base_iri,
    write_turtle,
)
from kg.graph import KnowledgeGraph, add_entity, add_relation, add_seen_dates, new_graph
from kg.model import ENTITY_TYPES, PREDICATES, Entity, Evidence, Relation, node_id
from kg.vocab import KG, SCHEMA

BASE = "https://kg.example.org/"
DOC1, DOC2 = "seeds/a.txt", "seeds/b.txt"


def ent(etype: str, name: str, **kw) -> Entity:
    return Entity(id=node_id(etype, name), type=etype, name=name, **kw)


def sample_graph(base: str = BASE):
    """Two articles, four entities, three relations (one with evidence in both articles)."""
    g = new_graph(base)
    g.graph["documents"] = [
        {
            "id": DOC1,
            "path": DOC1,
            "title": "アリババの記事",
            "chars": 100,
            "date": "2025-02-01",
            "url": None,
        },
        {"id": DOC2, "path": DOC2, "title": "", "chars": 50, "date": None, "url": "https://news.example/2"},
    ]
    alibaba = ent(
        "Company",
        "アリババ",
        aliases={"アリババ・グループ"},
        tickers={"9988.HK"},
        mentions=3,
        docs={DOC1, DOC2},
    )
    tsai = ent("Person", "蔡崇信", aliases={"ジョー・ツァイ"}, mentions=1, docs={DOC1})
    ai = ent("Technology", "AI", mentions=2, docs={DOC1})
    china = ent("Country", "中国", mentions=1, docs={DOC2})
    for e in (alibaba, tsai, ai, china):
        add_entity(g, e)
    add_relation(
        g,
        Relation(
            tsai.id, "leads", alibaba.id, Evidence(DOC1, "蔡崇信会長は述べた。", 10, 20, "title_leads", 0.9)
        ),
    )
    add_relation(
        g, Relation(alibaba.id, "investsIn", ai.id, Evidence(DOC1, "AIに投資する。", 30, 38, "verb_cue", 0.7))
    )
    add_relation(
        g, Relation(alibaba.id, "investsIn", ai.id, Evidence(DOC2, "AI投資。", 0, 5, "noun_cue", 0.6))
    )
    add_relation(
        g,
        Relation(
            alibaba.id, "basedIn", china.id, Evidence(DOC2, "中国のアリババ", 6, 13, "nation_prefix", 0.8)
        ),
    )
    add_seen_dates(g)
    return g, {"alibaba": alibaba, "tsai": tsai, "ai": ai, "china": china}


def oxigraph_triples(data: bytes) -> set[tuple[str, str, str]]:
    """Parse with Oxigraph (strict) and return (s, p, o) as N-Triples strings."""
    return {
        (str(t.subject), str(t.predicate), str(t.object)) for t in ox.parse(data, format=ox.RdfFormat.TURTLE)
    }


def rdflib_as_ntriples(g: Graph) -> set[tuple[str, str, str]]:
    """The same N-Triples rendering as Oxigraph's, via a round trip through Oxigraph's N-Triples parser."""
    nt = g.serialize(format="nt", encoding="utf-8")
    return {
        (str(t.subject), str(t.predicate), str(t.object)) for t in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)
    }


# -- the contract -------------------------------------------------------------------------------


def test_parses_in_rdflib_and_oxigraph_with_the_same_triples(tmp_path: Path) -> None:
    g, _ = sample_graph()
    out = write_turtle(g, tmp_path / "graph.ttl")
    data = out.read_bytes()
    parsed = Graph().parse(data=data, format="turtle")
    assert len(parsed) == len(to_rdf(g)) > 40
    assert oxigraph_triples(data) == rdflib_as_ntriples(parsed)


def test_entities_follow_the_contract() -> None:
    g, e = sample_graph()
    r = Graph().parse(data=serialize_turtle(to_rdf(g)), format="turtle")
    alibaba = entity_iri(BASE, e["alibaba"].id)
    assert str(alibaba) == f"{BASE}entity/{e['alibaba'].id}"
    assert r.value(alibaba, RDF.type) == SCHEMA.Corporation
    assert r.value(alibaba, RDFS.label) == Literal("アリババ", lang="ja")
    assert set(r.objects(alibaba, SKOS.altLabel)) == {Literal("アリババ・グループ", lang="ja")}
    assert r.value(alibaba, SCHEMA.tickerSymbol) == Literal("9988.HK")
    count = r.value(alibaba, KG.mentionCount)
    assert count.datatype == rdflib.XSD.integer and count.toPython() == 3
    assert r.value(alibaba, KG.nodeId) == Literal(e["alibaba"].id)
    assert r.value(entity_iri(BASE, e["ai"].id), RDF.type) == KG.Technology


@pytest.mark.parametrize("etype", ENTITY_TYPES)
def test_every_entity_type_has_its_class(etype: str) -> None:
    g = new_graph()
    add_entity(g, ent(etype, "名"))
    r = to_rdf(g)
    assert r.value(entity_iri(BASE, node_id(etype, "名")), RDF.type) == CLASSES[etype]


def test_relations_are_direct_triples_with_provenance() -> None:
    g, e = sample_graph()
    r = Graph().parse(data=serialize_turtle(to_rdf(g)), format="turtle")
    a, ai = entity_iri(BASE, e["alibaba"].id), entity_iri(BASE, e["ai"].id)
    assert (entity_iri(BASE, e["tsai"].id), KG.leads, a) in r
    assert (a, KG.investsIn, ai) in r
    stmt = assertion_iri(BASE, e["alibaba"].id, "investsIn", e["ai"].id)
    assert r.value(stmt, RDF.type) == RDF.Statement
    assert (r.value(stmt, RDF.subject), r.value(stmt, RDF.predicate), r.value(stmt, RDF.object)) == (
        a,
        KG.investsIn,
        ai,
    )
    assert r.value(stmt, KG.confidence) == Literal("0.7", datatype=rdflib.XSD.decimal)
    assert sorted(map(str, r.objects(stmt, KG.rule))) == ["noun_cue", "verb_cue"]
    evidence = sorted(r.objects(stmt, KG.evidence), key=lambda v: r.value(v, KG.startOffset).toPython())
    assert len(evidence) == 2
    first = evidence[0]
    assert r.value(first, RDF.type) == KG.Evidence
    assert r.value(first, KG.document) == document_iri(BASE, DOC2)
    assert r.value(first, KG.sentence) == Literal("AI投資。", lang="ja")
    assert (r.value(first, KG.startOffset).toPython(), r.value(first, KG.endOffset).toPython()) == (0, 5)
    assert str(r.value(first, KG.rule)) == "noun_cue"
    assert float(r.value(first, KG.confidence)) == pytest.approx(0.6)
    # one assertion per edge, one evidence node per evidence item
    assert len(set(r.subjects(RDF.type, RDF.Statement))) == g.number_of_edges()
    assert len(set(r.subjects(RDF.type, KG.Evidence))) == sum(
        len(d["evidence"]) for *_, d in g.edges(data=True)
    )


def test_documents_are_news_articles_that_mention_their_entities() -> None:
    g, e = sample_graph()
    r = to_rdf(g)
    d1, d2 = document_iri(BASE, DOC1), document_iri(BASE, DOC2)
    assert str(d1) == BASE + "doc/seeds%2Fa.txt"
    assert set(r.subjects(RDF.type, SCHEMA.NewsArticle)) == {d1, d2}
    assert r.value(d1, SCHEMA.identifier) == Literal(DOC1)
    assert r.value(d1, SCHEMA.name) == Literal("アリババの記事", lang="ja")
    assert r.value(d1, KG.path) == Literal(DOC1)
    assert r.value(d1, SCHEMA.datePublished) == Literal("2025-02-01", datatype=rdflib.XSD.date)
    assert r.value(d2, SCHEMA.name) is None  # empty title is left out
    assert r.value(d2, SCHEMA.url) == Literal("https://news.example/2", datatype=rdflib.XSD.anyURI)
    mentioned = {str(x) for x in r.objects(d1, SCHEMA.mentions)}
    assert mentioned == {str(entity_iri(BASE, e[k].id)) for k in ("alibaba", "tsai", "ai")}
    assert set(r.objects(d2, SCHEMA.mentions)) == {entity_iri(BASE, e[k].id) for k in ("alibaba", "china")}


def test_documents_only_referenced_by_nodes_still_get_a_typed_node() -> None:
    g = new_graph()
    add_entity(g, ent("Company", "ソニー", docs={"x/only-here.md"}))
    r = to_rdf(g)
    d = document_iri(BASE, "x/only-here.md")
    assert r.value(d, RDF.type) == SCHEMA.NewsArticle
    assert r.value(d, SCHEMA.identifier) == Literal("x/only-here.md")


def test_prefixes_are_the_contract_ones() -> None:
    g, _ = sample_graph()
    text = serialize_turtle(to_rdf(g)).decode()
    prefixes = {line.split()[1] for line in text.splitlines() if line.startswith("@prefix")}
    assert {"kg:", "schema:", "skos:", "rdfs:", "rdf:", "xsd:"} <= prefixes
    assert f"@prefix kg: <{KG}> ." in text
    assert "@prefix schema: <https://schema.org/> ." in text
    assert "ns1:" not in text  # no generated prefixes


# -- determinism --------------------------------------------------------------------------------


def test_output_is_byte_identical_and_independent_of_insertion_order(tmp_path: Path) -> None:
    g, _ = sample_graph()
    a = write_turtle(g, tmp_path / "a.ttl").read_bytes()
    b = write_turtle(g, tmp_path / "b.ttl").read_bytes()
    reversed_g = new_graph()
    reversed_g.graph.update(g.graph)
    for n in reversed(list(g.nodes)):
        reversed_g.add_node(n, **g.nodes[n])
    for s, o, k in reversed(list(g.edges(keys=True))):
        reversed_g.add_edge(s, o, key=k, **g.edges[s, o, k])
    c = serialize_turtle(to_rdf(reversed_g))
    assert a == b == c
    assert KnowledgeGraph(g).to_turtle(tmp_path / "kg.ttl").read_bytes() == a
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.ttl", "b.ttl", "kg.ttl"]  # no temp files left


def test_output_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    """rdflib keeps triples in sets; string hashing differs per process, the file must not."""
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); from test_turtle import sample_graph;"
        "from kg.exporters.turtle import write_turtle; from pathlib import Path;"
        "write_turtle(sample_graph()[0], Path(sys.argv[2]))"
    )
    outs = []
    for seed in ("1", "2", "3"):
        out = tmp_path / f"{seed}.ttl"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-c", script, str(Path(__file__).parent), str(out)], check=True, env=env
        )
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] == outs[2]


# -- hostile text ------------------------------------------------------------------------------

HOSTILE = [
    'say "hi"',
    "back\\slash",
    "ends with backslash\\",
    'new\nline ending in backslash-quote\\"',
    'x"""y\nz',
    "tab\there\r\nCRLF",
    "\\u0027 literally",
    "\\n not a newline",
    "> <script>alert(1)</script> <",
    "emoji 😀🇯🇵👩‍💻",
    "bidi \u202egnp.exe\u202c \u2066isolate\u2069 \u200f",
    "nul\x00 bell\x07 del\x7f",
    "' single 'quotes'",
    "line\u2028separator",
    "@ja ^^xsd:string .",
]


def hostile_graph():
    g = new_graph()
    docs = []
    names = []
    for i, text in enumerate(HOSTILE):
        doc = f"dir/{text}#{i}?.txt"
        docs.append({"id": doc, "path": doc, "title": text, "chars": 1, "date": text, "url": text})
        e = ent("Company", text, aliases={text + " alias"}, tickers={text}, docs={doc})
        add_entity(g, e)
        names.append((e.id, doc, text))
    g.graph["documents"] = sorted(docs, key=lambda d: d["id"])
    for (a, doc, text), (b, _, _) in zip(names, names[1:], strict=False):
        add_relation(g, Relation(a, "partnersWith", b, Evidence(doc, text, 0, 1, text, 0.5)))
    return g


def test_hostile_strings_round_trip_exactly_in_both_parsers(tmp_path: Path) -> None:
    g = hostile_graph()
    data = write_turtle(g, tmp_path / "graph.ttl").read_bytes()
    expected = rdflib_as_ntriples(to_rdf(g))
    assert oxigraph_triples(data) == expected
    assert rdflib_as_ntriples(Graph().parse(data=data, format="turtle")) == expected
    r = Graph().parse(data=data, format="turtle")
    labels = {str(o) for o in r.objects(None, RDFS.label)}
    sentences = {str(o) for o in r.objects(None, KG.sentence)}
    ids = {str(o) for o in r.objects(None, SCHEMA.identifier)}
    assert labels == set(HOSTILE)
    assert sentences == set(HOSTILE[:-1])
    assert ids == {f"dir/{t}#{i}?.txt" for i, t in enumerate(HOSTILE)}
    # bidi and control characters are escaped in the file, never written raw
    text = data.decode()
    for ch in "\u202e\u2066\u200f\x00\x07\x7f\r":
        assert ch not in text
    assert "\\u202E" in text


def test_hostile_document_ids_cannot_break_out_of_iris() -> None:
    iri = document_iri(BASE, 'a b/<c>"d"#e?f%g\\h\n')
    assert str(iri) == BASE + "doc/a%20b%2F%3Cc%3E%22d%22%23e%3Ff%25g%5Ch%0A"
    assert str(entity_iri(BASE, "x> <y")) == BASE + "entity/x%3E%20%3Cy"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=40))
def test_any_name_round_trips_through_oxigraph(name: str) -> None:
    g = new_graph()
    add_entity(g, ent("Person", name, aliases={name + "\n"}, docs={name}))
    g.graph["documents"] = [{"id": name, "path": name, "title": name, "chars": 1, "date": None, "url": name}]
    data = serialize_turtle(to_rdf(g))
    triples = list(ox.parse(data, format=ox.RdfFormat.TURTLE))
    label = [t.object.value for t in triples if t.predicate.value == str(RDFS.label)]
    title = [t.object.value for t in triples if t.predicate.value == str(SCHEMA.name)]
    alias = [t.object.value for t in triples if t.predicate.value == str(SKOS.altLabel)]
    assert label == [name] and title == [name] and alias == [name + "\n"]


# -- base IRI ----------------------------------------------------------------------------------


@pytest.mark.parametrize("base", ["https://data.example.com/kg/", "http://example.org/x#"])
def test_custom_base_iri_is_used(base: str) -> None:
    g, e = sample_graph(base)
    data = serialize_turtle(to_rdf(g))
    r = Graph().parse(data=data, format="turtle")
    assert (entity_iri(base, e["tsai"].id), KG.leads, entity_iri(base, e["alibaba"].id)) in r
    assert str(entity_iri(base, e["tsai"].id)).startswith(base + "entity/")
    assert BASE not in data.decode()
    assert oxigraph_triples(data)


@pytest.mark.parametrize(
    "base",
    [
        "",
        "kg.example.org/",
        "ftp://kg.example.org/",
        "https://kg.example.org",
        "https:///nohost/",
        "https://kg.example.org/a b/",
        "https://kg.example.org/<x>/",
        'https://kg.example.org/"/',
        "https://kg.example.org/a#b#",
        "urn:x:y/",
    ],
)
def test_bad_base_iri_is_a_usage_error(base: str, tmp_path: Path) -> None:
    with pytest.raises(KgUsageError, match="base IRI"):
        validate_base_iri(base)
    g, _ = sample_graph()
    g.graph["base_iri"] = base or "nope"
    target = tmp_path / "graph.ttl"
    target.write_text("previous")
    with pytest.raises(KgUsageError):
        write_turtle(g, target)
    assert target.read_text() == "previous"  # the old file survives a failed export


# -- ontology ----------------------------------------------------------------------------------


def load_ontology() -> Graph:
    return Graph().parse(ontology_path(), format="turtle")


def test_ontology_parses_in_rdflib_and_oxigraph() -> None:
    assert ontology_path().name == "ontology.ttl"
    assert len(load_ontology()) > 100
    assert oxigraph_triples(ontology_path().read_bytes())


def test_every_term_the_exporter_uses_is_declared() -> None:
    onto = load_ontology()
    g, _ = sample_graph()
    r = to_rdf(g)
    used = kg_terms(r) | {
        t for t in [*r.predicates(), *r.objects(None, RDF.type)] if str(t).startswith(str(SCHEMA))
    }
    used |= {KG[p] for p in PREDICATES} | set(CLASSES.values())
    assert KG.leads in used and SCHEMA.mentions in used and KG.Evidence in used
    declared_kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}
    for term in sorted(used):
        kinds = set(onto.objects(term, RDF.type))
        assert kinds & declared_kinds, f"{term} is not declared"
        langs = {o.language for o in onto.objects(term, RDFS.label)}
        assert {"ja", "en"} <= langs, f"{term} lacks a ja/en label"
        assert {o.language for o in onto.objects(term, RDFS.comment)} >= {"ja", "en"}, term
        if str(term).startswith(str(KG)) and kinds & {OWL.ObjectProperty, OWL.DatatypeProperty}:
            assert onto.value(term, RDFS.domain) is not None, f"{term} has no domain"
            assert onto.value(term, RDFS.range) is not None, f"{term} has no range"


def test_ontology_holds_no_data() -> None:
    """Labels, domains, ranges and symmetry are checked against the schema in test_schema.py."""
    onto = load_ontology()
    assert not any(isinstance(s, URIRef) and str(s).startswith(BASE) for s in onto.subjects())


# -- the direct writer: the same triples as to_rdf, without an rdflib graph ----------------------


def odd_ids_graph():
    """Node and document ids whose IRIs cannot all be prefixed names (leading '-', trailing '.', '~')."""
    g = new_graph("http://example.org/x#")
    odd = ["-x", "x.", "%", "a~b", "_x", "x-", "a..b", "1", "é/ü", ".x", "a b"]
    g.graph["documents"] = [
        {"id": d, "path": d, "title": d, "chars": 1, "date": "2025-01-28T10:00", "url": "https://e.x/" + d}
        for d in odd
    ]
    ents = []
    for i, d in enumerate(odd):
        e = Entity(id=d + "#node", type=ENTITY_TYPES[i % len(ENTITY_TYPES)], name=d, docs={d, odd[i - 1]})
        add_entity(g, e)
        ents.append(e)
    for a, b in zip(ents, ents[1:], strict=False):
        for p in ("partOf", "leads"):
            add_relation(g, Relation(a.id, p, b.id, Evidence(a.name, "文。", 0, 2, "r", 1.0)))
            add_relation(g, Relation(a.id, p, b.id, Evidence(b.name, "文。", 3, 5, "r2", 0.25)))
    return g


def graphs_for_equivalence() -> dict[str, object]:
    from test_hostile_text import hostile_graph as hostile_text_graph

    only_docs = new_graph()
    only_docs.graph["documents"] = [
        {"id": "d1", "path": "", "title": "", "chars": 0, "date": "not a date", "url": None}
    ]
    no_edges = new_graph("https://data.example.com/kg/")
    add_entity(no_edges, ent("Place", "東京", docs={"a"}))
    return {
        "sample": sample_graph()[0],
        "sample-custom-base": sample_graph("http://example.org/x#")[0],
        "hostile": hostile_graph(),
        "hostile-text": hostile_text_graph(),
        "odd-ids": odd_ids_graph(),
        "only-docs": only_docs,
        "no-edges": no_edges,
        "empty": new_graph(),
    }


@pytest.mark.parametrize("name", list(graphs_for_equivalence()))
def test_direct_writer_gives_the_triples_of_to_rdf(name: str, tmp_path: Path) -> None:
    g = graphs_for_equivalence()[name]
    data = write_turtle(g, tmp_path / "graph.ttl").read_bytes()
    expected = to_rdf(g)
    parsed = Graph().parse(data=data, format="turtle")
    assert rdflib.compare.isomorphic(parsed, expected)
    assert rdflib.compare.to_isomorphic(parsed) == rdflib.compare.to_isomorphic(expected)
    assert oxigraph_triples(data) == rdflib_as_ntriples(expected)
    # same prefixes, order and layout as rdflib's serializer of the same triples
    assert data == serialize_turtle(expected)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_direct_writer_matches_to_rdf_for_any_text(data: st.DataObject) -> None:
    from test_hostile_text import DOC_ID, TEXT, tiny_graph

    g = tiny_graph(*(data.draw(TEXT) for _ in range(4)), data.draw(DOC_ID), data.draw(TEXT))
    with tempfile.TemporaryDirectory() as tmp:
        out = write_turtle(g, Path(tmp) / "graph.ttl").read_bytes()
    expected = to_rdf(g)
    assert rdflib.compare.isomorphic(Graph().parse(data=out, format="turtle"), expected)
    assert oxigraph_triples(out) == rdflib_as_ntriples(expected)


def test_write_turtle_builds_no_rdflib_graph(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.exporters.turtle as turtle

    expected = write_turtle(sample_graph()[0], tmp_path / "before.ttl").read_bytes()

    def forbidden(*_a, **_k):
        raise AssertionError("write_turtle must not build an rdflib graph")

    monkeypatch.setattr(turtle, "to_rdf", forbidden)
    monkeypatch.setattr(turtle, "Graph", forbidden)
    monkeypatch.setattr(turtle, "_SafeTurtleSerializer", forbidden)
    assert write_turtle(sample_graph()[0], tmp_path / "after.ttl").read_bytes() == expected


def test_lone_surrogates_become_replacement_characters(tmp_path: Path) -> None:
    """A lone surrogate has no UTF-8 form and no valid Turtle escape; the file must still be written."""
    g = new_graph()
    add_entity(g, Entity(id="company-x", type="Company", name="a\ud800b", aliases={"\udfff"}))
    data = write_turtle(g, tmp_path / "graph.ttl").read_bytes()
    values = {(t.predicate.value, t.object.value) for t in ox.parse(data, format=ox.RdfFormat.TURTLE)}
    assert (str(RDFS.label), "a\ufffdb") in values
    assert (str(SKOS.altLabel), "\ufffd") in values


def test_hash_seed_does_not_change_the_direct_output_of_a_graph_with_odd_ids(tmp_path: Path) -> None:
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); from test_turtle import odd_ids_graph;"
        "from kg.exporters.turtle import write_turtle; from pathlib import Path;"
        "write_turtle(odd_ids_graph(), Path(sys.argv[2]))"
    )
    outs = []
    for seed in ("4", "5"):
        out = tmp_path / f"{seed}.ttl"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-c", script, str(Path(__file__).parent), str(out)], check=True, env=env
        )
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


@settings(max_examples=200, deadline=None)
@given(
    st.fixed_dictionaries(
        {
            "doc": st.text(),
            "sentence": st.text(),
            "rule": st.text(),
            "start": st.integers(),
            "end": st.integers(),
            "confidence": st.one_of(st.floats(), st.integers(), st.booleans()),
        },
        optional={"extra": st.integers()},
    )
)
def test_evidence_iris_hash_exactly_the_json_of_the_evidence(ev: dict) -> None:
    """The fast formatting of evidence JSON must give json.dumps's text, or the evidence IRIs change."""
    import json

    from kg.exporters.turtle import _evidence_json

    assert _evidence_json(ev) == json.dumps(ev, sort_keys=True, ensure_ascii=False)
