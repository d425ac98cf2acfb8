"""kg: Japanese news text → typed knowledge graph.

>>> import kg
>>> result = kg.build(["seeds"])                       # doctest: +SKIP
>>> result = kg.build(texts=["トヨタ自動車の佐藤恒治社長は会見した。"])  # doctest: +SKIP
>>> result.graph.number_of_nodes()                     # doctest: +SKIP
"""

from __future__ import annotations

from kg._version import __version__
from kg.graph import KnowledgeGraph
from kg.pipeline import build

__all__ = ["KnowledgeGraph", "build", "__version__"]
