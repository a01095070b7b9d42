"""Feed table cells to the detector and the value profiles and count the results per column.

Two paths produce the same :class:`ColumnStats`:

* sampling: every sampled cell goes through ``Detector.detect`` on its own (distinct values
  once per column), with every type enabled and shapes tracked for the chance test, and through
  the strong side of every profile and the whole profile of the types the header names;
* full scan: the cells of a column are joined with line breaks and detected in one call, with
  only the types the sample made plausible for that column (``ColumnPlan``), so the regex
  engine scans long strings in C and validators run only on candidates. Findings are mapped
  back to their cells by offset. The profile of the column's type, when it was decided by its
  profile, is counted for every cell.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache
from itertools import accumulate

import pyarrow as pa
import pyarrow.compute as pc

from piplkit.assess.law.pi_types import load_catalogue
from piplkit.discover.detect import Detector, Finding
from piplkit.discover.detect.recognizer import PatternRecognizer
from piplkit.discover.detect.registry import default_registry
from piplkit.discover.detect.vectorized import CANDIDATES
from piplkit.discover.scan.ages import age_from_date
from piplkit.discover.scan.columns import MAX_AGES, ColumnStats
from piplkit.discover.scan.hints import HeaderEvidence
from piplkit.discover.scan.profiles import Profile, ProfileTable, load_profiles
from piplkit.discover.scan.tables import (
    FULLWIDTH,
    GROUPED_ID,
    GROUPED_ID_JOINED,
    GROUPED_ID_LENGTH,
    Row,
)

#: Score threshold for counting a whole cell as a value of a type (column statistics decide);
#: findings inside free text use the detector's ordinary threshold.
CELL_MIN_SCORE = 0.3
TEXT_MIN_SCORE = 0.5
#: Distinct values remembered per column while sampling.
_CACHE_LIMIT = 5000
_GROUPED_ID = re.compile(GROUPED_ID)
#: Profile types whose values give an age (minors, PIPL Art. 28).
AGE_TYPES = frozenset({"birth_date"})


@dataclass(frozen=True, slots=True)
class ColumnPlan:
    """What the full scan runs on one column: recognizer types, and a profile to count."""

    types: tuple[str, ...]
    #: The profile of the column's type when its values were judged by profile (a weak type
    #: under a header, a vocabulary): every cell is checked against it.
    profile: Profile | None = None
    #: The column's type: whole cells are matched and validated directly, without the engine.
    primary: str | None = None
    #: The header names a measurement of the profile's type (血糖, HbA1c): bare numbers count as
    #: its values, as they did in the sample (``Profile.fits_measured``).
    measured: bool = False


def detector_for(types: tuple[str, ...] | None, as_of: date) -> Detector:
    """One detector per type set and date, built once per process (and again after custom
    types are installed)."""
    return _detector_for(types, as_of, default_registry().version)


@cache
def _detector_for(types: tuple[str, ...] | None, as_of: date, _version: int) -> Detector:
    return Detector(types, as_of=as_of, min_score=CELL_MIN_SCORE)


def clean(cell: str | None) -> str | None:
    """The cell trimmed, unwrapped from the ``="…"`` that spreadsheet exports put around long
    numbers to keep them text; None when empty."""
    if cell is None:
        return None
    text = cell.strip()
    if text.startswith('="') and text.endswith('"') and len(text) > 3:
        text = text[2:-1].strip()
    if text.startswith("`") and len(text) > 1:
        # (set 19) a WeChat Pay or an Alipay bill writes every field behind a backtick to keep
        # spreadsheets from reading ids as numbers: the value is what follows it
        text = text[1:].strip()
    if not text.isascii():
        # full-width digits and letters (１３８…, Ｘ) are the same value (``tables.FULLWIDTH``)
        text = text.translate(FULLWIDTH)
    if len(text) == GROUPED_ID_LENGTH and " " in text:
        text = _GROUPED_ID.sub(GROUPED_ID_JOINED, text)
    return text or None


def values_share(
    rows: list[Row],
    index: int,
    profiles: ProfileTable,
    test: Callable[[str], object],
    whole: float,
) -> bool:
    """Whether at least ``whole`` of a column's filled values (placeholders left out) pass
    ``test``: the one question the table rules ask of a column's values."""
    values = [v for row in rows if (v := clean(row[index])) and not profiles.is_null(v)]
    if not values:
        return False
    return sum(1 for v in values if test(v)) >= whole * len(values)


def cell_findings(text: str, findings: list[Finding]) -> list[Finding]:
    """Keep low-score findings only when they are the whole cell."""
    if len(findings) == 1 and findings[0].end - findings[0].start >= len(text) - 3:
        return findings
    return [f for f in findings if f.score >= TEXT_MIN_SCORE]


def profile_matches(
    text: str,
    profiles: list[Profile],
    named: frozenset[str],
    as_of: date,
    measured: bool = False,
) -> list[tuple[str, bool, int | None]]:
    """``(type, strong, age)`` for each profile ``text`` fits: strong sides always, loose sides
    only for the ``named`` types (and measured sides when the header names a measurement);
    ``age`` for birth dates and ages, else ``None``."""
    out: list[tuple[str, bool, int | None]] = []
    for profile in profiles:
        strong = profile.is_strong(text)
        fits = profile.fits_measured if measured else profile.fits
        if not strong and not (profile.type_id in named and fits(text)):
            continue
        # Minors are counted from birth dates; an age column counts nobody (a number 0-13
        # under 年龄 is too weak to call a row a child's, and both evaluation sets agree).
        age = age_from_date(text, as_of) if profile.type_id == "birth_date" else None
        out.append((profile.type_id, strong, age))
    return out


def _profiles_for(header: HeaderEvidence, table: ProfileTable) -> list[Profile]:
    wanted = [t for t in table.strong_types]
    wanted.extend(t for t in header.types if t not in wanted and table.get(t) is not None)
    return [p for t in wanted if (p := table.get(t)) is not None]


def sample_stats(
    columns: list[str],
    rows: list[Row],
    detector: Detector,
    headers: list[HeaderEvidence],
    profiles: ProfileTable | None = None,
) -> list[ColumnStats]:
    """Per-cell detection over sampled rows (all types, shapes tracked) and profile matches."""
    table = profiles or load_profiles()
    as_of = detector.as_of
    minor_age = load_catalogue().minor_age
    out: list[ColumnStats] = []
    for index, name in enumerate(columns):
        stats = ColumnStats(name)
        header = headers[index]
        checked = _profiles_for(header, table)
        named = frozenset(header.types)
        seen: dict[str, tuple[list[Finding], list[tuple[str, bool, int | None]]]] = {}
        for row in rows:
            stats.sampled += 1
            text = clean(row[index])
            if text is None:
                continue
            if table.is_null(text):
                stats.nulls += 1
                stats.negatives += table.is_negative_answer(text)
                continue
            found = seen.get(text)
            if found is None:
                found = (
                    cell_findings(text, detector.detect(text)),
                    profile_matches(text, checked, named, as_of, header.measure),
                )
                if len(seen) < _CACHE_LIMIT:
                    seen[text] = found
            findings, matches = found
            stats.add_cell(text, findings, track_shape=True)
            for type_id, strong, age in matches:
                young = age is not None and 0 <= age < minor_age
                stats.add_profile(type_id, strong=strong, young=young)
                if age is not None and strong and len(stats.ages) < MAX_AGES:
                    stats.ages.append(age)
        out.append(stats)
    return out


def joined_stats(
    columns: list[str], rows: list[Row], plans: list[ColumnPlan], as_of: date
) -> list[ColumnStats]:
    """Whole-column detection for a batch of rows (full scan); repeated values run once."""
    out: list[ColumnStats] = []
    nulls = load_profiles()
    for index, name in enumerate(columns):
        stats = ColumnStats(name, sampled=len(rows))
        counts: Counter[str] = Counter()
        for row in rows:
            text = clean(row[index])
            if text is None:
                continue
            if nulls.is_null(text):
                stats.nulls += 1
                stats.negatives += nulls.is_negative_answer(text)
                continue
            counts[text.replace("\n", " ").replace("\r", " ")] += 1
        count_values(stats, counts, plans[index], as_of)
        out.append(stats)
    return out


def count_values(
    stats: ColumnStats,
    counts: Counter[str],
    plan: ColumnPlan,
    as_of: date,
    several_lines: Callable[[], bool] | None = None,
) -> None:
    """Account distinct non-empty cell values (with their counts) of one column into ``stats``.

    The values go to the recognizers as one text, a line each; a cue-driven recognizer tries a
    text of one line as a whole value (a bare IMEI). ``several_lines`` says the caller left
    values out of a text (:mod:`arrow_counts` settles some cells itself) and, asked, whether that
    text had more than one line: a single line left is then not tried whole, as it was not in
    the whole text.
    """
    profile = plan.profile
    if profile is not None:
        minor_age = load_catalogue().minor_age
        named = frozenset({profile.type_id})
        for text, weight in counts.items():
            for type_id, strong, age in profile_matches(
                text, [profile], named, as_of, plan.measured
            ):
                young = age is not None and 0 <= age < minor_age
                stats.add_profile(type_id, strong=strong, weight=weight, young=young)
    if not plan.types:
        stats.non_empty += counts.total()
        return
    texts = list(counts)
    if plan.primary is not None:
        texts = take_whole_values(stats, counts, plan.primary, as_of)
    if texts:
        joined = "\n".join(texts)
        if len(texts) == 1 and several_lines is not None and several_lines():
            joined += "\n"  # not a whole value: see above
        types = live_types(plan.types, pa.array([joined], pa.string()), as_of)
        findings = detector_for(types, as_of).detect(joined) if types else []
        account_findings(stats, texts, [counts[t] for t in texts], findings)


def live_types(types: tuple[str, ...], joined: pa.Array, as_of: date) -> tuple[str, ...]:
    """The types of ``types`` that can have a finding in the text ``joined`` (an array of one
    string), in their order.

    A pattern type whose candidate pattern (``vectorized.CANDIDATES``: a superset of what its
    recognizer matches, tests hold it) occurs nowhere in the text has no finding there, so its
    recognizer need not scan it; the check runs in RE2 without the GIL. Cue-driven types stay:
    the engine finds the cues of all of them in one pass, and leaving one out could change which
    cue words that pass sees for the others. The findings are those of all ``types``.
    """
    return tuple(
        t
        for t in types
        if t not in CANDIDATES
        or _cue_driven(t, as_of, default_registry().version)
        or pc.match_substring_regex(joined, CANDIDATES[t])[0].as_py()
    )


@cache
def _cue_driven(type_id: str, as_of: date, _version: int) -> bool:
    recognizer = detector_for((type_id,), as_of).recognizers[0]
    # the engine's test (``engine._is_cue_driven``)
    return bool(getattr(recognizer, "cues", ())) and hasattr(recognizer, "analyze_with_cues")


def take_whole_values(
    stats: ColumnStats, counts: Counter[str], type_id: str, as_of: date
) -> list[str]:
    """Count cells that are wholly a valid ``type_id`` value; return the other cells.

    A typed column is mostly such cells, so this skips the engine's per-finding work (context
    words, overlap resolution, masking) and calls the recognizer's own pattern and validator.
    """
    detector = detector_for((type_id,), as_of)
    recognizer = detector.recognizers[0]
    if not isinstance(recognizer, PatternRecognizer):
        return list(counts)
    regex = recognizer.regex()
    group = "v" if "v" in regex.groupindex else 0
    ctx = detector.context
    rest: list[str] = []
    for text, weight in counts.items():
        m = regex.search(text)
        if m is not None and m.span(group) == (0, len(text)):
            attributes = recognizer.validate(text, ctx)
            if attributes is not None and recognizer.score(text, attributes) >= CELL_MIN_SCORE:
                stats.add_whole(
                    type_id,
                    weight,
                    bool(attributes.get("minor")),
                    lambda text=text: recognizer.mask(text),  # type: ignore[misc]
                )
                continue
        rest.append(text)
    return rest


def account_findings(
    stats: ColumnStats, texts: list[str], weights: list[int], findings: list[Finding]
) -> None:
    """Account the cells of ``texts`` (distinct values, with their cell counts) given the
    ``findings`` made in them joined by line breaks."""
    if not findings:
        stats.non_empty += sum(weights)
        return
    starts = list(accumulate((len(t) + 1 for t in texts), initial=0))
    by_cell: dict[int, list[Finding]] = {}
    for f in findings:
        index = bisect_right(starts, f.start) - 1
        offset = starts[index]
        local = Finding(f.start - offset, f.end - offset, f.type, f.score, f.preview, f.attributes)
        by_cell.setdefault(index, []).append(local)
    stats.non_empty += sum(weights) - sum(weights[i] for i in by_cell)
    for index, found in by_cell.items():
        text = texts[index]
        stats.add_cell(text, cell_findings(text, found), track_shape=False, weight=weights[index])
