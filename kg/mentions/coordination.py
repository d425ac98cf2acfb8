"""Coordination: names listed together are of one kind.

「ヨーグレット」や「ハイレモン」, 「A」「B」を製造: when a rule typed one quoted item of a list,
the other quoted items of the same list get its type (rule ``list.quoted_coordination``).
It runs after the overlap choice, on the characters no chosen candidate took.
"""

from __future__ import annotations

import re

from kg.mentions.candidate import Candidate
from kg.mentions.ruledata import is_generic

#: Quoted items joined by nothing, a comma, や, と, および or a middle dot.
QUOTED_LIST = re.compile(
    r"「[^「」『』、。]{1,20}」(?:(?:、|や|と|・|および|及び)?「[^「」『』、。]{1,20}」)+"
)
ITEM = re.compile(r"「([^「」『』、。]{1,20})」")
TYPES = frozenset({"Technology", "Company", "Organization"})


def coordinated(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` plus the untyped quoted items listed with a typed one, in text order."""
    added: list[Candidate] = []
    for run in QUOTED_LIST.finditer(text):
        items = [(m.start(1), m.end(1)) for m in ITEM.finditer(text, run.start(), run.end())]
        typed = [c for c in chosen if (c.start, c.end) in items and c.type in TYPES]
        if len({c.type for c in typed}) != 1:
            continue
        etype, conf = typed[0].type, min(c.confidence for c in typed)
        for s, e in items:
            if any(c.start < e and s < c.end for c in chosen) or is_generic(text[s:e]):
                continue
            added.append(
                Candidate(s, e, text[s:e], etype, "list.quoted_coordination", "pattern", conf, refind=True)
            )
    return sorted(chosen + added, key=lambda c: c.start) if added else chosen
