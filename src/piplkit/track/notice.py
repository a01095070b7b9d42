"""A regulator's single notice (or one news article) is one development, not a list of items.

A notice page (a CAC announcement, a ministry's circular, an order promulgating measures) has a
title such as "国家互联网信息办公室关于发布《…》的公告" or "Notice of … on …", an announcement
paragraph ("现予公布，自2022年9月1日起施行", "hereby issued"), often a signature (issuer, date) and
the text of the instrument it issues (第一条 …, Article 1 …). Its dated paragraphs and numbered
parts are not separate developments. The announcement is the item's body; the instrument's text
is reported as skipped (part of the notice), and the signature or the page's own publication
line gives the date.
"""

from __future__ import annotations

import re
from functools import lru_cache

from piplkit.track import dates, tables
from piplkit.track.authorities import has_authority
from piplkit.track.digesttitle import is_digest_title
from piplkit.track.enforcereport import report_only, reports_enforcement
from piplkit.track.immediate import ON_ISSUE, SELF_EFFECT
from piplkit.track.layout import has_action, is_bare_date, is_body, is_legal_article
from piplkit.track.model import Block, RawItem
from piplkit.track.ownlines import DOC_NUMBER as _DOC_NUMBER
from piplkit.track.textutil import leading

_ZH_TITLE = re.compile(
    r"关于.{2,120}的?(?:公告|通知|通告|决定|意见|批复|函|通报|指导意见|实施意见|答复)"
    r"(?:\s*[(（][^()（）]{1,30}[)）])?$|"
    r"^.{0,40}(?:令|公告|通告)\s*[(（]?\s*(?:(?:19|20)\d{2}\s*年\s*)?第?\s*[〇一二三四五六七八九十百\d]+\s*号\s*[)）]?$|"
    r"《.{2,80}》(?:全文|发布|印发|公布|正式施行)|(?:印发|发布|公布).{0,10}《.{2,80}》的(?:通知|公告)"
)
_EN_TITLE = re.compile(
    r"^(?:(?:Public\s+)?Announcement|Notice|Circular|Decision|Order|Decree|Opinions?)\b.{0,160}\b(?:on|of|regarding|concerning)\b|"
    r"\((?:Order|Decree|Announcement)\s+No\.\s*\d+\)|\bOrder\s+No\.\s*\d+",
    re.I,
)
_CUES = leading(
    r"现予以?(?:公布|发布|印发)|现(?:将|予).{0,30}(?:印发|公布)给你们|特此(?:公告|通知|通告)|请认真(?:贯彻)?(?:执行|落实)|"
    r"请遵照执行|(?:现|特此)予以通报|特此通报|"
    # the rectification a 通报 orders by its deadline ("上述APP应于12月19日前完成整改", H15-1)
    r"(?:应|须|需|请)(?:于|在).{2,16}?(?:前|之前|以内|内)完成整改|经.{0,40}(?:审议|会议|室务会议|部务会议)(?:审议)?通过|自.{4,16}起施行|"
    r"(?:现就|现将).{0,60}通知如下|有关事项通知如下|有关事项公告如下|"
    r"\bhereby\s+(?:issued|promulgated|announced|published|released)\b|\bare\s+hereby\b|"
    r"\bshall\s+(?:come\s+into\s+force|take\s+effect)\b",
    "现特请经自有应须需ahs",
    re.I,
)
#: a regulator's questions and answers on one instrument ("有关负责人就《…》答记者问")
_QA_TITLE = re.compile(
    r"就《.{2,80}》.{0,20}(?:答记者问|答问|问答)$|(?:答记者问|有关问题的解答)$|"
    r"^《.{2,80}》.{0,10}(?:[一二三四五六七八九十百\d]+问[一二三四五六七八九十百\d]*答|问答|答疑)$|"
    r"^(?:Q\s*&\s*A|Questions\s+and\s+Answers)\b.{0,160}\b(?:on|about|regarding)\b",
    re.I,
)
#: an explainer of one instrument ("图解｜一文读懂《…》", "《…》要点解读", "Explainer: the …"):
#: one article on one development, its headings the article's parts (heldout9, fix16p)
_EXPLAINER_TITLE = re.compile(
    r"(?:一文|一图|图解|图说|带你)(?:读懂|看懂|速览|了解|解读)?.{0,6}《.{2,80}》|"
    r"^(?:政策)?解读\s*[｜|:：].{0,20}《.{2,80}》|《.{2,80}》.{0,8}(?:解读|要点|亮点|划重点)$|"
    r"^(?:Explainer|Explained|Understanding|Unpacking|A\s+closer\s+look\s+at)\b[\s:|–—-]",
    re.I,
)
_ENFORCEMENT = re.compile(
    r"处罚|罚款|查处|通报.{0,20}(?:违法|违规|侵害|问题)|(?:违法|违规|侵害|问题).{0,30}通报|约谈|专项整治|专项行动|专项检查|执法检查|"
    r"\bfin(?:e|es|ed)\b|penalt|sanction|punish|enforcement\s+campaign|inspection\s+campaign",
    re.I,
)
_ATTACHMENT = re.compile(
    r"^(?:(?:附件|附表)(?![\u4e00-\u9fff])|(?:Annex|Attachment|Appendix)\b)"
    r"\s*[\d一二三四五六七八九十]*\s*[:：]?",
    re.I,
)
#: a notice that publishes a list of organisations (certified, filed, approved: "关于公布2025年第
#: 四批个人信息保护认证获证组织名单的公告", "…备案信息的公告" is not one): it issues no rule and
#: reports no penalty, as a 通报 of enforcement issues no instrument (heldout18, H18-10)
_ROSTER_TITLE = re.compile(
    r"(?:公布|发布|公示).{0,60}(?:组织|机构|企业|单位|产品|服务)名单|名单的?(?:公告|公示|通告)$|"
    r"\blist\s+of\s+(?:certified|approved|registered|accredited)\s+"
    r"(?:organi[sz]ations|bodies|companies|entities|products)\b",
    re.I,
)
#: the bodies a notice is copied to ("抄送：…", "cc: …"): recipients, not its issuers
#: "关于转发《…的通知》的通知": the notice forwarded, by its name
_FORWARDED = re.compile(r"转发《(?P<name>[^《》]{4,120})》的?(?:通知|函)")
_COPIED = re.compile(r"^(?:抄送|抄报|cc)\s*[:：]", re.I)
_ISSUER_DATE = re.compile(r"^(\S.{1,30}?)\s+((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)$")
#: (in a notice) an English signature joined with its date in plain text ("Shenzhen Municipal
#: Cyberspace Administration 1 December 2025", heldout11, fix16u)
_EN_ISSUER_DATE = re.compile(
    r"^(?=[A-Z])(.{6,80}?)\s+(\d{1,2}\s+[A-Z][a-z]{2,8}\s+(?:19|20)\d{2}|"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d{2})$"
)
#: a translator's note on a notice ("(Unofficial English translation prepared by the …
#: Office. In case of discrepancy, the Chinese version prevails.)", "译者注：…"): no part of the
#: notice, and the office it names is no issuer (heldout11, fix16u)
_TRANSLATION_NOTE = re.compile(
    r"^[(（\[]?\s*(?:(?:Unofficial|Informal|Courtesy|Reference|Machine|Working)\s+)?"
    r"(?:English\s+)?translation\b|^[(（\[]?\s*Translator['’]s\s+note\b|"
    r"^[(（\[]?\s*(?:非官方译文|译者注|译文仅供参考|本译文)",
    re.I,
)
#: the salutation of a notice ("各省、自治区、直辖市通信管理局，各相关企业：", "To all …:")
_ADDRESSEES = re.compile(r"^(?:各|To\s+(?:all|the)\b).{0,200}[:：]$")
_NEWSLETTER_TITLE = leading(
    r"\b(?:monthly|weekly|quarterly|daily)\s+(?:update|review|report|digest|briefing|roundup|bulletin)|"
    r"newsletter|\bbulletin\b|\bdigest\b|round-?up|\bchange-?log\b|\b(?:annual|year\s+in|monthly)\s+review|"
    r"(?:19|20)\d{2}\s+(?:issue|edition)\b|\bissue\s+(?:no\.?\s*)?\d|\bupdate\s*[-–—:|]\s*[A-Z][a-z]+\s+(?:19|20)\d{2}|"
    r"月报|周报|简报|速递|观察|汇编|月刊|周刊|第\s*\d+\s*期|合规动态|监管动态",
    "mwqdnbrcay12iu月周简速观汇第合监",  # (each branch's first character)
    re.I,
)
_META_LINE = re.compile(
    r"^(?:来源|发布时间|发布日期|时间|日期|字号|作者|责任编辑|编辑|浏览次数|Source|Published|Date|Updated|Posted)"
    r"\s*[:：]|【\s*(?:打印|关闭|字号)|"
    r"^[\d\s年月日:./-]{8,24}(?:来源|作者|发布者|Source)\s*[:：]",
    re.I,
)


def issuer_date_line(text: str) -> bool:
    """A line of only an issuer and a date ("江苏省互联网信息办公室 2025年10月15日"): who
    published the document and when, not a headline."""
    joined = _ISSUER_DATE.match(text)
    if joined is None or "《" in joined.group(1) or has_action(joined.group(1)):
        return False  # "国家网信办公布《…》 2025年10月17日": a dated headline, not a signature
    return has_authority(joined.group(1))


@lru_cache(maxsize=1024)
def is_newsletter_title(title: str) -> bool:
    """(Cached: the splitter asks it of one document's title up to five times.)"""
    return bool(_NEWSLETTER_TITLE.search(title)) or is_digest_title(title)


#: at most this many paragraphs under a notice's title make a plain notice (a longer text has
#: parts of its own, read by the splitter)
_PLAIN_PARAGRAPHS = 8


def notice_score(title: str | None, blocks: list[Block]) -> int:
    """How strongly the document reads as one notice: title form, announcement cues, articles."""
    score = 0
    explainer = bool(title and _EXPLAINER_TITLE.search(title))
    qa = bool(title and _QA_TITLE.search(title))
    if title and (_ZH_TITLE.search(title) or _EN_TITLE.search(title) or qa or explainer):
        score += 2
    if title and is_newsletter_title(title):
        score -= 3
    if any(_CUES.search(b.text) for b in blocks[:40]):
        score += 2
    if sum(1 for b in blocks if is_legal_article(b.text)) >= 3:
        score += 1
    if (qa or explainer) and sum(1 for b in blocks if _is_question(b)) >= 2:
        score += 1  # questions and their answers under a Q&A title: one Q&A, not items
    if any(
        b.heading is None and (is_bare_date(b.text) or _zh_bare_date(b.text)) for b in blocks[-3:]
    ):
        score += 1  # a signature date closes the document (a log's date heading does not, H14-9)
    return score


def plain_notice(title: str | None, blocks: list[Block]) -> bool:
    """A notice by its title alone ("关于部分App违规收集使用个人信息情况的通报", "Notice on …")
    whose text is a few plain paragraphs right under it, with no headline, list entry or table:
    one development even without an announcement cue or a signature, since nothing in it could
    start a second item (its paragraphs otherwise read as an introduction, or as items of their
    own)."""
    if not title or not (_ZH_TITLE.search(title) or _EN_TITLE.search(title)):
        return False
    rest = [b for b in blocks if b.text != title]
    if not rest or len(rest) > _PLAIN_PARAGRAPHS or is_newsletter_title(title):
        return False
    if any(b.heading is not None or b.marker is not None or b.cells is not None for b in rest):
        return False
    return any(is_body(b) for b in rest)


def _is_question(block: Block) -> bool:
    """A question heading of a Q&A ("Q1. Why was the standard developed?", "问：…？")."""
    return (
        len(block.text) <= 200
        and block.text.rstrip().endswith(("?", "？"))
        and (block.heading is not None or not is_body(block))
    )


def meta_date(blocks: list[Block]) -> str | None:
    """A publication line's date ("发布时间：2022-07-07 15:30", "来源：… 2022年07月07日", a byline
    "某律所 数据合规团队｜2025年10月24日｜阅读约8分钟" whose date is a field of its own)."""
    for block in blocks[:15]:
        if _META_LINE.search(block.text) or is_bare_date(block.text):
            found = dates.find_dates(block.text)
            if found and found[0].year:
                return found[0].text
        if block.cells is None and (field := dates.field_date(block.text)) is not None:
            return field.text
    return None


#: an industry's own rule (自律公约, 行业公约, 倡议书, self-regulatory convention): issued by no
#: public body, it is industry self-regulation, not legislation (heldout12, H6-11)
_SELF_RULE = re.compile(r"公约|自律|倡议|self-regulat|convention|pledge", re.I)


def notice_item(
    title: str, blocks: list[Block], meta: dict[str, str]
) -> tuple[RawItem, list[tuple[Block, str]]]:
    """The notice as one item, and the blocks left out with their reasons."""
    body: list[str] = []
    left: list[tuple[Block, str]] = []
    signature: str | None = None
    signature_issuer: str | None = None
    legal = on_issue = False
    refs: list[int] = []
    links: list[str] = []
    attachment = False
    rows: list[Block] = []
    for index, block in enumerate(blocks):
        text = block.text
        if block.cells is not None and not attachment:
            rows.append(block)
            continue
        if signature and (attachment or _ATTACHMENT.match(text)):
            attachment = True  # 附件 after the signature: a list or form annexed to the notice
            left.append((block, "attachment of the notice (annexed list or form)"))
            links.extend(u for u in block.links if u not in links)  # its file (H14-4)
            continue
        if block.links == [text]:
            # "【原文链接】https://…" in a database export's fields: the link to the notice's
            # own page, its source (the label, read off the line, names it a field)
            links.extend(u for u in block.links if u not in links)
            left.append((block, "link to the notice's published text (its source)"))
            continue
        if block.links and len(text) <= 200 and _ATTACHMENT.match(text):
            # "附件：《…（征求意见稿）》.pdf" linked: the file of the text the notice issues or
            # opens for comment is the notice's source, as a 草案全文 link is (H12-8, H14-4)
            links.extend(u for u in block.links if u not in links)
            left.append((block, "attachment of the notice (its file is a source)"))
            continue
        if len(text) <= 60 and _DOC_NUMBER.match(text):  # "SZ Cyberspace Notice [2025] No. 18"
            left.append((block, "document number of the notice"))
            continue
        if len(text) <= 300 and _TRANSLATION_NOTE.match(text):
            left.append(
                (block, "translation note (who translated the notice, which text prevails)")
            )
            continue
        if _COPIED.match(text):
            left.append((block, "bodies the notice is copied to (抄送)"))
            continue
        if _ADDRESSEES.match(text):
            left.append((block, "addressees of the notice"))
            continue
        joined = _ISSUER_DATE.match(text) or _EN_ISSUER_DATE.match(text)
        issuer, signed = (joined.group(1), joined.group(2)) if joined else ("", "")
        if joined and has_authority(issuer):  # "工业和信息化部 2025年9月12日" on one line
            signature = signature or signed  # its issuer may be a department
            left.append((block, "signature of the notice (issuer and date)"))
            continue
        if (
            (is_bare_date(text) or _zh_bare_date(text))
            and index
            and len(blocks[index - 1].text) <= 40
        ):
            issuer = blocks[index - 1].text  # the signature: issuer, then date
            if body and body[-1] == issuer:
                body.pop()
            signature_issuer = signature_issuer or issuer
        if _META_LINE.search(text) or (not body and dates.field_date(text)):
            left.append((block, "page metadata line (source, date, font size)"))
            continue
        if is_legal_article(text) or (legal and not is_bare_date(text)):
            legal = True
            on_issue = on_issue or SELF_EFFECT.search(text) is not None  # (immediate)
            left.append((block, "text of the instrument the notice issues (part of the notice)"))
            continue
        if is_bare_date(text) or _zh_bare_date(text):
            signature = signature or text
            left.append((block, "signature date of the notice"))
            continue
        if not is_body(block) and body and len(text) <= 40:
            if _looks_like_instrument_heading(text, body):
                legal = True
                left.append(
                    (block, "text of the instrument the notice issues (part of the notice)")
                )
            else:
                left.append((block, "signature or heading within the notice"))
            continue
        # "本通知自印发之日起施行。" closing the notice's own text: in force from its issue (H8-1)
        on_issue = on_issue or SELF_EFFECT.search(text) is not None
        body.append(text)
        refs.extend(block.refs)
        links.extend(u for u in block.links if u not in links)
    hints: dict[str, str] = {ON_ISSUE: "1"} if on_issue else {}
    date_text = meta_date(blocks) or signature or meta.get("date")
    if date_text:
        hints["date"] = date_text
    # the issuer: the signature line, else the title ("工业和信息化部关于…的通知"); not the
    # addressees, and not a signing official ("主任 庄荣文")
    for named in (signature_issuer, title):
        if named and has_authority(named):
            hints["authority"] = named
            break
    if _ROSTER_TITLE.search(title):
        hints["kind"] = "other"  # a list of certified organisations: no rule, no fine (H18-10)
        if "authority" not in hints and signature_issuer:
            hints["authority"] = signature_issuer  # the body that signs the list, as written
    elif _ZH_TITLE.search(title) or _EN_TITLE.search(title):
        # a normative notice, or one that opens an enforcement campaign or reports penalties
        hints["kind"] = "enforcement" if _ENFORCEMENT.search(title) else "legislation"
        if "authority" not in hints and _SELF_RULE.search(title):
            hints["kind"] = "industry"  # an association's 自律公约, by no public body (H12-10)
        if reports_enforcement(title, " ".join(body)):
            hints["kind"] = "enforcement"  # a 通报 naming apps to rectify makes no rule (issue 16)
        elif report_only(title):
            hints["kind"] = "other"  # a 通报 of statistics or findings: no rule, no fine (H19-9)
        else:
            # a 转发 notice issues nothing of its own: the notice it forwards is the instrument
            # (an association's e-mail forwarding a 网信办's notice, heldout17, H17-10)
            forwarded = _FORWARDED.search(title)
            hints["title_instrument"] = forwarded.group("name") if forwarded else title
    listed = _listed(rows)
    if listed is None:  # not a table of instruments: its rows are text of the notice
        body.extend(row.text for row in rows)
    else:
        reason = "table of the instruments the notice issues (read as its instruments)"
        left.extend((row, reason) for row in rows)
        # each row's linked file (a 附件 column: the draft's text) is a source (H14-4, H16-9)
        links.extend(u for row in rows[1:] for u in row.links if u not in links)
    item = RawItem(title, body or [title], None, None, refs, links, 0, hints=hints)
    item.listed = listed or []
    return item, left


def _listed(rows: list[Block]) -> list[tuple[str, str]] | None:
    """(title, date of effect) of each row of a table that lists instruments by name (标准名称,
    文件名称 … with 实施日期 or another known column); None for any other table."""
    if len(rows) < 2 or not rows[0].header:
        return None
    roles = tables.header_roles(rows[0].cells or [])
    if roles is None or "title" not in roles:
        return None
    out = []
    for row in rows[1:]:
        values = {r: c for r, c in zip(roles, row.cells or [], strict=False) if r and c}
        if values.get("title"):
            out.append((values["title"].strip("《》 "), values.get("effective", "")))
    return out


def _zh_bare_date(text: str) -> bool:
    return len(text) <= 16 and bool(
        re.fullmatch(
            r"[\d〇零一二三四五六七八九十]{4}年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日",
            text.strip(),
        )
    )


def _looks_like_instrument_heading(text: str, body: list[str]) -> bool:
    """A heading that repeats the title of the instrument named in the announcement."""
    plain = text.strip("《》 ")
    return any(f"《{plain}》" in para or plain in para for para in body) and len(plain) >= 4
