"""Titles as the relation stage reads them: which class a title is in, the last one in a phrase."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kg.mentions import title_sets


@dataclass(frozen=True)
class TitleBook:
    leads: frozenset[str]
    works: frozenset[str]
    state: frozenset[str]
    longest_first: tuple[str, ...]

    def last_in(self, text: str) -> str | None:
        """The title that ends last in ``text`` (the longer one on a tie): 代表取締役社長 → 代表取締役社長."""
        best = None
        for t in self.longest_first:
            i = text.rfind(t)
            if i >= 0 and (
                best is None or i + len(t) > best[0] or (i + len(t) == best[0] and len(t) > len(best[1]))
            ):
                best = (i + len(t), t)
        return best[1] if best else None

    def title_class(self, title: str | None) -> str | None:
        """``state`` (heads of state or government), else ``leads``, else ``works_for``, else None."""
        if title in self.state:
            return "state"
        if title in self.leads:
            return "leads"
        if title in self.works:
            return "works_for"
        return None


@lru_cache(maxsize=1)
def title_book() -> TitleBook:
    leads, works, state, _hon = title_sets()
    return TitleBook(leads, works, state, tuple(sorted(leads | works, key=lambda s: (-len(s), s))))
