"""The exporters, and the registry of every file ``kg build`` writes.

Each output is one :func:`register` line at the bottom of this module, as in rdflib's
``plugin.register``: a name, where it goes inside the output directory, and its writer as
``"module:function"``, imported only when it is used (listing the outputs imports no exporter).
``KnowledgeGraph.write_all``, the files ``kg build`` reports and its check of ``--out`` all
derive from this registry.

An output registered with ``default=False`` is written only on request (``kg build --with NAME``,
``kg export OUT NAME``): JSON-LD and GraphML, which cost export time at 100,000 nodes and which
few users need, and the Oxigraph store, a binary directory that is not byte-identical from run
to run and does not belong in a committed ``output/``.

Every exporter module keeps formatting apart from file I/O, as networkx's
``generate_edgelist`` / ``write_edgelist`` do: ``generate_…(graph)`` returns the text (the
Turtle and Neo4j files as streamed pieces, for graphs of 100,000 nodes), and ``write_…(graph,
path)`` only writes it, atomically (:mod:`kg.atomic`).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx

Writer = Callable[["nx.MultiDiGraph", Path], Path]


@dataclass(frozen=True)
class Exporter:
    """One registered output: a file, or a directory of files written together."""

    name: str
    path: str  # inside the output directory
    writer: str  # "module:function", called as function(graph, output_dir / path) -> Path
    files: tuple[str, ...] = ()  # for a directory output: the files it writes inside it
    default: bool = True  # written by every ``kg build``; else only when asked for by name
    description: str = ""
    link: bool = False  # path is a symbolic link to a directory replaced whole (the store)

    @property
    def output_files(self) -> tuple[str, ...]:
        """Every file this exporter writes, relative to the output directory."""
        if not self.files:
            return (self.path,)
        return tuple(f"{self.path}/{name}" for name in self.files)

    def load_writer(self) -> Writer:
        """Import and return the writer function."""
        module, function = self.writer.split(":")
        return getattr(importlib.import_module(module), function)

    def write(self, graph: nx.MultiDiGraph, out_dir: str | Path) -> Path:
        """Write this output of ``graph`` into the output directory ``out_dir``; return its path."""
        return self.load_writer()(graph, Path(out_dir) / self.path)


_REGISTRY: dict[str, Exporter] = {}


def register(
    name: str,
    path: str,
    writer: str,
    files: Iterable[str] = (),
    *,
    default: bool = True,
    description: str = "",
    link: bool = False,
) -> Exporter:
    """Add an output to ``kg build``, written after those registered before it.

    ``writer`` is ``"module:function"``; the function takes the graph and the path of the output
    (``path`` inside the output directory) and returns that path. An output that is a directory
    of several files lists them in ``files``; one that replaces a whole directory through a
    symbolic link (:mod:`kg.exporters.store`) says ``link=True``. ``default=False`` makes it an
    output written only on request.
    """
    if name in _REGISTRY:
        raise ValueError(f"an exporter named {name!r} is already registered")
    exporter = Exporter(name, path, writer, tuple(files), default, description, link)
    _REGISTRY[name] = exporter
    return exporter


def exporters(extra: Iterable[str] = ()) -> tuple[Exporter, ...]:
    """The exporters ``kg build`` runs, in order: the default ones plus the optional ones named in
    ``extra`` (a KeyError names an unknown one)."""
    wanted = set(extra)
    unknown = wanted - set(_REGISTRY)
    if unknown:
        raise KeyError(sorted(unknown)[0])
    return tuple(e for e in _REGISTRY.values() if e.default or e.name in wanted)


def optional_exporters() -> tuple[Exporter, ...]:
    """The outputs written only on request, in registration order."""
    return tuple(e for e in _REGISTRY.values() if not e.default)


def all_exporters() -> tuple[Exporter, ...]:
    """Every registered exporter, default or optional, in registration order."""
    return tuple(_REGISTRY.values())


def exporter(name: str) -> Exporter:
    """The exporter registered as ``name``; KeyError if there is none."""
    return _REGISTRY[name]


def output_files(extra: Iterable[str] = ()) -> tuple[str, ...]:
    """Every file ``kg build`` writes (with the optional outputs in ``extra``), relative to its
    output directory. A store directory counts as one entry."""
    return tuple(f for e in exporters(extra) for f in e.output_files)


register("turtle", "graph.ttl", "kg.exporters.turtle:write_turtle", description="RDF/Turtle")
register("json", "graph.json", "kg.exporters.json:write_json", description="NetworkX node-link JSON")
register("html", "graph.html", "kg.exporters.html:write_html", description="interactive view")
register(
    "neo4j",
    "neo4j",
    "kg.exporters.neo4j:write_neo4j",
    files=("import.cypher", "nodes.csv", "relationships.csv"),
    description="Neo4j import",
)
register(
    "jsonld", "graph.jsonld", "kg.exporters.jsonld:write_jsonld", default=False,
    description="JSON-LD (the Turtle's triples, kg/data/context.jsonld)",
)
register(
    "graphml", "graph.graphml", "kg.exporters.graphml:write_graphml", default=False,
    description="GraphML for Gephi and yEd",
)
register(
    "store", "oxigraph", "kg.exporters.store:write_store", default=False, link=True,
    description="Oxigraph store for kg query and kg serve",
)
