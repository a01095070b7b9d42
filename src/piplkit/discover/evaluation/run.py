"""Score a detector (and the scan column classifier) on an evaluation set folder.

The result is a plain dict of numbers and masked error listings: safe to print, to store as
JSON, and to compare between runs.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from piplkit.discover.evaluation.dataset import load
from piplkit.discover.evaluation.model import IDENTIFIER_TYPES
from piplkit.discover.evaluation.scorer import FLOORS, DetectFn, check_floors, score_records
from piplkit.discover.evaluation.tablescore import ClassifyFn, scan_classifier, score_tables


def evaluate(
    root: Path,
    *,
    as_of: date,
    detect: DetectFn | None = None,
    classify: ClassifyFn | None = None,
    tables: bool = True,
    max_errors: int = 2000,
) -> dict[str, Any]:
    """Score ``detect`` (default: a :class:`~piplkit.discover.detect.Detector` of every type) on the
    set."""
    data = load(root)
    if detect is None:
        from piplkit.discover.detect import Detector

        detect = Detector(as_of=as_of, prose=True).detect
    score = score_records(data.sentences, detect)
    score = score_records(data.negatives, detect, score)
    sentences = score.to_dict(max_errors=max_errors)
    metrics: dict[str, float] = {
        "identifier_micro_f1": score.identifier_micro.f1,
        "person_name_f1": score.per_type["person_name"].f1,
        "address_f1": score.per_type["address"].f1,
    }
    report: dict[str, Any] = {
        "dataset": str(root),
        "manifest": data.manifest,
        "as_of": as_of.isoformat(),
        "identifier_types": list(IDENTIFIER_TYPES),
        "sentences": sentences,
    }
    if tables and data.tables:
        table_score = score_tables(data.root, data.tables, classify or scan_classifier(as_of))
        report["tables"] = table_score.to_dict()
        metrics["table_column_accuracy"] = table_score.accuracy
    report["metrics"] = {k: round(v, 4) for k, v in metrics.items()}
    report["floors"] = FLOORS
    report["floors_failed"] = check_floors(metrics)
    return report


def format_report(report: dict[str, Any], errors: int = 40) -> str:
    """A plain-text rendering: per-type table, variants below 100 %, negatives, floors, errors."""
    s = report["sentences"]
    lines = [
        f"evaluation set {report['dataset']} (as of {report['as_of']}): "
        f"{s['sentences']} sentences, {s['clean_sentences']} of them hard-negative only",
        "",
        f"{'type':<18}{'gold':>6}{'tp':>6}{'fp':>6}{'fn':>6}{'P':>8}{'R':>8}{'F1':>8}",
    ]
    for type_id, c in s["per_type"].items():
        lines.append(
            f"{type_id:<18}{c['tp'] + c['fn']:>6}{c['tp']:>6}{c['fp']:>6}{c['fn']:>6}"
            f"{c['precision']:>8.4f}{c['recall']:>8.4f}{c['f1']:>8.4f}"
        )
    m = s["identifier_micro"]
    lines.append(
        f"{'identifiers micro':<18}{m['tp'] + m['fn']:>6}{m['tp']:>6}{m['fp']:>6}{m['fn']:>6}"
        f"{m['precision']:>8.4f}{m['recall']:>8.4f}{m['f1']:>8.4f}"
    )
    weak = {k: v for k, v in s["per_variant_recall"].items() if v["recall"] < 1.0}
    if weak:
        lines += ["", "variants with recall below 1:"]
        lines += [
            f"  {k:<34}{v['found']:>5}/{v['total']:<5} {v['recall']:.4f}" for k, v in weak.items()
        ]
    lines += [
        "",
        f"hard-negative false positives: {s['hard_negative_false_positives']} "
        f"{s['hard_negative_hits_by_kind'] or ''}".rstrip(),
        f"findings in clean sentences: {s['clean_sentence_findings']}; "
        f"USCC reported as a PI type: {s['uscc_reported_as_pi']}",
        f"error kinds: {s['error_kinds']}",
    ]
    if s.get("throughput_mb_s") is not None:
        lines.append(f"detector throughput on these sentences: {s['throughput_mb_s']} MB/s (UTF-8)")
    if "tables" in report:
        t = report["tables"]
        lines += [
            "",
            f"tables: {t['tables']} files, {t['columns']} columns, column accuracy "
            f"{t['accuracy']:.4f} ({t['correct']}/{t['columns']}); "
            f"encodings {t['encodings_detected']}",
        ]
        lines += [
            f"  {e['file']} {e.get('column', '')}: "
            + (e["problem"] if "problem" in e else f"gold {e['gold']}, predicted {e['predicted']}")
            for e in t["errors"]
        ]
    lines += ["", "floors:"]
    for name, floor in report["floors"].items():
        if name in report["metrics"]:
            value = report["metrics"][name]
            verdict = "ok" if value >= floor else "BELOW"
            lines.append(f"  {name:<24}{value:.4f}  (floor {floor})  {verdict}")
    shown = s["errors"][:errors]
    if shown:
        lines += ["", f"first {len(shown)} errors (masked):"]
        for e in shown:
            types = f"{e['gold_type'] or '-'} -> {e['found_type'] or '-'}"
            offset = f" [{e['offset']}]" if e.get("offset") else ""
            head = f"  {e['kind']:<10}{e['record']:<9}{types:<34}{e['variant']:<18}"
            lines.append(head + e["context"] + offset)
    return "\n".join(lines)
