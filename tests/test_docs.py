"""Every document and script of the repository gives commands that work on any machine.

A command naming an absolute path of one machine (``/work/venv/bin/python``, a home directory)
fails everywhere else; commands are written relative to the repository (``python …`` with the
README's virtual environment active, ``.venv/bin/kg …``).
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SKIP_DIRS = {".git", ".venv", "venv", "build", "output", "__pycache__", "target", "node_modules",
             ".ruff_cache", ".pytest_cache", ".hypothesis"}
SUFFIXES = {".md", ".py", ".ipynb", ".sh", ".toml", ".yaml", ".yml", ".rq", ".cfg", ".txt"}
#: Absolute paths that only exist on one machine: home directories and this project's workspaces.
MACHINE_PATH = re.compile(
    r"(?<![\w.~-])(?:/(?:work|root|home|Users|mnt|srv|opt)/[\w.-]+|[A-Z]:\\\\Users\\\\)"
)


def documents() -> list[Path]:
    out = []
    for path in sorted(ROOT.rglob("*")):
        rel = path.relative_to(ROOT)
        if any(part in SKIP_DIRS for part in rel.parts) or not path.is_file():
            continue
        if path.suffix in SUFFIXES or path.parent.name == ".ci":
            out.append(path)
    return out


def test_no_document_names_a_path_of_one_machine() -> None:
    found = []
    for path in documents():
        if path == Path(__file__).resolve():
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            for m in MACHINE_PATH.finditer(line):
                found.append(f"{path.relative_to(ROOT)}:{n}: {m.group(0)}")
    assert len(documents()) > 50
    assert found == [], "\n".join(found)
