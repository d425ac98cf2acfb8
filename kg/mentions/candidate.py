"""What a mention source yields: a candidate span in a sentence, before the overlap choice."""

from __future__ import annotations

from dataclasses import dataclass, field

#: Which source a candidate came from, strongest first; on equal length the stronger source
#: wins, and a name re-found across the document ("document") yields to the rule that found it.
PRIORITY = {"lexicon": 4, "pattern": 3, "person": 3, "document": 2, "ner": 1, "made": 0, "deal": 0}
ORG_TYPES = frozenset({"Company", "Government", "Organization"})


@dataclass
class Candidate:
    """A span of one sentence's text that may name an entity."""

    start: int  # in sentence text
    end: int
    name: str
    type: str
    rule: str
    source: str  # a key of PRIORITY
    confidence: float
    country: str | None = None
    title: str | None = None
    aliases: list[str] = field(default_factory=list)
    anaphor: str | None = None  # an ANAPHOR_* kind of kg.model
    refind: bool = False  # find the name again everywhere in the document (kg.mentions.sources.known)

    @property
    def length(self) -> int:
        return self.end - self.start
