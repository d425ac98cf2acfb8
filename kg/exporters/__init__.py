"""The exporters, and the registry of every file ``kg build`` writes.

Each output is one :func:`register` line at the bottom of this module, as in rdflib's
``plugin.register``: a name, where it goes inside the output directory, and its writer as
``"module:function"``, imported only when it is used (listing the outputs imports no exporter).
``KnowledgeGraph.write_all``, the files ``kg build`` reports and its check of ``--out`` all
derive from this registry.

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


def register(name: str, path: str, writer: str, files: Iterable[str] = ()) -> Exporter:
    """Add an output to ``kg build``, written after those registered before it.

    ``writer`` is ``"module:function"``; the function takes the graph and the path of the output
    (``path`` inside the output directory) and returns that path. An output that is a directory
    of several files lists them in ``files``.
    """
    if name in _REGISTRY:
        raise ValueError(f"an exporter named {name!r} is already registered")
    exporter = Exporter(name, path, writer, tuple(files))
    _REGISTRY[name] = exporter
    return exporter


def exporters() -> tuple[Exporter, ...]:
    """Every registered exporter, in the order ``kg build`` writes them."""
    return tuple(_REGISTRY.values())


def exporter(name: str) -> Exporter:
    """The exporter registered as ``name``; KeyError if there is none."""
    return _REGISTRY[name]


def output_files() -> tuple[str, ...]:
    """Every file ``kg build`` writes, relative to its output directory."""
    return tuple(f for e in exporters() for f in e.output_files)


register("turtle", "graph.ttl", "kg.exporters.turtle:write_turtle")
register("json", "graph.json", "kg.exporters.json:write_json")
register("html", "graph.html", "kg.exporters.html:write_html")
register(
    "neo4j",
    "neo4j",
    "kg.exporters.neo4j:write_neo4j",
    files=("import.cypher", "nodes.csv", "relationships.csv"),
)
