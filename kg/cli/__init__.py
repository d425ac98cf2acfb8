"""The ``kg`` command line: a thin Typer layer over the engines, one module per command.

:mod:`kg.cli.build` runs :mod:`kg.pipeline` and the exporters, :mod:`kg.cli.query` runs
:mod:`kg.query`, :mod:`kg.cli.serve` runs :mod:`kg.server`, :mod:`kg.cli.export` runs the
exporters on a finished build, :mod:`kg.cli.eval` runs :mod:`kg.evaluate` and :mod:`kg.cli.neo4j`
runs :mod:`kg.neo4j_push`. Typer lives only in this package; the engines know nothing of it.

Errors print one line, ``kg: error: <what> (<file>:<line>)``, and exit 1 (2 for usage
errors); ``--verbose`` adds the traceback.
"""

from __future__ import annotations

import importlib
import sys
import traceback
from typing import Annotated

import typer
from rich.console import Console

from kg.cli.build import build_cmd
from kg.cli.eval import eval_cmd
from kg.cli.export import export_cmd
from kg.cli.neo4j import neo4j_app
from kg.cli.query import query_cmd
from kg.cli.serve import serve_cmd
from kg.errors import KgError

app = typer.Typer(
    help="Japanese news text → typed knowledge graph (Turtle, graph.html, Neo4j).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)
STATE = {"verbose": False}


@app.callback()
def _root(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show tracebacks on errors.")] = False,
) -> None:
    STATE["verbose"] = verbose


app.command("build")(build_cmd)
app.command("query", help="Run a SPARQL query over a graph (graph.ttl or an Oxigraph store).")(query_cmd)
app.command("serve", help="Serve a build as a read-only SPARQL endpoint and graph.html.")(serve_cmd)
app.command("export", help="Write optional outputs (JSON-LD, GraphML, store) of a build.")(export_cmd)
app.command("eval", help="Score a graph.ttl against gold annotations.")(eval_cmd)
app.add_typer(neo4j_app, name="neo4j", help="Load the graph into Neo4j.")


def _error_line(what: str) -> None:
    """One line on stderr, never wrapped: ``kg: error: <what>``."""
    sys.stderr.write("kg: error: " + " ".join(what.split()) + "\n")


def _click_errors() -> tuple[tuple[type[Exception], ...], tuple[type[Exception], ...]]:
    """(usage errors, all errors) of click and of the copy of click that Typer >= 0.2x vendors.

    Typer now raises its own ``typer._click`` exceptions, which are not click's classes.
    """
    usage: list[type[Exception]] = []
    every: list[type[Exception]] = []
    for name in ("click.exceptions", "typer._click.exceptions"):
        try:
            mod = importlib.import_module(name)
        except ImportError:
            continue
        usage.append(mod.UsageError)
        every.append(mod.ClickException)
    return tuple(usage), tuple(every)


def _hoist_verbose(args: list[str]) -> list[str]:
    """``--verbose`` is a global option; accept it after the subcommand too (``kg build x --verbose``)."""
    end = args.index("--") if "--" in args else len(args)
    if "--verbose" not in args[:end]:
        return args
    return ["--verbose", *(a for i, a in enumerate(args) if i >= end or a != "--verbose")]


def main() -> None:
    """Entry point: run the Typer app, turning KgError into one line and an exit code."""
    args = _hoist_verbose(sys.argv[1:])
    try:
        # Without standalone mode Typer *returns* the code of a typer.Exit, and turns Ctrl-C into
        # a returned 130; both would otherwise end as exit 0.
        code = app(args=args, prog_name="kg", standalone_mode=False)
        if isinstance(code, int) and not isinstance(code, bool) and code:
            if code == 130:
                sys.stderr.write("kg: interrupted\n")
            sys.exit(code)
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
    except KeyboardInterrupt:
        sys.stderr.write("kg: interrupted\n")
        sys.exit(130)
    except Exception as exc:  # click usage errors and anything unexpected
        usage_errors, click_errors = _click_errors()
        if isinstance(exc, usage_errors):
            if type(exc).__name__ == "NoArgsIsHelpError":  # bare ``kg``: Typer has printed the help
                sys.exit(2)
            _error_line(exc.format_message())
            sys.exit(2)
        if isinstance(exc, click_errors):
            _error_line(exc.format_message())
            sys.exit(getattr(exc, "exit_code", 1))
        if STATE["verbose"]:
            traceback.print_exc()
        _error_line(f"{type(exc).__name__}: {exc} (run with --verbose for details)")
        sys.exit(1)


__all__ = ["app", "main"]
