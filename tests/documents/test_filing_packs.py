"""Filing packs (issue 13): export PIPIA, standard contract Appendix I with the Appendix II
screening, and the security-assessment declaration checklist, in both languages."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

import pytest
from docx import Document

from piplkit.assess.documents.checklist import ChecklistDataError
from piplkit.assess.documents.filing import build_filing_pack, file_stem, screen_terms
from piplkit.assess.documents.filing.data import load_filing_packs, parse_filing_packs
from piplkit.assess.documents.model import Fill, Table
from piplkit.assess.documents.writer import render
from piplkit.assess.law.kb import load_knowledge_base
from piplkit.assess.rules import evaluate, profile_from_data

from .helpers import GENERATED_ON, all_text

D = dt.date.fromisoformat

DETAILS = {
    "recipient_address": "1 Example Street, Singapore",
    "recipient_contact": "dpo@example.invalid",
    "recipient_nature": "affiliate, private limited company",
    "processing_purpose": "order fulfilment analytics",
    "processing_method": "storage and statistical analysis",
    "pi_categories": ["name", "phone number", "order history"],
    "sensitive_pi_categories": ["financial account"],
    "channel": "TLS 1.3 API",
    "storage_location_abroad": "Singapore data centre",
    "retention_abroad": "2 years",
    "onward_recipients": [],
    "pipia_completed_on": "2025-09-01",
}


def _profile(route: str, **transfer: Any):
    volumes = {
        "scc": [{"year": 2025, "individuals": 240_000, "sensitive_individuals": 1_200}],
        "sa": [{"year": 2025, "individuals": 2_000_000}],
        "exempt": [{"year": 2025, "individuals": 10}],
    }[route]
    return profile_from_data(
        {
            "handler": {"name": "Pack Co.", "individuals_processed": 3_000_000},
            "transfers": [
                {
                    "name": "Orders / SG",
                    "recipient": {"name": "Recipient Pte. Ltd.", "country": "SG"},
                    "purpose": "other",
                    "volumes": volumes,
                    "contract_effective_on": "2025-10-09",
                    **transfer,
                }
            ],
        }
    )


def _pack(route: str, lang: str = "en", day: str = "2025-12-01", **kw: Any):
    p = _profile(route, **kw.pop("transfer", {}))
    return dict(
        build_filing_pack(p, evaluate(p, D(day)), lang, generated_on=GENERATED_ON, **kw)  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("route", "documents"),
    [
        ("scc", {"Orders-SG.export-pipia", "Orders-SG.appendix1"}),
        ("sa", {"Orders-SG.export-pipia", "Orders-SG.sa-checklist"}),
        ("exempt", {"Orders-SG.export-pipia"}),  # PIPL Art. 55(4): a PIPIA even when exempt
    ],
)
def test_pack_follows_the_route(route: str, documents: set[str]) -> None:
    assert set(_pack(route)) == documents


def test_nothing_exported_gives_no_pack() -> None:
    p = profile_from_data(
        {
            "handler": {"name": "X", "individuals_processed": 1},
            "transfers": [
                {
                    "name": "T",
                    "recipient": {"name": "R", "country": "DE"},
                    "purpose": "other",
                    "volumes": [],
                }
            ],
        }
    )
    assert build_filing_pack(p, evaluate(p, D("2025-06-01")), "en") == []


def test_appendix1_has_the_ten_items_filled_from_the_details() -> None:
    r = _pack("scc", transfer={"details": DETAILS})["Orders-SG.appendix1"]
    table = next(
        b for s in r.sections if s.anchor == "appendix-1" for b in s.blocks if isinstance(b, Table)
    )
    assert len(table.rows) == 10 == len(load_filing_packs().appendix1.items)
    cells = {row[0][0].text: row[1] for row in table.rows}  # type: ignore[union-attr]
    assert cells["(1) Purpose of processing"][0].text == "order fulfilment analytics"  # type: ignore[union-attr]
    assert "240,000 individuals" in cells["(3) Scale of the PI exported"][0].text  # type: ignore[union-attr]
    assert (
        cells["(4) Categories of PI exported (see GB/T 35273 and related standards)"][0].text
        == "name, phone number, order history"
    )  # type: ignore[union-attr]
    assert isinstance(
        cells["(6) Third parties outside the PRC to whom the recipient alone provides PI (if any)"][
            0
        ],
        Fill,
    )
    assert isinstance(cells["(10) Other matters (as applicable)"][0], Fill)


def test_appendix1_without_details_invents_nothing() -> None:
    r = _pack("scc")["Orders-SG.appendix1"]
    table = next(
        b for s in r.sections if s.anchor == "appendix-1" for b in s.blocks if isinstance(b, Table)
    )
    filled = [row for row in table.rows if not isinstance(row[1][0], Fill)]
    assert [row[0][0].text for row in filled] == ["(3) Scale of the PI exported"]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("clause", "rule"),
    [
        ("In case of conflict, these supplementary terms shall prevail.", "precedence"),
        ("本补充协议与标准合同不一致的，以本补充协议为准。", "precedence"),
        ("This Agreement shall be governed by the laws of the State of New York.", "governing_law"),
        ("本协议适用新加坡法律。", "governing_law"),
        ("There shall be no third-party beneficiaries of this Agreement.", "beneficiary"),
        ("个人信息主体不享有第三方受益人的权利。", "beneficiary"),
        ("The Recipient's aggregate liability shall not exceed EUR 5,000.", "liability"),
        ("接收方的赔偿责任以合同金额为限。", "liability"),
        (
            "The Recipient may disclose the data to any third party without consent.",
            "onward_transfer",
        ),
        ("接收方可以向其关联方等第三方提供个人信息，无需取得同意。", "onward_transfer"),
        ("The Recipient may retain the data indefinitely.", "retention"),
        ("接收方可永久保存上述数据。", "retention"),
        (
            "The courts of England shall have exclusive jurisdiction of the courts of England.",
            "courts",
        ),
        ("因本协议产生的争议由新加坡法院专属管辖。", "courts"),
        ("The Exporter shall not be entitled to audit the Recipient.", "audit"),
        ("接收方不接受个人信息处理者的审计。", "audit"),
        (
            "The Recipient may disclose data to a government authority without notice.",
            "government_access",
        ),
    ],
)
def test_terms_screen_finds_conflicting_clauses(clause: str, rule: str) -> None:
    found = screen_terms(clause)
    assert [f.rule.id for f in found] == [rule]


@pytest.mark.parametrize(
    "clause",
    [
        "本协议适用中华人民共和国法律。",
        "This Agreement shall be governed by the laws of the People's Republic of China.",
        "Invoices are payable within 30 days.",
        "接收方应当在保存期限届满后删除个人信息。",
        "The standard contract prevails over these terms in case of conflict.",
    ],
)
def test_terms_screen_leaves_compatible_clauses(clause: str) -> None:
    assert screen_terms(clause) == []


def test_appendix2_screening_in_the_document() -> None:
    terms = "1. These terms shall prevail over the standard contract.\n2. Fees are due monthly."
    r = _pack("scc", supplementary_terms={"Orders / SG": terms})["Orders-SG.appendix1"]
    text = all_text(r)
    assert "These terms shall prevail" in text and "Annex (standard contract), Art. 9(1)" in text
    assert "No supplementary terms were given" in all_text(_pack("scc")["Orders-SG.appendix1"])


def test_terms_for_an_unknown_transfer_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown transfers: Nope"):
        _pack("scc", supplementary_terms={"Nope": "x"})


@pytest.mark.parametrize(
    ("done", "change", "fragment"),
    [
        ("2025-09-01", None, "completed within 3 months before 2025-10-22"),
        ("2025-06-01", None, "more than 3 months before 2025-10-22"),
        ("2025-09-01", "2025-10-01", "a material change on 2025-10-01 came after it"),
        (None, None, "state details.pipia_completed_on"),
    ],
)
def test_export_pipia_says_whether_the_assessment_is_current(
    done: str | None, change: str | None, fragment: str
) -> None:
    details: dict[str, Any] = {}
    if done:
        details["pipia_completed_on"] = done
    if change:
        details["material_change_on"] = change
    r = _pack("scc", transfer={"details": details})["Orders-SG.export-pipia"]
    assert fragment in all_text(r)


def test_export_pipia_states_the_recipient_and_flags_the_template_edition() -> None:
    r = _pack("scc", transfer={"details": DETAILS})["Orders-SG.export-pipia"]
    text = all_text(r)
    assert "1 Example Street, Singapore" in text and "TLS 1.3 API" in text
    unverified = next(s for s in r.sections if s.anchor == "unverified")
    assert "export PIPIA template" in all_text_of(unverified)


def all_text_of(section: Any) -> str:
    out = []
    for b in section.blocks:
        if isinstance(b, Table):
            out += [getattr(run, "text", "") for row in b.rows for cell in row for run in cell]
    return "\n".join(out)


def test_sa_checklist_has_materials_points_and_planned_dates() -> None:
    # today's route is the standard contract (200,000); the plan (2,000,000) needs an
    # assessment, so the pack also holds the declaration checklist with the planned dates
    r = _pack(
        "sa",
        day="2025-02-01",
        transfer={
            "volumes": [{"year": 2025, "individuals": 200_000}],
            "planned": [{"year": 2025, "individuals": 2_000_000}],
        },
    )["Orders-SG.sa-checklist"]
    text = all_text(r)
    assert "Declaration form" in text and "Export risk self-assessment report" in text
    assert "Security Assessment Measures Art. 5" in text and "Art. 9" in text
    assert "latest declaration to allow the statutory periods (plan)" in text
    assert re.search(r"approx\. 2025-\d\d-\d\d", text)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("route", ["scc", "sa", "exempt"])
def test_pack_documents_render_in_html_and_docx(route: str, lang: str) -> None:
    for stem, report in _pack(route, lang, transfer={"details": DETAILS}).items():
        html = render(report, "html").decode("utf-8")
        assert "Pack Co." in html and "2025-12-01" in html, stem
        doc = Document(io.BytesIO(render(report, "docx")))
        assert any(p.text for p in doc.paragraphs), stem


def test_chinese_pack_has_no_untranslated_article_references() -> None:
    for stem, report in _pack("scc", "zh", transfer={"details": DETAILS}).items():
        text = all_text(report)
        assert not re.search(r"\bArts?\. \d", text), (
            stem,
            re.findall(r".{20}Arts?\. \d.{10}", text),
        )


def test_file_stem_is_safe() -> None:
    assert file_stem("CRM → HQ / 2025") == "CRM-HQ-2025"
    assert file_stem("客户数据出境") == "客户数据出境"
    assert file_stem("../../etc") == "etc"


def test_filing_pack_data_rejects_unknown_instruments() -> None:
    from importlib import resources

    import yaml

    raw = yaml.safe_load(
        resources.files("piplkit.assess.documents").joinpath("data/filing_packs.yaml").read_text("utf-8")
    )
    raw["appendix1"]["citation"]["instrument"] = "no_such_law"
    with pytest.raises(ChecklistDataError, match="no_such_law"):
        parse_filing_packs(raw, load_knowledge_base())


def test_catalogue_type_ids_are_shown_by_name() -> None:
    # the register gives catalogue ids (cn_mobile); the documents show the type's name
    details = {"pi_categories": ["cn_mobile", "loyalty tier"], "sensitive_pi_categories": []}
    zh = all_text(_pack("scc", "zh", transfer={"details": details})["Orders-SG.appendix1"])
    en = all_text(_pack("scc", "en", transfer={"details": details})["Orders-SG.appendix1"])
    assert "手机号码、loyalty tier" in zh and "cn_mobile" not in zh
    assert "cn_mobile" not in en
