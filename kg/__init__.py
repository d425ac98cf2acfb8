"""kg: Japanese news text → typed knowledge graph.

>>> import kg
>>> result = kg.build(["seeds"])          # doctest: +SKIP
>>> result.graph.number_of_nodes()        # doctest: +SKIP
"""

from __future__ import annotations

from kg._version import __version__
from kg.graph import KnowledgeGraph

__all__ = ["KnowledgeGraph", "build", "__version__"]


def build(*args, **kwargs) -> KnowledgeGraph:
    """Build a knowledge graph from texts or paths; see :func:`kg.pipeline.build`."""
    from kg.pipeline import build as _build

    return _build(*args, **kwargs)
