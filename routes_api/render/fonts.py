"""The CJK font embedded in printable pages: Noto Sans CJK SC, subset to the page's characters.

The page must render Chinese wherever it is opened or printed, with no request for a web font,
so the font travels inside the page as a base64 ``@font-face``. The whole Noto Sans CJK
collection is ~20 MB; the subset of the characters one plan uses (CJK, Latin, digits, the
punctuation) is 40-120 KB per weight, and is built in about half a second with fontTools
(a dependency of matplotlib).

Where the font comes from, first found wins:

1. ``ROUTES_API_CJK_FONT`` / ``ROUTES_API_CJK_FONT_BOLD``: paths to an OTF/TTF/TTC.
2. Debian's ``fonts-noto-cjk`` (``/usr/share/fonts/opentype/noto/NotoSansCJK-{Regular,Bold}.ttc``),
   installed by the project's CI (``.ci/apt-packages.txt``) and needed on any server that
   prints plans.
3. Noto Sans SC Regular from the PyPI package ``pylopdf-fonts-zh-cn`` (a runtime dependency,
   so a plain ``pip install`` / the Docker image has it; bold is then synthesised).
4. ``fc-match 'Noto Sans CJK SC'`` when fontconfig knows another copy.

Without any of them the page falls back to the reader's fonts (CSS font stack) and the
service logs a warning once; the PDF endpoint then still renders, but Chinese depends on
the fonts of the machine running Chromium.
"""

from __future__ import annotations

import base64
import io
import logging
import os
import shutil
import subprocess
import threading
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

FAMILY = "RoutesCJK"
_DEBIAN = Path("/usr/share/fonts/opentype/noto")
_lock = threading.Lock()


def _fc_match(pattern: str) -> Path | None:
    if shutil.which("fc-match") is None:
        return None
    try:
        out = subprocess.run(["fc-match", "-f", "%{file}", pattern], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    path = Path(out.stdout.strip()) if out.returncode == 0 and out.stdout.strip() else None
    if path and "cjk" in path.name.lower() and path.exists():
        return path
    return None


@lru_cache(maxsize=None)
def font_file(weight: str = "regular") -> Path | None:
    """The font file for `weight` (``regular`` or ``bold``), or None when none is installed."""
    env = os.environ.get("ROUTES_API_CJK_FONT_BOLD" if weight == "bold" else "ROUTES_API_CJK_FONT")
    if env and Path(env).exists():
        return Path(env)
    name = "Bold" if weight == "bold" else "Regular"
    for candidate in (_DEBIAN / f"NotoSansCJK-{name}.ttc", _DEBIAN / f"NotoSansCJKsc-{name}.otf",
                      Path("/usr/share/fonts/opentype/noto-cjk") / f"NotoSansCJK-{name}.ttc"):
        if candidate.exists():
            return candidate
    if weight == "regular":  # Noto Sans SC from PyPI (a runtime dependency, also in the Docker image)
        try:
            import pylopdf_fonts_zh_cn

            pkg = Path(pylopdf_fonts_zh_cn.sans_path())
            if pkg.exists():
                return pkg
        except (ImportError, AttributeError, OSError):
            pass
    found = _fc_match(f"Noto Sans CJK SC:style={name}")
    if found is None and weight == "regular":
        log.warning("no CJK font found (install Debian fonts-noto-cjk): printed Chinese uses the reader's fonts")
    return found


@lru_cache(maxsize=None)
def _face_index(path: Path) -> int:
    """Index of the Simplified Chinese face in a collection (0 for a single font)."""
    if path.suffix.lower() not in (".ttc", ".otc"):
        return 0
    from fontTools.ttLib import TTCollection

    coll = TTCollection(str(path), lazy=True)
    for i, font in enumerate(coll.fonts):
        name = font["name"].getDebugName(1) or ""
        if name.endswith(" SC") and "Mono" not in name:
            return i
    return 0


def subset_font(text: str, weight: str = "regular") -> bytes | None:
    """An OpenType font holding only the glyphs of `text` (plus a fallback set), or None."""
    chars = set(text) | set(" 0123456789:.,-–—()/%·→×+kmhgCOmin")
    return _subset("".join(sorted(c for c in chars if c.isprintable() or c == " ")), weight)


@lru_cache(maxsize=32)
def _subset(chars: str, weight: str) -> bytes | None:
    path = font_file(weight)
    if path is None:
        return None
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.layout_features = ["kern", "liga", "locl", "palt", "vert"]
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6]  # keep the copyright and licence-relevant names
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = False
    with _lock:
        font = TTFont(str(path), fontNumber=_face_index(path), lazy=False)
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=chars)
        subsetter.subset(font)
        buf = io.BytesIO()
        font.save(buf)
    return buf.getvalue()


def font_face_css(text: str) -> str:
    """``@font-face`` rules (regular and bold) embedding subsets for `text`; '' if no font."""
    rules = []
    for weight, css_weight in (("regular", 400), ("bold", 700)):
        data = subset_font(text, weight)
        if data is None:
            continue
        b64 = base64.b64encode(data).decode("ascii")
        rules.append(
            f"@font-face{{font-family:{FAMILY};font-weight:{css_weight};font-style:normal;"
            f"src:url(data:font/otf;base64,{b64}) format('opentype');}}"
        )
    return "\n".join(rules)
