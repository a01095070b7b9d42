"""The de-identifier: applies a policy to free text (span by span) and to table cells.

Format readers hand it strings and cells and write back what it returns; it knows nothing about
files. Every change is counted in a :class:`ChangeReport` by column, PI type and operator.

A column with a PI type — declared in the policy, or found by the column classifier from the
first rows of the table (:meth:`Deidentifier.classify`) — has its type's rule applied to every
non-empty cell, valid or not. Each such cell is checked against the type's recognizer: cells that
do not validate are counted, and an operator whose output relies on a valid value's shape falls
back to a safer form of itself (:func:`~piplkit.protect.deid.mask.fallback_mask`). No operator but
``keep`` returns a non-empty cell unchanged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from piplkit.discover.detect.engine import Detector
from piplkit.protect.deid.classify import classify_columns
from piplkit.protect.deid.generalize import generalize
from piplkit.protect.deid.keys import PER_RUN_WARNING, resolve_key
from piplkit.protect.deid.mask import fallback_mask, mask_value
from piplkit.protect.deid.policy import (
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
from piplkit.protect.deid.pseudonym import Pseudonymizer
from piplkit.protect.deid.report import FALLBACK, FALLBACK_SUFFIX, TEXT_COLUMN, ChangeReport
from piplkit.protect.deid.validate import CellValidator

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
        classified: Mapping[str, str] | None = None,
    ) -> None:
        """``classified``: column -> PI type decided elsewhere (a Spark driver hands its
        classification to the executors this way)."""
        _check_columns(policy)
        key, self._per_run_key = resolve_key(
            key, pseudonymizes=policy.pseudonymizes, needs_key=policy.needs_key
        )
        self.policy = policy
        self.as_of = as_of or dt.date.today()
        self.report = report or ChangeReport()
        self._pseudonymizer = Pseudonymizer(key) if key is not None else None
        self._detector = detector
        self._default = _DETECT if policy.other_columns == "detect" else _KEEP
        self._validator = CellValidator(self.as_of)
        self._classified: dict[str, ColumnRule] = {}
        for column, type_id in (classified or {}).items():
            self._use_type(column, type_id)

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

    # -- columns --------------------------------------------------------------------------------

    def needs_classification(self, columns: Sequence[str]) -> bool:
        """Whether :meth:`classify` has anything to decide for a table with these columns."""
        return self.policy.classify_columns and any(c not in self.policy.columns for c in columns)

    def classify(self, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> dict[str, str]:
        """Type the columns without a rule from the first ``rows`` of a table (its head, as the
        reader has it); returns column -> PI type for the columns typed.

        Call it once per table before its cells: a new table (an XLSX sheet) forgets the previous
        table's classification. A classified type without a rule in the policy is ignored.
        """
        self._classified = {}
        if not self.needs_classification(columns):
            return {}
        found = classify_columns(columns, rows, as_of=self.as_of)
        typed: dict[str, str] = {}
        for column, decision in found.items():
            if column in self.policy.columns or not self._use_type(column, decision.type_id):
                continue
            typed[column] = decision.type_id
            self.report.classified[column] = (decision.type_id, decision.confidence)
        return typed

    @property
    def classified_types(self) -> dict[str, str]:
        """Column -> PI type of the columns typed by the classifier (for the current table)."""
        return {c: r.type or "" for c, r in self._classified.items()}

    def _use_type(self, column: str, type_id: str) -> bool:
        if self.policy.type_rule(type_id) is None or column in self.policy.columns:
            return False
        self._classified[column] = ColumnRule(type=type_id)
        return True

    # -- table cells ----------------------------------------------------------------------------

    def column_rule(self, column: str) -> ColumnRule:
        spec = self.policy.columns.get(column)
        if spec is not None:
            return spec
        return self._classified.get(column, self._default)

    def has_cell_rule(self, column: str) -> bool:
        """Whether the column has a whole-cell rule (declared or classified), not detection."""
        spec = self.column_rule(column)
        return spec is not self._default and not isinstance(spec.rule, DetectRule)

    def is_kept(self, column: str) -> bool:
        return isinstance(self.column_rule(column).rule, KeepRule)

    def cell(self, value: Any, column: str) -> Any:
        """The de-identified cell. Unchanged cells come back as the same object (same type).

        Empty and blank (whitespace-only) cells are returned as they are: they hold nothing.
        """
        if _blank(value):
            return value
        result = self._cell(value, column)
        if result is not value:
            self.report.cells_changed += 1
        return result

    def cells(self, values: Sequence[Any], column: str) -> list[Any]:
        """:meth:`cell` for many cells of one column: the same results and counts, with the cells
        of a typed column validated in one pass (see :meth:`CellValidator.are_valid`)."""
        spec = self.column_rule(column)
        rule = self._typed_rule(spec)
        if rule is None or spec.type is None:
            cell = self.cell
            return [cell(v, column) for v in values]
        out = list(values)
        positions = [i for i, v in enumerate(values) if not _blank(v)]
        texts = [_as_text(values[i]) for i in positions]
        flags = self._validator.are_valid(spec.type, texts)
        report = self.report
        for i, valid in zip(positions, flags, strict=True):
            value = values[i]
            if valid is False:
                report.invalid[(column, spec.type)] += 1
            result = self._apply(rule, value, spec.type, {}, column, span=False, valid=valid)
            if result is not value:
                report.cells_changed += 1
            out[i] = result
        return out

    def _typed_rule(self, spec: ColumnRule) -> AnyRule | None:
        """The whole-cell operator of a column, or ``None`` for kept and detected columns."""
        if isinstance(spec.rule, KeepRule | DetectRule):
            return None
        rule = spec.rule if spec.rule is not None else self.policy.type_rule(spec.type or "")
        assert rule is not None, "columns are typed only with types that have a rule"
        return None if isinstance(rule, KeepRule) else rule

    def _cell(self, value: Any, column: str) -> Any:
        spec = self.column_rule(column)
        if isinstance(spec.rule, DetectRule):
            text = cell_text(value)
            if text is None:
                return value
            out = self.text(text, column)
            return value if out == text else out
        rule = self._typed_rule(spec)
        if rule is None:
            return value
        valid = None
        if spec.type is not None:
            valid = self._validator.is_valid(spec.type, _as_text(value))
            if valid is False:
                self.report.invalid[(column, spec.type)] += 1
        return self._apply(rule, value, spec.type, {}, column, span=False, valid=valid)

    # -- operators ------------------------------------------------------------------------------

    def _apply(
        self,
        rule: AnyRule,
        value: Any,
        type_id: str | None,
        attributes: Mapping[str, Any],
        column: str,
        *,
        span: bool,
        valid: bool | None = None,
    ) -> Any:
        """Apply one operator; ``None`` for a suppressed cell (a suppressed span gets text).

        ``valid`` is ``False`` for a cell that failed its type's check: a mask then falls back
        to :func:`fallback_mask`. Generalisation reads (and so checks) its input itself.
        """
        op: str = rule.op
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
            if valid is False:
                result, op = fallback_mask(text, rule), op + FALLBACK_SUFFIX
            else:
                result = mask_value(text, rule)
        elif isinstance(rule, PseudonymizeRule):
            assert self._pseudonymizer is not None  # resolved in __init__
            if self._per_run_key:
                self.report.warn_once(PER_RUN_WARNING)
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


def _blank(value: Any) -> bool:
    return value is None or value == "" or (isinstance(value, str) and value.isspace())


def _as_text(value: Any) -> str:
    return value if isinstance(value, str) else cell_text(value) or str(value)


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
