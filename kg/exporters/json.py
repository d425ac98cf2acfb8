"""graph.json: NetworkX node-link JSON of the graph, read back by ``kg neo4j push`` and ``kg diff``."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx

from kg.atomic import write_text
from kg.errors import KgError


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


def read_graph(out_dir: Path) -> nx.MultiDiGraph:
    """Read ``OUT_DIR/graph.json`` (NetworkX node-link JSON written by ``kg build``)."""
    path = Path(out_dir) / "graph.json"
    if not Path(out_dir).is_dir():
        raise KgError("not a directory: give the output directory of `kg build`", str(out_dir))
    if not path.is_file():
        raise KgError("no graph.json here: run `kg build` first", str(path))
    try:
        return read_json(path)
    except (ValueError, KeyError, TypeError) as exc:
        raise KgError(f"graph.json is not a kg graph: {_one_line(exc)}", str(path)) from None


def _one_line(text: object) -> str:
    return re.sub(r"\s+", " ", str(text)).strip()
