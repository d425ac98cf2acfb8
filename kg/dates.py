"""Article dates: where they come from, how they are checked, and what is never guessed.

An article's date is known from, in this order of precedence:

1. ``kg build --dates FILE``: a CSV of ``id,date`` rows (:func:`read_dates_csv`), applied by
   :mod:`kg.pipeline` to the documents it builds;
2. metadata: the ``date`` of a JSONL record, or the ``date:`` of a Markdown file's YAML front
   matter (:func:`split_front_matter`);
3. a dateline in the text (:func:`find_dateline`): within the first lines, a line that is only a
   date (``2025年3月14日``, ``2025-03-14 10:30``, ``配信日: 2025/3/14``) or a leading bracket
   holding one (``［東京 2025年3月14日 ロイター］``, ``【ワシントン=2025年3月14日】``).

Anything else stays unknown. A Reuters dateline ``［東京 14日 ロイター］`` gives only the day,
so that article has no date; neither does a date in the body (``2025年3月3日に発表した``): it
may be the date of the event rather than of the article.

Dates are ISO 8601 calendar dates, validated by :func:`parse_date`: ``2025-03-14``,
``20250314``, or a date and time (``2025-03-14T10:30:00+09:00``, whose date as written is kept).
Why not ``dateutil.parser.isoparse`` or ``date.fromisoformat``: the first reads ``2025-03`` as
1 March and ``2025`` as 1 January, a guess this module must never make; the second accepts
different forms on Python 3.10 and 3.11. A bad date is reported (the caller warns, naming the
document) and left unknown.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from kg.errors import KgError

Warn = Callable[[str], None]

#: ISO 8601 calendar date, extended (2025-03-14) or basic (20250314), optionally with a time.
_ISO_RE = re.compile(
    r"(?P<y>\d{4})(?P<sep>-?)(?P<m>\d{2})(?P=sep)(?P<d>\d{2})"
    r"(?:[T ](?P<time>\d{2}(?::?\d{2}(?::?\d{2}(?:[.,]\d+)?)?)?)(?P<zone>Z|[+-]\d{2}(?::?\d{2})?)?)?"
)
_TIME_RE = re.compile(r"(?P<h>\d{2}):?(?P<mi>\d{2})?:?(?P<s>\d{2})?")


class BadDate(ValueError):
    """A date that is not a full, valid ISO 8601 calendar date; the message says why."""


def parse_date(value: Any) -> str:
    """The ISO date ``YYYY-MM-DD`` of ``value``, or :class:`BadDate`.

    ``value`` is a string in one of the forms of the module docstring, or a ``datetime.date``
    (YAML front matter gives one for an unquoted date).
    """
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise BadDate(f"a date must be a string, not {type(value).__name__}")
    text = value.strip()
    m = _ISO_RE.fullmatch(text)
    if m is None:
        if re.fullmatch(r"\d{4}(?:-\d{2})?", text):
            raise BadDate(f"{value!r} is not a full date (YYYY-MM-DD): the day is unknown")
        raise BadDate(f"{value!r} is not an ISO 8601 date (YYYY-MM-DD)")
    if m.group("time"):
        _check_time(value, m.group("time"))
    try:
        return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d"))).isoformat()
    except ValueError as exc:
        raise BadDate(f"{value!r} is not a valid date ({exc})") from None


def _check_time(value: str, time: str) -> None:
    t = _TIME_RE.fullmatch(time.split(".")[0].split(",")[0])
    ok = (
        t is not None
        and int(t.group("h")) <= 24
        and int(t.group("mi") or 0) < 60
        and int(t.group("s") or 0) < 61
    )
    if not ok:
        raise BadDate(f"{value!r} has an invalid time of day")


def checked_date(value: Any, where: str, warn: Warn) -> str | None:
    """:func:`parse_date`, or None after a warning naming ``where`` (the document) when it is bad."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return parse_date(value)
    except BadDate as exc:
        warn(f"{where}: bad date: {exc}; the date is left unknown")
        return None


# --------------------------------------------------------------------------- front matter

_FRONT_OPEN = re.compile(r"---[ \t]*\r?\n")
_FRONT_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)", re.MULTILINE)
#: Front matter longer than this is not front matter (a file that merely starts with a rule).
FRONT_MATTER_MAX = 16_384


class _FrontMatterLoader(yaml.SafeLoader):
    """Safe YAML that leaves timestamps as text: :func:`parse_date` checks them, with a message
    (PyYAML's own conversion raises a bare ValueError on ``2025-02-30``)."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class FrontMatter:
    """A Markdown file's YAML front matter: where the body starts and the fields kg reads."""

    end: int  # offset in the file text where the article body starts
    title: str | None = None
    date: Any = None  # as written (a string, or another YAML value): checked later with parse_date
    url: str | None = None


def split_front_matter(text: str, where: str, warn: Warn) -> FrontMatter | None:
    """The YAML front matter at the very start of ``text`` (``---`` … ``---``), or None.

    A block that is not valid YAML or not a mapping is reported and left in the text.
    """
    opened = _FRONT_OPEN.match(text)
    if opened is None:
        return None
    closed = _FRONT_CLOSE.search(text, opened.end(), min(len(text), FRONT_MATTER_MAX))
    if closed is None:
        return None
    block = text[opened.end() : closed.start()]
    try:
        fields = yaml.load(block, Loader=_FrontMatterLoader) if block.strip() else {}  # noqa: S506 (safe)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" (line {mark.line + 2})" if mark is not None else ""
        warn(f"{where}: front matter is not valid YAML{at}: read as text")
        return None
    if fields is None:
        fields = {}
    if not isinstance(fields, dict):
        warn(f"{where}: front matter is not a mapping of fields: read as text")
        return None

    def text_field(key: str) -> str | None:
        value = fields.get(key)
        if value is None:
            return None
        if isinstance(value, str):
            return value
        warn(f"{where}: front matter {key!r} is not a string: ignored")
        return None

    return FrontMatter(closed.end(), text_field("title"), fields.get("date"), text_field("url"))


# --------------------------------------------------------------------------- datelines

#: Lines (non-empty, after cleaning) searched for a dateline, and how long a dateline line may be.
DATELINE_LINES = 5
DATELINE_MAX_CHARS = 80
_ERA_START = {"令和": 2018, "平成": 1988}
_JA_DATE = r"(?:(?P<y>\d{4})|(?P<era>令和|平成)(?P<ey>元|\d{1,2}))年\s*(?P<m>\d{1,2})月\s*(?P<d>\d{1,2})日"
_NUM_DATE = r"(?P<ny>\d{4})(?P<ns>[-/.])(?P<nm>\d{1,2})(?P=ns)(?P<nd>\d{1,2})(?![\d/.-])"
_DATE_RE = re.compile(rf"(?<!\d)(?:{_JA_DATE}|{_NUM_DATE})")
#: What may stand beside the date on a line that is only a date: weekday, time, labels, brackets.
_DECORATION_RE = re.compile(
    r"[(（][月火水木金土日](?:曜日?)?[)）]|[月火水木金土日]曜日?"
    r"|(?:午前|午後|AM|PM)?\s*\d{1,2}\s*(?::\s*\d{2}(?::\d{2})?|時(?:\s*\d{1,2}\s*分)?)\s*(?:JST|UTC|GMT|頃)?"
    r"|配信日?時?|公開日?時?|更新日?時?|掲載日?時?|発行日?|投稿日?時?|日付|日時|発表日?"
    r"|(?i:published|updated|posted|date)"
    r"|[\s:：|｜/,、・\-–—―()（）\[\]［］【】〔〕「」]",
)
_BRACKET_RE = re.compile(r"[\[［【〔(（](?P<inner>[^\]］】〕)）\n]{1,60})[\]］】〕)）]")


@dataclass(frozen=True)
class Dateline:
    """A dateline found in an article's text: the text as written and its date (None if invalid)."""

    text: str
    date: str | None
    problem: str | None = None


def _date_of(m: re.Match[str]) -> tuple[str | None, str | None]:
    """(ISO date, None), or (None, why) for a match of :data:`_DATE_RE`."""
    if m.group("ny"):
        y, mo, d = int(m.group("ny")), int(m.group("nm")), int(m.group("nd"))
    else:
        if m.group("era"):
            ey = m.group("ey")
            y = _ERA_START[m.group("era")] + (1 if ey == "元" else int(ey))
        else:
            y = int(m.group("y"))
        mo, d = int(m.group("m")), int(m.group("d"))
    try:
        return dt.date(y, mo, d).isoformat(), None
    except ValueError as exc:
        return None, str(exc)


def find_dateline(text: str) -> Dateline | None:
    """The dateline of an article (see the module docstring), or None when it has none.

    Digits are read after NFKC normalisation, so full-width ``２０２５年３月１４日`` counts too.
    """
    seen = 0
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        seen += 1
        if seen > DATELINE_LINES:
            break
        found = _line_dateline(unicodedata.normalize("NFKC", line))
        if found is not None:
            return found
    return None


def _line_dateline(line: str) -> Dateline | None:
    lead = _BRACKET_RE.match(line)
    if lead is not None:
        m = _DATE_RE.search(lead.group("inner"))
        if m is not None:
            return Dateline(m.group(0), *_date_of(m))
    if len(line) > DATELINE_MAX_CHARS:
        return None
    m = _DATE_RE.search(line)
    if m is None:
        return None
    rest = line[: m.start()] + " " + line[m.end() :]
    if _DECORATION_RE.sub("", rest):
        return None  # the line says more than a date: a headline or a sentence, not a dateline
    return Dateline(m.group(0), *_date_of(m))


# --------------------------------------------------------------------------- --dates FILE


@dataclass(frozen=True)
class DateTable:
    """The dates of ``--dates FILE`` by document id, and the line each came from."""

    path: str
    dates: dict[str, str]
    lines: dict[str, int]

    def unused(self, ids: set[str]) -> list[str]:
        """The ids of the file that name no document of the build, in file order."""
        return [i for i in self.dates if i not in ids]


def read_dates_csv(path: str | Path, warn: Warn) -> DateTable:
    """Read ``id,date`` rows (a header row ``id,date`` is optional) from a UTF-8 CSV file.

    A missing or unreadable file is an error; a row with a bad date, a missing field or an id
    already given is reported with its line and skipped.
    """
    shown = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise KgError(f"cannot read the --dates file ({exc.strerror or exc})", shown) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise KgError(f"the --dates file is not UTF-8 (byte {exc.start})", shown) from None
    dates: dict[str, str] = {}
    lines: dict[str, int] = {}
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        for row in reader:
            lineno = reader.line_num
            cells = [c.strip() for c in row]
            if not any(cells) or cells[0].startswith("#"):
                continue
            if len(dates) == 0 and not lines and [c.lower() for c in cells[:2]] == ["id", "date"]:
                continue
            if len(cells) < 2 or not cells[0]:
                warn(f"{shown}:{lineno}: expected two fields, id,date: skipped")
                continue
            doc_id, value = cells[0], cells[1]
            if doc_id in lines:
                warn(
                    f"{shown}:{lineno}: document {doc_id!r} already has a date on line {lines[doc_id]}:"
                    " skipped"
                )
                continue
            lines[doc_id] = lineno
            date = checked_date(value, f"{shown}:{lineno}: document {doc_id!r}", warn)
            if date is not None:
                dates[doc_id] = date
    except csv.Error as exc:
        raise KgError(f"the --dates file is not valid CSV: {exc}", shown, reader.line_num) from None
    return DateTable(shown, dates, lines)
