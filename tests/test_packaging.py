"""What ``pip install`` gets: the distribution name, licence, typing marker, data files and version.

A wheel is built from a copy of the package (never in the checkout) the way ``pip install .``
builds it, with build isolation, so its setuptools comes from the index: without one the test
skips, except under CI=true.
"""

from __future__ import annotations

import email
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import kg

ROOT = Path(__file__).resolve().parents[1]
IN_CI = os.environ.get("CI", "").lower() == "true"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, src / name)
    shutil.copytree(ROOT / "kg", src / "kg", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    dist = tmp_path_factory.mktemp("dist")
    r = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(dist), str(src)],
        capture_output=True, text=True, timeout=600,
    )
    if r.returncode != 0:
        if not IN_CI and re.search(r"(?i)connection|network|resolve|temporary failure|no matching", r.stderr):
            pytest.skip(f"cannot build a wheel without the package index: {r.stderr.strip()[-200:]}")
        pytest.fail(r.stderr)
    (built,) = dist.glob("*.whl")
    return zipfile.ZipFile(built)


def _metadata(whl: zipfile.ZipFile) -> email.message.Message:
    (name,) = [n for n in whl.namelist() if n.endswith(".dist-info/METADATA")]
    return email.message_from_bytes(whl.read(name))


def test_distribution_name_is_not_the_taken_kg(wheel: zipfile.ZipFile) -> None:
    meta = _metadata(wheel)
    assert meta["Name"] == "kg-news"  # "kg" on PyPI is an unrelated project
    assert meta["Version"] == kg.__version__  # one version source: kg/_version.py
    (entry,) = [n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt")]
    assert re.search(r"(?m)^kg = kg\.cli:main$", wheel.read(entry).decode())


def test_wheel_has_licence_typing_marker_and_data(wheel: zipfile.ZipFile) -> None:
    meta = _metadata(wheel)
    assert meta["License-Expression"] == "MIT"
    names = set(wheel.namelist())
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names), sorted(names)[:20]
    for needed in ("kg/py.typed", "kg/data/schema.yaml", "kg/data/ontology.ttl", "kg/cli/__init__.py",
                   "kg/data/lexicon/companies.yaml", "kg/data/rules/relations.yaml", "kg/__main__.py"):
        assert needed in names, needed
    assert any(n.startswith("kg/exporters/assets/") for n in names)


def test_version_is_written_once() -> None:
    """The version literal lives in kg/_version.py only; pyproject reads it from there."""
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'(?m)^dynamic = \["version"\]', pyproject)
    assert not re.search(r'(?m)^version\s*=\s*"', pyproject)
    assert re.fullmatch(r"\d+\.\d+\.\d+\S*", kg.__version__)
