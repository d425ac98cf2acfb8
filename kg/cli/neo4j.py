"""``kg neo4j push``: load a ``kg build`` output directory into Neo4j with :mod:`kg.neo4j_push`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.errors import KgUsageError
from kg.neo4j_push import DEFAULT_BATCH, DEFAULT_URI, DEFAULT_USER, push_graph, read_graph

neo4j_app = typer.Typer(
    help="Load a built knowledge graph into Neo4j (see also OUT/neo4j/ for cypher-shell and CSV import).",
    no_args_is_help=True,
)


@neo4j_app.callback()
def _neo4j_group() -> None:
    """Load a built knowledge graph into Neo4j."""


@neo4j_app.command("push")
def push_command(
    out_dir: Annotated[Path, typer.Argument(help="Output directory of `kg build` (holds graph.json).")],
    uri: Annotated[str, typer.Option("--uri", envvar="NEO4J_URI", help="Bolt or neo4j URI.")] = DEFAULT_URI,
    user: Annotated[str, typer.Option("--user", envvar="NEO4J_USERNAME", help="User name.")] = DEFAULT_USER,
    password: Annotated[
        str | None,
        typer.Option("--password", envvar="NEO4J_PASSWORD", show_default=False, help="Password."),
    ] = None,
    database: Annotated[
        str | None,
        typer.Option("--database", envvar="NEO4J_DATABASE", help="Database (default: the server's default)."),
    ] = None,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Rows per transaction.")
    ] = DEFAULT_BATCH,
    sync: Annotated[
        bool,
        typer.Option(
            "--sync",
            help="Then delete the nodes and relationships an earlier kg push made that this build no "
            "longer has (never your own).",
        ),
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Push OUT_DIR/graph.json into Neo4j: constraints, then batched MERGEs; safe to run twice.

    With --sync the database then mirrors the build: what kg pushed before and this build no
    longer has is deleted in batches; nodes and relationships kg did not make are left alone.
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    if password is None:
        raise KgUsageError("no Neo4j password: pass --password or set NEO4J_PASSWORD")
    g = read_graph(out_dir)
    progress = Progress(
        TextColumn("pushing to Neo4j"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        disable=quiet,
    )
    task = progress.add_task("push", total=None)
    started: list[bool] = []

    def report(done: int, total: int) -> None:
        # first called once connected, logged in and the database exists: no bar before an error
        if not started:
            progress.start()
            started.append(True)
        progress.update(task, completed=done, total=total)

    def syncing() -> None:
        progress.update(task, description="sync")
        if started:
            progress.stop()
            started.clear()
        if not quiet:
            typer.echo("deleting what this build no longer has…", err=True)

    try:
        result = push_graph(g, uri, user, password, database, batch_size=batch_size, on_progress=report,
                            sync=sync, on_sync=syncing)
    finally:
        if started:
            progress.stop()
    typer.echo(
        f"pushed {result.entities} entities, {result.documents} documents, "
        f"{result.relationships} relationships and {result.mentions} MENTIONS to {uri}"
        f" (database {database or 'default'}; created {result.nodes_created} nodes,"
        f" {result.relationships_created} relationships)"
    )
    if result.sync is not None:
        s = result.sync
        kept = (f"; kept {s.nodes_kept} nodes kg no longer has because relationships kg did not make use them"
                if s.nodes_kept else "")
        typer.echo(f"sync: deleted {s.nodes_deleted} nodes and {s.relationships_deleted} relationships"
                   f" that an earlier push made and this build no longer has{kept}")
