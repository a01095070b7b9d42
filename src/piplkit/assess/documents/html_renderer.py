"""Render a report model to one self-contained HTML file (inline CSS, no external resources).

Jinja2 autoescaping is on for every value, so text from the profile (a handler name with
``<script>``) is shown, never executed. The same HTML is what WeasyPrint turns into the PDF.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from piplkit.assess.documents.model import Report


def css_string(value: str) -> Markup:
    """A CSS string literal; escapes what could end the string or the <style> element."""
    out = []
    for ch in value:
        if ch in '"\\<>&' or ord(ch) < 0x20:
            out.append(f"\\{ord(ch):x} ")
        else:
            out.append(ch)
    return Markup('"' + "".join(out) + '"')


@cache
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("piplkit.assess.documents", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html", "j2"), default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["css_string"] = css_string
    return env


@cache
def _css() -> Markup:
    text = (
        resources.files("piplkit.assess.documents")
        .joinpath("templates/report.css")
        .read_text("utf-8")
    )
    return Markup(text)  # shipped file, not user input


def render_html(report: Report) -> str:
    """The report as an HTML document (UTF-8 text)."""
    return _environment().get_template("report.html.j2").render(report=report, css=_css())
