"""``kg export``: write outputs of :mod:`kg.exporters` from a ``kg build`` output directory.

The graph is read back from ``OUT_DIR/graph.json`` (what ``kg neo4j push`` reads too), so an
optional output (JSON-LD, GraphML, the Oxigraph store) can be added to an existing build without
parsing the articles again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.errors import KgUsageError
from kg.exporters import all_exporters, exporter


def export_cmd(
    out_dir: Annotated[Path, typer.Argument(help="Output directory of `kg build` (holds graph.json).")],
    names: Annotated[
        list[str],
        typer.Argument(
            help="Outputs to write: jsonld, graphml, store, or any output of kg build "
            "(turtle, json, html, neo4j).",
            show_default=False,
        ),
    ],
    to: Annotated[
        Path | None, typer.Option("--to", help="Write into this directory instead of OUT_DIR.")
    ] = None,
) -> None:
    """Write outputs (e.g. jsonld graphml store) of a build from its graph.json."""
    from kg.graph import KnowledgeGraph
    from kg.neo4j_push import read_graph

    known = [e.name for e in all_exporters()]
    for name in names:
        if name not in known:
            raise KgUsageError(f"unknown output {name!r}: choose from {', '.join(known)}")
    graph = KnowledgeGraph(read_graph(out_dir))
    target = out_dir if to is None else to
    target.mkdir(parents=True, exist_ok=True)
    for name in dict.fromkeys(names):
        written = graph.export(name, target / exporter(name).path)
        typer.echo(f"wrote {written}")
