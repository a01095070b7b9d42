"""Header-name evidence: which PI types a column header names (data in ``data/header_hints.yaml``).

Hints are data so that new spellings (pinyin initials, English, Chinese) are added without code.
They only steer the classifier; values decide (see :mod:`piplkit.discover.scan.columns`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any

from piplkit.discover.scan.header_words import (
    HeaderKey,
    contains,
    header_key,
    last_end,
    last_start,
    last_token_start,
    overlapped,
)
from piplkit.discover.scan.questions import load_questions
from piplkit.inputs.yaml_data import load_yaml

_STRIP = re.compile(r"[\s_\-./:：()（）\[\]【】#]+")
#: ``t_user.mobile``, ``dbo.customer.id_no``: the column name is the last part.
_QUALIFIED = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*\.([^.]+)$")


@cache
def _to_simplified() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


@cache
def _taiwan_phrases() -> Any:
    """Taiwan wording to mainland wording (緊急聯絡人 → 紧急联系人, 軟體 → 软件): ``t2s`` converts
    characters only and leaves Taiwan's words in simplified characters (紧急联络人)."""
    import opencc

    return opencc.OpenCC("tw2sp")


def normalise_header(name: str) -> str:
    """Fold full-width forms (ＩＤ) and Traditional characters (台胞證 → 台胞证), lower-case
    and drop separators: ``"ID Card No."`` and ``id_card_no`` compare equal."""
    return _STRIP.sub("", _folded(name).lower())


def _folded(name: str) -> str:
    text = unicodedata.normalize("NFKC", name)
    return text if text.isascii() else str(_to_simplified().convert(text))


def key_of(name: str) -> HeaderKey:
    """The normalised header with its token boundaries (:mod:`.header_words`)."""
    folded = _folded(name)
    return header_key(folded, _STRIP.sub("", folded.lower()))


def column_part(header: str) -> str | None:
    """The column name of a table-qualified header (``t_user.mobile`` → ``mobile``), or None."""
    m = _QUALIFIED.match(header.strip())
    return m.group(1) if m else None


@dataclass(frozen=True, slots=True)
class HeaderEvidence:
    """What a header says about its column.

    ``types`` are the PI types the header names (several when a word is ambiguous: 账号 is a bank
    account or a login name); ``word`` is the hint word that matched and ``exact`` whether it was
    the whole header. ``negative`` marks headers of machine identifiers and business quantities
    (order numbers, amounts); ``opaque`` headers (``col_7``, ``字段3``) say nothing at all.
    """

    types: tuple[str, ...] = ()
    word: str | None = None
    exact: bool = False
    negative: bool = False
    opaque: bool = False
    #: The column describes an organisation or a machine (门店地址, 服务器IP).
    organisation: bool = False
    #: ``negative`` only because of a generic record word (类别, 状态) and no hint: values that
    #: point to a type by themselves still classify the column (矫正类别: 缓刑, 假释).
    neutral: bool = False
    #: The hint word names a measurement only a body has (BMI, 血压, 瞳距): it keeps its type in
    #: a goods table, where a bare weight or height is a product's.
    human: bool = False
    #: The hint word names a clinical measurement or test (血糖, hba1c, 肌酐): a bare number
    #: under it is a result (the profile's ``measured`` side).
    measure: bool = False
    #: The organisation word is a site a person may own as well (station, 安装地址): in a table
    #: that records persons, an address under it is the person's (``table_rules``).
    site: bool = False

    @property
    def hint(self) -> str | None:
        """The first named type (the one reports show as ``header_hint``)."""
        return self.types[0] if self.types else None


@dataclass(frozen=True, slots=True)
class HintTable:
    exact: Mapping[str, tuple[str, ...]]
    contains: tuple[tuple[str, str], ...]
    negative: tuple[str, ...]
    neutral: tuple[str, ...]
    opaque: re.Pattern[str]
    #: Whole-header patterns naming a type (``rs1801133``, a SNP id, names a genotype).
    patterns: tuple[tuple[re.Pattern[str], str], ...] = ()
    #: Words saying a column describes an organisation or a machine (门店地址, 服务器IP): its
    #: addresses, coordinates, IPs and landlines are not a person's.
    organisation: tuple[str, ...] = ()
    #: Words of product or asset catalogues: goods identifiers (sku, 货号), and broader words
    #: (商品, 型号) that count from two; see ``is_product_table``.
    product_ids: tuple[str, ...] = ()
    product: tuple[str, ...] = ()
    #: Words saying the column is an organisation's own identifier (对公账号, corporate
    #: account): whatever person type the rest of the header names, the header is negative.
    corporate: tuple[str, ...] = ()
    #: Amount words (金额, amount) and the types whose values are amounts: after such a hint
    #: word they qualify it (存款证明金额 is a deposit balance) instead of naming a business
    #: quantity.
    amount_words: tuple[str, ...] = ()
    amount_types: frozenset[str] = frozenset()
    #: Short words that name a type only as whole tokens (``mac`` in 终端MAC, not in machine).
    tokens: tuple[tuple[str, str], ...] = ()
    #: Groups of words saying the column describes an animal or a thing (pet_weight, 货物重量)
    #: or something other than money (积分余额), each with the types the header then does not
    #: name (a person's body measurements, a balance).
    subjects: tuple[tuple[tuple[str, ...], frozenset[str]], ...] = ()
    #: Hint words of measurements only a body has (see ``HeaderEvidence.human``).
    human_only: frozenset[str] = frozenset()
    #: Words that name a type only as the last whole token, the head noun (GAME_ACCOUNT).
    heads: tuple[tuple[str, str], ...] = ()
    #: Short organisation words that count only as whole tokens (``ap`` in ap_ip, not app_ip).
    organisation_tokens: tuple[str, ...] = ()
    #: Hint words of clinical measurements and tests (see ``HeaderEvidence.measure``).
    measures: frozenset[str] = frozenset()
    #: Site words (see ``HeaderEvidence.site``); they are organisation words as well.
    sites: tuple[str, ...] = ()
    #: Words that break a hint word overlapping them without being business words (发生日期).
    overlaps: tuple[str, ...] = ()
    _cache: dict[str, HeaderEvidence] = field(default_factory=dict, compare=False, repr=False)

    def analyse(self, header: str) -> HeaderEvidence:
        """The evidence of ``header`` (see :class:`HeaderEvidence`)."""
        found = self._cache.get(header)
        if found is None:
            part = column_part(header)
            key = key_of(part if part else header)
            found = self._analyse(key)
            if not found.types and not found.negative and not header.isascii():
                mainland = str(_taiwan_phrases().convert(unicodedata.normalize("NFKC", header)))
                if mainland != _folded(header):
                    worded = self._analyse(key_of(mainland))
                    found = worded if worded.types else found
            split = _trailing_bracket(part if part else header) or _english_gloss(header)
            if split is not None:
                found = self._before_bracket(found, split)
            if not found.types and not found.negative and _VENDOR_PREFIX.match(header):
                # (set 12) a Kingdee-style vendor export prefixes every field with F (FIdNo,
                # FRideLog): the words after the prefix name the column
                found = self.analyse(header[1:])
            if self._names_organisation(key) and key.text not in _INSTALL_IDS | OFFICE_LINES:
                found = replace(found, organisation=True)
            elif any(contains(key, word) for word in self.sites):
                found = replace(found, organisation=True, site=True)
            if found.word is not None and found.word in self.human_only:
                found = replace(found, human=True)
            if found.word is not None and found.word in self.measures:
                found = replace(found, measure=True)
            if len(self._cache) < 10_000:
                self._cache[header] = found
        return found

    def _before_bracket(self, found: HeaderEvidence, split: tuple[str, str]) -> HeaderEvidence:
        """健康状况(家长填写), Name (as in passport): a note in a trailing bracket says who wrote
        the column or where its value comes from; the words before it name the column when they
        name a type at all (联系人(手机) is a phone: the bracket is a whole hint word). (set 12)
        A bracket that glosses the words before it in English (社保卡号(SSC), 公司(COMPANY),
        骑行记录(RIDE)) leaves them the name too, even where the whole header matched no type."""
        bracket = self._analyse(key_of(split[1]))
        before = self._analyse(key_of(split[0]))
        if not before.types or before.negative:
            return found
        if _FORM_NOTE.fullmatch(split[1].strip().lower()):
            return before  # (set 17) 单位名称(必填): a form builder's mark, not part of the name
        if found.types and not bracket.exact:
            return before
        gloss = split[1].isascii() and split[1].replace(" ", "").isalpha()
        if gloss and (not bracket.exact or set(bracket.types) & set(before.types)):
            return before
        return found

    def _analyse(self, hkey: HeaderKey) -> HeaderEvidence:
        key = hkey.text
        if self.opaque.fullmatch(key):
            return HeaderEvidence(opaque=True)
        if any(contains(hkey, word) for word in self.corporate):
            return HeaderEvidence(negative=True, organisation=True)
        if key in self.exact:
            return self._about_subject(hkey, HeaderEvidence(self.exact[key], key, exact=True))
        for pattern, type_id in self.patterns:
            if pattern.fullmatch(key):
                return HeaderEvidence((type_id,), key, exact=True)
        best: tuple[int, int] | None = None
        types: list[str] = []
        word = None
        for hint_word, type_id, mode in self._words():
            if mode:
                pos = last_token_start(hkey, hint_word)
                if mode == "head" and (not hkey.marked or pos + len(hint_word) != len(key)):
                    pos = -1  # a head noun ends the header: not account_type
            else:
                pos = last_start(hkey, hint_word)
                # 中奖金额: the 金 of 奖金 belongs to the business word 金额 after it
                if pos >= 0 and overlapped(hkey, pos, hint_word, self.negative + self.overlaps):
                    continue
            if pos < 0:
                continue
            rank = (pos + len(hint_word), len(hint_word))
            if best is None or rank > best:
                best, types, word = rank, [type_id], hint_word
            elif rank == best and type_id not in types:
                types.append(type_id)
        negative_end = last_end(hkey, self.negative)
        if best is None:
            if negative_end >= 0:
                return HeaderEvidence(negative=True)
            asked = _asked(key)
            if asked is not None:
                return asked
            neutral = last_end(hkey, self.neutral) >= 0
            return HeaderEvidence(negative=neutral, neutral=neutral)
        # A business word after the hint word is the head noun: 手机订单号 is an order number;
        # but an amount word after a type whose values are amounts only qualifies it.
        if negative_end > best[0] and not (
            set(types) <= self.amount_types and last_end(hkey, self.amount_words) == negative_end
        ):
            return HeaderEvidence(negative=True)
        found = self._about_subject(hkey, HeaderEvidence(tuple(types), word))
        if not found.types and negative_end >= 0:
            # the subject took the hint word away (推荐职位: a vacancy's): the business word is
            # what the header names
            return HeaderEvidence(negative=True)
        return found

    def _words(self) -> Iterable[tuple[str, str, str]]:
        for hint_word, type_id in self.contains:
            yield hint_word, type_id, ""
        for hint_word, type_id in self.tokens:
            yield hint_word, type_id, "token"
        for hint_word, type_id in self.heads:
            yield hint_word, type_id, "head"

    def _names_organisation(self, key: HeaderKey) -> bool:
        return any(contains(key, word) for word in self.organisation) or any(
            last_token_start(key, word) >= 0 for word in self.organisation_tokens
        )

    def _about_subject(self, hkey: HeaderKey, found: HeaderEvidence) -> HeaderEvidence:
        """Drop the types a header's subject rules out: a pet's weight or a parcel's weight
        bracket is not a body measurement, a balance of loyalty points is not money held."""
        dropped: set[str] = set()
        for words, types in self.subjects:
            if set(found.types) & types and any(_subject_in(hkey, word) for word in words):
                dropped |= types
        if not dropped:
            return found
        kept = tuple(t for t in found.types if t not in dropped)
        return replace(found, types=kept, word=found.word if kept else None)

    # The two questions earlier callers asked; kept for the tests and third-party code.
    def type_for(self, header: str) -> str | None:
        """The PI type suggested by ``header``, or ``None``."""
        return self.analyse(header).hint

    def is_negative(self, header: str) -> bool:
        """True when the header names a machine identifier (order number, serial, amount)."""
        return self.analyse(header).negative

    def with_hints(self, extra: Mapping[str, Mapping[str, Iterable[str]]]) -> HintTable:
        """A table with more hints (custom types), given as
        ``{type_id: {"exact": [...], "contains": [...]}}``. Custom words are tried first, so a
        custom type can claim a header that a built-in type names."""
        exact = dict(self.exact)
        contains: list[tuple[str, str]] = []
        for type_id, body in extra.items():
            for word in body.get("exact", ()):
                key = normalise_header(str(word))
                exact[key] = (type_id, *(t for t in exact.get(key, ()) if t != type_id))
            contains.extend((normalise_header(str(w)), type_id) for w in body.get("contains", ()))
        return replace(self, exact=exact, contains=(*contains, *self.contains), _cache={})

    def is_product_table(self, headers: Iterable[str]) -> bool:
        """Whether a table's headers make it a product or asset catalogue: one header naming a
        goods identifier, or two headers with broader product words; never a table whose
        headers name a person's sex, birth date or identity document (it records persons)."""
        headers = list(headers)
        if any(_PERSON_RECORD.intersection(self.analyse(h).types) for h in headers):
            return False  # a specimen barcode in a lab export of patients with their sex
        keys = [key_of(h) for h in headers]
        if any(_product_id_in(key, word) for key in keys for word in self.product_ids):
            return True
        return sum(1 for key in keys if any(contains(key, word) for word in self.product)) >= 2

    def is_organisation_table(self, headers: Iterable[str]) -> bool:
        """Whether a table describes organisations (stores, branches, servers) rather than
        people: two or more headers with organisation words, none naming a person, and more of
        them than headers naming a person's identifiers (a store list may give its manager's
        mobile; an order table with a store and an institution column and the buyer's mobile,
        e-mail and account is about people)."""
        found = [self.analyse(h) for h in headers]
        if any("person_name" in e.types for e in found):
            return False
        personal = sum(1 for e in found if _PERSON_MARKERS.intersection(e.types))
        # a short token (ap_name) marks its own column only: it is weaker evidence of a table
        organisational = sum(
            1
            for h in headers
            if any(contains(key_of(h), w) for w in (*self.organisation, *self.sites))
        )
        return organisational >= 2 and organisational > personal

    def is_organisation(self, header: str) -> bool:
        """Whether the header says the column describes an organisation or a machine."""
        return self._names_organisation(key_of(header))

    def names_registered_party(self, headers: Iterable[str]) -> bool:
        """Whether a table names its parties by their unified social credit code (a patent
        register's applicants, a VAT invoice's buyers): with nobody's PI beside it, its
        addresses and phones are the organisations' (``classify.classify_sample``)."""
        return any("cn_uscc" in self.analyse(h).types for h in headers)


#: Numbers of other things that hold a goods identifier word (a spare part's 件号 is in a case's
#: 案件号, a document's 文件号, a certificate's 证件号): no catalogue under them.
_NOT_PRODUCT_IDS = ("案件号", "文件号", "证件号", "邮件号", "稿件号", "信件号", "函件号",
                    # a patient's sample or specimen tube is labelled by a barcode: no goods
                    "samplebarcode", "样本条码", "标本条码", "specimenbarcode",
                    "tubebarcode")  # fmt: skip


def _product_id_in(key: HeaderKey, word: str) -> bool:
    """Whether a goods identifier word is in a header, not as part of another thing's number."""
    if not contains(key, word):
        return False
    return not any(word in other and other in key.text for other in _NOT_PRODUCT_IDS)


def _subject_in(key: HeaderKey, word: str) -> bool:
    """Whether a subject word is in a header: a short English word (pet, cat, dog) only as a
    whole token, or at an end of a header that shows no tokens (``petweight``; never the cat
    of ``indication``)."""
    if not (word.isascii() and len(word) <= 3):
        return contains(key, word)
    if key.marked:
        return last_token_start(key, word) >= 0
    return key.text.startswith(word) or key.text.endswith(word)


def _asked(key: str) -> HeaderEvidence | None:
    """What a colloquial question header asks about (卡里还有, 哪国人: :mod:`.questions`), when
    no hint word named anything; a shop asked where it is (店在哪) describes an organisation, a
    quantity of goods bought (买了多少公斤) is a business quantity."""
    if key.isascii():
        return None
    topic = load_questions().topic(key)
    if topic is None:
        return None
    if topic.organisation:
        return HeaderEvidence(organisation=True)
    if not topic.types:
        return HeaderEvidence(negative=True)  # a quantity of goods bought (买了多少公斤)
    return HeaderEvidence(topic.types, key)


#: A vendor export's field prefix: F before a capitalised word (FIdNo, FContactTitle); (set 20)
#: a marketing or an analytics tool's reserved-property sign ($email, $organization, $title).
_VENDOR_PREFIX = re.compile(r"^(?:F(?=[A-Z][a-z])|\$(?=[A-Za-z]))")

#: A form builder's mark on a field (必填, 选填, required): it says nothing of the value.
_FORM_NOTE = re.compile(r"(?:必填|选填|非必填|可选|可不填|必选|required|optional|\*)项?")
_TRAILING_BRACKET = re.compile(r"^(.*?\S)\s*[(（\[【]([^()（）\[\]【】]+)[)）\]】]\s*$")


#: (set 20) An app install's id named after the SDK's "app instance" (GA4 ``app_instance_id``,
#: 设备实例ID): the device's, though "instance" elsewhere names a server's instance.
_INSTALL_IDS = frozenset({"appinstanceid", "设备实例id", "应用实例id", "appinstance"})
#: (set 21) A person's office line named whole in English (office_phone, as 办公电话: set 17's
#: 3): not the organisation's, though 'office' alone is an organisation word (office_address).
OFFICE_LINES = frozenset({"officephone", "officetel", "officetelephone", "officenumber"})

#: (set 20) Chinese words, a space, then their English gloss (公司 Company, 职位 Job Title).
_SPACED_GLOSS = re.compile(r"^([\u4e00-\u9fff]{1,12})\s+([A-Za-z][A-Za-z .'/&-]{1,40})$")


def _english_gloss(header: str) -> tuple[str, str] | None:
    """A bilingual header's Chinese words and their English gloss after a space (``公司 Company``
    → ``公司``, ``Company``): read as a bracketed gloss, so the Chinese words name the column."""
    m = _SPACED_GLOSS.match(header.strip())
    return (m.group(1), m.group(2)) if m else None


def _trailing_bracket(header: str) -> tuple[str, str] | None:
    """A header's words before a trailing bracket and the bracket's text
    (``健康状况(家长填写)`` → ``健康状况``, ``家长填写``), or None when it has none."""
    m = _TRAILING_BRACKET.match(header.strip())
    return (m.group(1), m.group(2)) if m else None


#: Header types naming a person's own identifiers (outweighing organisation headers).
_PERSON_MARKERS = frozenset(
    {"cn_mobile", "cn_resident_id", "passport", "account_name", "email", "birth_date", "gender"}
)  # fmt: skip


#: Header types that only a record of persons has: a table with one is not a catalogue.
_PERSON_RECORD = frozenset(
    {"gender", "birth_date", "cn_resident_id", "passport", "ethnicity", "marital_status"}
)  # fmt: skip


@cache
def load_hints() -> HintTable:
    files = resources.files("piplkit.discover.scan").joinpath("data")
    raw = load_yaml(files.joinpath("header_hints.yaml").read_text("utf-8"))
    generated = load_yaml(files.joinpath("header_pinyin.yaml").read_text("utf-8"))
    exact: dict[str, tuple[str, ...]] = {}
    contains: list[tuple[str, str]] = []
    hints = {t: dict(body) for t, body in raw["hints"].items()}
    for type_id, words in (generated.get("exact") or {}).items():
        body = hints.setdefault(type_id, {})
        body["exact"] = [*body.get("exact", []), *words]
    for type_id, body in hints.items():
        for word in body.get("exact", []):
            key = normalise_header(str(word))
            if type_id not in exact.get(key, ()):
                exact[key] = (*exact.get(key, ()), type_id)
        contains.extend((normalise_header(str(w)), type_id) for w in body.get("contains", []))
    negative = tuple(normalise_header(str(w)) for w in raw.get("negative", []))
    neutral = tuple(normalise_header(str(w)) for w in raw.get("neutral", []))
    opaque = re.compile("|".join(f"(?:{p})" for p in raw.get("opaque", [])))
    patterns = tuple(
        (re.compile(str(entry["pattern"])), str(entry["type"])) for entry in raw.get("patterns", [])
    )
    organisation = tuple(normalise_header(str(w)) for w in raw.get("organisation", []))
    product_ids = tuple(normalise_header(str(w)) for w in raw.get("product_ids", []))
    product = tuple(normalise_header(str(w)) for w in raw.get("product", []))
    corporate = tuple(normalise_header(str(w)) for w in raw.get("corporate", []))
    amounts = raw.get("amounts") or {}
    amount_words = tuple(normalise_header(str(w)) for w in amounts.get("words", []))
    amount_types = frozenset(str(t) for t in amounts.get("types", []))
    token_words = tuple(
        (normalise_header(str(w)), type_id)
        for type_id, body in hints.items()
        for w in body.get("tokens", [])
    )
    subjects = tuple(
        (
            tuple(normalise_header(str(w)) for w in group.get("words", [])),
            frozenset(str(t) for t in group.get("types", [])),
        )
        for group in raw.get("subjects") or []
    )
    return HintTable(
        exact,
        tuple(contains),
        negative,
        neutral,
        opaque,
        patterns,
        organisation,
        product_ids,
        product,
        corporate,
        amount_words,
        amount_types,
        token_words,
        subjects,
        frozenset(normalise_header(str(w)) for w in raw.get("human_only", [])),
        tuple(
            (normalise_header(str(w)), type_id)
            for type_id, body in hints.items()
            for w in body.get("heads", [])
        ),
        tuple(normalise_header(str(w)) for w in raw.get("organisation_tokens", [])),
        frozenset(normalise_header(str(w)) for w in raw.get("measures", [])),
        tuple(normalise_header(str(w)) for w in raw.get("sites", [])),
        tuple(normalise_header(str(w)) for w in raw.get("overlaps", [])),
    )
