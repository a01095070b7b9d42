"""Whole-value validation of entire columns at once, for full scans of large tables.

A column that the sample classified as, say, resident IDs holds millions of values; checking
them one by one in Python costs microseconds each. These validators answer the same question as
the scalar recognizers ("is this cell wholly a valid value of the type?") for a whole Arrow
array: the shape with an anchored RE2 pattern (Arrow compute), check digits, dates and issuer
ranges with NumPy over fixed-width digit matrices. Tests hold them equal to the recognizers.

Only the types whose validation is arithmetic are here; other types fall back to the recognizers.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache

import numpy as np
import phonenumbers
import pyarrow as pa
import pyarrow.compute as pc

from piplkit.assess.law.pi_types import load_catalogue
from piplkit.discover.detect.recognizers.foreign_permanent_resident_id import countries
from piplkit.discover.detect.recognizers.imei import REPORTING_BODIES
from piplkit.discover.detect.recognizers.resident_id import PROVINCE_CODES
from piplkit.discover.detect.recognizers.vin import MODEL_YEAR_CODES

#: Result of a column check: which cells are valid values, and (IDs only) which are minors'.
Checked = tuple[np.ndarray, np.ndarray | None]
Validator = Callable[[pa.Array, date], Checked]

_MMDD = r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])"
_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"


def digit_matrix(values: pa.Array, width: int) -> np.ndarray:
    """An (n, width) uint8 matrix of the digits of ``values``, all exactly ``width`` ASCII long.

    Characters other than digits (an X check character) come out as values above 9.
    """
    if len(values) == 0:
        return np.zeros((0, width), dtype=np.uint8)
    offsets = np.frombuffer(values.buffers()[1], dtype=np.int32)[values.offset :]
    data = np.frombuffer(values.buffers()[2], dtype=np.uint8)
    flat = data[offsets[0] : offsets[len(values)]]
    return flat.reshape(len(values), width).astype(np.int64) - ord("0")


def _valid_dates(year: np.ndarray, month: np.ndarray, day: np.ndarray) -> np.ndarray:
    leap = ((year % 4 == 0) & (year % 100 != 0)) | (year % 400 == 0)
    days: np.ndarray = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])[month]
    days = days + ((month == 2) & leap)
    return (day >= 1) & (day <= days)


def _scatter(size: int, positions: np.ndarray, values: np.ndarray) -> np.ndarray:
    out = np.zeros(size, dtype=bool)
    out[positions] = values
    return out


def resident_ids(values: pa.Array, as_of: date) -> Checked:
    """Same rules as :class:`ResidentIdRecognizer`: shape, province, check character, date."""
    n = len(values)
    shaped = pc.match_substring_regex(
        values,
        r"^[1-8][0-9]{5}(?:(?:18|19|20)[0-9]{2}"
        + _MMDD
        + r"[0-9]{3}[0-9Xx]|[0-9]{2}"
        + _MMDD
        + r"[0-9]{3})$",
    )
    shaped = np.asarray(shaped.fill_null(False), dtype=bool)
    valid = np.zeros(n, dtype=bool)
    minor = np.zeros(n, dtype=bool)
    lengths = np.asarray(pc.utf8_length(values).fill_null(0))
    limit = as_of.year * 10000 + as_of.month * 100 + as_of.day
    minor_after = (as_of.year - load_catalogue().minor_age) * 10000 + as_of.month * 100 + as_of.day
    for width in (18, 15):
        positions = np.flatnonzero(shaped & (lengths == width))
        if not len(positions):
            continue
        d = digit_matrix(values.take(pa.array(positions)), width)
        province = d[:, 0] * 10 + d[:, 1]
        ok = np.isin(province, [int(p) for p in PROVINCE_CODES])
        ok &= (d[:, 2] + d[:, 3] + d[:, 4] + d[:, 5]) != 0
        if width == 18:
            weights = np.array([7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2])
            expected = (12 - (d[:, :17] @ weights) % 11) % 11
            last = d[:, 17]
            actual = np.where(
                (last == ord("X") - ord("0")) | (last == ord("x") - ord("0")), 10, last
            )
            ok &= expected == actual
            year = d[:, 6] * 1000 + d[:, 7] * 100 + d[:, 8] * 10 + d[:, 9]
            month, day = d[:, 10] * 10 + d[:, 11], d[:, 12] * 10 + d[:, 13]
        else:
            year = 1900 + d[:, 6] * 10 + d[:, 7]
            month, day = d[:, 8] * 10 + d[:, 9], d[:, 10] * 10 + d[:, 11]
        born = year * 10000 + month * 100 + day
        ok &= _valid_dates(year, month, day) & (born <= limit) & (year >= 1890)
        valid |= _scatter(n, positions, ok)
        minor |= _scatter(n, positions, ok & (born > minor_after))
    return valid, minor


@cache
def _mobile_pattern() -> str:
    meta = phonenumbers.PhoneMetadata.metadata_for_region("CN")
    assert meta is not None and meta.mobile is not None and meta.mobile.national_number_pattern
    return "^(?:" + meta.mobile.national_number_pattern + ")$"


#: Group separators of a written mobile number (a list: an Arrow array built at import would
#: start Arrow's memory pool, which reserves about 1 GiB of address space before a scan worker
#: caps it, see ``scan/isolated.py``).
_SEPARATORS = ["-", " "]


def mobiles(values: pa.Array, as_of: date) -> Checked:
    """Same rules as :class:`MobileRecognizer`: a writing of 11 digits whose 7-digit prefix is in
    a mobile numbering range of the CN metadata."""
    shaped = pc.match_substring_regex(
        values,
        r"^(?:(?:\+|00)86[ -]?|\(\+86\) ?|86-?)?"
        r"1[3-9][0-9](?:[0-9]{8}|-[0-9]{4}-[0-9]{4}| [0-9]{4} [0-9]{4})$",
    )
    n = len(values)
    positions = np.flatnonzero(np.asarray(shaped.fill_null(False), dtype=bool))
    if not len(positions):
        return np.zeros(n, dtype=bool), None
    subset = values.take(pa.array(positions))
    # A shaped writing of 11 characters is the bare number; others lose their separators and
    # prefix (the number is the last 11 digits).
    bare = np.asarray(pc.equal(pc.utf8_length(subset), 11), dtype=bool)
    in_range = np.zeros(len(positions), dtype=bool)
    for part in (bare, ~bare):
        where = np.flatnonzero(part)
        if not len(where):
            continue
        writing = subset.take(pa.array(where)) if len(where) < len(subset) else subset
        if part is bare:
            head = pc.utf8_slice_codeunits(writing, 0, 7)
        else:
            # The number ends the writing: its last 11 characters, or its last 13 when they are
            # grouped 3-4-4 (a separator 5th from the end); its first 7 digits decide.
            fifth_from_end = pc.utf8_slice_codeunits(writing, -5, -4)
            grouped = pc.is_in(fifth_from_end, value_set=pa.array(_SEPARATORS))
            head = pc.if_else(
                grouped,
                pc.binary_join_element_wise(
                    pc.utf8_slice_codeunits(writing, -13, -10),
                    pc.utf8_slice_codeunits(writing, -9, -5),
                    "",
                ),
                pc.utf8_slice_codeunits(writing, -11, -4),
            )
        probe = pc.binary_join_element_wise(head, "0000", "")
        in_range[where] = np.asarray(pc.match_substring_regex(probe, _mobile_pattern()), bool)
    return _scatter(n, positions, in_range), None


def bank_cards(values: pa.Array, as_of: date) -> Checked:
    """Same rules as :class:`BankCardRecognizer`: 16-19 digits (grouped or not), Luhn, and an
    issuer range."""
    n = len(values)
    shaped = pc.match_substring_regex(
        values,
        r"^(?:[2-8][0-9]{15,18}"
        r"|[2-8][0-9]{3}(?: [0-9]{4}){3}(?: ?[0-9]{1,3})?"
        r"|[2-8][0-9]{3}(?:-[0-9]{4}){3}(?:-?[0-9]{1,3})?)$",
    )
    positions = np.flatnonzero(np.asarray(shaped.fill_null(False), dtype=bool))
    if not len(positions):
        return np.zeros(n, dtype=bool), None
    digits = pc.replace_substring(
        pc.replace_substring(values.take(pa.array(positions)), " ", ""), "-", ""
    )
    length = np.asarray(pc.utf8_length(digits))
    d = digit_matrix(pc.utf8_lpad(digits, 19, "0"), 19)
    # Luhn from the right: every second digit (from the one before the check digit) doubled.
    doubled = d[:, 17::-2] * 2
    total = d[:, 18::-2].sum(axis=1) + (doubled - 9 * (doubled > 9)).sum(axis=1)
    ok = (total % 10 == 0) & (length >= 16) & (length <= 19)
    start = 19 - length
    rows = np.arange(len(d))
    p2 = d[rows, start] * 10 + d[rows, np.minimum(start + 1, 18)]
    p3 = p2 * 10 + d[rows, np.minimum(start + 2, 18)]
    p4 = p3 * 10 + d[rows, np.minimum(start + 3, 18)]
    network = (
        (p2 == 62)
        | (p2 == 81)
        | ((p2 // 10 == 4) & ((length == 16) | (length == 19)))
        | ((length == 16) & (((p2 >= 51) & (p2 <= 55)) | ((p4 >= 2221) & (p4 <= 2720))))
        | ((p4 >= 3528) & (p4 <= 3589))
        | (p4 == 6011)
        | (p2 == 65)
        | ((p3 >= 644) & (p3 <= 649))
    )
    return _scatter(n, positions, ok & network), None


def emails(values: pa.Array, as_of: date) -> Checked:
    """Same rules as :class:`EmailRecognizer` for a cell that is wholly one address."""
    shaped = pc.match_substring_regex(
        values,
        r"^[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}"
        r"@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}$",
    )
    # A shaped address has one "@" and a domain without "..", so its local part holds ".." or
    # ends with "." exactly when the address holds ".." or ".@".
    bad_local = pc.or_(pc.match_substring(values, ".."), pc.match_substring(values, ".@"))
    valid = pc.and_(shaped, pc.invert(bad_local)).fill_null(False)
    return np.asarray(valid, dtype=bool), None


def ipv4s(values: pa.Array, as_of: date) -> Checked:
    """Same rules as :class:`IPv4Recognizer`: a dotted quad, not 0.0.0.0, multicast or 255.x."""
    shaped = pc.match_substring_regex(values, "^" + _OCTET + r"(?:\." + _OCTET + "){3}$")
    first = pc.cast(
        pc.if_else(
            shaped,
            pc.utf8_slice_codeunits(pc.replace_substring_regex(values, r"\..*$", ""), 0, 3),
            "0",
        ),
        pa.int64(),
    )
    first_np = np.asarray(first.fill_null(0))
    shaped_np = np.asarray(shaped.fill_null(False), dtype=bool)
    unspecified = np.asarray(pc.equal(values, "0.0.0.0").fill_null(False), dtype=bool)
    valid = shaped_np & ~unspecified & ~((first_np >= 224) & (first_np <= 239)) & (first_np != 255)
    return valid, None


_USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_VALUE = np.full(256, -1, dtype=np.int64)
for _i, _ch in enumerate(_USCC_ALPHABET):
    _USCC_VALUE[ord(_ch)] = _i
_USCC_WEIGHTS = np.array([1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28])
_ORG_WEIGHTS = np.array([3, 7, 9, 10, 5, 8, 4, 2])


def usccs(values: pa.Array, as_of: date) -> Checked:
    """Same rules as :class:`UsccRecognizer`: GB 32100 check character, and the embedded GB 11714
    organisation code check when the first 17 characters are digits."""
    n = len(values)
    shaped = pc.match_substring_regex(
        values, r"^[1-9ANY][0-9A-HJ-NPQRTUWXY][0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$"
    )
    positions = np.flatnonzero(np.asarray(shaped.fill_null(False), dtype=bool))
    if not len(positions):
        return np.zeros(n, dtype=bool), None
    raw = digit_matrix(values.take(pa.array(positions)), 18) + ord("0")
    v = _USCC_VALUE[raw]
    check = (31 - (v[:, :17] @ _USCC_WEIGHTS) % 31) % 31
    ok = check == v[:, 17]
    org = np.where(raw[:, 8:16] <= ord("9"), raw[:, 8:16] - ord("0"), raw[:, 8:16] - ord("A") + 10)
    org_check = 11 - (org @ _ORG_WEIGHTS) % 11
    last = raw[:, 16]
    org_ok = np.where(
        org_check == 10,
        last == ord("X"),
        np.where(org_check == 11, last == ord("0"), last - ord("0") == org_check),
    )
    numeric = (raw[:, :17] <= ord("9")).all(axis=1)
    ok &= ~numeric | org_ok
    return _scatter(n, positions, ok), None


_RBI = np.zeros(100, dtype=bool)
_RBI[[int(c) for c in REPORTING_BODIES]] = True


def imeis(values: pa.Array, as_of: date) -> Checked:
    """Same rules as :class:`ImeiRecognizer` for a whole cell: 15 digits (bare or in TS.06
    groups), a reporting-body prefix, not one repeated digit after it, Luhn."""
    n = len(values)
    shaped = pc.match_substring_regex(
        values,
        r"^(?:[0-9]{15}|[0-9]{2}-[0-9]{6}-[0-9]{6}-[0-9]|[0-9]{2} [0-9]{6} [0-9]{6} [0-9])$",
    )
    positions = np.flatnonzero(np.asarray(shaped.fill_null(False), dtype=bool))
    if not len(positions):
        return np.zeros(n, dtype=bool), None
    d = digit_matrix(pc.replace_substring_regex(values.take(pa.array(positions)), "[- ]", ""), 15)
    doubled = d[:, 13::-2] * 2
    total = d[:, 14::-2].sum(axis=1) + (doubled - 9 * (doubled > 9)).sum(axis=1)
    ok = (total % 10 == 0) & _RBI[d[:, 0] * 10 + d[:, 1]]
    ok &= ~(d[:, 2:] == d[:, 2:3]).all(axis=1)
    return _scatter(n, positions, ok), None


def mac_addresses(values: pa.Array, as_of: date) -> Checked:
    """Same rules as :class:`MacAddressRecognizer` for a whole cell: a separated writing, not
    all-zero, broadcast or a group address."""
    n = len(values)
    h = "[0-9A-Fa-f]"
    shaped = pc.match_substring_regex(
        values,
        f"^(?:{h}{{2}}(?::{h}{{2}}){{5}}|{h}{{2}}(?:-{h}{{2}}){{5}}|{h}{{4}}\\.{h}{{4}}\\.{h}{{4}})$",
    )
    positions = np.flatnonzero(np.asarray(shaped.fill_null(False), dtype=bool))
    if not len(positions):
        return np.zeros(n, dtype=bool), None
    hexes = pc.utf8_upper(pc.replace_substring_regex(values.take(pa.array(positions)), "[:.-]", ""))
    d = digit_matrix(hexes, 12)
    d = np.where(d > 9, d - 7, d)  # "A" - "0" = 17 → 10
    first = d[:, 0] * 16 + d[:, 1]
    zero = (d == 0).all(axis=1)
    broadcast = (d == 15).all(axis=1)
    ok = ((first & 1) == 0) & ~zero & ~broadcast
    return _scatter(n, positions, ok), None


_YEAR_CODES = np.zeros(128, dtype=bool)
_YEAR_CODES[[ord(c) for c in MODEL_YEAR_CODES]] = True


def vins(values: pa.Array, as_of: date) -> Checked:
    """Same rules as :class:`VinRecognizer` for a whole cell: the VIN alphabet, digits at 14-17,
    a model-year code at 10 and at least two letters. The check digit only raises the score
    (both scores count a whole cell), so it does not decide validity here."""
    n = len(values)
    shaped = pc.match_substring_regex(values, r"^[0-9A-HJ-NPR-Z]{13}[0-9]{4}$")
    positions = np.flatnonzero(np.asarray(shaped.fill_null(False), dtype=bool))
    if not len(positions):
        return np.zeros(n, dtype=bool), None
    raw = digit_matrix(values.take(pa.array(positions)), 17) + ord("0")
    ok = _YEAR_CODES[raw[:, 9]] & ((raw >= ord("A")).sum(axis=1) >= 2)
    return _scatter(n, positions, ok), None


def foreign_permanent_ids(values: pa.Array, as_of: date) -> Checked:
    """Same rules as :class:`ForeignPermanentResidentIdRecognizer`: the 2023 18-character number
    (province, ISO 3166 numeric nationality, birth date, MOD 11-2) and the earlier 15-character
    one (alpha-3 nationality, province, YYMMDD, 7-3-1 check digit)."""
    n = len(values)
    numeric, alpha3 = countries()
    valid = np.zeros(n, dtype=bool)
    minor = np.zeros(n, dtype=bool)
    limit = as_of.year * 10000 + as_of.month * 100 + as_of.day
    minor_after = (as_of.year - load_catalogue().minor_age) * 10000 + as_of.month * 100 + as_of.day
    provinces = [int(p) for p in PROVINCE_CODES]
    new = np.asarray(pc.match_substring_regex(values, r"^9[0-9]{16}[0-9Xx]$").fill_null(False))
    positions = np.flatnonzero(new)
    if len(positions):
        d = digit_matrix(values.take(pa.array(positions)), 18)
        ok = np.isin(d[:, 1] * 10 + d[:, 2], provinces)
        nationality = d[:, 3] * 100 + d[:, 4] * 10 + d[:, 5]
        ok &= np.isin(nationality, [int(c) for c, a in numeric.items() if a != "CHN"])
        weights = np.array([7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2])
        expected = (12 - (d[:, :17] @ weights) % 11) % 11
        last = np.where(
            (d[:, 17] == ord("X") - ord("0")) | (d[:, 17] == ord("x") - ord("0")), 10, d[:, 17]
        )
        ok &= expected == last
        year = d[:, 6] * 1000 + d[:, 7] * 100 + d[:, 8] * 10 + d[:, 9]
        month, day = d[:, 10] * 10 + d[:, 11], d[:, 12] * 10 + d[:, 13]
        born = year * 10000 + month * 100 + day
        ok &= _valid_dates(year, np.clip(month, 0, 12), day) & (month >= 1) & (month <= 12)
        ok &= (born <= limit) & (year >= 1890)
        valid |= _scatter(n, positions, ok)
        minor |= _scatter(n, positions, ok & (born > minor_after))
    old = np.asarray(pc.match_substring_regex(values, r"^[A-Z]{3}[0-9]{12}$").fill_null(False))
    positions = np.flatnonzero(old)
    if len(positions):
        subset = values.take(pa.array(positions))
        ok = np.asarray(
            pc.is_in(pc.utf8_slice_codeunits(subset, 0, 3), pa.array(sorted(alpha3 - {"CHN"})))
        )
        raw = digit_matrix(subset, 15) + ord("0")
        v = np.where(raw >= ord("A"), raw - ord("A") + 10, raw - ord("0"))
        ok &= np.isin(v[:, 3] * 10 + v[:, 4], provinces)
        ok &= (v[:, :14] @ np.array([7, 3, 1] * 4 + [7, 3])) % 10 == v[:, 14]
        yy, month, day = v[:, 7] * 10 + v[:, 8], v[:, 9] * 10 + v[:, 10], v[:, 11] * 10 + v[:, 12]
        good_month = (month >= 1) & (month <= 12)
        safe_month = np.clip(month, 1, 12)
        recent = 2000 + yy
        recent_born = recent * 10000 + month * 100 + day
        use_recent = _valid_dates(recent, safe_month, day) & (recent_born <= limit)
        year = np.where(use_recent, recent, 1900 + yy)
        born = year * 10000 + month * 100 + day
        ok &= good_month & _valid_dates(year, safe_month, day) & (born <= limit)
        valid |= _scatter(n, positions, ok)
        minor |= _scatter(n, positions, ok & (born > minor_after))
    return valid, minor


VALIDATORS: dict[str, Validator] = {
    "cn_resident_id": resident_ids,
    "cn_mobile": mobiles,
    "bank_card": bank_cards,
    "email": emails,
    "ipv4": ipv4s,
    "cn_uscc": usccs,
    "imei": imeis,
    "mac_address": mac_addresses,
    "vin": vins,
    "foreign_permanent_resident_id": foreign_permanent_ids,
}

#: For each pattern type, an RE2 pattern that every text holding a finding of the type matches
#: (a superset of the recognizer's pattern, boundaries relaxed). A full scan sends to the
#: recognizers only the cells that match one of these; tests hold the superset property.
CANDIDATES: dict[str, str] = {
    "cn_resident_id": r"(?:^|[^0-9])[1-8][0-9]{14}",
    "cn_mobile": r"1[3-9][0-9][ -]?[0-9]{4}[ -]?[0-9]{4}",
    "cn_landline": r"[1-9][0-9]{1,2}\)? ?[- ]?[2-9][0-9]{2,3}[ -]?[0-9]{4}",
    "bank_card": r"[2-8][0-9]{3}[ -]?[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{4}",
    "email": r"@",
    "ipv4": r"[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}",
    "ipv6": r"::|(?:[0-9A-Fa-f]{0,4}:){7}",
    "passport": r"[EGDSP][A-Z]?[0-9]{7,8}",
    "license_plate": "["
    + "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
    + "][A-HJ-NP-Z]",
    "hk_macau_permit": r"[CHM][A-Z]?[0-9]{7,8}",
    "cn_uscc": r"[0-9A-Z]{18}",
    "imei": r"[0-9]{2}[- ]?[0-9]{6}[- ]?[0-9]{6}[- ]?[0-9]",
    "mac_address": r"[0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-]|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\."
    r"|[0-9A-Fa-f]{12}",
    "vin": r"[0-9A-HJ-NPR-Z]{13}[0-9]{4}",
    "geo_coordinates": r"[0-9]\.[0-9]{2}|°|纬|经度|东经|西经|(?i:lat|lng|lon)",
    "taiwan_permit": r"[0-9]{8}",
    "foreign_permanent_resident_id": r"9[0-9]{16}[0-9Xx]|[A-Z]{3}[0-9]{12}",
    "military_id": r"字第|[0-9]{5}",
    "device_id": r"[0-9A-Fa-f]{16}|[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-",
    "qq_number": r"[1-9][0-9]{4}",
    "wechat_id": r"[A-Za-z][-_A-Za-z0-9]{5}",
    "birth_date": r"(?:1[89]|20)[0-9]{2}",
    "password": r"密码|口令|密碼|(?i:pwd|pass|pin)",
}


def candidate_pattern(types: tuple[str, ...]) -> str | None:
    """One RE2 alternation of the candidate patterns of ``types``; ``None`` when some type has no
    candidate pattern (every cell must then go to the recognizers)."""
    if any(t not in CANDIDATES for t in types):
        return None
    return "|".join(f"(?:{CANDIDATES[t]})" for t in types) if types else None


def whole_values(type_id: str, values: pa.Array, as_of: date) -> Checked | None:
    """Validity (and minors) of every cell of ``values`` as ``type_id``; ``None`` when the type
    has no column validator. ``values`` should be trimmed strings; nulls count as invalid."""
    validator = VALIDATORS.get(type_id)
    if validator is None:
        return None
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    return validator(pc.cast(values, pa.string()), as_of)
