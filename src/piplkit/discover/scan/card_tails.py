"""A payment card shown by its last four digits (issue 11, held-out set 17).

Payment processors and their reconciliation exports never hand out a card number; they keep its
last four digits beside the cardholder (Card Last4, card_last4, 卡号后四位, 银行卡尾号: 4242).
A masked value keeps its type (convention 6; set 10's 17 reads a phone's 尾号5678 as the phone),
so such a column is ``bank_card``. Four digits alone are a shape a thousand things share (a PIN
length, a year, a room), so only a header that names both a card and its last digits makes them
one; a card's brand, expiry or issuing country under the same card word stays what it is.
"""

from __future__ import annotations

import re

from piplkit.discover.scan.analysis import values_share
from piplkit.discover.scan.header_words import contains
from piplkit.discover.scan.hints import key_of, normalise_header
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.tables import Row

#: Words that name a payment card (or its number) in a header; a bare 卡 is a member's or a
#: transit card as often, and stays out.
_CARD_WORDS = ("card", "cardno", "cardnumber", "pan", "cc", "creditcard", "卡号", "银行卡",
               "信用卡", "借记卡", "储蓄卡")  # fmt: skip
#: Words that name the last digits of a number.
_TAIL_WORDS = ("last4", "last 4", "lastfour", "last four", "last4digits", "lastdigits",
               "后四位", "后4位", "尾号", "尾四位", "末四位", "末4位")  # fmt: skip
#: Four digits, bare or after the number's masked rest or a 尾号 label (**** 4242, 尾号4242).
_TAIL = re.compile(r"(?:尾号|[*＊xX•·]{4}(?: ?[*＊xX•·]{4}){0,3} ?)?[0-9]{4}")
#: Share of a column's values that must be card tails.
_SHARE = 0.8


def card_tail(rows: list[Row], index: int, name: str, profiles: ProfileTable) -> bool:
    """Whether a column headed as a card's last digits holds (nearly) only four-digit tails."""
    if not _names_card_tail(name):
        return False
    return values_share(rows, index, profiles, _tail, _SHARE)


def _names_card_tail(name: str) -> bool:
    key = key_of(name)
    words = (normalise_header(w) for w in _TAIL_WORDS)
    tail = [w for w in words if w in key.text]
    if not tail:
        return False
    head = key.text[: key.text.index(tail[0])]
    return any(contains(key_of(head), normalise_header(w)) for w in _CARD_WORDS)


def _tail(value: str) -> bool:
    return _TAIL.fullmatch(value.strip()) is not None
