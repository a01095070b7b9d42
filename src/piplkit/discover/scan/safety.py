"""Make messages safe to print: no raw PI, no database password, bounded length.

Library exceptions (CSV parsers, drivers) may quote the offending input; every message that
leaves the scanner goes through :func:`safe_message`.
"""

from __future__ import annotations

import re
from functools import cache

from piplkit.discover.detect import Detector
from piplkit.discover.detect.masking import mask_middle
from piplkit.inputs.text import made_single_line

#: Digit runs as long as a phone number or longer are masked even when no recognizer claims
#: them (shorter runs, such as dates in file names, stay readable).
_LONG_DIGITS = re.compile(r"\d{11,}")
_URL_PASSWORD = re.compile(
    r"(?P<head>[a-z][a-z0-9+.-]*://[^:/@\s]+:)(?P<pw>[^@\s]+)(?P<at>@)", re.I
)
MAX_MESSAGE_CHARS = 300


def mask_url(url: str) -> str:
    """A database URL with its password replaced by ``***``."""
    return _URL_PASSWORD.sub(lambda m: m.group("head") + "***" + m.group("at"), url)


def safe_message(message: str) -> str:
    """Mask PI the detector finds, long digit runs and URL passwords; cut to a readable length."""
    text = mask_url(" ".join(made_single_line(message).split()))
    for finding in reversed(_detector().detect(text)):
        text = text[: finding.start] + finding.preview + text[finding.end :]
    text = _LONG_DIGITS.sub(lambda m: mask_middle(m.group(0), 2, 2), text)
    if len(text) > MAX_MESSAGE_CHARS:
        text = text[: MAX_MESSAGE_CHARS - 1] + "…"
    return text


@cache
def _detector() -> Detector:
    return Detector(min_score=0.3)
