"""Atomic writes: of one file (temp file, then rename), and of a whole set of output files.

A file goes to a temp file in its directory, then is renamed over its final name: a run killed
half-way leaves the previous file intact, never a partial one.  A killed run may leave its hidden
``.<name>.<random>.tmp`` behind; :func:`output_set` removes such leftovers.

The files of one ``kg build`` belong together (the Turtle, the page and the Neo4j files of one
graph), so :func:`output_set` replaces them as a whole: everything is written into a staging
directory beside the output directory, which then takes the output directory's place in one
step, an atomic exchange of the two directories (``renameat2(RENAME_EXCHANGE)`` on Linux,
``renamex_np(RENAME_SWAP)`` on macOS; the C library has them, the ``os`` module does not, so they
are called through :mod:`ctypes`).  A kill at any moment leaves the old set or the new set.  Other
files in the output directory are carried over into the staging directory first (hard links), so
they stay.  Where no exchange is possible (another OS or file system, a read-only parent, an
output directory that is the working directory or a git checkout), the files are renamed into
place one by one, each still atomic.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import os
import secrets
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
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


# --------------------------------------------------------------------------- a set of output files

#: Staging directories are ``.<output dir name>.kg-<random>`` beside the output directory.
STAGING_MARK = ".kg-"


@contextlib.contextmanager
def output_set(out: str | Path, files: Iterable[str]) -> Iterator[Path]:
    """A staging directory to write the set of ``files`` (paths relative to ``out``) into; when the
    block ends without an exception, the set replaces the one in ``out`` as a whole (module doc).

    Leftovers of interrupted runs are removed first: staging directories beside ``out`` and
    hidden temp files of these outputs inside it.  Concurrent runs into the same place take
    turns (a lock on the parent directory), so no run removes another's files.
    """
    out = _real_dir(Path(out))
    owned = sorted(set(files))
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(out, exc) from exc
    with _locked(out.parent):
        _remove_leftovers(out, owned)
        staging = _make_staging(out)
        try:
            yield staging
            _commit(staging, out, owned)
        finally:
            # after an exchange the staging directory holds the previous set: drop it too
            shutil.rmtree(staging, ignore_errors=True)


def _real_dir(out: Path) -> Path:
    """``out`` with a symlinked output directory resolved, so its target is replaced, not the link."""
    return Path(os.path.realpath(out)) if out.is_symlink() else Path(os.path.abspath(out))


@contextlib.contextmanager
def _locked(directory: Path) -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock
        yield
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        yield
        return
    try:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def _remove_leftovers(out: Path, owned: list[str]) -> None:
    """Staging directories of killed runs, and hidden ``.<name>.<random>.tmp`` files of the outputs."""
    prefix = f".{out.name}{STAGING_MARK}"
    for place in (out.parent, out):  # inside ``out`` when its parent was read-only
        with contextlib.suppress(OSError):
            for entry in os.scandir(place):
                if entry.name.startswith(prefix) and entry.is_dir(follow_symlinks=False):
                    shutil.rmtree(entry.path, ignore_errors=True)
    for rel in owned:
        target = out / rel
        with contextlib.suppress(OSError):
            for entry in os.scandir(target.parent):
                if entry.name.startswith(f".{target.name}.") and entry.name.endswith(".tmp"):
                    os.unlink(entry.path)


def _make_staging(out: Path) -> Path:
    """A new directory beside ``out`` (inside it when the parent is not writable), mode as ``out``'s."""
    for place in (out.parent, out):
        path = place / f".{out.name}{STAGING_MARK}{secrets.token_hex(6)}"
        try:
            os.makedirs(path, mode=0o777)  # the umask applies, as for any new directory
        except OSError as exc:
            if place == out or exc.errno not in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise OutputError(out, exc) from exc
            continue
        with contextlib.suppress(OSError):
            os.chmod(path, stat.S_IMODE(os.stat(out).st_mode))
        return path
    raise AssertionError("unreachable")


def _commit(staging: Path, out: Path, owned: list[str]) -> None:
    try:
        if staging.parent == out.parent and not os.path.lexists(out):
            with contextlib.suppress(FileNotFoundError, FileExistsError, OSError):
                os.rename(staging, out)
                _fsync_dir(out.parent)
                return
        swap = staging.parent == out.parent and _exchange_function() is not None and _swappable(out)
        if swap and _carry_over(out, staging, owned):
            if _exchange(staging, out):
                _fsync_dir(out.parent)
                return
        _replace_one_by_one(staging, out, owned)
    except OSError as exc:
        if isinstance(exc, KgError):
            raise
        raise OutputError(exc.filename or out, exc) from exc


def _swappable(out: Path) -> bool:
    """Whether ``out`` may be replaced by another directory: not the working directory (or one
    of its parents: the shell would be left in a deleted directory), not a git checkout."""
    if not out.is_dir() or (out / ".git").exists():
        return False
    cwd = os.path.realpath(os.getcwd())
    return not (cwd == str(out) or cwd.startswith(str(out) + os.sep))


def _carry_over(out: Path, staging: Path, owned: list[str]) -> bool:
    """Link every entry of ``out`` that kg does not write into ``staging``; False when one cannot
    be carried (a special file, a file system without hard links): then no exchange is done."""
    skip = set(owned)
    for root, dirs, names in os.walk(out):
        rel_root = Path(root).relative_to(out)
        for name in sorted(dirs):
            src = Path(root) / name
            dst = staging / rel_root / name
            if src.is_symlink():
                if not dst.exists():
                    os.symlink(os.readlink(src), dst)
                dirs.remove(name)  # a symlink is carried as it is, not walked
            else:
                dst.mkdir(exist_ok=True)
                with contextlib.suppress(OSError):
                    shutil.copystat(src, dst)
        for name in names:
            rel = (rel_root / name).as_posix()
            if rel in skip or (name.startswith(".") and name.endswith(".tmp")):
                continue
            src, dst = Path(root) / name, staging / rel
            if os.path.lexists(dst):
                continue
            if src.is_symlink():
                os.symlink(os.readlink(src), dst)
            elif src.is_file():
                try:
                    os.link(src, dst)
                except OSError:
                    return False
            else:
                return False
    return True


def _replace_one_by_one(staging: Path, out: Path, owned: list[str]) -> None:
    """The fallback: each output renamed into ``out`` on its own (each file whole, the set not)."""
    out.mkdir(parents=True, exist_ok=True)
    for rel in owned:
        src, dst = staging / rel, out / rel
        if not src.exists():
            continue
        dst.parent.mkdir(parents=True, exist_ok=True)
        os.replace(src, dst)
        _fsync_dir(dst.parent)


_RENAME_EXCHANGE = 2  # linux/fs.h
_RENAME_SWAP = 2  # macOS sys/stdio.h
_AT_FDCWD = -100


def _exchange_function() -> Callable[[bytes, bytes], int] | None:
    """The C library's directory exchange as ``f(a, b) -> 0 or -1``, or None where there is none."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    except OSError:
        return None
    if sys.platform.startswith("linux") and hasattr(libc, "renameat2"):  # glibc 2.28+
        return lambda a, b: libc.renameat2(_AT_FDCWD, a, _AT_FDCWD, b, _RENAME_EXCHANGE)
    if sys.platform == "darwin" and hasattr(libc, "renamex_np"):  # macOS 10.12+
        return lambda a, b: libc.renamex_np(a, b, _RENAME_SWAP)
    return None


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two directories; False when the system cannot (then nothing changed)."""
    function = _exchange_function()
    if function is None:
        return False
    result = function(os.fsencode(a), os.fsencode(b))
    if result == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EXDEV, errno.EBUSY, errno.EPERM):
        return False
    raise OSError(err, os.strerror(err), str(b))
