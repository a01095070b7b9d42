"""A publisher's, journal's, newspaper's or database's name is no instrument.

An English instrument title is a run of capitalised words with a head noun (Law, Regulations,
Measures …), so "Example Law Reports", the publisher of heldout8's judgment summary, was read
as a law by its head "Law"; so would "Harvard Law Review", "China Law Insight" or "Peking
University Law Database". An instrument is a law, regulation, measures, standard, notice or
decision of an authority; a name whose head noun is followed by what a publication calls itself
(Reports, Review, Journal, Insight …) names a publication that reports on law. The same holds in
Chinese for a name in 《》 that ends as a newspaper's or a journal's does (《法治日报》,
《法学研究》, 《中国法律评论》): 通报 and 公告 are an authority's acts and are not listed.

The word must follow the head noun itself, so that an instrument about reports ("Measures for
the Administration of Security Assessment Reports") keeps its title: there a connector comes
after the head noun.
"""

from __future__ import annotations

#: what a publication calls itself right after "Law" (or another head noun) in its name
_PUBLICATION_WORDS = frozenset(
    {
        "Reports",
        "Reporter",
        "Review",
        "Reviews",
        "Journal",
        "Quarterly",
        "Insight",
        "Insights",
        "Database",
        "Blog",
        "Daily",
        "Weekly",
        "Monthly",
        "Times",
        "News",
        "Gazette",
        "Digest",
        "Monitor",
        "Letter",
        "Library",
        "Forum",
        "Firm",
        "School",
        "Society",
        "Online",
    }
)
#: how the name of a Chinese newspaper, journal or yearbook ends
_ZH_PUBLICATION_ENDS = (
    "日报",
    "晚报",
    "早报",
    "时报",
    "法制报",
    "法治报",
    "商报",
    "导报",
    "学报",
    "周刊",
    "月刊",
    "杂志",
    "期刊",
    "学刊",
    "评论",
    "研究",
    "论丛",
    "年鉴",
    "法宝",
)


def is_publication(tokens: list[str], heads: frozenset[str]) -> bool:
    """The English title's words name a publication: the word right after its last head noun
    is a publication's ("Example Law Reports", "China Law Insight")."""
    last = max((i for i, t in enumerate(tokens) if t in heads), default=-1)
    return 0 <= last < len(tokens) - 1 and tokens[last + 1] in _PUBLICATION_WORDS


def is_zh_publication(name: str) -> bool:
    """A name in 《》 that ends as a newspaper's or journal's does (《法治日报》)."""
    return name.endswith(_ZH_PUBLICATION_ENDS)
