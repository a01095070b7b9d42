"""Payment card numbers: Luhn-valid, 16-19 digits, in the issuer ranges Chinese data holds.

Accepted ranges: China UnionPay (62, and 81 for the newer UnionPay BINs), Visa (4), Mastercard
(51-55, 2221-2720), JCB (3528-3589), Discover (6011, 644-649, 65). Numbers may be written in
groups of four separated by spaces or hyphens.
"""

from __future__ import annotations

from typing import Any, ClassVar

from piplkit.discover.detect.checksums import luhn_valid
from piplkit.discover.detect.masking import mask_middle
from piplkit.discover.detect.recognizer import AnalysisContext, PatternRecognizer
from piplkit.discover.detect.registry import register


def card_network(digits: str) -> str | None:
    """The card scheme a number's issuer prefix belongs to, or ``None`` outside known ranges."""
    n = len(digits)
    if digits.startswith("62") or digits.startswith("81"):
        return "unionpay"
    if digits.startswith("4") and n in (16, 19):
        return "visa"
    if n == 16 and (51 <= int(digits[:2]) <= 55 or 2221 <= int(digits[:4]) <= 2720):
        return "mastercard"
    if 3528 <= int(digits[:4]) <= 3589:
        return "jcb"
    if digits.startswith("6011") or digits.startswith("65") or 644 <= int(digits[:3]) <= 649:
        return "discover"
    return None


@register
class BankCardRecognizer(PatternRecognizer):
    type_id: ClassVar[str] = "bank_card"
    #: Every match holds 4 ASCII digits in a row (the first group, or all digits unseparated).
    digit_run: ClassVar[int] = 4
    pattern: ClassVar[str] = (
        r"[2-8](?<![0-9][2-8])(?:"
        r"[0-9]{15,18}"
        r"|[0-9]{3}(?P<sep>[ -])[0-9]{4}(?P=sep)[0-9]{4}(?P=sep)[0-9]{4}"
        r"(?:(?P=sep)?[0-9]{1,3})?"
        r")(?![0-9])"
    )
    base_score: ClassVar[float] = 0.75
    context_words: ClassVar[tuple[str, ...]] = (
        "银行卡",
        "卡号",
        "储蓄卡",
        "信用卡",
        "借记卡",
        "账号",
        "账户",
        "card",
        "account",
        "开户",
    )
    negative_context: ClassVar[tuple[str, ...]] = (
        "订单",
        "单号",
        "流水号",
        "交易号",
        "运单",
        "快递",
        "order",
        "tracking",
        "编号",
    )

    def validate(self, value: str, ctx: AnalysisContext) -> dict[str, Any] | None:
        digits = value.replace(" ", "").replace("-", "")
        if not 16 <= len(digits) <= 19 or not luhn_valid(digits):
            return None
        network = card_network(digits)
        if network is None:
            return None
        return {"network": network}

    def mask(self, value: str) -> str:
        digits = value.replace(" ", "").replace("-", "")
        return mask_middle(digits, 6, 4)
