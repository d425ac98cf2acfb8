"""``kg build``: read, parse and extract with :mod:`kg.pipeline`, then write every output.

The outputs are those registered in :mod:`kg.exporters`; ``--out`` is checked for them before
the (long) build starts.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.filesize import decimal
from rich.table import Table

from kg.errors import KgError, KgUsageError
from kg.exporters import Exporter, exporters, optional_exporters
from kg.parse import DEFAULT_PROFILE, PROFILES
from kg.vocab import DEFAULT_BASE_IRI

err = Console(stderr=True)
out = Console()


def build_cmd(
    # readable=False: kg's reader reports unreadable files itself (a warning, fatal with --strict).
    paths: Annotated[
        list[Path],
        typer.Argument(help="Files or directories of .txt/.md/.html/.jsonl articles; - reads standard input.",
                       readable=False),
    ],
    out_dir: Annotated[
        Path, typer.Option("--out", "-o", help="Output directory.", readable=False)
    ] = Path("output"),
    lexicon: Annotated[
        list[Path] | None, typer.Option("--lexicon", help="Extra lexicon YAML file (repeatable).")
    ] = None,
    without_lexicon: Annotated[
        list[str] | None,
        typer.Option(
            "--without-lexicon",
            metavar="TYPES",
            help="Switch off the packaged lexicons of these entity types (comma-separated, e.g. "
            "Company,Person): such entities are then found by their form and context only.",
        ),
    ] = None,
    encoding: Annotated[str | None, typer.Option(help="Input encoding (default: detect).")] = None,
    fmt: Annotated[str | None, typer.Option("--format", help="Input format: text or jsonl.")] = None,
    strict: Annotated[bool, typer.Option(help="Make skipped files and bad JSONL lines fatal.")] = False,
    base_iri: Annotated[str, typer.Option(help="Base IRI for entities and documents.")] = DEFAULT_BASE_IRI,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    workers: Annotated[
        int, typer.Option("--workers", min=1, help="Parser processes (forked; output is the same).")
    ] = 1,
    cache_dir: Annotated[
        Path | None,
        typer.Option("--cache-dir", help="Cache directory (default: $KG_CACHE_DIR, else the user cache "
                     "directory: $XDG_CACHE_HOME/kg or ~/.cache/kg on Linux; see kg cache info)."),
    ] = None,
    cache: Annotated[bool, typer.Option("--cache/--no-cache", help="Reuse and store parses.")] = True,
    dates: Annotated[
        Path | None,
        typer.Option(
            "--dates", readable=False,
            help="CSV of id,date rows: article dates (ISO 8601), overriding the articles' own.",
        ),
    ] = None,
    with_outputs: Annotated[
        list[str] | None,
        typer.Option(
            "--with",
            help="Also write an optional output: jsonld (graph.jsonld), graphml (graph.graphml) or "
            "store (the Oxigraph store oxigraph/); repeatable or comma-separated.",
        ),
    ] = None,
    profile: Annotated[
        str, typer.Option("--profile", help="Parser profile: " + "; ".join(
            f"{p.name} ({p.summary})" for p in PROFILES.values()) + ".")
    ] = DEFAULT_PROFILE.name,
    dask: Annotated[
        str | None,
        typer.Option("--dask", metavar="tcp://HOST:PORT|local:N",
                     help="Read, parse and find mentions on a Dask cluster (pip install 'kg\\[dask]')."),
    ] = None,
) -> None:
    """Build the graph and write graph.ttl, graph.json, graph.html and neo4j/ into --out."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from kg.exporters.turtle import validate_base_iri
    from kg.lexicon import without_types
    from kg.parse import profile_named
    from kg.pipeline import build as run_build
    from kg.read import discover, is_stdin

    base_iri = validate_base_iri(base_iri)
    without = without_types(without_lexicon or ())
    extra = optional_outputs(with_outputs)
    profile_named(profile)  # an unknown name stops here, before anything is read
    if dask is not None:
        from kg.pipeline import check_dask

        check_dask(dask, workers)
    # Only counted here (for the progress bar); the pipeline discovers again and reports skips once.
    files = discover(paths, fmt, warn=lambda _msg: None)
    if any(is_stdin(p) for p in paths) and sys.stdin.isatty() and not quiet:
        err.print("kg: reading articles from standard input (end with Ctrl-D)")
    _check_out_dir(out_dir, extra)
    warnings: list[str] = []

    def warn(msg: str) -> None:
        warnings.append(msg)
        sys.stderr.write("kg: warning: " + " ".join(msg.split()) + "\n")

    shown = not quiet and err.is_terminal
    what = "parsing" if dask is None else "parsing on the cluster"
    progress = Progress(
        TextColumn(f"[bold]{what}"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(), console=err, disable=not shown, transient=True,
    )
    # Not even entered when hidden: rich before 15 writes a blank line when a disabled one stops.
    with progress if shown else contextlib.nullcontext():
        task = progress.add_task("parse", total=_count_documents(files, fmt), rate="")
        done = {"n": 0}

        def advance(n: int) -> None:
            done["n"] += n
            elapsed = progress.tasks[0].elapsed or 1e-9
            progress.update(task, advance=n, rate=f"{done['n'] / elapsed:.1f} docs/s")

        # Locally the bar moves with each document resolved; on a cluster, with each batch a worker
        # finishes (the futures), so it shows the cluster's progress, not the client's.
        result = run_build(paths, lexicons=lexicon or (), without_lexicon=without, encoding=encoding,
                           fmt=fmt, strict=strict, base_iri=base_iri, warn=warn, workers=workers,
                           cache_dir=cache_dir, use_cache=cache, dates=dates, profile=profile, dask=dask,
                           progress=(lambda _doc: advance(1)) if dask is None else None,
                           on_batch=advance if dask is not None else None)
    if not result.stats.get("documents", 0):
        # Writing empty graphs would replace a good output/ with nothing: stop instead.
        raise KgError(f"no document could be read from {len(files)} input file(s): see the warnings above")
    _warn_empty(result, warn)
    written = _write_outputs(result, out_dir, extra)
    if quiet:
        return
    _summary(result, written, warnings)


def optional_outputs(names: list[str] | None) -> tuple[str, ...]:
    """The optional outputs named by ``--with`` (repeatable, comma-separated); a usage error for
    a name that is not one."""
    wanted = [n.strip() for item in names or () for n in item.split(",") if n.strip()]
    known = {e.name for e in optional_exporters()}
    for name in wanted:
        if name not in known:
            raise KgUsageError(f"unknown output {name!r} for --with: choose from {', '.join(sorted(known))}")
    return tuple(dict.fromkeys(wanted))


def _write_outputs(result, out_dir: Path, extra: tuple[str, ...] = ()) -> list[Path]:
    """Write every output registered in :mod:`kg.exporters`; an OS error becomes one KgError line."""
    try:
        return result.write_all(out_dir, extra)
    except OSError as exc:  # an OutputError already names its file; anything else gets one line too
        if isinstance(exc, KgError):
            raise
        raise KgError(f"cannot write output: {exc.strerror or exc}", exc.filename or str(out_dir)) from exc


#: At most this many "no entities found" warnings name their document; the rest are counted.
MAX_EMPTY_DOC_WARNINGS = 20


def _check_out_dir(out_dir: Path, extra: tuple[str, ...] = ()) -> None:
    """Fail before the (long) build, not after it, when --out cannot be written; create nothing.

    The nearest existing directory on the way to ``out_dir`` must accept a file (probed with a
    temp file that is removed at once), and no output name of :mod:`kg.exporters` may be taken by
    a directory (nor the name of a directory output by a file).
    """
    existing = out_dir
    while not os.path.lexists(existing) and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        what = "--out is not a directory" if existing == out_dir else f"{existing} is not a directory"
        raise KgError(f"cannot write output: {what}", str(out_dir))
    if existing == out_dir:
        blocked = [path for e in exporters(extra) for path in _in_the_way(e, out_dir)]
        if blocked:
            raise KgError("cannot write output: a directory or file is in the way", str(blocked[0]))
    try:
        fd, probe = tempfile.mkstemp(prefix=".kg-write-test.", dir=existing)
    except OSError as exc:
        raise KgError(f"cannot write output: {exc.strerror or exc}", str(out_dir)) from None
    os.close(fd)
    os.unlink(probe)


def _in_the_way(exporter: Exporter, out_dir: Path) -> list[Path]:
    """The paths that stop ``exporter`` from writing into ``out_dir``: directories where its files
    go, or, for a directory output, a file of that name."""
    target = out_dir / exporter.path
    if exporter.link:
        return [target] if os.path.lexists(target) and not target.is_symlink() else []
    if not exporter.files:
        return [target] if target.is_dir() else []
    if os.path.lexists(target) and not target.is_dir():
        return [target]
    return [target / name for name in exporter.files if (target / name).is_dir()]


def _warn_empty(result, warn) -> None:
    """Name the documents nothing was found in, and say when the outputs are empty."""
    g = result.graph
    docs = g.graph.get("documents", [])
    found: set[str] = set()
    for _, data in g.nodes(data=True):
        found.update(data.get("docs", ()))
    silent = [d for d in docs if d.get("chars") and d["id"] not in found]
    for d in silent[:MAX_EMPTY_DOC_WARNINGS]:
        path = str(d.get("path") or d["id"])
        where = path if path == d["id"] or path.endswith("/" + d["id"]) else f"{path}: article {d['id']!r}"
        warn(f"{where}: no entities found")
    if len(silent) > MAX_EMPTY_DOC_WARNINGS:
        warn(f"no entities found in {len(silent) - MAX_EMPTY_DOC_WARNINGS} more documents")
    if not g.number_of_nodes() and not silent:
        warn("no entities were found in the input: the outputs are empty")


def _count_documents(files: list, fmt: str | None) -> int | None:
    """Documents to expect: one per text file, one per non-empty line of a JSONL file (None when
    JSONL comes on standard input, which can be read only once)."""
    from kg.read import is_stdin

    total = 0
    for item in files:
        path = Path(item[0] if isinstance(item, tuple) else item)
        if is_stdin(path):
            if fmt == "jsonl":
                return None
            total += 1
        elif fmt == "jsonl" or path.suffix.lower() == ".jsonl":
            try:
                with path.open("rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


def _summary(result, written: list[Path], warnings: list[str]) -> None:
    s = result.stats
    t = Table(title="kg build", show_header=False, box=None)
    t.add_row("documents", str(s.get("documents", 0)))
    docs = result.graph.graph.get("documents", [])
    t.add_row("documents with a date", str(sum(1 for d in docs if d.get("date"))))
    t.add_row("characters", f"{s.get('characters', 0):,}")
    for etype, n in result.entities_by_type().items():
        if n:
            t.add_row(f"entities: {etype}", str(n))
    for pred, n in result.relations_by_predicate().items():
        if n:
            t.add_row(f"relations: {pred}", str(n))
    pruned = s.get("cache_pruned")
    if pruned is not None:
        freed, limit = decimal(pruned.freed), decimal(pruned.max_bytes)
        t.add_row("cache pruned", f"{pruned.entries:,} oldest entries ({freed}), under {limit}")
    t.add_row("warnings", str(len(warnings)))
    t.add_row("seconds", f"{s.get('seconds', 0):.1f}")
    t.add_row("written", ", ".join(str(p) for p in written))
    out.print(t)


