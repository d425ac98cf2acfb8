"""graph.jsonld: the triples of graph.ttl as JSON-LD 1.1, for JSON tools that speak linked data.

The document is ``{"@context": [<kg/data/context.jsonld>, <this graph's IRI prefixes>],
"@graph": [...]}``: one flat node object per subject of graph.ttl, in the Turtle file's order
(entities, documents, assertions, evidence). The packaged context (:func:`context_path`) gives
short names to kg's properties (``label``, ``altLabel``, ``leads``, ``evidence``, ``sentence`` …);
it is embedded, not linked, so the file reads offline. The second context maps ``entity:``,
``doc:``, ``assertion:`` and ``ev:`` to the graph's base IRI (``ev:`` because ``evidence`` is the
property's name). A relation predicate the context does not name (one added to the schema) is
written as ``"kg:<name>": [{"@id": …}]``.

Expanded to RDF, the file gives exactly graph.ttl's triples (tests check it with Oxigraph and
rdflib): confidences are written as the strings graph.ttl has (``"0.85"``, typed
``xsd:decimal`` by the context), integers as JSON numbers typed ``xsd:integer``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from kg.atomic import write_lines
from kg.exporters.turtle import (
    CLASSES,
    _date,
    assertion_iri,
    decimal_lexical,
    document_iri,
    entity_iri,
    evidence_iri,
    graph_documents,
    validate_base_iri,
)
from kg.vocab import DEFAULT_BASE_IRI, PREFIXES

#: Prefix names of the per-graph context, by IRI section (graph.ttl's ``evidence:`` is ``ev:``).
SECTIONS = {"entity": "entity", "doc": "doc", "assertion": "assertion", "evidence": "ev"}


def context_path() -> Path:
    """The packaged JSON-LD context, ``kg/data/context.jsonld``."""
    return Path(str(resources.files("kg") / "data" / "context.jsonld"))


@cache
def packaged_context() -> dict[str, Any]:
    """The ``@context`` object of :func:`context_path`."""
    return json.loads(context_path().read_text(encoding="utf-8"))["@context"]


class _Names:
    """Compact names of the graph's IRIs and classes."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.prefixes = {SECTIONS[s]: f"{base}{s}/" for s in SECTIONS}
        self.terms = packaged_context()

    def compact(self, iri: str) -> str:
        for name, ns in self.prefixes.items():
            if iri.startswith(ns):
                return f"{name}:{iri[len(ns):]}"
        for name, ns in PREFIXES.items():
            if iri.startswith(str(ns)):
                return f"{name}:{iri[len(str(ns)):]}"
        return iri

    def relation(self, predicate: str, targets: list[str]) -> tuple[str, list[Any]]:
        """The key and values of a relation: the context's term, or ``kg:<name>`` with node refs."""
        if predicate in self.terms:
            return predicate, targets
        return f"kg:{predicate}", [{"@id": t} for t in targets]


def _entity_nodes(g: nx.MultiDiGraph, n: _Names) -> Iterator[tuple[str, dict[str, Any]]]:
    base = n.base
    for node, data in g.nodes(data=True):
        iri = str(entity_iri(base, node))
        obj: dict[str, Any] = {
            "@id": n.compact(iri),
            "@type": n.compact(str(CLASSES[data["type"]])),
            "nodeId": node,
            "label": data["name"],
        }
        if data.get("aliases"):
            obj["altLabel"] = sorted(data["aliases"])
        if data.get("tickers"):
            obj["tickerSymbol"] = sorted(data["tickers"])
        obj["mentionCount"] = int(data.get("mentions", 0))
        obj.update(_seen(data))
        relations: dict[str, list[str]] = {}
        for _, o, p in g.out_edges(node, keys=True):
            relations.setdefault(p, []).append(n.compact(str(entity_iri(base, o))))
        for p in sorted(relations):
            key, values = n.relation(p, sorted(set(relations[p])))
            obj[key] = values
        yield iri, obj


def _document_nodes(g: nx.MultiDiGraph, n: _Names) -> Iterator[tuple[str, dict[str, Any]]]:
    mentions: dict[str, set[str]] = {}
    for node, data in g.nodes(data=True):
        for d in data.get("docs", []):
            mentions.setdefault(d, set()).add(n.compact(str(entity_iri(n.base, node))))
    for doc_id, doc in graph_documents(g).items():
        iri = str(document_iri(n.base, doc_id))
        obj: dict[str, Any] = {"@id": n.compact(iri), "@type": "schema:NewsArticle", "identifier": doc_id}
        if doc.get("title"):
            obj["name"] = doc["title"]
        if doc.get("path"):
            obj["path"] = doc["path"]
        if doc.get("date"):
            lit = _date(str(doc["date"]))
            date = {"@value": str(lit), "@type": n.compact(str(lit.datatype))} if lit.datatype else str(lit)
            obj["datePublished"] = date
        if doc.get("url"):
            obj["url"] = str(doc["url"])
        if doc_id in mentions:
            obj["mentions"] = sorted(mentions[doc_id])
        yield iri, obj


def _seen(data: dict[str, Any]) -> dict[str, Any]:
    """The time facts of an entity or a relation, as graph.ttl has them (``kg.exporters.turtle``):
    ``articleCount`` and, when an article behind it is dated, ``firstSeen`` / ``lastSeen``."""
    facts: dict[str, Any] = {}
    if data.get("articles") is not None:
        facts["articleCount"] = int(data["articles"])
    for key, term in (("first_seen", "firstSeen"), ("last_seen", "lastSeen")):
        if data.get(key):
            facts[term] = str(data[key])
    return facts


def _provenance_nodes(g: nx.MultiDiGraph, n: _Names) -> Iterator[tuple[str, dict[str, Any]]]:
    base = n.base
    for s, o, p, data in g.edges(keys=True, data=True):
        iri = str(assertion_iri(base, s, p, o))
        evidence = [(str(evidence_iri(base, s, p, o, ev)), ev) for ev in data.get("evidence", [])]
        yield iri, {
            "@id": n.compact(iri),
            "@type": "rdf:Statement",
            "subject": n.compact(str(entity_iri(base, s))),
            "predicate": f"kg:{p}",
            "object": n.compact(str(entity_iri(base, o))),
            "confidence": decimal_lexical(data["confidence"]),
            **({"rule": sorted(set(data["rules"]))} if data.get("rules") else {}),
            **({"evidence": sorted(n.compact(e) for e, _ in evidence)} if evidence else {}),
            **_seen(data),
        }
        for ev_iri, ev in evidence:
            yield ev_iri, {
                "@id": n.compact(ev_iri),
                "@type": "kg:Evidence",
                "document": n.compact(str(document_iri(base, ev["doc"]))),
                "sentence": ev["sentence"],
                "startOffset": int(ev["start"]),
                "endOffset": int(ev["end"]),
                "rule": [ev["rule"]],
                "confidence": decimal_lexical(ev["confidence"]),
            }


def generate_jsonld(g: nx.MultiDiGraph) -> Iterator[str]:
    """The text of graph.jsonld, in pieces; the same graph gives the same bytes."""
    base = validate_base_iri(g.graph.get("base_iri") or DEFAULT_BASE_IRI)
    n = _Names(base)
    context = [packaged_context(), n.prefixes]
    yield '{\n "@context": ' + _dump(context) + ',\n "@graph": ['
    first = True
    for section in (_entity_nodes, _document_nodes, _provenance_nodes):
        by_iri: dict[str, dict[str, Any]] = {}
        for iri, obj in section(g, n):
            if iri in by_iri:  # one node per subject (an edge's evidence may repeat)
                continue
            by_iri[iri] = obj
        for iri in sorted(by_iri):
            yield ("\n  " if first else ",\n  ") + _dump(by_iri[iri])
            first = False
    yield "\n ]\n}\n"


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def write_jsonld(g: nx.MultiDiGraph, path: Path) -> Path:
    """Write :func:`generate_jsonld` to ``path`` atomically and return the path."""
    return write_lines(path, generate_jsonld(g))
