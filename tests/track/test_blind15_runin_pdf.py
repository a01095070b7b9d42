"""heldout15 (fixtrack15): a PDF bulletin's 【标题】 run-ins set in the body's own weight are
headlines, and the issue's "…年…月…日出版" line dates its year-less days (H15-8).

The bulletin is written for these tests (another association, other events), not copied from
the blind set's 会刊."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from piplkit.track import ingest
from piplkit.track.pagedate import meta_field

BULLETIN = """\
# 华东个人信息保护联盟简报·监管速览
2025年第4期（总第19期） 2025年9月22日出版 责任编辑：钱示例
本期内容为测试编写的示例，联盟、企业及处罚均为虚构。
## 监管速览
【市网信办约谈两家外卖平台】9月3日，杭州市互联网信息办公室约谈两家外卖平台，要求其在10日内完成骑手位置信息的整改。
【省市场监管局通报快递面单泄露】9月9日，浙江省市场监督管理局通报一起快递面单信息泄露案件，对涉事企业罚款6万元。
【联盟发布人脸识别应用倡议】9月15日，联盟理事会审议通过《成员单位人脸识别应用自律倡议》，自2025年10月1日起施行。
"""


def _build_pdf(spec: str, path: Path) -> None:
    pytest.importorskip("reportlab")
    here = Path(__file__).resolve().parents[1] / "data" / "track" / "make_docs.py"
    loader = importlib.util.spec_from_file_location("make_docs_fixtrack15", here)
    assert loader is not None and loader.loader is not None
    module = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(module)
    module.build_pdf(spec, path, "华东个人信息保护联盟 · 简报")


def test_plain_weight_bracket_run_ins_are_the_headlines(tmp_path: Path) -> None:
    path = tmp_path / "jianbao.pdf"
    _build_pdf(BULLETIN, path)
    _, devs = ingest(path.read_bytes(), path.name)
    assert [d.title for d in devs] == [
        "市网信办约谈两家外卖平台",
        "省市场监管局通报快递面单泄露",
        "联盟发布人脸识别应用倡议",
    ]


def test_the_print_date_dates_the_year_less_days(tmp_path: Path) -> None:
    path = tmp_path / "jianbao.pdf"
    _build_pdf(BULLETIN, path)
    _, devs = ingest(path.read_bytes(), path.name)
    assert [d.date for d in devs] == ["2025-09-03", "2025-09-09", "2025-09-15"]


def test_a_date_before_chu_ban_is_the_issues_own() -> None:
    line = "2025年第4期（总第19期） 2025年9月22日出版 责任编辑：钱示例"
    start = line.index("2025年9月")
    assert meta_field(line, start, start + len("2025年9月22日"))


def test_control_an_event_verb_after_a_date_is_no_print_date() -> None:
    line = "省网信办于2025年9月22日印发《实施细则》，自10月1日起施行"
    start = line.index("2025年9月")
    assert not meta_field(line, start, start + len("2025年9月22日"))
