"""Colloquial question headers: what a header asked as a question names (set 16).

Clerks head columns with the question they ask (叫啥, 哪国人, 咋治, 药按时吃没,
卡里还有, 出事通知谁, 爸妈在哪上班). Listing such headers one by one never ends:
each set used new ones. A question header is instead read by a small grammar
(``data/question_topics.yaml``): a question word (啥, 哪, 咋, 几, 多少, 谁 …) with
the verb or noun it asks about (考 … 几级, 哪 … 上班, 通知 … 谁) names a type. It
is consulted only when the header's hint words named nothing, so a header that a
hint word already reads keeps its reading; like any hint it only steers, and the
values decide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from piplkit.inputs.yaml_data import load_yaml


@dataclass(frozen=True, slots=True)
class QuestionTopic:
    """A question's topic: the types it names, or that it asks where an organisation is."""

    pattern: re.Pattern[str]
    types: tuple[str, ...] = ()
    organisation: bool = False


@dataclass(frozen=True, slots=True)
class QuestionGrammar:
    """The question words and the ordered topics (the first topic that matches names)."""

    question: re.Pattern[str]
    topics: tuple[QuestionTopic, ...]

    def topic(self, key: str) -> QuestionTopic | None:
        """The topic asked by the normalised header ``key``, or None when it is no question or
        asks about nothing the grammar knows (几号船, 每人多少: a boat, a fee)."""
        if not self.question.search(key):
            return None
        for topic in self.topics:
            if topic.pattern.search(key):
                return topic
        return None


@cache
def load_questions() -> QuestionGrammar:
    """The grammar of ``data/question_topics.yaml``."""
    text = resources.files("piplkit.discover.scan").joinpath("data/question_topics.yaml")
    raw = load_yaml(text.read_text("utf-8"))
    topics = tuple(
        QuestionTopic(
            re.compile(str(entry["pattern"])),
            tuple(str(t) for t in entry.get("types", ())),
            bool(entry.get("organisation", False)),
        )
        for entry in raw["topics"]
    )
    return QuestionGrammar(re.compile(str(raw["question_words"])), topics)
