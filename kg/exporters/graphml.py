"""graph.graphml: the graph for Gephi, yEd, Cytoscape and other GraphML tools, via NetworkX.

GraphML attributes are scalars (string, int, double), so the graph is flattened first:

- nodes (id = kg's node id): ``label`` (canonical name), ``type`` (Company …), ``type_ja``,
  ``aliases``, ``tickers``, ``docs`` (lists, see below), ``mentions`` (int), ``iri`` (as in
  graph.ttl);
- edges (id = the predicate, one edge per subject, predicate and object): ``predicate``
  (``leads`` …), ``label`` (the Japanese label, e.g. 率いる), ``confidence`` (double),
  ``evidence_count`` (int), ``rules``, ``docs``, ``sentences`` (lists);
- the graph: ``base_iri``.

A list becomes one string, its elements sorted and joined with `` | ``; a ``|`` inside an element
is written as the full-width ``｜`` so the string splits back exactly (as the Neo4j CSVs do with
``;``). Characters XML 1.0 cannot carry (C0 controls other than tab and line ends, U+FFFE/U+FFFF)
become U+FFFD, and XML parsers read a carriage return as a line feed. Evidence offsets are left
out: graph.ttl, graph.json and the Neo4j files have them.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import networkx as nx

from kg.atomic import write_bytes
from kg.exporters.turtle import entity_iri, validate_base_iri
from kg.schema import active_schema
from kg.vocab import DEFAULT_BASE_IRI

SEPARATOR = " | "
#: What a ``|`` inside a list element becomes.
BAR_SUBSTITUTE = "｜"
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: Any) -> str:
    """``text`` with every character XML 1.0 cannot hold replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", str(text))


def joined(items: Any) -> str:
    """A list attribute as one string: sorted, ``|`` in elements made ``｜``, joined by `` | ``."""
    return SEPARATOR.join(sorted(xml_text(x).replace("|", BAR_SUBSTITUTE) for x in items))


def flat_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``g`` whose attributes are all GraphML scalars (see the module docstring)."""
    schema = active_schema()
    type_ja = {t.name: t.label_ja for t in schema.entity_types}
    predicate_ja = {p.name: p.label_ja for p in schema.predicates}
    base = validate_base_iri(g.graph.get("base_iri") or DEFAULT_BASE_IRI)
    flat = nx.MultiDiGraph(base_iri=base)
    for node in sorted(g.nodes):
        data = g.nodes[node]
        flat.add_node(
            xml_text(node),
            label=xml_text(data["name"]),
            type=data["type"],
            type_ja=type_ja.get(data["type"], data["type"]),
            aliases=joined(data.get("aliases", [])),
            tickers=joined(data.get("tickers", [])),
            docs=joined(data.get("docs", [])),
            mentions=int(data.get("mentions", 0)),
            iri=str(entity_iri(base, node)),
        )
    for s, o, p in sorted(g.edges(keys=True)):
        data = g.edges[s, o, p]
        evidence = data.get("evidence", [])
        flat.add_edge(
            xml_text(s),
            xml_text(o),
            key=p,
            predicate=p,
            label=predicate_ja.get(p, p),
            confidence=float(data["confidence"]),
            evidence_count=len(evidence),
            rules=joined(set(data.get("rules", [])) | {ev["rule"] for ev in evidence}),
            docs=joined({ev["doc"] for ev in evidence}),
            sentences=joined({ev["sentence"] for ev in evidence}),
        )
    return flat


def generate_graphml(g: nx.MultiDiGraph) -> bytes:
    """The bytes of graph.graphml (UTF-8, not character references); the same graph gives the
    same bytes."""
    buf = io.BytesIO()
    nx.write_graphml_xml(flat_graph(g), buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue()


def write_graphml(g: nx.MultiDiGraph, path: Path) -> Path:
    """Write :func:`generate_graphml` to ``path`` atomically and return the path."""
    return write_bytes(path, generate_graphml(g))
