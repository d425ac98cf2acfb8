"""Titles as the relation stage reads them: which class a title is in, the last one in a phrase."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from kg.mentions import title_sets
from kg.rules import rules


@dataclass(frozen=True)
class TitleBook:
    leads: frozenset[str]
    works: frozenset[str]
    state: frozenset[str]
    longest_first: tuple[str, ...]
    officers: frozenset[str] = frozenset()
    place_heads: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    heads_of_bodies: frozenset[str] = frozenset()  # 所長, 学長: they head no company
    one_per_body: frozenset[str] = frozenset()  # 社長, CEO: a body has one holder

    def heads_another_body(self, title: str | None, other: str | None) -> bool:
        """Whether two people named side by side with these titles head two bodies: each title is a
        post a body has one holder of, or heads a place or a body that is no company."""
        sole = self.one_per_body | self.heads_of_bodies | frozenset(self.place_heads)
        return title in sole and other in sole

    def last_in(self, text: str) -> str | None:
        """The title that ends last in ``text`` (the longer one on a tie): 代表取締役社長 → 代表取締役社長.
        Of posts held together (会長兼執行役員) the first is the main one."""
        if "兼" in text and self._last(text.split("兼", 1)[0]):
            text = text.split("兼", 1)[0]
        return self._last(text)

    def _last(self, text: str) -> str | None:
        best = None
        for t in self.longest_first:
            i = text.rfind(t)
            if i >= 0 and (
                best is None or i + len(t) > best[0] or (i + len(t) == best[0] and len(t) > len(best[1]))
            ):
                best = (i + len(t), t)
        return best[1] if best else None

    def title_class(self, title: str | None) -> str | None:
        """``state`` (heads of state or government), ``place_head`` (知事, 市長), ``leads``,
        ``officer`` (a corporate officer), ``works_for``, or None; the first that applies."""
        if title in self.state:
            return "state"
        if title in self.place_heads:
            return "place_head"
        if title in self.leads:
            return "leads"
        if title in self.officers:
            return "officer"
        if title in self.works:
            return "works_for"
        if title and title.endswith(MINISTER_ENDINGS):
            return "minister"
        return None

    @staticmethod
    def ministry_names(title: str) -> list[str]:
        """Names the ministry of a minister's title may have: 経産相 → 経産省, 経産務省; 外相 →
        外省, 外務省; 財務大臣 → 財務省 (the lexicon says which exist)."""
        for ending in MINISTER_ENDINGS:
            if title.endswith(ending) and len(title) > len(ending):
                stem = title[: -len(ending)].removesuffix("担当")
                return [stem + "省", stem + "務省", stem + "庁"]
        return []

    def heads_place(self, title: str | None, place_name: str) -> bool:
        """Whether ``title`` heads a place of this name (知事 and 広島県)."""
        return title is not None and place_name.endswith(tuple(self.place_heads.get(title, ())))


#: How a minister's title ends (経産相, 外務大臣, 商務長官).
MINISTER_ENDINGS = ("大臣", "長官", "相")


@lru_cache(maxsize=1)
def title_book() -> TitleBook:
    leads, works, state, _hon = title_sets()
    data = rules("titles")
    return TitleBook(
        leads,
        works,
        state,
        tuple(sorted(leads | works, key=lambda s: (-len(s), s))),
        officers=frozenset(data.officers),
        place_heads={k: tuple(v) for k, v in data.place_heads.items()},
        heads_of_bodies=frozenset(data.heads_of_bodies),
        one_per_body=frozenset(data.one_per_body),
    )
