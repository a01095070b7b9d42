"""An instrument in force from the development's own date, said in its sentence.

"… which took effect on the day of publication", "自公布之日起施行": the instrument is in force
from the date of the development that reports it; "On 15 August, the … Measures took effect."
says the same of a date of effect the text leaves out. Kept apart from ``extract`` so that
module stays one job (the item's fields) and this rule one small module (branch speed16).

Most items say neither, and each instrument an item names used to run both searches over its
sentence: ``may_say_in_force`` first asks whether the item holds a word either phrase needs.
"""

from __future__ import annotations

import re

from piplkit.track.model import InstrumentMention, Stage
from piplkit.track.textutil import leading, sentence_at

_ON_PUBLICATION = leading(
    r"(?:on|from|as\s+of)\s+the\s+(?:day|date)\s+of\s+(?:its\s+)?(?:publication|issu(?:e|ance)|"
    r"release|promulgation)|upon\s+(?:its\s+)?(?:publication|issu(?:e|ance)|release|promulgation)|"
    r"自(?:公布|发布|印发)之日起(?:施行|实施|生效)",
    "afou自",
    re.I,
)
_TOOK_EFFECT = leading(
    r"\b(?:took|has\s+taken|have\s+taken)\s+effect|\b(?:came|has\s+come|entered)\s+into\s+(?:force|effect)|"
    r"自(?:公布|发布|印发)之日起(?:施行|实施|生效)|已(?:正式)?(?:施行|实施)|正式(?:施行|实施)",
    "ceht自已正",
    re.I,
)


def may_say_in_force(text: str) -> tuple[bool, bool]:
    """Whether ``_ON_PUBLICATION`` and ``_TOOK_EFFECT`` can match in ``text``, by the words
    each of their phrases holds, in any case: "upon", or "da" ("day", "date") with "of", or
    之日起; "effect" or "force", or 之日起, 施行, 实施. None of these letters has another case
    form that ``re.I`` matches (as "ı" matches "i"), so a lower-cased text without them has
    no match, and most items skip both searches for each instrument they name."""
    low = text.lower()
    zh = "之日起" in text
    on_publication = zh or "upon" in low or ("da" in low and "of" in low)
    took = zh or "effect" in low or "force" in low or "施行" in text or "实施" in text
    return on_publication, took


def in_force_on_publication(
    text: str, found: list[InstrumentMention], date: str | None
) -> list[InstrumentMention]:
    """ "… which took effect on the day of publication", "自公布之日起施行": the instrument is in
    force, from the development's own date."""
    out = []
    on_publication, took = may_say_in_force(text)  # (neither search can match otherwise)
    for mention in found:
        if mention.start >= 0 and (
            mention.stage in {"adopted", "other"}
            or (mention.stage == "in_force" and mention.effective_date is None)
        ):
            start, end = sentence_at(text, mention.start)
            sentence = text[mention.start : end]
            effective = mention.effective_date
            stage: Stage = mention.stage
            if (
                effective is None
                and date
                and len(date) == 10
                and on_publication
                and _ON_PUBLICATION.search(sentence)
            ):
                effective = date
                if stage == "adopted":  # "effective on the day of issue": in force that day,
                    stage = "in_force"  # as 自发布之日起施行 is (H9-8, H9-9)
            if stage == "adopted" and took and _TOOK_EFFECT.search(sentence):
                stage = "in_force"
            took_effect = took and bool(_TOOK_EFFECT.search(text[start:end]))
            if (
                stage == "in_force"
                and effective is None
                and date
                and len(date) == 10
                and took_effect
            ):
                effective = date  # "On 15 August, the … Measures took effect."
            mention = InstrumentMention(mention.name, stage, effective, mention.start)
        out.append(mention)
    return out


#: a row's summary cell that opens on the instrument of its title cell by a generic word
#: ("预案自印发之日起施行", "本办法自发布之日起施行", "The Measures take effect on the day of
#: issue")
_ROW_SUBJECT = re.compile(
    r"^(?:该|本|此|上述)?[\u4e00-\u9fff]{0,6}?(?:预案|办法|规定|指引|指南|通知|标准|细则|方案|意见|"
    r"条例|规则|决定|公告)|^(?:The|These|This)\s+(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:Measures|Provisions|Rules|Guidelines|Plan|Notice|Regulations|Standard)\b"
)


def row_in_force(
    title: str, summary: str, found: list[InstrumentMention], date: str | None
) -> list[InstrumentMention]:
    """A table row whose title cell names the instrument and whose summary cell opens "预案自
    印发之日起施行": the title cell's instrument is in force from the row's date (H14-3, H17-8).
    The title cell ends its own sentence, so the sentence search above never joins the two."""
    if not date or len(date) != 10 or not summary or not _ROW_SUBJECT.match(summary):
        return found
    start, end = sentence_at(summary, 0)
    if not _ON_PUBLICATION.search(summary[start:end]):
        return found
    name = title.strip().strip("《》")
    return [
        InstrumentMention(m.name, "in_force", date, m.start)
        if m.name == name and m.stage in {"adopted", "other"} and m.effective_date is None
        else m
        for m in found
    ]
