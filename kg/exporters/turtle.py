"""RDF/Turtle export of the knowledge graph (the RDF contract of the README).

Entities become typed resources (schema.org classes plus ``kg:Technology``), relations become
direct triples ``?s kg:<predicate> ?o`` and every relation also gets an ``rdf:Statement``
assertion node carrying its provenance (plain triples, so rdflib, Oxigraph and any SPARQL engine
read them; rdflib cannot parse RDF-star). The ontology itself is a separate file, see
:func:`ontology_path`; ``graph.ttl`` holds data only.

IRIs are minted only from node ids, percent-encoded document ids and hashes, never from raw
article text, so hostile names cannot break out of an IRI.
"""

from __future__ import annotations

import hashlib
import io
import json
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import networkx as nx
from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.plugins.serializers.turtle import TurtleSerializer

from kg.atomic import write_bytes
from kg.errors import KgUsageError

KG = Namespace("https://w3id.org/kg-news/ontology#")
SCHEMA = Namespace("https://schema.org/")
DEFAULT_BASE_IRI = "https://kg.example.org/"

#: RDF class of each entity type of :data:`kg.model.ENTITY_TYPES`.
CLASSES: dict[str, URIRef] = {
    "Company": SCHEMA.Corporation,
    "Government": SCHEMA.GovernmentOrganization,
    "Person": SCHEMA.Person,
    "Technology": KG.Technology,
    "Country": SCHEMA.Country,
    "Place": SCHEMA.Place,
    "Organization": SCHEMA.Organization,
}

#: Prefixes every Turtle file and every ``kg query`` knows.
PREFIXES: dict[str, Namespace] = {
    "kg": KG,
    "schema": SCHEMA,
    "skos": Namespace(str(SKOS)),
    "rdfs": Namespace(str(RDFS)),
    "rdf": Namespace(str(RDF)),
    "xsd": Namespace(str(XSD)),
}

_IRI_FORBIDDEN = set('<>"{}|^`\\ ') | {chr(c) for c in range(0x21)} | {"\x7f"}


def ontology_path() -> Path:
    """Path of the packaged ontology (``kg/data/ontology.ttl``) declaring every ``kg:`` term."""
    return Path(str(resources.files("kg") / "data" / "ontology.ttl"))


def validate_base_iri(base: str) -> str:
    """Return ``base`` if it is an absolute http(s) IRI ending in ``/`` or ``#``, else raise."""
    parts = urlsplit(base)
    ok = (
        parts.scheme in ("http", "https")
        and bool(parts.netloc)
        and base.endswith(("/", "#"))
        and not (_IRI_FORBIDDEN & set(base))
        and base.count("#") <= 1
    )
    if not ok:
        raise KgUsageError(
            f"invalid base IRI {base!r}: expected an absolute http(s) IRI ending in '/' or '#'"
        )
    return base


def _hash(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:20]


def entity_iri(base: str, node: str) -> URIRef:
    return URIRef(base + "entity/" + quote(node, safe=""))


def document_iri(base: str, doc_id: str) -> URIRef:
    return URIRef(base + "doc/" + quote(doc_id, safe=""))


def assertion_iri(base: str, s: str, p: str, o: str) -> URIRef:
    return URIRef(base + "assertion/" + _hash(s, p, o))


def evidence_iri(base: str, s: str, p: str, o: str, ev: dict[str, Any]) -> URIRef:
    return URIRef(base + "evidence/" + _hash(s, p, o, json.dumps(ev, sort_keys=True, ensure_ascii=False)))


def _decimal(x: float) -> Literal:
    """Confidences as xsd:decimal, so they print as ``0.85`` rather than ``8.5e-01``."""
    return Literal(Decimal(str(round(float(x), 3))), datatype=XSD.decimal)


def _date(value: str) -> Literal:
    """A publication date typed as xsd:date / xsd:dateTime when it is ISO 8601, else a plain string."""
    for parse, dtype in ((date.fromisoformat, XSD.date), (datetime.fromisoformat, XSD.dateTime)):
        try:
            parse(value)
        except ValueError:
            continue
        return Literal(value, datatype=dtype)
    return Literal(value)


def _documents(g: nx.MultiDiGraph) -> dict[str, dict[str, Any]]:
    """Every document the graph refers to, so each ``schema:mentions`` has a typed subject."""
    docs: dict[str, dict[str, Any]] = {d["id"]: d for d in g.graph.get("documents", [])}
    for _, data in g.nodes(data=True):
        for doc in data.get("docs", []):
            docs.setdefault(doc, {"id": doc})
    for _, _, data in g.edges(data=True):
        for ev in data.get("evidence", []):
            docs.setdefault(ev["doc"], {"id": ev["doc"]})
    return docs


def to_rdf(g: nx.MultiDiGraph) -> Graph:
    """Translate the NetworkX graph into an rdflib graph following the RDF contract."""
    base = validate_base_iri(g.graph.get("base_iri") or DEFAULT_BASE_IRI)
    out = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        out.bind(prefix, ns)
    for prefix in ("entity", "doc", "assertion", "evidence"):
        out.bind(prefix, Namespace(base + prefix + "/"))
    add = out.add

    docs = _documents(g)
    for doc_id, doc in docs.items():
        d = document_iri(base, doc_id)
        add((d, RDF.type, SCHEMA.NewsArticle))
        add((d, SCHEMA.identifier, Literal(doc_id)))
        if doc.get("title"):
            add((d, SCHEMA.name, Literal(doc["title"], lang="ja")))
        if doc.get("path"):
            add((d, KG.path, Literal(doc["path"])))
        if doc.get("date"):
            add((d, SCHEMA.datePublished, _date(str(doc["date"]))))
        if doc.get("url"):
            add((d, SCHEMA.url, Literal(str(doc["url"]), datatype=XSD.anyURI)))

    for node, data in g.nodes(data=True):
        e = entity_iri(base, node)
        add((e, RDF.type, CLASSES[data["type"]]))
        add((e, KG.nodeId, Literal(node)))
        add((e, RDFS.label, Literal(data["name"], lang="ja")))
        for alias in data.get("aliases", []):
            add((e, SKOS.altLabel, Literal(alias, lang="ja")))
        for ticker in data.get("tickers", []):
            add((e, SCHEMA.tickerSymbol, Literal(ticker)))
        add((e, KG.mentionCount, Literal(int(data.get("mentions", 0)), datatype=XSD.integer)))
        for doc in data.get("docs", []):
            add((document_iri(base, doc), SCHEMA.mentions, e))

    for s, o, p, data in g.edges(keys=True, data=True):
        se, oe, pe = entity_iri(base, s), entity_iri(base, o), KG[p]
        add((se, pe, oe))
        a = assertion_iri(base, s, p, o)
        add((a, RDF.type, RDF.Statement))
        add((a, RDF.subject, se))
        add((a, RDF.predicate, pe))
        add((a, RDF.object, oe))
        add((a, KG.confidence, _decimal(data["confidence"])))
        for rule in data.get("rules", []):
            add((a, KG.rule, Literal(rule)))
        for ev in data.get("evidence", []):
            v = evidence_iri(base, s, p, o, ev)
            add((a, KG.evidence, v))
            add((v, RDF.type, KG.Evidence))
            add((v, KG.document, document_iri(base, ev["doc"])))
            add((v, KG.sentence, Literal(ev["sentence"], lang="ja")))
            add((v, KG.startOffset, Literal(int(ev["start"]), datatype=XSD.integer)))
            add((v, KG.endOffset, Literal(int(ev["end"]), datatype=XSD.integer)))
            add((v, KG.rule, Literal(ev["rule"])))
            add((v, KG.confidence, _decimal(ev["confidence"])))
    return out


_ECHAR = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_BARE_DATATYPES = {XSD.integer, XSD.decimal}
#: Entities first, then documents, then provenance: the order a reader of graph.ttl wants.
_SECTION_ORDER = {"entity": 0, "doc": 1, "assertion": 2, "evidence": 3}


def _escape(text: str) -> str:
    """Escape for a one-line Turtle string; control and format characters (bidi…) become \\u escapes."""
    if text.isprintable() and '"' not in text and "\\" not in text:
        return text
    out = []
    for ch in text:
        if ch in _ECHAR:
            out.append(_ECHAR[ch])
        elif unicodedata.category(ch) in ("Cc", "Cf"):
            out.append(f"\\u{ord(ch):04X}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08X}")
        else:
            out.append(ch)
    return "".join(out)


class _SafeTurtleSerializer(TurtleSerializer):
    """rdflib's Turtle writer with two fixes that matter for untrusted text and reproducibility.

    rdflib writes multi-line strings as triple-quoted literals and mis-escapes one that ends in a
    backslash and a quote (Oxigraph rejects the file); here every string is written on one line
    with full escaping. Subjects are ordered by IRI alone, so the file reads in a stable order.
    """

    def label(self, node: Any, position: int) -> str:
        if isinstance(node, Literal) and node.datatype not in _BARE_DATATYPES:
            text = f'"{_escape(str(node))}"'
            if node.language:
                return f"{text}@{node.language}"
            if node.datatype:
                return f"{text}^^{self.get_pname(node.datatype) or node.datatype.n3()}"
            return text
        return super().label(node, position)

    def orderSubjects(self) -> list[Any]:  # noqa: N802 (rdflib's name)
        sections = [
            (str(ns), rank)
            for prefix, ns in self.store.namespaces()
            if (rank := _SECTION_ORDER.get(prefix)) is not None
        ]

        def key(subject: Any) -> tuple[int, str]:
            iri = str(subject)
            return next((rank for ns, rank in sections if iri.startswith(ns)), len(sections)), iri

        return sorted(self._subjects, key=key)

    def get_pname(self, uri: Any, gen_prefix: bool = True) -> str | None:
        """rdflib recomputes the prefixed name of every IRI on every use; cache it (half the run time)."""
        key = (uri, gen_prefix)
        if key not in self._pnames:
            self._pnames[key] = super().get_pname(uri, gen_prefix)
        return self._pnames[key]

    def reset(self) -> None:
        super().reset()
        self._pnames: dict[tuple[Any, bool], str | None] = {}


def serialize_turtle(rdf: Graph) -> bytes:
    """Serialize deterministically: same triples and prefixes → same bytes."""
    buf = io.BytesIO()
    _SafeTurtleSerializer(rdf).serialize(buf, encoding="utf-8")
    return buf.getvalue()


def write_turtle(g: nx.MultiDiGraph, path: Path) -> Path:
    """Write ``g`` as Turtle to ``path`` atomically and return the path."""
    return write_bytes(Path(path), serialize_turtle(to_rdf(g)))


def kg_terms(rdf: Graph) -> set[URIRef]:
    """Every ``kg:`` IRI used as a predicate or class in ``rdf`` (checked against the ontology)."""
    used: Iterable[Any] = [*rdf.predicates(), *rdf.objects(None, RDF.type)]
    return {t for t in used if isinstance(t, URIRef) and str(t).startswith(str(KG))}
