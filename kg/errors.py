"""Errors the CLI turns into one clear line: ``kg: error: <what> (<file>:<line>)``."""

from __future__ import annotations


class KgError(Exception):
    """A failure caused by input or environment; the CLI prints it and exits 1."""

    exit_code = 1

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f" ({self.path}:{self.line})" if self.line is not None else f" ({self.path})"
        return f"{self.message}{where}"


class KgUsageError(KgError):
    """Bad command-line usage; exit code 2."""

    exit_code = 2
