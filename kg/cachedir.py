"""The cache directory as a whole: where it is, what it holds, and keeping it under a size limit.

``kg build`` keeps two caches in one directory (:mod:`kg.cache` for parses,
:mod:`kg.analysis_cache` for mentions), each under ``<kind>/<environment>/``, where the
environment is the hash of the parser and kg versions.  The directory is ``$KG_CACHE_DIR``, else
the user cache directory of the platform (``$XDG_CACHE_HOME/kg``, by default ``~/.cache/kg``, on
Linux; found with platformdirs, which knows the macOS and Windows places too).

Entries are touched when they are used, so their modification time says when they last served a
build.  :func:`prune` removes entries oldest first until the directory fits a size limit, entries
of other environments (other kg or parser versions, which this installation can never use) before
those of the current one, plus temporary files a killed write left behind.  ``kg build`` prunes to
:data:`DEFAULT_MAX_BYTES` (or ``$KG_CACHE_MAX_SIZE``) after a run that wrote entries; ``kg cache
info`` and ``kg cache prune`` show and prune it by hand.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

CACHE_ENV = "KG_CACHE_DIR"
MAX_SIZE_ENV = "KG_CACHE_MAX_SIZE"
DEFAULT_MAX_BYTES = 2 * 1000**3
#: The cache kinds, each a subdirectory holding one directory per environment.
KINDS: dict[str, str] = {"parse": ".spacy", "analysis": ".json"}
#: A temporary file of kg.atomic (``.<name>.<random>.tmp``) older than this was left by a killed
#: write; a younger one may belong to a build writing right now.
STALE_TMP_SECONDS = 3600

_SIZE_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?)b?\s*$", re.IGNORECASE)


def default_cache_dir() -> Path:
    """``$KG_CACHE_DIR`` if set, else the platform's user cache directory for kg."""
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_cache_dir("kg", appauthor=False))


def parse_size(text: str) -> int:
    """Bytes of a size such as ``500M``, ``2G``, ``1.5GB``, ``10GiB`` or ``12345`` (k/M/G/T are
    powers of 1000, with ``i`` of 1024); ValueError for anything else."""
    m = _SIZE_RE.match(text)
    if m is None:
        raise ValueError(f"not a size: {text!r} (e.g. 500M, 2G, 10GiB)")
    number, unit, binary = m.groups()
    base = 1024 if binary else 1000
    return int(float(number) * base ** " kmgt".index(unit.lower() or " "))


def max_bytes_from_env() -> int:
    """The size limit ``kg build`` prunes to: ``$KG_CACHE_MAX_SIZE``, else :data:`DEFAULT_MAX_BYTES`."""
    value = os.environ.get(MAX_SIZE_ENV)
    return DEFAULT_MAX_BYTES if not value else parse_size(value)


@dataclass(frozen=True)
class Entry:
    path: Path
    kind: str
    environment: str
    size: int
    mtime: float


@dataclass(frozen=True)
class Area:
    """The entries of one kind and one environment."""

    kind: str
    environment: str
    current: bool
    entries: int
    size: int
    oldest: float | None
    newest: float | None


@dataclass(frozen=True)
class Usage:
    directory: Path
    areas: tuple[Area, ...]
    stale_files: int = 0
    stale_size: int = 0

    @property
    def size(self) -> int:
        return sum(a.size for a in self.areas) + self.stale_size

    @property
    def entries(self) -> int:
        return sum(a.entries for a in self.areas)


@dataclass
class PruneResult:
    """What :func:`prune` removed (or, with ``dry_run``, would remove)."""

    directory: Path
    max_bytes: int
    before: int = 0
    after: int = 0
    stale_files: int = 0
    other_environments: int = 0  # entries of other kg/parser versions
    oldest_current: int = 0  # entries of the current environment
    freed: int = 0
    removed: list[Path] = field(default_factory=list)

    @property
    def entries(self) -> int:
        return self.other_environments + self.oldest_current


def _entries(directory: Path) -> Iterator[Entry]:
    for kind, suffix in KINDS.items():
        base = directory / kind
        if not base.is_dir():
            continue
        for env_dir in sorted(base.iterdir()):
            if not env_dir.is_dir():
                continue
            for root, _dirs, files in os.walk(env_dir):
                for name in files:
                    if not name.endswith(suffix) or name.startswith("."):
                        continue
                    path = Path(root) / name
                    with contextlib.suppress(OSError):
                        st = path.stat()
                        yield Entry(path, kind, env_dir.name, st.st_size, st.st_mtime)


def _stale_temp_files(directory: Path, now: float) -> Iterator[tuple[Path, int]]:
    for kind in KINDS:
        base = directory / kind
        if not base.is_dir():
            continue
        for root, _dirs, files in os.walk(base):
            for name in files:
                if name.startswith(".") and name.endswith(".tmp"):
                    path = Path(root) / name
                    with contextlib.suppress(OSError):
                        st = path.stat()
                        if now - st.st_mtime > STALE_TMP_SECONDS:
                            yield path, st.st_size


def usage(directory: Path, current: str) -> Usage:
    """What the cache directory holds, by kind and environment (``current``, the name of the
    running kg's environment directory, :func:`kg.cache.environment_key`, first)."""
    groups: dict[tuple[str, str], list[Entry]] = {}
    for e in _entries(directory):
        groups.setdefault((e.kind, e.environment), []).append(e)
    areas = [
        Area(kind, env, env == current, len(es), sum(e.size for e in es),
             min(e.mtime for e in es), max(e.mtime for e in es))
        for (kind, env), es in groups.items()
    ]
    areas.sort(key=lambda a: (not a.current, list(KINDS).index(a.kind), a.environment))
    stale = list(_stale_temp_files(directory, time.time()))
    return Usage(directory, tuple(areas), len(stale), sum(size for _, size in stale))


def prune(directory: Path, max_bytes: int, current: str, dry_run: bool = False) -> PruneResult:
    """Remove entries until the cache holds at most ``max_bytes``: stale temporary files first,
    then entries of environments other than ``current``, then ``current``'s, each oldest first."""
    result = PruneResult(directory, max_bytes)
    entries = list(_entries(directory))
    stale = list(_stale_temp_files(directory, time.time()))
    total = sum(e.size for e in entries) + sum(size for _, size in stale)
    result.before = total
    for path, size in stale:
        if _remove(path, dry_run):
            result.stale_files += 1
            result.freed += size
            total -= size
    entries.sort(key=lambda e: (e.environment == current, e.mtime, str(e.path)))
    for e in entries:
        if total <= max_bytes:
            break
        if not _remove(e.path, dry_run):
            continue
        result.removed.append(e.path)
        result.freed += e.size
        total -= e.size
        if e.environment == current:
            result.oldest_current += 1
        else:
            result.other_environments += 1
    result.after = total
    if not dry_run:
        _remove_empty_dirs(directory)
    return result


def _remove(path: Path, dry_run: bool) -> bool:
    if dry_run:
        return True
    try:
        path.unlink()
    except FileNotFoundError:  # another process pruned it first
        return False
    except OSError:
        return False
    return True


def _remove_empty_dirs(directory: Path) -> None:
    """Drop the shard and environment directories that pruning emptied (never the kinds' own)."""
    for kind in KINDS:
        base = directory / kind
        if not base.is_dir():
            continue
        for root, _dirs, _files in os.walk(base, topdown=False):
            if Path(root) != base:
                with contextlib.suppress(OSError):
                    os.rmdir(root)  # fails, as it should, when not empty


def touch(path: Path) -> None:
    """Mark an entry as just used (its modification time orders pruning); best effort."""
    with contextlib.suppress(OSError):
        os.utime(path)
