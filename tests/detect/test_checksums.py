"""The fast check-digit functions agree with python-stdnum, the reference implementation."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from stdnum import luhn
from stdnum.iso7064 import mod_11_2

from piplkit.discover.detect.checksums import luhn_valid, mod11_2_valid


@given(st.text(alphabet="0123456789", min_size=2, max_size=19))
def test_luhn_agrees_with_stdnum(digits: str) -> None:
    assert luhn_valid(digits) == luhn.is_valid(digits)


@given(st.text(alphabet="0123456789", min_size=17, max_size=17), st.sampled_from("0123456789Xx"))
def test_mod11_2_agrees_with_stdnum(body: str, check: str) -> None:
    assert mod11_2_valid(body + check) == mod_11_2.is_valid((body + check).upper())


@given(st.text(alphabet="0123456789ABCDEFGHJKLMNPQRTUWXY", min_size=18, max_size=18))
def test_uscc_agrees_with_stdnum(code: str) -> None:
    from stdnum.cn import uscc

    from piplkit.discover.detect.checksums import uscc_valid

    expected = code[:8].isdigit() and uscc.is_valid(code)
    assert (code[:8].isdigit() and uscc_valid(code)) == expected


def test_uscc_known_codes() -> None:
    from piplkit.discover.detect.checksums import uscc_valid

    assert uscc_valid("91350100M000100Y43")
    assert not uscc_valid("91350100M000100Y44")


def _organisation_code_reference(code: str) -> bool:
    """GB 11714: weights 3,7,9,10,5,8,4,2 on the 8 body characters (0-9, A-Z as 10-35), check
    11 - sum mod 11 written X for 10 and 0 for 11."""
    total = sum(int(ch, 36) * w for ch, w in zip(code[:8], (3, 7, 9, 10, 5, 8, 4, 2), strict=True))
    check = 11 - total % 11
    return code[8] == ("X" if check == 10 else "0" if check == 11 else str(check))


@given(st.text(alphabet="0123456789ABCXY\u0663\uff15", min_size=9, max_size=9))
def test_organisation_code_check_agrees_with_the_standard(code: str) -> None:
    # ASCII digits take the fast path; letters and other Unicode digits the general one
    from piplkit.discover.detect.recognizers.uscc import organisation_code_valid

    assert organisation_code_valid(code) == _organisation_code_reference(code)


def test_organisation_code_known_values() -> None:
    from piplkit.discover.detect.recognizers.uscc import organisation_code_valid

    assert organisation_code_valid("123456788")
    assert not organisation_code_valid("123456789")
    assert organisation_code_valid("000000000")  # 11 - 0 = 11 is written 0
