"""``kg query``: run SPARQL over a graph with :mod:`kg.query` (Oxigraph) and print the answer."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Annotated

import pyoxigraph as ox
import typer
from rich.console import Console

from kg.errors import KgUsageError
from kg.query import ResultFormat, collect, execute, prepare_store, to_table, write_results

#: The old name of the format choices.
OutputFormat = ResultFormat


def query_cmd(
    graph: Annotated[
        Path,
        typer.Argument(
            help="graph.ttl, an Oxigraph store directory, or a kg build output directory (its store, "
            "else its graph.ttl)."
        ),
    ],
    sparql: Annotated[
        str | None,
        typer.Argument(help="SPARQL query (- reads it from standard input); kg:, schema:, rdfs:, skos:, "
                            "rdf:, xsd: are predeclared."),
    ] = None,
    file: Annotated[
        Path | None,
        typer.Option("--file", "-f", help="Read the query from a .rq file (- is standard input)."),
    ] = None,
    format: Annotated[
        ResultFormat,
        typer.Option(
            "--format",
            help="table, or json/csv/tsv (W3C SPARQL results) for SELECT and ASK; CONSTRUCT and "
            "DESCRIBE print Turtle.",
        ),
    ] = ResultFormat.table,
) -> None:
    """Run a SPARQL query over a graph and print the answer."""
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
    results = execute(prepare_store(Path(graph), sparql, _note), sparql)
    if format is ResultFormat.table and not isinstance(results, ox.QueryTriples):
        Console().print(to_table(collect(results)))
    else:
        _write_bytes(lambda out: write_results(results, format, out))


def _write_bytes(write) -> None:
    """Stream bytes to stdout (or, when stdout has no binary buffer, as in tests, write the text)."""
    out = getattr(sys.stdout, "buffer", None)
    if out is None:
        buf = io.BytesIO()
        write(buf)
        sys.stdout.write(buf.getvalue().decode("utf-8"))
        return
    sys.stdout.flush()
    write(out)
    out.flush()


def _note(message: str) -> None:
    sys.stderr.write("kg: warning: " + message + "\n")
