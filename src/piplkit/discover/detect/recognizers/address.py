"""Chinese postal addresses in running text.

Two sources of candidates are combined:

* the address grammar (``piplkit.discover.detect.ner.address_grammar``): a division from cpca's
gazetteer
  or a numbered street, chained with further divisions, streets, numbers, buildings and rooms;
* the CRF (``piplkit.discover.detect.ner``), which also catches addresses without that regular shape
  (``丽泽金融商务区``, ``房山长阳镇``).

A bare place name (``北京``, ``纽约``) says where something is, not where someone lives: it is
reported with a score under the default threshold (attribute ``granularity="region"``), so callers
who want region mentions can lower ``min_score``. Spans that reach street, number or building
level score high, and an address cue word before them (地址、住址、家住 …) raises the score.

In prose (``AnalysisContext.prose``: sentences, not table cells) a span that stops above street
level is also judged by its sentence (``ner/address_context.py``): a place named in news as part
of an organisation, a title or a description is scored as a region too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, ClassVar

from piplkit.discover.detect.masking import MASK_CHAR
from piplkit.discover.detect.model import Finding
from piplkit.discover.detect.ner.address_context import place_mention
from piplkit.discover.detect.ner.address_grammar import AddressMatch, find_addresses
from piplkit.discover.detect.ner.lexicon import CITY, COUNTY, PROVINCE, Division, Lexicon, lexicon
from piplkit.discover.detect.ner.spans import ADDRESS, Span
from piplkit.discover.detect.ner.tagger import prime, tagged
from piplkit.discover.detect.recognizer import AnalysisContext, Recognizer
from piplkit.discover.detect.registry import register

_CJK = re.compile(r"[\u4e00-\u9fff]")
_DIGIT = re.compile(r"[0-9０-９]")
_STREET_SUFFIX = frozenset("路街道巷弄")
#: Parts of a shape match, and last characters of a model span, at street level or below: such a
#: span is an address whatever the sentence around it says.
_STREET_LEVEL_PARTS = frozenset(("street", "junction", "number", "building"))
_STREET_LEVEL_END = frozenset("路街道巷弄号栋幢楼室层座元")
#: What the prose rules may judge of a candidate: nothing (street level, a region already, or
#: not prose), a shape match of divisions only, another shape match, a model span.
_JUDGE_NOTHING, _JUDGE_DIVISIONS, _JUDGE_SHAPE, _JUDGE_MODEL = 0, 1, 2, 3
#: Scores by what the span reaches down to.
DETAIL_SCORE, CHAIN_SCORE, REGION_SCORE = 0.85, 0.6, 0.35
CUE_BOOST = 0.1


def resolve(
    value: str, lex: Lexicon, divisions: list[tuple[int, int, str]] | None = None
) -> dict[str, str]:
    """Province / city / district named in ``value``, preferring mutually consistent readings
    (``divisions``: ``lex.find_divisions(value)`` when the caller has it)."""
    found: dict[int, Division] = {}
    if divisions is None:
        divisions = lex.find_divisions(value)
    for _, end, surface in divisions:
        if value[end : end + 1] in _STREET_SUFFIX:
            break  # "哈尔滨街", "南京路": a street named after a city; detail starts here
        candidates = lex.divisions[surface]
        parent = found.get(CITY) or found.get(PROVINCE)
        if parent is not None:
            prefix = parent.adcode[: 4 if parent.rank == CITY else 2]
            consistent = [d for d in candidates if d.adcode.startswith(prefix)]
            candidates = tuple(consistent) or candidates
        division = candidates[0]
        if division.rank not in found:
            found[division.rank] = division
    county = found.get(COUNTY)
    if county is not None and len(found) == 1:
        # A district alone names its city and province only when its name is unambiguous.
        surface = divisions[0][2]
        if len(lex.divisions[surface]) == 1:
            for code, rank in ((county.city_code, CITY), (county.province_code, PROVINCE)):
                parent = lex.by_code.get(code)
                if parent is not None:
                    found[rank] = parent
    names = {PROVINCE: "province", CITY: "city", COUNTY: "district"}
    return {names[rank]: d.name for rank, d in sorted(found.items())}


def mask_address(
    value: str, lex: Lexicon, divisions: list[tuple[int, int, str]] | None = None
) -> str:
    """Keep the leading province/city names (at most half of the value), star the rest
    (``divisions``: ``lex.find_divisions(value)`` when the caller has it)."""
    keep = 0
    if divisions is None:
        divisions = lex.find_divisions(value)
    for start, end, surface in divisions:
        if start != keep or lex.divisions[surface][0].rank == COUNTY:
            break
        keep = end
    keep = min(keep, len(value) // 2)
    return value[:keep] + MASK_CHAR * (len(value) - keep)


@register
class AddressRecognizer(Recognizer):
    """Chinese postal addresses (gazetteer + address shape + CRF)."""

    type_id: ClassVar[str] = "address"
    #: Tag a batch of texts in one pass before they are analysed one by one.
    prepare_batch = staticmethod(prime)

    def __init__(self) -> None:
        self._lex: Lexicon = lexicon()
        self._cue = re.compile("|".join(map(re.escape, self._lex.address_left)))

    def quick_reject(self, text: str) -> bool:
        return not _CJK.search(text)

    def analyze(self, text: str, ctx: AnalysisContext) -> Iterable[Finding]:
        tagged_text = tagged(text)
        model = [s for s in tagged_text.spans if s.label == ADDRESS]
        if not model and not tagged_text.divisions and "号" not in text:
            return []  # no model span, no division, no numbered street: nothing to chain
        shaped = find_addresses(text, tagged_text.divisions)
        # (start, end, score, granularity, what the prose rules may judge: see _JUDGE_*)
        candidates: list[tuple[int, int, float, str, int]] = []
        prose = ctx.prose
        for match in shaped:
            found = self._from_shape(text, match, model)
            judge = _JUDGE_NOTHING
            if prose and found[3] != "region" and _STREET_LEVEL_PARTS.isdisjoint(match.parts):
                only = all(p == "division" for p in match.parts)
                judge = _JUDGE_DIVISIONS if only else _JUDGE_SHAPE
            candidates.append((*found, judge))
        for span in model:
            if not any(span.start < m.end and m.start < span.end for m in shaped):
                found = self._from_model(text, span)
                judge = _JUDGE_NOTHING
                if prose and found[2] > REGION_SCORE:
                    value = text[span.start : span.end].rstrip()
                    if value and value[-1] not in _STREET_LEVEL_END and not _DIGIT.search(value):
                        judge = _JUDGE_MODEL
                candidates.append((*found, judge))
        out: list[Finding] = []
        min_score = ctx.min_score
        for start, end, score, granularity, judge in sorted(candidates):
            value = text[start:end].rstrip()
            end = start + len(value)
            if len(value) < 2:
                continue
            cue = self._has_cue(text, start, ctx)
            if (min(1.0, score + CUE_BOOST) if cue else score) < min_score:
                continue  # dropped by the caller whatever the sentence says (it only lowers)
            if judge and place_mention(
                text,
                start,
                end,
                self._lex,
                cue=cue,
                model_span=judge == _JUDGE_MODEL,
                divisions_only=judge == _JUDGE_DIVISIONS,
            ):
                score, granularity = min(score, REGION_SCORE), "region"
            if cue:
                score = min(1.0, score + CUE_BOOST)
            if score < min_score:
                continue  # most bare place names of prose: no attributes built for nothing
            divisions = self._lex.find_divisions(value)
            attributes: dict[str, Any] = {
                "granularity": granularity,
                **resolve(value, self._lex, divisions),
            }
            preview = mask_address(value, self._lex, divisions)
            out.append(Finding(start, end, self.type_id, score, preview, attributes))
        return out

    def _has_cue(self, text: str, start: int, ctx: AnalysisContext) -> bool:
        return self._cue.search(text, max(0, start - 8), start) is not None

    def _from_shape(
        self, text: str, match: AddressMatch, model: list[Span]
    ) -> tuple[int, int, float, str]:
        start, end = match.start, match.end
        agree = [s for s in model if s.start < end and start < s.end]
        if match.has_detail:
            return start, end, DETAIL_SCORE, "detail"
        # Division-only: a longer model span over it that ends like an address ("房山长阳镇") is
        # the better reading; "杭州西湖" (a sight, not an address) is not.
        suffix = self._lex.address_suffix_chars
        longer = [
            s for s in agree if s.start <= start and s.end >= end and text[s.end - 1] in suffix
        ]
        if longer:
            best = max(longer, key=lambda s: s.end - s.start)
            start, end = best.start, best.end
        if len(match.parts) >= 2 or end > match.end or start < match.start:
            return start, end, CHAIN_SCORE + (0.1 if agree else 0.0), "area"
        return start, end, REGION_SCORE, "region"

    def _from_model(self, text: str, span: Span) -> tuple[int, int, float, str]:
        value = text[span.start : span.end]
        if value[-1] in self._lex.address_suffix_chars or _DIGIT.search(value):
            return span.start, span.end, 0.3 + 0.5 * span.confidence, "area"
        return span.start, span.end, 0.1 + 0.3 * span.confidence, "region"
