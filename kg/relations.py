"""The relations stage: typed edges from rules in ``kg/data/rules/relations.yaml``.

Each sentence is rewritten with its resolved mentions as slots (``«CO#3»``), so that a
rule reads like the Japanese it matches: ``{CO:o}傘下の…{CO:s}``. Why not spaCy's token
Matcher here: Sudachi tokenises the words between two names differently from sentence to
sentence (百度(バイドゥ) comes out as 百 / 度(バイドゥ)), while the surface string is stable,
so character patterns over slots generalise better. GiNZA's parse still drives the mention
stage (人名 tags, NER) and the sentence split.

Every relation keeps its evidence: document, sentence text, span in the original file,
rule id and confidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kg.lexicon import rules
from kg.mentions import title_sets
from kg.model import SYMMETRIC, Evidence, Mention, ParsedDocument, Relation

CODE = {
    "Company": "CO",
    "Government": "GOV",
    "Organization": "ORG",
    "Person": "PER",
    "Technology": "TECH",
    "Country": "CTRY",
    "Place": "PLACE",
}
CLASSES = {
    "CO": ["CO"],
    "GOV": ["GOV"],
    "ORG": ["ORG"],
    "PER": ["PER"],
    "TECH": ["TECH"],
    "CTRY": ["CTRY"],
    "PLACE": ["PLACE"],
    "LOC": ["CTRY", "PLACE"],
    "ORGS": ["CO", "GOV", "ORG"],
    "ORGC": ["CO", "GOV", "ORG", "CTRY"],
    "ANY": list(CODE.values()),
}
SLOT = re.compile(r"\{([A-Z]+):([a-z0-9]+)\}")
SEPARATOR = re.compile(
    r"^(?:、|,|や|と|および|及び|並びに|、そして)(?:[^«»。、はがをにで]{0,12}?(?:大手|企業|会社)の?)?[一-龥]?$"
)


def _slot_regex(cls: str, group: str) -> str:
    return f"«(?:{'|'.join(CLASSES[cls])})#(?P<{group}>\\d+)»"


def compile_pattern(regex: str) -> re.Pattern[str]:
    return re.compile(SLOT.sub(lambda m: _slot_regex(m.group(1), m.group(2)), regex))


@lru_cache(maxsize=1)
def pattern_rules() -> list[tuple[dict[str, Any], re.Pattern[str]]]:
    return [(r, compile_pattern(r["regex"])) for r in rules("relations")["patterns"]]


@lru_cache(maxsize=1)
def cue_rules() -> list[tuple[str, dict[str, Any], re.Pattern[str]]]:
    out = []
    for pred, spec in rules("relations")["cues"].items():
        words = sorted(spec["words"], key=lambda w: (-len(w), w))
        out.append((pred, spec, re.compile("|".join(re.escape(w) for w in words))))
    return out


@dataclass
class Slotted:
    """A sentence with mentions replaced by «CODE#i» slots."""

    text: str
    mentions: list[Mention]  # index i -> mention
    positions: list[tuple[int, int]]  # slot span in text


def slot_sentence(text: str, sent_start: int, mentions: list[Mention]) -> Slotted:
    from kg.mentions import title_regex

    out, pos, used = [], [], []
    cursor = 0
    for m in sorted(mentions, key=lambda m: m.start):
        if m.entity is None:
            continue
        s, e = m.start - sent_start, m.end - sent_start
        if s < cursor:
            continue
        if m.type == "Person":
            # 梁文鋒氏は / 李強首相と: the title belongs to the person's slot
            t = title_regex().match(text, e) or title_regex().match(text, e + 1)
            if t and (t.start() == e or re.match(r"[一-龥]", text[e])):
                e = t.end()  # トランプ米大統領と: the nationality and title belong to the slot
        out.append(text[cursor:s])
        slot = f"«{CODE[m.type]}#{len(used)}»"
        start = sum(len(x) for x in out)
        out.append(slot)
        pos.append((start, start + len(slot)))
        used.append(m)
        cursor = e
    out.append(text[cursor:])
    return Slotted("".join(out), used, pos)


def coordination(sl: Slotted) -> list[list[int]]:
    """Groups of same-kind mentions joined by 、/や/と/および: A、B、Cは → [[A, B, C]]."""
    groups: list[list[int]] = []
    for i in range(len(sl.mentions)):
        if i and groups and groups[-1][-1] == i - 1:
            gap = sl.text[sl.positions[i - 1][1] : sl.positions[i][0]]
            same = _kind(sl.mentions[i - 1].type) == _kind(sl.mentions[i].type)
            if same and SEPARATOR.match(gap):
                groups[-1].append(i)
                continue
        groups.append([i])
    return groups


def _members(group_of: dict[int, list[int]], i: int) -> list[int]:
    """A slot bound to the last member of a coordination (A、B、Cは) stands for all of them."""
    group = group_of.get(i, [i])
    return group if group[-1] == i else [i]


def _kind(t: str) -> str:
    return "org" if t in ("Company", "Organization") else t


class RelationExtractor:
    """Applies pattern rules and cue rules to one parsed, resolved document."""

    def __init__(self) -> None:
        leads, works, state, _hon = title_sets()
        self.leads, self.works, self.state = leads, works, state
        self.titles = sorted(leads | works, key=lambda s: (-len(s), s))

    def extract(
        self, parsed: ParsedDocument, mentions: list[Mention], main_country_key: str | None
    ) -> list[Relation]:
        doc = parsed.document
        by_sent: dict[int, list[Mention]] = {}
        for m in mentions:
            by_sent.setdefault(m.sent_index, []).append(m)
        out: list[Relation] = []
        prev_topic: list[Mention] = []
        self.people_with_role: set[str] = set()
        self.salient: Mention | None = None
        company_counts: dict[str, int] = {}
        first_seen: dict[str, Mention] = {}
        for sent in parsed.sentences:
            ms = by_sent.get(sent.index, [])
            sl = slot_sentence(sent.text, sent.start, ms)
            groups = coordination(sl)
            group_of = {i: g for g in groups for i in g}
            found: list[tuple[int, str, int, str, float]] = []  # (s, p, o, rule, conf)
            self._patterns(sl, found, prev_topic)
            self._cues(sl, group_of, prev_topic, found)
            self._prefix_country(sl, found)
            self._titles_in_context(sl, found, main_country_key)
            for si, p, _oi, _r, _c in found:
                if p in ("leads", "worksFor") and sl.mentions[si].entity:
                    self.people_with_role.add(sl.mentions[si].entity)
            ev_span = doc.original_span(sent.start, sent.end)
            seen = set()
            for si, p, oi, rule, conf in found:
                single = p in ("leads", "worksFor") or rule.startswith(("basedIn.prefix", "title."))
                subs = [si] if single else _members(group_of, si)
                objs = [oi] if single else _members(group_of, oi)
                for a in subs:
                    for b in objs:
                        sm, om = sl.mentions[a], sl.mentions[b]
                        if sm.entity is None or om.entity is None or sm.entity == om.entity:
                            continue
                        key = (sm.entity, p, om.entity)
                        if p in SYMMETRIC:
                            key = (min(sm.entity, om.entity), p, max(sm.entity, om.entity))
                        if key in seen:
                            continue
                        seen.add(key)
                        ev = Evidence(
                            doc.id,
                            sent.text,
                            ev_span[0],
                            ev_span[1],
                            rule,
                            round(conf * min(sm.confidence, om.confidence) ** 0.25, 3),
                        )
                        out.append(Relation(sm.entity, p, om.entity, ev))
            for m in ms:
                if m.type == "Company" and m.entity and not m.anaphor:
                    company_counts[m.entity] = company_counts.get(m.entity, 0) + 1
                    first_seen.setdefault(m.entity, m)
            if company_counts:
                # the company the article is about so far: most mentions, earliest on ties
                ranked = sorted(company_counts.items(), key=lambda kv: (-kv[1], first_seen[kv[0]].start))
                clear = len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]
                self.salient = first_seen[ranked[0][0]] if clear else None
            topics = self._topics(sl)
            prev_topic = topics
        return out

    # -- pattern rules ---------------------------------------------------------------------
    def _patterns(self, sl: Slotted, found: list, prev_topic: list[Mention]) -> None:
        for rule, rx in pattern_rules():
            for m in rx.finditer(sl.text):
                groups = m.groupdict()
                s = int(groups.get("s") or groups.get("s2"))
                if rule.get("object_from_previous_topic"):
                    # 半導体子会社のX: the parent is the company the text is talking about
                    if "«" in sl.text[: m.start()] or not prev_topic or prev_topic[0].type != "Company":
                        continue
                    sl.mentions.append(prev_topic[0])
                    sl.positions.append((len(sl.text), len(sl.text)))
                    o = len(sl.mentions) - 1
                else:
                    o = int(groups.get("o") or groups.get("o2"))
                pred = rule["predicate"]
                if pred == "title":
                    between = m.groupdict().get("between") or ""
                    pred = self._title_predicate(
                        sl.mentions[s], sl.mentions[o], between, rule.get("require_title", False)
                    )
                    if pred is None:
                        continue
                found.append((s, pred, o, rule["id"], float(rule.get("confidence", 0.7))))

    def _title_in(self, text: str) -> str | None:
        best = None
        for t in self.titles:
            i = text.rfind(t)
            if i >= 0 and (
                best is None or i + len(t) > best[0] or (i + len(t) == best[0] and len(t) > len(best[1]))
            ):
                best = (i + len(t), t)
        return best[1] if best else None

    def _title_predicate(self, person: Mention, org: Mention, between: str, require: bool) -> str | None:
        title = self._title_in(between) if require else (self._title_in(between) or person.title)
        minister = title and title not in self.leads and title not in self.works
        if minister and title.endswith(("相", "長官", "大臣")):
            title = "相"  # 外相, 財務相, 商務長官: heads a ministry
        if org.type == "Country":
            if title in self.state:
                return "leads"
            return None if (require or title == "相") else "basedIn"
        if title is None:
            return None if require else "worksFor"
        if title in self.state and org.type == "Company":
            return None
        return "leads" if title in self.leads else "worksFor"

    # -- nationality ------------------------------------------------------------------------
    def _prefix_country(self, sl: Slotted, found: list) -> None:
        """米エヌビディア → basedIn 米国 (the country node is found by its canonical name)."""
        names = {m.name: i for i, m in enumerate(sl.mentions) if m.type == "Country"}
        for i, m in enumerate(sl.mentions):
            if m.country and m.type in ("Company", "Organization", "Person"):
                j = names.get(m.country)
                if j is None:
                    j = self._virtual_country(sl, m.country)
                if m.type == "Person" and m.title in self.state:
                    found.append((i, "leads", j, "title.state_prefix", 0.85))  # トランプ米大統領
                else:
                    found.append((i, "basedIn", j, "basedIn.prefix", 0.85))

    def _virtual_country(self, sl: Slotted, country: str) -> int:
        """A nationality prefix names a country that has no mention of its own: add one."""
        from kg.resolve import country_key

        virtual = Mention(
            doc_id="",
            sent_index=-1,
            start=-1,
            end=-1,
            text=country,
            name=country,
            type="Country",
            rule="basedIn.prefix",
            confidence=0.9,
            entity=country_key(country),
        )
        sl.mentions.append(virtual)
        sl.positions.append((len(sl.text), len(sl.text)))
        return len(sl.mentions) - 1

    # -- titles without an organisation in the phrase --------------------------------------
    def _titles_in_context(self, sl: Slotted, found: list, main_country_key: str | None) -> None:
        has_role = {s for s, p, _o, _r, _c in found if p in ("leads", "worksFor")}
        for i, m in enumerate(sl.mentions):
            if m.type != "Person" or i in has_role or not m.title or m.entity in self.people_with_role:
                continue
            if m.title in self.state:
                countries = [
                    j for j, c in enumerate(sl.mentions) if c.type == "Country" and c.sent_index >= 0
                ]
                near = [j for j in countries if 0 <= m.start - sl.mentions[j].end <= 15]
                if len(countries) == 1 and near:  # 中国は、習近平国家主席の…
                    found.append((i, "leads", countries[0], "title.state_in_sentence", 0.6))
                elif not countries and main_country_key:
                    v = Mention(
                        doc_id="",
                        sent_index=-1,
                        start=-1,
                        end=-1,
                        text="",
                        name="",
                        type="Country",
                        rule="title.state_main_country",
                        confidence=0.8,
                        entity=main_country_key,
                    )
                    sl.mentions.append(v)
                    sl.positions.append((len(sl.text), len(sl.text)))
                    found.append((i, "leads", len(sl.mentions) - 1, "title.state_main_country", 0.5))
            elif m.title in self.leads and self.salient is not None:
                orgs_here = [c for c in sl.mentions if c.type in ("Company", "Organization", "Government")]
                if not orgs_here or all(c.start > m.start for c in orgs_here):
                    sl.mentions.append(self.salient)
                    sl.positions.append((len(sl.text), len(sl.text)))
                    found.append((i, "leads", len(sl.mentions) - 1, "title.salient_company", 0.5))

    # -- cue rules --------------------------------------------------------------------------
    def _topics(self, sl: Slotted) -> list[Mention]:
        out = []
        for i, (_s, e) in enumerate(sl.positions):
            if sl.text[e : e + 1] in ("は", "が"):
                out.append(sl.mentions[i])
                break
        return out

    def _cues(
        self, sl: Slotted, group_of: dict[int, list[int]], prev_topic: list[Mention], found: list
    ) -> None:
        for key, spec, rx in cue_rules():
            start = len(found)
            self._cue(sl, group_of, prev_topic, found, key, spec, rx)
            # a cue may name another predicate, or read its roles the other way round
            # (BはAから調達 → A supplies B)
            pred = spec.get("predicate", key)
            for k in range(start, len(found)):
                s, _p, o, r, c = found[k]
                found[k] = (o, pred, s, r, c) if spec.get("reverse") else (s, pred, o, r, c)

    def _cue(
        self,
        sl: Slotted,
        group_of: dict[int, list[int]],
        prev_topic: list[Mention],
        found: list,
        pred: str,
        spec: dict[str, Any],
        rx: re.Pattern[str],
    ) -> None:
        text = sl.text
        for cm in rx.finditer(text):
            c0, c1 = cm.start(), cm.end()
            if "«" in text[c0:c1]:
                continue
            after = text[c1:]
            if re.match(r"^(?:を(?:委託|発注|依頼)|(?:する|させる|を進める|を求める)?よう)", after):
                continue  # 〜を採用するよう奨励: the urged party is not the actor
            passive = bool(re.match(r"[ぁ-ゖ]{0,3}(?:され|させられ|を受け)", after)) and pred != "supports"
            marked = self._object(sl, c0, spec)
            obj = marked[0] if marked else None
            owner = None
            if marked and marked[1] == "の" and sl.mentions[obj].type in ("Government", "Country"):
                # 米政府の輸出規制: a government before の owns the measure, it is not its target
                owner, obj = obj, None
            subj = self._relative_head(sl, c1, spec if obj is not None else None)
            if owner is not None:
                subj = owner if self._fits(sl, owner, spec["subject"]) else None
                if subj is not None and passive:
                    # 中興通訊は米国の制裁を受けた: the topic is what the owner's measure hits
                    patient = self._marked_before(sl, c0, ("は", "が", "も"), spec["object"])
                    if patient is not None and patient != subj:
                        found.append((subj, pred, patient, f"cue.{pred}.owner", spec["confidence"] * 0.9))
                    continue
                if subj is not None and subj != obj:
                    for j in self._objects_after(sl, c1, spec["object"]):
                        found.append((subj, pred, j, f"cue.{pred}.owner", spec["confidence"] * 0.9))
                continue
            rule = f"cue.{pred}"
            if subj is not None and obj is None:
                # 「Xが支援するY」: the clause has a subject, so the head is the object
                agent = self._marked_before(sl, c0, ("が",), spec["subject"], max_gap=6)
                if agent is not None and self._fits(sl, subj, spec["object"]):
                    found.append((agent, pred, subj, rule + ".relative", spec["confidence"]))
                    continue
                subj_ok = self._fits(sl, subj, spec["subject"])
                if not subj_ok:
                    subj = None
            if subj is not None and obj is not None:
                if not self._fits(sl, subj, spec["subject"]):
                    subj = None
            if subj is None:
                limit = sl.positions[obj][0] if obj is not None else c0
                if re.match(r"^[ぁ-ゖ]{0,10}(?:。|$)", after):
                    # only after the last clause boundary (…しており、 …したが、)
                    cut = max(
                        (
                            x.end()
                            for x in re.finditer(
                                r"(?<!に対)(?<!に関)(?<!に際)(?:て|し|り|が|ため)、", text[:limit]
                            )
                        ),
                        default=0,
                    )
                    # the sentence's main predicate: its subject is the topic (は), not a が
                    # inside a relative clause (政府は…XやYが支援するZを採用するよう奨励した)
                    subj = self._marked_before(
                        sl, limit, ("は", "も"), spec["subject"], first=True, after=cut
                    )
                if subj is None:
                    subj = self._marked_before(sl, limit, ("は", "が", "も", "では"), spec["subject"])
                if subj is not None:
                    rule += ".clause"
            if passive and pred in ("acquires", "restricts", "supports", "uses", "investsIn"):
                agent = self._marked_before(
                    sl,
                    c0,
                    tuple(spec.get("passive_agent_particles", ["に", "によって"])),
                    spec["subject"],
                    max_gap=30,
                )
                patient = self._marked_before(sl, c0, ("は", "が", "も"), spec["object"])
                if agent is not None and patient is not None and agent != patient:
                    found.append((agent, pred, patient, f"cue.{pred}.passive", spec["confidence"]))
                continue
            if subj is None and obj is not None and prev_topic:
                carried = prev_topic[0]
                if CODE[carried.type] in spec["subject"] and not self._has_marked(sl, c0):
                    sl.mentions.append(carried)
                    sl.positions.append((len(text), len(text)))
                    subj = len(sl.mentions) - 1
                    rule += ".carried"
            if subj is None:
                continue
            if obj is None and spec.get("symmetric"):
                group = group_of.get(subj, [subj])
                for a in group:
                    for b in group:
                        if a < b:
                            found.append((a, pred, b, rule + ".coordinated", spec["confidence"] * 0.9))
                continue
            if obj is None or obj == subj:
                continue
            conf = spec["confidence"] * (0.7 if rule.endswith(".carried") else 1.0)
            found.append((subj, pred, obj, rule, conf))

    def _objects_after(self, sl: Slotted, start: int, classes: list[str]) -> list[int]:
        """Targets named in the consequence clause: 〜の規制により、…«CO»の«TECH»に…."""
        tail = sl.text[start:]
        m = re.match(r"^[^«»。]{0,6}?(?:により|によって|で|を受け)、?", tail)
        if not m:
            return []
        return [
            i
            for i, (s, _e) in enumerate(sl.positions)
            if s >= start + m.end()
            and s < len(sl.text)
            and self._fits(sl, i, classes)
            and sl.mentions[i].type not in ("Country",)
        ]

    def _fits(self, sl: Slotted, i: int, classes: list[str]) -> bool:
        return CODE[sl.mentions[i].type] in classes

    def _object(self, sl: Slotted, cue_start: int, spec: dict[str, Any]) -> tuple[int, str] | None:
        """The mention marked as the cue's object: «X»を開発, «X»化を支持, «X»処理技術の輸出を禁止."""
        particles = sorted(spec["object_particles"], key=lambda p: (-len(p), p))
        best = None
        for i, (_s, e) in enumerate(sl.positions):
            if e > cue_start or not self._fits(sl, i, spec["object"]):
                continue
            gap = sl.text[e:cue_start]
            if sl.mentions[i].type != "Technology":
                gap = re.sub(r"«TECH#\d+»", "技術", gap)  # a field (生成AI分野で) between object and cue
            if "«" in gap or "。" in gap:
                continue
            m = re.match(
                r"^[」』]?(?:化|[一-龥ァ-ヴー]{1,4}?)?(?:の[一-龥ァ-ヴー]{1,4})?(?:(?:など|等)[^«»。、はがを]{0,20}?)?("
                + "|".join(map(re.escape, particles))
                + r")(?:は|も)?(.*)$",
                gap,
            )
            if not m:
                continue
            rest = m.group(2)
            of_noun = "の" in gap[: m.start(1)] and not spec.get("object_of_noun", False)
            if (m.group(1) == "を" and "を" in rest) or (
                of_noun and m.group(1) not in ("に", "への", "へ", "の")
            ):
                continue  # «X»を訓練する技術を開発: X is not what was developed
            limit = 4 if m.group(1) in ("の", "も") else 16
            if len(rest) > limit or re.search(r"[はが]", rest) and m.group(1) != "に":
                continue
            best = (i, m.group(1))
        if best is None:
            best = self._object_further_back(sl, cue_start, spec, particles)
        return best

    def _object_further_back(
        self, sl: Slotted, cue_start: int, spec: dict[str, Any], particles: list[str]
    ) -> tuple[int, str] | None:
        """«O»には«S»が出資: the object may come before the subject (only に/と/を objects)."""
        strong = [p for p in particles if p in ("を", "に", "と", "へ")]
        if not strong:
            return None
        for i in range(len(sl.positions) - 1, -1, -1):
            _s, e = sl.positions[i]
            if e > cue_start or not self._fits(sl, i, spec["object"]):
                continue
            between = sl.text[e:cue_start]
            if "。" in between or len(between) > 40:
                return None
            m = re.match(r"^[」』]?(" + "|".join(map(re.escape, strong)) + r")(?:は|も)", between)
            if m:
                return i, m.group(1)
        return None

    def _relative_head(self, sl: Slotted, cue_end: int, spec: dict[str, Any] | None) -> int | None:
        """「X」を手がける米新興企業のオープンAI: the noun the clause modifies."""
        after = sl.text[cue_end:]
        m = re.match(
            r"^(?:を[一-龥]{1,4})?(?:し|す|さ)?[ぁ-ゖ]{0,7}?(?:る|た|く|う|い)、?"
            r"(?P<desc>[^«»。、はをで]{0,14}?の?)?(?:«[A-Z]+#\d+»[^«»。、はがをにで]{0,4}?の)?"
            r"«[A-Z]+#(?P<i>\d+)»",
            after,
        )
        if not m:
            return None
        verb_part = after[: m.start("i")]
        if re.match(r"^[ぁ-ゖ]{0,7}?(?:て|で)", verb_part) or verb_part[:1] in ("の", "は", "が"):
            return None
        if re.search(r"際|時|後|前|ため|とき|ところ|一方|中|場合", m.group("desc") or ""):
            return None
        return int(m.group("i"))

    def _marked_before(
        self,
        sl: Slotted,
        limit: int,
        particles: tuple[str, ...],
        classes: list[str],
        max_gap: int = 200,
        first: bool = False,
        after: int = 0,
    ) -> int | None:
        """The mention nearest before ``limit`` (or the first, with ``first``) marked by a particle."""
        best = None
        parts = "|".join(map(re.escape, sorted(particles, key=lambda p: (-len(p), p))))
        for i, (_s, e) in enumerate(sl.positions):
            if e > limit or _s < after or not self._fits(sl, i, classes):
                continue
            marked = re.match(
                rf"^[」』]?(?:(?:など|等|ら)(?:の[^«»。、]{{1,6}})?)?(?:{parts})", sl.text[e:limit]
            )
            if marked and limit - e <= max_gap:
                best = i
                if first:
                    return i
        return best

    def _has_marked(self, sl: Slotted, limit: int) -> bool:
        return bool(re.search(r"»(?:は|が)", sl.text[:limit]))


def extract_relations(
    parsed: ParsedDocument, mentions: list[Mention], main_country_key: str | None
) -> list[Relation]:
    return RelationExtractor().extract(parsed, mentions, main_country_key)
