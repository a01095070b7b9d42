"""Check-digit tests for the hot path of the text engine.

python-stdnum is the reference (the tests compare these functions with it on random input), but
its general-purpose implementations cost several microseconds per call, and in identifier-dense
text the engine validates a candidate every few dozen characters. These are the same algorithms
specialised to the digit strings the recognizers have already matched, written with ``map`` and
``str.translate`` rather than generator expressions (about twice as fast in CPython).
"""

from __future__ import annotations

from operator import mul

#: Each digit mapped to the digit sum of its double (Luhn), as a str.translate table.
_LUHN_DOUBLE = str.maketrans("0123456789", "0246813579")
_MOD11_2_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_MOD11_2_CHECK = "10X98765432"


#: What the ASCII codes of 17 digits add to the MOD 11-2 sum beyond their values (48 each).
_MOD11_2_OFFSET = 48 * sum(_MOD11_2_WEIGHTS)


def luhn_valid(digits: str) -> bool:
    """Luhn (ISO/IEC 7812) check of a string of ASCII digits."""
    doubled = digits[-1::-2] + digits[-2::-2].translate(_LUHN_DOUBLE)
    if doubled.isascii() and doubled.isdigit():
        # the byte values of ASCII digits are 48 + the digit: summing bytes needs no int()
        return (sum(doubled.encode()) - 48 * len(doubled)) % 10 == 0
    return sum(map(int, doubled)) % 10 == 0


def mod11_2_valid(value: str) -> bool:
    """ISO 7064 MOD 11-2 check of an 18-character resident ID (17 digits + digit or X)."""
    head = value[:17]
    if head.isascii() and head.isdigit():
        total = sum(map(mul, head.encode(), _MOD11_2_WEIGHTS)) - _MOD11_2_OFFSET
    else:
        total = sum(map(mul, map(int, head), _MOD11_2_WEIGHTS))
    return _MOD11_2_CHECK[total % 11] == value[17].upper()


_USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_VALUES = {c: i for i, c in enumerate(_USCC_ALPHABET)}
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def uscc_valid(value: str) -> bool:
    """GB 32100-2015 check character of an 18-character unified social credit code (upper
    case, already matched to the code's alphabet)."""
    try:
        total = sum(map(mul, map(_USCC_VALUES.__getitem__, value[:17]), _USCC_WEIGHTS))
        return _USCC_ALPHABET[(31 - total % 31) % 31] == value[17]
    except KeyError:
        return False
