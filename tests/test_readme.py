"""Every ``kg`` command in README.md runs, so the README cannot rot.

The fenced ``bash``/``sh``/``shell``/``console`` blocks are read; every command that starts with
``kg`` (``$ kg`` in a console block, where the lines after a command are its output) is run from
the repository root. Nothing is written into the checkout: ``kg build`` gets a fresh temporary
``--out`` (which later commands on the same line, after ``&&``, then read), and the README's
output folders (``output/`` and any other ``--out`` it uses) stand for one build of ``seeds/``
made once per session. ``kg neo4j push`` runs against the
test Neo4j (tests/neo4j_server.py) and skips without one, except when CI=true. ``kg serve`` is
started on a free port (``--port 0``), must answer ``/`` and a SPARQL query, and stop cleanly on
Ctrl-C (SIGINT).

A console block may document an error: when the first output line after ``$ kg …`` starts with
``kg: error:``, the command must fail with that kind of one-line error instead.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
SHELL_LANGS = {"bash", "sh", "shell", "console", "shell-session"}
OPERATOR_CHARS = ";&|<>"
IN_CI = os.environ.get("CI", "").lower() == "true"
TIMEOUT = 600
# `kg …`, `$ kg …` or a path to the executable such as `.venv/bin/kg …`
OUT_OPTIONS = ("--out", "-o")
KG_LINE = re.compile(r"^(?:\$\s+)?(?:[\w./-]*/)?kg(?:\s|$)")


@dataclass(frozen=True)
class Block:
    lang: str
    line: int  # 1-based line of the opening fence
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Command:
    line: int  # 1-based README line where the command starts
    text: str  # the command, without prompt, continuation lines joined
    expect_error: bool = False

    @property
    def tokens(self) -> list[str]:
        return tokenize(self.text)

    @property
    def subcommands(self) -> list[str]:
        """``build``, ``query``, ``eval``, ``neo4j push``… of every kg invocation on the line."""
        return [subcommand(seg) for seg in split_segments(self.tokens) if is_kg(seg)]


def fenced_blocks(text: str) -> list[Block]:
    """Fenced code blocks (``` or ~~~, info string's first word as the language), in order."""
    blocks: list[Block] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        m = re.match(r"^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)", lines[i])
        if not m:
            i += 1
            continue
        fence, lang, start = m.group(1), m.group(2).lower(), i
        closing = re.compile(rf"^ {{0,3}}{re.escape(fence[0])}{{{len(fence)},}}\s*$")
        body: list[str] = []
        i += 1
        while i < len(lines) and not closing.match(lines[i]):
            body.append(lines[i])
            i += 1
        blocks.append(Block(lang, start + 1, tuple(body)))
        i += 1
    return blocks


def shell_blocks(text: str) -> list[Block]:
    return [b for b in fenced_blocks(text) if b.lang in SHELL_LANGS]


def _complete(cmd: str) -> bool:
    if cmd.endswith("\\"):
        return False
    try:
        shlex.split(cmd)
    except ValueError:  # an open quote: a multi-line SPARQL query
        return False
    return True


def commands_in(block: Block) -> list[Command]:
    """The kg commands of one block (console: only ``$`` lines; others: every line)."""
    out: list[Command] = []
    lines = block.lines
    console = block.lang in ("console", "shell-session")
    i = 0
    while i < len(lines):
        raw = lines[i].strip()
        i += 1
        if console and not raw.startswith("$ "):
            continue
        if not KG_LINE.match(raw):
            continue
        start = block.line + i
        cmd = re.sub(r"^\$\s+", "", raw)
        while not _complete(cmd) and i < len(lines):
            nxt = lines[i]
            i += 1
            if console:
                nxt = re.sub(r"^> ?", "", nxt)
            cmd = cmd[:-1].rstrip() + " " + nxt.strip() if cmd.endswith("\\") else cmd + "\n" + nxt
        cmd = re.sub(r"^(?:[\w./-]*/)?kg(?=\s|$)", "kg", cmd)
        expect_error = console and i < len(lines) and lines[i].strip().startswith("kg: error:")
        out.append(Command(start, cmd, expect_error))
    return out


def readme_commands() -> list[Command]:
    if not README.is_file():
        return []
    return [c for b in shell_blocks(README.read_text(encoding="utf-8")) for c in commands_in(b)]


def tokenize(cmd: str) -> list[str]:
    """Shell words; runs of ``;&|<>`` outside quotes become separate operator tokens."""
    lex = shlex.shlex(cmd, posix=True, punctuation_chars=OPERATOR_CHARS)
    lex.whitespace_split = True
    return list(lex)


def is_operator(token: str) -> bool:
    return bool(token) and all(ch in OPERATOR_CHARS for ch in token)


def split_segments(tokens: list[str]) -> list[list[str]]:
    """Simple commands and the operators between them (each operator is a segment of its own)."""
    segs: list[list[str]] = [[]]
    for t in tokens:
        if is_operator(t):
            segs += [[t], []]
        else:
            segs[-1].append(t)
    return [seg for seg in segs if seg]


def is_kg(seg: list[str]) -> bool:
    return bool(seg) and re.fullmatch(r"(?:[\w./-]*/)?kg", seg[0]) is not None


def subcommand(seg: list[str]) -> str:
    words = [t for t in seg[1:] if not t.startswith("-")]
    return " ".join(words[:2]) if words[:1] == ["neo4j"] else (words[0] if words else "")


COMMANDS = readme_commands()


def out_names(commands: list[Command]) -> set[str]:
    """Folders the README builds into (``output`` by default): they stand for the session build."""
    names = {"output"}
    for c in commands:
        for seg in split_segments(c.tokens):
            if is_kg(seg) and subcommand(seg) == "build":
                value = option_value(seg, OUT_OPTIONS)
                if value:
                    names.add(value.rstrip("/"))
    return names


def option_value(tokens: list[str], names: tuple[str, ...]) -> str | None:
    for i, t in enumerate(tokens):
        if t in names and i + 1 < len(tokens):
            return tokens[i + 1]
        for n in names:
            if n.startswith("--") and t.startswith(n + "="):
                return t.split("=", 1)[1]
    return None


def replace_option(seg: list[str], names: tuple[str, ...], value: str) -> list[str]:
    """Set an option's value in one simple command, appending the option when absent."""
    out = list(seg)
    for i, t in enumerate(out):
        if t in names and i + 1 < len(out):
            out[i + 1] = value
            return out
        for n in names:
            if n.startswith("--") and t.startswith(n + "="):
                out[i] = f"{n}={value}"
                return out
    return [*out, names[0], value]


def rewrite_paths(tokens: list[str], folders: dict[str, Path]) -> list[str]:
    """``output``, ``output/x`` (and ``--opt=output/x``) → the folder that stands for it here."""
    names = sorted(folders, key=len, reverse=True)

    def one(word: str) -> str:
        for name in names:
            if word in (name, name + "/"):
                return str(folders[name])
            if word.startswith(name + "/"):
                return str(folders[name] / word[len(name) + 1 :])
        return word

    out = []
    for t in tokens:
        if t.startswith("-") and "=" in t:
            opt, val = t.split("=", 1)
            out.append(f"{opt}={one(val)}")
        else:
            out.append(one(t))
    return out


def kg_executable() -> str:
    """The kg script of the interpreter running the tests (so the same installed package)."""
    here = Path(sys.executable).parent / "kg"
    found = str(here) if here.is_file() else shutil.which("kg")
    if not found:
        pytest.fail("no `kg` executable next to the Python running the tests nor on PATH: pip install -e .")
    return found


def run(tokens: list[str], env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run from the repository root; through bash (with pipefail) only when the line uses operators."""
    kg = kg_executable()
    env = {**os.environ, **(env_extra or {})}
    env["PATH"] = str(Path(kg).parent) + os.pathsep + env.get("PATH", "")
    tokens = [kg if is_kg(seg) and i == 0 else t for seg in split_segments(tokens) for i, t in enumerate(seg)]
    if any(is_operator(t) for t in tokens):
        script = " ".join(t if is_operator(t) else shlex.quote(t) for t in tokens)
        argv: list[str] = ["bash", "-o", "pipefail", "-c", script]
    else:
        argv = tokens
    return subprocess.run(
        argv, cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8", timeout=TIMEOUT
    )


def describe(cmd: Command, tokens: list[str], proc: subprocess.CompletedProcess[str]) -> str:
    tail = lambda s: "\n".join(s.strip().splitlines()[-25:])  # noqa: E731
    return (
        f"README.md:{cmd.line}: {cmd.text}\n  ran: {shlex.join(tokens)}\n  exit code {proc.returncode}\n"
        f"--- stdout\n{tail(proc.stdout)}\n--- stderr\n{tail(proc.stderr)}"
    )


def missing_outside_paths(tokens: list[str]) -> list[str]:
    """Paths beside the checkout (such as ../shared/eval/…) that do not exist on this machine."""
    missing = []
    for t in tokens:
        val = t.split("=", 1)[1] if t.startswith("-") and "=" in t else t
        if val.startswith("../") and not (ROOT / val).exists():
            missing.append(val)
    return missing


def skip_or_fail(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"CI=true but {reason}")
    pytest.skip(reason)


# -- fixtures ------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def readme_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One `kg build seeds` for every README command that reads the build's output."""
    out = tmp_path_factory.mktemp("readme-output")
    proc = run(["kg", "build", "seeds", "--out", str(out)])
    assert proc.returncode == 0, f"kg build seeds failed:\n{proc.stderr}"
    assert (out / "graph.ttl").is_file() and (out / "graph.json").is_file()
    return out


@pytest.fixture(scope="session")
def readme_neo4j(request: pytest.FixtureRequest) -> Iterator[object]:
    """The Neo4j tests' server when their plugin is loaded, else one started from tests/neo4j_server.py."""
    try:
        yield request.getfixturevalue("neo4j_server")
        return
    except pytest.FixtureLookupError:
        pass
    try:
        from neo4j_server import ServerUnavailable, server_from_env, start_launcher
    except ImportError:
        skip_or_fail("tests/neo4j_server.py is missing, so there is no Neo4j to push to")
    server = server_from_env()
    if server is not None:
        yield server
        return
    try:
        server = start_launcher()
    except ServerUnavailable as exc:
        skip_or_fail(str(exc))
    try:
        yield server
    finally:
        server.stop()


# -- the README's shape ----------------------------------------------------------------------------


def _readme() -> str:
    assert README.is_file(), "README.md is missing"
    return README.read_text(encoding="utf-8")


def test_readme_opens_with_the_two_commands() -> None:
    """First shell block: install and build; second: run the tests."""
    blocks = shell_blocks(_readme())
    assert len(blocks) >= 2, "README.md needs fenced shell blocks: install+build, then the tests"
    first, second = ("\n".join(b.lines) for b in blocks[:2])
    assert re.search(r"pip\S* install", first), f"first shell block does not install kg:\n{first}"
    assert re.search(r"(?:^|[\s/$])kg build\b", first), f"first shell block does not run kg build:\n{first}"
    assert "pytest" in second, f"second shell block does not run the tests:\n{second}"


def test_readme_shows_every_kg_command() -> None:
    _readme()
    by_sub: dict[str, int] = {}
    for c in COMMANDS:
        for sub in c.subcommands:
            by_sub[sub] = by_sub.get(sub, 0) + 1
    assert by_sub.get("query", 0) >= 5, f"the README needs at least five `kg query` examples: {by_sub}"
    for sub in ("build", "eval", "neo4j push"):
        assert by_sub.get(sub, 0) >= 1, f"the README has no `kg {sub}` example: {by_sub}"


# -- every command runs ----------------------------------------------------------------------------


def _id(c: Command) -> str:
    text = " ".join(c.text.split())
    return f"L{c.line}:{text[:60]}"


def _use_server(seg: list[str], server: object) -> list[str]:
    """Point the README's --uri/--user/--password (when given) at the test server."""
    for option, attr in (("--uri", "uri"), ("--user", "user"), ("--password", "password")):
        if option_value(seg, (option,)) is not None:
            seg = replace_option(seg, (option,), getattr(server, attr))
    return seg


@pytest.mark.slow
@pytest.mark.parametrize("cmd", COMMANDS, ids=[_id(c) for c in COMMANDS])
def test_readme_command_runs(
    cmd: Command, readme_build: Path, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    segs = split_segments(cmd.tokens)
    assert segs and is_kg(segs[0])
    folders = {name: readme_build for name in out_names(COMMANDS)}
    fresh: list[Path] = []  # where this line's builds go instead of the README's --out
    env: dict[str, str] = {}
    for k, seg in enumerate(segs):
        if not is_kg(seg) or "--help" in seg:
            continue
        sub = subcommand(seg)
        if sub == "build":
            out = tmp_path / f"out{len(fresh)}"
            own = option_value(seg, OUT_OPTIONS)
            if own:  # later commands on the same line read this build, not the session's
                folders[own.rstrip("/")] = out
            segs[k] = replace_option(seg, OUT_OPTIONS, str(out))
            fresh.append(out)
        elif sub == "neo4j push":
            server = request.getfixturevalue("readme_neo4j")
            segs[k] = _use_server(seg, server)
            env = {"NEO4J_URI": server.uri, "NEO4J_USERNAME": server.user, "NEO4J_PASSWORD": server.password}
    tokens = [t for seg in segs for t in (seg if is_operator(seg[0]) else rewrite_paths(seg, folders))]
    missing = missing_outside_paths(tokens)
    if missing:
        skip_or_fail(f"README.md:{cmd.line} reads {', '.join(missing)}, which is not beside this checkout")

    if "serve" in cmd.subcommands:
        serve_and_stop(cmd, tokens)
        return
    proc = run(tokens, env)
    report = describe(cmd, tokens, proc)
    if cmd.expect_error:
        assert proc.returncode != 0, "the README shows an error here, but the command succeeded\n" + report
        assert "kg: error:" in proc.stderr, report
        return
    assert proc.returncode == 0, report
    if {"query", "eval"} & set(cmd.subcommands):
        assert proc.stdout.strip(), "no output\n" + report
    for out in fresh:
        assert (out / "graph.ttl").is_file(), f"no graph.ttl in {out}\n" + report


def serve_and_stop(cmd: Command, tokens: list[str]) -> None:
    """Start a README `kg serve` line on a free port, query it, stop it with Ctrl-C."""
    import signal
    import urllib.parse
    import urllib.request

    seg = replace_option(tokens, ("--port",), "0")
    seg[0] = kg_executable()
    proc = subprocess.Popen(seg, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        m = re.search(r"graph (http://\S+/) ", line)
        why = "" if line else proc.stderr.read()
        assert m, f"README.md:{cmd.line}: kg serve did not start: {line!r} {why}"
        query = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
        for url in (m.group(1), m.group(1) + "sparql?" + query):
            for _ in range(100):
                try:
                    with urllib.request.urlopen(url, timeout=60) as r:
                        assert r.status == 200, url
                    break
                except OSError:
                    time.sleep(0.1)
            else:
                pytest.fail(f"README.md:{cmd.line}: {url} did not answer")
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
        code = proc.wait(timeout=60)
    assert code == 0, f"README.md:{cmd.line}: kg serve exited with {code}: {proc.stderr.read()}"
