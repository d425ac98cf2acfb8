"""Investors written one name per line after a sentence that announces them.

Press releases and the news written from them list a round's investors as lines of their own:
「引受先は以下の通り。」, then 「北斗キャピタル株式会社」, 「南海化学株式会社」… one per line, then the
text goes on. Each line is a sentence with one name and nothing else; the announcing sentence
names no one, so the company the investors put money in is the previous sentence's topic (the
company that raised the money), or the article's main company.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.mentions import LEGAL_FORMS
from kg.model import Mention
from kg.relations.hits import Hit
from kg.relations.slots import Slotted
from kg.relations.state import DocumentState

RULE_ID = "investsIn.listed_below"
CONFIDENCE = 0.6

#: A sentence that announces investors listed below it: 引受先は以下の通り。/ コンソーシアムに含まれる
#: 企業は下記のとおり。
LISTED_BELOW = re.compile(
    r"^[^«»。]{0,20}?(?:引受先|引き受け先|割当先|割り当て先|出資企業|出資者|出資元|投資家|株主"
    r"|(?:コンソーシアム|企業連合)(?:に含まれる|に参加する|の参加)企業)"
    r"(?:は|として)、?(?:以下|下記)の(?:通り|とおり)(?:です|だ)?。?$"
)
#: A line that is one name and nothing else: one item of such a list.
BARE_NAME = re.compile(r"^«(?:CO|ORG|GOV)#(\d+)»。?$")
#: A line that is a company's name kg did not find whole: short, no particle of a clause, no
#: bracket, a legal form at its end («ORG#0»ベンチャーキャピタル株式会社).
UNFOUND_NAME = re.compile(rf"(?:«[A-Z]+#\d+»|[^«»。、はがをで【】「」\s]){{1,30}}(?:{LEGAL_FORMS})")


@dataclass(frozen=True)
class ListedBelow:
    """A list of investors announced to follow, and the company they put money in."""

    investee: Mention


def announced_list(sl: Slotted, state: DocumentState) -> ListedBelow | None:
    """The list this sentence announces, or None."""
    if not LISTED_BELOW.match(sl.text.strip()):
        return None
    investee = state.previous_topic or state.main_company
    return ListedBelow(investee) if investee is not None and investee.type == "Company" else None


def listed_item_hits(sl: Slotted, listing: ListedBelow) -> list[Hit] | None:
    """The investment one line of the list states ([] for a company's name kg did not find); None
    when the line is no name (the list has ended)."""
    line = sl.text.strip()
    m = BARE_NAME.match(line)
    if m is None:
        # a line of a company's name kg did not find keeps the list going; anything else ends it
        return [] if UNFOUND_NAME.fullmatch(line) else None
    i = int(m.group(1))
    if sl.mentions[i].entity == listing.investee.entity:
        return []
    j = sl.add_virtual(listing.investee)
    return [Hit(i, "investsIn", j, RULE_ID, CONFIDENCE, distribute=False)]
