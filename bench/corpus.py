"""Synthetic benchmark corpora made from the project's own Japanese articles.

    python bench/corpus.py OUT_DIR [--mb 1.0] [--tag run1]

Every document is one of ``tests/data/dev/*.txt`` or ``seeds/*.txt`` with its paragraphs
rotated by a per-document amount and a unique closing line (``tag`` and number), so no two
documents, and no two corpora with different tags, share a parse-cache entry.  Sizes are
UTF-8 bytes of the written files (1 MB = 1,000,000 bytes).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT / "tests" / "data" / "dev").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
MB = 1_000_000


def source_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in SOURCES]
    if not texts:
        raise SystemExit("no source texts found under tests/data/dev or seeds")
    return texts


def variant(text: str, n: int, tag: str) -> str:
    """Title kept first, body paragraphs rotated by ``n``, then a line no other document has."""
    paras = [p for p in text.strip().split("\n\n") if p.strip()]
    head, body = paras[:1], paras[1:]
    if body:
        k = n % len(body)
        body = body[k:] + body[:k]
    closing = f"（{tag}・整理番号{n:06d}。本稿は性能測定用の合成記事です。）"
    return "\n\n".join(head + body + [closing]) + "\n"


def make_corpus(out: Path, size_bytes: int, tag: str = "bench", start: int = 0) -> tuple[int, int, int]:
    """Write documents into ``out`` until ``size_bytes``; returns (documents, bytes, characters)."""
    out.mkdir(parents=True, exist_ok=True)
    texts = source_texts()
    total = chars = n = 0
    while total < size_bytes:
        i = start + n
        text = variant(texts[i % len(texts)], i // len(texts) + i, tag)
        data = text.encode("utf-8")
        (out / f"doc_{i:06d}.txt").write_bytes(data)
        total += len(data)
        chars += len(text)
        n += 1
    return n, total, chars


def corpus_chars(directory: Path) -> tuple[int, int]:
    """(documents, characters) of the .txt files in ``directory`` as decoded text."""
    files = sorted(directory.glob("*.txt"))
    return len(files), sum(len(p.read_text(encoding="utf-8")) for p in files)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--mb", type=float, default=1.0, help="corpus size in MB of UTF-8 (default 1)")
    ap.add_argument("--tag", default="bench", help="makes this corpus's texts unique")
    a = ap.parse_args()
    n, size, chars = make_corpus(a.out, int(a.mb * MB), a.tag)
    print(f"{n} documents, {size:,} bytes, {chars:,} characters in {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
