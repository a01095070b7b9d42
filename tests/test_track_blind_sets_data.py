"""The blind tracker sets (heldout6 onward) are well formed, without running the tracker on them.

Each of these sets was written and labelled blind (see docs/track.md, "heldout6" and after): its
documents and gold had to be committed before the tracker first ran on them, so these checks stay
outside ``tests/track`` and never import the tracker. They guard what a labeller can get wrong by
hand: a document that does not open, a gold line with a field the scorer would misread (a date
that is not ISO, a kind or stage outside the vocabularies of docs/track.md), a title or source
that is not in its document, a manifest that misses a file, and shipped DOCX/PDF files that no
longer match their generator. One module serves every set; a new set adds one ``BlindSet`` row.
"""

from __future__ import annotations

import importlib.util
import io
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

DATA = Path(__file__).resolve().parent / "data" / "track"
DOCS = DATA / "docs"
GOLD = DATA / "gold"
# The field vocabularies of docs/track.md ("Ingest", the output table and the stages paragraph).
KINDS = {"legislation", "enforcement", "judicial", "industry", "other"}
STAGES = {"draft", "adopted", "in_force", "plan", "other"}
FIELDS = {
    "title",
    "date",
    "authorities",
    "instruments",
    "kind",
    "penalty_cny",
    "footnotes",
    "summary",
    "sources",
}
ISO = re.compile(r"^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$")
FORMATS = {".txt": "text", ".md": "markdown", ".html": "html", ".pdf": "pdf", ".docx": "docx"}


@dataclass(frozen=True)
class BlindSet:
    """What one blind set promised: its size floors and the phrases its files must keep."""

    name: str  # the manifest's set name, e.g. "heldout8"
    prefix: str  # its file prefix, e.g. "blind8"
    min_items: int
    min_layouts: int
    min_pdfs: int
    # (file, phrases): text a file must keep (in a PDF's or DOCX's text layer too) because the
    # set tests it.
    kept: tuple[tuple[str, tuple[str, ...]], ...]

    def files(self) -> list[Path]:
        return sorted(DOCS.glob(f"{self.prefix}_*"))

    def gold_files(self) -> list[Path]:
        return sorted(GOLD.glob(f"{self.prefix}_*.jsonl"))


SETS = (
    # A Chinese PDF whose characters must survive in the text layer.
    BlindSet("heldout6", "blind6", 40, 1, 2, (("blind6_zhoubao_zh_2025_12.pdf", ("执法动态",)),)),
    # A Date | Event table that reports no development.
    BlindSet("heldout7", "blind7", 45, 7, 1, (("blind7_dlu_2025_12.pdf", ("Key dates",)),)),
    # Risk factors (a statutory maximum) and forward-looking statements: sections that name laws
    # and fines but report no development.
    BlindSet(
        "heldout8",
        "blind8",
        45,
        7,
        1,
        (("blind8_annual_2025_12.pdf", ("Risk factors", "Forward-looking statements")),),
    ),
    # The work report's outlook and the Japanese alert's advice name instruments and dates but
    # report no development; two documents are in traditional Chinese.
    BlindSet(
        "heldout9",
        "blind9",
        45,
        7,
        1,
        (
            ("blind9_gongzuo_zh_2025_12.pdf", ("2026年工作安排",)),
            ("blind9_jpalert_en_2025_11.docx", ("Points to Note for Japanese Companies",)),
            ("blind9_hk_zhtw_2025_11.docx", ("個人信息",)),
            ("blind9_tw_dianzibao_2025_11.txt", ("個人信息",)),
        ),
    ),
    # Advice (Key Takeaways, Recommended Actions), a press conference's questions and plans, and
    # a Jira epic and task name instruments or dates but report no development; the Macau e-mail
    # is in traditional Chinese, the Korean alert mixes Hangul and Chinese.
    BlindSet(
        "heldout10",
        "blind10",
        45,
        7,
        1,
        (
            ("blind10_kralert_en_2025_12.docx", ("Key Takeaways for Korean Companies", "한빛")),
            ("blind10_memo_en_2025_12.docx", ("Recommended Actions",)),
            ("blind10_caipan_zh_2025_12.pdf", ("裁判日期",)),
            ("blind10_mailchimp_zhtw_2025_12.html", ("個人信息",)),
        ),
    ),
    # A 政务公开 page's statistics table, a wiki's changelog table, a bilingual table of upcoming
    # dates and a German alert's recommendations name dates or instruments but report no
    # development; the wiki and the chamber brief are in traditional Chinese, the Japanese-English
    # table mixes scripts.
    BlindSet(
        "heldout11",
        "blind11",
        45,
        7,
        1,
        (
            ("blind11_dealert_en_2025_12.pdf", ("Practical Recommendations", "Dezember")),
            ("blind11_chamber_zhtw_2025_12.docx", ("個人信息", "政策回顧")),
            ("blind11_chufa_zh_2025_12.html", ("政府信息公开申请办理情况",)),
            ("blind11_wiki_zhtw_2025_12.md", ("頁面修訂紀錄",)),
            ("blind11_jpbilingual_en_2025_12.txt", ("今後の予定",)),
        ),
    ),
    # A broker's investment view and risk warnings, a journal's research articles, a Q&A alert's
    # advice, an association's signing form and a company's own announcement name instruments,
    # dates or fines but report no development of their own; the Telegram export and the e-paper
    # page are in traditional Chinese, the awesome list mixes Chinese and English.
    BlindSet(
        "heldout12",
        "blind12",
        45,
        7,
        3,
        (
            ("blind12_yanbao_zh_2025_12.pdf", ("投资建议", "风险提示", "表1")),
            ("blind12_journal_en_2025_12.pdf", ("Recent Developments", "Articles")),
            ("blind12_qa_en_2025_12.docx", ("What should we do now?", "Q: What happened?")),
            ("blind12_zilv_zh_2025_12.pdf", ("签署回执",)),
            ("blind12_gonggao_zh_2025_12.docx", ("重要内容提示", "证券代码")),
            ("blind12_telegram_zhtw_2025_12.html", ("頻道說明", "個人信息")),
            ("blind12_baozhi_zhtw_2025_12.html", ("個人信息", "本版新聞")),
        ),
    ),
    # A course's framework refresher and ethics segment, a programme's fireside chat and sponsored
    # break, a LegCo paper's background and next steps, a gazette's correction and unrelated
    # dispatch, a judgment's operative part and a vote's nominee list name laws, dates or amounts
    # but report no development; the LegCo paper and the Macau gazette are in traditional Chinese
    # (the gazette mixed with Portuguese).
    BlindSet(
        "heldout13",
        "blind13",
        45,
        7,
        2,
        (
            ("blind13_course_en_2025_12.pdf", ("Framework refresher", "Ethics segment")),
            ("blind13_agenda_en_2025_12.docx", ("Fireside chat", "Networking break")),
            ("blind13_legco_zhhk_2025_12.docx", ("個人資料", "下一步工作")),
            ("blind13_gongbao_zhmo_2025_12.txt", ("SUMÁRIO", "更正", "個人資料")),
            ("blind13_panjue_zh_2025_11.pdf", ("本院认为", "判决如下")),
            ("blind13_shida_zh_2025_12.md", ("提名未入选事件", "投票数据")),
            ("blind13_zhihu_zh_2025_12.html", ("相关问题",)),
        ),
    ),
    # The mainstream: a newsletter's contents and further reading, an alert's advice, an internal
    # bulletin's own reminders, a quarterly review's key-dates table, a 周报's 下周关注 and tips,
    # a wiki's to-do list and a bilingual flash's English paragraphs name laws, dates or amounts
    # but report no further development.
    BlindSet(
        "heldout14",
        "blind14",
        43,
        8,
        3,
        (
            ("blind14_update_en_2025_12.html", ("In this issue", "Further reading")),
            ("blind14_alert_en_2025_10.pdf", ("What you should do now", "Related publications")),
            ("blind14_bulletin_en_2025_11.docx", ("Internal reminders", "What it means for us")),
            ("blind14_quarterly_en_2025_12.pdf", ("Key dates", "Executive summary")),
            ("blind14_zhoubao_zh_2025_12.pdf", ("下周关注", "合规小贴士")),
            ("blind14_wiki_zh_2025_12.md", ("待跟进事项",)),
            ("blind14_kuaixun_zh_2025_11.docx", ("Bundled Consent", "bundled consent")),
        ),
    ),
    # The mainstream again, from ten other publishers: a 通报's app table, a news page's comments,
    # a 公示 page's intro, a column's 记者观察, a monthly summary's totals, a digest's own
    # tasks, a bank's own columns, a 会刊's 导读, a trade article's outlook and a blog's watch list
    # name laws, bodies, dates or amounts but report no further development.
    BlindSet(
        "heldout15",
        "blind15",
        43,
        7,
        2,
        (
            ("blind15_tongbao_zh_2025_12.html", ("所涉问题", "12月19日前")),
            ("blind15_news_en_2025_12.html", ("Related stories", "five million")),
            ("blind15_chufa_zh_2025_12.html", ("违法行为类型", "没收违法所得")),
            ("blind15_zhuanlan_zh_2025_12.txt", ("记者观察", "相关报道")),
            ("blind15_zhifa_zh_2026_01.pdf", ("总体情况", "下一步工作")),
            ("blind15_digest_en_2025_12.txt", ("What we need from you",)),
            ("blind15_jianguan_zh_2025_12.docx", ("我行落实要求", "对我行的影响")),
            ("blind15_huikan_zh_2025_12.pdf", ("本栏导读", "活动预告")),
            ("blind15_tradepress_en_2025_12.md", ("Sponsored", "What's next")),
            ("blind15_blog_en_2026_01.md", ("What I'm watching in January",)),
        ),
    ),
    # A third mainstream set: a digest's sponsored box and job ads, a vendor's own product notes,
    # a round-up's key-dates table, a bulletin's own reminders, a letter's diary dates, a police
    # release's preamble totals, a 月报's 律师提示, a 周报's own tasks and training, a notice's
    # comment deadline and a team page's to-do list name laws, dates or amounts but report no
    # further development.
    BlindSet(
        "heldout16",
        "blind16",
        45,
        8,
        2,
        (
            ("blind16_digest_en_2025_12.html", ("Sponsored content", "Privacy jobs")),
            (
                "blind16_vendor_en_2025_12.txt",
                ("WHAT'S NEW IN EXAMPLE COMPLY", "UPCOMING DEADLINES"),
            ),
            ("blind16_review_en_2025_12.pdf", ("Key dates for 2026", "up to RMB 10 million")),
            ("blind16_privacy_en_2025_12.docx", ("Privacy Office news", "Reminders")),
            ("blind16_substack_en_2025_12.md", ("Dates for your diary", "My take:")),
            ("blind16_anli_zh_2025_12.html", ("典型案例", "公安机关提示")),
            ("blind16_yuebao_zh_2025_12.pdf", ("律师提示", "卷首语")),
            ("blind16_zhoubao_zh_2025_12.docx", ("公司合规提示", "部门动态")),
            ("blind16_biaozhun_zh_2025_12.html", ("征求意见稿及编制说明", "2026年2月1日")),
            ("blind16_yuque_zh_2025_12.md", ("待办", "对业务影响")),
        ),
    ),
    # A fourth mainstream set: a page's Key takeaways and country tabs, a team post's own tasks
    # and replies, a newsletter's dates to watch, a chamber's member request, a client report's
    # outlook that opens with a date, a Q&A's related links, a 观察's advice, a 简报's outlook, a
    # court release's preamble and an association's annexed notice name laws, dates or amounts
    # but report no further development.
    BlindSet(
        "heldout17",
        "blind17",
        42,
        8,
        2,
        (
            ("blind17_chinaupdate_en_2025_12.html", ("Key takeaways", "Hong Kong SAR")),
            ("blind17_teams_en_2025_12.md", ("What this means for us", "RMB 1 million")),
            ("blind17_newsletter_en_2025_12.txt", ("DATES TO WATCH", "IN THIS ISSUE")),
            ("blind17_chamber_en_2025_12.pdf", ("Member input requested", "Chamber view:")),
            (
                "blind17_clientreport_en_2025_12.docx",
                ("Outlook for January 2026", "Recommendations for Example Retail"),
            ),
            ("blind17_dawen_zh_2025_12.html", ("相关链接", "答记者问")),
            ("blind17_guancha_zh_2025_12.pdf", ("要点速览", "我们的建议")),
            ("blind17_jianbao_zh_2025_12.docx", ("对企业的影响", "近期关注")),
            ("blind17_fayuan_zh_2025_12.md", ("裁判结果", "公益损害赔偿金")),
            ("blind17_zhuanfa_zh_2025_12.txt", ("关于转发", "自查情况表")),
        ),
    ),
    # A fifth mainstream set: a bulletin's regional links, an alert's headline list, a changelog's
    # fixes, a horizon scan's legend and actions, a monitor's dated outlook, a news page's photo
    # caption, a 月报's statistics table, a 周报's own event, a release's preamble and a 公告's
    # 名单 table name bodies, laws, dates or amounts but report no further development.
    BlindSet(
        "heldout18",
        "blind18",
        41,
        7,
        2,
        (
            ("blind18_bulletin_en_2025_12.html", ("Across Asia Pacific", "Our view")),
            ("blind18_alert_en_2025_12.txt", ("TODAY'S HEADLINES", "Full story:")),
            ("blind18_changelog_en_2025_12.md", ("### Fixed", "[Unreleased]")),
            ("blind18_horizon_en_2025_12.docx", ("RAG legend", "Business owner")),
            ("blind18_enforcement_en_2026_01.pdf", ("What to expect in January", "Methodology")),
            ("blind18_xinwen_zh_2025_12.html", ("相关阅读", "图为")),
            ("blind18_yuebao_zh_2025_12.pdf", ("监管处罚统计", "没收违法所得")),
            ("blind18_zhoubao_zh_2025_12.txt", ("【学术动态】", "【下期预告】")),
            ("blind18_anli_zh_2025_12.docx", ("基本案情", "市场监管部门提示")),
            ("blind18_gonggao_zh_2025_12.md", ("获证组织", "往期推荐")),
        ),
    ),
    # A sixth mainstream set: a year in review's outlook, a post's comments (the author's own reply
    # among them), show notes' chapter list and mailbag, a newsletter's firm news, a release's
    # sidebar, a 十大事件 post's outlook, a 汇编's table of background law, a 标准公告's rows on
    # chargers and cold chains, a 通报's statistics and a database export's related-law list name
    # bodies, laws, dates or amounts but report no further development.
    BlindSet(
        "heldout19",
        "blind19",
        43,
        6,
        2,
        (
            ("blind19_review_en_2026_01.pdf", ("Looking ahead: 2026", "2025 at a glance")),
            ("blind19_linkedin_en_2025_12.txt", ("Most relevant", "Load more comments")),
            ("blind19_podcast_en_2025_12.md", ("## Chapters", "Listener question")),
            ("blind19_legalupdate_en_2025_12.docx", ("Firm News", "Effective date:")),
            ("blind19_spc_en_2025_12.html", ("Most Read", "Procuratorial Committee")),
            ("blind19_pandian_zh_2026_01.md", ("入选理由", "展望2026")),
            ("blind19_huibian_zh_2025_12.docx", ("相关上位法", "现行有效")),
            ("blind19_biaozhun_zh_2025_11.pdf", ("冷链物流分类与基本要求", "代替标准号")),
            ("blind19_chujing_zh_2026_01.html", ("不予通过", "上一篇")),
            ("blind19_quanwen_zh_2025_12.txt", ("【相关法规】", "【时效性】")),
        ),
    ),
)
SET_IDS = [s.name for s in SETS]
DOCUMENTS = [(s, p) for s in SETS for p in s.files()]
GOLDS = [(s, p) for s in SETS for p in s.gold_files()]


def _docx_text(data: bytes) -> str:
    import docx

    doc = docx.Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    for rel in doc.part.rels.values():
        if rel.reltype.endswith("/footnotes"):
            parts += re.findall(r"<w:t[^>]*>([^<]*)</w:t>", rel.target_part.blob.decode("utf-8"))
    return "\n".join(parts)


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def _text(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".docx":
        return _docx_text(data)
    if path.suffix == ".pdf":
        return _pdf_text(data)
    return data.decode("utf-8")


def _squash(text: str) -> str:
    """Text without whitespace or HTML escapes, so a title wrapped over PDF lines still matches."""
    return re.sub(r"\s+", "", text.replace("&amp;", "&").replace("&#39;", "'"))


def _gold(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _manifest(blind: BlindSet) -> dict[str, dict[str, str]]:
    data = yaml.safe_load((DATA / "manifest.yaml").read_text("utf-8"))
    return {k: v for k, v in data["documents"].items() if v.get("set") == blind.name}


@pytest.mark.parametrize("blind", SETS, ids=SET_IDS)
def test_the_set_has_the_size_the_brief_asks_for(blind: BlindSet) -> None:
    manifest = _manifest(blind)
    languages = [entry["language"] for entry in manifest.values()]
    formats = [path.suffix for path in blind.files()]
    assert len(blind.files()) >= 10
    assert languages.count("zh") >= 4 and languages.count("en") >= 4
    assert set(formats) == set(FORMATS) and formats.count(".pdf") >= blind.min_pdfs
    assert len({entry["layout"] for entry in manifest.values()}) >= blind.min_layouts
    assert sum(len(_gold(path)) for path in blind.gold_files()) >= blind.min_items


@pytest.mark.parametrize(("blind", "path"), DOCUMENTS, ids=[p.name for _, p in DOCUMENTS])
def test_document_opens_and_has_text(blind: BlindSet, path: Path) -> None:
    text = _text(path)
    assert len(text) > 300
    # the disclaimer line every document carries (虛構 in traditional-Chinese documents)
    assert "fictional" in text or "虚构" in text or "虛構" in text


@pytest.mark.parametrize("blind", SETS, ids=SET_IDS)
def test_files_keep_what_the_set_tests(blind: BlindSet) -> None:
    for name, phrases in blind.kept:
        text = _text(DOCS / name)
        assert all(phrase in text for phrase in phrases), name


@pytest.mark.parametrize("blind", SETS, ids=SET_IDS)
def test_manifest_covers_every_file_and_gold_file(blind: BlindSet) -> None:
    manifest = _manifest(blind)
    assert sorted(manifest) == [path.name for path in blind.files()]
    assert sorted(Path(name).stem for name in manifest) == [p.stem for p in blind.gold_files()]
    for name, entry in manifest.items():
        assert entry["format"] == FORMATS[Path(name).suffix], name
        assert entry["language"] in {"en", "zh"}, name


@pytest.mark.parametrize(("blind", "path"), GOLDS, ids=[p.name for _, p in GOLDS])
def test_gold_lines_are_valid(blind: BlindSet, path: Path) -> None:
    rows = _gold(path)
    assert rows
    for row in rows:
        assert set(row) == FIELDS, row["title"]
        assert row["title"].strip() and row["summary"].strip()
        assert row["date"] is None or ISO.match(row["date"]), row["date"]
        assert row["kind"] in KINDS
        assert all(isinstance(a, str) and a.strip() for a in row["authorities"])
        assert len(set(row["authorities"])) == len(row["authorities"])
        for instrument in row["instruments"]:
            assert set(instrument) == {"name", "stage", "effective_date"}
            assert instrument["stage"] in STAGES
            effective = instrument["effective_date"]
            assert effective is None or ISO.match(effective), effective
        assert row["penalty_cny"] is None or (
            isinstance(row["penalty_cny"], int) and row["penalty_cny"] > 0
        )
        assert all(isinstance(n, int) for n in row["footnotes"])
        assert all(url.startswith("https://") for url in row["sources"])
    titles = [row["title"] for row in rows]
    assert len(set(titles)) == len(titles)


@pytest.mark.parametrize(("blind", "path"), GOLDS, ids=[p.name for _, p in GOLDS])
def test_gold_titles_and_sources_are_in_their_document(blind: BlindSet, path: Path) -> None:
    (document,) = [p for p in blind.files() if p.stem == path.stem]
    text = _squash(_text(document))
    for row in _gold(path):
        assert _squash(row["title"]) in text, row["title"]
        for url in row["sources"]:
            assert _squash(url) in text, url


def _generator(blind: BlindSet) -> Any:
    name = f"make_docs_{blind.prefix}"
    spec = importlib.util.spec_from_file_location(name, DATA / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(DATA))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(DATA))
    return module


@pytest.mark.parametrize("blind", SETS, ids=SET_IDS)
def test_generator_reproduces_the_shipped_docx_and_pdf(
    blind: BlindSet, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("reportlab")
    pytest.importorskip("docx")
    module = _generator(blind)
    monkeypatch.setattr(module, "DOCS", tmp_path)
    module.main([])
    built = sorted(p.name for p in tmp_path.iterdir())
    assert built == sorted(p.name for p in blind.files() if p.suffix in {".docx", ".pdf"})
    for name in built:
        assert _text(tmp_path / name) == _text(DOCS / name), name
