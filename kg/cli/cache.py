"""``kg cache info`` and ``kg cache prune``: see and trim the cache directory (:mod:`kg.cachedir`)."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.filesize import decimal

from kg.cache import environment_key
from kg.cachedir import DEFAULT_MAX_BYTES, MAX_SIZE_ENV, default_cache_dir, parse_size, prune, usage
from kg.errors import KgUsageError

cache_app = typer.Typer(no_args_is_help=True, add_completion=False)

CacheDir = Annotated[
    Path | None,
    typer.Option("--cache-dir", help="Cache directory (default: $KG_CACHE_DIR, else the user cache dir)."),
]


def _day(ts: float | None) -> str:
    return "" if ts is None else time.strftime("%Y-%m-%d %H:%M", time.localtime(ts))


@cache_app.command("info")
def info_cmd(
    cache_dir: CacheDir = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Where the cache is, how big, and what it holds by kind and kg/parser environment."""
    directory = cache_dir or default_cache_dir()
    found = usage(directory, environment_key())
    if as_json:
        record = {
            "directory": str(directory), "size": found.size, "entries": found.entries,
            "stale_temporary_files": found.stale_files,
            "areas": [
                {"kind": a.kind, "environment": a.environment, "current": a.current, "entries": a.entries,
                 "size": a.size, "oldest": a.oldest, "newest": a.newest}
                for a in found.areas
            ],
        }
        sys.stdout.write(json.dumps(record, indent=2) + "\n")
        return
    lines = [f"cache directory  {directory}{'' if directory.exists() else ' (does not exist yet)'}",
             f"total            {decimal(found.size)} in {found.entries:,} entries"]
    for a in found.areas:
        version = "this kg/parser version" if a.current else "another kg/parser version"
        lines.append(f"{a.kind:<9} {a.environment} ({version}): {a.entries:,} entries, {decimal(a.size)}, "
                     f"last used {_day(a.oldest)} to {_day(a.newest)}")
    if found.stale_files:
        stale = decimal(found.stale_size)
        lines.append(f"{found.stale_files} temporary files left by interrupted writes ({stale})")
    sys.stdout.write("\n".join(lines) + "\n")


@cache_app.command("prune")
def prune_cmd(
    cache_dir: CacheDir = None,
    max_size: Annotated[
        str | None,
        typer.Option("--max-size", help=f"Keep at most this much, e.g. 500M or 2G (default: ${MAX_SIZE_ENV}, "
                                        f"else {decimal(DEFAULT_MAX_BYTES)})."),
    ] = None,
    everything: Annotated[bool, typer.Option("--all", help="Remove every entry.")] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Say what would go; remove nothing.")] = False,
) -> None:
    """Remove cache entries, oldest first, until the cache fits the size limit.

    Entries of other kg or parser versions (which this installation cannot use) go before the
    current version's; temporary files left by interrupted writes always go.
    """
    from kg.cachedir import max_bytes_from_env

    if everything and max_size is not None:
        raise KgUsageError("give --max-size or --all, not both")
    source = "--max-size" if max_size is not None else MAX_SIZE_ENV
    try:
        limit = 0 if everything else parse_size(max_size) if max_size is not None else max_bytes_from_env()
    except ValueError as exc:
        raise KgUsageError(f"{source}: {exc}") from None
    directory = cache_dir or default_cache_dir()
    result = prune(directory, limit, environment_key(), dry_run=dry_run)
    verb = "would remove" if dry_run else "removed"
    if not (result.entries or result.stale_files):
        print(f"nothing to prune: {decimal(result.before)} in {directory} (limit {decimal(limit)})")
        return
    parts = []
    if result.other_environments:
        parts.append(f"{result.other_environments:,} entries of other kg/parser versions")
    if result.oldest_current:
        parts.append(f"{result.oldest_current:,} least recently used entries of this version")
    if result.stale_files:
        parts.append(f"{result.stale_files} temporary files of interrupted writes")
    print(f"{verb} {', '.join(parts)}: {decimal(result.freed)} freed, "
          f"{decimal(result.after)} left in {directory} (limit {decimal(limit)})")
