"""Every holder of a stake list, after the word that opens it.

News gives a company's holders as one list after a word for it: 「出資比率は北斗商事が60%、香港法人の
ミナトHDが40%」, 「出資額は北斗航空が1005万円、ミナト商事が1000万円」, 「株主構成:北斗(51%)、南海(49%)」,
「出資額を主な企業でみると、北斗が30億円、南海などが各20億円」, 「資本金は5000万円(北斗80%、南海20%)」,
「資本金は1億円で、74%を北斗、26%を南海が出資する」.
The slot rules read such a list where one pattern spans it (the first holder, or every holder when
nothing stands between them); a holder after a place or a descriptor (香港法人の…) or after a holder
written with money is no part of that span. This reads the list item by item: each name written
with a share or an amount of money after the opening word holds a stake in the company the list is
about, which is the company named right before the opening word (北斗LNGの出資比率は), else the
company the text last introduced as new (新会社「X」を設立した。出資比率は…), else the previous
sentence's topic.

A regex cannot do it alone: a list's items share one opening word, and one match per opening is all
a pattern gives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.model import Mention
from kg.relations.hits import Hit
from kg.relations.ruleset import STAKE_SHARES_WORD
from kg.relations.slots import Slotted
from kg.relations.state import DocumentState

RULE_ID = "investsIn.stake_list"
CONFIDENCE = 0.65

#: The words that open a list of holders, the company held perhaps right before them; or a company's
#: capital with its holders' shares after it (資本金は5000万円(北斗80%、南海20%) / 資本金は26億円で、北斗が
#: 90%、南海が10%を出資する / 資本金は1億ルピー(約2億円)で、…); or its shares as the topic (南海化学の
#: 発行済株式については、北斗が50%…).
OPENER = re.compile(
    r"(?:«CO#(?P<held>\d+)»(?:社)?[」』]?(?:への|に対する|の))?(?:"
    + STAKE_SHARES_WORD
    + r"(?:は|[:：]|では|を[^«»。、]{0,10}?(?:見ると|みると))"
    + r"|資本金(?:は|[:：])[^«»。()（）]{1,20}?"
    + r"(?:[(（](?=[^()（）]*[%％])|(?:[(（][^()（）%％«»]{1,20}[)）])?(?:で|、)、?(?=[^。]*[%％]))"
    + r"|(?:発行済み?株式|株式)(?:について|に関して)は、?)"
)
#: A share right after the opening word (北斗の出資比率は16.1%となり): the company named before it holds
#: that share; no list of its holders follows (a share with を opens one: 74%を北斗、26%を南海が出資).
OWN_SHARE = re.compile(r"、?(?:約|およそ)?[0-9０-９.．]+(?:%|％)(?!を)")
#: A target written as text right before the opening word (ミナトペットへの出資比率は): a name no
#: mention covers.
UNNAMED_TARGET = re.compile(r"[一-龥ァ-ヴーA-Za-z](?:への|に対する)$")
#: The count that sums up the holders before the opening word (3社の出資比率は, 両社の出資比率は): the
#: holders, not the company held (the new company or the previous topic is).
COUNT_OF_HOLDERS = re.compile(r"[0-9０-９一二三四五六七八九十]+社|両社")
#: A gloss after a name: 南海産業(名古屋市).
GLOSS = r"(?:[(（](?:[^()（）«»]|«[A-Z]+#\d+»)*[)）])"
#: The names listed before a holder, each joined to the next: «A»、«B»、 of «A»、«B»、«C»などが各20億円.
LISTED_BEFORE = re.compile(r"(?:«(?:CO|ORG|GOV)#(\d+)»" + GLOSS + r"?(?:、|と|や))+$")
#: One holder with its share or its money (北斗が60%, 南海は約1割, ミナト(49%), ソラが1005万円; its short
#: name in parentheses after a name not found: SORA INTL(ソラ)が30%).
ITEM = re.compile(
    r"«(?:CO|ORG|GOV)#(?P<holder>\d+)»[)）]?"
    r"(?:[(（](?=[^()（）]*[0-9０-９])|" + GLOSS + r"?(?:など|ら)?(?:が|は)?[ 　]?)"
    r"(?:それぞれ|各)?(?:約|およそ)?"
    r"(?:[0-9０-９.．,，]+(?:%|％)|[0-9０-９一二三四五六七八九]割|[0-9０-９.．,，]+(?:億|万|千)*(?:円|ドル|ユーロ|元))"
)

#: One holder after its share (資本金は…で、74%を北斗、26%を南海が出資する).
SHARE_FIRST_ITEM = re.compile(r"(?:約|およそ)?[0-9０-９.．]+(?:%|％)を«(?:CO|ORG|GOV)#(?P<holder>\d+)»")


@dataclass(frozen=True)
class HeldCompany:
    """The company a stake list is about, and its slot when the sentence writes it."""

    mention: Mention
    slot: int | None = None


def stake_list_hits(sl: Slotted, state: DocumentState) -> list[Hit]:
    """An investsIn hit for each holder the sentence's stake list names (none without a list)."""
    opener = next((m for m in OPENER.finditer(sl.text) if not OWN_SHARE.match(sl.text, m.end())), None)
    held = _held_company(sl, opener, state) if opener is not None else None
    if opener is None or held is None:
        return []
    end = sl.text.find("。", opener.end())
    listed = sl.text[opener.end() : end if end >= 0 else len(sl.text)]
    holders = []
    for m in ITEM.finditer(listed):
        before = LISTED_BEFORE.search(listed, 0, m.start())
        if before is not None:  # A、B、CなどがN億円: each listed name holds the stake
            holders += [int(k) for k in re.findall(r"«(?:CO|ORG|GOV)#(\d+)»", before.group(0))]
        holders.append(int(m.group("holder")))
    holders += [int(m.group("holder")) for m in SHARE_FIRST_ITEM.finditer(listed)]
    if any(sl.mentions[i].entity == held.mention.entity for i in holders):
        # 北斗は…。出資比率は北斗60%、南海40%とする: a company not yet named, not 北斗
        return []
    holders = [i for i in holders if sl.mentions[i].entity is not None]
    if not holders:
        return []
    j = held.slot if held.slot is not None else sl.add_virtual(held.mention)
    return [Hit(i, "investsIn", j, RULE_ID, CONFIDENCE) for i in holders]


def _held_company(sl: Slotted, opener: re.Match[str], state: DocumentState) -> HeldCompany | None:
    """The company the list is about: the one named right before the opening word, else (unless a
    name kg did not find stands there) the company whose profile the line is part of (<Xのプロフィール>
    / 大株主と持株比率:…), else the company introduced as new, else the previous sentence's topic (a
    company)."""
    if opener.group("held") is not None and not COUNT_OF_HOLDERS.fullmatch(
        sl.mentions[int(opener.group("held"))].text
    ):
        slot = int(opener.group("held"))
        return HeldCompany(sl.mentions[slot], slot)
    if UNNAMED_TARGET.search(sl.text, 0, opener.start()):
        return None  # サーキュラーペットへの出資比率は: a company kg did not find, no other one
    for candidate in (state.recent_profile(), state.new_company, state.previous_topic):
        if candidate is not None and candidate.type == "Company":
            return HeldCompany(candidate)
    return None
