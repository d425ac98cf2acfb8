"""The graph stage: resolved entities and relations become one NetworkX MultiDiGraph.

The graph is the single hub every exporter reads; its shape is documented in
:mod:`kg.model`. :class:`KnowledgeGraph` wraps it with the exporters registered in
:mod:`kg.exporters` as methods.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from kg.atomic import output_set
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


def add_seen_dates(g: nx.MultiDiGraph) -> None:
    """Give every node and edge the time facts its evidence says (see :mod:`kg.model`).

    ``articles`` is the number of documents behind it (a node's ``docs``, an edge's evidence
    documents); ``first_seen`` / ``last_seen`` are the earliest and latest date among those
    documents, present only when at least one of them is dated (an undated article adds to
    ``articles`` but never to the dates: unknown stays unknown). ``kg build`` gives documents
    only ISO dates; in a graph made in Python, a document date that is not one dates nothing.
    """
    date_of = {d["id"]: _iso_date(d.get("date")) for d in g.graph.get("documents", [])}
    for _, data in g.nodes(data=True):
        _set_seen(data, set(data.get("docs", ())), date_of)
    for _, _, data in g.edges(data=True):
        _set_seen(data, {ev["doc"] for ev in data.get("evidence", ())}, date_of)


def _iso_date(value: Any) -> str | None:
    """``value`` as ``YYYY-MM-DD`` when it is an ISO date, else None."""
    try:
        return dt.date.fromisoformat(str(value)).isoformat() if value else None
    except ValueError:
        return None


def _set_seen(data: dict[str, Any], docs: set[str], date_of: dict[str, str | None]) -> None:
    data["articles"] = len(docs)
    dates = sorted(d for d in (date_of.get(doc) for doc in docs) if d)
    if dates:
        data["first_seen"], data["last_seen"] = dates[0], dates[-1]
    else:
        data.pop("first_seen", None)
        data.pop("last_seen", None)


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

    # -- notebooks -------------------------------------------------------------
    def _repr_html_(self) -> str:
        """Jupyter shows the graph as the offline graph.html page, inline (an iframe ``srcdoc``)."""
        from kg.exporters.html import notebook_html

        return notebook_html(self.graph)

    def to_pyvis(self, **options: Any) -> Any:
        """A ``pyvis.network.Network`` of the graph, styled like graph.html, to customise and show.

        ``options`` go to ``pyvis.network.Network`` (e.g. ``height="800px"``, ``notebook=True``).
        """
        from kg.exporters.html import to_pyvis_network

        return to_pyvis_network(self.graph, **options)

    def write_all(self, out: str | Path, extra: Iterable[str] = ()) -> list[Path]:
        """Write every default output (the files of ``kg build``) and the optional outputs named in
        ``extra`` (``"jsonld"``, ``"graphml"``, ``"store"``) into ``out``; return their paths.

        The files are replaced as one set (:func:`kg.atomic.output_set`): a run killed at any
        moment leaves all the previous files or all the new ones, and other files in ``out`` stay.
        An output that is a link to a directory replaced whole (the store, see
        :mod:`kg.exporters.store`) is atomic on its own and is written after the set is in place.
        """
        out = Path(out)
        chosen = exporters(extra)
        in_set = [e for e in chosen if not e.link]
        with output_set(out, [f for e in in_set for f in e.output_files]) as staging:
            for e in in_set:
                e.write(self.graph, staging)
        for e in chosen:
            if e.link:
                e.write(self.graph, out)
        return [out / e.path for e in chosen]


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
    add_seen_dates(g)
    return g
