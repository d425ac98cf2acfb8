"""The mentions stage: find spans that name companies, governments, people, technologies…

Sources, strongest first (a stronger source wins every overlap):

1. lexicon entries (``kg/data/lexicon``), matched on characters;
2. pattern rules (``kg/data/rules/mentions.yaml``): organisation, government, research-body
   and technology suffixes, quoted product names, ``<country>政府``;
3. people found from a title or honorific after the name (``titles.yaml``), validated
   with Sudachi's part-of-speech tags (人名) so that 日本銀行総裁 does not become a person;
4. GiNZA's own NER, through the whitelist in ``ene.yaml`` and type-specific checks.

Nationality prefixes (米エヌビディア) and descriptors (英半導体設計会社アーム) before a
mention become its ``country``; a name in parentheses right after it becomes an alias.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from kg.lexicon import Lexicon, norm, rules
from kg.model import Mention
from kg.parse import ParsedDocument, ParsedSentence

# on equal length the stronger source wins; a name re-found across the document ("document")
# yields to the rule that found it in the first place
PRIORITY = {"lexicon": 4, "pattern": 3, "person": 3, "document": 2, "ner": 1}
ORG_TYPES = {"Company", "Government", "Organization"}


@dataclass
class Candidate:
    start: int  # in sentence text
    end: int
    name: str
    type: str
    rule: str
    source: str
    confidence: float
    country: str | None = None
    title: str | None = None
    aliases: list[str] = field(default_factory=list)
    anaphor: bool = False

    @property
    def length(self) -> int:
        return self.end - self.start


# --- compiled rule data -------------------------------------------------------------------


@lru_cache(maxsize=1)
def _classes() -> dict[str, str]:
    c = dict(rules("mentions")["classes"])
    c["NAME"] = c["KATA"] + c["KANJI"] + c["LATIN"]
    c["BOUND"] = f"(?<![{c['NAME']}])"
    return c


def _expand(regex: str) -> str:
    c = _classes()
    for key in ("BOUND", "NAME", "KATA", "KANJI", "LATIN"):
        regex = regex.replace("{" + key + "}", c[key])
    return regex


@lru_cache(maxsize=1)
def pattern_rules() -> list[tuple[dict[str, Any], re.Pattern[str]]]:
    return [(r, re.compile(_expand(r["regex"]))) for r in rules("mentions")["rules"]]


@lru_cache(maxsize=1)
def title_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    t = rules("titles")
    return (
        frozenset(t["leads"]),
        frozenset(t["works_for"]),
        frozenset(t["state"]),
        frozenset(t["honorifics"]),
    )


@lru_cache(maxsize=1)
def title_regex() -> re.Pattern[str]:
    leads, works, _state, hon = title_sets()
    words = sorted(leads | works | hon | {"国家主席"}, key=lambda s: (-len(s), s))
    # "(CEO)" may follow a spelled-out title: 最高経営責任者(CEO)
    # ministers: 外相, 財務相, 商務長官
    minister = (
        r"(?:外|財務|経済産業|経産|防衛|厚生労働|厚労|文部科学|文科|農林水産|農水|国土交通|国交|環境|法務|総務"
        r"|経済再生|経済財政|経済安全保障|官房|国務|商務|エネルギー|内務|国防|司法|運輸|通商|労働|保健|教育"
        r"|産業|貿易|経済|内閣|デジタル)(?:相|長官|大臣)"
    )
    alts = "|".join(re.escape(w) for w in words)
    return re.compile(f"(?:{alts}|{minister})(?:[(（][A-Z]{{2,4}}[)）])?")


@lru_cache(maxsize=1)
def generic_words() -> frozenset[str]:
    return frozenset(norm(w) for w in rules("generic")["never_entities"])


@lru_cache(maxsize=1)
def descriptor_prefixes() -> tuple[str, ...]:
    return tuple(rules("generic")["descriptor_prefixes"])


# Descriptions cut off the front of a pattern match: 英半導体設計会社アーム → アーム
LEADING_DESCRIPTOR = re.compile(
    r"^.*?(?:会社|企業|大手|メーカー|新興|スタートアップ|ベンチャー|シンクタンク|傘下の?|子会社の?|系列の?"
    r"|投資銀行|銀行|地銀|証券会社|商社|ファンド|財閥)(?=[ァ-ヴA-Za-z])"
    r"|^.*?(?:会社|企業|大手|メーカー|新興|スタートアップ|ベンチャー|シンクタンク|傘下の?|子会社の?|系列の?)(?=.)"
)
KANJI = re.compile(r"[一-龥々〆ヶ]")
NOT_SURNAMES = frozenset("兼副元前新現同各両総大小中次旧故主筆首社会当本")
DESCRIBES_COMPANY = re.compile(
    r"[一-龥ァ-ヴー]{0,4}(?:大手|企業|会社|メーカー|専業|各社|業界|銘柄|部門|事業部|新興|スタートアップ)"
)
KATA_NAME = re.compile(r"(?:[ァ-ヴー]+|[A-Z]\.?)(?:[・=＝](?:[ァ-ヴー]+|[A-Z]\.?))*$")
TICKERISH = re.compile(r"^[0-9A-Za-z]{1,6}\.[A-Za-z]{1,3}$")
PAREN_ALIAS = re.compile(r"^[(（]([^()（）、。]{1,40})[)）]")
NOT_ALIAS = re.compile(r"^(?:CEO|COO|CFO|CTO|[0-9０-９]+.*|.*(?:年|月|日|歳|億|万|%|％).*)$")


class MentionFinder:
    """Applies every mention source to a parsed document."""

    def __new__(cls, lexicon: Lexicon) -> MentionFinder:
        # one finder per lexicon: its regexes are built from thousands of names
        cached = lexicon.cache.get("finder")
        if isinstance(cached, cls):
            return cached
        finder = super().__new__(cls)
        lexicon.cache["finder"] = finder
        return finder

    def __init__(self, lexicon: Lexicon) -> None:
        if getattr(self, "lex", None) is lexicon:
            return
        self.lex = lexicon
        self.ene = rules("ene")
        prefixes = sorted(lexicon.prefixes, key=lambda s: (-len(s), s))
        country_forms = sorted(
            {s for e in lexicon.entries if e.type == "Country" for s in (e.name, *e.aliases)},
            key=lambda s: (-len(s), s),
        )
        alt = "|".join(re.escape(x) for x in country_forms + prefixes) or r"(?!x)x"
        self.country_gov = re.compile(rf"(?P<c>{alt})(?:国)?(?:政府|当局)(?![{_classes()['NAME']}])")
        self.bare_gov = re.compile(
            rf"(?<![{_classes()['NAME']}])(?:中央政府|同政府|政府)(?![{_classes()['NAME']}])"
        )
        self.anaphors = {
            "同社": "Company",
            "同行": "Company",
            "同氏": "Person",
            "同省": "Government",
            "同庁": "Government",
        }
        self.anaphor_re = re.compile("|".join(self.anaphors))
        # full country names before one-kanji prefixes: 韓国サムスン電子 is 韓国 + サムスン電子
        self.prefix_alt = sorted(set(prefixes) | set(country_forms), key=lambda x: (-len(x), x))
        # a nationality, then an optional description, right before a name
        name_chars = _classes()["NAME"]
        self.prefixed_name = re.compile(
            f"(?<![{name_chars}])(?P<c>"
            + "|".join(re.escape(x) for x in prefixes)
            + ")"
            + r"(?P<name>[ァ-ヴ][ァ-ヴー・]{2,}[A-Za-z0-9]*|[A-Z][A-Za-z0-9&\-]{1,15})"
            + f"(?![{name_chars}])"
        )
        self.not_after_prefix = frozenset(rules("generic").get("not_names_after_prefix", []))
        self.nationality_tail = re.compile(
            "(?P<c>"
            + "|".join(re.escape(x) for x in self.prefix_alt)
            + ")"
            + r"(?:の?(?:新興|大手|中堅|老舗)?[一-龥ァ-ヴーA-Za-z0-9・()（）]{0,12}?"
            + r"(?:会社|企業|大手|メーカー|新興|スタートアップ|ベンチャー|シンクタンク|銀行|地銀"
            + r"|ファンド|運用会社|商社)"
            + r"の?、?)?$"
        )

    # -- helpers ----------------------------------------------------------------------------
    def _country_for(self, surface: str) -> str | None:
        e = self.lex.lookup(surface)
        if e is not None and e.type == "Country":
            return e.name
        return self.lex.country_of_prefix(surface)

    def _is_generic(self, name: str) -> bool:
        n = norm(name)
        if not n or n in generic_words():
            return True
        return name.startswith(descriptor_prefixes())

    def _trim(self, cand: Candidate, text: str) -> Candidate | None:
        """Cut descriptors and nationality prefixes off the front of a pattern match."""
        name = cand.name
        lead = re.match(r"^(?:用|製|向け|系|型|等|など)+", name)
        if lead:
            cand.start += lead.end()
            name = name[lead.end() :]
        m = LEADING_DESCRIPTOR.match(name)
        if m and cand.source == "pattern":
            cut = m.end()
            rest = name[cut:]
            if len(rest) >= 2 and not self._is_generic(rest):
                cand.start += cut
                name = rest
        for p in self.prefix_alt:
            if name.startswith(p) and len(name) > len(p) + 1:
                rest = name[len(p) :]
                # 米マイクロソフト, 韓国サムスン電子; but 日立エナジー and 中国工商銀行 stay whole
                known = self.lex.lookup(rest) is not None
                if not known and not re.match(r"[ァ-ヴA-Za-zＡ-Ｚａ-ｚ]", rest):
                    break
                if known or cand.type in ORG_TYPES:
                    if cand.type == "Government" and not rest.endswith(("省", "庁", "委員会", "局")):
                        break
                    cand.country = cand.country or self._country_for(p)
                    if cand.type != "Government":
                        cand.start += len(p)
                        name = rest
                break
        cand.name = name
        if self._is_generic(name) or len(norm(name)) < 2 and cand.type != "Person":
            return None
        return cand

    # -- sources ----------------------------------------------------------------------------
    def lexicon_candidates(self, text: str) -> Iterator[Candidate]:
        name_chars = _classes()["NAME"]
        for m in self.lex.regex.finditer(text):
            s, e = m.start(), m.end()
            surface = m.group(0)
            entry = self.lex.lookup(surface)
            if entry is None:
                continue
            before = text[s - 1] if s else ""
            after = text[e] if e < len(text) else ""
            if re.match(r"[A-Za-z0-9]", surface[0]) and re.match(r"[A-Za-z0-9]", before or " "):
                continue
            if re.search(r"[A-Za-z0-9]$", surface) and re.match(r"[A-Za-z0-9]", after or " "):
                continue
            if re.match(r"[ァ-ヴー]", surface[0]) and before and re.match(r"[ァ-ヴー・]", before):
                continue
            if re.search(r"[ァ-ヴー]$", surface) and after and re.match(r"[ァ-ヴー]", after):
                continue
            if entry.type == "Company" and after and re.match(r"[ァ-ヴーA-Za-z]", after):
                continue  # 日立 in 日立エナジー: a longer, different company name
            if (
                entry.type == "Person"
                and after
                and re.match(f"[{name_chars}]", after)
                and not title_regex().match(text, e)
            ):
                # 李強 inside a longer unknown word is not the person
                if KANJI.match(after):
                    continue
            cand = Candidate(s, e, entry.name, entry.type, f"lexicon.{entry.source}", "lexicon", 0.95)
            if entry.type in ORG_TYPES or entry.type == "Person":
                for p in self.prefix_alt:
                    # a lexicon alias written with its nationality (米メルク): keep the country
                    if surface.startswith(p) and self.lex.lookup(surface[len(p) :]) is entry:
                        cand.start, cand.country = s + len(p), self._country_for(p)
                        break
            yield cand

    def pattern_candidates(self, text: str) -> Iterator[Candidate]:
        for rule, rx in pattern_rules():
            for m in rx.finditer(text):
                cand = Candidate(
                    m.start("name"),
                    m.end("name"),
                    m.group("name"),
                    rule["type"],
                    rule["id"],
                    "pattern",
                    float(rule.get("confidence", 0.7)),
                )
                cand = self._trim(cand, text)
                if cand is not None:
                    cand.end = cand.start + len(cand.name)
                    yield cand
        for m in self.country_gov.finditer(text):
            country = self._country_for(m.group("c"))
            if country:
                yield Candidate(
                    m.start(),
                    m.end(),
                    f"{country}政府",
                    "Government",
                    "gov.country_government",
                    "pattern",
                    0.9,
                    country=country,
                )
        for m in self.bare_gov.finditer(text):
            yield Candidate(
                m.start(),
                m.end(),
                m.group(0),
                "Government",
                "anaphor.government",
                "pattern",
                0.6,
                anaphor=True,
            )
        for m in self.anaphor_re.finditer(text):
            yield Candidate(
                m.start(),
                m.end(),
                m.group(0),
                self.anaphors[m.group(0)],
                "anaphor.same",
                "pattern",
                0.7,
                anaphor=True,
            )

    def prefixed_candidates(self, text: str) -> Iterator[Candidate]:
        """米シージェン, 独SAP: a nationality prefix before a katakana or Latin name marks a company."""
        for m in self.prefixed_name.finditer(text):
            name = m.group("name")
            if name in self.not_after_prefix or self._is_generic(name):
                continue
            yield Candidate(
                m.start("name"),
                m.end("name"),
                name,
                "Company",
                "org.nationality_prefix",
                "pattern",
                0.55,
                country=self._country_for(m.group("c")),
            )

    def known_candidates(self, text: str, known: dict[str, tuple[str, str]]) -> Iterator[Candidate]:
        rx = re.compile("|".join(re.escape(k) for k in sorted(known, key=lambda k: (-len(k), k))))
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            before = text[s - 1] if s else ""
            after = text[e] if e < len(text) else ""
            if (before and re.match(r"[ァ-ヴー・A-Za-z]", before)) or (
                after and re.match(r"[ァ-ヴーA-Za-z]", after)
            ):
                continue
            name, etype = known[m.group(0)]
            yield Candidate(s, e, name, etype, "document.known_name", "document", 0.7)

    def person_candidates(self, sent: ParsedSentence) -> Iterator[Candidate]:
        """People named before a title or honorific: 梁文鋒氏, 李強首相, ヤン・ルカン氏, 梁CEO."""
        text = sent.text
        tokens = list(sent.span)
        base = sent.span.start_char
        leads, works, state, hon = title_sets()
        for m in title_regex().finditer(text):
            ts = m.start()
            head_start = max(0, ts - 40)
            head = text[head_start:ts]
            # allow an alias in parentheses between name and title: 蔡崇信(ジョー・ツァイ)会長
            alias = None
            pm = re.search(r"[(（]([^()（）]{1,30})[)）]$", head)
            if pm:
                alias = pm.group(1)
                head = head[: pm.start()]
            # title chains: 奥田修社長CEO, 三木谷浩史会長兼社長 — the name is before the first title
            chain = re.compile("(?:" + title_regex().pattern + ")兼?$")
            while (tm := chain.search(head)) and tm.start() > 0:
                head = head[: tm.start()]
            country = None
            pre = re.search(
                r"(?<=[ァ-ヴー一-龥々])(" + "|".join(map(re.escape, self.lex.prefixes)) + ")$", head
            )
            if (
                pre
                and not alias
                and (
                    KATA_NAME.search(head[: pre.start()])
                    or self.lex.lookup(re.search(r"[一-龥々]*$", head[: pre.start()]).group(0) or "-")
                )
            ):
                # トランプ米大統領, 習近平中国国家主席: the nationality sits between name and title
                country = self._country_for(pre.group(1))
                head = head[: pre.start()]
            name_end = head_start + len(head)
            found = self._kata_name(head) or self._kanji_name(head, name_end, tokens, base)
            span_end = ts  # the person's span runs up to the title (alias, nationality included)
            if found is None and not alias and country is None:
                # 山田花子北斗電機社長: name, then the organisation, then the title
                org_len = self._org_at_end(head, tokens, base + head_start)
                if org_len:
                    head = head[:-org_len]
                    name_end = span_end = head_start + len(head)
                    found = self._kata_name(head) or self._kanji_name(head, name_end, tokens, base)
            if found is None:
                continue
            name = found[0]
            title = re.sub(r"[(（].*$", "", m.group(0))
            if title in hon:
                title = self._title_before(text, name_end - len(name)) or ""
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
            )
            if alias and not NOT_ALIAS.match(alias):
                c.aliases.append(alias)
            yield c

    def _org_at_end(self, head: str, tokens: list[Any] | None = None, head_offset: int = 0) -> int:
        """Length of an organisation name that ends ``head`` (lexicon or suffix rule), else 0.

        With tokens, an unknown organisation counts too when Sudachi tags the words before it
        as a person's name (人名): 山田花子北斗電機 → 北斗電機.
        """
        best = 0
        if tokens:
            names = [t for t in tokens if "人名" in t.tag_ and head_offset <= t.idx < head_offset + len(head)]
            if names:
                cut = names[-1].idx + len(names[-1].text) - head_offset
                rest = head[cut:]
                if len(rest) >= 2 and any(
                    r["type"] in ORG_TYPES and rx.fullmatch(rest) for r, rx in pattern_rules()
                ):
                    best = len(rest)
        for m in self.lex.regex.finditer(head):
            entry = self.lex.lookup(m.group(0))
            if m.end() == len(head) and m.start() > 0 and entry is not None and entry.type in ORG_TYPES:
                best = max(best, len(m.group(0)))
        for rule, rx in pattern_rules():
            if rule["type"] in ORG_TYPES:
                for m in rx.finditer(head):
                    if m.end("name") == len(head) and m.start("name") > 0:
                        best = max(best, len(m.group("name")))
        return best if best < len(head) else 0

    def _title_before(self, text: str, start: int) -> str | None:
        """A title right before a name: 科学者ヤン・ルカン, 最高経営責任者(CEO)、梁文鋒."""
        leads, works, state, hon = title_sets()
        head = re.sub(r"(?:[、,]|である|の)$", "", text[max(0, start - 30) : start])
        head = re.sub(r"[(（][A-Z]{2,4}[)）]$", "", head)
        for t in sorted(leads | works, key=lambda s: (-len(s), s)):
            if head.endswith(t):
                return t
        return None

    def _kata_name(self, head: str) -> tuple[str, bool] | None:
        m = KATA_NAME.search(head)
        if not m:
            return None
        name = m.group(0).lstrip("・")
        if len(name) < 2 or self._is_generic(name):
            return None
        sur = re.search(r"(?:^|[^一-龥々])([一-龥]{1,2})$", head[: m.start()])
        if sur and "・" not in name and head[: m.start()].endswith(sur.group(1)):
            name = sur.group(1) + name  # 朴ソヨン: a kanji surname before a katakana given name
        entry = self.lex.lookup(name)
        if entry is not None and entry.type != "Person":
            return None
        return name, "・" not in name and len(name) <= 6

    def _kanji_name(self, head: str, end: int, tokens: list[Any], base: int) -> tuple[str, bool] | None:
        m = re.search(r"[一-龥々〆ヶ]{1,8}$", head)
        if not m:
            return None
        run = m.group(0)
        leads, works, _state, _hon = title_sets()
        for t in sorted(leads | works | {"国家", "経済学者", "学者"}, key=lambda s: (-len(s), s)):
            if run.startswith(t) and len(run) > len(t):
                run = run[len(t) :]
                break
        if len(run) > 6 or self._is_generic(run):
            return None
        entry = self.lex.lookup(run)
        if entry is not None:
            return (run, False) if entry.type == "Person" else None
        # Sudachi must see a person name here: 人名 tags, or a run of single-kanji tokens
        # (unknown Chinese names are split into characters).
        s_char = end - len(run)
        toks = [t for t in tokens if t.idx - base < end and t.idx - base + len(t.text) > s_char]
        if not toks:
            return None
        named = any("人名" in t.tag_ for t in toks)
        if len(run) > 4 and not named:
            return None
        # unknown Chinese names come out one character per token (陳/立/偉), whatever their tags
        chars = len(toks) > 1 and all(len(t.text) == 1 for t in toks)
        if len(run) == 1 and run in NOT_SURNAMES:
            return None
        if named or chars or (len(toks) == 1 and len(run) == 1):
            if toks[0].idx - base != s_char:
                return None
            tags = "".join(t.tag_ for t in toks)
            if not chars and ("組織" in tags or "地名" in tags):
                return None
            return run, len(run) == 1
        return None

    def ner_candidates(self, sent: ParsedSentence) -> Iterator[Candidate]:
        base = sent.span.start_char
        mapping = self.ene["map"]
        conf = self.ene["confidence"]
        for ent in sent.span.ents:
            etype = mapping.get(ent.label_)
            if not etype:
                continue
            s, e = ent.start_char - base, ent.end_char - base
            name = ent.text.strip()
            if etype == "Person":
                t = re.search("(?:" + title_regex().pattern + ")$", name)
                if t and t.start() > 0:
                    name, e = name[: t.start()], e - (len(name) - t.start())
            if not self._valid_ner(name, etype):
                continue
            if etype in ORG_TYPES and self.lex.lookup(name) is None:
                # データ通信, 主任研究員: an organisation name has a proper noun in it (or is a
                # longer katakana / Latin word Sudachi does not know)
                proper = any("固有名詞" in t.tag_ for t in ent)
                if not proper and not re.fullmatch(r"[ァ-ヴー・A-Za-z0-9&]{5,}", name):
                    continue
            yield Candidate(s, e, name, etype, f"ner.{ent.label_}", "ner", float(conf.get(etype, 0.5)))

    def _valid_ner(self, name: str, etype: str) -> bool:
        if self._is_generic(name) or TICKERISH.match(name) or re.search(r"[0-9０-９\[\]「」]", name):
            return False
        bare = re.sub(r"^(?:大手|国内|海外|地方|新興|中堅|主要|米|中|英|独|仏|日|韓)+", "", name)
        if bare != name and (not bare or self._is_generic(bare)):
            return False  # 大手銀行, 米企業: a description, not a name
        if len(name) < 2 or "\n" in name:
            return False
        entry = self.lex.lookup(name)
        if entry is not None and entry.type != etype:
            return False
        if etype == "Person":
            if re.search(r"AI|モデル|企業|会社|政府|技術", name):
                return False
            if re.match(r"[A-Za-z]", name):
                return False  # Latin-script people in Japanese text are mostly bylines
            return bool(KATA_NAME.fullmatch(name) and "・" in name) or bool(
                re.fullmatch(r"[一-龥]{2,4}", name)
            )
        if etype in ("Country",):
            return entry is not None or name.endswith("国")
        if etype == "Place":
            return entry is not None or bool(
                re.fullmatch(r"[一-龥]{2,5}(?:市|県|州|省|区|都|府)|[ァ-ヴー]{3,}", name)
            )
        if etype == "Technology":
            return entry is not None
        if (
            re.match(r"[A-Za-z]", name)
            and " " in name
            and not re.fullmatch(r"[A-Z][\w&.\-]*(?: [A-Z][\w&.\-]*)*", name)
        ):
            return False
        return not name.endswith(("大手", "企業", "会社"))

    # -- putting it together ------------------------------------------------------------------
    def sentence_mentions(
        self, doc_id: str, sent: ParsedSentence, known: dict[str, tuple[str, str]] | None = None
    ) -> list[Mention]:
        """Mentions of one sentence; ``known`` maps names found elsewhere in the document to
        (canonical name, type), so a name introduced once with a cue is found everywhere."""
        text = sent.text
        if not _mostly_japanese(text):
            # English bylines and author bios: the rules are written for Japanese
            return []
        strong = list(self.lexicon_candidates(text)) + list(self.pattern_candidates(text))
        strong += list(self.person_candidates(sent))
        strong += list(self.prefixed_candidates(text))
        if known:
            strong += list(self.known_candidates(text, known))
        # EV大手, 半導体設計会社, AI部門: a technology word that describes a company is not a mention
        strong = [c for c in strong if c.type != "Technology" or not DESCRIBES_COMPANY.match(text, c.end)]
        # a word inside a title (主任AI, 最高AI責任者) is part of the title, never an entity
        titles = [(m.start(), m.end()) for m in title_regex().finditer(text) if m.end() - m.start() > 2]
        strong = [
            c for c in strong if c.type == "Person" or not any(a <= c.start and c.end <= b for a, b in titles)
        ]
        chosen: list[Candidate] = []
        taken = [False] * (len(text) + 1)

        def free(c: Candidate) -> bool:
            return not any(taken[c.start : c.end])

        def take(c: Candidate) -> None:
            for i in range(c.start, c.end):
                taken[i] = True
            chosen.append(c)

        # people anchored on a title go first (山田花子トヨタ自動車社長 is not one company name),
        # then the longest candidate wins each overlap
        order = sorted(
            strong, key=lambda c: (c.source != "person", -c.length, -PRIORITY[c.source], c.start, c.rule)
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
                if ends and not any(taken[ends[0] : c.end]) and c.end - ends[0] >= 2:
                    rest = text[ends[0] : c.end]
                    if not self._is_generic(rest):
                        c.start, c.name = ends[0], rest
                        take(c)
        for c in sorted(self.ner_candidates(sent), key=lambda c: (c.start, -c.length)):
            if c.start < c.end and free(c):
                take(c)
        chosen.sort(key=lambda c: c.start)
        self._attach_context(text, chosen, taken)
        out = []
        for c in chosen:
            s = sent.start + c.start
            out.append(
                Mention(
                    doc_id=doc_id,
                    sent_index=sent.index,
                    start=s,
                    end=sent.start + c.end,
                    text=text[c.start : c.end],
                    name=c.name,
                    type=c.type,
                    rule=c.rule,
                    confidence=c.confidence,
                    country=c.country,
                    title=c.title,
                    aliases=tuple(c.aliases),
                    anaphor=c.anaphor,
                )
            )
        return out

    def _attach_context(self, text: str, chosen: list[Candidate], taken: list[bool]) -> None:
        """Nationality before a mention, an alias in parentheses after it, titles before people."""
        for i, c in enumerate(chosen):
            if c.anaphor:
                continue
            # alias in parentheses: 騰訊控股(テンセント・ホールディングス), 戦略国際問題研究所(CSIS)
            if c.type != "Person" or not c.aliases:
                pm = PAREN_ALIAS.match(text[c.end :])
                if pm and not NOT_ALIAS.match(pm.group(1)) and not self._is_generic(pm.group(1)):
                    inner = pm.group(1).strip()
                    nxt = chosen[i + 1] if i + 1 < len(chosen) else None
                    inner_entry = self.lex.lookup(inner)
                    same_kind = inner_entry is None or inner_entry.type == c.type
                    if same_kind and (nxt is None or nxt.start >= c.end + pm.end() or nxt.start > c.end):
                        c.aliases.append(inner)
                        if nxt is not None and nxt.start > c.end and nxt.end <= c.end + pm.end():
                            nxt.rule = "merged"
                        c.end += pm.end()
            if c.type == "Person" and c.title is None:
                after = title_regex().match(text, c.end)
                c.title = re.sub(r"[(（].*$", "", after.group(0)) if after else None
                if c.title in title_sets()[3]:
                    c.title = None
                c.title = c.title or self._title_before(text, c.start)
            if c.type in ("Company", "Organization", "Person") and c.country is None:
                c.country = self._country_before(text, c.start, [o for o in chosen if o is not c])
        chosen[:] = [c for c in chosen if c.rule != "merged"]

    def _country_before(self, text: str, start: int, others: list[Candidate] = ()) -> str | None:
        """米エヌビディア, 英半導体設計会社アーム, 中国新興AI(人工知能)企業ディープシーク.

        Not across another name: in 日本銀行の植田和男 the 日本 belongs to the bank.
        """
        offset = max(0, start - 30)
        head = text[offset:start]
        m = self.nationality_tail.search(head)
        if m:
            before = head[: m.start("c")]
            span = (offset + m.start("c"), start)
            inside = any(
                o.start < span[1] and o.end > span[0] and o.type != "Country" and o.type != "Technology"
                for o in others
            )
            if not inside and (not before or not re.match(f"[{_classes()['NAME']}]", before[-1])):
                return self._country_for(m.group("c"))
        return None


JAPANESE = re.compile(r"[ぁ-ゖァ-ヺ一-龥々]")


def _mostly_japanese(text: str) -> bool:
    """A Japanese sentence (a URL or a Latin name in it does not count against it)."""
    japanese = len(JAPANESE.findall(text))
    letters = sum(1 for c in text if c.isalpha())
    return japanese >= 10 or (letters > 0 and japanese >= 0.3 * letters)


KNOWN_SOURCES = ("org.", "person.", "ner.", "tech.quoted", "lexicon.companies")
@lru_cache(maxsize=1)
def _shortenable() -> re.Pattern[str]:
    endings = sorted(rules("generic")["droppable_endings"], key=lambda x: (-len(x), x))
    alt = "|".join(re.escape(e) for e in endings if e != "銀行")
    return re.compile(rf"^(?P<stem>.{{2,}}?)(?:{alt}|(?P<bank>銀行))$")


def _short_forms(name: str) -> list[str]:
    m = _shortenable().match(name)
    if not m or not re.search(r"[一-龥ァ-ヴ]", m.group("stem")):
        return []
    stem = m.group("stem").rstrip("・")
    return [stem + "銀", stem] if m.group("bank") else [stem]


def _known_names(mentions: list[Mention]) -> dict[str, tuple[str, str]]:
    """Names a rule found with a cue somewhere in the document, plus their short forms."""
    known: dict[str, tuple[str, str]] = {}
    for m in mentions:
        if m.anaphor or not m.rule.startswith(KNOWN_SOURCES) or m.confidence < 0.5:
            continue
        forms = [] if m.rule.startswith("lexicon.") else [m.name]
        if "・" in m.name and m.type in ("Company", "Organization"):
            forms.append(m.name.split("・", 1)[0])  # ノースウィンド・バンコープ → ノースウィンド
        if "・" in m.name and m.type == "Person":
            forms.append(m.name.rsplit("・", 1)[1])  # ダリオ・アモデイ → アモデイ
        if m.type == "Company":
            forms.extend(_short_forms(m.name))  # 中外製薬 → 中外, コメルツ銀行 → コメルツ銀
        for f in forms:
            if len(f) >= 3 or (len(f) >= 2 and re.fullmatch(r"[一-龥々]+", f) and m.type != "Person"):
                known.setdefault(f, (m.name, m.type))
    return known


def find_mentions(parsed: ParsedDocument, finder: MentionFinder) -> list[Mention]:
    """Two passes: the second finds again, anywhere in the document, names the first found."""
    doc_id = parsed.document.id
    first = [m for sent in parsed.sentences for m in finder.sentence_mentions(doc_id, sent)]
    known = _known_names(first)
    if not known:
        return first
    return [m for sent in parsed.sentences for m in finder.sentence_mentions(doc_id, sent, known)]
