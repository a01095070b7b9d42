"""The report model: PIPL Art. 56 structure, facts from the assessment, fields left to complete."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import yaml

from piplkit.assess.documents import build_report, load_labels
from piplkit.assess.documents.checklist import ChecklistDataError, load_scc_filing, parse_scc_filing
from piplkit.assess.documents.model import Cite, Fill, Table
from piplkit.assess.law.kb import load_knowledge_base
from piplkit.assess.rules import evaluate

from .helpers import LANGS, SAMPLE_DATES, all_text, assessed, report, report_for, sample_data


def _keys(node: object, prefix: str = "") -> set[str]:
    if isinstance(node, dict):
        out: set[str] = set()
        for k, v in node.items():
            out |= _keys(v, f"{prefix}{k}.") | {f"{prefix}{k}"}
        return out
    return set()


def test_both_languages_define_the_same_labels() -> None:
    zh, en = load_labels("zh").data, load_labels("en").data
    skip = ("phrases", "patterns", "articles", "issuers")  # translation tables: zh only
    assert {k for k in _keys(zh) if not k.startswith(skip)} == {
        k for k in _keys(en) if not k.startswith(skip)
    }
    for key in ("s1.work_rows", "s2.details_rows", "s5.measures_rows", "s6.signoff_roles"):
        assert len(load_labels("zh")[key]) == len(load_labels("en")[key]), key


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported report language"):
        load_labels("fr")  # type: ignore[arg-type]


@pytest.mark.parametrize("name", sorted(SAMPLE_DATES))
@pytest.mark.parametrize("lang", LANGS)
def test_report_has_the_art_56_structure(name: str, lang: str) -> None:
    r = report(name, lang)
    L = load_labels(lang)  # type: ignore[arg-type]
    titles = [s.title for s in r.sections]
    for key in ("s1.title", "s2.title", "s3.title", "s4.title", "s5.title", "s6.title", "s7.title"):
        assert L[key] in titles
    assert titles.index(L["s3.title"]) < titles.index(L["s4.title"]) < titles.index(L["s5.title"])
    assert L["annex_b.title"] in titles and L["annex_c.title"] in titles
    assert r.as_of == SAMPLE_DATES[name]
    text = all_text(r)
    assert r.handler in text and SAMPLE_DATES[name].isoformat() in text


def test_cover_states_handler_and_as_of() -> None:
    r = report("example.yaml", "zh")
    cover = {row[0][0].text: row[1] for row in r.cover.rows}  # type: ignore[union-attr]
    assert cover["个人信息处理者"][0].text == "Example Co."  # type: ignore[union-attr]
    assert cover["评估基准日"][0].text == "2024-03-21"  # type: ignore[union-attr]
    assert isinstance(cover["审核人"][0], Fill)  # people are never invented


def test_every_obligation_appears_with_its_citations() -> None:
    _, result = assessed("retail_platform.yaml")
    text = all_text(report("retail_platform.yaml", "en"))
    for o in result.obligations:
        assert o.title in text
    assert "PIPL Art. 55(4)" in text and "PIPL Art. 56" in text
    zh = all_text(report("retail_platform.yaml", "zh"))
    for o in result.obligations:
        assert o.title_zh in zh
    assert "《个人信息保护法》第55条第(4)项" in zh


def test_unverified_items_are_flagged_inline_and_listed() -> None:
    _, result = assessed("retail_platform.yaml")
    assert result.unverified, "sample must exercise unverified law"
    r = report("retail_platform.yaml", "en")
    annex = next(s for s in r.sections if s.anchor == "annex-b")
    table = next(b for b in annex.blocks if isinstance(b, Table))
    subjects = {row[0][0].text for row in table.rows}  # type: ignore[union-attr]
    assert {u.subject for u in result.unverified} <= subjects
    flagged = [
        run
        for s in r.sections
        if s.anchor == "s5-1"
        for b in s.blocks
        if isinstance(b, Table)
        for row in b.rows
        for cell in row
        for run in cell
        if isinstance(run, Cite) and run.unverified
    ]
    assert any(c.text == "Facial Recognition Measures processing rules" for c in flagged)
    assert not any(c.text == "PIPL Art. 39" for c in flagged)  # read in the text (issue 13)
    assert "unverified" in r.cover_notice.runs[-1].text  # type: ignore[union-attr]


def test_retention_comes_from_the_law_data() -> None:
    kb = load_knowledge_base()
    pv = kb.param("pipia.record_retention_years", SAMPLE_DATES["example.yaml"])
    assert pv is not None and pv.article == "Art. 56"
    s7 = next(s for s in report("example.yaml", "en").sections if s.anchor == "s7")
    text = "".join(getattr(run, "text", "") for run in s7.blocks[0].runs)  # type: ignore[union-attr]
    assert f"at least {pv.value} years" in text and "PIPL Art. 56" in text
    zh = next(s for s in report("example.yaml", "zh").sections if s.anchor == "s7")
    assert f"至少保存 {pv.value} 年" in "".join(getattr(r, "text", "") for r in zh.blocks[0].runs)  # type: ignore[union-attr]


def _annex_a(r: object) -> list:
    return [s for s in r.sections if s.anchor.startswith("annex-a")]  # type: ignore[attr-defined]


def test_checklists_follow_each_transfers_route() -> None:
    retail = _annex_a(report("retail_platform.yaml", "en"))
    assert [s.title for s in retail if s.level == 2] == ["Transfer: Marketing analytics"]
    text = all_text(report("retail_platform.yaml", "en"))
    assert "Letter of commitment" in text and "Standard Contract Measures Art. 7" in text
    assert "within 10 working days after the contract takes effect" in text
    # example.yaml on 2024-03-21 needs a security assessment: the declaration checklist
    # (Security Assessment Measures Arts. 5, 6, 9; periods of Arts. 7 and 12)
    example = _annex_a(report("example.yaml", "en"))
    first = next(s.title for s in example if s.level == 2)
    assert first == "Transfer: CRM to HQ (security assessment)"
    text = all_text(report("example.yaml", "en"))
    assert "Declaration form" in text and "Security Assessment Measures Art. 6" in text
    assert "within 45 working days" in text
    # a transfer exempt or not applicable gets no checklist
    small = _annex_a(report("small_exporter.json", "en"))
    assert len(small) == 1 and "No transfer" in all_text(report("small_exporter.json", "en"))


def test_checklist_follows_the_guide_edition_in_force() -> None:
    data = sample_data("example.yaml")
    data["transfers"][0]["volumes"] = [{"year": 2023, "individuals": 5000}]
    data["transfers"][0]["contract_effective_on"] = "2023-07-03"
    v1 = all_text(report_for(data, dt.date(2023, 7, 10), "en"))
    assert "SCC Filing Guide v1 Annex 1" in v1 and "SCC Filing Guide v2" not in v1
    assert "File online" not in v1
    data["transfers"][0]["volumes"] = [{"year": 2024, "individuals": 150000}]
    v2 = all_text(report_for(data, dt.date(2024, 6, 1), "en"))
    assert "SCC Filing Guide v2 materials (unverified)" in v2
    assert "https://sjcj.cac.gov.cn" in v2


def test_filing_due_date_or_a_field_to_complete() -> None:
    text = all_text(report("retail_platform.yaml", "en"))
    _, result = assessed("retail_platform.yaml")
    deadline = result.transfer("Marketing analytics").deadlines[0]
    assert deadline.due is not None
    shown = f"approx. {deadline.due}" if deadline.approximate else deadline.due.isoformat()
    assert shown in text
    data = sample_data("retail_platform.yaml")
    data["transfers"][2].pop("contract_effective_on")
    assert "contract_effective_on" in all_text(report_for(data, dt.date(2025, 12, 1), "en"))


def test_standard_contract_not_yet_in_force_says_so() -> None:
    data = sample_data("example.yaml")
    data["transfers"][0]["volumes"] = [{"year": 2022, "individuals": 5000}]
    # before 2022-11-04 no certification either (issue 13 item 5)
    early = all_text(report_for(data, dt.date(2022, 10, 1), "en"))
    assert "Neither the Standard Contract Measures" in early and "2022-11-04" in early
    r = report_for(data, dt.date(2022, 12, 1), "en")
    assert "Standard Contract Measures are not in force" in all_text(r)
    assert "certification is the available mechanism" in all_text(r)


def test_focus_points_of_the_standard_contract_pipia() -> None:
    r = report("retail_platform.yaml", "zh")
    focus = [s for s in r.sections if "标准合同路径的重点评估内容" in s.title]
    assert len(focus) == 1
    table = next(b for b in focus[0].blocks if isinstance(b, Table))
    assert len(table.rows) == len(load_scc_filing().focus_points.items)
    assert all(isinstance(row[2][0], Fill) for row in table.rows)


def test_no_pipia_trigger_is_stated_plainly() -> None:
    data = {"handler": {"name": "Quiet Co.", "individuals_processed": 10}}
    r = report_for(data, dt.date(2025, 1, 1), "en")
    text = all_text(r)
    assert "this assessment is voluntary" in text
    assert "states no provision of personal information outside China" in text


def _engine_phrases(name: str, day: dt.date) -> list[str]:
    profile, _ = assessed(name)
    result = evaluate(profile, day)
    out = [o.due for o in result.obligations if o.due]
    for t in result.transfers:
        out += [*t.reasons, t.volumes.window]
        out += [d.what for d in t.deadlines] + [d.rule for d in t.deadlines]
    return out


@pytest.mark.parametrize(
    "day",
    [
        dt.date(2021, 12, 1),
        dt.date(2022, 10, 1),
        dt.date(2023, 7, 1),
        dt.date(2024, 3, 21),
        dt.date(2024, 3, 22),
        dt.date(2025, 12, 1),
    ],
)
def test_chinese_report_translates_every_engine_phrase(day: dt.date) -> None:
    zh = load_labels("zh")
    missing = [p for name in SAMPLE_DATES for p in _engine_phrases(name, day) if not zh.knows(p)]
    assert not missing, f"add these engine phrases to labels/zh.yaml: {missing}"


def test_translated_phrases_keep_numbers_and_dates() -> None:
    zh = load_labels("zh")
    out = zh.phrase(
        "handler-wide 240,000 individuals' PI and 1,200 individuals' sensitive PI exported "
        "since 1 January of the current year: within the standard contract / certification band"
    )
    assert "240,000" in out and "1,200" in out and "自当年1月1日起累计" in out
    assert not re.search(r"[A-Za-z]{3,}", out)
    assert zh.phrase("something new") == "something new"  # unknown: English kept, not guessed
    assert zh.article("Arts. 5(4), 7, 8") == "第5条第(4)项、第7条、第8条"


def test_checklist_data_cites_known_law_and_sources() -> None:
    kb = load_knowledge_base()
    data = load_scc_filing()
    assert {c.instrument for c in data.citations()} <= set(kb.instruments)
    raw = yaml.safe_load(
        '{"focus_points": {"citation": {"instrument": "nope", "article": "Art. 1", '
        '"verified": true, "sources": ["x"]}, "items": [{"zh": "a", "en": "a"}]}, '
        '"materials": [{"id": "m", "zh": "m", "en": "m", "citations": [{"instrument": "pipl", '
        '"article": "Art. 1", "verified": true, "sources": ["x"]}]}], "steps": [{"id": "s", '
        '"zh": "s", "en": "s", "citations": [{"instrument": "pipl", "article": "Art. 1", '
        '"verified": true, "sources": ["x"]}]}]}'
    )
    with pytest.raises(ChecklistDataError, match="nope"):
        parse_scc_filing(raw, kb)
    raw["focus_points"]["citation"] = {"instrument": "pipl", "article": "Art. 1", "verified": True}
    with pytest.raises(ValueError, match="without a source"):
        parse_scc_filing(raw, kb)


def test_report_refuses_an_assessment_of_another_profile() -> None:
    profile, _ = assessed("example.yaml")
    _, other = assessed("small_exporter.json")
    with pytest.raises(ValueError, match="not made for this profile"):
        build_report(profile, other, "en")


def test_documents_import_only_rules_and_law() -> None:
    import ast
    from importlib import resources

    # piplkit.assess.sheets: the leaf that cleans characters XML files cannot hold (DOCX too)
    allowed = (
        "piplkit.assess.documents",
        "piplkit.assess.rules",
        "piplkit.assess.law",
        "piplkit.assess.sheets",
    )
    root = resources.files("piplkit.assess.documents")
    for entry in root.iterdir():
        if not entry.name.endswith(".py"):
            continue
        tree = ast.parse(entry.read_text("utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            for name in names:
                if name.startswith("piplkit.") or name == "piplkit":
                    assert name == "piplkit" or name.startswith(allowed), (entry.name, name)
