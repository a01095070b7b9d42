# ruff: noqa: E501
"""heldout16 (fixtrack16): a topic heading over reported list entries is a part, parts about
the publisher itself are left out, a comment notice's date, drafts and 附件 files, an
association's 自律规范, a police release's cases, one body under two names (H16-4, H16-6 …
H16-10).

The texts are written for these tests, not copied from the blind set."""

from __future__ import annotations

import io

from piplkit.track import authorities, ingest
from piplkit.track.kinds import classify


def _docx(lines: list[str]) -> bytes:
    """A Word file from lines: "# " title, "## " heading, "- " bullet, "**…**" a bold
    paragraph, else a plain paragraph (python-docx, the tracker's own DOCX library)."""
    from docx import Document

    doc = Document()
    for line in lines:
        if line.startswith("# "):
            doc.add_paragraph(line[2:], style="Title")
        elif line.startswith("## "):
            doc.add_heading(line[3:], level=2)
        elif line.startswith("- "):
            doc.add_paragraph(line[2:], style="List Bullet")
        elif line.startswith("**"):
            doc.add_paragraph().add_run(line.strip("*")).bold = True
        else:
            doc.add_paragraph(line)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


_JIANBAO = [
    "# 合规简报（2025年第21期）",
    "示例证券股份有限公司法律合规部　2025年11月21日　内部资料",
    "## 一、监管动态",
    "- 11月17日，国家金融监督管理总局发布《银行保险机构数据安全管理办法实施细则》，自2026年1月1日起施行。",
    "- 11月18日，中国人民银行发布《金融领域个人信息保护指引》，自发布之日起施行。",
    "## 二、监管处罚",
    "- 11月19日，国家金融监督管理总局浙江监管局对某保险代理公司罚款50万元，原因是其泄露投保人个人信息。",
    "- 11月20日，中国人民银行上海市分行对某支付机构罚款80万元，原因是其未按规定保存客户身份资料。",
    "## 三、公司合规要求",
    "- 运营管理部应于2026年1月31日前按照《金融领域个人信息保护指引》完成客户授权流程改造。",
    "## 四、团队动态",
    "- 11月18日，法律合规部组织开展数据安全专题培训，共80人参加。",
    "免责声明：本简报仅供内部参考，不构成法律意见。",
]


def test_a_topic_heading_over_reported_entries_is_a_part_in_a_word_list() -> None:
    _, devs = ingest(_docx(_JIANBAO), "jianbao.docx")
    titles = [d.title for d in devs]
    assert "监管处罚" not in titles
    assert any(t.startswith("11月19日，国家金融监督管理总局浙江监管局") for t in titles)
    assert any(t.startswith("11月20日，中国人民银行上海市分行") for t in titles)


def test_the_companys_own_tasks_and_team_news_are_no_developments() -> None:
    doc, devs = ingest(_docx(_JIANBAO), "jianbao.docx")
    assert len(devs) == 4  # two rules, two fines
    assert not any("运营管理部" in d.title or "培训" in d.title for d in devs)
    reasons = {s.text: s.reason for s in doc.skipped}
    assert reasons["团队动态"].startswith("the publisher's own news")
    assert reasons["公司合规要求"].startswith("the team's own matters")


def test_control_a_government_bulletins_department_news_stays_developments() -> None:
    lines = [
        "# 数据安全工作简报（2025年第9期）",
        "示例市数据安全工作协调小组办公室　2025年11月21日",
        "## 一、监管动态",
        "- 11月17日，示例市互联网信息办公室发布《示例市公共数据安全管理办法》，自2026年1月1日起施行。",
        "- 11月18日，示例市公安局通报3起侵犯公民个人信息案件。",
        "## 二、部门动态",
        "- 11月19日，示例市市场监督管理局对某连锁药店罚款20万元，原因是其违规收集顾客人脸信息。",
    ]
    _, devs = ingest(_docx(lines), "gov.docx")
    assert any(d.title.startswith("11月19日，示例市市场监督管理局") for d in devs)


_BULLETIN = [
    "# Data Protection Bulletin, November 2025",
    "Acme Bank Legal Department | Internal | 20 November 2025",
    "Dear colleagues, here is what happened in Chinese data regulation this month.",
    "## Regulatory developments",
    "**NFRA issues data security rules for banks**",
    "On 12 November 2025, the National Financial Regulatory Administration issued the Measures for Data Security Management of Banking Institutions, which take effect on 1 March 2026.",
    "**PBOC publishes draft guidelines on payment data**",
    "On 14 November 2025, the People's Bank of China published draft guidelines on the protection of payment data for public comment.",
    "## Enforcement",
    "**Beijing regulator fines insurer**",
    "On 17 November 2025, the Beijing Municipal Internet Information Office fined an insurer RMB 600,000 for sharing policyholders' data with a marketing agency.",
    "## What this means for Acme Bank",
    "Our payment business will update its data inventory before the March deadline, starting on 1 December.",
    "## Legal Team news",
    "Our new head of privacy joined the Beijing office on 3 November 2025.",
]


def test_own_commentary_and_own_news_parts_are_no_developments() -> None:
    doc, devs = ingest(_docx(_BULLETIN), "bulletin.docx")
    assert [d.title for d in devs] == [
        "NFRA issues data security rules for banks",
        "PBOC publishes draft guidelines on payment data",
        "Beijing regulator fines insurer",
    ]
    reasons = {s.text: s.reason for s in doc.skipped}
    assert reasons["Legal Team news"].startswith("the publisher's own news")


_YUEBAO = """# 个人信息保护月报（2025年第10期）

示例律师事务所　2025年11月6日

## 一、立法动态

### （一）《个人信息出境认证办法》公布

10月17日，国家互联网信息办公室、国家市场监督管理总局公布《个人信息出境认证办法》，自2026年1月1日起施行。

### （二）国家数据局就《数据流通安全管理办法（征求意见稿）》公开征求意见

10月22日，国家数据局发布《数据流通安全管理办法（征求意见稿）》，向社会公开征求意见。

## 二、执法动态

### （三）浙江省网信办对某电商平台作出行政处罚

10月28日，浙江省互联网信息办公室对某电商平台罚款60万元，原因是其未履行个人信息保护义务。

### （四）工业和信息化部通报21款侵害用户权益的APP

10月30日，工业和信息化部通报21款违规收集个人信息的APP，要求相关企业限期整改。

## 三、律师提示

修改后的《中华人民共和国网络安全法》将于2026年1月1日起施行，《个人信息出境认证办法》亦将于同日起施行。建议企业尽快评估数据出境路径。
"""


def test_a_lawyers_advice_part_after_the_developments_is_no_development() -> None:
    _, devs = ingest(_YUEBAO, "yuebao.md")
    assert len(devs) == 4
    assert not any(d.title.startswith("修改后的") for d in devs)


_ZHENGQIU = """<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>关于征求《公共场所图像采集个人信息保护规范》等2项地方标准（征求意见稿）意见的通知_示例省市场监督管理局</title></head><body>
<header><nav><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/tzgg">通知公告</a></li><li><a href="/hdjl">互动交流</a></li></ul></nav><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/tzgg">通知公告</a></div></header>
<div class="content">
<h1>关于征求《公共场所图像采集个人信息保护规范》等2项地方标准（征求意见稿）意见的通知</h1>
<p class="info">发布日期：2025-11-14　　浏览量：806</p>
<p>各有关单位：</p>
<p>根据地方标准制修订计划，我局组织起草了《公共场所图像采集个人信息保护规范》等2项地方标准征求意见稿，现向社会公开征求意见。请于2026年1月15日前将意见反馈至邮箱。</p>
<table>
<tr><th>序号</th><th>标准名称</th><th>附件</th></tr>
<tr><td>1</td><td>公共场所图像采集个人信息保护规范</td><td><a href="https://scjg.example.gov.cn/files/2025-11-14/tuxiang.pdf">征求意见稿</a></td></tr>
<tr><td>2</td><td>智慧社区个人信息处理安全要求</td><td><a href="https://scjg.example.gov.cn/files/2025-11-14/shequ.pdf">征求意见稿</a></td></tr>
</table>
<p class="sign">示例省市场监督管理局</p>
<p class="sign">2025年11月14日</p>
</div>
<div class="tools"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>
<div class="pn"><p>上一条：<a href="/tzgg/1.html">关于开展2025年计量宣传活动的通知</a></p><p>下一条：<a href="/tzgg/2.html">关于公布第三批标准化试点项目的通知</a></p></div>
<footer><p>主办：示例省市场监督管理局　ICP备案号：示例</p></footer>
</body></html>
"""


def test_a_comment_notice_is_dated_by_its_publication_with_its_drafts_and_files() -> None:
    _, devs = ingest(_ZHENGQIU, "zhengqiu.html")
    assert len(devs) == 1
    dev = devs[0]
    assert dev.date == "2025-11-14"  # not the 2026-01-15 deadline
    assert [(m.name, m.stage) for m in dev.instruments] == [
        ("公共场所图像采集个人信息保护规范", "draft"),
        ("智慧社区个人信息处理安全要求", "draft"),
    ]
    assert dev.sources == [
        "https://scjg.example.gov.cn/files/2025-11-14/tuxiang.pdf",
        "https://scjg.example.gov.cn/files/2025-11-14/shequ.pdf",
    ]


def test_an_associations_self_regulatory_rules_in_title_marks_are_industry() -> None:
    text = "11月3日，中国银行业协会发布《银行业客户信息保护自律规范》，自发布之日起施行。"
    assert classify(text, text, None) == "industry"


def test_control_a_regulators_rules_in_title_marks_stay_legislation() -> None:
    text = "11月3日，国家金融监督管理总局发布《银行业客户信息保护管理规则》，自发布之日起施行。"
    assert classify(text, text, None) == "legislation"


def test_a_supervisory_measure_is_enforcement_and_a_branch_keeps_its_national_prefix() -> None:
    text = "11月19日，中国证监会深圳监管局对某证券公司采取责令改正的行政监管措施，原因是其未落实客户信息查询留痕要求。"
    assert classify(text, text, None) == "enforcement"
    assert authorities.extract(text, [], {}) == ["中国证监会深圳监管局"]


_RELEASE = """<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>示例省公安厅发布4起打击侵犯公民个人信息犯罪典型案例</title></head><body>
<header><nav><ul><li><a href="/">首页</a></li><li><a href="/jwzx">警务资讯</a></li><li><a href="/bsfw">办事服务</a></li></ul></nav></header>
<div class="article">
<h1>示例省公安厅发布4起打击侵犯公民个人信息犯罪典型案例</h1>
<p>发布时间：2025-11-25　来源：示例省公安厅</p>
<p>今年以来，全省公安机关共侦办侵犯公民个人信息刑事案件420余起。现发布4起典型案例。</p>
<p>一、某房产中介员工出售业主信息案</p>
<p>2025年4月，甲市公安局乙区分局侦破一起出售业主信息案，抓获犯罪嫌疑人4名。目前，该案已移送检察机关审查起诉。</p>
<p>二、某医院职工窃取患者信息案</p>
<p>2025年6月，丙市公安局侦破一起窃取患者信息案，抓获犯罪嫌疑人2名。经查，犯罪嫌疑人利用职务便利导出患者就诊记录8万余条出售牟利。经审理，法院以侵犯公民个人信息罪判处被告人有期徒刑三年。</p>
<p>三、某App违规收集人脸信息案</p>
<p>2025年8月，丁市公安局在检查中发现某App违规收集人脸信息，依法对其运营者罚款20万元。</p>
<p>四、某快递网点泄露面单信息案</p>
<p>2025年9月，戊市公安局侦破一起泄露快递面单信息案，抓获犯罪嫌疑人5名。目前，案件正在进一步侦办中。</p>
<p>公安机关提示：发现个人信息被泄露的，请及时报警。</p>
</div>
<footer><p>主办：示例省公安厅</p></footer>
</body></html>
"""


def test_a_police_release_of_cases_is_enforcement_even_where_a_court_sentenced() -> None:
    _, devs = ingest(_RELEASE, "anli.html")
    assert len(devs) == 4
    assert [d.kind for d in devs] == ["enforcement"] * 4


_COURT_RELEASE = """<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>示例市中级人民法院发布3起个人信息保护典型案例</title></head><body>
<header><nav><ul><li><a href="/">首页</a></li><li><a href="/spdt">审判动态</a></li></ul></nav></header>
<div class="article">
<h1>示例市中级人民法院发布3起个人信息保护典型案例</h1>
<p>发布时间：2025-11-26　来源：示例市中级人民法院</p>
<p>为进一步加强个人信息司法保护，现发布3起典型案例。</p>
<p>一、某物业公司强制人脸识别案</p>
<p>2025年5月，甲区人民法院审结一起人脸信息纠纷案，判决物业公司删除原告的人脸信息并赔偿损失3000元。</p>
<p>二、某App超范围收集通讯录案</p>
<p>2025年7月，乙区人民法院判决某科技公司停止收集原告通讯录信息，并赔礼道歉。</p>
<p>三、某网信部门行政处罚案</p>
<p>2025年9月，本院审结一起行政诉讼案，维持某区网信办对某公司罚款10万元的行政处罚决定。</p>
</div>
<footer><p>主办：示例市中级人民法院</p></footer>
</body></html>
"""


def test_a_courts_release_of_cases_is_judicial_even_for_a_fine_it_upheld() -> None:
    _, devs = ingest(_COURT_RELEASE, "court.html")
    assert len(devs) == 3
    assert all(d.kind == "judicial" for d in devs)


_TRACKER = """# 外规跟踪

| 日期 | 发布机构 | 外规动态 | 状态 |
| --- | --- | --- | --- |
| 2025-11-12 | 示例市市场监督管理局 | 示例市市场监管局对某美容连锁机构罚款18万元，原因是其强制顾客录入指纹信息。 | 已处罚 |
| 2025-11-20 | 浙江省互联网信息办公室 | 浙江省网信办对某在线旅游平台罚款40万元，原因是其超范围收集行程信息。 | 已处罚 |
"""


def test_a_bodys_short_and_full_names_are_one_authority() -> None:
    _, devs = ingest(_TRACKER, "tracker.md")
    assert [d.authorities for d in devs] == [["示例市市场监督管理局"], ["浙江省互联网信息办公室"]]


def test_control_two_bodies_in_a_row_stay_two() -> None:
    row = "| 2025-11-25 | 示例市公安局 | 示例市公安局会同示例市市场监管局查处一起非法出售人脸信息案。 | 已查处 |\n"
    _, devs = ingest(_TRACKER + row, "tracker.md")
    assert devs[-1].authorities == ["示例市公安局", "示例市市场监管局"]
