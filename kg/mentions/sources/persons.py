"""Person source: people named before a title or honorific (梁文鋒氏, 李強首相, ヤン・ルカン氏, 梁CEO).

A kanji name must look like a name to Sudachi (人名 tags, or the one-character tokens an
unknown Chinese name is split into), so that 日本銀行総裁 does not become a person.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.lexicon import Lexicon
from kg.mentions.candidate import ORG_TYPES, Candidate
from kg.mentions.nationality import Nationality
from kg.mentions.ruledata import (
    KATA_NAME,
    NOT_ALIAS,
    NOT_SURNAMES,
    is_generic,
    pattern_rules,
    title_before,
    title_chain_regex,
    title_regex,
    title_sets,
)
from kg.model import ParsedSentence, Token

#: How far before a title the name may start.
NAME_WINDOW = 40


class PersonSource:
    """A name right before a title, with an alias or a nationality allowed in between."""

    def __init__(self, lexicon: Lexicon, nationality: Nationality) -> None:
        self.lex = lexicon
        self.nationality = nationality
        self.prefix_at_end = re.compile(
            r"(?<=[ァ-ヴー一-龥々])(" + "|".join(map(re.escape, lexicon.prefixes)) + ")$"
        )

    def candidates(self, sent: ParsedSentence) -> Iterator[Candidate]:
        text = sent.text
        hon = title_sets()[3]
        for m in title_regex().finditer(text):
            ts = m.start()
            head_start = max(0, ts - NAME_WINDOW)
            head = text[head_start:ts]
            # allow an alias in parentheses between name and title: 蔡崇信(ジョー・ツァイ)会長
            alias = None
            pm = re.search(r"[(（]([^()（）]{1,30})[)）]$", head)
            if pm:
                alias = pm.group(1)
                head = head[: pm.start()]
            # title chains: 奥田修社長CEO, 三木谷浩史会長兼社長 — the name is before the first title
            while (tm := title_chain_regex().search(head)) and tm.start() > 0:
                head = head[: tm.start()]
            country = None
            pre = self.prefix_at_end.search(head)
            if (
                pre
                and not alias
                and (
                    KATA_NAME.search(head[: pre.start()])
                    or self.lex.lookup(re.search(r"[一-龥々]*$", head[: pre.start()]).group(0) or "-")
                )
            ):
                # トランプ米大統領, 習近平中国国家主席: the nationality sits between name and title
                country = self.nationality.country_for(pre.group(1))
                head = head[: pre.start()]
            name_end = head_start + len(head)
            found = self._kata_name(head) or self._kanji_name(head, name_end, sent.tokens)
            span_end = ts  # the person's span runs up to the title (alias, nationality included)
            if found is None and not alias and country is None:
                # 山田花子北斗電機社長: name, then the organisation, then the title
                org_len = self._org_at_end(head, sent.tokens, head_start)
                if org_len:
                    head = head[:-org_len]
                    name_end = span_end = head_start + len(head)
                    found = self._kata_name(head) or self._kanji_name(head, name_end, sent.tokens)
            if found is None:
                continue
            name = found[0]
            title = re.sub(r"[(（].*$", "", m.group(0))
            if title in hon:
                title = title_before(text, name_end - len(name)) or ""
            c = Candidate(
                name_end - len(name),
                span_end,
                name,
                "Person",
                "person.title",
                "person",
                0.85,
                title=title or None,
                country=country,
                refind=True,
            )
            if alias and not NOT_ALIAS.match(alias):
                c.aliases.append(alias)
            yield c

    def _org_at_end(self, head: str, tokens: tuple[Token, ...] = (), head_offset: int = 0) -> int:
        """Length of an organisation name that ends ``head`` (lexicon or suffix rule), else 0.

        With tokens, an unknown organisation counts too when Sudachi tags the words before it
        as a person's name (人名): 山田花子北斗電機 → 北斗電機.
        """
        best = 0
        if tokens:
            names = [
                t for t in tokens if "人名" in t.tag and head_offset <= t.start < head_offset + len(head)
            ]
            if names:
                cut = names[-1].start + len(names[-1].text) - head_offset
                rest = head[cut:]
                if len(rest) >= 2 and any(
                    r.type in ORG_TYPES and rx.fullmatch(rest) for r, rx in pattern_rules()
                ):
                    best = len(rest)
        for m in self.lex.regex.finditer(head):
            entry = self.lex.lookup(m.group(0))
            if m.end() == len(head) and m.start() > 0 and entry is not None and entry.type in ORG_TYPES:
                best = max(best, len(m.group(0)))
        for rule, rx in pattern_rules():
            if rule.type in ORG_TYPES:
                for m in rx.finditer(head):
                    if m.end("name") == len(head) and m.start("name") > 0:
                        best = max(best, len(m.group("name")))
        return best if best < len(head) else 0

    def _kata_name(self, head: str) -> tuple[str, bool] | None:
        m = KATA_NAME.search(head)
        if not m:
            return None
        name = m.group(0).lstrip("・")
        if len(name) < 2 or is_generic(name):
            return None
        sur = re.search(r"(?:^|[^一-龥々])([一-龥]{1,2})$", head[: m.start()])
        if sur and "・" not in name and head[: m.start()].endswith(sur.group(1)):
            name = sur.group(1) + name  # 朴ソヨン: a kanji surname before a katakana given name
        entry = self.lex.lookup(name)
        if entry is not None and entry.type != "Person":
            return None
        return name, "・" not in name and len(name) <= 6

    def _kanji_name(self, head: str, end: int, tokens: tuple[Token, ...]) -> tuple[str, bool] | None:
        m = re.search(r"[一-龥々〆ヶ]{1,8}$", head)
        if not m:
            return None
        run = m.group(0)
        leads, works, _state, _hon = title_sets()
        for t in sorted(leads | works | {"国家", "経済学者", "学者"}, key=lambda s: (-len(s), s)):
            if run.startswith(t) and len(run) > len(t):
                run = run[len(t) :]
                break
        if len(run) > 6 or is_generic(run):
            return None
        entry = self.lex.lookup(run)
        if entry is not None:
            return (run, False) if entry.type == "Person" else None
        # Sudachi must see a person name here: 人名 tags, or a run of single-kanji tokens
        # (unknown Chinese names are split into characters).
        s_char = end - len(run)
        toks = [t for t in tokens if t.start < end and t.start + len(t.text) > s_char]
        if not toks:
            return None
        named = any("人名" in t.tag for t in toks)
        if len(run) > 4 and not named:
            return None
        # unknown Chinese names come out one character per token (陳/立/偉), whatever their tags
        chars = len(toks) > 1 and all(len(t.text) == 1 for t in toks)
        if len(run) == 1 and run in NOT_SURNAMES:
            return None
        if named or chars or (len(toks) == 1 and len(run) == 1):
            if toks[0].start != s_char:
                return None
            tags = "".join(t.tag for t in toks)
            if not chars and ("組織" in tags or "地名" in tags):
                return None
            return run, len(run) == 1
        return None
