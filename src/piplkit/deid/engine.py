"""The de-identifier: applies a policy to free text (span by span) and to table cells.

Format readers hand it strings and cells and write back what it returns; it knows nothing about
files. Every change is counted in a :class:`ChangeReport` by column, PI type and operator.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from piplkit.deid.generalize import generalize
from piplkit.deid.keys import KeyMaterialError
from piplkit.deid.mask import mask_value
from piplkit.deid.policy import (
    AnyRule,
    ColumnRule,
    DetectRule,
    GeneralizeRule,
    KeepRule,
    MaskRule,
    Policy,
    PolicyError,
    PseudonymizeRule,
    SuppressRule,
)
from piplkit.deid.pseudonym import Pseudonymizer
from piplkit.deid.report import FALLBACK, TEXT_COLUMN, ChangeReport
from piplkit.detect.engine import Detector

_DETECT = ColumnRule(rule=DetectRule(op="detect"))
_KEEP = ColumnRule(rule=KeepRule(op="keep"))


class Deidentifier:
    """Applies one policy under one key and evaluation date; reuse it for a whole file."""

    def __init__(
        self,
        policy: Policy,
        *,
        key: bytes | None = None,
        as_of: dt.date | None = None,
        detector: Detector | None = None,
        report: ChangeReport | None = None,
    ) -> None:
        _check_columns(policy)
        if policy.needs_key and key is None:
            raise KeyMaterialError("the policy pseudonymizes values but no key was given")
        self.policy = policy
        self.as_of = as_of or dt.date.today()
        self.report = report or ChangeReport()
        self._pseudonymizer = Pseudonymizer(key) if key is not None else None
        self._detector = detector
        self._default = _DETECT if policy.other_columns == "detect" else _KEEP

    @property
    def detector(self) -> Detector:
        """Built on first use: a file whose columns all have whole-cell rules never loads it."""
        if self._detector is None:
            self._detector = Detector(
                self.policy.detected_types, as_of=self.as_of, min_score=self.policy.min_score
            )
        return self._detector

    # -- free text ------------------------------------------------------------------------------

    def text(self, text: str, column: str = TEXT_COLUMN) -> str:
        """``text`` with every detected span replaced as its type rule says."""
        findings = self.detector.detect(text)
        if not findings:
            return text
        pieces: list[str] = []
        cursor = 0
        for finding in findings:
            rule = self.policy.type_rule(finding.type)
            if rule is None:
                continue
            original = text[finding.start : finding.end]
            replaced = self._apply(
                rule, original, finding.type, finding.attributes, column, span=True
            )
            pieces.append(text[cursor : finding.start])
            pieces.append(original if replaced is None else replaced)
            cursor = finding.end
        pieces.append(text[cursor:])
        return "".join(pieces)

    # -- table cells ----------------------------------------------------------------------------

    def column_rule(self, column: str) -> ColumnRule:
        return self.policy.columns.get(column, self._default)

    def is_kept(self, column: str) -> bool:
        return isinstance(self.column_rule(column).rule, KeepRule)

    def cell(self, value: Any, column: str) -> Any:
        """The de-identified cell. Unchanged cells come back as the same object (same type)."""
        if value is None or value == "":
            return value
        result = self._cell(value, column)
        if result is not value:
            self.report.cells_changed += 1
        return result

    def _cell(self, value: Any, column: str) -> Any:
        spec = self.column_rule(column)
        if isinstance(spec.rule, KeepRule):
            return value
        if isinstance(spec.rule, DetectRule):
            text = cell_text(value)
            if text is None:
                return value
            out = self.text(text, column)
            return value if out == text else out
        rule = spec.rule if spec.rule is not None else self.policy.types[spec.type or ""]
        if isinstance(rule, KeepRule):
            return value
        return self._apply(rule, value, spec.type, {}, column, span=False)

    # -- operators ------------------------------------------------------------------------------

    def _apply(
        self,
        rule: AnyRule,
        value: Any,
        type_id: str | None,
        attributes: dict[str, Any],
        column: str,
        *,
        span: bool,
    ) -> Any:
        """Apply one operator; ``None`` for a suppressed cell (a suppressed span gets text)."""
        op = rule.op
        if isinstance(rule, KeepRule):
            self.report.record(column, type_id, "keep")
            return value
        if isinstance(rule, GeneralizeRule):
            result = generalize(
                value, rule, type_id=type_id, as_of=self.as_of, attributes=attributes
            )
            if result is None:
                rule, op = SuppressRule(op="suppress"), FALLBACK
            else:
                self.report.record(column, type_id, op)
                return result
        text = value if isinstance(value, str) else cell_text(value) or str(value)
        if isinstance(rule, MaskRule):
            result = mask_value(text, rule)
        elif isinstance(rule, PseudonymizeRule):
            assert self._pseudonymizer is not None  # checked in __init__
            result = self._pseudonymizer.pseudonym(text, type_id, rule)
        else:
            assert isinstance(rule, SuppressRule)
            result = _suppressed(rule, type_id, span=span)
        self.report.record(column, type_id, op)
        return result


def _suppressed(rule: SuppressRule, type_id: str | None, *, span: bool) -> str | None:
    if rule.replacement is not None:
        return rule.replacement.replace("{type}", type_id or "")
    return f"[{type_id}]" if span and type_id else None


def cell_text(value: Any) -> str | None:
    """The text of a cell the detector should read; ``None`` for cells it cannot hold PI in."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e19:
        return str(int(value))
    return None


def _check_columns(policy: Policy) -> None:
    for name, spec in policy.columns.items():
        if spec.rule is None and spec.type not in policy.types:
            raise PolicyError(
                f"columns.{name}: type {spec.type!r} has no rule under 'types'; add one or give "
                "the column an 'op'"
            )
