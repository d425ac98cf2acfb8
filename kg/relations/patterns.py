"""Slot pattern rules (``relations.yaml`` ``patterns``): phrases whose shape names the relation.

``predicate: title`` rules (X社のY社長) leave the predicate to the person's title: see
:func:`title_predicate`.
"""

from __future__ import annotations

import re

from kg.model import Mention
from kg.relations.hits import Hit
from kg.relations.pairs import ANAPHOR_PAIR
from kg.relations.ruleset import pattern_rules
from kg.relations.slots import Slotted, pairs_of_pairs
from kg.relations.state import DocumentState
from kg.relations.titles import TitleBook
from kg.rules import PatternRule, rule_error


def pattern_hits(
    sl: Slotted, state: DocumentState, titles: TitleBook, group_of: dict[int, list[int]]
) -> list[Hit]:
    found = []
    for compiled in pattern_rules():
        rule = compiled.rule
        since = 0  # where the rule's last match ended: what it read names no other body for the next
        for m in compiled.regex.finditer(sl.text):
            groups = m.groupdict()
            region, since = (since, m.start()), m.end()
            if rule.subject_from:
                # …と提携する。Xの株式の5%を取得する: the buyer is the company of the sentence before
                s = _unsaid_company(rule.subject_from, state, sl, region)
                if s is not None:
                    found.append(Hit(s, rule.predicate, _bound(groups, "o", rule), rule.id, rule.confidence))
                continue
            s = _bound(groups, "s", rule)
            if rule.among_list:
                found += _among_list(sl, s, group_of, rule)
                continue
            if rule.object_from:
                # 半導体子会社のX: the parent is the company the text is talking about (not 傘下の両社:
                # a subject that is itself read from the context, not summing up a list written here)
                if sl.mentions[s].anaphor and not _sums_up_a_list(sl, s):
                    continue
                unsaid = _unsaid_company(rule.object_from, state, sl, region)
                if unsaid is None:
                    continue
                o = unsaid
            else:
                o = _bound(groups, "o", rule)
                if rule.object_named and sl.mentions[o].anaphor == ANAPHOR_PAIR:
                    continue  # 3社の出資比率は…: a count of the companies listed, who hold the stakes
            pred = rule.predicate
            if pred == "title":
                between = groups.get("between") or groups.get("between2") or ""
                found += _listed_officers(sl, s, o, rule, titles, group_of)
                pred = title_predicate(sl.mentions[s], sl.mentions[o], between, rule, titles)
                if pred is None:
                    continue
                if rule.post_for_every_person:
                    found += _others_listed(sl, s, o, pred, rule, group_of)
            conf, listed, spread = rule.confidence, rule.list_after, rule.distribute
            found.append(Hit(s, pred, o, rule.id, conf, list_after=listed, distribute=spread))
    return found


#: A name written right before a slot, past など and の: the slot counts what is listed (A、B、Cの3社).
COUNTED_AFTER_NAMES = re.compile(r"»(?:など|等)?の?$")


def _sums_up_a_list(sl: Slotted, s: int) -> bool:
    """Whether slot ``s`` (an anaphor) counts a list written right before it (A、B、Cの3社)."""
    return bool(COUNTED_AFTER_NAMES.search(sl.text[: sl.positions[s][0]]))


#: A person's own organisation written right before them (南海化学の«PER»).
OWN_ORGANISATION_BEFORE = re.compile(r"«(?:CO|ORG|GOV)#\d+»の$")


def _listed_officers(
    sl: Slotted, s: int, o: int, rule: PatternRule, titles: TitleBook, group_of: dict[int, list[int]]
) -> list[Hit]:
    """北斗電機から山田一郎専務と佐藤次郎常務を迎える: with ``list_after`` and each person's own title
    (``title_from: [person]``), every person listed after the first holds a post at the organisation,
    each the one their title says (titles are never distributed over a list), up to a person written
    with an organisation of their own."""
    group = group_of.get(s, [s])
    person_first = sl.positions[s][0] < sl.positions[o][0]
    if not rule.list_after or rule.title_from != ["person"] or group[0] != s or person_first:
        return []  # the organisation is written first, then the list of its people
    out = []
    for member in group[1:]:
        if OWN_ORGANISATION_BEFORE.search(sl.text, 0, sl.positions[member][0]):
            break  # …、南海化学の佐藤社長: a person of another organisation ends the list of o's people
        pred = title_predicate(sl.mentions[member], sl.mentions[o], "", rule, titles)
        if pred is not None and sl.mentions[member].type == "Person":
            out.append(Hit(member, pred, o, rule.id, rule.confidence, distribute=False))
    return out


def _bound(groups: dict[str, str | None], role: str, rule: PatternRule) -> int:
    """The slot a match bound to ``role`` (s, or s2, s3… in another alternative of the regex); an
    alternative that binds none is the rule's error, named as such."""
    bound = [v for k, v in sorted(groups.items()) if v is not None and ROLE_GROUP[role].fullmatch(k)]
    if not bound:
        raise rule_error("relations", f"{rule.id}.regex", f"an alternative matched without binding {role!r}")
    return int(bound[0])


#: The group names of a subject and of an object: s, s2, s3…; o, o2, o3….
ROLE_GROUP = {"s": re.compile(r"s[0-9]*"), "o": re.compile(r"o[0-9]*")}


#: A company, government or organisation written before a phrase that leaves its owner unsaid.
ORGANISATION_SLOT = re.compile(r"«(?:CO|ORG|GOV)#(\d+)»")


#: A person written right after an organisation (南海化学の«PER»): the organisation is that person's, not
#: the one a post after it is at.
OWN_ORGANISATION_OF_PERSON = re.compile(r"[」』]?の«PER#\d+»")


def _unsaid_company(kind: str, state: DocumentState, sl: Slotted, region: tuple[int, int]) -> int | None:
    """The slot of the company a rule leaves unsaid (``object_from`` / ``subject_from``), None when
    another organisation is written before the match, in ``region`` (from where the rule's match
    before ended: 社長には南海化学の山田氏が、副社長には…: that one's person's), as the one meant (for a
    new company, not one written as a person's own: 会長には北斗HDの山田氏が就任し、社長にも…: people of
    the founders take its posts), or there is no company."""
    company = _object_from(kind, state)
    kinds = ("Company", "Organization") if kind == "profile" else ("Company",)  # a profile's body too
    if company is None or company.type not in kinds:
        return None
    own_ones_pass = kind == "new_company"  # a new company's posts go to people of the founders
    before = {
        int(m.group(1))
        for m in ORGANISATION_SLOT.finditer(sl.text, *region)
        if not (own_ones_pass and OWN_ORGANISATION_OF_PERSON.match(sl.text, m.end()))
    }
    if any(sl.mentions[i].entity != company.entity for i in before):
        return None
    return sl.add_virtual(company)


def _object_from(kind: str, state: DocumentState) -> Mention | None:
    """The company a rule's unsaid subject or object stands for (``object_from``, ``subject_from``)."""
    return {
        "previous_topic": state.previous_topic,
        "main_company": state.main_company,
        "unit_owner": state.unit_owner,
        "new_company": state.new_company,
        "deal_or_previous_topic": state.recent_deal_target() or state.previous_topic,
        "profile": state.recent_profile(),
    }[kind]


def _others_listed(
    sl: Slotted, s: int, o: int, pred: str, rule: PatternRule, group_of: dict[int, list[int]]
) -> list[Hit]:
    """The other people listed with ``s`` (A氏とB氏が就く), each with the post the rule read for ``s``."""
    group = group_of.get(s, [s])
    if s not in (group[0], group[-1]):
        return []
    return [
        Hit(i, pred, o, rule.id, rule.confidence, distribute=False)
        for i in group
        if i != s and sl.mentions[i].type == "Person"
    ]


def _among_list(sl: Slotted, last: int, group_of: dict[int, list[int]], rule: PatternRule) -> list[Hit]:
    """Every two members of the list ``last`` ends (none when it ends no list; each pair of a list of
    pairs, :func:`pairs_of_pairs`)."""
    group = group_of.get(last, [last])
    if group[-1] != last:
        return []
    pairs = pairs_of_pairs(sl, group) or [(a, b) for k, a in enumerate(group) for b in group[k + 1 :]]
    return [Hit(a, rule.predicate, b, rule.id, rule.confidence, distribute=False) for a, b in pairs]


#: Leading posts that also head a unit of an organisation (事業局長, 研究所長): with the unit's name
#: glued before them, the holder works for the organisation.
UNIT_HEADS = frozenset({"局長", "所長"})
#: A unit's name glued before its head's post: two or more kana or kanji, no title.
UNIT_NAME_BEFORE = re.compile(r"[一-龥ァ-ヴー]{2,}$")


def _unit_glued_before(between: str, title: str, titles: TitleBook) -> bool:
    """``between`` has a unit's name right before its last ``title``, a word that is no title itself
    (イベント局長: イベント; not 事務局長, a title of its own)."""
    before = between[: between.rfind(title)]
    unit = UNIT_NAME_BEFORE.search(before)
    return unit is not None and titles.last_in(unit.group(0)) is None


#: A former, current or new holder's mark before a title (前社長, 元会長, 新社長).
TENURE_BEFORE_TITLE = re.compile(r"^[前元現新](?=.)")


def title_predicate(
    person: Mention, org: Mention, between: str, rule: PatternRule, titles: TitleBook
) -> str | None:
    """``leads`` for a leading title, ``worksFor`` for another; with a country, a head of state
    ``leads`` it and anyone else is ``basedIn`` it; a place is led by its 知事 or 市長 only.
    None when the title says nothing (or, with ``require_title``, when there is none)."""
    sources = {"between": titles.last_in(between), "person": person.title}
    title = next((sources[s] for s in rule.title_from if sources[s]), None)
    if title in UNIT_HEADS and title == sources["between"] and _unit_glued_before(between, title, titles):
        return "worksFor"  # 北斗協会のイベント局長・山田氏: the head of a unit of it, not of it
    if title and TENURE_BEFORE_TITLE.match(title) and titles.title_class(title[1:]) is not None:
        title = title[1:]  # 前社長, 元会長, 新社長: the holder of the post, before or now
    require = rule.require_title
    if org.type == "Place":
        if between == "長" and org.name[-1:] in "市町村区":
            title = org.name[-1] + "長"  # 山田一郎大村市長: the place took the title's 市
        return "leads" if titles.heads_place(title, org.name) else None
    minister = title and title not in titles.leads and title not in titles.works
    if minister and title.endswith(("相", "長官", "大臣")):
        title = "相"  # 外相, 財務相, 商務長官: heads a ministry
    if org.type == "Country":
        if title in titles.state:
            return "leads"
        return None if (require or title == "相") else "basedIn"
    if title is None:
        return None if require else "worksFor"
    if title in titles.state and org.type == "Company":
        return None
    return "leads" if title in titles.leads else "worksFor"
