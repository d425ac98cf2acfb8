"""The schema (kg/data/schema.yaml via kg.schema): validation, what derives from it, the ontology.

The ontology (kg/data/ontology.ttl) is written by hand for RDF users; the tests below check that
it declares exactly the schema's entity classes and predicates, with the same domains, ranges,
Japanese predicate labels and symmetry.
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml
from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection

import kg.model
from kg.errors import KgError
from kg.exporters.turtle import ontology_path
from kg.schema import (
    PACKAGED_SCHEMA,
    SCHEMA_ENV,
    Predicate,
    Schema,
    active_schema,
    load_schema,
    schema_path,
)
from kg.vocab import KG, SCHEMA

# -- the packaged schema ------------------------------------------------------------------------


def test_the_packaged_schema_is_the_active_one() -> None:
    assert schema_path() == PACKAGED_SCHEMA
    assert active_schema() == load_schema(PACKAGED_SCHEMA)
    assert active_schema() is active_schema()  # loaded once


def test_model_constants_derive_from_the_schema_in_its_order() -> None:
    s = active_schema()
    assert kg.model.ENTITY_TYPES == tuple(t.name for t in s.entity_types)
    assert list(kg.model.PREDICATES.items()) == [(p.name, p.label_ja) for p in s.predicates]
    assert kg.model.SYMMETRIC == {p.name for p in s.predicates if p.symmetric}
    assert kg.model.ENTITY_TYPES[0] == "Company" and list(kg.model.PREDICATES)[0] == "leads"


def test_slot_codes_and_classes() -> None:
    s = active_schema()
    assert s.slot_code("Company") == "CO" and s.slot_code("Place") == "PLACE"
    assert s.slot_class("LOC") == ("CTRY", "PLACE")
    assert s.slot_class("ORGS") == ("CO", "GOV", "ORG")
    assert s.slot_class("ORGC") == ("CO", "GOV", "ORG", "CTRY")
    assert set(s.slot_class("ANY")) == {t.slot for t in s.entity_types}
    for t in s.entity_types:
        assert s.slot_class(t.slot) == (t.slot,)  # every code is a class of itself


def test_domain_and_range_keep_the_pipeline_semantics() -> None:
    """An empty set means any type: restricts has no range, supports is unconstrained."""
    s = active_schema()
    assert s.domain_range("leads") == (
        {"Person"},
        {"Company", "Government", "Organization", "Country", "Place"},  # 知事 and 市長 lead places
    )
    assert s.domain_range("restricts") == ({"Government", "Organization", "Country"}, frozenset())
    assert s.domain_range("supports") == (frozenset(), frozenset())
    assert s.predicate("restricts").allows("Country", "Person")
    assert not s.predicate("restricts").allows("Person", "Country")
    assert s.predicate("supports").allows("Place", "Technology")


def test_rdf_classes_expand_through_the_vocabulary() -> None:
    s = active_schema()
    assert s.entity_type("Company").class_iri == str(SCHEMA.Corporation)
    assert s.entity_type("Technology").class_iri == str(KG.Technology)


# -- validation ---------------------------------------------------------------------------------


def write_variant(tmp_path: Path, change) -> Path:
    """The packaged schema with ``change(data)`` applied, written to a temporary file."""
    data = yaml.safe_load(PACKAGED_SCHEMA.read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    change(data)
    path = tmp_path / "schema.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def investsin(data: dict) -> dict:
    return next(p for p in data["predicates"] if p["name"] == "investsIn")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: investsin(d).update(domian=["Company"]), "predicates[7] 'investsIn': domian:"),
        (
            lambda d: investsin(d).update(domain=["Compny"]),
            "predicates[7] 'investsIn': domain names unknown entity type 'Compny'",
        ),
        (lambda d: investsin(d).update(range="Company"), "predicates[7] 'investsIn': range:"),
        (lambda d: investsin(d).update(domain=[]), "predicates[7] 'investsIn': domain:"),
        (lambda d: investsin(d).update(symmetric="yes"), "predicates[7] 'investsIn': symmetric:"),
        (lambda d: investsin(d)["style"].update(dashes=[4, 0]), "'investsIn': style.dashes[1]:"),
        (lambda d: investsin(d).update(name="invests_in"), "predicates[7] 'invests_in': name:"),
        (
            lambda d: investsin(d).update(implied_by="owns"),
            "predicates[7] 'investsIn': implied_by names 'owns', not another predicate",
        ),
        (
            lambda d: investsin(d).update(implied_by="investsIn"),
            "predicates[7] 'investsIn': implied_by names 'investsIn', not another predicate",
        ),
        (lambda d: d["predicates"].append(investsin(d)), "predicates[15] 'investsIn': name is used twice"),
        (lambda d: d["entity_types"][1].update(slot="CO"), "entity_types[1] 'Government': slot 'CO'"),
        (lambda d: d["entity_types"][1].update(neo4j_label="Gov ernment"), "'Government': neo4j_label:"),
        (lambda d: d["entity_types"][1].update(rdf_class="owl:Thing"), "'Government': rdf_class:"),
        (lambda d: d["entity_types"][1]["style"].update(shape="blob"), "'Government': style.shape:"),
        (lambda d: d["entity_types"][1].pop("label_ja"), "entity_types[1] 'Government': label_ja:"),
        (lambda d: d["slot_classes"].update(LOC=["CTRY", "TOWN"]), "slot_classes.LOC: unknown slot code"),
        (lambda d: d["slot_classes"].update(CO=["CO"]), "'CO' is already the slot code of a type"),
        (lambda d: d.update(colours={}), "invalid schema: colours:"),
        (lambda d: d.pop("predicates"), "invalid schema: predicates:"),
    ],
)
def test_a_bad_schema_is_one_error_naming_file_and_item(tmp_path: Path, change, message: str) -> None:
    path = write_variant(tmp_path, change)
    with pytest.raises(KgError) as info:
        load_schema(path)
    text = str(info.value)
    assert text.startswith("invalid schema: ") and message in text, text
    assert text.endswith(f"({path})") and "\n" not in text


def test_an_unreadable_schema_is_one_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("predicates: [\n", encoding="utf-8")
    for path in (broken, tmp_path / "missing.yaml"):
        with pytest.raises(KgError, match="cannot read schema file") as info:
            load_schema(path)
        assert str(path) in str(info.value)


def test_kg_schema_names_another_schema_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_variant(tmp_path, lambda d: investsin(d).update(label_ja="出資"))
    monkeypatch.setenv(SCHEMA_ENV, str(path))
    assert schema_path() == path
    other = load_schema(schema_path())
    assert isinstance(other, Schema) and other.predicate("investsIn").label_ja == "出資"
    assert other.source == str(path)


# -- the ontology declares exactly the schema ---------------------------------------------------

#: Object properties of the ontology that are provenance, not relations between entities.
PROVENANCE_PROPERTIES = {KG.evidence, KG.document, SCHEMA.mentions}


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ontology_path(), format="turtle")


def classes_of(onto: Graph, node) -> set[URIRef]:
    """The classes a domain or range names: one class, or the members of an owl:unionOf."""
    if isinstance(node, BNode):
        return set(Collection(onto, onto.value(node, OWL.unionOf)))
    return {node}


def schema_classes(schema: Schema, types: frozenset[str]) -> set[URIRef]:
    """The RDF classes of a schema domain or range; any type (empty) is kg:Entity."""
    if not types:
        return {KG.Entity}
    return {URIRef(schema.entity_type(t).class_iri) for t in types}


def assert_declared(onto: Graph, schema: Schema, p: Predicate) -> None:
    """``kg:<p>`` is an object property with p's Japanese label, domain, range and symmetry."""
    prop = KG[p.name]
    kinds = set(onto.objects(prop, RDF.type))
    assert OWL.ObjectProperty in kinds, p.name
    assert (OWL.SymmetricProperty in kinds) == p.symmetric, p.name
    assert [o for o in onto.objects(prop, RDFS.label) if o.language == "ja"] == [
        Literal(p.label_ja, lang="ja")
    ], p.name
    assert classes_of(onto, onto.value(prop, RDFS.domain)) == schema_classes(schema, p.domain), p.name
    assert classes_of(onto, onto.value(prop, RDFS.range)) == schema_classes(schema, p.range), p.name


def test_kg_entity_is_the_union_of_the_schema_classes_in_order(onto: Graph) -> None:
    union = onto.value(onto.value(KG.Entity, OWL.equivalentClass), OWL.unionOf)
    assert list(Collection(onto, union)) == [URIRef(t.class_iri) for t in active_schema().entity_types]


def test_every_entity_type_is_a_declared_class(onto: Graph) -> None:
    for t in active_schema().entity_types:
        cls = URIRef(t.class_iri)
        assert (cls, RDF.type, OWL.Class) in onto, t.name
        assert Literal(t.name, lang="en") in set(onto.objects(cls, RDFS.label)), t.name
        assert [o for o in onto.objects(cls, RDFS.label) if o.language == "ja"], t.name


def test_every_predicate_is_declared_with_label_domain_range_and_symmetry(onto: Graph) -> None:
    for p in active_schema().predicates:
        assert_declared(onto, active_schema(), p)


def test_the_ontology_has_no_relation_the_schema_lacks(onto: Graph) -> None:
    declared = set(onto.subjects(RDF.type, OWL.ObjectProperty)) - PROVENANCE_PROPERTIES
    assert declared == {KG[p.name] for p in active_schema().predicates}
