"""A self-contained HTML report (Jinja2, inline CSS, no scripts) with Chinese and English labels."""

from __future__ import annotations

from importlib import resources

from jinja2 import Environment, FunctionLoader, select_autoescape

from piplkit import __version__
from piplkit.discover.scan.labels import (
    BASIS_LABELS,
    FREE_TEXT_LABEL,
    category_label,
    count,
    grade_label,
    type_label,
)
from piplkit.discover.scan.report import ScanReport, is_sensitive_type

_TEMPLATE = "report.html.j2"


def _load(name: str) -> str:
    return resources.files("piplkit.discover.scan").joinpath("templates", name).read_text("utf-8")


def render_html(report: ScanReport) -> str:
    env = Environment(
        loader=FunctionLoader(_load),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["num"] = count  # every count with thousands separators
    env.globals.update(
        free_text_label=FREE_TEXT_LABEL,
        type_label=type_label,
        category_label=category_label,
        grade_label=grade_label,
        basis_labels=BASIS_LABELS,
        is_sensitive=is_sensitive_type,
        version=__version__,
    )
    return env.get_template(_TEMPLATE).render(report=report, s=report.summary)
