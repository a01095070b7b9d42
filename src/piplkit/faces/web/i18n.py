"""Which language a web page is in; the zh/en catalogues themselves are the service layer's
(``platform/service/i18n.py``), shared with the command line's help.

The language comes from the ``piplkit_lang`` cookie (set by the switch in the header), else the
browser's ``Accept-Language``, else Chinese.
"""

from __future__ import annotations

from piplkit.platform.service.i18n import LANGS, Lang

COOKIE = "piplkit_lang"


def pick(cookie: str | None, accept_language: str | None) -> Lang:
    if cookie in LANGS:
        return cookie
    if accept_language and accept_language.lower().lstrip().startswith("en"):
        return "en"
    return "zh"
