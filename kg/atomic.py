"""Atomic file writes: every output goes to a temp file in the same directory, then is renamed.

A run killed half-way therefore leaves the previous file intact: the final name only ever
points at a complete file, the old one or the new one. A killed run may leave its hidden
``.<name>.<random>.tmp`` behind, never a partial file under the final name.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from kg.errors import KgError


class OutputError(KgError, OSError):
    """An output file could not be written.

    A :class:`KgError`, so the CLI prints one line naming the file, and still an ``OSError``, so
    API callers that catch OSError keep working.
    """

    def __init__(self, path: str | Path, exc: OSError) -> None:
        super().__init__(f"cannot write output file: {exc.strerror or exc}", str(path))
        self.errno = exc.errno


def _fsync_dir(directory: Path) -> None:
    """Make the rename itself durable (not needed against SIGKILL, but against power loss)."""
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def atomic_open(path: str | Path, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO]:
    """Open a temp file beside ``path``; on success fsync and rename it over ``path``.

    OS errors while creating, writing or renaming the file become :class:`OutputError` naming
    ``path`` (not the temp file); other exceptions from the caller's block pass unchanged.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(path, exc) from exc
    binary = "b" in mode
    try:
        with os.fdopen(fd, mode, encoding=None if binary else encoding, newline=None if binary else "") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError) and not isinstance(exc, KgError) and exc.filename in (None, tmp):
            raise OutputError(path, exc) from exc
        raise
    _fsync_dir(path.parent)


def write_text(path: str | Path, text: str) -> Path:
    """Write ``text`` as UTF-8 atomically and return the path."""
    with atomic_open(path) as fh:
        fh.write(text)
    return Path(path)


def write_lines(path: str | Path, lines: Iterable[str], batch: int = 2000) -> Path:
    """Write the pieces of text ``lines`` yields, in order, as UTF-8 atomically; return the path.

    They are joined ``batch`` at a time: few large writes, and never the whole text in memory.
    """
    with atomic_open(path) as fh:
        buf: list[str] = []
        for line in lines:
            buf.append(line)
            if len(buf) >= batch:
                fh.write("".join(buf))
                buf.clear()
        fh.write("".join(buf))
    return Path(path)


def write_bytes(path: str | Path, data: bytes) -> Path:
    with atomic_open(path, "wb") as fh:
        fh.write(data)
    return Path(path)
