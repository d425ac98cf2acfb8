"""The graph stage: resolved entities and relations become one NetworkX MultiDiGraph.

The graph is the single hub every exporter reads; its shape is documented in
:mod:`kg.model`. :class:`KnowledgeGraph` wraps it with the exporters registered in
:mod:`kg.exporters` as methods.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from kg.exporters import exporter, exporters
from kg.model import ENTITY_TYPES, PREDICATES, SYMMETRIC, Entity, Relation
from kg.vocab import DEFAULT_BASE_IRI


def new_graph(base_iri: str = DEFAULT_BASE_IRI) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.graph["documents"] = []
    g.graph["base_iri"] = base_iri
    return g


def add_entity(g: nx.MultiDiGraph, ent: Entity) -> None:
    """Add (or overwrite) one entity node with list-valued, sorted attributes."""
    if ent.type not in ENTITY_TYPES:
        raise ValueError(f"unknown entity type {ent.type!r}")
    g.add_node(
        ent.id,
        type=ent.type,
        name=ent.name,
        aliases=sorted(a for a in ent.aliases if a != ent.name),
        tickers=sorted(ent.tickers),
        mentions=int(ent.mentions),
        docs=sorted(ent.docs),
        merges=sorted(ent.merges, key=lambda m: (m.get("surface", ""), m.get("rule", ""))),
    )


def add_relation(g: nx.MultiDiGraph, rel: Relation) -> None:
    """Add one relation; a repeated (s, p, o) merges its evidence into the existing edge."""
    p = rel.predicate
    if p not in PREDICATES:
        raise ValueError(f"unknown predicate {p!r}")
    s, o = rel.subject, rel.object
    if s == o:
        return
    if p in SYMMETRIC and g.has_edge(o, s, key=p):
        s, o = o, s
    ev = {
        "doc": rel.evidence.doc,
        "sentence": rel.evidence.sentence,
        "start": rel.evidence.start,
        "end": rel.evidence.end,
        "rule": rel.evidence.rule,
        "confidence": round(float(rel.evidence.confidence), 3),
    }
    if g.has_edge(s, o, key=p):
        data = g.edges[s, o, p]
        if ev not in data["evidence"]:
            data["evidence"].append(ev)
            data["evidence"].sort(key=lambda e: (e["doc"], e["start"], e["rule"]))
        data["rules"] = sorted({e["rule"] for e in data["evidence"]})
        data["confidence"] = max(e["confidence"] for e in data["evidence"])
    else:
        g.add_edge(
            s, o, key=p, predicate=p, confidence=ev["confidence"], evidence=[ev], rules=[ev["rule"]]
        )


def canonical(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Return a copy with nodes and edges inserted in sorted order, for byte-identical output."""
    out = nx.MultiDiGraph()
    out.graph.update(g.graph)
    out.graph["documents"] = sorted(g.graph.get("documents", []), key=lambda d: d["id"])
    for n in sorted(g.nodes):
        out.add_node(n, **g.nodes[n])
    for s, o, k in sorted(g.edges(keys=True)):
        out.add_edge(s, o, key=k, **g.edges[s, o, k])
    return out


class KnowledgeGraph:
    """A built knowledge graph: the NetworkX graph plus its exporters."""

    def __init__(self, graph: nx.MultiDiGraph, stats: dict[str, Any] | None = None) -> None:
        self.graph = canonical(graph)
        self.stats = stats or {}

    # -- summaries -------------------------------------------------------------
    def entities_by_type(self) -> dict[str, int]:
        counts = {t: 0 for t in ENTITY_TYPES}
        for _, d in self.graph.nodes(data=True):
            counts[d["type"]] += 1
        return counts

    def relations_by_predicate(self) -> dict[str, int]:
        counts = {p: 0 for p in PREDICATES}
        for _, _, k in self.graph.edges(keys=True):
            counts[k] += 1
        return counts

    # -- exporters -------------------------------------------------------------
    def export(self, name: str, path: str | Path) -> Path:
        """Write the output registered as ``name`` in :mod:`kg.exporters` to ``path``."""
        return exporter(name).load_writer()(self.graph, Path(path))

    def to_turtle(self, path: str | Path) -> Path:
        return self.export("turtle", path)

    def to_json(self, path: str | Path) -> Path:
        return self.export("json", path)

    def to_html(self, path: str | Path) -> Path:
        return self.export("html", path)

    def to_neo4j(self, directory: str | Path) -> Path:
        return self.export("neo4j", directory)

    def write_all(self, out: str | Path, extra: Iterable[str] = ()) -> list[Path]:
        """Write every default output (the files of ``kg build``) and the optional outputs named in
        ``extra`` (``"jsonld"``, ``"graphml"``, ``"store"``) into ``out``; return their paths."""
        out = Path(out)
        out.mkdir(parents=True, exist_ok=True)
        return [e.write(self.graph, out) for e in exporters(extra)]


def from_parts(
    entities: Iterable[Entity],
    relations: Iterable[Relation],
    documents: Iterable[dict[str, Any]] = (),
    base_iri: str = DEFAULT_BASE_IRI,
) -> nx.MultiDiGraph:
    """Assemble the graph from resolved entities and relations."""
    g = new_graph(base_iri)
    g.graph["documents"] = sorted(documents, key=lambda d: d["id"])
    for ent in entities:
        add_entity(g, ent)
    for rel in relations:
        if rel.subject in g and rel.object in g:
            add_relation(g, rel)
    return g
