"""両社 (both companies): a plural anaphor that stands for the two companies last named together.

Mention finding gives every name one entity, so 両社 is not a mention; here, per sentence, each
両社 becomes a slot of the first company of the pair and a virtual slot of the second, joined as
one coordination group, so every rule that distributes over a coordination (AとBは提携した,
AとBが出資する) reads 両社 as the two of them. The pair is, in order of preference, the two
companies coordinated right before it (AとBの両社は), else the last two companies a sentence
coordinated (AとBは…。両社は…), unless that was more than :data:`PAIR_REACH` sentences back or
another company is named before 両社 in its sentence (then the pair is unclear and 両社 stays text).
"""

from __future__ import annotations

import dataclasses
import re

from kg.model import Mention, ParsedSentence
from kg.relations.slots import Slotted

#: 両社, but not 両社長 (both presidents).
BOTH_COMPANIES = re.compile(r"両社(?!長)")
ANAPHOR_PAIR = "pair"
RULE = "anaphor.pair"


@dataclasses.dataclass(frozen=True)
class Pair:
    """Two companies named together, first and second as written."""

    first: Mention
    second: Mention


def pair_in(sl: Slotted, group_of: dict[int, list[int]]) -> Pair | None:
    """The last coordination of exactly two companies (different entities) in the sentence."""
    found = None
    seen: set[int] = set()
    for i in range(len(sl.mentions)):
        group = group_of.get(i, [i])
        if group[0] in seen:
            continue
        seen.add(group[0])
        ms = [sl.mentions[j] for j in group]
        if len(ms) == 2 and _two_companies(ms[0], ms[1]):
            found = Pair(ms[0], ms[1])
    return found


def _two_companies(a: Mention, b: Mention) -> bool:
    return (
        a.type == b.type == "Company"
        and a.entity is not None
        and b.entity is not None
        and a.entity != b.entity
        and not a.anaphor
        and not b.anaphor
    )


def pair_mentions(
    sent: ParsedSentence, sl: Slotted, group_of: dict[int, list[int]], previous: Pair | None
) -> dict[int, Pair]:
    """Each 両社 no mention covers, by its start in the document, with the pair it stands for:
    the two companies coordinated right before it (AとBの両社), else ``previous``.

    An uncovered 両社 is left verbatim in the slotted text, so the n-th one there is the n-th
    uncovered one in the sentence.
    """
    text, sent_start = sent.text, sent.start
    taken = [(m.start - sent_start, m.end - sent_start) for m in sl.mentions if m.start >= 0]
    free = [
        m for m in BOTH_COMPANIES.finditer(text) if not any(s < m.end() and m.start() < e for s, e in taken)
    ]
    ends = {e: i for i, (_s, e) in enumerate(sl.positions)}
    found: dict[int, Pair] = {}
    for m, slotted in zip(free, BOTH_COMPANIES.finditer(sl.text), strict=False):
        at = slotted.start()
        pair = _pair_ending_at(sl, group_of, ends, at)
        if pair is None and previous is not None and _still_the_pair(sl, sent.index, at, previous):
            pair = previous
        if pair is not None:
            found[sent_start + m.start()] = pair
    return found


#: A pair named more sentences back than this is not what a 両社 refers to.
PAIR_REACH = 3


def _still_the_pair(sl: Slotted, sent_index: int, at: int, pair: Pair) -> bool:
    """The earlier pair is what 両社 means unless it was named too long ago or another company
    comes between (NTTドコモと組んで…、両社は: the pair is NEC and ドコモ, not the earlier one)."""
    if sent_index - pair.second.sent_index > PAIR_REACH:
        return False
    members = {pair.first.entity, pair.second.entity}
    return not any(
        m.type == "Company" and m.entity not in members and e <= at
        for m, (_s, e) in zip(sl.mentions, sl.positions, strict=False)
    )


def _pair_ending_at(
    sl: Slotted, group_of: dict[int, list[int]], ends: dict[int, int], at: int
) -> Pair | None:
    """AとBの両社: a coordination of two companies that ends right before の at ``at``."""
    i = ends.get(at - 1) if sl.text[at - 1 : at] == "の" else None
    if i is None:
        return None
    group = group_of.get(i, [i])
    if len(group) != 2 or group[-1] != i:
        return None
    a, b = sl.mentions[group[0]], sl.mentions[group[1]]
    return Pair(a, b) if _two_companies(a, b) else None


def pair_anaphors(pairs: dict[int, Pair], sent: ParsedSentence) -> list[Mention]:
    """A mention of each pair's first company at its 両社, in this sentence (the second joins in
    :func:`join_pairs`)."""
    return [
        dataclasses.replace(
            pair.first, sent_index=sent.index, start=start, end=start + 2,
            text=sent.text[start - sent.start : start - sent.start + 2],
            rule=RULE, anaphor=ANAPHOR_PAIR, refind=False,
        )
        for start, pair in pairs.items()
    ]


def join_pairs(sl: Slotted, group_of: dict[int, list[int]], pairs: dict[int, Pair]) -> None:
    """Make each 両社 slot a coordination of its pair (in place): its second company joins as a
    virtual slot, listed first, so the 両社 slot ends the group and stands for both."""
    for k, m in enumerate(list(sl.mentions)):
        pair = pairs.get(m.start) if m.anaphor == ANAPHOR_PAIR else None
        if pair is None:
            continue
        v = sl.add_virtual(dataclasses.replace(pair.second, anaphor=ANAPHOR_PAIR, rule=RULE, refind=False))
        group_of[k] = group_of[v] = [v, k]
