"""The ``kg`` command line: a thin Typer layer over the engines, one module per command.

:mod:`kg.cli.build` runs :mod:`kg.pipeline` and the exporters, :mod:`kg.cli.query` runs
:mod:`kg.query`, :mod:`kg.cli.serve` runs :mod:`kg.server`, :mod:`kg.cli.export` runs the
exporters on a finished build, :mod:`kg.cli.eval` runs :mod:`kg.evaluate`, :mod:`kg.cli.diff`
runs :mod:`kg.diff`, :mod:`kg.cli.neo4j` runs :mod:`kg.neo4j_push` and :mod:`kg.cli.cache` runs
:mod:`kg.cachedir`. Typer lives only in this package; the engines know nothing of it.

Errors print one line, ``kg: error: <what> (<file>:<line>)``, and exit 1 (2 for usage
errors); ``--verbose`` adds the traceback.
"""

from __future__ import annotations

import os
import sys
import traceback
from typing import Annotated

import typer
from rich.console import Console

from kg._version import __version__
from kg.cli.build import build_cmd
from kg.cli.cache import cache_app
from kg.cli.diff import diff_cmd
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


def _print_version(value: bool) -> None:
    if value:
        sys.stdout.write(f"kg {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show tracebacks on errors.")] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_print_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    STATE["verbose"] = verbose


app.command("build")(build_cmd)
app.command("query", help="Run a SPARQL query over a graph (graph.ttl or an Oxigraph store).")(query_cmd)
app.command("serve", help="Serve a build as a read-only SPARQL endpoint and graph.html.")(serve_cmd)
app.command("export", help="Write optional outputs (JSON-LD, GraphML, store) of a build.")(export_cmd)
app.command("eval", help="Score a graph.ttl against gold annotations.")(eval_cmd)
app.command("diff", help="Show what changed between two builds.")(diff_cmd)
app.add_typer(neo4j_app, name="neo4j", help="Load the graph into Neo4j.")
app.add_typer(cache_app, name="cache", help="Show or prune the parse and analysis cache.")


def _error_line(what: str) -> None:
    """One line on stderr, never wrapped: ``kg: error: <what>``."""
    sys.stderr.write("kg: error: " + " ".join(what.split()) + "\n")


def _click_errors() -> tuple[type[Exception], type[Exception]]:
    """(usage error, any error) classes of the click that Typer raises.

    Typer 0.12-0.1x raises click's own exceptions, later versions those of a copy of click they
    vendor; both are found through the base classes of the public ``typer.BadParameter``, so no
    private module of either is imported.
    """
    found = {cls.__name__: cls for cls in typer.BadParameter.__mro__}
    return found["UsageError"], found["ClickException"]


def _hoist_verbose(args: list[str]) -> list[str]:
    """``--verbose`` is a global option; accept it after the subcommand too (``kg build x --verbose``)."""
    end = args.index("--") if "--" in args else len(args)
    if "--verbose" not in args[:end]:
        return args
    return ["--verbose", *(a for i, a in enumerate(args) if i >= end or a != "--verbose")]


#: Exit status after the reader of standard output went away (``kg query … | head -1``): 1, as
#: click ends a command whose output pipe closes while it writes (SIGPIPE stays ignored, as
#: Python sets it, so a dropped Neo4j connection is an error and not a silent death).
EXIT_CLOSED_PIPE = 1


def _closed_pipe() -> None:
    """Stop quietly when standard output is a closed pipe, whether the write that found it was
    the command's or the final flush (Python's documented recipe: point stdout at /dev/null so
    the flush at exit cannot fail again)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    sys.exit(EXIT_CLOSED_PIPE)


def main() -> None:
    """Entry point: run the Typer app, turning KgError into one line and an exit code."""
    args = _hoist_verbose(sys.argv[1:])
    try:
        # Without standalone mode Typer *returns* the code of a typer.Exit, and turns Ctrl-C into
        # a returned 130; both would otherwise end as exit 0.
        code = app(args=args, prog_name="kg", standalone_mode=False)
        sys.stdout.flush()  # a reader that has gone away shows here, not at interpreter exit
        if isinstance(code, int) and not isinstance(code, bool) and code:
            if code == 130:
                sys.stderr.write("kg: interrupted\n")
            sys.exit(code)
    except BrokenPipeError:
        _closed_pipe()
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
        usage_error, click_error = _click_errors()
        if isinstance(exc, usage_error):
            if type(exc).__name__ == "NoArgsIsHelpError":  # bare ``kg``: Typer has printed the help
                sys.exit(2)
            _error_line(exc.format_message())
            sys.exit(2)
        if isinstance(exc, click_error):
            _error_line(exc.format_message())
            sys.exit(getattr(exc, "exit_code", 1))
        if STATE["verbose"]:
            traceback.print_exc()
        _error_line(f"{type(exc).__name__}: {exc} (run with --verbose for details)")
        sys.exit(1)


__all__ = ["app", "main"]
