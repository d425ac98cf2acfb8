"""Where companies are, read off the glosses news writes after a name: 南海化学(同) repeats the place
named last; 魚津工場(富山県魚津市), a site of the company the sentence is about, says where it works."""

from __future__ import annotations

import re

from kg.mentions.places import is_site_name
from kg.model import Mention
from kg.relations.hits import Hit
from kg.relations.slots import Slotted
from kg.relations.state import topic

#: The rule id of :func:`same_place_glosses`.
SAME_PLACE_RULE = "basedIn.same_place_gloss"
#: 南海化学(同) / 南海ホテル(同市) / 南海化学(同、山田一郎社長) / 南海HD(HD、同・同) / (本社・同): a
#: company's gloss that repeats the place the text named last (of that kind: 同市, the last city; 同・同
#: repeats 本社・…, an earlier gloss's head office; an alias may come first).
SAME_PLACE_GLOSS = re.compile(
    r"«CO#(?P<company>\d+)»[」』]?(?:株式会社)?[(（](?:[A-Za-z]{1,6}、)?(?:同・|本社・)?同(?P<kind>[市区町村県都府道州])?"
    r"(?:[、,][^()（）«»]{0,20})?[)）]"
)


def same_place_glosses(sl: Slotted, places_before: list[Mention]) -> list[Hit]:
    """A company glossed 「(同)」 is based in the place named last before it (北斗電機(愛知県豊田市)と
    南海化学(同): 豊田市); 「(同市)」, in the last city. The gloss is that company's alone, not the
    list's it ends (A(大阪市)、B(東京都)、C(同))."""
    found = []
    for m in SAME_PLACE_GLOSS.finditer(sl.text):
        here = [
            c
            for j, c in enumerate(sl.mentions)
            if c.type == "Place" and sl.written(j) and sl.positions[j][1] <= m.start()
        ]
        kind = m.group("kind") or ""
        place = next((p for p in reversed([*places_before, *here]) if p.name.endswith(kind)), None)
        if place is None:
            continue
        j = next((k for k, c in enumerate(sl.mentions) if c is place), None)
        j = sl.add_virtual(place) if j is None else j
        found.append(Hit(int(m.group("company")), "basedIn", j, SAME_PLACE_RULE, 0.6, distribute=False))
    return found


#: The rule id of :func:`site_glosses`.
SITE_RULE = "basedIn.site_glossed"
#: 魚津工場(富山県魚津市) / 武生工場(越前市北府二丁目): a site with the place it stands in, glossed (the
#: last place written is the most precise); the company may be written right before it.
SITE_GLOSS = re.compile(
    r"(?:«CO#(?P<owner>\d+)»の?)?«PLACE#(?P<site>\d+)»[(（](?:«(?:CTRY|PLACE)#\d+»・?){0,2}"
    r"«PLACE#(?P<place>\d+)»[^()（）«»]{0,12}[)）]"
)


def site_glosses(sl: Slotted) -> list[Hit]:
    """A company's site glossed with its place (北斗電機は、魚津工場(富山県魚津市)など3工場を売却する;
    北斗電機の新井工場(新潟県妙高市)): the company works there, so it is based there too. The
    company is the one written before the site, else the sentence's topic."""
    said = topic(sl)
    found = []
    for m in SITE_GLOSS.finditer(sl.text):
        if not is_site_name(sl.mentions[int(m.group("site"))].text):
            continue  # 大阪市(大阪府): a place glossed, no site
        if m.group("owner") is not None:
            owner = int(m.group("owner"))
        elif said is not None and said.type == "Company":
            owner = sl.mentions.index(said)
        else:
            continue
        found.append(Hit(owner, "basedIn", int(m.group("place")), SITE_RULE, 0.6))
    return found
