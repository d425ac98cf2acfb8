"""Hostile and broken input through the real command line (issue 7): each case is one ``kg`` run.

Every run is ``python -m kg.cli ...`` in a subprocess, and every test checks what a user sees:
the exit code (0 done, 1 failure, 2 usage), that stderr holds only ``kg: warning: ...`` lines
and at most one ``kg: error: ...`` line naming the file (no traceback), and that whatever was
written parses in a strict consumer (Oxigraph, json, csv). Files that root could read anyway are
made unreadable for real: as root, the run drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from
its capability bounding set, so file modes apply to it as to anyone else.

Inputs are a line or two each (the model loads in every process, so cases that can share a run
share one). Parses are cached in a per-module temporary directory, never in ~/.cache.
"""

from __future__ import annotations

import codecs
import ctypes
import json
import os
import re
import struct
import subprocess
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from helpers import csv_rows

from kg.exporters import output_files
from kg.exporters.neo4j import NODE_HEADER, REL_HEADER
from kg.graph import KnowledgeGraph, add_entity, add_relation, new_graph
from kg.model import Entity, Evidence, Relation, node_id

OUTPUTS = output_files()
GOOGLE = "米グーグルは新しい人工知能を開発した。"
TOYOTA = "トヨタ自動車の豊田章男会長は東京で講演した。"
SONY = "ソニーグループは米アップルに半導体を供給した。"
#: SudachiPy refuses a single input over this many bytes ("Input is too long").
SUDACHI_MAX_BYTES = 49_149
_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH = 1, 2

Run = Callable[..., subprocess.CompletedProcess]


def _honour_file_modes() -> None:  # runs in the child between fork and exec
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
        if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed: cannot make root honour modes")


@pytest.fixture(scope="module")
def kg(tmp_path_factory: pytest.TempPathFactory) -> Run:
    """Run ``kg <args>`` in ``cwd`` (paths in messages are then relative, as a user types them)."""
    cache = tmp_path_factory.mktemp("kg-cache")

    def run(*args: object, cwd: Path, honour_modes: bool = False) -> subprocess.CompletedProcess:
        env = {**os.environ, "KG_CACHE_DIR": str(cache), "COLUMNS": "200"}
        return subprocess.run(
            [sys.executable, "-m", "kg.cli", *map(str, args)],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            preexec_fn=_honour_file_modes if honour_modes else None,
        )

    return run


# -- what a user sees ------------------------------------------------------------------------------


def warnings_of(r: subprocess.CompletedProcess) -> list[str]:
    prefix = "kg: warning: "
    return [ln.removeprefix(prefix) for ln in r.stderr.splitlines() if ln.startswith(prefix)]


def clean_stderr(r: subprocess.CompletedProcess) -> None:
    """Nothing on stderr but kg's own one-line warnings and errors: no traceback, no logging."""
    assert "Traceback" not in r.stderr, r.stderr
    for line in r.stderr.splitlines():
        assert line.startswith(("kg: warning: ", "kg: error: ")), f"stray stderr line: {line!r}"


def one_error(r: subprocess.CompletedProcess, code: int, *needles: str) -> str:
    """Exit ``code`` with exactly one ``kg: error:`` line, which contains every needle."""
    clean_stderr(r)
    assert r.returncode == code, (r.returncode, r.stderr)
    errors = [ln for ln in r.stderr.splitlines() if ln.startswith("kg: error: ")]
    assert len(errors) == 1, r.stderr
    for needle in needles:
        assert needle in errors[0], (needle, errors[0])
    return errors[0]


def succeeded(r: subprocess.CompletedProcess) -> list[str]:
    """Exit 0, only warnings on stderr, and the summary counts exactly the warnings printed."""
    clean_stderr(r)
    assert r.returncode == 0, r.stderr
    warnings = warnings_of(r)
    m = re.search(r"^\s*warnings\s+(\d+)\s*$", r.stdout, re.MULTILINE)
    assert m, r.stdout
    assert int(m.group(1)) == len(warnings), (r.stdout, warnings)
    return warnings


def read_outputs(out: Path) -> nx.MultiDiGraph:
    """Every output exists and parses strictly; return graph.json as a graph."""
    for name in OUTPUTS:
        assert (out / name).is_file(), name
    leftovers = [p.name for p in out.rglob("*") if p.name.endswith(".tmp") or p.name.startswith(".")]
    assert leftovers == []
    triples = list(ox.parse((out / "graph.ttl").read_bytes(), format=ox.RdfFormat.TURTLE))
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    g = nx.node_link_graph(data, directed=True, multigraph=True, edges="links")
    assert len({str(t.subject) for t in triples}) >= g.number_of_nodes()
    page = (out / "graph.html").read_bytes().decode("utf-8")
    assert page.lstrip().lower().startswith("<!doctype html>") and page.rstrip().endswith("</html>")
    for name, header in (("nodes.csv", NODE_HEADER), ("relationships.csv", REL_HEADER)):
        text = (out / "neo4j" / name).read_text(encoding="utf-8")
        rows = csv_rows(text)
        assert tuple(rows[0]) == header and all(len(row) == len(header) for row in rows)
    script = (out / "neo4j" / "import.cypher").read_text(encoding="utf-8")
    assert all(ln.startswith("//") or ln.endswith(";") for ln in script.splitlines() if ln)
    return g


def snapshot(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def names(g: nx.MultiDiGraph) -> set[str]:
    return {d["name"] for _, d in g.nodes(data=True)}


def png_bytes() -> bytes:
    """A real 1x1 PNG (signature, IHDR, IDAT, IEND), as a scraper might save it under a .txt name."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0\0\0\0")) + chunk(
        b"IEND", b""
    )


# -- paths that are not there or cannot be used ------------------------------------------------------


def test_missing_path_is_one_usage_line_and_verbose_adds_the_traceback(kg: Run, tmp_path: Path) -> None:
    r = kg("build", "nope.txt", "--out", "out", cwd=tmp_path)
    one_error(r, 2, "path does not exist", "(nope.txt)")
    assert not (tmp_path / "out").exists()
    # --verbose is accepted after the subcommand too, and only adds the traceback
    r = kg("build", "nope.txt", "--out", "out", "--verbose", cwd=tmp_path)
    assert r.returncode == 2 and "Traceback" in r.stderr
    assert r.stderr.rstrip().splitlines()[-1] == "kg: error: path does not exist (nope.txt)"


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["build", "a.txt", "--bogus"], "No such option"),  # click words the rest differently by version
        (["build", "a.txt", "--workers", "0"], "Invalid value for '--workers'"),
        (["build", "a.txt", "--format", "xml"], "unknown input format 'xml'"),
        (["build", "a.txt", "--base-iri", "not an iri"], "invalid base IRI"),
        (["build"], "Missing argument"),
        (["frobnicate"], "No such command 'frobnicate'"),
    ],
)
def test_usage_errors_exit_2_with_one_line(kg: Run, tmp_path: Path, args: list[str], needle: str) -> None:
    (tmp_path / "a.txt").write_text(GOOGLE, encoding="utf-8")
    line = one_error(kg(*args, "--out", "out", cwd=tmp_path), 2, needle)
    assert "Exception" not in line and "Error:" not in line  # no Python class names
    assert not (tmp_path / "out").exists()


def test_directory_without_inputs_is_a_usage_error(kg: Run, tmp_path: Path) -> None:
    d = tmp_path / "inbox"
    (d / "sub").mkdir(parents=True)
    (d / "notes.csv").write_text(GOOGLE, encoding="utf-8")
    (d / "sub" / "data.json").write_text("{}", encoding="utf-8")
    (d / ".hidden.txt").write_text(GOOGLE, encoding="utf-8")
    r = kg("build", "inbox", "--out", "out", cwd=tmp_path)
    one_error(r, 2, "no input files (.htm, .html, .jsonl, .md, .txt) in directory", "(inbox)")
    assert not (tmp_path / "out").exists()


def test_unreadable_file_is_skipped_with_a_warning_or_fatal_with_strict(kg: Run, tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(GOOGLE, encoding="utf-8")
    locked = d / "locked.txt"
    locked.write_text(TOYOTA, encoding="utf-8")
    locked.chmod(0)
    try:
        r = kg("build", "in", "--out", "out", cwd=tmp_path, honour_modes=True)
        assert succeeded(r) == ["in/locked.txt: skipped: cannot read (Permission denied)"]
        g = read_outputs(tmp_path / "out")
        assert "グーグル" in names(g) and "トヨタ自動車" not in names(g)
        assert [d["id"] for d in g.graph["documents"]] == ["good.txt"]

        before = snapshot(tmp_path / "out")
        r = kg("build", "in", "--out", "out", "--strict", cwd=tmp_path, honour_modes=True)
        one_error(r, 1, "cannot read (Permission denied)", "(in/locked.txt)")
        assert snapshot(tmp_path / "out") == before  # a failed build leaves the previous output alone

        # nothing readable at all: an error, not a set of empty graphs over the previous output
        r = kg("build", "in/locked.txt", "--out", "out", cwd=tmp_path, honour_modes=True)
        one_error(r, 1, "no document could be read")
        assert warnings_of(r) == ["in/locked.txt: skipped: cannot read (Permission denied)"]
        assert snapshot(tmp_path / "out") == before
    finally:
        locked.chmod(0o644)


@pytest.mark.parametrize("case", ["out-is-a-file", "parent-is-a-file", "read-only-dir", "read-only-parent",
                                  "output-name-is-a-directory", "neo4j-is-a-file"])
def test_unwritable_output_is_one_line_before_any_work(kg: Run, tmp_path: Path, case: str) -> None:
    """The check runs before parsing: the (empty) parse cache stays empty and nothing is created."""
    (tmp_path / "a.txt").write_text(f"{case}。{GOOGLE}", encoding="utf-8")
    cache = tmp_path / "cache"
    out, needle = {
        "out-is-a-file": ("taken", "--out is not a directory (taken)"),
        "parent-is-a-file": ("taken/out", "taken is not a directory (taken/out)"),
        "read-only-dir": ("ro", "Permission denied (ro)"),
        "read-only-parent": ("ro/out", "Permission denied (ro/out)"),
        "output-name-is-a-directory": ("prev", "in the way (prev/graph.json)"),
        "neo4j-is-a-file": ("prev2", "in the way (prev2/neo4j)"),
    }[case]
    (tmp_path / "taken").write_text("not a directory", encoding="utf-8")
    (tmp_path / "ro").mkdir()
    (tmp_path / "ro" / "graph.ttl").write_text("previous", encoding="utf-8")
    (tmp_path / "ro").chmod(0o555)
    (tmp_path / "prev" / "graph.json").mkdir(parents=True)
    (tmp_path / "prev2").mkdir()
    (tmp_path / "prev2" / "neo4j").write_text("a file", encoding="utf-8")
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    try:
        r = kg("build", "a.txt", "--out", out, "--cache-dir", cache, cwd=tmp_path, honour_modes=True)
    finally:
        (tmp_path / "ro").chmod(0o755)
    one_error(r, 1, "cannot write output", needle)
    assert not cache.exists() or not any(cache.rglob("*.spacy")), "it parsed before checking --out"
    after = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file() and cache not in p.parents}
    assert after == before
    assert not (tmp_path / "ro" / "out").exists()


# -- files with nothing in them ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "warning"),
    [
        (b"", "a.txt: empty file: nothing to extract"),
        (b" \n\t\r\n\xe3\x80\x80\n", "a.txt: whitespace-only file: nothing to extract"),
        (b"Google released a new AI model on Tuesday, the company said.\n", "a.txt: no entities found"),
        ("きょうは晴れて、気温が少し上がった。\n".encode(), "a.txt: no entities found"),
    ],
    ids=["empty", "whitespace", "english", "nothing-found"],
)
def test_nothing_to_find_gives_valid_empty_outputs_and_a_warning(
    kg: Run, tmp_path: Path, content: bytes, warning: str
) -> None:
    (tmp_path / "a.txt").write_bytes(content)
    r = kg("build", "a.txt", "--out", "out", cwd=tmp_path)
    warnings = succeeded(r)
    assert warning in warnings
    g = read_outputs(tmp_path / "out")
    assert g.number_of_nodes() == 0 and g.number_of_edges() == 0
    assert [d["id"] for d in g.graph["documents"]] == ["a.txt"]


def test_many_documents_without_entities_are_named_up_to_a_limit(kg: Run, tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    for i in range(23):
        (d / f"{i:02d}.txt").write_text(f"Article {i} has no Japanese names.\n", encoding="utf-8")
    (d / "zz.txt").write_text(GOOGLE, encoding="utf-8")
    warnings = succeeded(kg("build", "in", "--out", "out", cwd=tmp_path))
    assert warnings == [f"in/{i:02d}.txt: no entities found" for i in range(20)] + [
        "no entities found in 3 more documents"
    ]
    assert "グーグル" in names(read_outputs(tmp_path / "out"))


# -- binary files -------------------------------------------------------------------------------------


def test_binary_files_are_skipped_by_name_and_the_rest_processed(kg: Run, tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a_good.txt").write_text(GOOGLE, encoding="utf-8")
    (d / "b_nul.txt").write_bytes(("トヨタ自動車" * 3).encode() + b"\x00\x00\x01\x02" + GOOGLE.encode())
    (d / "c_image.txt").write_bytes(png_bytes())
    # UTF-16 without a BOM: with ASCII in it, it has NUL bytes; without, it decodes as nothing
    (d / "d_utf16.txt").write_bytes(f"AI {TOYOTA}".encode("utf-16-le"))
    (d / "d_utf16be.txt").write_bytes(TOYOTA.encode("utf-16-be"))
    # a Shift_JIS file name (from a Windows zip): not UTF-8, so the OS gives Python surrogates
    sjis_name = b"e_" + "ソニー".encode("shift_jis") + b".txt"
    (d / os.fsdecode(sjis_name)).write_bytes(SONY.encode())
    r = kg("build", "in", "--out", "out", cwd=tmp_path)
    assert sorted(succeeded(r)) == [
        "in/b_nul.txt: skipped: binary file (NUL bytes)",
        "in/c_image.txt: skipped: binary file (PNG image)",
        "in/d_utf16.txt: skipped: binary file (NUL bytes; if it is UTF-16-LE text without a byte-order mark,"
        " use --encoding utf-16-le)",
        "in/d_utf16be.txt: skipped: cannot decode: not UTF-8, UTF-16/32 with BOM, Shift_JIS or EUC-JP"
        " (it looks like UTF-16-BE: use --encoding utf-16-be)",
    ]
    g = read_outputs(tmp_path / "out")
    shown_name = sjis_name.decode("utf-8", "backslashreplace")
    assert [doc["id"] for doc in g.graph["documents"]] == ["a_good.txt", shown_name]
    assert {"グーグル", "人工知能", "ソニーグループ"} <= names(g) and "トヨタ自動車" not in names(g)

    before = snapshot(tmp_path / "out")
    r = kg("build", "in", "--out", "out", "--strict", cwd=tmp_path)
    one_error(r, 1, "binary file (NUL bytes)", "(in/b_nul.txt)")
    assert snapshot(tmp_path / "out") == before


# -- encodings and line ends ------------------------------------------------------------------------

TEXT = f"{GOOGLE}\n{TOYOTA}\n"
VARIANTS: dict[str, tuple[bytes, str]] = {  # directory -> (file bytes, codec that reads them back)
    "utf8": (TEXT.encode("utf-8"), "utf-8"),
    "utf8_bom": (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
    "utf16le_bom": (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
    "utf16be_bom": (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
    "shift_jis": (TEXT.encode("shift_jis"), "shift_jis"),
    "euc_jp": (TEXT.encode("euc_jp"), "euc_jp"),
    "crlf": (TEXT.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
    "sjis_crlf": (TEXT.replace("\n", "\r\n").encode("shift_jis"), "shift_jis"),
}


def test_encodings_and_crlf_give_the_same_graph_as_utf8(kg: Run, tmp_path: Path) -> None:
    """All variants in one run: every node and edge must come from every variant, with the same
    evidence sentence, and every evidence span must point at that sentence in the decoded file."""
    d = tmp_path / "in"
    for name, (data, _) in VARIANTS.items():
        (d / name).mkdir(parents=True)
        (d / name / "a.txt").write_bytes(data)
    (d / "undecodable").mkdir()
    (d / "undecodable" / "a.txt").write_bytes(b"\x80\xff\xfe\x81" * 64)  # not UTF-8, cp932 or EUC-JP
    r = kg("build", "in", "--out", "out", cwd=tmp_path)
    warnings = succeeded(r)
    assert len(warnings) == 1 and warnings[0].startswith("in/undecodable/a.txt: skipped: cannot decode")
    g = read_outputs(tmp_path / "out")
    ids = {f"{name}/a.txt" for name in VARIANTS}
    assert {doc["id"] for doc in g.graph["documents"]} == ids
    assert {"グーグル", "人工知能", "トヨタ自動車", "豊田章男"} <= names(g)
    for _, data in g.nodes(data=True):
        assert set(data["docs"]) == ids, data["name"]
    assert g.number_of_edges() >= 2
    for s, o, k, data in g.edges(keys=True, data=True):
        assert {ev["doc"] for ev in data["evidence"]} == ids, (s, k, o)
        assert len({ev["sentence"] for ev in data["evidence"]}) == 1
        for ev in data["evidence"]:
            raw, codec = VARIANTS[ev["doc"].split("/")[0]]
            original = raw.decode(codec).lstrip("\ufeff")
            assert original[ev["start"] : ev["end"]] == ev["sentence"]


def test_wrong_encoding_option_is_one_line_naming_the_file(kg: Run, tmp_path: Path) -> None:
    (tmp_path / "sjis.txt").write_bytes(TEXT.encode("shift_jis"))
    r = kg("build", "sjis.txt", "--out", "out", "--encoding", "utf-8", cwd=tmp_path)
    one_error(r, 1, "cannot decode as utf-8", "(sjis.txt)")
    r = kg("build", "sjis.txt", "--out", "out", "--encoding", "klingon", cwd=tmp_path)
    one_error(r, 2, "unknown encoding 'klingon'")
    assert not (tmp_path / "out").exists()
    # the right one reads what detection cannot: UTF-16 without a byte-order mark
    (tmp_path / "utf16.txt").write_bytes(TEXT.encode("utf-16-be"))
    r = kg("build", "utf16.txt", "--out", "out", "--encoding", "utf-16-be", cwd=tmp_path)
    assert succeeded(r) == []
    assert {"グーグル", "トヨタ自動車", "豊田章男"} <= names(read_outputs(tmp_path / "out"))


# -- one long line --------------------------------------------------------------------------------


def test_single_line_over_the_sudachi_limit_is_split_and_built(kg: Run, tmp_path: Path) -> None:
    """A 2 MB line would take minutes to parse (about 3.5k characters a second), so the real build
    runs on one ~51 KB line instead: over SudachiPy's 49,149-byte limit, so it must be cut, and
    made of emoji runs (4 bytes per character, cheap to parse) between real sentences at the start,
    the middle and the end. The reading and cutting of a 2 MB line is checked without the parser in
    test_two_megabyte_line_is_cut_into_parser_sized_chunks below."""
    filler = ("🌸" * 10 + "、") * 10 + "。"
    line = GOOGLE + filler * 60 + TOYOTA + filler * 60 + SONY
    assert len(line.encode()) > SUDACHI_MAX_BYTES and "\n" not in line
    (tmp_path / "long.txt").write_text(line, encoding="utf-8")
    r = kg("build", "long.txt", "--out", "out", cwd=tmp_path)
    succeeded(r)
    g = read_outputs(tmp_path / "out")
    assert {"グーグル", "トヨタ自動車", "豊田章男", "ソニーグループ", "アップル"} <= names(g)
    starts = []
    for _, _, data in g.edges(data=True):
        for ev in data["evidence"]:
            assert line[ev["start"] : ev["end"]] == ev["sentence"]
            starts.append(ev["start"])
    assert max(starts) == len(line) - len(SONY)  # the last sentence, far past the first cut
    assert g.graph["documents"][0]["chars"] == len(line)


def test_two_megabyte_line_is_cut_into_parser_sized_chunks(tmp_path: Path) -> None:
    """2 MB without a newline, and without any sentence end in its second half: the reader and the
    parser's chunking (what ``kg build`` feeds SudachiPy) must cover it in order, every chunk under
    the limit, cut after a sentence end where there is one, else after a comma, else anywhere."""
    from kg.parse import chunks
    from kg.read import read_documents

    first = (GOOGLE + "きょうは晴れた。") * 20_000
    second = ("ソニーグループ" * 10 + "、") * 4_000 + "ソニーグループ" * 20_000
    line = first + second
    assert len(line.encode()) > 2_000_000
    (tmp_path / "long.txt").write_text(line, encoding="utf-8")
    warnings: list[str] = []
    (doc,) = list(read_documents([tmp_path / "long.txt"], warn=warnings.append))
    assert warnings == [] and doc.text == line
    pieces = chunks(doc)
    assert "".join(text for _, text in pieces) == line
    pos = 0
    for offset, text in pieces:
        assert offset == pos and 0 < len(text.encode()) <= SUDACHI_MAX_BYTES
        pos += len(text)
    ends = [offset + len(text) for offset, text in pieces[:-1]]
    assert all(line[e - 1] == "。" for e in ends if e <= len(first))
    assert any(line[e - 1] == "、" for e in ends if e > len(first))
    assert any(e > len(first) + 4_000 * 71 for e in ends)  # no break left at all: cut at the byte limit


# -- HTML saved as text ---------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><title>経済ニュース</title>
<style>body { font-family: "ソニーグループ"; } p::after { content: "</p>"; }</style>
<script>var s = "パナソニックは新型電池を開発した。"; if (a < b && c > d) { alert("<p>x</p>"); }</script>
</head>
<body>
<div class="nav"><a href="/">ホーム</a> &gt; 経済</div>
<p>米グーグルは新しい人工知能を開発した。</p>
<p>&#x30C8;ヨタ自動車の豊田章男会長は&quot;東京&quot;で講演した。</p>
<p>AT&amp;Tと米マイクロソフトが提携した。</p>
<!-- <p>任天堂は新しいゲーム機を開発した。</p> -->
<SCRIPT type="module">const x = "日立製作所は新しい工場を開設した。";</SCRIPT>
</body></html>
"""


def test_html_saved_as_txt_is_stripped_with_script_and_style_dropped(kg: Run, tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    r = kg("build", "page.txt", "--out", "out", cwd=tmp_path)
    succeeded(r)
    g = read_outputs(tmp_path / "out")
    found = names(g)
    assert {"グーグル", "トヨタ自動車", "豊田章男", "東京", "AT&T", "マイクロソフト"} <= found
    for dropped in ("ソニーグループ", "パナソニック", "任天堂", "日立製作所"):  # style, script, comment
        assert not any(dropped in n for n in found), dropped
    assert g.graph["documents"][0]["title"] == "経済ニュース"
    sentences = [ev["sentence"] for _, _, d in g.edges(data=True) for ev in d["evidence"]]
    assert "AT&Tと米マイクロソフトが提携した。" in sentences
    for text in sentences + sorted(found):
        assert not re.search(r"</?[a-zA-Z]|&(amp|lt|gt|quot|#x?[0-9a-fA-F]+);", text), text
    # evidence spans still point into the file as it is on disk
    raw = PAGE
    for _, _, d in g.edges(data=True):
        for ev in d["evidence"]:
            assert raw[ev["start"] : ev["end"]].startswith(("米グーグル", "&#x30C8;ヨタ", "AT&amp;T"))


# -- JSONL ------------------------------------------------------------------------------------------


def test_jsonl_bad_lines_warn_with_line_numbers_and_strict_stops(kg: Run, tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "ok", "text": GOOGLE}, ensure_ascii=False),
        "{not json",
        "[1, 2]",
        json.dumps({"text": TOYOTA}, ensure_ascii=False),
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "num", "text": 42}),
        '{"id": "surrogate", "text": "ソニーグループは\\ud800米アップルに半導体を供給した。\\u0000\\u0007"}',
        json.dumps({"id": "ok", "text": GOOGLE}, ensure_ascii=False),
        "",
        '{"id": "deep", "text": ' + "[" * 100_000 + "]" * 100_000 + "}",
        json.dumps({"id": "english", "text": "Nothing to see here."}),
    ]
    (tmp_path / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = kg("build", "news.jsonl", "--out", "out", cwd=tmp_path)
    warnings = succeeded(r)
    for lineno, what in [
        (2, "skipped: invalid JSON"),
        (3, "skipped: not a JSON object"),
        (4, 'skipped: missing or empty "id"'),
        (5, 'skipped: missing "text"'),
        (6, 'skipped: "text" must be a string'),
        (7, "lone surrogate"),
        (8, "duplicate document id 'ok' with the same text: skipped"),
        (10, "skipped: invalid JSON"),
    ]:
        assert any(w.startswith(f"news.jsonl:{lineno}: ") and what in w for w in warnings), (lineno, warnings)
    assert "news.jsonl: article 'english': no entities found" in warnings
    g = read_outputs(tmp_path / "out")
    assert sorted(d["id"] for d in g.graph["documents"]) == ["english", "ok", "surrogate"]
    sony = next(d for _, d in g.nodes(data=True) if d["name"] == "ソニーグループ")
    assert sony["docs"] == ["surrogate"]
    assert "\ufffd" in (tmp_path / "out" / "graph.json").read_text(encoding="utf-8")

    r = kg("build", "news.jsonl", "--out", "out2", "--strict", cwd=tmp_path)
    one_error(r, 1, "invalid JSON", "(news.jsonl:2)")
    assert not (tmp_path / "out2").exists()


# -- hostile characters in the text itself -----------------------------------------------------------


def test_hostile_characters_in_article_text_give_valid_outputs(kg: Run, tmp_path: Path) -> None:
    """Plain text (no HTML block tags, so it is not stripped) full of markup and escapes."""
    text = (
        "米グーグルは「<script>window.__kg=1</script>」という\"AI\"を開発した。\n"
        "トヨタ自動車の豊田章男会長は'東京'で`講演`した\\u0027。\n"
        "ソニーグループ\u200bは\u202e米アップル\u202cに]]>半導体\U0001F600を供給した\u0301。\n"
        "<img src=x onerror=alert(1)>マイクロソフトは\t新しい\\クラウドを公開した。\n"
    )
    (tmp_path / "evil.txt").write_text(text, encoding="utf-8")
    r = kg("build", "evil.txt", "--out", "out", cwd=tmp_path)
    succeeded(r)
    g = read_outputs(tmp_path / "out")
    assert {"トヨタ自動車", "豊田章男"} <= names(g)
    sentences = {ev["sentence"] for _, _, d in g.edges(data=True) for ev in d["evidence"]}
    assert sentences and all(s in text for s in sentences)
    page = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    for raw in ("<script>window.__kg", "<img src=x", "]]>"):
        assert raw not in page, raw


# -- gold files ---------------------------------------------------------------------------------------


def _graph_ttl(tmp_path: Path) -> Path:
    g = new_graph()
    g.graph["documents"] = [{"id": "a.txt", "path": "a.txt", "title": "t", "chars": 30, "date": None,
                             "url": None}]
    google = Entity(node_id("Company", "グーグル"), "Company", "グーグル", mentions=1, docs={"a.txt"})
    ai = Entity(node_id("Technology", "人工知能"), "Technology", "人工知能", mentions=1, docs={"a.txt"})
    add_entity(g, google)
    add_entity(g, ai)
    add_relation(g, Relation(google.id, "develops", ai.id, Evidence("a.txt", GOOGLE, 0, 19, "r", 0.8)))
    return KnowledgeGraph(g).to_turtle(tmp_path / "graph.ttl")


ENTITY = {"id": "g", "type": "Company", "names": ["グーグル"]}


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ('{"doc": "a.txt",\n "entities": [,]}', "gold file is not valid JSON"),
        ("not json at all", "gold file is not valid JSON"),
        ({"doc": "a.txt", "entities": [ENTITY]}, "missing or malformed field 'relations'"),
        ({"entities": [ENTITY], "relations": []}, "missing or malformed field 'doc'"),
        ({"doc": "a.txt", "entities": [{"id": "x", "type": "Company"}], "relations": []}, "names must be"),
        (
            {"doc": "a.txt", "entities": [ENTITY], "relations": [{"s": "g", "p": "develops", "o": "ai"}]},
            "unknown entity id 'ai'",
        ),
        (
            {"doc": "a.txt", "entities": [ENTITY], "relations": [{"s": "g", "p": "owns", "o": "g"}]},
            "unknown predicate 'owns'",
        ),
        ({"doc": "a.txt", "entities": [{**ENTITY, "type": "Robot"}], "relations": []}, "unknown entity type"),
    ],
    ids=["bad-json", "not-json", "no-relations", "no-doc", "no-names", "unknown-id", "unknown-predicate",
         "unknown-type"],
)
def test_bad_gold_file_is_one_line_naming_it(kg: Run, tmp_path: Path, content: object, needle: str) -> None:
    ttl = _graph_ttl(tmp_path)
    gold = tmp_path / "gold.json"
    gold.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    r = kg("eval", ttl.name, "--gold", gold.name, cwd=tmp_path)
    line = one_error(r, 1, needle, "gold.json")
    if content == '{"doc": "a.txt",\n "entities": [,]}':
        assert line.endswith("(gold.json:2)")
    assert r.stdout == ""
