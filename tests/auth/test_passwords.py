"""The password policy: common and trivial passwords are refused, with the reason in zh and en."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from piplkit.faces.cli.demo_register import admin_password
from piplkit.platform.auth.passwords import (
    MAX_LENGTH,
    WeakPasswordError,
    check_policy,
    hash_password,
    password_problem,
    verify_password,
)

# Passwords that top leaked-password lists, in China and elsewhere, plus trivial patterns.
REFUSED = {
    "password": "common",
    "aaaaaaaa": "repeat",
    "12345678": "common",
    "123456789": "common",
    "11111111": "common",
    "88888888": "repeat",
    "1qaz2wsx": "common",
    "qwertyuiop": "common",
    "woaini1314": "common",
    "iloveyou": "common",
    "abc123456": "common",
    "P@ssw0rd!": "common",
    "abcdefgh": "sequence",
    "zxcvbnm,./": "keyboard",
    "abcabcabcabc": "repeat",
    "19870521": "date",
    "alice2024!": "user",  # built on the user name
    "piplkit123": "user",  # built on the service's name
    "zhangwei": "words",
}
ACCEPTED = [
    "correct-horse-battery",
    "plum-orbit-cascade-71",
    "a long password",
    "Tk9$wq2!vRz#",
    "我的密码是蓝色的海洋与山川",
]


@pytest.mark.parametrize(("password", "reason"), sorted(REFUSED.items()))
def test_common_and_trivial_passwords_are_refused(password: str, reason: str) -> None:
    with pytest.raises(WeakPasswordError) as caught:
        check_policy(password, ["alice"])
    assert caught.value.reason == reason
    message = str(caught.value)
    assert message.startswith("password: too easy to guess")
    assert "密码太容易被猜中" in message  # the API and the CLI say it in both languages
    assert caught.value.text("zh").startswith("太容易被猜中")
    assert message == str(WeakPasswordError(reason))  # the same words whatever was typed


@pytest.mark.parametrize("password", ACCEPTED)
def test_strong_passwords_pass(password: str) -> None:
    check_policy(password, ["alice"])


def test_length_limits_and_hashing() -> None:
    assert password_problem("Ab1!x", []).reason == "too_short"  # type: ignore[union-attr]
    assert "至少需要 8 个字符" in str(password_problem("short"))
    assert password_problem("x" * (MAX_LENGTH + 1)).reason == "too_long"  # type: ignore[union-attr]
    # beyond zxcvbn's 72 characters the start is judged: a weak start is refused ...
    assert password_problem("a" * 100) is not None
    # ... a strong one passes, and is hashed whole
    long_one = "plum-orbit-cascade-71 " * 10
    stored = hash_password(long_one)
    assert verify_password(stored, long_one)
    assert not verify_password(stored, long_one[:72])
    with pytest.raises(WeakPasswordError):
        hash_password("password")


def test_demo_admin_passwords_pass() -> None:
    for _ in range(50):
        assert password_problem(admin_password(), ["admin"]) is None


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=120), st.lists(st.text(max_size=30), max_size=3))
def test_any_text_gets_a_verdict_never_a_crash(password: str, user_inputs: list[str]) -> None:
    problem = password_problem(password, user_inputs)
    if problem is not None:
        assert problem.text("en") and problem.text("zh")
        assert str(problem).startswith("password: ")
