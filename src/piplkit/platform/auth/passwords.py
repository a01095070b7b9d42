"""Password hashing with argon2id, and the policy a new password must meet.

argon2-cffi's defaults follow RFC 9106's recommendations. The policy follows NIST SP 800-63B's
advice: a minimum length and a check against passwords attackers try first, instead of
composition rules. "Try first" is judged by zxcvbn (Dropbox's estimator, maintained on PyPI;
its frequency lists ship inside the package, nothing is downloaded): it estimates the guesses
an attacker needs from common-password lists, dictionaries, names, keyboard patterns,
repetitions, sequences and dates, and a password scoring below :data:`MIN_SCORE` is refused
with the reason in English and Chinese.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from piplkit.assess.law.languages import Lang
from piplkit.map.register.errors import InvalidInputError

MIN_LENGTH = 8
MAX_LENGTH = 1024
#: zxcvbn scores 0-4; 3 means about 10^8-10^10 guesses ("safely unguessable" online, and a
#: moderate defence when a copy of the argon2 hashes is attacked offline).
MIN_SCORE = 3
#: zxcvbn's own input cap (its matching is quadratic); longer passwords are judged by this
#: much of their start, which is as strong as the whole or weaker.
SCORED_LENGTH = 72
#: Always treated as guessable, whoever the user is.
SITE_WORDS = ("piplkit", "pipl", "admin", "administrator")

_hasher = PasswordHasher()

_ADVICE = {
    "en": "use a longer passphrase of several unrelated words, or a password manager",
    "zh": "请改用由几个不相关的词组成的较长口令，或由密码管理器生成",
}
_REASONS: dict[str, dict[str, str]] = {
    "too_short": {"en": "must be at least {n} characters", "zh": "至少需要 {n} 个字符"},
    "too_long": {"en": "must be at most {n} characters", "zh": "不能超过 {n} 个字符"},
    "common": {
        "en": "too easy to guess: it is one of the most common passwords",
        "zh": "太容易被猜中：这是最常见的密码之一",
    },
    "user": {
        "en": "too easy to guess: it is built on the user name or the name of this service",
        "zh": "太容易被猜中：它基于用户名或本系统的名称",
    },
    "repeat": {
        "en": "too easy to guess: repeated characters or chunks such as 'aaaa' or 'abcabc'",
        "zh": "太容易被猜中：由重复的字符或片段组成（如 aaaa、abcabc）",
    },
    "keyboard": {
        "en": "too easy to guess: neighbouring keys such as 'qwerty' or '1qaz2wsx'",
        "zh": "太容易被猜中：由键盘上相邻的按键组成（如 qwerty、1qaz2wsx）",
    },
    "sequence": {
        "en": "too easy to guess: a sequence such as 'abcd' or '2468'",
        "zh": "太容易被猜中：由连续的序列组成（如 abcd、2468）",
    },
    "date": {
        "en": "too easy to guess: a date or year makes up much of it",
        "zh": "太容易被猜中：主要由日期或年份组成",
    },
    "words": {
        "en": "too easy to guess: common words or names with small changes",
        "zh": "太容易被猜中：由常见单词或人名稍加变化而成",
    },
    "guessable": {
        "en": "too easy to guess: not long enough to resist guessing",
        "zh": "太容易被猜中：长度不足以抵御猜测",
    },
}
#: Which zxcvbn pattern explains a weak password best, most telling first.
_PATTERN_REASONS = (
    ("user_inputs", "user"),
    ("passwords", "common"),
    ("repeat", "repeat"),
    ("spatial", "keyboard"),
    ("sequence", "sequence"),
    ("date", "date"),
    ("regex", "date"),  # zxcvbn's only regex is "recent year"
    ("dictionary", "words"),
)


class WeakPasswordError(InvalidInputError):
    """A password the policy refuses; ``reason`` names why, :meth:`text` says it in a language.

    Its message (what the API and the CLI show) gives the reason in English and Chinese."""

    def __init__(self, reason: str, **values: Any) -> None:
        self.reason = reason
        self.values = values
        super().__init__(f"password: {self.text('en')} / 密码{self.text('zh')}")

    def text(self, lang: Lang) -> str:
        said = _REASONS[self.reason][lang].format(**self.values)
        if self.reason in ("too_short", "too_long"):
            return said
        return f"{said}; {_ADVICE[lang]}" if lang == "en" else f"{said}；{_ADVICE[lang]}"


@cache
def _dummy_hash() -> str:
    """Verified against when a user does not exist, so a wrong name costs as long as a wrong
    password. Made on first use: hashing at import would slow every command's start-up."""
    return _hasher.hash("piplkit-no-such-user")


def _context_words(user_inputs: Iterable[str]) -> list[str]:
    words = list(SITE_WORDS)
    for text in user_inputs:
        words.append(text.casefold())
        spaced = "".join(ch if ch.isalnum() else " " for ch in text.casefold())
        words.extend(part for part in spaced.split() if len(part) >= 3)
    return words


def _weakness(result: dict[str, Any]) -> str:
    found: set[str] = set()
    for match in result.get("sequence", []):
        found.add(str(match.get("pattern")))
        if match.get("pattern") == "dictionary":
            found.add(str(match.get("dictionary_name")))
    for key, reason in _PATTERN_REASONS:
        if key in found:
            return reason
    return "guessable"


def check_policy(password: str, user_inputs: Iterable[str] = ()) -> None:
    """Refuse a password that is too short, absurdly long, or easy to guess.

    ``user_inputs`` are words particular to this account (its name): a password built on them
    is as weak as a common one. Raises :class:`WeakPasswordError`."""
    if len(password) < MIN_LENGTH:
        raise WeakPasswordError("too_short", n=MIN_LENGTH)
    if len(password) > MAX_LENGTH:
        raise WeakPasswordError("too_long", n=MAX_LENGTH)
    from zxcvbn import zxcvbn  # its word lists take ~50 ms to load: only when needed

    result = zxcvbn(password[:SCORED_LENGTH], user_inputs=_context_words(user_inputs))
    if int(result["score"]) < MIN_SCORE:
        raise WeakPasswordError(_weakness(result))


def password_problem(password: str, user_inputs: Iterable[str] = ()) -> WeakPasswordError | None:
    """The policy's objection to ``password``, or None when it is acceptable."""
    try:
        check_policy(password, user_inputs)
    except WeakPasswordError as exc:
        return exc
    return None


def hash_password(password: str, user_inputs: Iterable[str] = ()) -> str:
    check_policy(password, user_inputs)
    return _hasher.hash(password)


def verify_password(stored: str | None, password: str) -> bool:
    """True when ``password`` matches ``stored``; a missing hash still spends the time."""
    try:
        return _hasher.verify(stored or _dummy_hash(), password) and stored is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    return _hasher.check_needs_rehash(stored)


def rehash(password: str) -> str:
    """A fresh hash of a password that was just verified (stronger parameters); the policy is
    not applied again, as the password is already the user's."""
    return _hasher.hash(password)
