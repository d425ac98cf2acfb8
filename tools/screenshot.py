"""Screenshot a kg graph.html in headless Chromium, offline (for docs/graph.png).

    python tools/screenshot.py output/graph.html docs/graph.png

Opens the page from file:// with every non-file request aborted, waits until the layout has
settled, by default opens the evidence panel of the best-supported relation (so the picture shows
what a click gives), and writes the PNG atomically. Fails if the page tried to reach the network or
logged an error. Uses Debian's chromium (/usr/bin/chromium or $KG_CHROMIUM); no ``playwright install``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    # networking off: any request that escaped interception could not resolve or connect
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--proxy-server=127.0.0.1:9",
]


def find_chromium() -> str | None:
    """$KG_CHROMIUM, Debian's /usr/bin/chromium, or a chromium on PATH (shared with the tests)."""
    for cand in (os.environ.get("KG_CHROMIUM"), "/usr/bin/chromium"):
        if cand and os.access(cand, os.X_OK):
            return cand
    return shutil.which("chromium") or shutil.which("chromium-browser")


def chromium_path() -> str:
    found = find_chromium()
    if not found:
        raise SystemExit("screenshot: no Chromium found (apt-get install chromium, or set KG_CHROMIUM)")
    return found


@contextmanager
def browser(width: int = 1400, height: int = 860, scale: float = 1.0) -> Iterator[Any]:
    """A fresh headless Chromium context (throw-away profile) with the network cut off."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        raise SystemExit(
            "screenshot: the playwright Python package is needed (pip install playwright)"
        ) from exc
    with sync_playwright() as pw, tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile:
        ctx = pw.chromium.launch_persistent_context(
            profile,
            executable_path=chromium_path(),
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": width, "height": height},
            device_scale_factor=scale,
            service_workers="block",
        )
        try:
            yield ctx
        finally:
            ctx.close()


class Page:
    """An opened graph.html plus its network attempts and errors."""

    def __init__(self, ctx: Any, html: Path, timeout: float = 60) -> None:
        self.page = ctx.new_page()
        self.url = html.resolve().as_uri()
        self.leaks: list[str] = []
        self.errors: list[str] = []
        self.page.route("**/*", self._route)
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(self.url)
        self.wait("window.kgReady === true", timeout)

    def _route(self, route: Any) -> None:
        url = route.request.url
        if url.startswith(("file://", "data:")):
            route.continue_()
        else:
            self.leaks.append(url)
            route.abort()

    def wait(self, expr: str, timeout: float = 10, arg: Any = None) -> None:
        """Poll ``expr`` (the page's CSP forbids the eval() behind page.wait_for_function)."""
        deadline = time.monotonic() + timeout
        while not self.page.evaluate(expr, arg):
            if time.monotonic() > deadline:
                raise SystemExit(f"screenshot: timed out waiting for {expr}")
            self.page.wait_for_timeout(50)

    def check(self) -> None:
        if self.leaks:
            raise SystemExit(f"screenshot: the page tried to reach the network: {self.leaks}")
        if self.errors:
            raise SystemExit(f"screenshot: the page logged errors: {self.errors}")


SHOW_BEST_EDGE = """() => {
    const edges = window.kg.data.edges.slice();
    if (!edges.length) return null;
    const located = (e) => e.predicate === 'basedIn' ? 1 : 0;  // "X is in Y" makes a dull example
    edges.sort((a, b) => located(a) - located(b) || b.evidence_total - a.evidence_total
        || b.confidence - a.confidence || (a.id < b.id ? -1 : 1));
    window.kg.showEdge(edges[0].id);
    return edges[0].id;
}"""


def screenshot(
    html: Path,
    png: Path,
    width: int = 1400,
    height: int = 860,
    scale: float = 1.0,
    show_evidence: bool = True,
) -> Path:
    from kg.atomic import write_bytes

    with browser(width, height, scale) as ctx:
        p = Page(ctx, html)
        p.page.evaluate("document.fonts.ready.then(() => true)")
        if show_evidence:
            p.page.evaluate(SHOW_BEST_EDGE)
        p.page.mouse.move(0, 0)
        p.page.wait_for_timeout(300)
        data = p.page.screenshot(type="png")
        p.check()
    return write_bytes(png, data)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("html", type=Path, help="graph.html written by kg build")
    ap.add_argument("png", type=Path, nargs="?", default=Path("docs/graph.png"))
    ap.add_argument("--width", type=int, default=1400)
    ap.add_argument("--height", type=int, default=860)
    ap.add_argument("--scale", type=float, default=1.0, help="device pixel ratio (2 = retina)")
    ap.add_argument("--no-evidence", action="store_true", help="do not open an edge's evidence panel")
    args = ap.parse_args(argv)
    if not args.html.is_file():
        print(f"screenshot: error: no such file {args.html}", file=sys.stderr)
        return 2
    out = screenshot(args.html, args.png, args.width, args.height, args.scale, not args.no_evidence)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
