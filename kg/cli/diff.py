"""``kg diff OLD_OUT NEW_OUT``: entities and relations added and removed between two builds, and
relations whose evidence count or dates changed (:mod:`kg.diff`); tables, or JSON with ``--json``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:
    from kg.diff import GraphDiff

#: Tables are not wrapped at 80 columns when the output goes to a file or a pipe.
out = Console(width=None if sys.stdout.isatty() else 200)

TITLES = {
    "entities_added": "entities added",
    "entities_removed": "entities removed",
    "relations_added": "relations added",
    "relations_removed": "relations removed",
    "relations_changed": "relations changed (evidence count or dates)",
}


def diff_cmd(
    old: Annotated[
        Path, typer.Argument(help="The earlier build: a `kg build` output directory (or its graph.json).")
    ],
    new: Annotated[Path, typer.Argument(help="The later build.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
    exit_code: Annotated[
        bool,
        typer.Option("--exit-code", help="Exit with 1 when the builds differ (as `git diff --exit-code`)."),
    ] = False,
) -> None:
    """Show what changed between two builds: entities and relations added and removed (by stable id),
    and relations whose number of evidence sentences or first/last seen dates changed."""
    from kg.diff import diff_graphs, read_build  # NetworkX: only when diffing

    result = diff_graphs(read_build(old), read_build(new))
    if as_json:
        typer.echo(json.dumps(result.as_json(), ensure_ascii=False, indent=1, sort_keys=True))
    else:
        _print_tables(result)
    if exit_code and result:
        raise typer.Exit(1)


def _summary(result: GraphDiff) -> str:
    c = result.counts()
    return (
        f"entities: {c['entities_added']} added, {c['entities_removed']} removed; "
        f"relations: {c['relations_added']} added, {c['relations_removed']} removed, "
        f"{c['relations_changed']} changed"
    )


def _seen(first: str | None, last: str | None) -> str:
    if not first:
        return "—"
    return first if first == last else f"{first}/{last}"  # an ISO 8601 interval


def _changed(old: str, new: str) -> str:
    return new if old == new else f"{old} → {new}"


def _count(n: int | None) -> str:
    return "—" if n is None else str(n)


def _print_tables(result: GraphDiff) -> None:
    if not result:
        out.print("no differences")
        return
    typer.echo(_summary(result))
    for name, title in TITLES.items():
        items = getattr(result, name)
        if not items:
            continue
        if name.startswith("entities"):
            table = Table(title=f"{title} ({len(items)})", title_justify="left")
            for column in ("type", "name", "seen", "articles", "id"):
                table.add_column(column)
            for e in items:
                table.add_row(e.type, e.name, _seen(e.first_seen, e.last_seen), _count(e.articles), e.id)
        else:
            table = Table(title=f"{title} ({len(items)})", title_justify="left")
            for column in ("subject", "predicate", "object", "evidence", "seen"):
                table.add_column(column)
            for r in items:
                old_seen, new_seen = (
                    _seen(r.old_first_seen, r.old_last_seen),
                    _seen(r.new_first_seen, r.new_last_seen),
                )
                if name == "relations_added":
                    evidence, seen = _count(r.new_evidence), new_seen
                elif name == "relations_removed":
                    evidence, seen = _count(r.old_evidence), old_seen
                else:
                    evidence = _changed(_count(r.old_evidence), _count(r.new_evidence))
                    seen = _changed(old_seen, new_seen)
                table.add_row(r.subject_name, r.predicate, r.object_name, evidence, seen)
        out.print(table)
