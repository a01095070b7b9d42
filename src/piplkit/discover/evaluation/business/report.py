"""Plain-text rendering of a business-set score: headline metrics against the floors, then
breakdowns by domain, header style, format and gold type, the confusion list and the errors.
Only file, sheet and column names appear, never a cell value."""

from __future__ import annotations

from typing import Any

_NAMES = {
    "type_accuracy": "column type accuracy",
    "sensitivity_accuracy": "sensitivity accuracy",
    "non_pi_reported_as_pi": "non-PI reported as PI",
}


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.4f}"


def _breakdown(title: str, cells: dict[str, dict[str, Any]]) -> list[str]:
    lines = ["", f"{title:<22}{'columns':>8}{'type acc':>10}{'sens acc':>10}{'nonPI→PI':>10}"]
    for key, c in cells.items():
        lines.append(
            f"{key:<22}{c['columns']:>8}{_num(c['type_accuracy']):>10}"
            f"{_num(c['sensitivity_accuracy']):>10}{_num(c['non_pi_reported_as_pi']):>10}"
        )
    return lines


def format_business_report(report: dict[str, Any], errors: int = 40) -> str:
    m, sens = report["metrics"], report["sensitivity"]
    lines = [
        f"business-table set {report['dataset']} (seed {report['seed']}, as of {report['as_of']}): "
        f"{report['tables']} tables in {report['files']} files, {report['columns']} columns "
        f"({report['non_pi_columns']} not PI); scan {report['scan_seconds']} s",
        "",
        f"{'metric':<26}{'value':>8}   floor",
    ]
    for name, floor in report["floors"].items():
        value = m[name]
        ok = value is not None and (
            value >= floor["value"] if floor["op"] == ">=" else value <= floor["value"]
        )
        lines.append(
            f"{_NAMES[name]:<26}{_num(value):>8}   {floor['op']} {floor['value']}  "
            + ("ok" if ok else "BELOW" if floor["op"] == ">=" else "ABOVE")
        )
    unknown = sens["gold_types_not_in_catalogue"]
    lines += [
        "",
        f"sensitivity judged on {sens['columns_with_known_gold']} columns; "
        f"{sum(unknown.values())} columns have a gold type the catalogue does not list yet"
        + (f" ({', '.join(sorted(unknown))})" if unknown else ""),
        f"minors: {sens['minor_columns']} columns hold resident IDs or birth dates of people "
        f"under 14; {sens['minor_columns_reported_sensitive']} reported sensitive",
        f"encodings detected: {report['encodings_detected']}; columns matched by "
        + ", ".join(f"{k} {v}" for k, v in report["columns_matched_by"].items()),
    ]
    for path, message in report["file_errors"].items():
        lines.append(f"scan error: {path}: {message}")
    lines += _breakdown("domain", report["by_domain"])
    lines += _breakdown("header style", report["by_style"])
    lines += _breakdown("format", report["by_format"])
    lines += ["", f"{'gold type':<32}{'gold':>6}{'pred':>6}{'ok':>6}{'recall':>9}{'precision':>10}"]
    for type_id, c in report["by_type"].items():
        lines.append(
            f"{type_id:<32}{c['gold']:>6}{c['predicted']:>6}{c['correct']:>6}"
            f"{_num(c['recall']):>9}{_num(c['precision']):>10}"
        )
    if report["confusion"]:
        lines += ["", "confusion (gold -> predicted: columns):"]
        lines += [f"  {c['gold']} -> {c['predicted']}: {c['count']}" for c in report["confusion"]]
    shown = report["errors"][:errors]
    if shown:
        lines += ["", f"first {len(shown)} of {len(report['errors'])} errors:"]
        for e in shown:
            where = e["file"] + (f"#{e['sheet']}" if e["sheet"] else "")
            detail = (
                f"gold {e['gold']}, predicted {e['predicted']}"
                if e["problem"] == "type"
                else f"sensitive: gold {e['gold_sensitive']}, reported {e['reported_sensitive']}"
            )
            lines.append(f"  {where} [{e['column'].strip()}] ({e['style']}): {detail}")
    return "\n".join(lines)
