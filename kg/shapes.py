"""The SHACL shapes of kg's RDF output (``kg/data/shapes.ttl``) and a validator, with pyshacl.

The shapes state the contract of graph.ttl: every entity has exactly one of the seven types and
one ``rdfs:label@ja``; every relation between entities has its ``rdf:Statement`` with at least
one evidence node carrying the document, the sentence, offsets, the rule and a confidence in
[0, 1]; articles, assertions and evidence have the properties the README lists. pyshacl is a
test dependency (``pip install -e ".[test]"``); this module imports it only when it validates.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rdflib import Graph

from kg.errors import KgError


def shapes_path() -> Path:
    """Path of the packaged shapes, ``kg/data/shapes.ttl``."""
    return Path(str(resources.files("kg") / "data" / "shapes.ttl"))


@dataclass(frozen=True)
class ShapesReport:
    """Whether the graph conforms, the violation messages (one per result), and pyshacl's text."""

    conforms: bool
    messages: tuple[str, ...]
    text: str


def validate(graph: Graph | str | Path) -> ShapesReport:
    """Validate a graph (an rdflib Graph, or a Turtle file) against :func:`shapes_path`."""
    try:
        import pyshacl
    except ImportError as exc:
        raise KgError("validating needs pyshacl: pip install pyshacl") from exc
    from rdflib import SH

    data = graph if isinstance(graph, Graph) else Graph().parse(str(graph), format="turtle")
    shapes = Graph().parse(shapes_path(), format="turtle")
    conforms, results, text = pyshacl.validate(data, shacl_graph=shapes, advanced=True, allow_warnings=False)
    messages = sorted(str(m) for m in results.objects(None, SH.resultMessage))
    return ShapesReport(bool(conforms), tuple(messages), str(text))
