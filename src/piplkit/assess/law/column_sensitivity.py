"""Whether a register column of a given PI type is sensitive, and whether a person may say
otherwise: the catalogue decides, and leaves a choice only where it records one.

A column's type fixes its sensitivity through the catalogue's reading in force on the day
(GB/T 35273-2020 Annex B, PIPL Art. 28 from 2021-11-01; see ``data/pi_types.yaml``). The
catalogue leaves a person a choice in three cases, and only these:

* the type is personal information that is not sensitive in itself: the catalogue's
  ``minor_under_14`` attribute makes *any* PI of a child under 14 sensitive (PIPL Art. 28 ¶1,
  in force 2021-11-01), so such a column may be marked sensitive, never the reverse;
* a later national reading recorded in ``other_readings`` disagrees with the one applied (a bare
  resident ID number: sensitive under GB/T 35273-2020, not under the TC260 guide of
  2024-09-18 or GB/T 45574-2025): the column may be marked either way;
* the column has no type, or a type the catalogue does not hold (a custom type no longer
  installed): nothing is known, so the person decides.

A type that is not personal information (an organisation's credit code) is never sensitive.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from piplkit.assess.law.pi_models import PIType, SensitivityUndefinedError
from piplkit.assess.law.pi_types import PICatalogue

__all__ = ["Choice", "ColumnSensitivity", "Reason", "column_sensitivity"]


class Choice(StrEnum):
    """What a person may set: nothing, sensitive only, or either."""

    FIXED = "fixed"
    RAISE = "raise"
    EITHER = "either"


class Reason(StrEnum):
    SENSITIVE = "sensitive"  # sensitive by the catalogue, no recorded disagreement
    NOT_SENSITIVE = "not_sensitive"  # not sensitive, and no attribute could make it so
    NOT_PI = "not_pi"  # the type is not personal information
    MINORS = "minors"  # PI, not sensitive in itself; a child's PI would be
    READINGS_DIFFER = "readings_differ"  # a later national reading disagrees
    NO_READING = "no_reading"  # the catalogue has no reading for the day
    UNTYPED = "untyped"  # no type, or one the catalogue does not hold


@dataclass(frozen=True, slots=True)
class ColumnSensitivity:
    """The catalogue's answer for one column: the default, what may change, and why."""

    default: bool
    choice: Choice
    reason: Reason
    #: Instruments of the disagreeing readings (``READINGS_DIFFER`` only).
    readings: tuple[str, ...] = ()

    def settle(self, asked: bool) -> bool | None:
        """The sensitivity to store when a person asked for ``asked``; None when the catalogue
        does not allow it (only a non-PI type asked to be sensitive: the other fixed cases
        keep the catalogue's value, which is what a form that cannot change it sends)."""
        if self.choice is Choice.EITHER:
            return asked
        if self.choice is Choice.RAISE:
            return asked or self.default
        if asked and not self.default:
            return None
        return self.default


_UNTYPED = ColumnSensitivity(False, Choice.EITHER, Reason.UNTYPED)


def _dissent(entry: PIType, reading: bool, as_of: dt.date) -> tuple[str, ...]:
    return tuple(
        o.instrument
        for o in entry.other_readings
        if o.since <= as_of and o.sensitive is not None and o.sensitive != reading
    )


def column_sensitivity(
    catalogue: PICatalogue, type_id: str | None, as_of: dt.date
) -> ColumnSensitivity:
    """How sensitive a column of ``type_id`` is on ``as_of``, and what a person may change."""
    entry = catalogue.types.get(type_id) if type_id else None
    if entry is None:
        return _UNTYPED
    if not entry.is_pi:
        return ColumnSensitivity(False, Choice.FIXED, Reason.NOT_PI)
    try:
        reading = entry.sensitive_on(as_of)
    except SensitivityUndefinedError:
        return ColumnSensitivity(False, Choice.EITHER, Reason.NO_READING)
    dissent = _dissent(entry, reading, as_of)
    if dissent:
        return ColumnSensitivity(reading, Choice.EITHER, Reason.READINGS_DIFFER, dissent)
    if reading:
        return ColumnSensitivity(True, Choice.FIXED, Reason.SENSITIVE)
    if catalogue.sensitive_attributes["minor_under_14"].on(as_of) is not None:
        return ColumnSensitivity(False, Choice.RAISE, Reason.MINORS)
    return ColumnSensitivity(False, Choice.FIXED, Reason.NOT_SENSITIVE)
