"""Mention sources. Each one reads a sentence and yields :class:`~kg.mentions.candidate.Candidate`s;
none of them decides overlaps (that is :mod:`kg.mentions.overlap`).

``lexicon``, ``patterns`` and ``known`` read only the sentence text; ``persons`` also reads
Sudachi's part-of-speech tags and ``ner`` GiNZA's entity spans, both from the plain
:class:`kg.model.ParsedSentence`, so every source is testable without loading GiNZA.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from kg.mentions.candidate import Candidate
from kg.model import ParsedSentence


class Source(Protocol):
    """Anything that yields candidates for a sentence."""

    def candidates(self, sent: ParsedSentence) -> Iterator[Candidate]: ...
