"""``piplkit assess … --filing-pack DIR [--pack-format] [--supplementary-terms T=FILE]``, and
plans and deadline kinds in the table and markdown outputs."""

from __future__ import annotations

import json
from pathlib import Path

import typer
import yaml
from docx import Document
from typer.testing import CliRunner

from piplkit.faces.cli import assess_cmd

PLAN = {
    "handler": {"name": "CLI Co.", "individuals_processed": 500_000},
    "transfers": [
        {
            "name": "CRM",
            "recipient": {"name": "R GmbH", "country": "DE"},
            "purpose": "other",
            "volumes": [{"year": 2025, "individuals": 50_000}],
            "planned": [{"year": 2025, "individuals": 1_200_000}],
            "contract_effective_on": "2025-03-03",
        }
    ],
}


def _app() -> typer.Typer:
    app = typer.Typer()
    assess_cmd.register(app)

    @app.callback()
    def _root() -> None:
        pass

    return app


def _run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(_app(), ["assess", *args])


def _profile(tmp_path: Path) -> str:
    path = tmp_path / "p.yaml"
    path.write_text(yaml.safe_dump(PLAN), "utf-8")
    return str(path)


def test_filing_pack_is_written(tmp_path: Path) -> None:
    out = tmp_path / "pack"
    res = _run(
        _profile(tmp_path),
        "--as-of",
        "2025-04-01",
        "--format",
        "json",
        "--filing-pack",
        str(out),
        "--lang",
        "en",
    )
    assert res.exit_code == 0, res.output
    json.loads(res.stdout)  # stdout stays machine-readable
    names = sorted(p.name for p in out.iterdir())
    # today 50,000 individuals are exempt (2024 Provisions Art. 5(4)), yet a PIPIA is due
    # (PIPL Art. 55(4)); the plan (1,200,000) needs an assessment (Art. 7(2)), so the pack
    # also holds the declaration checklist
    assert "CRM.export-pipia.docx" in names and "CRM.sa-checklist.docx" in names
    doc = Document(str(out / "CRM.sa-checklist.docx"))
    assert any("Declaration materials" in p.text for p in doc.paragraphs)
    assert "filing pack written" in res.stderr and "as of 2025-04-01" in res.stderr


def test_supplementary_terms_are_screened(tmp_path: Path) -> None:
    data = dict(
        PLAN,
        transfers=[
            dict(PLAN["transfers"][0], planned=[], volumes=[{"year": 2025, "individuals": 200_000}])
        ],
    )
    prof = tmp_path / "p.yaml"
    prof.write_text(yaml.safe_dump(data), "utf-8")
    terms = tmp_path / "terms.txt"
    terms.write_text("1. These terms prevail over the standard contract.", "utf-8")
    out = tmp_path / "pack"
    res = _run(
        str(prof),
        "--as-of",
        "2025-06-01",
        "--filing-pack",
        str(out),
        "--pack-format",
        "html",
        "--lang",
        "en",
        "--supplementary-terms",
        f"CRM={terms}",
    )
    assert res.exit_code == 0, res.output
    html = (out / "CRM.appendix1.html").read_text("utf-8")
    assert "These terms prevail over the standard contract." in html
    assert "Art. 9(1)" in html


def test_bad_pack_options_are_one_line_errors(tmp_path: Path) -> None:
    prof = _profile(tmp_path)
    afile = tmp_path / "file.txt"
    afile.write_text("x", "utf-8")
    cases = [
        (["--filing-pack", str(afile)], "not a directory"),
        (["--filing-pack", str(tmp_path / "no" / "such")], "does not exist"),
        (
            ["--filing-pack", str(tmp_path / "p1"), "--supplementary-terms", "CRM"],
            "use TRANSFER=FILE",
        ),
        (
            ["--filing-pack", str(tmp_path / "p2"), "--supplementary-terms", "CRM=/no/such"],
            "no such file",
        ),
        (
            ["--filing-pack", str(tmp_path / "p3"), "--supplementary-terms", f"Nope={afile}"],
            "unknown transfers: Nope",
        ),
    ]
    for extra, message in cases:
        res = _run(prof, "--as-of", "2025-04-01", *extra)
        assert res.exit_code == 2, (extra, res.output)
        assert message in res.stderr and "Traceback" not in res.output


def test_markdown_shows_the_plan_and_deadline_kinds(tmp_path: Path) -> None:
    res = _run(_profile(tmp_path), "--as-of", "2025-04-01", "--format", "md")
    assert res.exit_code == 0, res.output
    assert "- Plan 2025 (planned): 1,200,000 individuals" in res.stdout
    assert "reaches 100,000 individuals ~2025-" in res.stdout
    assert "reaches 1,000,000 individuals ~2025-" in res.stdout


def test_table_shows_the_plan(tmp_path: Path) -> None:
    res = _run(_profile(tmp_path), "--as-of", "2025-04-01")
    assert res.exit_code == 0, res.output
    assert "Plan 2025" in res.stdout and "as of" in res.stdout


def test_pdf_pack_needs_the_cjk_font_or_says_so(tmp_path: Path) -> None:
    from tests.documents.helpers import pdf_skip_reason

    out = tmp_path / "pack"
    res = _run(
        _profile(tmp_path),
        "--as-of",
        "2025-04-01",
        "--filing-pack",
        str(out),
        "--pack-format",
        "pdf",
    )
    if pdf_skip_reason() is None:
        assert res.exit_code == 0, res.output
        assert (out / "CRM.export-pipia.pdf").read_bytes().startswith(b"%PDF")
    else:  # no font (or no WeasyPrint): one clear line, no half-written file
        assert res.exit_code == 2 and "Traceback" not in res.output
        assert "--filing-pack" in res.stderr
        assert not list(out.glob("*.pdf"))
