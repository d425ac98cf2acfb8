"""両社 (both companies, 両者, 両行 too) and n社 (3社, 5社, 3行): plural anaphors for the companies last
named together.

Mention finding gives every name one entity, so 両社 is not a mention; here, per sentence, each
両社 becomes a slot of the first company of the pair and virtual slots of the others, joined as
one coordination group, so every rule that distributes over a coordination (AとBは提携した,
AとBが出資する) reads 両社 as the two of them — and 3社 as the three of a list of three. The
group is, in order of preference, the companies coordinated right before it (AとBの両社は), else
the last list of that many companies a sentence coordinated (AとBは…。両社は…), unless that was
more than :data:`PAIR_REACH` sentences back or another company is named before the anaphor in its
sentence (then the group is unclear and the anaphor stays text).
"""

from __future__ import annotations

import dataclasses
import re

from kg.model import Mention, ParsedSentence
from kg.relations.slots import SLOT_GLOSS, Slotted

#: 両社 (but not 両社長, both presidents), 両者 (both parties), 3社 / 五社 (not 13社, not 3社長), and
#: for banks 両行 / 3行.
BOTH_COMPANIES = re.compile(
    r"両(?:社|行)(?!長)|両者"
    r"|(?<![0-9０-９一二三四五六七八九十百])(?P<n>[2-9２-９二三四五六七八九])(?:社(?![長員内外])|行(?![長員内外目]))"
)
NUMERALS = {
    d: i + 2 for digits in ("23456789", "２３４５６７８９", "二三四五六七八九") for i, d in enumerate(digits)
}
ANAPHOR_PAIR = "pair"
RULE = "anaphor.pair"


@dataclasses.dataclass(frozen=True)
class Pair:
    """Companies named together (two for 両社), as written."""

    members: tuple[Mention, ...]

    @property
    def first(self) -> Mention:
        return self.members[0]


def pairs_in(sl: Slotted, group_of: dict[int, list[int]]) -> dict[int, Pair]:
    """The last coordination of each size (2, 3…) of different companies in the sentence."""
    found: dict[int, Pair] = {}
    seen: set[int] = set()
    for i in range(len(sl.mentions)):
        group = group_of.get(i, [i])
        if group[0] in seen:
            continue
        seen.add(group[0])
        # A、B、Cの3社: the 3社 slot and the names it stands for, as the companies they are
        ms = tuple(_as_named(sl.mentions[j]) for j in group)
        if len(ms) >= 2 and companies(ms):
            found[len(ms)] = Pair(ms)
    return found


def _as_named(m: Mention) -> Mention:
    """A 両社 / n社 slot's company as a company named (its own anaphor mark dropped)."""
    return dataclasses.replace(m, anaphor=None) if m.anaphor == ANAPHOR_PAIR else m


def companies(ms: tuple[Mention, ...]) -> bool:
    return (
        all(m.type == "Company" and m.entity is not None and not m.anaphor for m in ms)
        and len({m.entity for m in ms}) == len(ms)
    )


def _count(m: re.Match[str]) -> int:
    return NUMERALS[m.group("n")] if m.group("n") else 2


def pair_mentions(
    sent: ParsedSentence, sl: Slotted, group_of: dict[int, list[int]], previous: dict[int, Pair]
) -> dict[int, Pair]:
    """Each 両社 / n社 no mention covers, by its start in the document, with the companies it
    stands for: those coordinated right before it (AとBの両社), else ``previous`` of that size.

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
        at, n = slotted.start(), _count(slotted)
        pair = _pair_ending_at(sl, group_of, ends, at, n)
        fresh = COUNTED_AFTER_NOUN.search(sl.text[:at]) is not None
        if pair is None and not fresh:
            pair = _pair_earlier_in_sentence(sl, group_of, at, n)
        earlier = previous.get(n) if not fresh else None
        if pair is None and earlier is not None and _still_the_pair(sl, sent.index, at, earlier):
            pair = earlier
        if pair is not None:
            found[sent_start + m.start()] = pair
    return found


#: 石油関連企業2社, 米大手3社: companies counted right after a noun that describes them are new
#: ones, not the ones named last (a slot code ends in », so AとB、2社 still refers back).
COUNTED_AFTER_NOUN = re.compile(r"[一-龥ァ-ヴー]$")

#: The の between a list's last name (past its gloss: A㈱(本社・大阪市)の2社) and its count, with a
#: short description of the members between them (の3社, の北斗グループ3社, の国内大手3社).
LIST_THEN_COUNT = re.compile(SLOT_GLOSS + r"の[一-龥ァ-ヴーA-Za-z]{0,8}$")

#: A pair named more sentences back than this is not what a 両社 refers to.
PAIR_REACH = 3


def _still_the_pair(sl: Slotted, sent_index: int, at: int, pair: Pair) -> bool:
    """The earlier pair is what 両社 means unless it was named too long ago or another company
    comes between (NTTドコモと組んで…、両社は: the pair is NEC and ドコモ, not the earlier one); the
    subject of a sentence that acts on 両社 comes between as no new pair (ミナト商事は両社に出資する), nor
    does a company a clause before it acts on (新会社Xを設け、両行はその傘下に)."""
    if sent_index - pair.members[-1].sent_index > PAIR_REACH:
        return False
    members = {m.entity for m in pair.members}
    acted_on = not SUBJECT_MARK.match(sl.text, at + 2)
    return not any(
        m.type == "Company" and m.entity not in members and e <= at
        and not (acted_on and SUBJECT_MARK.match(sl.text, e))
        and not OBJECT_MARK.match(sl.text, e)
        for m, (_s, e) in zip(sl.mentions, sl.positions, strict=False)
    )


#: A slot marked as what a clause acts on (持ち株会社「X」を新たに設け、両行は…: X is founded, the pair
#: stays the one named before).
OBJECT_MARK = re.compile(r"[」』]?(?:[(（][^()（）]{0,30}[)）])?[」』]?を")


#: A slot's particle that marks it as what the sentence is about or who acts (は, が, も).
SUBJECT_MARK = re.compile(r"(?:[(（][^()（）]{0,30}[)）])?(?:は|が|も)")


def _pair_earlier_in_sentence(sl: Slotted, group_of: dict[int, list[int]], at: int, n: int) -> Pair | None:
    """AとBの株式を取得し、2社を傘下に: the last coordination of ``n`` companies the sentence wrote
    before ``at``, when no other company is named between it and ``at``."""
    groups = _groups_ending_before(sl, group_of, at)
    before = {e: pair for e, pair in groups.items() if len(pair.members) == n}
    if not before:
        return None
    last = max(before)
    members = {m.entity for m in before[last].members}
    between = any(
        m.type == "Company" and m.entity not in members and last < s < at
        for m, (s, _e) in zip(sl.mentions, sl.positions, strict=False)
    )
    return None if between else before[last]


def _groups_ending_before(sl: Slotted, group_of: dict[int, list[int]], at: int) -> dict[int, Pair]:
    """Each coordination of different companies written before ``at``, by where it ends."""
    found: dict[int, Pair] = {}
    for i, (_s, e) in enumerate(sl.positions):
        group = group_of.get(i, [i])
        if group[-1] != i or e > at or len(group) < 2:
            continue
        ms = tuple(_as_named(sl.mentions[j]) for j in group)
        if companies(ms):
            found[e] = Pair(ms)
    return found


def _pair_ending_at(
    sl: Slotted, group_of: dict[int, list[int]], ends: dict[int, int], at: int, n: int
) -> Pair | None:
    """AとBの両社 / 「A」「B」の2社 / AとB、Cの北斗グループ3社: a coordination of ``n`` companies that
    ends right before の (past a closing quote) at ``at``, or before の and a short description of
    what they have in common (then the count must be the list's length, which it is here)."""
    of = LIST_THEN_COUNT.search(sl.text, 0, at)
    if of is None:
        return None
    closing = 1 if sl.text[of.start() - 1 : of.start()] in ("」", "』") else 0
    i = ends.get(of.start() - closing)
    if i is None:
        return None
    group = group_of.get(i, [i])
    if len(group) != n or group[-1] != i:
        return None
    ms = tuple(sl.mentions[j] for j in group)
    return Pair(ms) if companies(ms) else None


def pair_anaphors(pairs: dict[int, Pair], sent: ParsedSentence) -> list[Mention]:
    """A mention of each group's first company at its 両社, in this sentence (the others join in
    :func:`join_pairs`)."""
    return [
        dataclasses.replace(
            pair.first, sent_index=sent.index, start=start, end=start + 2,
            text=sent.text[start - sent.start : start - sent.start + 2],  # 両社, 3社: two characters
            rule=RULE, anaphor=ANAPHOR_PAIR, refind=False,
        )
        for start, pair in pairs.items()
    ]


def join_pairs(sl: Slotted, group_of: dict[int, list[int]], pairs: dict[int, Pair]) -> None:
    """Make each 両社 slot a coordination of its group (in place): the other companies join as
    virtual slots, listed first, so the 両社 slot ends the group and stands for all of them."""
    for k, m in enumerate(list(sl.mentions)):
        pair = pairs.get(m.start) if m.anaphor == ANAPHOR_PAIR else None
        if pair is None:
            continue
        others = [
            sl.add_virtual(dataclasses.replace(o, anaphor=ANAPHOR_PAIR, rule=RULE, refind=False))
            for o in pair.members[1:]
        ]
        group = [*others, k]
        for j in group:
            group_of[j] = group
