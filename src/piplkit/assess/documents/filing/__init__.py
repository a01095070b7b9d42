"""Filing packs: the documents each transfer's route calls for, one builder per document.

- every transfer with PI exported: the export PIPIA (PIPL Art. 55(4)), in the structure of the
  filing guide's template (``export_pipia.py``);
- the standard-contract route: the contract's Appendix I filled in and the supplementary terms
  screened (``scc_appendix.py``);
- the security-assessment route: the declaration checklist with its dates
  (``sa_checklist.py``).

A transfer's documents follow its route on the as-of date and, where its plan needs a stricter
route (a threshold projected to be crossed this year), that route's documents too: they must be
ready before the export that needs them. ``build_filing_pack`` returns ``(file stem, Report)``
pairs; the CLI writes each in the format asked for.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from piplkit.assess.documents.filing.export_pipia import build_export_pipia
from piplkit.assess.documents.filing.sa_checklist import build_sa_checklist
from piplkit.assess.documents.filing.scc_appendix import build_scc_appendix
from piplkit.assess.documents.filing.terms_check import TermsError, screen_terms
from piplkit.assess.documents.model import Report
from piplkit.assess.law.kb import KnowledgeBase
from piplkit.assess.law.languages import Lang
from piplkit.assess.rules.profile import Profile
from piplkit.assess.rules.result import Assessment

__all__ = [
    "TermsError",
    "build_export_pipia",
    "build_filing_pack",
    "build_sa_checklist",
    "build_scc_appendix",
    "file_stem",
    "screen_terms",
]


def file_stem(name: str) -> str:
    """A file-name-safe form of a transfer name (letters, digits and CJK kept)."""
    stem = re.sub(r"[^\w\u4e00-\u9fff]+", "-", name, flags=re.UNICODE).strip("-_")
    return stem[:80] or "transfer"


def build_filing_pack(
    profile: Profile,
    result: Assessment,
    lang: Lang = "zh",
    *,
    supplementary_terms: Mapping[str, str] | None = None,
    kb: KnowledgeBase | None = None,
    generated_on: dt.date | None = None,
) -> list[tuple[str, Report]]:
    """Every document the transfers' routes call for on the as-of date."""
    terms = supplementary_terms or {}
    unknown = sorted(set(terms) - {t.name for t in result.transfers})
    if unknown:
        raise ValueError(f"supplementary terms given for unknown transfers: {', '.join(unknown)}")
    out: list[tuple[str, Report]] = []
    used: set[str] = set()
    for t in result.transfers:
        routes = {t.route, t.plan.route if t.plan else t.route}
        if routes == {"not_applicable"}:
            continue
        stem = file_stem(t.name)
        while stem in used:
            stem += "-1"
        used.add(stem)
        out.append(
            (
                f"{stem}.export-pipia",
                build_export_pipia(profile, result, t.name, lang, kb=kb, generated_on=generated_on),
            )
        )
        if "standard_contract_or_certification" in routes:
            out.append(
                (
                    f"{stem}.appendix1",
                    build_scc_appendix(
                        profile,
                        result,
                        t.name,
                        lang,
                        supplementary_terms=terms.get(t.name),
                        kb=kb,
                        generated_on=generated_on,
                    ),
                )
            )
        if "security_assessment" in routes:
            out.append(
                (
                    f"{stem}.sa-checklist",
                    build_sa_checklist(
                        profile, result, t.name, lang, kb=kb, generated_on=generated_on
                    ),
                )
            )
    return out
