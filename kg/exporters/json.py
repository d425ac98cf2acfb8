"""graph.json: NetworkX node-link JSON of the graph, read back by ``kg neo4j push``."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from kg.atomic import write_text


def generate_json(g: nx.MultiDiGraph) -> str:
    """The text of graph.json: node-link data with sorted keys, so the same graph gives the same bytes."""
    data = nx.node_link_data(g, edges="links")
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write_json(g: nx.MultiDiGraph, path: Path) -> Path:
    """Write :func:`generate_json` to ``path`` atomically and return the path."""
    return write_text(path, generate_json(g))


def read_json(path: Path) -> nx.MultiDiGraph:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="links")
