"""kg: Japanese news text → typed knowledge graph.

>>> import kg
>>> result = kg.build(["seeds"])                       # doctest: +SKIP
>>> result = kg.build(texts=["トヨタ自動車の佐藤恒治社長は会見した。"])  # doctest: +SKIP
>>> result.graph.number_of_nodes()                     # doctest: +SKIP

``build`` and ``KnowledgeGraph`` are imported on first use (PEP 562), so that ``import kg``
and commands that never build (``kg query``, ``kg serve``) do not pay for the pipeline's
imports (spaCy, NetworkX, rdflib: about a second).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg._version import __version__

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph
    from kg.pipeline import build

__all__ = ["KnowledgeGraph", "build", "__version__"]


def __getattr__(name: str) -> Any:
    if name == "build":
        from kg.pipeline import build

        return build
    if name == "KnowledgeGraph":
        from kg.graph import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), "KnowledgeGraph", "build"])
