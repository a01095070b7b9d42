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
