"""Overlap policies: which of a sentence's overlapping candidates become mentions.

A policy is a plain function ``(strong, weak, text) -> chosen``, passed to
:class:`kg.mentions.finder.MentionFinder` the way spaCy's ``SpanRuler`` takes its
``ents_filter``: swap it to change how overlaps are settled without touching any source.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from kg.mentions.candidate import ORG_TYPES, PRIORITY, Candidate
from kg.mentions.nationality import HOME_COUNTRY
from kg.mentions.ruledata import is_generic, title_regex

OverlapPolicy = Callable[[Sequence[Candidate], Sequence[Candidate], str], list[Candidate]]


def people_then_longest(strong: Sequence[Candidate], weak: Sequence[Candidate], text: str) -> list[Candidate]:
    """People anchored on a title first, then the longest strong candidate, then NER in the gaps.

    山田花子トヨタ自動車社長 is not one company name: the person goes first, and an
    organisation pattern whose front the person took keeps the rest (トヨタ自動車). On equal
    length the stronger source (``PRIORITY``) wins. Weak candidates (GiNZA's NER) only fill
    characters no strong candidate took; between equals, the more confident rule wins (a name's
    form, 〜協会, over its context, 〜の会長). The result is in text order.
    """
    strong = _companies_over_short_names(_with_home_units(strong, weak, text), text)
    chosen: list[Candidate] = []
    taken = [False] * (len(text) + 1)

    def free(c: Candidate) -> bool:
        return not any(taken[c.start : c.end])

    def take(c: Candidate) -> None:
        for i in range(c.start, c.end):
            taken[i] = True
        chosen.append(c)

    order = sorted(
        strong,
        key=lambda c: (c.source != "person", -c.length, -PRIORITY[c.source], -c.confidence, c.start, c.rule),
    )
    for c in order:
        if c.start < c.end and free(c):
            take(c)
        elif c.source == "pattern" and c.type in ORG_TYPES:
            # 山田花子北斗電機社長: the person took the front of the match; the rest is the company
            ends = [
                p.end
                for p in chosen
                if p.type == "Person" and c.start <= p.end < c.end and p.start <= c.start
            ]
            start = ends[0] + 1 if ends and text.startswith("・", ends[0]) else ends[0] if ends else 0
            if ends and not any(taken[start : c.end]) and c.end - start >= 2:
                rest = text[start : c.end]  # 山田一郎・北斗電機社長: the dot is no part of the name
                if not is_generic(rest):
                    c.start, c.name = start, rest
                    take(c)
    for c in sorted(weak, key=lambda c: (c.start, -c.length)):
        if c.start < c.end and free(c):
            take(c)
        elif (short := _short_alias_of(c, chosen, text)) is not None and not any(taken[short.end : c.end]):
            chosen.remove(short)  # 伊藤忠食糧: a group company named after the parent's short name
            take(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _companies_over_short_names(strong: Sequence[Candidate], text: str) -> list[Candidate]:
    """The strong candidates but a lexicon person found by a short form of the name (メルツ for
    フリードリヒ・メルツ) where a company pattern reads the same span (独製薬大手メルツの傘下)."""
    companies = {(c.start, c.end) for c in strong if c.source == "pattern" and c.type == "Company"}
    return [
        c
        for c in strong
        if not (
            c.source == "lexicon"
            and c.type == "Person"
            and (c.start, c.end) in companies
            and c.name != text[c.start : c.end]
        )
    ]


#: A foreign name after 日本 in one company name (日本マクドナルド, 日本IBM).
FOREIGN_NAME = re.compile(r"[ァ-ヴA-Za-zＡ-Ｚａ-ｚ]")
#: A body's own name after 日本, with the ending of a body (日本赤十字社, 日本野鳥の会, 日本棋院).
HOME_BODY = re.compile(r"[一-龥々ぁ-ん]{2,8}(?:社|会|協会|連盟|機構|財団|院)")


def _with_home_units(strong: Sequence[Candidate], weak: Sequence[Candidate], text: str) -> list[Candidate]:
    """The strong candidates, where GiNZA read 日本 and a foreign name after it as one company (日本
    マクドナルド, 日本ウェンディーズ: a foreign company's Japanese unit), or 日本 and a body's name
    (日本赤十字社), that company or body instead of the country the lexicon found at its front."""
    units = [
        c for c in weak
        if c.type in ORG_TYPES
        and any(
            k.type == "Country" and k.name == HOME_COUNTRY and k.start == c.start and k.end < c.end
            and (
                (c.type == "Company" and FOREIGN_NAME.match(text, k.end))
                or (HOME_BODY.fullmatch(text, k.end, c.end) and not is_generic(text[k.end : c.end]))
            )
            for k in strong
        )
    ]
    units += _home_country_fused(strong, weak, text)
    fronts = {c.start for c in units}
    return [k for k in strong if not (k.type == "Country" and k.start in fronts)] + units


def _home_country_fused(strong: Sequence[Candidate], weak: Sequence[Candidate], text: str) -> list[Candidate]:
    """日本 written fused before a foreign name GiNZA read without it (日本|コカ・コーラ): the foreign
    company's Japanese unit, one company named with 日本 (news writes no 日本 before a Japanese
    company's name, nor before a foreign one's to give its nationality)."""
    return [
        replace(c, start=k.start, name=text[k.start : c.end])
        for c in weak
        if c.type == "Company" and FOREIGN_NAME.match(text, c.start)
        for k in strong
        if k.type == "Country" and k.end == c.start and text[k.start : k.end] == HOME_COUNTRY
    ]


#: The kanji after a parent's short name that make a group company's name (伊藤忠 + 食糧).
GROUP_COMPANY_TAIL = re.compile(r"[一-龥]{2,4}")


def _short_alias_of(c: Candidate, chosen: list[Candidate], text: str) -> Candidate | None:
    """The lexicon company a longer NER company begins with (伊藤忠 in 伊藤忠食糧, トヨタ in トヨタ紡織):
    the short name of a parent, the longer one a group company's own name; not a post, a place
    word, a branch or a common noun after the short name (伊藤忠本社, トヨタ社長, JR東日本水戸支社)."""
    if c.type != "Company":
        return None
    short = next((p for p in chosen if p.start == c.start and p.end < c.end), None)
    if short is None or short.source != "lexicon" or short.type != "Company":
        return None
    tail = text[short.end : c.end]
    if not GROUP_COMPANY_TAIL.fullmatch(tail) or is_generic(tail) or title_regex().search(tail):
        return None
    if tail.endswith(BRANCH_WORDS):
        return None  # JR東日本水戸支社: a branch of the company, not a company of its own
    if re.match(r"[ァ-ヴー一-龥]", text[c.end : c.end + 1]):
        return None  # 大阪ガス資源トレーディング部: the span stops inside a longer word (a division)
    return short


#: Words for a part of a company in a place: a name ending in one is the company's branch.
BRANCH_WORDS = ("支社", "支店", "本社", "工場", "事業所", "営業所", "本部", "支部", "製作所")
