"""Template rendering with the language, the signed-in user and the CSRF token in context."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from piplkit.faces.web.i18n import COOKIE, pick
from piplkit.map.register.labels import label
from piplkit.platform.service.export import attachment_headers
from piplkit.platform.service.i18n import Lang, count, translate

_env = Environment(
    loader=PackageLoader("piplkit.faces.web", "templates"),
    autoescape=select_autoescape(["html", "svg"], default=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
#: ``{{ n | num }}``: a count as a person reads it, with thousands separators
_env.filters["num"] = count
templates = Jinja2Templates(env=_env)


def language(request: Request) -> Lang:
    return pick(request.cookies.get(COOKIE), request.headers.get("accept-language"))


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    lang: Lang = context.pop("lang_override", None) or language(request)

    def t(key: str, **values: object) -> str:
        return translate(lang, key, **values)

    def enum_label(value: StrEnum | str | None, enum: type[StrEnum] | None = None) -> str:
        return "" if value is None else label(value, enum, lang)

    context.setdefault("errors", {})
    context.setdefault("status", status)
    context.update(
        request=request,
        t=t,
        lang=lang,
        enum_label=enum_label,
        principal=getattr(request.state, "principal", None),
        csrf=getattr(request.state, "csrf", ""),
        path=request.url.path,
    )
    return templates.TemplateResponse(request, template, context, status_code=status)


def attachment(data: bytes, filename: str, media_type: str) -> Response:
    """A download of ``data`` named ``filename`` (a RoPA, a double list, a request package)."""
    return Response(content=data, media_type=media_type, headers=attachment_headers(filename))
