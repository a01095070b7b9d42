"""Check a privacy policy's text against what the APK shows.

Four questions, each answered with the section where the answer was found:

* does the policy contain each required element (PIPL Arts. 17, 23, 24, 30, 31, 39; the MIIT
  and CAC app rules), where the element applies to this app;
* does it contain (or point to) the collected-PI list and the third-party sharing list;
* is every SDK found named in the policy or in the register's sharing list, with the PI it
  typically collects named near it;
* does every permission the user grants have a stated purpose.

Recognition is by wording: a match means "the policy speaks of it here", for a person to read;
no match means "not found", never a legal conclusion on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import yaml

from piplkit.assess.law.pi_types import load_catalogue
from piplkit.discover.apps.catalogue import permission_map
from piplkit.discover.apps.legal import PolicyElement, policy_elements
from piplkit.discover.apps.permissions import PermissionUse
from piplkit.discover.apps.policy_text import PolicyText
from piplkit.discover.apps.sdks import SdkMatch

#: lines around an SDK's mention searched for the PI it collects (a table row, a paragraph)
WINDOW_BEFORE, WINDOW_AFTER = 1, 6
_PURPOSE_CUES = re.compile(
    r"用于|用来|以便|为了|目的|用途|场景|以实现|实现|需要|功能|purpose|usedfor|usedto|inorderto|toprovide|toenable|forthe",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DeclaredShare:
    """A recipient of the register's sharing list, with the PI types provided to it."""

    recipient: str
    pi: frozenset[str]


@dataclass(frozen=True, slots=True)
class ElementResult:
    element: PolicyElement
    applies: bool
    found: bool
    where: str = ""


@dataclass(frozen=True, slots=True)
class ListResult:
    kind: str
    found: bool
    where: str = ""


@dataclass(frozen=True, slots=True)
class SdkDisclosure:
    match: SdkMatch
    in_policy: bool
    in_register: bool
    where: str
    missing_pi: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PurposeResult:
    group: str
    permissions: tuple[str, ...]
    found: bool
    where: str = ""


@dataclass
class PolicyAnalysis:
    name: str
    fmt: str
    lines: int
    elements: list[ElementResult] = field(default_factory=list)
    lists: list[ListResult] = field(default_factory=list)
    sdks: list[SdkDisclosure] = field(default_factory=list)
    purposes: list[PurposeResult] = field(default_factory=list)


@dataclass(frozen=True)
class AppTraits:
    """What makes a conditional element apply to this app."""

    sensitive: bool
    abroad: bool
    advertising: bool
    third_party: bool


@cache
def pi_words() -> dict[str, tuple[str, ...]]:
    package = resources.files("piplkit.discover.apps")
    text = package.joinpath("data/pi_words.yaml").read_text("utf-8")
    words: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in yaml.safe_load(text).items()}
    for type_id, entry in load_catalogue().types.items():
        words.setdefault(type_id, (entry.name_zh, entry.name_en))
    return words


def _dense(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


def _word_rx(token: str) -> re.Pattern[str]:
    """ASCII tokens match as words (TIM is not "time"); CJK tokens match anywhere."""
    low = token.lower()
    if low.isascii():
        return re.compile(r"(?<![a-z0-9])" + re.escape(low) + r"(?![a-z0-9])")
    return re.compile(re.escape(_dense(token)))


class _Lines:
    def __init__(self, text: PolicyText) -> None:
        self.text = text
        self.dense = [_dense(line) for line in text.lines]
        self.low = [" ".join(line.lower().split()) for line in text.lines]

    def find(self, token: str, lines: Iterable[int] | None = None) -> int | None:
        rx = _word_rx(token)
        source = self.low if token.isascii() else self.dense
        for i in lines if lines is not None else range(len(source)):
            if rx.search(source[i]):
                return i
        return None

    def where(self, index: int) -> str:
        section = self.text.section_of(index)
        line = self.text.lines[index]
        excerpt = line if len(line) <= 80 else line[:79] + "…"
        return f"{section} › {excerpt}" if section and section != line else excerpt


def _element(lines: _Lines, element: PolicyElement, applies: bool) -> ElementResult:
    first_hit: int | None = None
    for minimum, patterns in element.compiled():
        hits = 0
        for rx in patterns:
            index = next((i for i, d in enumerate(lines.dense) if rx.search(d)), None)
            if index is not None:
                hits += 1
                first_hit = index if first_hit is None else first_hit
        if hits < minimum:
            return ElementResult(element, applies, False)
    where = lines.where(first_hit) if first_hit is not None else ""
    return ElementResult(element, applies, True, where)


def _tokens(match: SdkMatch) -> list[str]:
    sdk = match.sdk
    tokens = [
        sdk.name_zh,
        sdk.name_en,
        sdk.vendor_zh,
        sdk.vendor_en,
        *sdk.aliases,
        *sdk.signatures.packages,
    ]
    return sorted(dict.fromkeys(t for t in tokens if t), key=len, reverse=True)


def _sdk(lines: _Lines, match: SdkMatch, declared: list[DeclaredShare]) -> SdkDisclosure:
    words = pi_words()
    hit = None
    for token in _tokens(match):
        hit = lines.find(token)
        if hit is not None:
            break
    register = [
        d
        for d in declared
        if any(
            _word_rx(t).search(_dense(d.recipient) if not t.isascii() else d.recipient.lower())
            for t in _tokens(match)
        )
    ]
    missing: set[str] = set(match.sdk.pi)
    where = ""
    if hit is not None:
        window = range(max(0, hit - WINDOW_BEFORE), min(len(lines.dense), hit + WINDOW_AFTER + 1))
        for type_id in match.sdk.pi:
            if any(lines.find(w, window) is not None for w in words.get(type_id, ())):
                missing.discard(type_id)
        where = lines.where(hit)
    for share in register:
        missing -= share.pi
    return SdkDisclosure(
        match,
        hit is not None,
        bool(register),
        where,
        tuple(t for t in match.sdk.pi if t in missing),
    )


def _purposes(lines: _Lines, permissions: list[PermissionUse]) -> list[PurposeResult]:
    groups: dict[str, list[str]] = {}
    for p in permissions:
        if p.asks_user and p.group:
            groups.setdefault(p.group, []).append(p.short)
    pmap = permission_map()
    out = []
    for group_id, perms in groups.items():
        keywords = pmap.groups[group_id].keywords()
        found_at = None
        for i, dense in enumerate(lines.dense):
            if not _PURPOSE_CUES.search(dense) and " | " not in lines.text.lines[i]:
                continue
            if any(lines.find(k, (i,)) is not None for k in keywords) or any(
                p.lower() in lines.low[i] for p in perms
            ):
                found_at = i
                break
        out.append(
            PurposeResult(
                group_id,
                tuple(perms),
                found_at is not None,
                lines.where(found_at) if found_at is not None else "",
            )
        )
    return out


def analyse_policy(
    text: PolicyText,
    *,
    sdks: list[SdkMatch],
    permissions: list[PermissionUse],
    traits: AppTraits,
    declared: list[DeclaredShare] | None = None,
) -> PolicyAnalysis:
    lines = _Lines(text)
    data = policy_elements()
    result = PolicyAnalysis(text.name, text.fmt, len(text.lines))
    flags = {
        "sensitive": traits.sensitive,
        "abroad": traits.abroad,
        "advertising": traits.advertising,
        "third_party": traits.third_party,
    }
    for element in data.elements:
        applies = element.when is None or flags[element.when]
        result.elements.append(_element(lines, element, applies))
    for kind, spec in data.lists.items():
        rxs = [re.compile(p, re.IGNORECASE) for p in spec.patterns]
        index = next((i for i, d in enumerate(lines.dense) if any(r.search(d) for r in rxs)), None)
        result.lists.append(
            ListResult(kind, index is not None, lines.where(index) if index is not None else "")
        )
    result.sdks = [_sdk(lines, m, declared or []) for m in sdks]
    result.purposes = _purposes(lines, permissions)
    return result


def register_disclosures(
    sdks: list[SdkMatch], declared: list[DeclaredShare]
) -> list[SdkDisclosure]:
    """Without a policy: which SDKs the register's sharing list covers, and with what PI."""
    empty = _Lines(PolicyText("", "none"))
    return [_sdk(empty, m, declared) for m in sdks]
