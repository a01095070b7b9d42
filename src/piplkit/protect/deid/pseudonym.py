"""Keyed pseudonyms: HMAC-SHA256 over a normalised value, plain or shaped like the type.

Determinism is the point: the same value under the same key and domain always gives the same
pseudonym, in any file and any run, so de-identified tables still join. Values are normalised
first (``138 1234 5678`` and ``+86 13812345678`` are the same phone) and prefixed with a domain
(the PI type id by default) so that equal strings of different types do not collide on purpose.

Format-preserving pseudonyms keep the value's length and separators and draw every character from
the HMAC output. For resident IDs, bank cards and mobile numbers they are made *valid* (a real
province code, a real birth date and a correct MOD 11-2 check character; a Luhn check digit; a
mobile network prefix), so that systems under test accept them — and so that scanners will still
report them as identifiers (they are fake ones). Other types keep only their shape and need not
pass check digits (a USCC pseudonym usually fails GB 32100's check character). Bank cards keep
their 6-digit issuer number (BIN), which names a bank, not a person.

Collisions: a plain pseudonym of 16 hex characters (64 bits) collides with probability about
n²/2⁶⁵ among n distinct values (≈3·10⁻⁶ for ten million). Format-preserving pseudonyms live in the
type's own space (10⁸ mobile numbers under a prefix) and collide sooner: ≈n²/(2·10⁹) for phones.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import re
from datetime import date, timedelta

from stdnum import luhn
from stdnum.iso7064 import mod_11_2

from piplkit.discover.detect.ner.lexicon import lexicon
from piplkit.protect.deid.policy import PseudonymizeRule

#: Mainland province-level codes (GB/T 2260) used for format-preserving resident IDs.
_PROVINCES = [
    "11",
    "12",
    "13",
    "14",
    "15",
    "21",
    "22",
    "23",
    "31",
    "32",
    "33",
    "34",
    "35",
    "36",
    "37",
    "41",
    "42",
    "43",
    "44",
    "45",
    "46",
    "50",
    "51",
    "52",
    "53",
    "54",
    "61",
    "62",
    "63",
    "64",
    "65",
]
_MOBILE_SECOND = "3456789"
_UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I/O: they read as digits
_LOWER = "abcdefghijkmnopqrstuvwxyz"
_DIGITS = "0123456789"
#: Common given-name characters for format-preserving names (a fixed list, not a lookup of people).
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏建文辉力永宁林"
_NON_ALNUM = re.compile(r"[^0-9A-Za-z]")
#: Types whose identity is their digits, and types whose identity is their letters and digits
#: in upper case (separators and case do not make another value).
_DIGIT_TYPES = frozenset({"bank_card", "cn_landline", "imei", "qq_number"})
_UPPER_ALNUM_TYPES = frozenset(
    {
        "cn_resident_id",
        "passport",
        "hk_macau_permit",
        "taiwan_permit",
        "foreign_permanent_resident_id",
        "military_id",
        "cn_uscc",
        "vin",
    }
)


class Pseudonymizer:
    """Computes pseudonyms under one key."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def digest(self, domain: str, value: str) -> bytes:
        message = domain.encode("utf-8") + b"\x1f" + value.encode("utf-8")
        return hmac.new(self._key, message, hashlib.sha256).digest()

    def pseudonym(self, value: str, type_id: str | None, rule: PseudonymizeRule) -> str:
        domain = rule.domain or type_id or "value"
        normalised = normalise(value, type_id)
        digest = self.digest(domain, normalised)
        plain = rule.prefix + digest.hex()[: rule.length]
        if not rule.format_preserving:
            return plain
        made = rule.prefix + shaped(value, type_id, _Stream(self, domain, normalised, digest))
        # A value with nothing to redraw (only punctuation) would come back as itself.
        return plain if made == value else made


def normalise(value: str, type_id: str | None) -> str:
    """The canonical form that decides identity: case, spaces and separators do not matter."""
    text = value.strip()
    if type_id in ("cn_mobile",):
        digits = re.sub(r"\D", "", text)
        return digits[2:] if len(digits) == 13 and digits.startswith("86") else digits
    if type_id in _DIGIT_TYPES:
        return re.sub(r"\D", "", text)
    if type_id == "license_plate":
        return text.upper()
    if type_id in _UPPER_ALNUM_TYPES:
        return _NON_ALNUM.sub("", text).upper()
    if type_id in ("mac_address", "device_id"):
        return _NON_ALNUM.sub("", text).lower()
    if type_id == "email":
        return text.lower()
    if type_id in ("ipv4", "ipv6"):
        try:
            return ipaddress.ip_address(text).compressed
        except ValueError:
            return text
    return " ".join(text.split())


class _Stream:
    """An endless stream of pseudo-random integers drawn from HMAC blocks of one value."""

    def __init__(self, owner: Pseudonymizer, domain: str, value: str, first: bytes) -> None:
        self._owner, self._domain, self._value = owner, domain, value
        self._buffer = bytearray(first)
        self._counter = 0

    def below(self, n: int) -> int:
        """A number in ``range(n)`` (bias below 2⁻³² for the small n used here)."""
        while len(self._buffer) < 6:
            self._counter += 1
            self._buffer += self._owner.digest(self._domain, f"{self._value}\x1e{self._counter}")
        chunk, self._buffer = self._buffer[:6], self._buffer[6:]
        return int.from_bytes(chunk, "big") % n

    def pick(self, alphabet: str) -> str:
        return alphabet[self.below(len(alphabet))]


def shaped(value: str, type_id: str | None, stream: _Stream) -> str:
    """A format-preserving pseudonym of ``value``."""
    maker = _MAKERS.get(type_id or "")
    if maker is not None:
        made = maker(value, stream)
        if made is not None:
            return made
    return _same_shape(value, stream)


def _same_shape(value: str, stream: _Stream, keep: int = 0) -> str:
    """Digits → digits, letters → letters of the same case, CJK → CJK; other characters stay."""
    out = []
    for i, ch in enumerate(value):
        if i < keep:
            out.append(ch)
        elif ch.isdigit() and ch.isascii():
            out.append(stream.pick(_DIGITS))
        elif ch.isascii() and ch.isupper():
            out.append(stream.pick(_UPPER))
        elif ch.isascii() and ch.islower():
            out.append(stream.pick(_LOWER))
        elif "\u4e00" <= ch <= "\u9fff":
            out.append(stream.pick(_GIVEN))
        else:
            out.append(ch)
    return "".join(out)


def _refill(original: str, new_digits: str) -> str:
    """Pour ``new_digits`` into the digit/letter positions of ``original`` (separators stay)."""
    chars = iter(new_digits)
    return "".join(next(chars) if ch.isalnum() else ch for ch in original)


def _resident_id(value: str, stream: _Stream) -> str | None:
    compact = _NON_ALNUM.sub("", value)
    if len(compact) not in (15, 18):
        return None
    region = _PROVINCES[stream.below(len(_PROVINCES))] + f"{stream.below(9999) + 1:04d}"
    born = date(1940, 1, 1) + timedelta(days=stream.below(365 * 60))
    sequence = f"{stream.below(1000):03d}"
    if len(compact) == 15:
        body = region + f"{born:%y%m%d}" + sequence
    else:
        body = region + f"{born:%Y%m%d}" + sequence
        body += mod_11_2.calc_check_digit(body)
    return _refill(value, body)


def _bank_card(value: str, stream: _Stream) -> str | None:
    digits = re.sub(r"\D", "", value)
    if not 12 <= len(digits) <= 19:
        return None
    body = digits[:6] + "".join(stream.pick(_DIGITS) for _ in range(len(digits) - 7))
    return _refill(value, body + luhn.calc_check_digit(body))


def _mobile(value: str, stream: _Stream) -> str | None:
    digits = re.sub(r"\D", "", value)
    country = "86" if len(digits) == 13 and digits.startswith("86") else ""
    if len(digits) - len(country) != 11:
        return None
    local = "1" + stream.pick(_MOBILE_SECOND) + "".join(stream.pick(_DIGITS) for _ in range(9))
    return _refill(value, country + local)


def _person_name(value: str, stream: _Stream) -> str | None:
    name = value.strip()
    if not name or not all("\u4e00" <= ch <= "\u9fff" for ch in name):
        return None
    surnames = sorted(lexicon().surnames)
    given = "".join(stream.pick(_GIVEN) for _ in range(max(1, len(name) - 1)))
    return surnames[stream.below(len(surnames))] + given


def _email(value: str, stream: _Stream) -> str | None:
    local, at, domain = value.rpartition("@")
    if not at or not local:
        return None
    return _same_shape(local, stream) + "@" + domain


def _ipv4(value: str, stream: _Stream) -> str | None:
    octets = [stream.below(223) + 1, *(stream.below(256) for _ in range(3))]
    return ".".join(str(o) for o in octets)


def _ipv6(value: str, stream: _Stream) -> str | None:
    groups = [f"{0x2001:x}", *(f"{stream.below(0x10000):x}" for _ in range(7))]
    return str(ipaddress.IPv6Address(":".join(groups)))


def _license_plate(value: str, stream: _Stream) -> str | None:
    # The province character and issuing-office letter stay: they name a place, not a car.
    return _same_shape(value, stream, keep=2)


_MAKERS = {
    "cn_resident_id": _resident_id,
    "bank_card": _bank_card,
    "cn_mobile": _mobile,
    "person_name": _person_name,
    "email": _email,
    "ipv4": _ipv4,
    "ipv6": _ipv6,
    "license_plate": _license_plate,
}
