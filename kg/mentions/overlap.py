"""Overlap policies: which of a sentence's overlapping candidates become mentions.

A policy is a plain function ``(strong, weak, text) -> chosen``, passed to
:class:`kg.mentions.finder.MentionFinder` the way spaCy's ``SpanRuler`` takes its
``ents_filter``: swap it to change how overlaps are settled without touching any source.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kg.mentions.candidate import ORG_TYPES, PRIORITY, Candidate
from kg.mentions.ruledata import is_generic

OverlapPolicy = Callable[[Sequence[Candidate], Sequence[Candidate], str], list[Candidate]]


def people_then_longest(strong: Sequence[Candidate], weak: Sequence[Candidate], text: str) -> list[Candidate]:
    """People anchored on a title first, then the longest strong candidate, then NER in the gaps.

    山田花子トヨタ自動車社長 is not one company name: the person goes first, and an
    organisation pattern whose front the person took keeps the rest (トヨタ自動車). On equal
    length the stronger source (``PRIORITY``) wins. Weak candidates (GiNZA's NER) only fill
    characters no strong candidate took; between equals, the more confident rule wins (a name's
    form, 〜協会, over its context, 〜の会長). The result is in text order.
    """
    chosen: list[Candidate] = []
    taken = [False] * (len(text) + 1)

    def free(c: Candidate) -> bool:
        return not any(taken[c.start : c.end])

    def take(c: Candidate) -> None:
        for i in range(c.start, c.end):
            taken[i] = True
        chosen.append(c)

    order = sorted(
        strong,
        key=lambda c: (c.source != "person", -c.length, -PRIORITY[c.source], -c.confidence, c.start, c.rule),
    )
    for c in order:
        if c.start < c.end and free(c):
            take(c)
        elif c.source == "pattern" and c.type in ORG_TYPES:
            # 山田花子北斗電機社長: the person took the front of the match; the rest is the company
            ends = [
                p.end
                for p in chosen
                if p.type == "Person" and c.start <= p.end < c.end and p.start <= c.start
            ]
            start = ends[0] + 1 if ends and text.startswith("・", ends[0]) else ends[0] if ends else 0
            if ends and not any(taken[start : c.end]) and c.end - start >= 2:
                rest = text[start : c.end]  # 山田一郎・北斗電機社長: the dot is no part of the name
                if not is_generic(rest):
                    c.start, c.name = start, rest
                    take(c)
    for c in sorted(weak, key=lambda c: (c.start, -c.length)):
        if c.start < c.end and free(c):
            take(c)
    chosen.sort(key=lambda c: c.start)
    return chosen
