"""``kg query``: run SPARQL over a graph.ttl with :mod:`kg.query` and print a table, CSV or JSON."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from kg.errors import KgUsageError
from kg.query import run_query, to_csv, to_json, to_table


class OutputFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


def query_cmd(
    graph: Annotated[Path, typer.Argument(help="Turtle file written by kg build, e.g. output/graph.ttl.")],
    sparql: Annotated[
        str | None,
        typer.Argument(help="SPARQL query (- reads it from standard input); kg:, schema:, rdfs:, skos:, "
                            "rdf:, xsd: are predeclared."),
    ] = None,
    file: Annotated[
        Path | None,
        typer.Option("--file", "-f", help="Read the query from a .rq file (- is standard input)."),
    ] = None,
    format: Annotated[OutputFormat, typer.Option("--format", help="Output format.")] = OutputFormat.table,
) -> None:
    """Run a SPARQL query over a graph.ttl and print the answer."""
    if sparql is not None and file is not None:
        raise KgUsageError("give a SPARQL query or --file FILE, not both")
    if sparql == "-" or (file is not None and str(file) == "-"):
        sparql, file = sys.stdin.read(), None
    if file is not None:
        if not Path(file).is_file():
            raise KgUsageError("query file not found", str(file))
        sparql = Path(file).read_text(encoding="utf-8")
    if sparql is None:
        raise KgUsageError("missing SPARQL query: give it as an argument or with --file FILE")
    res = run_query(Path(graph), sparql)
    if format is OutputFormat.csv:
        sys.stdout.write(to_csv(res))
    elif format is OutputFormat.json:
        sys.stdout.write(to_json(res))
    else:
        Console().print(to_table(res))
