"""Compare tracker output with hand-labelled gold records.

Items are paired by title (normalised text, fuzzy ratio >= ``TITLE_MATCH``); item precision and
recall count those pairs. An item without a headline is titled by its opening sentence, which a
labeller may have cut shorter or longer: two titles also pair when the shorter (at least
``PREFIX_MIN`` characters) matches the start of the longer as closely (``title_score``).
Each paired item is then scored field by field:

- ``date``, ``kind``, ``penalty_cny``, ``footnotes``: exact equality;
- ``sources``: equal as sets;
- ``authorities``: equal as sets after mapping known names and abbreviations to one canonical
  short name (so "NISTC" and "TC260" agree) and fuzzy-matching local bodies (token-set ratio);
- ``instruments``: the sets of names agree (fuzzy, ``NAME_MATCH``); ``instrument_stages`` and
  ``effective_dates``: every paired instrument has the gold stage / effective date.

Field accuracy is the share of (paired item, field) cells that are right. The summary is free
text and is reported apart: the share of the gold summary's content words found in the output.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from piplkit.track.textutil import normalise
from piplkit.track.vocab import load

TITLE_MATCH = 90.0
PREFIX_MIN = 60
NAME_MATCH = 88.0
FIELDS = (
    "date",
    "authorities",
    "instruments",
    "instrument_stages",
    "effective_dates",
    "kind",
    "penalty_cny",
    "footnotes",
    "sources",
)
_STOP = {"the", "a", "an", "of", "on", "for", "and", "in", "to", "by", "with", "its", "at", "as"}


@dataclass
class Score:
    gold_items: int = 0
    predicted_items: int = 0
    matched_items: int = 0
    field_correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    instruments_gold: int = 0
    instruments_predicted: int = 0
    instruments_matched: int = 0
    summary_recall_total: float = 0.0
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched_items / self.predicted_items if self.predicted_items else 0.0

    @property
    def recall(self) -> float:
        return self.matched_items / self.gold_items if self.gold_items else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def field_accuracy(self, name: str | None = None) -> float:
        if not self.matched_items:
            return 0.0
        if name is not None:
            return self.field_correct[name] / self.matched_items
        return sum(self.field_correct.values()) / (self.matched_items * len(FIELDS))

    def add(self, other: Score) -> None:
        self.gold_items += other.gold_items
        self.predicted_items += other.predicted_items
        self.matched_items += other.matched_items
        for name in FIELDS:
            self.field_correct[name] += other.field_correct[name]
        self.instruments_gold += other.instruments_gold
        self.instruments_predicted += other.instruments_predicted
        self.instruments_matched += other.instruments_matched
        self.summary_recall_total += other.summary_recall_total
        self.missed += other.missed
        self.spurious += other.spurious
        self.errors += other.errors

    def to_dict(self) -> dict[str, Any]:
        ip = (
            self.instruments_matched / self.instruments_predicted
            if self.instruments_predicted
            else 0.0
        )
        ir = self.instruments_matched / self.instruments_gold if self.instruments_gold else 0.0
        return {
            "items": {
                "gold": self.gold_items,
                "predicted": self.predicted_items,
                "matched": self.matched_items,
                "precision": round(self.precision, 4),
                "recall": round(self.recall, 4),
                "f1": round(self.f1, 4),
            },
            "field_accuracy": round(self.field_accuracy(), 4),
            "fields": {name: round(self.field_accuracy(name), 4) for name in FIELDS},
            "instrument_names": {
                "precision": round(ip, 4),
                "recall": round(ir, 4),
                "f1": round(2 * ip * ir / (ip + ir), 4) if ip + ir else 0.0,
            },
            "summary_content_recall": round(
                self.summary_recall_total / self.matched_items if self.matched_items else 0.0, 4
            ),
            "missed": self.missed,
            "spurious": self.spurious,
        }


@cache
def _canonical_authorities() -> dict[str, str]:
    out: dict[str, str] = {}
    for entry in load("authorities")["authorities"]:
        for name in [entry["short"], *entry["names"]]:
            out[normalise(name)] = entry["short"]
    return out


def canonical_authority(name: str) -> str:
    key = normalise(name)
    return _canonical_authorities().get(key, key)


def _fuzzy_pairs(
    gold: Sequence[str],
    pred: Sequence[str],
    threshold: float,
    scorer: Callable[[str, str], float] = fuzz.ratio,
) -> list[tuple[int, int]]:
    candidates = sorted(
        (
            (scorer(g, p) if scorer is title_score else scorer(normalise(g), normalise(p)), i, j)
            for i, g in enumerate(gold)
            for j, p in enumerate(pred)
        ),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for score, i, j in candidates:
        if score < threshold or i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((i, j))
    return pairs


def _same_authorities(gold: Iterable[str], pred: Iterable[str]) -> bool:
    g = sorted({canonical_authority(a) for a in gold})
    p = sorted({canonical_authority(a) for a in pred})
    if len(g) != len(p):
        return False
    return len(_fuzzy_pairs(g, p, 90.0, fuzz.token_set_ratio)) == len(g)


def _content_words(text: str) -> set[str]:
    text = normalise(text or "")
    latin = {w for w in re.findall(r"[a-z0-9][\w']*", text) if w not in _STOP}
    cjk = set(re.findall(r"[\u4e00-\u9fff]{2}", text))
    return latin | cjk


def summary_recall(gold: str, predicted: str) -> float:
    wanted = _content_words(gold)
    if not wanted:
        return 1.0
    have = _content_words(predicted)
    return len(wanted & have) / len(wanted)


def title_score(a: str, b: str) -> float:
    """Fuzzy ratio of two titles; a long title is also compared on the length of the shorter."""
    a, b = normalise(a), normalise(b)
    score = fuzz.ratio(a, b)
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= PREFIX_MIN and score < TITLE_MATCH:
        score = max(score, fuzz.ratio(short, long[: len(short)]))
    return score


def score_items(
    gold: Sequence[dict[str, Any]], predicted: Sequence[dict[str, Any]], name: str = ""
) -> Score:
    s = Score(gold_items=len(gold), predicted_items=len(predicted))
    pairs = _fuzzy_pairs(
        [g["title"] for g in gold], [p["title"] for p in predicted], TITLE_MATCH, title_score
    )
    matched_g = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}
    s.missed = [f"{name}: {g['title']}" for i, g in enumerate(gold) if i not in matched_g]
    s.spurious = [f"{name}: {p['title']}" for j, p in enumerate(predicted) if j not in matched_p]
    s.matched_items = len(pairs)
    for i, j in pairs:
        g, p = gold[i], predicted[j]
        results = _compare(g, p, s)
        for fname, ok in results.items():
            if ok:
                s.field_correct[fname] += 1
            else:
                s.errors.append(
                    {
                        "document": name,
                        "title": g["title"],
                        "field": fname,
                        "gold": _view(g, fname),
                        "predicted": _view(p, fname),
                    }
                )
        s.summary_recall_total += summary_recall(g.get("summary") or "", p.get("summary") or "")
    return s


def _view(record: dict[str, Any], fname: str) -> Any:
    if fname in {"instruments", "instrument_stages", "effective_dates"}:
        return [
            [i["name"], i["stage"], i.get("effective_date")] for i in record.get("instruments", [])
        ]
    return record.get(fname)


def _compare(g: dict[str, Any], p: dict[str, Any], s: Score) -> dict[str, bool]:
    gi = g.get("instruments", [])
    pi = p.get("instruments", [])
    ipairs = _fuzzy_pairs([x["name"] for x in gi], [x["name"] for x in pi], NAME_MATCH)
    s.instruments_gold += len(gi)
    s.instruments_predicted += len(pi)
    s.instruments_matched += len(ipairs)
    return {
        "date": g.get("date") == p.get("date"),
        "authorities": _same_authorities(g.get("authorities", []), p.get("authorities", [])),
        "instruments": len(ipairs) == len(gi) == len(pi),
        "instrument_stages": all(gi[a]["stage"] == pi[b]["stage"] for a, b in ipairs),
        "effective_dates": all(
            gi[a].get("effective_date") == pi[b].get("effective_date") for a, b in ipairs
        ),
        "kind": g.get("kind") == p.get("kind"),
        "penalty_cny": _same_number(g.get("penalty_cny"), p.get("penalty_cny")),
        "footnotes": list(g.get("footnotes", [])) == list(p.get("footnotes", [])),
        "sources": set(g.get("sources", [])) == set(p.get("sources", [])),
    }


def _same_number(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) < 0.5


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
        if not isinstance(row, dict) or "title" not in row:
            raise ValueError(f"{path}:{number}: a record must be an object with a 'title'")
        rows.append(row)
    return rows


def read_manifest(path: Path) -> dict[str, dict[str, str]]:
    """Document name -> {layout, format, language, set} from a manifest YAML file."""
    import yaml

    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ValueError(f"{path}: cannot read the manifest ({type(exc).__name__})") from None
    docs = data.get("documents") if isinstance(data, dict) else None
    if not isinstance(docs, dict):
        raise ValueError(f"{path}: a manifest needs a 'documents' mapping")
    for name, entry in docs.items():
        if not isinstance(entry, dict) or "layout" not in entry:
            raise ValueError(f"{path}: document {name!r} needs a 'layout'")
    return {str(k): {str(a): str(b) for a, b in v.items()} for k, v in docs.items()}


def by_layout(
    per_doc: dict[str, Score], manifest: dict[str, dict[str, str]]
) -> dict[str, dict[str, Any]]:
    """Scores summed per ``set/layout`` (documents missing from the manifest: ``?/unlisted``)."""
    groups: dict[str, Score] = {}
    members: dict[str, list[str]] = {}
    for name, score in per_doc.items():
        entry = manifest.get(name, {})
        group = f"{entry.get('set', '?')}/{entry.get('layout', 'unlisted')}"
        groups.setdefault(group, Score()).add(score)
        members.setdefault(group, []).append(name)
    return {
        group: {
            "documents": members[group],
            "f1": round(score.f1, 4),
            "field_accuracy": round(score.field_accuracy(), 4),
            "gold": score.gold_items,
            "predicted": score.predicted_items,
            "matched": score.matched_items,
        }
        for group, score in sorted(groups.items())
    }
