"""The CJK font for PDFs: one shipped with a Python package first, the system's Noto CJK second.

WeasyPrint draws empty boxes for Chinese when no font covers it, and a fresh machine (a container,
a laptop without ``fonts-noto-cjk``) usually has none. The dependency ``justmytype-intl-cjk`` ships
Noto Sans SC (SIL Open Font License 1.1, its ``OFL.txt`` beside the font file), so the PDF
renderer loads that file through ``@font-face`` and the report renders wherever piplkit is
installed. When the package is missing, fontconfig's "Noto Sans CJK SC" (Debian
``fonts-noto-cjk``) is used if installed. Only the glyphs used are embedded (WeasyPrint subsets).
"""

from __future__ import annotations

import shutil
import subprocess
from functools import cache
from pathlib import Path

#: Family name of the packaged font, as declared by the ``@font-face`` rule.
PACKAGED_FAMILY = "Noto Sans SC"
#: Family name of the system font from Debian's ``fonts-noto-cjk``.
SYSTEM_FAMILY = "Noto Sans CJK SC"
#: The CSS font stack for Chinese text: packaged font, system font, then generic fallbacks.
CJK_FONT_STACK = f'"{PACKAGED_FAMILY}", "{SYSTEM_FAMILY}", "Noto Sans", sans-serif'
#: What to install when neither font is there.
FONT_FIX = "pip install justmytype-intl-cjk (or Debian: apt-get install fonts-noto-cjk)"

_PACKAGED_FILE = ("fonts", "ofl", "notosanssc", "NotoSansSC[wght].ttf")


@cache
def packaged_cjk_font() -> Path | None:
    """The Noto Sans SC file shipped by ``justmytype-intl-cjk``, or None when not installed."""
    try:
        import justmytype_intl_cjk
    except ImportError:
        return None
    path = Path(justmytype_intl_cjk.__file__).parent.joinpath(*_PACKAGED_FILE)
    return path if path.is_file() else None


@cache
def system_cjk_font_installed() -> bool:
    """True when fontconfig knows the system CJK font the stylesheets name."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    try:
        out = subprocess.run(
            [fc_list, f":family={SYSTEM_FAMILY}", "family"],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return SYSTEM_FAMILY in out


def cjk_font_available() -> bool:
    """True when a PDF with Chinese text can be drawn with real glyphs on this machine."""
    return packaged_cjk_font() is not None or system_cjk_font_installed()


def font_face_css() -> str:
    """An ``@font-face`` rule for the packaged font ("" when it is not installed).

    Only for WeasyPrint: the rule holds a local file URL, which must never go into an HTML report
    that leaves the machine.
    """
    path = packaged_cjk_font()
    if path is None:
        return ""
    return f'@font-face {{ font-family: "{PACKAGED_FAMILY}"; src: url("{path.as_uri()}"); }}'
