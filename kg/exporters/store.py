"""The Oxigraph store: the graph's triples in an on-disk RocksDB database that ``kg query`` and
``kg serve`` open read-only, so a 100,000-entity graph is queried without parsing Turtle again.

The store holds exactly the triples of graph.ttl: :func:`write_store` streams
:func:`kg.exporters.turtle.generate_turtle` into Oxigraph's bulk loader.

Replaced atomically. A directory cannot be renamed over a non-empty one, so the output path
(``OUT/oxigraph``) is a symbolic link to a hidden sibling directory (``OUT/.oxigraph.<random>``).
A rebuild loads a new sibling, then renames a new link over the old one (an atomic
``rename(2)``) and only then deletes the old directory: a reader, or a run killed half-way, sees
the old store or the new one, never a half-loaded one. A killed run may leave its hidden
directory behind (as :mod:`kg.atomic` may leave a ``.tmp`` file); the next run removes it.
A ``kg serve`` started before the rebuild has the old store open: restart it after a rebuild.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from kg.atomic import OutputError
from kg.exporters.turtle import generate_turtle


class _TextStream(io.RawIOBase):
    """A binary file over an iterator of text pieces (UTF-8), for Oxigraph's streaming parser."""

    def __init__(self, pieces: Iterable[str]) -> None:
        self._pieces: Iterator[str] = iter(pieces)
        self._buffer = b""

    def readable(self) -> bool:
        return True

    def readinto(self, target) -> int:  # type: ignore[override]
        while not self._buffer:
            piece = next(self._pieces, None)
            if piece is None:
                return 0
            self._buffer = "".join([piece, *_take(self._pieces, 255)]).encode("utf-8")
        n = min(len(target), len(self._buffer))
        target[:n] = self._buffer[:n]
        self._buffer = self._buffer[n:]
        return n


def _take(it: Iterator[str], n: int) -> list[str]:
    out = []
    for piece in it:
        out.append(piece)
        if len(out) >= n:
            break
    return out


def load_store(directory: Path, turtle: Iterable[str] | Path) -> None:
    """Bulk-load Turtle (text pieces, or a file) into a new store at ``directory`` and close it."""
    store = ox.Store(str(directory))
    if isinstance(turtle, Path):
        store.bulk_load(path=str(turtle), format=ox.RdfFormat.TURTLE)
    else:
        store.bulk_load(io.BufferedReader(_TextStream(turtle), 1 << 20), format=ox.RdfFormat.TURTLE)
    store.flush()
    del store  # closes the database


def write_store(g: nx.MultiDiGraph, path: Path) -> Path:
    """Write the graph's triples as an Oxigraph store at ``path`` (a link, see the module docstring)."""
    return replace_store(Path(path), generate_turtle(g))


def replace_store(path: Path, turtle: Iterable[str] | Path) -> Path:
    """Load ``turtle`` into a fresh store beside ``path`` and atomically make ``path`` point at it."""
    parent = path.parent
    if os.path.lexists(path) and not path.is_symlink():
        raise OutputError(path, OSError(17, "a file or directory that kg did not write is in the way"))
    try:
        parent.mkdir(parents=True, exist_ok=True)
        _remove_leftovers(path)
        fresh = Path(tempfile.mkdtemp(prefix=f".{path.name}.", dir=parent))
        fresh.chmod(0o755)
    except OSError as exc:
        raise OutputError(path, exc) from exc
    try:
        load_store(fresh, turtle)
        old = _target(path)
        link = parent / f".{path.name}.link.{fresh.name}"
        os.symlink(fresh.name, link)  # relative: the output directory can be moved or copied
        os.replace(link, path)
    except BaseException as exc:
        shutil.rmtree(fresh, ignore_errors=True)
        if isinstance(exc, OSError) and not isinstance(exc, OutputError):
            raise OutputError(path, exc) from exc
        raise
    if old is not None and old != fresh:
        shutil.rmtree(old, ignore_errors=True)
    return path


def _target(link: Path) -> Path | None:
    """The hidden store directory ``link`` points at, if it is one of ours."""
    if not link.is_symlink():
        return None
    target = link.parent / os.readlink(link)
    return target if target.parent == link.parent and target.name.startswith(f".{link.name}.") else None


def _remove_leftovers(path: Path) -> None:
    """Hidden store directories and links of runs that were killed, not the live one."""
    live = _target(path)
    for entry in path.parent.glob(f".{path.name}.*"):
        if live is not None and entry == live:
            continue
        with contextlib.suppress(OSError):
            if entry.is_symlink() or entry.is_file():
                entry.unlink()
            else:
                shutil.rmtree(entry)
