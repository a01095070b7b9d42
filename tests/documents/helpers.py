"""Shared inputs for the document tests: the shipped sample profiles on fixed dates."""

from __future__ import annotations

import datetime as dt
from functools import cache
from importlib import resources

import yaml
from tests import skips

from piplkit.assess.documents import Report, build_report
from piplkit.assess.rules import Assessment, Profile, evaluate, parse_profile, profile_from_data

SAMPLES = resources.files("piplkit.discover.samples").joinpath("profiles")
GENERATED_ON = dt.date(2026, 1, 5)

#: sample profile → an as-of date where it exercises something (retail: SCC route + exemptions
#: + 2025 obligations; example: last day of the 2022 regime, security assessment; small: exempt)
SAMPLE_DATES: dict[str, dt.date] = {
    "retail_platform.yaml": dt.date(2025, 12, 1),
    "example.yaml": dt.date(2024, 3, 21),
    "small_exporter.json": dt.date(2025, 6, 1),
}
LANGS = ("zh", "en")


def load_sample(name: str) -> Profile:
    text = SAMPLES.joinpath(name).read_text("utf-8")
    return parse_profile(text, "json" if name.endswith(".json") else "yaml")


def sample_data(name: str) -> dict:
    return yaml.safe_load(SAMPLES.joinpath(name).read_text("utf-8"))


@cache
def assessed(name: str, day: dt.date | None = None) -> tuple[Profile, Assessment]:
    profile = load_sample(name)
    return profile, evaluate(profile, day or SAMPLE_DATES[name])


@cache
def report(name: str, lang: str, day: dt.date | None = None) -> Report:
    profile, result = assessed(name, day)
    return build_report(profile, result, lang, generated_on=GENERATED_ON)  # type: ignore[arg-type]


def report_for(data: dict, day: dt.date, lang: str = "zh") -> Report:
    profile = profile_from_data(data)
    return build_report(profile, evaluate(profile, day), lang, generated_on=GENERATED_ON)  # type: ignore[arg-type]


def pdf_skip_reason() -> str | None:
    """Why PDF tests cannot run here (None when they can)."""
    from piplkit.assess.documents.fonts import cjk_font_available

    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError) as exc:
        return skips.pdf(
            f"WeasyPrint unavailable ({exc.__class__.__name__})",
            "apt-get install -y libpango-1.0-0 libpangoft2-1.0-0",
        )
    if not cjk_font_available():
        return skips.pdf("no CJK font", "pip install justmytype-intl-cjk")
    return None


def all_text(r: Report) -> str:
    """Every string of the model, for content assertions independent of the format."""
    from piplkit.assess.documents.model import (
        BulletList,
        Cite,
        Fill,
        Notice,
        Paragraph,
        Table,
        Text,
    )

    parts = [r.title, r.subtitle, r.handler, r.as_of.isoformat(), r.footer]

    def runs(items: tuple) -> None:
        for i in items:
            if isinstance(i, Text | Cite):
                parts.append(
                    i.text + (r.unverified_text if isinstance(i, Cite) and i.unverified else "")
                )
            elif isinstance(i, Fill):
                parts.append(r.fill_text(i.hint))

    def block(b: object) -> None:
        if isinstance(b, Paragraph | Notice):
            runs(b.runs)
        elif isinstance(b, BulletList):
            for item in b.items:
                runs(item)
        elif isinstance(b, Table):
            parts.extend(b.headers)
            for row in b.rows:
                for cell in row:
                    runs(cell)

    block(r.cover)
    block(r.cover_notice)
    for s in r.sections:
        parts.append(s.title)
        for b in s.blocks:
            block(b)
    return "\n".join(parts)
