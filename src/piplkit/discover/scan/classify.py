"""The classification steps a table scan and a Spark scan share: classify the sampled rows, plan
the full pass, merge its counts and write the column reports (with their reasons)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from piplkit.assess.rules.data_grading import DatasetFacts, grade_dataset
from piplkit.discover.detect import Detector
from piplkit.discover.detect.masking import mask_generic, mask_middle, mask_name
from piplkit.discover.detect.registry import MODEL_TYPES
from piplkit.discover.scan.analysis import ColumnPlan, clean, sample_stats
from piplkit.discover.scan.columns import (
    MAX_EXAMPLES,
    ORGANISATION_BLOCKS,
    ColumnStats,
    Decision,
    decide,
)
from piplkit.discover.scan.custom_types import custom_hints, custom_profiles, installed
from piplkit.discover.scan.documents import widen_document_header
from piplkit.discover.scan.hints import HeaderEvidence, HintTable, load_hints
from piplkit.discover.scan.labels import type_label
from piplkit.discover.scan.profiles import ProfileTable, load_profiles
from piplkit.discover.scan.report import (
    ColumnReport,
    FileReport,
    is_pi_type,
    is_sensitive_type,
    shown,
)
from piplkit.discover.scan.table_rules import apply_table_rules
from piplkit.discover.scan.tables import Row

MINOR_TAG = "minor_under_14"
#: Types whose values are never shown, even masked: a masked password or template still leaks.
_HIDDEN = frozenset({"password", "biometric", "face_image"})


@dataclass(frozen=True)
class Classifier:
    """The header hints and value profiles a scan classifies with (built-ins, plus custom types)."""

    hints: HintTable
    profiles: ProfileTable

    @classmethod
    def default(cls) -> Classifier:
        """The built-in hints and profiles, with those of the custom types installed in this
        process (:mod:`piplkit.discover.scan.custom_types`)."""
        return _classifier(tuple(c.digest for c in installed()))


@cache
def _classifier(installed_digests: tuple[str, ...]) -> Classifier:
    hints, profiles = load_hints(), load_profiles()
    if installed_digests:
        hints = hints.with_hints(custom_hints())
        profiles = profiles.with_profiles(custom_profiles())
    return Classifier(hints, profiles)


@dataclass(slots=True)
class SampleResult:
    headers: list[HeaderEvidence]
    stats: list[ColumnStats]
    chance: list[set[str]]
    decisions: list[Decision]
    #: The table is a product or asset catalogue (see ``HintTable.is_product_table``).
    product_table: bool = False


def classify_sample(
    columns: list[str], sample: list[Row], detector: Detector, classifier: Classifier
) -> SampleResult:
    """Header evidence, counts and a decision for every column of the sampled rows."""
    headers = [widen_document_header(classifier.hints.analyse(c)) for c in columns]
    own = [h.organisation for h in headers]
    machines = classifier.hints.is_organisation_table(columns)
    party = classifier.hints.names_registered_party(columns)
    if machines:
        headers = [replace(h, organisation=True) for h in headers]
    product = classifier.hints.is_product_table(columns)
    stats = sample_stats(columns, sample, detector, headers, classifier.profiles)
    chance = [s.chance_types() for s in stats]
    decisions = [
        decide(s, h, c, classifier.profiles, product_table=product)
        for s, h, c in zip(stats, headers, chance, strict=True)
    ]
    site = _site_table(headers, decisions)
    nobody = not any(d.pi_type and d.pi_type not in _NOT_A_PERSON for d in decisions)
    for i, d in enumerate(decisions):
        if site and d.pi_type in SITE_ONLY:
            # Coordinates in a table about sites (weather stations, depots) and about nobody:
            # they locate the site, not a person; decide those columns as an organisation's.
            headers[i] = replace(headers[i], organisation=True)
        elif machines and site and _shape_only(d) and d.pi_type not in _SITE_TYPES and not own[i]:
            # A machine log's msg or a server's numbers fit a person type's loose shape under
            # its header word; in a table whose headers are mostly about machines or sites
            # and that holds nobody's identifier, they are the machine's (a header naming an
            # organisation itself, 所在企业, names what its values are; one store column in a
            # fitness-test sheet does not make its heights a store's).
            headers[i] = HeaderEvidence(negative=True, organisation=True)
        elif nobody and _private_network(stats[i], headers[i], d):
            headers[i] = replace(headers[i], organisation=True)
        elif party and nobody and d.pi_type in ORGANISATION_BLOCKS:
            # A table naming its parties by their credit code (a patent register, VAT
            # invoices) and holding nobody's PI: its addresses and phones are theirs.
            headers[i] = replace(headers[i], organisation=True)
        else:
            continue
        decisions[i] = decide(
            stats[i], headers[i], chance[i], classifier.profiles, product_table=product
        )
    apply_table_rules(
        sample, headers, stats, chance, decisions, classifier.profiles, own=own,
        product_table=product,
    )  # fmt: skip
    if not any(d.pi_type and d.pi_type not in _NOT_ABOUT_PEOPLE for d in decisions):
        # A company column (a bare 公司 or company, or a header that says nothing) in a table
        # that holds nothing else of a person's (a supplier list, an invoice register) names
        # the row's own organisation, not someone's employer; 工作单位 or 所在企业 names an
        # employment.
        bare = classifier.hints.organisation
        for i, d in enumerate(decisions):
            if d.pi_type == "employer" and (headers[i].opaque or headers[i].word in bare):
                headers[i] = HeaderEvidence(negative=True, organisation=True)
                decisions[i] = Decision(None, 0.0, 0, d.other, d.minors)
    return SampleResult(headers, stats, chance, decisions, product)


def _shape_only(decision: Decision) -> bool:
    return decision.evidence is not None and decision.evidence.values == "shape"


def _private_network(stats: ColumnStats, header: HeaderEvidence, decision: Decision) -> bool:
    """Private-network addresses (10.x, 172.16-31.x, 192.168.x) under a header that says
    nothing, in a table that holds nothing else of a person's: a cloud bill's or an
    inventory's machines, not users (a login table's private IPs sit beside an account). Half
    of them private is enough: a storage bucket's endpoints mix private and cloud addresses,
    while users reach a service from public ones. (Set 13) A header that names no type but a
    machine's role (terminal_ip, 车站终端IP, GLIP: 管理IP) says no more about a person than an
    opaque one: only a header naming the address type (登录IP, ip) keeps them a person's."""
    if decision.pi_type not in ("ipv4", "ipv6") or header.types or not decision.matches:
        return False
    return stats.private >= 0.5 * stats.whole.get(decision.pi_type, 0)


#: Types that locate a site as well as a person: in a table about sites and no one, not PI.
SITE_ONLY = frozenset({"geo_coordinates"})
#: Types that may describe a site too (a station's address, landline, IP): they do not make a
#: table be about people.
_SITE_TYPES = frozenset(
    {"geo_coordinates", "address", "cn_landline", "ipv4", "ipv6", "mac_address"}
)


#: Types that do not show a table is about people: a site's, an organisation's credit code,
#: and (for the employer rule) an employer's.
_NOT_A_PERSON = _SITE_TYPES | {"cn_uscc"}
_NOT_ABOUT_PEOPLE = _NOT_A_PERSON | {"employer"}


def _site_table(headers: list[HeaderEvidence], decisions: list[Decision]) -> bool:
    """Whether a table is about sites and no person: a header names an organisation or a
    machine (station_id, 门店), and no column holds PI that only a person has (a name, a
    mobile, an identifier of a person's device)."""
    if not any(h.organisation for h in headers):
        return False
    return not any(
        d.pi_type and d.pi_type not in _SITE_TYPES and not _shape_only(d) for d in decisions
    )


def column_plan(
    decision: Decision,
    chance: set[str],
    strong: list[str],
    profiles: ProfileTable,
    measured: bool = False,
) -> ColumnPlan:
    """What is worth running on every row of a column, given what the sample showed.

    Model-based types (person_name, address) are too slow for every row: a column of that type
    is counted by value shape, and inside free text they are counted on the sample only. A
    column decided by its profile has the profile counted on every row, with the profile's
    measured side when the header names a measurement (``measured``: bare numbers under 血糖
    fit, as they did in the sample that decided the column).
    """
    seen = {t for t in decision.other if t not in MODEL_TYPES}
    pi_type = decision.pi_type
    by_profile = decision.evidence is not None and decision.evidence.values not in (
        "validated",
        "model",
    )
    profile = profiles.get(pi_type) if pi_type and (by_profile or pi_type in MODEL_TYPES) else None
    if pi_type in MODEL_TYPES or (pi_type is not None and by_profile):
        return ColumnPlan(tuple(sorted(seen)), profile, measured=measured and profile is not None)
    if pi_type is not None:
        return ColumnPlan(tuple(sorted(seen | {pi_type})), primary=pi_type)
    return ColumnPlan(tuple(sorted((set(strong) - chance) | seen)))


def full_decision(
    sampled: Decision, full: Decision, stats: ColumnStats, profiles: ProfileTable | None = None
) -> Decision:
    """Merge the full-scan decision with what only the sample could decide (model and profile
    types keep the sample's decision, with the counts of every row).

    The count is the sample's rule on every row: the cells that fit the type's profile, and,
    under a header naming a type whose "no" is an answer (无 under 过敏史 or HbA1c), those
    answers too, as :func:`columns.decide` counts them in the sample."""
    other = dict(full.other)
    for t, n in sampled.other.items():
        if t in MODEL_TYPES:
            other[t] = n
    other = dict(sorted(other.items()))
    evidence = sampled.evidence
    if sampled.pi_type is not None and evidence is not None and evidence.values != "validated":
        matches = stats.fits.get(sampled.pi_type, 0)
        profile = profiles.get(sampled.pi_type) if profiles is not None else None
        if matches and evidence.header and profile is not None and profile.absence_is_answer:
            matches += stats.negatives
        matches = matches or sampled.matches
        minors = full.minors
        if full.pi_type != sampled.pi_type:  # ``decide`` added them when it agreed
            minors += stats.young.get(sampled.pi_type, 0)
        return Decision(sampled.pi_type, sampled.confidence, matches, other, minors, evidence)
    if full.pi_type is None and sampled.pi_type is not None:
        return Decision(None, 0.0, 0, other, full.minors)
    return Decision(full.pi_type, full.confidence, full.matches, other, full.minors, full.evidence)


def profile_examples(
    sample: list[Row], index: int, decision: Decision, profiles: ProfileTable
) -> list[str]:
    """Masked examples of a column decided by its profile (there are no findings to show)."""
    pi_type = decision.pi_type
    profile = profiles.get(pi_type) if pi_type else None
    if profile is None or pi_type in _HIDDEN:
        return []
    out: list[str] = []
    for row in sample:
        value = clean(row[index])
        if value and profile.fits(value):
            masked = example_mask(pi_type, value)  # type: ignore[arg-type]
            if masked not in out:
                out.append(masked)
        if len(out) >= MAX_EXAMPLES:
            break
    return out


def example_mask(type_id: str, value: str) -> str:
    if type_id == "person_name":
        return mask_name(value)
    if type_id == "address":
        return mask_middle(value, 6, 0)
    return mask_generic(value)


def column_report(
    stats: ColumnStats,
    decision: Decision,
    header: HeaderEvidence,
    fallback: list[str],
    as_of: date,
) -> ColumnReport:
    """The report of one column: its decision, reason, counts and masked examples
    (``fallback`` when the statistics hold none for the decided type)."""
    pi_type = decision.pi_type
    examples = list(stats.examples.get(pi_type, [])) if pi_type else []
    if not examples:
        examples = (
            fallback
            if pi_type
            else [p for t in decision.other for p in stats.examples.get(t, [])][:MAX_EXAMPLES]
        )
    if pi_type in _HIDDEN:
        examples = []
    sensitive = bool(pi_type and is_sensitive_type(pi_type, as_of)) or decision.minors > 0
    return ColumnReport(
        name=shown(stats.name),
        pi_type=pi_type,
        confidence=decision.confidence,
        matches=decision.matches,
        sampled=stats.sampled,
        non_empty=stats.non_empty,
        sensitive=sensitive,
        examples_masked=examples,
        is_pi=bool(pi_type and is_pi_type(pi_type)),
        header_hint=header.hint,
        minors=decision.minors,
        findings_by_type=decision.other,
        reason=reason(stats, decision, header),
        evidence=_evidence_dict(decision),
    )


def _evidence_dict(decision: Decision) -> dict[str, object] | None:
    e = decision.evidence
    if e is None:
        return None
    return {
        "header": e.header,
        "header_exact": e.header_exact,
        "values": e.values,
        "share": round(e.share, 3),
    }


_VALUE_WORDS = {
    "validated": "are valid {name} (format and check rules)",
    "model": "are recognised as {name} by the name/address model",
    "vocabulary": "are in the {name} vocabulary",
    "shape": "have the shape of {name}",
    "masked": "are masked {name} values",
    "ages": "are dates spread like the birth dates of a population",
    "id_birth": "are the birth dates in the same rows' resident ID numbers",
}


def reason(stats: ColumnStats, decision: Decision, header: HeaderEvidence) -> str:
    """One line saying which header words and which value evidence gave the column its type (or
    why it has none). Names types and counts only, never a value."""
    n = stats.non_empty
    e = decision.evidence
    if decision.pi_type is None or e is None:
        if not n:
            return "no values"
        if header.types and not header.negative:
            named = ", ".join(header.types)
            return f"header names {named}, but too few of {n:,} values fit"
        if decision.other:
            return f"free text or mixed values: findings inside {n:,} values"
        if header.negative:
            return "header names a business field; values are not PI"
        return "values match no PI type"
    name = type_label(decision.pi_type)[1]
    if name[:1].isupper() and name[1:2].islower():
        name = name[0].lower() + name[1:]
    values = _VALUE_WORDS.get(e.values, "fit {name}").format(name=name)
    parts = []
    if e.header:
        parts.append(f"header “{e.header}”" if e.header_exact else f"header word “{e.header}”")
    parts.append(f"{round(100 * e.share)}% of {n:,} values {values}")
    if decision.minors:
        parts.append(f"{decision.minors:,} of persons under 14")
    return "; ".join(parts)


def add_totals(report: FileReport, as_of: date) -> None:
    """Fill the file-level counts (findings by type, minors, sensitive types) from its columns,
    and grade the dataset."""
    counts: Counter[str] = Counter()
    for column in report.columns:
        if column.pi_type:
            counts[column.pi_type] += column.matches
        counts.update(column.findings_by_type)
    report.findings_by_type = dict(sorted((t, n) for t, n in counts.items() if n))
    report.minors = sum(c.minors for c in report.columns)
    report.sensitive_types = sensitive_types(report.findings_by_type, report.minors, as_of)
    grade_report(report, as_of)


def grade_report(report: FileReport, as_of: date) -> None:
    """The dataset's categories and data grade (GB/T 43697-2024) from what the scan saw."""
    types = {t for t, n in report.findings_by_type.items() if n}
    sensitive_columns = any(c.sensitive for c in report.columns)
    facts = DatasetFacts(
        pi_types=frozenset(types),
        has_sensitive_pi=bool(report.sensitive_types) or sensitive_columns,
        has_minors_pi=report.minors > 0,
    )
    graded = grade_dataset(facts, as_of)
    report.categories = list(graded.categories)
    report.grading = {
        k: v for k, v in graded.to_dict().items() if k not in ("pi_types", "categories", "as_of")
    }


def sensitive_types(counts: dict[str, int], minors: int, as_of: date | None = None) -> list[str]:
    out = sorted(t for t, n in counts.items() if n and is_sensitive_type(t, as_of))
    return [*out, MINOR_TAG] if minors else out
