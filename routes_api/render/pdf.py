"""PDF of the printable plan: headless Chromium prints the self-contained HTML page.

Why Chromium and not WeasyPrint: the page is the same document a visitor prints from a
browser, so the PDF and the browser print match (CSS grid, flexbox, SVG ``<use>``), and the
tests already need Chromium to check the page; WeasyPrint would add Pango/cairo system
libraries and its own CSS dialect. Chinese renders because the HTML embeds a subset of
Noto Sans CJK SC (``routes_api.render.fonts``), which Chromium embeds in the PDF.

Chromium runs with a fresh profile in a temporary folder, no sandbox (it runs as the
service user in a container), no GPU, no network services, and reads the page from a
``file://`` path inside that folder; the page's Content-Security-Policy forbids any request.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from routes_api.core.errors import Unavailable

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--mute-audio",
    "--no-pdf-header-footer",
    "--run-all-compositor-stages-before-draw",
)


class PdfUnavailable(Unavailable):
    """No Chromium on this machine, or it failed to print."""


def find_chromium() -> str | None:
    """The Chromium executable: ``ROUTES_API_CHROMIUM`` or the first on PATH."""
    env = os.environ.get("ROUTES_API_CHROMIUM")
    if env:
        return env if Path(env).exists() else shutil.which(env)
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def html_to_pdf(html: str, *, timeout: float = 90.0, chromium: str | None = None) -> bytes:
    """Print an HTML document to PDF (A4, the page's own @page margins) and return the bytes."""
    exe = chromium or find_chromium()
    if exe is None:
        raise PdfUnavailable("PDF needs Chromium (Debian package 'chromium'); it is not installed")
    with tempfile.TemporaryDirectory(prefix="routes-pdf-") as tmp:
        page = Path(tmp) / "plan.html"
        out = Path(tmp) / "plan.pdf"
        page.write_text(html, encoding="utf-8")
        cmd = [exe, *FLAGS, f"--user-data-dir={Path(tmp) / 'profile'}", f"--print-to-pdf={out}",
               page.as_uri()]
        env = {**os.environ, "HOME": tmp}
        try:
            proc = subprocess.run(cmd, capture_output=True, timeout=timeout, env=env, cwd=tmp)
        except subprocess.TimeoutExpired:
            raise PdfUnavailable(f"Chromium did not finish printing within {timeout:.0f} s") from None
        except OSError as exc:
            raise PdfUnavailable(f"Chromium could not start: {exc}") from None
        if not out.exists() or out.stat().st_size == 0:
            tail = proc.stderr.decode("utf-8", "replace")[-800:]
            raise PdfUnavailable(f"Chromium printed no PDF (exit {proc.returncode}): {tail}")
        return out.read_bytes()
