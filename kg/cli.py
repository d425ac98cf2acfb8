"""The ``kg`` command line: a thin layer over :mod:`kg.pipeline` and the exporters.

Errors print one line, ``kg: error: <what> (<file>:<line>)``, and exit 1 (2 for usage
errors); ``--verbose`` adds the traceback.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from kg.errors import KgError, KgUsageError

app = typer.Typer(
    help="Japanese news text → typed knowledge graph (Turtle, graph.html, Neo4j).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)
out = Console()
STATE = {"verbose": False}


@app.callback()
def _root(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show tracebacks on errors.")] = False,
) -> None:
    STATE["verbose"] = verbose


@app.command()
def build(
    paths: Annotated[list[Path], typer.Argument(help="Files or directories of .txt/.md/.jsonl articles.")],
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Output directory.")] = Path("output"),
    lexicon: Annotated[
        list[Path] | None, typer.Option("--lexicon", help="Extra lexicon YAML file (repeatable).")
    ] = None,
    encoding: Annotated[str | None, typer.Option(help="Input encoding (default: detect).")] = None,
    fmt: Annotated[str | None, typer.Option("--format", help="Input format: text or jsonl.")] = None,
    strict: Annotated[bool, typer.Option(help="Make skipped files and bad JSONL lines fatal.")] = False,
    base_iri: Annotated[str, typer.Option(help="Base IRI for entities and documents.")] = (
        "https://kg.example.org/"
    ),
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    workers: Annotated[
        int, typer.Option("--workers", min=1, help="Parser processes (forked; output is the same).")
    ] = 1,
    cache_dir: Annotated[
        Path | None,
        typer.Option("--cache-dir", help="Parse cache directory (default: $KG_CACHE_DIR or ~/.cache/kg)."),
    ] = None,
    cache: Annotated[bool, typer.Option("--cache/--no-cache", help="Reuse and store parses.")] = True,
) -> None:
    """Build the graph and write graph.ttl, graph.json, graph.html and neo4j/ into --out."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from kg.exporters.turtle import validate_base_iri
    from kg.pipeline import build as run_build
    from kg.read import discover

    base_iri = validate_base_iri(base_iri)
    files = discover(paths, fmt)
    warnings: list[str] = []

    def warn(msg: str) -> None:
        warnings.append(msg)
        sys.stderr.write("kg: warning: " + " ".join(msg.split()) + "\n")

    progress = Progress(
        TextColumn("[bold]parsing"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(), console=err, disable=quiet or not err.is_terminal, transient=True,
    )
    with progress:
        task = progress.add_task("parse", total=len(files), rate="")
        done = {"n": 0}

        def step(_doc: object) -> None:
            done["n"] += 1
            elapsed = progress.tasks[0].elapsed or 1e-9
            progress.update(task, advance=1, rate=f"{done['n'] / elapsed:.1f} docs/s")

        result = run_build(paths, lexicons=lexicon or (), encoding=encoding, fmt=fmt, strict=strict,
                           base_iri=base_iri, warn=warn, progress=step, workers=workers,
                           cache_dir=cache_dir, use_cache=cache)
    if result.stats.get("documents", 0) and not result.graph.number_of_nodes():
        warn("no entities were found in the input")
    written = result.write_all(out_dir)
    if quiet:
        return
    _summary(result, written, warnings)


def _summary(result, written: list[Path], warnings: list[str]) -> None:
    s = result.stats
    t = Table(title="kg build", show_header=False, box=None)
    t.add_row("documents", str(s.get("documents", 0)))
    t.add_row("characters", f"{s.get('characters', 0):,}")
    for etype, n in result.entities_by_type().items():
        if n:
            t.add_row(f"entities: {etype}", str(n))
    for pred, n in result.relations_by_predicate().items():
        if n:
            t.add_row(f"relations: {pred}", str(n))
    t.add_row("warnings", str(len(warnings)))
    t.add_row("seconds", f"{s.get('seconds', 0):.1f}")
    t.add_row("written", ", ".join(str(p) for p in written))
    out.print(t)


def _register_subcommands() -> None:
    from kg.evaluate import eval_cmd
    from kg.neo4j_push import neo4j_app
    from kg.query import query_cmd

    app.command("query", help="Run a SPARQL query over a graph.ttl.")(query_cmd)
    app.command("eval", help="Score a graph.ttl against gold annotations.")(eval_cmd)
    app.add_typer(neo4j_app, name="neo4j", help="Load the graph into Neo4j.")


_register_subcommands()


def _error_line(what: str) -> None:
    """One line on stderr, never wrapped: ``kg: error: <what>``."""
    sys.stderr.write("kg: error: " + " ".join(what.split()) + "\n")


def main() -> None:
    """Entry point: run the Typer app, turning KgError into one line and an exit code."""
    try:
        app(standalone_mode=False)
    except KgError as exc:
        if STATE["verbose"]:
            traceback.print_exc()
        _error_line(str(exc))
        sys.exit(exc.exit_code)
    except (typer.Exit, SystemExit) as exc:
        code = getattr(exc, "exit_code", getattr(exc, "code", 0))
        sys.exit(code or 0)
    except typer.Abort:
        err.print("kg: aborted")
        sys.exit(130)
    except Exception as exc:  # click usage errors and anything unexpected
        import click

        if isinstance(exc, click.exceptions.UsageError):
            _error_line(exc.format_message())
            sys.exit(2)
        if isinstance(exc, click.exceptions.ClickException):
            _error_line(exc.format_message())
            sys.exit(exc.exit_code)
        if STATE["verbose"]:
            traceback.print_exc()
        _error_line(f"{type(exc).__name__}: {exc} (run with --verbose for details)")
        sys.exit(1)


__all__ = ["app", "main", "KgUsageError"]


if __name__ == "__main__":
    main()
