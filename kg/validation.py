"""Validating data files with pydantic, one error line naming the file, the entry and the field.

Rule files (:mod:`kg.rules`) and lexicons (:mod:`kg.lexicon`) are checked when they load: an
unknown key, a value of the wrong type or a missing field stops the build with one line such as
``unknown key in patterns[3] (basedIn.such_as).regx (kg/data/rules/relations.yaml)``. pydantic
comes with spaCy; its ``extra="forbid"`` and type checks are what a hand-written checker would
repeat.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from kg.errors import KgError

M = TypeVar("M", bound=BaseModel)


class Strict(BaseModel):
    """A data-file model: unknown keys are errors, validated values are read-only."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def validate(model: type[M], data: Any, path: str) -> M:
    """``data`` (as loaded from the YAML file ``path``) checked against ``model``, or one KgError."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise KgError(error_line(exc, data), path) from None


def error_line(exc: ValidationError, data: Any) -> str:
    """``<what> in <where>`` for the error that explains the others best.

    A misspelt key is the cause of the "missing field" error it also gives, so it is named first.
    """
    first = sorted(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")[0]
    return f"{what(first)} in {where(data, first['loc'])}"


def where(data: Any, loc: tuple[Any, ...]) -> str:
    """``patterns[3] (basedIn.such_as).regx`` — list items named by their ``id`` or ``name``."""
    out, node = "", data
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
            node = node[part] if isinstance(node, list) and part < len(node) else None
            if isinstance(node, dict):
                label = node.get("id", node.get("name"))
                if isinstance(label, (str, int)):
                    out += f" ({label})"
        else:
            out += ("." if out else "") + str(part)
            node = node.get(part) if isinstance(node, dict) else None
    return out or "the file"


def what(error: Any) -> str:
    """The error in a few words; a string where a list belongs says how to write the list."""
    if error["type"] == "extra_forbidden":
        return "unknown key"
    if error["type"] == "missing":
        return "missing field"
    if error["type"] == "list_type" and isinstance(error.get("input"), str):
        return f"a list is needed, not the string {error['input']!r} (write [{error['input']}])"
    return str(error["msg"]).splitlines()[0]
