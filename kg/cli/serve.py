"""``kg serve``: a read-only SPARQL endpoint and graph.html over a build, with :mod:`kg.server`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from kg.server import DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT, DEFAULT_WORKERS


def serve_cmd(
    out_dir: Annotated[Path, typer.Argument(help="Output directory of `kg build` (graph.ttl or oxigraph/).")],
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="TCP port (0: any free port).")] = (
        DEFAULT_PORT
    ),
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on; loopback unless you mean to share the graph.")
    ] = DEFAULT_HOST,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0.1, help="Seconds a query may run before it is stopped (503).")
    ] = DEFAULT_TIMEOUT,
    workers: Annotated[
        int, typer.Option("--workers", min=1, help="Queries answered at the same time (one process each).")
    ] = DEFAULT_WORKERS,
    verbose_log: Annotated[bool, typer.Option("--log", help="Log every request.")] = False,
) -> None:
    """Serve OUT_DIR: SPARQL 1.1 Protocol at /sparql (read-only), graph.html at /."""
    from kg.server import Settings, bind, is_loopback, run, serve_graph, url_of

    def note(message: str) -> None:
        sys.stderr.write("kg: " + message + "\n")

    sock = bind(host, port)  # a taken port fails before a big graph is loaded
    try:
        served = serve_graph(out_dir, note)
    except BaseException:
        sock.close()
        raise
    if not is_loopback(host):
        note(f"warning: listening on {host}, not on loopback: whoever can reach it can read the graph")
    url = url_of(sock)
    typer.echo(f"serving {served.out_dir} ({served.triples:,} triples): SPARQL endpoint {url}sparql, "
               f"graph {url} (Ctrl-C to stop)")
    sys.stdout.flush()
    run(served, sock, Settings(timeout=timeout, workers=workers), host, "info" if verbose_log else "warning")
