"""What a relation rule finds in a slotted sentence, before it becomes a relation."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Hit:
    """Slot ``subject`` → ``predicate`` → slot ``object``, found by ``rule``.

    ``distribute``: a slot that ends a coordination (A、B、Cは) stands for every member.
    """

    subject: int
    predicate: str
    object: int
    rule: str
    confidence: float
    distribute: bool = True
    list_after: bool = False  # the slot written later opens a list: every member of it takes its role

    def reversed(self) -> Hit:
        return replace(self, subject=self.object, object=self.subject)
