"""The SHACL shapes (kg/data/shapes.ttl) with pyshacl: output/, the hostile-text graph and a generated
large graph conform; deliberately broken graphs fail with the violated rule in words."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, SH, XSD, Graph, Literal, URIRef
from test_hostile_text import hostile_graph

from kg.exporters.turtle import generate_turtle
from kg.graph import add_seen_dates, canonical
from kg.schema import active_schema
from kg.shapes import ShapesReport, shapes_path, validate
from kg.vocab import KG

ROOT = Path(__file__).resolve().parents[1]
# (rdflib's XSD namespace object warns when pytest inspects this module's names)
DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")
INTEGER = URIRef("http://www.w3.org/2001/XMLSchema#integer")
sys.path.insert(0, str(ROOT / "bench"))
from export_bench import synthetic  # noqa: E402


def turtle_graph(g) -> Graph:
    return Graph().parse(data="".join(generate_turtle(g)), format="turtle")


def assert_conforms(report: ShapesReport) -> None:
    assert report.conforms, "\n".join(report.messages) or report.text


def test_committed_output_conforms() -> None:
    assert_conforms(validate(ROOT / "output" / "graph.ttl"))


def test_hostile_text_graph_conforms() -> None:
    """With its time facts, as kg build gives every graph (hostile dates date nothing)."""
    g = canonical(hostile_graph())
    add_seen_dates(g)
    assert any(d.get("first_seen") for _, _, d in g.edges(data=True))
    assert_conforms(validate(turtle_graph(g)))


@pytest.mark.slow
def test_a_generated_large_graph_conforms() -> None:
    """bench/export_bench.py's generator: 1,000 entities, 3,000 relations, ~53,000 triples."""
    data = turtle_graph(synthetic(1000, 3000))
    assert len(data) > 50_000
    assert_conforms(validate(data))


# -- broken graphs -------------------------------------------------------------------------------


@pytest.fixture()
def seed() -> Graph:
    return Graph().parse(ROOT / "output" / "graph.ttl", format="turtle")


def entities(g: Graph) -> list[URIRef]:
    return sorted(g.subjects(KG.nodeId, None))


def assertions(g: Graph) -> list[URIRef]:
    return sorted(g.subjects(RDF.type, RDF.Statement))


def no_label(g: Graph) -> None:
    g.remove((entities(g)[0], RDFS.label, None))


def english_label(g: Graph) -> None:
    g.set((entities(g)[0], RDFS.label, Literal("DeepSeek", lang="en")))


def two_types(g: Graph) -> None:
    g.add((entities(g)[0], RDF.type, URIRef("https://schema.org/Person")))
    g.add((entities(g)[0], RDF.type, URIRef("https://schema.org/Corporation")))


def confidence_over_one(g: Graph) -> None:
    g.set((assertions(g)[0], KG.confidence, Literal("1.5", datatype=DECIMAL)))


def no_evidence(g: Graph) -> None:
    g.remove((assertions(g)[0], KG.evidence, None))


def edge_without_statement(g: Graph) -> None:
    a, b = entities(g)[:2]
    g.add((a, KG.acquires, b))


def statement_without_edge(g: Graph) -> None:
    a = assertions(g)[0]
    g.remove((g.value(a, RDF.subject), g.value(a, RDF.predicate), g.value(a, RDF.object)))


def offsets_reversed(g: Graph) -> None:
    ev = sorted(g.subjects(RDF.type, KG.Evidence))[0]
    g.set((ev, KG.startOffset, Literal(500, datatype=INTEGER)))
    g.set((ev, KG.endOffset, Literal(10, datatype=INTEGER)))


def evidence_without_rule(g: Graph) -> None:
    g.remove((sorted(g.subjects(RDF.type, KG.Evidence))[0], KG.rule, None))


BROKEN = {
    no_label: "every entity has exactly one non-empty rdfs:label in Japanese (@ja)",
    english_label: "every entity has exactly one non-empty rdfs:label in Japanese (@ja)",
    two_types: "every entity has exactly one type, one of the seven entity classes",
    confidence_over_one: "an assertion has exactly one kg:confidence, a decimal in [0, 1]",
    no_evidence: "an assertion has at least one kg:evidence node (a kg:Evidence)",
    edge_without_statement: "has no rdf:Statement (its provenance)",
    statement_without_edge: "which is not in the graph",
    offsets_reversed: "evidence has exactly one kg:startOffset, an integer >= 0 and <= its kg:endOffset",
    evidence_without_rule: "evidence has exactly one kg:rule, the id of the rule that read it",
}


@pytest.mark.parametrize("breakage", list(BROKEN), ids=[f.__name__ for f in BROKEN])
def test_a_broken_graph_fails_with_the_violation_message(seed: Graph, breakage) -> None:
    breakage(seed)
    report = validate(seed)
    print(f"{breakage.__name__}:", *report.messages, sep="\n  ")  # shown with pytest -s or -rA
    assert not report.conforms
    assert any(BROKEN[breakage] in m for m in report.messages), report.messages
    assert "Constraint Violation" in report.text


@pytest.fixture(scope="module")
def dated_turtle() -> str:
    """examples/news.jsonl dated by examples/dates.csv, as Turtle (its facts have time facts)."""
    import kg as kg_api

    examples = ROOT / "examples"
    g = kg_api.build([examples / "news.jsonl"], dates=examples / "dates.csv", use_cache=False).graph
    return "".join(generate_turtle(g))


def dated_assertion(g: Graph) -> URIRef:
    return next(a for a in assertions(g) if g.value(a, KG.firstSeen) is not None)


def dated_entity(g: Graph) -> URIRef:
    return next(e for e in entities(g) if g.value(e, KG.firstSeen) is not None)


def relation_seen_too_late(g: Graph) -> None:
    g.set((dated_assertion(g), KG.lastSeen, Literal("2099-01-01", datatype=XSD.date)))


def relation_undated(g: Graph) -> None:
    a = dated_assertion(g)
    g.remove((a, KG.firstSeen, None))
    g.remove((a, KG.lastSeen, None))


def entity_seen_too_early(g: Graph) -> None:
    g.set((dated_entity(g), KG.firstSeen, Literal("1999-01-01", datatype=XSD.date)))


def entity_undated(g: Graph) -> None:
    e = dated_entity(g)
    g.remove((e, KG.firstSeen, None))
    g.remove((e, KG.lastSeen, None))


BROKEN_DATES = {
    relation_seen_too_late: "is not the latest date of the relation's evidence articles",
    relation_undated: "has a dated evidence article",
    entity_seen_too_early: "is not the earliest date of the articles that mention the entity",
    entity_undated: "is mentioned by a dated article",
}


def test_the_dated_graph_conforms(dated_turtle: str) -> None:
    assert_conforms(validate(Graph().parse(data=dated_turtle, format="turtle")))


@pytest.mark.parametrize("breakage", list(BROKEN_DATES), ids=[f.__name__ for f in BROKEN_DATES])
def test_a_wrong_date_fails_naming_the_fact(dated_turtle: str, breakage) -> None:
    g = Graph().parse(data=dated_turtle, format="turtle")
    breakage(g)
    report = validate(g)
    assert not report.conforms
    hits = [m for m in report.messages if BROKEN_DATES[breakage] in m]
    assert hits, report.messages
    assert all("https://" in m for m in hits), hits  # the message names the fact's IRI


def test_edge_message_names_the_edge(seed: Graph) -> None:
    a, b = entities(seed)[:2]
    edge_without_statement(seed)
    (message,) = validate(seed).messages
    assert message == f"the relation {a} {KG.acquires} {b} has no rdf:Statement (its provenance)"


# -- the shapes agree with the schema --------------------------------------------------------------


def _in_list(shapes: Graph, path: URIRef) -> set[str]:
    for prop in shapes.subjects(SH.path, path):
        listed = shapes.value(prop, SH["in"])
        if listed is not None:
            return {str(x) for x in shapes.items(listed)}
    raise AssertionError(f"no sh:in list for {path}")


def test_shapes_list_the_schemas_types_and_predicates() -> None:
    shapes = Graph().parse(shapes_path(), format="turtle")
    schema = active_schema()
    assert _in_list(shapes, RDF.type) == {t.class_iri for t in schema.entity_types}
    assert _in_list(shapes, RDF.predicate) == {str(KG[p]) for p in schema.predicate_names}
