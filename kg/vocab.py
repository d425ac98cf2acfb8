"""The RDF vocabulary kg writes and reads: namespaces, SPARQL prefixes and the default base IRI.

Defined once here. The Turtle exporter writes with them, ``kg query`` predeclares
:data:`PREFIXES`, ``kg eval`` reads graph.ttl with them, and :mod:`kg.schema` expands the
``kg:``/``schema:`` class names of ``kg/data/schema.yaml`` with them. The terms themselves are
declared in ``kg/data/ontology.ttl``.
"""

from __future__ import annotations

from rdflib import RDF, RDFS, SKOS, XSD, Namespace

#: kg's own terms (predicates, kg:Technology, provenance).
KG = Namespace("https://w3id.org/kg-news/ontology#")
#: schema.org, for the entity classes it has and for articles.
SCHEMA = Namespace("https://schema.org/")
#: Where entity, document and provenance IRIs live unless ``kg build --base-iri`` says otherwise.
DEFAULT_BASE_IRI = "https://kg.example.org/"

#: Prefixes every Turtle file and every ``kg query`` knows.
PREFIXES: dict[str, Namespace] = {
    "kg": KG,
    "schema": SCHEMA,
    "skos": Namespace(str(SKOS)),
    "rdfs": Namespace(str(RDFS)),
    "rdf": Namespace(str(RDF)),
    "xsd": Namespace(str(XSD)),
}
