"""Screen supplementary terms (standard contract Appendix II) for conflicts with the contract.

The standard contract lets the parties agree further terms only "在不与本合同正文内容相冲突的
前提下" and makes itself prevail over any other legal document (Art. 9(1)); the Standard
Contract Measures Art. 6 say the same. A lawyer reads every supplementary clause against the
contract; this screen points at the clauses most often found to conflict (precedence, governing
law, beneficiary rights, liability caps, onward transfer, retention, courts, audits, foreign
authorities). A match is a clause to read, never a finding; no match is not a clearance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from piplkit.assess.documents.filing.data import TermsRule, load_filing_packs

#: longest excerpt shown for a matched clause (contract text, not personal information)
EXCERPT = 160
#: longest text screened (a contract appendix, not a corpus): bounded work and memory
MAX_CHARS = 200_000


class TermsError(ValueError):
    """The supplementary terms cannot be screened (too long, not text)."""


@dataclass(frozen=True)
class TermsFinding:
    rule: TermsRule
    clause: int
    excerpt: str


def clauses(text: str) -> list[str]:
    """The text split into clauses: numbered lines, or sentences in both languages."""
    parts = re.split(
        r"\n\s*\n"  # blank lines
        r"|\n(?=\s*(?:\d+[.、)]|[（(]?[一二三四五六七八九十]+[）)、]))"  # a numbered line
        r"|(?<=[。；;])\s*"  # after Chinese full stops and semicolons
        r"|(?<=[^\d\s][.])\s+",  # after a sentence's full stop, not "1." or "3.5"
        text,
    )
    return [p.strip() for p in parts if p and p.strip()]


def screen_terms(text: str) -> list[TermsFinding]:
    """Clauses matching a conflict rule, in the order they appear (one finding per rule)."""
    if len(text) > MAX_CHARS:
        raise TermsError(f"supplementary terms: {len(text):,} characters (limit {MAX_CHARS:,})")
    rules = load_filing_packs().supplementary_terms.rules
    compiled = [(r, [re.compile(p) for p in r.patterns]) for r in rules]
    found: list[TermsFinding] = []
    seen: set[str] = set()
    for number, clause in enumerate(clauses(text), start=1):
        flat = " ".join(clause.split())
        for rule, patterns in compiled:
            if rule.id in seen:
                continue
            if any(p.search(flat) for p in patterns):
                seen.add(rule.id)
                excerpt = flat if len(flat) <= EXCERPT else flat[: EXCERPT - 1] + "…"
                found.append(TermsFinding(rule, number, excerpt))
    return found
