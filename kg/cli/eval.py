"""``kg eval``: score a graph.ttl against gold files with :mod:`kg.evaluate` and print the report."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from kg.evaluate import evaluate, print_report


def eval_cmd(
    graph: Annotated[Path, typer.Argument(help="Turtle file written by kg build, e.g. output/graph.ttl.")],
    gold: Annotated[
        list[Path], typer.Option("--gold", help="Gold JSON file, or a directory of them; repeat for more.")
    ],
    by_rule: Annotated[
        bool, typer.Option("--by-rule", help="Also print relation precision per rule id.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the full report as JSON.")] = False,
) -> None:
    """Score a graph against gold annotations (shared/eval/FORMAT.md)."""
    report = evaluate(graph, gold)
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        print_report(report, Console(), by_rule=by_rule)
