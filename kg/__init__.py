"""kg: Japanese news text → typed knowledge graph.

>>> import kg
>>> result = kg.build(["seeds"])          # doctest: +SKIP
>>> result.graph.number_of_nodes()        # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"

from kg.graph import KnowledgeGraph  # noqa: E402

__all__ = ["KnowledgeGraph", "build", "__version__"]


def build(*args, **kwargs) -> KnowledgeGraph:
    """Build a knowledge graph from texts or paths; see :func:`kg.pipeline.build`."""
    from kg.pipeline import build as _build

    return _build(*args, **kwargs)
