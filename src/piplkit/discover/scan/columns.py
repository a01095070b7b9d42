"""Column classifier: decide which PI type a table column holds from its header and values.

Three kinds of evidence, counted per column in :class:`ColumnStats`:

* validated values: cells that are wholly one finding of the detector (check digits, numbering
  plans, the name/address model);
* value profiles (:mod:`piplkit.discover.scan.profiles`): vocabularies and shapes. *Strong* matches
  (汉族, 已婚, a bcrypt hash) count by themselves; *loose* ones (a number, a file path) only
  under a header naming the type;
* the header (:mod:`piplkit.discover.scan.hints`): the types it names, or that it names a business
  quantity (negative) or nothing at all (opaque).

A type is a candidate when enough of the non-empty cells carry its evidence (the shares are in
the profile data, the fixed ones below); among candidates, one the header names wins, then
validated evidence, then the larger share. Matches that look like chance (1 in 10 random
numbers passes a Luhn check) are dropped: when most cells with the same shape as the matches do
not match, the matches are noise. Cells that only say "no value" (无, NULL, 未知) count nowhere.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from piplkit.discover.detect.model import Finding
from piplkit.discover.detect.registry import MODEL_TYPES
from piplkit.discover.scan.hints import HeaderEvidence
from piplkit.discover.scan.profiles import ProfileTable, load_profiles

#: Share of non-empty cells that must hold validated values of a type, without / with a header
#: naming it.
MIN_SHARE = 0.5
MIN_SHARE_WITH_HINT = 0.2
#: Under a header naming a machine identifier (order number, serial) nearly all must match.
MIN_SHARE_NEGATIVE = 0.9
#: Model types (names, addresses) decided from values alone need this share of model matches.
MIN_SHARE_WEAK = 0.7
#: Below this share of matches among same-shaped cells, matches are chance.
MIN_SHAPE_PRECISION = 0.3
#: Masked examples kept per type.
MAX_EXAMPLES = 3
#: Ages (birth dates, age columns) kept per column for the population test of birth dates.
MAX_AGES = 2000
#: Characters outside the finding that still leave a cell "wholly" one value (+86, dashes).
_SEPARATORS = str.maketrans("", "", " \t+-()（）./:：,，;；")
_SHAPE = str.maketrans(
    "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "9" * 10 + "a" * 52,
)


def shape_of(text: str) -> str:
    """Coarse shape of a short value (digits → 9, Latin letters → a); long text → ``"…"``."""
    return text.translate(_SHAPE) if len(text) <= 40 else "…"


def whole_cell_finding(text: str, findings: list[Finding]) -> Finding | None:
    """The finding that is the whole cell (but for separators and a short prefix such as +86)."""
    if not findings:
        return None
    best = max(findings, key=lambda f: f.end - f.start)
    rest = (text[: best.start] + text[best.end :]).translate(_SEPARATORS)
    return best if len(rest) <= 2 else None


def is_place_name(finding: Finding, text: str = "") -> bool:
    """An address finding that reaches no further than a named region (a city, a province),
    or a cell that is only one settlement's name (河东村, 东风社区): a village that groups the
    rows of a farm-insurance list is not where one person lives."""
    if finding.type != "address":
        return False
    return finding.attributes.get("granularity") == "region" or bool(_SETTLEMENT.fullmatch(text))


_SETTLEMENT = re.compile(r"[\u4e00-\u9fff]{1,4}(?:村|社区|镇|乡|屯|嘎查|街道)")


#: A cell that is an office's or an organisation's name (区住建局, 区卫健委, 市第一人民医院): four
#: characters or more ending in an organisation word, which two- and three-character names do not.
_ORGANISATION = re.compile(
    r"[\u4e00-\u9fff]{3,16}(?:局|委|厅|办|院|所|署)"
    r"|[\u4e00-\u9fff]{2,16}(?:中心|公司|集团|银行|协会|委员会|办事处)"
)


def _keep(kept: list[str], preview: str) -> None:
    if len(kept) < MAX_EXAMPLES and preview not in kept:
        kept.append(preview)


@dataclass(slots=True)
class ColumnStats:
    """Mergeable counts for one column (sample, chunk or whole table)."""

    name: str
    sampled: int = 0
    #: Cells with a value (empty cells and "no value" tokens such as 无 or NULL excluded).
    non_empty: int = 0
    #: Cells that only say "no value", and of them those that answer "no" (无).
    nulls: int = 0
    negatives: int = 0
    #: Cells that are only a place name (北京, 上海市: an address finding of region level). They
    #: say where something is, not where someone lives: address evidence only under a header
    #: that names an address (籍贯, 所在地), never by themselves.
    places: int = 0
    #: Cells that are wholly a private-network IP address (10.x, 192.168.x): a machine's
    #: address inside a network more often than a person's.
    private: int = 0
    whole: Counter[str] = field(default_factory=Counter)
    partial: Counter[str] = field(default_factory=Counter)
    minors: Counter[str] = field(default_factory=Counter)
    #: Cells matching a profile's strong side, and its strong-or-loose side (profile types).
    strong: Counter[str] = field(default_factory=Counter)
    fits: Counter[str] = field(default_factory=Counter)
    #: Profile matches of persons under 14 (birth dates and ages), by type.
    young: Counter[str] = field(default_factory=Counter)
    #: Ages read from date-like cells (sample pass only; the population test of birth dates).
    ages: list[int] = field(default_factory=list)
    examples: dict[str, list[str]] = field(default_factory=dict)
    #: Shapes of every non-empty cell and of the cells matched per type (sample pass only).
    shapes: Counter[str] = field(default_factory=Counter)
    match_shapes: dict[str, Counter[str]] = field(default_factory=dict)

    def add_cell(
        self, text: str, findings: list[Finding], *, track_shape: bool, weight: int = 1
    ) -> None:
        """Account ``weight`` non-empty cells holding ``text`` and the findings made in it."""
        self.non_empty += weight
        whole = whole_cell_finding(text, findings)
        shape = shape_of(text) if track_shape else ""
        if track_shape:
            self.shapes[shape] += weight
        if whole is not None and whole.type == "person_name" and _ORGANISATION.fullmatch(text):
            whole = None  # 区住建局, 区卫健委: an office the name model took for a person
        if whole is not None and is_place_name(whole, text):
            self.places += weight
            _keep(self.examples.setdefault(whole.type, []), whole.preview)
            return
        if whole is not None:
            self.whole[whole.type] += weight
            if whole.attributes.get("scope") == "private":
                self.private += weight
            _keep(self.examples.setdefault(whole.type, []), whole.preview)
            if track_shape:
                self.match_shapes.setdefault(whole.type, Counter())[shape] += weight
            if whole.attributes.get("minor"):
                self.minors[whole.type] += weight
            return
        for f in findings:
            self.partial[f.type] += weight
            _keep(self.examples.setdefault(f.type, []), f.preview)
            if f.attributes.get("minor"):
                self.minors[f.type] += weight

    def add_whole(self, type_id: str, weight: int, minor: bool, preview: Callable[[], str]) -> None:
        """Account cells that are wholly one validated value (full-scan fast path)."""
        self.non_empty += weight
        self.whole[type_id] += weight
        if minor:
            self.minors[type_id] += weight
        kept = self.examples.setdefault(type_id, [])
        if len(kept) < MAX_EXAMPLES:
            _keep(kept, preview())

    def add_profile(
        self, type_id: str, *, strong: bool, weight: int = 1, young: bool = False
    ) -> None:
        """Account ``weight`` cells matching ``type_id``'s profile (strong, or loose only)."""
        if strong:
            self.strong[type_id] += weight
        self.fits[type_id] += weight
        if young:
            self.young[type_id] += weight

    def merge(self, other: ColumnStats) -> None:
        self.sampled += other.sampled
        self.non_empty += other.non_empty
        self.nulls += other.nulls
        self.negatives += other.negatives
        self.places += other.places
        self.private += other.private
        self.whole.update(other.whole)
        self.partial.update(other.partial)
        self.minors.update(other.minors)
        self.strong.update(other.strong)
        self.fits.update(other.fits)
        self.young.update(other.young)
        self.ages.extend(other.ages[: max(0, MAX_AGES - len(self.ages))])
        self.shapes.update(other.shapes)
        for t, shapes in other.match_shapes.items():
            self.match_shapes.setdefault(t, Counter()).update(shapes)
        for t, previews in other.examples.items():
            kept = self.examples.setdefault(t, [])
            for p in previews:
                _keep(kept, p)

    def chance_types(self) -> set[str]:
        """Types whose whole-cell matches are a small part of the cells shaped like them."""
        out: set[str] = set()
        for t, shapes in self.match_shapes.items():
            same_shape = sum(self.shapes[s] for s in shapes if s != "…")
            matched = sum(n for s, n in shapes.items() if s != "…")
            if same_shape and matched / same_shape < MIN_SHAPE_PRECISION:
                out.add(t)
        return out


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a column got its type: the header word and the value evidence, for reports."""

    header: str | None
    header_exact: bool
    #: ``validated`` (check digits, numbering plans), ``model`` (name/address model),
    #: ``vocabulary``, ``shape`` (a loose profile under the header) or ``ages`` (the spread of
    #: ages of a population of birth dates); ``id_birth`` (the birth dates in the same rows'
    #: resident IDs: ``table_births``).
    values: str
    share: float


@dataclass(frozen=True, slots=True)
class Decision:
    pi_type: str | None
    confidence: float
    matches: int
    #: Findings of other types (free text, stray values), by type.
    other: dict[str, int]
    minors: int
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class _Candidate:
    type_id: str
    share: float
    named: bool
    kind: str
    matches: int


#: Evidence that stands on its own, as against a loose shape that counts under a header only.
_FIRM = frozenset({"validated", "model", "vocabulary", "masked", "ages"})
#: A type the values alone show this clearly wins over a named type whose values only fit its
#: loose shape (a 账号 column of valid bank cards is a bank card column, not login names).
_CLEAR_SHARE = 0.8
#: Share of cells that must be tracks (the trajectory profile's strong side) to rule out a
#: coordinate column.
_TRACK_SHARE = 0.8


def _best(candidates: list[_Candidate], table: ProfileTable) -> _Candidate:
    named = [c for c in candidates if c.named]
    firm_named = [c for c in named if c.kind in _FIRM]
    if firm_named:
        return max(firm_named, key=lambda c: c.share)
    clear = [c for c in candidates if not c.named and c.kind in _FIRM and c.share >= _CLEAR_SHARE]
    if named:
        # (set 21) of the types an ambiguous word names (SBH: 社保号 or 设备号), one the values
        # fit as well that overrides what they clearly are (resident IDs are the card's number)
        best_named = max(named, key=lambda c: (c.share, _overrides_any(c, clear, table)))
        profile = table.get(best_named.type_id)
        overridden = profile.overrides if profile is not None else frozenset()
        if not [c for c in clear if c.type_id not in overridden]:
            return _outranking(candidates, best_named, table) or best_named
    pool = clear or candidates
    return max(pool, key=lambda c: (c.kind in _FIRM, c.share))


def _overrides_any(named: _Candidate, clear: list[_Candidate], table: ProfileTable) -> bool:
    profile = table.get(named.type_id)
    return profile is not None and any(c.type_id in profile.overrides for c in clear)


def _outranking(
    candidates: list[_Candidate], named: _Candidate, table: ProfileTable
) -> _Candidate | None:
    """A type whose strong values clearly fill the column and whose profile outranks the named
    type (``outranks`` in value_profiles.yaml): what the values say beats a broad header word."""
    found = [
        c
        for c in candidates
        if not c.named
        and c.share >= _CLEAR_SHARE
        and (p := table.get(c.type_id)) is not None
        and named.type_id in p.outranks
    ]
    return max(found, key=lambda c: c.share) if found else None


#: Types recognised by their shape alone, with no check character (a permit's letter and
#: digits): under a header naming a business identifier (电机号, 订单号) such a shape is the
#: identifier's, however many cells have it.
UNCHECKED = frozenset({"hk_macau_permit", "taiwan_permit", "military_id", "passport"})
#: Types a column about an organisation or a machine (门店地址, 服务器IP) never holds as a
#: person's PI.
ORGANISATION_BLOCKS = frozenset(
    {"address", "geo_coordinates", "ipv4", "ipv6", "cn_landline", "mac_address"}
)
#: Types an organisation's own asset holds under a header saying so (a dealer's demonstration
#: car's ``demo_vin``, a pool car's plate: ``corporate`` words; a gateway's IMEI where no person
#: is recorded: ``table_rules``; a goods table's part number that is a valid mobile number:
#: ``table_parties``); in a table about stations a customer's car stays the customer's.
OWN_ASSET_BLOCKS = frozenset({"vin", "license_plate", "imei", "imsi", "device_id", "cn_mobile"})
#: Types that describe a person and, judged by a loose shape only, are not considered in a
#: product or asset catalogue (a product's weight is not a body measurement, a dish's
#: allergens are no allergy history).
PERSON_ATTRIBUTES = frozenset(
    {"body_measurement", "age", "income", "account_balance", "geo_coordinates", "job_title",
     "education", "birth_date", "health_record"}
)  # fmt: skip


#: Share of strong cells that, with the rest fitting the type loosely, decides a column under an
#: opaque header (see ``_candidates``).
_OPAQUE_STRONG = 0.5
#: Share of cells listing several people with phones that makes a column a contact list.
_LIST_SHARE = 0.5
#: What one entry of such a list is: a name, a mobile number.
_LISTED = frozenset({"person_name", "cn_mobile"})


def decide(
    stats: ColumnStats,
    header: HeaderEvidence,
    chance: set[str],
    profiles: ProfileTable | None = None,
    *,
    product_table: bool = False,
) -> Decision:
    """Classify a column from its counts; see the module docstring for the rules."""
    table = profiles or load_profiles()
    n = stats.non_empty
    candidates = _candidates(stats, header, chance, table) if n or stats.negatives else []
    if header.organisation:
        candidates = [c for c in candidates if c.type_id not in ORGANISATION_BLOCKS]
        if header.negative:
            candidates = [c for c in candidates if c.type_id not in OWN_ASSET_BLOCKS]
    if n and stats.strong.get("trajectory", 0) >= _TRACK_SHARE * n:
        # cells holding several timed points each (a test drive's route_gps) are a track,
        # whatever coordinate word the header has: one point is not what they record
        candidates = [c for c in candidates if c.type_id != "geo_coordinates"]
    if n and stats.strong.get("contacts", 0) >= _LIST_SHARE * n:
        # cells listing several people with their phones each (an emergency-contact list as
        # JSON, 张三:138…; 李四:139…) are a contact list, not one person's name or number
        candidates = [c for c in candidates if c.type_id not in _LISTED]
    if product_table:
        # ... unless the header word names a measurement only a body has (BMI, 瞳距)
        candidates = [
            c
            for c in candidates
            if c.type_id not in PERSON_ATTRIBUTES or c.kind in _FIRM or (c.named and header.human)
        ]
    best = _best(candidates, table) if candidates else None
    other: Counter[str] = Counter(stats.partial)
    other.update({t: c for t, c in stats.whole.items() if t not in chance and c})
    if best is None:
        minors = sum(c for t, c in stats.minors.items() if t not in chance)
        return Decision(None, 0.0, 0, _positive(other), minors)
    pi_type = best.type_id
    other.pop(pi_type, None)  # counted in ``matches``
    minors = sum(c for t, c in stats.minors.items() if t not in chance)
    minors += stats.young.get(pi_type, 0)
    evidence = Evidence(header.word if best.named else None, header.exact, best.kind, best.share)
    return Decision(
        pi_type, _confidence(best, header), best.matches, _positive(other), minors, evidence
    )


def _positive(counts: Counter[str]) -> dict[str, int]:
    return dict(sorted((t, c) for t, c in counts.items() if c))


def _candidates(
    stats: ColumnStats, header: HeaderEvidence, chance: set[str], table: ProfileTable
) -> list[_Candidate]:
    n = stats.non_empty
    out: list[_Candidate] = []
    named = set(header.types)
    recognised = {t: c for t, c in stats.whole.items() if t not in chance and c}
    types = set(recognised) | set(stats.strong) | (named & set(stats.fits)) | named
    # In a fixed order, so that a tie between candidates (``_best`` keeps the first) goes the
    # same way in every process: to the type more values fit strongly, then by name. Iterating
    # the set itself left it to the strings' hash seed (职业/专业 under ZY: job title or
    # education from one run to the next).
    for type_id in sorted(types, key=lambda t: (-stats.strong.get(t, 0), t)):
        is_named = type_id in named and not header.negative
        whole = recognised.get(type_id, 0)
        if type_id == "address" and is_named:
            whole += stats.places  # 籍贯: 北京 — a place named as a person's
        # Decorated cells ("ID: …", an address with its postcode) still hold the type.
        with_partial = whole + stats.partial.get(type_id, 0)
        kind = "model" if type_id in MODEL_TYPES else "validated"
        if type_id in table.header_only_recognizers and not is_named:
            whole = 0
        profile = table.get(type_id)
        if header.negative:
            if (
                n
                and whole / n >= MIN_SHARE_NEGATIVE
                and type_id not in table.header_only_recognizers
                and not (type_id in UNCHECKED and not header.neutral)
            ):
                out.append(_Candidate(type_id, whole / n, False, kind, with_partial))
                continue
            profile = table.get(type_id)
            if not header.neutral or profile is None or not profile.strong_vocabulary:
                continue
            # A generic record word (类别, 状态) says nothing against words of a type's own
            # vocabulary (缓刑, 假释; a wristband's alarm_type of 跌倒, 心率异常): the profile's
            # ``alone`` rule below still applies. Shapes (masked phones in a 备注 column)
            # still need a header.
            whole = 0
        if is_named and n:
            # under a header naming the type, decorated values (an IP with its place) count
            whole = with_partial
        if whole and n:
            need = (
                MIN_SHARE_WITH_HINT
                if is_named
                else MIN_SHARE_WEAK
                if type_id in MODEL_TYPES
                else MIN_SHARE
            )
            if whole / n >= need:
                out.append(_Candidate(type_id, whole / n, is_named, kind, with_partial))
                continue
        if profile is None:
            continue
        strong = stats.strong.get(type_id, 0)
        if is_named:
            fits = max(stats.fits.get(type_id, 0), strong, whole)
            total = n
            if profile.absence_is_answer:
                fits, total = fits + stats.negatives, n + stats.negatives
            if total and fits / total >= profile.with_header:
                value_kind = profile.strong_kind if strong >= 0.5 * fits else profile.loose_kind
                if whole >= 0.5 * fits:
                    value_kind = kind
                out.append(
                    _Candidate(type_id, fits / total, True, value_kind, max(fits, with_partial))
                )
            continue
        if (
            n
            and header.opaque
            and profile.alone is not None
            and profile.strong_vocabulary
            and strong / n >= _OPAQUE_STRONG
            and stats.fits.get(type_id, 0) / n >= profile.with_header
        ):
            # under a header that says nothing (F04, col_6), half the cells in words of the
            # type's own vocabulary (not a shape: dates, numbers) and the rest in its looser
            # answers (异性恋, 同性恋 and 不确定, 不愿透露) say what a header naming it would
            out.append(_Candidate(type_id, strong / n, False, profile.strong_kind, strong))
            continue
        if not n or profile.alone is None or strong / n < profile.alone:
            continue
        if profile.opaque_only and not header.opaque:
            continue
        if type_id == "birth_date":
            if birth_like(stats.ages):
                out.append(_Candidate(type_id, strong / n, False, "ages", strong))
            continue
        out.append(_Candidate(type_id, strong / n, False, profile.strong_kind, strong))
    return out


def _confidence(best: _Candidate, header: HeaderEvidence) -> float:
    if best.kind in ("validated", "model"):
        value = best.share + (0.1 if best.named else 0.0)
    elif best.kind == "ages":
        value = 0.6
    elif best.named:
        value = 0.45 + 0.45 * best.share + (0.1 if header.exact else 0.0)
    else:
        value = 0.3 + 0.6 * best.share
    return round(min(1.0, value), 3)


def birth_like(ages: list[int]) -> bool:
    """Whether ages read from a date column look like a population's (birth dates) rather than
    business dates: none in the future, most between 16 and 90 years, spread over decades.
    Children's birth dates fail this test and need a header."""
    if len(ages) < 20:
        return False
    ordered = sorted(ages)
    if ordered[0] < 0 or ordered[-1] > 120:
        return False
    median = ordered[len(ordered) // 2]
    quartile_spread = ordered[(3 * len(ordered)) // 4] - ordered[len(ordered) // 4]
    return 16 <= median <= 90 and quartile_spread >= 8
