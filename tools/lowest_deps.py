"""Install kg with the lowest versions pyproject.toml allows, into an empty venv, and run the tests.

Every ``name>=X`` requirement of the package and of its ``test`` and ``dask`` extras is pinned to ``name==X``
in a pip constraints file (exact pins ``==`` stay as they are; dependencies of dependencies are
left to pip), then ``pip install ".[test,dask]"`` (not editable: what users get) runs in a fresh
virtual environment made with the oldest supported Python, and ``pytest`` and ``ruff`` run
there. A floor that is not true fails here: raise it in pyproject.toml until this passes.

    python tools/lowest_deps.py --python python3.10            # ~11 min: install, all tests, ruff
    python tools/lowest_deps.py --python python3.10 -- -x tests/test_build.py   # some tests

(pip has no "lowest versions" resolution of its own; uv's ``--resolution lowest-direct`` does
the same, but needs uv.) The venv goes to a temporary directory unless ``--venv DIR`` is given;
the parse cache is a fresh temporary one, as in CI. Run it from anywhere: paths are taken
relative to the repository this script is in.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REQUIREMENT = re.compile(r"^\s*(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(?P<spec>[^;]*)")


def _load_pyproject() -> dict:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10: the tomli backport
        try:
            import tomli as tomllib  # type: ignore[no-redef]
        except ModuleNotFoundError:
            sys.exit("tools/lowest_deps.py: needs Python 3.11+ (tomllib) or the tomli package")
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)


def floors(requirements: list[str]) -> dict[str, str]:
    """``name -> lowest version`` for every requirement with a ``>=`` bound and no exact pin."""
    out: dict[str, str] = {}
    for req in requirements:
        m = REQUIREMENT.match(req)
        if m is None:
            continue
        spec = m.group("spec")
        if "==" in spec:
            continue
        low = re.search(r">=\s*([^,\s]+)", spec)
        if low:
            out[m.group("name").lower()] = low.group(1)
    return out


#: The extras the suite needs: its own, and Dask for tests/test_dask.py.
EXTRAS = ("test", "dask")


def declared_floors(extras: tuple[str, ...] = EXTRAS) -> dict[str, str]:
    project = _load_pyproject()["project"]
    optional = project.get("optional-dependencies", {})
    return floors([*project["dependencies"], *(req for extra in extras for req in optional.get(extra, []))])


def same_version(a: str | None, b: str) -> bool:
    """``8`` and ``8.0.0`` are one version (PEP 440 pads release numbers with zeros)."""
    def key(v: str) -> tuple[str, ...]:
        parts = v.lower().split(".")
        while len(parts) > 1 and parts[-1] == "0":
            parts.pop()
        return tuple(parts)

    return a is not None and key(a) == key(b)


def _run(cmd: list[str], **kw) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, **kw)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--python", default=sys.executable,
                    help="interpreter for the venv (default: this one); the oldest supported is 3.10")
    ap.add_argument("--venv", type=Path, help="make the venv here (kept) instead of a temporary directory")
    ap.add_argument("--no-tests", action="store_true", help="only install and show the versions")
    ap.add_argument("pytest_args", nargs="*", help="after --: pytest's arguments (default: the whole suite)")
    args = ap.parse_args()

    pins = declared_floors()
    with tempfile.TemporaryDirectory(prefix="kg-lowest-") as tmp:
        venv = args.venv or Path(tmp) / "venv"
        if venv.exists():
            shutil.rmtree(venv)
        constraints = Path(tmp) / "constraints.txt"
        constraints.write_text("".join(f"{name}=={version}\n" for name, version in sorted(pins.items())))
        print(f"lowest declared versions ({constraints}):")
        print("".join(f"  {name}=={version}\n" for name, version in sorted(pins.items())), end="")
        _run([args.python, "-m", "venv", str(venv)])
        py = str(venv / "bin" / "python")
        _run([py, "-m", "pip", "install", "-q", "--upgrade", "pip"])
        _run([py, "-m", "pip", "install", "-q", "-c", str(constraints), f"{ROOT}[{','.join(EXTRAS)}]"])
        _run([py, "-m", "pip", "list", "--format", "freeze"], stdout=open(Path(tmp) / "freeze.txt", "w"))
        installed = dict(
            line.strip().lower().split("==", 1) for line in open(Path(tmp) / "freeze.txt") if "==" in line
        )
        found = {n: installed.get(n) or installed.get(n.replace("-", "_")) for n in pins}
        wrong = {n: (v, found[n]) for n, v in pins.items() if not same_version(found[n], v)}
        if wrong:
            print(f"not installed at their floors: {wrong}", file=sys.stderr)
            return 1
        print("installed at their floors:", ", ".join(f"{n}=={v}" for n, v in sorted(pins.items())))
        if args.no_tests:
            return 0
        env = {**os.environ, "KG_CACHE_DIR": str(Path(tmp) / "cache")}
        # The venv's pytest script, not "python -m pytest": the installed kg is tested, not the checkout.
        pytest = [str(venv / "bin" / "pytest"), "-q", *args.pytest_args]
        status = subprocess.run(pytest, cwd=ROOT, env=env).returncode
        lint = subprocess.run([str(venv / "bin" / "ruff"), "check", "kg", "tests"], cwd=ROOT).returncode
        return status or lint


if __name__ == "__main__":
    sys.exit(main())
